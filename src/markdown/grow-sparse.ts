/**
 * A condensed slide with little on it, drawn larger: two or three short
 * bullets at the theme's size fill the top third of a slide and leave the
 * rest empty (two blind reviews: "three bullets sit in the top 40% of the
 * slide with nothing below"). When the face, measured with the theme's box
 * model, still leaves room to spare drawn at 1.35×, 1.25× or 1.15×
 * (the largest that does), everything but its heading is drawn at that size,
 * or at the size most of the deck's sparse slides may take when that is less.
 */
import type { RootContent } from 'mdast'
import type { FaceMeasure } from '../article/face-measure.js'
import type { Slide } from '../types.js'

/**
 * Sizes a sparse slide grows to, largest first, each with the share of the slide's content height the grown face
 * (margins included) may fill: room to spare, never a full slide of large text. At 1.25× and four fifths, two bullets
 * of two lines stayed at 1.15× and blind readers of sets 47–49 found most slides half empty; at 1.25× one or two
 * short bullets still left the lower half empty (sets 160–175: "bottom third of slides empty"). So a face that fills
 * at most four fifths at 1.35× is drawn at that size, and the smaller sizes may fill 85%. (Not 1.5×: the body's type
 * would be as large as the slide's title in the shipped themes, larger in `lectern-paper`, and the title would no
 * longer lead.)
 */
const growScales = [
  { scale: 1.35, room: 0.8 },
  { scale: 1.25, room: 0.85 },
  { scale: 1.15, room: 0.85 },
] as const

/** Classes `lectern.css` grows a slide with: `lectern-grow` and `lectern-grow-NNN`. */
export function growClasses(scale: number): string {
  return `lectern-grow lectern-grow-${Math.round(scale * 100)}`
}

/**
 * The largest size a plain bullet slide with room to spare may be drawn at, or `undefined` when it has none to spare.
 *
 * @param slide A slide that fits at full size (after `fitSlide`).
 * @param measure The deck's face measure.
 * @param height The slide's content height.
 */
export function sparseScale(slide: Slide, measure: FaceMeasure, height: number): number | undefined {
  const attributes = slide.data?.attributes ?? {}
  // (Cards are drawn at their own size: `list-cards.ts`.)
  if (attributes['data-layout'] !== 'bullets' || /\blectern-fit\b|\btitle-slide\b|\blayout-bullets-cards\b/.test(attributes.class ?? '')) return undefined
  const face = slide.children.filter((node) => node.type !== 'notes') as RootContent[]
  // Bullets and lead-ins only: a listing, a table or a picture keeps its size.
  if (!face.some((node) => node.type === 'list') || face.some((node) => !['heading', 'list', 'paragraph'].includes(node.type))) return undefined
  // (The measure lays the body out at the scale, its first top margin collapsing into the heading's bottom one.)
  return growScales.find((candidate) => measure(face, { scale: candidate.scale }) <= height * candidate.room)?.scale
}

/**
 * The size a deck's sparse slides grow to: the one most of them may take (the smaller of two as common). Each slide
 * grows to it, or to less when it has less room: a deck whose body type took four sizes from slide to slide looked
 * inconsistent to a blind reader of set 190.
 *
 * @param scales Each sparse slide's largest size (`sparseScale`).
 */
export function deckScale(scales: readonly number[]): number | undefined {
  const counts = new Map<number, number>()
  for (const scale of scales) counts.set(scale, (counts.get(scale) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
}

/**
 * A slide drawn at `scale` (no larger than its own room allows, `sparseScale`), else the slide as it was.
 *
 * @param slide The slide.
 * @param scale The size, or `undefined` to leave it as it is.
 */
export function growSlide(slide: Slide, scale: number | undefined): Slide {
  if (scale === undefined) return slide
  const attributes = slide.data?.attributes ?? {}
  return { ...slide, data: { ...slide.data, attributes: { ...attributes, class: [attributes.class, growClasses(scale)].filter(Boolean).join(' ') } } }
}
