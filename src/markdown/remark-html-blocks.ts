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
 * A collapsed `<details>` block shows its `<summary>` on the page: the
 * summary becomes a paragraph in bold ("**How do I sign up?**", or its own
 * "**Hoger doel**: De apps moeten…"), so an FAQ's question labels its answer
 * and a list of conditions keeps their names; a summary that only says how
 * to open it ("Click to expand") goes.
 *
 * A box of prose or a list, `<section class="aside">`, `<aside>`, `<div class="tldr">`, gives its
 * content (a raw `<section>` in a slide is a slide of its own to Reveal); so does a run of paragraphs, lists and headings
 * written in HTML with no blank line between them (a page's body exported from an older site).
 *
 * Loaded only for Markdown sources that contain `<table`, `<blockquote`, `<details`, `<section`, `<aside` or `<div`, or
 * a line that opens with `<p>`, `<ul>`, `<ol>` or a heading's tag.
 */
import type { Blockquote, Html, Root, RootContent, Table } from 'mdast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { isHtmlBody } from '../article/html-blocks.js'

const opens = /^\s*<(table|blockquote)\b/i
const closesTag = (name: string): RegExp => new RegExp(`</${name}\\s*>\\s*$`, 'i')

/**
 * Turn raw HTML tables and block quotes into Markdown ones when the deck is condensed (article mode).
 */
export function remarkHtmlBlocks() {
  return (tree: Root, file: VFile): void => {
    if (!file.data.deck?.condensed) return
    // (The level of a question's heading: below the article's shallowest section heading.)
    const shallowest = Math.min(6, ...tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : [])))
    replaceIn(tree, Math.min(6, shallowest === 6 ? 2 : shallowest + 1) as 1 | 2 | 3 | 4 | 5 | 6)
  }
}

/** A `<details>` block's opening or closing tags, with its summary: `<details>`, `<summary>…</summary>`, `</details>`. */
// (With an empty anchor among them, `<a name="q-what-is-the-cra"></a>`: an FAQ's link target.)
const detailsTags = /^\s*(?:<\/?details\b[^>]*>\s*|<summary\b[^>]*>[\s\S]*?<\/summary>\s*|<a\b[^>]*>\s*<\/a>\s*)+$/i

/** A summary that only says how to open its block. */
const opener = /^(?:click|tap|show|view|expand|see|details?|more|read more|toggle|open)\b/i

/** The paragraph a `<details>` block's summary shows, `undefined` for none. */
function summaryOf(html: Html, depth: 1 | 2 | 3 | 4 | 5 | 6): RootContent | undefined {
  const summary = /<summary\b[^>]*>([\s\S]*?)<\/summary>/i.exec(html.value)?.[1]
  if (!summary || opener.test(summary.replace(/<[^>]+>/g, '').trim())) return undefined
  // (Without the item's own number before it, a link to itself: "<a href="#faq-tmp-154">tmp-154.</a> What is the CRA?".)
  const converted = toMdast(fromHtml(`<p>${summary.trim().replace(/^(<strong>)?\s*<a\b[^>]*href="#[^"]*"[^>]*>[\w-]*\d[\w-]*\.?<\/a>\s*/i, '$1')}</p>`, { fragment: true })) as Root
  const paragraph = converted.children.find((node) => node.type === 'paragraph')
  if (paragraph?.type !== 'paragraph' || toString(paragraph).trim() === '') return undefined
  if (html.position) paragraph.position = html.position
  // A question is a heading over its answer, one level below the article's sections, as a bold question line is.
  if (/\?\s*$/.test(toString(paragraph))) return { type: 'heading', depth, children: paragraph.children.flatMap((child) => (child.type === 'strong' ? child.children : [child])), position: paragraph.position }
  // (A summary is a label: in bold unless its author set part of it so.)
  if (!paragraph.children.some((child) => child.type === 'strong')) paragraph.children = [{ type: 'strong', children: paragraph.children }]
  return paragraph
}

