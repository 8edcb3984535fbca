/**
 * Finding a theme by name or path and listing what a deck needs to use it
 * offline: the stylesheets to link, the files to copy and the files to
 * write (reveal.js themes cleaned of their web-font imports).
 *
 * Lookup order for a name: a path (`./x.css`, anything with `/` or ending
 * in `.css`, relative to the project), the project's `themes/NAME/`,
 * Lectern's own `themes/NAME/`, then reveal.js's built-in themes.
 */
import { existsSync, statSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { LecternError } from '../errors.js'
import { checkRead, describeRefusal, type ReadRule } from '../read/read-policy.js'
import { parseColor, relativeLuminance } from './theme-color.js'
import { fontFaces, fontsDir, fontsourceFile, fontsourcePackageName, type FontFaceSpec } from './theme-fonts.js'
import { didYouMean } from '../markdown/suggest.js'
import { packageRoot } from '../package-paths.js'

const require = createRequire(import.meta.url)

/** Where a theme comes from. */
export type ThemeSource = 'file' | 'project' | 'lectern' | 'reveal'

/** A file the deck builder copies: absolute `from`, `to` relative to `dist/`. */
export interface ThemeFile {
  /** Absolute source path. */
  from: string
  /** Destination relative to `dist/` (POSIX separators). */
  to: string
  /** For a file the document named (not one shipped with Lectern): the rule it is read under when copied or served. */
  rule?: ReadRule | undefined
}

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

/** What a deck needs to use a theme. */
export interface ResolvedTheme {
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
      themes.push({ name, source, description: manifest.description, dark: manifest.dark ?? isDark(parseThemeVariables(text)) ?? false, path: css })
    }
  }
  for (const name of await revealThemeNames()) {
    const css = path.join(revealThemesDir(), `${name}.css`)
    themes.push({ name, source: 'reveal', dark: (isDark(parseThemeVariables(await readFile(css, 'utf8'))) ?? false), path: css })
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
export async function resolveTheme(nameOrPath: string, options: ThemeLookupOptions): Promise<ResolvedTheme> {
  return resolve(nameOrPath.trim(), options, options.projectDir, [])
}

async function resolve(
  nameOrPath: string,
  options: ThemeLookupOptions,
  relativeTo: string,
  chain: string[]
): Promise<ResolvedTheme> {
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
): Promise<ResolvedTheme> {
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
): Promise<ResolvedTheme> {
  const base = manifest.extends
    ? await resolve(manifest.extends, options, path.dirname(cssPath), chain)
    : undefined
  const files: ThemeFile[] = [...(base?.files ?? [])]
  await collectAssets(cssPath, to, files, [], source === 'file' || source === 'project' ? themeRule(options) : undefined)
  const variables = { ...base?.variables, ...parseThemeVariables(await readFile(cssPath, 'utf8')) }
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
 * falls back to the theme's own font stack).
 */
async function revealTheme(name: string): Promise<ResolvedTheme> {
  const from = path.join(revealThemesDir(), `${name}.css`)
  const to = `assets/reveal/theme/${name}.css`
  const css = await readFile(from, 'utf8')
  const variables = parseThemeVariables(css)
  const resolved: ResolvedTheme = {
    name,
    source: 'reveal',
    stylesheets: [to],
    files: [],
    generated: [],
    handoutStylesheets: [],
    dark: isDark(variables) ?? false,
    variables
  }
  const { css: cleaned, specs } = withoutRemoteImports(css)
  if (specs.length === 0) {
    resolved.files.push({ from, to })
    return resolved
  }
  const faces = await fontFaces(specs, '../../fonts')
  resolved.files.push(...faces.files)
  resolved.generated.push({
    to,
    content:
      `/* reveal.js ${name} theme, with its web fonts served from ${fontsDir}/ instead of a font service. */\n` +
      faces.css +
      '\n' +
      cleaned
  })
  return resolved
}

/**
 * Remove `@import`s of remote stylesheets from `css`, and read the font
 * families and weights they asked a Google-Fonts-style service for.
 *
 * @param css A stylesheet.
 */
export function withoutRemoteImports(css: string): { css: string; specs: FontFaceSpec[] } {
  const specs: FontFaceSpec[] = []
  const cleaned = css.replace(
    /@import\s+(?:url\(\s*)?(["']?)((?:https?:)?\/\/[^"')\s]+)\1\s*\)?[^;]*;/gi,
    (_, _quote: string, href: string) => {
      const query = href.split('?')[1] ?? ''
      for (const param of query.split('&')) {
        const [key, value = ''] = param.split('=')
        if (key !== 'family') continue
        for (const family of decodeURIComponent(value.replace(/\+/g, ' ')).split('|')) {
          const [familyName = '', weights = '400'] = family.split(':')
          const pkg = fontsourcePackageName(familyName)
          for (const weight of weights.split(',')) {
            const match = /^(\d{3})?(i|italic)?$/.exec(weight.trim())
            if (!match) continue
            const spec: FontFaceSpec = { pkg, weight: Number(match[1] ?? 400), style: match[2] ? 'italic' : 'normal' }
            if (!specs.some((s) => s.pkg === spec.pkg && s.weight === spec.weight && s.style === spec.style)) specs.push(spec)
          }
        }
      }
      return ''
    }
  )
  return { css: cleaned, specs }
}

/**
 * Add to `files` the stylesheet at `cssPath` (copied to `to`) and every
 * local file it refers to with `url()` or `@import`, at the same place
 * relative to `to`. A `../../fonts/PKG/FILE` reference that is not beside
 * the stylesheet comes from the installed `@fontsource/PKG` package.
 *
 * A theme the document names (`rule` given) may refer only to stylesheets,
 * fonts and images inside the project (see `read-policy.ts`).
 *
 * @throws {LecternError} On a remote URL, a missing file, a path that leaves the deck, or a file the rule refuses.
 */
async function collectAssets(cssPath: string, to: string, files: ThemeFile[], seen: string[], rule?: ReadRule): Promise<void> {
  if (seen.includes(cssPath)) return
  seen.push(cssPath)
  const css = stripComments(await readFile(cssPath, 'utf8'))
  addFile(files, { from: cssPath, to, rule: rule && { ...rule, kind: 'stylesheet' } })
  for (const ref of cssReferences(css)) {
    const fail = (message: string) => new LecternError(message, { code: 'theme', file: cssPath })
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !/^data:/i.test(ref)) {
      throw fail(
        `Theme stylesheet loads \`${ref}\`, which needs a network; a deck must work offline: ` +
          'save the file beside the stylesheet and refer to it by a relative path'
      )
    }
    if (/^(?:data:|#)/i.test(ref) || ref === '') continue
    const clean = decodeURI(ref.replace(/[?#].*$/, ''))
    if (clean.startsWith('/')) throw fail(`Theme stylesheet refers to \`${ref}\`: use a path relative to the stylesheet`)
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(to), clean))
    if (target.startsWith('../') || target === '..') {
      throw fail(`Theme stylesheet refers to \`${ref}\`, which lands outside the deck folder`)
    }
    let from: string | undefined = path.resolve(path.dirname(cssPath), clean)
    if (!existsSync(from) || !statSync(from).isFile()) {
      const font = new RegExp(`^${fontsDir}/([a-z0-9-]+)/([^/]+)$`).exec(target)
      from = font?.[1] && font[2] ? fontsourceFile(font[1], font[2]) : undefined
    }
    if (!from) throw fail(`Theme stylesheet refers to \`${ref}\`, but there is no such file`)
    // A font from an installed @fontsource package is Lectern's own; anything else the theme names obeys the rule.
    const own = rule && !from.startsWith(path.resolve(path.dirname(cssPath)) + path.sep) && fontsourceOwned(target, from)
    const assetRule = rule && !own ? ({ ...rule, kind: 'themeAsset' } as const) : undefined
    if (assetRule) {
      const decision = await checkRead(from, assetRule)
      if (decision.refused) throw fail(`Theme stylesheet refers to \`${ref}\`: ${describeRefusal(decision.refused, assetRule.kind)}`)
    }
    if (/\.css$/i.test(from)) await collectAssets(from, target, files, seen, assetRule)
    else addFile(files, { from, to: target, rule: assetRule })
  }
}

/** Whether `from` is the @fontsource file a `fonts/PKG/FILE` reference falls back to. */
function fontsourceOwned(target: string, from: string): boolean {
  const font = new RegExp(`^${fontsDir}/([a-z0-9-]+)/([^/]+)$`).exec(target)
  return Boolean(font?.[1] && font[2] && fontsourceFile(font[1], font[2]) === from)
}

/** The rule a theme the document names is read under. */
function themeRule(options: ThemeLookupOptions): ReadRule {
  return { kind: 'stylesheet', roots: options.roots ?? [options.projectDir] }
}

/** Refuse a theme stylesheet the read policy refuses. */
async function assertReadable(file: string, asWritten: string, rule: ReadRule, fail: (message: string) => Error): Promise<void> {
  const decision = await checkRead(file, rule)
  if (decision.refused) throw fail(`Not using theme \`${asWritten}\`: ${describeRefusal(decision.refused, rule.kind)}`)
}

/** Add a file once (by destination). */
function addFile(files: ThemeFile[], file: ThemeFile): void {
  if (!files.some((f) => f.to === file.to)) files.push(file)
}

/** Every `url(...)` and `@import "..."` target in `css`. */
export function cssReferences(css: string): string[] {
  const refs: string[] = []
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*?))\s*\)/gi)) {
    refs.push((match[1] ?? match[2] ?? match[3] ?? '').trim())
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) refs.push((match[1] ?? match[2] ?? '').trim())
  return refs
}

/**
 * The custom properties set in a stylesheet's `:root` rules (later ones win).
 *
 * @param css A stylesheet.
 * @returns Property name (with `--`) → value.
 */
export function parseThemeVariables(css: string): Record<string, string> {
  const variables: Record<string, string> = {}
  const text = withoutAtRuleBlocks(stripComments(css))
  for (const rule of text.matchAll(/(?:^|[{};])\s*([^{};@]*:root[^{};]*)\{([^{}]*)\}/g)) {
    for (const decl of (rule[2] ?? '').split(';')) {
      const match = /^\s*(--[\w-]+)\s*:\s*([\s\S]*?)\s*$/.exec(decl)
      if (match?.[1] && match[2] !== undefined) variables[match[1]] = match[2]
    }
  }
  return variables
}

/** Whether the variables describe a dark background; `undefined` when unknown. */
function isDark(variables: Record<string, string>): boolean | undefined {
  const background = variables['--r-background-color']
  const color = background ? parseColor(background) : undefined
  return color ? relativeLuminance(color) < 0.2 : undefined
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

/** `css` without `@media`/`@supports`/… blocks (their `:root` rules apply only sometimes). */
function withoutAtRuleBlocks(css: string): string {
  let out = ''
  let index = 0
  for (const match of css.matchAll(/@(?:media|supports|container|layer|document)\b[^{;]*\{/g)) {
    if (match.index < index) continue
    out += css.slice(index, match.index)
    let depth = 1
    let i = match.index + match[0].length
    while (i < css.length && depth > 0) {
      if (css[i] === '{') depth++
      else if (css[i] === '}') depth--
      i++
    }
    index = i
  }
  return out + css.slice(index)
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '')
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'theme'
}
