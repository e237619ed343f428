import { describe, expect, it } from 'vitest'
import { safeFileName } from './fileName'

describe('safe file names', () => {
  it.each([
    ['../../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['.hidden', 'hidden'],
    ['report.', 'report'],
    ['a<b>:c"d|e?f*g.png', 'a_b__c_d_e_f_g.png'],
    ['line\r\nbreak.png', 'line__break.png'],
    ['right\u202eto-left.png', 'right_to-left.png'],
    ['Логотип компании.png', 'Логотип компании.png'],
    ['/', 'file'],
    ['..', 'file'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFileName(name, 'file')).toBe(safe)
  })

  it('keeps the extension when it shortens a long name to the byte limit', () => {
    const name = `${'я'.repeat(300)}.jpeg`
    const safe = safeFileName(name, 'file', 100)
    expect(safe.endsWith('.jpeg')).toBe(true)
    expect(new TextEncoder().encode(safe).length).toBeLessThanOrEqual(100)
  })
})
