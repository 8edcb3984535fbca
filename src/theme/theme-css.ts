/**
 * Reading a theme's stylesheet, with postcss and postcss-value-parser: the
 * custom properties its `:root` rules set, the files it refers to (`url()`,
 * `@import`), and its `@import`s of a web font service, removed.
 *
 * postcss is loaded on first use (its parser alone: about 30 ms), as only
 * reading a theme needs it.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import type { AtRule, ChildNode, Container, Root } from 'postcss'
import type ValueParser from 'postcss-value-parser'
import { LecternError } from '../errors.js'
import { fontsourcePackageName, type FontFaceSpec } from './theme-fonts.js'

const require = createRequire(import.meta.url)

let parser: ((css: string, options?: { from?: string | undefined }) => Root) | undefined
let valueParser: typeof ValueParser | undefined

/** At-rules whose `:root` rules apply only sometimes (a media query, a feature test…). */
const conditional = new Set(['media', 'supports', 'container', 'layer', 'document'])

/**
 * Load postcss's parser and postcss-value-parser by `import()` before the
 * synchronous functions below need them. Called at the start of resolving a
 * theme: in the bundled CLI the import loads them from a chunk of the bundle
 * (about 10 ms of CPU) instead of some twenty files from `node_modules`
 * (20-30 ms); a function called without it still requires them itself.
 */
export async function loadCssParsers(): Promise<void> {
  if (!parser) parser = (await import('postcss/lib/parse')).default as unknown as NonNullable<typeof parser>
  if (!valueParser) valueParser = (await import('postcss-value-parser')).default
}

/**
 * Parse a stylesheet.
 *
 * @param css The stylesheet.
 * @param file Its path, named in the error.
 * @throws {LecternError} `theme`, naming the file, line and column, when the CSS cannot be parsed (an unclosed block or string).
 */
export function parseCss(css: string, file?: string): Root {
  parser ??= require('postcss/lib/parse') as typeof parser
  try {
    return parser!(css, { from: file })
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number }
    if (reason === undefined) throw error
    const where = `${file ? path.basename(file) : 'the stylesheet'}${line ? ` line ${line}${column ? `, column ${column}` : ''}` : ''}`
    throw new LecternError(`Cannot read theme stylesheet ${where}: ${reason}`, { code: 'theme', file, line, column, cause: error })
  }
}

function values(): typeof ValueParser {
  return (valueParser ??= require('postcss-value-parser') as typeof ValueParser)
}

/**
 * The custom properties set in a stylesheet's `:root` rules (later ones win),
 * leaving out rules inside `@media`, `@supports` and the like.
 *
 * @param css A stylesheet.
 * @param file Its path, named in errors.
 * @returns Property name (with `--`) → value.
 */
export function parseThemeVariables(css: string, file?: string): Record<string, string> {
  const variables: Record<string, string> = {}
  parseCss(css, file).walkRules((rule) => {
    if (!rule.selector.includes(':root') || insideConditional(rule)) return
    for (const node of rule.nodes) {
      if (node.type === 'decl' && node.prop.startsWith('--')) variables[node.prop] = node.value.trim()
    }
  })
  return variables
}

function insideConditional(node: ChildNode): boolean {
  for (let parent: Container | Root | undefined = node.parent; parent && parent.type !== 'root'; parent = (parent as ChildNode).parent) {
    if (parent.type === 'atrule' && conditional.has((parent as AtRule).name.toLowerCase())) return true
  }
  return false
}

/**
 * Every `url(...)` target of a stylesheet, in order, then every `@import "..."`.
 *
 * @param css A stylesheet.
 * @param file Its path, named in errors.
 */
export function cssReferences(css: string, file?: string): string[] {
  const root = parseCss(css, file)
  const urls: string[] = []
  const imports: string[] = []
  const collectUrls = (value: string): void => {
    values()(value).walk((node) => {
      if (node.type === 'function' && node.value.toLowerCase() === 'url') urls.push(urlTarget(node))
    })
  }
  root.walk((node) => {
    if (node.type === 'decl') collectUrls(node.value)
    else if (node.type === 'atrule') {
      collectUrls(node.params)
      if (node.name.toLowerCase() === 'import') {
        const first = values()(node.params).nodes.find((part) => part.type !== 'space')
        if (first?.type === 'string') imports.push(first.value.trim())
      }
    }
  })
  return [...urls, ...imports]
}

/** The target of a `url()`: its quoted string, or its bare word. */
function urlTarget(node: ValueParser.FunctionNode): string {
  const inner = node.nodes.find((part) => part.type !== 'space')
  if (inner?.type === 'string') return inner.value.trim()
  return values().stringify(node.nodes).trim()
}

/** The target of an `@import`'s first argument: a string or a `url()`. */
function importTarget(params: string): string | undefined {
  const first = values()(params).nodes.find((part) => part.type !== 'space')
  if (first?.type === 'string') return first.value.trim()
  if (first?.type === 'function' && first.value.toLowerCase() === 'url') return urlTarget(first)
  return undefined
}

/**
 * Remove `@import`s of remote stylesheets from `css`, and read the font
 * families and weights they asked a Google-Fonts-style service for.
 *
 * @param css A stylesheet.
 * @param file Its path, named in errors.
 */
export function withoutRemoteImports(css: string, file?: string): { css: string; specs: FontFaceSpec[] } {
  const specs: FontFaceSpec[] = []
  const root = parseCss(css, file)
  root.walkAtRules((rule) => {
    if (rule.name.toLowerCase() !== 'import') return
    const href = importTarget(rule.params)
    if (!href || !/^(?:https?:)?\/\//i.test(href)) return
    for (const spec of fontSpecs(href)) {
      if (!specs.some((s) => s.pkg === spec.pkg && s.weight === spec.weight && s.style === spec.style)) specs.push(spec)
    }
    rule.remove()
  })
  return { css: root.toString(), specs }
}

/** The families and weights a font service URL asks for (`?family=Lato:400,700i|News+Cycle`). */
function fontSpecs(href: string): FontFaceSpec[] {
  const specs: FontFaceSpec[] = []
  const query = href.split('?')[1] ?? ''
  for (const param of query.split('&')) {
    const [key, value = ''] = param.split('=')
    if (key !== 'family') continue
    for (const family of decodeURIComponent(value.replace(/\+/g, ' ')).split('|')) {
      const [familyName = '', weights = '400'] = family.split(':')
      const pkg = fontsourcePackageName(familyName)
      for (const weight of weights.split(',')) {
        const match = /^(\d{3})?(i|italic)?$/.exec(weight.trim())
        if (match) specs.push({ pkg, weight: Number(match[1] ?? 400), style: match[2] ? 'italic' : 'normal' })
      }
    }
  }
  return specs
}
