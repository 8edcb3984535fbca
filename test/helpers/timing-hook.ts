/**
 * Loaded into every Node process of a test run (`--import`, through
 * `NODE_OPTIONS`, set by `test/run.ts`): on exit it appends one JSON line
 * to `$LECTERN_TEST_TIMINGS` — the script, its parent, its wall time and the
 * CPU time of the process and of the children it waited for (Chromium, the
 * CLI) — so the runner can say where a run's time goes.
 */
import { appendFileSync, readFileSync } from 'node:fs'

const file = process.env['LECTERN_TEST_TIMINGS']
const started = Date.now()

/** CPU seconds of this process and of its reaped children, from `/proc/self/stat` (Linux); `undefined` elsewhere. */
export function cpuSeconds(): { own: number; children: number } | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 14–17 of stat(5), counted from 1: utime, stime, cutime, cstime; after the name, index 11–14.
    const ticks = fields.slice(11, 15).map(Number)
    const hz = 100
    return { own: (ticks[0]! + ticks[1]!) / hz, children: (ticks[2]! + ticks[3]!) / hz }
  } catch {
    return undefined
  }
}

if (file) {
  process.on('exit', () => {
    const cpu = cpuSeconds()
    const line = { script: process.argv[1] ?? '', pid: process.pid, ppid: process.ppid, wall: (Date.now() - started) / 1000, cpu: cpu?.own, childCpu: cpu?.children }
    try {
      appendFileSync(file, JSON.stringify(line) + '\n')
    } catch {
      // A timing lost is no failure.
    }
  })
}
