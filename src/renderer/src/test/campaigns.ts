import type { Campaign, CampaignContent } from '@shared/contract'

/** A draft as campaigns.get answers, with whatever a test changes. */
export function sampleDraft(patch: Partial<Campaign> = {}): Campaign {
  return {
    id: 7,
    name: 'Spring',
    accountId: 1,
    accountIds: [1],
    policy: { sendingHours: null, recipientZones: false, spreadMs: null, fromAccountId: null },
    schedule: null,
    finishBy: null,
    subject: 'Hi',
    preheader: '',
    status: 'draft',
    statusReason: null,
    statusDetail: null,
    resumeAt: null,
    settings: {
      delayMs: 2000,
      concurrency: 2,
      maxAttempts: 3,
      backoffMs: 60000,
      timeoutMs: 120000,
    },
    unsubscribe: { mailto: null, url: null },
    linkTagging: null,
    recipients: 2,
    recipientZones: null,
    createdAt: 1,
    startedAt: null,
    completedAt: null,
    cancelledAt: null,
    progress: {
      campaignId: 7,
      status: 'draft',
      total: 0,
      sent: 0,
      failed: 0,
      uncertain: 0,
      pending: 0,
      cancelled: 0,
      skipped: 0,
      percent: 0,
      ratePerMinute: 0,
      etaMs: null,
      isCompleted: false,
      completedAt: null,
      waitingUntil: null,
      paceMs: null,
      accounts: [],
      feedback: { bounced: 0, softBounced: 0, replied: 0, autoReplied: 0, unsubscribed: 0 },
    },
    ...patch,
  }
}

/** That draft's letter as campaigns.content answers: HTML, with whatever a test changes. */
export function sampleContent(patch: Partial<CampaignContent> = {}): CampaignContent {
  return {
    id: 7,
    html: '<p>x</p>',
    design: null,
    text: null,
    generatedText: 'x',
    images: [],
    attachments: [],
    variables: ['name'],
    ...patch,
  }
}
