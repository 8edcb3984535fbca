/**
 * Where each part of a slide goes on a 13.33 × 7.5 inch PowerPoint slide,
 * layout by layout: the title slide stacked like the deck's, section and
 * closing slides centred, statements and quotes large, a big number in the
 * accent colour, pictures fitted, two columns side by side, code in a
 * shaded box. Pure: slides and a theme in, boxes to draw out; text sizes are
 * estimated from character counts and shrunk together when a slide is full.
 */
import type { BlockModel, ListItemModel, SlideModel, TextRun } from './slide-model-types.js'
import type { PptxTheme } from './pptx-theme.js'

/** Slide size in inches (PowerPoint's 16:9 "widescreen"). */
export const slideSize = { width: 13.333, height: 7.5 } as const

/** A paragraph of a text box. */
export interface ParagraphDraw {
  runs: TextRun[]
  /** Font size in points. */
  size: number
  color: string
  font: string
  bold?: boolean | undefined
  italic?: boolean | undefined
  /** List marker and level. */
  bullet?: 'bullet' | 'number' | undefined
  level?: number | undefined
  align?: 'left' | 'center' | 'right' | undefined
  /** Space after, points. */
  spaceAfter?: number | undefined
  /** Letter spacing, points. */
  charSpacing?: number | undefined
  /** Uppercase the text (a kicker). */
  upper?: boolean | undefined
}

/** One thing to draw, positions in inches. */
export type Draw =
  | { kind: 'text'; name: string; x: number; y: number; w: number; h: number; paragraphs: ParagraphDraw[]; fill?: string | undefined; valign?: 'top' | 'middle' | 'bottom' | undefined; inset?: number | undefined }
  | { kind: 'image'; name: string; x: number; y: number; w: number; h: number; src: string; alt: string }
  | { kind: 'table'; name: string; x: number; y: number; w: number; columns: number[]; rows: TextRun[][][]; header: boolean; size: number; rowHeight: number }
  | { kind: 'line'; x: number; y: number; w: number; h: number; color: string; weight: number }

/** A picture's size in pixels, when known (to keep its shape). */
export type ImageSizes = ReadonlyMap<string, { width: number; height: number }>

interface Area {
  x: number
  y: number
  w: number
  h: number
}

const margin = 0.75
const titleTop = 0.45
const gap = 0.18
const lineHeight = 1.2

/**
 * Lay one slide out.
 *
 * @param slide The slide.
 * @param theme Colours, typefaces and sizes.
 * @param images Sizes of the slide's pictures, by `src`.
 * @returns What to draw, back to front.
 */
export function layoutSlide(slide: SlideModel, theme: PptxTheme, images: ImageSizes): Draw[] {
  switch (slide.layout) {
    case 'title':
      return titleSlide(slide, theme)
    case 'section':
    case 'closing':
      return centredSlide(slide, theme)
    default:
      return contentSlide(slide, theme, images)
  }
}

