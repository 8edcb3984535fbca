/**
 * `themeVariables:` from front matter → CSS custom properties (`--r-*` for
 * reveal.js, `--lectern-*` for Lectern's own parts), plus the files they
 * bring (fonts, a logo, a highlight.js style).
 *
 * Problems are returned, not thrown, so the caller can report them all with
 * positions, the way unified reports messages.
 */
import { access, readFile, readdir } from 'node:fs/promises'
import { constants } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { cssLengthToPx } from './css-length.js'
import { checkRead, describeRefusal, type ReadRule } from '../read/read-policy.js'
import { contrastRatio, isCssColor, parseColor } from './theme-color.js'
import { fontFaces, fontsDir, fontsourceFile, fontsourcePackageName, type FontFaceSpec } from './theme-fonts.js'
import type { ThemeFile } from './theme-assets.js'
import { cssReferences } from './theme-css.js'
import type { FoundTheme } from './theme-resolve.js'
import { didYouMean } from '../markdown/suggest.js'

const require = createRequire(import.meta.url)

/** A problem with one theme variable. */
export interface ThemeVariableIssue {
  /** The variable as written in front matter. */
  key: string
  /** What was expected and what was found. */
  message: string
}

/** Result of {@link themeVariablesToCss}. */
export interface ThemeVariablesResult {
  /** CSS for a `<style>` in the deck's `<head>` (URLs relative to the deck file in `dist/`). */
  css: string
  /** Files to copy (`to` relative to `dist/`). */
  files: ThemeFile[]
  /** Variables that were not applied. */
  errors: ThemeVariableIssue[]
  /** Applied, but worth a look (low contrast, a font that is not bundled). */
  warnings: ThemeVariableIssue[]
  /** Footer text for `<div class="lectern-footer">`, when set. */
  footer?: string
  /** Logo href relative to `dist/`, for `<img class="lectern-logo">`, when set. */
  logo?: string
  /** Whether to show slide numbers (reveal's `slideNumber`), when set. */
  slideNumbers?: boolean
}

/** Options of {@link themeVariablesToCss}. */
export interface ThemeVariablesOptions {
  /** Folder that font and logo paths are relative to. */
  projectDir: string
  /** Folders a font or logo must be inside (see `read-policy.ts`); default `[projectDir]`. */
  roots?: readonly string[] | undefined
  /** The deck's theme, to check text contrast against its colours. */
  theme?: FoundTheme | undefined
}

type Handler = (value: unknown, context: Context) => Promise<void> | void

interface Context {
  key: string
  projectDir: string
  roots: readonly string[]
  properties: Map<string, string>
  imports: string[]
  fontFaces: string[]
  result: ThemeVariablesResult
  error: (message: string) => void
  warn: (message: string) => void
}

const colorVariable =
  (...properties: string[]): Handler =>
  (value, context) => {
    const color = asColor(value, context)
    if (color) for (const property of properties) context.properties.set(property, color)
  }

