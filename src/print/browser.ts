/**
 * Starting and stopping the headless Chromium that prints decks.
 *
 * Chromium's process is started first (`chromium-process.ts`), and
 * `puppeteer-core` is loaded while it starts, then connected to it over its
 * pipe. One browser serves a whole run; every page is closed in `finally`,
 * the browser on close, on errors and on SIGINT/SIGTERM/SIGHUP, so no
 * Chromium outlives Lectern.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { readlinkSync, rmSync } from 'node:fs'
import type { ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import { awaitGroupEnd } from './process-group.js'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { LecternError } from '../errors.js'
import { ownBrowser } from './browser-lifetime.js'
import { closeGraceMs, preparePage, withDeadline } from './browser-pages.js'
import { chromiumCommandLine, startChromium, type ChromiumProcess } from './chromium-process.js'
import { offlineArgs } from './print-guard.js'
import { findBrowser, type FoundBrowser } from './find-browser.js'

/** Most milliseconds a closing session waits for puppeteer to let go of Chromium before it ends Chromium anyway. */
const disconnectGraceMs = 2_000

export { isAllowedUrl, restrictRequests, type RestrictRequestsOptions } from './print-guard.js'
export { preparePage, releasePreparedPage, withPage } from './browser-pages.js'

/**
 * Chromium flags Lectern adds to Puppeteer's defaults for every launch
 * (with {@link offlineArgs} unless `offline: false`; see `chromiumCommandLine`).
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage'
]

/** Prefix of the temporary profile folder of each browser (to find strays with `pgrep -f`). */
export const userDataDirPrefix = 'lectern-chromium-'

/** Options of {@link launchBrowser}. */
export interface LaunchBrowserOptions {
  /** Browser to start; default: found by {@link findBrowser}. */
  executablePath?: string | undefined
  /** Milliseconds to wait for the browser to start and for each protocol call; default `30000`. */
  timeout?: number | undefined
  /** Environment for the browser search and the browser; default `process.env`. */
  env?: NodeJS.ProcessEnv | undefined
  /**
   * Keep the browser off every network, loopback included (see `print-guard.ts`); default
   * `true`. Lectern's own pages are files; only a page of a server (the dev server, in its
   * tests) needs `false`.
   */
  offline?: boolean | undefined
  /**
   * Called once Chromium's process has been started, before it is ready
   * (and at the latest when the launch settles), so a caller can do its own
   * work while the browser starts; default: none.
   */
  onSpawn?: (() => void) | undefined
  /**
   * Open a page as soon as the browser is up, for the first {@link withPage}
   * to use, so that a caller busy meanwhile (building the HTML to print) does
   * not wait for it afterwards; default `false`.
   */
  preparePage?: boolean | undefined
}

/**
 * A browser a command prints with, and how to end the command's use of it:
 * a {@link BrowserSession} it started, or a connection to a browser that
 * runs on without it (see {@link BrowserLauncher}).
 */
export interface PrintingBrowser {
  /** The puppeteer browser: pass it to `exportSlidesPdf`, `exportHandoutPdf`, {@link withPage}. */
  readonly browser: Browser
  /** End the command's use of the browser (close it, or leave it); safe to call more than once. */
  close(): Promise<void>
}

/**
 * How a command gets its browser: {@link launchBrowser} by default. Another
 * launcher (given to the CLI in `CliIo.launchBrowser`, to `exportDecks`,
 * `checkLayout`, `buildGallery`) may answer some launches with a browser
 * that runs on its own, such as one shared by many runs. It takes the same
 * options and keeps the same promises: `onSpawn` is called, `preparePage` is
 * honoured (or may be ignored), an `offline` browser reaches no network, the
 * browser is owned by the current `withBrowserScope`, and `close()` ends this
 * use of it, leaving nothing of the use open in the browser.
 */
export type BrowserLauncher = (options: LaunchBrowserOptions) => Promise<PrintingBrowser>

/** A running browser and its temporary profile. */
export interface BrowserSession extends PrintingBrowser {
  /** The puppeteer browser: pass it to `exportSlidesPdf`, `exportHandoutPdf`, {@link withPage}. */
  readonly browser: Browser
  /** The browser executable and how it was found. */
  readonly executable: FoundBrowser
  /** Chromium's main process (`browser.process()` is `null`: Puppeteer connected to it, it did not start it). */
  readonly process: ChildProcess
  /** Temporary profile folder, removed on close. */
  readonly userDataDir: string
  /** Close the browser and remove its profile. Safe to call more than once. */
  close(): Promise<void>
}

const exitSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
const signalExitCodes: Record<(typeof exitSignals)[number], number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }

