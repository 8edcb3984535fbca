/**
 * remark plugin: read YAML front matter, validate it and settle the deck
 * configuration on `file.data.deck.config`.
 */
import { decodeString } from 'micromark-util-decode-string'
import type { Root, RootContent, Yaml } from 'mdast'
import type { VFile } from 'vfile'
import type { Pair } from 'yaml'
import { toString } from 'mdast-util-to-string'
import { settleConfig } from './config.js'
import { detectLanguage } from './detect-language.js'
import { collective, writtenBy } from '../text/byline.js'
import type { DeckConfig } from '../types.js'

/** Options of {@link remarkDeckConfig}. */
export interface DeckConfigOptions {
  /** Settings that win over front matter (from the CLI). */
  overrides?: Partial<DeckConfig> | undefined
}

const emptyOptions: DeckConfigOptions = {}

/**
 * Parse the leading `yaml` node (if any) and settle the configuration.
 * Invalid YAML, or front matter that is not a mapping, is a fatal message
 * with its line; unknown keys and wrong types are warnings.
 *
 * @param options Overrides; default none.
 */
export function remarkDeckConfig(options?: DeckConfigOptions | null) {
  const settings = options ?? emptyOptions
  return async function (tree: Root, file: VFile): Promise<void> {
    const first = tree.children[0] as Yaml | { type: 'toml'; value: string; position?: Yaml['position'] } | undefined
    const node = first?.type === 'yaml' || first?.type === 'toml' ? first : undefined
    // The YAML (or, for Hugo's `+++` front matter, the TOML) parser loads only for documents that have front matter.
    const metadata = node ? undefined : metadataBlock(tree, file)
    if (metadata) tree.children.shift()
    const values = metadata ?? commentMetadata(tree) ?? textMetaValues(tree)
    const frontMatter = node?.type === 'toml' ? parseTomlFrontMatter(node, file, await import('smol-toml')) : node ? parseFrontMatter(node as Yaml, file, await import('./yaml-api.js')) : { values, lines: {}, lineOf: () => undefined }
    if (node) tree.children.shift()
    lowerMetaKeys(frontMatter)
    decodeMetaReferences(frontMatter)
    file.data.frontMatter = frontMatter.values
    file.data.frontMatterLines = frontMatter.lines
    const config = settleConfig(frontMatter.values, settings.overrides ?? {}, (problem) => {
      const line = frontMatter.lineOf(problem.key)
      const message = file.message(problem.reason, {
        place: line ? { line, column: 1 } : node?.position,
        ruleId: problem.key === '' ? 'front-matter' : 'front-matter-key',
        source: 'lectern'
      })
      message.fatal = problem.fatal
    })
    // An article that does not name its language is read in the one it is written in (`detect-language.ts`).
    const given = 'lang' in frontMatter.values || settings.overrides?.lang !== undefined
    const detected = given ? undefined : detectLanguage(proseOf(tree))
    const author = settings.overrides?.author === undefined ? writersOf(tree, config.author) : undefined
    // (A blog's account, "author: admin", signs no talk: a WordPress export had put "admin" under the title.)
    const account = settings.overrides?.author === undefined && typeof config.author === 'string' && cmsAccount.test(config.author.trim())
    file.data.deck = {
      config: { ...(account ? Object.fromEntries(Object.entries(config).filter(([key]) => key !== 'author')) as typeof config : config), ...(detected && detected !== config.lang ? { lang: detected } : {}), ...(author ? { author } : {}) },
      outline: [],
      slideCount: 0,
      media: [],
      condensed: false
    }
  }
}

/**
 * The writers the body names in its first sentence ("This is a guest post by Aviv Sharon and Adam Kariv from…", "Post
 * written by Kacie Kay, Special Collections Intern"), when they stand for the front matter's author: there is none, it is
 * a collective ("Special Collections Contributors") or a site's handle ("anders"), or the post is a guest's.
 *
 * @param tree The document, front matter taken off.
 * @param author The front matter's author.
 */
