/** The settings screen's strings; Russian must have the same keys (the compiler checks). */
import type { Translation } from '../../i18n/translation'

export const en = {
  title: 'Settings',
  language: 'Language',
  theme: 'Appearance',
  themeSystem: 'Like the system',
  themeLight: 'Light',
  themeDark: 'Dark',
  newCampaigns: 'New campaigns',
  newCampaignsHint:
    'What a new campaign starts with when a send goes wrong; each campaign can change it. The default pace (the pause between emails and parallel connections) is set on each SMTP account, because providers limit accounts, not campaigns; a campaign can change it.',
  toAccounts: 'SMTP accounts →',
  dataFolder: 'Data folder',
  dataFolderHint:
    'The database with your campaigns, recipients, queue and log lives here. Back it up with the app closed.',
  protection: {
    title: 'Self-protection',
    hint: 'Addresses that do not exist hurt the sending account’s reputation. Outbox watches each campaign’s latest 200 emails (from the 50th on) and pauses the campaign when too many were refused for good (such as “no such mailbox”). Resuming it is your choice; refusals before the resume no longer count.',
    enabled: 'Pause a campaign when too many addresses are refused for good',
    percent: 'Pause above',
    percentHint: 'The share of permanent refusals among the latest emails, 1–50 %.',
  },
  mailbox: {
    title: 'Reading mailboxes',
    hint: 'Accounts whose mailbox is read (set it up on each SMTP account) are checked for bounces, replies and unsubscribe requests. Most servers announce new mail at once; the others are read this often.',
    poll: 'Read every',
    pollHint: 'From 30 seconds to 60 minutes.',
    unit: 'Unit',
    seconds: 'seconds',
    minutes: 'minutes',
    softBounces: 'Treat as a hard bounce after this many soft bounces in a row',
    softBouncesHint:
      'An address that bounces for a while (a full mailbox, a busy server) in this many campaigns in a row goes on the do-not-send list, as one that bounced for good. 1–20.',
  },
  desktop: {
    title: 'Desktop app',
    startAtLogin: 'Start Outbox when I log in',
    startAtLoginHint: 'Campaigns that were sending go on without you opening the app.',
    startAtLoginUnsupported: 'Not available on this system.',
    keepAwake: 'Keep the computer awake while sending',
    keepAwakeHint:
      'The screen may still turn off. When the computer sleeps anyway, sending waits and goes on after.',
    notifyCompleted: 'Tell me when a campaign completes',
    notifyCompletedHint: 'A system notification, even when the window is closed or hidden.',
    notifyPaused: 'Tell me when a campaign pauses by itself',
    notifyPausedHint: 'For example, when the provider’s daily quota is used up.',
    notifyAccountError: 'Tell me when an account fails',
    notifyAccountErrorHint:
      'A wrong password or a refused sender stops the campaign until you check the account.',
  },
}

export const ru: Translation<typeof en> = {
  title: 'Настройки',
  language: 'Язык',
  theme: 'Оформление',
  themeSystem: 'Как в системе',
  themeLight: 'Светлое',
  themeDark: 'Тёмное',
  newCampaigns: 'Новые рассылки',
  newCampaignsHint:
    'Значения по умолчанию для новых рассылок: сколько раз пробовать, сколько ждать между попытками и ответа сервера; в каждой рассылке их можно изменить. Темп по умолчанию (пауза между письмами и параллельные соединения) задаётся у каждой учётной записи SMTP — провайдеры ограничивают учётные записи, а не рассылки; в рассылке его можно изменить.',
  toAccounts: 'Учётные записи SMTP →',
  dataFolder: 'Папка с данными',
  dataFolderHint:
    'Здесь хранится база с рассылками, получателями, очередью и журналом. Делайте резервную копию, когда программа закрыта.',
  protection: {
    title: 'Самозащита',
    hint: 'Несуществующие адреса портят репутацию учётной записи, с которой идёт отправка. Outbox следит за последними 200 письмами каждой рассылки (решение принимается, когда их наберётся хотя бы 50) и приостанавливает рассылку, когда слишком многие из них отклонены окончательно (например, «нет такого ящика»). Продолжить её решаете вы; отказы до продолжения больше не учитываются.',
    enabled: 'Приостанавливать рассылку, когда слишком много адресов отклонено окончательно',
    percent: 'Пауза, если доля выше',
    percentHint: 'Доля окончательных отказов среди последних писем, 1–50 %.',
  },
  mailbox: {
    title: 'Чтение почтовых ящиков',
    hint: 'Ящики учётных записей, у которых включено чтение (настраивается в каждой учётной записи SMTP), проверяются на возвраты, ответы и просьбы об отписке. Большинство серверов сами сообщают о новой почте; остальные читаются с такой частотой.',
    poll: 'Читать каждые',
    pollHint: 'От 30 секунд до 60 минут.',
    unit: 'Единица',
    seconds: 'секунд',
    minutes: 'минут',
    softBounces: 'Считать постоянным возвратом после стольких временных подряд',
    softBouncesHint:
      'Адрес, письма на который возвращаются временно (ящик переполнен, сервер занят) в стольких рассылках подряд, попадает в список «Не отправлять», как окончательно недоступный. От 1 до 20.',
  },
  desktop: {
    title: 'Приложение на компьютере',
    startAtLogin: 'Запускать Outbox при входе в систему',
    startAtLoginHint:
      'Рассылки, которые отправлялись, продолжатся, даже если не открывать программу.',
    startAtLoginUnsupported: 'В этой системе недоступно.',
    keepAwake: 'Не давать компьютеру уснуть во время отправки',
    keepAwakeHint:
      'Экран при этом может гаснуть. Если компьютер всё же уснёт, отправка подождёт и продолжится после.',
    notifyCompleted: 'Сообщать, когда рассылка завершена',
    notifyCompletedHint: 'Системное уведомление, даже когда окно закрыто или скрыто.',
    notifyPaused: 'Сообщать, когда рассылка приостановилась сама',
    notifyPausedHint: 'Например, когда исчерпана дневная квота провайдера.',
    notifyAccountError: 'Сообщать об ошибке учётной записи',
    notifyAccountErrorHint:
      'Неверный пароль или отказ принять отправителя останавливают рассылку, пока вы не проверите учётную запись.',
  },
}
