/**
 * The main process's own words (quit dialog, tray, menu, notifications), in English and
 * Russian. A typed table rather than i18next: a few dozen strings, several with counts, and the
 * compiler checks that Russian has every English key with the same shape.
 */
import { formatCount, type Language } from './language'

type Plural = (count: number) => string

export interface ShellStrings {
  appName: string
  quit: {
    message: Plural
    detail: string
    keepSending: (platform: NodeJS.Platform) => string
    pauseAndQuit: string
    cancel: string
  }
  tray: {
    sending: (campaigns: number, done: string, total: string, percent: number) => string
    /** The tray menu's status: counts change every second, the menu only with the percent. */
    sendingShort: (campaigns: number, percent: number) => string
    paused: Plural
    idle: string
    open: string
    pauseAll: string
    resumeAll: string
    quit: string
  }
  menu: {
    file: string
    openDataFolder: string
    openLogFile: string
    quit: string
    edit: string
    undo: string
    redo: string
    cut: string
    copy: string
    paste: string
    selectAll: string
    view: string
    reload: string
    forceReload: string
    devTools: string
    resetZoom: string
    zoomIn: string
    zoomOut: string
    fullScreen: string
    window: string
    help: string
    about: string
    hide: string
    hideOthers: string
    showAll: string
    services: string
  }
  about: {
    detail: (version: string, dataDir: string) => string
    ok: string
  }
  notify: {
    completedTitle: (name: string) => string
    completedBody: (sent: string, total: string, failed: string | null) => string
    pausedTitle: (name: string) => string
    pausedReason: {
      quota: string
      content: string
      sender: string
      protection: string
      other: string
    }
    accountTitle: (name: string) => string
    accountBody: string
    resumesAt: (time: string) => string
  }
}

/** CLDR plural category of `count` in `language` ('one', 'few', 'many', 'other'). */
function plural(language: Language, count: number, forms: Partial<Record<string, string>>): string {
  const form = forms[new Intl.PluralRules(language).select(count)] ?? forms.other ?? ''
  return form.replace('#', formatCount(language, count))
}

const en: ShellStrings = {
  appName: 'Outbox',
  quit: {
    message: (n) =>
      plural('en', n, {
        one: 'A campaign is sending',
        other: '# campaigns are sending',
      }),
    detail:
      'Outbox can keep sending with its window closed, or pause now and carry on where it stopped the next time you open it.',
    keepSending: (platform) =>
      platform === 'darwin' ? 'Keep sending in the menu bar' : 'Keep sending in the tray',
    pauseAndQuit: 'Pause and quit',
    cancel: 'Cancel',
  },
  tray: {
    sending: (n, done, total, percent) =>
      `${plural('en', n, { one: 'Sending # campaign', other: 'Sending # campaigns' })} — ${done} of ${total} (${percent}%)`,
    sendingShort: (n, percent) =>
      `${plural('en', n, { one: 'Sending # campaign', other: 'Sending # campaigns' })} — ${percent}%`,
    paused: (n) => plural('en', n, { one: 'Paused: # campaign', other: 'Paused: # campaigns' }),
    idle: 'Idle',
    open: 'Open Outbox',
    pauseAll: 'Pause all',
    resumeAll: 'Resume all',
    quit: 'Quit Outbox',
  },
  menu: {
    file: 'File',
    openDataFolder: 'Open Data Folder',
    openLogFile: 'Open Log File',
    quit: 'Quit Outbox',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    forceReload: 'Force Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    help: 'Help',
    about: 'About Outbox',
    hide: 'Hide Outbox',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    services: 'Services',
  },
  about: {
    detail: (version, dataDir) => `Version ${version}\n\nData folder:\n${dataDir}`,
    ok: 'OK',
  },
  notify: {
    completedTitle: (name) => `“${name}” is complete`,
    completedBody: (sent, total, failed) =>
      `Sent ${sent} of ${total}.${failed ? ` Not delivered: ${failed}.` : ''}`,
    pausedTitle: (name) => `“${name}” paused`,
    pausedReason: {
      quota: 'The account reached its sending limit.',
      content: 'The server refused the message itself several times.',
      sender: 'The server refused the sender address.',
      protection: 'Too many addresses were refused for good. Check the list before resuming.',
      other: 'Sending stopped by itself.',
    },
    accountTitle: (name) => `“${name}” stopped: check the account`,
    accountBody: 'The SMTP server refused the login or the secure connection. Check the account.',
    resumesAt: (time) => `Sending resumes by itself at ${time}.`,
  },
}

