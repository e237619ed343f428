/**
 * The campaign screens' strings: the list's here, the editor's and the campaign page's beside
 * the screens they serve. Russian must have the same keys (the compiler checks).
 */
import type { Translation } from '../../i18n/translation'
import { en as editorEn, ru as editorRu } from './editor/text'
import { en as visualEn, ru as visualRu } from './editor/visual/text'
import { en as monitorEn, ru as monitorRu } from './monitor/text'
import { en as newCampaignEn, ru as newCampaignRu } from './newCampaign/text'
import { en as scheduleEn, ru as scheduleRu } from './schedule/text'
import { en as senderCheckEn, ru as senderCheckRu } from './senderCheck/text'

const listEn = {
  title: 'Campaigns',
  new: 'New campaign',
  noAccount: 'There is no SMTP account to send from. Add one under “SMTP accounts”.',
  backToList: 'All campaigns',
  search: 'Search by name or subject',
  allStatuses: 'All statuses',
  noMatch: 'No campaign matches.',
  startedAt: 'started {{time}}',
  progressOf: 'Progress of “{{name}}”',
  actions: {
    menu: 'Actions for {{name}}',
    open: 'Open',
    edit: 'Edit',
    duplicate: 'Duplicate',
    duplicated: '{{name}} created as a draft',
    delete: 'Delete',
    deleteWhileSending: 'Delete (pause it first)',
    deleteTitle: 'Delete “{{name}}”?',
    deleteBody:
      'The campaign, its recipients and its delivery history are removed for good. Emails already sent are not affected.',
  },
  firstRun: {
    title: 'Your first campaign, in four steps',
    intro:
      'Outbox sends each recipient their own copy of your letter, at a pace your mail provider accepts, and keeps going even if the app is closed.',
    steps: {
      recipients: {
        title: 'Add recipients.',
        body: 'A CSV or TSV file from your spreadsheet, or a pasted list of addresses.',
      },
      write: {
        title: 'Write the letter.',
        body: 'HTML with {{name}}-style variables from your columns, images and attachments.',
      },
      preview: {
        title: 'Preview and test.',
        body: 'See any recipient’s message and send yourself a test.',
      },
      start: {
        title: 'Start sending.',
        body: 'Every message is checked first; then watch the progress live.',
      },
    },
    testInbox:
      'Until you add your own SMTP account, campaigns go to the built-in test inbox: nothing leaves your computer, and you can read every message under “Test inbox”.',
    create: 'Create your first campaign',
    ownAccount: 'Add my SMTP account first',
  },
  columns: {
    name: 'Name',
    status: 'Status',
    progress: 'Progress',
    recipients: 'Recipients',
    created: 'Created',
    // Holds the finish time, or the start time of one still going ("started …").
    finished: 'Started / finished',
  },
  status: {
    draft: 'Draft',
    scheduled: 'Scheduled',
    sending: 'Sending',
    paused: 'Paused',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
}

const listRu: Translation<typeof listEn> = {
  title: 'Рассылки',
  new: 'Новая рассылка',
  noAccount: 'Нет учётной записи SMTP для отправки. Добавьте её в разделе «Учётные записи SMTP».',
  backToList: 'Все рассылки',
  search: 'Поиск по названию или теме',
  allStatuses: 'Все состояния',
  noMatch: 'Ничего не нашлось.',
  startedAt: 'начата {{time}}',
  progressOf: 'Ход отправки «{{name}}»',
  actions: {
    menu: 'Действия с «{{name}}»',
    open: 'Открыть',
    edit: 'Изменить',
    duplicate: 'Сделать копию',
    duplicated: 'Черновик «{{name}}» создан',
    delete: 'Удалить',
    deleteWhileSending: 'Удалить (сначала приостановите)',
    deleteTitle: 'Удалить «{{name}}»?',
    deleteBody:
      'Рассылка, её получатели и история отправки будут удалены навсегда. Уже отправленных писем это не касается.',
  },
  firstRun: {
    title: 'Первая рассылка за четыре шага',
    intro:
      'Outbox отправляет каждому получателю его собственный экземпляр письма — в темпе, который принимает ваш почтовый провайдер, — и продолжает работу, даже если программа закрыта.',
    steps: {
      recipients: {
        title: 'Добавьте получателей.',
        body: 'Файл CSV или TSV из вашей таблицы или вставленный список адресов.',
      },
      write: {
        title: 'Напишите письмо.',
        body: 'HTML с переменными вида {{name}} из ваших столбцов, изображения и вложения.',
      },
      preview: {
        title: 'Посмотрите и проверьте.',
        body: 'Письмо любого получателя как есть и тестовая отправка себе.',
      },
      start: {
        title: 'Запустите отправку.',
        body: 'Сначала проверяется каждое письмо, потом ход отправки виден в реальном времени.',
      },
    },
    testInbox:
      'Пока вы не добавили свою учётную запись SMTP, рассылки идут во встроенный тестовый ящик: ничего не покидает компьютер, а каждое письмо можно прочитать в разделе «Тестовый ящик».',
    create: 'Создать первую рассылку',
    ownAccount: 'Сначала добавить свой SMTP',
  },
  columns: {
    name: 'Название',
    status: 'Состояние',
    progress: 'Ход отправки',
    recipients: 'Получатели',
    created: 'Создана',
    finished: 'Начата / завершена',
  },
  status: {
    draft: 'Черновик',
    scheduled: 'Запланирована',
    sending: 'Отправляется',
    paused: 'Приостановлена',
    completed: 'Завершена',
    cancelled: 'Отменена',
  },
}

export const en = {
  ...listEn,
  ...editorEn,
  ...visualEn,
  ...monitorEn,
  ...newCampaignEn,
  ...scheduleEn,
  ...senderCheckEn,
}
export const ru: Translation<typeof en> = {
  ...listRu,
  ...editorRu,
  ...visualRu,
  ...monitorRu,
  ...newCampaignRu,
  ...scheduleRu,
  ...senderCheckRu,
}
