/** Strings of the notices about sending held and sends found in flight at start-up. */
import type { Translation } from '../../i18n/translation'

export const en = {
  heldTitle: 'Sending is paused',
  heldSuspend: 'Sending is paused while the computer sleeps — it goes on by itself.',
  heldOffline: 'Sending is paused while there is no network — it goes on by itself.',
  heldBoth:
    'Sending is paused while the computer sleeps and there is no network — it goes on by itself.',
  heldSince: 'Since {{time}}. Nothing is lost: no attempt is used up while paused.',
  recoveredTitle: 'Some emails may have arrived',
  recovered_one: '{{count}} email was being handed over when Outbox stopped; it may have arrived.',
  recovered_other:
    '{{count}} emails were being handed over when Outbox stopped; they may have arrived.',
  review: 'Review “{{name}}”',
  reviewUnnamed: 'Review campaign #{{id}}',
  dismiss: 'Dismiss',
}

export const ru: Translation<typeof en> = {
  heldTitle: 'Отправка приостановлена',
  heldSuspend: 'Отправка приостановлена, пока компьютер спит, — она продолжится сама.',
  heldOffline: 'Отправка приостановлена, пока нет сети, — она продолжится сама.',
  heldBoth: 'Отправка приостановлена, пока компьютер спит и нет сети, — она продолжится сама.',
  heldSince: 'С {{time}}. Ничего не теряется: пока отправка стоит, попытки не расходуются.',
  recoveredTitle: 'Некоторые письма могли дойти',
  recovered_one:
    '{{count}} письмо передавалось серверу, когда Outbox остановился; оно могло дойти.',
  recovered_few:
    '{{count}} письма передавались серверу, когда Outbox остановился; они могли дойти.',
  recovered_many:
    '{{count}} писем передавались серверу, когда Outbox остановился; они могли дойти.',
  recovered_other:
    '{{count}} письма передавались серверу, когда Outbox остановился; они могли дойти.',
  review: 'Проверить «{{name}}»',
  reviewUnnamed: 'Проверить рассылку №{{id}}',
  dismiss: 'Скрыть',
}