/** CSS generic families and keywords that need no bundled font. */
const generic = /^(?:serif|sans-serif|monospace|system-ui|ui-[a-z-]+|cursive|fantasy|math|emoji|inherit|initial|var\(.*)$/i

const fontRoles = { headingFont: 'heading', bodyFont: 'body', codeFont: 'code' } as const

/** Every variable {@link themeVariablesToCss} understands, with what it sets. */
export const themeVariableDescriptions: Readonly<Record<string, string>> = {
  backgroundColor: 'slide background colour (--r-background-color, --r-background)',
  textColor: 'body text colour (--r-main-color)',
  headingColor: 'heading colour (--r-heading-color)',
  linkColor: 'link colour (--r-link-color)',
  accentColor: 'accent: kicker, list markers, quotes, progress (--lectern-accent)',
  headingFont: 'heading font: family names, an @fontsource family, or a font file path (--r-heading-font)',
  bodyFont: 'body font: family names, an @fontsource family, or a font file path (--r-main-font)',
  codeFont: 'code font: family names, an @fontsource family, or a font file path (--r-code-font)',
  baseFontSize: 'body font size, e.g. 36, 36px, 27pt or 2.25rem (--r-main-font-size)',
  headingTextTransform: 'none, uppercase, lowercase or capitalize (--r-heading-text-transform)',
  codeTheme: 'a highlight.js style name, e.g. github, atom-one-dark',
  logo: 'image shown on every slide (.lectern-logo)',
  footer: 'text shown on every slide (.lectern-footer)',
  slideNumbers: 'true or false: show slide numbers',
  '--*': 'any custom property, set as written, e.g. "--lectern-logo-height": 56px'
}

const handlers: Record<string, Handler> = {
  backgroundColor: colorVariable('--r-background-color', '--r-background'),
  textColor: colorVariable('--r-main-color'),
  headingColor: colorVariable('--r-heading-color'),
  linkColor(value, context) {
    const color = asColor(value, context)
    if (!color) return
    context.properties.set('--r-link-color', color)
    context.properties.set('--r-link-color-dark', `color-mix(in srgb, ${color} 80%, black)`)
    context.properties.set('--r-link-color-hover', `color-mix(in srgb, ${color} 75%, var(--r-main-color))`)
  },
  accentColor: colorVariable('--lectern-accent'),
  headingFont: font,
  bodyFont: font,
  codeFont: font,
  baseFontSize(value, context) {
    const size = typeof value === 'number' ? `${value}px` : typeof value === 'string' ? value.trim() : ''
    const px = /^\d+(?:\.\d+)?(?:px|pt|rem|em)$/.test(size) ? cssLengthToPx(size) : undefined
    if (px === undefined) return context.error(`Expected a font size such as 36, 36px, 27pt or 2.25rem, found ${show(value)}`)
    if (px < 12 || px > 120) return context.error(`Expected a font size between 12px and 120px, found ${size}`)
    context.properties.set('--r-main-font-size', size)
  },
  headingTextTransform(value, context) {
    const allowed = ['none', 'uppercase', 'lowercase', 'capitalize']
    if (typeof value !== 'string' || !allowed.includes(value)) {
      return context.error(`Expected one of ${allowed.join(', ')}, found ${show(value)}`)
    }
    context.properties.set('--r-heading-text-transform', value)
  },
  codeTheme,
  async logo(value, context) {
    if (typeof value !== 'string' || value.trim() === '') return context.error(`Expected an image path, found ${show(value)}`)
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) {
      return context.error(`Expected a local image path (decks work offline), found ${value}`)
    }
    const from = path.resolve(context.projectDir, value)
    const rule: ReadRule = { kind: 'image', roots: context.roots }
    const decision = await checkRead(from, rule)
    if (decision.refused === 'missing') return context.error(`Cannot read logo \`${value}\` (looked for ${from})`)
    if (decision.refused) return context.error(`Not using logo \`${value}\`: ${describeRefusal(decision.refused, rule.kind)}`)
    const to = `assets/logo/${path.basename(from)}`
    addFile(context.result.files, { from, to, rule })
    context.result.logo = to
  },
  footer(value, context) {
    if (typeof value !== 'string' && typeof value !== 'number') return context.error(`Expected footer text, found ${show(value)}`)
    context.result.footer = String(value)
  },
  slideNumbers(value, context) {
    if (typeof value !== 'boolean') return context.error(`Expected true or false, found ${show(value)}`)
    context.result.slideNumbers = value
  }
}

/**
 * Turn theme variables into CSS custom properties on `:root`, and collect the
 * files they need. Keys may be camelCase (`textColor`) or kebab-case
 * (`text-color`); a key starting with `--` is set as written.
 *
 * @param vars The `themeVariables:` mapping.
 * @param options The project folder (paths are relative to it) and,
 *   optionally, the resolved theme for contrast warnings.
 * @returns CSS, files to copy, errors and warnings, and the footer, logo and
 *   slide-number settings the deck builder renders itself.
 */
