/** Electron IPC glue: one handler per contract command, and engine events to the window. */
import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron'
import { commandChannels } from '@shared/channels'
import { COMMAND_LIMIT_BYTES, commandTooLarge } from '@shared/commandLimit'
import { OutboxError } from '@shared/errors'
import { EVENT_CHANNEL } from '@shared/ipc'
import type { Dispatch } from '@engine/dispatch'
import type { EngineEvents } from '@engine/events'
import { payloadSize } from './payloadSize'

export function registerCommandHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: (frame: WebFrameMain | null) => boolean,
): void {
  for (const channel of commandChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrusted(event.senderFrame)) {
        const error = new OutboxError('forbidden', `${channel} refused: not the app's own window`)
        return { ok: false, error: error.toPayload() }
      }
      // The browser host's limit, so a command either host refuses is refused alike.
      if (payloadSize(input, COMMAND_LIMIT_BYTES) > COMMAND_LIMIT_BYTES) {
        return { ok: false, error: commandTooLarge().toPayload() }
      }
      return dispatch(channel, input)
    })
  }
}

/** Sends every engine event to whichever window is open now; returns the unsubscribe. */
export function forwardEvents(
  events: EngineEvents,
  target: () => WebContents | null | undefined,
): () => void {
  return events.subscribe((message) => {
    const contents = target()
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, message)
  })
}
