/**
 * `lectern serve`: the dev server, until Ctrl-C.
 */
import { LecternError } from '../../errors.js'
import { cliThemeMeasurer, deckFlags, integerFlag, overridesFrom, parseFlags, printError, reportMessages, type CliIo, type OnInterrupt } from './shared.js'

/**
 * Run `serve`.
 *
 * @param args Arguments after the command.
 * @param io Streams.
 * @param help Help text.
 * @param onInterrupt Registers what Ctrl-C does (close the server).
 */
export async function serveCommand(args: readonly string[], io: CliIo, help: string, onInterrupt: OnInterrupt): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    ...deckFlags,
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    open: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const port = integerFlag('port', values.port, 0, 65535) ?? 4321
  const host = values.host ?? '127.0.0.1'
  if (host.trim() === '') throw new LecternError('--host needs an address', { code: 'usage' })
  const { serve } = await import('../../serve/serve.js')
  const measurer = cliThemeMeasurer({})
  const server = await serve({
    inputs: positionals,
    cwd: io.cwd ?? process.cwd(),
    host,
    port,
    strictPort: values.port !== undefined,
    overrides: overridesFrom(values),
    measureTheme: measurer.measure,
    renderDiagrams: measurer.diagrams,
    onBuild(name, result) {
      if (result.error) printError(result.error, io)
      else if (result.file) {
        reportMessages([result.file], io, 'normal')
        io.stderr.write(`built ${name}.html\n`)
      }
    }
  })
  if (server.port !== port && port !== 0) io.stderr.write(`lectern: port ${port} is in use; using ${server.port}\n`)
  io.stderr.write(`Serving ${server.store.decks.size} deck(s) at ${server.url} (Ctrl-C to stop)\n`)
  if (values.open) openInBrowser(server.url)
  await new Promise<void>((resolve) => {
    onInterrupt(async () => {
      await server.close()
      await measurer.close()
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
