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
import type { Browser, LaunchOptions } from 'puppeteer-core'

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
 * Run `fn` (the CLI called in process, `main(argv, io)`) with every Chromium
 * launch it makes answered by the run's shared browser: a connection of its
 * own, whose `close()` only disconnects. Outside `npm test` (no
 * `LECTERN_TEST_BROWSER`) it just runs `fn`.
 *
 * Only a launch exactly as Lectern makes it by default is answered so: the
 * test browser's executable, the flags every launch gets and the offline
 * ones, no environment of its own; any other (another `--browser`, a browser
 * that may reach the network) starts for real. Everything after the launch —
 * the print guard, pages in contexts of their own, timeouts, closing — is
 * Lectern's own code. What a launch itself does (a process, its profile, its
 * end on exit and on signals) is tested where the CLI runs as a process
 * (`runCli`).
 *
 * @param fn The in-process run; not to overlap another in the same process.
 */
export async function withSharedLaunches<T>(fn: () => Promise<T>): Promise<T> {
  const endpoint = process.env['LECTERN_TEST_BROWSER']
  if (!endpoint) return fn()
  const [{ default: puppeteer }, { chromiumArgs }, { offlineArgs }] = await Promise.all([
    import('puppeteer-core'),
    import('../../src/print/browser.js'),
    import('../../src/print/print-guard.js')
  ])
  // The one object every importer of puppeteer-core in this process shares (its `launch` is a method, set here on the object).
  const node = puppeteer as unknown as { launch(options?: LaunchOptions): Promise<Browser> }
  const launch = node.launch
  const asLectern = JSON.stringify([...chromiumArgs, ...offlineArgs])
  node.launch = async (options: LaunchOptions = {}) => {
    if (options.executablePath !== executablePath || options.env !== undefined || JSON.stringify(options.args) !== asLectern) return launch.call(puppeteer, options)
    const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocolTimeout: options.protocolTimeout })
    // The shared browser outlives this run: closing it is leaving it.
    browser.close = () => browser.disconnect()
    return browser
  }
  try {
    return await fn()
  } finally {
    node.launch = launch
  }
}
