/**
 * Exporting many decks in one run: one browser, several pages at once
 * (bounded), each deck's failure kept to itself, the browser always closed.
 *
 * Imports the browser module, so import this module lazily too.
 */
import type { Browser } from 'puppeteer-core'
import { launchBrowser, type BrowserLauncher, type PrintingBrowser } from './browser.js'
import { LecternError } from '../errors.js'
import { exportHandoutPdf, type HandoutPdfOptions, type HandoutPdfResult } from './handout.js'
import { exportSlidesPdf, type SlidesPdfResult } from './pdf.js'
import { exportSlideImages, type SlideImagesResult } from './png.js'
import type { PdfMetadata } from './pdf-metadata.js'
import type { ProgressEvent } from '../cli/progress.js'

/** One deck to export: a slides PDF, a handout, or both. */
export interface ExportJob {
  /** The built deck's HTML file. */
  htmlPath: string
  /** Where to write the slides PDF; none when missing. */
  pdfPath?: string | undefined
  /** Where to write the handout PDF; none when missing. */
  handoutPath?: string | undefined
  /** Where to write the first slide image (`OUT/NAME.001.png`, see `slideImagePath`); none when missing. */
  imagesPath?: string | undefined
  /** Device pixels per CSS pixel of the slide images; default 1. */
  scale?: number | undefined
  /** Separate fragment steps in the slides PDF and images; default `false`. */
  fragments?: boolean | undefined
  /** Handout layout, paper, title and footer (see `exportHandoutPdf`). */
  handout?: Pick<HandoutPdfOptions, 'layout' | 'paper' | 'title' | 'pageLabel'> | undefined
  /** Document information for both PDFs. */
  metadata?: PdfMetadata | undefined
  /** Milliseconds per step for this deck; default: the batch's. */
  timeout?: number | undefined
}

/** What happened to one {@link ExportJob}. */
export interface ExportOutcome {
  /** The job. */
  job: ExportJob
  /** The slides PDF, when asked for and written. */
  slides?: SlidesPdfResult | undefined
  /** The handout PDF, when asked for and written. */
  handout?: HandoutPdfResult | undefined
  /** The slide images, when asked for and written. */
  images?: SlideImagesResult | undefined
  /** Failures of this job's outputs (the others may still have been written). */
  errors: Error[]
}

/** Options of {@link exportDecks}. */
export interface ExportDecksOptions {
  /** Pages printing at once; default 2 (suits 2 CPU cores). */
  concurrency?: number | undefined
  /** Browser executable; default: found by `findBrowser`. */
  executablePath?: string | undefined
  /** Milliseconds per step (launch, load, print); default `30000`. */
  timeout?: number | undefined
  /** A running browser to use (not closed); default: launch one and close it at the end. */
  browser?: Browser | undefined
  /**
   * A browser already starting (from `launchBrowser`), so the caller can overlap the launch
   * with other work; it is used like one this function launched, and closed at the end.
   */
  launching?: Promise<PrintingBrowser> | undefined
  /** How to start a browser (the first, unless `launching` is given, and one replacing a browser that crashed); default {@link launchBrowser}. */
  launch?: BrowserLauncher | undefined
  /** Called as each output starts and ends (for `createProgress().report`). */
  onProgress?: ((event: ProgressEvent) => void) | undefined
}

/** How many times a crashed browser is replaced in one batch. */
export const maxRelaunches = 2

/**
 * A failure as a {@link LecternError} with one clear line. When the browser
 * went away, that is the news, whatever the page was doing at the time
 * (`Navigating frame was detached`, `Target closed`).
 */