/** Kicker, accent rule, title, subtitle, author and date, stacked and centred on the slide's height, as the deck sets them. */
function titleSlide(slide: SlideModel, theme: PptxTheme): Draw[] {
  const width = slideSize.width - 2 * margin
  const role = (name: string) => slide.blocks.filter((block): block is Extract<BlockModel, { kind: 'paragraph' }> => block.kind === 'paragraph' && block.role === name)
  const others = slide.blocks.filter((block) => !(block.kind === 'paragraph' && ['kicker', 'subtitle', 'author', 'date'].includes(block.role ?? '')))
  const parts: { name: string; paragraph: ParagraphDraw; rule?: boolean }[] = []
  for (const block of role('kicker')) parts.push({ name: 'Kicker', paragraph: { runs: block.runs, size: round(theme.bodySize * 0.45), color: theme.accent, font: theme.bodyFont, bold: true, upper: true, charSpacing: 1.5 }, rule: true })
  if (slide.title) parts.push({ name: 'Title', paragraph: { runs: titleRuns(slide.title, theme), size: theme.titleSize, color: theme.heading, font: theme.headingFont, bold: theme.headingBold } })
  for (const block of role('subtitle')) parts.push({ name: 'Subtitle', paragraph: { runs: block.runs, size: round(theme.bodySize * 0.7), color: theme.muted, font: theme.bodyFont } })
  for (const block of others.flatMap((block) => (block.kind === 'paragraph' ? [block] : []))) parts.push({ name: 'Text', paragraph: { runs: block.runs, size: round(theme.bodySize * 0.7), color: theme.muted, font: theme.bodyFont } })
  for (const block of role('author')) parts.push({ name: 'Author', paragraph: { runs: block.runs, size: round(theme.bodySize * 0.5), color: theme.text, font: theme.bodyFont, bold: true } })
  for (const block of role('date')) parts.push({ name: 'Date', paragraph: { runs: block.runs, size: round(theme.bodySize * 0.45), color: theme.muted, font: theme.bodyFont } })
  const heights = parts.map((part) => paragraphHeight(part.paragraph, width) + (part.rule ? 0.22 : 0))
  const total = heights.reduce((sum, height) => sum + height, 0) + gap * Math.max(parts.length - 1, 0)
  let y = Math.max((slideSize.height - total) / 2, 0.3)
  const draws: Draw[] = []
  parts.forEach((part, index) => {
    const height = heights[index]!
    const textHeight = height - (part.rule ? 0.22 : 0)
    draws.push({ kind: 'text', name: part.name, x: margin, y, w: width, h: textHeight, paragraphs: [part.paragraph] })
    if (part.rule) draws.push({ kind: 'line', x: margin, y: y + textHeight + 0.08, w: 0.45, h: 0, color: theme.accent, weight: 2.5 })
    y += height + gap
  })
  return draws
}

/** A section divider or closing slide: its title large, on the middle of the slide, the rest under it. */
function centredSlide(slide: SlideModel, theme: PptxTheme): Draw[] {
  const width = slideSize.width - 2 * margin
  const draws: Draw[] = []
  const title: ParagraphDraw | undefined = slide.title
    ? { runs: titleRuns(slide.title, theme), size: round(theme.headingSize * (slide.layout === 'closing' ? 1.25 : 1.1)), color: theme.heading, font: theme.headingFont, bold: theme.headingBold }
    : undefined
  const body = slide.blocks.flatMap((block) => paragraphsOf(block, theme, { size: theme.bodySize * 0.7, color: theme.muted }))
  const titleHeight = title ? paragraphHeight(title, width) : 0
  const bodyHeight = body.reduce((sum, paragraph) => sum + paragraphHeight(paragraph, width), 0)
  let y = Math.max((slideSize.height - titleHeight - bodyHeight - gap) / 2, titleTop)
  if (title) {
    draws.push({ kind: 'text', name: 'Title', x: margin, y, w: width, h: titleHeight, paragraphs: [title] })
    if (slide.layout === 'section') draws.push({ kind: 'line', x: margin, y: y + titleHeight + 0.04, w: Math.min(textWidth(title), width), h: 0, color: theme.accent, weight: 2.5 })
    y += titleHeight + gap * 2
  }
  if (body.length > 0) draws.push({ kind: 'text', name: 'Text', x: margin, y, w: width, h: Math.min(bodyHeight, slideSize.height - y - 0.3), paragraphs: body })
  return draws
}

