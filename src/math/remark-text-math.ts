/**
 * remark plugin: math in a plain-text article, only where it is clearly TeX.
 * Text copied from a web page has dollars that are money far more often than
 * formulas, so `$…$` is math here only when Pandoc's rule holds (a non-space
 * after the opening `$`, before the closing one, no digit after it) and the
 * inside reads as TeX: a command (`\frac`, `\alpha`), or a superscript,
 * subscript or equation between letters (`E = mc^2`, `x_i`). Everything
 * else, `$$` included, stays text as written.
 */
import type { PhrasingContent, Root, Text } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { inlineMath } from './inline-math.js'

/** `$…$` on one line, Pandoc's rule for its edges; the inside is checked by {@link isClearlyTex}. */
const dollars = /(?<![\\$\w])\$(?=\S)([^$\n]{1,200}?)(?<=\S)\$(?![\d$])/g

/**
 * Whether the inside of `$…$` is clearly TeX rather than prices or prose.
 *
 * @param value What is between the dollars.
 */
export function isClearlyTex(value: string): boolean {
  if (/\\[a-zA-Z]+/.test(value)) return true
  // `mc^2`, `x_i`, `a^{n}`: a letter or closing brace before ^ or _.
  if (/[A-Za-z)}]\s*[\^_]\s*[\w{]/.test(value)) return true
  // `E = mc^2` is caught above; `a = b` with single letters on both sides too.
  return /^(?:[A-Za-z]\s*)+=\s*[A-Za-z0-9+\-*/ ()]+$/.test(value) && !/\b[A-Za-z]{3,}\b/.test(value)
}

/** Split one text node at the clearly-TeX `$…$` in it. */
function splitText(node: Text): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(dollars)) {
    if (!isClearlyTex(match[1]!)) continue
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) })
    parts.push(inlineMath(match[1]!, undefined))
    last = match.index + match[0].length
  }
  if (parts.length === 0) return undefined
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) })
  return parts
}

/**
 * Turn clearly-TeX `$…$` in a plain-text article's paragraphs, list items
 * and headings into inline math (code keeps its dollars).
 */
export function remarkTextMath() {
  return function (tree: Root): void {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return undefined
      const parts = splitText(node)
      if (!parts) return undefined
      ;(parent.children as PhrasingContent[]).splice(index, 1, ...parts)
      return [SKIP, index + parts.length]
    })
  }
}
