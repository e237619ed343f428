/** `failed.*`: what the user does with failed sends. */
import { command } from './command'
import { Count, OneOrAll } from './common'

export const failed = {
  retry: command(OneOrAll, Count, 'Failed sends (one, or all of a campaign) go back to the queue.'),
  clear: command(OneOrAll, Count, 'Forget failed sends in the list; counts still include them.'),
} as const
