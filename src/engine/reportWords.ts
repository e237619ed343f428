/**
 * The report's column names and delivery states in the user's language: the CSV is opened in a
 * spreadsheet, outside the window, so the engine words it. States stay one word each, so a
 * spreadsheet filter on them still works.
 */
import type { DeliveryState, Language } from '@shared/contract'

export const REPORT_WORDS: Record<
  Language,
  {
    columns: readonly string[]
    states: Record<DeliveryState, string>
    /** The Bounce column: one word each, like the states. */
    bounces: Record<'hard' | 'soft', string>
  }
> = {
  en: {
    columns: [
      'Email',
      'State',
      'Attempts',
      'SMTP code',
      'Enhanced code',
      'Last response',
      'Sent at (UTC)',
      'Account',
      'Bounce',
      'Bounce status',
      'Replied at (UTC)',
      'Auto-replied at (UTC)',
      'Unsubscribed at (UTC)',
    ],
    bounces: { hard: 'hard', soft: 'soft' },
    states: {
      queued: 'queued',
      sending: 'sending',
      sent: 'sent',
      retrying: 'retrying',
      failed: 'failed',
      uncertain: 'uncertain',
      cancelled: 'cancelled',
      skipped: 'skipped',
    },
  },
  ru: {
    columns: [
      'Email',
      'Состояние',
      'Попыток',
      'Код SMTP',
      'Расширенный код',
      'Последний ответ сервера',
      'Отправлено (UTC)',
      'Учётная запись',
      'Возврат',
      'Код возврата',
      'Ответ (UTC)',
      'Автоответ (UTC)',
      'Отписка (UTC)',
    ],
    bounces: { hard: 'постоянный', soft: 'временный' },
    states: {
      queued: 'в очереди',
      sending: 'отправляется',
      sent: 'отправлено',
      retrying: 'повтор',
      failed: 'не доставлено',
      uncertain: 'под вопросом',
      cancelled: 'отменено',
      skipped: 'пропущено',
    },
  },
}
