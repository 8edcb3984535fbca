/**
 * `lectern check DECK...`: build each deck to a temporary folder, lay it out
 * in Chromium and report every overflowing slide with its source line.
 * Exits non-zero when any slide overflows.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { VFile } from 'vfile'
import { buildDeck, type BuiltDeck } from '../../write/build.js'
import { exitCodes } from '../../errors.js'
import { expandInputs } from '../../read/inputs.js'
import { AssetWriter } from '../../write/write-assets.js'
import { cliThemeMeasurer, exitCodeOf, overridesFrom, printError, reportFitted, reportMessages, type CliIo, type CommandRun } from './shared.js'

/**
 * Run `check`.
 *
 * @param run The command run: sources, options, report.
 * @param io Streams.
 * @returns 0 when every slide fits, the overflow code otherwise.
 */
export async function checkCommand(run: CommandRun, io: CliIo): Promise<number> {
  const { options: values, report } = run
  const cwd = io.cwd ?? process.cwd()
  const sources = await expandInputs(run.args.length > 0 ? run.args : ['slides'], cwd, {
    onSkip: (skipped, kept) => {
      if (!values.quiet) io.stderr.write(`note: ${skipped} skipped: ${kept}, of the same name, is checked instead\n`)
    }
  })
  report.inputs(sources.map((source) => ({ path: source.path, name: source.name })))
  const outDir = await mkdtemp(path.join(tmpdir(), 'lectern-check-'))
  try {
    const assets = new AssetWriter(outDir)
    const built: BuiltDeck[] = []
    const failures: unknown[] = []
    const timeout = values.timeout
    const measurer = cliThemeMeasurer({ executablePath: values.browser, timeout, launch: io.launchBrowser })
    const started = performance.now()
    try {
      for (const source of sources) {
        try {
          built.push(await buildDeck(source, { outDir, cwd, overrides: overridesFrom(values), assets, measureTheme: measurer.measure, renderDiagrams: measurer.diagrams }))
        } catch (error) {
          failures.push(error)
          report.error(error)
          printError(error, io)
        }
      }
    } finally {
      await measurer.close()
      report.time('build', performance.now() - started)
    }
    const { checkLayout } = await import('../../print/check.js')
    const checkStarted = performance.now()
    const layouts = await checkLayout(
      built.map((deck) => deck.htmlPath),
      { executablePath: values.browser, timeout, launch: io.launchBrowser }
    )
    report.time('check', performance.now() - checkStarted)
    const decks: unknown[] = []
    let overflowing = 0
    const files: VFile[] = []
    layouts.forEach((layout, index) => {
      const deck = built[index]!
      const file = deck.rendered.file
      for (const slide of layout.overflowing) {
        overflowing++
        const amount = [slide.overflow > 0 ? `${slide.overflow}px too tall` : '', slide.overflowX > 0 ? `${slide.overflowX}px too wide` : ''].filter(Boolean).join(' and ')
        file.message(`Slide ${slide.index}${slide.title ? ` (“${slide.title}”)` : ''} overflows: ${amount}`, {
          place: slide.line ? { line: slide.line, column: 1 } : undefined,
          ruleId: 'overflow',
          source: 'lectern'
        })
      }
      for (const slide of layout.fitted) reportFitted(file, slide)
      for (const url of new Set(layout.blockedRequests)) {
        file.message(`Blocked a request outside the deck while laying it out: ${url}`, { ruleId: 'blocked-request', source: 'lectern' })
      }
      files.push(file)
      decks.push({
        input: report.relative(deck.source.path),
        slides: layout.slides,
        overflowing: layout.overflowing.map((slide) => ({ index: slide.index, title: slide.title ?? null, line: slide.line ?? null, overflowY: slide.overflow, overflowX: slide.overflowX })),
        fitted: layout.fitted.map((slide) => ({ index: slide.index, title: slide.title ?? null, line: slide.line ?? null, scale: slide.scale }))
      })
      if (layout.error) {
        failures.push(layout.error)
        report.error(layout.error)
        printError(layout.error, io)
      } else if (!values.quiet) {
        io.stderr.write(`checked ${report.relative(deck.source.path)}: ${layout.slides} slides, ${layout.overflowing.length} overflowing\n`)
      }
    })
    reportMessages(files, io, values.quiet ? 'quiet' : 'normal')
    report.files(files)
    report.result({ decks })
    if (failures.length > 0) return report.finish(sources.length === 1 ? exitCodeOf(failures[0]) : built.length === 0 ? exitCodes.input : 1)
    return report.finish(overflowing > 0 ? exitCodes.overflow : 0)
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
