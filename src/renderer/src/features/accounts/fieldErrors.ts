/** The engine's invalid_input issues, placed next to the account form's fields in plain words. */
import type { Issue } from '../common/issues'
import type { AccountFormValues } from './accountForm'
import type { en } from './text'

type Key = keyof typeof en.fieldErrors

/** The form's fields by their path in the contract's AccountInput. */
export const FIELDS = [
  'name',
  'host',
  'port',
  'security',
  'username',
  'password',
  'fromName',
  'fromEmail',
  'replyTo',
  'dkim.domain',
  'dkim.selector',
  'dkim.privateKey',
  'defaults.delayMs',
  'defaults.concurrency',
  'hourlyCap',
  'dailyCap',
  'warmup.startPerDay',
  'warmup.targetPerDay',
  'warmup.days',
  'warmup.zone',
  'sendingHours.days',
  'sendingHours.from',
  'sendingHours.to',
  'sendingHours.zone',
  'mailbox.host',
  'mailbox.port',
  'mailbox.security',
  'mailbox.username',
  'mailbox.password',
  'mailbox.folders',
  'mailbox.sentFolder',
  'mailbox.moveBouncesTo',
] as const
export type FieldPath = (typeof FIELDS)[number]

const PATHS_OF: Partial<Record<keyof AccountFormValues, FieldPath | FieldPath[]>> = {
  dkimDomain: 'dkim.domain',
  dkimSelector: 'dkim.selector',
  dkimKey: 'dkim.privateKey',
  delaySeconds: 'defaults.delayMs',
  concurrency: 'defaults.concurrency',
  removePassword: 'password',
  warmupStart: 'warmup.startPerDay',
  warmupTarget: 'warmup.targetPerDay',
  warmupDays: 'warmup.days',
  warmupZone: 'warmup.zone',
  sendingHours: ['sendingHours.days', 'sendingHours.from', 'sendingHours.to', 'sendingHours.zone'],
  // The mailbox is one value of the form: any change in it clears what was said about it.
  mailbox: FIELDS.filter((f) => f.startsWith('mailbox.')),
}

/** Where the contract reports problems with a form field (the hours are one field of four parts). */
export function pathsOf(key: keyof AccountFormValues): FieldPath[] {
  const paths = PATHS_OF[key] ?? FIELDS.find((f) => f === key)
  return paths === undefined ? [] : [paths].flat()
}

/** The field an issue belongs to: its own path, or the list it is an item of (`sendingHours.days.0`). */
const fieldOf = (path: string): FieldPath | undefined =>
  FIELDS.find((f) => path === f || path.startsWith(`${f}.`))

function wordsFor(issue: Issue): Key | null {
  if (issue.path === 'fromEmail' || issue.path === 'replyTo') return 'email'
  if (issue.path === 'dkim.domain') return 'domain'
  if (issue.path === 'dkim.selector') return 'selector'
  if (issue.path === 'warmup.targetPerDay' && issue.code === 'custom') return 'warmupTarget'
  if (issue.path.endsWith('.zone')) return 'zone'
  if (issue.path.startsWith('sendingHours.days')) return 'hoursDays'
  if (issue.path === 'sendingHours.to' && issue.code === 'custom') return 'hoursSameTimes'
  if (issue.path.startsWith('sendingHours.')) return 'hoursTime'
  if (issue.path === 'mailbox.folders' && issue.code === 'too_small') return 'folders'
  if (issue.code === 'invalid_type') return 'required'
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'required' : 'range'
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'tooLong' : 'range'
  return null
}

/**
 * Each field's first problem, worded by `t`; problems with no field of their own (the engine's
 * own words) in `other`.
 */
export function placeIssues(
  issues: readonly Issue[],
  t: (key: `accounts.fieldErrors.${Key}`) => string,
): { fields: Partial<Record<FieldPath, string>>; other: string[] } {
  const fields: Partial<Record<FieldPath, string>> = {}
  const other: string[] = []
  for (const issue of issues) {
    const key = wordsFor(issue)
    const words = key ? t(`accounts.fieldErrors.${key}`) : issue.message
    const field = fieldOf(issue.path)
    if (field) fields[field] ??= words
    else other.push(issue.path ? `${issue.path}: ${words}` : words)
  }
  return { fields, other }
}
