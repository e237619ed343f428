import { sandboxDocument } from './sandboxDocument'

/**
 * An email's HTML in an `<iframe sandbox>` with no permissions at all: no scripts, no forms,
 * no navigation of the app, no same-origin access. `width` lets the preview show a phone.
 */
export function SandboxedHtml({
  html,
  title,
  remoteImages = false,
  dark = false,
  width = '100%',
  height = 560,
  testId,
}: {
  html: string
  title: string
  remoteImages?: boolean
  /** Shown as a mail app in dark mode repaints it (see sandboxDocument). */
  dark?: boolean
  width?: number | string
  height?: number | string
  testId?: string
}) {
  return (
    <iframe
      sandbox=""
      title={title}
      data-testid={testId}
      srcDoc={sandboxDocument(html, { remoteImages, dark })}
      style={{
        width,
        height,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: 'white',
        display: 'block',
      }}
    />
  )
}
