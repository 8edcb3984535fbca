/**
 * The command line: parse (`program.ts`), read the config file (`config.ts`),
 * and dispatch to one function per command. Returns an exit code; only here
 * do errors become messages and codes (and, with `--json`, a report).
 */
import { withBrowserScope } from '../print/browser-lifetime.js'
import { printError, silenceErrors } from './commands/print-error.js'
import type { CliIo, CommandRun } from './commands/shared.js'
import { exitCodes, isLecternError } from '../errors.js'
import { loadConfig } from './config.js'
import { RunReport } from './report.js'
import { version } from '../package-paths.js'
import { removePendingFiles } from '../write/write-file.js'

export type { CliIo, CommandRun } from './commands/shared.js'

/** The help text of `lectern --help` (built from the command and option tables). */
export async function help(): Promise<string> {
  return (await import('./program.js')).topLevelHelp()
}

const interruptHandlers = new Set<() => Promise<void>>()

/** Exit code after each signal that ends a run (128 + its number). */
const signalCodes: Readonly<Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number>> = { SIGINT: exitCodes.interrupted, SIGTERM: 143, SIGHUP: 129 }

/**
 * Handle Ctrl-C, SIGTERM or SIGHUP: stop a running dev server cleanly
 * (exit 0), or remove half-written files and pages written only to be
 * printed (130, 143, 129).
 *
 * @param signal The signal; default `SIGINT`.
 * @returns The exit code to leave with.
 */
export async function interrupt(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP' = 'SIGINT'): Promise<number> {
  if (interruptHandlers.size > 0) {
    await Promise.all([...interruptHandlers].map((handler) => handler()))
    return 0
  }
  // A page or browser the signal ended fails now; the one line to print is the interruption.
  silenceErrors()
  await removePendingFiles()
  return signalCodes[signal]
}

/**
 * Run the CLI.
 *
 * @param argv Arguments after the program name.
 * @param io Output streams, standard input and working folder.
 * @returns The exit code.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Every browser a command starts is closed when it ends, on every path.
  return withBrowserScope(() => run(argv, io))
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // What the run did so far: a failure is reported as JSON too when `--json` was given.
  let report: RunReport | undefined
  try {
    if (argv.length === 0) {
      io.stderr.write(await help())
      return exitCodes.usage
    }
    // The version needs no parser: `lectern --version` stays as quick as Node starts.
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
      io.stdout.write(`${version}\n`)
      return 0
    }
    const { parseCommandLine } = await import('./program.js')
    const parsed = parseCommandLine(argv, io)
    if (!parsed) return 0
    report = new RunReport({ command: parsed.command, options: parsed.options, configWarnings: [] }, io)
    const config = await loadConfig(io.cwd ?? process.cwd(), parsed.command)
    // An option on the command line wins over the config file.
    const options = { ...config?.options, ...parsed.options }
    const configWarnings = config?.warnings ?? []
    if (!options.quiet) for (const warning of configWarnings) io.stderr.write(`${warning.file}: warning ${warning.message}\n`)
    report = new RunReport({ command: parsed.command, options, configWarnings }, io)
    const run: CommandRun = { command: parsed.command, args: parsed.args, options, commandLine: parsed.options, configWarnings, report, onInterrupt: (handler) => interruptHandlers.add(handler) }
    // Each command's modules load only when it runs, so start-up stays short.
    switch (parsed.command) {
      case 'build':
      case 'pdf':
        return await (await import('./commands/build.js')).buildCommand(run, io)
      case 'serve':
        return await (await import('./commands/serve.js')).serveCommand(run, io)
      case 'check':
        return await (await import('./commands/check.js')).checkCommand(run, io)
      case 'outline':
        return await (await import('./commands/text.js')).outlineCommand(run, io)
      case 'convert':
        return await (await import('./commands/text.js')).convertCommand(run, io)
      case 'themes':
        return await (await import('./commands/themes.js')).themesCommand(run, io)
      case 'theme':
        return await (await import('./commands/themes.js')).themeCommand(run, io)
      case 'doctor':
        return await (await import('./commands/doctor.js')).doctorCommand(run, io)
    }
  } catch (error) {
    const code = fail(error, io)
    if (!report?.json) return code
    report.error(error)
    return report.finish(code)
  }
}

function fail(error: unknown, io: CliIo): number {
  printError(error, io)
  return isLecternError(error) ? exitCodes[error.code] : 1
}
