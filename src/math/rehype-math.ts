/**
 * rehype plugin: render TeX math to HTML with KaTeX at build time,
 * so a deck needs no script for it and formulas print as they show.
 */
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import katex from 'katex'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

function classesOf(element: Element): string[] {
  const value = element.properties['className']
  return Array.isArray(value) ? value.map(String) : []
}


/**
 * LaTeX commands KaTeX does not define that articles written for Pandoc, R Markdown and MathJax use, as KaTeX
 * writes them: `\mbox{Beta}` is `\text{Beta}`.
 */
export const texMacros: Readonly<Record<string, string>> = { '\\mbox': '\\text{#1}' }

/**
 * A formula as KaTeX should read it: an underscore the writer escaped for their Markdown engine (`$SO\_2$`, as Hugo and
 * Jekyll posts write it so that `_` opens no emphasis) is the subscript it was in their page, not a literal underscore;
 * unless the formula sets text, where `\_` is an underscore.
 *
 * @param value The formula's TeX.
 */
export function texSource(value: string): string {
  return /\\(?:text|mathrm|texttt|operatorname|mbox)\b/.test(value) ? value : value.replace(/\\_/g, '_')
}

/** A formula that KaTeX cannot read, shown as its TeX source. */
function asSource(value: string, display: boolean): Element {
  return {
    type: 'element',
    tagName: 'code',
    properties: { className: ['math-error', display ? 'math-display' : 'math-inline'] },
    children: [{ type: 'text', value: display ? `$$${value}$$` : `$${value}$` }]
  }
}

/**
 * Replace the `<code class="math-inline">` and `<pre><code
 * class="math-display">` that remark-math's nodes become with KaTeX's
 * rendering. A formula KaTeX cannot read is a warning with its line (and
 * KaTeX's reason), and its source is shown on the slide instead.
 */
export function rehypeMath() {
  return function (tree: Root, file: VFile): void {
    visit(tree, 'element', (element: Element, index, parent) => {
      if (!parent || index === undefined || element.tagName !== 'code' && element.tagName !== 'pre') return undefined
      const code = element.tagName === 'pre' ? element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code') : element
      const classes = code ? classesOf(code) : []
      if (!code || !classes.includes('language-math')) return undefined
      if (element.tagName === 'code' && parent.type === 'element' && parent.tagName === 'pre') return undefined
      const display = element.tagName === 'pre' || classes.includes('math-display')
      const value = toText(code, { whitespace: 'pre' }).trim()
      let replacement: ElementContent[]
      try {
        // HTML only: KaTeX's MathML copy sits in a clipped 1px box, which the print check would take for cut-off content.
        const html = katex.renderToString(texSource(value), { displayMode: display, throwOnError: true, output: 'html', trust: false, strict: 'ignore', macros: { ...texMacros } })
        replacement = fromHtml(html, { fragment: true }).children as ElementContent[]
        // Screen readers read the formula's source instead.
        const outer = replacement.find((node): node is Element => node.type === 'element')
        if (outer) Object.assign(outer.properties, { role: 'math', ariaLabel: texSource(value) })
      } catch (error) {
        // KaTeX's `rawMessage` is the reason without the formula repeated and underlined.
        const raw = (error as { rawMessage?: unknown }).rawMessage
        const reason = typeof raw === 'string' ? raw : error instanceof Error ? error.message.replace(/^KaTeX parse error:\s*/, '') : String(error)
        file.message(`Cannot render math \`${value.length > 40 ? value.slice(0, 39) + '…' : value}\`: ${reason}; shown as source`, {
          place: element.position,
          ruleId: 'math',
          source: 'lectern'
        })
        replacement = [asSource(value, display)]
      }
      parent.children.splice(index, 1, ...replacement)
      return [SKIP, index + replacement.length]
    })
  }
}
