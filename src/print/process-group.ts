/**
 * Waiting for a killed process group (a Chromium's) to end, synchronously, as a signal handler must: its profile is
 * removed only after, since a process still ending may write into it (`browser.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'

/** Something to wait on for a few milliseconds without a timer. */
const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * Wait (synchronously, a second at most) until no process of a killed group runs: Linux reads `/proc`, since an unreaped
 * child is a zombie that writes nothing; elsewhere the group is asked, a fifth as long. Never throws.
 *
 * @param pid The group's leader, the killed Chromium.
 */
export function awaitGroupEnd(pid: number): void {
  if (process.platform === 'win32') return
  const proc = process.platform === 'linux' && existsSync('/proc/self/stat')
  for (let attempt = 0; attempt < (proc ? 50 : 10); attempt++) {
    if (!(proc ? groupRuns(pid) : groupExists(pid))) return
    Atomics.wait(pause, 0, 0, 20)
  }
}

/** Whether a process of the group `pgid` runs (Linux: any in `/proc` with that group, not a zombie). */
function groupRuns(pgid: number): boolean {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return false
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(group) === pgid && state !== 'Z' && state !== 'X') return true
    } catch {
      // (Ended while read.)
    }
  }
  return false
}

/** Whether any process of a group exists (a zombie included). */
function groupExists(pgid: number): boolean {
  try {
    return process.kill(-pgid, 0)
  } catch {
    return false
  }
}
