/**
 * The slide box model of article mode: how tall a slide face is in each
 * Lectern theme at the deck's size, measured in Chromium (reveal's print
 * view, 1280×720): font sizes, line heights and margins of headings,
 * paragraphs, lists, code, tables, quotes and images, and the average
 * advance of each kind of character in the theme's fonts, so a line of text
 * wraps the way the browser wraps it. `lectern check` and the article tests
 * verify it.
 */
import type { BlockContent, Code, Heading, List, ListItem, PhrasingContent, RootContent, Table, TableRow } from 'mdast'
import type { DeckConfig } from '../types.js'

// ── Fonts ────────────────────────────────────────────────────────────────────

/**
 * Average advance, in em, of each kind of character in one font, measured
 * with `CanvasRenderingContext2D.measureText` in Chromium and weighted by
 * English article text. Wrapping with these is within ±6% of the browser.
 */
interface FontWidths {
  space: number
  /** `i j l I t f r . , ; : ' " ! | ( ) [ ] - /` */
  narrow: number
  lower: number
  /** `m w M W` */
  wide: number
  upper: number
  digit: number
  other: number
}

const inter400: FontWidths = { space: 0.281, narrow: 0.311, lower: 0.58, wide: 0.866, upper: 0.67, digit: 0.578, other: 0.6 }
const inter600: FontWidths = { space: 0.252, narrow: 0.334, lower: 0.595, wide: 0.889, upper: 0.681, digit: 0.596, other: 0.62 }
const inter800: FontWidths = { space: 0.219, narrow: 0.358, lower: 0.611, wide: 0.916, upper: 0.695, digit: 0.617, other: 0.64 }
const grotesk700: FontWidths = { space: 0.254, narrow: 0.365, lower: 0.593, wide: 0.833, upper: 0.62, digit: 0.583, other: 0.62 }
const serif400: FontWidths = { space: 0.237, narrow: 0.366, lower: 0.567, wide: 0.914, upper: 0.661, digit: 0.529, other: 0.6 }
const serif600: FontWidths = { space: 0.228, narrow: 0.376, lower: 0.577, wide: 0.924, upper: 0.669, digit: 0.547, other: 0.62 }
const mono: FontWidths = { space: 0.6, narrow: 0.6, lower: 0.6, wide: 0.6, upper: 0.6, digit: 0.6, other: 0.6 }

/** Widths are multiplied by this: the class model's error is about 1.2% (sd), its worst line 6%. */
const widthSafety = 1.04

