/**
 * Flattening content nested deeper than a slide can show. Thousands of
 * nested quotes, lists or `*` overflow the call stack of the recursive tree
 * utilities after parsing; below the limit the tree is left as it is.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast'
import type { Position } from 'unist'

/** Deepest node kept as it is (the root is depth 0). */
export const maxTreeDepth = 100

/** Nodes whose children are phrasing content (text, emphasis, links). */
const phrasingParents = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell'])

/**
 * Replace everything nested below `maxDepth` with its text: in phrasing
 * content one text node, in a list one paragraph per item, elsewhere one
 * paragraph. Walks the tree without recursion.
 *
 * @param tree The document.
 * @param maxDepth Deepest node kept as it is; default {@link maxTreeDepth}.
 * @returns Where the first flattened node was, or `undefined` when nothing was flattened.
 */
export function limitDepth(tree: Root, maxDepth = maxTreeDepth): { position: Position | undefined } | undefined {
  let first: { position: Position | undefined } | undefined
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (!('children' in node)) continue
    const parent = node as Parent
    if (depth >= maxDepth && parent.children.some((child) => 'children' in child)) {
      first ??= { position: parent.position }
      flatten(parent)
      continue
    }
    for (const child of parent.children) stack.push([child as Nodes, depth + 1])
  }
  return first
}

function flatten(parent: Parent): void {
  if (phrasingParents.has(parent.type)) {
    parent.children = [{ type: 'text', value: textOf(parent, '') }] as Parent['children']
  } else if (parent.type === 'list') {
    for (const item of parent.children as Parent[]) item.children = [paragraph(textOf(item, ' '))] as Parent['children']
  } else {
    parent.children = [paragraph(textOf(parent, ' '))] as Parent['children']
  }
}

function paragraph(value: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value }] }
}

/** The text of a subtree, the values of its nodes joined by `separator`. */
function textOf(node: Parent, separator: string): string {
  const parts: string[] = []
  const stack: Nodes[] = [node as Nodes]
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('value' in current && typeof current.value === 'string' && current.type !== 'html' && current.type !== 'yaml') parts.push(current.value)
    if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes)
  }
  return parts.join(separator).replace(/\s+/g, ' ').trim()
}
