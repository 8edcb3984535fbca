/**
 * remark plugin: make every slide fit its canvas, in any mode. A slide
 * whose face is taller than the theme's box model allows is split at block
 * boundaries (paragraph, list item, table row, code line) into "Heading",
 * "Heading (cont.)"… slides; a block too tall for a slide of its own is
 * shrunk (never below {@link fitFloor}) and, where that is not enough, cut
 * finer (a paragraph between sentences, a quote between paragraphs) and laid
 * out again at full size. A title slide is never split: its title shrinks
 * (never below {@link titleFitFloor}). Each split and each shrink is
 * reported with its source line.
 */
import type { BlockContent, Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import type { FaceUnit } from '../article/condense.js'
import { layoutHeight } from '../article/layout-height.js'
import { isLayoutName } from '../article/layout-names.js'
import { createFaceMeasure, footnoteDefinitions, type FaceMeasure } from '../article/face-measure.js'
import { assembleFace, continuedHeading, paginate } from '../article/paginate.js'
import { isMermaidCode } from '../mermaid/mermaid-blocks.js'
import { maxCodeLines } from '../article/face-height.js'
import type { SlideMetrics } from '../article/slide-metrics.js'
import { createMetricsProvider, type MetricsProvider } from '../theme/deck-metrics.js'
import { outline, slideTitle } from './remark-slides.js'
import type { Notes, Slide, SlideStack } from '../types.js'

/** Smallest scale a slide is shrunk to: below three quarters of the theme's sizes, text stops being readable from the back of a room. */
export const fitFloor = 0.75

/** Smallest scale of a title slide's title, the only part of a title slide that shrinks: at half its size it is still larger than the body text. */
export const titleFitFloor = 0.5

/** Scales a slide may be shrunk to, largest first; `lectern.css` styles each as `lectern-fit-NN`. */
const scales = [0.95, 0.9, 0.85, 0.8, 0.75] as const

/** Scales a title slide's title may be shrunk to. */
const titleScales = [...scales, 0.7, 0.65, 0.6, 0.55, 0.5] as const

/** Classes `lectern.css` shrinks a slide with: `lectern-fit` and `lectern-fit-NN`. */
export function fitClasses(scale: number): string {
  return `lectern-fit lectern-fit-${Math.round(scale * 100)}`
}

/** What happened to one slide as written. */
interface Fitted {
  /** The slides it became, in order. */
  slides: Slide[]
  /** Parts shrunk, with their scale and the block that needed it. */
  shrunk: Array<{ slide: Slide; scale: number; line: number | undefined }>
  /** Parts that do not fit even at the floor. */
  overflowing: Array<{ slide: Slide; line: number | undefined }>
}

/** One page of a split slide: its units and the scale it is shown at. */
interface Part {
  units: FaceUnit[]
  scale: number
  fits: boolean
}

/** Options of {@link remarkFitSlides}. */
export interface FitSlidesOptions {
  /** The deck's slide box model; default: the theme's shipped measurements, or a cautious fallback with a warning. */
  metrics?: MetricsProvider | undefined
}

const defaultMetrics = createMetricsProvider()

/**
 * Split or shrink every slide that does not fit (after `remarkSlides` and
 * `remarkCondense`). Updates `file.data.deck` (slide count, outline) and
 * adds a warning for each split (slide-style decks; article mode splits
 * sections by design) and each shrink. Front matter `fit: false` turns it off.
 *
 * @param options The slide box model (give the one `remarkCondense` uses).
 */
export function remarkFitSlides(options?: FitSlidesOptions | null) {
  const metricsOf = options?.metrics ?? defaultMetrics
  return async function (tree: Root, file: VFile): Promise<void> {
    const deck = file.data.deck
    if (!deck || deck.config.fit === false) return
    const metrics = await metricsOf(deck.config, file)
    const context: Context = { measure: createFaceMeasure(metrics, footnoteDefinitions(tree as never)), metrics, height: metrics.contentHeight }
    const results: Array<{ written: Slide; fitted: Fitted }> = []
    const fit = (slide: Slide): Slide[] => {
      const fitted = fitSlide(slide, context)
      if (fitted.slides.length > 1 || fitted.shrunk.length > 0 || fitted.overflowing.length > 0) results.push({ written: slide, fitted })
      return fitted.slides
    }
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type === 'slide') return fit(node)
      if (node.type === 'slideStack') return [{ ...node, children: node.children.flatMap(fit) } satisfies SlideStack]
      return [node]
    })
    if (results.length === 0) return

    const numbers = new Map<Slide, number>()
    for (const node of tree.children) for (const slide of node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []) numbers.set(slide, numbers.size + 1)
    deck.slideCount = numbers.size
    deck.outline = outline(tree.children)
    const name = (slide: Slide): string => {
      const title = slideTitle(slide)
      return `Slide ${numbers.get(slide)}${title ? ` (“${title}”)` : ''}`
    }
    const place = (line: number | undefined) => (line ? { line, column: 1 } : undefined)
    for (const { written, fitted } of results) {
      const first = fitted.slides[0]!
      if (fitted.slides.length > 1 && !deck.condensed) {
        file.message(`${name(first)} did not fit: split into ${fitted.slides.length} slides`, { place: place(written.position?.start.line), ruleId: 'slide-split', source: 'lectern' })
      }
      for (const { slide, scale, line } of fitted.shrunk) {
        file.message(`${name(slide)} did not fit: ${isTitleSlide(slide) || slide.data?.attributes?.['data-layout'] === 'section' ? 'its title ' : ''}shrunk to ${Math.round(scale * 100)}%`, { place: place(line ?? slide.position?.start.line), ruleId: 'slide-shrunk', source: 'lectern' })
      }
      for (const { slide, line } of fitted.overflowing) {
        file.message(`${name(slide)} is too tall even shrunk to ${Math.round(slideFloor(slide) * 100)}%: a block is taller than the slide, and its end may be cut off (\`lectern check\` shows it)`, {
          place: place(line ?? slide.position?.start.line),
          ruleId: 'slide-overflow',
          source: 'lectern'
        })
      }
    }
  }
}