function writersOf(tree: Root, author: unknown): string | undefined {
  const [first, second] = tree.children.filter((node) => node.type !== 'html')
  if (first?.type !== 'paragraph') return undefined
  // (Or a paragraph of names alone after the standfirst: "*A little-known federal program…*" / "**By Erika L. Moritsugu,
  // Krystal Ka‘ai, and Philip Kim**".)
  // (Or a paragraph the article opens with that is only its byline, in italics: "_By Lucy Blackwell : Senior Design Manager_".)
  const byLine = (node: RootContent | undefined): string | undefined => (node?.type === 'paragraph' && /^by\s/i.test(toString(node).trim()) && toString(node).length <= 120 ? toString(node).trim() : undefined)
  const marked = /^(?:emphasis|strong)$/.test(first.children[0]?.type ?? '')
  const byline = ((marked && first.children.length === 1 ? byLine(first) : undefined) ?? (marked ? byLine(second) : undefined))?.replace(/\s+:\s+/, ', ')
  const sentence = byline ? `Written ${byline.charAt(0).toLowerCase()}${byline.slice(1)}` : /^[^\n]*?[.!?](?=\s|$)|^[^\n]+/.exec(toString(first).trim())?.[0] ?? ''
  const writers = writtenBy(sentence)
  if (byline && !writers?.whole) return undefined
  if (!writers) return undefined
  const stands = typeof author !== 'string' || collective.test(author) || /^\p{Ll}[\p{Ll}\d_.-]*$/u.test(author) || /\bguest post\b/i.test(sentence)
  return stands ? [writers.names, writers.role].filter(Boolean).join(', ') : undefined
}

/** The account a site's software names as a post's author when no person is given. */
const cmsAccount = /^(?:admin|administrator|root|webmaster|wordpress|site ?admin|editor|staff|user)$/i

/** The keys of a metadata block that Lectern reads (Pelican's, MultiMarkdown's), as front-matter keys. */
const metadataKeys: Record<string, string> = { title: 'title', subtitle: 'subtitle', author: 'author', authors: 'author', date: 'date', lang: 'lang', summary: 'summary', description: 'description' }

/**
 * A metadata block at the top of a Markdown file without YAML front matter,
 * as Pelican and MultiMarkdown write it: `Title: …`, `Date: …`, `Tags: …`
 * lines up to the first blank line, the first of them the title. Its title,
 * subtitle, author(s), date, language, summary and description are read as front matter; the other
 * keys (slug, tags, category…) are the site's. `undefined` when the file does
 * not open with one.
 */
