/**
 * Running the CLI in process (`main(argv, io)`), for tests of what it
 * prints and returns that do not need a process of their own.
 */
import { Readable, Writable } from 'node:stream'
import { main } from '../../src/cli/cli.js'
import type { RunResult } from '../helpers.js'
import { sharedLauncher } from './browser.js'

/** A writable stream that keeps what is written. */
function sink(): { stream: Writable; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += String(chunk)
      done()
    }
  })
  return { stream, text: () => text }
}

/**
 * Run `lectern ARGS` in process in `cwd`.
 *
 * @param args Arguments after `lectern`.
 * @param options Working folder and standard input.
 */
export async function runMain(args: readonly string[], options: { cwd: string; input?: string }): Promise<RunResult> {
  const stdout = sink()
  const stderr = sink()
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, stdin: Readable.from([options.input ?? '']), cwd: options.cwd, launchBrowser: sharedLauncher() })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}
