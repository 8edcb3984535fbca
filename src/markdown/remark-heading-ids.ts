/**
 * Heading attributes written the Pandoc or kramdown way (`## Results {#results}`,
 * `## Setup {#setup .small}`, Quarto's `## Acknowledgments {.appendix}`) and MDX's heading ids (`## Routing {/routing/}`):
 * the id is kept for links, the braces never reach a slide title.
 */
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

/** A trailing `{#id .class}`, `{.class}` (Quarto's `{.appendix}`), `{-}` (unnumbered) or `{/id/}` block on a heading's last text. */
const attributeBlock = /\{(?:#([\w:.-]+)[^}]*|\/\*?([^}]*?)\*?\/|\s*(?:-|\.[\w-]+)(?:\s+(?:[.#][\w:.-]+|[\w-]+=(?:"[^"]*"|\S+)|-))*\s*)\}\s*$/

/**
 * Strip heading attribute blocks and keep their id.
 *
 * @returns Transformer.
 */
export function remarkHeadingIds() {
  return function (tree: Root): void {
    visit(tree, 'heading', (node: Heading) => {
      // The block may span several nodes: `{/*id*/}` parses as text, emphasis, text.
      for (let start = node.children.length - 1; start >= 0; start--) {
        const first = node.children[start]!
        if (first.type !== 'text' || !first.value.includes('{')) continue
        const brace = first.value.lastIndexOf('{')
        const tail = first.value.slice(brace) + toString({ type: 'paragraph', children: node.children.slice(start + 1) })
        const match = attributeBlock.exec(tail)
        if (!match || match.index !== 0) return
        first.value = first.value.slice(0, brace).trimEnd()
        node.children.splice(first.value === '' ? start : start + 1)
        const id = (match[1] ?? match[2] ?? '').replace(/^\*|\*$/g, '')
        if (/^[\w:.-]+$/.test(id)) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } }
        return
      }
    })
  }
}
