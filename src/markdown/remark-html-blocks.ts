/**
 * Tables and block quotes written as raw HTML in a Markdown article
 * (`<table class="table">` as Google Docs exports and many static-site posts
 * have them, `<blockquote style="…">` around a pull quote) become Markdown
 * tables and block quotes in article mode, so they are condensed, fitted,
 * laid out and kept like any other — a table's numbers reach the deck, a
 * pull quote gets its quote slide. A block split by blank lines (several
 * HTML blocks in a row) is joined first. Styles and classes go; the
 * converter keeps no script or handler. In a deck written as slides the HTML
 * is the author's and stays as written.
 *
 * Loaded only for Markdown sources that contain `<table` or `<blockquote`.
 */
import type { Blockquote, Html, Root, RootContent, Table } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'

const opens = /^\s*<(table|blockquote)\b/i
const closesTag = (name: string): RegExp => new RegExp(`</${name}\\s*>\\s*$`, 'i')

/**
 * Turn raw HTML tables and block quotes into Markdown ones when the deck is condensed (article mode).
 */
export function remarkHtmlBlocks() {
  return (tree: Root, file: VFile): void => {
    if (!file.data.deck?.condensed) return
    replaceIn(tree)
  }
}

function replaceIn(parent: { children: RootContent[] }): void {
  const out: RootContent[] = []
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index]!
    const name = node.type === 'html' ? opens.exec(node.value)?.[1]?.toLowerCase() : undefined
    if (name) {
      // The blocks up to the one that closes it (a blank line inside a table splits it into several).
      const closes = closesTag(name)
      let end = index
      while (!closes.test((parent.children[end] as Html).value) && parent.children[end + 1]?.type === 'html') end++
      const blocks = parent.children.slice(index, end + 1) as Html[]
      const block = closes.test(blocks[blocks.length - 1]!.value) ? toBlock(blocks, name === 'table' ? 'table' : 'blockquote') : undefined
      if (block) {
        out.push(block)
        index = end
        continue
      }
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') replaceIn(node as { children: RootContent[] })
    out.push(node)
  }
  parent.children = out
}

/** The Markdown table or block quote of some HTML blocks, or `undefined` when they hold anything but one. */
function toBlock(blocks: readonly Html[], type: 'table' | 'blockquote'): Table | Blockquote | undefined {
  const html = blocks.map((block) => block.value).join('\n')
  const converted = toMdast(fromHtml(html, { fragment: true })) as Root
  const content = converted.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  const found = content[0]
  if (content.length !== 1 || found?.type !== type || found.children.length === 0) return undefined
  const start = blocks[0]!.position?.start
  const end = blocks[blocks.length - 1]!.position?.end
  if (start && end) found.position = { start, end }
  return found.type === 'table' ? withHeader(found) : found
}

/** A table whose converted header row is empty takes its first row as the header. */
function withHeader(table: Table): Table {
  // A table without `<th>` cells gets an empty header row from the converter: its first row is the header
  // (and bold there needs no `<strong>`).
  const [first, second] = table.children
  if (first && second && first.children.every((cell) => toString(cell).trim() === '')) {
    table.children.shift()
    second.children = second.children.map((cell) => ({ ...cell, children: cell.children.length === 1 && cell.children[0]!.type === 'strong' ? cell.children[0].children : cell.children }))
  }
  return table
}