/** A slide with a title at the top and its body under it, arranged for its layout. */
function contentSlide(slide: SlideModel, theme: PptxTheme, images: ImageSizes): Draw[] {
  const width = slideSize.width - 2 * margin
  const draws: Draw[] = []
  let top = titleTop
  if (slide.title) {
    const title: ParagraphDraw = { runs: titleRuns(slide.title, theme), size: slide.titleLevel === 1 ? theme.titleSize : theme.headingSize, color: theme.heading, font: theme.headingFont, bold: theme.headingBold }
    const height = paragraphHeight(title, width)
    draws.push({ kind: 'text', name: 'Title', x: margin, y: top, w: width, h: height, paragraphs: [title] })
    top += height + gap
  }
  const area: Area = { x: margin, y: top, w: width, h: slideSize.height - top - 0.45 }
  const blocks = slide.blocks
  const columns = blocks.find((block): block is Extract<BlockModel, { kind: 'columns' }> => block.kind === 'columns')
  if (columns && columns.columns.length >= 2) {
    const before = blocks.slice(0, blocks.indexOf(columns))
    const after = blocks.slice(blocks.indexOf(columns) + 1)
    const lead = flow(before, area, theme, slide, images)
    const used = lead.reduce((bottom, draw) => Math.max(bottom, 'h' in draw ? draw.y + draw.h : draw.y), area.y)
    const count = columns.columns.length
    const columnGap = 0.5
    const columnWidth = (area.w - columnGap * (count - 1)) / count
    const columnTop = before.length > 0 ? used + gap : area.y
    const columnArea = { y: columnTop, h: area.y + area.h - columnTop - (after.length > 0 ? 0.8 : 0) }
    draws.push(...lead)
    columns.columns.forEach((column, index) => {
      const x = area.x + index * (columnWidth + columnGap)
      draws.push(...flow(column, { x, y: columnArea.y, w: columnWidth, h: columnArea.h }, theme, slide, images, `Column ${index + 1}`))
      if (index > 0 && slide.layout === 'two-columns') draws.push({ kind: 'line', x: x - columnGap / 2, y: columnArea.y, w: 0, h: Math.min(columnArea.h, 3.5), color: theme.border, weight: 1 })
    })
    if (after.length > 0) draws.push(...flow(after, { x: area.x, y: area.y + area.h - 0.7, w: area.w, h: 0.7 }, theme, slide, images))
    return draws
  }
  if (slide.layout === 'image-beside') {
    const image = blocks.find((block) => block.kind === 'image')
    const rest = blocks.filter((block) => block !== image)
    const half = (area.w - 0.5) / 2
    draws.push(...flow(rest, { ...area, w: half }, theme, slide, images))
    if (image) draws.push(...flow([image], { x: area.x + half + 0.5, y: area.y, w: half, h: area.h }, theme, slide, images))
    return draws
  }
  draws.push(...flow(blocks, area, theme, slide, images))
  return draws
}

/** A group of blocks drawn as one thing: a text box of paragraphs, or one code listing, table, picture or quote. */
type Group = { kind: 'text'; paragraphs: ParagraphDraw[] } | { kind: 'block'; block: BlockModel }

/**
 * Blocks set one under the other in `area`: neighbouring paragraphs and
 * lists share a text box; when the whole does not fit, every size shrinks
 * together (to 55% at most), and pictures take the room that is left.
 */
