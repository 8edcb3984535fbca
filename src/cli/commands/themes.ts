/**
 * `lectern themes [--gallery]` and `lectern theme new NAME [--from THEME]`.
 */
import path from 'node:path'
import { LecternError } from '../../errors.js'
import { listThemes, scaffoldTheme } from '../../theme/themes.js'
import type { CliIo, CommandRun } from './shared.js'

/**
 * Run `themes`: list every theme available, or build the gallery.
 *
 * @param run The command run: `--gallery`, `--out-dir`, `--browser`, `--json`.
 * @param io Streams.
 */
export async function themesCommand(run: CommandRun, io: CliIo): Promise<number> {
  const { options: values, report } = run
  const projectDir = io.cwd ?? process.cwd()
  const started = performance.now()
  if (values.gallery) {
    const { buildGallery } = await import('../../theme/gallery.js')
    const result = await buildGallery({
      projectDir,
      outDir: path.resolve(projectDir, values.outDir ?? 'dist'),
      executablePath: values.browser,
      launch: io.launchBrowser,
      onProgress: (line) => io.stderr.write(`${line}\n`)
    })
    report.time('gallery', performance.now() - started)
    const failed = result.themes.filter((theme) => theme.error)
    for (const theme of failed) {
      report.error(new LecternError(`theme ${theme.name}: ${theme.error}`, { code: 'theme' }))
      io.stderr.write(`lectern: theme ${theme.name}: ${theme.error}\n`)
    }
    io.stderr.write(`wrote ${report.relative(result.indexPath)} (${result.themes.length} themes)\n`)
    report.output({ path: result.indexPath, kind: 'gallery' })
    report.result({ themes: result.themes.map((theme) => ({ name: theme.name, error: theme.error ?? null })) })
    return report.finish(failed.length > 0 ? 1 : 0)
  }
  const themes = await listThemes({ projectDir })
  report.time('list', performance.now() - started)
  if (report.json) {
    report.result({ themes })
    return report.finish(0)
  }
  const width = Math.max(...themes.map((theme) => theme.name.length))
  for (const source of ['project', 'lectern', 'reveal'] as const) {
    const group = themes.filter((theme) => theme.source === source)
    if (group.length === 0) continue
    io.stdout.write(`${source === 'project' ? 'Project themes (themes/)' : source === 'lectern' ? "Lectern's themes" : 'reveal.js themes'}\n`)
    for (const theme of group) {
      io.stdout.write(`  ${theme.name.padEnd(width)}  ${theme.dark ? 'dark ' : 'light'}  ${theme.description ?? ''}`.trimEnd() + '\n')
    }
  }
  return 0
}

/**
 * Run `theme new NAME [--from THEME]`: scaffold `themes/NAME/` with a
 * commented stylesheet listing every variable.
 *
 * @param run The command run: `new NAME`, `--from`.
 * @param io Streams.
 */
export async function themeCommand(run: CommandRun, io: CliIo): Promise<number> {
  const [verb, name] = run.args
  const values = run.options
  if (verb !== 'new') throw new LecternError(`Unknown \`theme\` command \`${verb ?? ''}\`; expected \`lectern theme new NAME [--from THEME]\``, { code: 'usage' })
  if (!name) throw new LecternError('`lectern theme new` needs a NAME', { code: 'usage' })
  const projectDir = io.cwd ?? process.cwd()
  const created = await scaffoldTheme(name, { from: values.from, projectDir })
  io.stderr.write(`created ${path.relative(projectDir, created) || created}: edit theme.css, then use \`theme: ${name}\`\n`)
  return 0
}
