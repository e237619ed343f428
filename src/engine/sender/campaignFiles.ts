/** A campaign's images and attachments with their bytes, as the renderer and MIME builder take them. */
import { selectAttachments, selectImages } from '../db/campaignFiles'
import type { Db } from '../db/open'
import type { MimeFile } from '../render/mime'
import type { CampaignImage } from '../render/render'

export interface CampaignFiles {
  images: CampaignImage[]
  attachments: MimeFile[]
}

export function loadCampaignFiles(db: Db, campaignId: number): CampaignFiles {
  return {
    images: selectImages(db, campaignId).map((i) => ({
      cid: i.cid,
      filename: i.filename,
      contentType: i.content_type,
      content: i.content,
    })),
    attachments: selectAttachments(db, campaignId).map((a) => ({
      filename: a.filename,
      contentType: a.content_type,
      content: a.content,
    })),
  }
}
