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
import { cliThemeMeasurer, deckFlags, exitCodeOf, integerFlag, overridesFrom, parseFlags, printError, reportFitted, reportMessages, type CliIo } from './shared.js'

const checkFlags = {
  ...deckFlags,
  browser: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' }
} as const

/**
 * Run `check`.
 *
 * @param args Arguments after the command.
 * @param io Streams.
 * @param help Help text.
 * @returns 0 when every slide fits, the overflow code otherwise.
 */
export async function checkCommand(args: readonly string[], io: CliIo, help: string): Promise<number> {
  const { values, positionals } = parseFlags(args, checkFlags)
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const cwd = io.cwd ?? process.cwd()
  const sources = await expandInputs(positionals.length > 0 ? positionals : ['slides'], cwd)
  const outDir = await mkdtemp(path.join(tmpdir(), 'lectern-check-'))
  try {
    const assets = new AssetWriter(outDir)
    const built: BuiltDeck[] = []
    const failures: unknown[] = []
    const timeout = integerFlag('timeout', values.timeout, 100, 600_000)
    const measurer = cliThemeMeasurer({ executablePath: values.browser, timeout })
    try {
      for (const source of sources) {
        try {
          built.push(await buildDeck(source, { outDir, cwd, overrides: overridesFrom(values), assets, measureTheme: measurer.measure, renderDiagrams: measurer.diagrams }))
        } catch (error) {
          failures.push(error)
          printError(error, io)
        }
      }
    } finally {
      await measurer.close()
    }
    const { checkLayout } = await import('../../print/check.js')
    const layouts = await checkLayout(
      built.map((deck) => deck.htmlPath),
      { executablePath: values.browser, timeout }
    )
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
      if (layout.error) {
        failures.push(layout.error)
        printError(layout.error, io)
      } else if (!values.quiet) {
        io.stderr.write(`checked ${deck.source.path}: ${layout.slides} slides, ${layout.overflowing.length} overflowing\n`)
      }
    })
    reportMessages(files, io, values.quiet ? 'quiet' : 'normal')
    if (failures.length > 0) return sources.length === 1 ? exitCodeOf(failures[0]) : built.length === 0 ? exitCodes.input : 1
    return overflowing > 0 ? exitCodes.overflow : 0
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
