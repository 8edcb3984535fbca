/**
 * How tall a slide face is in a theme's box model (`slide-metrics.ts`):
 * every block of the face (headings, paragraphs, lists, code, tables, quotes,
 * images, raw HTML) as a box whose lines wrap as the browser wraps them
 * (`text-wrap.ts`), stacked with collapsing margins as in CSS, and the
 * footnotes the face cites at the bottom; and a title slide's height.
 */
import type { BlockContent, Code, FootnoteDefinition, Heading, List, ListItem, PhrasingContent, RootContent, Table, TableRow } from 'mdast'
import { isMermaidCode } from '../mermaid/mermaid-blocks.js'
import type { Block, Items, SlideMetrics } from './slide-metrics.js'
import { charWidth, lineCount, runsOf, scaledText, widthSafety, type Run, type TextStyle } from './text-wrap.js'
import { columnNarrowing, isColumnList } from './list-columns.js'
import { cardGeometry, cardsHeight, isCardList } from './list-cards.js'


/** One block on the face: its height and its top and bottom margins, in px. */
interface Box {
  height: number
  marginTop: number
  marginBottom: number
}

function lines(metrics: SlideMetrics, runs: readonly Run[], width: number): number {
  return lineCount(runs, width / metrics.widthFactor)
}

function headingBox(metrics: SlideMetrics, node: Heading): Box {
  const { text, extra, marginTop, marginBottom, width } = metrics.model.headings[Math.min(4, Math.max(1, node.depth)) as 1 | 2 | 3 | 4]
  const count = lines(metrics, runsOf(node, text), width)
  return { height: count * text.lineHeight + extra, marginTop, marginBottom }
}

/**
 * Height of a list: the first one-line item, each further item's pitch, and
 * what longer items add (more lines, more paragraphs, nested lists, other
 * blocks). `depth` 0 is a list on the slide, 1 a list inside an item…
 */
function listHeight(metrics: SlideMetrics, node: List, depth: number, inLooseItem = false, inLastItem = true): number {
  const { tight, loose, nested: nestedItems, looseNested, orderedWidth } = metrics.model.list
  const isLoose = node.spread === true || node.children.some((item) => item.spread === true)
  const top = isLoose ? loose : tight
  // A nested list is measured one level deep; deeper ones shrink as that one does.
  const ratio = nestedItems.text.size / tight.text.size
  const factor = depth === 0 ? 1 : Math.pow(ratio, depth - 1)
  // A loose nested list: its items' paragraphs add what they add at the top, at the nested size.
  const looseFirst = isLoose ? Math.max(0, loose.first - tight.first) * ratio * factor : 0
  const loosePitch = isLoose ? Math.max(0, loose.pitch - tight.pitch) * ratio * factor : 0
  const items: Omit<Items, 'text'> & { text: TextStyle } =
    depth === 0
      ? top
      : {
          ...nestedItems,
          text: scaledText(nestedItems.text, factor),
          // After a loose item's paragraph, the paragraph's margin sits above the nested list.
          first: (inLooseItem && depth === 1 ? Math.max(inLastItem ? looseNested.last : looseNested.inner, nestedItems.first) : nestedItems.first * factor) + looseFirst,
          pitch: nestedItems.pitch * factor + loosePitch,
          paragraphGap: Math.max(0, loose.paragraphGap) * ratio * factor
        }
  const indent = tight.width - nestedItems.width
  let width = depth === 0 ? (node.ordered ? orderedWidth - tight.width + top.width : top.width) : nestedItems.width - indent * ((1 - Math.pow(ratio, depth - 1)) / Math.max(1e-6, 1 - ratio))
  width = Math.max(width, 4 * items.text.size)
  let height = items.first + Math.max(0, node.children.length - 1) * items.pitch
  node.children.forEach((item, index) => {
    height += itemExtra(metrics, item, items, width, depth, isLoose, index === node.children.length - 1)
  })
  return height
}

