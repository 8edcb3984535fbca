/**
 * rehype plugin: put drawn Mermaid diagrams in place of their code blocks,
 * as inline SVG in a `<figure class="mermaid-diagram">`. A diagram Mermaid
 * cannot read stays a code block, with a one-line warning at its line.
 */
import type { Element, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { createHash } from 'node:crypto'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { DiagramResult, DiagramTheme } from './mermaid-blocks.js'
import { sanitizeSvg } from './sanitize-svg.js'

/** Options of {@link rehypeMermaid}. */
export interface RehypeMermaidOptions {
  /** The drawn diagrams by their source (trimmed as in the code block); a source not there stays code. */
  diagrams: ReadonlyMap<string, DiagramResult>
  /** The Mermaid theme they were drawn in (`dark` is turned light by lectern.css in a dark theme's light handout); default `default`. */
  theme?: DiagramTheme | undefined
}

function classesOf(element: Element): string[] {
  const value = element.properties['className']
  return Array.isArray(value) ? value.map(String) : []
}

/**
 * Replace each `<pre><code class="language-mermaid">` whose source was drawn with its SVG.
 *
 * @param options The drawn diagrams.
 */
export function rehypeMermaid(options: RehypeMermaidOptions) {
  return function (tree: Root, file: VFile): void {
    visit(tree, 'element', (element: Element, index, parent) => {
      if (element.tagName !== 'pre' || !parent || index === undefined) return undefined
      const code = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      if (!code || !classesOf(code).includes('language-mermaid')) return undefined
      const source = toText(code, { whitespace: 'pre' }).replace(/\n$/, '')
      const result = options.diagrams.get(source)
      if (!result) return SKIP
      const svg = result.svg === undefined ? undefined : sanitizeSvg(result.svg, `mermaid-${createHash('sha256').update(source).digest('hex').slice(0, 12)}`)
      if (!svg) {
        const start = element.position?.start
        // The fence is the block's first line; Mermaid counts from the line after it.
        const line = start && result.line !== undefined ? start.line + result.line : start?.line
        file.message(`Cannot draw Mermaid diagram: ${result.error ?? 'no drawing'}; shown as code`, {
          place: line !== undefined ? { line, column: 1 } : element.position,
          ruleId: 'mermaid',
          source: 'lectern'
        })
        return SKIP
      }
      svg.properties['dataMermaidTheme'] = options.theme ?? 'default'
      const figure: Element = { type: 'element', tagName: 'figure', properties: { className: ['mermaid-diagram'] }, children: [svg], position: element.position }
      parent.children.splice(index, 1, figure)
      return SKIP
    })
  }
}
