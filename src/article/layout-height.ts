/**
 * How tall a face is when its layout draws it otherwise than plain blocks
 * stacked (larger, in columns, beside a picture), and the sizes those
 * layouts use, kept in step with `lectern.css`.
 */
import { columnNarrowing } from './list-columns.js'
import type { Blockquote, List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { faceHeight, isImage } from './face-height.js'
import type { LayoutName } from './layout-names.js'
import { hasClass } from './node-classes.js'
import { attributedQuotation } from './pull-quotes.js'
import type { SlideMetrics } from './slide-metrics.js'

/**
 * How much larger than body text each layout draws its main block, as the
 * CSS `zoom` in `lectern.css` does (keep the two in step): the statement,
 * the quote, the key figure of a big number, the title of a closing slide,
 * and the title of a section divider (`##`, or `#` which starts larger).
 */
export const layoutScale = { statement: 1.45, quote: 1.15, figure: 3, title: 1.4, section: 1.9, sectionH1: 1.2 } as const

/**
 * A statement's title, a kicker over its claim (`lectern.css`): its size, in em of body text, and how much wider its
 * upper-case, letter-spaced text runs than a title's at that size (about 1.3 times).
 */
export const statementTitle = { size: 0.8, width: 1.3 } as const

/** A section divider's part number (`data-part`), in em of body text: its size and the room it takes with its margin (`lectern.css`). */
export const partNumber = { size: 2.4, height: 2.64 } as const

/** Room the statement, big-number and quote layouts leave above their body, as a share of the slide's height (`lectern.css`). */
export const layoutBodyOffset = 0.05
/** Most of the slide's height an image takes, full-bleed and beside bullets (`lectern.css`). */
export const imageHeight = { full: 0.55, beside: 0.5 } as const

/** Lines a short paragraph (a figure) takes at the figure's size: it wraps past about fourteen characters a line ("2.4 million", "172 KLOC" are one). */
function lines(node: RootContent): number {
  return Math.ceil(toString(node).length / 14)
}

/**
 * Height, in px, of a face shaped for a layout that draws it otherwise than
 * plain blocks stacked (see `lectern.css`): a section divider's title much
 * larger, under its part number; a closing slide's title larger; the statement, the quote and a big number's figure larger,
 * below the room the layout leaves under the title; two columns side by side (each as wide as half the slide); a
 * picture at its layout's height with a two-line caption. Other layouts:
 * `undefined` (measure the face as it is).
 *
 * @param face The face, heading first, shaped by {@link shapeFace}.
 * @param layout Its layout.
 * @param metrics The slide box model.
 * @param fit The scale a section divider's title is shrunk to (`lectern-fit-NN`); default 1.
 */
export function layoutHeight(face: readonly RootContent[], layout: LayoutName, metrics: SlideMetrics, fit = 1): number | undefined {
  const heading = face[0]?.type === 'heading' ? [face[0]] : []
  const body = face.slice(heading.length)
  const top = heading.length > 0 ? faceHeight(heading, metrics) : 0
  const scaled = (nodes: readonly RootContent[], scale: number): number => (nodes.length === 0 ? 0 : scale * faceHeight(nodes, { ...metrics, widthFactor: metrics.widthFactor * scale }))
  const plain = (nodes: readonly RootContent[]): number => (nodes.length === 0 ? 0 : faceHeight(nodes, metrics))
  // The statement, big-number and quote layouts set their title's bottom margin to 0.4em, and the offset below it.
  const h2 = metrics.model.headings[2]
  const offset = metrics.height * layoutBodyOffset + Math.max(0, 0.4 * h2.text.size - h2.marginBottom)
  // Two lines of caption at 0.6em, and its margin.
  const caption = metrics.model.paragraph.text.lineHeight * 1.5
  const collapsed = Math.min(metrics.model.paragraph.marginTop, metrics.model.list.tight.marginTop)
  switch (layout) {
    case 'section': {
      // The title drawn much larger over its rule (0.12em and 0.06em of the title's size), without margins of its own,
      // under room for the part number (reserved whether or not the deck numbers its parts).
      const depth = heading[0]?.depth === 1 ? 1 : 2
      const scale = (depth === 1 ? layoutScale.sectionH1 : layoutScale.section) * fit
      const { text, marginTop, marginBottom } = metrics.model.headings[depth]
      const rule = (0.18 * text.size - marginTop - marginBottom) * scale
      const number = partNumber.height * metrics.model.paragraph.text.size
      return number + scaled(heading, scale) + rule + plain(body)
    }
    case 'closing':
      return scaled(heading, layoutScale.title) + plain(body)
    case 'statement': {
      // Its title is smaller and wider (a kicker); the statement's top margin falls inside the larger one the title keeps below it.
      const size = (statementTitle.size * metrics.model.paragraph.text.size) / h2.text.size
      const kicker = heading.length > 0 ? size * faceHeight(heading, { ...metrics, widthFactor: metrics.widthFactor * size * statementTitle.width }) : 0
      const below = metrics.height * layoutBodyOffset + Math.max(0, size * (0.4 * h2.text.size - h2.marginBottom))
      return kicker + below + scaled(body, layoutScale.statement) - layoutScale.statement * collapsed
    }
    case 'big-number': {
      // The figure is one line (line-height 1.1, 0.15em below it, and room for the font's ascent) of body-sized text, drawn 3x.
      const figure = body.filter((node) => hasClass(node, 'key-figure'))
      const drawn = figure.reduce((sum, node) => sum + Math.max(1, lines(node)) * 1.35 * metrics.model.paragraph.text.size * layoutScale.figure, 0)
      const rest = body.filter((node) => !figure.includes(node))
      // The claim's top margin falls inside the figure's.
      return top + offset + drawn + plain(rest) - (rest.length > 0 && drawn > 0 ? collapsed : 0)
    }
    case 'quote': {
      const quotes = body.filter((node): node is Blockquote => node.type === 'blockquote')
      // A title that is an attributed quotation puts the name on a line of its own (0.55em, and 0.3em above it).
      const named = heading[0] && attributedQuotation(toString(heading[0])) ? 0.55 * 1.5 * h2.text.size : 0
      return top + named + offset + quotes.reduce((sum, node) => sum + scaled([node], layoutScale.quote), 0) + plain(body.filter((node) => !quotes.includes(node as Blockquote)))
    }
    case 'image': {
      const start = body.findIndex((node) => hasClass(node, 'column-start'))
      const narrow = { ...metrics, widthFactor: metrics.widthFactor * columnNarrowing }
      const column = (nodes: readonly RootContent[]): number =>
        nodes.reduce((sum, node) => sum + (isImage(node) ? metrics.height * imageHeight.beside + caption : 0), 0) + (nodes.some((node) => !isImage(node)) ? faceHeight(nodes.filter((node) => !isImage(node)), narrow) : 0)
      if (start > 0) return top + Math.max(column(body.slice(0, start)), column(body.slice(start)))
      return top + body.reduce((sum, node) => sum + (isImage(node) ? metrics.height * imageHeight.full + caption : 0), 0) + plain(body.filter((node) => !isImage(node)))
    }
    case 'agenda': {
      // Up to seven short entries in two columns (`lectern.css`): as tall as the first column's entries, laid out narrower.
      const list = body.find((node): node is List => node.type === 'list' && hasClass(node, 'agenda-columns'))
      if (!list) return undefined
      const narrow = { ...metrics, widthFactor: metrics.widthFactor * columnNarrowing }
      return top + faceHeight([{ ...list, children: list.children.slice(0, Math.ceil(list.children.length / 2)) }], narrow)
    }
    case 'two-columns': {
      const start = body.findIndex((node) => hasClass(node, 'column-start'))
      if (start <= 0) return undefined
      const narrow = { ...metrics, widthFactor: metrics.widthFactor * columnNarrowing }
      return top + Math.max(faceHeight(body.slice(0, start), narrow), faceHeight(body.slice(start), narrow))
    }
    default:
      return undefined
  }
}
