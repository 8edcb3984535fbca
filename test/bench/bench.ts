/**
 * `npm run bench`: how long Lectern takes, and how much memory it uses, to
 * build decks of 50 and 200 slides to HTML, slides PDF and handout PDF, to
 * export a batch of 20 decks, and to show a save in the dev server; next to
 * the floor on the same machine, a bare `chromium --headless --print-to-pdf`
 * of the same built HTML.
 *
 * Every benchmark runs once to warm up, then `BENCH_RUNS` times (default 5;
 * `BENCH_QUICK=1` for 1), the benchmarks of a group taking turns so that
 * they see the same machine; the wall time reported is the median. The batch
 * runs `BENCH_BATCH_RUNS` times (default: `BENCH_RUNS`, at most 2) without a
 * warm-up, as one round of it takes as long as all the others together.
 * Prints Markdown tables to stdout (progress goes to stderr) and writes the
 * same data to `dist/bench/results.json`.
 *
 * Settings (environment): `BENCH_RUNS`, `BENCH_QUICK`, `BENCH_BATCH_RUNS`,
 * `BENCH_BATCH_SLIDES` (slides per batch deck, default 20), `BENCH_ONLY`
 * (comma-separated groups: html, pdf, handout, batch, serve), `BENCH_PEERS`
 * (with `--peers`: `html` or `pdf` runs that kind only; default both),
 * `BENCH_BASELINE` (with `--peers`: the bundled CLI of another build, such
 * as `main`'s, whose HTML builds run beside this one's).
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { launchBrowser } from '../../src/print/browser.js'
import { buildDeck } from '../../src/write/build.js'
import { exportDecks } from '../../src/print/export-batch.js'
import { findBrowser } from '../../src/print/find-browser.js'
import { exportHandoutPdf } from '../../src/print/handout.js'
import { packageRoot } from '../../src/package-paths.js'
import { exportSlidesPdf } from '../../src/print/pdf.js'
import { renderDeck } from '../../src/index.js'
import { serve } from '../../src/serve/serve.js'
import { AssetWriter } from '../../src/write/write-assets.js'
import { deckSource, type DeckDialect } from './deck-source.js'
import { preparePeers, type Peers } from './peers.js'
import { describeMachine, machineLine, type MachineInfo } from './machine.js'
import { gnuTime, measureInProcess, measureProcess, survivors, TreeSampler, type Measurement } from './measure.js'
import { caseResult, formatSeconds, peersTable, resultsTable, targetsTable, type CaseResult, type TargetResult } from './report.js'

/** One benchmark: labels and one run. */
interface BenchCase {
  id: string
  benchmark: string
  how: string
  deck: string
  /** Whether the warm-up round runs it; default true. Cold child processes of the big deck skip it: the small deck's run warmed the same files. */
  warmUp?: boolean | undefined
  run(): Promise<Measurement>
}

/** Everything a group of benchmarks needs. */
interface Context {
  work: string
  sampler: TreeSampler
  chromiumPath: string
  runs: number
  cliPdf: boolean
  decks: Map<number, { source: string; html: string }>
  timeFile: string
  /** The CLI in the snapshot of the build. */
  bin: string
  /** The single-deck export stand-in in the snapshot. */
  exportDeckScript: string
  /** Marp CLI, reveal-md, decktape and pandoc, with `--peers`. */
  peers?: Peers | undefined
}

const groups = ['html', 'article', 'pdf', 'handout', 'batch', 'serve', 'peers'] as const
type Group = (typeof groups)[number]

const sizes = [50, 200]
const batchDecks = 20
const serveSlides = 100

/** The bare Chromium print: the brief's flags, plus a fresh profile as Lectern uses. */
const bareFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--no-pdf-header-footer'
]

/** What makes the bare print lay out every slide before it prints (virtual time: it does not wait 10 s). */
const fullLayoutFlags = ['--virtual-time-budget=10000', '--run-all-compositor-stages-before-draw']

