/** One statement per function: the images and attachments stored with a campaign. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface ImageRow {
  cid: string
  filename: string
  content_type: string
  content: Buffer
}

export interface AttachmentRow {
  id: number
  filename: string
  content_type: string
  content: Buffer
}

/** What the editor lists: the files without their bytes. */
export type FileMeta<Row> = Omit<Row, 'content'> & { size: number }

/** An image with a cid already in the campaign replaces it: the user uploaded a new logo. */
export function upsertImage(
  db: Db,
  campaignId: number,
  image: { cid: string; filename: string; contentType: string; content: Buffer },
): void {
  prepared(
    db,
    `INSERT INTO campaign_images (campaign_id, cid, filename, content_type, content)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (campaign_id, cid) DO UPDATE SET filename = excluded.filename,
       content_type = excluded.content_type, content = excluded.content`,
  ).run(campaignId, image.cid, image.filename, image.contentType, image.content)
}

export function deleteImage(db: Db, campaignId: number, cid: string): boolean {
  return (
    prepared(db, 'DELETE FROM campaign_images WHERE campaign_id = ? AND cid = ?').run(
      campaignId,
      cid,
    ).changes === 1
  )
}

export function selectImage(db: Db, campaignId: number, cid: string): ImageRow | undefined {
  return prepared(
    db,
    'SELECT cid, filename, content_type, content FROM campaign_images WHERE campaign_id = ? AND cid = ?',
  ).get(campaignId, cid) as ImageRow | undefined
}

export function selectImages(db: Db, campaignId: number): ImageRow[] {
  return prepared(
    db,
    'SELECT cid, filename, content_type, content FROM campaign_images WHERE campaign_id = ? ORDER BY id',
  ).all(campaignId) as ImageRow[]
}

export function selectImagesMeta(db: Db, campaignId: number): FileMeta<ImageRow>[] {
  return prepared(
    db,
    `SELECT cid, filename, content_type, length(content) AS size FROM campaign_images
     WHERE campaign_id = ? ORDER BY id`,
  ).all(campaignId) as FileMeta<ImageRow>[]
}

export function countImages(db: Db, campaignId: number): number {
  return prepared(db, 'SELECT count(*) FROM campaign_images WHERE campaign_id = ?')
    .pluck()
    .get(campaignId) as number
}

export function copyImages(db: Db, from: number, to: number): void {
  prepared(
    db,
    `INSERT INTO campaign_images (campaign_id, cid, filename, content_type, content)
     SELECT ?, cid, filename, content_type, content FROM campaign_images
     WHERE campaign_id = ? ORDER BY id`,
  ).run(to, from)
}

export function insertAttachment(
  db: Db,
  campaignId: number,
  file: { filename: string; contentType: string; content: Buffer },
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO campaign_attachments (campaign_id, filename, content_type, content)
       VALUES (?, ?, ?, ?)`,
    ).run(campaignId, file.filename, file.contentType, file.content).lastInsertRowid,
  )
}

export function deleteAttachment(db: Db, campaignId: number, id: number): boolean {
  return (
    prepared(db, 'DELETE FROM campaign_attachments WHERE campaign_id = ? AND id = ?').run(
      campaignId,
      id,
    ).changes === 1
  )
}

export function selectAttachments(db: Db, campaignId: number): AttachmentRow[] {
  return prepared(
    db,
    `SELECT id, filename, content_type, content FROM campaign_attachments
     WHERE campaign_id = ? ORDER BY id`,
  ).all(campaignId) as AttachmentRow[]
}

export function selectAttachmentsMeta(db: Db, campaignId: number): FileMeta<AttachmentRow>[] {
  return prepared(
    db,
    `SELECT id, filename, content_type, length(content) AS size FROM campaign_attachments
     WHERE campaign_id = ? ORDER BY id`,
  ).all(campaignId) as FileMeta<AttachmentRow>[]
}

export function countAttachments(db: Db, campaignId: number): number {
  return prepared(db, 'SELECT count(*) FROM campaign_attachments WHERE campaign_id = ?')
    .pluck()
    .get(campaignId) as number
}

export function copyAttachments(db: Db, from: number, to: number): void {
  prepared(
    db,
    `INSERT INTO campaign_attachments (campaign_id, filename, content_type, content)
     SELECT ?, filename, content_type, content FROM campaign_attachments
     WHERE campaign_id = ? ORDER BY id`,
  ).run(to, from)
}
