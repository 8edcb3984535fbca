/**
 * A condensed slide with little on it, drawn larger: two or three short
 * bullets at the theme's size fill the top third of a slide and leave the
 * rest empty (two blind reviews: "three bullets sit in the top 40% of the
 * slide with nothing below"). When the face, measured with the theme's box
 * model, still fills at most {@link roomShare} of the slide drawn at 1.25×
 * (or 1.15×), everything but its heading is drawn at that size.
 */
import type { RootContent } from 'mdast'
import type { FaceMeasure } from '../article/face-measure.js'
import type { Slide } from '../types.js'

/** Sizes a sparse slide grows to, largest first. */
const growScales = [1.25, 1.15] as const

/**
 * Share of the slide's content height a grown face may fill: room to spare, never a full slide of large text. (Four
 * fifths: at seven tenths two bullets of two lines stayed at 1.15×, and blind readers of sets 47–49 found most slides
 * half empty.)
 */
const roomShare = 0.8

/** Classes `lectern.css` grows a slide with: `lectern-grow` and `lectern-grow-NNN`. */
export function growClasses(scale: number): string {
  return `lectern-grow lectern-grow-${Math.round(scale * 100)}`
}

/**
 * The height of a face whose body (all but its opening heading) is drawn at
 * a given scale: the face at full size, less its body at full size, plus its
 * body at that scale. (Measuring heading and body apart would count the
 * margin between them twice: it collapses into one.)
 *
 * @param face The slide's face.
 * @param measure The deck's face measure.
 * @returns The face's height at a scale (the full-size parts measured once).
 */
export function grownHeight(face: readonly RootContent[], measure: FaceMeasure): (scale: number) => number {
  const body = face[0]?.type === 'heading' ? face.slice(1) : face
  const fixed = measure(face) - measure(body)
  return (scale) => fixed + measure(body, { scale })
}

/**
 * The slide drawn larger when it is a plain bullet slide with room to spare,
 * else the slide as it was.
 *
 * @param slide A slide that fits at full size (after `fitSlide`).
 * @param measure The deck's face measure.
 * @param height The slide's content height.
 */
export function growSparse(slide: Slide, measure: FaceMeasure, height: number): Slide {
  const attributes = slide.data?.attributes ?? {}
  // (Cards are drawn at their own size: `list-cards.ts`.)
  if (attributes['data-layout'] !== 'bullets' || /\blectern-fit\b|\btitle-slide\b|\blayout-bullets-cards\b/.test(attributes.class ?? '')) return slide
  const face = slide.children.filter((node) => node.type !== 'notes') as RootContent[]
  // Bullets and lead-ins only: a listing, a table or a picture keeps its size.
  if (!face.some((node) => node.type === 'list') || face.some((node) => !['heading', 'list', 'paragraph'].includes(node.type))) return slide
  const at = grownHeight(face, measure)
  const scale = growScales.find((candidate) => at(candidate) <= height * roomShare)
  if (scale === undefined) return slide
  return { ...slide, data: { ...slide.data, attributes: { ...attributes, class: [attributes.class, growClasses(scale)].filter(Boolean).join(' ') } } }
}