function metadataBlock(tree: Root, file: VFile): Record<string, unknown> | undefined {
  const first = tree.children[0]
  if (first?.type !== 'paragraph' || first.position?.start.line !== 1 || first.position.start.offset === undefined || first.position.end.offset === undefined) return undefined
  // (Its closing fence without an opening one, as one site's generator writes it: "title: The Trackers Who Steal" … "+++".)
  const lines = String(file.value).slice(first.position.start.offset, first.position.end.offset).split('\n').filter((line, at, all) => !(at === all.length - 1 && at > 0 && /^(?:\+\+\+|\.\.\.)\s*$/.test(line)))
  // (A key left empty, Pelican's "Summary: ", is one of them too.)
  const pairs = lines.map((line) => /^([A-Za-z][\w -]{0,30}?):(?:[ \t]+(\S.*))?$/.exec(line.trim()))
  // (Or a site's own keys over the article's heading, the title there: "Theme: …", "Level 2: …", "Headline 1: …" had been
  // the title slide of a statistics bulletin.)
  const headed = lines.length >= 4 && tree.children[1]?.type === 'heading' && tree.children[1].depth === 1
  // (Or three keys or more, the title among them, as a converted WordPress post keeps them: "comments: false" / "date:
  // '2011-12-05 17:00:58'" / "slug: …" / "title: Understanding Your Camera's Histogram" had left the deck untitled.)
  const titled = lines.length >= 3 && pairs.some((pair) => pair?.[1]!.toLowerCase() === 'title')
  if (lines.length < 2 || pairs.some((pair) => !pair) || (pairs[0]![1]!.toLowerCase() !== 'title' && !headed && !titled)) return undefined
  const values: Record<string, unknown> = {}
  for (const pair of pairs) {
    const key = metadataKeys[pair![1]!.toLowerCase()]
    if (key && !(key in values) && pair![2] !== undefined) values[key] = pair![2].trim().replace(/^(['"])(.*)\1$/, '$2')
  }
  return values
}

/**
 * Metadata written as link definitions that render nothing at the top of a Markdown file, as some blog generators
 * keep it: `[title]: <> (Review: museums of the future, Dubai and Tokyo)`, `[date]: <> (2024/08/03)`. Its title,
 * subtitle, author(s), date and language are read as front matter (the definitions stay, and show nothing);
 * `undefined` when the file does not open with one.
 */
function commentMetadata(tree: Root): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {}
  for (const node of tree.children) {
    if (node.type !== 'definition' || node.url !== '' || !node.title) break
    const key = metadataKeys[(node.label ?? node.identifier).toLowerCase()]
    if (key && !(key in values)) values[key] = node.title.trim()
  }
  return 'title' in values ? values : undefined
}

/** What the plain-text recogniser found (title, kicker, byline…), as front-matter values. */
function textMetaValues(tree: Root): Record<string, unknown> {
  const meta = tree.data?.textMeta
  if (!meta) return {}
  const values: Record<string, unknown> = { title: meta.title }
  if (meta.kicker) values.kicker = meta.kicker
  if (meta.subtitle) values.subtitle = meta.subtitle
  if (meta.byline) values.author = meta.byline.replace(/^by\s+/i, '')
  if (meta.date) values.date = meta.date
  if (meta.lang && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(meta.lang)) values.lang = meta.lang
  return values
}

/** The keys a site may spell with a capital ("Author: Chris Dias", "Date: 2017-10-24" in VS Code's docs). */
const metaKeys = /^(?:title|author|authors|date|description)$/

/**
 * The front matter with its capitalised title, author, authors, date and description keys spelled as Lectern's
 * ("Author" → "author"), when the key in lower case is not there too; changed in place.
 */
function lowerMetaKeys(frontMatter: FrontMatter): void {
  for (const key of Object.keys(frontMatter.values)) {
    const lower = key.toLowerCase()
    if (lower === key || !metaKeys.test(lower) || Object.hasOwn(frontMatter.values, lower)) continue
    frontMatter.values[lower] = frontMatter.values[key]
    delete frontMatter.values[key]
    const line = frontMatter.lines[key]
    if (line !== undefined) frontMatter.lines[lower] = line
  }
}

/** The words a site's front matter may write with character references, which its templates decode. */
const shownKeys = ['title', 'subtitle', 'description', 'author', 'summary', 'excerpt']

/**
 * The front matter's title and the words shown beside it with their character references decoded, in place: Jekyll's
 * "title: Resurrecting the first Dutch web index&#58; NL-menu revisited" writes its colon so, and "&#58;" had titled a deck.
 */
function decodeMetaReferences(frontMatter: FrontMatter): void {
  for (const key of shownKeys) {
    const value = frontMatter.values[key]
    if (typeof value === 'string' && /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(value)) frontMatter.values[key] = decodeString(value.replace(/\\/g, '\\\\'))
  }
}

interface FrontMatter {
  values: Record<string, unknown>
  lines: Record<string, number>
  lineOf: (key: string) => number | undefined
}

/**
 * Hugo's TOML front matter (`+++` / `title = "…"` / `+++`): its values, and the line of each top-level key. Invalid TOML
 * is a fatal message with its line.
 */
function parseTomlFrontMatter(node: { value: string; position?: Yaml['position'] }, file: VFile, toml: typeof import('smol-toml')): FrontMatter {
  const startLine = (node.position?.start.line ?? 1) + 1
  let values: Record<string, unknown> = {}
  try {
    values = toml.parse(node.value) as Record<string, unknown>
  } catch (error) {
    const line = error instanceof toml.TomlError ? error.line : 1
    file.fail(`Invalid TOML front matter: ${(error as Error).message.split('\n')[0]}`, { place: { line: startLine + line - 1, column: 1 }, ruleId: 'front-matter', source: 'lectern' })
  }
  const lines: Record<string, number> = Object.create(null) as Record<string, number>
  node.value.split('\n').forEach((line, at) => {
    const key = /^\s*([\w-]+)\s*=/.exec(line)?.[1]
    if (key && !(key in lines)) lines[key] = startLine + at
  })
  // (Dates are TOML's own type: as written, "2023-07-14", the way YAML's are read.)
  for (const [key, value] of Object.entries(values)) if (value instanceof Date) values[key] = value.toISOString().slice(0, 10)
  return { values, lines, lineOf: (key) => lines[key] }
}

function parseFrontMatter(node: Yaml, file: VFile, yaml: typeof import('./yaml-api.js')): FrontMatter {
  const { LineCounter, parseDocument, isMap, isScalar } = yaml
  const startLine = (node.position?.start.line ?? 1) + 1
  let lineCounter = new LineCounter()
  let text = node.value
  let document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  // A quoted value that runs on over lines at the margin ("summary: "A good friend posted…" / "to FB. …"") is read as
  // Hugo and Jekyll read it, its lines indented; YAML wants them indented, and a post that builds there failed here.
  if (document.errors.length > 0) {
    const indented = indentQuotedLines(node.value)
    const retryCounter = new LineCounter()
    const retry = indented === node.value ? undefined : parseDocument(indented, { lineCounter: retryCounter, prettyErrors: false, uniqueKeys: true })
    if (retry && retry.errors.length === 0) {
      ;[document, lineCounter, text] = [retry, retryCounter, indented]
      file.message('A quoted front-matter value continues on lines at the margin; read as if they were indented', { place: { line: startLine, column: 1 }, ruleId: 'front-matter-quoted-lines', source: 'lectern' })
    }
    // (So is a value that opens on a list's dash beside its key, "sidebar_label: - Run it", as Docusaurus reads it: the words.)
    const quoted = document.errors.length > 0 ? quoteDashValues(node.value) : node.value
    const againCounter = new LineCounter()
    const again = quoted === node.value ? undefined : parseDocument(quoted, { lineCounter: againCounter, prettyErrors: false, uniqueKeys: true })
    if (again && again.errors.length === 0) {
      ;[document, lineCounter, text] = [again, againCounter, quoted]
      file.message('A front-matter value opens on a dash beside its key; read as its words', { place: { line: startLine, column: 1 }, ruleId: 'front-matter-dash-value', source: 'lectern' })
    }
  }
  const toLine = (offset: number) => startLine + lineCounter.linePos(offset).line - 1

  // A key given twice ("draft: false" again ten lines down) is read as Hugo and Jekyll read it, the last one winning:
  // a published post whose front matter they accept builds here too, with a warning at the second key.
  if (document.errors.length > 0 && document.errors.every((error) => error.code === 'DUPLICATE_KEY')) {
    const twice = document.errors[0]!.pos[0]
    const lenient = new LineCounter()
    const again = parseDocument(text, { lineCounter: lenient, prettyErrors: false, uniqueKeys: false })
    if (again.errors.length === 0) {
      file.message('A front-matter key is given twice; the last value is used', { place: { line: toLine(twice), column: 1 }, ruleId: 'front-matter-duplicate-key', source: 'lectern' })
      ;[document, lineCounter] = [again, lenient]
    }
  }

  const error = document.errors[0]
  if (error) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    file.fail(`Invalid YAML front matter: ${reason}`, {
      place: { line: toLine(error.pos[0]), column: lineCounter.linePos(error.pos[0]).col },
      ruleId: 'front-matter',
      source: 'lectern'
    })
  }
  if (document.contents === null) return { values: {}, lines: {}, lineOf: () => undefined }
  if (!isMap(document.contents)) {
    file.fail('Front matter must be a mapping of `key: value` lines', {
      place: { line: startLine, column: 1 },
      ruleId: 'front-matter',
      source: 'lectern'
    })
  }

  // Lines of top-level keys and of the keys one level down (`themeVariables.logo`).
  // No prototype: a key named `constructor` or `__proto__` has no line but its own.
  const lines: Record<string, number> = Object.create(null) as Record<string, number>
  for (const pair of (document.contents as { items: Pair[] }).items) {
    if (!isScalar(pair.key) || !pair.key.range) continue
    const key = String(pair.key.value)
    lines[key] = toLine(pair.key.range[0])
    if (isMap(pair.value)) {
      for (const inner of pair.value.items) {
        if (isScalar(inner.key) && inner.key.range) lines[`${key}.${String(inner.key.value)}`] = toLine(inner.key.range[0])
      }
    }
  }
  let values: Record<string, unknown>
  try {
    values = document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>
  } catch (error) {
    // An alias bomb (aliases of aliases, billions of values): name the line of the first alias.
    let first: number | undefined
    yaml.visit(document, {
      Alias(_, alias) {
        first ??= alias.range?.[0]
      }
    })
    file.fail(`Invalid YAML front matter: ${(error as Error).message.split('\n')[0]}`, {
      place: first === undefined ? { line: startLine, column: 1 } : { line: toLine(first), column: lineCounter.linePos(first).col },
      ruleId: 'front-matter',
      source: 'lectern'
    })
  }
  return { values, lines, lineOf: (key) => lines[key] }
}

/**
 * Front matter with the lines a quoted value runs on to indented under its key, as YAML wants them: a line count kept,
 * nothing else changed.
 *
 * @param text The front matter's YAML.
 */
export function indentQuotedLines(text: string): string {
  let open: { quote: string; indent: string } | undefined
  return text
    .split('\n')
    .map((line) => {
      if (open) {
        const out = /^\s/.test(line) || line === '' ? line : `${open.indent}  ${line}`
        if (closes(line, open.quote)) open = undefined
        return out
      }
      const start = /^(\s*)[\w-]+\s*:\s*(["'])(.*)$/.exec(line)
      if (start && !closes(start[3]!, start[2]!)) open = { quote: start[2]!, indent: start[1]! }
      return line
    })
    .join('\n')
}

/**
 * Front matter with each value that opens on a dash beside its key quoted (`sidebar_label: - Run it` →
 * `sidebar_label: "- Run it"`), a line count kept.
 *
 * @param text The front matter's YAML.
 */
export function quoteDashValues(text: string): string {
  return text.replace(/^(\s*[\w-]+:[ \t]+)(-[ \t]+[^\n]*?)[ \t]*$/gm, (_line, key: string, value: string) => `${key}${JSON.stringify(value)}`)
}

/** Whether a line closes a quoted value: a double quote not escaped, or a single quote not doubled. */
function closes(rest: string, quote: string): boolean {
  return quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /(?:^|[^'])'(?!')/.test(rest.replace(/''/g, ''))
}

/** The text of a document's paragraphs (up to about 20,000 characters): what its language is told by. */
function proseOf(tree: Root): string {
  let text = ''
  const collect = (node: { type: string; value?: unknown; children?: unknown[] }): void => {
    if (text.length > 20_000) return
    if (node.type === 'text' && typeof node.value === 'string') text += node.value + ' '
    else if (node.type !== 'code' && node.type !== 'inlineCode' && node.type !== 'html' && Array.isArray(node.children)) for (const child of node.children) collect(child as never)
  }
  for (const node of tree.children) if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') collect(node)
  return text
}
