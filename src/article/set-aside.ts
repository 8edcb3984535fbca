/**
 * Blocks of a section that a step before condensing sets aside for the
 * speaker notes (a quotation beyond those a joined list shows, a series'
 * navigation): condensing keeps them in the notes, in their place.
 */
import type { BlockContent } from 'mdast'

/** Whether a block was set aside for the notes ({@link setAside}). */
export function isSetAside(node: BlockContent): boolean {
  return (node.data as { setAside?: boolean } | undefined)?.setAside === true
}

/**
 * A copy of a block marked for the notes.
 *
 * @param node A block of a section.
 */
export function setAside(node: BlockContent): BlockContent {
  return Object.assign({}, node, { data: { ...node.data, setAside: true } }) as BlockContent
}
