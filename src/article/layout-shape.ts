/**
 * A face shaped for its layout: the figure, pull quote or picture moved
 * before the bullets, the second column marked; and the classes that
 * mark them, which the layout's measure and `rehype-layouts` read.
 */
import type { BlockContent, List, RootContent } from 'mdast'
import { isImage } from './face-height.js'
import type { LayoutChoice } from './layout-names.js'

/** Whether a block carries a class (set by {@link shapeFace}). */
export function hasClass(node: RootContent, name: string): boolean {
  const value = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className
  return Array.isArray(value) ? value.includes(name) : value === name
}

/**
 * Shape a face's body for its layout: a big number's figure above the
 * bullets (class `key-figure`; the bullet that names it moved first), a
 * pull quote above the bullet it quotes (`pull-quote`), the picture before
 * the bullets beside it, and the start
 * of the second column (`column-start`, which `rehype-layouts` wraps into
 * columns). Nothing is dropped or reworded: a figure or a pull quote
 * repeats the article's words.
 *
 * @param body The face without its heading.
 * @param choice The layout and its details.
 */
export function shapeFace(body: readonly BlockContent[], choice: LayoutChoice): BlockContent[] {
  const { layout } = choice
  if (layout === 'big-number') {
    if (choice.figure) return [classed({ type: 'paragraph', children: [{ type: 'text', value: choice.figure }] }, 'key-figure'), ...figureFirst(body, choice.figureItem)]
    if (body[0]?.type === 'paragraph') return [classed(body[0], 'key-figure'), ...body.slice(1)]
  } else if (layout === 'quote' && choice.pullQuote) {
    return [classed({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: choice.pullQuote }] }] }, 'pull-quote'), ...body]
  } else if (layout === 'image' && choice.variant === 'beside') {
    const text = body.filter((node) => !isImage(node))
    return [...body.filter(isImage), ...text.map((node, index) => (index === 0 ? classed(node, 'column-start') : node))]
  } else if (layout === 'two-columns') {
    const [first, second] = splitColumns(body, choice)
    return [...first, ...second.map((node, index) => (index === 0 ? classed(node, 'column-start') : node))]
  }
  return [...body]
}

/** The body with the bullet at `item` of its first list moved to the top of that list (the figure's label). */
function figureFirst(body: readonly BlockContent[], item: number | undefined): BlockContent[] {
  const list = body[0]
  if (!item || list?.type !== 'list' || !list.children[item]) return [...body]
  const children = [list.children[item]!, ...list.children.filter((_, index) => index !== item)]
  return [{ ...list, children }, ...body.slice(1)]
}

/** A copy of `node` with one more class on its element. */
function classed<T extends BlockContent>(node: T, name: string): T {
  const properties = { ...node.data?.hProperties }
  const existing = properties.className
  const list = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? String(existing).split(' ') : []
  return { ...node, data: { ...node.data, hProperties: { ...properties, className: [...list, name] } } }
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
