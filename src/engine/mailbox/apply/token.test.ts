import { describe, expect, it } from 'vitest'
import { isDeliveryToken, TEST_TOKEN, tokenOfMessageId } from './token'

describe('the unsubscribe token', () => {
  it('is the local part of the Message-ID', () => {
    expect(tokenOfMessageId('<42.3f2504e04f8941d39a0c@example.com>')).toBe(
      '42.3f2504e04f8941d39a0c',
    )
  })

  it('is looked up in the current layout and in the one earlier builds sent', () => {
    expect(isDeliveryToken('42.3f2504e04f8941d39a0c')).toBe(true)
    expect(isDeliveryToken('3f2504e04f8941d39a0c.42')).toBe(true) // sent before the change
    expect(isDeliveryToken('3F2504E04F8941D39A0C.42')).toBe(true) // a mail program's case
    expect(isDeliveryToken(TEST_TOKEN)).toBe(true)
    for (const other of ['42', '42.3f25', 'abc.def', '42.3f2504e04f8941d39a0c.1', 'x'.repeat(23)]) {
      expect(isDeliveryToken(other), other).toBe(false)
    }
  })
})
