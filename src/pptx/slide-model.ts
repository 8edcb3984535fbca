/**
 * A built deck's slides as PowerPoint sees them: for each reveal `<section>`
 * of the rendered document's hast tree, its layout, title, text blocks
 * (paragraphs, lists with their levels, code, tables, pictures, quotes) and
 * speaker notes. Pure: a tree in, plain data out; `write-pptx.ts` draws it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { toString } from 'hast-util-to-string'
import { isLayoutName, type LayoutName } from '../article/layout-names.js'

/** A run of text with one style. */
export interface TextRun {
  /** The text; a line break is a run of its own (`break`). */
  text: string
  bold?: boolean | undefined
  italic?: boolean | undefined
  strike?: boolean | undefined
  /** Set in the code font. */
  code?: boolean | undefined
  /** A link target (absolute URLs only; a link inside the deck keeps its text). */
  link?: string | undefined
  /** highlight.js token kind (`keyword`, `string`, `comment`…) in a code listing. */
  token?: string | undefined
  /** Set as a superscript (a footnote reference). */
  superscript?: boolean | undefined
  /** A line break before this run's text. */
  break?: boolean | undefined
}

/** One item of a list, at its nesting level (0 at the top). */
export interface ListItemModel {
  runs: TextRun[]
  level: number
  /** Numbered (an `ol` item) or bulleted. */
  ordered: boolean
}

/** A block of a slide's body. */
export type BlockModel =
  | { kind: 'paragraph'; runs: TextRun[]; role?: 'kicker' | 'subtitle' | 'author' | 'date' | 'figure' | 'caption' | 'footnote' | 'heading' | 'math' | undefined }
  | { kind: 'list'; items: ListItemModel[] }
  | { kind: 'code'; lines: TextRun[][]; language?: string | undefined }
  | { kind: 'table'; rows: TextRun[][][]; header: boolean }
  | { kind: 'image'; src: string; alt: string; caption?: string | undefined }
  | { kind: 'quote'; paragraphs: TextRun[][]; attribution?: string | undefined }
  | { kind: 'columns'; columns: BlockModel[][] }

/** The layout a slide is drawn with: Lectern's layouts, plus `image-beside` (an image next to bullets). */
export type SlideLayout = LayoutName | 'image-beside'

/** One slide. */
export interface SlideModel {
  /** 1-based position in the deck (vertical slides counted in order). */
  index: number
  layout: SlideLayout
  /** The slide's heading, when it has one. */
  title?: TextRun[] | undefined
  /** The heading's level (1 for a deck title). */
  titleLevel?: number | undefined
  /** The body, in order. */
  blocks: BlockModel[]
  /** Speaker notes as plain text (paragraphs separated by blank lines, list items by `- `). */
  notes: string
  /** `data-background-color` / `data-background-image` of the slide. */
  background?: { color?: string | undefined; image?: string | undefined } | undefined
  /** Source line (`data-source-line`), when known. */
  line?: number | undefined
}

/**
 * Read every slide of a rendered deck.
 *
 * @param tree The document tree of a rendered deck (`RenderedDeck.tree`).
 * @returns The slides in reading order (vertical stacks flattened).
 */
export function slidesOf(tree: Root): SlideModel[] {
  const container = findElement(tree, (element) => element.tagName === 'div' && classes(element).includes('slides'))
  const sections: Element[] = []
  const collect = (nodes: readonly (RootContent | ElementContent)[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element' || node.tagName !== 'section') continue
      // A vertical stack is a section of sections.
      if (node.children.some((child) => child.type === 'element' && child.tagName === 'section')) collect(node.children)
      else sections.push(node)
    }
  }
  collect(container?.children ?? [])
  return sections.map((section, index) => slideOf(section, index + 1))
}

function slideOf(section: Element, index: number): SlideModel {
  const names = classes(section)
  const declared = section.properties.dataLayout
  let layout: SlideLayout = isLayoutName(declared) ? declared : names.includes('title-slide') ? 'title' : 'bullets'
  if (layout === 'image' && names.includes('layout-image-beside')) layout = 'image-beside'
  const notes: string[] = []
  const blocks: BlockModel[] = []
  let title: TextRun[] | undefined
  let titleLevel: number | undefined
  for (const child of section.children) {
    if (child.type !== 'element') {
      if (child.type === 'text' && child.value.trim()) blocks.push({ kind: 'paragraph', runs: [{ text: child.value.trim() }] })
      continue
    }
    if (child.tagName === 'aside' && classes(child).includes('notes')) {
      notes.push(notesText(child))
      continue
    }
    const level = headingLevel(child)
    if (level !== undefined && title === undefined) {
      title = trimRuns(inlineRuns(child.children))
      titleLevel = level
      continue
    }
    blocks.push(...blocksOf(child))
  }
  const color = stringProperty(section, 'dataBackgroundColor')
  const image = stringProperty(section, 'dataBackgroundImage')
  const line = Number(section.properties.dataSourceLine)
  return {
    index,
    layout,
    title,
    titleLevel,
    blocks,
    notes: notes.filter(Boolean).join('\n\n'),
    background: color || image ? { color, image } : undefined,
    line: Number.isInteger(line) && line > 0 ? line : undefined
  }
}

