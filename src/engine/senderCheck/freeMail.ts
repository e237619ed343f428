/**
 * A From address at a free mailbox provider (gmail.com, mail.ru, yandex.ru…) in a bulk mailing:
 * those services cap what an account sends a day, their terms forbid bulk mail, and their DMARC
 * policies make a message From them fail when it goes out through any other server.
 */
import freeDomains from 'email-providers/all.json'
import type { SenderFinding } from '@shared/contract'

/**
 * Above this many recipients a campaign is "bulk" here. Gmail's own bulk-sender line is 5,000 a
 * day to Gmail, but a free account's daily limit (a few hundred) is reached long before that.
 */
export const BULK_RECIPIENTS = 100

/**
 * all.json rather than common.json: the short list misses free domains Russian users have
 * (bk.ru, inbox.ru) and aliases like googlemail.com. It also holds a few names reserved for
 * examples (RFC 2606), which no real sender has.
 */
const RESERVED = new Set(['example.com', 'example.net', 'example.org'])
const FREE = new Set(
  [
    ...(freeDomains as string[]),
    // Free services the list lacks.
    'internet.ru',
    'yandex.by',
    'yandex.kz',
    'yandex.ua',
    'tutanota.com',
    'tuta.io',
  ].filter((domain) => !RESERVED.has(domain)),
)

export function isFreeMailDomain(domain: string): boolean {
  return FREE.has(domain.toLowerCase())
}

export function checkFreeMail(
  account: string,
  fromEmail: string,
  recipients: number,
): SenderFinding | null {
  const domain = fromEmail.split('@').pop()!.toLowerCase()
  if (recipients <= BULK_RECIPIENTS || !isFreeMailDomain(domain)) return null
  return {
    code: 'freeMail.bulk',
    severity: 'warning',
    params: { account, domain, recipients, threshold: BULK_RECIPIENTS },
  }
}
