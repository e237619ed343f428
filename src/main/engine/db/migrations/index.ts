/** Every schema change, in order. Append only: a shipped migration is never edited. */
import type Database from 'better-sqlite3'
import { m001Settings } from './001-settings'
import { m002SendEngine } from './002-send-engine'
import { m003TestInbox } from './003-test-inbox'
import { m005CampaignContent } from './005-campaign-content'

export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}

/**
 * Version 4 belongs to the SMTP-accounts work (DKIM, caps), built on another branch. Until it
 * merges, this empty step holds its place so the versions stay contiguous; the merge replaces
 * it with the real one. Migration 5 does not depend on anything 4 adds.
 */
const m004Reserved: Migration = { version: 4, name: 'reserved-for-accounts', up() {} }

export const migrations: readonly Migration[] = [
  m001Settings,
  m002SendEngine,
  m003TestInbox,
  m004Reserved,
  m005CampaignContent,
]
