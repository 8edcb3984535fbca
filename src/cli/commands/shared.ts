/**
 * What every command shares: the streams it writes to, the run it is given,
 * deck overrides from options, and printing vfile messages the way unified
 * tools do.
 */
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import type { BrowserLauncher, PrintingBrowser } from '../../print/browser.js'
import type { ThemeMeasurer } from '../../theme/deck-metrics.js'
import { exitCodes, isLecternError } from '../../errors.js'
import type { FittedSlide } from '../../print/pdf.js'
import { createThemeMeasurer } from '../../theme/theme-measurer.js'
import { createDiagramRenderer } from '../../mermaid/diagram-renderer.js'
import type { DiagramRenderer } from '../../mermaid/mermaid-blocks.js'
import type { DeckConfig } from '../../types.js'
import type { ConfigWarning } from '../config.js'
import type { CliOptions, CommandName } from '../options.js'
import type { CliIo } from '../io.js'
import type { RunReport } from '../report.js'

export type { CliIo } from '../io.js'

export { printError } from './print-error.js'

/** Registers a handler run on Ctrl-C instead of exiting (the dev server). */
export type OnInterrupt = (handler: () => Promise<void>) => void

/** A command to run: what the command line and the config file ask for. */
export interface CommandRun {
  /** The command. */
  command: CommandName
  /** Its arguments (sources, or a file). */
  args: string[]
  /** Options: the config file's, then the command line's over them. */
  options: CliOptions
  /** The options typed on the command line alone (for a check about what was typed, such as `--scale` without `--png`); default: none known. */
  commandLine?: CliOptions | undefined
  /** Unknown keys of the config file (already printed). */
  configWarnings: ConfigWarning[]
  /** Registers what Ctrl-C does instead of exiting (the dev server, `--watch`). */
  onInterrupt: OnInterrupt
  /** What the run did, for `--json` and `--strict`. */
  report: RunReport
}

/**
 * Deck overrides from the deck options (`--theme`, `--slide-level`…).
 *
 * @param options Checked options.
 */
export function overridesFrom(options: CliOptions): Partial<DeckConfig> {
  const overrides: Partial<DeckConfig> = {}
  if (options.theme) overrides.theme = options.theme
  if (options.slideLevel !== undefined) overrides.slideLevel = options.slideLevel
  if (options.condense !== undefined) overrides.condense = options.condense
  if (options.maxBullets !== undefined) overrides.maxBullets = options.maxBullets
  if (options.maxWords !== undefined) overrides.maxWords = options.maxWords
  if (options.agenda === false) overrides.agenda = false
  if (options.closing === false) overrides.closing = false
  if (options.layout !== undefined) overrides.layout = options.layout
  if (options.lang !== undefined && options.lang.trim() !== '') overrides.lang = options.lang.trim()
  if (options.title !== undefined && options.title.trim() !== '') overrides.title = options.title.trim()
  if (options.author !== undefined && options.author.trim() !== '') overrides.author = options.author.trim()
  return overrides
}

/** A command's theme measurer, and how to stop the browser it may have started. */
export interface CliMeasurer {
  /** Give this to `buildDeck`. */
  measure: ThemeMeasurer
  /** Draws Mermaid diagrams in the same browser (cached by content); give this to `buildDeck`. */
  diagrams: DiagramRenderer
  /** Close the browser started for measuring, if one was. */
  close(): Promise<void>
}

/**
 * Measure themes that have no committed measurements (cached by content, see
 * `theme-measurer.ts`) in the command's browser: `session` when the command
 * starts one anyway (to print), else one found as `build` finds it and
 * started on the first theme not in the cache. Without a browser, decks are
 * fitted to a cautious estimate and warned about.
 *
 * @param options `--browser` path, timeout, the command's own browser, and how to start one (`CliIo.launchBrowser`).
 */
export function cliThemeMeasurer(options: { executablePath?: string | undefined; timeout?: number | undefined; session?: Promise<PrintingBrowser> | undefined; launch?: BrowserLauncher | undefined }): CliMeasurer {
  let started: Promise<PrintingBrowser> | undefined
  const session = (): Promise<PrintingBrowser> =>
    options.session ??
    (started ??= import('../../print/browser.js').then(({ launchBrowser }) => (options.launch ?? launchBrowser)({ executablePath: options.executablePath, timeout: options.timeout })))
  return {
    measure: createThemeMeasurer({ browser: async () => (await session()).browser, timeout: options.timeout }),
    diagrams: createDiagramRenderer({ browser: async () => (await session()).browser, timeout: options.timeout }),
    async close() {
      if (started) await started.then((running) => running.close(), () => undefined)
    }
  }
}

/**
 * The exit code of a command that failed with `error` (one deck, or one
 * step): its own code for a `LecternError` (timeout 8, output 4, theme 5…),
 * else 3, as every unexpected failure of one deck is about its input.
 *
 * @param error What the command failed with.
 */
export function exitCodeOf(error: unknown): number {
  return isLecternError(error) ? exitCodes[error.code] : exitCodes.input
}

/** How much to print: errors only, warnings too (default), or every note. */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

/**
 * Print the messages of `files` to stderr like every unified tool does.
 * Info messages (what the text recogniser dropped) show with `--verbose`.
 *
 * @param files Files with messages.
 * @param io Streams.
 * @param verbosity What to show.
 */
export function reportMessages(files: readonly VFile[], io: CliIo, verbosity: Verbosity): void {
  const shown: VFile[] = []
  for (const file of files) {
    const messages = file.messages.filter((message) =>
      verbosity === 'verbose' ? true : verbosity === 'quiet' ? message.fatal === true : message.fatal !== undefined && message.fatal !== null
    )
    if (messages.length === 0) continue
    const copy = new VFile({ path: file.path, cwd: file.cwd })
    // One line per message: a plugin's underlying error (its stack, coloured by unist's visitors) is not for the reader.
    copy.messages.push(...messages.map((message) => (message.cause === undefined ? message : Object.assign(Object.create(Object.getPrototypeOf(message) as object) as typeof message, message, { cause: undefined }))))
    shown.push(copy)
  }
  if (shown.length === 0) return
  const text = reporter(shown, { color: Boolean(io.stderr.isTTY) && !process.env.NO_COLOR })
  if (text) io.stderr.write(`${text}\n`)
}

/**
 * Warn that the browser had to shrink a slide that Lectern's layout model
 * thought would fit (the deck's `fit.js` did it when the deck was laid out).
 *
 * @param file The deck's source file.
 * @param slide The slide, from a layout or a printed PDF.
 */
export function reportFitted(file: VFile, slide: FittedSlide): void {
  file.message(`Slide ${slide.index}${slide.title ? ` (“${slide.title}”)` : ''} did not fit when laid out in the browser: shrunk to ${Math.round(slide.scale * 100)}%`, {
    place: slide.line ? { line: slide.line, column: 1 } : undefined,
    ruleId: 'slide-shrunk-in-browser',
    source: 'lectern'
  })
}

/**
 * Read all of standard input as text.
 *
 * @param stream The stream (stdin).
 */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

