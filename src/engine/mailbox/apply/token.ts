/**
 * The unsubscribe token: the local part of the delivery's Message-ID (`recipientId.hex20`;
 * campaigns started by earlier builds have `hex20.recipientId`), so a request names its delivery without a table of
 * its own, and nobody can guess another recipient's (80 random bits).
 */

/** `<42.3f…e1@example.com>` → `42.3f…e1`. */
export function tokenOfMessageId(messageId: string): string {
  const bare = messageId.replace(/^<|>$/g, '')
  const at = bare.lastIndexOf('@')
  return at < 0 ? bare : bare.slice(0, at)
}

/** The shape of a delivery's token (either layout); anything else is not looked up. */
export function isDeliveryToken(token: string): boolean {
  return /^(\d+\.[0-9a-f]{20}|[0-9a-f]{20}\.\d+)$/i.test(token)
}

/**
 * A test send or a preview has no delivery: its token has the delivery's shape but a recipient
 * id of 0, which no recipient has, so a request from a test message matches nothing (it is
 * still honoured by the address it comes from, see recordMessage).
 */
export const TEST_TOKEN = `${'0'.repeat(20)}.0`