function charWidth(font: FontWidths, char: string): number {
  if (char === ' ') return font.space
  if (/[ijlItfr.,;:'"!|()[\]\-/’‘“”]/.test(char)) return font.narrow
  if (/[mwMW—]/.test(char)) return font.wide
  if (/[A-Z]/.test(char)) return font.upper
  if (/[0-9]/.test(char)) return font.digit
  if (/[a-z]/.test(char)) return font.lower
  return /\p{Lu}/u.test(char) ? font.upper : /\p{Ll}/u.test(char) ? font.lower : font.other
}

/** A run of text in one style: font, size (px), letter spacing (px) and case. */
interface Run {
  text: string
  font: FontWidths
  size: number
  letterSpacing: number
  upper?: boolean | undefined
}

/** A text style of the slide. */
interface TextStyle {
  font: FontWidths
  /** Font for `strong` text. */
  bold: FontWidths
  /** Font size in px. */
  size: number
  /** Line height in px. */
  lineHeight: number
  /** Letter spacing in px. */
  letterSpacing: number
  upper?: boolean | undefined
}

/**
 * Number of lines `runs` take in a box `width` px wide: greedy wrapping at
 * spaces, a word wider than the line broken where it must.
 */
function lineCount(runs: readonly Run[], width: number): number {
  let lines = 1
  let used = 0
  let word = 0
  let pendingSpace = 0
  const flushWord = (): void => {
    if (word === 0) return
    if (used > 0 && used + pendingSpace + word > width) {
      lines++
      used = 0
    } else if (used > 0) {
      used += pendingSpace
    }
    while (word > width) {
      // A word longer than the line is broken (`overflow-wrap: break-word`).
      word -= width
      lines++
    }
    used += word
    word = 0
    pendingSpace = 0
  }
  for (const run of runs) {
    const text = run.upper ? run.text.toUpperCase() : run.text
    for (const char of text) {
      const advance = (charWidth(run.font, char) * run.size + run.letterSpacing) * widthSafety
      if (/\s/.test(char)) {
        flushWord()
        if (used > 0) pendingSpace = advance
      } else {
        word += advance
      }
    }
  }
  flushWord()
  return lines
}

/** The runs of a node's text: `strong` in the bold font, inline code in the code font. */
function runsOf(node: RootContent | PhrasingContent, style: TextStyle, codeSize: number): Run[] {
  const runs: Run[] = []
  const visit = (current: RootContent | PhrasingContent, bold: boolean): void => {
    if (current.type === 'text') runs.push({ text: current.value, font: bold ? style.bold : style.font, size: style.size, letterSpacing: style.letterSpacing, upper: style.upper })
    else if (current.type === 'inlineCode') runs.push({ text: current.value, font: mono, size: codeSize, letterSpacing: 0 })
    else if (current.type === 'break') runs.push({ text: '\n'.padEnd(200, ' '), font: style.font, size: style.size, letterSpacing: 0 })
    else if (current.type === 'image' || current.type === 'imageReference') runs.push({ text: 'xxxxxxxx', font: style.font, size: style.size, letterSpacing: 0 })
    else if ('children' in current) for (const child of current.children as PhrasingContent[]) visit(child, bold || current.type === 'strong' || current.type === 'tableCell')
    else if ('value' in current && typeof current.value === 'string') runs.push({ text: current.value, font: style.font, size: style.size, letterSpacing: style.letterSpacing })
  }
  visit(node, false)
  return runs
}

// ── Theme box models ─────────────────────────────────────────────────────────

/** The measured box model of a theme's slide. Lengths in px at 1280×720 and the theme's default font size. */
interface ThemeModel {
  /** Padding left and right of the slide. */
  inset: number
  /** `h1`…`h3` (deeper headings use `h3`): text, margin below, padding and border below. */
  headings: Record<1 | 2 | 3, { text: TextStyle; marginBottom: number; extra: number }>
  paragraph: { text: TextStyle; margin: number }
  list: {
    text: TextStyle
    /** Indent of the item text (list margin plus item padding). */
    indent: number
    itemGap: number
    margin: number
    /** Extra height of every item (a taller line box from the marker's font). */
    itemExtra: number
  }
  code: { size: number; lineHeight: number; padding: number; inlineSize: number; margin: number; maxHeight: number; insetX: number }
  table: { cell: TextStyle; header: TextStyle; cellPadding: number; paddingRight: number; headerPadding: number; margin: number }
  quote: { text: TextStyle; lineHeight: number; widthFactor: number; padding: number; paragraphMargin: number; margin: number }
  /** Largest height of an image (60vh of the slide), its margins and the line box around it. */
  image: { maxHeight: number; extra: number; margin: number }
  /** The title slide, as the theme styles `.title-slide`. */
  title: {
    kicker: { text: TextStyle; extra: number; marginBottom: number }
    h1: { text: TextStyle; widthFactor: number; marginBottom: number }
    subtitle: { text: TextStyle; widthFactor: number; marginBottom: number }
    meta: { lineHeight: number; margin: number }
  }
}

function style(font: FontWidths, bold: FontWidths, size: number, lineHeight: number, letterSpacing = 0, upper = false): TextStyle {
  return { font, bold, size, lineHeight: size * lineHeight, letterSpacing: size * letterSpacing, upper }
}

/** `lectern`: Inter 36px body, Inter 800 headings. */
const lecternModel: ThemeModel = {
  inset: 48,
  headings: {
    1: { text: style(inter800, inter800, 82.8, 1.12, -0.025), marginBottom: 45.54, extra: 0 },
    2: { text: style(inter800, inter800, 52.2, 1.12, -0.025), marginBottom: 28.71, extra: 0 },
    3: { text: style(inter600, inter600, 39.6, 1.12, -0.01), marginBottom: 21.78, extra: 0 }
  },
  paragraph: { text: style(inter400, inter600, 36, 1.4), margin: 21.6 },
  list: { text: style(inter400, inter600, 36, 1.35), indent: 50.4, itemGap: 10.8, margin: 21.6, itemExtra: 0 },
  code: { size: 20.88, lineHeight: 32.364, padding: 39.6, inlineSize: 30.96, margin: 12.53, maxHeight: 520, insetX: 52 },
  table: { cell: style(inter400, inter600, 28.08, 1.4), header: style(inter600, inter600, 22.464, 1.4, 0.06, true), cellPadding: 24.6, paddingRight: 30.89, headerPadding: 20.9, margin: 16.85 },
  quote: { text: style(inter600, inter600, 46.8, 1.4, -0.02), lineHeight: 65.52, widthFactor: 0.85, padding: 14.04, paragraphMargin: 14.04, margin: 28.08 },
  image: { maxHeight: 432, extra: 12.4, margin: 21.6 },
  title: {
    kicker: { text: style(inter600, inter600, 21.6, 1.4, 0.12, true), extra: 24.2, marginBottom: 12.96 },
    h1: { text: style(inter800, inter800, 82.8, 1.04, -0.025), widthFactor: 0.92, marginBottom: 24.84 },
    subtitle: { text: style(inter400, inter600, 32.4, 1.35), widthFactor: 0.8, marginBottom: 32.4 },
    meta: { lineHeight: 37.8, margin: 5.04 }
  }
}

/** `lectern-night`: Inter 36px body, Space Grotesk 700 headings. */
const nightModel: ThemeModel = {
  ...lecternModel,
  headings: {
    1: { text: style(grotesk700, grotesk700, 86.4, 1.1, -0.02), marginBottom: 47.52, extra: 0 },
    2: { text: style(grotesk700, grotesk700, 54, 1.1, -0.02), marginBottom: 29.7, extra: 0 },
    3: { text: style(grotesk700, grotesk700, 39.6, 1.1, -0.01), marginBottom: 21.78, extra: 0 }
  },
  title: {
    ...lecternModel.title,
    kicker: { text: style(grotesk700, grotesk700, 21.6, 1.4, 0.12, true), extra: 24.2, marginBottom: 12.96 },
    h1: { text: style(grotesk700, grotesk700, 93.6, 1.04, -0.02), widthFactor: 0.92, marginBottom: 28.08 }
  }
}

/** `lectern-paper`: Source Serif 4 38px body and headings, Inter labels. */
const paperModel: ThemeModel = {
  inset: 56,
  headings: {
    1: { text: style(serif600, serif600, 83.6, 1.12, -0.012), marginBottom: 41.8, extra: 18.5 },
    2: { text: style(serif600, serif600, 53.2, 1.12, -0.012), marginBottom: 26.6, extra: 12.7 },
    3: { text: style(serif600, serif600, 41.8, 1.12, -0.01), marginBottom: 20.9, extra: 0 }
  },
  paragraph: { text: style(serif400, serif600, 38, 1.4), margin: 22.8 },
  list: { text: style(serif400, serif600, 38, 1.35), indent: 53.2, itemGap: 11.4, margin: 22.8, itemExtra: 1.0 },
  code: { size: 20.52, lineHeight: 31.806, padding: 38.9, inlineSize: 32.7, margin: 12.31, maxHeight: 520, insetX: 51 },
  table: { cell: style(serif400, serif600, 29.64, 1.4), header: style(inter600, inter600, 21.34, 1.4, 0.06, true), cellPadding: 25.9, paddingRight: 32.6, headerPadding: 19.9, margin: 17.78 },
  quote: { text: style(serif400, serif600, 49.4, 1.4), lineHeight: 69.16, widthFactor: 0.8, padding: 0, paragraphMargin: 14.82, margin: 29.64 },
  image: { maxHeight: 432, extra: 13.2, margin: 22.8 },
  title: {
    kicker: { text: style(inter600, inter600, 22.8, 1.4, 0.12, true), extra: 21.5, marginBottom: 13.68 },
    h1: { text: style(serif600, serif600, 83.6, 1.04, -0.012), widthFactor: 0.92, marginBottom: 25.08 },
    subtitle: { text: style(serif400, serif600, 34.2, 1.35), widthFactor: 0.8, marginBottom: 34.2 },
    meta: { lineHeight: 39.9, margin: 5.32 }
  }
}

/** Models of the themes Lectern ships, by name. */
const themeModels: Readonly<Record<string, ThemeModel>> = {
  lectern: lecternModel,
  'lectern-night': nightModel,
  'lectern-paper': paperModel
}

/** Default body size of each built-in theme, which `themeVariables.baseFontSize` scales from. */
const defaultBodySize: Readonly<Record<string, number>> = { lectern: 36, 'lectern-night': 36, 'lectern-paper': 38 }

/** Room left free at the bottom of every slide, in px, for rounding and font hinting. */
const bottomSafety = 12

/** What {@link slideMetrics} returns: a theme's box model settled for one deck. */
export interface SlideMetrics {
  /** Canvas width and height in px. */
  width: number
  height: number
  /** Width of the slide's content box in px. */
  contentWidth: number
  /** Height content may take in px. */
  contentHeight: number
  /** The theme's box model, scaled to the deck's font size. */
  model: ThemeModel
  /** Extra factor on text widths (fonts the model does not know). */
  widthFactor: number
}

/**
 * The slide box model for a deck: its theme's (or, for other themes, a
 * cautious one with a 42px body, the size of reveal.js's own themes), scaled
 * to the deck's `baseFontSize` and canvas.
 *
 * @param config The deck configuration (`theme`, `width`, `height`, `themeVariables`).
 */
export function slideMetrics(config: Pick<DeckConfig, 'theme' | 'width' | 'height' | 'themeVariables'>): SlideMetrics {
  const known = themeModels[config.theme]
  const base = known ? defaultBodySize[config.theme]! : 36
  const variables = config.themeVariables ?? {}
  const requested = Number.parseFloat(String(variables['baseFontSize'] ?? ''))
  const body = Number.isFinite(requested) && requested > 0 ? requested : known ? base : 42
  const model = scaleModel(known ?? lecternModel, body / base)
  const customFonts = !known || variables['bodyFont'] !== undefined || variables['headingFont'] !== undefined
  const upperHeadings = String(variables['headingTextTransform'] ?? (known ? 'none' : 'uppercase')) === 'uppercase'
  if (upperHeadings) for (const level of [1, 2, 3] as const) model.headings[level].text.upper = true
  return {
    width: config.width,
    height: config.height,
    contentWidth: config.width - 2 * model.inset,
    contentHeight: config.height - bottomSafety,
    model,
    widthFactor: customFonts ? 1.08 : 1
  }
}

function scaleModel(model: ThemeModel, factor: number): ThemeModel {
  const scale = (value: unknown): unknown => {
    if (typeof value === 'number') return value * factor
    if (value && typeof value === 'object' && !('space' in value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'widthFactor' ? inner : scale(inner)]))
    return value
  }
  const scaled = scale(model) as ThemeModel
  // The inset and the image's 60vh do not follow the font size.
  scaled.inset = model.inset
  scaled.image = { ...scaled.image, maxHeight: model.image.maxHeight }
  return scaled
}

// ── Measuring a face ─────────────────────────────────────────────────────────

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
  const level = Math.min(3, node.depth) as 1 | 2 | 3
  const { text, marginBottom, extra } = metrics.model.headings[level]
  const count = lines(metrics, runsOf(node, text, text.size * 0.86), metrics.contentWidth)
  return { height: count * text.lineHeight + extra, marginTop: 0, marginBottom }
}

