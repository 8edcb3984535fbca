/**
 * Finding a theme by name or path and listing what a deck needs to use it
 * offline: the stylesheets to link, the files to copy and the files to
 * write (reveal.js themes cleaned of their web-font imports).
 *
 * Lookup order for a name: a path (`./x.css`, anything with `/` or ending
 * in `.css`, relative to the project), the project's `themes/NAME/`,
 * Lectern's own `themes/NAME/`, then reveal.js's built-in themes.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { LecternError } from '../errors.js'
import type { ReadRule } from '../read/read-policy.js'
import { assertReadable, collectAssets, type ThemeFile } from './theme-assets.js'
import { isDark, mutedFloor, readableAccent } from './theme-readability.js'
import { loadCssParsers, parseThemeVariables, withoutRemoteImports } from './theme-css.js'
import { fontFaces, fontsDir } from './theme-fonts.js'
import { didYouMean } from '../markdown/suggest.js'
import { packageRoot } from '../package-paths.js'

const require = createRequire(import.meta.url)

/** Where a theme comes from. */
export type ThemeSource = 'file' | 'project' | 'lectern' | 'reveal'

/** A file the deck builder writes: `to` relative to `dist/`. */
export interface GeneratedFile {
  /** Destination relative to `dist/` (POSIX separators). */
  to: string
  /** Text to write. */
  content: string
}

/** One theme as listed by `lectern theme list`. */
export interface ThemeInfo {
  /** Name to put in `theme:`. */
  name: string
  /** Where it comes from; a project theme shadows a Lectern or reveal theme of the same name. */
  source: Exclude<ThemeSource, 'file'>
  /** One line from `theme.json`, when there is one. */
  description?: string | undefined
  /** Whether the theme has a dark background. */
  dark: boolean
  /** Absolute path of its stylesheet. */
  path: string
}

/**
 * A theme found by name or path: what a deck needs to use it. The deck's own
 * `FoundTheme` (types.ts) adds its front matter's theme variables to it.
 */
export interface FoundTheme {
  /** Theme name (file name without `.css` for a path). */
  name: string
  /** Where it was found. */
  source: ThemeSource
  /** Stylesheet hrefs relative to `dist/`, in order (a base theme first). */
  stylesheets: string[]
  /** Files to copy: theme stylesheets, fonts, images. */
  files: ThemeFile[]
  /** Files to write: reveal.js themes without their remote `@import`s, plus `@font-face` rules for local copies. */
  generated: GeneratedFile[]
  /** Extra stylesheet hrefs (relative to `dist/`) for a printed handout: a light rendition of a dark theme. */
  handoutStylesheets: string[]
  /** Whether the theme has a dark background. */
  dark: boolean
  /** The theme's custom properties (`--r-*`, `--lectern-*`) from its `:root` rules, base theme first. */
  variables: Record<string, string>
}

/** Options of {@link resolveTheme} and {@link listThemes}. */
export interface ThemeLookupOptions {
  /** Folder of the project: paths and `themes/` are relative to it. */
  projectDir: string
  /** File the theme name came from (front matter), named in errors. */
  file?: string | undefined
  /**
   * Folders a theme given by path, or a project theme, and every file its CSS
   * refers to must be inside (see `read-policy.ts`); default `[projectDir]`.
   */
  roots?: readonly string[] | undefined
}

/** Contents of an optional `theme.json` beside a theme's `theme.css`. */
export interface ThemeManifest {
  /** Display name. */
  name?: string
  /** One-line description. */
  description?: string
  /** Whether the background is dark; default worked out from `--r-background-color`. */
  dark?: boolean
  /** Font families the theme bundles (informational). */
  fonts?: string[]
  /** Stylesheet (relative to the theme folder) that turns the theme light for printed handouts. */
  handout?: string
  /** Theme (name or path relative to the theme folder) loaded before this one. */
  extends?: string
}

