/**
 * The letter a new campaign starts with (the window's starter, in both languages) renders for
 * any recipient list, even pasted addresses with no other column: a new user can preview,
 * test and start it before changing a word.
 */
import { describe, expect, it } from 'vitest'
import { en, ru } from '@renderer/features/campaigns/text'
import { renderMessage } from './render'

describe('the starter letter', () => {
  it.each([
    ['English', en.starter],
    ['Russian', ru.starter],
  ])('renders in %s for an address with no data, showing the variable syntax as text', (_, s) => {
    const message = renderMessage({
      subject: s.subject,
      html: s.html,
      data: { email: 'ann@example.com' },
      images: [],
    })
    expect(message.subject.length).toBeGreaterThan(0)
    expect(message.html).toContain('<code>{{name}}</code>')
    expect(message.text).toContain('{{name}}')
  })
})
