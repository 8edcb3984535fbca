/**
 * Setting a printed PDF's document information (Title, Author, Subject,
 * Creator). Chromium only sets the Title (from `document.title`); the rest is
 * written with `pdf-lib`, which keeps every existing object, so bookmarks,
 * links and the tag tree survive.
 */
import { PDFDocument } from 'pdf-lib'

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

/**
 * Write document information into `pdf`; Creator is always `Lectern`.
 *
 * @param pdf Bytes of a PDF printed by Chromium.
 * @param metadata Title, author, subject, keywords.
 */
export async function stampPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata = {}): Promise<StampedPdf> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  if (metadata.title) document.setTitle(metadata.title, { showInWindowTitleBar: true })
  if (metadata.author) document.setAuthor(metadata.author)
  if (metadata.subject) document.setSubject(metadata.subject)
  if (metadata.keywords && metadata.keywords.length > 0) document.setKeywords([...metadata.keywords])
  document.setCreator('Lectern')
  return { bytes: await document.save(), pages: document.getPageCount() }
}
