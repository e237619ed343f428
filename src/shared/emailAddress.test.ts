/** The address rule the contract, the import and the window share. */
import { describe, expect, it } from 'vitest'
import { EmailAddress } from './contract'
import { checkEmailAddress } from './emailAddress'

describe('email addresses', () => {
  it.each([
    ['a..b@example.com', 'nor follow another dot'],
    ['.a@example.com', 'cannot start or end'],
    ['a.@example.com', 'cannot start or end'],
    ['a/../b@example.com', 'nor follow another dot'],
    ['a@b', 'no dot'],
    ['"a b"@example.com', 'a character an address cannot have'],
    ['ёж@example.com', 'only Latin letters'],
    ['a@-x.com', 'domain is not valid'],
    ['a@x..com', 'domain is not valid'],
    ['a@1.2.3.4', 'domain is not valid'],
    ['a@пример/x.рф', 'domain is not valid'],
    ['@example.com', 'nothing before @'],
    ['a@', 'no domain'],
    ['example.com', 'has an @'],
    [`${'a'.repeat(65)}@example.com`, 'at most 64'],
    [
      `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`,
      'at most 254',
    ],
  ])('refuses %s, saying why', (input, why) => {
    const checked = checkEmailAddress(input)
    expect(checked.ok).toBe(false)
    expect(!checked.ok && checked.problem.toLowerCase()).toContain(why.toLowerCase())
  })

  it.each([
    ['anna@example.com', 'anna@example.com'],
    ["o'brien+news@mail.example.co.uk", "o'brien+news@mail.example.co.uk"],
    ['a/b@example.com', 'a/b@example.com'],
    ['Anna.Petrova@Example.RU', 'Anna.Petrova@Example.RU'],
    ['a@пример.рф', 'a@xn--e1afmkfd.xn--p1ai'],
    ['a@ПРИМЕР.РФ', 'a@xn--e1afmkfd.xn--p1ai'],
    ['a@xn--e1afmkfd.xn--p1ai', 'a@xn--e1afmkfd.xn--p1ai'],
    ['a@jõgeva.ee', 'a@xn--jgeva-dua.ee'],
  ])('accepts %s as %s', (input, address) => {
    expect(checkEmailAddress(input)).toEqual({ ok: true, address })
  })

  it("is the contract's rule: trimmed, IDN domains in ASCII, refusals with the reason", () => {
    expect(EmailAddress.parse('  a@пример.рф ')).toBe('a@xn--e1afmkfd.xn--p1ai')
    const refused = EmailAddress.safeParse('a..b@example.com')
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toContain('nor follow another dot')
  })
})