/** reveal.js's built-in themes, for when its folder cannot be read. */
const knownRevealThemes = [
  'black',
  'white',
  'league',
  'beige',
  'night',
  'serif',
  'simple',
  'solarized',
  'moon',
  'dracula',
  'sky',
  'blood',
  'black-contrast',
  'white-contrast'
]

const themeName = /^[a-z0-9][a-z0-9._-]*$/i

/** Folder of Lectern's own themes. */
export function lecternThemesDir(): string {
  return path.join(packageRoot, 'themes')
}

/** Folder of reveal.js's built-in theme stylesheets (`reveal.js/dist/theme`). */
export function revealThemesDir(): string {
  return path.join(path.dirname(require.resolve('reveal.js/reveal.css')), 'theme')
}

/**
 * Every theme a deck can use: the project's (`themes/NAME/theme.css`),
 * Lectern's own, and reveal.js's built-ins, in that order, each group sorted.
 *
 * @param options The project folder.
 */
export async function listThemes(options: ThemeLookupOptions): Promise<ThemeInfo[]> {
  const themes: ThemeInfo[] = []
  for (const [source, dir] of [
    ['project', path.join(options.projectDir, 'themes')],
    ['lectern', lecternThemesDir()]
  ] as const) {
    for (const name of await themeFolders(dir)) {
      const css = path.join(dir, name, 'theme.css')
      const manifest = await readManifest(path.join(dir, name))
      const text = await readFile(css, 'utf8')
      themes.push({ name, source, description: manifest.description, dark: manifest.dark ?? isDark(parseThemeVariables(text, css)) ?? false, path: css })
    }
  }
  for (const name of await revealThemeNames()) {
    const css = path.join(revealThemesDir(), `${name}.css`)
    themes.push({ name, source: 'reveal', dark: (isDark(parseThemeVariables(await readFile(css, 'utf8'), css)) ?? false), path: css })
  }
  return themes
}

/**
 * Find a theme and list what a deck needs to use it.
 *
 * @param nameOrPath A theme name (`lectern`, `night`, a project theme) or a
 *   path to a CSS file or theme folder, relative to `projectDir`.
 * @param options The project folder, and the file that named the theme (for errors).
 * @throws {LecternError} code `theme`: unknown name (with the available names),
 *   missing path, or a stylesheet that loads a remote URL or a missing file.
 */
export async function resolveTheme(nameOrPath: string, options: ThemeLookupOptions): Promise<FoundTheme> {
  await loadCssParsers()
  return resolve(nameOrPath.trim(), options, options.projectDir, [])
}

async function resolve(
  nameOrPath: string,
  options: ThemeLookupOptions,
  relativeTo: string,
  chain: string[]
): Promise<FoundTheme> {
  const fail = (message: string, cause?: unknown) => new LecternError(message, { code: 'theme', file: options.file, cause })
  if (nameOrPath === '') throw fail('Expected a theme name or path, found an empty string')

  if (isThemePath(nameOrPath)) {
    const target = path.resolve(relativeTo, nameOrPath)
    const info = await stat(target).catch(() => undefined)
    if (!info) throw fail(`Theme file \`${nameOrPath}\` does not exist (looked for ${target})`)
    const rule = themeRule(options)
    if (info.isDirectory()) {
      const css = path.join(target, 'theme.css')
      if (!existsSync(css)) throw fail(`Theme folder \`${nameOrPath}\` has no theme.css (looked for ${css})`)
      await assertReadable(css, nameOrPath, rule, fail)
      return themeFolder(target, 'file', `file-${slug(path.basename(target))}`, options, chain)
    }
    await assertReadable(target, nameOrPath, rule, fail)
    const name = path.basename(target).replace(/\.css$/i, '')
    return stylesheetTheme(target, name, 'file', `assets/themes/file-${slug(name)}/theme.css`, {}, options, chain)
  }

  if (!themeName.test(nameOrPath)) {
    throw fail(`Expected a theme name (letters, digits, \`-\`, \`_\`, \`.\`) or a path, found \`${nameOrPath}\``)
  }
  const projectDir = path.join(options.projectDir, 'themes', nameOrPath)
  // Lectern's own repository is a project whose themes are Lectern's: they stay Lectern's (and measured).
  const ownTheme = path.resolve(projectDir) === path.resolve(lecternThemesDir(), nameOrPath)
  if (existsSync(path.join(projectDir, 'theme.css')) && !chain.includes(projectDir) && !ownTheme) {
    await assertReadable(path.join(projectDir, 'theme.css'), nameOrPath, themeRule(options), fail)
    return themeFolder(projectDir, 'project', `project-${nameOrPath}`, options, chain)
  }
  const lecternDir = path.join(lecternThemesDir(), nameOrPath)
  if (existsSync(path.join(lecternDir, 'theme.css')) && !chain.includes(lecternDir)) {
    return themeFolder(lecternDir, 'lectern', nameOrPath, options, chain)
  }
  const reveal = await revealThemeNames()
  if (reveal.includes(nameOrPath)) return revealTheme(nameOrPath)

  const available = (await listThemes(options)).map((theme) => theme.name)
  const unique = [...new Set(available)]
  throw fail(
    `Unknown theme \`${nameOrPath}\`${didYouMean(nameOrPath, unique)}; available: ${unique.join(', ')}` +
      ', or a path to a .css file'
  )
}

