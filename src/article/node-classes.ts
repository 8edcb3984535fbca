/**
 * The classes a block of a face carries for the browser and the face measure (`data.hProperties.className`): a big
 * number's figure, a second column's start, a list drawn in two columns.
 */
import type { BlockContent, RootContent } from 'mdast'

/** Whether a block carries a class. */
export function hasClass(node: RootContent, name: string): boolean {
  const value = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className
  return Array.isArray(value) ? value.includes(name) : value === name
}

/** A copy of `node` with one more class on its element. */
export function withClass<T extends BlockContent>(node: T, name: string): T {
  const properties = { ...node.data?.hProperties }
  const existing: unknown = properties.className
  const list = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(' ') : []
  return { ...node, data: { ...node.data, hProperties: { ...properties, className: [...list, name] } } }
}
