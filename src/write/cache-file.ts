/**
 * One file of Lectern's cache (drawn diagrams, theme measurements): JSON
 * read back only when it passes the reader's check, written atomically, and
 * never an error — a cache that cannot be read or written costs the work
 * again, nothing more.
 */
import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './write-file.js'

/**
 * Read a cached value.
 *
 * @param file The cache file.
 * @param accept Whether the parsed JSON is a value of this cache (its shape, its version).
 * @returns The value, or `undefined` when the file is missing, unreadable, not JSON or not accepted.
 */
export async function readCacheFile<T>(file: string, accept: (value: T) => boolean): Promise<T | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as T
    return accept(value) ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * Write a value to the cache as JSON, atomically; a failure is ignored.
 *
 * @param file The cache file; its folder is created.
 * @param value The value.
 */
export async function writeCacheFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(value)).catch(() => undefined)
}