/** A theme folder (`theme.css`, optional `theme.json`, fonts, images). */
async function themeFolder(
  dir: string,
  source: ThemeSource,
  slugName: string,
  options: ThemeLookupOptions,
  chain: string[]
): Promise<FoundTheme> {
  const manifest = await readManifest(dir)
  const name = path.basename(dir)
  const resolved = await stylesheetTheme(
    path.join(dir, 'theme.css'),
    name,
    source,
    `assets/themes/${slugName}/theme.css`,
    manifest,
    options,
    [...chain, dir]
  )
  if (manifest.handout) {
    const handout = path.resolve(dir, manifest.handout)
    if (!existsSync(handout)) {
      throw new LecternError(`Theme \`${name}\` names handout stylesheet \`${manifest.handout}\`, which does not exist`, {
        code: 'theme',
        file: path.join(dir, 'theme.json')
      })
    }
    const to = `assets/themes/${slugName}/${path.basename(handout)}`
    const rule = source === 'lectern' ? undefined : themeRule(options)
    if (rule) await assertReadable(handout, manifest.handout, rule, (message) => new LecternError(message, { code: 'theme', file: path.join(dir, 'theme.json') }))
    await collectAssets(handout, to, resolved.files, [], rule)
    resolved.handoutStylesheets = [...resolved.handoutStylesheets, to]
  }
  return resolved
}

/** A theme made of one stylesheet, maybe on top of a base theme. */
async function stylesheetTheme(
  cssPath: string,
  name: string,
  source: ThemeSource,
  to: string,
  manifest: ThemeManifest,
  options: ThemeLookupOptions,
  chain: string[]
): Promise<FoundTheme> {
  const base = manifest.extends
    ? await resolve(manifest.extends, options, path.dirname(cssPath), chain)
    : undefined
  const files: ThemeFile[] = [...(base?.files ?? [])]
  await collectAssets(cssPath, to, files, [], source === 'file' || source === 'project' ? themeRule(options) : undefined)
  const variables = { ...base?.variables, ...parseThemeVariables(await readFile(cssPath, 'utf8'), cssPath) }
  return {
    name,
    source,
    stylesheets: [...(base?.stylesheets ?? []), to],
    files,
    generated: [...(base?.generated ?? [])],
    handoutStylesheets: [...(base?.handoutStylesheets ?? [])],
    dark: manifest.dark ?? isDark(variables) ?? base?.dark ?? false,
    variables
  }
}

