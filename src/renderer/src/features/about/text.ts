/** The About screen’s strings (the app, the engine, the data folder); Russian must have the same keys (the compiler checks). */
import type { Translation } from '../../i18n/translation'

export const en = {
  engine: {
    title: 'Engine',
    uptime: 'Running for',
    beats: 'Signals received',
    lastBeat: 'Last signal',
    never: 'not yet',
  },
  about: {
    title: 'About Outbox',
    version: 'Version',
    host: 'Running in',
    hostElectron: 'Desktop app',
    hostBrowser: 'Browser (local host)',
    dataDir: 'Data folder',
    platform: 'System',
    node: 'Node.js',
    sqlite: 'SQLite',
    schema: 'Database schema',
    loading: 'Loading…',
    loadFailed: 'Could not load app information',
    copy: 'Copy',
    copied: 'Copied',
  },
}

export const ru: Translation<typeof en> = {
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
}
