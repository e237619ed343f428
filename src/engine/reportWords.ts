/**
 * The report's column names and delivery states in the user's language: the CSV is opened in a
 * spreadsheet, outside the window, so the engine words it. States stay one word each, so a
 * spreadsheet filter on them still works.
 */
import type { DeliveryState, Language } from '@shared/contract'

export const REPORT_WORDS: Record<
  Language,
  { columns: readonly string[]; states: Record<DeliveryState, string> }
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
    ],
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
    ],
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
