/** English strings. Russian (ru.ts) must have exactly the same keys: the compiler checks it. */
import { en as reasons } from './errorReasons'
import { en as accounts } from '../features/accounts/text'
import { en as campaigns } from '../features/campaigns/text'
import { en as inbox } from '../features/inbox/text'
import { en as log } from '../features/log/text'
import { en as queue } from '../features/queue/text'
import { en as sending } from '../features/sending/text'
import { en as settings } from '../features/settings/text'
import { en as suppressions } from '../features/suppressions/text'
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
  errors: {
    unauthorized: 'This page has no access key. Open the address that “npm run serve” printed.',
    unavailable: 'The engine cannot be reached. Is Outbox still running?',
    generic: 'Something went wrong: {{message}}',
    reasons,
  },
  common: {
    back: 'Back',
    remove: 'Remove',
    actions: 'Actions',
    close: 'Close',
    sec: 's',
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

export type Messages = typeof en
