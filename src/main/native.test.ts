import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sqliteBindingPath } from './native'

describe('sqliteBindingPath', () => {
  it('uses the Electron build beside node_modules when run from source', () => {
    expect(sqliteBindingPath({ isPackaged: false, resourcesPath: '/r', appPath: '/proj' })).toBe(
      join('/proj', 'node_modules', '.outbox-native', 'better_sqlite3.node'),
    )
  })
  it('uses the copy shipped in the installer’s resources when packaged', () => {
    expect(
      sqliteBindingPath({
        isPackaged: true,
        resourcesPath: '/opt/Outbox/resources',
        appPath: '/x',
      }),
    ).toBe(join('/opt/Outbox/resources', 'native', 'better_sqlite3.node'))
  })
})
