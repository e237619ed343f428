import type { LogEntry } from '@shared/contract'
import { smtpReply } from '../../format/smtpReply'

/**
 * One entry as a line of text, for the clipboard: ISO time, level, campaign, what happened
 * (as the screen words it; the engine's English message by default).
 */
export function logLine(e: LogEntry, campaign: string, text = e.message): string {
  const parts = [new Date(e.at).toISOString(), e.level.toUpperCase()]
  if (campaign) parts.push(`[${campaign}]`)
  if (e.email) parts.push(`${e.email}:`)
  parts.push(text)
  if (e.smtpResponse) parts.push(`(${smtpReply(e.smtpCode, e.smtpResponse)})`)
  return parts.join(' ')
}

/** Newer entries from a fresh first page go on top; ids already shown are not repeated. */
export function mergeNewest(shown: readonly LogEntry[], newest: readonly LogEntry[]): LogEntry[] {
  const top = shown[0]?.id ?? 0
  return [...newest.filter((e) => e.id > top), ...shown]
}