const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`)

/**
 * Run each case once to warm up (unless `warmUp` is false), then `runs`
 * times, taking turns. A case that fails is reported as failed; the others
 * go on.
 */
async function runCases(cases: readonly BenchCase[], runs: number, warmUp = true): Promise<CaseResult[]> {
  const errors = new Map<string, string>()
  const measured = new Map<string, Measurement[]>(cases.map((benchCase) => [benchCase.id, []]))
  for (let round = warmUp ? 0 : 1; round <= runs; round++) {
    for (const benchCase of cases) {
      if (errors.has(benchCase.id) || (round === 0 && benchCase.warmUp === false)) continue
      try {
        const measurement = await benchCase.run()
        log(`${benchCase.id} ${round === 0 ? 'warm-up' : `run ${round}/${runs}`}: ${formatSeconds(measurement.ms)}`)
        if (round > 0) measured.get(benchCase.id)!.push(measurement)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        log(`${benchCase.id} failed: ${message}`)
        errors.set(benchCase.id, message)
      }
    }
  }
  return cases.map((benchCase) => {
    const fields = { id: benchCase.id, benchmark: benchCase.benchmark, how: benchCase.how, deck: benchCase.deck }
    const error = errors.get(benchCase.id)
    if (error !== undefined) return { ...fields, runs: [], wall: { median: Number.NaN, min: Number.NaN, max: Number.NaN }, treeBytes: 0, maxBytes: 0, extra: {}, error }
    return caseResult(fields, measured.get(benchCase.id)!)
  })
}

async function countPages(pdfPath: string): Promise<number> {
  const document = await PDFDocument.load(await readFile(pdfPath), { updateMetadata: false })
  return document.getPageCount()
}

/** Run several measurements one after another as one: wall time of the whole, peaks of the parts. */
async function sequence(steps: ReadonlyArray<() => Promise<Measurement>>): Promise<Measurement> {
  const start = performance.now()
  let treeBytes = 0
  let maxBytes = 0
  for (const step of steps) {
    const part = await step()
    treeBytes = Math.max(treeBytes, part.treeBytes)
    maxBytes = Math.max(maxBytes, part.maxBytes)
  }
  return { ms: performance.now() - start, treeBytes, maxBytes }
}

function nodeProcess(context: Context, args: readonly string[]): Promise<Measurement> {
  return measureProcess(process.execPath, args, context.sampler, { timeFile: context.timeFile })
}

/** A single deck exported cold, in its own process: the CLI when it has `--pdf`/`--handout`, else the library stand-in. */
function coldExport(context: Context, deck: string, outDir: string, output: 'slides' | 'handout'): Promise<Measurement> {
  if (context.cliPdf) return nodeProcess(context, [context.bin, 'build', deck, '-o', outDir, output === 'slides' ? '--pdf' : '--handout', '-q'])
  return nodeProcess(context, [context.exportDeckScript, deck, outDir, `--${output}`])
}

const coldHow = (context: Context): string =>
  context.cliPdf ? 'Lectern CLI, own process (Node start, build, browser launch, print)' : 'Lectern library in its own process (Node start, build, browser launch, print)'

async function htmlGroup(context: Context): Promise<CaseResult[]> {
  const cases: BenchCase[] = [
    {
      id: 'cli-start',
      benchmark: 'CLI start-up',
      how: '`lectern --version`, own process (Node start and module loading only)',
      deck: '–',
      run: () => nodeProcess(context, [context.bin, '--version'])
    }
  ]
  for (const size of sizes) {
    const deck = context.decks.get(size)!
    const source = await readFile(deck.source, 'utf8')
    const outDir = path.join(context.work, `cli-html-${size}`)
    cases.push(
      {
        id: `html-render-${size}`,
        benchmark: 'HTML',
        how: '`renderDeck`, in process (warm)',
        deck: `${size} slides`,
        run: () =>
          measureInProcess(context.sampler, async () => {
            const rendered = await renderDeck(source, { path: deck.source, cwd: path.dirname(deck.source) })
            if (rendered.deck.slideCount !== size) throw new Error(`expected ${size} slides, rendered ${rendered.deck.slideCount}`)
            return { bytes: rendered.html.length }
          })
      },
      {
        id: `html-cli-${size}`,
        benchmark: 'HTML',
        how: '`lectern build`, own process (cold: Node start-up included)',
        deck: `${size} slides`,
        warmUp: size === sizes[0],
        run: () => nodeProcess(context, [context.bin, 'build', deck.source, '-o', outDir, '-q'])
      }
    )
  }
  return runCases(cases, context.runs)
}

/** A published article of about 3,000 words from the real corpus (test/fixtures/real). */
const articleFixture = path.join(packageRoot, 'test', 'fixtures', 'real', 'scipy-ai-contributions', 'article.md')

/**
 * What article mode costs: the same 3,000-word article rendered with
 * `condense` off and on, in process (warm: the language model loaded) and as
 * a cold `lectern build` process (the model's load included).
 */
async function articleGroup(context: Context): Promise<CaseResult[]> {
  const source = await readFile(articleFixture, 'utf8')
  const outDir = path.join(context.work, 'article')
  const render = (condense: boolean) => () =>
    measureInProcess(context.sampler, async () => {
      const rendered = await renderDeck(source, { path: articleFixture, cwd: path.dirname(articleFixture), overrides: { condense } })
      return { bytes: rendered.html.length }
    })
  const cases: BenchCase[] = [
    { id: 'article-off', benchmark: 'Article, 3,000 words', how: '`renderDeck`, article mode off (warm)', deck: 'scipy-ai-contributions', run: render(false) },
    { id: 'article-on', benchmark: 'Article, 3,000 words', how: '`renderDeck`, article mode on (warm)', deck: 'scipy-ai-contributions', run: render(true) },
    {
      id: 'article-cli-off',
      benchmark: 'Article, 3,000 words',
      how: '`lectern build --no-condense`, own process',
      deck: 'scipy-ai-contributions',
      run: () => nodeProcess(context, [context.bin, 'build', articleFixture, '--no-condense', '-o', outDir, '-q'])
    },
    {
      id: 'article-cli-on',
      benchmark: 'Article, 3,000 words',
      how: '`lectern build --condense`, own process (language model loaded)',
      deck: 'scipy-ai-contributions',
      run: () => nodeProcess(context, [context.bin, 'build', articleFixture, '--condense', '-o', outDir, '-q'])
    }
  ]
  return runCases(cases, context.runs)
}

/** Print the built HTML with Chromium alone, from a fresh profile; records the page count. */
async function barePrint(context: Context, htmlPath: string, pdfPath: string, extraFlags: readonly string[]): Promise<Measurement> {
  const profile = await mkdtemp(path.join(context.work, 'bare-profile-'))
  try {
    const url = `${pathToFileURL(htmlPath).href}?print-pdf`
    const measurement = await measureProcess(
      context.chromiumPath,
      [...bareFlags, ...extraFlags, `--user-data-dir=${profile}`, `--print-to-pdf=${pdfPath}`, url],
      context.sampler,
      { timeFile: context.timeFile }
    )
    return { ...measurement, extra: { pages: await countPages(pdfPath) } }
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

async function pdfGroup(context: Context): Promise<CaseResult[]> {
  const session = await launchBrowser()
  try {
    const cases: BenchCase[] = []
    for (const size of sizes) {
      const deck = context.decks.get(size)!
      const outDir = path.join(context.work, `pdf-${size}`)
      await mkdir(outDir, { recursive: true })
      const first = size === sizes[0]
      cases.push(
        {
          id: `pdf-bare-${size}`,
          benchmark: 'Slides PDF',
          how: 'floor as specified: bare `chromium --headless --print-to-pdf` of the built HTML (prints at `load`)',
          deck: `${size} slides`,
          warmUp: first,
          run: () => barePrint(context, deck.html, path.join(outDir, 'bare.pdf'), [])
        },
        {
          id: `pdf-bare-full-${size}`,
          benchmark: 'Slides PDF',
          how: 'floor, full layout: the same plus `--virtual-time-budget=10000`, so reveal lays out every page',
          deck: `${size} slides`,
          warmUp: first,
          run: () => barePrint(context, deck.html, path.join(outDir, 'bare-full.pdf'), fullLayoutFlags)
        },
        {
          id: `pdf-cold-${size}`,
          benchmark: 'Slides PDF',
          how: coldHow(context),
          deck: `${size} slides`,
          warmUp: first,
          run: () => coldExport(context, deck.source, path.join(outDir, 'cold'), 'slides')
        },
        {
          id: `pdf-warm-${size}`,
          benchmark: 'Slides PDF',
          how: '`exportSlidesPdf`, in process, browser already running (warm)',
          deck: `${size} slides`,
          run: () =>
            measureInProcess(context.sampler, async () => {
              const result = await exportSlidesPdf(session.browser, { htmlPath: deck.html, pdfPath: path.join(outDir, 'warm.pdf') })
              return { pages: result.pages }
            })
        }
      )
    }
    return await runCases(cases, context.runs)
  } finally {
    await session.close()
  }
}

async function handoutGroup(context: Context): Promise<CaseResult[]> {
  const session = await launchBrowser()
  try {
    const cases: BenchCase[] = []
    for (const size of sizes) {
      const deck = context.decks.get(size)!
      const outDir = path.join(context.work, `handout-${size}`)
      cases.push(
        {
          id: `handout-cold-${size}`,
          benchmark: 'Handout PDF (notes layout)',
          how: coldHow(context),
          deck: `${size} slides`,
          warmUp: size === sizes[0],
          run: () => coldExport(context, deck.source, path.join(outDir, 'cold'), 'handout')
        },
        {
          id: `handout-warm-${size}`,
          benchmark: 'Handout PDF (notes layout)',
          how: '`exportHandoutPdf`, in process, browser already running (warm)',
          deck: `${size} slides`,
          run: () =>
            measureInProcess(context.sampler, async () => {
              const result = await exportHandoutPdf(session.browser, { htmlPath: deck.html, pdfPath: path.join(outDir, 'warm.pdf') })
              return { pages: result.pages }
            })
        }
      )
    }
    return await runCases(cases, context.runs)
  } finally {
    await session.close()
  }
}

async function batchGroup(context: Context, slides: number, runs: number): Promise<CaseResult[]> {
  const folder = path.join(context.work, 'batch', 'decks')
  await mkdir(folder, { recursive: true })
  const decks: string[] = []
  for (let index = 1; index <= batchDecks; index++) {
    const file = path.join(folder, `talk-${String(index).padStart(2, '0')}.md`)
    await writeFile(file, deckSource(slides, { title: `Batch talk ${index}` }))
    decks.push(file)
  }
  const label = `${batchDecks} decks × ${slides} slides`
  const out = (name: string): string => path.join(context.work, 'batch', name)
  const sourceOf = (file: string) => ({ path: file, name: path.basename(file, '.md') })

  const cases: BenchCase[] = []
  if (context.cliPdf) {
    cases.push(
      {
        id: 'batch-sequential',
        benchmark: 'Batch: HTML + slides PDF',
        how: 'one `lectern build DECK --pdf` process per deck, one after another',
        deck: label,
        run: () => sequence(decks.map((deck) => () => nodeProcess(context, [context.bin, 'build', deck, '-o', out('sequential'), '--pdf', '-q'])))
      },
      {
        id: 'batch-one-run',
        benchmark: 'Batch: HTML + slides PDF',
        how: 'one `lectern build FOLDER --pdf` process',
        deck: label,
        run: () => nodeProcess(context, [context.bin, 'build', folder, '-o', out('one-run'), '--pdf', '-q'])
      }
    )
  } else {
    cases.push(
      {
        id: 'batch-sequential',
        benchmark: 'Batch: HTML + slides PDF',
        how: 'library, one deck after another, a fresh browser per deck, in process',
        deck: label,
        run: () =>
          measureInProcess(context.sampler, async () => {
            for (const deck of decks) {
              const built = await buildDeck(sourceOf(deck), { outDir: out('sequential'), cwd: folder })
              const session = await launchBrowser()
              try {
                await exportSlidesPdf(session.browser, { htmlPath: built.htmlPath, pdfPath: built.htmlPath.replace(/\.html$/, '.pdf') })
              } finally {
                await session.close()
              }
            }
          })
      },
      {
        id: 'batch-one-run',
        benchmark: 'Batch: HTML + slides PDF',
        how: 'library, `buildDeck` each then `exportDecks` (one browser, 2 pages at once), in process',
        deck: label,
        run: () =>
          measureInProcess(context.sampler, async () => {
            const assets = new AssetWriter(out('one-run'))
            const jobs = []
            for (const deck of decks) {
              const built = await buildDeck(sourceOf(deck), { outDir: out('one-run'), cwd: folder, assets })
              jobs.push({ htmlPath: built.htmlPath, pdfPath: built.htmlPath.replace(/\.html$/, '.pdf') })
            }
            const outcomes = await exportDecks(jobs)
            const failed = outcomes.flatMap((outcome) => outcome.errors)
            if (failed.length > 0) throw failed[0]!
          })
      },
      {
        id: 'batch-processes',
        benchmark: 'Batch: HTML + slides PDF',
        how: 'one process per deck (library stand-in for `lectern build DECK --pdf`), one after another',
        deck: label,
        run: () => sequence(decks.map((deck) => () => nodeProcess(context, [context.exportDeckScript, deck, out('processes'), '--slides'])))
      }
    )
  }
  // No warm-up: the groups before ran the same code and files, and a batch round is long.
  return runCases(cases, runs, false)
}

async function serveGroup(context: Context): Promise<CaseResult[]> {
  const dir = path.join(context.work, 'serve')
  const file = path.join(dir, 'slides', 'talk.md')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, deckSource(serveSlides, { marker: 'Revision start' }))

  const builds: number[] = []
  const server = await serve({ cwd: dir, port: 0, inputs: ['slides'], onBuild: () => void builds.push(performance.now()) })
  const session = await launchBrowser({ offline: false }).catch(async (error: unknown) => {
    await server.close()
    throw error
  })
  try {
    const page = await session.browser.newPage()
    await page.goto(`${server.url}talk.html`, { waitUntil: 'load' })
    await page.waitForFunction(() => (globalThis as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true, { timeout: 30_000 })
    let revision = 0
    const benchCase: BenchCase = {
      id: 'serve-reload',
      benchmark: 'Dev server: save → new text on screen',
      how: '`serve()` in process, deck open in Chromium; from `writeFile` to the text on the current slide',
      deck: `${serveSlides} slides`,
      async run() {
        // Let the last reload settle (its event stream reconnect) before the next save.
        await new Promise((resolve) => setTimeout(resolve, 400))
        const marker = `Revision ${++revision} ${Math.random().toString(36).slice(2)}`
        const before = builds.length
        const start = performance.now()
        const measurement = await measureInProcess(context.sampler, async () => {
          await writeFile(file, deckSource(serveSlides, { marker }))
          await page.waitForFunction(
            (text: string) => {
              const reveal = (globalThis as { Reveal?: { isReady(): boolean } }).Reveal
              return reveal?.isReady() === true && (document.querySelector('.reveal .slides section.present')?.textContent ?? '').includes(text)
            },
            { polling: 10, timeout: 30_000 },
            marker
          )
        })
        const built = builds[before]
        const extra: Record<string, number> = built === undefined ? {} : { rebuiltMs: built - start }
        return { ...measurement, extra }
      }
    }
    return await runCases([benchCase], context.runs)
  } finally {
    await session.close()
    await server.close()
  }
}

/** A peer run as a child process with the peers' environment (no browser download, Debian's Chromium). */
function peerProcess(context: Context, command: string, args: readonly string[], cwd: string, timeout = 180_000): Promise<Measurement> {
  return measureProcess(command, args, context.sampler, { timeFile: context.timeFile, env: context.peers!.env, cwd, timeout })
}

/** With pages counted, so a PDF that skipped slides shows. */
async function withPages(measurement: Promise<Measurement>, pdfPath: string): Promise<Measurement> {
  const measured = await measurement
  return { ...measured, extra: { ...measured.extra, pages: await countPages(pdfPath) } }
}

/**
 * Lectern next to its peers, whole processes, on the same deck written in
 * each tool's Markdown: HTML (Lectern, reveal-md `--static`, Marp, Pandoc)
 * and slides PDF (Lectern, Marp, reveal-md `--print`, decktape of Lectern's
 * HTML, and the bare Chromium print of it), each kind's cases taking turns.
 */
async function peersGroup(context: Context): Promise<CaseResult[]> {
  const peers = context.peers!
  const results: CaseResult[] = []
  const htmlCases: BenchCase[] = []
  const pdfCases: BenchCase[] = []
  for (const size of sizes) {
    const deck = context.decks.get(size)!
    const folder = path.join(context.work, `peers-${size}`)
    await mkdir(folder, { recursive: true })
    const source = async (dialect: DeckDialect): Promise<string> => {
      const file = path.join(folder, `deck-${size}-${dialect}.md`)
      await writeFile(file, deckSource(size, { dialect }))
      return file
    }
    const label = `${size} slides`
    const first = size === sizes[0]
    const out = (name: string): string => path.join(folder, name)
    htmlCases.push({
      id: `peer-html-lectern-${size}`,
      benchmark: 'HTML',
      how: 'Lectern: `lectern build DECK`',
      deck: label,
      warmUp: first,
      run: () => nodeProcess(context, [context.bin, 'build', deck.source, '-o', out('lectern-html'), '-q'])
    })
    pdfCases.push({
      id: `peer-pdf-lectern-${size}`,
      benchmark: 'Slides PDF',
      how: 'Lectern: `lectern build DECK --pdf`',
      deck: label,
      warmUp: first,
      run: () => withPages(nodeProcess(context, [context.bin, 'build', deck.source, '-o', out('lectern-pdf'), '--pdf', '-q']), path.join(out('lectern-pdf'), `deck-${size}.pdf`))
    })
    // Another build of Lectern (`BENCH_BASELINE=…/build/cli/lectern.js`, e.g. of `main`) beside this one, for before and after in one run.
    const baseline = process.env.BENCH_BASELINE
    if (baseline) {
      htmlCases.push({
        id: `peer-html-baseline-${size}`,
        benchmark: 'HTML',
        how: `Lectern baseline (\`${baseline}\`): \`lectern build DECK\``,
        deck: label,
        warmUp: first,
        run: () => nodeProcess(context, [path.resolve(baseline), 'build', deck.source, '-o', out('baseline-html'), '-q'])
      })
    }
    if (peers.revealMd) {
      const file = await source('reveal-md')
      htmlCases.push({
        id: `peer-html-reveal-md-${size}`,
        benchmark: 'HTML',
        how: `reveal-md ${peers.versions.revealMd}: \`reveal-md DECK --static DIR\``,
        deck: label,
        warmUp: first,
        run: () => peerProcess(context, peers.revealMd!, [file, '--static', out('reveal-md-html')], folder)
      })
      pdfCases.push({
        id: `peer-pdf-reveal-md-${size}`,
        benchmark: 'Slides PDF',
        how: `reveal-md ${peers.versions.revealMd}: \`reveal-md DECK --print\``,
        deck: label,
        warmUp: first,
        run: () =>
          withPages(
            peerProcess(
              context,
              peers.revealMd!,
              [file, '--print', out('reveal-md.pdf'), '--puppeteer-launch-args=--no-sandbox', '--puppeteer-chromium-executable', context.chromiumPath],
              folder
            ),
            out('reveal-md.pdf')
          )
      })
    }
    if (peers.marp) {
      const file = await source('marp')
      htmlCases.push({
        id: `peer-html-marp-${size}`,
        benchmark: 'HTML',
        how: `Marp CLI ${peers.versions.marp}: \`marp DECK -o DECK.html\``,
        deck: label,
        warmUp: first,
        run: () => peerProcess(context, peers.marp!, [file, '-o', out('marp.html')], folder)
      })
      pdfCases.push({
        id: `peer-pdf-marp-${size}`,
        benchmark: 'Slides PDF',
        how: `Marp CLI ${peers.versions.marp}: \`marp DECK --pdf\``,
        deck: label,
        warmUp: first,
        run: () => withPages(peerProcess(context, peers.marp!, [file, '--pdf', '--browser-path', context.chromiumPath, '-o', out('marp.pdf')], folder), out('marp.pdf'))
      })
    }
    if (peers.pandoc) {
      const file = await source('pandoc')
      htmlCases.push({
        id: `peer-html-pandoc-${size}`,
        benchmark: 'HTML',
        how: `Pandoc ${peers.versions.pandoc}: \`pandoc -t revealjs -s DECK\``,
        deck: label,
        warmUp: first,
        run: () => peerProcess(context, peers.pandoc!, ['-t', 'revealjs', '-s', file, '-o', out('pandoc.html')], folder)
      })
    }
    // decktape screenshots every slide: minutes a run at 200 slides, so the small deck only.
    if (peers.decktape && first) {
      pdfCases.push({
        id: `peer-pdf-decktape-${size}`,
        benchmark: 'Slides PDF',
        how: `decktape ${peers.versions.decktape}: \`decktape reveal\` of Lectern's HTML`,
        deck: label,
        warmUp: false,
        run: () =>
          withPages(
            peerProcess(
              context,
              peers.decktape!,
              ['reveal', '--chrome-path', context.chromiumPath, '--chrome-arg=--no-sandbox', pathToFileURL(deck.html).href, out('decktape.pdf')],
              folder,
              600_000
            ),
            out('decktape.pdf')
          )
      })
    }
    pdfCases.push({
      id: `peer-pdf-bare-${size}`,
      benchmark: 'Slides PDF',
      how: 'bare `chromium --headless --print-to-pdf` of Lectern\'s HTML (`?print-pdf`, full layout)',
      deck: label,
      warmUp: first,
      run: () => barePrint(context, deck.html, out('bare.pdf'), fullLayoutFlags)
    })
  }
  const kinds = process.env.BENCH_PEERS || 'html,pdf'
  if (kinds.includes('html')) results.push(...(await runCases(htmlCases, context.runs)))
  if (kinds.includes('pdf')) results.push(...(await runCases(pdfCases, context.runs)))
  return results
}