function flow(blocks: readonly BlockModel[], area: Area, theme: PptxTheme, slide: SlideModel, images: ImageSizes, prefix = 'Text'): Draw[] {
  let scale = 1
  let groups = groupsOf(blocks, theme, slide, scale)
  for (let step = 0; step < 8; step++) {
    const needed = groups.reduce((sum, group) => sum + groupHeight(group, area.w, theme, scale, images, area.h, slide.layout), 0) + gap * Math.max(groups.length - 1, 0)
    if (needed <= area.h || scale <= 0.55) break
    scale = Math.max(0.55, scale * Math.max(Math.sqrt(area.h / needed), 0.85))
    groups = groupsOf(blocks, theme, slide, scale)
  }
  const fixed = groups.filter((group) => !(group.kind === 'block' && group.block.kind === 'image')).reduce((sum, group) => sum + groupHeight(group, area.w, theme, scale, images, area.h, slide.layout), 0)
  const pictures = groups.filter((group) => group.kind === 'block' && group.block.kind === 'image').length
  const pictureRoom = pictures > 0 ? Math.max((area.h - fixed - gap * Math.max(groups.length - 1, 0)) / pictures, 1.2) : 0
  const draws: Draw[] = []
  let y = area.y
  let count = 0
  for (const group of groups) {
    const name = `${prefix} ${++count}`
    if (group.kind === 'text') {
      const h = groupHeight(group, area.w, theme, scale, images, area.h, slide.layout)
      draws.push({ kind: 'text', name, x: area.x, y, w: area.w, h: Math.min(h, area.y + area.h - y), paragraphs: group.paragraphs })
      y += h + gap
      continue
    }
    const block = group.block
    switch (block.kind) {
      case 'code': {
        const h = Math.min(groupHeight(group, area.w, theme, scale, images, area.h, slide.layout), area.y + area.h - y)
        draws.push({ kind: 'text', name: `Code ${count}`, x: area.x, y, w: area.w, h, fill: theme.codeBackground, inset: 0.15, paragraphs: codeParagraphs(block, theme, scale, slide.layout) })
        y += h + gap
        break
      }
      case 'table': {
        const size = round(theme.bodySize * 0.72 * scale)
        const rowHeight = (size * 1.9) / 72
        const columns = tableColumns(block.rows, size, area.w)
        draws.push({ kind: 'table', name: `Table ${count}`, x: area.x, y, w: columns.reduce((sum, column) => sum + column, 0), columns, rows: block.rows, header: block.header, size, rowHeight })
        y += groupHeight(group, area.w, theme, scale, images, area.h, slide.layout) + gap
        break
      }
      case 'image': {
        const caption = block.caption ? { runs: [{ text: block.caption }], size: round(theme.bodySize * 0.4), color: theme.muted, font: theme.bodyFont, align: 'center' as const } : undefined
        const captionHeight = caption ? paragraphHeight(caption, area.w) : 0
        const room = Math.min(pictureRoom, area.y + area.h - y) - captionHeight
        const fitted = fitImage(images.get(block.src), area.w, Math.max(room, 0.5))
        draws.push({ kind: 'image', name: `Picture ${count}`, x: area.x + (area.w - fitted.w) / 2, y, w: fitted.w, h: fitted.h, src: block.src, alt: block.alt })
        y += fitted.h + 0.05
        if (caption) {
          draws.push({ kind: 'text', name: `Caption ${count}`, x: area.x, y, w: area.w, h: captionHeight, paragraphs: [caption] })
          y += captionHeight
        }
        y += gap
        break
      }
      case 'quote': {
        const { paragraphs } = quoteDraw(block, theme, scale)
        const h = paragraphs.reduce((sum, paragraph) => sum + paragraphHeight(paragraph, area.w - 0.7), 0)
        const mark: ParagraphDraw = { runs: [{ text: '\u201C' }], size: round(theme.bodySize * 2.4 * scale), color: theme.accent, font: theme.headingFont, bold: true }
        draws.push({ kind: 'text', name: `Quote mark ${count}`, x: area.x - 0.1, y: y - 0.15, w: 0.8, h: 1, paragraphs: [mark] })
        draws.push({ kind: 'text', name: `Quote ${count}`, x: area.x + 0.6, y, w: area.w - 0.6, h: Math.min(h, area.y + area.h - y), paragraphs })
        y += h + gap
        break
      }
      default:
        break
    }
  }
  return draws
}

