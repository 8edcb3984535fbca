/**
 * Setting a printed PDF's document information (Title, Author, Subject,
 * Keywords, Creator). Chromium only sets the Title (from `document.title`).
 *
 * Chromium writes a classic cross-reference table, so the information is
 * added as a PDF incremental update: a new version of the Info dictionary
 * and a small cross-reference section appended to the file. Nothing is
 * rewritten, so bookmarks, links and the tag tree stay byte for byte, and a
 * 200-page PDF is stamped in a millisecond. Any other layout falls back to
 * `pdf-lib`, loaded only then.
 */

/** Document information to write. Empty or missing fields are left as they are. */
export interface PdfMetadata {
  /** Document title; default: the one Chromium took from the deck's `<title>`. */
  title?: string | undefined
  /** Author. */
  author?: string | undefined
  /** Subject (for example the deck's description). */
  subject?: string | undefined
  /** Keywords. */
  keywords?: readonly string[] | undefined
}

/** A PDF with metadata applied, and its page count. */
export interface StampedPdf {
  /** The PDF file's bytes. */
  bytes: Uint8Array
  /** Number of pages. */
  pages: number
}

const latin1 = new TextDecoder('latin1')

/**
 * Write document information into `pdf`; Creator is always `Lectern`.
 *
 * @param pdf Bytes of a PDF printed by Chromium.
 * @param metadata Title, author, subject, keywords.
 */
export async function stampPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata = {}): Promise<StampedPdf> {
  const entries: Record<string, string> = { Creator: 'Lectern' }
  if (metadata.title) entries.Title = metadata.title
  if (metadata.author) entries.Author = metadata.author
  if (metadata.subject) entries.Subject = metadata.subject
  if (metadata.keywords && metadata.keywords.length > 0) entries.Keywords = metadata.keywords.join(', ')
  return appendInfo(pdf, entries) ?? (await stampWithPdfLib(pdf, metadata))
}

/**
 * Append an incremental update that replaces the Info dictionary, or
 * `undefined` when the file is not laid out as Chromium writes it.
 */
function appendInfo(pdf: Uint8Array, entries: Readonly<Record<string, string>>): StampedPdf | undefined {
  // Everything structural is ASCII; latin1 maps bytes to characters one to one.
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 2048)))
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (!start) return undefined
  const xrefOffset = Number(start[1])
  const trailerText = latin1.decode(pdf.subarray(xrefOffset, Math.min(pdf.length, xrefOffset + 64)))
  if (!trailerText.startsWith('xref')) return undefined
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(tail)
  if (!trailer) return undefined
  const size = Number(/\/Size\s+(\d+)/.exec(trailer[1]!)?.[1])
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1]!)?.[1]
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer[1]!)
  if (!Number.isInteger(size) || !root) return undefined

  const text = latin1.decode(pdf)
  const number = info ? Number(info[1]) : size
  const generation = info ? Number(info[2]) : 0
  const kept = info ? oldInfoEntries(text, number, generation) : ''
  const replaced = new Set(Object.keys(entries))
  const keptEntries = kept
    .split(/(?=\/[A-Za-z]+\s*[(<])/)
    .filter((entry) => {
      const key = /^\/([A-Za-z]+)/.exec(entry.trim())?.[1]
      return key !== undefined && !replaced.has(key)
    })
    .map((entry) => entry.trim())
  const dictionary = [...keptEntries, ...Object.entries(entries).map(([key, value]) => `/${key} ${pdfString(value)}`)].join('\n')

  const body = `\n${number} ${generation} obj\n<<${dictionary}>>\nendobj\n`
  const objectOffset = pdf.length + 1
  const newSize = Math.max(size, number + 1)
  const xrefStart = pdf.length + body.length
  const update =
    body +
    `xref\n0 1\n0000000000 65535 f \n${number} 1\n${String(objectOffset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n` +
    `trailer\n<</Size ${newSize}\n/Root ${root}\n/Info ${number} ${generation} R\n/Prev ${xrefOffset}>>\nstartxref\n${xrefStart}\n%%EOF\n`

  const bytes = new Uint8Array(pdf.length + update.length)
  bytes.set(pdf)
  for (let index = 0; index < update.length; index++) bytes[pdf.length + index] = update.charCodeAt(index)
  return { bytes, pages: (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length }
}

/** The entries of the current Info dictionary, as written. */
function oldInfoEntries(text: string, number: number, generation: number): string {
  const match = new RegExp(`(?:^|[\\r\\n])${number}\\s+${generation}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)
  return match?.[1] ?? ''
}

/**
 * A PDF text string: a literal `( … )` for printable ASCII, else UTF-16BE
 * hex with a byte-order mark, so any script survives.
 *
 * @param value The text.
 */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (char) => `\\${char}`)})`
  let hex = 'FEFF'
  for (let index = 0; index < value.length; index++) hex += value.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}

async function stampWithPdfLib(pdf: Uint8Array, metadata: PdfMetadata): Promise<StampedPdf> {
  const { PDFDocument } = await import('pdf-lib')
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  if (metadata.title) document.setTitle(metadata.title, { showInWindowTitleBar: true })
  if (metadata.author) document.setAuthor(metadata.author)
  if (metadata.subject) document.setSubject(metadata.subject)
  if (metadata.keywords && metadata.keywords.length > 0) document.setKeywords([...metadata.keywords])
  document.setCreator('Lectern')
  return { bytes: await document.save(), pages: document.getPageCount() }
}
