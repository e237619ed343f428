import type { Migration } from './migration'

/**
 * A campaign's preheader (the text shown after the subject in the inbox list, a template of
 * the recipient's data) and its link tagging: utm_source, utm_medium and utm_campaign, each a
 * template, all three set or none (none: the links go out as written). Existing campaigns get
 * no preheader and no tagging, so what they send does not change.
 */
export const m009PreheaderLinkTags: Migration = {
  version: 9,
  name: 'preheader-link-tags',
  up(db) {
    db.exec(`
      ALTER TABLE campaigns ADD COLUMN preheader TEXT NOT NULL DEFAULT '';
      ALTER TABLE campaigns ADD COLUMN utm_source TEXT;
      ALTER TABLE campaigns ADD COLUMN utm_medium TEXT;
      ALTER TABLE campaigns ADD COLUMN utm_campaign TEXT
        CHECK ((utm_source IS NULL) = (utm_medium IS NULL)
           AND (utm_medium IS NULL) = (utm_campaign IS NULL));
    `)
  },
}
