/**
 * One Chromium per test file: started on first use, closed when the file's
 * tests end. And the rule for tests that need a browser when there is none:
 * in CI (`CI` set) they fail; on a developer's machine they skip, saying so.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { after, type TestContext } from 'node:test'
import type { Browser } from 'puppeteer-core'
import type { BrowserSession } from '../../src/print/browser.js'

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

/**
 * The file's shared browser. Call at the top level of a test file: it
 * registers the hook that closes the browser after the file's last test.
 * The browser starts on the first call of the returned function.
 *
 * @param options `offline: false` for a browser that may reach 127.0.0.1 (the dev server's tests).
 * @returns A function giving the running session.
 */
export function sharedBrowser(options: { offline?: boolean } = {}): () => Promise<BrowserSession> {
  let session: Promise<BrowserSession> | undefined
  after(async () => {
    if (session) await (await session.catch(() => undefined))?.close()
  })
  return () =>
    (session ??= import('../../src/print/browser.js').then(({ launchBrowser }) => launchBrowser({ executablePath, offline: options.offline })))
}

/**
 * The shared browser itself, for APIs that take a puppeteer `Browser`.
 *
 * @param session From {@link sharedBrowser}.
 */
export async function browserOf(session: () => Promise<BrowserSession>): Promise<Browser> {
  return (await session()).browser
}
