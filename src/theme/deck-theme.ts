/**
 * Resolving a deck's theme for rendering: the theme by name or path, the
 * front matter's `themeVariables`, and the default code style, into the
 * files and CSS the deck links. Problems become messages with their line.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { VFile } from 'vfile'
import { LecternError } from '../errors.js'
import { checkRead, describeRefusal, type ReadRule } from '../read/read-policy.js'
import type { ThemeFile } from './theme-assets.js'
import { parseThemeVariables } from './theme-css.js'
import { resolveTheme, themeVariablesToCss } from './themes.js'
import type { DeckConfig, ResolvedTheme, ThemeResolver } from '../types.js'

/** Options of {@link createThemeResolver}. */
export interface DeckThemeOptions {
  /** Project folder (holds `themes/`); default the file's `cwd`. */
  projectDir?: string | undefined
}

const looksLikePath = (name: string) => name.includes('/') || name.includes('\\') || name.endsWith('.css')

/**
 * A {@link ThemeResolver} over Lectern's, reveal.js's and the project's themes.
 *
 * @param options Project folder.
 */
export function createThemeResolver(options: DeckThemeOptions = {}): ThemeResolver {
  return async function (config: DeckConfig, file: VFile): Promise<ResolvedTheme> {
    const projectDir = options.projectDir ?? file.cwd
    const sourceDir = file.dirname ? path.resolve(file.cwd, file.dirname) : projectDir
    const themeLine = lineOf(file, 'theme')
    // What the document names is read only from the project and the source's folder (read-policy.ts).
    const roots = [...new Set([projectDir, sourceDir])]
    let theme
    try {
      theme = await resolveTheme(config.theme, { projectDir: looksLikePath(config.theme) ? sourceDir : projectDir, file: file.path, roots })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new LecternError(message, { code: 'theme', file: file.path, line: themeLine, column: themeLine ? 1 : undefined, cause: error })
    }

    const variables = await themeVariablesToCss(config.themeVariables, { projectDir: sourceDir, roots, theme })
    for (const issue of variables.errors) {
      file.message(issue.message, { place: place(file, `themeVariables.${issue.key}`), ruleId: 'theme-variable', source: 'lectern' })
    }
    for (const issue of variables.warnings) {
      file.message(issue.message, { place: place(file, `themeVariables.${issue.key}`), ruleId: 'theme-variable', source: 'lectern' })
    }
    if (variables.slideNumbers !== undefined && config.reveal.slideNumber === undefined) {
      config.reveal.slideNumber = variables.slideNumbers ? 'c/t' : false
    }

    const extra = await extraStylesheets(config.css, sourceDir, projectDir, roots, file)

    // Lectern's and project themes colour highlighted code themselves; reveal's need a style.
    const needsCodeStyle = theme.source === 'reveal' || theme.source === 'file'
    return {
      name: theme.name,
      stylesheets: [...theme.stylesheets, ...extra.map((file) => file.to)],
      handoutStylesheets: theme.handoutStylesheets,
      files: [...theme.files, ...variables.files, ...extra],
      generated: theme.generated,
      inlineCss: variables.css || undefined,
      dark: theme.dark,
      source: theme.source,
      footer: variables.footer,
      logo: variables.logo,
      codeTheme: needsCodeStyle ? (theme.dark ? 'github-dark' : 'github') : undefined,
      variables: { ...theme.variables, ...parseThemeVariables(variables.css) }
    }
  }
}

/** The front matter's `css:` files, copied under `assets/css/` and linked after the theme. */
async function extraStylesheets(paths: readonly string[], sourceDir: string, projectDir: string, roots: readonly string[], file: VFile): Promise<ThemeFile[]> {
  const found: ThemeFile[] = []
  const rule: ReadRule = { kind: 'stylesheet', roots }
  for (const entry of paths) {
    const from = path.resolve(sourceDir, entry)
    const decision = await checkRead(from, rule)
    if (decision.refused) {
      const reason =
        decision.refused === 'missing'
          ? `Cannot find stylesheet \`${entry}\``
          : decision.refused === 'type'
            ? `Expected a .css file in \`css\`, found \`${entry}\``
            : `Not using stylesheet \`${entry}\`: ${describeRefusal(decision.refused, rule.kind)}`
      file.message(reason, {
        place: place(file, 'css'),
        ruleId: 'css',
        source: 'lectern'
      })
      continue
    }
    const key = path.relative(projectDir, from).split(path.sep).join('/')
    found.push({ from, to: `assets/css/${createHash('sha256').update(key).digest('hex').slice(0, 8)}-${path.basename(from)}`, rule })
  }
  return found
}

function lineOf(file: VFile, key: string): number | undefined {
  return file.data.frontMatterLines?.[key]
}

function place(file: VFile, key: string): { line: number; column: number } | undefined {
  const line = lineOf(file, key) ?? lineOf(file, key.split('.')[0]!)
  return line ? { line, column: 1 } : undefined
}
