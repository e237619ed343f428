/**
 * The window as the desktop app shows it, on the browser host: the same engine answers every
 * command, only app.info says "electron" (on Linux, with the desktop app's data folder), so
 * Settings shows its "Desktop app" section. For screenshots and for the accessibility checks
 * of that section; the switches still write real settings through the host.
 */
import type { Page } from 'playwright-core'

/** Where the Linux desktop app keeps its data, as a user sees it in Settings. */
export const DESKTOP_DATA_DIR = '~/.config/Outbox'

export async function showAsDesktopApp(page: Page): Promise<void> {
  await page.route('**/api/invoke/app.info', async (route) => {
    const response = await route.fetch()
    const reply = (await response.json()) as { ok: boolean; value?: Record<string, unknown> }
    if (reply.ok && reply.value) {
      reply.value = {
        ...reply.value,
        host: 'electron',
        platform: 'linux',
        dataDir: DESKTOP_DATA_DIR,
      }
    }
    await route.fulfill({ response, json: reply })
  })
}
