/**
 * DMARC: does the From domain (or its organisational domain) publish a policy, and does the From
 * domain line up with a domain that authenticates the message — the DKIM signature's d= or the
 * envelope sender's domain (SPF)? Relaxed alignment compares organisational domains, strict
 * (adkim=s / aspf=s) the names themselves. Whether SPF and DKIM pass is their own findings'.
 */
import { dmarc } from 'mailauth/lib/dmarc'
import type { SenderFinding } from '@shared/contract'
import type { Lookup } from './dnsLookup'

export interface DmarcInput {
  account: string
  /** The header From's domain. */
  fromDomain: string
  /** The signature's d=, or null when the From account does not sign. */
  dkimDomain: string | null
  /** MAIL FROM's domain. */
  envelopeDomain: string
}

/**
 * mailauth's answer is the organisational-domain match only (its strict branch falls through to
 * the relaxed one), so strict mode is checked here: the names must be the same.
 */
function aligned(fromDomain: string, matched: string | false, candidate: string, strict: boolean) {
  if (!matched) return false
  return !strict || candidate.toLowerCase() === fromDomain.toLowerCase()
}

export async function checkDmarc(input: DmarcInput, lookup: Lookup): Promise<SenderFinding> {
  const { account, fromDomain, dkimDomain, envelopeDomain } = input
  const result = await dmarc({
    headerFrom: `postmaster@${fromDomain}`,
    spfDomains: [envelopeDomain],
    dkimDomains: dkimDomain ? [{ domain: dkimDomain }] : [],
    resolver: lookup.resolve as never,
  })
  const domain = fromDomain
  if (!result || result.status.result === 'temperror') {
    const failure = lookup.failure()
    return {
      code: 'dmarc.unknown',
      severity: 'unknown',
      params: {
        account,
        domain,
        reason: failure?.reason ?? 'error',
        detail: failure?.detail ?? '',
      },
    }
  }
  if (result.status.result === 'none') {
    return { code: 'dmarc.missing', severity: 'warning', params: { account, domain } }
  }
  const { spf, dkim } = result.alignment
  const byDkim = dkimDomain !== null && aligned(domain, dkim.result, dkimDomain, dkim.strict)
  const bySpf = aligned(domain, spf.result, envelopeDomain, spf.strict)
  const policy = result.policy || 'none'
  if (byDkim || bySpf) {
    const via = byDkim && bySpf ? 'both' : byDkim ? 'dkim' : 'spf'
    return { code: 'dmarc.aligned', severity: 'ok', params: { account, domain, policy, via } }
  }
  return {
    code: 'dmarc.misaligned',
    severity: 'warning',
    params: {
      account,
      domain,
      policy,
      dkimDomain: dkimDomain ?? '',
      envelopeDomain,
      mode: dkim.strict || spf.strict ? 'strict' : 'relaxed',
    },
  }
}
