import type { FeedbackMessage, FeedbackMessageView, Mailbox } from '@shared/contract'

/** An account's mailbox as accounts.list answers, with whatever a test changes. */
export function sampleMailbox(patch: Partial<Mailbox> = {}): Mailbox {
  return {
    host: 'imap.example.com',
    port: 993,
    security: 'tls',
    username: null,
    hasPassword: false,
    folders: ['INBOX'],
    sentFolder: null,
    moveBouncesTo: null,
    status: {
      state: 'ok',
      lastReadAt: null,
      nextAttemptAt: null,
      reason: null,
      step: null,
      params: {},
      scanned: 0,
      recognised: 0,
    },
    ...patch,
  }
}

/** A message read back from the mailbox, as mailbox.messages lists it. */
export function sampleFeedbackMessage(patch: Partial<FeedbackMessage> = {}): FeedbackMessage {
  return {
    id: 11,
    kind: 'bounce',
    severity: 'hard',
    status: '5.1.1',
    diagnostic: '550 5.1.1 No such user',
    email: 'gone@example.org',
    campaignId: 7,
    deliveryId: 3,
    from: 'MAILER-DAEMON@mx.example.org',
    subject: 'Undelivered Mail Returned to Sender',
    receivedAt: Date.UTC(2030, 0, 4, 12, 0),
    firstLines: 'This is the mail system at host mx.example.org.',
    folder: 'INBOX',
    ...patch,
  }
}

/** The same message opened (mailbox.get). */
export function sampleFeedbackView(patch: Partial<FeedbackMessageView> = {}): FeedbackMessageView {
  return {
    ...sampleFeedbackMessage(),
    headers: [{ key: 'from', line: 'From: MAILER-DAEMON@mx.example.org' }],
    html: null,
    text: 'This is the mail system at host mx.example.org.',
    truncated: false,
    ...patch,
  }
}
