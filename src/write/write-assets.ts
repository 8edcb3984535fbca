/**
 * Copying a deck's assets into the output folder: once per run, and only
 * when the copy is missing or out of date, so rebuilding is cheap.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { AssetFile, GeneratedAsset } from '../html/assets.js'
import { openToRead } from '../read/read-policy.js'
import { copyFileAtomic, writeFileAtomic } from './write-file.js'

/** Copies assets into one output folder, remembering what it already wrote. */
export class AssetWriter {
  readonly #outDir: string
  readonly #done = new Map<string, Promise<void>>()

  /** @param outDir The output folder. */
  constructor(outDir: string) {
    this.#outDir = outDir
  }

  /**
   * Copy files and write generated files (each target once per writer).
   *
   * @param files Files to copy.
   * @param generated Files to generate.
   */
  async write(files: readonly AssetFile[], generated: readonly GeneratedAsset[] = []): Promise<void> {
    const jobs: Array<Promise<void>> = []
    for (const file of files) jobs.push(this.#once(file.to, () => copyIfChanged(file, path.join(this.#outDir, file.to))))
    for (const file of generated) jobs.push(this.#once(file.to, () => writeIfChanged(path.join(this.#outDir, file.to), file.content)))
    await Promise.all(jobs)
  }

  #once(target: string, job: () => Promise<void>): Promise<void> {
    let promise = this.#done.get(target)
    if (!promise) {
      promise = job()
      this.#done.set(target, promise)
    }
    return promise
  }
}

async function copyIfChanged(file: AssetFile, to: string): Promise<void> {
  if (file.rule) {
    // A file the document named is checked again on the file opened (read-policy.ts).
    const handle = await openToRead(file.from, file.rule)
    try {
      const [source, target] = await Promise.all([handle.stat(), stat(to).catch(() => undefined)])
      if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return
      await writeFileAtomic(to, await handle.readFile())
    } finally {
      await handle.close()
    }
    return
  }
  const [source, target] = await Promise.all([stat(file.from), stat(to).catch(() => undefined)])
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return
  await copyFileAtomic(file.from, to)
}

async function writeIfChanged(to: string, content: string): Promise<void> {
  const existing = await readFile(to, 'utf8').catch(() => undefined)
  if (existing === content) return
  await writeFileAtomic(to, content)
}
