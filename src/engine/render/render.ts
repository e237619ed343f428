/**
 * Renders one recipient's message from the campaign's Handlebars templates: subject,
 * preheader, HTML body (its links tagged when the campaign asks), text part, and the CID images
 * the HTML actually uses. Pure: it never reads a file or a URL, whatever the template points
 * at; the images come in as bytes with the campaign.
 */
import type Handlebars from 'handlebars'
import { compile } from 'html-to-text'
import {
  checkBlockDepth,
  checkHtmlDepth,
  checkRenderedSize,
  LETTER_LIMITS,
  type LetterLimits,
} from './letterLimits'
import { tagLinks, type LinkTags } from './linkTagging'
import { preheaderLine, withPreheader } from './preheader'
import { BASE_OPTIONS, hb, templateScope, withinBudget } from './templateEnvironment'
import { toTemplateError, type TemplatePart } from './templateError'

export { TemplateError, type TemplatePart } from './templateError'

export interface CampaignImage {
  cid: string
  filename: string
  contentType: string
  content: Buffer
}

export interface RenderInput {
  /** Handlebars template of the subject, e.g. 'Hello {{name}}' */
  subject: string
  /** Handlebars template of the HTML body */
  html: string
  /** Handlebars template of the text part; when absent it is generated from the rendered HTML */
  text?: string | null
  /** Handlebars template of the preheader, plain text shown after the subject; '' for none */
  preheader?: string
  /** Handlebars templates of utm_source, utm_medium and utm_campaign; null: links as written */
  linkTagging?: LinkTags | null
  /** Links never tagged: the unsubscribe link as this recipient gets it */
  untaggedLinks?: readonly string[]
  /** The recipient's data (CSV columns), plus `email` */
  data: Record<string, unknown>
  /** Images stored with the campaign */
  images: CampaignImage[]
}

export interface RenderedAttachment {
  cid: string
  filename: string
  contentType: string
  content: Buffer
}

export interface RenderedMessage {
  subject: string
  /** The preheader as plain text ('' for none); the HTML has it hidden as its first content. */
  preheader: string
  html: string
  text: string
  attachments: RenderedAttachment[]
}

/** 'escape' for HTML; 'raw' for the subject, preheader, text part, link tags and unsubscribe link. */
export type Mode = 'escape' | 'raw'

/** The same few templates are rendered for every recipient: compile each once. */
export const TEMPLATE_CACHE_LIMIT = 64
const cache = new Map<string, Handlebars.TemplateDelegate>()

function compiled(source: string, mode: Mode): Handlebars.TemplateDelegate {
  const key = `${mode}\u0000${source}`
  const hit = cache.get(key)
  if (hit) {
    // Re-insert so the Map's order is least recently used first.
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  // Checked before Handlebars parses it: its parser and compiler are what a deep template breaks.
  checkBlockDepth(source)
  const fn = hb.compile(source, { ...BASE_OPTIONS, noEscape: mode === 'raw' })
  if (cache.size >= TEMPLATE_CACHE_LIMIT) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  cache.set(key, fn)
  return fn
}

/** How many compiled templates are held, for tests and diagnostics. */
export function templateCacheSize(): number {
  return cache.size
}

/**
 * One template with one recipient's data; a TemplateError says what did not fit, and where.
 * `limits` bound the template's depth (when first compiled), its loops and its output.
 */
export function renderPart(
  part: TemplatePart,
  source: string,
  mode: Mode,
  data: Record<string, unknown>,
  limits: LetterLimits = LETTER_LIMITS,
): string {
  try {
    // Handlebars compiles lazily, so syntax and unknown-helper errors also surface here.
    const template = compiled(source, mode)
    const output = withinBudget(limits, () => template(templateScope(data)))
    checkRenderedSize(output, limits)
    return output
  } catch (error) {
    throw toTemplateError(error, part, source)
  }
}

/**
 * A subject is one header line. Recipient data like "Hi\r\nBcc: x@y" must never start a new
 * header, so every run of control characters (tab aside) and Unicode line breaks becomes one
 * space.
 */
// eslint-disable-next-line no-control-regex
const SUBJECT_BREAKS = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]+/g

