/**
 * The schemas several namespaces of the contract share. A schema one namespace uses lives in
 * that namespace's file.
 */
import { z } from 'zod'
import { checkEmailAddress } from '../emailAddress'
import { FILE_ENCODINGS } from '../textEncoding'

/** Values a log line or an error carries for the window's words; never a nested object. */
export const Params = z.record(z.string(), z.union([z.string(), z.number()]))
export type Params = z.output<typeof Params>

export const Language = z.enum(['en', 'ru'])
export type Language = z.output<typeof Language>

/**
 * An address as the envelope can carry it (the rule: ../emailAddress.ts); IDN domains in ASCII.
 * The first bound only stops a huge paste before the rule reads it; the rule says 254.
 */
export const EmailAddress = z
  .string()
  .trim()
  .max(1000, 'An address has at most 254 characters')
  .transform((input, ctx) => {
    const checked = checkEmailAddress(input)
    if (checked.ok) return checked.address
    ctx.addIssue({ code: 'custom', message: checked.problem })
    return z.NEVER
  })

export const Id = z.number().int().positive()
/** A command's input when it names one record and nothing else. */
export const ById = z.object({ id: Id }).strict()
/** `failed.*` and `uncertain.*`: one delivery, or every one of the campaign's. */
export const OneOrAll = z
  .object({ campaignId: Id, deliveryId: Id.nullable().default(null) })
  .strict()
export const Count = z.object({ count: z.number().int().nonnegative() })

/** A recipient file as the user chose it, and how to read it ('auto': the engine guesses). */
export const RecipientFileInput = z
  .object({
    dataBase64: z.base64().max(140_000_000, 'A recipient file is at most 100 MB'),
    encoding: z.enum(['auto', ...FILE_ENCODINGS]).default('auto'),
    delimiter: z.enum(['auto', ',', ';', '\t']).default('auto'),
    emailColumn: z.string().nullable().default(null),
  })
  .strict()
export type RecipientFileInput = z.output<typeof RecipientFileInput>

export const DeliveryState = z.enum([
  'queued',
  'sending',
  'sent',
  'retrying',
  'failed',
  'uncertain',
  'cancelled',
  'skipped',
])
export type DeliveryState = z.output<typeof DeliveryState>

export const LogLevel = z.enum(['info', 'warn', 'error'])
