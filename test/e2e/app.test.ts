/**
 * The whole app as a user meets it: the real browser host (real engine, real SQLite file)
 * serving the built window, driven in Chromium.
 */
import { describe, expect, it } from 'vitest'
import { version } from '../../package.json'
import { migrations } from '@engine/db/migrations'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { eventually, useAppSession } from './support/session'

const app = useAppSession()
const indicator = () => app.page.getByTestId('live-indicator').first()

describe('the app in Chromium through the browser host', () => {
  it('shows app.info fetched through the contract, under the CSP, with no errors', async () => {
    const response = await app.page.goto(app.host.url)
    expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    await app.page.getByTestId('nav-about').click()
    await eventually(() => app.page.getByTestId('about-version').textContent()).toBe(version)
    expect(await app.page.getByTestId('about-data-dir').textContent()).toContain(app.dataDir)
    expect(await app.page.getByTestId('about-schema').textContent()).toBe(String(migrations.length))
    expect(app.page.url()).not.toContain('token') // taken out of the address bar
    expect(app.problems).toEqual([])
  })

  it('reacts to the pushed heartbeat, and says so when the engine goes away', async () => {
    await app.page.goto(app.host.url)
    await eventually(() => indicator().getAttribute('data-state')).toBe('live')
    await app.page.getByTestId('nav-about').click()
    const beats = async () => Number(await app.page.getByTestId('beats-received').textContent())
    const first = await beats()
    await eventually(beats).toBeGreaterThan(first)

    await app.host.stop()
    await eventually(() => indicator().getAttribute('data-state')).toBe('lost')
    expect(await indicator().textContent()).toBe('No connection to the engine')
  })

  it('switches to Russian and keeps the choice in the engine across a reload', async () => {
    await app.page.goto(app.host.url)
    await eventually(() => indicator().getAttribute('data-state')).toBe('live')
    await app.page.getByText('Русский').click()
    await eventually(() => app.page.getByTestId('nav-label-about').textContent()).toBe(
      'О программе',
    )
    expect(await app.page.locator('html').getAttribute('lang')).toBe('ru')
    expect(await indicator().textContent()).toBe('Программа работает')

    await app.page.reload()
    await eventually(() => app.page.getByTestId('nav-label-about').textContent()).toBe(
      'О программе',
    )
    await app.page.getByText('English').click()
    await eventually(() => app.page.getByTestId('nav-label-about').textContent()).toBe('About')
    expect(app.problems).toEqual([])
  })

  it('refuses API calls without the token, and the page says how to get in', async () => {
    for (const headers of [{}, { Authorization: 'Bearer not-the-token' }] as Record<
      string,
      string
    >[]) {
      const response = await fetch(`${app.host.origin}/api/invoke/app.info`, {
        method: 'POST',
        headers,
      })
      expect(response.status).toBe(401)
    }
    const stream = await fetch(`${app.host.origin}/api/events`)
    expect(stream.status).toBe(401)

    await app.page.goto(`${app.host.origin}/`) // no token in the address
    await app.page.getByTestId('nav-about').click()
    await eventually(() => app.page.getByTestId('about-error').textContent()).toContain(
      'npm run serve',
    )
  })
})
