/** The command limit follows the contract: a file the contract allows always fits in a command. */
import { describe, expect, it } from 'vitest'
import { COMMAND_LIMIT_BYTES, LARGEST_FILE_MB, commandTooLarge } from './commandLimit'
import { RecipientFileInput } from './contract'

const MiB = 1024 * 1024
const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3)

describe('the command limit', () => {
  it('takes a 100 MB recipient file as base64 inside the JSON command that carries it', () => {
    expect(LARGEST_FILE_MB).toBe(100)
    const file = 100 * MiB
    expect(RecipientFileInput.shape.dataBase64.maxLength).toBeGreaterThanOrEqual(base64Length(file))
    // The longest command that carries a file, with every option at its longest value.
    const around = JSON.stringify({
      input: {
        id: 'c'.repeat(64),
        recipientsFile: {
          dataBase64: '',
          encoding: 'windows-1251',
          delimiter: '\t',
          emailColumn: 'Адрес электронной почты'.repeat(20),
        },
      },
    })
    expect(Buffer.byteLength(around) + base64Length(file)).toBeLessThanOrEqual(COMMAND_LIMIT_BYTES)
  })

  it('is not far above the largest file: a few MB of room, not another file', () => {
    expect(COMMAND_LIMIT_BYTES - base64Length(100 * MiB)).toBeLessThan(2 * MiB)
  })

  it('is refused with a reason the window can word, naming the largest file in MB', () => {
    expect(commandTooLarge().toPayload()).toMatchObject({
      code: 'invalid_input',
      reason: 'request.tooLarge',
      params: { maxMb: 100 },
    })
  })
})
