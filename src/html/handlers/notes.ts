/**
 * mdast-util-to-hast handler for a `notes` node: `<aside class="notes">`,
 * which reveal's speaker view reads.
 */
import type { Element } from 'hast'
import type { State } from 'mdast-util-to-hast'
import type { Notes } from '../../types.js'

/**
 * Turn speaker notes into `<aside class="notes">`.
 *
 * @param state Conversion state.
 * @param node The notes.
 */
export function notes(state: State, node: Notes): Element {
  return {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['notes'] },
    children: state.wrap(state.all(node), true)
  }
}
