/**
 * How large one command may be, for both hosts: the browser host's request body and the
 * desktop's IPC payload. A file travels base64 inside a JSON command, so the limit follows the
 * contract's largest file (its `dataBase64` cap, already counted in base64 characters, which
 * are one byte each in UTF-8 JSON) plus room for the rest of the command.
 */
import { AttachmentInput, CampaignImageInput, RecipientFileInput } from './contract'
import { OutboxError } from './errors'

const MiB = 1024 * 1024

/** Everything in a command besides its one file: the id, the reading options, the JSON. */
const ROOM_AROUND_FILE = MiB

const largestFileBase64 = Math.max(
  ...[RecipientFileInput, CampaignImageInput, AttachmentInput].map(
    (schema) => schema.shape.dataBase64.maxLength ?? 0,
  ),
)

/** The most bytes a command may take (a request body over HTTP, its JSON size over IPC). */
export const COMMAND_LIMIT_BYTES = largestFileBase64 + ROOM_AROUND_FILE

/** The largest file the contract takes, in whole MB as the user counts them (100). */
export const LARGEST_FILE_MB = Math.floor((largestFileBase64 * 3) / 4 / MiB)

/** The refusal of a command over the limit: the same words from either host. */
export function commandTooLarge(): OutboxError {
  return new OutboxError(
    'invalid_input',
    `The request is too large: a file can be at most ${LARGEST_FILE_MB} MB`,
    undefined,
    { reason: 'request.tooLarge', params: { maxMb: LARGEST_FILE_MB } },
  )
}