function itemHeight(metrics: SlideMetrics, item: ListItem, width: number, depth: number): number {
  const { list, paragraph } = metrics.model
  const scale = Math.pow(0.85, depth)
  const text: TextStyle = { ...list.text, size: list.text.size * scale, lineHeight: list.text.lineHeight * scale }
  let height = 0
  let paragraphs = 0
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      if (paragraphs > 0 || item.spread) height += paragraph.margin * scale
      height += lines(metrics, runsOf(child, text, metrics.model.code.inlineSize * scale), width) * (item.spread ? paragraph.text.lineHeight * scale : text.lineHeight)
      paragraphs++
    } else if (child.type === 'list') {
      const nested = child.children.reduce((sum, inner) => sum + itemHeight(metrics, inner, width - list.indent * scale, depth + 1), 0)
      height += nested + (child.children.length - 1) * list.itemGap * scale * 0.85 + 2 * 0.15 * list.text.size * scale * 0.85
    } else {
      height += blockBox(metrics, child).height
    }
  }
  return height + list.itemExtra
}

function listBox(metrics: SlideMetrics, node: List): Box {
  const { list } = metrics.model
  const width = metrics.contentWidth - list.indent - (node.ordered ? list.text.size * 0.3 * Math.max(0, String((node.start ?? 1) + node.children.length).length - 1) : 0)
  const items = node.children.map((item) => itemHeight(metrics, item, width, 0))
  const height = items.reduce((sum, value) => sum + value, 0) + Math.max(0, items.length - 1) * list.itemGap
  return { height, marginTop: list.margin, marginBottom: list.margin }
}

