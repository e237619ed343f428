/**
 * The sender check before a start (docs/engine.md, "Sender check before the start"): for each
 * account the campaign sends through, SPF of its envelope domain for its SMTP server, DKIM and
 * DMARC of the From it carries, a free-mail From in a bulk mailing; then the first recipient's
 * message as the queue would render it. Lookups run in parallel, each bounded and the whole
 * bounded too; nothing here throws: what could not be looked at is an `unknown` finding.
 */
import type { Clock } from '@shared/clock'
import type { SenderCheck, SenderFinding } from '@shared/contract'
import { fromAccountOf } from '../campaignAccounts'
import { selectAccount, type AccountRow } from '../db/accounts'
import { selectSendingAccountsOfCampaign } from '../db/campaignAccounts'
import type { CampaignRow } from '../db/campaigns'
import type { Db } from '../db/open'
import { countRecipients, selectRecipientForTest } from '../db/recipients'
import { TemplateError } from '../render/render'
import type { SecretStore } from '../secrets/secretStore'
import { loadCampaignFiles } from '../sender/campaignFiles'
import { TEST_TOKEN } from '../mailbox/apply/token'
import { recipientData, renderForRecipient } from '../sender/compose'
import { readAddressOf } from '../sender/readAddress'
import { checkContent } from './contentCheck'
import { checkDkim } from './dkimCheck'
import { checkDmarc } from './dmarcCheck'
import { createDnsClient, type Lookup } from './dnsLookup'
import { checkFreeMail } from './freeMail'
import { checkSpf } from './spfCheck'

/** One DNS query's bound; an SPF record with includes makes several in a row. */
export const DNS_TIMEOUT_MS = 3000
/** The whole check's bound, in queries: what is still waiting then is 'timeout'. */
const OVERALL_QUERIES = 3

export interface SenderCheckDeps {
  db: Db
  secrets: SecretStore
  clock: Clock
  /** The DNS servers to ask ('host' or 'host:port'); the system's when absent. */
  dnsServers?: readonly string[]
  dnsTimeoutMs?: number
}

const domainOf = (email: string) => email.split('@').pop()!.toLowerCase()

/** One DNS check, shared by the accounts that need the same answer. */
interface Task {
  accounts: string[]
  run: (account: string, lookup: Lookup) => Promise<SenderFinding>
  /** What it says if it has not finished by the overall bound, or throws. */
  code: 'spf.unknown' | 'dkim.unknown' | 'dmarc.unknown'
  params: Record<string, string>
}

function sendingAccounts(db: Db, campaign: CampaignRow): AccountRow[] {
  const ids = selectSendingAccountsOfCampaign(db, campaign.id)
  return (ids.length > 0 ? ids : [campaign.account_id])
    .map((id) => selectAccount(db, id))
    .filter((row): row is AccountRow => row !== undefined && row.deleted_at === null)
}

