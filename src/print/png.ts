/**
 * Slide images: one PNG per printed page of reveal's print view (the layout
 * the slides PDF prints), named `NAME.001.png`, `NAME.002.png`… as Marp
 * names them.
 */
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { restrictRequests, withPage } from './browser.js'
import { LecternError } from '../errors.js'
import { measureSlides, type FittedSlide, type OverflowingSlide } from './pdf.js'
import { openPrintView } from './print-view.js'
import { describeWriteError, makeDirectory, writeFileAtomic } from '../write/write-file.js'

/** Options of {@link exportSlideImages}. */
export interface SlideImagesOptions {
  /** The built deck's HTML file; only files in its folder may load. */
  htmlPath: string
  /** Where the first image goes, `OUT/NAME.001.png`: see {@link slideImagePath}. */
  firstPath: string
  /** One image per fragment step instead of per slide; default `false`. */
  fragments?: boolean | undefined
  /** Device pixels per CSS pixel: 1 gives 1280×720-ish images for a 1280×720 deck, 2 twice that; default `1`. */
  scale?: number | undefined
  /** Milliseconds for loading, layout and each screenshot; default `30000`. */
  timeout?: number | undefined
}

/** What {@link exportSlideImages} wrote. */
export interface SlideImagesResult {
  /** The images, in order. */
  paths: string[]
  /** Width and height of each image in pixels. */
  width: number
  height: number
  /** Number of slides. */
  slides: number
  /** Slides whose content is cut off at the bottom. */
  overflowing: OverflowingSlide[]
  /** Slides shrunk in the browser to fit. */
  fitted: FittedSlide[]
  /** URLs the deck tried to load that are not its own files (blocked). */
  blockedRequests: string[]
}

/** Digits in an image's number: `001`, as Marp writes them (more when a deck has 1,000 pages). */
const digits = 3

/**
 * The path of image `index` (1-based) of a deck: `OUT/NAME.001.png`.
 *
 * @param outDir Output folder.
 * @param name The deck's name (its file name without extension).
 * @param index 1-based page number; default 1.
 */
export function slideImagePath(outDir: string, name: string, index = 1): string {
  return path.join(outDir, `${name}.${String(index).padStart(digits, '0')}.png`)
}

/** The folder and deck name of a path made by {@link slideImagePath}. */
function splitImagePath(first: string): { outDir: string; name: string } {
  const match = /^(.*)\.\d+\.png$/.exec(path.basename(first))
  if (!match) throw new LecternError(`Expected an image path like NAME.001.png, found ${path.basename(first)}`, { code: 'usage' })
  return { outDir: path.dirname(first), name: match[1]! }
}

/**
 * Screenshot every page of the deck's print view to PNG: the same pages, in
 * the same order and at the same size as the slides PDF (fragments separated
 * when `fragments`). Images left by an earlier, longer build of the same deck
 * (`NAME.015.png` when there are now 12) are removed.
 *
 * @param browser Browser from `launchBrowser`.
 * @param options Deck, first image path, fragments (default `false`), scale (default 1), timeout (default 30 s).
 * @throws {LecternError} `timeout`, `browser` or `output`.
 */
export async function exportSlideImages(browser: Browser, options: SlideImagesOptions): Promise<SlideImagesResult> {
  const timeout = options.timeout ?? 30_000
  const scale = options.scale ?? 1
  if (!(scale > 0 && scale <= 4)) throw new LecternError(`Expected a scale from 0.1 to 4, found ${scale}`, { code: 'usage' })
  const htmlPath = path.resolve(options.htmlPath)
  const { outDir, name } = splitImagePath(path.resolve(options.firstPath))

  return withPage(browser, async (page) => {
    const blockedRequests = await restrictRequests(page, { allowedRoots: [path.dirname(htmlPath)] })
    // Print styles, as the PDF is printed with them.
    await page.emulateMediaType('print')
    await openPrintView(page, { htmlPath, fragments: options.fragments, timeout })
    const layout = await page.evaluate(measureSlides)
    const size = await page.evaluate(() => {
      const first = document.querySelector<HTMLElement>('.reveal .slides .pdf-page')
      return first ? { width: first.offsetWidth, height: first.offsetHeight } : undefined
    })
    if (!size) throw new LecternError('The print view has no pages (is it a Reveal.js deck?)', { code: 'input', file: htmlPath })
    await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: scale })
    const pages = await page.$$('.reveal .slides .pdf-page')
    const paths: string[] = []
    try {
      await makeDirectory(outDir)
    } catch (error) {
      throw new LecternError(`Could not write the slide images: ${describeWriteError(error)}`, { code: 'output', file: outDir, cause: error })
    }
    for (const [index, handle] of pages.entries()) {
      const target = slideImagePath(outDir, name, index + 1)
      const bytes = await handle.screenshot({ type: 'png', captureBeyondViewport: true }).catch((error: unknown) => {
        throw new LecternError(`Chromium could not take the picture of page ${index + 1}: ${(error as Error).message}`, { code: 'browser', file: htmlPath, cause: error })
      })
      try {
        await writeFileAtomic(target, bytes)
      } catch (error) {
        throw new LecternError(`Could not write the slide image: ${describeWriteError(error)}`, { code: 'output', file: target, cause: error })
      }
      paths.push(target)
    }
    await removeStaleImages(outDir, name, paths.length)
    return {
      paths,
      width: Math.round(size.width * scale),
      height: Math.round(size.height * scale),
      slides: layout.slides,
      overflowing: layout.overflowing,
      fitted: layout.fitted,
      blockedRequests
    }
  })
}

/** Remove `NAME.NNN.png` numbered beyond `count` (an earlier build had more pages). */
async function removeStaleImages(outDir: string, name: string, count: number): Promise<void> {
  const entries = await readdir(outDir).catch(() => [] as string[])
  const prefix = `${name}.`
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.png')) continue
    const number = entry.slice(prefix.length, -'.png'.length)
    if (/^\d{3,}$/.test(number) && Number(number) > count) await rm(path.join(outDir, entry), { force: true })
  }
}
