/**
 * remark plugin: TeX math in Markdown, `$…$` in a line and `$$…$$` on lines
 * of their own (remark-math), with Pandoc's rule for dollars that are money.
 */
import type { Root, Text } from 'mdast'
import type { InlineMath } from 'mdast-util-math'
import remarkMath from 'remark-math'
import type { Processor } from 'unified'
import { visit } from 'unist-util-visit'
import { inlineMath } from './inline-math.js'
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
  const start = node.position?.start.offset
  // (`$$y = mxq^k\epsilon $$`: money is never written between two pairs of dollars, and spaces inside them are TeX's.)
  if (start !== undefined && source.startsWith('$$', start) && node.value.trim() !== '') return false
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

/** Options of {@link remarkMoneyNotMath}. */
export interface MoneyNotMathOptions {
  /** A Markdown parser without math, to read again what lay between two dollars (a link, emphasis); none: kept as text. */
  parse?: ((markdown: string) => Root) | undefined
}

/**
 * Turn `$…$` that is money (`$20,000 and $30,000`, by Pandoc's rule) back
 * into what it was written as: text, and the Markdown between the two
 * dollars read as Markdown again ("$12,000/month through [Open
 * Collective](…). This is $4,000" keeps its link).
 *
 * @param options The parser to read the span again with.
 */
export function remarkMoneyNotMath(options?: MoneyNotMathOptions | null) {
  const parse = options?.parse
  return function (tree: Root, file: VFile): void {
    const source = String(file.value)
    // MathJax's inline delimiters, `\(\epsilon\)` (written `\\(` in Markdown), hold TeX as `$…$` does.
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('\\(')) return undefined
      const parts: Array<Text | InlineMath> = []
      let last = 0
      for (const match of node.value.matchAll(/\\\((.{1,200}?)\\\)/g)) {
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) })
        parts.push(inlineMath(match[1]!.trim()))
        last = match.index + match[0].length
      }
      if (parts.length === 0) return undefined
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) })
      parent.children.splice(index, 1, ...parts)
      return index + parts.length
    })
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      if (!parent || index === undefined || !isMoney(node, source)) return undefined
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : `$${node.value}$`
      const text: Text = { type: 'text', value: written, position: node.position }
      // (A backslash escape too: "$181,695,068—more than five times the \$34,052,350 budget" had shown its "\$".)
      const reread = parse && /[[*_`<\\]/.test(written) ? parse(written).children : undefined
      const phrasing = reread?.length === 1 && reread[0]!.type === 'paragraph' ? reread[0].children : undefined
      if (!phrasing) {
        parent.children[index] = text
        return undefined
      }
      // (Positions inside the span are the span's own, not the file's: dropped.)
      visit({ type: 'root', children: phrasing } as Root, (inner) => {
        delete inner.position
      })
      parent.children.splice(index, 1, ...phrasing)
      return index + phrasing.length
    })
  }
}