/**
 * Copy the compiled CLI (and what it reads at run time) into the work folder,
 * with `node_modules` linked, so child processes run the build the bench
 * started with even when `build/` is recompiled meanwhile.
 */
async function snapshotBuild(work: string): Promise<{ bin: string; exportDeckScript: string }> {
  const root = path.join(work, 'lectern')
  const benchBuild = path.dirname(fileURLToPath(import.meta.url))
  await cp(path.join(packageRoot, 'build', 'src'), path.join(root, 'build', 'src'), { recursive: true })
  // The executable users run: the bundled CLI (`npm run build`), else the tsc output.
  const bundled = existsSync(path.join(packageRoot, 'build', 'cli', 'lectern.js'))
  if (bundled) await cp(path.join(packageRoot, 'build', 'cli'), path.join(root, 'build', 'cli'), { recursive: true })
  await cp(benchBuild, path.join(root, 'build', 'test', 'bench'), { recursive: true })
  await cp(path.join(packageRoot, 'src', 'assets'), path.join(root, 'src', 'assets'), { recursive: true })
  await cp(path.join(packageRoot, 'themes'), path.join(root, 'themes'), { recursive: true })
  await cp(path.join(packageRoot, 'package.json'), path.join(root, 'package.json'))
  await symlink(path.join(packageRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir')
  const bin = bundled ? path.join(root, 'build', 'cli', 'lectern.js') : path.join(root, 'build', 'src', 'cli', 'bin.js')
  return { bin, exportDeckScript: path.join(root, 'build', 'test', 'bench', 'export-deck.js') }
}

async function cliHasPdf(bin: string): Promise<boolean> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help'])
    return /--pdf\b/.test(stdout) && /--handout\b/.test(stdout)
  } catch {
    return false
  }
}