function codeBox(metrics: SlideMetrics, node: Code): Box {
  const { code } = metrics.model
  const count = node.value.split('\n').length
  return { height: Math.min(code.maxHeight, count * code.lineHeight + code.padding), marginTop: code.margin, marginBottom: code.margin }
}

/** Most code lines one block shows before it scrolls (and a PDF cuts it). */
/** Most code lines one slide shows without scrolling. */
export function maxCodeLines(metrics: SlideMetrics): number {
  const { code } = metrics.model
  return Math.max(3, Math.floor((code.maxHeight - code.padding) / code.lineHeight))
}

function tableBox(metrics: SlideMetrics, node: Table): Box {
  const { table } = metrics.model
  const rows = node.children
  const columns = Math.max(...rows.map((row) => row.children.length))
  const widthOf = (row: TableRow, column: number, header: boolean): { min: number; max: number } => {
    const cell = row.children[column]
    if (!cell) return { min: 0, max: 0 }
    const text = header ? table.header : table.cell
    const runs = runsOf(cell, text, text.size * 0.86)
    const all = runs.map((run) => run.text).join('')
    const width = (value: string): number => [...(text.upper ? value.toUpperCase() : value)].reduce((sum, char) => sum + (charWidth(text.font, char) * text.size + text.letterSpacing) * widthSafety, 0)
    const words = all.split(/\s+/).filter(Boolean)
    return { min: Math.max(0, ...words.map(width)), max: width(all) }
  }
  const min: number[] = []
  const max: number[] = []
  for (let column = 0; column < columns; column++) {
    const padding = column < columns - 1 ? table.paddingRight : 0
    min.push(Math.max(...rows.map((row, index) => widthOf(row, column, index === 0).min)) + padding)
    max.push(Math.max(...rows.map((row, index) => widthOf(row, column, index === 0).max)) + padding)
  }
  const available = metrics.contentWidth / metrics.widthFactor
  const sumMin = min.reduce((a, b) => a + b, 0)
  const sumMax = max.reduce((a, b) => a + b, 0)
  const widths = sumMax <= available ? max : min.map((low, column) => low + ((max[column]! - low) * Math.max(0, available - sumMin)) / Math.max(1, sumMax - sumMin))
  let height = 0
  rows.forEach((row, index) => {
    const header = index === 0
    const text = header ? table.header : table.cell
    const count = Math.max(
      1,
      ...row.children.map((cell, column) => lineCount(runsOf(cell, text, text.size * 0.86), Math.max(1, widths[column]! - (column < columns - 1 ? table.paddingRight : 0)) + 0.5))
    )
    height += count * text.lineHeight + (header ? table.headerPadding : table.cellPadding)
  })
  return { height, marginTop: table.margin, marginBottom: table.margin }
}

