/**
 * Reading a source file into text: detects binary files, UTF-16 and invalid
 * UTF-8, refuses empty and oversized sources, and names the file in every error.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { LecternError } from '../errors.js'

/**
 * Largest source Lectern reads, in bytes. A talk is rarely more than 100 kB
 * of text; beyond 2 MB parsing takes minutes and the deck would have
 * thousands of slides.
 */
export const maxSourceBytes = 2 * 1024 * 1024

/** Options of {@link decodeSource} and {@link readSource}. */
export interface DecodeOptions {
  /** The source is a web page: a `<meta charset>` (or `http-equiv` Content-Type) in its first 1,024 bytes names its encoding; default `false`. */
  html?: boolean | undefined
}

/**
 * The encoding a web page declares in its first 1,024 bytes, as the HTML
 * standard's prescan finds it: `<meta charset="…">` or `<meta
 * http-equiv="Content-Type" content="…; charset=…">`.
 *
 * @param bytes The page's bytes.
 * @returns The label as written (`windows-1252`, `Shift_JIS`), or undefined.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)
    if (charset) return charset[1]
  }
  return undefined
}

/** windows-1252's characters at 0x80–0x9F (`€`, `„`, `“`, `–`…), which Node's decoder leaves as C1 control characters. */
const windows1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Put windows-1252's characters where Node's decoder left C1 controls. */
function decodeWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (control) => windows1252High[control.charCodeAt(0) - 0x80]!)
}

/**
 * Decode the bytes of a source file: UTF-8 (or UTF-16 with a byte-order
 * mark); a web page in the encoding it declares (`windows-1252`,
 * `iso-8859-1`, `Shift_JIS`…).
 *
 * @param bytes The file's content.
 * @param name The file's name, for messages.
 * @param options Whether the source is a web page (default: not).
 * @returns The text, without a byte-order mark.
 * @throws {LecternError} `input` for a binary file, invalid UTF-8, or an encoding Lectern cannot read.
 */
export function decodeSource(bytes: Uint8Array, name: string, options: DecodeOptions = {}): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', name)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', name)
  const sample = bytes.subarray(0, 8000)
  if (sample.includes(0)) {
    // The message names the file itself: a position would add nothing.
    throw new LecternError(`${name} looks like a binary file (${describeBinary(bytes)}), not a Markdown or text article`, { code: 'input' })
  }
  const charset = options.html && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ? declaredCharset(bytes) : undefined
  if (charset) {
    let decoder: TextDecoder
    try {
      // WHATWG labels: `iso-8859-1` and `latin1` read as windows-1252, as browsers read them.
      decoder = new TextDecoder(charset)
    } catch (error) {
      throw new LecternError(`The page declares charset \`${charset}\`, which Lectern cannot decode; save it as UTF-8`, { code: 'input', file: name, cause: error })
    }
    if (decoder.encoding === 'windows-1252') return decodeWindows1252(decoder.decode(bytes))
    if (decoder.encoding !== 'utf-8') return decoder.decode(bytes)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch (error) {
    const offset = firstInvalidUtf8(bytes)
    const { line, column } = lineAndColumn(bytes, offset)
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    throw new LecternError(`Invalid UTF-8 (byte 0x${byte}); save the file as UTF-8`, {
      code: 'input',
      file: name,
      line,
      column,
      cause: error
    })
  }
}

/**
 * Decode UTF-16 after its byte-order mark; a byte-order mark in front of a
 * binary file (NUL characters, unpaired surrogates, an odd length) does not
 * make it text.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2))
  } catch (error) {
    throw new LecternError(`${name} looks like a binary file (it starts with a UTF-16 byte-order mark but is not valid UTF-16), not a Markdown or text article`, { code: 'input', cause: error })
  }
  if (text.slice(0, 8000).includes('\0')) {
    throw new LecternError(`${name} looks like a binary file (it contains NUL characters after a UTF-16 byte-order mark), not a Markdown or text article`, { code: 'input' })
  }
  return text
}

/**
 * Check that a decoded source (a file, or standard input read by the caller)
 * can be built: an empty or blank source is a mistake (an unsaved file, the
 * wrong file), not a deck without slides; one over {@link maxSourceBytes} is
 * too large to parse in reasonable time.
 *
 * @param text The decoded source.
 * @param name The file's name, for messages.
 * @param what What the text came from, for messages; default `The file`.
 * @throws {LecternError} `input` when the text is empty, only whitespace or too large.
 */
