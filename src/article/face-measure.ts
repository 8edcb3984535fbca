/**
 * Measuring a slide face to decide what fits: the box model of
 * `slide-metrics.ts`, plus stand-ins for what that model does not lay out
 * (raw HTML blocks, the footnotes printed at the foot of a slide), at full
 * size or shrunk the way `lectern.css` shrinks a slide marked `lectern-fit`.
 */
import type { FootnoteDefinition, Heading, Image, List, ListItem, Paragraph, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { faceHeight, titleHeight, type SlideMetrics, type TitleFace } from './slide-metrics.js'

/** Font size of the footnotes at the foot of a slide, relative to the body (`.reveal .footnotes` in `lectern.css`). */
const footnoteSize = 0.45

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
    const nodes = face.flatMap(standIn)
    const notes = footnotes(face, definitions)
    const foot = notes ? height([notes], scale * footnoteSize) : 0
    if (options.title) {
      // A title slide is drawn as the theme styles `.title-slide`, or as plain blocks where a sanitiser removed the class.
      const { title, h1, rest } = titleFace(nodes)
      if (!title || !h1) return height(nodes, 1) + foot
      const heading: TitleFace = { title: title.title, meta: 0 }
      const styled = titleHeight(title, base) - titleHeight(heading, base) + height(rest, 1)
      const plain = faceHeight(nodes, base) - faceHeight([h1], base)
      return Math.max(styled + scale * titleHeight(heading, metricsAt(scale)), plain + height([h1], scale)) + foot
    }
    if (scale === 1) return faceHeight(nodes, base) + foot
    const kept = nodes[0]?.type === 'heading' ? 1 : 0
    return faceHeight(nodes.slice(0, kept), base) + height(nodes.slice(kept), scale) + foot
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

/** The footnotes a face cites, as the list printed at its foot. */
function footnotes(face: readonly RootContent[], definitions: ReadonlyMap<string, FootnoteDefinition>): List | undefined {
  const cited: string[] = []
  for (const node of face) {
    visit(node, 'footnoteReference', (reference) => {
      if (!cited.includes(reference.identifier) && definitions.has(reference.identifier)) cited.push(reference.identifier)
    })
  }
  if (cited.length === 0) return undefined
  const items: ListItem[] = cited.map((identifier) => ({ type: 'listItem', spread: false, children: structuredClone(definitions.get(identifier)!.children) }))
  return { type: 'list', ordered: true, spread: false, children: items }
}

// ── Stand-ins for raw HTML ───────────────────────────────────────────────────

const blockTags = /<\/?(?:p|div|aside|section|blockquote|figure|figcaption|h[1-6]|ul|ol|li|table|tr|pre|header|footer|details|summary|dl|dt|dd)\b[^>]*>|<br\s*\/?>/gi
const mediaTag = /<(?:img|video|iframe|svg|canvas|object|embed)\b[^>]*>/gi

/**
 * What a block is measured as: a raw HTML block as the paragraphs of its
 * text, each picture or video in it as an image (one from another site as
 * a line: a printed deck blocks it); an HTML comment as nothing; anything
 * else as itself.
 */
function standIn(node: RootContent): RootContent[] {
  if (node.type !== 'html') return [node]
  const value = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
  if (value.trim() === '') return []
  const out: RootContent[] = []
  for (const part of value.split(blockTags)) {
    const media = [...part.matchAll(mediaTag)].map((match) => match[0])
    const local = media.filter((tag) => !/\bsrc\s*=\s*["']?(?:https?:)?\/\//i.test(tag))
    if (local.length > 0) out.push({ type: 'paragraph', children: local.map((): Image => ({ type: 'image', url: 'x' })) })
    const text = decodeEntities(part.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
    // A picture from another site is blocked when printing: its alternative text and margins take a line of their own.
    if (media.length > local.length) out.push({ type: 'paragraph', children: [{ type: 'text', value: 'xxxxxxxx' }] })
    if (text) out.push({ type: 'paragraph', children: [{ type: 'text', value: text }] } satisfies Paragraph)
  }
  return out
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, decimal?: string, hex?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal))
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16))
    return entity === '&nbsp;' ? ' ' : 'x'
  })
}
