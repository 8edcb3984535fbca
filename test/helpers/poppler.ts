/**
 * Reading PDFs in tests with poppler-utils (`pdfinfo`, `pdftotext`,
 * `pdftoppm`): page count, page size, metadata, page text and pixel colours.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** `pdfinfo` fields by name (`Pages`, `Title`, `Page size`, ...). */
export async function pdfInfo(pdfPath: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', pdfPath])
  const info: Record<string, string> = {}
  for (const line of stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line)
    if (match?.[1] && match[2] !== undefined) info[match[1]] = match[2]
  }
  return info
}

/** Page count from `pdfinfo`. */
export async function pageCount(pdfPath: string): Promise<number> {
  return Number((await pdfInfo(pdfPath)).Pages)
}

/** Width and height in points of page `page` (1-based). */
export async function pageSize(pdfPath: string, page = 1): Promise<{ width: number; height: number }> {
  const { stdout } = await run('pdfinfo', ['-f', String(page), '-l', String(page), pdfPath])
  const match = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(stdout)
  if (!match?.[1] || !match[2]) throw new Error(`No page size in pdfinfo output:\n${stdout}`)
  return { width: Number(match[1]), height: Number(match[2]) }
}

/** Text of page `page` (1-based), or of every page. */
export async function pageText(pdfPath: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, pdfPath, '-'])
  return stdout
}

/** URIs of link annotations, from `pdfinfo -url` (page and URL per row). */
export async function linkUrls(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdfinfo', ['-url', pdfPath])
  return stdout
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/).pop() ?? '')
    .filter(Boolean)
}

/** An RGB pixel. */
export type Rgb = [number, number, number]

/**
 * Render page `page` at `dpi` as PPM and return the colour at (`x`, `y`),
 * given as fractions of the page's width and height.
 */
export async function pixelAt(pdfPath: string, page: number, x: number, y: number, dpi = 20): Promise<Rgb> {
  const { stdout } = await run(
    'pdftoppm',
    ['-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }
  )
  const image = parsePpm(stdout)
  const px = Math.min(image.width - 1, Math.floor(x * image.width))
  const py = Math.min(image.height - 1, Math.floor(y * image.height))
  const offset = (py * image.width + px) * 3
  return [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!]
}

/** Parse a binary (P6, 8-bit) PPM image. */
export function parsePpm(buffer: Buffer): { width: number; height: number; data: Buffer } {
  const fields: string[] = []
  let position = 0
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buffer[position]!))) position++
    if (buffer[position] === 0x23) {
      while (buffer[position] !== 0x0a) position++
      continue
    }
    let field = ''
    while (!/\s/.test(String.fromCharCode(buffer[position]!))) field += String.fromCharCode(buffer[position++]!)
    fields.push(field)
  }
  position++ // one whitespace after maxval
  if (fields[0] !== 'P6' || fields[3] !== '255') throw new Error(`Not an 8-bit P6 PPM: ${fields.join(' ')}`)
  return { width: Number(fields[1]), height: Number(fields[2]), data: buffer.subarray(position) }
}

/** Render page `page` to `prefix-N.png` at `dpi` (to look at). */
export async function renderPng(pdfPath: string, page: number, prefix: string, dpi = 50): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath, prefix])
}

/** Whether any pixel of page `page` (rendered at `dpi`) is within `tolerance` of `colour`. */
export async function pageHasColour(pdfPath: string, page: number, colour: Rgb, tolerance = 6, dpi = 20): Promise<boolean> {
  const { stdout } = await run(
    'pdftoppm',
    ['-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }
  )
  const { data } = parsePpm(stdout)
  for (let offset = 0; offset + 2 < data.length; offset += 3) {
    if (
      Math.abs(data[offset]! - colour[0]) <= tolerance &&
      Math.abs(data[offset + 1]! - colour[1]) <= tolerance &&
      Math.abs(data[offset + 2]! - colour[2]) <= tolerance
    ) {
      return true
    }
  }
  return false
}

/** Number of raster images in the PDF, from `pdfimages -list`. */
export async function imageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', pdfPath])
  return stdout.trim().split('\n').length - 2
}

/** PIDs of processes whose command line contains `text` (none: empty). */
export async function processesMatching(text: string): Promise<number[]> {
  try {
    const { stdout } = await run('pgrep', ['-f', text])
    return stdout.split('\n').filter(Boolean).map(Number).filter((pid) => pid !== process.pid)
  } catch {
    return [] // pgrep exits 1 when nothing matches
  }
}

/**
 * Processes whose command line contains `text` once they had time to go:
 * Chromium processes killed with SIGKILL vanish a moment later, so this polls
 * for up to `waitMs` before answering.
 */
export async function processesLeft(text: string, waitMs = 3000): Promise<number[]> {
  const deadline = Date.now() + waitMs
  let found = await processesMatching(text)
  while (found.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    found = await processesMatching(text)
  }
  return found
}