/** The groups of a run of blocks at one scale, styled for the slide's layout. */
function groupsOf(blocks: readonly BlockModel[], theme: PptxTheme, slide: SlideModel, scale: number): Group[] {
  const groups: Group[] = []
  const size = theme.bodySize * scale
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph' || block.kind === 'list') {
      let style: Partial<ParagraphDraw> = { size }
      if (slide.layout === 'statement') style = { size: size * 1.35, bold: true, color: theme.heading }
      if (block.kind === 'paragraph' && block.role === 'figure') style = { size: Math.min(size * 3, 96), bold: true, color: theme.accent, font: theme.headingFont }
      if (block.kind === 'paragraph' && (block.role === 'footnote' || block.role === 'caption')) style = { size: size * 0.45, color: theme.muted }
      if (block.kind === 'paragraph' && slide.layout === 'code' && blocks.slice(index + 1).some((next) => next.kind === 'code')) style = { size: size * 0.75, bold: true }
      if (block.kind === 'paragraph' && block.role === 'heading') style = { size: size * 0.9, bold: true, color: theme.heading, font: theme.headingFont }
      // A short lead-in ending in a colon, right before its list ("On stage:"), is a label.
      if (block.kind === 'paragraph' && !block.role && blocks[index + 1]?.kind === 'list' && /:\s*$/.test(block.runs.map((run) => run.text).join('')) && block.runs.length < 4) style = { ...style, bold: true, color: theme.heading }
      const paragraphs = paragraphsOf(block, theme, style)
      const last = groups[groups.length - 1]
      if (last?.kind === 'text' && !(block.kind === 'paragraph' && block.role === 'figure')) last.paragraphs.push(...paragraphs)
      else groups.push({ kind: 'text', paragraphs })
    } else groups.push({ kind: 'block', block })
  })
  return groups
}

/** Paragraphs of a paragraph or list block. */
function paragraphsOf(block: BlockModel, theme: PptxTheme, style: Partial<ParagraphDraw>): ParagraphDraw[] {
  const base: ParagraphDraw = { runs: [], size: theme.bodySize, color: theme.text, font: theme.bodyFont, spaceAfter: 6, ...style }
  base.size = round(base.size)
  if (block.kind === 'paragraph') return [{ ...base, runs: block.runs }]
  // A statement is one claim, set large without a marker.
  if (block.kind === 'list' && style.bold && style.color === theme.heading) return block.items.map((item) => ({ ...base, runs: item.runs }))
  if (block.kind === 'list') return block.items.map((item: ListItemModel) => ({ ...base, runs: item.runs, bullet: item.ordered ? 'number' : 'bullet', level: item.level, size: round(base.size * (item.level > 0 ? 0.85 : 1)) }))
  if (block.kind === 'quote') return quoteDraw(block, theme, 1).paragraphs
  if (block.kind === 'code') return codeParagraphs(block, theme, 1)
  if (block.kind === 'image') return [{ ...base, runs: [{ text: block.alt, italic: true }] }]
  if (block.kind === 'table') return block.rows.map((row) => ({ ...base, runs: row.flatMap((cell, index) => [...(index > 0 ? [{ text: ' | ' }] : []), ...cell]) }))
  return block.columns.flatMap((column) => column.flatMap((inner) => paragraphsOf(inner, theme, style)))
}

function quoteDraw(block: Extract<BlockModel, { kind: 'quote' }>, theme: PptxTheme, scale: number): { paragraphs: ParagraphDraw[] } {
  const size = round(theme.bodySize * 1.1 * scale)
  const paragraphs: ParagraphDraw[] = block.paragraphs.map((runs) => ({ runs, size, color: theme.text, font: theme.bodyFont, italic: true, spaceAfter: 6 }))
  if (block.attribution) paragraphs.push({ runs: [{ text: block.attribution }], size: round(size * 0.7), color: theme.text, font: theme.bodyFont, bold: true })
  return { paragraphs }
}

/** A code listing's lines, coloured by token where the theme (or a GitHub-like default) gives colours. */
function codeParagraphs(block: Extract<BlockModel, { kind: 'code' }>, theme: PptxTheme, scale: number, layout?: string): ParagraphDraw[] {
  // The code layout sets its listing larger, as the deck's stylesheet does.
  const size = round(theme.codeSize * Math.max(scale, 0.7) * (layout === 'code' ? 1.2 : 1))
  return block.lines.map((line) => ({ runs: line.length > 0 ? line : [{ text: ' ', code: true }], size, color: theme.codeText, font: theme.codeFont, spaceAfter: 0 }))
}