/**
 * A reveal.js built-in. Themes that `@import` web fonts from the network
 * are rewritten without the import, with `@font-face` rules for the same
 * families from `@fontsource/*` (a family whose package is not installed
 * falls back to the theme's own font stack); a theme whose link colour does
 * not read as large text on its background gets a Lectern accent that does
 * ({@link readableAccent}), and one whose text colour is faint already keeps
 * captions and attributions less faint ({@link mutedFloor}).
 */
async function revealTheme(name: string): Promise<FoundTheme> {
  const from = path.join(revealThemesDir(), `${name}.css`)
  const to = `assets/reveal/theme/${name}.css`
  const css = await readFile(from, 'utf8')
  const variables = parseThemeVariables(css, from)
  const accent = readableAccent(variables)
  if (accent) variables['--lectern-accent'] = accent
  const muted = mutedFloor(variables)
  const extra = [accent ? `--lectern-accent: ${accent};` : '', muted ? `--lectern-muted-floor: ${muted};` : ''].filter(Boolean)
  const resolved: FoundTheme = {
    name,
    source: 'reveal',
    stylesheets: [to],
    files: [],
    generated: [],
    handoutStylesheets: [],
    dark: isDark(variables) ?? false,
    variables
  }
  const { css: cleaned, specs } = withoutRemoteImports(css, from)
  if (specs.length === 0 && extra.length === 0) {
    resolved.files.push({ from, to })
    return resolved
  }
  const faces = specs.length > 0 ? await fontFaces(specs, '../../fonts') : { css: '', files: [] }
  resolved.files.push(...faces.files)
  const notes = [
    specs.length > 0 ? `its web fonts served from ${fontsDir}/ instead of a font service` : '',
    accent ? `an accent that reads on its background (${accent})` : '',
    muted ? `captions and attributions no fainter than ${muted} of its text colour` : ''
  ].filter(Boolean)
  resolved.generated.push({
    to,
    content:
      `/* reveal.js ${name} theme, with ${notes.join(', and ')}. */\n` +
      faces.css +
      '\n' +
      cleaned +
      (extra.length > 0 ? `\n:root { ${extra.join(' ')} }\n` : '')
  })
  return resolved
}

/** The rule a theme the document names is read under. */
function themeRule(options: ThemeLookupOptions): ReadRule {
  return { kind: 'stylesheet', roots: options.roots ?? [options.projectDir] }
}

/** Whether a theme argument is a path rather than a name. */
function isThemePath(value: string): boolean {
  return value.startsWith('.') || value.includes('/') || value.includes('\\') || /\.css$/i.test(value) || path.isAbsolute(value)
}

/** Sub-folders of `dir` that hold a `theme.css`. */
async function themeFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isDirectory() && themeName.test(entry.name) && existsSync(path.join(dir, entry.name, 'theme.css')))
    .map((entry) => entry.name)
    .sort()
}

/** reveal.js's built-in theme names, from its `dist/theme/`. */
async function revealThemeNames(): Promise<string[]> {
  try {
    const names = (await readdir(revealThemesDir())).filter((file) => file.endsWith('.css')).map((file) => file.slice(0, -4))
    return names.sort((a, b) => indexOrEnd(a) - indexOrEnd(b) || a.localeCompare(b))
  } catch {
    return [...knownRevealThemes]
  }
}

function indexOrEnd(name: string): number {
  const index = knownRevealThemes.indexOf(name)
  return index === -1 ? knownRevealThemes.length : index
}

/** `theme.json` of a theme folder, or `{}`. */
async function readManifest(dir: string): Promise<ThemeManifest> {
  const manifestPath = path.join(dir, 'theme.json')
  let text: string
  try {
    text = await readFile(manifestPath, 'utf8')
  } catch {
    return {}
  }
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object')
    return value as ThemeManifest
  } catch (error) {
    throw new LecternError(`Expected a JSON object in theme.json, found invalid JSON`, {
      code: 'theme',
      file: manifestPath,
      cause: error
    })
  }
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'theme'
}