export function assertSourceText(text: string, name: string, what = 'The file'): void {
  if (text.replace(/^\uFEFF/, '') === '') {
    throw new LecternError(`${what} is empty; expected a Markdown or text article`, { code: 'input', file: name })
  }
  if (text.trim() === '') {
    throw new LecternError(`${what} holds only whitespace; expected a Markdown or text article`, { code: 'input', file: name })
  }
  const bytes = Buffer.byteLength(text)
  if (bytes > maxSourceBytes) throw tooLarge(bytes, name, what)
}

/**
 * Read and decode a source file.
 *
 * @param file Path of the file.
 * @param name How to name it in messages; default `file`.
 * @param options Whether the source is a web page, read in the encoding it declares (default: not).
 * @throws {LecternError} `input` when it is missing, not a file, too large, binary or not UTF-8.
 */
export async function readSource(file: string, name = file, options: DecodeOptions = {}): Promise<string> {
  let info
  try {
    info = await stat(file)
  } catch (error) {
    throw new LecternError(`Cannot read the file: ${describeErrno(error)}`, { code: 'input', file: name, cause: error })
  }
  if (info.isDirectory()) throw new LecternError('Expected a file, found a folder', { code: 'input', file: name })
  // A pipe (`<(command)`) is read up to the limit; a device or socket never ends.
  if (!info.isFile() && !info.isFIFO()) {
    throw new LecternError('Expected a file, found a device or socket', { code: 'input', file: name })
  }
  if (info.size > maxSourceBytes) throw tooLarge(info.size, name)
  let bytes: Uint8Array
  try {
    bytes = info.isFIFO() ? await readLimited(file, name) : await readFile(file)
  } catch (error) {
    if (error instanceof LecternError) throw error
    throw new LecternError(`Cannot read the file: ${describeErrno(error)}`, { code: 'input', file: name, cause: error })
  }
  if (bytes.length > maxSourceBytes) throw tooLarge(bytes.length, name)
  return decodeSource(bytes, name, options)
}

/** Read a stream of unknown length, stopping past {@link maxSourceBytes}. */
async function readLimited(file: string, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of createReadStream(file)) {
    chunks.push(chunk as Buffer)
    size += (chunk as Buffer).length
    if (size > maxSourceBytes) throw tooLarge(size, name, 'The file', true)
  }
  return Buffer.concat(chunks)
}

function tooLarge(size: number, name: string, what = 'The file', atLeast = false): LecternError {
  const megabytes = (size / 1048576).toFixed(1)
  return new LecternError(
    `${what} is ${atLeast ? 'over ' : ''}${megabytes} MB; the largest source Lectern reads is ${maxSourceBytes / 1048576} MB (split the article into several decks)`,
    { code: 'input', file: name }
  )
}

function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder'
  return code ?? String((error as Error)?.message ?? error)
}

function describeBinary(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8))
  if (head.startsWith('%PDF')) return 'a PDF'
  if (head.startsWith('\u0089PNG')) return 'a PNG image'
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'a JPEG image'
  if (head.startsWith('GIF8')) return 'a GIF image'
  if (head.startsWith('PK')) return 'a ZIP archive or office document'
  if (looksLikeUtf16(bytes)) return 'UTF-16 without a byte-order mark; save it as UTF-8'
  return 'it contains NUL bytes'
}

/** Every other byte NUL, as in ASCII text saved as UTF-16 without a byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512)
  if (sample.length < 4) return false
  let even = 0
  let odd = 0
  sample.forEach((byte, index) => {
    if (byte === 0) index % 2 === 0 ? even++ : odd++
  })
  const half = sample.length / 2
  return even > half * 0.9 || odd > half * 0.9
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0
    if (length === 0) return index
    // The second byte's range rules out overlong forms (E0 80, F0 80), surrogates (ED A0) and code points past U+10FFFF (F4 90).
    const [low, high] = byte === 0xe0 ? [0xa0, 0xbf] : byte === 0xed ? [0x80, 0x9f] : byte === 0xf0 ? [0x90, 0xbf] : byte === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf]
    const second = bytes[index + 1]
    if (second === undefined || second < low || second > high) return index
    for (let next = 2; next < length; next++) {
      if (index + next >= bytes.length || (bytes[index + next]! & 0xc0) !== 0x80) return index
    }
    index += length
  }
  return index
}

function lineAndColumn(bytes: Uint8Array, end: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < end && index < bytes.length; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}
