/** `uncertain.*`: sends that may or may not have arrived, and what the user decides. */
import { command } from './command'
import { Count, OneOrAll } from './common'

export const uncertain = {
  resend: command(OneOrAll, Count, 'Send again, with the same Message-ID.'),
  markSent: command(OneOrAll, Count, 'The user confirms these arrived.'),
} as const
