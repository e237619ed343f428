/**
 * DNS for the sender check: one node Resolver (the system's servers unless the engine was given
 * others), each query bounded, answering in the shape mailauth's `resolver` option takes
 * (`dns.promises.resolve`). A lookup remembers the first failure that was not a plain "no such
 * record", so a check that could not look can say why.
 */
import { promises as dns } from 'node:dns'
import type { SenderCheckReason } from '@shared/contract'

/** The names a resolver answer "there is nothing" with: an answer, not a failure. */
const NOTHING = new Set(['ENOTFOUND', 'ENODATA'])

export interface DnsOptions {
  /** 'host' or 'host:port' each; the system's servers when absent. */
  servers?: readonly string[]
  /** The bound of one query. */
  timeoutMs: number
}

export interface Lookup {
  /** dns.promises.resolve's shape, for mailauth and for our own queries. */
  resolve: (name: string, rrtype: string) => Promise<unknown>
  /** The first failure seen (timeout, unreachable, SERVFAIL…), or null. */
  failure(): { reason: SenderCheckReason; detail: string } | null
}

export interface DnsClient {
  /** A fresh lookup: its failures are its own. */
  lookup(): Lookup
  /** Abandons every query still waiting (their promises reject). */
  cancel(): void
}

export function isNothing(error: unknown): boolean {
  return NOTHING.has((error as { code?: string } | null)?.code ?? '')
}

/** A resolver's error code in the check's words. */
export function reasonOf(error: unknown): SenderCheckReason {
  switch ((error as { code?: string } | null)?.code) {
    case 'ETIMEOUT':
    case 'ECANCELLED':
      return 'timeout'
    case 'ECONNREFUSED':
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
    case 'ECONNRESET':
      return 'unreachable'
    case 'ESERVFAIL':
      return 'servfail'
    case 'EREFUSED':
      return 'refused'
    default:
      return 'error'
  }
}

export function createDnsClient(options: DnsOptions): DnsClient {
  // tries: 1 and our own bound: a dead server must not hold the check for c-ares' default 4 × 5 s.
  const resolver = new dns.Resolver({ timeout: options.timeoutMs, tries: 1 })
  if (options.servers?.length) resolver.setServers([...options.servers])

  const bounded = (name: string, rrtype: string): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = Object.assign(new Error(`DNS query for ${name} timed out`), {
          code: 'ETIMEOUT',
        })
        reject(error)
      }, options.timeoutMs + 250)
      resolver.resolve(name, rrtype).then(
        (answer) => {
          clearTimeout(timer)
          resolve(answer)
        },
        (error: unknown) => {
          clearTimeout(timer)
          reject(error)
        },
      )
    })

  return {
    lookup() {
      let first: { reason: SenderCheckReason; detail: string } | null = null
      return {
        resolve: async (name, rrtype) => {
          try {
            return await bounded(name, rrtype)
          } catch (error) {
            if (!isNothing(error) && first === null) {
              const code = (error as { code?: string }).code
              first = { reason: reasonOf(error), detail: code ?? (error as Error).message }
            }
            throw error
          }
        },
        failure: () => first,
      }
    },
    cancel: () => resolver.cancel(),
  }
}
