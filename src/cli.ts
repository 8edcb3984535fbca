/**
 * The command line: help text, flag parsing, and one function per command.
 * Returns an exit code; only here do errors become messages and codes.
 */
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { reporter } from 'vfile-reporter'
import type { VFile } from 'vfile'
import { buildDeck, type BuiltDeck } from './build.js'
import { LecternError, exitCodes, isLecternError } from './errors.js'
import { expandInputs } from './inputs.js'
import { version } from './package-paths.js'
import type { DeckConfig } from './types.js'
import { AssetWriter } from './write-assets.js'
import { removePendingFiles } from './write-file.js'

/** Streams the CLI writes to. */
export interface CliIo {
  /** Results (e.g. `outline`, `convert -o -`). */
  stdout: NodeJS.WritableStream
  /** Status, warnings and errors. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  /** Working folder; default `process.cwd()`. */
  cwd?: string
}

const help = `lectern ${version}: turn an article into a talk (Reveal.js deck, slide PDF, handout)

Usage:
  lectern build [files or folders...]   build decks to HTML (default input: slides/)
  lectern serve [files or folders...]   live preview with reload on save
  lectern --help | --version

Options for build:
  -o, --out-dir DIR       output folder (default: dist)
  -t, --theme NAME|PATH   theme for every deck (overrides front matter)
      --slide-level N     deepest heading that starts a slide (default: 2)
  -q, --quiet             print errors only

Options for serve:
  -p, --port N            port (default: 4321, or the next free one)
      --host HOST         interface to listen on (default: 127.0.0.1)
      --open              open the index page in the default browser
  -t, --theme NAME|PATH   theme for every deck

Exit codes: 0 ok, 2 usage, 3 bad input, 4 cannot write output, 5 theme,
6 no browser found, 7 browser failed, 8 timeout, 130 interrupted.
`

const buildFlags = {
  'out-dir': { type: 'string', short: 'o' },
  theme: { type: 'string', short: 't' },
  'slide-level': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' }
} satisfies ParseArgsConfig['options']

/**
 * Run the CLI.
 *
 * @param argv Arguments after the program name.
 * @param io Output streams and working folder.
 * @returns The exit code.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(help)
      return command === undefined ? exitCodes.usage : 0
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version}\n`)
      return 0
    }
    if (command === 'build') return await build(rest, io)
    if (command === 'serve') return await serveCommand(rest, io)
    throw new LecternError(`Unknown command \`${command}\`; run \`lectern --help\``, { code: 'usage' })
  } catch (error) {
    return fail(error, io)
  }
}

function fail(error: unknown, io: CliIo): number {
  if (isLecternError(error)) {
    io.stderr.write(`lectern: ${error.toString()}\n`)
    return exitCodes[error.code]
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`lectern: unexpected error: ${message}\n`)
  if (process.env.LECTERN_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`)
  return 1
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new LecternError(`${(error as Error).message.split('\n')[0]}; run \`lectern --help\``, { code: 'usage', cause: error })
  }
}

function overridesFrom(values: { theme?: string | undefined; 'slide-level'?: string | undefined }): Partial<DeckConfig> {
  const overrides: Partial<DeckConfig> = {}
  if (values.theme) overrides.theme = values.theme
  if (values['slide-level'] !== undefined) {
    const level = Number(values['slide-level'])
    if (!Number.isInteger(level) || level < 1 || level > 6) {
      throw new LecternError(`--slide-level expects a whole number from 1 to 6, not \`${values['slide-level']}\``, { code: 'usage' })
    }
    overrides.slideLevel = level
  }
  return overrides
}

async function build(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, buildFlags)
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const cwd = io.cwd ?? process.cwd()
  const outDir = path.resolve(cwd, values['out-dir'] ?? 'dist')
  const overrides = overridesFrom(values)
  const sources = await expandInputs(positionals.length > 0 ? positionals : ['slides'], cwd)
  const assets = new AssetWriter(outDir)
  const built: BuiltDeck[] = []
  const files: VFile[] = []
  let failures = 0

  for (const source of sources) {
    try {
      const deck = await buildDeck(source, { outDir, cwd, overrides, assets })
      built.push(deck)
      files.push(deck.rendered.file)
      if (!values.quiet) {
        io.stderr.write(`built ${path.relative(cwd, deck.htmlPath)} (${deck.rendered.deck.slideCount} slides)\n`)
      }
    } catch (error) {
      failures++
      fail(error, io)
      if (isLecternError(error) && (error.code === 'output' || error.code === 'usage')) throw error
    }
  }
  report(files, io, values.quiet ?? false)
  if (failures > 0) return sources.length === 1 ? exitCodes.input : 1
  return 0
}

function report(files: VFile[], io: CliIo, quiet: boolean): void {
  const relevant = files.filter((file) => file.messages.length > 0)
  if (relevant.length === 0) return
  const text = reporter(relevant, { quiet, color: Boolean(io.stderr.isTTY) })
  if (text) io.stderr.write(`${text}\n`)
}

const interruptHandlers = new Set<() => Promise<void>>()

/**
 * Handle Ctrl-C: stop a running dev server cleanly (exit 0), or remove
 * half-written files (exit 130).
 *
 * @returns The exit code to leave with.
 */
export async function interrupt(): Promise<number> {
  if (interruptHandlers.size > 0) {
    await Promise.all([...interruptHandlers].map((handler) => handler()))
    return 0
  }
  await removePendingFiles()
  return exitCodes.interrupted
}

const serveFlags = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  open: { type: 'boolean' },
  theme: { type: 'string', short: 't' },
  'slide-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} satisfies ParseArgsConfig['options']

async function serveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, serveFlags)
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const port = values.port === undefined ? 4321 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LecternError(`--port expects a port number from 0 to 65535, not \`${values.port}\``, { code: 'usage' })
  }
  const { serve } = await import('./serve.js')
  const server = await serve({
    inputs: positionals,
    cwd: io.cwd ?? process.cwd(),
    host: values.host ?? '127.0.0.1',
    port,
    strictPort: values.port !== undefined,
    overrides: overridesFrom(values),
    onBuild(name, result) {
      if (result.error) io.stderr.write(`lectern: ${result.error.toString()}\n`)
      else if (result.file) {
        report([result.file], io, false)
        io.stderr.write(`built ${name}.html\n`)
      }
    }
  })
  io.stderr.write(`Serving ${server.store.decks.size} deck(s) at ${server.url} (Ctrl-C to stop)\n`)
  if (values.open) openInBrowser(server.url)
  await new Promise<void>((resolve) => {
    interruptHandlers.add(async () => {
      await server.close()
      io.stderr.write('lectern: server stopped\n')
      resolve()
    })
  })
  return 0
}

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open'
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url]
  void import('node:child_process').then(({ spawn }) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => undefined)
    child.unref()
  })
}