const ru: ShellStrings = {
  appName: 'Outbox',
  quit: {
    message: (n) =>
      plural('ru', n, {
        one: 'Сейчас отправляется # рассылка',
        few: 'Сейчас отправляются # рассылки',
        many: 'Сейчас отправляются # рассылок',
        other: 'Сейчас отправляется # рассылки',
      }),
    detail:
      'Outbox может продолжать отправку с закрытым окном или приостановить её и продолжить с того же места, когда вы снова его откроете.',
    keepSending: (platform) =>
      platform === 'darwin' ? 'Продолжать отправку в строке меню' : 'Продолжать отправку в трее',
    pauseAndQuit: 'Приостановить и выйти',
    cancel: 'Отмена',
  },
  tray: {
    sending: (n, done, total, percent) =>
      `${plural('ru', n, {
        one: 'Отправляется # рассылка',
        few: 'Отправляются # рассылки',
        many: 'Отправляются # рассылок',
        other: 'Отправляется # рассылки',
      })} — ${done} из ${total} (${percent}%)`,
    sendingShort: (n, percent) =>
      `${plural('ru', n, {
        one: 'Отправляется # рассылка',
        few: 'Отправляются # рассылки',
        many: 'Отправляются # рассылок',
        other: 'Отправляется # рассылки',
      })} — ${percent}%`,
    paused: (n) =>
      plural('ru', n, {
        one: 'На паузе: # рассылка',
        few: 'На паузе: # рассылки',
        many: 'На паузе: # рассылок',
        other: 'На паузе: # рассылки',
      }),
    idle: 'Нет отправок',
    open: 'Открыть Outbox',
    pauseAll: 'Приостановить все',
    resumeAll: 'Продолжить все',
    quit: 'Выйти из Outbox',
  },
  menu: {
    file: 'Файл',
    openDataFolder: 'Открыть папку данных',
    openLogFile: 'Открыть журнал',
    quit: 'Выйти из Outbox',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    reload: 'Перезагрузить',
    forceReload: 'Перезагрузить без кэша',
    devTools: 'Инструменты разработчика',
    resetZoom: 'Фактический размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fullScreen: 'Полноэкранный режим',
    window: 'Окно',
    help: 'Справка',
    about: 'О программе Outbox',
    hide: 'Скрыть Outbox',
    hideOthers: 'Скрыть остальные',
    showAll: 'Показать все',
    services: 'Службы',
  },
  about: {
    detail: (version, dataDir) => `Версия ${version}\n\nПапка данных:\n${dataDir}`,
    ok: 'OK',
  },
  notify: {
    completedTitle: (name) => `«${name}»: отправка завершена`,
    completedBody: (sent, total, failed) =>
      `Отправлено ${sent} из ${total}.${failed ? ` Не доставлено: ${failed}.` : ''}`,
    pausedTitle: (name) => `«${name}» на паузе`,
    pausedReason: {
      quota: 'Учётная запись исчерпала лимит отправки.',
      content: 'Сервер несколько раз отклонил само письмо.',
      sender: 'Сервер отклонил адрес отправителя.',
      protection:
        'Слишком много адресов отклонено окончательно. Проверьте список, прежде чем продолжить.',
      other: 'Отправка остановилась сама.',
    },
    accountTitle: (name) => `Рассылка «${name}» остановлена: проверьте учётную запись`,
    accountBody:
      'SMTP-сервер отклонил вход или защищённое соединение. Проверьте настройки учётной записи.',
    resumesAt: (time) => `Отправка продолжится сама в ${time}.`,
  },
}

export const shellStrings: Record<Language, ShellStrings> = { en, ru }
