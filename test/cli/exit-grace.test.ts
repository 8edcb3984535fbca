/**
 * A finished command ends its process even when a timer is left behind: a
 * library's pending wait (puppeteer's for a page a failed run had begun to
 * open, 30 s under load) once held a failed `build --pdf` long after its
 * message and exit code were settled.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url))

test('should end a finished command within seconds though a timer of a minute is pending', async () => {
  // A timer of a minute, as a library might leave one, set before the CLI runs.
  const pending = `data:text/javascript,${encodeURIComponent('setTimeout(() => {}, 60_000)')}`
  const started = Date.now()
  const child = spawn(process.execPath, ['--import', pending, bin, '--version'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  assert.equal(code, 0)
  assert.match(stdout, /\d+\.\d+\.\d+/)
  // (A minute of the timer against seconds of the grace: no timing is close.)
  assert.ok(Date.now() - started < 30_000, `ended after ${Date.now() - started} ms`)
})