interface Context {
  measure: FaceMeasure
  metrics: SlideMetrics
  height: number
}

/** Split and shrink one slide as needed. */
function fitSlide(slide: Slide, context: Context): Fitted {
  const { measure, height } = context
  const notes = slide.children.filter((node): node is Notes => node.type === 'notes')
  const face = slide.children.filter((node): node is BlockContent => node.type !== 'notes' && node.type !== 'definition' && node.type !== 'footnoteDefinition')
  const definitions = slide.children.filter((node) => node.type === 'definition' || node.type === 'footnoteDefinition')
  const title = isTitleSlide(slide)
  // Code longer than its block shows scrolls on screen and is cut in a PDF, however short the slide.
  const longCode = face.some((node) => node.type === 'code' && !isMermaidCode(node) && node.value.split('\n').length > maxCodeLines(context.metrics))
  // A layout that draws its face otherwise (larger, in columns) is measured as it draws it; one that does not fit is laid out as bullets.
  const layout = slide.data?.attributes?.['data-layout']
  const drawn = isLayoutName(layout) ? layoutHeight(face, layout, context.metrics) : undefined
  if (drawn !== undefined) {
    if (!longCode && drawn <= height) return { slides: [slide], shrunk: [], overflowing: [] }
    if (layout === 'section') {
      // A divider whose title is too long for its size keeps its layout: its title shrinks, as a title slide's does.
      const scale = titleScales.find((candidate) => (layoutHeight(face, layout, context.metrics, candidate) ?? Infinity) <= height)
      if (scale !== undefined) {
        const shrunk = withScale(slide, scale)
        return { slides: [shrunk], shrunk: [{ slide: shrunk, scale, line: slide.position?.start.line }], overflowing: [] }
      }
    }
    return fitSlide(asBullets(slide), context)
  }
  if (!longCode && measure(face, { title }) <= height) return { slides: [slide], shrunk: [], overflowing: [] }

  if (title) {
    // A title slide is not split: its title is shrunk.
    const scale = titleScales.find((candidate) => measure(face, { title, scale: candidate }) <= height)
    const shrunk = withScale(slide, scale ?? titleFitFloor)
    const at = { slide: shrunk, line: slide.position?.start.line }
    return { slides: [shrunk], shrunk: scale ? [{ ...at, scale }] : [], overflowing: scale ? [] : [at] }
  }

  const heading = face[0]?.type === 'heading' ? face[0] : undefined
  const base = heading ? withoutCont(heading) : undefined
  const continued = heading !== undefined && base !== heading
  const units = toUnits(heading ? face.slice(1) : face)
  const paginateAt = (items: readonly FaceUnit[]): FaceUnit[][] =>
    paginate(items, {
      metrics: context.metrics,
      heading: base,
      continued,
      maxBullets: Infinity,
      maxFaceWords: Infinity,
      measure: (nodes) => measure(joinNodes(nodes)),
      height
    })
  const headingOf = (index: number): Heading[] => (base ? [index === 0 ? heading! : continuedHeading(base)] : [])
  const fitsAt = (units: readonly FaceUnit[], index: number, scale: number): boolean => measure([...headingOf(index), ...joinNodes(assembleFace(units))], { scale }) <= height

  const parts: Part[] = []
  const place = (page: FaceUnit[]): void => {
    const at = parts.length
    if (fitsAt(page, at, 1)) return void parts.push({ units: page, scale: 1, fits: true })
    const scale = scales.find((candidate) => fitsAt(page, at, candidate))
    parts.push({ units: page, scale: scale ?? fitFloor, fits: scale !== undefined })
  }
  let pages = paginateAt(units)
  // A page too tall even shrunk to the floor: cut the blocks finer (between sentences, quoted
  // paragraphs, nested items) and lay the slide out again at full size; pieces that land on one
  // slide are joined again.
  if (pages.some((page, index) => ![1, ...scales].some((scale) => fitsAt(page, index, scale)))) pages = paginateAt(refine(units)).map(joinPieces)
  for (const page of pages) place(page)

  const fitted: Fitted = { slides: [], shrunk: [], overflowing: [] }
  parts.forEach((part, index) => {
    const children: Slide['children'] = [...headingOf(index), ...assembleFace(part.units)]
    if (index === 0) children.push(...definitions, ...notes)
    const start = part.units.find((unit) => unit.position)?.position?.start
    const attributes = index === 0 ? { ...slide.data?.attributes } : continuationAttributes(slide.data?.attributes)
    const made = withScale({ type: 'slide', children, data: { ...slide.data, attributes }, position: index === 0 || !start ? slide.position : { start, end: start } }, part.scale)
    fitted.slides.push(made)
    if (!part.fits) fitted.overflowing.push({ slide: made, line: start?.line })
    else if (part.scale < 1) fitted.shrunk.push({ slide: made, scale: part.scale, line: start?.line })
  })
  return fitted
}

