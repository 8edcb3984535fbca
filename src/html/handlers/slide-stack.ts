/**
 * mdast-util-to-hast handler for a `slideStack` node: a `<section>` holding
 * the vertical slides.
 */
import type { Element } from 'hast'
import type { State } from 'mdast-util-to-hast'
import type { SlideStack } from '../../types.js'

/**
 * Turn a vertical stack into a `<section>` of `<section>`s.
 *
 * @param state Conversion state.
 * @param node The stack.
 */
export function slideStack(state: State, node: SlideStack): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: {},
    children: state.wrap(state.all(node), true)
  }
}
