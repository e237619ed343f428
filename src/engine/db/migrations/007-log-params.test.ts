/** Migration 7 on a database with log lines: they stay, without params, and read back as {}. */
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { selectLogEntries } from '../eventLog'
import { databasePath, openDatabase } from '../open'
import { publicLogEntry } from '../../log/logEntries'
import { migrations } from './index'

const tempDir = useTempDir()

describe('migration 7 (log params)', () => {
  it('adds an empty params column to the lines already written', () => {
    const file = databasePath(tempDir())
    const before = openDatabase(file, { migrations: migrations.slice(0, 6) })
    before.exec(`INSERT INTO event_log (at, level, kind, message)
                 VALUES (0, 'info', 'campaign.completed', 'Campaign completed')`)
    before.close()

    const db = openDatabase(file)
    const query = { campaignId: null, level: null, beforeId: null, limit: 10 }
    const [old] = selectLogEntries(db, query)
    expect(old).toMatchObject({ kind: 'campaign.completed', params: null })
    // The window then words it from its kind alone, or shows its message.
    expect(publicLogEntry(old!)).toMatchObject({ message: 'Campaign completed', params: {} })
    db.close()
  })
})
