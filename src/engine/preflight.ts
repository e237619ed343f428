/**
 * Pre-flight: before a start, would every recipient's message render? Handlebars' strict mode
 * fails on a variable that is absent, and which branch of an {{#if}} runs depends on whether a
 * value is truthy — so recipients whose data has the same keys with the same truthiness render
 * alike. One render per such group checks them all: a 100,000-row file is usually one group.
 *
 * It reads the list in slices and lets the event loop run between them: in the desktop app
 * this thread is Electron's main process, and the window's commands wait while it is held.
 */
import type { Preflight } from '@shared/contract'
import type { CampaignRow } from './db/campaigns'
import type { Db } from './db/open'
import { selectRecipientsDataPage } from './db/recipients'
import { TemplateError } from './render/render'
import { selectAccount } from './db/accounts'
import { TEST_TOKEN } from './mailbox/apply/token'
import { renderForRecipient } from './sender/compose'
import { readAddressOf } from './sender/readAddress'
import { nextTurn } from './nextTurn'

// The BODY must offer a way out, whatever the headers say (many clients show no header
// button); the word in any form counts, {{unsubscribeUrl}} included.
const UNSUBSCRIBE = /unsubscribe|отпис/i
const EXAMPLES = 5
/** Rows read, parsed and grouped per slice: a few milliseconds each. */
export const PREFLIGHT_SLICE_ROWS = 2500

/** Keys in their order with one mark of truthiness each; cheap, as it runs for every row. */
function signature(data: Record<string, unknown>): string {
  let key = ''
  for (const name in data) key += name + (data[name] ? '\u0001' : '\u0002')
  return key
}

type PreflightError = Preflight['errors'][number]

/** The scan over the rows: each new group is rendered when it first appears. */
class PreflightScan {
  /** Each group's signature, with the error its render gave (null: it renders). */
  private readonly groups = new Map<string, PreflightError | null>()
  private readonly errors = new Map<string, PreflightError>()
  recipients = 0

  constructor(
    private readonly campaign: CampaignRow,
    private readonly way: Parameters<typeof renderForRecipient>[3],
  ) {}

  add(row: { email: string; data: string }): void {
    this.recipients++
    const parsed = JSON.parse(row.data) as Record<string, unknown>
    const key = signature(parsed)
    let error = this.groups.get(key)
    if (error === undefined) {
      error = this.render({ ...parsed, email: row.email })
      this.groups.set(key, error)
    }
    if (!error) return
    error.rows++
    if (error.examples.length < EXAMPLES) error.examples.push(row.email)
  }

  /** The group's error (one per message: groups failing alike are counted together). */
  private render(data: Record<string, unknown>): PreflightError | null {
    try {
      renderForRecipient(this.campaign, data, [], this.way)
      return null
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error
      const existing = this.errors.get(error.message)
      if (existing) return existing
      const created: PreflightError = {
        part: error.part,
        variable: error.variable ?? null,
        message: error.message,
        reason: error.problem.reason,
        params: error.problem.params,
        rows: 0,
        examples: [],
      }
      this.errors.set(error.message, created)
      return created
    }
  }

  result(): Preflight {
    const warnings: Preflight['warnings'] = []
    if (!UNSUBSCRIBE.test(this.campaign.html)) warnings.push('no-unsubscribe-link')
    const errors = [...this.errors.values()]
    return { ok: errors.length === 0, recipients: this.recipients, errors, warnings }
  }
}

function scanFor(db: Db, campaign: CampaignRow): PreflightScan {
  // Whether a mailto is offered by default changes {{unsubscribeUrl}}: checked as the From
  // account (the fixed one, else the first) would send it; the token does not matter here.
  const from = selectAccount(db, campaign.from_account_id ?? campaign.account_id)
  return new PreflightScan(campaign, {
    readAddress: from ? readAddressOf(db, from) : null,
    token: TEST_TOKEN,
  })
}

/**
 * The pre-flight of `campaign`, a slice of rows at a time with the event loop free between;
 * `afterSlice` runs after each such turn (a start that must stop throws there).
 */
export async function preflight(
  db: Db,
  campaign: CampaignRow,
  afterSlice?: () => void,
): Promise<Preflight> {
  const scan = scanFor(db, campaign)
  let afterId = 0
  for (;;) {
    const rows = selectRecipientsDataPage(db, {
      campaignId: campaign.id,
      afterId,
      limit: PREFLIGHT_SLICE_ROWS,
    })
    for (const row of rows) scan.add(row)
    if (rows.length < PREFLIGHT_SLICE_ROWS) return scan.result()
    afterId = rows[rows.length - 1]!.id
    await nextTurn()
    afterSlice?.()
  }
}
