/**
 * Fitting one slide to its canvas: split at block boundaries into
 * "Heading", "Heading (cont.)"… slides, each shrunk if need be (never below
 * {@link fitFloor}); a block too tall even then is cut finer
 * (`fit-pieces.ts`); a title slide's title shrinks instead (never below
 * {@link titleFitFloor}); a layout that does not fit is laid out as bullets.
 */
import type { BlockContent, Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { FaceUnit } from '../article/condense.js'
import { layoutHeight } from '../article/layout-height.js'
import { isLayoutName } from '../article/layout-names.js'
import type { FaceMeasure } from '../article/face-measure.js'
import { assembleFace, paginate } from '../article/paginate.js'
import { continuedHeading } from '../article/long-headings.js'
import { continuedMark } from '../article/continued.js'
import { isMermaidCode } from '../mermaid/mermaid-blocks.js'
import { maxCodeLines } from '../article/face-height.js'
import type { SlideMetrics } from '../article/slide-metrics.js'
import type { Notes, Slide } from '../types.js'
import { joinNodes, joinPieces, refine } from './fit-pieces.js'

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
export interface Fitted {
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

/** What fitting a slide needs: the face measure, the box model, and the height a face may take. */
export interface Context {
  measure: FaceMeasure
  metrics: SlideMetrics
  height: number
}

/**
 * Split and shrink one slide as needed.
 *
 * @param slide The slide as written.
 * @param context The face measure, box model and height.
 */
export function fitSlide(slide: Slide, context: Context): Fitted {
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
    // (A divider keeps a tenth to spare from the start: "How the Hachyderm instance will reach consensus about Meta and
    // communicate about it" fitted by a few px on screen and printed blank.)
    if (!longCode && drawn <= (layout === 'section' ? height * 0.9 : height)) return { slides: [slide], shrunk: [], overflowing: [] }
    if (layout === 'section') {
      // A divider whose title is too long for its size keeps its layout: its title shrinks, as a title slide's does.
      // (With a tenth to spare: a title drawn a few px taller than the page in print is pushed whole onto the next
      // page, and the divider printed blank.)
      const scale = titleScales.find((candidate) => (layoutHeight(face, layout, context.metrics, candidate) ?? Infinity) <= height * 0.9)
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
  // (Never a page of sub-headings alone: "Digitale Hilfsmittel für Geflüchtete (Forts.)" had been a slide of its headings,
  // the quotation under them on the next; they go with what they head, shrunk if need be.)
  pages = pages.flatMap((page, index) => (index + 1 < pages.length && page.every((unit) => unit.node.type === 'heading') ? [] : [index > 0 && pages[index - 1]!.every((unit) => unit.node.type === 'heading') && page[0]?.node.type !== 'heading' ? [...pages[index - 1]!, ...page] : page]))
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

/** A heading without the "(cont.)" a continued slide's heading ends with. */
function withoutCont(heading: Heading): Heading {
  const last = heading.children[heading.children.length - 1]
  if (last?.type !== 'emphasis' || toString(last) !== continuedMark) return heading
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

/** The smallest scale of a slide: {@link titleFitFloor} for a title slide, else {@link fitFloor}. */
export function slideFloor(slide: Slide): number {
  return isTitleSlide(slide) ? titleFitFloor : fitFloor
}

/** Whether the slide is a title slide (class `title-slide`). */
export function isTitleSlide(slide: Slide): boolean {
  return (slide.data?.attributes?.class ?? '').split(/\s+/).includes('title-slide')
}

/** Whether a block is an HTML comment (an attribute comment), which leads no unit. */
function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)
}