export async function themeVariablesToCss(
  vars: Record<string, unknown>,
  options: ThemeVariablesOptions
): Promise<ThemeVariablesResult> {
  const result: ThemeVariablesResult = { css: '', files: [], errors: [], warnings: [] }
  const properties = new Map<string, string>()
  const imports: string[] = []
  const faces: string[] = []
  const known = Object.keys(handlers)

  for (const [key, value] of Object.entries(vars)) {
    const context: Context = {
      key,
      projectDir: options.projectDir,
      roots: options.roots ?? [options.projectDir],
      properties,
      imports,
      fontFaces: faces,
      result,
      error: (message) => result.errors.push({ key, message }),
      warn: (message) => result.warnings.push({ key, message })
    }
    if (key.startsWith('--')) {
      customProperty(key, value, context)
      continue
    }
    const name = camelCase(key)
    const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined
    if (!handler) {
      context.error(`Unknown theme variable \`${key}\`${didYouMean(name, known)}; known: ${known.join(', ')}`)
      continue
    }
    await handler(value, context)
  }

  contrastWarnings(properties, options.theme, result)

  const declarations = [...properties].map(([property, value]) => `  ${property}: ${value};`)
  result.css = [
    ...imports,
    ...faces,
    declarations.length > 0 ? `:root {\n${declarations.join('\n')}\n}` : ''
  ]
    .filter(Boolean)
    .join('\n')
  return result
}

