/** The log screen's strings; Russian must have the same keys (the compiler checks). */
import type { Translation } from '../../i18n/translation'

export const en = {
  title: 'Log',
  campaign: 'Campaign',
  allCampaigns: 'All campaigns',
  level: 'Level',
  allLevels: 'All levels',
  levels: { info: 'Info', warn: 'Warning', error: 'Error' },
  follow: 'Follow live',
  empty: 'Nothing logged yet. Every sent and failed email will show up here.',
  time: 'Time',
  event: 'What happened',
  copy: 'Copy this line',
  older: 'Show older entries',
}

export const ru: Translation<typeof en> = {
  title: 'Журнал',
  campaign: 'Рассылка',
  allCampaigns: 'Все рассылки',
  level: 'Уровень',
  allLevels: 'Все уровни',
  levels: { info: 'Сведения', warn: 'Предупреждение', error: 'Ошибка' },
  follow: 'Следить в реальном времени',
  empty: 'В журнале пока пусто. Здесь появится каждое отправленное и недоставленное письмо.',
  time: 'Время',
  event: 'Что произошло',
  copy: 'Скопировать строку',
  older: 'Показать более ранние записи',
}
