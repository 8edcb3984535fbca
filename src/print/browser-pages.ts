/**
 * The pages of a browser Lectern prints with: each in a window and a browser
 * context of its own, opened ahead of its use when asked, always closed.
 */
import type { Browser, BrowserContext, Page } from 'puppeteer-core'

/** Milliseconds a browser (or page) gets to close before it is killed (or left to the browser's end). */
export const closeGraceMs = 5_000

/** Whether `promise` settles within `ms`; its rejection is passed on. */
export async function withDeadline(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
    timer.unref()
  })
  const settled = promise.then(() => true as const)
  // A rejection after the deadline has no one left to hear it.
  settled.catch(() => undefined)
  try {
    return await Promise.race([settled, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** A page opened ahead of its use, in a window and a browser context of its own. */
interface OpenedPage {
  context: BrowserContext
  page: Page
}

/** The page opened ahead for each browser (see `preparePage`), until a {@link withPage} takes it. */
const preparedPages = new WeakMap<Browser, Promise<OpenedPage>>()

/** Open a page in a window and a browser context of its own (see {@link withPage}). */
async function openPage(browser: Browser): Promise<OpenedPage> {
  const context = await browser.createBrowserContext()
  try {
    const page = await context.newPage({ type: 'window' })
    return { context, page }
  } catch (error) {
    await withDeadline(context.close(), closeGraceMs).catch(() => undefined)
    throw error
  }
}

/**
 * Start opening a page of `browser` now, for the next {@link withPage} to
 * use. Nothing happens if one is already being opened; one never used
 * closes with the browser.
 *
 * @param browser A browser from {@link launchBrowser}.
 */
export function preparePage(browser: Browser): void {
  if (preparedPages.has(browser)) return
  const opening = openPage(browser)
  opening.catch(() => undefined)
  preparedPages.set(browser, opening)
}

/**
 * Close the page {@link preparePage} opened for `browser` if no
 * {@link withPage} took it, with its browser context: for a browser that
 * outlives its use, such as one connected to rather than started (a browser
 * Lectern started closes it with itself).
 *
 * @param browser A browser given to `preparePage`.
 */
export async function releasePreparedPage(browser: Browser): Promise<void> {
  const prepared = preparedPages.get(browser)
  preparedPages.delete(browser)
  const opened = await prepared?.catch(() => undefined)
  if (opened) await withDeadline(opened.context.close(), closeGraceMs).catch(() => undefined)
}

/**
 * Run `fn` with a new page of `browser`, in a window and a browser context
 * of its own (the one `preparePage` opened, if any), and always close both.
 *
 * A window of its own, because a background tab is hidden, gets no
 * animation frames, and reveal's print view waits for them; a context of its
 * own, because pages of one context may share a renderer process, and a deck
 * stuck in an endless script would then stall the deck printing beside it.
 *
 * @param browser A browser from {@link launchBrowser}.
 * @param fn Work to do with the page.
 */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const prepared = preparedPages.get(browser)
  preparedPages.delete(browser)
  const { context, page } = await (prepared?.catch(() => openPage(browser)) ?? openPage(browser))
  try {
    return await fn(page)
  } finally {
    // A page stuck loading may never close; closing its context ends its renderer, and the browser's close ends the rest.
    await withDeadline(context.close(), closeGraceMs).catch(() => undefined)
  }
}
