/**
 * `lectern build` and `lectern pdf`: decks to HTML, slide PDFs and handouts.
 * HTML is built first; when a PDF is asked for, the browser modules are
 * loaded, one browser prints every deck, and each deck's failures are
 * reported without stopping the others. A page built only to be printed
 * (`pdf`, `--no-html`) is built in a temporary folder, removed afterwards.
 * `--watch` hands the built run to `watch.ts`.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { VFile } from 'vfile'
import type { BrowserSession } from '../../print/browser.js'
import { buildDeck, type BuiltDeck } from '../../write/build.js'
import { LecternError, exitCodes, isLecternError } from '../../errors.js'
import type { HandoutLayout, Paper } from '../../print/handout-layout.js'
import { expandInputs, type DeckSource } from '../../read/inputs.js'
import { planOutputs, type DeckOutputs } from '../../write/output-plan.js'
import { AssetWriter } from '../../write/write-assets.js'
import { describeWriteError, discardFile, makeDirectory, markTemporary } from '../../write/write-file.js'
import { isInside } from '../../read/read-policy.js'
import type { CliOptions } from '../options.js'
import type { RunReport } from '../report.js'
import { cliThemeMeasurer, exitCodeOf, overridesFrom, printError, readAll, reportFitted, reportMessages, type CliIo, type CommandRun, type Verbosity } from './shared.js'

/** What a `build` or `pdf` run writes, settled from its options. */
export interface BuildSettings {
  cwd: string
  /** Absolute output folder. */
  outDir: string
  /** `-o FILE.pdf` or `-o FILE.html` with one deck: that file. */
  outFile: string | undefined
  html: boolean
  pdf: boolean
  handout: HandoutLayout | undefined
  paper: Paper
  options: CliOptions
  verbosity: Verbosity
}

/**
 * Settle what a run writes from its options; `pdf` is `build --pdf --no-html`
 * unless `--html` is given.
 *
 * @param run The command run.
 * @param cwd The working folder.
 * @throws {LecternError} `usage` when nothing would be written.
 */
export function settleBuild(run: CommandRun, cwd: string): BuildSettings {
  const { options } = run
  const pdf = options.pdf === true || run.command === 'pdf'
  const html = options.html ?? run.command !== 'pdf'
  if (!html && !pdf && options.handout === undefined) throw new LecternError('--no-html leaves nothing to do; add --pdf or --handout', { code: 'usage' })
  const out = path.resolve(cwd, options.outDir ?? 'dist')
  const named = /\.(pdf|html?)$/i.exec(out)?.[1]?.toLowerCase()
  if (named === 'pdf' && !pdf) throw new LecternError(`-o ${options.outDir} names a PDF, but only HTML is written; add --pdf (or run lectern pdf)`, { code: 'usage' })
  if (named?.startsWith('htm') && !html) throw new LecternError(`-o ${options.outDir} names an HTML file, but the HTML is not kept; drop --no-html or name a .pdf`, { code: 'usage' })
  return {
    cwd,
    outDir: named ? path.dirname(out) : out,
    outFile: named ? out : undefined,
    html,
    pdf,
    handout: options.handout,
    paper: options.paper ?? 'a4',
    options,
    verbosity: options.quiet ? 'quiet' : options.verbose ? 'verbose' : 'normal'
  }
}

/**
 * Run `build` (or `pdf`).
 *
 * @param run The command run: sources, options, report.
 * @param io Streams.
 * @returns The exit code.
 */
export async function buildCommand(run: CommandRun, io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  const settings = settleBuild(run, cwd)
  const { report } = run
  const status = statusWriter(io, settings.verbosity)
  const sources = await expandInputs(run.args.length > 0 ? run.args : ['slides'], cwd, {
    format: settings.options.format,
    onSkip: (skipped, kept) => status(`note: ${skipped} skipped: ${kept}, of the same name, is built instead`)
  })
  report.inputs(sources.map((source) => ({ path: source.path, name: source.name })))
  if (settings.options.watch) {
    if (sources.some((source) => source.stdin)) throw new LecternError('--watch cannot watch standard input; name a file or folder', { code: 'usage' })
    return (await import('./watch.js')).watchBuild(sources, settings, run, io)
  }
  const printing = settings.pdf || settings.handout !== undefined
  // Start Chromium while the HTML is built: the launch costs about as much as building a large deck.
  const launching = printing ? startBrowser(io, settings.options) : undefined
  launching?.catch(() => undefined)
  const outcome = await buildDecks(sources, settings, io, report, { launching })
  return report.finish(outcome.code)
}