/** Blocks of one element of a slide's body. */
function blocksOf(element: Element): BlockModel[] {
  const names = classes(element)
  const level = headingLevel(element)
  if (level !== undefined) return [{ kind: 'paragraph', runs: inlineRuns(element.children), role: 'heading' }]
  switch (element.tagName) {
    case 'p': {
      const image = onlyImage(element)
      if (image) return [image]
      const role = (['kicker', 'subtitle', 'author', 'date'] as const).find((name) => names.includes(name)) ?? (names.includes('key-figure') ? 'figure' : undefined)
      const runs = inlineRuns(element.children)
      return runs.some((run) => run.text.trim()) ? [{ kind: 'paragraph', runs, role }] : []
    }
    case 'ul':
    case 'ol':
      return [{ kind: 'list', items: listItems(element, 0) }]
    case 'pre':
      return [codeBlock(element)]
    case 'table':
      return [tableBlock(element)]
    case 'blockquote':
      return [quoteBlock(element)]
    case 'figure': {
      const img = findElement(element, (node) => node.tagName === 'img')
      const caption = findElement(element, (node) => node.tagName === 'figcaption')
      if (img) return [imageBlock(img, caption ? toString(caption).trim() : undefined)]
      // A Mermaid diagram drawn at build time (inline SVG): a picture of it.
      const svg = findElement(element, (node) => node.tagName === 'svg')
      if (svg) return [svgBlock(svg, caption ? toString(caption).trim() : undefined)]
      return element.children.flatMap((child) => (child.type === 'element' ? blocksOf(child) : []))
    }
    case 'img':
      return [imageBlock(element)]
    case 'hr':
    case 'script':
    case 'style':
    case 'template':
      return []
    case 'video':
    case 'audio':
    case 'iframe': {
      const src = stringProperty(element, 'src')
      return [{ kind: 'paragraph', runs: [{ text: `[${element.tagName}] ${src ?? ''}`.trim(), link: src && /^https?:/i.test(src) ? src : undefined }] }]
    }
    case 'div':
    case 'section': {
      if (names.includes('layout-columns')) {
        const columns = element.children.filter((child): child is Element => child.type === 'element')
        return [{ kind: 'columns', columns: columns.map((column) => column.children.flatMap((child) => (child.type === 'element' ? blocksOf(child) : []))) }]
      }
      if (names.includes('footnotes')) {
        const items = element.children.flatMap((child) => (child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul') ? listItems(child, 0) : []))
        return items.map((item, index) => ({ kind: 'paragraph', runs: [{ text: `${index + 1}. ` }, ...item.runs], role: 'footnote' }))
      }
      if (names.includes('katex-display') || names.includes('math-display')) return [{ kind: 'paragraph', runs: [{ text: texOf(element), code: true }], role: 'math' }]
      return element.children.flatMap((child) => (child.type === 'element' ? blocksOf(child) : child.type === 'text' && child.value.trim() ? [{ kind: 'paragraph' as const, runs: [{ text: child.value.trim() }] }] : []))
    }
    case 'dl':
      return element.children.flatMap((child): BlockModel[] => {
        if (child.type !== 'element') return []
        const runs = inlineRuns(child.children)
        return [{ kind: 'paragraph', runs: child.tagName === 'dt' ? runs.map((run) => ({ ...run, bold: true })) : runs }]
      })
    default: {
      const runs = inlineRuns([element])
      return runs.some((run) => run.text.trim()) ? [{ kind: 'paragraph', runs }] : []
    }
  }
}

/** The items of a list and of the lists inside it, each at its level. */
function listItems(list: Element, level: number): ListItemModel[] {
  const items: ListItemModel[] = []
  const ordered = list.tagName === 'ol'
  for (const li of list.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue
    const inline: ElementContent[] = []
    const nested: Element[] = []
    for (const child of li.children) {
      if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) nested.push(child)
      else if (child.type === 'element' && child.tagName === 'p') {
        // A loose list item: its paragraphs run on, one line each.
        if (inline.some((node) => !(node.type === 'text' && node.value.trim() === ''))) inline.push({ type: 'element', tagName: 'br', properties: {}, children: [] })
        inline.push(...child.children)
      } else inline.push(child)
    }
    items.push({ runs: trimRuns(inlineRuns(inline)), level, ordered })
    for (const sub of nested) items.push(...listItems(sub, level + 1))
  }
  return items
}

function codeBlock(pre: Element): BlockModel {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code') ?? pre
  const language = classes(code).find((name) => name.startsWith('language-'))?.slice('language-'.length)
  const runs: TextRun[] = []
  const walk = (nodes: readonly ElementContent[], token: string | undefined): void => {
    for (const node of nodes) {
      if (node.type === 'text') runs.push({ text: node.value, token })
      else if (node.type === 'element') {
        const kind = classes(node).find((name) => name.startsWith('hljs-'))?.slice('hljs-'.length)
        walk(node.children, kind ?? token)
      }
    }
  }
  walk(code.children, undefined)
  // Split into lines; a listing's final newline is not a line of its own.
  const lines: TextRun[][] = [[]]
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([])
      if (part) lines[lines.length - 1]!.push({ text: part, token: run.token, code: true })
    })
  }
  while (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop()
  return { kind: 'code', lines, language }
}