/** What an item adds beyond one line of text. */
function itemExtra(metrics: SlideMetrics, item: ListItem, items: Omit<Items, 'text'> & { text: TextStyle }, width: number, depth: number, loose: boolean, last: boolean): number {
  let extra = 0
  let paragraphs = 0
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      const count = lines(metrics, runsOf(child, items.text), width)
      extra += (count - 1) * items.text.lineHeight
      if (paragraphs > 0) extra += items.text.lineHeight + Math.max(0, items.paragraphGap)
      paragraphs++
    } else if (child.type === 'list') {
      extra += listHeight(metrics, child, depth + 1, loose, last)
    } else {
      const box = blockBox(metrics, child)
      extra += box.height + box.marginTop + box.marginBottom
    }
  }
  // An item with no paragraph still takes its first line.
  return extra
}

function listBox(metrics: SlideMetrics, node: List): Box {
  const { tight, loose } = metrics.model.list
  const items = node.spread === true || node.children.some((item) => item.spread === true) ? loose : tight
  // A list in two columns (`list-columns.ts`): as tall as its first column's items, laid out at a column's width.
  // Cards (`list-cards.ts`): their rows, under the room the row keeps above it.
  if (isCardList(node)) return { height: cardsHeight(node, metrics, items.text), marginTop: cardGeometry.above * items.text.size, marginBottom: 0 }
  if (isColumnList(node)) {
    const first = { ...node, children: node.children.slice(0, Math.ceil(node.children.length / 2)) }
    return { height: listHeight({ ...metrics, widthFactor: metrics.widthFactor * columnNarrowing }, first, 0), marginTop: items.marginTop, marginBottom: items.marginBottom }
  }
  return { height: listHeight(metrics, node, 0), marginTop: items.marginTop, marginBottom: items.marginBottom }
}

/**
 * A code line whose indentation takes room: `pre-wrap` keeps leading spaces (a tab is two, the
 * browser's `tab-size` in lectern.css), and the wrapping model drops them at a line's start, so
 * they are written as letters of the same width (the font is monospaced).
 */
function indentAsText(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0]
  return 'x'.repeat(indent.replace(/\t/g, '  ').length) + line.slice(indent.length)
}

function codeBox(metrics: SlideMetrics, node: Code): Box {
  const { code, image } = metrics.model
  // A Mermaid diagram is drawn to a picture no taller than an image may be (lectern.css), and counted as one.
  if (isMermaidCode(node)) return { height: image.maxHeight + image.extra, marginTop: image.marginTop, marginBottom: image.marginBottom }
  const natural = codeLines(node, metrics) * code.text.lineHeight + code.extra
  return { height: code.maxHeight < 0 ? natural : Math.min(code.maxHeight, natural), marginTop: code.marginTop, marginBottom: code.marginBottom }
}

/**
 * Lines a listing takes on the slide, its long lines wrapped (lectern.css:
 * `white-space: pre-wrap`) inside the block's padding of 1em a side.
 *
 * @param node A code block.
 * @param metrics From {@link slideMetrics}.
 */
export function codeLines(node: Code, metrics: SlideMetrics): number {
  return codeLineCounts(node, metrics).reduce((sum, count) => sum + count, 0)
}

/**
 * Lines each line of a listing takes on the slide (1, or more where it wraps).
 *
 * @param node A code block.
 * @param metrics From {@link slideMetrics}.
 */
export function codeLineCounts(node: Code, metrics: SlideMetrics): number[] {
  const { code } = metrics.model
  const available = Math.max(1, metrics.contentWidth / metrics.widthFactor - 2 * code.text.size)
  let wrapped = lineCountsSeen.get(metrics)
  if (!wrapped) lineCountsSeen.set(metrics, (wrapped = new Map()))
  return node.value.split('\n').map((line) => {
    if (line.trim() === '') return 1
    let count = wrapped.get(line)
    if (count === undefined) {
      count = lineCount([{ text: indentAsText(line.trimEnd()), font: code.text.font, size: code.text.size, letterSpacing: code.text.letterSpacing, pre: true }], available)
      wrapped.set(line, count)
    }
    return count
  })
}

