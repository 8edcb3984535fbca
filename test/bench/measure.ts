/**
 * Measuring: wall time with `performance.now()`, peak memory of a process
 * tree sampled from `/proc` every 20 ms in a worker thread, and child
 * processes run under GNU time when it is installed (their peak resident
 * set, and their CPU time as `extra.cpuMs`).
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import type { SamplerResult, SeenProcess, StartMessage } from './memory-worker.js'

/** One run of one benchmark. */
export interface Measurement {
  /** Wall time in milliseconds. */
  ms: number
  /** Peak of the summed resident sets of the process tree (Node plus its Chromium, or the child's tree), in bytes. */
  treeBytes: number
  /**
   * Peak resident set of the largest single process, in bytes: Node's own
   * `rss` in process; `/usr/bin/time %M` for a child (or its tree root's
   * peak when `time` is missing).
   */
  maxBytes: number
  /** Other numbers of this run (pages, sub-timings, `cpuMs`: CPU time of a child process). */
  extra?: Record<string, number> | undefined
}

/** Median, minimum and maximum of some numbers. */
export interface Summary {
  median: number
  min: number
  max: number
}

/**
 * Median (mean of the middle two for an even count), minimum and maximum.
 *
 * @param values At least one number.
 */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! }
}

/** Whether GNU time is installed (Debian package `time`). */
export const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Samples the resident set of a process tree; one run at a time. */
export class TreeSampler {
  readonly #worker: Worker
  readonly #pageSize: number
  readonly #intervalMs: number
  /** Every process any run saw in its tree, for the orphan check at the end. */
  readonly seen = new Map<string, SeenProcess>()

  /**
   * @param intervalMs Milliseconds between samples; default 20.
   */
  constructor(intervalMs = 20) {
    this.#worker = new Worker(new URL('./memory-worker.js', import.meta.url))
    this.#worker.unref()
    this.#pageSize = pageSize()
    this.#intervalMs = intervalMs
  }

  /**
   * Start sampling the tree under `root`.
   *
   * @param root Process id of the tree's root.
   */
  start(root: number): void {
    const message: StartMessage = { type: 'start', root, intervalMs: this.#intervalMs, scanMs: 100, pageSize: this.#pageSize }
    this.#worker.postMessage(message)
  }

  /** Stop sampling; resolves with the peaks. */
  async stop(): Promise<SamplerResult> {
    const result = await new Promise<SamplerResult>((resolve) => {
      this.#worker.once('message', resolve)
      this.#worker.postMessage({ type: 'stop' })
    })
    for (const process of result.seen) this.seen.set(`${process.pid}:${process.start}`, process)
    return result
  }

  /** End the worker. */
  async close(): Promise<void> {
    await this.#worker.terminate()
  }
}

function pageSize(): number {
  // `statm` counts pages; the page size is in the auxiliary vector (AT_PAGESZ = 6).
  try {
    const auxv = readFileSync('/proc/self/auxv')
    for (let offset = 0; offset + 16 <= auxv.length; offset += 16) {
      if (auxv.readBigUInt64LE(offset) === 6n) return Number(auxv.readBigUInt64LE(offset + 8))
    }
  } catch {
    // Not Linux: fall through.
  }
  return 4096
}

/**
 * Time `fn` in this process and sample this process's tree (Node and any
 * Chromium it runs) while it runs.
 *
 * @param sampler The sampler.
 * @param fn The work; may return extra numbers to record.
 */
export async function measureInProcess(sampler: TreeSampler, fn: () => Promise<Record<string, number> | void>): Promise<Measurement> {
  sampler.start(process.pid)
  const start = performance.now()
  let extra: Record<string, number> | void
  try {
    extra = await fn()
  } catch (error) {
    await sampler.stop()
    throw error
  }
  const ms = performance.now() - start
  const memory = await sampler.stop()
  return { ms, treeBytes: memory.peakTree, maxBytes: memory.peakRoot, extra: extra ?? undefined }
}

/** Options of {@link measureProcess}. */
export interface ProcessOptions {
  /** Working folder. */
  cwd?: string | undefined
  /** Where GNU time writes `%M` (removed afterwards). */
  timeFile: string
  /** Milliseconds before the child is killed; default 120000. */
  timeout?: number | undefined
  /** Environment; default this process's. */
  env?: NodeJS.ProcessEnv | undefined
}

/**
 * Run a command as a child process, time it from spawn to exit, and sample
 * its tree's memory. Rejects when it exits with an error (with its stderr).
 *
 * @param command Executable.
 * @param args Arguments.
 * @param sampler The sampler.
 * @param options Working folder, `%M` file, timeout (default 2 min).
 */
export async function measureProcess(command: string, args: readonly string[], sampler: TreeSampler, options: ProcessOptions): Promise<Measurement> {
  const [file, argv] = gnuTime ? [gnuTime, ['-f', '%U %S %M', '-o', options.timeFile, command, ...args]] : [command, [...args]]
  const start = performance.now()
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'pipe'] })
  const stderr: Buffer[] = []
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  if (child.pid !== undefined) sampler.start(child.pid)
  const timer = setTimeout(() => child.pid !== undefined && killTree(child.pid), options.timeout ?? 120_000)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (status) => resolve(status))
  }).finally(() => clearTimeout(timer))
  const ms = performance.now() - start
  const memory = child.pid !== undefined ? await sampler.stop() : { peakTree: 0, peakRoot: 0 }
  if (code !== 0) {
    const shown = [command, ...args].map((arg) => (arg.length > 60 ? `…${arg.slice(-50)}` : arg)).join(' ')
    throw new Error(`\`${shown}\` exited with ${code}: ${Buffer.concat(stderr).toString().trim().slice(-2000)}`)
  }
  let maxBytes = memory.peakRoot
  let extra: Record<string, number> | undefined
  if (gnuTime) {
    // `%U %S %M`: user and system CPU seconds of the child and the children it waited for, then its peak resident set in KB.
    const [user, system, kb] = ((await readFile(options.timeFile, 'utf8')).trim().split('\n').pop() ?? '').split(' ').map(Number)
    if (Number.isFinite(kb)) maxBytes = kb! * 1024
    if (Number.isFinite(user) && Number.isFinite(system)) extra = { cpuMs: (user! + system!) * 1000 }
    await rm(options.timeFile, { force: true })
  }
  return { ms, treeBytes: memory.peakTree, maxBytes, extra }
}

/**
 * Kill a process and all its descendants (a child that hangs, with its Chromium).
 *
 * @param root Process id of the tree's root.
 */
export function killTree(root: number): void {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const text = readFileSync(path.join('/proc', entry, 'stat'), 'latin1')
      const ppid = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // Gone.
    }
  }
  const tree = [root]
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []))
  for (const pid of tree) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

/**
 * Processes seen in a measured tree that still run (same pid and start time).
 *
 * @param seen Processes from {@link TreeSampler.seen}.
 */
export function survivors(seen: Iterable<SeenProcess>): SeenProcess[] {
  const alive: SeenProcess[] = []
  for (const process of seen) {
    try {
      const text = readFileSync(path.join('/proc', String(process.pid), 'stat'), 'latin1')
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
      if (fields[19] === process.start && fields[0] !== 'Z') alive.push(process)
    } catch {
      // Gone.
    }
  }
  return alive
}
