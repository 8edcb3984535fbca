/**
 * remark plugin: TeX math in Markdown, `$…$` in a line and `$$…$$` on lines
 * of their own (remark-math), with Pandoc's rule for dollars that are money.
 */
import type { Root, Text } from 'mdast'
import type { InlineMath } from 'mdast-util-math'
import remarkMath from 'remark-math'
import type { Processor } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/**
 * Whether `$…$` found by the parser is money rather than math, by Pandoc's
 * rule: the opening `$` must have a non-space character right after it, the
 * closing one a non-space character right before it and no digit right
 * after it (`$20,000 and $30,000` is not math).
 *
 * @param node The inline math node.
 * @param source The document.
 */
function isMoney(node: InlineMath, source: string): boolean {
  if (/^\s|\s$/.test(node.value) || node.value === '') return true
  const end = node.position?.end.offset
  return end !== undefined && /^\d/.test(source.slice(end, end + 1))
}

/**
 * Parse `$…$` (inline) and `$$…$$` (display) math into `inlineMath` and
 * `math` nodes (a parser extension: use it where `remark-parse` is used), to
 * be rendered at build time by `rehypeMath`. {@link remarkMoneyNotMath} turns
 * the `$` signs that are money back into text.
 */
export function remarkDollarMath(this: Processor<Root>): void {
  remarkMath.call(this as never)
}

/**
 * Turn `$…$` that is money (`$20,000 and $30,000`, by Pandoc's rule) back
 * into the text it was written as.
 */
export function remarkMoneyNotMath() {
  return function (tree: Root, file: VFile): void {
    const source = String(file.value)
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      if (!parent || index === undefined || !isMoney(node, source)) return undefined
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const text: Text = { type: 'text', value: start !== undefined && end !== undefined ? source.slice(start, end) : `$${node.value}$`, position: node.position }
      parent.children[index] = text
      return undefined
    })
  }
}
