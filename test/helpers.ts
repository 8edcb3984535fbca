/**
 * Shared test helpers: fixture paths, golden-file comparison, temp folders,
 * and running the CLI (in this process, or the built executable).
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { packageRoot } from '../src/package-paths.js'
import { sharedLauncher } from './helpers/browser.js'

/** The repository root. */
export const root = packageRoot
/** `test/fixtures` in the source tree. */
export const fixtures = path.join(root, 'test', 'fixtures')
/** The CLI as `tsc` compiled it (`build/src/cli/bin.js`). */
export const tscBin = path.join(root, 'build', 'src', 'cli', 'bin.js')
/**
 * The CLI that tests start as a process: the bundled executable the test run
 * made from this build (`LECTERN_TEST_CLI`, set by `test/run.ts`), as the
 * package ships it; else, for a file run on its own, {@link tscBin}.
 */
export const bin = process.env['LECTERN_TEST_CLI'] ?? tscBin

/**
 * Compare `actual` with the golden file at `expectedPath`. A missing golden
 * file fails the test; `UPDATE=1` writes it (and rewrites every other one).
 *
 * @param actual What the code produced.
 * @param expectedPath The expectation file.
 */
export async function golden(actual: string, expectedPath: string): Promise<void> {
  const shown = path.relative(root, expectedPath)
  if (process.env.UPDATE === '1') {
    await mkdir(path.dirname(expectedPath), { recursive: true })
    await writeFile(expectedPath, actual)
    return
  }
  assert.ok(existsSync(expectedPath), `golden file missing: ${shown} (UPDATE=1 writes it; review it like code)`)
  assert.equal(actual, await readFile(expectedPath, 'utf8'), `golden file differs: ${shown} (UPDATE=1 rewrites)`)
}

/** The folders {@link tempDir} made, removed when the test process ends. */
const made: string[] = []
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** A new temporary folder, removed when the test process ends (a suite run left ~180 folders in the system's temp folder). */
export async function tempDir(prefix = 'lectern-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A deck's HTML without its speaker notes: the text on the slides' faces. */
export function slideFaces(html: string): string {
  return html.replace(/<aside[\s\S]*?<\/aside>/g, '')
}

/** The HTML inside `<div class="slides">` of a deck. */
export function slidesHtml(html: string): string {
  const start = html.indexOf('<div class="slides">')
  const end = html.lastIndexOf('</div></div>')
  assert.ok(start >= 0 && end > start, 'deck has a .slides container')
  return html.slice(start + '<div class="slides">'.length, end) + '\n'
}

/** The result of running the CLI. */
export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run the compiled CLI with `args` in `cwd`.
 *
 * @param args Arguments.
 * @param options Working folder, stdin text, environment, and the CLI file to run (default: {@link bin}).
 */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeout?: number; executable?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.executable ?? bin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeout ?? 120_000
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

/**
 * Run the CLI in this process: `main(argv, io)` with in-memory streams. Use it
 * wherever the process itself (signals, exit, the executable) is not what is
 * tested; it gives the same exit code, stdout and stderr as {@link runCli}
 * without starting Node again. In `npm test` a command that prints uses the
 * run's Chromium instead of starting one (`sharedLauncher`).
 *
 * `env` is set on `process.env` for the run and put back after it, so tests
 * that use it must not run concurrently within one file (the default).
 *
 * @param args Arguments.
 * @param options Working folder (default: the repository), stdin text, environment.
 */
export async function runMain(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
  const saved = new Map<string, string | undefined>()
  for (const [key, value] of Object.entries(options.env ?? {})) {
    saved.set(key, process.env[key])
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    const { main } = await import('../src/cli/cli.js')
    // In `npm test`, the run's Chromium answers the launches of a command that prints (see sharedLauncher).
    const code = await main(args, { stdout, stderr, stdin: Readable.from([options.input ?? '']), cwd: options.cwd ?? root, launchBrowser: sharedLauncher() })
    stdout.end()
    stderr.end()
    await new Promise((resolve) => setImmediate(resolve))
    return { code, stdout: out, stderr: err }
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}
