/**
 * For display only: the window's sandboxed frame cannot resolve cid: URLs, so each reference
 * to one of the campaign's images becomes a data: URL of its bytes. Unknown cids stay as they
 * are; nothing is ever fetched.
 */
import { CID_URL, cidForms, type CampaignImage } from './render'

export function cidsToDataUrls(html: string, images: readonly CampaignImage[]): string {
  const byCid = new Map(images.map((i) => [i.cid, i]))
  return html.replace(CID_URL, (url, raw: string) => {
    const image = cidForms(raw)
      .map((cid) => byCid.get(cid))
      .find((i) => i !== undefined)
    return image ? `data:${image.contentType};base64,${image.content.toString('base64')}` : url
  })
}
