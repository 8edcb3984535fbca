/**
 * Finding a Chrome or Chromium to print with.
 *
 * Lectern ships no browser (it uses `puppeteer-core`), so it looks for one in a
 * fixed order: the `--browser` option, `CHROME_PATH`,
 * `PUPPETEER_EXECUTABLE_PATH`, the usual install locations of the platform,
 * then names on `PATH`. A path the user gave explicitly must work: a missing
 * or non-executable one is an error, never silently skipped.
 */
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import path from 'node:path'
import { LecternError } from '../errors.js'

/** Where a browser path came from, in search order. */
export type BrowserSource = 'option' | 'CHROME_PATH' | 'PUPPETEER_EXECUTABLE_PATH' | 'system' | 'PATH'

/** A browser that was found. */
export interface FoundBrowser {
  /** Absolute path of the executable. */
  path: string
  /** Which step of the search found it. */
  source: BrowserSource
}

/** What one checked path turned out to be. */
export type CandidateStatus = 'found' | 'missing' | 'not-a-file' | 'not-executable'

/** One path the search looked at. */
export interface BrowserCandidate {
  /** Which step of the search this path belongs to. */
  source: BrowserSource
  /** The path looked at. */
  path: string
  /** What was there. */
  status: CandidateStatus
}

/** Options of {@link findBrowser} and {@link describeBrowserSearch}. */
export interface FindBrowserOptions {
  /** Path given by the user (`--browser`); must exist and be executable. */
  executablePath?: string | undefined
  /** Environment to read `CHROME_PATH`, `PUPPETEER_EXECUTABLE_PATH` and `PATH` from; default `process.env`. */
  env?: NodeJS.ProcessEnv | undefined
  /** Platform whose install locations and `PATH` rules apply; default `process.platform`. */
  platform?: NodeJS.Platform | undefined
  /** Install locations to try instead of the platform's usual ones (for tests). */
  systemPaths?: readonly string[] | undefined
}

/** Result of {@link describeBrowserSearch}, for `lectern doctor`. */
export interface BrowserSearchReport {
  /** The browser that would be used, if any. */
  found: FoundBrowser | undefined
  /** Every path looked at, in order, up to and including the one found. */
  checked: BrowserCandidate[]
  /** Why the search failed, when it did. */
  error: LecternError | undefined
}

/** How to get a browser, printed when none is found. */
export const browserInstallHint = [
  'Install one of these:',
  '  Debian/Ubuntu: apt-get install -y chromium',
  '  Any system:    npx @puppeteer/browsers install chrome@stable, then set CHROME_PATH to the path it prints',
  'or point Lectern at an existing Chrome/Chromium with --browser PATH (or CHROME_PATH=PATH).'
].join('\n')

/**
 * Usual install locations of Chrome, Chromium and Edge on `platform`.
 *
 * @param platform Platform; default `process.platform`.
 * @param env Environment for Windows' program folders and the macOS home; default `process.env`.
 */
export function systemBrowserPaths(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    ]
    const folders = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])]
    return folders.flatMap((folder) => apps.map((app) => path.posix.join(folder, app)))
  }

  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root)
    )
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe'
    ]
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)))
  }

  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome'
  ]
}

/** Executable names looked up on `PATH`. */
function pathNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32'
    ? ['chrome.exe', 'chromium.exe', 'msedge.exe']
    : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']
}

/** What is at `file`: an executable file, or why not. */
async function check(file: string): Promise<CandidateStatus> {
  try {
    const stats = await stat(file)
    if (!stats.isFile()) return 'not-a-file'
  } catch {
    return 'missing'
  }
  try {
    await access(file, constants.X_OK)
    return 'found'
  } catch {
    return 'not-executable'
  }
}

/** Human words for a failed explicit path. */
const statusText: Record<Exclude<CandidateStatus, 'found'>, string> = {
  missing: 'no such file',
  'not-a-file': 'it is not a file',
  'not-executable': 'the file is not executable (chmod +x?)'
}

/**
 * Search for a browser and say what was checked and what was found.
 *
 * Never throws for a missing browser: the failure is in `error`, so
 * `lectern doctor` can print the whole search.
 *
 * @param options Explicit path, environment, platform and (for tests) install locations.
 */
export async function describeBrowserSearch(options: FindBrowserOptions = {}): Promise<BrowserSearchReport> {
  const env = options.env ?? process.env
  const platform = options.platform ?? process.platform
  const checked: BrowserCandidate[] = []
  const done = (found: FoundBrowser | undefined, error?: LecternError): BrowserSearchReport => ({
    found,
    checked,
    error
  })

  // Paths the user chose: the first one given decides; it must work.
  const explicit: Array<[BrowserSource, string | undefined, string]> = [
    ['option', options.executablePath, '--browser'],
    ['CHROME_PATH', env.CHROME_PATH, 'CHROME_PATH'],
    ['PUPPETEER_EXECUTABLE_PATH', env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH']
  ]
  for (const [source, given, label] of explicit) {
    if (!given) continue
    const file = path.resolve(given)
    const status = await check(file)
    checked.push({ source, path: file, status })
    if (status === 'found') return done({ path: file, source })
    return done(
      undefined,
      new LecternError(
        `${label} is ${given}, but it cannot be used as a browser: ${statusText[status]}.\n${browserInstallHint}`,
        { code: 'browser-not-found', file: given }
      )
    )
  }

  for (const file of options.systemPaths ?? systemBrowserPaths(platform, env)) {
    const status = await check(file)
    checked.push({ source: 'system', path: file, status })
    if (status === 'found') return done({ path: file, source: 'system' })
  }

  const pathApi = platform === 'win32' ? path.win32 : path.posix
  const folders = (env.PATH ?? env.Path ?? '').split(pathApi.delimiter).filter(Boolean)
  for (const folder of folders) {
    for (const name of pathNames(platform)) {
      const file = pathApi.join(folder, name)
      const status = await check(file)
      if (status === 'missing') continue // PATH has many folders: list only what exists
      checked.push({ source: 'PATH', path: file, status })
      if (status === 'found') return done({ path: file, source: 'PATH' })
    }
  }

  return done(
    undefined,
    new LecternError(
      `No Chrome or Chromium found (looked at --browser, CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, ` +
        `${platform} install locations and PATH).\n${browserInstallHint}`,
      { code: 'browser-not-found' }
    )
  )
}

/**
 * Find the browser to print with.
 *
 * Order: `options.executablePath`, `CHROME_PATH`, `PUPPETEER_EXECUTABLE_PATH`,
 * the platform's install locations, then names on `PATH`.
 *
 * @param options Explicit path, environment (default `process.env`) and platform (default `process.platform`).
 * @throws {LecternError} `browser-not-found` when an explicit path is unusable or nothing is found; the message says how to install one.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<FoundBrowser> {
  const report = await describeBrowserSearch(options)
  if (report.found) return report.found
  throw report.error ?? new LecternError(`No Chrome or Chromium found.\n${browserInstallHint}`, { code: 'browser-not-found' })
}
