/**
 * `npx tsx scripts/icons.ts`: renders the app and tray icons from their SVG sources with
 * Chromium (playwright-core; CHROME_PATH or a system Chromium), so the PNGs in the repository
 * can be made again after an edit of the SVGs. Chromium rasterises the vector at each target
 * size, so the small sizes are drawn for their size, not shrunk from a large bitmap.
 *
 *   resources/icon.svg → build/icon.png (1024, electron-builder makes .ico/.icns from it),
 *                        resources/icon.png (512, the window and Linux),
 *                        resources/tray.png (32, the colored tray icon: Windows, Linux)
 *   resources/tray.svg → resources/trayTemplate.png (16) and trayTemplate@2x.png (32):
 *                        black on transparent, macOS template images for the menu bar
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchChromium } from '@test/e2e/support/chromium'

const root = join(__dirname, '..')

export const ICONS = [
  { source: 'resources/icon.svg', out: 'build/icon.png', size: 1024 },
  { source: 'resources/icon.svg', out: 'resources/icon.png', size: 512 },
  { source: 'resources/icon.svg', out: 'resources/tray.png', size: 32 },
  { source: 'resources/tray.svg', out: 'resources/trayTemplate.png', size: 16 },
  { source: 'resources/tray.svg', out: 'resources/trayTemplate@2x.png', size: 32 },
] as const

async function render(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size })
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  await page.setContent(
    `<body style="margin:0;background:transparent">` +
      `<img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
  )
  await page
    .locator('img')
    .evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode())
  return page.screenshot({ type: 'png', omitBackground: true })
}

async function main(): Promise<void> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    for (const icon of ICONS) {
      const png = await render(page, readFileSync(join(root, icon.source), 'utf8'), icon.size)
      mkdirSync(dirname(join(root, icon.out)), { recursive: true })
      writeFileSync(join(root, icon.out), png)
      console.log(`${icon.out} (${icon.size}×${icon.size})`)
    }
  } finally {
    await browser.close()
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
