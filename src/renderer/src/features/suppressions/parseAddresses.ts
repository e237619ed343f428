import { EmailAddress } from '@shared/contract'

/**
 * Addresses as the user pasted them: one per line or separated by commas, semicolons or spaces
 * ("<ann@example.com>" counts too). Checked with the contract's own rule, duplicates dropped.
 */
export function parseAddresses(text: string): { valid: string[]; invalid: string[] } {
  const seen = new Set<string>()
  const valid: string[] = []
  const invalid: string[] = []
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw.replace(/^<(.*)>$/, '$1')
    if (token === '' || seen.has(token.toLowerCase())) continue
    seen.add(token.toLowerCase())
    if (EmailAddress.safeParse(token).success) valid.push(token)
    else invalid.push(raw)
  }
  return { valid, invalid }
}

/** The addresses an engine's invalid_input points at (paths like "emails.3"). */
export function rejectedByEngine(sent: readonly string[], paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    const m = /^emails\.(\d+)$/.exec(p)
    const email = m ? sent[Number(m[1])] : undefined
    return email === undefined ? [] : [email]
  })
}

/**
 * Everything in a file that looks like an address, one per line: the other columns of a CSV
 * (names, dates) are left out, so the list can be checked and edited before it is added.
 */
export function addressesInText(text: string): string {
  return text
    .split(/[\s,;"'<>]+/)
    .filter((token) => token.includes('@'))
    .join('\n')
}
