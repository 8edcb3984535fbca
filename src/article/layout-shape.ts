/**
 * A face shaped for its layout: the figure, pull quote or picture moved
 * before the bullets, the second column marked; and the classes that
 * mark them, which the layout's measure and `rehype-layouts` read.
 */
import type { BlockContent, List } from 'mdast'
import { isImage } from './face-height.js'
import type { LayoutChoice } from './layout-names.js'
import { cardsClass } from './list-cards.js'
import { withClass } from './node-classes.js'


/**
 * Shape a face's body for its layout: a big number's figure above the
 * bullets (class `key-figure`; the bullet that names it moved first), a
 * pull quote above the bullet it quotes (`pull-quote`), the picture before
 * the bullets beside it, the start
 * of the second column (`column-start`, which `rehype-layouts` wraps into
 * columns), and bullets drawn as cards (`lectern-cards`). Nothing is dropped or reworded: a figure or a pull quote
 * repeats the article's words.
 *
 * @param body The face without its heading.
 * @param choice The layout and its details.
 */
export function shapeFace(body: readonly BlockContent[], choice: LayoutChoice): BlockContent[] {
  const { layout } = choice
  if (layout === 'big-number') {
    if (choice.figure) return [withClass({ type: 'paragraph', children: [{ type: 'text', value: choice.figure }] }, 'key-figure'), ...figureCaption(figureFirst(body, choice.figureItem), choice.figure)]
    if (body[0]?.type === 'paragraph') return [withClass(body[0], 'key-figure'), ...body.slice(1)]
  } else if (layout === 'quote' && choice.pullQuote) {
    return [withClass({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: choice.pullQuote }] }] }, 'pull-quote'), ...body]
  } else if (layout === 'image' && choice.variant === 'beside') {
    const text = body.filter((node) => !isImage(node))
    return [...body.filter(isImage), ...text.map((node, index) => (index === 0 ? withClass(node, 'column-start') : node))]
  } else if (layout === 'bullets' && choice.variant === 'cards' && body[0]?.type === 'list') {
    return [withClass(body[0], cardsClass), ...body.slice(1)]
  } else if (layout === 'two-columns') {
    const [first, second] = splitColumns(body, choice)
    return [...first, ...second.map((node, index) => (index === 0 ? withClass(node, 'column-start') : node))]
  }
  return [...body]
}

/**
 * The body with its label bullet read on from the figure above it, when the bullet opens with the figure ("60 BSOs told
 * us that they increasingly experience difficulties…" under "60 BSOs"): the rest of its words as the figure's caption,
 * a paragraph of class `figure-caption`, and not the figure twice (blind readers of sets 94 and 95 found it said word
 * for word). Other bodies as they are.
 */
function figureCaption(body: readonly BlockContent[], figure: string): BlockContent[] {
  const [list, ...rest] = body
  const item = list?.type === 'list' ? list.children[0] : undefined
  const paragraph = item?.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : undefined
  const text = paragraph?.children.length === 1 && paragraph.children[0]!.type === 'text' ? paragraph.children[0].value : ''
  const remainder = text.startsWith(`${figure} `) ? text.slice(figure.length + 1) : ''
  if (list?.type !== 'list' || !/^\p{Ll}/u.test(remainder) || remainder.split(/\s+/).length < 3) return [...body]
  const caption = withClass({ type: 'paragraph', children: [{ type: 'text', value: remainder }] }, 'figure-caption')
  return [caption, ...(list.children.length > 1 ? [{ ...list, children: list.children.slice(1) }] : []), ...rest]
}

/** The body with the bullet at `item` of its first list moved to the top of that list (the figure's label). */
function figureFirst(body: readonly BlockContent[], item: number | undefined): BlockContent[] {
  const list = body[0]
  if (!item || list?.type !== 'list' || !list.children[item]) return [...body]
  const children = [list.children[item]!, ...list.children.filter((_, index) => index !== item)]
  return [{ ...list, children }, ...body.slice(1)]
}


/**
 * The two columns of a body: blocks before and from `columnStart`; a list
 * at `columnStart` with `splitItems` set is cut into two lists there.
 *
 * @param body The face without its heading.
 * @param columns Where the second column starts.
 */
export function splitColumns(body: readonly BlockContent[], columns: Pick<LayoutChoice, 'columnStart' | 'splitItems'>): [BlockContent[], BlockContent[]] {
  const at = columns.columnStart ?? Math.ceil(body.length / 2)
  const node = body[at]
  if (columns.splitItems !== undefined && node?.type === 'list') {
    const head: List = { ...node, children: node.children.slice(0, columns.splitItems) }
    const tail: List = { ...node, children: node.children.slice(columns.splitItems), ...(node.ordered ? { start: (node.start ?? 1) + columns.splitItems } : {}) }
    return [[...body.slice(0, at), head], [tail, ...body.slice(at + 1)]]
  }
  return [body.slice(0, at), body.slice(at)]
}
