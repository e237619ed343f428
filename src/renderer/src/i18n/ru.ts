import { ru as reasons } from './errorReasons'
import type { Messages } from './en'
import type { Translation } from './translation'
import { ru as accounts } from '../features/accounts/text'
import { ru as campaigns } from '../features/campaigns/text'
import { ru as inbox } from '../features/inbox/text'
import { ru as log } from '../features/log/text'
import { ru as mailbox } from '../features/mailbox/text'
import { ru as policy } from '../features/policy/text'
import { ru as queue } from '../features/queue/text'
import { ru as sending } from '../features/sending/text'
import { ru as settings } from '../features/settings/text'
import { ru as suppressions } from '../features/suppressions/text'
import { ru as aboutWords } from '../features/about/text'
import { ru as commonWords } from '../features/common/text'
export const ru: Translation<Messages> = {
  ...aboutWords,
  ...commonWords,
  errors: {
    unauthorized:
      'У этой страницы нет ключа доступа. Откройте адрес, который напечатала команда «npm run serve».',
    unavailable: 'Нет связи со службой отправки. Outbox всё ещё запущен?',
    generic: 'Что-то пошло не так: {{message}}',
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
