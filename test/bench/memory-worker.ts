/**
 * Worker thread of the memory sampler: reads the resident set of a process
 * tree from `/proc` on a fixed interval, off the main thread, so sampling
 * goes on while the main thread is busy rendering.
 *
 * Every `intervalMs` it reads `statm` of the tree's known members (cheap);
 * every `scanMs` it scans `/proc/<pid>/stat` to find new members. Does
 * nothing when run as a script (the test runner runs every file under
 * `build/test`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { isMainThread, parentPort } from 'node:worker_threads'

/** Message that starts sampling. */
export interface StartMessage {
  type: 'start'
  /** Root of the tree. */
  root: number
  /** Milliseconds between samples. */
  intervalMs: number
  /** Milliseconds between scans for new processes in the tree. */
  scanMs: number
  /** Bytes per page. */
  pageSize: number
}

/** A process seen in the tree (pid plus start time, so a reused pid is not mistaken for it). */
export interface SeenProcess {
  pid: number
  /** Start time in clock ticks after boot (field 22 of `stat`). */
  start: string
  /** Executable name (field 2 of `stat`). */
  name: string
}

/** Reply to a stop message. */
export interface SamplerResult {
  /** Peak of the sum of resident sets over the tree, in bytes. */
  peakTree: number
  /** Peak resident set of the root alone, in bytes. */
  peakRoot: number
  /** Number of samples taken. */
  samples: number
  /** Every process seen in the tree, root excluded. */
  seen: SeenProcess[]
}

interface ProcStat {
  ppid: number
  start: string
  name: string
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'latin1')
    const close = text.lastIndexOf(')')
    const fields = text.slice(close + 2).split(' ')
    return { ppid: Number(fields[1]), start: fields[19]!, name: text.slice(text.indexOf('(') + 1, close) }
  } catch {
    return undefined
  }
}

function residentPages(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) || 0
  } catch {
    return 0
  }
}

/** Pids of the descendants of `root` (not `root` itself). */
function descendants(root: number, seen: Map<string, SeenProcess>): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    const code = entry.charCodeAt(0)
    if (code < 48 || code > 57) continue
    const pid = Number(entry)
    const stat = readStat(pid)
    if (!stat || stat.ppid === 2 || pid === 2) continue
    const list = children.get(stat.ppid) ?? []
    list.push(pid)
    children.set(stat.ppid, list)
    // Remember the start time of every process; only tree members are reported.
    stats.set(pid, stat)
  }
  const found: number[] = []
  const queue = [...(children.get(root) ?? [])]
  while (queue.length > 0) {
    const pid = queue.shift()!
    found.push(pid)
    const stat = stats.get(pid)
    if (stat) seen.set(`${pid}:${stat.start}`, { pid, start: stat.start, name: stat.name })
    queue.push(...(children.get(pid) ?? []))
  }
  return found
}

const stats = new Map<number, ProcStat>()

if (!isMainThread && parentPort) {
  const port = parentPort
  let timer: NodeJS.Timeout | undefined
  let members: number[] = []
  let result: SamplerResult = { peakTree: 0, peakRoot: 0, samples: 0, seen: [] }
  let seen = new Map<string, SeenProcess>()
  let root = 0
  let pageSize = 4096
  let lastScan = 0
  let scanMs = 100

  const sample = (): void => {
    const now = Date.now()
    if (now - lastScan >= scanMs) {
      stats.clear()
      members = descendants(root, seen)
      lastScan = now
    }
    const rootBytes = residentPages(root) * pageSize
    let tree = rootBytes
    for (const pid of members) tree += residentPages(pid) * pageSize
    result.peakRoot = Math.max(result.peakRoot, rootBytes)
    result.peakTree = Math.max(result.peakTree, tree)
    result.samples++
  }

  port.on('message', (message: StartMessage | { type: 'stop' }) => {
    if (message.type === 'start') {
      root = message.root
      pageSize = message.pageSize
      scanMs = message.scanMs
      result = { peakTree: 0, peakRoot: 0, samples: 0, seen: [] }
      seen = new Map()
      lastScan = 0
      sample()
      timer = setInterval(sample, message.intervalMs)
    } else {
      clearInterval(timer)
      sample()
      result.seen = [...seen.values()]
      port.postMessage(result)
    }
  })
}
