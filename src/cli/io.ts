/**
 * The streams the CLI writes to and reads from, given to `main(argv, io)`
 * and to every command (a module of its own, so the report and the
 * commands share it without importing each other).
 */

/** Streams the CLI writes to. */
export interface CliIo {
  /** Results (`outline`, `convert -o -`, `themes`). */
  stdout: NodeJS.WritableStream
  /** Status, warnings and errors. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** Standard input, for `-` as a source. */
  stdin?: NodeJS.ReadableStream | undefined
  /** Working folder; default `process.cwd()`. */
  cwd?: string | undefined
}
