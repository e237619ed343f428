/**
 * A long letter (60 blocks) opens without making 60 editors, and typing in one block redraws
 * that block, not the letter: the work of a keystroke is a small part of the opening's.
 */
import { MantineProvider } from '@mantine/core'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Editor } from '@tiptap/react'
import { Profiler, type ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Block, LetterDesign } from '@shared/letter/design'
import { STARTERS } from '@shared/letter/starters'
import { initI18n } from '@renderer/i18n'
import { VisualEditor } from './VisualEditor'

const wrapper = ({ children }: { children: ReactNode }) => (
  <MantineProvider env="test">{children}</MantineProvider>
)

/** The newsletter's blocks again and again, with ids of their own, up to 60. */
function longLetter(): LetterDesign {
  const base = STARTERS.newsletter.en
  const blocks: Block[] = []
  for (let round = 0; blocks.length < 60; round++) {
    for (const block of base.blocks) {
      if (blocks.length === 60) break
      const copy = structuredClone(block)
      copy.id = `r${round}-${block.id}`
      if (copy.type === 'columns') {
        copy.columns = [
          copy.columns[0].map((b) => ({ ...b, id: `r${round}-l-${b.id}` })),
          copy.columns[1].map((b) => ({ ...b, id: `r${round}-r-${b.id}` })),
        ]
      }
      blocks.push(copy)
    }
  }
  return { ...base, blocks }
}

beforeEach(async () => {
  const i18n = await initI18n('en')
  await i18n.changeLanguage('en')
})

describe('a long letter', () => {
  it('opens with no editor made, and a keystroke redraws little of it', async () => {
    const commits: { phase: string; ms: number }[] = []
    const design = longLetter()
    const started = performance.now()
    render(
      <Profiler id="letter" onRender={(_, phase, ms) => commits.push({ phase, ms })}>
        <VisualEditor design={design} onChange={() => {}} images={[]} variables={['name']} />
      </Profiler>,
      { wrapper },
    )
    const opened = performance.now() - started
    const rows = screen.getAllByRole('textbox')
    expect(document.querySelectorAll('.ProseMirror')).toHaveLength(0)
    expect(rows.length).toBeGreaterThan(60)

    const text = document.querySelector<HTMLElement>('[data-block-id="r3-b5"]')!
    await userEvent.click(within(text).getByRole('textbox'))
    expect(document.querySelectorAll('.ProseMirror')).toHaveLength(1)
    const editor = (text.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor
    await act(async () => {
      editor.commands.insertContent('a') // the first change also turns undo on in the theme row
    })
    commits.length = 0
    for (const letter of 'letter') {
      await act(async () => {
        editor.commands.insertContent(letter)
      })
    }
    const keystroke = commits.reduce((sum, c) => sum + c.ms, 0) / 'letter'.length
    const mount = opened
    // Printed for the benchmark notes; jsdom is several times slower than the window.
    console.info(
      `60 blocks: opened in ${Math.round(opened)} ms, a keystroke ${keystroke.toFixed(1)} ms`,
    )
    expect(keystroke).toBeLessThan(mount / 10)
  })
})
