import { describe, expect, it } from 'vitest'
import { APP_STOPPED_NOTE } from '@shared/deliveryNotes'
import { explainReply, serverWords } from './replyExplanation'

describe('an SMTP reply in plain words', () => {
  it.each([
    [250, '2.0.0', 'accepted'],
    [550, '5.1.1', 'mailboxMissing'],
    [550, null, 'permanent'],
    [553, null, 'badAddress'],
    [552, '5.2.2', 'mailboxFull'],
    [550, '5.4.5', 'quota'],
    [451, '4.4.5', 'busy'],
    [452, '4.4.5', 'busy'],
    [535, '5.7.8', 'login'],
    [550, '5.7.1', 'policy'],
    [554, null, 'contentRefused'],
    [421, null, 'busy'],
    [451, '4.7.1', 'busy'],
    [451, '4.3.0', 'temporary'],
    [null, null, 'noReply'],
  ] as const)('%s %s is %s', (code, enhanced, kind) => {
    expect(explainReply(code, enhanced)).toBe(kind)
  })
})

describe('the engine’s own note in a delivery', () => {
  it('is worded by the window, not shown as if the server had said it', () => {
    expect(explainReply(null, null, APP_STOPPED_NOTE)).toBe('appStopped')
    expect(serverWords(APP_STOPPED_NOTE)).toBeNull()
    expect(explainReply(null, null, 'connect ECONNREFUSED 127.0.0.1:25')).toBe('noReply')
    expect(serverWords('550 5.1.1 No such user')).toBe('550 5.1.1 No such user')
  })
})
