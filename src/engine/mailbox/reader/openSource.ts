/**
 * How the reader reaches an account's mailbox: the account's own hook first (the built-in test
 * inbox reads a local mailbox), else IMAP with the mailbox's login — the SMTP one where the
 * mailbox has none of its own.
 */
import type { AccountRow } from '@engine/db/accounts'
import type { MailboxRow } from '@engine/db/mailboxes'
import type { SecretStore } from '@engine/secrets/secretStore'
import { MailboxError, type MailboxSource } from '../source'

export type OpenSource = (mailbox: MailboxRow, account: AccountRow) => Promise<MailboxSource>

export interface MailboxLogin {
  host: string
  port: number
  security: MailboxRow['security']
  username: string
  password: string
}

/** The IMAP login: username null → the SMTP login, secret null → the SMTP password. */
export function mailboxLogin(
  mailbox: MailboxRow,
  account: AccountRow,
  secrets: SecretStore,
): MailboxLogin {
  const sealed = mailbox.secret ?? account.secret
  return {
    host: mailbox.host,
    port: mailbox.port,
    security: mailbox.security,
    username: mailbox.username ?? account.username ?? '',
    password: sealed ? openSecret(secrets, sealed) : '',
  }
}

function openSecret(secrets: SecretStore, sealed: string): string {
  try {
    return secrets.open(sealed)
  } catch (error) {
    throw new MailboxError(
      'The stored mailbox password cannot be opened',
      'secret',
      null,
      error instanceof Error ? error.message : null,
    )
  }
}

export interface DefaultSourceDeps {
  secrets: SecretStore
  /** Opens an IMAP mailbox (imap/imapSource.ts's openImapSource). */
  openImap: (login: MailboxLogin & { timeoutMs?: number }) => Promise<MailboxSource>
  /** A source of the account's own, when it has one (the built-in test inbox); else null. */
  sourceFor?: (account: AccountRow) => Promise<MailboxSource> | null
}

export function defaultOpenSource(deps: DefaultSourceDeps): OpenSource {
  return async (mailbox, account) => {
    const own = deps.sourceFor?.(account)
    if (own) return own
    return deps.openImap(mailboxLogin(mailbox, account, deps.secrets))
  }
}
