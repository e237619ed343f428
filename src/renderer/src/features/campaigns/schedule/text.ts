/** Words of a scheduled start: the dialog, the scheduled campaign's page and its questions; Russian must have the same keys (the compiler checks). */
import type { Translation } from '@renderer/i18n/translation'

export const en = {
  schedule: {
    button: 'Schedule…',
    title: 'Schedule the start',
    rescheduleTitle: 'Move the start',
    checked_one:
      'Every recipient’s message was checked. The campaign starts by itself at the time you pick and is checked once more then; {{formatted}} recipient will get it.',
    checked_other:
      'Every recipient’s message was checked. The campaign starts by itself at the time you pick and is checked once more then; {{formatted}} recipients will get it.',
    date: 'Date',
    time: 'Time',
    missed: 'If Outbox is closed at that time',
    missedStart: 'Start when Outbox opens',
    missedAsk: 'Ask me first',
    startsAt: 'Starts {{date}} ({{zone}})',
    onThisComputer: 'That is {{date}} on this computer ({{zone}}).',
    invalid: 'Pick a date and a time.',
    past: 'That time has passed: pick a later one.',
    confirm: 'Schedule',
    reschedule: 'Reschedule…',
    unschedule: 'Back to a draft',
    startNow: 'Start now',
    keepDraft: 'Keep as a draft',
    notEditable: 'A scheduled campaign cannot be changed: move it back to a draft to edit it.',
    ifClosedStart: 'If Outbox is closed then, the campaign starts as soon as Outbox opens.',
    ifClosedAsk: 'If Outbox is closed then, Outbox asks you what to do when it opens.',
    missedTitle: 'The scheduled start was missed',
    /** `day` and `time` are a moment's words (`format/moment.ts`): "today", "09:00". */
    missedBody:
      'This campaign was due to start {{day}} at {{time}} ({{zone}}) while Outbox was closed. Start it now?',
    failedTitle: 'The scheduled start did not happen',
    failedBody: 'This campaign should have started {{day}} at {{time}} ({{zone}}), but could not.',
    failedUnknown: 'Outbox did not say why.',
    summaryTitle: 'What will go out',
    recipients_one: '{{formatted}} recipient',
    recipients_other: '{{formatted}} recipients',
    through: 'Through: {{accounts}}',
    hours: 'Sending hours: {{hours}}',
    anyTime: 'Sending hours: any time',
    badge: {
      missed: 'Start missed',
      startFailed: 'Did not start',
    },
  },
}

export const ru: Translation<typeof en> = {
  schedule: {
    button: 'Запланировать…',
    title: 'Запланировать запуск',
    rescheduleTitle: 'Перенести запуск',
    checked_one:
      'Письмо каждого получателя проверено. Рассылка запустится сама в выбранное время и тогда будет проверена ещё раз; её получит {{formatted}} получатель.',
    checked_few:
      'Письмо каждого получателя проверено. Рассылка запустится сама в выбранное время и тогда будет проверена ещё раз; её получат {{formatted}} получателя.',
    checked_many:
      'Письмо каждого получателя проверено. Рассылка запустится сама в выбранное время и тогда будет проверена ещё раз; её получат {{formatted}} получателей.',
    checked_other:
      'Письмо каждого получателя проверено. Рассылка запустится сама в выбранное время и тогда будет проверена ещё раз; её получат {{formatted}} получателя.',
    date: 'Дата',
    time: 'Время',
    missed: 'Если в это время Outbox будет закрыт',
    missedStart: 'Запустить, когда Outbox откроется',
    missedAsk: 'Сначала спросить меня',
    startsAt: 'Запуск: {{date}} ({{zone}})',
    onThisComputer: 'По времени этого компьютера: {{date}} ({{zone}}).',
    invalid: 'Укажите дату и время.',
    past: 'Это время уже прошло: выберите более позднее.',
    confirm: 'Запланировать',
    reschedule: 'Перенести…',
    unschedule: 'Вернуть в черновики',
    startNow: 'Запустить сейчас',
    keepDraft: 'Оставить черновиком',
    notEditable:
      'Запланированную рассылку нельзя изменить: чтобы её отредактировать, верните её в черновики.',
    ifClosedStart:
      'Если Outbox в это время будет закрыт, рассылка запустится, как только он откроется.',
    ifClosedAsk: 'Если Outbox в это время будет закрыт, при открытии он спросит, что делать.',
    missedTitle: 'Запланированный запуск пропущен',
    missedBody:
      'Эта рассылка должна была начаться {{day}} в {{time}} ({{zone}}), но Outbox был закрыт. Запустить её сейчас?',
    failedTitle: 'Запланированный запуск не состоялся',
    failedBody:
      'Эта рассылка должна была начаться {{day}} в {{time}} ({{zone}}), но не запустилась.',
    failedUnknown: 'Причина неизвестна.',
    summaryTitle: 'Что будет отправлено',
    recipients_one: '{{formatted}} получатель',
    recipients_few: '{{formatted}} получателя',
    recipients_many: '{{formatted}} получателей',
    recipients_other: '{{formatted}} получателя',
    through: 'Через: {{accounts}}',
    hours: 'Часы отправки: {{hours}}',
    anyTime: 'Часы отправки: в любое время',
    badge: {
      missed: 'Ждёт решения',
      startFailed: 'Не запустилась',
    },
  },
}
