/** `recipients.*`: reading a recipient file before a campaign takes it. */
import { z } from 'zod'
import { FILE_ENCODINGS } from '../textEncoding'
import { command } from './command'
import { RecipientFileInput } from './common'

const ParsedRecipient = z.object({
  line: z.number().int(),
  email: z.string(),
  data: z.record(z.string(), z.string()),
})

export const RecipientFilePreview = z.object({
  encoding: z.enum(FILE_ENCODINGS),
  /** What the engine guessed, whatever was asked. */
  encodingDetected: z.enum(FILE_ENCODINGS),
  delimiter: z.enum([',', ';', '\t']),
  headers: z.array(z.string()),
  emailColumn: z.string(),
  /** Columns read but not used as variables: their names are reserved (`__proto__`). */
  ignoredColumns: z.array(z.string()),
  /** Recipients that will be written. */
  count: z.number().int(),
  sample: z.array(ParsedRecipient),
  /**
   * A column of time zones (`timezone`, `tz`, `часовой пояс`…) when the file has one: how many
   * recipients carry a zone Outbox understands, and how many will use the campaign's.
   */
  timeZones: z
    .object({
      column: z.string(),
      known: z.number().int(),
      unknown: z.number().int(),
      /** A few of the values not understood, as written. */
      examples: z.array(z.string()),
    })
    .nullable(),
  /** Every row left out, with the line it starts on: shown and exportable. */
  rejected: z.array(
    z.object({
      line: z.number().int(),
      /** In English; `kind` and `params` let the window say it in the user's language. */
      reason: z.string(),
      kind: z.enum(['columns', 'extra', 'invalid', 'missing', 'duplicate', 'suppressed']),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
})
export type RecipientFilePreview = z.output<typeof RecipientFilePreview>

export const recipients = {
  parse: command(
    RecipientFileInput,
    RecipientFilePreview,
    'Read a recipient file: encoding, delimiter, columns, a sample and every rejected row.',
  ),
} as const
