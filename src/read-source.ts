/**
 * Reading a source file into text: detects binary files, UTF-16 and invalid
 * UTF-8, and names the file in every error.
 */
import { readFile, stat } from 'node:fs/promises'
import { LecternError } from './errors.js'

/** Largest source Lectern reads, in bytes (a talk is not 50 MB of text). */
export const maxSourceBytes = 50 * 1024 * 1024

/**
 * Decode the bytes of a source file.
 *
 * @param bytes The file's content.
 * @param name The file's name, for messages.
 * @returns The text, without a byte-order mark.
 */
export function decodeSource(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const sample = bytes.subarray(0, 8000)
  if (sample.includes(0)) {
    throw new LecternError(`${name} looks like a binary file (${describeBinary(bytes)}), not a Markdown or text article`, {
      code: 'input',
      file: name
    })
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
 * Read and decode a source file.
 *
 * @param file Path of the file.
 */
export async function readSource(file: string): Promise<string> {
  let info
  try {
    info = await stat(file)
  } catch (error) {
    throw new LecternError(`Cannot read ${file}: no such file`, { code: 'input', file, cause: error })
  }
  if (info.isDirectory()) throw new LecternError(`${file} is a folder, expected a file`, { code: 'input', file })
  if (info.size > maxSourceBytes) {
    throw new LecternError(`${file} is ${Math.round(info.size / 1048576)} MB; the largest source Lectern reads is ${maxSourceBytes / 1048576} MB`, {
      code: 'input',
      file
    })
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new LecternError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      code: 'input',
      file,
      cause: error
    })
  }
  return decodeSource(bytes, file)
}

function describeBinary(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8))
  if (head.startsWith('%PDF')) return 'a PDF'
  if (head.startsWith('\u0089PNG')) return 'a PNG image'
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'a JPEG image'
  if (head.startsWith('GIF8')) return 'a GIF image'
  if (head.startsWith('PK')) return 'a ZIP archive or office document'
  return 'it contains NUL bytes'
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
    for (let next = 1; next < length; next++) {
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
