/**
 * DKIM: is the public key published at <selector>._domainkey.<domain> the one that belongs to
 * the private key Outbox signs with? A wrong or missing record makes every signature fail.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import type { SenderFinding } from '@shared/contract'
import { isNothing, type Lookup } from './dnsLookup'

export interface DkimInput {
  account: string
  domain: string
  selector: string
  /** Opens the stored private key (PEM); throws when the secret store cannot. */
  privateKey: () => string
}

/** The tags of a DKIM record (RFC 6376 §3.6.1), names lower-cased. */
function tagsOf(record: string): Map<string, string> {
  const tags = new Map<string, string>()
  for (const part of record.split(';')) {
    const at = part.indexOf('=')
    if (at > 0) tags.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim())
  }
  return tags
}

/** The published key; RFC 6376 says SubjectPublicKeyInfo, some tools publish bare PKCS#1. */
function publishedKey(p: string): KeyObject | null {
  const der = Buffer.from(p.replace(/\s+/g, ''), 'base64')
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      return createPublicKey({ key: der, format: 'der', type })
    } catch {
      // try the other form
    }
  }
  return null
}

const spkiOf = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64')

export async function checkDkim(input: DkimInput, lookup: Lookup): Promise<SenderFinding> {
  const { account, domain, selector } = input
  const params = { account, domain, selector }
  const name = `${selector}._domainkey.${domain}`

  let stored: string
  try {
    stored = spkiOf(createPublicKey(createPrivateKey(input.privateKey())))
  } catch (error) {
    const detail = (error as Error).message
    return {
      code: 'dkim.unknown',
      severity: 'unknown',
      params: { ...params, reason: 'keyUnreadable', detail },
    }
  }

  let records: string[]
  try {
    const answer = (await lookup.resolve(name, 'TXT')) as string[][]
    records = answer.map((chunks) => chunks.join(''))
  } catch (error) {
    if (isNothing(error)) records = []
    else {
      const failure = lookup.failure()
      const reason = failure?.reason ?? 'error'
      return {
        code: 'dkim.unknown',
        severity: 'unknown',
        params: { ...params, reason, detail: failure?.detail ?? '' },
      }
    }
  }

  const keys = records.map(tagsOf).filter((tags) => tags.has('p'))
  if (keys.length === 0) return { code: 'dkim.missing', severity: 'warning', params }
  const published = keys.map((tags) => tags.get('p')!.replace(/\s+/g, ''))
  if (published.every((p) => p === '')) {
    return { code: 'dkim.revoked', severity: 'warning', params }
  }
  const matches = published.some((p) => {
    const key = p === '' ? null : publishedKey(p)
    return key !== null && spkiOf(key) === stored
  })
  return matches
    ? { code: 'dkim.match', severity: 'ok', params }
    : { code: 'dkim.mismatch', severity: 'warning', params }
}
