/**
 * `lectern serve`: the dev server, until Ctrl-C.
 */
import { LecternError } from '../../errors.js'
import { cliThemeMeasurer, overridesFrom, printError, reportMessages, type CliIo, type CommandRun } from './shared.js'

/**
 * Run `serve`.
 *
 * @param run The command run: sources, options, and where Ctrl-C is handled (closing the server).
 * @param io Streams.
 */
export async function serveCommand(run: CommandRun, io: CliIo): Promise<number> {
  const { options: values, onInterrupt } = run
  const port = values.port ?? 4321
  const host = values.host ?? '127.0.0.1'
  if (host.trim() === '') throw new LecternError('--host needs an address', { code: 'usage' })
  const { serve } = await import('../../serve/serve.js')
  const measurer = cliThemeMeasurer({ launch: io.launchBrowser })
  const server = await serve({
    inputs: run.args,
    cwd: io.cwd ?? process.cwd(),
    host,
    port,
    strictPort: values.port !== undefined,
    poll: values.poll,
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