function tableBlock(table: Element): BlockModel {
  const rows: TextRun[][][] = []
  let header = false
  const walk = (element: Element): void => {
    for (const child of element.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'tr') {
        const cells = child.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
        if (rows.length === 0 && cells.length > 0 && cells.every((cell) => cell.tagName === 'th')) header = true
        rows.push(cells.map((cell) => trimRuns(inlineRuns(cell.children))))
      } else walk(child)
    }
  }
  walk(table)
  return { kind: 'table', rows, header }
}

function quoteBlock(quote: Element): BlockModel {
  const paragraphs: TextRun[][] = []
  let attribution: string | undefined
  for (const child of quote.children) {
    if (child.type !== 'element') continue
    if (classes(child).includes('attribution')) attribution = toString(child).trim()
    else if (child.tagName === 'p') paragraphs.push(trimRuns(inlineRuns(child.children)))
    else paragraphs.push(...blocksOf(child).flatMap((block) => (block.kind === 'paragraph' ? [block.runs] : block.kind === 'list' ? block.items.map((item) => item.runs) : [])))
  }
  return { kind: 'quote', paragraphs: paragraphs.filter((runs) => runs.length > 0), attribution }
}

function imageBlock(img: Element, caption?: string): BlockModel {
  const alt = stringProperty(img, 'alt') ?? ''
  return { kind: 'image', src: stringProperty(img, 'src') ?? '', alt, caption: caption || undefined }
}

/** An inline SVG (a drawn diagram) as a picture: the SVG document as a `data:` URL, its label as the description. */
function svgBlock(svg: Element, caption?: string): BlockModel {
  const id = stringProperty(svg, 'id')
  const scoped = id ? new RegExp(`#${id.replace(/[^\w-]/g, '\\$&')}(?:\\s+|(?=[{.:,>\\[]))`, 'g') : undefined
  // Alone in its picture the SVG needs no scoping: `#mermaid-… .node rect` becomes `.node rect` (LibreOffice applies no rule that starts with an id).
  const unscope = (node: ElementContent): ElementContent =>
    node.type === 'element'
      ? { ...node, children: node.children.map(node.tagName === 'style' && scoped ? (child) => (child.type === 'text' ? { ...child, value: child.value.replace(scoped, (match) => (/^\S+\s/.test(match) ? '' : 'svg')) } : child) : unscope) }
      : node
  const standalone = unscope({ ...svg, properties: { xmlns: 'http://www.w3.org/2000/svg', ...svg.properties } })
  const document = toHtml(standalone, { space: 'svg', closeEmptyElements: true })
  const title = findElement(svg, (node) => node.tagName === 'title')
  const alt = stringProperty(svg, 'ariaLabel') ?? (title ? toString(title).trim() : '')
  return { kind: 'image', src: `data:image/svg+xml;base64,${Buffer.from(document).toString('base64')}`, alt: alt || 'Diagram', caption: caption || undefined }
}

/** A paragraph that holds only a picture (perhaps in a link) is a picture. */
function onlyImage(p: Element): BlockModel | undefined {
  const content = p.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  if (content.length !== 1 || content[0]!.type !== 'element') return undefined
  const only = content[0]
  const img = only.tagName === 'img' ? only : only.tagName === 'a' && only.children.length === 1 && only.children[0]!.type === 'element' && only.children[0].tagName === 'img' ? only.children[0] : undefined
  return img ? imageBlock(img) : undefined
}

/** Style inherited while reading inline content. */
type Style = Omit<TextRun, 'text' | 'break'>

/**
 * Inline content as styled runs: bold, italic, struck, code, links and line
 * breaks; math as its TeX source; pictures inline as their description.
 *
 * @param nodes Phrasing content.
 */
