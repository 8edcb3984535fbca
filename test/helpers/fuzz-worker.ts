/**
 * Runs fuzz cases for `test/cli/fuzz.test.ts` in a worker thread: each case
 * is `lectern build` called in process, so a case that never ends (even in a
 * synchronous loop) can be stopped by terminating the worker.
 */
import { Writable } from 'node:stream'
import { parentPort } from 'node:worker_threads'
import { main } from '../../src/cli/cli.js'

/** One case: a source in its own project folder. */
export interface FuzzCase {
  id: number
  /** Project folder (the working folder of the run). */
  cwd: string
  /** Arguments after `lectern`. */
  args: string[]
}

/** What a case did. */
export interface FuzzResult {
  id: number
  code: number
  stderr: string
}

function sink(): { stream: Writable; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (text.length < 20_000) text += String(chunk)
      done()
    }
  })
  return { stream, text: () => text }
}

parentPort?.on('message', (item: FuzzCase) => {
  const stdout = sink()
  const stderr = sink()
  void main(item.args, { stdout: stdout.stream, stderr: stderr.stream as Writable & { isTTY?: boolean }, cwd: item.cwd })
    .then((code) => parentPort?.postMessage({ id: item.id, code, stderr: stderr.text() } satisfies FuzzResult))
    .catch((error: unknown) => parentPort?.postMessage({ id: item.id, code: -1, stderr: `threw: ${(error as Error)?.stack ?? String(error)}` } satisfies FuzzResult))
})
