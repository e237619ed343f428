/**
 * The account form's values and the payloads built from them: plain functions, tested alone.
 * Numbers the user has not typed are '' (Mantine's NumberInput gives '' for an empty field).
 */
import type { Security, SendingHours } from '@shared/contract'
import { localTimeZone } from '@shared/sending/timeZone'
import type { CommandInput } from '@shared/types'
import type { Account } from '../../store/accounts/state'
import {
  emptyMailbox,
  mailboxFromAccount,
  toMailboxInput,
  type MailboxFormValues,
} from './mailboxForm'
import { WARMUP_PRESETS, type WarmupPreset } from './warmupPresets'

type Num = number | ''

export interface AccountFormValues {
  name: string
  host: string
  port: Num
  security: Security
  username: string
  /** Empty on an edit keeps the saved password, unless removePassword is set. */
  password: string
  removePassword: boolean
  fromName: string
  fromEmail: string
  replyTo: string
  dkimEnabled: boolean
  dkimDomain: string
  dkimSelector: string
  /** Empty on an edit keeps the saved key. */
  dkimKey: string
  delaySeconds: Num
  concurrency: Num
  hourlyCap: Num
  dailyCap: Num
  /** 'off', 'custom', or a preset's id. */
  warmup: string
  /** The custom ramp (a preset's numbers once it was picked, as a starting point). */
  warmupStart: Num
  warmupTarget: Num
  warmupDays: Num
  /** Where a warm-up day begins: the saved zone, else this computer's. */
  warmupZone: string
  /** The hours a new campaign on this account starts with; null: any time. */
  sendingHours: SendingHours | null
  /** The mailbox read for bounces and replies (mailboxForm.ts). */
  mailbox: MailboxFormValues
}

/** The port each kind of security usually listens on. */
export const STANDARD_PORT: Record<Security, number> = { tls: 465, starttls: 587, none: 25 }

/** When the security changes: the usual port, unless the user typed a port of their own. */
export function suggestPort(port: Num, security: Security): Num {
  const standard = Object.values(STANDARD_PORT)
  return port === '' || standard.includes(port) ? STANDARD_PORT[security] : port
}

export function emptyForm(): AccountFormValues {
  return {
    name: '',
    host: '',
    port: STANDARD_PORT.starttls,
    security: 'starttls',
    username: '',
    password: '',
    removePassword: false,
    fromName: '',
    fromEmail: '',
    replyTo: '',
    dkimEnabled: false,
    dkimDomain: '',
    dkimSelector: '',
    dkimKey: '',
    delaySeconds: 2,
    concurrency: 2,
    hourlyCap: '',
    dailyCap: '',
    warmup: 'off',
    warmupStart: '',
    warmupTarget: '',
    warmupDays: '',
    warmupZone: localTimeZone(),
    sendingHours: null,
    mailbox: emptyMailbox(),
  }
}

/** The form for editing a saved account: secrets are never known, only whether they exist. */
export function formFromAccount(a: Account): AccountFormValues {
  return {
    ...emptyForm(),
    name: a.name,
    host: a.host,
    port: a.port,
    security: a.security,
    username: a.username ?? '',
    fromName: a.fromName,
    fromEmail: a.fromEmail,
    replyTo: a.replyTo ?? '',
    dkimEnabled: a.dkim !== null,
    dkimDomain: a.dkim?.domain ?? '',
    dkimSelector: a.dkim?.selector ?? '',
    delaySeconds: a.defaults.delayMs / 1000,
    concurrency: a.defaults.concurrency,
    hourlyCap: a.hourlyCap ?? '',
    dailyCap: a.dailyCap ?? '',
    ...(a.warmup && {
      warmup: presetOf(a.warmup)?.id ?? 'custom',
      warmupStart: a.warmup.startPerDay,
      warmupTarget: a.warmup.targetPerDay,
      warmupDays: a.warmup.days,
      warmupZone: a.warmup.zone,
    }),
    sendingHours: a.sendingHours,
    mailbox: mailboxFromAccount(a.mailbox),
  }
}

