/** The log screen's strings; Russian must have the same keys (the compiler checks). */
import type { Translation } from '../../i18n/translation'

export const en = {
  title: 'Log',
  campaign: 'Campaign',
  allCampaigns: 'All campaigns',
  deletedCampaign: '{{name}} (deleted)',
  level: 'Level',
  allLevels: 'All levels',
  levels: { info: 'Info', warn: 'Warning', error: 'Error' },
  follow: 'Follow live',
  empty: 'Nothing logged yet. Every sent and failed email will show up here.',
  time: 'Time',
  event: 'What happened',
  copy: 'Copy this line',
  kinds: {
    delivery_sent: 'Email sent',
    delivery_failed: 'Email failed',
    delivery_retrying: 'Email will be tried again',
    delivery_uncertain: 'Email uncertain',
    delivery_retried: 'Failed emails queued again',
    delivery_resend: 'Uncertain emails sent again',
    delivery_marked_sent: 'Uncertain emails marked as sent',
    delivery_settled: 'Uncertain email settled as sent',
    delivery_cleared: 'Failed emails cleared',
    account_throttled: 'The server is busy: sending slowed down',
    account_quotaReached: 'An account reached its sending limit',
    campaign_started: 'Campaign started',
    campaign_paused: 'Campaign paused',
    campaign_sending: 'Sending',
    campaign_scheduled: 'Campaign scheduled',
    campaign_draft: 'Schedule removed',
    campaign_startedLate: 'Started late',
    campaign_startMissed: 'Scheduled start missed',
    campaign_startFailed: 'Scheduled start failed',
    campaign_cancelled: 'Campaign cancelled',
    campaign_completed: 'Campaign completed',
    campaign_deleted: 'Campaign deleted',
    campaign_duplicatesLeftOut: 'Repeated addresses left out',
    campaign_accountStopped: 'An account stopped',
    campaign_accountsResumed: 'Stopped accounts go on',
    engine_held: 'Sending waits',
    engine_released: 'Sending goes on',
    feedback_bounced: 'Email bounced',
    feedback_replied: 'Reply received',
    feedback_unsubscribed: 'Unsubscribed',
  },
  /**
   * Each line the engine writes, by its kind (shared/logKinds.ts) and variant (`_variant`);
   * the i18n test fails when the engine can write one missing here.
   */
  messages: {
    delivery_sent: 'Email sent',
    delivery_retrying:
      'Try {{attempt}} of {{maxAttempts}} did not go through; it will be tried again',
    delivery_uncertain_connection:
      'Email uncertain: the connection broke after the message was handed over, so it may have arrived',
    delivery_uncertain_appStopped:
      'Email uncertain: the app stopped while the message was being handed over, so it may have arrived',
    delivery_failed_gaveUp: 'Email failed: every try ({{attempts}}) ran out',
    delivery_failed_refused: 'Email failed: the server refused it',
    delivery_failed_template: 'Email failed: its message could not be made',
    delivery_marked_sent_one: '{{count}} uncertain email marked as sent by you',
    delivery_marked_sent_other: '{{count}} uncertain emails marked as sent by you',
    delivery_settled_sentFolder:
      'Uncertain email settled as sent: its copy is in the account’s Sent folder, so the server took it',
    delivery_settled_bounce:
      'Uncertain email settled as sent: a bounce names it, so the server took it (the bounce is shown beside it)',
    delivery_retried_one: '{{count}} failed email queued again',
    delivery_retried_other: '{{count}} failed emails queued again',
    delivery_resend_one: '{{count}} uncertain email queued again (the same message)',
    delivery_resend_other: '{{count}} uncertain emails queued again (the same message)',
    account_throttled:
      'The server is busy or asked to slow down: sending waits a while, then goes on more slowly',
    account_quotaReached:
      'The account “{{name}}” reached its sending limit: it waits {{minutes}} minutes, the campaign’s other accounts go on',
    campaign_started_one: 'Campaign started: {{count, number}} recipient queued',
    campaign_started_other: 'Campaign started: {{count, number}} recipients queued',
    campaign_paused_user: 'Paused by you',
    campaign_paused_account: 'Paused: the SMTP account needs attention',
    campaign_paused_quota: 'Paused: the account reached its sending limit; it resumes by itself',
    campaign_paused_content: 'Paused: the server refused the message’s content several times',
    campaign_paused_sender: 'Paused: the server refused the sender address',
    campaign_paused_protection:
      'Paused to protect the account: too many of the latest emails were refused for good (such as “no such mailbox”). Check the list, then resume when you choose',
    campaign_sending_draft: 'Sending started',
    campaign_sending_scheduled: 'Sending started (the campaign was scheduled)',
    campaign_sending_paused: 'Sending resumed',
    campaign_scheduled_draft: 'Scheduled to start {{at}} ({{zone}})',
    campaign_scheduled_scheduled: 'Start moved to {{at}} ({{zone}})',
    campaign_draft_scheduled: 'Schedule removed: the campaign is a draft again',
    campaign_startedLate_appClosed:
      'Started {{minutes}} min late: Outbox was closed at the scheduled time ({{at}}, {{zone}})',
    campaign_startedLate_asleep:
      'Started {{minutes}} min late: the computer was asleep at the scheduled time ({{at}}, {{zone}})',
    campaign_startMissed:
      'The scheduled start ({{at}}, {{zone}}) passed while Outbox was closed: the campaign waits for you to start it, move it or put it back to a draft',
    campaign_startFailed: 'The campaign could not start at its scheduled time; it stays scheduled',
    campaign_cancelled: 'Campaign cancelled',
    campaign_completed: 'Campaign completed',
    campaign_deleted: 'Campaign “{{name}}” deleted',
    campaign_duplicatesLeftOut_one:
      '{{count}} repeated address left out (each address gets one email): {{examples}}',
    campaign_duplicatesLeftOut_other:
      '{{count}} repeated addresses left out (each address gets one email): {{examples}}',
    campaign_accountStopped_account:
      'The account “{{name}}” stopped sending this campaign: it needs attention (login or connection). The campaign’s other accounts go on',
    campaign_accountStopped_sender:
      'The account “{{name}}” stopped sending this campaign: the server refused its sender address. The campaign’s other accounts go on',
    campaign_accountsResumed_one: '{{count}} stopped account sends this campaign again',
    campaign_accountsResumed_other: '{{count}} stopped accounts send this campaign again',
    engine_held_suspend: 'Sending waits while the computer sleeps',
    engine_held_offline: 'Sending waits while there is no network',
    engine_released_suspend: 'The computer woke up: sending goes on',
    engine_released_offline: 'The network is back: sending goes on',
    engine_released_suspendStillHeld: 'The computer woke up; sending still waits for the network',
    engine_released_offlineStillHeld:
      'The network is back; sending still waits for the computer to wake',
    feedback_bounced_hard: 'The email bounced for good: the address is on the do-not-send list',
    feedback_bounced_soft: 'The email bounced for now (such as a full mailbox); it is counted',
    feedback_bounced_softInARow:
      'The address bounced for now in {{count}} campaigns in a row: it is on the do-not-send list',
    feedback_replied_reply: 'The recipient replied',
    feedback_replied_autoReply: 'An automatic reply came back (such as “out of office”)',
    feedback_unsubscribed_token:
      'The recipient unsubscribed by the email link: the address is on the do-not-send list',
    feedback_unsubscribed_reply:
      'The recipient asked in a reply to unsubscribe: the address is on the do-not-send list',
    feedback_unsubscribed_subject:
      'An email asked to unsubscribe: the address is on the do-not-send list',
  },
  older: 'Show older entries',
}

