/**
 * `lectern build` and `lectern pdf`: decks to HTML, slide PDFs and handouts.
 * HTML is built first; when a PDF is asked for, the browser modules are
 * loaded, one browser prints every deck, and each deck's failures are
 * reported without stopping the others.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import type { BrowserSession } from '../../print/browser.js'
import type { SourceFormat } from '../../html/render.js'
import { buildDeck, type BuiltDeck } from '../../write/build.js'
import { LecternError, exitCodes, isLecternError } from '../../errors.js'
import type { HandoutLayout, Paper } from '../../print/handout-layout.js'
import { expandInputs } from '../../read/inputs.js'
import { planOutputs, type DeckOutputs } from '../../write/output-plan.js'
import { AssetWriter } from '../../write/write-assets.js'
import { discardFile, markTemporary } from '../../write/write-file.js'
import { cliThemeMeasurer, deckFlags, exitCodeOf, integerFlag, overridesFrom, parseFlags, printError, readAll, reportFitted, reportMessages, type CliIo } from './shared.js'

/** Flags of `build` and `pdf`. */
export const buildFlags = {
  ...deckFlags,
  'out-dir': { type: 'string', short: 'o' },
  pdf: { type: 'boolean' },
  handout: { type: 'string' },
  'no-html': { type: 'boolean' },
  paper: { type: 'string' },
  fragments: { type: 'boolean' },
  png: { type: 'boolean' },
  pptx: { type: 'boolean' },
  'single-file': { type: 'boolean' },
  scale: { type: 'string' },
  browser: { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'install-browser': { type: 'boolean' },
  safe: { type: 'boolean' },
  format: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

const layouts: readonly HandoutLayout[] = ['notes', '2', '3', '4', '6']
const papers: readonly Paper[] = ['a4', 'letter']

/**
 * `--handout` alone means `--handout=notes`; `parseArgs` has no optional values.
 *
 * @param args Arguments as given.
 */
export function normaliseHandoutFlag(args: readonly string[]): string[] {
  return args.map((arg) => (arg === '--handout' ? '--handout=notes' : arg))
}

/**
 * Run `build` (or `pdf`, which is `build --pdf --no-html` by default).
 *
 * @param args Arguments after the command.
 * @param io Streams.
 * @param command `build` or `pdf`.
 * @returns The exit code.
 */
export async function buildCommand(args: readonly string[], io: CliIo, command: 'build' | 'pdf', help: string): Promise<number> {
  const { values, positionals } = parseFlags(normaliseHandoutFlag(args), buildFlags)
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const cwd = io.cwd ?? process.cwd()
  const outDir = path.resolve(cwd, values['out-dir'] ?? 'dist')
  const overrides = overridesFrom(values)
  const wantPdf = values.pdf === true || command === 'pdf'
  const layout = values.handout
  if (layout !== undefined && !(layouts as readonly string[]).includes(layout)) {
    throw new LecternError(`--handout expects one of ${layouts.join(', ')}, not \`${layout}\``, { code: 'usage' })
  }
  const paper = (values.paper ?? 'a4').toLowerCase()
  if (!(papers as readonly string[]).includes(paper)) throw new LecternError(`--paper expects a4 or letter, not \`${values.paper}\``, { code: 'usage' })
  if (values.format !== undefined && values.format !== 'markdown' && values.format !== 'text' && values.format !== 'html') {
    throw new LecternError(`--format expects markdown, text or html, not \`${values.format}\``, { code: 'usage' })
  }
  const concurrency = integerFlag('concurrency', values.concurrency, 1, 16)
  const timeout = integerFlag('timeout', values.timeout, 100, 600_000)
  const writeHtml = !(values['no-html'] ?? command === 'pdf')
  const wantPng = values.png === true
  const wantPptx = values.pptx === true
  const scale = scaleFlag(values.scale)
  if (scale !== undefined && !wantPng) throw new LecternError('--scale sets the size of --png images; add --png', { code: 'usage' })
  const printing = wantPdf || layout !== undefined || wantPng
  if (!writeHtml && !printing && !wantPptx) throw new LecternError('--no-html leaves nothing to do; add --pdf, --handout, --png or --pptx', { code: 'usage' })
  const verbosity = values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal'
  const status = (line: string) => {
    if (verbosity !== 'quiet') io.stderr.write(`${line}\n`)
  }

  const sources = await expandInputs(positionals.length > 0 ? positionals : ['slides'], cwd, { format: values.format })
  // Every output is known before anything is written: two on one path stop the run here.
  const plans = planOutputs(sources, outDir, { html: writeHtml, pdf: wantPdf, handout: layout !== undefined, png: wantPng, pptx: wantPptx })
  // Without HTML to keep or print, a PowerPoint file needs only the rendered deck.
  const renderOnly = !writeHtml && !printing
  // A page written only to be printed goes on an interrupt too.
  for (const plan of plans) if (plan.temporaryHtml) markTemporary(plan.html)
  // Start Chromium while the HTML is built: the launch costs about as much as building a large deck.
  const launching = printing ? startBrowser(io, values.browser, values['install-browser'] === true, timeout) : undefined
  launching?.catch(() => undefined)
  const stdinText = sources.some((source) => source.stdin) && io.stdin ? await readAll(io.stdin) : undefined
  const assets = new AssetWriter(outDir)
  const built: { deck: BuiltDeck; plan: DeckOutputs }[] = []
  const files: VFile[] = []
  // Every failure, in order: a single deck exits with the code of its first one.
  const failures: unknown[] = []
  const measurer = cliThemeMeasurer({ executablePath: values.browser, timeout, session: launching })

  try {
    for (const plan of plans) {
      const { source } = plan
      try {
        const deck = await buildDeck(source, {
          outDir,
          cwd,
          overrides,
          assets,
          stdinText,
          measureTheme: measurer.measure,
          format: values.format as SourceFormat | undefined,
          safe: values.safe ? true : undefined,
          // Without --html the page printed is a hidden file removed afterwards.
          htmlName: path.basename(plan.html),
          writeHtml: renderOnly ? false : undefined,
          singleFile: values['single-file'] === true
        })
        built.push({ deck, plan })
        files.push(deck.rendered.file)
        const size = values['single-file'] && deck.bytes !== undefined ? `, one file of ${kilobytes(deck.bytes)}` : ''
        if (writeHtml) status(`built ${path.relative(cwd, deck.htmlPath) || deck.htmlPath} (${plural(deck.rendered.deck.slideCount, 'slide')}${size})`)
        if (plan.pptx) await writePowerPoint(deck, plan.pptx, cwd, status)
      } catch (error) {
        failures.push(error)
        printError(error, io)
        if (isLecternError(error) && (error.code === 'output' || error.code === 'usage' || error.code === 'theme')) {
          if (sources.length === 1) return exitCodes[error.code]
        }
      }
    }
  } finally {
    await measurer.close()
  }

  if (launching && built.length === 0) await launching.then((session) => session.close()).catch(() => undefined)
  if (launching && built.length > 0) {
    try {
      failures.push(...(await printDecks(built, io, launching, {
        cwd,
        layout: layout as HandoutLayout | undefined,
        paper: paper as Paper,
        fragments: values.fragments === true,
        scale,
        concurrency,
        timeout,
        quiet: verbosity === 'quiet'
      })))
    } finally {
      await Promise.all(plans.filter((plan) => plan.temporaryHtml).map((plan) => discardFile(plan.html)))
    }
  }

  reportMessages(files, io, verbosity)
  if (failures.length === 0) return 0
  return sources.length === 1 ? exitCodeOf(failures[0]) : 1
}

interface PrintOptions {
  cwd: string
  scale: number | undefined
  layout: HandoutLayout | undefined
  paper: Paper
  fragments: boolean
  concurrency: number | undefined
  timeout: number | undefined
  quiet: boolean
}

/**
 * Find a browser (installing Debian chromium when asked and allowed) and
 * start it; the browser modules load only here.
 */
async function startBrowser(io: CliIo, executablePath: string | undefined, install: boolean, timeout: number | undefined): Promise<BrowserSession> {
  const { findBrowser } = await import('../../print/find-browser.js')
  let found: string
  try {
    found = (await findBrowser({ executablePath })).path
  } catch (error) {
    if (!install || executablePath || !isLecternError(error) || error.code !== 'browser-not-found') throw error
    const { installChromium } = await import('../../print/install-browser.js')
    await installChromium(io.stderr)
    found = (await findBrowser({})).path
  }
  const { launchBrowser } = await import('../../print/browser.js')
  return launchBrowser({ executablePath: found, timeout })
}

/** Print every built deck; returns the failures, in order. */
async function printDecks(built: readonly { deck: BuiltDeck; plan: DeckOutputs }[], io: CliIo, launching: Promise<BrowserSession>, options: PrintOptions): Promise<unknown[]> {
  const { exportDecks } = await import('../../print/export-batch.js')
  const { createProgress } = await import('../progress.js')
  const progress = createProgress({ stream: io.stderr, tty: options.quiet ? false : undefined })
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
    launching,
    timeout: options.timeout,
    onProgress: options.quiet ? undefined : progress.report
  })
  progress.finish()

  const failed: unknown[] = []
  outcomes.forEach((outcome, index) => {
    const { deck } = built[index]!
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
    for (const url of new Set([...(outcome.slides?.blockedRequests ?? []), ...(outcome.handout?.blockedRequests ?? []), ...(outcome.images?.blockedRequests ?? [])])) {
      file.message(`Blocked a request outside the deck while printing: ${url}`, { ruleId: 'blocked-request', source: 'lectern' })
    }
    failed.push(...outcome.errors)
    for (const error of outcome.errors) printError(error, io)
    if (!options.quiet) {
      for (const written of [outcome.slides?.pdfPath, outcome.handout?.pdfPath]) {
        if (written) io.stderr.write(`wrote ${path.relative(options.cwd, written) || written}\n`)
      }
      const images = outcome.images
      if (images && images.paths.length > 0) {
        const first = path.relative(options.cwd, images.paths[0]!) || images.paths[0]!
        io.stderr.write(`wrote ${first.replace(/\.\d+\.png$/, '.*.png')} (${plural(images.paths.length, 'image')}, ${images.width}×${images.height})\n`)
      }
    }
  })
  return failed
}

/** Write a deck's PowerPoint file (`pptxgenjs` loads only now) and say where, with its size. */
async function writePowerPoint(deck: BuiltDeck, pptxPath: string, cwd: string, status: (line: string) => void): Promise<void> {
  const { exportPptx } = await import('../../pptx/export-pptx.js')
  const result = await exportPptx(deck, { pptxPath })
  for (const src of result.missingImages) {
    deck.rendered.file.message(`The PowerPoint file shows the description of \`${src}\`, not the picture (only local PNG, JPEG, GIF and SVG pictures go in)`, { ruleId: 'pptx-image', source: 'lectern' })
  }
  status(`wrote ${path.relative(cwd, pptxPath) || pptxPath} (${plural(result.slides, 'slide')}, ${kilobytes(result.bytes)})`)
}

/** A size in kB or MB, for status lines. */
function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`
}

/** `--scale`: device pixels per CSS pixel of slide images, from 0.1 to 4. */
function scaleFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const scale = Number(value)
  if (!Number.isFinite(scale) || scale < 0.1 || scale > 4) throw new LecternError(`--scale expects a number from 0.1 to 4, not \`${value}\``, { code: 'usage' })
  return scale
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