export function inlineRuns(nodes: readonly ElementContent[], style: Style = {}): TextRun[] {
  const runs: TextRun[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.value.replace(/\s+/g, ' ')
      if (text) runs.push({ ...style, text })
      continue
    }
    if (node.type !== 'element') continue
    const names = classes(node)
    if (names.includes('katex') || names.includes('math-inline') || names.includes('math-error')) {
      runs.push({ ...style, text: texOf(node), code: true })
      continue
    }
    switch (node.tagName) {
      case 'br':
        runs.push({ ...style, text: '', break: true })
        break
      case 'strong':
      case 'b':
        runs.push(...inlineRuns(node.children, { ...style, bold: true }))
        break
      case 'em':
      case 'i':
      case 'cite':
        runs.push(...inlineRuns(node.children, { ...style, italic: true }))
        break
      case 'sup':
        runs.push(...inlineRuns(node.children, { ...style, superscript: true }))
        break
      case 'del':
      case 's':
        runs.push(...inlineRuns(node.children, { ...style, strike: true }))
        break
      case 'code':
      case 'kbd':
      case 'samp':
        runs.push({ ...style, text: toString(node), code: true })
        break
      case 'a': {
        const href = stringProperty(node, 'href')
        runs.push(...inlineRuns(node.children, { ...style, link: href && /^(?:https?|mailto):/i.test(href) ? href : style.link }))
        break
      }
      case 'img': {
        const alt = stringProperty(node, 'alt')
        if (alt) runs.push({ ...style, text: alt, italic: true })
        break
      }
      case 'input':
        runs.push({ ...style, text: node.properties.checked ? '☑ ' : '☐ ' })
        break
      case 'aside':
      case 'script':
      case 'style':
        break
      default:
        runs.push(...inlineRuns(node.children, style))
    }
  }
  return mergeRuns(runs)
}

/** Join neighbouring runs of one style. */
function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (last && !run.break && sameStyle(last, run)) last.text += run.text
    else merged.push({ ...run })
  }
  return merged
}

function sameStyle(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.link === b.link && a.token === b.token && a.superscript === b.superscript
}

/** Runs without white space at either end. */
function trimRuns(runs: TextRun[]): TextRun[] {
  const out = runs.map((run) => ({ ...run }))
  while (out.length > 0 && !out[0]!.break && out[0]!.text.trim() === '') out.shift()
  while (out.length > 0 && !out[out.length - 1]!.break && out[out.length - 1]!.text.trim() === '') out.pop()
  if (out[0]) out[0].text = out[0].text.trimStart()
  if (out.length > 0) out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd()
  return out
}

/** Speaker notes as plain text: paragraphs, list items with `- ` or numbers. */
function notesText(aside: Element): string {
  const parts: string[] = []
  const walk = (element: Element): void => {
    for (const child of element.children) {
      if (child.type === 'text') {
        if (child.value.trim()) parts.push(child.value.trim())
        continue
      }
      if (child.type !== 'element') continue
      if (child.tagName === 'ul' || child.tagName === 'ol') {
        for (const item of listItems(child, 0)) {
          parts.push(`${'  '.repeat(item.level)}${item.ordered ? '•' : '-'} ${plain(item.runs)}`)
        }
      } else if (child.tagName === 'pre') parts.push(toString(child).replace(/\n$/, ''))
      else if (['p', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'td', 'th'].includes(child.tagName) && !child.children.some((node) => node.type === 'element' && ['p', 'ul', 'ol', 'pre'].includes(node.tagName))) {
        parts.push(plain(inlineRuns(child.children)).trim())
      } else walk(child)
    }
  }
  walk(aside)
  return parts.filter(Boolean).join('\n\n')
}

/**
 * The plain text of runs.
 *
 * @param runs Styled runs.
 */
export function plain(runs: readonly TextRun[]): string {
  return runs.map((run) => (run.break ? `\n${run.text}` : run.text)).join('')
}

/** The TeX source of rendered math (Lectern puts it in the formula's `aria-label`; KaTeX's MathML in an annotation), else its text. */
function texOf(element: Element): string {
  const labelled = typeof element.properties.ariaLabel === 'string' ? element : findElement(element, (node) => typeof node.properties.ariaLabel === 'string')
  if (labelled) return String(labelled.properties.ariaLabel).trim()
  const annotation = findElement(element, (node) => node.tagName === 'annotation')
  return (annotation ? toString(annotation) : toString(element)).trim()
}

function headingLevel(element: Element): number | undefined {
  const match = /^h([1-6])$/.exec(element.tagName)
  return match ? Number(match[1]) : undefined
}

function classes(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? String(value).split(/\s+/) : []
}

function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }
  return undefined
}