export const ru: Translation<typeof en> = {
  title: 'Журнал',
  campaign: 'Рассылка',
  allCampaigns: 'Все рассылки',
  deletedCampaign: '{{name}} (удалена)',
  level: 'Уровень',
  allLevels: 'Все уровни',
  levels: { info: 'Сведения', warn: 'Предупреждение', error: 'Ошибка' },
  follow: 'Следить в реальном времени',
  empty: 'В журнале пока пусто. Здесь появится каждое отправленное и недоставленное письмо.',
  time: 'Время',
  event: 'Что произошло',
  copy: 'Скопировать строку',
  kinds: {
    delivery_sent: 'Письмо отправлено',
    delivery_failed: 'Письмо не доставлено',
    delivery_retrying: 'Будет ещё попытка',
    delivery_uncertain: 'Письмо под вопросом',
    delivery_retried: 'Недоставленные письма снова в очереди',
    delivery_resend: 'Письма под вопросом отправлены снова',
    delivery_marked_sent: 'Письма под вопросом отмечены отправленными',
    delivery_settled: 'Письмо под вопросом оказалось отправленным',
    delivery_cleared: 'Недоставленные письма убраны из списка',
    account_throttled: 'Сервер перегружен: отправка замедлена',
    account_quotaReached: 'Учётная запись исчерпала лимит отправки',
    campaign_started: 'Рассылка запущена',
    campaign_paused: 'Рассылка приостановлена',
    campaign_sending: 'Отправка идёт',
    campaign_scheduled: 'Рассылка запланирована',
    campaign_draft: 'Расписание снято',
    campaign_startedLate: 'Запуск с опозданием',
    campaign_startMissed: 'Запланированный запуск пропущен',
    campaign_startFailed: 'Запланированный запуск не удался',
    campaign_cancelled: 'Рассылка отменена',
    campaign_completed: 'Рассылка завершена',
    campaign_deleted: 'Рассылка удалена',
    campaign_duplicatesLeftOut: 'Повторы адресов пропущены',
    campaign_accountStopped: 'Учётная запись остановлена',
    campaign_accountsResumed: 'Остановленные учётные записи снова отправляют',
    engine_held: 'Отправка ждёт',
    engine_released: 'Отправка продолжается',
    feedback_bounced: 'Письмо вернулось',
    feedback_replied: 'Пришёл ответ',
    feedback_unsubscribed: 'Отписка',
  },
  messages: {
    delivery_sent: 'Письмо отправлено',
    delivery_retrying: 'Попытка {{attempt}} из {{maxAttempts}} не удалась, будет ещё одна',
    delivery_uncertain_connection:
      'Письмо под вопросом: соединение оборвалось уже после передачи письма, оно могло дойти',
    delivery_uncertain_appStopped:
      'Письмо под вопросом: программа остановилась во время передачи письма, оно могло дойти',
    delivery_failed_gaveUp: 'Письмо не доставлено: все попытки ({{attempts}}) исчерпаны',
    delivery_failed_refused: 'Письмо не доставлено: сервер его отклонил',
    delivery_failed_template: 'Письмо не доставлено: его не удалось собрать',
    delivery_marked_sent_one: '{{count}} письмо под вопросом вы отметили отправленным',
    delivery_marked_sent_few: '{{count}} письма под вопросом вы отметили отправленными',
    delivery_marked_sent_many: '{{count}} писем под вопросом вы отметили отправленными',
    delivery_marked_sent_other: '{{count}} письма под вопросом вы отметили отправленными',
    delivery_settled_sentFolder:
      'Письмо под вопросом оказалось отправленным: его копия лежит в папке «Отправленные», значит, сервер его принял',
    delivery_settled_bounce:
      'Письмо под вопросом оказалось отправленным: его называет возврат, значит, сервер его принял (возврат показан рядом)',
    delivery_retried_one: '{{count}} недоставленное письмо снова в очереди',
    delivery_retried_few: '{{count}} недоставленных письма снова в очереди',
    delivery_retried_many: '{{count}} недоставленных писем снова в очереди',
    delivery_retried_other: '{{count}} недоставленного письма снова в очереди',
    delivery_resend_one: '{{count}} письмо под вопросом снова в очереди (то же самое письмо)',
    delivery_resend_few: '{{count}} письма под вопросом снова в очереди (те же самые письма)',
    delivery_resend_many: '{{count}} писем под вопросом снова в очереди (те же самые письма)',
    delivery_resend_other: '{{count}} письма под вопросом снова в очереди (те же самые письма)',
    account_throttled:
      'Сервер перегружен или попросил отправлять медленнее: отправка ненадолго ждёт, потом идёт медленнее',
    account_quotaReached:
      'Учётная запись «{{name}}» исчерпала лимит отправки: она ждёт {{minutes}} мин, остальные учётные записи рассылки продолжают',
    campaign_started_one: 'Рассылка запущена: {{count, number}} получатель в очереди',
    campaign_started_few: 'Рассылка запущена: {{count, number}} получателя в очереди',
    campaign_started_many: 'Рассылка запущена: {{count, number}} получателей в очереди',
    campaign_started_other: 'Рассылка запущена: {{count, number}} получателя в очереди',
    campaign_paused_user: 'Вы приостановили рассылку',
    campaign_paused_account: 'Приостановлена: учётная запись SMTP требует внимания',
    campaign_paused_quota:
      'Приостановлена: достигнут лимит отправки учётной записи; продолжится сама',
    campaign_paused_content: 'Приостановлена: сервер несколько раз отклонил содержимое письма',
    campaign_paused_sender: 'Приостановлена: сервер отклонил адрес отправителя',
    campaign_paused_protection:
      'Приостановлена для защиты учётной записи: слишком много последних писем отклонено окончательно (например, «нет такого ящика»). Проверьте список и продолжите, когда решите',
    campaign_sending_draft: 'Отправка началась',
    campaign_sending_scheduled: 'Отправка началась (рассылка была запланирована)',
    campaign_sending_paused: 'Отправка продолжена',
    campaign_scheduled_draft: 'Запуск запланирован: {{at}} ({{zone}})',
    campaign_scheduled_scheduled: 'Запуск перенесён: теперь {{at}} ({{zone}})',
    campaign_draft_scheduled: 'Расписание снято: рассылка снова черновик',
    campaign_startedLate_appClosed:
      'Запущена с опозданием на {{minutes}} мин: в назначенное время ({{at}}, {{zone}}) Outbox был закрыт',
    campaign_startedLate_asleep:
      'Запущена с опозданием на {{minutes}} мин: в назначенное время ({{at}}, {{zone}}) компьютер был в спящем режиме',
    campaign_startMissed:
      'Назначенное время запуска ({{at}}, {{zone}}) прошло, пока Outbox был закрыт: рассылка ждёт вашего решения — запустить её, перенести или вернуть в черновики',
    campaign_startFailed:
      'Рассылка не смогла запуститься в назначенное время и остаётся запланированной',
    campaign_cancelled: 'Рассылка отменена',
    campaign_completed: 'Рассылка завершена',
    campaign_deleted: 'Рассылка «{{name}}» удалена',
    campaign_duplicatesLeftOut_one:
      'Пропущен {{count}} повторный адрес (каждый адрес получает одно письмо): {{examples}}',
    campaign_duplicatesLeftOut_few:
      'Пропущено {{count}} повторных адреса (каждый адрес получает одно письмо): {{examples}}',
    campaign_duplicatesLeftOut_many:
      'Пропущено {{count}} повторных адресов (каждый адрес получает одно письмо): {{examples}}',
    campaign_duplicatesLeftOut_other:
      'Пропущено {{count}} повторного адреса (каждый адрес получает одно письмо): {{examples}}',
    campaign_accountStopped_account:
      'Учётная запись «{{name}}» больше не отправляет эту рассылку: она требует внимания (вход или соединение). Остальные учётные записи рассылки продолжают',
    campaign_accountStopped_sender:
      'Учётная запись «{{name}}» больше не отправляет эту рассылку: сервер отклонил её адрес отправителя. Остальные учётные записи рассылки продолжают',
    campaign_accountsResumed_one:
      '{{count}} остановленная учётная запись снова отправляет рассылку',
    campaign_accountsResumed_few:
      '{{count}} остановленные учётные записи снова отправляют рассылку',
    campaign_accountsResumed_many:
      '{{count}} остановленных учётных записей снова отправляют рассылку',
    campaign_accountsResumed_other:
      '{{count}} остановленной учётной записи снова отправляют рассылку',
    engine_held_suspend: 'Отправка ждёт, пока компьютер спит',
    engine_held_offline: 'Отправка ждёт, пока нет сети',
    engine_released_suspend: 'Компьютер проснулся: отправка продолжается',
    engine_released_offline: 'Сеть снова есть: отправка продолжается',
    engine_released_suspendStillHeld: 'Компьютер проснулся, но отправка ещё ждёт сети',
    engine_released_offlineStillHeld: 'Сеть снова есть, но отправка ждёт, пока компьютер проснётся',
    feedback_bounced_hard: 'Письмо вернулось окончательно: адрес внесён в список «Не отправлять»',
    feedback_bounced_soft: 'Письмо вернулось временно (например, ящик переполнен); это учтено',
    feedback_bounced_softInARow:
      'Письма на этот адрес временно возвращались в {{count}} рассылках подряд: адрес внесён в список «Не отправлять»',
    feedback_replied_reply: 'Получатель ответил',
    feedback_replied_autoReply: 'Пришёл автоответ (например, «в отпуске»)',
    feedback_unsubscribed_token:
      'Получатель отписался по ссылке из письма: адрес внесён в список «Не отправлять»',
    feedback_unsubscribed_reply:
      'Получатель попросил в ответе отписать его: адрес внесён в список «Не отправлять»',
    feedback_unsubscribed_subject:
      'Пришло письмо с просьбой отписать: адрес внесён в список «Не отправлять»',
  },
  older: 'Показать более ранние записи',
}
