/**
 * Raw HTML tables and block quotes in a Markdown article become Markdown
 * ones: condensed, fitted and laid out like any other, their numbers and
 * quotations on the slides.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Blockquote, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { parseDeck } from '../../src/html/render.js'
import { slidesOf } from '../helpers/deck-text.js'

const prose = (topic: string): string =>
  `The ${topic} generator was rewritten from scratch over a few weeks of evenings. Each stage was measured before and after the change, on the same machine. ` +
  `The slowest part was formatting numbers, which took most of the time. Writing the rows straight into a buffer made it several times faster.`

const table = `<table class="table table-bordered">
  <tr>
   <td><strong>Scale Factor</strong>
   </td>
   <td><strong>Time</strong>
   </td>
  </tr>
  <tr>
   <td>1
   </td>
   <td>0m4.079s
   </td>
  </tr>

  <tr>
   <td>100
   </td>
   <td>5m28.083s
   </td>
  </tr>
</table>`

async function tablesOf(source: string): Promise<{ tables: Table[]; quotes: Blockquote[]; html: string[] }> {
  const tree = await parseDeck(new VFile({ path: 'article.md', value: source }), {})
  const faces = slidesOf(tree).flatMap((slide) => slide.children)
  return {
    tables: faces.filter((node): node is Table => node.type === 'table'),
    quotes: faces.filter((node): node is Blockquote => node.type === 'blockquote'),
    html: faces.filter((node) => node.type === 'html').map((node) => toString(node))
  }
}

describe('HTML tables and quotes in articles', () => {
  it('should turn a styled HTML pull quote into a block quote with its credit, and no style or handler', async () => {
    const quote = `<blockquote style="font-size: 24px; color: #444" onclick="alert(1)">\n<p>In terms of real time communication, the Erlang VM is the best tool for the job.</p>\n<p style="font-size: 20px">— Jake Heinz, Lead Software Engineer</p>\n</blockquote>`
    const source = `# Chat at scale\n\n## Communication\n\n${prose('chat')}\n\n${quote}\n\n${prose('voice')}\n`
    const { quotes, html } = await tablesOf(source)
    assert.equal(quotes.length, 1)
    assert.match(toString(quotes[0]!), /the Erlang VM is the best tool for the job\..*Jake Heinz/)
    assert.deepEqual(quotes[0]!.children.map((child) => child.type), ['paragraph', 'paragraph'])
    assert.ok(!html.some((value) => /<blockquote|style=|onclick/i.test(value)), 'no raw quote markup left on a face')
  })

  it('should turn a raw HTML table (split by a blank line, no <th>) into a table whose first row is the header', async () => {
    const source = `# Faster data\n\n## Optimising\n\n${prose('data')}\n\n${prose('test')}\n\n${table}\n\n**Table 2** Single threaded performance.\n\n## Results\n\n${prose('report')}\n`
    const { tables, html } = await tablesOf(source)
    assert.equal(tables.length, 1, 'one table')
    const [header, ...rows] = tables[0]!.children
    assert.deepEqual(header!.children.map((cell) => toString(cell)), ['Scale Factor', 'Time'])
    assert.equal(header!.children[0]!.children[0]!.type, 'text', 'no <strong> inside a header cell')
    assert.deepEqual(rows.map((row) => row.children.map((cell) => toString(cell).trim())), [['1', '0m4.079s'], ['100', '5m28.083s']])
    assert.ok(!html.some((value) => /<t[dr]\b/i.test(value)), 'no raw table markup left on a face')
  })

  it('should leave the HTML of a deck written as slides as the author wrote it', async () => {
    const source = `# Slides\n\n---\n\n## Numbers\n\n${table}\n`
    const { tables, html } = await tablesOf(source)
    assert.equal(tables.length, 0)
    assert.ok(html.some((value) => value.includes('<table class="table table-bordered">')))
  })
})
