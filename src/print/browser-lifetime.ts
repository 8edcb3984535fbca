/**
 * Who owns a browser's life: every browser `launchBrowser` starts inside
 * {@link withBrowserScope} belongs to that scope, and is closed when the scope
 * ends — however it ends (a returned exit code, an error thrown half-way, a
 * usage error found while the browser was still starting). The CLI runs each
 * command in a scope, so no path out of a command leaves a Chromium running
 * and the process waiting for it.
 *
 * Kept apart from `browser.ts` so the CLI can open a scope without loading
 * puppeteer.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** A browser that is starting or running, and how to end it. */
export interface OwnedBrowser {
  /** Close it (or stop its start); safe to call more than once. */
  close(): Promise<void>
}

/** The browsers of one scope still open, and whether the scope has ended. */
interface Scope {
  browsers: Set<OwnedBrowser>
  ended: boolean
}

const scopes = new AsyncLocalStorage<Scope>()

/**
 * Record a browser as owned by the current scope (none outside a scope: the
 * caller then owns it alone).
 *
 * @param browser The starting or running browser.
 * @returns Call when the browser has closed, to forget it.
 */
export function ownBrowser(browser: OwnedBrowser): () => void {
  const scope = scopes.getStore()
  if (!scope) return () => undefined
  if (scope.ended) {
    // Started by work the scope left behind (a launch still finding its browser): stop it at once.
    void browser.close().catch(() => undefined)
    return () => undefined
  }
  scope.browsers.add(browser)
  return () => {
    scope.browsers.delete(browser)
  }
}

/**
 * Run `fn` in a scope that owns every browser started inside it, and close
 * each of them (waiting for the ones still starting) when `fn` settles.
 *
 * @param fn The work, for example one CLI command.
 * @returns What `fn` returns.
 */
export async function withBrowserScope<T>(fn: () => Promise<T>): Promise<T> {
  const scope: Scope = { browsers: new Set(), ended: false }
  try {
    return await scopes.run(scope, fn)
  } finally {
    scope.ended = true
    await Promise.all([...scope.browsers].map((browser) => browser.close().catch(() => undefined)))
  }
}