/** The preset a saved ramp is, if any. */
function presetOf(w: NonNullable<Account['warmup']>): WarmupPreset | undefined {
  return WARMUP_PRESETS.find(
    (p) => p.start === w.startPerDay && p.target === w.targetPerDay && p.days === w.days,
  )
}

/** The ramp the form stands for: a preset's, the custom numbers, or none. */
export function warmupRamp(v: AccountFormValues): { start: Num; target: Num; days: Num } | null {
  if (v.warmup === 'off') return null
  const preset = WARMUP_PRESETS.find((p) => p.id === v.warmup)
  return preset ?? { start: v.warmupStart, target: v.warmupTarget, days: v.warmupDays }
}

/** Picking a warm-up: a preset's numbers fill the custom fields, so "Custom" starts from them. */
export function warmupPicked(v: AccountFormValues, choice: string): AccountFormValues {
  const preset = WARMUP_PRESETS.find((p) => p.id === choice)
  return preset
    ? {
        ...v,
        warmup: choice,
        warmupStart: preset.start,
        warmupTarget: preset.target,
        warmupDays: preset.days,
      }
    : { ...v, warmup: choice }
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim())
const numOrNull = (n: Num) => (n === '' ? null : n)
/** An empty required number becomes NaN, which the contract reports as that field's error. */
const required = (n: Num) => (n === '' ? Number.NaN : n)

type CreateInput = CommandInput<'accounts.create'>

/**
 * Everything but the password, the same for create, update and test. `editing`: the account is
 * saved, so an empty mailbox password keeps the stored one.
 */
function common(v: AccountFormValues, editing: boolean): Omit<CreateInput, 'password'> {
  return {
    name: v.name,
    host: v.host.trim(),
    port: required(v.port),
    security: v.security,
    username: orNull(v.username),
    fromName: v.fromName.trim(),
    fromEmail: v.fromEmail,
    replyTo: orNull(v.replyTo),
    dkim: v.dkimEnabled
      ? {
          domain: v.dkimDomain,
          selector: v.dkimSelector,
          // null keeps the saved key on an edit (and means "no key yet" on a new account).
          privateKey: v.dkimKey.trim() === '' ? null : v.dkimKey.trim(),
        }
      : null,
    defaults: {
      delayMs: v.delaySeconds === '' ? Number.NaN : Math.round(v.delaySeconds * 1000),
      concurrency: required(v.concurrency),
    },
    hourlyCap: numOrNull(v.hourlyCap),
    dailyCap: numOrNull(v.dailyCap),
    sendingHours: v.sendingHours,
    warmup: warmupInput(v),
    mailbox: toMailboxInput(v.mailbox, editing),
  }
}

function warmupInput(v: AccountFormValues): CreateInput['warmup'] {
  const ramp = warmupRamp(v)
  if (ramp === null) return null
  return {
    startPerDay: required(ramp.start),
    targetPerDay: required(ramp.target),
    days: required(ramp.days),
    zone: v.warmupZone,
  }
}

/** The password an edit sends: absent keeps the saved one, null removes it. */
function passwordChange(v: AccountFormValues): { password?: string | null } {
  if (v.password !== '') return { password: v.password }
  return v.removePassword ? { password: null } : {}
}

export function toCreateInput(v: AccountFormValues): CreateInput {
  return { ...common(v, false), password: v.password === '' ? null : v.password }
}

export function toUpdateInput(v: AccountFormValues, id: number): CommandInput<'accounts.update'> {
  return { id, ...common(v, true), ...passwordChange(v) }
}

/** The form as it stands; when editing, the engine fills in what is saved and not replaced. */
export function toConnectionTestInput(
  v: AccountFormValues,
  id: number | null,
): CommandInput<'accounts.testConnection'> {
  // The SMTP test tries the SMTP part alone: a half-filled mailbox must not stop it.
  const smtpOnly = { ...v, mailbox: { ...v.mailbox, enabled: false } }
  return id === null
    ? { id, ...toCreateInput(smtpOnly) }
    : { id, ...common(smtpOnly, true), ...passwordChange(v) }
}

/** A delay this short makes most providers see a burst and throttle or block the account. */
export const isHastyDelay = (v: AccountFormValues) => v.delaySeconds !== '' && v.delaySeconds < 1
