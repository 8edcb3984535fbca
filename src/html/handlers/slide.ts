/**
 * mdast-util-to-hast handler for a `slide` node: a reveal `<section>`.
 */
import type { Element } from 'hast'
import type { State } from 'mdast-util-to-hast'
import type { Slide } from '../../types.js'
import { toProperties } from './properties.js'

/**
 * Turn a slide into `<section>` with its attributes and `data-source-line`.
 *
 * @param state Conversion state.
 * @param node The slide.
 */
export function slide(state: State, node: Slide): Element {
  const properties = toProperties(node.data?.attributes ?? {})
  const line = node.position?.start.line
  if (line !== undefined) properties.dataSourceLine = String(line)
  const result: Element = {
    type: 'element',
    tagName: 'section',
    properties,
    children: state.wrap(state.all(node), true)
  }
  state.patch(node, result)
  return result
}
