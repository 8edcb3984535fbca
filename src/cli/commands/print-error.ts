/**
 * Printing an error the way every command does. Kept apart from `shared.ts`
 * so the CLI's entry module stays light (`lectern --version` loads no
 * reporter).
 */
import { isLecternError } from '../../errors.js'

/** Set once the run is being interrupted: what fails because of it is not news. */
let interrupted = false

/** Print no more errors: the run is being interrupted (its own line says so). */
export function silenceErrors(): void {
  interrupted = true
}

/**
 * Print an error as one line on stderr: a `LecternError` as
 * `lectern: file:line: message`, anything else as an unexpected error (with
 * its stack when `LECTERN_DEBUG` is set).
 *
 * @param error What was thrown.
 * @param io Streams.
 */
export function printError(error: unknown, io: { stderr: NodeJS.WritableStream }): void {
  if (interrupted) return
  if (isLecternError(error)) {
    io.stderr.write(`lectern: ${error.toString()}\n`)
    return
  }
  io.stderr.write(`lectern: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.LECTERN_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`)
}
