/**
 * Printing a built deck to a slides PDF: one page per slide (or per fragment
 * step), vector text, backgrounds, links, bookmarks and document information.
 */
import path from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { restrictRequests, withPage } from './browser.js'
import { LecternError } from '../errors.js'
import { stampPdfMetadata, type PdfMetadata } from './pdf-metadata.js'
import { openPrintView } from './print-view.js'
import { describeWriteError, writeFileAtomic } from '../write/write-file.js'

/** Options of {@link exportSlidesPdf}. */
export interface SlidesPdfOptions {
  /** The built deck's HTML file; only files in its folder may load. */
  htmlPath: string
  /** Where to write the PDF (atomically). */
  pdfPath: string
  /** One page per fragment step instead of per slide; default `false`. */
  fragments?: boolean | undefined
  /** Milliseconds for loading, layout and printing each; default `30000`. */
  timeout?: number | undefined
  /** Document information; Creator is always `Lectern`. */
  metadata?: PdfMetadata | undefined
}

/** A slide whose content is taller than the slide, so is clipped in the PDF. */
export interface OverflowingSlide {
  /** 1-based slide number (vertical slides counted in order). */
  index: number
  /** 1-based PDF page where the slide is printed first. */
  page: number
  /** Text of the slide's first heading, or `''`. */
  title: string
  /** Content height over slide height (or, when more, the height hidden in a block that scrolls), in CSS pixels at deck size. */
  overflow: number
  /** Content width over slide width, in CSS pixels at deck size (0 when it fits). */
  overflowX: number
  /** 1-based source line of the slide (`data-source-line`), when known. */
  line?: number | undefined
}

/** What {@link exportSlidesPdf} printed. */
export interface SlidesPdfResult {
  /** Where the PDF was written. */
  pdfPath: string
  /** Number of PDF pages. */
  pages: number
  /** Number of slides. */
  slides: number
  /** Slides that do not fit; their content is clipped at the slide's bottom. */
  overflowing: OverflowingSlide[]
  /** Slides shrunk in the browser to fit (by the deck's `fit.js`). */
  fitted: FittedSlide[]
  /** URLs the deck tried to load that are not its own files (blocked). */
  blockedRequests: string[]
}

/**
 * A slide the deck's `fit.js` shrank in the browser: Lectern's layout model
 * at build time thought it fit, the browser found it too tall.
 */
export interface FittedSlide {
  /** 1-based slide number (vertical slides counted in order). */
  index: number
  /** Text of the slide's first heading, or `''`. */
  title: string
  /** The scale it is shown at, e.g. `0.85`. */
  scale: number
  /** 1-based source line of the slide (`data-source-line`), when known. */
  line?: number | undefined
}

/** What {@link measureSlides} finds. */
export interface SlideLayout {
  slides: number
  overflowing: OverflowingSlide[]
  /** Slides shrunk in the browser (they fit now, or are listed in `overflowing` too). */
  fitted: FittedSlide[]
}

/**
 * In the page: count slides and measure which overflow. Reveal's print view
 * puts each slide (and, with separated fragments, each fragment step) in a
 * `.pdf-page`; fragment-step copies are the pages with a `.current-fragment`.
 */
export function measureSlides(): SlideLayout {
  const reveal = (globalThis as unknown as { Reveal: { getComputedSlideSize(w: number, h: number): { width: number; height: number } } })
    .Reveal
  const { width, height } = reveal.getComputedSlideSize(innerWidth, innerHeight)
  const overflowing: OverflowingSlide[] = []
  const fitted: FittedSlide[] = []
  let slides = 0
  Array.from(document.querySelectorAll('.reveal .slides .pdf-page')).forEach((pdfPage, pageIndex) => {
    if (pdfPage.querySelector('.fragment.current-fragment')) return
    slides++
    const section = pdfPage.querySelector(':scope > section')
    if (!section) return
    const heading = section.querySelector('h1, h2, h3, h4, h5, h6')
    const title = (heading?.textContent ?? '').replace(/\s+/g, ' ').trim()
    const sourceLine = Number(section.getAttribute('data-source-line'))
    const line = Number.isInteger(sourceLine) && sourceLine > 0 ? sourceLine : undefined
    const scale = Number(section.getAttribute('data-lectern-fitted'))
    if (scale > 0) fitted.push({ index: slides, title, scale: scale / 100, line })
    // Content cut off inside the slide counts too: a block that scrolls (long code) prints only what it shows.
    // Only an element holding more than it shows can hide anything: its style is read only then.
    const scrolled = Array.from(section.querySelectorAll('*')).reduce((most, element) => {
      const hidden = element.scrollHeight - element.clientHeight
      return hidden > most && getComputedStyle(element).overflowY !== 'visible' ? hidden : most
    }, 0)
    const overflow = Math.max(section.scrollHeight - height, scrolled)
    const overflowX = section.scrollWidth - width
    if (overflow > 1 || overflowX > 1) {
      overflowing.push({
        index: slides,
        page: pageIndex + 1,
        title,
        overflow: Math.max(0, Math.ceil(overflow)),
        overflowX: Math.max(0, Math.ceil(overflowX)),
        line
      })
    }
  })
  return { slides, overflowing, fitted }
}

