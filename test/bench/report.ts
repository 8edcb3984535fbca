/**
 * The bench's report: Markdown tables for stdout (pasteable into the README)
 * and the same data as JSON.
 */
import { summarize, type Measurement, type Summary } from './measure.js'

/** Results of one benchmark over all its runs. */
export interface CaseResult {
  /** Stable identifier (`pdf-warm-200`). */
  id: string
  /** What is measured (`Slides PDF`). */
  benchmark: string
  /** How (`Lectern, warm browser, in process`). */
  how: string
  /** The deck (`200 slides`). */
  deck: string
  /** Each measured run (warm-up excluded). */
  runs: Measurement[]
  /** Wall time over the runs, in milliseconds. */
  wall: Summary
  /** Peak summed RSS of the tree over the runs, in bytes (maximum). */
  treeBytes: number
  /** Peak RSS of the largest process over the runs, in bytes (maximum). */
  maxBytes: number
  /** Medians of each run's extra numbers. */
  extra: Record<string, number>
  /** Why it could not be measured. */
  error?: string | undefined
}

/** One target the issue sets, checked against a measurement. */
export interface TargetResult {
  /** The target, in words. */
  target: string
  /** What was measured against it, in words. */
  measured: string
  /** Whether it is met. */
  pass: boolean
}

/**
 * Summarize the runs of one benchmark.
 *
 * @param fields Identifier and labels.
 * @param runs Measured runs (at least one).
 */
export function caseResult(fields: Pick<CaseResult, 'id' | 'benchmark' | 'how' | 'deck'>, runs: Measurement[]): CaseResult {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run.extra ?? {})))]
  const extra = Object.fromEntries(keys.map((key) => [key, summarize(runs.map((run) => run.extra?.[key] ?? Number.NaN).filter(Number.isFinite)).median]))
  return {
    ...fields,
    runs,
    wall: summarize(runs.map((run) => run.ms)),
    treeBytes: Math.max(...runs.map((run) => run.treeBytes)),
    maxBytes: Math.max(...runs.map((run) => run.maxBytes)),
    extra
  }
}

const seconds = (ms: number): string => (ms / 1000).toFixed(ms < 1000 ? 3 : 2)
const megabytes = (bytes: number): string => (bytes > 0 ? (bytes / 2 ** 20).toFixed(0) : '–')

/**
 * The results table in Markdown.
 *
 * @param results Every benchmark.
 */
export function resultsTable(results: readonly CaseResult[]): string {
  const lines = [
    '| Benchmark | How | Deck | Wall, median (s) | Min–max (s) | Peak RSS, all processes (MB) | Peak RSS, largest process (MB) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |'
  ]
  for (const result of results) {
    if (result.error) {
      lines.push(`| ${result.benchmark} | ${result.how} | ${result.deck} | failed: ${result.error.split('\n')[0]!.replaceAll('|', '\\|').slice(0, 120)} | | | |`)
      continue
    }
    const { wall } = result
    lines.push(
      `| ${result.benchmark} | ${result.how} | ${result.deck} | ${seconds(wall.median)} | ${seconds(wall.min)}–${seconds(wall.max)} | ${megabytes(result.treeBytes)} | ${megabytes(result.maxBytes)} |`
    )
  }
  return lines.join('\n')
}

/**
 * The targets table in Markdown.
 *
 * @param targets Every checked target.
 */
export function targetsTable(targets: readonly TargetResult[]): string {
  const lines = ['| Target | Measured | Result |', '| --- | --- | --- |']
  for (const target of targets) lines.push(`| ${target.target} | ${target.measured} | ${target.pass ? 'PASS' : 'MISS'} |`)
  return lines.join('\n')
}

/**
 * Format seconds for prose.
 *
 * @param ms Milliseconds.
 */
export function formatSeconds(ms: number): string {
  return `${seconds(ms)} s`
}

/** The columns of {@link peersTable}: a case id's tool part and its heading. */
const peerColumns: ReadonlyArray<readonly [string, (versions: Record<string, string>) => string]> = [
  ['lectern', () => 'Lectern'],
  ['baseline', () => 'Lectern baseline'],
  ['reveal-md', (versions) => `reveal-md ${versions.revealMd ?? ''}`.trim()],
  ['marp', (versions) => `Marp CLI ${versions.marp ?? ''}`.trim()],
  ['pandoc', (versions) => `Pandoc ${versions.pandoc ?? ''}`.trim()],
  ['decktape', (versions) => `decktape ${versions.decktape ?? ''}`.trim()],
  ['bare', () => 'bare Chromium print']
]

/**
 * Lectern next to its peers, as in the README: one row per work and deck
 * size, the median wall time of each tool, and after each peer's time
 * Lectern's time as a ratio of it (below 1: Lectern is faster); for HTML
 * also a row of median CPU times (user + system) when GNU time gave them.
 *
 * @param results Every benchmark (the `peer-*` ones are used).
 * @param sizes Deck sizes, in slides.
 * @param versions Peer versions by name (`marp`, `revealMd`, `pandoc`, `decktape`).
 */
export function peersTable(results: readonly CaseResult[], sizes: readonly number[], versions: Record<string, string>): string {
  const find = (id: string): CaseResult | undefined => results.find((result) => result.id === id && !result.error)
  const used = peerColumns.filter(([tool]) => results.some((result) => result.id.startsWith('peer-') && result.id.includes(`-${tool}-`)))
  const lines = [`| work | ${used.map(([, heading]) => heading(versions)).join(' | ')} |`, `| --- | ${used.map(() => '---:').join(' | ')} |`]
  for (const [kind, label] of [['html', 'HTML'], ['pdf', 'slides PDF']] as const) {
    // A kind not run (`BENCH_PEERS`) has no rows.
    if (!results.some((result) => result.id.startsWith(`peer-${kind}-`))) continue
    for (const size of sizes) {
      const lectern = find(`peer-${kind}-lectern-${size}`)
      const cells = used.map(([tool]) => {
        const result = find(`peer-${kind}-${tool}-${size}`)
        if (!result) return '–'
        if (tool === 'lectern' || !lectern) return formatSeconds(result.wall.median)
        return `${formatSeconds(result.wall.median)} (Lectern ${(lectern.wall.median / result.wall.median).toFixed(2)}×)`
      })
      lines.push(`| ${label}, ${size} slides | ${cells.join(' | ')} |`)
      // CPU time (user + system, from GNU time) is disturbed far less than wall time by other work on the machine.
      const cpu = (result: CaseResult | undefined): number | undefined => result?.extra['cpuMs']
      if (kind === 'html' && cpu(lectern) !== undefined) {
        const cpuCells = used.map(([tool]) => {
          const ms = cpu(find(`peer-${kind}-${tool}-${size}`))
          if (ms === undefined) return '–'
          if (tool === 'lectern') return formatSeconds(ms)
          return `${formatSeconds(ms)} (Lectern ${(cpu(lectern)! / ms).toFixed(2)}×)`
        })
        lines.push(`| ${label} CPU, ${size} slides | ${cpuCells.join(' | ')} |`)
      }
    }
  }
  return lines.join('\n')
}