function groupHeight(group: Group, width: number, theme: PptxTheme, scale: number, images: ImageSizes, room: number, layout?: string): number {
  if (group.kind === 'text') return group.paragraphs.reduce((sum, paragraph) => sum + paragraphHeight(paragraph, width), 0)
  const block = group.block
  switch (block.kind) {
    case 'code':
      return codeParagraphs(block, theme, scale, layout).reduce((sum, paragraph) => sum + paragraphHeight(paragraph, width - 0.3), 0.3)
    case 'table': {
      const size = theme.bodySize * 0.72 * scale
      return block.rows.length * ((size * 1.9) / 72)
    }
    case 'image': {
      const size = images.get(block.src)
      return Math.min(fitImage(size, width, room).h, room * 0.6) + (block.caption ? 0.4 : 0)
    }
    case 'quote':
      return quoteDraw(block, theme, scale).paragraphs.reduce((sum, paragraph) => sum + paragraphHeight(paragraph, width - 0.7), 0)
    default:
      return 0
  }
}

/**
 * Column widths in inches: as wide as each column's longest cell (as a
 * browser sets a table out), shrunk together when the table would be wider
 * than `width`.
 */
function tableColumns(rows: readonly TextRun[][][], size: number, width: number): number[] {
  const count = Math.max(...rows.map((row) => row.length), 1)
  const natural = Array.from({ length: count }, (_, column) =>
    Math.max(0.6, ...rows.map((row) => ((row[column] ?? []).reduce((sum, run) => sum + [...run.text].length * (run.code ? 0.62 : 0.52), 0) * size) / 72 + 0.35))
  )
  const total = natural.reduce((sum, column) => sum + column, 0)
  return total > width ? natural.map((column) => (column * width) / total) : natural
}

/** A picture scaled to fit `w` × `h`, keeping its shape (a 4:3 guess when its size is unknown). */
function fitImage(size: { width: number; height: number } | undefined, w: number, h: number): { w: number; h: number } {
  const ratio = size && size.width > 0 && size.height > 0 ? size.width / size.height : 4 / 3
  return w / h > ratio ? { w: h * ratio, h } : { w, h: w / ratio }
}

/** Estimated height in inches of a paragraph set in `width` inches (average glyph half an em wide; code 0.6). */
export function paragraphHeight(paragraph: ParagraphDraw, width: number): number {
  const indent = (paragraph.bullet ? 0.35 : 0) + (paragraph.level ?? 0) * 0.4
  const lines = textLines(paragraph).reduce((sum, line) => {
    const ems = [...line].length * (paragraph.font === undefined ? 0.5 : 0.5) * (paragraph.bold ? 1.06 : 1)
    const perLine = Math.max(((width - indent) * 72) / paragraph.size, 4)
    return sum + Math.max(1, Math.ceil((ems * codeFactor(paragraph)) / perLine))
  }, 0)
  return (lines * paragraph.size * lineHeight + (paragraph.spaceAfter ?? 0)) / 72 + 0.02
}

function codeFactor(paragraph: ParagraphDraw): number {
  return paragraph.runs.every((run) => run.code) ? 1.2 : 1
}

function textLines(paragraph: ParagraphDraw): string[] {
  const lines = ['']
  for (const run of paragraph.runs) {
    if (run.break) lines.push('')
    lines[lines.length - 1] += run.text
  }
  return lines
}

/** Estimated width in inches of a one-line paragraph. */
function textWidth(paragraph: ParagraphDraw): number {
  const chars = Math.max(...textLines(paragraph).map((line) => [...line].length))
  return (chars * 0.52 * paragraph.size) / 72 + 0.1
}

/** A title's runs with the theme's text transform applied. */
function titleRuns(runs: readonly TextRun[], theme: PptxTheme): TextRun[] {
  const transform = (text: string): string =>
    theme.headingTransform === 'uppercase' ? text.toUpperCase() : theme.headingTransform === 'lowercase' ? text.toLowerCase() : theme.headingTransform === 'capitalize' ? text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()) : text
  return runs.map((run) => ({ ...run, text: transform(run.text) }))
}

function round(points: number): number {
  return Math.max(Math.round(points * 2) / 2, 6)
}
