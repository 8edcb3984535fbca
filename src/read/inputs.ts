/**
 * Expanding the command line's files and folders into deck sources, and
 * naming each deck's outputs.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { LecternError, expectArgument } from '../errors.js'

/** Extensions a folder contributes decks from (a folder's `.html` files are more often built decks than saved pages). */
export const sourceExtensions = ['.md', '.markdown', '.txt'] as const

/** Extensions Lectern reads when a file is named: Markdown, plain text and saved web pages. */
export const readableExtensions = [...sourceExtensions, '.html', '.htm'] as const

/**
 * Refuse a named file of a type Lectern does not read (`.rst`, `.docx`,
 * `.pdf`…) before reading it. A file without an extension (a pipe such as
 * `<(command)`) is read; `force` (from `--format`) reads any file.
 *
 * @param file The path as given.
 * @param force Whether a format was given, so any extension is read as it.
 * @throws {LecternError} `input`, naming the file and the types Lectern reads.
 */
export function assertReadableType(file: string, force = false): void {
  const extension = path.extname(file).toLowerCase()
  if (force || extension === '' || (readableExtensions as readonly string[]).includes(extension)) return
  throw new LecternError(
    `Lectern reads .md, .markdown, .txt, .html and .htm files, or - for standard input, not ${extension} (--format markdown|text|html reads it anyway)`,
    { code: 'input', file }
  )
}

/** Options of {@link expandInputs}. */
export interface ExpandOptions {
  /** A format was given (`--format`): named files of any type are read as it. */
  format?: string | undefined
  /**
   * Told when a folder's `.txt` is left out because a Markdown file of the
   * same name is there (`lectern convert slides/talk.txt` wrote `talk.md`).
   */
  onSkip?: ((skipped: string, kept: string) => void) | undefined
}

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
 * `.md`, `.markdown` and `.txt` files (not `README.md`), in name order; of a
 * `.txt` and a Markdown file of the same name (an article and the Markdown
 * `convert` made of it) only the Markdown is built. A named file must be one
 * of {@link readableExtensions} (or have none) unless a format is given.
 *
 * @param inputs Paths as given on the command line.
 * @param cwd Folder they are relative to; default `process.cwd()`.
 * @param options A forced format, a listener for skipped files; default none.
 * @throws {LecternError} `input` for a missing path, a folder without decks or a file of another type.
 */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd(), options: ExpandOptions = {}): Promise<DeckSource[]> {
  expectArgument(Array.isArray(inputs) && inputs.every((input) => typeof input === 'string'), 'expandInputs(inputs)', 'an array of paths (strings), e.g. [\'slides\']', inputs)
  expectArgument(typeof cwd === 'string', 'expandInputs(inputs, cwd)', 'a folder path', cwd)
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
      const markdown = new Map(names.filter((name) => !name.toLowerCase().endsWith('.txt')).map((name) => [stem(name), name]))
      for (const name of names) {
        const kept = name.toLowerCase().endsWith('.txt') ? markdown.get(stem(name)) : undefined
        if (kept) options.onSkip?.(path.join(input, name), path.join(input, kept))
        else sources.push(toSource(path.join(input, name)))
      }
    } else {
      assertReadableType(input, options.format !== undefined)
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

function stem(name: string): string {
  return path.basename(name, path.extname(name))
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
