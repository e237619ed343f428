/**
 * mailbox.test: the form's mailbox as it stands, saved or not. A login or password left empty
 * falls back to the SMTP one, as the reader does; what the window does not type (a stored
 * password) is opened here, and never sent back.
 */
import type { MailboxTestInput, MailboxTestResult } from '@shared/contract'
import { requireAccount } from '../accounts'
import { selectMailbox } from '../db/mailboxes'
import type { Db } from '../db/open'
import { SecretUnavailableError, type SecretStore } from '../secrets/secretStore'
import { testImapConnection } from './imap/connectionTest'

export async function testMailbox(
  deps: { db: Db; secrets: SecretStore; timeoutMs?: number },
  input: MailboxTestInput,
): Promise<MailboxTestResult> {
  let password: string | null
  try {
    password = passwordOf(deps, input)
  } catch (error) {
    if (!(error instanceof SecretUnavailableError)) throw error
    return {
      ok: false,
      reason: 'secret',
      step: 'login',
      params: { detail: error.message },
      message: `The stored password cannot be read: ${error.message}`,
      elapsedMs: 0,
      folders: [],
      sentFolder: null,
    }
  }
  const account = input.accountId === null ? null : requireAccount(deps.db, input.accountId)
  const username = input.mailbox.username || input.smtpUsername || account?.username || ''
  return testImapConnection(
    {
      host: input.mailbox.host,
      port: input.mailbox.port,
      security: input.mailbox.security,
      username,
      password: password ?? '',
    },
    deps.timeoutMs,
  )
}

/**
 * The mailbox's own password if typed or stored, else the SMTP password typed or stored. A
 * mailbox password typed as null means "the SMTP one".
 */
function passwordOf(
  deps: { db: Db; secrets: SecretStore },
  input: MailboxTestInput,
): string | null {
  const typed = input.mailbox.password
  if (typed) return typed
  if (typed === undefined && input.accountId !== null) {
    const stored = selectMailbox(deps.db, input.accountId)?.secret
    if (stored) return deps.secrets.open(stored)
  }
  if (input.smtpPassword) return input.smtpPassword
  if (input.smtpPassword === undefined && input.accountId !== null) {
    const stored = requireAccount(deps.db, input.accountId).secret
    if (stored) return deps.secrets.open(stored)
  }
  return null
}