/** What {@link buildDecks} did. */
export interface BuildOutcome {
  /** The exit code of this round. */
  code: number
  /** The decks built (their vfiles carry their warnings). */
  built: BuiltDeck[]
  /** Every failure, in order. */
  failures: unknown[]
}

/** How {@link buildDecks} prints. */
export interface PrintContext {
  /** The browser being started; undefined when nothing is printed. */
  launching?: Promise<BrowserSession> | undefined
  /** Keep the browser open afterwards (`--watch`); default: close it. */
  keepBrowser?: boolean | undefined
  /** Standard input, already read. */
  stdinText?: string | undefined
  /** Print a line for each output written; default true (a watch prints one line per round instead). */
  announce?: boolean | undefined
}

/**
 * Build decks and print what was asked for: every output planned first, the
 * HTML built, then the PDFs and handouts printed with one browser.
 *
 * @param sources The decks.
 * @param settings What to write.
 * @param io Streams.
 * @param report Where outputs, warnings and timings are recorded.
 * @param context The browser.
 */
export async function buildDecks(sources: readonly DeckSource[], settings: BuildSettings, io: CliIo, report: RunReport, context: PrintContext): Promise<BuildOutcome> {
  const { cwd, options } = settings
  const status = statusWriter(io, context.announce === false ? 'quiet' : settings.verbosity)
  const printing = settings.pdf || settings.handout !== undefined
  // A page written only to be printed goes in a temporary folder, removed afterwards (and on an interrupt).
  const printDir = settings.html ? undefined : await mkdtemp(path.join(tmpdir(), 'lectern-print-'))
  if (printDir) markTemporary(printDir)
  try {
    // Every output is known before anything is written: two on one path stop the run here.
    const plans = planOutputs(sources, settings.outDir, { html: settings.html, pdf: settings.pdf, handout: settings.handout !== undefined }, { printDir, file: settings.outFile })
    if (!settings.html) await ensureFolder(settings.outDir, cwd)
    const stdinText = context.stdinText ?? (sources.some((source) => source.stdin) && io.stdin ? await readAll(io.stdin) : undefined)
    const assets = new AssetWriter(path.dirname(plans[0]?.html ?? settings.outDir))
    const built: { deck: BuiltDeck; plan: DeckOutputs }[] = []
    const files: VFile[] = []
    // Every failure, in order: a single deck exits with the code of its first one.
    const failures: unknown[] = []
    const measurer = cliThemeMeasurer({ executablePath: options.browser, timeout: options.timeout, session: context.launching })
    const started = performance.now()
    try {
      for (const plan of plans) {
        const { source } = plan
        try {
          const deck = await buildDeck(source, {
            outDir: path.dirname(plan.html),
            cwd,
            overrides: overridesFrom(options),
            assets,
            stdinText,
            measureTheme: measurer.measure,
            renderDiagrams: measurer.diagrams,
            format: options.format,
            safe: options.safe ? true : undefined,
            htmlName: path.basename(plan.html)
          })
          built.push({ deck, plan })
          files.push(deck.rendered.file)
          if (settings.html) {
            status(`built ${report.relative(deck.htmlPath)} (${plural(deck.rendered.deck.slideCount, 'slide')})`)
            report.output({ path: deck.htmlPath, kind: 'html', input: source.path, slides: deck.rendered.deck.slideCount })
          }
        } catch (error) {
          failures.push(error)
          report.error(error)
          printError(error, io)
          if (isLecternError(error) && (error.code === 'output' || error.code === 'usage' || error.code === 'theme')) {
            if (sources.length === 1) return { code: exitCodes[error.code], built: [], failures }
          }
        }
      }
    } finally {
      report.time('build', performance.now() - started)
      if (!context.launching) await measurer.close()
    }

    if (context.launching && built.length === 0 && !context.keepBrowser) await context.launching.then((session) => session.close()).catch(() => undefined)
    if (context.launching && built.length > 0 && printing) {
      const printStarted = performance.now()
      const printed = await printDecks(built, io, report, context.launching, {
        layout: settings.handout,
        paper: settings.paper,
        fragments: options.fragments === true,
        concurrency: options.concurrency,
        timeout: options.timeout,
        quiet: settings.verbosity === 'quiet' || context.announce === false,
        keepBrowser: context.keepBrowser === true
      })
      failures.push(...printed)
      report.time('print', performance.now() - printStarted)
    }

    reportMessages(files, io, settings.verbosity)
    report.files(files)
    const code = failures.length === 0 ? 0 : sources.length === 1 ? exitCodeOf(failures[0]) : 1
    return { code, built: built.map(({ deck }) => deck), failures }
  } finally {
    if (printDir) await discardFile(printDir)
  }
}

