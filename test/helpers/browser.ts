/**
 * The browser tests drive: the run's one Chromium when `npm test` started it
 * (`test/run.ts` hands its DevTools address over in `LECTERN_TEST_BROWSER`),
 * else one of the file's own, started on first use and closed when the file's
 * tests end. And the rule for tests that need a browser when there is none:
 * in CI (`CI` set) they fail; on a developer's machine they skip, saying so.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, type TestContext } from 'node:test'
import type { Browser } from 'puppeteer-core'
import type { BrowserLauncher } from '../../src/print/browser.js'

/** The browser the tests drive: `CHROME_PATH`, else Debian's chromium. */
export const executablePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium'

/** Whether {@link executablePath} exists. */
export const hasBrowser = existsSync(executablePath)

let warned = false

/**
 * Whether a test that needs a browser can run. Without one, in CI it fails
 * the test; elsewhere it skips the test with a message naming the path, and
 * prints that message once on stderr so a green run cannot hide it.
 *
 * @param t The test.
 * @returns `true` when the browser is there.
 */
export function needsBrowser(t: TestContext): boolean {
  if (hasBrowser) return true
  const message = `no browser at ${executablePath} (set CHROME_PATH, or install Debian's chromium)`
  if (process.env['CI']) assert.fail(`${message}: CI must run the browser tests`)
  if (!warned) process.stderr.write(`SKIPPED browser tests: ${message}\n`)
  warned = true
  t.skip(message)
  return false
}

/** A browser for a test file: the run's shared one, or one of the file's own. */
export interface TestBrowser {
  /** The puppeteer browser: open pages with `withPage` (a browser context each), never close it. */
  readonly browser: Browser
  /** Whether it is the run's shared browser (`LECTERN_TEST_BROWSER`) rather than one this file started. */
  readonly shared: boolean
  /** This file's own browser's profile folder (`undefined` for the shared one). */
  readonly userDataDir: string | undefined
  /** End this file's use: disconnect from the shared browser, or close its own. */
  close(): Promise<void>
}

/**
 * Connect to the run's shared browser, or start one of the file's own.
 *
 * @param options `offline: false` for a browser that may reach 127.0.0.1 (the dev server's tests): always one of its own, as the shared one is offline.
 */
export async function testBrowser(options: { offline?: boolean } = {}): Promise<TestBrowser> {
  const endpoint = process.env['LECTERN_TEST_BROWSER']
  if (endpoint && options.offline !== false) {
    const { default: puppeteer } = await import('puppeteer-core')
    const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocolTimeout: 120_000 })
    return { browser, shared: true, userDataDir: undefined, close: () => browser.disconnect() }
  }
  const { launchBrowser } = await import('../../src/print/browser.js')
  const session = await launchBrowser({ executablePath, offline: options.offline })
  return { browser: session.browser, shared: false, userDataDir: session.userDataDir, close: () => session.close() }
}

/**
 * The file's browser, from {@link testBrowser} on first use. Call at the top
 * level of a test file: it registers the hook that ends the file's use of it
 * after the file's last test.
 *
 * @param options `offline: false` for a browser that may reach 127.0.0.1 (the dev server's tests).
 * @returns A function giving the browser.
 */
export function sharedBrowser(options: { offline?: boolean } = {}): () => Promise<TestBrowser> {
  let session: Promise<TestBrowser> | undefined
  after(async () => {
    if (session) await (await session.catch(() => undefined))?.close()
  })
  return () => (session ??= testBrowser(options))
}

/**
 * The shared browser itself, for APIs that take a puppeteer `Browser`.
 *
 * @param session From {@link sharedBrowser}.
 */
export async function browserOf(session: () => Promise<TestBrowser>): Promise<Browser> {
  return (await session()).browser
}

/**
 * The browser launcher for the CLI called in process (`main(argv, { …,
 * launchBrowser })`): in `npm test`, it answers a launch exactly as Lectern
 * makes it by default with a connection of its own to the run's shared
 * browser, owned by the command's browser scope like a browser it started,
 * whose `close()` closes the page the command prepared and did not use and
 * then disconnects. Any other launch (another browser than the test's, an
 * environment of its own, a browser that may reach the network) starts for
 * real, as does every launch outside `npm test` (no `LECTERN_TEST_BROWSER`):
 * then it returns `undefined`, Lectern's default.
 *
 * Everything after the launch — the print guard, pages in contexts of their
 * own, timeouts, closing — is Lectern's own code. What a launch itself does
 * (a process, its profile, its end on exit and on signals) is tested where
 * the CLI runs as a process (`runCli`).
 */
export function sharedLauncher(): BrowserLauncher | undefined {
  const endpoint = process.env['LECTERN_TEST_BROWSER']
  if (!endpoint) return undefined
  return async (options) => {
    const [{ default: puppeteer }, { launchBrowser, preparePage, releasePreparedPage }, { findBrowser }, { ownBrowser }] = await Promise.all([
      import('puppeteer-core'),
      import('../../src/print/browser.js'),
      import('../../src/print/find-browser.js'),
      import('../../src/print/browser-lifetime.js')
    ])
    // The browser this launch would start, found as Lectern finds it (a missing one fails the same way).
    const found = await findBrowser({ executablePath: options.executablePath, env: options.env })
    if (found.path !== executablePath || options.env !== undefined || options.offline === false) return launchBrowser(options)
    options.onSpawn?.()
    const timeout = options.timeout ?? 30_000
    const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: { width: 800, height: 600 }, protocolTimeout: Math.max(timeout, 30_000) * 2 })
    let closing: Promise<void> | undefined
    let disown = (): void => undefined
    const close = (): Promise<void> =>
      (closing ??= (async () => {
        await releasePreparedPage(browser)
        await browser.disconnect().catch(() => undefined)
        disown()
      })())
    disown = ownBrowser({ close })
    if (options.preparePage) preparePage(browser)
    return { browser, close }
  }
}
