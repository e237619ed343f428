/**
 * A campaign's name as a utm_campaign value: lower case, its words joined by dashes
 * ("Spring sale 2025" → "spring-sale-2025"). Letters of any alphabet stay as they are; the
 * engine percent-encodes them in the link.
 */
export function campaignSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .slice(0, 100)
    .replace(/^-+|-+$/g, '')
  return slug === '' ? 'campaign' : slug
}
