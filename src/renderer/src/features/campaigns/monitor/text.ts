/** The campaign page’s strings (progress, deliveries, replies, activity); Russian must have the same keys (the compiler checks). */
import type { Translation } from '@renderer/i18n/translation'

export const en = {
  deliveries: {
    failedTitle: 'Failed sends',
    failedHint:
      'The server refused these messages, or every try ran out. Retry sends them again; clear takes them off this list (they still count as failed).',
    uncertainTitle: 'Uncertain sends',
    uncertainHint:
      'The app stopped while these messages were being handed over, so they may have arrived. Resend sends the very same message again (mail apps that saw it before show it once); mark as sent if you know it arrived.',
    email: 'Recipient',
    reply: 'What the server said',
    attempts: 'Tries',
    retry: 'Retry',
    clear: 'Clear',
    resend: 'Resend',
    markSent: 'Mark as sent',
    all: '{{action}} all',
    clearTitle: 'Clear all failed sends?',
    clearBody: 'They leave this list. The campaign’s counts still include them.',
    resendTitle: 'Resend every uncertain message?',
    resendBody:
      'Some of these may have arrived already; those recipients could get the message twice.',
    firstShown: 'The first {{shown}} are shown.',
  },
  reply: {
    accepted: 'Accepted by the server',
    mailboxMissing:
      'The mailbox does not exist — permanent; the address is now on the do-not-send list',
    badAddress: 'The address is not valid at this server — permanent',
    mailboxFull: 'The mailbox is full',
    policy: 'Refused by the server’s rules (spam or sender checks) — permanent',
    contentRefused: 'The server refused the message’s content',
    quota: 'The account’s sending limit was reached',
    busy: 'The server is busy or asked to slow down',
    temporary: 'A temporary problem at the server',
    login: 'The server refused the login',
    noReply: 'No answer: the connection failed or took too long',
    appStopped: 'The app stopped while the message was being handed over: it may have arrived',
    permanent: 'Refused by the server — permanent',
  },
  activity: {
    title: 'Sends per minute',
    timeline: 'What happened',
    none: 'Nothing sent yet.',
    summary: '{{sent}} emails sent between {{from}} and {{to}}',
    bar: '{{sent}} sent, {{failed}} failed',
    peak_one: 'peak {{count}} a minute',
    peak_other: 'peak {{count}} a minute',
  },
  recipientStates: {
    title: 'Recipients',
    search: 'Search by address',
    state: 'State',
    allStates: 'All states',
    total_one: '{{formatted}} recipient',
    total_other: '{{formatted}} recipients',
    columns: {
      email: 'Recipient',
      state: 'State',
      attempts: 'Tries',
      reply: 'Last reply of the server',
      updated: 'Last change',
    },
  },
  monitor: {
    progress: 'Progress',
    total: 'Total',
    sent: 'Sent',
    failed: 'Failed',
    uncertain: 'Uncertain',
    pending: 'Waiting',
    skipped: 'Skipped',
    /** Read out by screen readers on a status change and every 10%. */
    announce: '{{status}}: {{percent}}% done',
    rate: '{{rate}} emails a minute',
    eta: 'About {{duration}} left',
    export: 'Export report (CSV)',
    pause: 'Pause',
    resume: 'Resume',
    cancel: 'Cancel campaign',
    cancelTitle: 'Cancel this campaign?',
    cancelBody:
      'Nobody else will get the message. Emails already sent stay sent. A cancelled campaign cannot be resumed; duplicate it to send again.',
    reason: {
      user: 'Paused by you.',
      account: 'Paused: the SMTP account needs attention.',
      quota: 'Paused: the account reached its sending limit; it resumes by itself.',
      content: 'Paused: the server refused the message’s content.',
      sender: 'Paused: the server refused the sender address.',
      protection:
        'Paused to protect your sending reputation: too many recent emails were refused for good (addresses that do not exist, sender refused). Check the failed sends, then resume if the list is sound.',
      other: 'Paused.',
    },
    /** `day` and `time` are a moment's words (`format/moment.ts`): "on Monday", "09:00". */
    waiting: 'Waiting for sending hours — resumes {{day}} at {{time}}.',
    waitingZones:
      'Waiting for sending hours — resumes {{day}} at {{time}}, {{zone}} time ({{localDay}} at {{localTime}} on this computer).',
    spread: {
      pace: 'About 1 email every {{interval}} to finish by {{time}} {{day}}.',
      finishBy: 'Spread to finish by {{time}} {{day}}.',
      onTrack: 'On track.',
      overHour:
        'Behind: this pace needs about {{needed}} emails an hour, but the hourly limits allow {{cap}}. The last emails may go out after the planned end.',
      overDay:
        'Behind: this pace needs about {{needed}} emails a day, but the daily limits and warm-up allow {{cap}}. The last emails may go out after the planned end.',
      late: 'The planned end has passed; still to send: {{left}}.',
    },
    accounts: {
      title: 'Accounts',
      account: 'Account',
      state: 'State',
      sending: 'Sending',
      waiting: 'Waiting for the hours',
      idle: '—',
      stopped: {
        account: 'Stopped: the server refused the login',
        sender: 'Stopped: the server refused the sender address',
      },
      /** Shown above the page while the campaign goes on through the other accounts. */
      stoppedNotice_one:
        '{{names}} stopped sending this campaign; the other accounts go on. Fix the account, then pause and resume the campaign to bring it back.',
      stoppedNotice_other:
        '{{names}} stopped sending this campaign; the other accounts go on. Fix the accounts, then pause and resume the campaign to bring them back.',
      unknown: 'Account #{{id}}',
      quoted: '“{{name}}”',
    },
  },
}

