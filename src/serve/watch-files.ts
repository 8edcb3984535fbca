/**
 * Watching files for the dev server and `build --watch`, with `chokidar`:
 * file system events where they arrive, polling where they do not (network
 * drives, WSL, Docker volumes; `--poll`, or `CHOKIDAR_USEPOLLING=1`). Events
 * are folded per file within a short delay, so a save that truncates then
 * writes, or an editor's write-and-rename, is one change.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'

/** A set of watched paths. */
export interface FileWatcher {
  /** Watch one more file or folder (no-op when already covered). */
  add(target: string): Promise<void>
  /** Stop watching. */
  close(): Promise<void>
}

/** Options of {@link watchFiles}. */
export interface WatchOptions {
  /** Milliseconds that fold a burst of events on one file; default 80. */
  delay?: number | undefined
  /** Poll instead of waiting for events; default false. */
  poll?: boolean | undefined
  /** Milliseconds between polls; default 250. */
  interval?: number | undefined
  /** Paths never reported (an output folder inside a watched one); default none. */
  ignore?: ((file: string) => boolean) | undefined
}

/** Folders never watched inside a watched folder. */
const skippedFolders = new Set(['node_modules', '.git'])

/**
 * Watch files and folders (folders with what is inside them); `onChange`
 * receives the absolute path of each changed, added or removed file once per
 * burst of events. A path that does not exist yet is skipped. Resolves when
 * the watcher is ready, so no change after it is missed.
 *
 * @param targets Files and folders to watch.
 * @param onChange Called with each changed file.
 * @param options Delay (default 80 ms), polling (default off), paths to ignore.
 */
export async function watchFiles(targets: Iterable<string>, onChange: (file: string) => void, options: WatchOptions = {}): Promise<FileWatcher> {
  const { watch } = await import('chokidar')
  // A save is often two events (the file emptied, then written) more than 10 ms apart: building on the first
  // showed an empty deck and could lose the second's reload. 80 ms takes both as one.
  const delay = options.delay ?? 80
  const timers = new Map<string, NodeJS.Timeout>()
  const watched = new Set<string>()

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

  const existing = async (items: Iterable<string>) => {
    const found: string[] = []
    for (const item of items) {
      const absolute = path.resolve(item)
      if (watched.has(absolute) || [...watched].some((folder) => absolute.startsWith(folder + path.sep))) continue
      if (await stat(absolute).catch(() => undefined)) {
        watched.add(absolute)
        found.push(absolute)
      }
    }
    return found
  }

  const watcher = watch(await existing(targets), {
    ignoreInitial: true,
    persistent: true,
    usePolling: options.poll === true ? true : undefined,
    interval: options.interval ?? 250,
    binaryInterval: options.interval ?? 250,
    ignored: (file: string) => file.split(path.sep).some((part) => skippedFolders.has(part)) || options.ignore?.(file) === true
  })
  watcher.on('all', (event, file) => {
    if (event === 'add' || event === 'change' || event === 'unlink') fire(path.resolve(file))
  })
  watcher.on('error', () => undefined)
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))

  return {
    async add(target: string) {
      const added = await existing([target])
      if (added.length > 0) watcher.add(added)
    },
    async close() {
      for (const timer of timers.values()) clearTimeout(timer)
      timers.clear()
      await watcher.close()
    }
  }
}
