import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { initI18n } from '@renderer/i18n'
import { ProgressAnnouncer } from './ProgressAnnouncer'

describe('the progress read out to screen readers', () => {
  it('changes on a status change and every 10%, not on every tick', async () => {
    const i18n = await initI18n('en')
    await i18n.changeLanguage('en')
    const at = (status: 'sending' | 'paused', percent: number) => (
      <MantineProvider>
        <ProgressAnnouncer status={status} percent={percent} />
      </MantineProvider>
    )
    const { rerender } = render(at('sending', 11.6))
    const region = screen.getByRole('status')
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(region.textContent).toBe('Sending: 10% done')

    // Which renders changed the region's text, as a screen reader would hear them.
    const observer = new MutationObserver(() => {})
    observer.observe(region, { childList: true, characterData: true, subtree: true })
    const heard: string[] = []
    const update = (status: 'sending' | 'paused', percent: number) => {
      rerender(at(status, percent))
      if (observer.takeRecords().length > 0) heard.push(region.textContent ?? '')
    }
    for (const percent of [12, 14.5, 17, 19.9, 20.1, 24, 29, 31]) update('sending', percent)
    update('paused', 31)
    observer.disconnect()
    expect(heard).toEqual(['Sending: 20% done', 'Sending: 30% done', 'Paused: 30% done'])
  })
})
