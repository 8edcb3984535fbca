/**
 * Writes `article.txt` for the real-article corpus: for every folder under
 * the fixtures folder (first CLI argument, default `test/fixtures/real`
 * relative to the current directory) whose `source.json` has `form` `text` or
 * `text+chrome`, it turns `article.md` into what a reader gets by selecting
 * the published page in a browser and copying it:
 *
 * - the title on its own line, then a byline when author or date are known
 *   (`By NAME · DATE`, `NAME | DATE` or `Posted on DATE by NAME`);
 * - headings as plain lines, paragraphs without markup (links become their
 *   text, emphasis and code markers go), block quotes as plain paragraphs;
 * - list items as lines starting with `•` or `-` (ordered lists keep their
 *   numbers), code blocks as their lines, images dropped (or their alt text as
 *   a caption line for some articles), footnote markers dropped and the
 *   footnote texts at the end;
 * - paragraphs separated by blank lines, except for about a third of the
 *   articles, which get one paragraph per line and no blank lines at all;
 * - for `text+chrome`, page chrome around the article: a site menu line, maybe
 *   a photo caption and a kicker line before the title; share, newsletter,
 *   cookie, related-posts and copyright lines after it.
 *
 * Every choice is made from a hash of the folder name, so the output is the
 * same on every run. Compile it into the repository (so that Node finds
 * `node_modules`; `build/` is git-ignored) and run it from the root:
 *
 *     npx tsc --ignoreConfig --strict --module nodenext --moduleResolution nodenext \
 *       --target es2022 --lib es2022,dom --types node --skipLibCheck \
 *       --outDir build/corpus-script test/corpus/make-real-text.ts
 *     node build/corpus-script/make-real-text.js [fixtures-folder]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import type { FootnoteDefinition, List, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'

type Form = 'markdown' | 'text' | 'text+chrome'

interface Source {
  title?: string
  site?: string
  form?: Form
}

interface Meta {
  title?: string
  author?: string
  date?: string
}

/** How one article is laid out; every field is derived from the slug. */
interface Style {
  hash: number
  /** One paragraph per line, no blank lines anywhere. */
  compact: boolean
  bullet: '•' | '-'
  /** Keep image alt text as a caption line instead of dropping the image. */
  captions: boolean
  byline: 0 | 1 | 2
  dateStyle: 0 | 1 | 2
}

/** A run of lines printed together; blocks are separated by a blank line. */
type Block = string[]

/** Month names, for dates as sites print them. */
export const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
]

/** FNV-1a, 32 bits: a small stable hash of the slug. */
export function hash(text: string): number {
  let value = 0x811c9dc5
  for (const char of text) {
    value ^= char.codePointAt(0)!
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value
}

/** Picks 0..count-1 from a few bits of the hash, starting at `shift`. */
function pick(value: number, shift: number, count: number): number {
  return (value >>> shift) % count
}

function styleFor(slug: string): Style {
  const value = hash(slug)
  return {
    hash: value,
    compact: pick(value, 23, 3) === 0,
    bullet: pick(value, 11, 2) === 0 ? '•' : '-',
    captions: pick(value, 13, 4) === 0,
    byline: pick(value, 3, 3) as 0 | 1 | 2,
    dateStyle: pick(value, 17, 3) as 0 | 1 | 2
  }
}

function formatDate(date: string, style: Style): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date)
  if (!match) return date
  const [, year, month, day] = match
  const name = months[Number(month) - 1] ?? month
  const dayNumber = String(Number(day))
  if (style.dateStyle === 0) return `${dayNumber} ${name} ${year}`
  if (style.dateStyle === 1) return `${name} ${dayNumber}, ${year}`
  return `${year}-${month}-${day}`
}

function bylineFor(meta: Meta, style: Style): string | undefined {
  const name = meta.author
  const date = meta.date ? formatDate(meta.date, style) : undefined
  if (name && date) {
    if (style.byline === 0) return `By ${name} · ${date}`
    if (style.byline === 1) return `${name} | ${date}`
    return `Posted on ${date} by ${name}`
  }
  if (name) return style.byline === 1 ? name : `By ${name}`
  if (date) return style.byline === 2 ? `Posted on ${date}` : date
  return undefined
}

const entities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“'
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return entities[name.toLowerCase()] ?? whole
  })
}

