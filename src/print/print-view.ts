/**
 * Opening a built deck in Reveal.js's print view and waiting until it is
 * ready to print: laid out (`pdf-ready`), fonts loaded, images decoded.
 * No fixed sleeps; every wait is bounded by a timeout.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { TimeoutError, type Page } from 'puppeteer-core'
import { LecternError } from '../errors.js'

/** Options of {@link openPrintView}. */
export interface PrintViewOptions {
  /** Path of the built deck's HTML file. */
  htmlPath: string
  /** Print each fragment step on its own page (reveal's `pdfSeparateFragments`); default `false`. */
  fragments?: boolean | undefined
  /** Milliseconds for loading and laying out; default `30000`. */
  timeout?: number | undefined
  /** Turn on the theme's handout stylesheets (a light rendition of a dark theme); default `false`. */
  handoutStyles?: boolean | undefined
}

/** Global flag set by the `pdf-ready` listener installed before the deck's scripts run. */
const readyFlag = '__lecternPdfReady'

/**
 * The `file:` URL that opens `htmlPath` in reveal's print view.
 *
 * Reveal reads configuration from the query string after the deck's own
 * `Reveal.initialize` options, so these settings win over the deck's:
 * fragments shown at once unless `fragments`, one page per slide (overflow is
 * reported, not spread over pages), no speaker notes on slides.
 *
 * @param htmlPath Path of the deck.
 * @param fragments Separate fragment steps; default `false`.
 */
export function printViewUrl(htmlPath: string, fragments = false): string {
  const url = pathToFileURL(path.resolve(htmlPath))
  url.search = `?print-pdf&pdfSeparateFragments=${fragments}&pdfMaxPagesPerSlide=1&showNotes=false`
  return url.href
}

/**
 * Open `htmlPath` in reveal's print view and wait until it can be printed.
 *
 * @param page A fresh page (guard its requests first).
 * @param options Deck path, fragments (default `false`) and timeout (default 30 s).
 * @throws {LecternError} `input` when there is no deck file, `timeout` when it does not get ready in time, `browser` when it does not load.
 */
export async function openPrintView(page: Page, options: PrintViewOptions): Promise<void> {
  try {
    await access(options.htmlPath)
  } catch (error) {
    throw new LecternError('Expected a built deck (HTML file), found nothing', {
      code: 'input',
      file: options.htmlPath,
      cause: error
    })
  }
  const timeout = options.timeout ?? 30_000
  const deadline = Date.now() + timeout
  const left = (): number => Math.max(deadline - Date.now(), 1)

  // Scripts for this document only: removed again at the end, so a page can open one deck after another.
  const installed: string[] = []
  const install = async <Args extends unknown[]>(script: (...args: Args) => void, ...args: Args): Promise<void> => {
    installed.push((await page.evaluateOnNewDocument(script, ...args)).identifier)
  }
  await install((flag: string) => {
    // `pdf-ready` bubbles from `.reveal`; listen before any deck script runs.
    addEventListener('pdf-ready', () => ((globalThis as Record<string, unknown>)[flag] = true), true)
  }, readyFlag)
  if (options.handoutStyles) {
    await install(() => {
      // The deck links a dark theme's light rendition as an alternate stylesheet titled
      // `handout`; switch it on as the parser inserts it, before reveal lays out the slides.
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLLinkElement && node.title === 'handout') {
              node.removeAttribute('title')
              node.rel = 'stylesheet'
              node.disabled = false
              // lectern.css turns what was drawn for the dark slides (Mermaid diagrams) light too.
              document.documentElement.classList.add('lectern-light-handout')
            }
          }
        }
      }).observe(document, { childList: true, subtree: true })
    })
  }

  let stage = 'load'
  try {
    await page.goto(printViewUrl(options.htmlPath, options.fragments), { waitUntil: 'load', timeout: left() })
    stage = 'lay out its print view (is it a Reveal.js deck?)'
    await page.waitForFunction((flag: string) => (globalThis as Record<string, unknown>)[flag] === true, { timeout: left() }, readyFlag)
    await page.evaluate(exposeSlides)
    await page.evaluate(repeatSlideChrome)
    stage = 'load its fonts and images'
    await page.evaluate(waitForAssets)
    await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete), {
      timeout: left()
    })
    await page.evaluate(fitPrintedSlides)
  } catch (error) {
    if (error instanceof TimeoutError) {
      throw new LecternError(`Deck did not ${stage} within ${timeout} ms`, {
        code: 'timeout',
        file: options.htmlPath,
        cause: error
      })
    }
    if (error instanceof LecternError) throw error
    throw new LecternError(`Could not open the deck in the browser: ${(error as Error).message}`, {
      code: 'browser',
      file: options.htmlPath,
      cause: error
    })
  }
  // Only a page that opened the deck is used again; one that failed (perhaps stuck in a script) is closed, not cleaned.
  await Promise.all(installed.map((identifier) => page.removeScriptToEvaluateOnNewDocument(identifier).catch(() => undefined)))
}

/**
 * In the page: reveal hides every slide but the current one from assistive
 * technology (`hidden`, `aria-hidden`); printed, all are shown, so expose them
 * all to the PDF's tag tree and bookmarks.
 */
function exposeSlides(): void {
  for (const element of Array.from(document.querySelectorAll('.reveal .slides .pdf-page, .reveal .slides .pdf-page section'))) {
    element.removeAttribute('hidden')
    element.removeAttribute('aria-hidden')
    element.removeAttribute('inert')
  }
}

/**
 * In the page: wait for web fonts and for every CSS background image of the
 * slide backgrounds (reveal's `data-background-image`) to load or fail.
 */
async function waitForAssets(): Promise<void> {
  await document.fonts.ready
  const urls = new Set<string>()
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('.slide-background, .slide-background *'))) {
    for (const match of getComputedStyle(element).backgroundImage.matchAll(/url\("?([^")]+)"?\)/g)) {
      if (match[1]) urls.add(match[1])
    }
  }
  await Promise.all(
    [...urls].map(
      (url) =>
        new Promise<void>((resolve) => {
          const image = new Image()
          image.onload = () => resolve()
          image.onerror = () => resolve()
          image.src = url
        })
    )
  )
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
}

/**
 * In the page, once fonts and images are in: let the deck's `fit.js` shrink
 * any slide still taller than the slide (decks built before it have none).
 */
function fitPrintedSlides(): void {
  ;(globalThis as { LecternFit?: { fitPrinted(): void } }).LecternFit?.fitPrinted()
}

/**
 * In the page: put a copy of the deck's footer and logo (children of
 * `.reveal`, shown once on screen) on every printed page.
 */
function repeatSlideChrome(): void {
  const chrome = Array.from(document.querySelectorAll<HTMLElement>('.reveal > .lectern-footer, .reveal > .lectern-logo'))
  if (chrome.length === 0) return
  for (const page of Array.from(document.querySelectorAll('.reveal .slides .pdf-page'))) {
    for (const element of chrome) page.appendChild(element.cloneNode(true))
  }
  for (const element of chrome) element.remove()
}
