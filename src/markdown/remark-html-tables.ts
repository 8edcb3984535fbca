/**
 * Tables written as raw HTML in a Markdown article (`<table class="table">`,
 * as Google Docs exports and many static-site posts have them) become
 * Markdown tables in article mode, so they are condensed, fitted, laid out
 * and kept like any other table — and their numbers reach the deck. A table
 * split by blank lines (several HTML blocks in a row) is joined first. In a
 * deck written as slides the HTML is the author's and stays as written.
 *
 * Loaded only for Markdown sources that contain `<table`.
 */
import type { Html, Root, RootContent, Table } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'

const opens = /^\s*<table\b/i
const closes = /<\/table\s*>\s*$/i

/**
 * Turn raw HTML tables into Markdown tables when the deck is condensed (article mode).
 */
export function remarkHtmlTables() {
  return (tree: Root, file: VFile): void => {
    if (!file.data.deck?.condensed) return
    replaceIn(tree)
  }
}

function replaceIn(parent: { children: RootContent[] }): void {
  const out: RootContent[] = []
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index]!
    if (node.type === 'html' && opens.test(node.value)) {
      // The blocks up to the one that closes the table (a blank line inside a table splits it into several).
      let end = index
      while (!closes.test((parent.children[end] as Html).value) && parent.children[end + 1]?.type === 'html') end++
      const blocks = parent.children.slice(index, end + 1) as Html[]
      const table = closes.test(blocks[blocks.length - 1]!.value) ? toTable(blocks) : undefined
      if (table) {
        out.push(table)
        index = end
        continue
      }
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') replaceIn(node as { children: RootContent[] })
    out.push(node)
  }
  parent.children = out
}

/** The Markdown table of some HTML blocks, or `undefined` when they hold anything but one table. */
function toTable(blocks: readonly Html[]): Table | undefined {
  const html = blocks.map((block) => block.value).join('\n')
  const converted = toMdast(fromHtml(html, { fragment: true })) as Root
  const content = converted.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  const table = content[0]
  if (content.length !== 1 || table?.type !== 'table' || table.children.length === 0) return undefined
  // A table without `<th>` cells gets an empty header row from the converter: its first row is the header
  // (and bold there needs no `<strong>`).
  const [first, second] = table.children
  if (first && second && first.children.every((cell) => toString(cell).trim() === '')) {
    table.children.shift()
    second.children = second.children.map((cell) => ({ ...cell, children: cell.children.length === 1 && cell.children[0]!.type === 'strong' ? cell.children[0].children : cell.children }))
  }
  const start = blocks[0]!.position?.start
  const end = blocks[blocks.length - 1]!.position?.end
  if (start && end) table.position = { start, end }
  return table
}
