/** The test mailbox's fixed names. */

/** The test inbox's own mail domain: its account writes from test@outbox.localhost (db/inbox.ts). */
export const TEST_INBOX_DOMAIN = 'outbox.localhost'
export const TEST_INBOX_FOLDER = 'INBOX'
export const TEST_SENT_FOLDER = 'Sent'
/** The table is never rebuilt, so its UIDs never start over. */
export const TEST_UID_VALIDITY = '1'
