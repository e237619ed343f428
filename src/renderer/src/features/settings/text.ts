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
    'What a new campaign starts with when a send goes wrong; each campaign can change it. The pace (the pause between emails and parallel connections) belongs to each SMTP account, because providers limit accounts, not campaigns.',
  toAccounts: 'SMTP accounts →',
  dataFolder: 'Data folder',
  dataFolderHint:
    'The database with your campaigns, recipients, queue and log lives here. Back it up with the app closed.',
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
    'С чем новая рассылка начинает, если отправка не удалась; в каждой рассылке это можно изменить. Темп (пауза между письмами и параллельные соединения) задаётся у каждой учётной записи SMTP — провайдеры ограничивают учётные записи, а не рассылки.',
  toAccounts: 'Учётные записи SMTP →',
  dataFolder: 'Папка с данными',
  dataFolderHint:
    'Здесь хранится база с рассылками, получателями, очередью и журналом. Делайте резервную копию, когда программа закрыта.',
}
