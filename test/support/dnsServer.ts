/**
 * A DNS server on 127.0.0.1 (UDP) for engine tests, answering from prepared records: A, AAAA,
 * TXT, MX. A name it does not know is NXDOMAIN; a known name without the asked type is an empty
 * answer; names listed in `servfail` get SERVFAIL and those in `silent` no answer at all.
 */
import { createSocket } from 'node:dgram'
import * as dnsPacket from 'dns-packet'

export interface Zone {
  [name: string]: {
    A?: string[]
    AAAA?: string[]
    /** Each record one string; split into 255-byte pieces as DNS carries them. */
    TXT?: string[]
    MX?: { preference: number; exchange: string }[]
  }
}

export interface DnsServer {
  /** '127.0.0.1:port', as Resolver.setServers takes it. */
  address: string
  /** Every question asked, as "TYPE name". */
  asked: string[]
  close(): Promise<void>
}

const NOERROR = 0
const SERVFAIL = 2
const NXDOMAIN = 3

function pieces(text: string): string[] {
  const out: string[] = []
  for (let at = 0; at < text.length; at += 255) out.push(text.slice(at, at + 255))
  return out.length ? out : ['']
}

function answersFor(zone: Zone, question: dnsPacket.Question): dnsPacket.Answer[] {
  const records = zone[question.name.toLowerCase()]!
  const base = { name: question.name, ttl: 60, class: 'IN' as const }
  switch (question.type) {
    case 'A':
      return (records.A ?? []).map((data) => ({ ...base, type: 'A' as const, data }))
    case 'AAAA':
      return (records.AAAA ?? []).map((data) => ({ ...base, type: 'AAAA' as const, data }))
    case 'TXT':
      return (records.TXT ?? []).map((t) => ({ ...base, type: 'TXT' as const, data: pieces(t) }))
    case 'MX':
      return (records.MX ?? []).map((data) => ({ ...base, type: 'MX' as const, data }))
    default:
      return []
  }
}

export async function startDnsServer(
  zone: Zone,
  options: { servfail?: string[]; silent?: string[] } = {},
): Promise<DnsServer> {
  const socket = createSocket('udp4')
  const asked: string[] = []
  socket.on('message', (message, peer) => {
    const query = dnsPacket.decode(message)
    const question = query.questions?.[0]
    if (!question) return
    const name = question.name.toLowerCase()
    asked.push(`${question.type} ${name}`)
    if (options.silent?.includes(name)) return
    const rcode = options.servfail?.includes(name)
      ? SERVFAIL
      : zone[name] === undefined
        ? NXDOMAIN
        : NOERROR
    const response = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE | rcode,
      questions: [question],
      answers: rcode === NOERROR ? answersFor(zone, question) : [],
    })
    socket.send(response, peer.port, peer.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  return {
    address: `127.0.0.1:${socket.address().port}`,
    asked,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}

/** A UDP port on 127.0.0.1 where nothing listens: queries there are refused at once. */
export async function deadDnsAddress(): Promise<string> {
  const socket = createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const port = socket.address().port
  await new Promise<void>((resolve) => socket.close(() => resolve()))
  return `127.0.0.1:${port}`
}
