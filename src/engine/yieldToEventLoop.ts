/**
 * One turn of the event loop for everything else (sends, progress, other commands), taken by
 * long jobs on the engine's thread — the Electron main process — between slices of their work.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))
