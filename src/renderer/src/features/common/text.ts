/** The window’s frame and shared pieces: name, navigation, language switch, connection state, common words; Russian must have the same keys (the compiler checks). */
import type { Translation } from '../../i18n/translation'

export const en = {
  app: {
    name: 'Outbox',
    tagline: 'Email campaigns through your own SMTP account',
    navigation: 'Main navigation',
    skipToContent: 'Skip to the screen’s content',
  },
  nav: {
    queue: 'Queue',
    log: 'Log',
    settings: 'Settings',
    campaigns: 'Campaigns',
    inbox: 'Test inbox',
    accounts: 'SMTP accounts',
    suppressions: 'Do not send',
    about: 'About',
  },
  language: {
    label: 'Language',
    en: 'English',
    ru: 'Русский',
  },
  live: {
    connecting: 'Connecting to the engine…',
    live: 'Engine running',
    lost: 'No connection to the engine',
  },
  common: {
    back: 'Back',
    remove: 'Remove',
    actions: 'Actions',
    close: 'Close',
    sec: 's',
  },
}

export const ru: Translation<typeof en> = {
  app: {
    name: 'Outbox',
    tagline: 'Email-рассылки через ваш собственный SMTP',
    navigation: 'Основное меню',
    skipToContent: 'Перейти к содержимому раздела',
  },
  nav: {
    queue: 'Очередь',
    log: 'Журнал',
    settings: 'Настройки',
    campaigns: 'Рассылки',
    inbox: 'Тестовый ящик',
    accounts: 'Учётные записи SMTP',
    suppressions: 'Не отправлять',
    about: 'О программе',
  },
  language: {
    label: 'Язык',
    en: 'English',
    ru: 'Русский',
  },
  live: {
    connecting: 'Подключение…',
    live: 'Программа работает',
    lost: 'Нет связи с программой',
  },
  common: {
    back: 'Назад',
    remove: 'Удалить',
    actions: 'Действия',
    close: 'Закрыть',
    sec: 'с',
  },
}