/**
 * Start a headless Chromium with a fresh temporary profile.
 *
 * On SIGINT/SIGTERM/SIGHUP the browser is killed and its profile removed; if
 * nothing else listens for the signal, the process then exits with the usual
 * code (130, 143, 129), so a CLI may add its own handler (for example to
 * remove temporary files) and exit itself.
 *
 * @param options Executable (default: {@link findBrowser}), timeout (default 30 s) and environment.
 * @throws {LecternError} `browser-not-found`, `browser` when it fails to start, `timeout` when it starts too slowly.
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<BrowserSession> {
  const timeout = options.timeout ?? 30_000
  const executable = await findBrowser({ executablePath: options.executablePath, env: options.env })
  const userDataDir = await mkdtemp(path.join(tmpdir(), userDataDirPrefix))
  // Chromium's own temporary files go to a folder of its own, removed with it: its socket's folder, and now and then an
  // eight-byte `.org.chromium.Chromium.XXXXXX` it leaves when ended (a clean clone's test run found one). Only where the
  // socket's path stays short (a UNIX socket's path is at most 107 bytes; past it Chromium aborts).
  const env = options.env ?? process.env
  const base = env.TMPDIR || tmpdir()
  const ownTmp = path.join(base, 'lc-XXXXXX', 'org.chromium.Chromium.XXXXXX', 'SingletonSocket').length <= 100 ? await mkdtemp(path.join(base, 'lc-')) : undefined
  const chromiumEnv = ownTmp ? { ...env, TMPDIR: ownTmp } : options.env
  let chromium: ChromiumProcess | undefined

  const end = (): void => {
    const child = chromium?.child
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        // Chromium is started as a process-group leader: end the group.
        process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
  }
  // On a signal or at exit, where nothing asynchronous runs any more.
  // (Only once the group has gone: a process still ending may write into the profile just removed, and a clean clone's
  // test run found the profile left after a SIGTERM.)
  const kill = (): void => {
    const socketDir = singletonSocketDir(userDataDir)
    const pid = chromium?.child.pid
    end()
    if (pid !== undefined) awaitGroupEnd(pid)
    for (const dir of [userDataDir, socketDir, ownTmp]) if (dir) removeNow(dir)
  }
  const onSignal = (signal: (typeof exitSignals)[number]): void => {
    kill()
    forget()
    if (process.listenerCount(signal) === 0) process.exit(signalExitCodes[signal])
  }
  let close: (() => Promise<void>) | undefined
  // Closed before Chromium started: the launch must not go on to start it (a scope that has ended closes at once).
  let abandoned = false
  // The scope that started it (a CLI command) closes it on every way out, also while it starts.
  const disown = ownBrowser({
    close: async () => {
      abandoned = true
      return close ? close() : (kill(), forget())
    }
  })
  const forget = (): void => {
    for (const signal of exitSignals) process.off(signal, onSignal)
    process.off('exit', kill)
    disown()
  }
  // (The command ended, an unknown theme found, while the browser was being found: no Chromium is started for nothing.)
  if (abandoned) throw new LecternError('The run ended before the browser started', { code: 'browser', file: executable.path })
  // Listen before launching: Ctrl-C while Chromium starts must not leave it running.
  for (const signal of exitSignals) process.on(signal, onSignal)
  process.on('exit', kill)

  let browser: Browser
  let timer: NodeJS.Timeout | undefined
  let told = false
  const tell = (): void => {
    if (!told) options.onSpawn?.()
    told = true
  }
  try {
    chromium = startChromium(executable.path, chromiumCommandLine(userDataDir, [...chromiumArgs, ...(options.offline === false ? [] : offlineArgs)]), chromiumEnv)
    tell()
    const spawned = chromium
    // Puppeteer loads while Chromium starts.
    const { default: puppeteer } = await import('puppeteer-core')
    const failed = spawned.exited.then(({ code, signal, error }) => {
      const output = spawned.recentOutput().find((line) => !/^\[[\d/.:]+ERROR/.test(line)) ?? spawned.recentOutput()[0]
      const how = error ? error.message : signal ? `it was ended by ${signal}` : `it exited with code ${code}`
      throw new LecternError(`Could not start the browser: ${how}${output ? ` (${output.trim()})` : ''}`, { code: 'browser', file: executable.path, cause: error })
    })
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LecternError(`The browser did not start within ${timeout} ms`, { code: 'timeout', file: executable.path })), timeout)
    })
    const connecting = puppeteer.connect({
      transport: spawned.transport,
      defaultViewport: { width: 800, height: 600 },
      protocolTimeout: Math.max(timeout, 30_000) * 2
    })
    // A connection that breaks because Chromium ended is explained by how it ended.
    const connected = connecting.catch(async (error: unknown) => {
      await withDeadline(spawned.exited, 1_000)
      throw error
    })
    // The ones that lose the race settle later, unheard.
    for (const promise of [connected, failed, timedOut]) promise.catch(() => undefined)
    browser = await Promise.race([connected, failed, timedOut])
  } catch (error) {
    tell()
    kill()
    forget()
    if (error instanceof LecternError) throw error
    throw new LecternError(`Could not start the browser: ${launchFailure(error)}`, {
      code: 'browser',
      file: executable.path,
      cause: error
    })
  } finally {
    clearTimeout(timer)
  }
  const started = browser
  const child = chromium.child

  let closing: Promise<void> | undefined
  const closeSession = (): Promise<void> => {
    closing ??= (async () => {
      try {
        // Its profile is thrown away, so nothing is lost by ending it at once rather than asking it to
        // shut down (which took 0.1–0.3 s, and never ends for a page stuck on a file that never loads).
        // (Never waiting long on it: on a loaded machine a command that failed before printing had waited over 30 s here
        // for a connection still opening its first page.)
        await withDeadline(started.disconnect(), disconnectGraceMs)
      } catch {
        // Ended anyway.
      } finally {
        const socketDir = singletonSocketDir(userDataDir)
        end()
        // Killed, it writes nothing more: its profile goes while the kernel ends its processes, asynchronously
        // (the unlinks run side by side, some 4 times faster than rmSync's; a retry covers a file still being made).
        await Promise.all([
          withDeadline(chromium!.exited, closeGraceMs),
          ...[userDataDir, socketDir, ownTmp].map((dir) => (dir ? rm(dir, { recursive: true, force: true, maxRetries: 3 }) : undefined))
        ])
        // (Once it has ended, its socket's folder again: a process of the group still ending had made it anew after the
        // first removal, and a clean clone's test run found it left in the temporary folder.)
        for (const dir of [socketDir, ownTmp]) if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 3 })
        forget()
      }
    })()
    return closing
  }

  close = closeSession
  if (options.preparePage) preparePage(started)
  return { browser: started, executable, process: child, userDataDir, close: closeSession }
}

/**
 * The folder Chromium made in the temporary folder for its `SingletonSocket`
 * (`/tmp/org.chromium.Chromium.XXXXXX`), which the profile links to; Chromium
 * removes it only when it shuts down by itself, not when it is ended.
 *
 * @param userDataDir The profile.
 * @returns The folder, or `undefined` when there is none (yet) or the link is not what Chromium makes.
 */
