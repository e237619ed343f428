/** Files the user picks or drops, read in the window, and files the window offers to save. */
import { decodeDetected } from '@shared/textEncoding'

/** The file's bytes as base64, the form the contract carries files in. */
export async function readAsBase64(file: Blob): Promise<string> {
  return bytesAsBase64(new Uint8Array(await file.arrayBuffer()))
}

/** UTF-8 text as base64: a pasted list travels like a file. */
export function textAsBase64(text: string): string {
  return bytesAsBase64(new TextEncoder().encode(text))
}

function bytesAsBase64(bytes: Uint8Array): string {
  // In slices: String.fromCharCode takes a bounded number of arguments.
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** Offers content as a download (the desktop app shows its save dialog). */
export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file carried as base64 in the contract, offered as a download. */
export function saveBase64(name: string, dataBase64: string, type: string): void {
  const binary = atob(dataBase64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  saveFile(name, bytes, type)
}

/**
 * The separator the user's spreadsheet expects: Excel splits CSV on the system's list
 * separator, which is `;` wherever the decimal mark is a comma (Russia, most of Europe).
 */
export function csvDelimiterFor(locale: string | undefined): ',' | ';' {
  const decimal = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value
  return decimal === ',' ? ';' : ','
}

/** The system's locale, which the spreadsheet follows (not the app's language). */
export const systemCsvDelimiter = (): ',' | ';' => csvDelimiterFor(globalThis.navigator?.language)

/** A CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value)
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A text file's contents, in the encoding its bytes suggest (UTF-8, UTF-16 or Windows-1251). */
export async function readAsText(file: Blob): Promise<string> {
  return decodeDetected(new Uint8Array(await file.arrayBuffer()))
}
