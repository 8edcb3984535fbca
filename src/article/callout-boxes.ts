/**
 * A box the writer set apart under a label of its own, a quotation's markup around a list: "> **Lessons learned**" over
 * four lessons had closed a parenting essay and shown one sentence of them among the prose. It is a section of its own,
 * titled by its label, its list a slide's list.
 */
import type { Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** Words at most in a box's label. */
const labelWords = 5

/**
 * Each top-level quotation that opens with a label alone in bold, holds a list and ends its section becomes a heading
 * (at the depth of the article's sections, a `##` when there are none) and its content.
 *
 * @param children The article's blocks.
 * @returns The blocks, each such box opened.
 */
export function openCalloutBoxes(children: readonly RootContent[]): RootContent[] {
  const depth = Math.max(2, Math.min(6, ...children.flatMap((node) => (node.type === 'heading' && node.depth > 1 ? [node.depth] : [])))) as Heading['depth']
  return children.flatMap((node, at): RootContent[] => {
    if (node.type !== 'blockquote') return [node]
    // (Only one that ends its section, so that no prose after it falls under its label.)
    const next = children.slice(at + 1).find((other) => other.type !== 'definition' && other.type !== 'footnoteDefinition' && other.type !== 'html')
    if (next !== undefined && next.type !== 'heading') return [node]
    const [label, ...rest] = node.children
    const only = label?.type === 'paragraph' && label.children.length === 1 ? label.children[0] : undefined
    const text = only?.type === 'strong' ? toString(only).trim().replace(/:$/, '') : ''
    if (text === '' || text.split(/\s+/).length > labelWords || !rest.some((child) => child.type === 'list')) return [node]
    return [{ type: 'heading', depth, children: [{ type: 'text', value: text }], position: label!.position }, ...rest]
  })
}
