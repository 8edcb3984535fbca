/**
 * The CPU time of every process a test file started, read from `/proc`
 * (Linux) a few times a second: for `node build/test/run.js --processes`.
 *
 * The runner's own figures come from what each process's children cost when
 * they were waited for. A Chromium that Lectern ends (SIGKILL to its process
 * group: a spawned CLI's, a test's own launch) leaves its renderers, GPU and
 * utility processes to be reaped by init, so their CPU time reaches no test
 * file; nor does the work of a browser still running when the file exits.
 * Sampling sees them: each process is counted under the test file it
 * descends from (decided when it is first seen, so it stays counted there
 * after its parent has gone), at the last CPU time read before it ended. What
 * a process does in its last interval, and processes shorter than one
 * interval, are missed; the runner's rusage figures have those.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

interface Seen {
  /** The test file's process it belongs to, or the runner's pid for the run's own (the shared browser, the bundler). */
  owner: number
  /** utime + stime, in seconds, at the last reading. */
  cpu: number
  /** What kind of process it is: Chromium's `--type=` (`renderer`, `gpu-process`…), `chromium` for a browser's main process, else its program's name. */
  kind: string
}

/** A process's kind (see `Seen.kind`), from its command line. */
function kindOf(pid: number): string {
  try {
    // Chromium's child processes rewrite their command line as one string.
    const line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
    const type = /(?:^| )--type=(\S+)/.exec(line)?.[1]
    const program = path.basename(line.split(' ')[0] ?? '')
    return type ?? (/chrom/.test(program) ? 'chromium' : program)
  } catch {
    return 'gone'
  }
}

/** One process's parent and CPU seconds, from `/proc/PID/stat`; `undefined` when it has gone. */
function readStat(pid: number): { ppid: number; cpu: number; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // After the name: state, ppid (index 1), …, utime (11), stime (12), …, starttime (19).
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100, start: fields[19] ?? '' }
  } catch {
    return undefined
  }
}

/** What {@link sampleProcesses} saw. */
export interface Sampled {
  /** CPU seconds by owner: a test file's pid, or the runner's for processes of no test file. */
  owners: Map<number, number>
  /** CPU seconds and number of processes by kind (see `Seen.kind`). */
  kinds: Map<string, { seconds: number; count: number }>
  /** Browsers (Chromium main processes) started by each owner. */
  browsers: Map<number, number>
}

/**
 * Start sampling the processes under `root` (the runner) every `intervalMs`.
 *
 * @param root The runner's pid.
 * @param isTestFile Whether a process is a test file's (its pid, read once).
 * @param intervalMs Milliseconds between readings; default 200.
 * @returns `stop()`, giving each owner's CPU seconds (the runner's pid for processes of no test file), each kind's
 *   seconds and number of processes, and the browsers (Chromium main processes) each owner started.
 */
export function sampleProcesses(root: number, isTestFile: (pid: number) => boolean, intervalMs = 200): { stop(): Sampled } {
  // Keyed by pid and start time, as pids are reused.
  const seen = new Map<string, Seen>()
  const isTestFileOf = new Map<string, boolean>()
  const tick = (): void => {
    let pids: number[]
    try {
      pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number)
    } catch {
      return
    }
    const stats = new Map<number, { ppid: number; cpu: number; start: string }>()
    for (const pid of pids) {
      const stat = readStat(pid)
      if (stat) stats.set(pid, stat)
    }
    // Each process's owner: known already (by pid and start), or found up its parents.
    const ownerOf = (pid: number, depth = 0): number | undefined => {
      const stat = stats.get(pid)
      if (!stat || depth > 64) return undefined
      const known = seen.get(`${pid}:${stat.start}`)
      if (known) return known.owner
      if (pid === root) return root
      const key = `${pid}:${stat.start}`
      let testFile = isTestFileOf.get(key)
      if (testFile === undefined) isTestFileOf.set(key, (testFile = isTestFile(pid)))
      // Only processes under the runner count (another run's test files may be running beside this one).
      const above = stat.ppid > 1 ? ownerOf(stat.ppid, depth + 1) : undefined
      return testFile && above !== undefined ? pid : above
    }
    for (const [pid, stat] of stats) {
      const key = `${pid}:${stat.start}`
      const known = seen.get(key)
      if (known) {
        known.cpu = stat.cpu
        continue
      }
      const owner = ownerOf(pid)
      if (owner !== undefined) seen.set(key, { owner, cpu: stat.cpu, kind: kindOf(pid) })
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  tick()
  return {
    stop() {
      clearInterval(timer)
      tick()
      const owners = new Map<number, number>()
      const kinds = new Map<string, { seconds: number; count: number }>()
      const browsers = new Map<number, number>()
      for (const { owner, cpu, kind } of seen.values()) {
        owners.set(owner, (owners.get(owner) ?? 0) + cpu)
        const tally = kinds.get(kind) ?? { seconds: 0, count: 0 }
        kinds.set(kind, { seconds: tally.seconds + cpu, count: tally.count + 1 })
        if (kind === 'chromium') browsers.set(owner, (browsers.get(owner) ?? 0) + 1)
      }
      return { owners, kinds, browsers }
    }
  }
}
