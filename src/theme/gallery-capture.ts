/**
 * The theme gallery's thumbnails: every theme's sample deck opened in one
 * Chromium page and the chosen slides captured as PNG
 * (`OUT/themes/thumbs/NAME-N.png`).
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'puppeteer-core'
import { LecternError } from '../errors.js'
import { writeFileAtomic } from '../write/write-file.js'
import type { GalleryTheme } from './gallery-page.js'

/** Viewport of the captures (the deck's own size). */
const viewport = { width: 1280, height: 720 } as const

/** Scale of the title slide's capture: 1280×720 becomes 640×360, shown large on its card. */
const titleScale = 0.5

/** Scale of a title capture that came out over {@link thumbnailBudget}: 480×270. */
const titleFallbackScale = 0.375

/** Bytes a thumbnail should stay under. */
const thumbnailBudget = 60_000

/** Scale of the other slides' captures: 320×180, shown small (keeps gradient themes' PNGs small). */
const slideScale = 0.25

/** Options of {@link captureAll}. */
export interface CaptureOptions {
  /** The gallery folder: thumbnails go to its `thumbs/`, and pages may load only from it. */
  galleryDir: string
  /** Indexes (0-based) of the sample slides to capture. */
  slides: readonly number[]
  /** Milliseconds a deck may take to get ready. */
  timeout: number
  /** Called with one line per theme captured or failed. */
  progress: (line: string) => void
}

/**
 * Capture every theme's thumbnails in one page, one theme after another,
 * setting each theme's `thumbnails` (or its `error`, when it fails).
 *
 * @param browser A running Chromium.
 * @param themes The themes whose decks were built (changed in place).
 * @param options Gallery folder, slide indexes, time limit per deck, progress.
 */
export async function captureAll(browser: Browser, themes: GalleryTheme[], options: CaptureOptions): Promise<void> {
  // One page, not several in parallel: a page that is not in front gets
  // throttled, which made two pages slower than one on two cores.
  const { restrictRequests, withPage } = await import('../print/browser.js')
  await withPage(browser, async (page) => {
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 })
    const blocked = await restrictRequests(page, { allowedRoots: [options.galleryDir] })
    for (const theme of themes) {
      const started = Date.now()
      try {
        theme.thumbnails = await captureTheme(page, theme, options)
        options.progress(`Captured ${theme.thumbnails.length} thumbnails of ${theme.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      } catch (error) {
        theme.error = `Could not capture thumbnails: ${(error as Error).message}`
        options.progress(`${theme.name}: ${theme.error}`)
      }
      for (const url of blocked.splice(0)) options.progress(`${theme.name}: blocked a request for ${url}`)
    }
  })
}

/** Open one theme's deck and screenshot the chosen slides. */
async function captureTheme(page: Page, theme: GalleryTheme, options: CaptureOptions): Promise<string[]> {
  await page.goto(pathToFileURL(theme.deckPath).href, { waitUntil: 'load', timeout: options.timeout })
  await page.waitForFunction(() => (globalThis as unknown as { Reveal?: { isReady?(): boolean } }).Reveal?.isReady?.() === true, {
    timeout: options.timeout
  })
  await page.evaluate(prepareDeck)
  const thumbnails: string[] = []
  for (const index of options.slides) {
    await page.evaluate(showSlide, index)
    let png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...viewport, scale: index === 0 ? titleScale : slideScale } })
    // Gradient backgrounds compress badly: take a large capture again, smaller.
    if (png.byteLength > thumbnailBudget && index === 0) {
      png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...viewport, scale: titleFallbackScale } })
    }
    const shown = await page.evaluate(currentSlideIndex)
    if (shown !== index) {
      throw new LecternError(`Expected slide ${index + 1} on screen after the capture, found slide ${shown + 1}`, { code: 'browser', file: theme.deckPath })
    }
    const target = path.join(options.galleryDir, 'thumbs', `${theme.name}-${index + 1}.png`)
    await writeFileAtomic(target, png)
    thumbnails.push(target)
  }
  return thumbnails
}

interface RevealApi {
  configure(options: Record<string, unknown>): void
  slide(h: number, v?: number): void
  getCurrentSlide(): HTMLElement
  getIndices(): { h: number; v?: number }
}

/**
 * In the page: no transitions, no controls, progress bar or slide number,
 * no URL updates, and no switch to reveal's scroll view (a scaled capture
 * briefly narrows the window below `scrollActivationWidth`, and leaving the
 * scroll view went back to the first slide).
 */
function prepareDeck(): void {
  const reveal = (globalThis as unknown as { Reveal: RevealApi }).Reveal
  reveal.configure({
    transition: 'none',
    backgroundTransition: 'none',
    controls: false,
    progress: false,
    slideNumber: false,
    hash: false,
    scrollActivationWidth: null
  })
}

/** In the page: show slide `index` and wait until its fonts and images are in (the screenshot waits for a fresh frame). */
async function showSlide(index: number): Promise<void> {
  const reveal = (globalThis as unknown as { Reveal: RevealApi }).Reveal
  reveal.slide(index, 0)
  await document.fonts.ready
  const images = Array.from(reveal.getCurrentSlide().querySelectorAll('img'))
  await Promise.all(images.map((image) => (image.complete ? undefined : image.decode().catch(() => undefined))))
}

/** In the page: the index of the slide on screen. */
function currentSlideIndex(): number {
  return (globalThis as unknown as { Reveal: RevealApi }).Reveal.getIndices().h
}
