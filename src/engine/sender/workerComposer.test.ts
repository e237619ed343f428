/**
 * Messages built in the compose worker (started from its source, as the browser host starts
 * it) are the messages the engine's thread builds: the same headers and parts, a DKIM
 * signature that verifies, a template error that is still a TemplateError. A worker that
 * cannot start or dies costs speed, never a message.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { DKIM_KEYS, letterFrom } from '@test/support/composeInput'
import { verifyDkim } from '@test/support/dkimVerify'
import { useTempDir } from '@test/support/tempDir'
import { TemplateError } from '../render/templateError'
import { composeMessage } from './compose'
import type { MessageComposer } from './composer'
import { COMPOSE_WORKER_SOURCE } from './composeWorkerSource'
import { createWorkerComposer, type ComposeWorkerEntry } from './workerComposer'

vi.setConfig({ testTimeout: 30_000 })
const cleanup = useCleanups()
const tempDir = useTempDir()

function composerOf(entry: ComposeWorkerEntry) {
  const failures: string[] = []
  const composer = createWorkerComposer(entry, (error) => failures.push(error.message))
  cleanup(() => composer.close())
  return { composer, failures }
}

/** The message with its random MIME boundaries and its signature (which covers them) set aside. */
const comparable = (raw: Buffer) =>
  raw
    .toString()
    .replace(/^DKIM-Signature:.*(\r\n[ \t].*)*\r\n/, '')
    .replace(/--_NmP-[0-9a-f]+-Part_\d+/g, '<boundary>')

const ann = { email: 'ann@example.test', name: 'Ann' }
const bob = { email: 'bob@example.test', name: 'Bob' }

const composeAll = (composer: MessageComposer, inputs: Parameters<typeof composeMessage>[0][]) =>
  Promise.all(inputs.map((input) => composer.compose(input)))

describe('the compose worker', () => {
  it('builds what the engine’s thread builds, signed so that it verifies', async () => {
    const letter = await letterFrom()
    const { composer, failures } = composerOf(COMPOSE_WORKER_SOURCE)
    const [forAnn, forBob] = await composeAll(composer, [
      letter.inputFor(ann),
      letter.inputFor(bob),
    ])

    expect(comparable(forAnn!)).toBe(comparable(await composeMessage(letter.inputFor(ann))))
    expect(comparable(forBob!)).toBe(comparable(await composeMessage(letter.inputFor(bob))))
    expect(forAnn!.toString()).toMatch(/^Subject: Hello Ann$/m)
    expect(forAnn!.toString()).toMatch(/Content-ID: <logo>/)
    expect(forAnn!.toString()).toMatch(/filename=terms\.txt/)
    expect(verifyDkim(forAnn!.toString(), DKIM_KEYS.publicKey)).toEqual({
      signed: true,
      bodyHashOk: true,
      signatureOk: true,
    })
    expect(failures).toEqual([])
    expect(await composer.inWorker()).toBe(true)
  })

  it('builds an edited campaign from its new version, not the one it was given first', async () => {
    const letter = await letterFrom()
    const { composer, failures } = composerOf(COMPOSE_WORKER_SOURCE)
    await composer.compose(letter.inputFor(ann))
    const edited = await composer.compose(letter.edited('<p>Sale for {{name}}</p>').inputFor(ann))
    expect(edited.toString()).toMatch(/Sale for Ann/)
    expect(failures).toEqual([])
  })

  it('hands a template error back as a TemplateError, with the problem the window words', async () => {
    const letter = (await letterFrom()).edited('<p>{{coupon}}</p>')
    const { composer, failures } = composerOf(COMPOSE_WORKER_SOURCE)
    const here = await composeMessage(letter.inputFor(ann)).catch((e: unknown) => e)
    const there = await composer.compose(letter.inputFor(ann)).catch((e: unknown) => e)
    expect(here).toBeInstanceOf(TemplateError)
    expect(there).toBeInstanceOf(TemplateError)
    expect((there as TemplateError).message).toBe((here as TemplateError).message)
    expect((there as TemplateError).problem).toEqual((here as TemplateError).problem)
    expect(failures).toEqual([])
  })

  it('builds in the engine’s thread when the worker cannot start, and says so once', async () => {
    const letter = await letterFrom()
    const { composer, failures } = composerOf({ file: join(tempDir(), 'missing.js') })
    const raws = await composeAll(composer, [letter.inputFor(ann), letter.inputFor(bob)])
    expect(raws.map((r) => r.toString().match(/^Subject: .*$/m)?.[0])).toEqual([
      'Subject: Hello Ann',
      'Subject: Hello Bob',
    ])
    expect(failures).toHaveLength(1)
    expect(await composer.inWorker()).toBe(false)
  })

  it('still builds every message it held when the worker dies', async () => {
    const letter = await letterFrom()
    const dying = join(tempDir(), 'dying.js')
    writeFileSync(
      dying,
      "require('node:worker_threads').parentPort.on('message', () => process.exit(3))",
    )
    const { composer, failures } = composerOf({ file: dying })
    const raws = await composeAll(composer, [letter.inputFor(ann), letter.inputFor(bob)])
    expect(raws).toHaveLength(2)
    expect(raws[1]!.toString()).toMatch(/^Subject: Hello Bob$/m)
    expect(failures).toEqual(['The compose worker stopped (exit code 3)'])
    // And the ones after it, here.
    expect((await composer.compose(letter.inputFor(ann))).toString()).toMatch(/Hello Ann/)
  })
})
