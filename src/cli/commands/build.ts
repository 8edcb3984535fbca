/**
 * `lectern build` and `lectern pdf`: decks to HTML, slide PDFs, handouts,
 * slide images and PowerPoint files. HTML is built first (one self-contained
 * file with `--single-file`), a PowerPoint file is written from each rendered
 * deck; when a PDF or images are asked for, the browser modules are loaded,
 * one browser prints every deck, and each deck's failures are reported
 * without stopping the others. A page built only to be printed
 * (`pdf`, `--no-html`) is built in a temporary folder, removed afterwards.
 * `--watch` hands the built run to `watch.ts`.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { VFile } from 'vfile'
import type { PrintingBrowser } from '../../print/browser.js'
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
  /** `--png`: one image per slide (`NAME.001.png`…). */
  png: boolean
  /** `--scale`: device pixels per CSS pixel of the images. */
  scale: number | undefined
  /** `--pptx`: an editable PowerPoint file (`NAME.pptx`). */
  pptx: boolean
  /** `--single-file`: the kept HTML with everything inside it, no `assets/` folder. */
  singleFile: boolean
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
  const png = options.png === true
  const pptx = options.pptx === true
  // A config file may set a scale for the times --png is given; typed without it, --scale is a mistake.
  if (run.commandLine?.scale !== undefined && !png) throw new LecternError('--scale sets the size of --png images; add --png', { code: 'usage' })
  if (!html && !pdf && options.handout === undefined && !png && !pptx) throw new LecternError('--no-html leaves nothing to do; add --pdf, --handout, --png or --pptx', { code: 'usage' })
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
    png,
    scale: options.scale,
    pptx,
    singleFile: options.singleFile === true,
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
  const printing = isPrinting(settings)
  // Start Chromium while the HTML is built: the launch costs about as much as building a large deck.
  // Its process is started first, so it gets ready while the build (synchronous for long stretches) holds the thread.
  let spawned: () => void = () => undefined
  const browserSpawned = new Promise<void>((resolve) => (spawned = resolve))
  const launching = printing ? startBrowser(io, settings.options, spawned) : undefined
  launching?.catch(() => undefined)
  if (launching) await Promise.race([browserSpawned, launching.then(noop, noop)])
  const outcome = await buildDecks(sources, settings, io, report, { launching })
  return report.finish(outcome.code)
}