function replaceIn(parent: { children: RootContent[] }, depth: 1 | 2 | 3 | 4 | 5 | 6): void {
  const out: RootContent[] = []
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index]!
    if (node.type === 'html' && detailsTags.test(node.value)) {
      const summary = summaryOf(node, depth)
      if (summary) out.push(summary)
      continue
    }
    const name = node.type === 'html' ? opens.exec(node.value)?.[1]?.toLowerCase() : undefined
    // A box around prose or a list (`<section class="aside"><h3>TLDR</h3><ul>…`) gives its content: inside a slide a raw
    // `<section>` is a slide of its own to Reveal, and took the title slide's place.
    // (So does a body of paragraphs and lists written in HTML without blank lines, one raw block that ran 2,790 px off its
    // slide: a page's text exported from an older site, "<p>This statement from the Local Public Data Panel…</p><ul>…".)
    const prose = name === undefined && isHtmlBody(node) ? boxContent([node]) : undefined
    if (prose && prose.length > 0) {
      out.push(...prose)
      continue
    }
    const box = name === undefined && node.type === 'html' ? wrapper.exec(node.value)?.[1]?.toLowerCase() : undefined
    const closed = name ?? box ? closedRun(parent.children, index, (name ?? box)!) : undefined
    const converted = closed ? (name ? [toBlock(closed, name === 'table' ? 'table' : 'blockquote')].filter((block) => block !== undefined) : (boxContent(closed) ?? [])) : []
    if (closed && converted.length > 0) {
      out.push(...converted)
      index += closed.length - 1
      continue
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') replaceIn(node as { children: RootContent[] }, depth)
    out.push(node)
  }
  parent.children = out
}

/** The HTML blocks from `index` up to the one that closes the element `name` (a blank line inside it splits it into several), or `undefined` when none closes it. */
function closedRun(children: readonly RootContent[], index: number, name: string): Html[] | undefined {
  const closes = closesTag(name)
  let end = index
  while (!closes.test((children[end] as Html).value) && children[end + 1]?.type === 'html') end++
  const blocks = children.slice(index, end + 1) as Html[]
  return closes.test(blocks[blocks.length - 1]!.value) ? blocks : undefined
}

/** A box's opening tag: `<section>`, `<aside>` or `<div>` (with a class, an id or nothing). */
const wrapper = /^\s*<(section|aside|div)\b[^>]*>/i

/** The Markdown blocks a box of prose or a list holds, or `undefined` when it holds a picture, a frame, a form, a script or a table, or nothing to read. */
function boxContent(blocks: readonly Html[]): RootContent[] | undefined {
  // (A page's line breaks between a box's blocks, `<p></br><ul><li>…</li></br><li>…`, are spacing: as breaks they had
  // set each item's bullet on a line of its own; a closing `</br>` is a break to a browser.)
  let html = blocks.map((block) => block.value).join('\n').replace(/<\/br\s*>/gi, '<br>').replace(/(<(?:p|ul|ol|li|\/li|\/p|\/h[1-6])\b[^>]*>)(?:\s*<br\s*\/?>)+/gi, '$1').replace(/(?:<br\s*\/?>\s*)+(?=<\/?(?:ul|ol|li|p)\b)/gi, '')
  // (A paragraph a page's style sets as a quotation, `<p class="blog-quote">„Wenn wir Städte…“</p>`, is one, with the short
  // line under it that names who said it, `<p style="text-align:right">Stefan Kaufmann – Code for Ulm</p>`: they had been
  // bullets, the quotation's marks unbalanced and its speaker a bullet of their own.)
  // (A title's abbreviation may end it: "Fiona Krakenbürger – Community Managerin a.D.".)
  const attribution = (line: string): boolean => line.split(/\s+/).length <= 10 && /^[\p{Lu}—–-]/u.test(line) && !/[!?:]$/.test(line) && (!/\.$/.test(line) || /(?:\b\p{L}\.){2,}$|\b(?:Jr|Sr|Dr|Inc|Ltd)\.$/u.test(line))
  html = html.replace(/<p\b[^>]*\bclass="[^"]*\bquote\b[^"]*"[^>]*>([\s\S]*?)<\/p>(\s*<p\b[^>]*>\s*([^<]{2,80}?)\s*<\/p>)?/gi, (_, said: string, next: string | undefined, by: string | undefined) => (by !== undefined && attribution(by) ? `<blockquote><p>${said}</p><p>— ${by.replace(/^[—–-]\s*/, '')}</p></blockquote>` : `<blockquote><p>${said}</p></blockquote>${next ?? ''}`))
  // (A picture beside the prose is a paragraph of its own, which the deck keeps as it keeps any: `condense.ts`.)
  if (/<(?:iframe|video|audio|object|embed|svg|canvas|script|style|form|table|input|button)\b/i.test(html)) return undefined
  if (!/<(?:p|ul|ol|h[1-6]|blockquote)\b/i.test(html)) return undefined
  const converted = toMdast(fromHtml(html, { fragment: true })) as Root
  const content = converted.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  if (content.length === 0 || content.some((node) => !['paragraph', 'list', 'heading', 'blockquote', 'code', 'thematicBreak'].includes(node.type))) return undefined
  const start = blocks[0]!.position?.start
  const end = blocks[blocks.length - 1]!.position?.end
  if (start && end) for (const node of content) node.position = { start, end }
  return content
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
