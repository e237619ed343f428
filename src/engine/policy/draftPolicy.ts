/** A draft's sending hours, recipients' zones and spread, as its columns hold them. */
import type { CampaignPolicy } from '@shared/contract'
import type { AccountRow } from '../db/accounts'
import type { PolicyColumns } from '../db/hoursAndSpread'

/** The columns of a policy (its From account is stored with the campaign's accounts). */
export function policyColumns(policy: CampaignPolicy): PolicyColumns {
  return {
    sending_hours: policy.sendingHours === null ? null : JSON.stringify(policy.sendingHours),
    recipient_zones: policy.recipientZones ? 1 : 0,
    spread_ms: policy.spreadMs,
  }
}

/** A new campaign given no policy: its account's sending hours, no zones, the fixed delay. */
export function defaultPolicyColumns(account: AccountRow): PolicyColumns {
  return { sending_hours: account.sending_hours, recipient_zones: 0, spread_ms: null }
}