/** Create the output folder, or fail naming it (exit 4). */
async function ensureFolder(outDir: string, cwd: string): Promise<void> {
  try {
    await makeDirectory(outDir)
  } catch (error) {
    if (error instanceof LecternError) throw error
    const shown = isInside(outDir, cwd) ? path.relative(cwd, outDir) || '.' : outDir
    throw new LecternError(`Cannot write to ${shown}: ${describeWriteError(error)}`, { code: 'output', cause: error })
  }
}

/** Status lines on stderr, unless `--quiet`. */
function statusWriter(io: CliIo, verbosity: Verbosity): (line: string) => void {
  return (line) => {
    if (verbosity !== 'quiet') io.stderr.write(`${line}\n`)
  }
}

interface PrintOptions {
  layout: HandoutLayout | undefined
  paper: Paper
  fragments: boolean
  concurrency: number | undefined
  timeout: number | undefined
  quiet: boolean
  keepBrowser: boolean
}

/**
 * Find a browser (installing Debian chromium when asked and allowed) and
 * start it; the browser modules load only here.
 *
 * @param io Streams (the installer's output).
 * @param options `--browser`, `--install-browser`, `--timeout`.
 */
export async function startBrowser(io: CliIo, options: CliOptions): Promise<BrowserSession> {
  const { findBrowser } = await import('../../print/find-browser.js')
  let found: string
  try {
    found = (await findBrowser({ executablePath: options.browser })).path
  } catch (error) {
    if (!options.installBrowser || options.browser || !isLecternError(error) || error.code !== 'browser-not-found') throw error
    const { installChromium } = await import('../../print/install-browser.js')
    await installChromium(io.stderr)
    found = (await findBrowser({})).path
  }
  const { launchBrowser } = await import('../../print/browser.js')
  return launchBrowser({ executablePath: found, timeout: options.timeout })
}

/** Print every built deck; returns the failures, in order. Each output is reported once, as it is written. */
async function printDecks(built: readonly { deck: BuiltDeck; plan: DeckOutputs }[], io: CliIo, report: RunReport, launching: Promise<BrowserSession>, options: PrintOptions): Promise<unknown[]> {
  const { exportDecks } = await import('../../print/export-batch.js')
  const { createProgress } = await import('../progress.js')
  const progress = createProgress({
    stream: io.stderr,
    tty: options.quiet ? false : undefined,
    label: (output) => report.relative(output),
    okLine: (output) => `wrote ${report.relative(output)}`,
    failedLines: false
  })
  const jobs = built.map(({ deck, plan }) => {
    const config = deck.rendered.deck.config
    return {
      htmlPath: deck.htmlPath,
      pdfPath: plan.pdf,
      handoutPath: plan.handout,
      fragments: options.fragments,
      handout: options.layout ? { layout: options.layout, paper: options.paper, title: config.title } : undefined,
      metadata: { title: config.title, author: config.author, subject: config.description ?? config.subtitle },
      timeout: options.timeout
    }
  })
  const outcomes = await exportDecks(jobs, {
    concurrency: options.concurrency,
    ...(options.keepBrowser ? { browser: (await launching).browser } : { launching }),
    timeout: options.timeout,
    onProgress: options.quiet ? undefined : progress.report
  })
  progress.finish()

  const failed: unknown[] = []
  outcomes.forEach((outcome, index) => {
    const { deck, plan } = built[index]!
    const file = deck.rendered.file
    for (const slide of outcome.slides?.overflowing ?? []) {
      const entry = deck.rendered.deck.outline[slide.index - 1]
      file.message(`Slide ${slide.index}${slide.title ? ` (“${slide.title}”)` : ''} overflows by ${Math.round(slide.overflow)}px; its bottom is cut off in the PDF`, {
        place: entry?.line ? { line: entry.line, column: 1 } : undefined,
        ruleId: 'overflow',
        source: 'lectern'
      })
    }
    for (const slide of outcome.slides?.fitted ?? []) reportFitted(file, slide)
    for (const url of new Set([...(outcome.slides?.blockedRequests ?? []), ...(outcome.handout?.blockedRequests ?? [])])) {
      file.message(`Blocked a request outside the deck while printing: ${url}`, { ruleId: 'blocked-request', source: 'lectern' })
    }
    failed.push(...outcome.errors)
    for (const error of outcome.errors) {
      report.error(error)
      printError(error, io)
    }
    const slides = deck.rendered.deck.slideCount
    if (outcome.slides?.pdfPath) report.output({ path: outcome.slides.pdfPath, kind: 'pdf', input: plan.source.path, slides })
    if (outcome.handout?.pdfPath) report.output({ path: outcome.handout.pdfPath, kind: 'handout', input: plan.source.path, slides })
  })
  return failed
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
