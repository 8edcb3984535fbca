/**
 * A reader that stops early (`lectern build --help | head -3`) closes the
 * pipe: Lectern ends quietly, with no stack trace.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url))

test('should end quietly when its reader closes the pipe early', async () => {
  const child = spawn(process.execPath, [bin, 'build', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  // Read the first chunk, then close our end, as `head` does.
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  child.stdout.destroy()
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  assert.doesNotMatch(stderr, /EPIPE|at \w+ \(|node:internal/, stderr)
  assert.equal(code, 0)
})
