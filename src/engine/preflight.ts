/**
 * Pre-flight: before a start, would every recipient's message render? Handlebars' strict mode
 * fails on a variable that is absent, and which branch of an {{#if}} runs depends on whether a
 * value is truthy — so recipients whose data has the same keys with the same truthiness render
 * alike. One render per such group checks them all: a 100,000-row file is usually one group.
 */
import type { Preflight } from '@shared/contract'
import type { CampaignRow } from './db/campaigns'
import type { Db } from './db/open'
import { selectRecipientsData } from './db/recipients'
import { TemplateError } from './render/render'
import { selectAccount } from './db/accounts'
import { TEST_TOKEN } from './mailbox/apply/token'
import { renderForRecipient } from './sender/compose'
import { readAddressOf } from './sender/readAddress'

// The BODY must offer a way out, whatever the headers say (many clients show no header
// button); the word in any form counts, {{unsubscribeUrl}} included.
const UNSUBSCRIBE = /unsubscribe|отпис/i
const EXAMPLES = 5

/** Keys in their order with one mark of truthiness each; cheap, as it runs for every row. */
function signature(data: Record<string, unknown>): string {
  let key = ''
  for (const name in data) key += name + (data[name] ? '\u0001' : '\u0002')
  return key
}

export function preflight(db: Db, campaign: CampaignRow): Preflight {
  const rows = selectRecipientsData(db, campaign.id)
  const groups = new Map<string, { data: Record<string, unknown>; emails: string[] }>()
  for (const row of rows) {
    const parsed = JSON.parse(row.data) as Record<string, unknown>
    const key = signature(parsed)
    const group = groups.get(key)
    if (group) group.emails.push(row.email)
    else groups.set(key, { data: { ...parsed, email: row.email }, emails: [row.email] })
  }

  // Whether a mailto is offered by default changes {{unsubscribeUrl}}: checked as the From
  // account (the fixed one, else the first) would send it; the token does not matter here.
  const from = selectAccount(db, campaign.from_account_id ?? campaign.account_id)
  const way = { readAddress: from ? readAddressOf(db, from) : null, token: TEST_TOKEN }
  const errors = new Map<string, Preflight['errors'][number]>()
  for (const { data, emails } of groups.values()) {
    try {
      renderForRecipient(campaign, data, [], way)
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error
      const existing = errors.get(error.message)
      if (existing) {
        existing.rows += emails.length
        existing.examples = [...existing.examples, ...emails].slice(0, EXAMPLES)
      } else {
        errors.set(error.message, {
          part: error.part,
          variable: error.variable ?? null,
          message: error.message,
          reason: error.problem.reason,
          params: error.problem.params,
          rows: emails.length,
          examples: emails.slice(0, EXAMPLES),
        })
      }
    }
  }
  const warnings: Preflight['warnings'] = []
  if (!UNSUBSCRIBE.test(campaign.html)) warnings.push('no-unsubscribe-link')
  return { ok: errors.size === 0, recipients: rows.length, errors: [...errors.values()], warnings }
}
