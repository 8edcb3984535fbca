/**
 * What the bench ran on: cores, memory, load, Node, Chromium, Lectern's commit.
 */
import { execFile } from 'node:child_process'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The machine, as printed above the tables and stored in the JSON. */
export interface MachineInfo {
  cpu: string
  cores: number
  memoryGiB: number
  kernel: string
  node: string
  chromium: string
  chromiumPath: string
  commit: string
  /** 1-minute load average when the bench started (other work on the machine skews results). */
  loadAtStart: number
  /** 1-minute load average when it ended. */
  loadAtEnd?: number | undefined
}

/**
 * Describe this machine.
 *
 * @param chromiumPath The browser Lectern uses.
 * @param cwd The repository, for the commit.
 */
export async function describeMachine(chromiumPath: string, cwd: string): Promise<MachineInfo> {
  const chromium = await run(chromiumPath, ['--version'])
    .then(({ stdout }) => stdout.trim())
    .catch((error: Error) => `unknown (${error.message.split('\n')[0]})`)
  const commit = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd })
    .then(({ stdout }) => stdout.trim())
    .catch(() => 'unknown')
  const processors = cpus()
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    node: process.version,
    chromium,
    chromiumPath,
    commit,
    loadAtStart: loadavg()[0]!
  }
}

/**
 * One line about the machine, for above the tables.
 *
 * @param machine From {@link describeMachine}.
 */
export function machineLine(machine: MachineInfo): string {
  const load = machine.loadAtEnd === undefined ? `${machine.loadAtStart.toFixed(2)}` : `${machine.loadAtStart.toFixed(2)} → ${machine.loadAtEnd.toFixed(2)}`
  return (
    `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB RAM, Linux ${machine.kernel}; ` +
    `Node ${machine.node}; ${machine.chromium}; Lectern ${machine.commit} (working tree as built); load average ${load}.`
  )
}
