/**
 * Measuring a slide face to decide what fits: the box model of
 * `slide-metrics.ts` (with the footnotes the face cites), at full size or
 * shrunk the way `lectern.css` shrinks a slide marked `lectern-fit`.
 */
import type { FootnoteDefinition, Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { faceHeight, titleHeight, zoomedFaceHeight, type TitleFace } from './face-height.js'
import type { SlideMetrics } from './slide-metrics.js'

/** Options of a {@link FaceMeasure}. */
export interface MeasureOptions {
  /**
   * Scale of the face, as `lectern.css` applies it with `zoom` to every
   * child of a `lectern-fit` slide but its opening heading (on a title
   * slide: to its `#` title alone); default 1.
   */
  scale?: number | undefined
  /** The face is a title slide's, styled by `.title-slide`; default `false`. */
  title?: boolean | undefined
}

/** Height, in px, of a face (heading first), with its footnotes. */
export type FaceMeasure = (face: readonly RootContent[], options?: MeasureOptions) => number

/**
 * A measure of slide faces for one deck.
 *
 * Shrinking a face by a factor `s` with CSS `zoom` lays its blocks out in a
 * box `1/s` times as wide and draws them `s` times as small: a shrunk face
 * is measured with text taken `s` times as wide (the model's `widthFactor`)
 * and its height scaled by `s`.
 *
 * @param metrics The deck's slide box model, from `slideMetrics`.
 * @param definitions The document's footnote definitions, by identifier.
 */
export function createFaceMeasure(metrics: SlideMetrics, definitions: ReadonlyMap<string, FootnoteDefinition> = new Map()): FaceMeasure {
  const base = metrics
  const cache = new Map<number, SlideMetrics>([[1, base]])
  const metricsAt = (scale: number): SlideMetrics => {
    let scaled = cache.get(scale)
    if (!scaled) {
      scaled = { ...base, widthFactor: base.widthFactor * scale }
      cache.set(scale, scaled)
    }
    return scaled
  }
  const height = (nodes: readonly RootContent[], scale: number): number => (nodes.length === 0 ? 0 : scale * faceHeight(nodes, metricsAt(scale)))

  return function (face, options = {}) {
    const scale = options.scale ?? 1
    // The definitions of the footnotes it cites go along: the model prints them at the foot of the face.
    const nodes = [...face, ...cited(face, definitions)]
    if (options.title) {
      // A title slide is drawn as the theme styles `.title-slide`, or as plain blocks where a sanitiser removed the class.
      const { title, h1, rest } = titleFace(nodes)
      if (!title || !h1) return height(nodes, 1)
      const heading: TitleFace = { title: title.title, meta: 0 }
      const styled = titleHeight(title, base) - titleHeight(heading, base) + height(rest, 1)
      const plain = faceHeight(nodes, base) - faceHeight([h1], base)
      return Math.max(styled + scale * titleHeight(heading, metricsAt(scale)), plain + height([h1], scale))
    }
    if (scale === 1) return faceHeight(nodes, base)
    return zoomedFaceHeight(nodes, base, metricsAt(scale), scale)
  }
}

/** The parts of a title slide that `.title-slide` styles (kicker, `#`, subtitle, author, date), and the rest. */
function titleFace(nodes: readonly RootContent[]): { title: TitleFace | undefined; h1: Heading | undefined; rest: RootContent[] } {
  const classOf = (node: RootContent): string => {
    const className = node.type === 'paragraph' ? node.data?.hProperties?.className : undefined
    return Array.isArray(className) ? className.map(String).join(' ') : ''
  }
  const h1 = nodes.find((node): node is Heading => node.type === 'heading' && node.depth === 1)
  if (!h1) return { title: undefined, h1: undefined, rest: [...nodes] }
  const text = (name: string): string | undefined => {
    const found = nodes.find((node) => classOf(node).split(' ').includes(name))
    return found ? toString(found) : undefined
  }
  const styled = (node: RootContent): boolean => node === h1 || /\b(?:kicker|subtitle|author|date)\b/.test(classOf(node))
  return {
    title: { kicker: text('kicker'), title: toString(h1), subtitle: text('subtitle'), meta: nodes.filter((node) => /\b(?:author|date)\b/.test(classOf(node))).length },
    h1,
    rest: nodes.filter((node) => !styled(node))
  }
}

/**
 * Collect the footnote definitions of a tree by identifier.
 *
 * @param tree Any mdast node.
 */
export function footnoteDefinitions(tree: RootContent | { type: 'root'; children: RootContent[] }): Map<string, FootnoteDefinition> {
  const found = new Map<string, FootnoteDefinition>()
  visit(tree as Parameters<typeof visit>[0], 'footnoteDefinition', (node: FootnoteDefinition) => {
    if (!found.has(node.identifier)) found.set(node.identifier, node)
  })
  return found
}

/** The definitions of the footnotes a face cites, in order. */
function cited(face: readonly RootContent[], definitions: ReadonlyMap<string, FootnoteDefinition>): FootnoteDefinition[] {
  const found: FootnoteDefinition[] = []
  // Most documents have no footnotes: then nothing is cited, and the face is not walked at every measure.
  if (definitions.size === 0) return found
  for (const node of face) {
    visit(node, 'footnoteReference', (reference) => {
      const definition = definitions.get(reference.identifier)
      if (definition && !found.includes(definition)) found.push(definition)
    })
  }
  return found
}
