/**
 * accounts.testConnection: the form as it stands, saved or not. With the id of a saved
 * account and no password typed, the stored password is used (the window never has it).
 */
import type { ConnectionTestInput, ConnectionTestResult } from '@shared/contract'
import { requireAccount } from './accounts'
import type { Db } from './db/open'
import { SecretUnavailableError, type SecretStore } from './secrets/secretStore'
import { testSmtpConnection } from './smtp/connectionTest'

export async function testConnection(
  deps: { db: Db; secrets: SecretStore; timeoutMs?: number },
  input: ConnectionTestInput,
): Promise<ConnectionTestResult> {
  let password = input.password ?? null
  if (input.password === undefined && input.id !== null) {
    const stored = requireAccount(deps.db, input.id).secret
    try {
      password = stored ? deps.secrets.open(stored) : null
    } catch (error) {
      if (!(error instanceof SecretUnavailableError)) throw error
      const message = `The stored password cannot be read: ${error.message}`
      return {
        ok: false,
        reason: 'secret',
        step: 'login',
        params: { detail: error.message },
        message,
        code: null,
        response: null,
        elapsedMs: 0,
      }
    }
  }
  return testSmtpConnection(
    {
      host: input.host,
      port: input.port,
      security: input.security,
      username: input.username || null,
      password,
    },
    deps.timeoutMs,
  )
}
