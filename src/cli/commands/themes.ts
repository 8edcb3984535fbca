/**
 * `lectern themes [--gallery]` and `lectern theme new NAME [--from THEME]`.
 */
import path from 'node:path'
import { LecternError } from '../../errors.js'
import { listThemes, scaffoldTheme } from '../../theme/themes.js'
import { parseFlags, type CliIo } from './shared.js'

/**
 * Run `themes`: list every theme available, or build the gallery.
 *
 * @param args Arguments after the command.
 * @param io Streams.
 * @param help Help text.
 */
export async function themesCommand(args: readonly string[], io: CliIo, help: string): Promise<number> {
  const { values } = parseFlags(args, {
    gallery: { type: 'boolean' },
    'out-dir': { type: 'string', short: 'o' },
    browser: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const projectDir = io.cwd ?? process.cwd()
  if (values.gallery) {
    const { buildGallery } = await import('../../theme/gallery.js')
    const result = await buildGallery({
      projectDir,
      outDir: path.resolve(projectDir, values['out-dir'] ?? 'dist'),
      executablePath: values.browser,
      onProgress: (line) => io.stderr.write(`${line}\n`)
    })
    const failed = result.themes.filter((theme) => theme.error)
    for (const theme of failed) io.stderr.write(`lectern: theme ${theme.name}: ${theme.error}\n`)
    io.stderr.write(`wrote ${path.relative(projectDir, result.indexPath)} (${result.themes.length} themes)\n`)
    return failed.length > 0 ? 1 : 0
  }
  const themes = await listThemes({ projectDir })
  if (values.json) {
    io.stdout.write(`${JSON.stringify(themes, null, 2)}\n`)
    return 0
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
 * @param args Arguments after `theme`.
 * @param io Streams.
 * @param help Help text.
 */
export async function themeCommand(args: readonly string[], io: CliIo, help: string): Promise<number> {
  const [verb, ...rest] = args
  if (verb === '--help' || verb === '-h') {
    io.stdout.write(help)
    return 0
  }
  if (verb !== 'new') throw new LecternError(`Unknown \`theme\` command \`${verb ?? ''}\`; expected \`lectern theme new NAME [--from THEME]\``, { code: 'usage' })
  const { values, positionals } = parseFlags(rest, { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  const name = positionals[0]
  if (!name) throw new LecternError('`lectern theme new` needs a NAME', { code: 'usage' })
  const projectDir = io.cwd ?? process.cwd()
  const created = await scaffoldTheme(name, { from: values.from, projectDir })
  io.stderr.write(`created ${path.relative(projectDir, created) || created}: edit theme.css, then use \`theme: ${name}\`\n`)
  return 0
}
