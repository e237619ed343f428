/**
 * Who builds a queued message: in the engine's own thread by default, or in a worker thread
 * (workerComposer.ts) where a host runs the engine on a thread that also answers a window.
 */
import { composeMessage, type ComposeInput } from './compose'

export interface MessageComposer {
  /** The message's bytes; rejects as composeMessage does (a TemplateError for the data). */
  compose(input: ComposeInput): Promise<Buffer>
  /**
   * Whether messages are built in a worker: true once it has loaded all its code, false if it
   * failed to (then they are built in the engine's thread) or there is none.
   */
  inWorker(): Promise<boolean>
  /** Ends the worker, if any; later messages are built in the engine's thread. */
  close(): Promise<void>
}

export const inThreadComposer: MessageComposer = {
  compose: composeMessage,
  inWorker: async () => false,
  close: async () => {},
}
