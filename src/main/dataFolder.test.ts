import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataFolderOverride } from './dataFolder'

describe('dataFolderOverride', () => {
  it('is absent unless OUTBOX_DATA names a folder', () => {
    expect(dataFolderOverride({}, '/home/anna')).toBeUndefined()
    expect(dataFolderOverride({ OUTBOX_DATA: '  ' }, '/home/anna')).toBeUndefined()
  })
  it('resolves a relative folder against the working directory', () => {
    expect(dataFolderOverride({ OUTBOX_DATA: 'outbox-test' }, '/home/anna')).toBe(
      join('/home/anna', 'outbox-test'),
    )
    expect(dataFolderOverride({ OUTBOX_DATA: '/tmp/o' }, '/home/anna')).toBe('/tmp/o')
  })
})