/**
 * In the page, once measured: remove the speaker notes, which the print view
 * hides (`showNotes=false`). Hidden, they still cost Chromium's tagged PDF
 * (its accessibility tree) as much as the slides' own text: a 200-slide deck
 * with a note a slide prints in about half the time without them, to the
 * same PDF.
 */
export function dropSpeakerNotes(): void {
  for (const notes of Array.from(document.querySelectorAll('.reveal .slides aside.notes'))) notes.remove()
}

/**
 * Print the deck at `htmlPath` to `pdfPath` through reveal's print view.
 *
 * Waits for reveal, fonts and images (no fixed sleeps). A slide taller than
 * the deck is shrunk by the deck's `fit.js` (listed in `fitted`); one still
 * taller at the smallest scale keeps one page (clipped) and is listed in
 * `overflowing`. Requests
 * outside the deck's folder are blocked and listed in `blockedRequests`.
 *
 * @param browser Browser from `launchBrowser`.
 * @param options Paths, `fragments` (default `false`), `timeout` (default 30 s) and metadata.
 * @throws {LecternError} `timeout`, `browser` or `output`.
 */
export async function exportSlidesPdf(browser: Browser, options: SlidesPdfOptions): Promise<SlidesPdfResult> {
  const timeout = options.timeout ?? 30_000
  const htmlPath = path.resolve(options.htmlPath)

  return withPage(browser, async (page) => {
    const blockedRequests = await restrictRequests(page, { allowedRoots: [path.dirname(htmlPath)] })
    await openPrintView(page, { htmlPath, fragments: options.fragments, timeout })
    const layout = await page.evaluate(measureSlides)
    await page.evaluate(dropSpeakerNotes)
    const pdf = await printPdf(page, { what: 'the deck', htmlPath, pdfPath: options.pdfPath, timeout, metadata: options.metadata })
    return {
      pdfPath: options.pdfPath,
      pages: pdf.pages,
      slides: layout.slides,
      overflowing: layout.overflowing,
      fitted: layout.fitted,
      blockedRequests
    }
  })
}

/**
 * Print a page as Lectern prints every PDF (backgrounds, the page size its
 * CSS sets, bookmarks, tags), stamp its metadata and write it atomically.
 *
 * @param page The page, laid out for print.
 * @param options What is printed (for the error: `the deck`), its source, the PDF's path, the timeout and metadata.
 * @returns The PDF's page count.
 * @throws {LecternError} `browser` when Chromium cannot print it, `output` when it cannot be written.
 */
export async function printPdf(page: Page, options: { what: string; htmlPath: string; pdfPath: string; timeout: number; metadata?: PdfMetadata | undefined }): Promise<{ pages: number }> {
  const printed = await page
    .pdf({ printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, timeout: options.timeout })
    .catch((error: unknown) => {
      throw new LecternError(`Chromium could not print ${options.what}: ${(error as Error).message}`, {
        code: 'browser',
        file: options.htmlPath,
        cause: error
      })
    })
  const pdf = await stampPdfMetadata(printed, options.metadata)
  await writePdf(options.pdfPath, pdf.bytes)
  return { pages: pdf.pages }
}

/**
 * Write a PDF atomically (temporary name, then rename).
 *
 * @param pdfPath Target path; its folder is created.
 * @param bytes PDF bytes.
 * @throws {LecternError} `output` when it cannot be written.
 */
export async function writePdf(pdfPath: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(pdfPath, bytes)
  } catch (error) {
    throw new LecternError(`Could not write the PDF: ${describeWriteError(error)}`, {
      code: 'output',
      file: pdfPath,
      cause: error
    })
  }
}