async function asPrintError(error: unknown, htmlPath: string, browser: Browser | undefined): Promise<Error> {
  const expected = error instanceof LecternError && error.code !== 'browser' && error.code !== 'timeout'
  if (!expected && browser && (await hasQuit(browser))) {
    return new LecternError('The browser quit while printing (it crashed or was killed)', { code: 'browser', file: htmlPath, cause: error })
  }
  if (error instanceof LecternError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new LecternError(`Printing failed: ${message.split('\n')[0]}`, { code: 'browser', file: htmlPath, cause: error })
}

/** Whether `browser` is gone, or goes within a moment (its pages may notice first). */
function hasQuit(browser: Browser): Promise<boolean> {
  if (!browser.connected) return Promise.resolve(true)
  return new Promise((resolve) => {
    const onDisconnected = (): void => {
      clearTimeout(timer)
      resolve(true)
    }
    const timer = setTimeout(() => {
      browser.off('disconnected', onDisconnected)
      resolve(!browser.connected)
    }, 250)
    browser.once('disconnected', onDisconnected)
  })
}

/** One PDF (or set of images) to print. */
interface Task {
  outcome: ExportOutcome
  kind: 'slides' | 'handout' | 'images'
  output: string
}

/**
 * Export every job's slides PDF, handout and slide images with one browser.
 *
 * Outputs print concurrently, at most `concurrency` at a time. A failing
 * output is recorded in its job's `errors` and the rest go on; only failing to
 * start the browser throws. When a browser this function started crashes or
 * is killed, the outputs being printed fail and the rest print with a new
 * one (up to {@link maxRelaunches} times). Every browser is closed at the
 * end, also on errors.
 *
 * @param jobs Decks and their outputs.
 * @param options Concurrency (default 2), executable, timeout (default 30 s), browser, progress callback.
 * @returns One outcome per job, in order.
 * @throws {LecternError} `browser-not-found`, `browser` or `timeout` when the browser cannot start.
 */
export async function exportDecks(jobs: readonly ExportJob[], options: ExportDecksOptions = {}): Promise<ExportOutcome[]> {
  const outcomes: ExportOutcome[] = jobs.map((job) => ({ job, errors: [] }))
  const tasks: Task[] = outcomes.flatMap((outcome) => [
    ...(outcome.job.pdfPath ? [{ outcome, kind: 'slides' as const, output: outcome.job.pdfPath }] : []),
    ...(outcome.job.handoutPath ? [{ outcome, kind: 'handout' as const, output: outcome.job.handoutPath }] : []),
    ...(outcome.job.imagesPath ? [{ outcome, kind: 'images' as const, output: outcome.job.imagesPath }] : [])
  ])
  if (tasks.length === 0) return outcomes

  const launch = options.launch ?? launchBrowser
  let session: PrintingBrowser | undefined = options.browser
    ? undefined
    : await (options.launching ?? launch({ executablePath: options.executablePath, timeout: options.timeout }))
  let relaunches = 0
  let relaunching: Promise<PrintingBrowser> | undefined
  const total = tasks.length
  let done = 0
  let next = 0

  /** The browser to print with: a new one when the one this function started has gone. */
  const currentBrowser = async (): Promise<Browser> => {
    if (options.browser) return options.browser
    if (session!.browser.connected) return session!.browser
    if (relaunches >= maxRelaunches) return session!.browser
    relaunching ??= (async () => {
      relaunches++
      await session!.close()
      return launch({ executablePath: options.executablePath, timeout: options.timeout })
    })()
    try {
      session = await relaunching
    } finally {
      relaunching = undefined
    }
    return session.browser
  }

  const run = async (task: Task): Promise<void> => {
    const { job } = task.outcome
    const timeout = job.timeout ?? options.timeout
    options.onProgress?.({ status: 'start', label: task.output, done, total })
    let browser: Browser | undefined
    try {
      browser = await currentBrowser()
      if (task.kind === 'slides') {
        task.outcome.slides = await exportSlidesPdf(browser, {
          htmlPath: job.htmlPath,
          pdfPath: task.output,
          fragments: job.fragments,
          metadata: job.metadata,
          timeout
        })
      } else if (task.kind === 'images') {
        task.outcome.images = await exportSlideImages(browser, {
          htmlPath: job.htmlPath,
          firstPath: task.output,
          fragments: job.fragments,
          scale: job.scale,
          timeout
        })
      } else {
        task.outcome.handout = await exportHandoutPdf(browser, {
          ...job.handout,
          htmlPath: job.htmlPath,
          pdfPath: task.output,
          metadata: job.metadata,
          timeout
        })
      }
      done++
      const images = task.kind === 'images' ? task.outcome.images : undefined
      const note = images ? `${images.paths.length} image${images.paths.length === 1 ? '' : 's'}, ${images.width}×${images.height}` : undefined
      options.onProgress?.({ status: 'ok', label: task.output, done, total, message: note })
    } catch (error) {
      const failure = await asPrintError(error, job.htmlPath, browser)
      task.outcome.errors.push(failure)
      done++
      options.onProgress?.({ status: 'failed', label: task.output, done, total, message: failure.message })
    }
  }
  const worker = async (): Promise<void> => {
    while (next < tasks.length) await run(tasks[next++]!)
  }

  try {
    const workers = Math.max(1, Math.min(options.concurrency ?? 2, tasks.length))
    await Promise.all(Array.from({ length: workers }, worker))
  } finally {
    await session?.close()
  }
  return outcomes
}
