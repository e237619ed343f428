/**
 * The Content-Security-Policy of every page of the app, sent as a header by both hosts (the
 * Electron `app://` protocol handler and the browser host).
 *
 * Scripts: only the app's own bundle — no inline script, no eval, no remote code.
 * Styles: the bundle plus inline styles, because the component library sets CSS variables
 * through a <style> element at run time; styles cannot run code.
 * Connections: only the app's own origin (the browser host's API).
 * Frames: only `srcdoc` frames, which carry the email previews; they are sandboxed with no
 * permissions and add a stricter policy of their own (see SandboxedHtml), so remote images
 * load only when the user switches them on. That switch is why img-src allows https:.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers every page and asset carries, whichever host serves it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}