/** Markdown left inside raw HTML (e.g. `<aside markdown="1">`) as plain text. */
function plainMarkdownInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([[\]()*_`\\])/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
}

/** Text a browser shows for a chunk of raw HTML: tags gone, one line per line. */
function htmlLines(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
  return decodeEntities(plainMarkdownInline(text))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
}

/** Where a footnote marker was; `tidy` removes it with any space before it. */
const footnoteMark = '\u0000'

/** Inline content as plain text; hard breaks stay as `\n`. */
function inline(nodes: readonly PhrasingContent[]): string {
  let out = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value.replace(/[ \t]*\n[ \t]*/g, ' ')
        break
      case 'inlineCode':
        out += node.value
        break
      case 'break':
        out += '\n'
        break
      case 'html':
        out += /^<br\s*\/?>$/i.test(node.value) ? '\n' : htmlLines(node.value).join(' ')
        break
      case 'footnoteReference':
        out += footnoteMark
        break
      case 'image':
      case 'imageReference':
        break
      default:
        out += 'children' in node ? inline(node.children) : toString(node)
    }
  }
  return out
}

function tidy(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]*\u0000/g, '').replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
}

class Renderer {
  readonly footnotes = new Map<string, FootnoteDefinition>()

  constructor(private readonly style: Style) {}

  blocks(nodes: readonly RootContent[], depth = 0): Block[] {
    return nodes.flatMap((node) => this.block(node, depth))
  }

  private block(node: RootContent, depth: number): Block[] {
    switch (node.type) {
      case 'heading':
        return [tidy(inline(node.children))]
      case 'paragraph': {
        const images = node.children.filter((child) => child.type === 'image' || child.type === 'imageReference')
        const onlyImages = images.length > 0 && node.children.every((child) =>
          child.type === 'image' || child.type === 'imageReference' || (child.type === 'text' && child.value.trim() === ''))
        if (onlyImages) {
          if (!this.style.captions) return []
          return images.map((image) => (image.alt ? [image.alt] : [])).filter((lines) => lines.length > 0)
        }
        const lines = tidy(inline(node.children))
        return lines.length > 0 ? [lines] : []
      }
      case 'blockquote':
        return this.blocks(node.children, depth)
      case 'list':
        return [this.list(node, depth)]
      case 'code':
        return [node.value.split('\n')]
      case 'html':
        return htmlLines(node.value).map((line) => [line])
      case 'table':
        return [node.children.map((row) => row.children.map((cell) => tidy(inline(cell.children)).join(' ')).join('\t'))]
      case 'footnoteDefinition':
        this.footnotes.set(node.identifier, node)
        return []
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        return []
      default: {
        const lines = tidy(toString(node))
        return lines.length > 0 ? [lines] : []
      }
    }
  }

  private list(node: List, depth: number): Block {
    const indent = '  '.repeat(depth)
    const start = node.start ?? 1
    const lines: string[] = []
    node.children.forEach((item, index) => {
      const marker = node.ordered ? `${start + index}.` : this.style.bullet
      let first = true
      for (const child of item.children) {
        if (child.type === 'list') {
          lines.push(...this.list(child, depth + 1))
          continue
        }
        for (const blockLines of this.block(child, depth + 1)) {
          for (const line of blockLines) {
            lines.push(first ? `${indent}${marker} ${line}` : `${indent}  ${line}`)
            first = false
          }
        }
      }
      if (first) lines.push(`${indent}${marker}`)
    })
    return lines
  }

  /** Footnote texts in the order they are first referenced, as `1. text`. */
  footnoteBlock(tree: Root): Block | undefined {
    if (this.footnotes.size === 0) return undefined
    const order: string[] = []
    const visit = (node: Nodes): void => {
      if (node.type === 'footnoteReference' && !order.includes(node.identifier)) order.push(node.identifier)
      if ('children' in node) for (const child of node.children) visit(child)
    }
    visit(tree)
    for (const id of this.footnotes.keys()) if (!order.includes(id)) order.push(id)
    const lines: string[] = []
    let number = 1
    for (const id of order) {
      const definition = this.footnotes.get(id)
      if (!definition) continue
      const text = this.blocks(definition.children).map((block) => block.join(' ')).join(' ')
      lines.push(`${number}. ${text}`)
      number++
    }
    return lines
  }
}

function metaFrom(tree: Root): Meta {
  const yaml = tree.children.find((node) => node.type === 'yaml')
  if (!yaml || yaml.type !== 'yaml') return {}
  const data: unknown = parseYaml(yaml.value)
  if (typeof data !== 'object' || data === null) return {}
  const record = data as Record<string, unknown>
  const text = (value: unknown): string | undefined => {
    if (value instanceof Date) return value.toISOString().slice(0, 10)
    if (Array.isArray(value)) return value.map(String).join(', ')
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
  }
  return { title: text(record.title), author: text(record.author), date: text(record.date) }
}

const menus = [
  'Home | Blog | About | Contact',
  'Home | Articles | Topics | About | Contact',
  'Home | Blog | Docs | Community | About'
]

const kickers = ['Engineering', 'Open Source', 'Community', 'Developer Tools', 'Best Practices', 'Culture']

const photoCaptions = [
  'Photo: A shared desk during a team workshop. (Credit: Staff photographer)',
  'Photo by a community member, used with permission.',
  'Image: Whiteboard notes from the planning session.'
]

const relatedTitles = [
  'Ten Years of Lessons from Running a Public Project',
  'How We Cut Our Build Times in Half',
  'A Gentle Introduction to Release Trains',
  'What We Learned from Our First User Survey',
  'Writing Documentation People Actually Read',
  'Why Small Teams Ship Faster',
  'Notes from the Maintainers Summit',
  'Choosing Boring Tools on Purpose'
]

function chromeBefore(style: Style): Block[] {
  const value = style.hash
  const blocks: Block[] = [[menus[pick(value, 19, menus.length)]!]]
  if (pick(value, 21, 3) === 0) blocks.push([photoCaptions[pick(value, 5, photoCaptions.length)]!])
  if (pick(value, 7, 2) === 0) blocks.push([kickers[pick(value, 9, kickers.length)]!])
  return blocks
}

function chromeAfter(style: Style, site: string): Block[] {
  const value = style.hash
  const blocks: Block[] = []
  if (pick(value, 25, 3) !== 0) blocks.push(['Share this: Twitter Facebook LinkedIn'])
  const newsletter = pick(value, 27, 3)
  if (newsletter === 0) blocks.push(['Subscribe to our newsletter', 'Get the best stories every week.'])
  if (newsletter === 1) blocks.push(['Subscribe to our newsletter'])
  const related = ['Related Posts']
  const count = 2 + pick(value, 29, 2)
  const first = pick(value, 0, relatedTitles.length)
  for (let index = 0; index < count; index++) related.push(relatedTitles[(first + index * 3) % relatedTitles.length]!)
  blocks.push(related)
  if (pick(value, 15, 2) === 0) blocks.push(['We use cookies to improve your experience. Accept'])
  blocks.push([`© 2024 ${site}. All rights reserved.`])
  return blocks
}

export function articleText(markdown: string, slug: string, source: Source): string {
  const style = styleFor(slug)
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root
  const meta = metaFrom(tree)
  let body = tree.children.filter((node) => node.type !== 'yaml')
  let title = meta.title ?? source.title
  const firstHeading = body.find((node) => node.type !== 'html' && node.type !== 'definition')
  if (firstHeading?.type === 'heading' && firstHeading.depth === 1) {
    const text = tidy(inline(firstHeading.children)).join(' ')
    if (title === undefined || text === title) {
      title = text
      body = body.filter((node) => node !== firstHeading)
    }
  }
  const renderer = new Renderer(style)
  const blocks: Block[] = []
  if (source.form === 'text+chrome') blocks.push(...chromeBefore(style))
  if (title) blocks.push([title])
  const byline = bylineFor(meta, style)
  if (byline) blocks.push([byline])
  blocks.push(...renderer.blocks(body))
  const notes = renderer.footnoteBlock(tree)
  if (notes) blocks.push(notes)
  if (source.form === 'text+chrome') blocks.push(...chromeAfter(style, source.site ?? 'Blog'))
  const text = style.compact
    ? blocks.flat().filter((line) => line.trim() !== '').join('\n')
    : blocks.map((block) => block.join('\n')).join('\n\n')
  return `${text}\n`
}

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? 'test/fixtures/real')
  const entries = await readdir(folder, { withFileTypes: true })
  const slugs = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  let written = 0
  for (const slug of slugs) {
    const dir = path.join(folder, slug)
    let source: Source
    try {
      source = JSON.parse(await readFile(path.join(dir, 'source.json'), 'utf8')) as Source
    } catch {
      continue
    }
    if (source.form !== 'text' && source.form !== 'text+chrome') continue
    const markdown = await readFile(path.join(dir, 'article.md'), 'utf8')
    await writeFile(path.join(dir, 'article.txt'), articleText(markdown, slug, source))
    const style = styleFor(slug)
    console.log(`${slug}: article.txt (${source.form}${style.compact ? ', one paragraph per line' : ''})`)
    written++
  }
  console.log(`${written} article.txt file(s) written under ${folder}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
