/**
 * Starting Chromium's process for Puppeteer to connect to, without loading
 * Puppeteer: the process starts first and gets ready while Node loads
 * `puppeteer-core` (a good part of a second on a busy machine), where
 * `puppeteer.launch` could only start it once Puppeteer had loaded.
 *
 * The flags are Puppeteer's own defaults for a headless launch (a test holds
 * them to `puppeteer.defaultArgs()`), Lectern's, and the DevTools protocol
 * over a pipe (file descriptors 3 and 4), as `launch({ pipe: true })` does.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import type { ConnectionTransport } from 'puppeteer-core'

/**
 * Puppeteer 24's default flags for a headless Chrome launch
 * (`ChromeLauncher.defaultArgs`), without the profile, the features, the
 * start page and the extensions flag, which {@link chromiumCommandLine} adds.
 */
export const puppeteerDefaultArgs: readonly string[] = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain'
]

/** Features Puppeteer 24 turns off (`--disable-features`). */
export const puppeteerDisabledFeatures: readonly string[] = [
  'Translate',
  'AcceptCHFrame',
  'MediaRouter',
  'OptimizationHints',
  'WebUIReloadButton',
  'ProcessPerSiteUpToMainFrameThreshold',
  'IsolateSandboxedIframes'
]

/** Features Puppeteer 24 turns on (`--enable-features`). */
export const puppeteerEnabledFeatures: readonly string[] = ['PdfOopif']

/**
 * Features Lectern turns off as well: the address bar's drop-down, which
 * Chromium 156 draws as two web pages (`chrome://omnibox-popup.top-chrome/`)
 * preloaded in a renderer of their own for every window, some 300 MB and
 * a good part of a second of a small machine's time that a headless print
 * never shows.
 */
export const lecternDisabledFeatures: readonly string[] = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

/**
 * The whole command line of a headless Chromium for Lectern, after the
 * executable: Puppeteer's defaults, `extraArgs`, the profile, the pipe, and
 * no start-up window (every page Lectern prints is opened in a window of its own).
 *
 * @param userDataDir The profile folder.
 * @param extraArgs Lectern's flags (`chromiumArgs`, `offlineArgs`); no `--disable-features`/`--enable-features` among them.
 */
export function chromiumCommandLine(userDataDir: string, extraArgs: readonly string[]): string[] {
  return [
    ...puppeteerDefaultArgs,
    `--disable-features=${[...puppeteerDisabledFeatures, ...lecternDisabledFeatures].join(',')}`,
    `--enable-features=${puppeteerEnabledFeatures.join(',')}`,
    `--user-data-dir=${userDataDir}`,
    '--headless=new',
    '--hide-scrollbars',
    '--mute-audio',
    '--disable-extensions',
    ...extraArgs,
    '--remote-debugging-pipe',
    '--no-startup-window'
  ]
}

/** A started Chromium process. */
export interface ChromiumProcess {
  /** The process (a process-group leader). */
  readonly child: ChildProcess
  /** The DevTools protocol over the process's pipe, for `puppeteer.connect({ transport })`. */
  readonly transport: ConnectionTransport
  /** Settles when the process has ended (or could not be started), with its exit code or signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error | undefined }>
  /** The last lines Chromium wrote to stderr (at most 20), to explain a failed start. */
  recentOutput(): string[]
}

/**
 * Start Chromium with the protocol on a pipe; returns at once (the process is
 * still starting).
 *
 * @param executablePath The browser executable.
 * @param args Its whole command line ({@link chromiumCommandLine}).
 * @param env Its environment; default `process.env`.
 */
export function startChromium(executablePath: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ChromiumProcess {
  // Its own process group, so that ending the group ends every Chromium process (as Puppeteer starts it).
  const child = spawn(executablePath, args, { detached: process.platform !== 'win32', env, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] })
  const lines: string[] = []
  let partial = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts.filter((line) => line.trim() !== ''))
    if (lines.length > 20) lines.splice(0, lines.length - 20)
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }))
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  // Node keeps the extra pipes open after the process ends; the protocol's end is this process's end.
  void exited.then(() => {
    child.stdio[3]?.destroy()
    child.stdio[4]?.destroy()
  })
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable)
  return { child, transport, exited, recentOutput: () => (partial.trim() ? [...lines, partial] : [...lines]) }
}

/**
 * The DevTools protocol over Chromium's pipe: JSON messages, each ended by a
 * NUL byte, written to file descriptor 3 and read from 4.
 */
export class PipeTransport implements ConnectionTransport {
  onmessage?: ((message: string) => void) | undefined
  readonly #write: Writable
  readonly #read: Readable
  #pending: Buffer[] = []
  #closed = false
  #onclose: (() => void) | undefined

  /**
   * @param write The pipe Chromium reads from.
   * @param read The pipe Chromium writes to.
   */
  constructor(write: Writable, read: Readable) {
    this.#write = write
    this.#read = read
    read.on('data', (chunk: Buffer) => this.#receive(chunk))
    read.on('close', () => {
      this.#closed = true
      this.#onclose?.()
    })
    // A pipe that breaks as the browser ends is reported by `close`.
    read.on('error', () => undefined)
    write.on('error', () => undefined)
  }

  /** Called once the pipe has closed; set after it closed (a browser that ended before Puppeteer had loaded), it is called at once. */
  get onclose(): (() => void) | undefined {
    return this.#onclose
  }

  set onclose(listener: (() => void) | undefined) {
    this.#onclose = listener
    if (this.#closed && listener) setImmediate(listener)
  }

  send(message: string): void {
    if (this.#closed) return
    this.#write.write(`${message}\0`)
  }

  close(): void {
    this.#closed = true
    this.#read.removeAllListeners('data')
  }

  #receive(chunk: Buffer): void {
    if (chunk.indexOf(0) === -1) {
      this.#pending.push(chunk)
      return
    }
    const buffered = this.#pending.length > 0 ? Buffer.concat([...this.#pending, chunk]) : chunk
    this.#pending = []
    let start = 0
    for (let end = buffered.indexOf(0); end !== -1; end = buffered.indexOf(0, start)) {
      const message = buffered.toString('utf8', start, end)
      // As Puppeteer's own pipe transport: each message in a task of its own.
      setImmediate(() => this.onmessage?.(message))
      start = end + 1
    }
    if (start < buffered.length) this.#pending.push(buffered.subarray(start))
  }
}
