/**
 * The body of a slide as PowerPoint blocks: paragraphs (with their roles),
 * lists with their levels, code with its tokens, tables, quotes, pictures
 * (a drawn diagram's SVG as a picture), columns; and speaker notes as text.
 */
import type { Element, ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { toString } from 'hast-util-to-string'
import { classes, findElement, headingLevel, stringProperty, texOf } from './hast-elements.js'
import { inlineRuns, plain, trimRuns } from './inline-runs.js'
import type { BlockModel, ListItemModel, TextRun } from './slide-model-types.js'

/** Blocks of one element of a slide's body. */
export function blocksOf(element: Element): BlockModel[] {
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

/** A code listing as lines of runs, each with its highlight.js token kind. */
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

/** A table as rows of cells of runs; `header` when its first row is all `th`. */
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

/** A quote as paragraphs of runs and its attribution. */
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

/** A picture: its source, description and caption. */
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

/** Speaker notes as plain text: paragraphs, list items with `- ` or numbers. */
export function notesText(aside: Element): string {
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
