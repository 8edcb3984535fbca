/**
 * What a page in Lectern's browser may reach: the one place that decides it.
 * A deck being printed, checked or measured may load its own files and
 * nothing else — no network, no file outside its folder — whatever its
 * scripts try (fetch, a WebSocket, a worker, a popup, a beacon).
 *
 * Three locks, each enough on its own for the network:
 *
 * 1. The browser: {@link offlineArgs} send every request of every page,
 *    worker and popup through a proxy that cannot be reached (its name never
 *    resolves, loopback included), so nothing leaves Chromium.
 * 2. The page's requests: {@link restrictRequests} lets through `file:` URLs
 *    inside the deck's folder and `data:`/`blob:`/`about:` URLs, aborts and
 *    reports the rest.
 * 3. The document: the page is served with a Content-Security-Policy
 *    ({@link printCsp}) that forbids connections (fetch, XHR, WebSocket,
 *    EventSource, beacons), workers, plugins and forms; popups are closed as
 *    they open and dialogs dismissed, so neither can stall the print.
 */
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { HTTPRequest, Page } from 'puppeteer-core'

/**
 * Chromium flags that take the whole browser off the network: every request
 * goes to a proxy whose name never resolves (`.invalid`, and every host name
 * maps to "not found"), loopback addresses included, and pages may not open
 * new windows. Pages load `file:` URLs only, which no proxy touches.
 */
export const offlineArgs: readonly string[] = [
  '--proxy-server=http://lectern-offline.invalid:1',
  '--proxy-bypass-list=<-loopback>',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--block-new-web-contents'
]

/**
 * The Content-Security-Policy of a page Lectern prints: its own files and
 * inline code run (a deck is made of them), nothing connects anywhere, no
 * worker starts, no plugin or form.
 */
export const printCsp = [
  "default-src file: data: blob: 'unsafe-inline' 'unsafe-eval'",
  "connect-src 'none'",
  "worker-src 'none'",
  'frame-src file: data:',
  "object-src 'none'",
  "form-action 'none'",
  "base-uri 'none'"
].join('; ')

/** Options of {@link restrictRequests}. */
export interface RestrictRequestsOptions {
  /** Folders whose files the page may load (usually the built deck's folder). */
  allowedRoots: readonly string[]
  /** Called with each blocked URL, once per URL. */
  onBlocked?: ((url: string) => void) | undefined
}

/** Whether `file` is `root` or inside it. */
function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file)
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
}

/**
 * Whether a page printing a deck may load `url`: `data:`, `blob:` and
 * `about:` URLs, and `file:` URLs inside one of `allowedRoots`.
 *
 * @param url Requested URL.
 * @param allowedRoots Absolute folders.
 */
export function isAllowedUrl(url: string, allowedRoots: readonly string[]): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false
  const file = path.resolve(fileURLToPath(parsed))
  return allowedRoots.some((root) => isInside(file, path.resolve(root)))
}

/**
 * Guard `page` before it navigates: let it load only the deck's own files
 * (`file:` URLs under `allowedRoots`, plus `data:`/`blob:`), serve its
 * documents with {@link printCsp}, close popups and dismiss dialogs. Every
 * refused request, connection, worker and popup is reported once.
 *
 * @param page Page to guard.
 * @param options Allowed folders and a callback for blocked URLs.
 * @returns The list that blocked URLs are appended to, each once.
 */
export async function restrictRequests(page: Page, options: RestrictRequestsOptions): Promise<string[]> {
  const blocked: string[] = []
  const block = (url: string): void => {
    if (blocked.includes(url)) return
    blocked.push(url)
    options.onBlocked?.(url)
  }
  await page.setRequestInterception(true)
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return
    const url = request.url()
    if (!isAllowedUrl(url, options.allowedRoots)) {
      block(url)
      void request.abort('blockedbyclient').catch(() => undefined)
      return
    }
    if (request.isNavigationRequest() && url.startsWith('file:')) {
      void serveWithPolicy(request, url)
      return
    }
    void request.continue().catch(() => undefined)
  })
  // What the policy refuses in the page (a WebSocket, a worker, a fetch) is reported like a blocked request.
  await page.exposeFunction('__lecternBlocked', (url: unknown) => {
    if (typeof url === 'string' && url !== '') block(url)
  })
  await page.evaluateOnNewDocument(() => {
    const report = (globalThis as unknown as { __lecternBlocked(url: string): Promise<void> }).__lecternBlocked
    addEventListener('securitypolicyviolation', (event) => {
      // A worker from a blob: URL is reported as `blob`: say what it was.
      const uri = /^[a-z-]+$/.test(event.blockedURI) ? `${event.blockedURI}: (${event.effectiveDirective})` : event.blockedURI
      void report(uri)
    })
    // No popups: window.open opens nothing and says where it would have gone.
    window.open = (url?: string | URL) => {
      void report(url === undefined || url === '' ? 'about:blank (window.open)' : new URL(String(url), location.href).href)
      return null
    }
  })
  // A popup opened another way (a link with target=_blank clicked by a script) is closed as it opens.
  page.on('popup', (popup) => {
    if (!popup) return
    const url = popup.url()
    if (url && !/^(?:about:blank|chrome-error:)/.test(url)) block(url)
    void popup.close().catch(() => undefined)
  })
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined))
  return blocked
}

/** Answer a document request with the file and the print policy as a header. */
async function serveWithPolicy(request: HTTPRequest, url: string): Promise<void> {
  try {
    // Never block on a pipe: only a regular file is read.
    const handle = await open(fileURLToPath(url), constants.O_RDONLY | constants.O_NONBLOCK)
    let body: Buffer
    try {
      if (!(await handle.stat()).isFile()) throw new Error('not a file')
      body = await handle.readFile()
    } finally {
      await handle.close()
    }
    const type = /\.x?html?$/i.test(new URL(url).pathname) ? 'text/html; charset=utf-8' : 'application/octet-stream'
    await request.respond({ status: 200, headers: { 'content-security-policy': printCsp }, contentType: type, body })
  } catch {
    await request.abort('failed').catch(() => undefined)
  }
}
