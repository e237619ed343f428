/**
 * The recipients' time-zone column: found by its header, each value read as an IANA name or
 * a UTC offset; the preview counts them, and the rows written carry the zone. Through the
 * contract, on a real SQLite file.
 */
import { describe, expect, it } from 'vitest'
import type { Campaign, RecipientFilePreview } from '@shared/contract'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, openEngine, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'
import { findZoneColumn } from './zoneColumn'

const tempDir = useTempDir()
const cleanup = useCleanups()

function engine() {
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  return h
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

const CSV = [
  'email,name,Time Zone',
  'a@example.test,A,Europe/Moscow',
  'b@example.test,B,america/new_york',
  'c@example.test,C,UTC+3',
  'd@example.test,D,+05:30',
  'e@example.test,E,GMT-4',
  'f@example.test,F,',
  'g@example.test,G,Mars/Olympus',
  'h@example.test,H,soon',
  'i@example.test,I,  Asia/Tokyo  ',
  'j@example.test,J,UTC+15',
  'k@example.test,K,soon',
].join('\n')

const ZONES = {
  'a@example.test': 'Europe/Moscow',
  'b@example.test': 'America/New_York',
  'c@example.test': 'UTC+03:00',
  'd@example.test': 'UTC+05:30',
  'e@example.test': 'UTC-04:00',
  'f@example.test': null,
  'g@example.test': null,
  'h@example.test': null,
  'i@example.test': 'Asia/Tokyo',
  'j@example.test': null,
  'k@example.test': null,
}

const zonesOf = (h: Harness, campaignId: number) =>
  Object.fromEntries(
    (
      h.db
        .prepare('SELECT email, zone FROM recipients WHERE campaign_id = ? ORDER BY id')
        .all(campaignId) as { email: string; zone: string | null }[]
    ).map((r) => [r.email, r.zone]),
  )

async function draft(h: Harness, recipients: object) {
  const account = await addAccount(h, 2525)
  return h.call<Campaign>('campaigns.create', {
    name: 'Zones',
    accountId: account.id,
    subject: 'Hi',
    html: '<p>Hi {{name}}</p>',
    ...recipients,
  })
}

describe('a time-zone column', () => {
  it('is counted in the preview: zones understood, the rest, and a few of those as written', async () => {
    const h = engine()
    const preview = await h.call<RecipientFilePreview>('recipients.parse', {
      dataBase64: base64(CSV),
    })
    expect(preview.timeZones).toEqual({
      column: 'Time Zone',
      known: 6,
      unknown: 5,
      examples: ['Mars/Olympus', 'soon', 'UTC+15'],
    })
    // Still a template variable, as written.
    expect(preview.sample[2]).toEqual({
      line: 4,
      email: 'c@example.test',
      data: { name: 'C', 'Time Zone': 'UTC+3' },
    })
  })

  it('is none when no header says so', async () => {
    const h = engine()
    const preview = await h.call<RecipientFilePreview>('recipients.parse', {
      dataBase64: base64('email,zones,city\na@example.test,Europe/Moscow,Riga\n'),
    })
    expect(preview.timeZones).toBeNull()
  })

  it('writes each recipient’s zone, and the column with its count', async () => {
    const h = engine()
    const campaign = await draft(h, { recipientsFile: { dataBase64: base64(CSV) } })
    expect(campaign.recipientZones).toEqual({ column: 'Time Zone', known: 6 })
    expect(zonesOf(h, campaign.id)).toEqual(ZONES)

    // A copy keeps them; a new list without the column clears them.
    const copy = await h.call<Campaign>('campaigns.duplicate', { id: campaign.id })
    expect(copy.recipientZones).toEqual({ column: 'Time Zone', known: 6 })
    expect(zonesOf(h, copy.id)).toEqual(ZONES)
    const replaced = await h.call<Campaign>('campaigns.setRecipients', {
      id: campaign.id,
      recipients: [{ email: 'z@example.test', data: { name: 'Z' } }],
    })
    expect(replaced.recipientZones).toBeNull()
    expect(zonesOf(h, campaign.id)).toEqual({ 'z@example.test': null })
  })

  it('is found among an inline list’s data keys too', async () => {
    const h = engine()
    const campaign = await draft(h, {
      recipients: [
        { email: 'a@example.test', data: { name: 'A', TZ: 'Europe/Berlin' } },
        { email: 'b@example.test', data: { name: 'B', TZ: 'nowhere' } },
        { email: 'c@example.test', data: { name: 'C' } },
      ],
    })
    expect(campaign.recipientZones).toEqual({ column: 'TZ', known: 1 })
    expect(zonesOf(h, campaign.id)).toEqual({
      'a@example.test': 'Europe/Berlin',
      'b@example.test': null,
      'c@example.test': null,
    })
  })

  it.each([
    'timezone',
    'TimeZone',
    'time_zone',
    'time zone',
    ' TZ ',
    'Zone',
    'Часовой пояс',
    'часовой_пояс',
    'ПОЯС',
  ])('is found by the header %j', (header) => {
    expect(findZoneColumn(['email', 'name', header])).toBe(header)
  })

  it.each(['zones', 'timezone2', 'ozone', 'пояснение'])('is not the header %j', (header) => {
    expect(findZoneColumn([header])).toBeNull()
  })
})
