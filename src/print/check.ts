/**
 * `lectern check`: lay each built deck out in Chromium at its real size and
 * theme, and list every slide whose content does not fit, with its source
 * line, and every slide the browser had to shrink to fit.
 */
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { launchBrowser, restrictRequests, withPage, type BrowserLauncher } from './browser.js'
import { measureSlides, type FittedSlide, type OverflowingSlide } from './pdf.js'
import { openPrintView } from './print-view.js'

/** Layout of one deck. */
export interface DeckLayout {
  /** The deck's HTML file. */
  htmlPath: string
  /** Number of slides. */
  slides: number
  /** Slides whose content is taller or wider than the slide. */
  overflowing: OverflowingSlide[]
  /** Slides the deck's `fit.js` shrank in the browser to fit. */
  fitted: FittedSlide[]
  /** Requests outside the deck that were blocked. */
  blockedRequests: string[]
  /** Why the deck could not be laid out, when it could not. */
  error?: Error | undefined
}

/** Options of {@link checkLayout}. */
export interface CheckOptions {
  /** Browser executable; default: found by `findBrowser`. */
  executablePath?: string | undefined
  /** Milliseconds for each deck; default 30000. */
  timeout?: number | undefined
  /** A running browser to lay the decks out in (not closed); default: launch one and close it at the end. */
  browser?: Browser | undefined
  /** How to start the browser when none is given; default {@link launchBrowser}. */
  launch?: BrowserLauncher | undefined
}

/**
 * Lay out built decks in one browser and measure every slide.
 *
 * @param htmlPaths Built decks.
 * @param options Browser (a running one, or an executable to launch) and timeout.
 * @returns One layout per deck, in order.
 */
export async function checkLayout(htmlPaths: readonly string[], options: CheckOptions = {}): Promise<DeckLayout[]> {
  if (htmlPaths.length === 0) return []
  const session = options.browser ? undefined : await (options.launch ?? launchBrowser)({ executablePath: options.executablePath, timeout: options.timeout })
  const browser = options.browser ?? session!.browser
  try {
    const layouts: DeckLayout[] = []
    for (const htmlPath of htmlPaths) {
      const absolute = path.resolve(htmlPath)
      // restrictRequests returns a list that grows as the page asks for more.
      let blockedRequests: string[] = []
      try {
        layouts.push(
          await withPage(browser, async (page) => {
            blockedRequests = await restrictRequests(page, { allowedRoots: [path.dirname(absolute)] })
            await openPrintView(page, { htmlPath: absolute, timeout: options.timeout })
            const layout = await page.evaluate(measureSlides)
            return { htmlPath: absolute, slides: layout.slides, overflowing: layout.overflowing, fitted: layout.fitted, blockedRequests }
          })
        )
      } catch (error) {
        // One deck that cannot be laid out does not stop the others.
        layouts.push({ htmlPath: absolute, slides: 0, overflowing: [], fitted: [], blockedRequests, error: error instanceof Error ? error : new Error(String(error)) })
      }
    }
    return layouts
  } finally {
    await session?.close()
  }
}
