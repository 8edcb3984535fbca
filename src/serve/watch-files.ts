/**
 * Watching files for the dev server with Node's own `fs.watch`: one watcher
 * per folder (recursive for folders given as such), events folded per file
 * within a short delay, so a save that truncates then writes is one change.
 */
import { watch, type FSWatcher } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'

/** A set of watched paths. */
export interface FileWatcher {
  /** Watch one more file or folder (no-op when already covered). */
  add(target: string): Promise<void>
  /** Stop watching. */
  close(): void
}

/**
 * Watch files and folders; `onChange` receives the absolute path of each
 * changed file once per burst of events.
 *
 * @param targets Files and folders to watch.
 * @param onChange Called with each changed file.
 * @param delay Milliseconds that fold a burst of events; default 10.
 */
export async function watchFiles(targets: Iterable<string>, onChange: (file: string) => void, delay = 10): Promise<FileWatcher> {
  const watchers = new Map<string, FSWatcher>()
  const files = new Set<string>()
  const timers = new Map<string, NodeJS.Timeout>()

  const fire = (file: string) => {
    clearTimeout(timers.get(file))
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file)
        onChange(file)
      }, delay)
    )
  }

  const covered = (folder: string) =>
    [...watchers.keys()].some((watched) => watched === folder || (watched.endsWith('/**') && (folder + path.sep).startsWith(watched.slice(0, -2))))

  const watchFolder = (folder: string, recursive: boolean) => {
    const key = recursive ? path.join(folder, '**') : folder
    if (watchers.has(key) || covered(folder)) return
    try {
      const watcher = watch(folder, { recursive, persistent: true }, (_event, name) => {
        if (!name) return
        const file = path.join(folder, name.toString())
        if (recursive || files.has(file) || !files.size || isSourceLike(file)) fire(file)
      })
      watcher.on('error', () => undefined)
      watchers.set(key, watcher)
    } catch {
      // A folder that does not exist (yet) is not watched.
    }
  }

  const add = async (target: string) => {
    const absolute = path.resolve(target)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) {
      watchFolder(absolute, true)
    } else {
      files.add(absolute)
      watchFolder(path.dirname(absolute), false)
    }
  }

  for (const target of targets) await add(target)
  return {
    add,
    close() {
      for (const timer of timers.values()) clearTimeout(timer)
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    }
  }
}

function isSourceLike(file: string): boolean {
  return /\.(md|markdown|txt|css|json|ya?ml)$/i.test(file)
}