/** Does nothing (a settled launch, either way, ends the wait for its process). */
function noop(): void {}

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
  launching?: Promise<PrintingBrowser> | undefined
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
  const printing = isPrinting(settings)
  // A page written only to be printed goes in a temporary folder, removed afterwards (and on an interrupt).
  const printDir = settings.html ? undefined : await mkdtemp(path.join(tmpdir(), 'lectern-print-'))
  if (printDir) markTemporary(printDir)
  try {
    // Every output is known before anything is written: two on one path stop the run here.
    const plans = planOutputs(sources, settings.outDir, { html: settings.html, pdf: settings.pdf, handout: settings.handout !== undefined, png: settings.png, pptx: settings.pptx }, { printDir, file: settings.outFile })
    if (!settings.html) await ensureFolder(settings.outDir, cwd)
    const stdinText = context.stdinText ?? (sources.some((source) => source.stdin) && io.stdin ? await readAll(io.stdin) : undefined)
    const assets = new AssetWriter(path.dirname(plans[0]?.html ?? settings.outDir))
    const built: { deck: BuiltDeck; plan: DeckOutputs }[] = []
    const files: VFile[] = []
    // Every failure, in order: a single deck exits with the code of its first one.
    const failures: unknown[] = []
    const measurer = cliThemeMeasurer({ executablePath: options.browser, timeout: options.timeout, session: context.launching, launch: io.launchBrowser })
    const started = performance.now()
    // The exit code of a single deck stopped by an output, usage or theme error.
    let stopped: number | undefined
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
            htmlName: path.basename(plan.html),
            // Without HTML to keep or print, a PowerPoint file needs only the rendered deck.
            writeHtml: settings.html || printing ? undefined : false,
            // The page only printed is removed afterwards: no need to put everything inside it.
            singleFile: settings.html && settings.singleFile
          })
          built.push({ deck, plan })
          files.push(deck.rendered.file)
          if (settings.html) {
            const size = settings.singleFile && deck.bytes !== undefined ? `, one file of ${kilobytes(deck.bytes)}` : ''
            status(`built ${report.relative(deck.htmlPath)} (${plural(deck.rendered.deck.slideCount, 'slide')}${size})`)
            report.output({ path: deck.htmlPath, kind: 'html', input: source.path, slides: deck.rendered.deck.slideCount })
          }
          if (plan.pptx) await writePowerPoint(deck, plan.pptx, report, status)
        } catch (error) {
          failures.push(error)
          report.error(error)
          printError(error, io)
          if (isLecternError(error) && (error.code === 'output' || error.code === 'usage' || error.code === 'theme')) {
            if (sources.length === 1) {
              stopped = exitCodes[error.code]
              break
            }
          }
        }
      }
    } finally {
      report.time('build', performance.now() - started)
      if (!context.launching) await measurer.close()
    }

    // Nothing to print: the browser started for it goes (before a stopped run returns too, or Chromium, left running,
    // kept the process alive). Without waiting for a launch still under way: on a busy machine that took longer than the
    // whole run may; the command's browser scope (`withBrowserScope`) ends a browser still starting when the run ends.
    if (context.launching && (built.length === 0 || stopped !== undefined) && !context.keepBrowser) void context.launching.then((session) => session.close()).catch(() => undefined)
    if (stopped !== undefined) return { code: stopped, built: [], failures }
    if (context.launching && built.length > 0 && printing) {
      const printStarted = performance.now()
      const printed = await printDecks(built, io, report, context.launching, {
        layout: settings.handout,
        paper: settings.paper,
        fragments: options.fragments === true,
        scale: settings.scale,
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

/** Whether a run prints in the browser: a PDF, a handout or slide images. */
export function isPrinting(settings: BuildSettings): boolean {
  return settings.pdf || settings.handout !== undefined || settings.png
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
  scale: number | undefined
  concurrency: number | undefined
  timeout: number | undefined
  quiet: boolean
  keepBrowser: boolean
}

/**
 * Find a browser (installing Debian chromium when asked and allowed) and
 * start it; the browser modules load only here.
 *
 * @param io Streams (the installer's output) and the launcher (`io.launchBrowser`, default `launchBrowser`).
 * @param options `--browser`, `--install-browser`, `--timeout`.
 * @param onSpawn Called once the browser's process has started (before it is ready); default: none.
 */
export async function startBrowser(io: CliIo, options: CliOptions, onSpawn?: () => void): Promise<PrintingBrowser> {
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
  // Its first page opens while the HTML is built.
  return (io.launchBrowser ?? launchBrowser)({ executablePath: found, timeout: options.timeout, onSpawn, preparePage: true })
}

/** Print every built deck; returns the failures, in order. Each output is reported once, as it is written. */
async function printDecks(built: readonly { deck: BuiltDeck; plan: DeckOutputs }[], io: CliIo, report: RunReport, launching: Promise<PrintingBrowser>, options: PrintOptions): Promise<unknown[]> {
  const { exportDecks } = await import('../../print/export-batch.js')
  const { createProgress } = await import('../progress.js')
  const progress = createProgress({
    stream: io.stderr,
    tty: options.quiet ? false : undefined,
    label: (output) => report.relative(output),
    // Slide images are one line for the set: `wrote dist/talk.*.png (12 images, 1280×720)`.
    okLine: (output, note) => `wrote ${report.relative(output).replace(/\.0*1\.png$/, '.*.png')}${note ? ` (${note})` : ''}`,
    failedLines: false
  })
  const jobs = built.map(({ deck, plan }) => {
    const config = deck.rendered.deck.config
    return {
      htmlPath: deck.htmlPath,
      pdfPath: plan.pdf,
      handoutPath: plan.handout,
      imagesPath: plan.png,
      scale: options.scale,
      fragments: options.fragments,
      handout: options.layout ? { layout: options.layout, paper: options.paper, title: config.title } : undefined,
      metadata: { title: config.title, author: config.author, subject: config.description ?? config.subtitle },
      timeout: options.timeout
    }
  })
  const outcomes = await exportDecks(jobs, {
    concurrency: options.concurrency,
    ...(options.keepBrowser ? { browser: (await launching).browser } : { launching, launch: io.launchBrowser }),
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
      // (Across, a line too wide for the slide: its right end is cut off.)
      const cut = slide.overflow > 0 || !slide.overflowX ? `overflows by ${Math.round(slide.overflow)}px; its bottom is cut off in the PDF` : `runs ${Math.round(slide.overflowX)}px past its right edge; the end of a line is cut off in the PDF`
      file.message(`Slide ${slide.index}${slide.title ? ` (“${slide.title}”)` : ''} ${cut}`, {
        place: entry?.line ? { line: entry.line, column: 1 } : undefined,
        ruleId: 'overflow',
        source: 'lectern'
      })
    }
    for (const slide of outcome.slides?.fitted ?? []) reportFitted(file, slide)
    for (const url of new Set([...(outcome.slides?.blockedRequests ?? []), ...(outcome.handout?.blockedRequests ?? []), ...(outcome.images?.blockedRequests ?? [])])) {
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
    for (const image of outcome.images?.paths ?? []) report.output({ path: image, kind: 'png', input: plan.source.path, slides })
  })
  return failed
}

/** Write a deck's PowerPoint file (`pptxgenjs` loads only now), say where with its size, and report it. */
async function writePowerPoint(deck: BuiltDeck, pptxPath: string, report: RunReport, status: (line: string) => void): Promise<void> {
  const { exportPptx } = await import('../../pptx/export-pptx.js')
  const result = await exportPptx(deck, { pptxPath })
  for (const src of result.missingImages) {
    deck.rendered.file.message(`The PowerPoint file shows the description of \`${src}\`, not the picture (only local PNG, JPEG, GIF and SVG pictures go in)`, { ruleId: 'pptx-image', source: 'lectern' })
  }
  status(`wrote ${report.relative(pptxPath)} (${plural(result.slides, 'slide')}, ${kilobytes(result.bytes)})`)
  report.output({ path: pptxPath, kind: 'pptx', input: deck.source.path, slides: deck.rendered.deck.slideCount })
}

/** A size in kB or MB, for status lines. */
function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
