/**
 * remark plugin: reveal.js's line numbers and highlight steps on fenced code,
 * written after the language as in reveal.js's Markdown: ```` ```js [1|2-3] ````
 * highlights line 1, then lines 2 to 3; `[]` numbers the lines only;
 * `[10: 1|2]` numbers from 10. The brackets are kept on the `<code>` as
 * `data-line-numbers` (and `data-ln-start-from`); `rehypeCodeLines` lays the
 * lines out at build time. A Quarto or R Markdown chunk's `#|` option lines
 * (`#| label: setup`, `#| fig-alt: …`), which its page never shows, move from
 * its code to the end of its meta string, where `isOffFace` still reads them.
 */
import type { Code, Data, Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** reveal.js's syntax: `[offset: steps]`, steps of lines and ranges split by `,` and `|`. */
const lineNumbers = /^\[\s*(?:(\d+)\s*:)?\s*([\d\s,|-]*)\]$/

/** What the brackets after a code fence's language say. */
export interface CodeSteps {
  /** The steps as reveal.js writes them (`1|2-3`), empty for numbers only. */
  steps: string
  /** The number of the first line, when not 1. */
  startFrom?: number | undefined
}

/**
 * Read reveal.js's line-number brackets from a code fence's meta string.
 *
 * @param meta What follows the language on the fence line.
 * @returns The steps, or undefined when the meta is not such brackets.
 */
export function parseCodeSteps(meta: string | null | undefined): CodeSteps | undefined {
  const match = lineNumbers.exec(meta?.trim() ?? '')
  if (!match) return undefined
  const steps = match[2]!.replace(/\s+/g, '')
  const startFrom = match[1] === undefined ? undefined : Number(match[1])
  return startFrom === undefined ? { steps } : { steps, startFrom }
}

/**
 * Keep reveal.js's line numbers and steps of fenced code as attributes of its `<code>`.
 *
 * @returns Transformer.
 */
export function remarkCodeSteps() {
  return function (tree: Root): void {
    visit(tree, 'code', (node: Code) => {
      chunkOptions(node)
      const steps = parseCodeSteps(node.meta)
      if (!steps) return
      const data = (node.data ??= {}) as Data & { hProperties?: Record<string, unknown> }
      const properties = (data.hProperties ??= {})
      properties['dataLineNumbers'] = steps.steps
      if (steps.startFrom !== undefined) properties['dataLnStartFrom'] = String(steps.startFrom)
    })
  }
}

/**
 * Move a chunk's leading `#|` option lines (```` ```{r} ```` and the like; `%%|` in a Mermaid chunk, `//|` in an
 * Observable one) from its code to its meta string. A Quarto ```` ```{mermaid} ```` chunk is a Mermaid diagram.
 */
function chunkOptions(node: Code): void {
  if (!/^\{[\w-]+/.test(node.lang ?? '')) return
  if (/^\{mermaid\}$/i.test(node.lang ?? '')) node.lang = 'mermaid'
  const lines = node.value.split('\n')
  const count = lines.findIndex((line) => !/^(?:#|%%|\/\/)\|/.test(line))
  const options = count === -1 ? lines.length : count
  if (options === 0) return
  node.meta = [node.meta ?? '', ...lines.slice(0, options)].join('\n').trim()
  node.value = lines.slice(options).join('\n')
}