function ratioTarget(results: readonly CaseResult[], target: string, slowId: string, fastId: string, limit: number, mode: 'at-most' | 'at-least'): TargetResult | undefined {
  const slow = results.find((result) => result.id === slowId)
  const fast = results.find((result) => result.id === fastId)
  if (!slow || !fast || slow.error || fast.error) return undefined
  const ratio = slow.wall.median / fast.wall.median
  const measured =
    mode === 'at-most'
      ? `${formatSeconds(slow.wall.median)} vs ${formatSeconds(fast.wall.median)}: ${ratio.toFixed(2)}×`
      : `${formatSeconds(slow.wall.median)} vs ${formatSeconds(fast.wall.median)}: ${ratio.toFixed(2)}× faster`
  return { target, measured, pass: mode === 'at-most' ? ratio <= limit : ratio >= limit }
}

function checkTargets(results: readonly CaseResult[]): TargetResult[] {
  const targets: Array<TargetResult | undefined> = []
  for (const [id, how] of [
    ['html-render-200', '`renderDeck`, warm'],
    ['html-cli-200', '`lectern build`, cold process']
  ] as const) {
    const result = results.find((candidate) => candidate.id === id)
    if (result && !result.error) {
      targets.push({ target: `HTML of 200 slides under 0.25 s (${how})`, measured: formatSeconds(result.wall.median), pass: result.wall.median < 250 })
    }
  }
  for (const [on, off, how] of [
    ['article-on', 'article-off', 'in process, warm'],
    ['article-cli-on', 'article-cli-off', 'cold process, language model loaded']
  ] as const) {
    const with_ = results.find((result) => result.id === on)
    const without = results.find((result) => result.id === off)
    if (with_ && without && !with_.error && !without.error) {
      const added = with_.wall.median - without.wall.median
      targets.push({ target: `Article mode adds at most 0.15 s to a 3,000-word article (${how})`, measured: `${formatSeconds(added)} added`, pass: added <= 150 })
    }
  }
  targets.push(
    ratioTarget(results, 'Slides PDF of 200 slides within 1.2× of bare Chromium, full layout (Lectern cold process)', 'pdf-cold-200', 'pdf-bare-full-200', 1.2, 'at-most'),
    ratioTarget(results, 'Slides PDF of 200 slides within 1.2× of bare Chromium, full layout (Lectern warm export)', 'pdf-warm-200', 'pdf-bare-full-200', 1.2, 'at-most'),
    ratioTarget(results, 'Slides PDF of 200 slides within 1.2× of bare Chromium as specified (Lectern cold process)', 'pdf-cold-200', 'pdf-bare-200', 1.2, 'at-most'),
    ratioTarget(results, 'Slides PDF of 200 slides within 1.2× of bare Chromium as specified (Lectern warm export)', 'pdf-warm-200', 'pdf-bare-200', 1.2, 'at-most'),
    ratioTarget(results, 'Batch of 20 decks at least 3× faster than one after another', 'batch-sequential', 'batch-one-run', 3, 'at-least'),
    ratioTarget(results, 'Batch of 20 decks at least 3× faster than one process per deck', 'batch-processes', 'batch-one-run', 3, 'at-least')
  )
  for (const size of sizes) {
    const lectern = results.find((result) => result.id === `peer-html-lectern-${size}`)
    const fastest = results
      .filter((result) => result.id.startsWith('peer-html-') && result.id.endsWith(`-${size}`) && result !== lectern && !result.id.startsWith('peer-html-baseline-') && !result.error)
      .sort((a, b) => a.wall.median - b.wall.median)[0]
    if (lectern && fastest) {
      const name = fastest.how.split(':')[0]!
      targets.push(ratioTarget(results, `HTML of ${size} slides at most 0.8× the fastest peer (${name}), whole processes`, lectern.id, fastest.id, 0.8, 'at-most'))
      // The same against CPU time, which the machine's other work disturbs less (shown, not the target itself).
      const cpu = (result: CaseResult): number => result.extra['cpuMs'] ?? Number.NaN
      const peers = results.filter((result) => result.id.startsWith('peer-html-') && result.id.endsWith(`-${size}`) && result !== lectern && !result.id.startsWith('peer-html-baseline-') && !result.error)
      const leanest = peers.filter((result) => Number.isFinite(cpu(result))).sort((a, b) => cpu(a) - cpu(b))[0]
      if (leanest && Number.isFinite(cpu(lectern))) {
        const ratio = cpu(lectern) / cpu(leanest)
        targets.push({
          target: `(CPU time) HTML of ${size} slides at most 0.8× the leanest peer (${leanest.how.split(':')[0]!}), user + system`,
          measured: `${formatSeconds(cpu(lectern))} vs ${formatSeconds(cpu(leanest))}: ${ratio.toFixed(2)}×`,
          pass: ratio <= 0.8
        })
      }
    }
    targets.push(
      ratioTarget(results, `Slides PDF of ${size} slides at most 0.85× Marp CLI, whole processes`, `peer-pdf-lectern-${size}`, `peer-pdf-marp-${size}`, 0.85, 'at-most'),
      ratioTarget(results, `Slides PDF of ${size} slides at most 1.2× the bare Chromium print (full layout)`, `peer-pdf-lectern-${size}`, `peer-pdf-bare-${size}`, 1.2, 'at-most')
    )
  }
  const lecternPdf = results.find((result) => result.id === 'peer-pdf-lectern-200')
  const marpPdf = results.find((result) => result.id === 'peer-pdf-marp-200')
  if (lecternPdf && marpPdf && !lecternPdf.error && !marpPdf.error) {
    const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`
    targets.push({
      target: 'Peak memory of a 200-slide PDF export at most Marp CLI\'s (all processes)',
      measured: `${mb(lecternPdf.treeBytes)} vs ${mb(marpPdf.treeBytes)}`,
      pass: lecternPdf.treeBytes <= marpPdf.treeBytes
    })
  }
  return targets.filter((target): target is TargetResult => target !== undefined)
}

async function prepareDecks(work: string): Promise<Context['decks']> {
  const decks: Context['decks'] = new Map()
  const folder = path.join(work, 'decks')
  await mkdir(folder, { recursive: true })
  for (const size of sizes) {
    const source = path.join(folder, `deck-${size}.md`)
    await writeFile(source, deckSource(size))
    const built = await buildDeck({ path: source, name: `deck-${size}` }, { outDir: path.join(work, 'html'), cwd: folder })
    if (built.rendered.deck.slideCount !== size) throw new Error(`The ${size}-slide bench deck rendered ${built.rendered.deck.slideCount} slides`)
    decks.set(size, { source, html: built.htmlPath })
  }
  return decks
}

/** A whole number from 1 in the environment variable `name`, or `fallback`. */
function countSetting(name: string, fallback: number): number {
  const value = process.env[name] === undefined || process.env[name] === '' ? fallback : Number(process.env[name])
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a whole number from 1, not \`${process.env[name]}\``)
  return value
}

