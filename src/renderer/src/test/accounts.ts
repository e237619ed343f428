import type { Account } from '../store/accounts/state'

/** An account as accounts.list answers, with whatever a test changes. */
export function sampleAccount(patch: Partial<Account> = {}): Account {
  return {
    id: 2,
    name: 'Work mail',
    host: 'smtp.example.com',
    port: 587,
    security: 'starttls',
    username: 'ann@example.com',
    hasPassword: true,
    builtin: false,
    fromName: 'Ann',
    fromEmail: 'ann@example.com',
    replyTo: null,
    dkim: { domain: 'example.com', selector: 'mail', hasKey: true },
    defaults: { delayMs: 2000, concurrency: 2 },
    hourlyCap: 500,
    dailyCap: null,
    usage: { lastHour: 12, lastDay: 40 },
    sendingHours: null,
    warmup: null,
    warmupToday: null,
    mailbox: null,
    ...patch,
  }
}

export const testInboxAccount = sampleAccount({
  id: 1,
  name: 'Test inbox',
  host: '127.0.0.1',
  port: 2525,
  security: 'none',
  username: null,
  hasPassword: false,
  builtin: true,
  fromEmail: 'outbox@localhost',
  fromName: '',
  dkim: null,
  hourlyCap: null,
})