/** The lines each code line takes, per deck's metrics (pagination asks again for every part of a listing it tries). */
const lineCountsSeen = new WeakMap<SlideMetrics, Map<string, number>>()

/**
 * Most code lines one block shows without scrolling (a PDF cuts what scrolls),
 * and never more than a slide holds.
 *
 * @param metrics From {@link slideMetrics}.
 */
export function maxCodeLines(metrics: SlideMetrics): number {
  const { code } = metrics.model
  const tallest = code.maxHeight < 0 ? metrics.contentHeight : Math.min(code.maxHeight, metrics.contentHeight)
  return Math.max(3, Math.floor((tallest - code.extra) / code.text.lineHeight))
}

function tableBox(metrics: SlideMetrics, node: Table): Box {
  const { table } = metrics.model
  const rows = node.children
  const columns = Math.max(...rows.map((row) => row.children.length))
  const padding = (column: number): number => (column < columns - 1 ? table.paddingInner : table.paddingLast)
  const textOf = (index: number): TextStyle => (index === 0 ? table.header.text : table.cell.text)
  const widthOf = (row: TableRow, column: number, text: TextStyle): { min: number; max: number } => {
    const cell = row.children[column]
    if (!cell) return { min: 0, max: 0 }
    const runs = runsOf(cell, text)
    const width = (part: readonly Run[]): number =>
      part.reduce((sum, run) => sum + [...(run.upper ? run.text.toUpperCase() : run.text)].reduce((total, char) => total + (charWidth(run.font, char) * run.size + run.letterSpacing) * widthSafety, 0), 0)
    const words = runs.flatMap((run) => run.text.split(/\s+/).filter(Boolean).map((word) => ({ ...run, text: word })))
    return { min: Math.max(0, ...words.map((word) => width([word]))), max: width(runs) }
  }
  const min: number[] = []
  const max: number[] = []
  for (let column = 0; column < columns; column++) {
    min.push(Math.max(...rows.map((row, index) => widthOf(row, column, textOf(index)).min)) + padding(column))
    max.push(Math.max(...rows.map((row, index) => widthOf(row, column, textOf(index)).max)) + padding(column))
  }
  const available = metrics.contentWidth / metrics.widthFactor
  const sumMin = min.reduce((a, b) => a + b, 0)
  const sumMax = max.reduce((a, b) => a + b, 0)
  const widths = sumMax <= available ? max : min.map((low, column) => low + ((max[column]! - low) * Math.max(0, available - sumMin)) / Math.max(1, sumMax - sumMin))
  let height = 0
  rows.forEach((row, index) => {
    const { text, extra } = index === 0 ? table.header : table.cell
    const count = Math.max(1, ...row.children.map((cell, column) => lineCount(runsOf(cell, text), Math.max(1, widths[column]! - padding(column)) + 0.5)))
    height += count * text.lineHeight + extra
  })
  return { height, marginTop: table.marginTop, marginBottom: table.marginBottom }
}

function quoteBox(metrics: SlideMetrics, node: BlockContent & { type: 'blockquote' }): Box {
  const { quote } = metrics.model
  let height = quote.extra
  let paragraphs = 0
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      if (paragraphs > 0) height += Math.max(0, quote.paragraphGap)
      height += lines(metrics, runsOf(child, quote.text), quote.width) * quote.text.lineHeight
      paragraphs++
    } else {
      const box = blockBox(metrics, child)
      height += box.height + box.marginTop + box.marginBottom
    }
  }
  // An empty quote still has its line.
  if (paragraphs === 0) height += quote.text.lineHeight
  return { height, marginTop: quote.marginTop, marginBottom: quote.marginBottom }
}

/** Raw HTML: its text as paragraph text, and a line more for what its markup adds; three lines at least. */
function htmlBox(metrics: SlideMetrics, value: string): Box {
  const { paragraph } = metrics.model
  const text = value.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, 'x')
  const count = text.trim() === '' ? 1 : lines(metrics, [{ text, font: paragraph.text.font, size: paragraph.text.size, letterSpacing: paragraph.text.letterSpacing }], paragraph.width)
  return { height: Math.max(3, count + 1) * paragraph.text.lineHeight, marginTop: paragraph.marginTop, marginBottom: paragraph.marginBottom }
}