function settings(): { runs: number; batchRuns: number; only: Set<Group>; batchSlides: number } {
  const runs = process.env.BENCH_QUICK === '1' ? 1 : countSetting('BENCH_RUNS', 5)
  const batchRuns = process.env.BENCH_QUICK === '1' ? 1 : countSetting('BENCH_BATCH_RUNS', Math.min(runs, 2))
  const batchSlides = countSetting('BENCH_BATCH_SLIDES', 20)
  // `--peers` alone runs the side-by-side group; the other groups run without it.
  const peers = process.argv.slice(2).includes('--peers')
  const fallback = peers ? 'peers' : groups.filter((group) => group !== 'peers').join(',')
  const only = (process.env.BENCH_ONLY || fallback).split(',').map((name) => name.trim())
  for (const name of only) if (!(groups as readonly string[]).includes(name)) throw new Error(`BENCH_ONLY expects some of ${groups.join(', ')}, not \`${name}\``)
  return { runs, batchRuns, only: new Set(only as Group[]), batchSlides }
}

async function main(): Promise<number> {
  const { runs, batchRuns, only, batchSlides } = settings()
  const started = performance.now()
  const browser = await findBrowser()
  const machine: MachineInfo = await describeMachine(browser.path, packageRoot)
  const work = await mkdtemp(path.join(tmpdir(), 'lectern-bench-'))
  const sampler = new TreeSampler(20)
  const results: CaseResult[] = []
  const orphans: string[] = []
  let cliPdf = false
  let peerVersions: Record<string, string> | undefined
  try {
    const snapshot = await snapshotBuild(work)
    cliPdf = await cliHasPdf(snapshot.bin)
    log(`decks in ${work}; ${runs} run(s) after a warm-up; CLI PDF flags ${cliPdf ? 'found' : 'not found: single-deck cold exports use the library in a child process'}`)
    const context: Context = { work, sampler, chromiumPath: browser.path, runs, cliPdf, decks: await prepareDecks(work), timeFile: path.join(work, 'time.txt'), ...snapshot }
    if (only.has('peers')) context.peers = await preparePeers(browser.path, log)
    if (only.has('html')) results.push(...(await htmlGroup(context)))
    if (only.has('article')) results.push(...(await articleGroup(context)))
    if (only.has('pdf')) results.push(...(await pdfGroup(context)))
    if (only.has('handout')) results.push(...(await handoutGroup(context)))
    if (only.has('batch')) results.push(...(await batchGroup(context, batchSlides, batchRuns)))
    if (only.has('serve')) results.push(...(await serveGroup(context)))
    if (only.has('peers')) {
      results.push(...(await peersGroup(context)))
      peerVersions = context.peers?.versions
    }
  } finally {
    await sampler.close()
    // Every browser is closed by now; give the kernel a moment to reap, then look for strays.
    await new Promise((resolve) => setTimeout(resolve, 500))
    for (const stray of survivors(sampler.seen.values())) {
      orphans.push(`${stray.name} (pid ${stray.pid})`)
      try {
        process.kill(stray.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    await rm(work, { recursive: true, force: true, maxRetries: 3 })
  }
  machine.loadAtEnd = loadavg()[0]

  const targets = checkTargets(results)
  const notes: string[] = [
    `Wall time: median of ${runs} run(s) after one warm-up run (batch: ${batchRuns} run(s), no warm-up), benchmarks of a group taking turns. "Own process" rows include Node start-up and, for PDFs, building the HTML and launching Chromium.`,
    `Peak RSS, all processes: the largest sum of resident sets over the process tree (Node plus the Chromium processes it started, or the child's tree), sampled every 20 ms. In-process rows include the bench's own Node heap.`,
    `Peak RSS, largest process: ${gnuTime ? '`/usr/bin/time -f %M` for child processes' : 'the child tree root (GNU time is missing)'}; Node's own RSS for in-process rows. Shared pages count in every process, so the sum overstates Chromium's real footprint.`
  ]
  if (gnuTime && results.some((result) => result.extra['cpuMs'] !== undefined)) {
    notes.push('CPU (the side-by-side table\'s CPU rows, `cpuMs` in results.json): user + system seconds of a child process and the children it waited for (`/usr/bin/time %U %S`), median of the runs; other work on the machine inflates it far less than wall time.')
  }
  if (results.some((result) => result.id.startsWith('pdf-bare'))) {
    notes.push(
      'Bare Chromium runs with the specified flags plus a fresh `--user-data-dir` (Lectern also prints from a fresh profile). As specified it prints when `load` fires, before reveal has laid out its print view, so it prints one page (see the page counts): a floor, not the same work. The full-layout floor adds `--virtual-time-budget=10000`, which lets reveal finish first (virtual time: it does not wait 10 s), and prints every slide like Lectern; the targets are checked against both.'
    )
  }
  notes.push(
    `Load average on the machine went from ${machine.loadAtStart.toFixed(2)} to ${(machine.loadAtEnd ?? 0).toFixed(2)} (${machine.cores} cores): other work on the machine slows every row, child processes and Chromium most.`
  )
  if (orphans.length > 0) notes.push(`Stray processes found and killed after the bench: ${orphans.join(', ')}.`)
  const pages = results
    .filter((result) => result.extra.pages !== undefined)
    .map((result) => `${result.id} ${result.extra.pages}`)
    .join(', ')
  if (pages) notes.push(`PDF pages (median): ${pages}.`)
  const serveResult = results.find((result) => result.id === 'serve-reload')
  if (serveResult?.extra.rebuiltMs !== undefined) notes.push(`Dev server: save → rebuild done in ${formatSeconds(serveResult.extra.rebuiltMs)} (median, watcher delay included); the rest is the page reloading.`)

  const markdown = [
    `## Lectern benchmark`,
    '',
    machineLine(machine),
    '',
    resultsTable(results),
    '',
    ...(peerVersions ? [peersTable(results, sizes, peerVersions), ''] : []),
    targetsTable(targets),
    '',
    ...notes.map((note) => `- ${note}`),
    ''
  ].join('\n')
  process.stdout.write(markdown)

  const jsonPath = path.join(packageRoot, 'dist', 'bench', 'results.json')
  await mkdir(path.dirname(jsonPath), { recursive: true })
  const json = {
    date: new Date().toISOString(),
    machine,
    settings: { runs, batchRuns, warmUp: 1, sizes, batchDecks, batchSlides, serveSlides, cliPdf, groups: [...only] },
    results,
    targets,
    notes,
    orphans,
    totalSeconds: (performance.now() - started) / 1000
  }
  await writeFile(jsonPath, `${JSON.stringify(json, null, 2)}\n`)
  log(`wrote ${path.relative(process.cwd(), jsonPath)} in ${formatSeconds(performance.now() - started)} total`)
  return results.some((result) => result.error) ? 1 : 0
}

// The test runner runs every file under build/test: do nothing there.
if (!process.env.NODE_TEST_CONTEXT) process.exitCode = await main()
