/**
 * The mailbox part of the account form (IMAP, read for bounces and replies) and what it sends:
 * plain functions, tested alone. Off, the account sends `mailbox: null`.
 */
import type { Security } from '@shared/contract'
import type { CommandInput } from '@shared/types'
import type { Account } from '../../store/accounts/state'

type Num = number | ''

export interface MailboxFormValues {
  enabled: boolean
  host: string
  port: Num
  security: Security
  /** Empty: the SMTP login. */
  username: string
  /** Empty: the stored one when editing, else the SMTP password. */
  password: string
  /** Forget a stored password of the mailbox's own and use the SMTP one. */
  useSmtpPassword: boolean
  folders: string[]
  /** Empty: the folder the server marks as Sent. */
  sentFolder: string
  moveBounces: boolean
  moveTo: string
}

/** The port an IMAP server usually listens on with each kind of security. */
export const IMAP_PORT: Record<Security, number> = { tls: 993, starttls: 143, none: 143 }

/** When the security changes: the usual port, unless the user typed a port of their own. */
export function suggestImapPort(port: Num, security: Security): Num {
  return port === '' || Object.values(IMAP_PORT).includes(port) ? IMAP_PORT[security] : port
}

/**
 * The IMAP server a provider usually runs beside its SMTP one: imap.<the SMTP host's domain>
 * (smtp.gmail.com → imap.gmail.com). Empty when there is no SMTP host, or it is an address.
 */
export function suggestImapHost(smtpHost: string): string {
  const host = smtpHost.trim().toLowerCase()
  if (host === '' || /^[\d.]+$/.test(host) || host.includes(':')) return ''
  const labels = host.split('.')
  return `imap.${(labels.length >= 3 ? labels.slice(1) : labels).join('.')}`
}

export function emptyMailbox(): MailboxFormValues {
  return {
    enabled: false,
    host: '',
    port: IMAP_PORT.tls,
    security: 'tls',
    username: '',
    password: '',
    useSmtpPassword: false,
    folders: ['INBOX'],
    sentFolder: '',
    moveBounces: false,
    moveTo: '',
  }
}

/** A saved account's mailbox; its password is never known, only whether one is stored. */
export function mailboxFromAccount(mailbox: Account['mailbox']): MailboxFormValues {
  if (mailbox === null) return emptyMailbox()
  return {
    ...emptyMailbox(),
    enabled: true,
    host: mailbox.host,
    port: mailbox.port,
    security: mailbox.security,
    username: mailbox.username ?? '',
    folders: mailbox.folders,
    sentFolder: mailbox.sentFolder ?? '',
    moveBounces: mailbox.moveBouncesTo !== null,
    moveTo: mailbox.moveBouncesTo ?? '',
  }
}

/** Switched on: the suggested host when none was typed yet. */
export function mailboxSwitched(
  m: MailboxFormValues,
  enabled: boolean,
  smtpHost: string,
): MailboxFormValues {
  const host = enabled && m.host.trim() === '' ? suggestImapHost(smtpHost) : m.host
  return { ...m, enabled, host }
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim())

/**
 * The password sent: typed, or null for the SMTP one; absent on an edit keeps the stored one.
 * `editing`: the account is saved, so the engine knows what is stored.
 */
function passwordPart(m: MailboxFormValues, editing: boolean): { password?: string | null } {
  if (m.password !== '') return { password: m.password }
  if (m.useSmtpPassword || !editing) return { password: null }
  return {}
}

type MailboxSent = CommandInput<'mailbox.test'>['mailbox']

/** What the account's input carries: null when the mailbox is not read. */
export function toMailboxInput(m: MailboxFormValues, editing: boolean): MailboxSent | null {
  if (!m.enabled) return null
  return {
    host: m.host.trim(),
    // An empty port becomes NaN, which the contract reports as that field's error.
    port: m.port === '' ? Number.NaN : m.port,
    security: m.security,
    username: orNull(m.username),
    ...passwordPart(m, editing),
    folders: m.folders,
    sentFolder: orNull(m.sentFolder),
    // An empty name is sent as it is: the contract then asks for one next to the field.
    moveBouncesTo: m.moveBounces ? m.moveTo.trim() : null,
  }
}

/**
 * `mailbox.test` with the form as it stands: the mailbox, and the SMTP login and password to fall
 * back on (the typed SMTP password, or absent for the stored one).
 */
export function toMailboxTestInput(
  m: MailboxFormValues,
  smtp: { username: string; password: string; removePassword: boolean },
  accountId: number | null,
): CommandInput<'mailbox.test'> {
  const editing = accountId !== null
  const smtpPassword =
    smtp.password !== ''
      ? { smtpPassword: smtp.password }
      : smtp.removePassword || !editing
        ? { smtpPassword: null }
        : {}
  return {
    accountId,
    mailbox: toMailboxInput({ ...m, enabled: true }, editing)!,
    smtpUsername: orNull(smtp.username),
    ...smtpPassword,
  }
}
