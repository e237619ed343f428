/**
 * The fields of a message/delivery-status part (RFC 3464): one per-message block (Reporting-MTA…)
 * followed by one block per recipient (Final-Recipient, Action, Status, Diagnostic-Code…).
 */
import { parseFieldBlocks, type FieldBlock } from './fieldBlocks'

export interface DsnRecipient {
  /** failed | delayed | delivered | relayed | expanded, lower-cased; null when missing. */
  action: string | null
  /** The enhanced status code ("5.1.1"), or null when missing or not one. */
  status: string | null
  /** The remote server's words, with the "smtp;" type dropped. */
  diagnosticCode: string | null
  originalRecipient: string | null
  finalRecipient: string | null
  remoteMta: string | null
}

export interface DeliveryStatus {
  reportingMta: string | null
  recipients: DsnRecipient[]
}

/** "rfc822; a@example.org" → "a@example.org": the address type before ";" is dropped. */
function typed(value: string | undefined): string | null {
  if (value === undefined) return null
  const semi = value.indexOf(';')
  const bare = (semi >= 0 ? value.slice(semi + 1) : value).trim()
  return bare === '' ? null : bare
}

function address(value: string | undefined): string | null {
  const bare = typed(value)
  return bare ? bare.replace(/^<|>$/g, '').trim() || null : null
}

function recipient(block: FieldBlock): DsnRecipient {
  const status = /^\s*([245]\.\d{1,3}\.\d{1,3})/.exec(block.get('status') ?? '')
  return {
    action: block.get('action')?.trim().toLowerCase() || null,
    status: status ? status[1]! : null,
    diagnosticCode: typed(block.get('diagnostic-code')),
    originalRecipient: address(block.get('original-recipient')),
    finalRecipient: address(block.get('final-recipient')),
    remoteMta: typed(block.get('remote-mta')),
  }
}

const isRecipientBlock = (b: FieldBlock) =>
  b.has('final-recipient') || b.has('original-recipient') || b.has('action')

export function readDeliveryStatus(text: string): DeliveryStatus {
  const blocks = parseFieldBlocks(text)
  const perMessage = blocks.find((b) => !isRecipientBlock(b))
  return {
    reportingMta: typed(perMessage?.get('reporting-mta')),
    recipients: blocks.filter(isRecipientBlock).map(recipient),
  }
}
