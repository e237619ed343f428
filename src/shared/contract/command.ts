/** Declares one command of the contract: its input and output schemas and what it does. */
import { z } from 'zod'

export const command = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  doc: string,
) => ({
  input,
  output,
  doc,
})
