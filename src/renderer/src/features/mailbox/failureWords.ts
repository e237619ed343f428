/**
 * Why reading a mailbox failed and at which step, in the user's words: the connection test and
 * the reader's standing (MailboxStatus) give the same reasons and steps. A reason or step this
 * window has no words for yet gives null; the caller then shows the engine's own words.
 */
import type { TFunction } from 'i18next'
import type { Params } from '@shared/contract'
import { en } from './text'

type Reason = keyof typeof en.reasons
type Step = keyof typeof en.steps

const isReason = (key: string | null): key is Reason =>
  key !== null && Object.hasOwn(en.reasons, key)
const isStep = (key: string | null): key is Step => key !== null && Object.hasOwn(en.steps, key)

export interface FailureWords {
  step: string | null
  reason: string | null
  /** The system's words as they came (`params.detail`). */
  detail: string | null
}

export function failureWords(
  t: TFunction,
  failure: { reason: string | null; step: string | null; params: Params },
): FailureWords {
  const { seconds, detail } = failure.params
  const reason = isReason(failure.reason)
    ? t(`mailbox.reasons.${failure.reason}`) +
      (seconds !== undefined ? ` ${t('mailbox.timeoutAfter', { seconds })}` : '')
    : null
  const step = isStep(failure.step) ? t(`mailbox.steps.${failure.step}`) : null
  return { step, reason, detail: detail === undefined ? null : String(detail) }
}