export function singletonSocketDir(userDataDir: string): string | undefined {
  let target: string
  try {
    target = readlinkSync(path.join(userDataDir, 'SingletonSocket'))
  } catch {
    return undefined
  }
  const dir = path.dirname(target)
  return path.isAbsolute(target) && path.basename(target) === 'SingletonSocket' && /^\.?[\w-]+(?:\.[\w-]+)*\.[A-Za-z0-9]{6}$/.test(path.basename(dir)) ? dir : undefined
}

/** Words for anything thrown: an error's message, an object's `message`, `code` or JSON, never `[object Object]`. */
function describeThrown(value: unknown): string {
  if (value instanceof Error) return value.message || value.name
  if (value !== null && typeof value === 'object') {
    const { message, code } = value as { message?: unknown; code?: unknown }
    if (typeof message === 'string' && message) return message
    if (typeof code === 'string' || typeof code === 'number') return `error ${code}`
    try {
      const json = JSON.stringify(value)
      if (json && json !== '{}') return json
    } catch {
      // Circular: fall through.
    }
    return `an unexplained ${value.constructor?.name ?? 'object'}`
  }
  return String(value)
}

/**
 * One line from puppeteer's launch error: its first line, or the exit code and
 * the browser's first line of stderr (`Failed to launch the browser process:
 * Code: 3 stderr: ... TROUBLESHOOTING: ...`).
 */
export function launchFailure(error: unknown): string {
  const message = describeThrown(error)
  const code = /\bCode: (\S+)/.exec(message)?.[1]
  const stderr = /\bstderr:([\s\S]*?)(?:TROUBLESHOOTING:|$)/
    .exec(message)?.[1]
    ?.split('\n')
    .map((line) => line.trim())
    .find(Boolean)
  const head = code && code !== 'null' ? `it exited with code ${code}` : (message.split('\n')[0] ?? '').trim()
  return stderr ? `${head} (${stderr})` : head
}

/** What {@link removeNow} sleeps on between its attempts. */
const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * Remove a folder at once, where nothing asynchronous runs any more (a signal
 * handler, the exit hook). A Chromium process killed a moment ago may still
 * add a file while the folder is emptied, and `rmSync`'s own retries only
 * retry removing the folder itself, never what was added inside it (the test
 * "Ctrl-C in the middle of a PDF export" found a profile left so under load):
 * each attempt here removes the whole tree again. Never throws (a signal
 * handler that throws ends in a stack trace rather than the usual exit code).
 */
function removeNow(dir: string): void {
  for (let attempt = 1; attempt <= 8; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true })
      return
    } catch {
      Atomics.wait(pause, 0, 0, attempt * 20)
    }
  }
}

/**
 * Run `fn` with a browser launched for it, and always close the browser.
 *
 * @param options As for {@link launchBrowser}.
 * @param fn Work to do with the session.
 */
export async function withBrowser<T>(
  options: LaunchBrowserOptions,
  fn: (session: BrowserSession) => Promise<T>
): Promise<T> {
  const session = await launchBrowser(options)
  try {
    return await fn(session)
  } finally {
    await session.close()
  }
}
