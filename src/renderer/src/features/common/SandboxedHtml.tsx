import { sandboxDocument } from './sandboxDocument'

/**
 * An email's HTML in an `<iframe sandbox>` with no permissions at all: no scripts, no forms,
 * no navigation of the app, no same-origin access. `width` lets the preview show a phone.
 */
export function SandboxedHtml({
  html,
  title,
  remoteImages = false,
  width = '100%',
  height = 560,
  testId,
}: {
  html: string
  title: string
  remoteImages?: boolean
  width?: number | string
  height?: number | string
  testId?: string
}) {
  return (
    <iframe
      sandbox=""
      title={title}
      data-testid={testId}
      srcDoc={sandboxDocument(html, { remoteImages })}
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
