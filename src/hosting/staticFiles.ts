/** Serves the built renderer (out/renderer) read-only, never outside its folder. */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/** The file for a URL path, or null when it does not exist or would escape the root. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let relative: string
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath)
  } catch {
    return null
  }
  const file = normalize(join(root, relative))
  if (!file.startsWith(normalize(root) + sep)) return null
  try {
    const body = await readFile(file)
    return { body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