/** The slide laid out as bullets: its layout's classes and shaping markers dropped (its blocks stay). */
function asBullets(slide: Slide): Slide {
  const attributes: Record<string, string> = { ...slide.data?.attributes, 'data-layout': 'bullets' }
  attributes.class = [...(attributes.class ?? '').split(/\s+/).filter((name) => name && !name.startsWith('layout-')), 'layout-bullets'].join(' ')
  return { ...slide, data: { ...slide.data, attributes } }
}

/**
 * The units of a hand-written face: one per block; a paragraph ending in
 * ":" right before a list (or a table, or code) introduces it and a
 * sub-heading heads what follows, so both keep with the next unit.
 */
function toUnits(blocks: readonly BlockContent[]): FaceUnit[] {
  return blocks.map((node, index) => {
    const next = blocks.slice(index + 1).find((candidate) => !isComment(candidate))
    const leadIn = node.type === 'paragraph' && /:\s*$/.test(toString(node)) && (next?.type === 'list' || next?.type === 'table' || next?.type === 'code')
    return { node, notes: [], keepWithNext: leadIn || (node.type === 'heading' && next !== undefined), position: node.position }
  })
}

/** The block each piece of a cut block comes from: consecutive pieces on one slide are joined again. */
const pieceOf = new WeakMap<RootContent, RootContent>()

/**
 * Cut the blocks of a page that does not fit even shrunk to the floor into
 * pieces (joined again where they land on one slide): a paragraph between sentences, a quote between its paragraphs
 * (and a paragraph in it between sentences), a list item between the items
 * of its nested list (the item's own text repeated above each part).
 */
function refine(units: readonly FaceUnit[]): FaceUnit[] {
  return units.flatMap((unit): FaceUnit[] => {
    const node = unit.node
    if (node.type === 'paragraph') return sentencesOf(node).map((part) => ({ ...unit, node: part, keepWithNext: false }))
    if (node.type === 'list') return nestedPieces(node).map((part) => ({ ...unit, node: part, keepWithNext: false }))
    if (node.type !== 'blockquote' || node.children.length === 0) return [unit]
    return node.children.flatMap((child): FaceUnit[] => {
      const quote = (children: Blockquote['children']): FaceUnit => {
        const piece: Blockquote = { ...node, children }
        pieceOf.set(piece, node)
        return { ...unit, node: piece, keepWithNext: false }
      }
      return child.type === 'paragraph' ? sentencesOf(child).map((part) => quote([part])) : [quote([child])]
    })
  })
}

/**
 * A list as one list per item, and an item with a nested list as one item
 * per nested item (its own text repeated in each), each marked as a piece.
 */
function nestedPieces(list: List): List[] {
  const start = list.start ?? 1
  const piece = (items: ListItem[], index: number): List => {
    const part: List = { ...list, children: items, ...(list.ordered ? { start: start + index } : {}) }
    pieceOf.set(part, list)
    return part
  }
  return list.children.flatMap((item, index) => {
    const at = item.children.findIndex((child) => child.type === 'list')
    const nested = item.children[at] as List | undefined
    if (!nested || nested.children.length < 2) return [piece([item], index)]
    return nested.children.map((inner, position) => {
      const part: ListItem = {
        ...item,
        children: [
          ...item.children.slice(0, at),
          { ...nested, children: [inner], ...(nested.ordered ? { start: (nested.start ?? 1) + position } : {}) },
          ...(position === nested.children.length - 1 ? item.children.slice(at + 1) : [])
        ]
      }
      pieceOf.set(part, item)
      return piece([part], index)
    })
  })
}