function hasFootnoteMark(node: RootContent | PhrasingContent): boolean {
  if (node.type === 'footnoteReference') return true
  return 'children' in node && (node.children as PhrasingContent[]).some(hasFootnoteMark)
}

function blockBox(metrics: SlideMetrics, node: RootContent): Box {
  const { model } = metrics
  switch (node.type) {
    case 'heading':
      return headingBox(metrics, node)
    case 'paragraph': {
      const { paragraph, image } = model
      if (isImage(node)) {
        const images = node.children.filter((child) => child.type === 'image' || child.type === 'imageReference').length
        return { height: images * (image.maxHeight + image.extra), marginTop: image.marginTop, marginBottom: image.marginBottom }
      }
      const count = lines(metrics, runsOf(node, paragraph.text), paragraph.width)
      const mark = hasFootnoteMark(node) ? paragraph.superscriptExtra : 0
      return { height: count * paragraph.text.lineHeight + paragraph.extra + mark, marginTop: paragraph.marginTop, marginBottom: paragraph.marginBottom }
    }
    case 'list':
      return listBox(metrics, node)
    case 'code':
      return codeBox(metrics, node)
    case 'table':
      return tableBox(metrics, node)
    case 'blockquote':
      return quoteBox(metrics, node)
    case 'thematicBreak':
      return model.rule
    case 'html':
      return /^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? { height: 0, marginTop: 0, marginBottom: 0 } : htmlBox(metrics, node.value)
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return { height: 0, marginTop: 0, marginBottom: 0 }
    case 'math': {
      // A display formula: its KaTeX height (set by remarkMathHeight), with katex-display's margins of 1em above and below.
      const size = model.paragraph.text.size
      const heightEm = (node.data as { heightEm?: number } | undefined)?.heightEm
      if (heightEm !== undefined) return { height: Math.max(heightEm * size, model.paragraph.text.lineHeight), marginTop: size, marginBottom: size }
      break
    }
  }
  return { height: model.paragraph.text.lineHeight * 2, marginTop: model.paragraph.marginTop, marginBottom: model.paragraph.marginBottom }
}

/**
 * The footnotes block a face shows at its bottom: one item per footnote it
 * cites, each as long as its definition (when the face holds it) or two lines.
 */
function footnotesBox(metrics: SlideMetrics, nodes: readonly RootContent[]): Box | undefined {
  const cited: string[] = []
  const definitions = new Map<string, FootnoteDefinition>()
  const walk = (node: RootContent | PhrasingContent | ListItem): void => {
    if (node.type === 'footnoteReference' && !cited.includes(node.identifier)) cited.push(node.identifier)
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node)
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child)
  }
  for (const node of nodes) walk(node)
  if (cited.length === 0) return undefined
  const { footnotes } = metrics.model
  let height = footnotes.first + (cited.length - 1) * footnotes.pitch
  for (const identifier of cited) {
    const definition = definitions.get(identifier)
    const paragraphs = definition?.children.filter((child) => child.type === 'paragraph') ?? []
    if (paragraphs.length === 0) {
      height += footnotes.text.lineHeight
      continue
    }
    paragraphs.forEach((paragraph, index) => {
      height += (lines(metrics, runsOf(paragraph, footnotes.text), footnotes.width) - (index === 0 ? 1 : 0)) * footnotes.text.lineHeight
      if (index > 0) height += footnotes.paragraphGap
    })
  }
  return { height, marginTop: footnotes.marginTop, marginBottom: footnotes.marginBottom }
}

/** Total height of boxes stacked with collapsing margins, the first top and last bottom margins included. */
function stack(boxes: readonly Box[]): number {
  let total = 0
  let previous = 0
  let first = true
  for (const box of boxes) {
    if (box.height === 0 && box.marginTop === 0 && box.marginBottom === 0) continue
    total += first ? box.marginTop : Math.max(previous, box.marginTop)
    total += box.height
    previous = box.marginBottom
    first = false
  }
  return total + previous
}

