/**
 * One sender-check finding in the user's words: its title, what it means and what to do. The
 * engine sends a code and its values; values that are words themselves (why a check could not
 * look, how DMARC aligns) are worded here too.
 */
import type { i18n as I18n, TFunction } from 'i18next'
import type { Params, SenderFinding } from '@shared/contract'

export interface FindingWords {
  title: string
  explain: string | null
  todo: string | null
}

type Key = 'campaigns.senderCheck.title'
const key = (path: string) => `campaigns.senderCheck.${path}` as Key

function wordedParams(t: TFunction, params: Params): Params {
  const out: Params = { ...params }
  if (typeof params.reason === 'string') out.reason = t(key(`reasons.${params.reason}`), out)
  if (typeof params.via === 'string') out.via = t(key(`via.${params.via}`))
  if (typeof params.mode === 'string') out.mode = t(key(`mode.${params.mode}`))
  if (params.dkimDomain === '') out.dkimDomain = t(key('none'))
  return out
}

export function findingWords(t: TFunction, i18n: I18n, finding: SenderFinding): FindingWords {
  const params = wordedParams(t, finding.params)
  const word = (part: 'title' | 'explain' | 'todo') => {
    const path = key(`codes.${finding.code}.${part}`)
    return i18n.exists(path) ? (t(path, params) as string) : null
  }
  return {
    // A code the window does not know yet still shows as itself.
    title: word('title') ?? finding.code,
    explain: word('explain'),
    todo: word('todo'),
  }
}
