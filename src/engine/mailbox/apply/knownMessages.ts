/** What classifyMessage asks of the database: whether a Message-ID is one of our deliveries'. */
import { selectDeliveryByMessageId } from '../../db/feedbackMatching'
import type { Db } from '../../db/open'
import type { KnownMessages } from '../classification'

export function knownMessages(db: Db): KnownMessages {
  // The classifier keeps ids without brackets; the deliveries store them with.
  return { isOurMessageId: (id) => selectDeliveryByMessageId(db, `<${id}>`) !== undefined }
}