function quoteBox(metrics: SlideMetrics, node: BlockContent & { type: 'blockquote' }): Box {
  const { quote } = metrics.model
  const width = metrics.contentWidth * quote.widthFactor
  let height = quote.padding
  node.children.forEach((child, index) => {
    if (child.type === 'paragraph') height += lines(metrics, runsOf(child, quote.text, quote.text.size * 0.86), width) * quote.lineHeight
    else height += blockBox(metrics, child).height
    height += index === 0 ? quote.paragraphMargin * 2 : quote.paragraphMargin
  })
  return { height, marginTop: quote.margin, marginBottom: quote.margin }
}

function blockBox(metrics: SlideMetrics, node: RootContent): Box {
  const { model } = metrics
  switch (node.type) {
    case 'heading':
      return headingBox(metrics, node)
    case 'paragraph': {
      if (isImage(node)) {
        const images = node.children.filter((child) => child.type === 'image' || child.type === 'imageReference').length
        return { height: images * (model.image.maxHeight + 2 * model.image.margin) + model.image.extra, marginTop: model.paragraph.margin, marginBottom: model.paragraph.margin }
      }
      const count = lines(metrics, runsOf(node, model.paragraph.text, model.code.inlineSize), metrics.contentWidth)
      return { height: count * model.paragraph.text.lineHeight, marginTop: model.paragraph.margin, marginBottom: model.paragraph.margin }
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
      return { height: 2, marginTop: 0.8 * model.paragraph.text.size, marginBottom: 0.8 * model.paragraph.text.size }
    case 'html':
      return /^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? { height: 0, marginTop: 0, marginBottom: 0 } : { height: 3 * model.paragraph.text.lineHeight, marginTop: model.paragraph.margin, marginBottom: model.paragraph.margin }
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return { height: 0, marginTop: 0, marginBottom: 0 }
    default:
      return { height: model.paragraph.text.lineHeight * 2, marginTop: model.paragraph.margin, marginBottom: model.paragraph.margin }
  }
}

/** Total height of boxes stacked with collapsing margins, the last bottom margin included. */
function stack(boxes: readonly Box[]): number {
  let total = 0
  let previous = 0
  boxes.forEach((box, index) => {
    if (box.height === 0 && box.marginTop === 0 && box.marginBottom === 0) return
    total += index === 0 ? box.marginTop : Math.max(previous, box.marginTop)
    total += box.height
    previous = box.marginBottom
  })
  return total + previous
}

/**
 * Height, in px, that a slide face takes: its heading and blocks laid out
 * with the theme's box model, margins collapsing as in CSS.
 *
 * @param nodes The face, heading first.
 * @param metrics From {@link slideMetrics}.
 */
export function faceHeight(nodes: readonly RootContent[], metrics: SlideMetrics): number {
  return stack(nodes.map((node) => blockBox(metrics, node)))
}

/** What is on a title slide. */
export interface TitleFace {
  kicker?: string | undefined
  title: string
  subtitle?: string | undefined
  /** Author and date lines. */
  meta: number
}

/**
 * Height, in px, of a title slide, the larger of its two renderings: styled
 * as `.title-slide`, and as plain headings and paragraphs (when a sanitiser
 * has removed the class).
 *
 * @param face Kicker, title, subtitle and the number of author/date lines.
 * @param metrics From {@link slideMetrics}.
 */
export function titleHeight(face: TitleFace, metrics: SlideMetrics): number {
  const { title, paragraph, headings } = metrics.model
  const text = (value: string, textStyle: TextStyle): Run[] => [{ text: value, font: textStyle.font, size: textStyle.size, letterSpacing: textStyle.letterSpacing, upper: textStyle.upper }]
  const width = metrics.contentWidth
  const styled: Box[] = []
  const plain: Box[] = []
  if (face.kicker) {
    styled.push({ height: lines(metrics, text(face.kicker, title.kicker.text), width) * title.kicker.text.lineHeight + title.kicker.extra, marginTop: 0, marginBottom: title.kicker.marginBottom })
    plain.push({ height: lines(metrics, text(face.kicker, paragraph.text), width) * paragraph.text.lineHeight, marginTop: paragraph.margin, marginBottom: paragraph.margin })
  }
  styled.push({ height: lines(metrics, text(face.title, title.h1.text), width * title.h1.widthFactor) * title.h1.text.lineHeight, marginTop: 0, marginBottom: title.h1.marginBottom })
  plain.push({ height: lines(metrics, text(face.title, headings[1].text), width) * headings[1].text.lineHeight + headings[1].extra, marginTop: 0, marginBottom: headings[1].marginBottom })
  if (face.subtitle) {
    styled.push({ height: lines(metrics, text(face.subtitle, title.subtitle.text), width * title.subtitle.widthFactor) * title.subtitle.text.lineHeight, marginTop: 0, marginBottom: title.subtitle.marginBottom })
    plain.push({ height: lines(metrics, text(face.subtitle, paragraph.text), width) * paragraph.text.lineHeight, marginTop: paragraph.margin, marginBottom: paragraph.margin })
  }
  for (let index = 0; index < face.meta; index++) {
    styled.push({ height: title.meta.lineHeight, marginTop: title.meta.margin, marginBottom: title.meta.margin })
    plain.push({ height: paragraph.text.lineHeight, marginTop: paragraph.margin, marginBottom: paragraph.margin })
  }
  return Math.max(stack(styled), stack(plain))
}


/** Whether a paragraph holds only an image. */
export function isImage(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length > 0 && node.children.every((child) => child.type === 'image' || child.type === 'imageReference' || (child.type === 'text' && child.value.trim() === ''))
}
