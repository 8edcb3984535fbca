/**
 * Writing complete files only: every output goes to a temporary name in the
 * same folder and is renamed into place, so an interrupted build never leaves
 * a half-written deck or PDF.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile, copyFile } from 'node:fs/promises'
import path from 'node:path'

/** Temporary files still being written, removed on an interrupt. */
const pending = new Set<string>()

/** Told when the first temporary file appears and when the last one goes. */
let pendingWatcher: ((active: boolean) => void) | undefined

function addPending(file: string): void {
  pending.add(file)
  if (pending.size === 1) pendingWatcher?.(true)
}

function deletePending(file: string): void {
  if (pending.delete(file) && pending.size === 0) pendingWatcher?.(false)
}

/**
 * Be told whether temporary files are pending (the CLI listens for SIGTERM
 * only then: a handler cannot run while a script is stuck in a loop, and the
 * default action, ending the process, is the right one when nothing needs
 * removing).
 *
 * @param watcher Called with `true` when the first temporary file appears, `false` when none is left.
 */
export function watchPendingFiles(watcher: (active: boolean) => void): void {
  pendingWatcher = watcher
  if (pending.size > 0) watcher(true)
}

/**
 * A temporary path beside `target`, registered so {@link removePendingFiles}
 * can clean it up.
 */
export function temporaryPathFor(target: string): string {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  )
  addPending(temporary)
  return temporary
}

/**
 * Mark a whole file as temporary (a page written only to be printed): it is
 * removed by {@link removePendingFiles} on an interrupt, and by
 * {@link discardFile} when done.
 *
 * @param file Absolute path.
 */
export function markTemporary(file: string): void {
  addPending(file)
}

/**
 * Move a finished temporary file into place.
 *
 * @param temporary Path from {@link temporaryPathFor}.
 * @param target Final path.
 */
export async function commitFile(temporary: string, target: string): Promise<void> {
  await rename(temporary, target)
  deletePending(temporary)
}

/** Remove a temporary file (or folder: a page and its assets built only to be printed) that will not be committed. */
export async function discardFile(temporary: string): Promise<void> {
  // Removed first, forgotten after: until it is gone, a signal still finds it to remove.
  // A folder may still be written into when a signal comes (assets copied while it is removed): retry
  // until it is empty (Node retries ENOTEMPTY and EBUSY).
  await rm(temporary, { force: true, recursive: true, maxRetries: 10, retryDelay: 20 })
  deletePending(temporary)
}

/**
 * Create `dir` and its missing parents, like `mkdir -p`.
 *
 * Node's own `mkdir(dir, { recursive: true })` never returns for a folder
 * that cannot be created under some existing parents (`/proc/out` loops on
 * ENOENT); this walks up once and fails with the first error instead.
 *
 * @param dir Folder to create.
 * @throws The error of the first folder that cannot be created (ENOTDIR when
 *   a part of the path is a file, EACCES, ENOENT, ...).
 */
export async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      if ((await stat(dir)).isDirectory()) return
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', path: dir, cause: error })
    }
    const parent = path.dirname(dir)
    if (code !== 'ENOENT' || parent === dir) throw error
    await makeDirectory(parent)
    await mkdir(dir).catch(async (retry: NodeJS.ErrnoException) => {
      if (retry.code !== 'EEXIST' || !(await stat(dir)).isDirectory()) throw retry
    })
  }
}

/**
 * Write `data` to `target` atomically (temporary name, then rename).
 * Creates the parent folder.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await atomically(target, (temporary) => writeFile(temporary, data))
}

/** Copy `from` to `to` atomically. Creates the parent folder. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await atomically(to, (temporary) => copyFile(from, temporary))
}

/** Make `target` with `make` under a temporary name beside it, then rename it into place; the temporary file goes on failure. */
async function atomically(target: string, make: (temporary: string) => Promise<void>): Promise<void> {
  await makeDirectory(path.dirname(target))
  const temporary = temporaryPathFor(target)
  try {
    await make(temporary)
    await commitFile(temporary, target)
  } catch (error) {
    await discardFile(temporary)
    throw error
  }
}

/** Remove every temporary file still pending (used on SIGINT). */
export async function removePendingFiles(): Promise<void> {
  // One that cannot be removed must not keep the others, or turn an interrupt into a crash.
  await Promise.allSettled([...pending].map((file) => discardFile(file)))
}

/**
 * Words for why a folder or file could not be written.
 *
 * @param error A file system error.
 */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the file system is read-only'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'ENOENT':
      return 'a folder cannot be created there'
    case 'EISDIR':
      return 'a folder is in the way of a file'
    default:
      return code ?? String((error as Error)?.message ?? error)
  }
}
