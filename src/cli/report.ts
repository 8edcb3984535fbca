/**
 * What a run did, for `--json` and `--strict`: its inputs, the outputs it
 * wrote, every warning with its file, line and rule, every error, and how
 * long each stage took. One shape for every command (`src/assets/report.schema.json`);
 * written to stdout as one JSON document, while progress stays on stderr.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import { exitCodes, isLecternError } from '../errors.js'
import { version } from '../package-paths.js'
import type { CliIo } from './io.js'
import type { ConfigWarning } from './config.js'
import type { CliOptions, CommandName } from './options.js'

/** Version of the report's shape; raised when a field changes meaning or goes. */
export const reportSchemaVersion = 1

/** A source the run read. */
export interface ReportInput {
  /** As given or found in a folder, relative to the working folder (`stdin` for standard input). */
  path: string
  /** The deck's output name. */
  name?: string | undefined
}

/** A file the run wrote. */
export interface ReportOutput {
  /** Relative to the working folder. */
  path: string
  /** `html`, `pdf` (slides), `handout`, `png` (one slide image; each is listed), `pptx` (PowerPoint), `markdown` (convert) or `gallery`. */
  kind: 'html' | 'pdf' | 'handout' | 'png' | 'pptx' | 'markdown' | 'gallery'
  /** The source it was made from. */
  input?: string | undefined
  /** Slides in the deck. */
  slides?: number | undefined
}

/** A warning, as unified tools report one. */
export interface ReportWarning {
  /** The file it is about (relative), or null. */
  file: string | null
  /** 1-based line, or null. */
  line: number | null
  /** 1-based column, or null. */
  column: number | null
  /** The rule (`overflow`, `missing-media`, `config-unknown-key`…), or null. */
  rule: string | null
  /** What is wrong. */
  message: string
}

/** An error that failed a deck or the run. */
export interface ReportError {
  file: string | null
  line: number | null
  column: number | null
  /** Lectern's error code (`input`, `theme`, `timeout`…), or `unexpected`. */
  code: string
  /** The exit code it maps to. */
  exitCode: number
  message: string
}

/** The JSON report. */
export interface Report {
  /** {@link reportSchemaVersion}. */
  schema: number
  /** Lectern's version. */
  lectern: string
  command: CommandName
  /** The process's exit code. */
  exitCode: number
  inputs: ReportInput[]
  outputs: ReportOutput[]
  warnings: ReportWarning[]
  errors: ReportError[]
  /** Milliseconds: `total`, and per stage (`build`, `print`, `check`…). */
  timings: Record<string, number>
  /** What the command found, when it is more than files: `outline`'s outline, `themes`' list, `check`'s decks. */
  result?: unknown
}

/** What a report needs to know of its run. */
export interface ReportedRun {
  command: CommandName
  options: CliOptions
  configWarnings: readonly ConfigWarning[]
}

/** Collects a run's report; prints it as JSON and applies `--strict` at the end. */
export class RunReport {
  readonly #run: ReportedRun
  readonly #io: CliIo
  readonly #cwd: string
  readonly #started = performance.now()
  readonly #inputs: ReportInput[] = []
  readonly #outputs: ReportOutput[] = []
  readonly #errors: ReportError[] = []
  readonly #files: VFile[] = []
  readonly #timings: Record<string, number> = {}
  #result: unknown

  /**
   * @param run The command run (its options decide `--json` and `--strict`).
   * @param io Streams.
   */
  constructor(run: ReportedRun, io: CliIo) {
    this.#run = run
    this.#io = io
    this.#cwd = io.cwd ?? process.cwd()
  }

  /** Whether `--json` was asked for. */
  get json(): boolean {
    return this.#run.options.json === true
  }

  /** A path as reports show it: relative to the working folder when inside it. */
  relative(file: string): string {
    const relative = path.relative(this.#cwd, path.resolve(this.#cwd, file))
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
  }

  /** Record the sources read. */
  inputs(inputs: readonly ReportInput[]): void {
    this.#inputs.push(...inputs.map((input) => ({ ...input, path: input.path === 'stdin' ? 'stdin' : this.relative(input.path) })))
  }

  /** Record a file written. */
  output(output: ReportOutput): void {
    this.#outputs.push({ ...output, path: this.relative(output.path) })
  }

  /** The outputs written so far, relative to the working folder. */
  outputPaths(): string[] {
    return this.#outputs.map((output) => output.path)
  }

  /** Record files whose warnings count (each once). */
  files(files: readonly VFile[]): void {
    for (const file of files) if (!this.#files.includes(file)) this.#files.push(file)
  }

  /** Record an error. */
  error(error: unknown): void {
    const lectern = isLecternError(error) ? error : undefined
    this.#errors.push({
      file: lectern?.file ? this.relative(lectern.file) : null,
      line: lectern?.line ?? null,
      column: lectern?.column ?? null,
      code: lectern?.code ?? 'unexpected',
      exitCode: lectern ? exitCodes[lectern.code] : 1,
      message: error instanceof Error ? error.message : String(error)
    })
  }

  /** Record how long a stage took, adding up repeats. */
  time(stage: string, milliseconds: number): void {
    this.#timings[stage] = Math.round((this.#timings[stage] ?? 0) + milliseconds)
  }

  /** Record what the command found. */
  result(value: unknown): void {
    this.#result = value
  }

  /** Every warning so far: the config file's, then each file's. */
  warnings(): ReportWarning[] {
    const warnings: ReportWarning[] = this.#run.configWarnings.map((warning) => ({ file: warning.file, line: null, column: null, rule: warning.rule, message: warning.message }))
    for (const file of this.#files) {
      for (const message of file.messages) {
        if (message.fatal !== false) continue
        warnings.push({
          file: file.path ? this.relative(file.path) : null,
          line: message.line ?? null,
          column: message.column ?? null,
          rule: message.ruleId ?? null,
          message: message.reason
        })
      }
    }
    return warnings
  }

  /**
   * End the run: with `--strict`, a warning turns exit 0 into 1; with
   * `--json`, the report goes to stdout.
   *
   * @param code The exit code so far.
   * @returns The exit code to leave with.
   */
  finish(code: number): number {
    const warnings = this.warnings()
    let exitCode = code
    if (code === 0 && this.#run.options.strict && warnings.length > 0) {
      exitCode = 1
      this.#io.stderr.write(`lectern: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} with --strict\n`)
    }
    if (this.json) {
      const report: Report = {
        schema: reportSchemaVersion,
        lectern: version,
        command: this.#run.command,
        exitCode,
        inputs: this.#inputs,
        outputs: this.#outputs,
        warnings,
        errors: this.#errors,
        timings: { ...this.#timings, total: Math.round(performance.now() - this.#started) },
        ...(this.#result === undefined ? {} : { result: this.#result })
      }
      this.#io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    }
    return exitCode
  }
}
