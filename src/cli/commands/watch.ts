/**
 * `lectern build --watch` (and `pdf --watch`): build everything once, then
 * rebuild what a change touches — a deck's source, its images and
 * stylesheets, a project theme — with the outputs asked for (HTML, PDFs,
 * handouts, slide images, PowerPoint files), one line per rebuild, until
 * Ctrl-C. One browser prints every round and is closed on Ctrl-C.
 */
import path from 'node:path'
import type { PrintingBrowser } from '../../print/browser.js'
import { LecternError } from '../../errors.js'
import { expandInputs, sourceExtensions, type DeckSource } from '../../read/inputs.js'
import { isInside } from '../../read/read-policy.js'
import type { BuiltDeck } from '../../write/build.js'
import { removePendingFiles } from '../../write/write-file.js'
import { RunReport } from '../report.js'
import { buildDecks, isPrinting, startBrowser, type BuildSettings } from './build.js'
import { silenceErrors } from './print-error.js'
import type { CliIo, CommandRun } from './shared.js'

/**
 * Build, then watch and rebuild until Ctrl-C.
 *
 * @param sources The decks found at the start.
 * @param settings What each round writes.
 * @param run The command run (its Ctrl-C handler).
 * @param io Streams.
 * @returns 0 after Ctrl-C.
 */
export async function watchBuild(sources: readonly DeckSource[], settings: BuildSettings, run: CommandRun, io: CliIo): Promise<number> {
  if (settings.options.json) throw new LecternError('--json and --watch do not go together: a watch has no end to report', { code: 'usage' })
  const { cwd } = settings
  const inputs = run.args.length > 0 ? run.args : ['slides']
  const printing = isPrinting(settings)
  let session: Promise<PrintingBrowser> | undefined = printing ? startBrowser(io, settings.options) : undefined
  session?.catch(() => undefined)
  const decks = new Map<string, { source: DeckSource; dependencies: Set<string> }>()
  for (const source of sources) decks.set(path.resolve(cwd, source.path), { source, dependencies: new Set([path.resolve(cwd, source.path)]) })

  const round = async (batch: readonly DeckSource[], first: boolean): Promise<void> => {
    const started = performance.now()
    const report = new RunReport(run, io)
    // The browser is started again if it failed or was closed (a crash).
    if (printing && session && !(await session.then((running) => running.browser.connected, () => false))) {
      session = startBrowser(io, settings.options)
      session.catch(() => undefined)
    }
    const outcome = await buildDecks(batch, settings, io, report, { launching: session, keepBrowser: true, announce: first })
    for (const deck of outcome.built) remember(deck)
    if (!first && settings.verbosity !== 'quiet') {
      const names = batch.map((source) => report.relative(source.path)).join(', ')
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      // A deck's slide images are one entry: dist/talk.*.png.
      const written = [...new Set(report.outputPaths().map((file) => file.replace(/\.\d{3,}\.png$/, '.*.png')))]
      io.stderr.write(
        outcome.failures.length === 0
          ? `rebuilt ${names}: ${written.join(', ') || 'nothing written'} (${seconds} s)\n`
          : `rebuilt ${names}: ${outcome.failures.length} failed${written.length > 0 ? `; wrote ${written.join(', ')}` : ''} (${seconds} s)\n`
      )
    }
  }

  const remember = (deck: BuiltDeck) => {
    decks.set(path.resolve(cwd, deck.source.path), {
      source: deck.source,
      dependencies: new Set([
        path.resolve(cwd, deck.source.path),
        ...deck.rendered.deck.media.map((media) => media.from),
        ...deck.rendered.assets.map((asset) => asset.from).filter((from) => !from.includes(`${path.sep}node_modules${path.sep}`))
      ])
    })
  }

  await round(sources, true)

  const { watchFiles } = await import('../../serve/watch-files.js')
  const themesDir = path.join(cwd, 'themes')
  const pending = new Set<string>()
  let running: Promise<void> | undefined
  let stopping = false

  /** Which decks a changed file touches: its dependents, every deck for a theme, or a new source in a watched folder. */
  const affected = async (file: string): Promise<DeckSource[]> => {
    const dependents = [...decks.values()].filter((deck) => deck.dependencies.has(file)).map((deck) => deck.source)
    if (dependents.length > 0) return dependents
    if (isInside(file, themesDir) || file.endsWith('.css')) return [...decks.values()].map((deck) => deck.source)
    if ((sourceExtensions as readonly string[]).includes(path.extname(file).toLowerCase())) {
      const found = await expandInputs(inputs, cwd, { format: settings.options.format }).catch(() => [])
      return found.filter((source) => !decks.has(path.resolve(cwd, source.path)))
    }
    return []
  }

  const drain = async (): Promise<void> => {
    while (pending.size > 0 && !stopping) {
      const files = [...pending]
      pending.clear()
      const batch = new Map<string, DeckSource>()
      for (const file of files) for (const source of await affected(file)) batch.set(source.path, source)
      if (batch.size > 0) await round([...batch.values()], false)
      for (const deck of decks.values()) for (const dependency of deck.dependencies) await watcher.add(dependency)
    }
  }

  const outputsApart = !inputs.some((input) => isInside(path.resolve(cwd, input), settings.outDir)) && !isInside(cwd, settings.outDir)
  const watcher = await watchFiles(
    [...inputs.map((input) => path.resolve(cwd, input)), themesDir, ...[...decks.values()].flatMap((deck) => [...deck.dependencies])],
    (file) => {
      pending.add(file)
      running ??= drain().finally(() => (running = undefined))
    },
    // The outputs are not watched, unless a watched folder is written into itself.
    { poll: settings.options.poll, ignore: outputsApart ? (file) => isInside(file, settings.outDir) : undefined }
  )
  if (settings.verbosity !== 'quiet') io.stderr.write(`watching ${inputs.join(', ')}${settings.options.poll ? ' (polling)' : ''}; Ctrl-C to stop\n`)

  await new Promise<void>((resolve) => {
    run.onInterrupt(async () => {
      stopping = true
      await watcher.close()
      // A round cut short by the browser closing is not news: the line to print is the stop.
      silenceErrors()
      await session?.then((running) => running.close(), () => undefined)
      await running?.catch(() => undefined)
      await removePendingFiles()
      io.stderr.write('lectern: stopped watching\n')
      resolve()
    })
  })
  return 0
}