/**
 * Height, in px, that a slide face takes: its heading and blocks laid out
 * with the theme's box model, margins collapsing as in CSS, and the
 * footnotes it cites at the bottom.
 *
 * @param nodes The face, heading first.
 * @param metrics From {@link slideMetrics}.
 */
export function faceHeight(nodes: readonly RootContent[], metrics: SlideMetrics): number {
  const boxes = nodes.map((node) => blockBox(metrics, node))
  const footnotes = footnotesBox(metrics, nodes)
  return stack(footnotes ? [...boxes, footnotes] : boxes)
}

/**
 * Height, in px, of a face whose blocks after its opening heading are drawn
 * with CSS `zoom` at a scale (as `lectern.css` grows or shrinks a slide): the
 * heading at full size, the rest laid out at the scale, their margins scaled
 * too, and the heading's bottom margin collapsing with the first zoomed
 * block's top margin as the browser collapses them.
 *
 * @param nodes The face, heading first.
 * @param metrics From {@link slideMetrics}.
 * @param zoomed The same model for text taken `scale` times as wide (`widthFactor` times `scale`).
 * @param scale The zoom of every block but the opening heading.
 */
export function zoomedFaceHeight(nodes: readonly RootContent[], metrics: SlideMetrics, zoomed: SlideMetrics, scale: number): number {
  const kept = nodes[0]?.type === 'heading' ? 1 : 0
  const footnotes = footnotesBox(zoomed, nodes)
  const body = [...nodes.slice(kept).map((node) => blockBox(zoomed, node)), ...(footnotes ? [footnotes] : [])].map((box) => ({ height: box.height * scale, marginTop: box.marginTop * scale, marginBottom: box.marginBottom * scale }))
  return stack([...nodes.slice(0, kept).map((node) => blockBox(metrics, node)), ...body])
}

/** What is on a title slide. */
export interface TitleFace {
  kicker?: string | undefined
  title: string
  subtitle?: string | undefined
  /** Author and date lines. */
  meta: number
  /** Their text, when known: a long author list wraps (else each counts as one line). */
  metaLines?: readonly string[] | undefined
}

/**
 * Height, in px, of a title slide, the larger of its two renderings: styled
 * as `.title-slide`, and as plain headings and paragraphs (when a sanitiser
 * has removed the class).
 *
 * @param face Kicker, title, subtitle and the author/date lines (their number, or their text).
 * @param metrics From {@link slideMetrics}.
 */
export function titleHeight(face: TitleFace, metrics: SlideMetrics): number {
  const { title, paragraph, headings } = metrics.model
  const text = (value: string, style: TextStyle): Run[] => [{ text: value, font: style.font, size: style.size, letterSpacing: style.letterSpacing, upper: style.upper }]
  const box = (value: string, part: Block): Box => ({ height: lines(metrics, text(value, part.text), part.width) * part.text.lineHeight + part.extra, marginTop: part.marginTop, marginBottom: part.marginBottom })
  const styled: Box[] = []
  const plain: Box[] = []
  const parts: Array<[string | undefined, Block, Block]> = [
    [face.kicker, title.kicker, paragraph],
    [face.title, title.h1, headings[1]],
    [face.subtitle, title.subtitle, paragraph],
    ...Array.from({ length: Math.max(face.meta, face.metaLines?.length ?? 0) }, (_, index): [string, Block, Block] => [face.metaLines?.[index] || 'x', title.meta, paragraph])
  ]
  for (const [value, styledPart, plainPart] of parts) {
    if (value === undefined || value === '') continue
    styled.push(box(value, styledPart))
    plain.push(box(value, plainPart))
  }
  return Math.max(stack(styled), stack(plain))
}

/** Whether a paragraph holds only an image. */
export function isImage(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length > 0 && node.children.every((child) => child.type === 'image' || child.type === 'imageReference' || (child.type === 'text' && child.value.trim() === ''))
}
