/** A cid from the file's name ("Logo 2.png" → "logo-2"), unique among the campaign's images. */
export function cidFor(filename: string, taken: readonly string[]): string {
  const stem =
    filename
      .replace(/\.[^.]*$/, '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'image'
  let cid = stem
  for (let n = 2; taken.includes(cid); n++) cid = `${stem}-${n}`
  return cid
}

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

export function isImageType(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type)
}

/** The tag the editor inserts for an image: it scales down on a phone. */
export function imageTag(cid: string, alt: string): string {
  const escaped = alt.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<img src="cid:${cid}" alt="${escaped}" style="max-width:100%;height:auto">`
}
