import type { Migration } from './migration'

/**
 * Letters written in the visual editor, and letters kept as templates.
 * `campaigns.design` holds the visual letter (JSON of src/shared/letter/design.ts); null is a
 * letter written as HTML. A template is a letter without recipients or settings: its subject,
 * bodies, design and images, copied from a campaign and copied into new ones.
 */
export const m010LetterDesign: Migration = {
  version: 10,
  name: 'letter-design',
  up(db) {
    db.exec(`
      ALTER TABLE campaigns ADD COLUMN design TEXT;

      CREATE TABLE letter_templates (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        name        TEXT NOT NULL,
        subject     TEXT NOT NULL,
        preheader   TEXT NOT NULL DEFAULT '',
        html        TEXT NOT NULL,
        text        TEXT,
        design      TEXT,
        created_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE letter_template_images (
        id            INTEGER PRIMARY KEY,
        template_id   INTEGER NOT NULL REFERENCES letter_templates(id) ON DELETE CASCADE,
        cid           TEXT NOT NULL,
        filename      TEXT NOT NULL,
        content_type  TEXT NOT NULL,
        content       BLOB NOT NULL,
        UNIQUE (template_id, cid)
      ) STRICT;
    `)
  },
}
