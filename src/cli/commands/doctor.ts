/**
 * `lectern doctor [--install]`: which browser PDF export would use and how
 * it was found, or exactly what to do when there is none.
 */
import { exitCodes } from '../../errors.js'
import { browserInstallHint, describeBrowserSearch } from '../../print/find-browser.js'
import { version } from '../../package-paths.js'
import type { CliIo, CommandRun } from './shared.js'

/**
 * Run `doctor`.
 *
 * @param run The command run (`--browser`, `--install`).
 * @param io Streams.
 */
export async function doctorCommand(run: CommandRun, io: CliIo): Promise<number> {
  const values = run.options
  const out = (line: string) => io.stdout.write(`${line}\n`)
  out(`lectern ${version}, Node.js ${process.version} on ${process.platform}-${process.arch}`)
  let report = await describeBrowserSearch({ executablePath: values.browser })
  if (!report.found && values.install && !values.browser) {
    const { installChromium } = await import('../../print/install-browser.js')
    await installChromium(io.stderr)
    report = await describeBrowserSearch({})
  }
  out('Browser search (first match wins):')
  for (const candidate of report.checked) out(`  ${candidate.status.padEnd(14)} ${candidate.source.padEnd(25)} ${candidate.path}`)
  if (report.found) {
    out(`Browser: ${report.found.path} (found via ${report.found.source})`)
    return 0
  }
  out(`No browser found: ${report.error?.message.split('\n')[0] ?? ''}`)
  out(browserInstallHint)
  out('On Debian or Ubuntu as root, `lectern doctor --install` installs Debian chromium.')
  return exitCodes['browser-not-found']
}
