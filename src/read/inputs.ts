/**
 * Expanding the command line's files and folders into deck sources, and
 * naming each deck's outputs.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { LecternError } from '../errors.js'

/** Extensions Lectern builds. */
export const sourceExtensions = ['.md', '.markdown', '.txt'] as const

/** A deck to build. */
export interface DeckSource {
  /** Path of the source as given (or found in a folder). */
  path: string
  /** Output name without extension (`talk` for `slides/talk.md`). */
  name: string
  /** Whether the source is standard input (`-`); its text is read by the caller. */
  stdin?: boolean | undefined
}

/**
 * Expand files and folders into deck sources. A folder contributes its
 * `.md`, `.markdown` and `.txt` files (not `README.md`), in name order.
 *
 * @param inputs Paths as given on the command line.
 * @param cwd Folder they are relative to; default `process.cwd()`.
 */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<DeckSource[]> {
  const sources: DeckSource[] = []
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ path: 'stdin', name: 'stdin', stdin: true })
      continue
    }
    let info
    try {
      info = await stat(path.resolve(cwd, input))
    } catch (error) {
      throw new LecternError(`Cannot find ${input}: no such file or folder`, { code: 'input', cause: error })
    }
    if (info.isDirectory()) {
      const names = (await readdir(path.resolve(cwd, input))).filter(isSourceName).sort()
      if (names.length === 0) {
        throw new LecternError(`${input} holds no decks: expected .md, .markdown or .txt files`, { code: 'input' })
      }
      for (const name of names) sources.push(toSource(path.join(input, name)))
    } else {
      sources.push(toSource(input))
    }
  }
  const unique = [...new Map(sources.map((source) => [path.resolve(cwd, source.path), source])).values()]
  assertDistinctNames(unique, cwd)
  return unique
}

function isSourceName(name: string): boolean {
  return (
    !name.startsWith('.') &&
    name.toLowerCase() !== 'readme.md' &&
    (sourceExtensions as readonly string[]).includes(path.extname(name).toLowerCase())
  )
}

function toSource(file: string): DeckSource {
  return { path: file, name: path.basename(file, path.extname(file)) }
}

/** Two inputs may not write the same output. */
function assertDistinctNames(sources: readonly DeckSource[], cwd: string): void {
  const seen = new Map<string, string>()
  for (const source of sources) {
    const other = seen.get(source.name)
    if (other !== undefined && path.resolve(cwd, other) !== path.resolve(cwd, source.path)) {
      throw new LecternError(`${other} and ${source.path} would both be written to ${source.name}.html; rename one`, { code: 'usage' })
    }
    seen.set(source.name, source.path)
  }
}
