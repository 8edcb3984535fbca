/**
 * The streams the CLI writes to and reads from, and how it starts a browser,
 * given to `main(argv, io)` and to every command (a module of its own, so
 * the report and the commands share it without importing each other).
 */
import type { BrowserLauncher } from '../print/browser.js'

/** Streams the CLI writes to, and its browser launcher. */
export interface CliIo {
  /** Results (`outline`, `convert -o -`, `themes`). */
  stdout: NodeJS.WritableStream
  /** Status, warnings and errors. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  /** Standard input, for `-` as a source. */
  stdin?: NodeJS.ReadableStream | undefined
  /** Working folder; default `process.cwd()`. */
  cwd?: string | undefined
  /**
   * How a command starts the browser it prints, lays out or measures with;
   * default `launchBrowser` (a Chromium of the command's own). A program
   * that runs many commands may share one browser between them (the tests do).
   */
  launchBrowser?: BrowserLauncher | undefined
}