export const ru: Translation<typeof en> = {
  deliveries: {
    failedTitle: 'Недоставленные письма',
    failedHint:
      'Сервер отказался принять эти письма, или закончились все попытки. «Повторить» отправит их снова; «Убрать» уберёт их из списка (в счётчиках они останутся недоставленными).',
    uncertainTitle: 'Письма под вопросом',
    uncertainHint:
      'Программа остановилась, когда эти письма передавались серверу, поэтому они могли дойти. «Отправить снова» отправит то же самое письмо ещё раз (почтовые программы, которые его уже видели, покажут его один раз); «Отметить отправленным» — если вы знаете, что оно дошло.',
    email: 'Получатель',
    reply: 'Ответ сервера',
    attempts: 'Попытки',
    retry: 'Повторить',
    clear: 'Убрать',
    resend: 'Отправить снова',
    markSent: 'Отметить отправленным',
    all: '{{action}} все',
    clearTitle: 'Убрать все недоставленные?',
    clearBody: 'Они исчезнут из этого списка. В счётчиках рассылки они останутся.',
    resendTitle: 'Отправить снова все письма под вопросом?',
    resendBody: 'Часть из них, возможно, уже дошла — эти получатели могут получить письмо дважды.',
    firstShown: 'Показаны первые {{shown}}.',
  },
  reply: {
    accepted: 'Принято сервером',
    mailboxMissing: 'Такого ящика нет — окончательно; адрес добавлен в список «Не отправлять»',
    badAddress: 'Сервер не принимает этот адрес — окончательно',
    mailboxFull: 'Ящик переполнен',
    policy: 'Отклонено правилами сервера (спам или проверка отправителя) — окончательно',
    contentRefused: 'Сервер отверг содержимое письма',
    quota: 'Учётная запись исчерпала лимит отправки',
    busy: 'Сервер перегружен или попросил отправлять медленнее',
    temporary: 'Временная неполадка на сервере',
    login: 'Сервер не принял вход',
    noReply: 'Нет ответа: соединение не удалось или длилось слишком долго',
    appStopped: 'Программа остановилась во время передачи письма: оно могло дойти',
    permanent: 'Отклонено сервером — окончательно',
  },
  activity: {
    title: 'Писем в минуту',
    timeline: 'Что происходило',
    none: 'Пока ничего не отправлено.',
    summary: 'Отправлено писем: {{sent}}, с {{from}} до {{to}}',
    bar: 'отправлено {{sent}}, не доставлено {{failed}}',
    peak_one: 'пик {{count}} в минуту',
    peak_few: 'пик {{count}} в минуту',
    peak_many: 'пик {{count}} в минуту',
    peak_other: 'пик {{count}} в минуту',
  },
  recipientStates: {
    title: 'Получатели',
    search: 'Поиск по адресу',
    state: 'Состояние',
    allStates: 'Все состояния',
    total_one: '{{formatted}} получатель',
    total_few: '{{formatted}} получателя',
    total_many: '{{formatted}} получателей',
    total_other: '{{formatted}} получателя',
    columns: {
      email: 'Получатель',
      state: 'Состояние',
      attempts: 'Попытки',
      reply: 'Последний ответ сервера',
      updated: 'Изменено',
    },
  },
  monitor: {
    progress: 'Ход отправки',
    total: 'Всего',
    sent: 'Отправлено',
    failed: 'Не доставлено',
    uncertain: 'Под вопросом',
    pending: 'Ждут',
    skipped: 'Пропущено',
    announce: '{{status}}: выполнено {{percent}}%',
    rate: '{{rate}} писем в минуту',
    eta: 'Осталось примерно {{duration}}',
    export: 'Выгрузить отчёт (CSV)',
    pause: 'Приостановить',
    resume: 'Продолжить',
    cancel: 'Отменить рассылку',
    cancelTitle: 'Отменить рассылку?',
    cancelBody:
      'Больше никто письмо не получит. Уже отправленные письма останутся отправленными. Отменённую рассылку нельзя продолжить — сделайте копию, чтобы отправить снова.',
    reason: {
      user: 'Приостановлена вами.',
      account: 'Приостановлена: учётная запись SMTP требует внимания.',
      quota: 'Приостановлена: учётная запись исчерпала лимит отправки; продолжится сама.',
      content: 'Приостановлена: сервер отверг содержимое письма.',
      sender: 'Приостановлена: сервер отклонил адрес отправителя.',
      protection:
        'Приостановлена, чтобы защитить вашу репутацию отправителя: слишком много последних писем отклонено окончательно (несуществующие адреса, отказ отправителю). Проверьте недоставленные письма и продолжите, если со списком всё в порядке.',
      other: 'Приостановлена.',
    },
    waiting: 'Вне часов отправки: рассылка продолжится {{day}} в {{time}}.',
    waitingZones:
      'Вне часов отправки: рассылка продолжится {{day}} в {{time}} по времени {{zone}} (на этом компьютере — {{localDay}} в {{localTime}}).',
    spread: {
      pace: 'Пауза между письмами — примерно {{interval}}, чтобы закончить к {{time}} {{day}}.',
      finishBy: 'Рассылка растянута так, чтобы закончиться к {{time}} {{day}}.',
      onTrack: 'Идёт по плану.',
      overHour:
        'Не успевает: при таком темпе нужно около {{needed}} писем в час, а часовые лимиты позволяют {{cap}}. Последние письма могут уйти позже намеченного.',
      overDay:
        'Не успевает: при таком темпе нужно около {{needed}} писем в сутки, а суточные лимиты и прогрев позволяют {{cap}}. Последние письма могут уйти позже намеченного.',
      late: 'Намеченное время окончания прошло; осталось отправить: {{left}}.',
    },
    accounts: {
      title: 'Учётные записи',
      account: 'Учётная запись',
      state: 'Состояние',
      sending: 'Отправляет',
      waiting: 'Ждёт часов отправки',
      idle: '—',
      stopped: {
        account: 'Остановлена: сервер не принял вход',
        sender: 'Остановлена: сервер отклонил адрес отправителя',
      },
      stoppedNotice_one:
        '{{names}} больше не отправляет эту рассылку; остальные учётные записи продолжают. Исправьте учётную запись, затем приостановите и снова продолжите рассылку — учётная запись вернётся к отправке.',
      stoppedNotice_few:
        '{{names}} больше не отправляют эту рассылку; остальные учётные записи продолжают. Исправьте учётные записи, затем приостановите и снова продолжите рассылку — они вернутся к отправке.',
      stoppedNotice_many:
        '{{names}} больше не отправляют эту рассылку; остальные учётные записи продолжают. Исправьте учётные записи, затем приостановите и снова продолжите рассылку — они вернутся к отправке.',
      stoppedNotice_other:
        '{{names}} больше не отправляют эту рассылку; остальные учётные записи продолжают. Исправьте учётные записи, затем приостановите и снова продолжите рассылку — они вернутся к отправке.',
      unknown: 'Учётная запись № {{id}}',
      quoted: '«{{name}}»',
    },
  },
}
