/** The one IPC channel that carries engine events to the window (commands use their own names). */
export const EVENT_CHANNEL = 'outbox:event'
