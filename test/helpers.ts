/**
 * Shared test helpers: fixture paths, golden-file comparison, temp folders,
 * and running the built CLI.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { packageRoot } from '../src/package-paths.js'

/** The repository root. */
export const root = packageRoot
/** `test/fixtures` in the source tree. */
export const fixtures = path.join(root, 'test', 'fixtures')
/** The compiled CLI. */
export const bin = path.join(root, 'build', 'src', 'cli', 'bin.js')

/**
 * Compare `actual` with the golden file at `expectedPath`. A missing golden
 * file is written; `UPDATE=1` rewrites it.
 */
export async function golden(actual: string, expectedPath: string): Promise<void> {
  if (process.env.UPDATE === '1' || !existsSync(expectedPath)) {
    await mkdir(path.dirname(expectedPath), { recursive: true })
    await writeFile(expectedPath, actual)
    return
  }
  assert.equal(actual, await readFile(expectedPath, 'utf8'), `golden file differs: ${path.relative(root, expectedPath)} (UPDATE=1 rewrites)`)
}

/** A new temporary folder. */
export async function tempDir(prefix = 'lectern-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix))
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
 * @param options Working folder, stdin text, environment.
 */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
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