/** `--name: value`, copied as written. */
function customProperty(key: string, value: unknown, context: Context): void {
  if (!/^--[a-z0-9-]+$/i.test(key)) return context.error(`Expected a custom property name like --lectern-accent, found \`${key}\``)
  if ((typeof value !== 'string' && typeof value !== 'number') || /[;{}<>]/.test(String(value))) {
    return context.error(`Expected a CSS value without ; { } < >, found ${show(value)}`)
  }
  if (/url\(\s*['"]?(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(String(value)) && !/url\(\s*['"]?data:/i.test(String(value))) {
    return context.error(`Expected no remote URL (decks work offline), found ${show(value)}`)
  }
  context.properties.set(key, String(value))
}

/** A heading, body or code font: a font file, an installed `@fontsource` family, or family names. */
async function font(value: unknown, context: Context): Promise<void> {
  const role = fontRoles[camelCase(context.key) as keyof typeof fontRoles]
  const property = role === 'heading' ? '--r-heading-font' : role === 'body' ? '--r-main-font' : '--r-code-font'
  const fallback = role === 'code' ? 'ui-monospace, Menlo, Consolas, monospace' : 'system-ui, "Helvetica Neue", Arial, sans-serif'
  if (typeof value !== 'string' || value.trim() === '' || /[;{}<>]/.test(value)) {
    return context.error(`Expected font family names or a font file path, found ${show(value)}`)
  }
  const text = value.trim()

  if (/^\.{0,2}\//.test(text) || /\.(?:woff2?|ttf|otf)$/i.test(text)) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(text)) return context.error(`Expected a local font file (decks work offline), found ${text}`)
    const from = path.resolve(context.projectDir, text)
    const rule: ReadRule = { kind: 'font', roots: context.roots }
    const decision = await checkRead(from, rule)
    if (decision.refused === 'missing') return context.error(`Cannot read font file \`${text}\` (looked for ${from})`)
    if (decision.refused && decision.refused !== 'type') return context.error(`Not using font file \`${text}\`: ${describeRefusal(decision.refused, rule.kind)}`)
    const format = { woff2: 'woff2', woff: 'woff', ttf: 'truetype', otf: 'opentype' }[path.extname(from).slice(1).toLowerCase()]
    if (!format) return context.error(`Expected a .woff2, .woff, .ttf or .otf font file, found ${text}`)
    const to = `${fontsDir}/custom/${path.basename(from)}`
    const family = `Lectern ${role}`
    addFile(context.result.files, { from, to, rule })
    context.fontFaces.push(
      `@font-face { font-family: "${family}"; src: url("${to}") format("${format}"); font-display: swap; }`
    )
    context.properties.set(property, `"${family}", ${fallback}`)
    return
  }

  const first = (text.split(',')[0] ?? '').trim().replace(/^['"]|['"]$/g, '')
  const pkg = fontsourcePackageName(first)
  if (fontsourceFile(pkg, `${pkg}-latin-400-normal.woff2`)) {
    const specs: FontFaceSpec[] = [
      { pkg, weight: 400 },
      { pkg, weight: 700 }
    ]
    if (role === 'body') specs.push({ pkg, weight: 400, style: 'italic' })
    const faces = await fontFaces(specs, fontsDir)
    for (const file of faces.files) addFile(context.result.files, file)
    if (faces.css) context.fontFaces.push(faces.css)
  } else if (!generic.test(first)) {
    context.warn(
      `Font \`${first}\` is not bundled with the deck (no @fontsource/${pkg} installed); ` +
        'it shows only where it is installed: give a font file path to bundle it'
    )
  }
  // One family: quote it and add a fallback stack; a list is kept as written.
  if (text.includes(',') || generic.test(first)) context.properties.set(property, text)
  else context.properties.set(property, `"${first}", ${fallback}`)
}

/** A highlight.js style: `@import` it and take its background and text colours for code blocks. */
async function codeTheme(value: unknown, context: Context): Promise<void> {
  if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9/._-]*$/i.test(value) || value.includes('..')) {
    return context.error(`Expected a highlight.js style name such as github or atom-one-dark, found ${show(value)}`)
  }
  const stylesDir = highlightStylesDir()
  const name = value.replace(/\.(?:min\.)?css$/i, '')
  const from = stylesDir ? path.join(stylesDir, `${name}.css`) : undefined
  if (!from || !(await readable(from))) {
    const available = stylesDir ? await highlightStyles(stylesDir) : []
    return context.error(`Unknown code theme \`${value}\`${didYouMean(name, available)}: expected a highlight.js style name`)
  }
  const to = `assets/highlight/${name}.css`
  const css = await readFile(from, 'utf8')
  addFile(context.result.files, { from, to })
  for (const ref of cssReferences(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
    if (/^(?:data:|#)/i.test(ref) || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) continue
    addFile(context.result.files, { from: path.resolve(path.dirname(from), ref), to: path.posix.join(path.posix.dirname(to), ref) })
  }
  context.imports.unshift(`@import url("${to}");`)
  const rule = /(?:^|})\s*\.hljs\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? ''
  const background = /background(?:-color)?\s*:\s*([^;]+?)\s*(?:;|$)/.exec(rule)?.[1]
  const color = /(?:^|;|\s)color\s*:\s*([^;]+?)\s*(?:;|$)/.exec(rule)?.[1]
  if (background && isCssColor(background)) context.properties.set('--lectern-code-background', background)
  if (color && isCssColor(color)) context.properties.set('--lectern-code-color', color)
}

/** Warn when the deck's text or headings fall below WCAG AA (4.5:1) on its background. */
function contrastWarnings(
  properties: Map<string, string>,
  theme: FoundTheme | undefined,
  result: ThemeVariablesResult
): void {
  if (!['--r-background-color', '--r-main-color', '--r-heading-color'].some((p) => properties.has(p))) return
  const value = (property: string) => properties.get(property) ?? theme?.variables[property]
  const background = value('--r-background-color')
  if (!background || !parseColor(background)) return
  for (const [property, key] of [
    ['--r-main-color', 'textColor'],
    ['--r-heading-color', 'headingColor']
  ] as const) {
    const color = value(property)
    if (!color || !parseColor(color)) continue
    const ratio = contrastRatio(color, background)
    if (ratio < 4.5) {
      result.warnings.push({
        key: properties.has(property) ? key : 'backgroundColor',
        message: `Contrast of ${color} on ${background} is ${ratio.toFixed(2)}:1; WCAG AA asks for at least 4.5:1`
      })
    }
  }
}

function asColor(value: unknown, context: Context): string | undefined {
  if (typeof value === 'string' && isCssColor(value)) return value.trim()
  context.error(`Expected a CSS colour (#1f2933, rgb(…), a colour name), found ${show(value)}`)
  return undefined
}

function highlightStylesDir(): string | undefined {
  try {
    return path.join(path.dirname(require.resolve('highlight.js/package.json')), 'styles')
  } catch {
    return undefined
  }
}

async function highlightStyles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [])
  return names.filter((n) => n.endsWith('.css') && !n.endsWith('.min.css')).map((n) => n.slice(0, -4))
}

async function readable(file: string): Promise<boolean> {
  try {
    await access(file, constants.R_OK)
    return true
  } catch {
    return false
  }
}

function addFile(files: ThemeFile[], file: ThemeFile): void {
  if (!files.some((f) => f.to === file.to)) files.push(file)
}

/** `text-color` / `text_color` → `textColor`. */
function camelCase(key: string): string {
  return key.replace(/[-_]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase())
}

function show(value: unknown): string {
  return typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value) ?? String(value)
}
