/**
 * Struck-out text (`~~…~~`): what an author took back is no claim of the
 * article, so it never reaches a slide's face (the notes keep the source).
 */

/**
 * A node without its struck-out text, deep: "~~Give me examples of other systematic prioritization efforts so I don't
 * have to do the work myself.~~ Are there other instances…?" reads as its second sentence. The node itself when it has
 * none.
 *
 * @param node An mdast node.
 */
export function withoutStruck<T>(node: T): T {
  const children = (node as { children?: unknown[] }).children
  if (!Array.isArray(children)) return node
  const kept = children.filter((child) => (child as { type?: string }).type !== 'delete').map((child) => withoutStruck(child))
  return kept.length === children.length && kept.every((child, at) => child === children[at]) ? node : ({ ...node, children: kept } as T)
}