/** The DNS checks each account needs, the same question asked once. */
function dnsTasks(deps: SenderCheckDeps, campaign: CampaignRow) {
  const tasks = new Map<string, Task>()
  const notApplicable: string[] = []
  const freeMail: SenderFinding[] = []
  const recipients = countRecipients(deps.db, campaign.id)
  const add = (key: string, account: string, task: Omit<Task, 'accounts'>) => {
    const existing = tasks.get(key)
    if (existing) {
      if (!existing.accounts.includes(account)) existing.accounts.push(account)
    } else tasks.set(key, { ...task, accounts: [account] })
  }

  for (const sending of sendingAccounts(deps.db, campaign)) {
    if (sending.builtin === 1) {
      notApplicable.push(sending.name)
      continue
    }
    let from: AccountRow
    try {
      from = fromAccountOf(deps.db, campaign, sending)
    } catch {
      from = sending // the fixed From account was deleted: the start says so
    }
    const envelope = sending.from_email
    const fromDomain = domainOf(from.from_email)
    const signs = from.dkim_domain && from.dkim_selector && from.dkim_key

    add(`spf ${domainOf(envelope)} ${sending.host}`, sending.name, {
      code: 'spf.unknown',
      params: { domain: domainOf(envelope), host: sending.host },
      run: (account, lookup) => checkSpf({ account, envelope, host: sending.host }, lookup),
    })
    if (signs) {
      const domain = from.dkim_domain!
      const selector = from.dkim_selector!
      const sealed = from.dkim_key!
      add(`dkim ${from.id}`, from.name, {
        code: 'dkim.unknown',
        params: { domain, selector },
        run: (account, lookup) =>
          checkDkim(
            { account, domain, selector, privateKey: () => deps.secrets.open(sealed) },
            lookup,
          ),
      })
    } else {
      add(`dkim ${from.id}`, from.name, {
        code: 'dkim.unknown',
        params: { domain: fromDomain },
        run: async (account) => ({
          code: 'dkim.notConfigured',
          severity: 'warning',
          params: { account, domain: fromDomain },
        }),
      })
    }
    const dkimDomain = signs ? from.dkim_domain!.toLowerCase() : null
    add(`dmarc ${fromDomain} ${dkimDomain} ${domainOf(envelope)}`, from.name, {
      code: 'dmarc.unknown',
      params: { domain: fromDomain },
      run: (account, lookup) =>
        checkDmarc({ account, fromDomain, dkimDomain, envelopeDomain: domainOf(envelope) }, lookup),
    })
    const free = checkFreeMail(from.name, from.from_email, recipients)
    if (free && !freeMail.some((f) => f.params.domain === free.params.domain)) freeMail.push(free)
  }
  return { tasks: [...tasks.values()], notApplicable, freeMail }
}

/** Resolves by `ms` whatever happens; never rejects. */
function bounded(task: Task, lookup: Lookup, ms: number): Promise<SenderFinding> {
  const account = task.accounts.join(', ')
  const unknown = (reason: string, detail: string): SenderFinding => ({
    code: task.code,
    severity: 'unknown',
    params: { account, ...task.params, reason, detail },
  })
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<SenderFinding>((resolve) => {
    timer = setTimeout(() => resolve(unknown('timeout', '')), ms)
  })
  const work = task.run(account, lookup).catch((error: unknown) => {
    const failure = lookup.failure()
    return unknown(failure?.reason ?? 'error', failure?.detail ?? (error as Error).message)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

function contentFindings(db: Db, campaign: CampaignRow): SenderFinding[] {
  const recipient = selectRecipientForTest(db, campaign.id, null)
  if (!recipient) {
    return [{ code: 'content.unknown', severity: 'unknown', params: { reason: 'noRecipients' } }]
  }
  try {
    const { images } = loadCampaignFiles(db, campaign.id)
    // The From account decides whether a mailto unsubscribe is offered by default (as it
    // would be sent); the token does not matter here.
    const from = selectAccount(db, campaign.from_account_id ?? campaign.account_id)
    const way = { readAddress: from ? readAddressOf(db, from) : null, token: TEST_TOKEN }
    const { rendered, headers } = renderForRecipient(
      campaign,
      recipientData(recipient),
      images,
      way,
    )
    return checkContent(rendered.html, headers)
  } catch (error) {
    const reason = error instanceof TemplateError ? 'render' : 'error'
    const detail = (error as Error).message
    return [{ code: 'content.unknown', severity: 'unknown', params: { reason, detail } }]
  }
}

export async function senderCheck(
  deps: SenderCheckDeps,
  campaign: CampaignRow,
): Promise<SenderCheck> {
  const checkedAt = deps.clock.now()
  const timeoutMs = deps.dnsTimeoutMs ?? DNS_TIMEOUT_MS
  const content = contentFindings(deps.db, campaign)
  const { tasks, notApplicable, freeMail } = dnsTasks(deps, campaign)

  const findings: SenderFinding[] = notApplicable.map((account) => ({
    code: 'dns.notApplicable',
    severity: 'ok',
    params: { account },
  }))
  if (tasks.length > 0) {
    const client = createDnsClient({ servers: deps.dnsServers, timeoutMs })
    const overallMs = timeoutMs * OVERALL_QUERIES + 1000
    try {
      findings.push(
        ...(await Promise.all(tasks.map((task) => bounded(task, client.lookup(), overallMs)))),
      )
    } finally {
      client.cancel()
    }
  }
  return { findings: [...findings, ...freeMail, ...content], checkedAt }
}
