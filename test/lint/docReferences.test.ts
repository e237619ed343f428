/**
 * Comments and docs point at sections of docs/architecture.md by name, and the docs link to
 * each other's sections; a renamed or removed heading must not leave them pointing at nothing,
 * and no file may send the reader to an architecture document outside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../..')
const ARCHITECTURE = join(root, 'docs/architecture.md')
const SEARCHED = ['src', 'test', 'docs', 'bench', 'scripts']
const TEXT = /\.(ts|tsx|mts|mjs|cjs|md)$/

function files(): { path: string; text: string }[] {
  return SEARCHED.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => TEXT.test(name))
      .map((name) => join(root, dir, name))
      .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') })),
  )
}

function headings(file = ARCHITECTURE): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^#{1,4} (.+)$/gm)].map((m) => m[1]!)
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

describe('references to the architecture', () => {
  it('never name an architecture document outside the repository', () => {
    // Spelled in pieces, so that this file does not find itself.
    const named = ['.md', ' §'].map((tail) => 'ARCHITECTURE' + tail)
    const offenders = files()
      .filter((f) => named.some((name) => f.text.includes(name)))
      .map((f) => f.path)
    expect(offenders).toEqual([])
  })

  it('name sections that docs/architecture.md has', () => {
    const known = new Set(headings())
    const named = files().flatMap((f) =>
      [...f.text.matchAll(/docs\/architecture\.md,\s+(?:\*\s+)?"([^"]+)"/g)].map((m) => ({
        path: f.path,
        section: m[1]!.replace(/\s*\n\s*\*?\s*/g, ' '),
      })),
    )
    expect(named.length).toBeGreaterThan(5)
    expect(named.filter((n) => !known.has(n.section))).toEqual([])
  })

  it('link to sections the linked doc has', () => {
    const docs = join(root, 'docs')
    const links = files()
      .filter((f) => f.path.startsWith('docs/'))
      .flatMap((f) =>
        [...f.text.matchAll(/\]\((?:\.\/)?([\w-]+\.md)#([^)]+)\)/g)].map((m) => ({
          path: f.path,
          target: m[1]!,
          anchor: m[2]!,
        })),
      )
    expect(links.length).toBeGreaterThan(5)
    const broken = links.filter((l) => !headings(join(docs, l.target)).map(slug).includes(l.anchor))
    expect(broken).toEqual([])
  })
})