/** Two pieces of one list item joined: its text once, their nested items in one list, what follows it. */
function joinItems(first: ListItem, second: ListItem): ListItem {
  const at = first.children.findIndex((child) => child.type === 'list')
  const next = second.children.findIndex((child) => child.type === 'list')
  const nested = first.children[at] as List
  const more = second.children[next] as List
  return { ...first, children: [...first.children.slice(0, at), { ...nested, children: [...nested.children, ...more.children] }, ...second.children.slice(next + 1)] }
}

/** A paragraph as one paragraph per sentence (inline markup kept whole), each marked as a piece of it. */
function sentencesOf(paragraph: Paragraph): Paragraph[] {
  const parts: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      parts[parts.length - 1]!.push(child)
      continue
    }
    child.value.split(/(?<=[.!?]["'”’)\]]*)\s+(?=["“‘([]?[\p{Lu}\p{N}])/u).forEach((piece, index) => {
      if (index > 0) parts.push([])
      parts[parts.length - 1]!.push({ ...child, value: piece })
    })
  }
  return parts
    .filter((children) => children.length > 0)
    .map((children) => {
      const piece: Paragraph = { ...paragraph, children }
      pieceOf.set(piece, paragraph)
      return piece
    })
}

/** Consecutive pieces of one cut block joined again. */
function joinNodes<T extends RootContent>(nodes: readonly T[]): T[] {
  const out: T[] = []
  for (const node of nodes) {
    const previous = out[out.length - 1]
    const origin = pieceOf.get(node)
    if (!previous || !origin || pieceOf.get(previous) !== origin || previous.type !== node.type) {
      out.push(node)
      continue
    }
    let joined: RootContent
    if (node.type === 'paragraph' && previous.type === 'paragraph') joined = { ...previous, children: [...previous.children, { type: 'text', value: ' ' }, ...node.children] }
    else if (node.type === 'blockquote' && previous.type === 'blockquote') joined = { ...previous, children: joinNodes([...previous.children, ...node.children]) }
    else if (node.type === 'list' && previous.type === 'list') {
      const items = [...previous.children]
      for (const item of node.children) {
        const last = items[items.length - 1]
        const origin = pieceOf.get(item)
        if (last && origin && pieceOf.get(last) === origin) {
          const merged = joinItems(last, item)
          pieceOf.set(merged, origin)
          items[items.length - 1] = merged
        } else items.push(item)
      }
      joined = { ...previous, children: items }
    } else {
      out.push(node)
      continue
    }
    pieceOf.set(joined, origin)
    out[out.length - 1] = joined as T
  }
  return out
}

/** A page's units with consecutive pieces of one cut block joined again. */
function joinPieces(units: readonly FaceUnit[]): FaceUnit[] {
  const out: FaceUnit[] = []
  for (const unit of units) {
    const previous = out[out.length - 1]
    const joined = previous ? joinNodes([previous.node as RootContent, unit.node as RootContent]) : []
    if (previous && joined.length === 1) out[out.length - 1] = { ...previous, node: joined[0] as FaceUnit['node'] }
    else out.push(unit)
  }
  return out
}

/** A heading without the "(cont.)" a continued slide's heading ends with. */
function withoutCont(heading: Heading): Heading {
  const last = heading.children[heading.children.length - 1]
  if (last?.type !== 'emphasis' || toString(last) !== '(cont.)') return heading
  const children = heading.children.slice(0, -1)
  const space = children[children.length - 1]
  if (space?.type === 'text' && space.value.trim() === '') children.pop()
  return { ...heading, children }
}

/** The attributes of a continuation slide: the first part's look, without its id (ids are unique) or title-slide class. */
function continuationAttributes(attributes: Record<string, string> | undefined): Record<string, string> {
  const { id: _id, ...rest } = attributes ?? {}
  const className = (rest.class ?? '')
    .split(/\s+/)
    .filter((name) => name && name !== 'title-slide')
    .join(' ')
  if (className) rest.class = className
  else delete rest.class
  return rest
}

/** The slide marked to be shown at `scale` (unchanged at 1). */
function withScale(slide: Slide, scale: number): Slide {
  if (scale >= 1) return slide
  const attributes = { ...slide.data?.attributes }
  attributes.class = [attributes.class, fitClasses(scale)].filter(Boolean).join(' ')
  return { ...slide, data: { ...slide.data, attributes } }
}

function slideFloor(slide: Slide): number {
  return isTitleSlide(slide) ? titleFitFloor : fitFloor
}

function isTitleSlide(slide: Slide): boolean {
  return (slide.data?.attributes?.class ?? '').split(/\s+/).includes('title-slide')
}

function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)
}
