/**
 * The inline math node mdast-util-math makes, so rehype's math step renders
 * it: shared by the plugins that find math in text after parsing.
 */
import type { Text } from 'mdast'
import type { InlineMath } from 'mdast-util-math'

/**
 * An `inlineMath` node for `value`, as remark-math would have made it.
 *
 * @param value The TeX.
 * @param position Where it is in the source, when known.
 */
export function inlineMath(value: string, position?: Text['position']): InlineMath {
  return {
    type: 'inlineMath',
    value,
    ...(position ? { position } : {}),
    data: { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] }, hChildren: [{ type: 'text', value }] }
  }
}
