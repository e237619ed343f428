import { describe, expect, it } from 'vitest'
import { addressesInText, parseAddresses, rejectedByEngine } from './parseAddresses'

describe('pasted addresses', () => {
  it('split on lines, commas, semicolons and spaces; duplicates once; bad ones listed', () => {
    const text = 'ann@example.com, bob@example.org;\n<cy@example.net>  nope\nANN@example.com\n\n'
    expect(parseAddresses(text)).toEqual({
      valid: ['ann@example.com', 'bob@example.org', 'cy@example.net'],
      invalid: ['nope'],
    })
    expect(parseAddresses('  \n ')).toEqual({ valid: [], invalid: [] })
  })

  it('finds the addresses the engine refused by their index', () => {
    expect(rejectedByEngine(['a@x.io', 'b@', 'c@y.io'], ['emails.1', 'reason'])).toEqual(['b@'])
  })
})

describe('addresses in a file', () => {
  it('takes what looks like an address from any column, one per line', () => {
    const csv = 'email;name\r\n"ann@example.com";Анна\r\nbob@example.com;Bob <bob@example.com>\r\n'
    expect(addressesInText(csv)).toBe('ann@example.com\nbob@example.com\nbob@example.com')
  })
})