export function sanitizeSubject(subject: string): string {
  return subject.replace(SUBJECT_BREAKS, ' ').trim()
}

/** A cid: URL in src="cid:x", url(cid:x) or href="cid:x" alike; group 1 is the Content-ID. */
export const CID_URL = /\bcid:([^\s"'<>()]+)/gi

/** The forms a cid: URL's Content-ID may stand for: as written, and URL-decoded (RFC 2392). */
export function cidForms(raw: string): string[] {
  try {
    return [raw, decodeURIComponent(raw)]
  } catch {
    return [raw] // not valid percent-encoding: the raw form is all there is
  }
}

/** The cids the HTML refers to. */
function referencedCids(html: string): Set<string> {
  const cids = new Set<string>()
  for (const match of html.matchAll(CID_URL))
    for (const cid of cidForms(match[1] ?? '')) cids.add(cid)
  return cids
}

// Compiled once: building html-to-text's selector tables costs more than converting a letter.
// Headings keep their case: the editor shows this text made from the template itself, and an
// upper-cased {{name}} would become {{NAME}}, a variable nobody has.
const KEEP_CASE = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false },
}))
const toText = compile({
  wordwrap: 78,
  selectors: [
    { selector: 'img', format: 'skip' },
    ...KEEP_CASE,
    { selector: 'table', options: { uppercaseHeaderCells: false } },
  ],
})

/** The text part made from HTML; a LetterLimitError when the HTML nests too deep to convert. */
export function htmlToText(html: string, limits: LetterLimits = LETTER_LIMITS): string {
  checkHtmlDepth(html, limits)
  return toText(html)
}

export function renderMessage(
  input: RenderInput,
  limits: LetterLimits = LETTER_LIMITS,
): RenderedMessage {
  const { data } = input
  const subject = sanitizeSubject(renderPart('subject', input.subject, 'raw', data, limits))
  // Plain text, escaped where it goes into the HTML: a value can never add markup.
  const preheader = input.preheader
    ? preheaderLine(renderPart('preheader', input.preheader, 'raw', data, limits))
    : ''
  let html = renderPart('html', input.html, 'escape', data, limits)
  try {
    // The rendered HTML, since a value written with {{{ }}} can bring tags of its own.
    checkHtmlDepth(html, limits)
  } catch (error) {
    throw toTemplateError(error, 'html', input.html)
  }
  if (input.linkTagging) {
    const tags = renderLinkTags(input.linkTagging, data, limits)
    html = checkedHtml(tagLinks(html, tags, input.untaggedLinks ?? []), input.html, limits)
  }
  // Made before the preheader goes in, so the text part has the tagged links and no preheader.
  const text =
    input.text !== undefined && input.text !== null && input.text !== ''
      ? renderPart('text', input.text, 'raw', data, limits)
      : toText(html) // its depth was checked above
  html = checkedHtml(withPreheader(html, preheader), input.html, limits)

  // Attach only what the HTML uses, once per cid: an unused logo is dead weight on 100k emails.
  const used = referencedCids(html)
  const seen = new Set<string>()
  const attachments: RenderedAttachment[] = []
  for (const image of input.images) {
    if (!used.has(image.cid) || seen.has(image.cid)) continue
    seen.add(image.cid)
    const { cid, filename, contentType, content } = image
    attachments.push({ cid, filename, contentType, content })
  }
  return { subject, preheader, html, text, attachments }
}

/** One recipient's utm_ values: templates of their data, each a part 'linkTagging'. */
function renderLinkTags(templates: LinkTags, data: Record<string, unknown>, limits: LetterLimits) {
  const value = (source: string) => renderPart('linkTagging', source, 'raw', data, limits).trim()
  return {
    source: value(templates.source),
    medium: value(templates.medium),
    campaign: value(templates.campaign),
  }
}

/** The HTML after what the engine adds (tags, preheader) keeps the bound of a rendered part. */
function checkedHtml(html: string, source: string, limits: LetterLimits): string {
  try {
    checkRenderedSize(html, limits)
  } catch (error) {
    throw toTemplateError(error, 'html', source)
  }
  return html
}
