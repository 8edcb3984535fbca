/**
 * Printing an audience handout: the deck's slides, scaled down but still
 * vector, several to a page or one per page with its speaker notes, with the
 * deck title in the header and `Page N of M` in the footer.
 */
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { restrictRequests, withPage } from './browser.js'
import { LecternError } from '../errors.js'
import { buildHandoutDom, handoutCss, handoutGeometry, type HandoutLayout, type Paper } from './handout-layout.js'
import { printPdf } from './pdf.js'
import type { PdfMetadata } from './pdf-metadata.js'
import { openPrintView } from './print-view.js'

/** Options of {@link exportHandoutPdf}. */
export interface HandoutPdfOptions {
  /** The built deck's HTML file; only files in its folder may load. */
  htmlPath: string
  /** Where to write the PDF (atomically). */
  pdfPath: string
  /**
   * `notes` (default): one slide per page with its speaker notes below (ruled
   * lines when it has none; long notes continue on pages headed "Slide N (cont.)");
   * `2`, `4`, `6` slides per page; `3`: three slides with ruled lines beside them.
   */
  layout?: HandoutLayout | undefined
  /** Paper size; default `a4`. */
  paper?: Paper | undefined
  /** Title in the page header; default: the deck's `<title>`. */
  title?: string | undefined
  /** Footer text with `{page}` and `{pages}`; default `Page {page} of {pages}`. */
  pageLabel?: string | undefined
  /** Milliseconds for loading, layout and printing each; default `30000`. */
  timeout?: number | undefined
  /** Document information; Creator is always `Lectern`. Title defaults to `title`. */
  metadata?: PdfMetadata | undefined
}

/** What {@link exportHandoutPdf} printed. */
export interface HandoutPdfResult {
  /** Where the PDF was written. */
  pdfPath: string
  /** Number of PDF pages. */
  pages: number
  /** Number of slides on them. */
  slides: number
  /** URLs the deck tried to load that are not its own files (blocked). */
  blockedRequests: string[]
}

/**
 * Print a handout of the deck at `htmlPath` to `pdfPath`.
 *
 * The deck is opened in reveal's print view (fragments shown, one page per
 * slide); each printed slide is then scaled into a box on a handout page in
 * the same document, so text, links and backgrounds stay vector. Notes are
 * real text in a font stack that covers Latin, Greek, Cyrillic and CJK.
 *
 * @param browser Browser from `launchBrowser`.
 * @param options Paths, layout (default `notes`), paper (default `a4`), title, timeout (default 30 s), metadata.
 * @throws {LecternError} `input` for a deck without slides, `timeout`, `browser` or `output`.
 */
export async function exportHandoutPdf(browser: Browser, options: HandoutPdfOptions): Promise<HandoutPdfResult> {
  const timeout = options.timeout ?? 30_000
  const htmlPath = path.resolve(options.htmlPath)

  return withPage(browser, async (page) => {
    const blockedRequests = await restrictRequests(page, { allowedRoots: [path.dirname(htmlPath)] })
    await openPrintView(page, { htmlPath, fragments: false, timeout, handoutStyles: true })

    const deck = await page.evaluate(() => {
      const first = document.querySelector<HTMLElement>('.reveal .slides .pdf-page')
      return { title: document.title, width: first?.offsetWidth ?? 0, height: first?.offsetHeight ?? 0 }
    })
    if (deck.width === 0 || deck.height === 0) {
      throw new LecternError('The deck has no slides to put in a handout', { code: 'input', file: htmlPath })
    }

    const title = options.title ?? options.metadata?.title ?? deck.title
    const geometry = handoutGeometry(options.layout ?? 'notes', options.paper ?? 'a4', deck.height / deck.width)
    const slides = await page.evaluate(buildHandoutDom, {
      css: handoutCss(geometry, title, options.pageLabel),
      geometry,
      page: { width: deck.width, height: deck.height }
    })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))

    const pdf = await printPdf(page, { what: 'the handout', htmlPath, pdfPath: options.pdfPath, timeout, metadata: { ...options.metadata, title } })
    return { pdfPath: options.pdfPath, pages: pdf.pages, slides, blockedRequests }
  })
}
