/**
 * "Test connection" for the mailbox: connect, secure (TLS or STARTTLS as configured), greet, log
 * in, list the folders, then log out — and name the step that failed in a word the window can
 * explain. The whole test is bounded by one timeout, DNS included.
 */
import {
  MailboxError,
  type MailboxFailureReason,
  type MailboxFailureStep,
  type MailboxSource,
} from '@engine/mailbox/source'
import { IMAP_TIMEOUT_MS, openImapSource, type ImapSettings } from './imapSource'

export interface ImapConnectionTestResult {
  ok: boolean
  reason: MailboxFailureReason | null
  step: MailboxFailureStep | null
  /** `detail`: the server's or the system's words, as they came; `seconds` for our time-out. */
  params: { detail?: string; seconds?: number }
  /** In English, for anything that does not know the reason. */
  message: string
  elapsedMs: number
  /** The folders the account can open, when the test got that far. */
  folders: string[]
  /** The folder marked (or named) \\Sent, where the server may keep copies of sent mail. */
  sentFolder: string | null
}

export async function testImapConnection(
  settings: Omit<ImapSettings, 'timeoutMs'>,
  timeoutMs = IMAP_TIMEOUT_MS,
): Promise<ImapConnectionTestResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  let source: MailboxSource | null = null
  try {
    source = await openImapSource({ ...settings, timeoutMs })
    const open = source
    const folders = await within(timeoutMs - elapsed(), () => open.listFolders())
    return {
      ok: true,
      reason: null,
      step: null,
      params: {},
      message: 'Connected',
      elapsedMs: elapsed(),
      folders: folders.map((folder) => folder.path),
      sentFolder: folders.find((folder) => folder.specialUse === '\\Sent')?.path ?? null,
    }
  } catch (error) {
    const failure =
      error instanceof MailboxError
        ? error
        : new MailboxError(String(error), 'network', null, String(error))
    return {
      ok: false,
      reason: failure.reason,
      // Past the login, only listing the folders is left.
      step: failure.step ?? (source ? 'folder' : null),
      params:
        failure.detail !== null
          ? { detail: failure.detail }
          : failure.reason === 'timeout'
            ? { seconds: Math.round(timeoutMs / 1000) }
            : {},
      message: failure.message,
      elapsedMs: elapsed(),
      folders: [],
      sentFolder: null,
    }
  } finally {
    await source?.close()
  }
}

/** The work, or a time-out at the folder step once what is left of the bound has passed. */
async function within<T>(remainingMs: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new MailboxError('No answer while listing the folders', 'timeout', 'folder')),
      Math.max(0, remainingMs),
    )
  })
  try {
    return await Promise.race([work(), timedOut])
  } finally {
    clearTimeout(timer)
  }
}
