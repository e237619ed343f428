/**
 * SPF: does the envelope sender's domain (MAIL FROM, what receivers check SPF against) allow the
 * addresses of the account's SMTP server? The server the app talks to is usually the one that
 * hands the message on, though a provider may relay from others; the words say so.
 */
import { BlockList, isIP } from 'node:net'
import { spf } from 'mailauth/lib/spf'
import type { SenderFinding } from '@shared/contract'
import { isNothing, type Lookup } from './dnsLookup'

/** More addresses than this say nothing new, and each costs an SPF evaluation. */
const MAX_ADDRESSES = 4

/** Addresses no receiver ever sees: a relay there sends on from its own public address. */
const LOCAL = new BlockList()
LOCAL.addSubnet('127.0.0.0', 8, 'ipv4')
LOCAL.addSubnet('10.0.0.0', 8, 'ipv4')
LOCAL.addSubnet('172.16.0.0', 12, 'ipv4')
LOCAL.addSubnet('192.168.0.0', 16, 'ipv4')
LOCAL.addSubnet('169.254.0.0', 16, 'ipv4')
LOCAL.addAddress('::1', 'ipv6')
LOCAL.addSubnet('fc00::', 7, 'ipv6')
LOCAL.addSubnet('fe80::', 10, 'ipv6')

export interface SpfInput {
  account: string
  /** MAIL FROM: the sending account's address. */
  envelope: string
  /** The account's SMTP server, a name or an address. */
  host: string
}

function isLocal(address: string): boolean {
  return LOCAL.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')
}

async function addressesOf(host: string, lookup: Lookup): Promise<string[] | 'none' | 'failed'> {
  if (isIP(host)) return [host]
  const answers = await Promise.allSettled([
    lookup.resolve(host, 'A'),
    lookup.resolve(host, 'AAAA'),
  ])
  const found = answers.flatMap((a) => (a.status === 'fulfilled' ? (a.value as string[]) : []))
  if (found.length > 0) return found.slice(0, MAX_ADDRESSES)
  return answers.every((a) => a.status === 'rejected' && isNothing(a.reason)) ? 'none' : 'failed'
}

export async function checkSpf(input: SpfInput, lookup: Lookup): Promise<SenderFinding> {
  const { account, host } = input
  const domain = input.envelope.split('@').pop()!.toLowerCase()
  const unknown = (reason: string, detail = ''): SenderFinding => ({
    code: 'spf.unknown',
    severity: 'unknown',
    params: { account, domain, host, reason, detail },
  })

  const addresses = await addressesOf(host, lookup)
  if (addresses === 'none') return unknown('hostNotFound')
  if (addresses === 'failed') {
    const failure = lookup.failure()
    return unknown(failure?.reason ?? 'error', failure?.detail)
  }
  if (addresses.some(isLocal)) {
    return { code: 'spf.localRelay', severity: 'unknown', params: { account, domain, host } }
  }

  const results = await Promise.all(
    addresses.map(async (ip) => {
      const answer = await spf({
        sender: input.envelope,
        ip,
        helo: host,
        mta: 'outbox',
        resolver: lookup.resolve as never,
      })
      return { ip, result: answer.status.result, comment: answer.status.comment ?? '' }
    }),
  )
  const listed = { account, domain, host, addresses: addresses.join(', ') }
  const failed = results.find((r) => r.result === 'temperror')
  if (failed) {
    const failure = lookup.failure()
    return unknown(failure?.reason ?? 'error', failure?.detail ?? failed.comment)
  }
  if (results.some((r) => r.result === 'none')) {
    return { code: 'spf.missing', severity: 'warning', params: { account, domain } }
  }
  const broken = results.find((r) => r.result === 'permerror')
  if (broken) {
    // mailauth says "outbox: permanent error in processing during lookup of <sender>: <why>".
    const detail = broken.comment.replace(/^.*? during lookup of [^:\s]*:? ?/, '')
    return { code: 'spf.broken', severity: 'warning', params: { account, domain, detail } }
  }
  const refused = results.filter((r) => r.result !== 'pass')
  if (refused.length === 0) return { code: 'spf.pass', severity: 'ok', params: listed }
  return {
    code: 'spf.notAllowed',
    severity: 'warning',
    params: {
      ...listed,
      addresses: refused.map((r) => r.ip).join(', '),
      result: refused[0]!.result,
    },
  }
}
