/**
 * What every command shares: the streams it writes to, flag parsing that
 * turns mistakes into usage errors, deck overrides from flags, and printing
 * vfile messages the way unified tools do.
 */
import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { isLayoutName, layoutNames } from '../../article/layouts.js'
import type { BrowserSession } from '../../print/browser.js'
import type { ThemeMeasurer } from '../../theme/deck-metrics.js'
import { LecternError, exitCodes, isLecternError } from '../../errors.js'
import type { FittedSlide } from '../../print/pdf.js'
import { createThemeMeasurer } from '../../theme/theme-measurer.js'
import type { DeckConfig } from '../../types.js'

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

export { printError } from './print-error.js'

/** Registers a handler run on Ctrl-C instead of exiting (the dev server). */
export type OnInterrupt = (handler: () => Promise<void>) => void

/** A command's flags: each a string or boolean, with an optional one-letter alias. */
export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>

/** Parsed values of a {@link FlagSpec}. */
export type FlagValues<T extends FlagSpec> = { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string }

/**
 * Parse flags strictly; an unknown flag or a missing value is a usage error.
 *
 * @param args Arguments after the command.
 * @param options The command's flags.
 */
export function parseFlags<T extends FlagSpec>(args: readonly string[], options: T): { values: FlagValues<T>; positionals: string[] } {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as unknown as { values: FlagValues<T>; positionals: string[] }
  } catch (error) {
    throw new LecternError(`${(error as Error).message.split('\n')[0]}; run \`lectern --help\``, { code: 'usage', cause: error })
  }
}

/** Flags that set deck options, shared by `build`, `pdf`, `check` and `serve`. */
export const deckFlags = {
  theme: { type: 'string', short: 't' },
  'slide-level': { type: 'string' },
  condense: { type: 'boolean' },
  'no-condense': { type: 'boolean' },
  'max-bullets': { type: 'string' },
  'max-words': { type: 'string' },
  'no-agenda': { type: 'boolean' },
  'no-closing': { type: 'boolean' },
  layout: { type: 'string' }
} satisfies FlagSpec

/**
 * Parse a whole number flag.
 *
 * @param name Flag name, for the message.
 * @param value As given.
 * @param min Smallest allowed.
 * @param max Largest allowed.
 */
export function integerFlag(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new LecternError(`--${name} expects a whole number from ${min} to ${max}, not \`${value}\``, { code: 'usage' })
  }
  return number
}

/**
 * Deck overrides from the shared deck flags.
 *
 * @param values Parsed flag values.
 */
export function overridesFrom(values: {
  theme?: string | undefined
  'slide-level'?: string | undefined
  condense?: boolean | undefined
  'no-condense'?: boolean | undefined
  'max-bullets'?: string | undefined
  'max-words'?: string | undefined
  'no-agenda'?: boolean | undefined
  'no-closing'?: boolean | undefined
  layout?: string | undefined
}): Partial<DeckConfig> {
  const overrides: Partial<DeckConfig> = {}
  if (values.theme) overrides.theme = values.theme
  const level = integerFlag('slide-level', values['slide-level'], 1, 6)
  if (level !== undefined) overrides.slideLevel = level
  if (values.condense && values['no-condense']) throw new LecternError('--condense and --no-condense contradict each other', { code: 'usage' })
  if (values.condense) overrides.condense = true
  if (values['no-condense']) overrides.condense = false
  const bullets = integerFlag('max-bullets', values['max-bullets'], 1, 20)
  if (bullets !== undefined) overrides.maxBullets = bullets
  const words = integerFlag('max-words', values['max-words'], 3, 60)
  if (words !== undefined) overrides.maxWords = words
  if (values['no-agenda']) overrides.agenda = false
  if (values['no-closing']) overrides.closing = false
  if (values.layout !== undefined) overrides.layout = layoutFlag(values.layout)
  return overrides
}

/**
 * Parse `--layout`: `auto` (choose by content, in any deck) or a layout name
 * (every content slide's layout; `bullets` turns the choice off).
 *
 * @param value As given.
 */
function layoutFlag(value: string): DeckConfig['layout'] {
  if (value === 'auto' || isLayoutName(value)) return value
  throw new LecternError(`--layout expects auto or one of ${layoutNames.join(', ')}, not \`${value}\``, { code: 'usage' })
}

/** A command's theme measurer, and how to stop the browser it may have started. */
export interface CliMeasurer {
  /** Give this to `buildDeck`. */
  measure: ThemeMeasurer
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
 * @param options `--browser` path, timeout, and the command's own browser.
 */
export function cliThemeMeasurer(options: { executablePath?: string | undefined; timeout?: number | undefined; session?: Promise<BrowserSession> | undefined }): CliMeasurer {
  let started: Promise<BrowserSession> | undefined
  const session = (): Promise<BrowserSession> =>
    options.session ?? (started ??= import('../../print/browser.js').then(({ launchBrowser }) => launchBrowser({ executablePath: options.executablePath, timeout: options.timeout })))
  return {
    measure: createThemeMeasurer({ browser: async () => (await session()).browser, timeout: options.timeout }),
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
    copy.messages.push(...messages)
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

