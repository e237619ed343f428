import type { Account } from '../../store/accounts/state'
import type { AccountFormValues } from './accountForm'
import type { FieldPath } from './fieldErrors'

/** What every section of the account form gets. */
export interface SectionProps {
  values: AccountFormValues
  set: <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) => void
  /** Several fields at once (a preset fills its numbers). */
  update: (change: (values: AccountFormValues) => AccountFormValues) => void
  errors: Partial<Record<FieldPath, string>>
  /** The saved account when editing; null for a new one. */
  saved: Account | null
}

/** NumberInput hands over a string while a number is half typed ("1.") or cleared (""). */
export function numberOrEmpty(value: number | string): number | '' {
  if (typeof value === 'number') return value
  const n = Number(value)
  return value.trim() === '' || !Number.isFinite(n) ? '' : n
}
