/**
 * Lectern's single error class and the exit codes the CLI maps it to.
 *
 * The library throws {@link LecternError}; only the CLI turns it into a message
 * and an exit code.
 */

/** What went wrong, in a word the CLI maps to an exit code. */
export type ErrorCode =
  | 'usage'
  | 'input'
  | 'output'
  | 'theme'
  | 'browser-not-found'
  | 'browser'
  | 'timeout'
  | 'port-in-use'
  | 'interrupted'
  | 'overflow'

/** Exit code for each {@link ErrorCode}. `0` is success, `1` a generic failure. */
export const exitCodes: Readonly<Record<ErrorCode, number>> = {
  usage: 2,
  input: 3,
  output: 4,
  theme: 5,
  'browser-not-found': 6,
  browser: 7,
  timeout: 8,
  'port-in-use': 9,
  interrupted: 130,
  overflow: 10
}

/** Options of {@link LecternError}. */
export interface LecternErrorOptions {
  /** What kind of failure this is; decides the exit code. */
  code: ErrorCode
  /** The file the error is about, when there is one. */
  file?: string | undefined
  /** 1-based line in `file`, when known. */
  line?: number | undefined
  /** 1-based column in `file`, when known. */
  column?: number | undefined
  /** The underlying error. */
  cause?: unknown
}

/** An expected failure with a one-line, user-facing message. */
export class LecternError extends Error {
  readonly code: ErrorCode
  readonly file: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined

  /**
   * @param message One line: what was expected and what was found.
   * @param options Code, file, position and cause.
   */
  constructor(message: string, options: LecternErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'LecternError'
    this.code = options.code
    this.file = options.file
    this.line = options.line
    this.column = options.column
  }

  /** `file:line:column: message`, the way unified tools print a message. */
  override toString(): string {
    let where = ''
    if (this.file) {
      where = this.file
      if (this.line) where += `:${this.line}` + (this.column ? `:${this.column}` : '')
      where += ': '
    }
    return where + this.message
  }
}

/** Whether `value` is a {@link LecternError}. */
export function isLecternError(value: unknown): value is LecternError {
  return value instanceof LecternError
}

/**
 * Check an argument of a library function: when `valid` is false, throw a
 * `usage` error that names the function, what it expects and what it got
 * (`buildDeck expects a deck source { path, name }, not a string ("# Hi")`).
 *
 * @param valid Whether the argument is right.
 * @param fn The function and argument, as a user would name them: `buildDeck(source)`.
 * @param expected What it takes, in words.
 * @param found The value given.
 * @throws {LecternError} `usage` when `valid` is false.
 */
export function expectArgument(valid: boolean, fn: string, expected: string, found: unknown): asserts valid {
  if (valid) return
  throw new LecternError(`${fn} expects ${expected}, not ${describeValue(found)}`, { code: 'usage' })
}

/** A value in a few words: `a string ("# Hi")`, `an array`, `undefined`. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)})`
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).slice(0, 5).join(', ') || '(none)'}`
  return `${typeof value === 'number' ? 'the number' : `a ${typeof value}`} ${String(value)}`
}
