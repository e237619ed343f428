/** English strings. Russian (ru.ts) must have exactly the same keys: the compiler checks it. */
import { en as reasons } from './errorReasons'
import { en as accounts } from '../features/accounts/text'
import { en as campaigns } from '../features/campaigns/text'
import { en as inbox } from '../features/inbox/text'
import { en as log } from '../features/log/text'
import { en as mailbox } from '../features/mailbox/text'
import { en as policy } from '../features/policy/text'
import { en as queue } from '../features/queue/text'
import { en as sending } from '../features/sending/text'
import { en as settings } from '../features/settings/text'
import { en as suppressions } from '../features/suppressions/text'
import { en as aboutWords } from '../features/about/text'
import { en as commonWords } from '../features/common/text'
export const en = {
  ...aboutWords,
  ...commonWords,
  errors: {
    unauthorized: 'This page has no access key. Open the address that “npm run serve” printed.',
    unavailable: 'The engine cannot be reached. Is Outbox still running?',
    generic: 'Something went wrong: {{message}}',
    reasons,
  },
  campaigns,
  accounts,
  inbox,
  mailbox,
  suppressions,
  settings,
  sending,
  log,
  queue,
  policy,
}

export type Messages = typeof en
