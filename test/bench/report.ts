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
