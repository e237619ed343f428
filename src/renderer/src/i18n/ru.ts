import { ru as reasons } from './errorReasons'
import type { Messages } from './en'
import type { Translation } from './translation'
import { ru as accounts } from '../features/accounts/text'
import { ru as campaigns } from '../features/campaigns/text'
import { ru as inbox } from '../features/inbox/text'
import { ru as log } from '../features/log/text'
import { ru as queue } from '../features/queue/text'
import { ru as sending } from '../features/sending/text'
import { ru as settings } from '../features/settings/text'
import { ru as suppressions } from '../features/suppressions/text'

export const ru: Translation<Messages> = {
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
  engine: {
    title: 'Служба отправки',
    uptime: 'Работает',
    beats: 'Получено сигналов',
    lastBeat: 'Последний сигнал',
    never: 'ещё не было',
  },
  about: {
    title: 'О программе Outbox',
    version: 'Версия',
    host: 'Запущено как',
    hostElectron: 'Настольное приложение',
    hostBrowser: 'Браузер (локальный сервер)',
    dataDir: 'Папка с данными',
    platform: 'Система',
    node: 'Node.js',
    sqlite: 'SQLite',
    schema: 'Схема базы данных',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось получить сведения о программе',
    copy: 'Копировать',
    copied: 'Скопировано',
  },
  errors: {
    unauthorized:
      'У этой страницы нет ключа доступа. Откройте адрес, который напечатала команда «npm run serve».',
    unavailable: 'Нет связи со службой отправки. Outbox всё ещё запущен?',
    generic: 'Что-то пошло не так: {{message}}',
    reasons,
  },
  common: {
    back: 'Назад',
    remove: 'Удалить',
    actions: 'Действия',
    close: 'Закрыть',
    sec: 'с',
  },
  campaigns,
  accounts,
  inbox,
  suppressions,
  settings,
  sending,
  log,
  queue,
}
