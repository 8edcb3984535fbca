/**
 * Raw HTML of the source never reaches outside the element it was written in
 * (`src/html/rehype-balance-raw.ts`): held-out set 49's fourth deck, a blog
 * post with its page's layout markup, had closed the deck's own
 * `<div class="slides">` and drawn every later slide on one page.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { balanceRaw } from '../../src/html/rehype-balance-raw.js'
import { renderDeck } from '../../src/index.js'

test('should drop a closing tag with nothing open, and close what a nested tag left open with its parent', () => {
  const open: string[] = []
  assert.equal(balanceRaw("</div>\n<p>text</p>", open), '\n<p>text</p>')
  assert.deepEqual(open, [])
  assert.equal(balanceRaw("<div class='row'>\n    <div class='col-sm-6'>", open), "<div class='row'>\n    <div class='col-sm-6'>")
  assert.deepEqual(open, ['div', 'div'])
  assert.equal(balanceRaw('</div></div></div>', open), '</div></div>')
  // Void and self-closing tags, comments and a script's content open nothing.
  const none: string[] = []
  balanceRaw('<img src="a.png"><br/><!-- <div> --><script>if (a < b) document.write("<div>")</script><span/>', none)
  assert.deepEqual(none, [])
})

test('should keep every slide in the deck’s own frame when the source opens a <div> and closes it slides later', async () => {
  const markdown = [
    '# Layout', '',
    '## First', '',
    "<div class='row'>", "    <div class='col-sm-6'>", '',
    'Some text in a column.', '',
    '## Second', '',
    'More text.', '',
    '</div>', '</div>', '',
    '## Third', '',
    'The end.', ''
  ].join('\n')
  const { html } = await renderDeck(markdown, { path: 'talk.md' })
  const slides = html.slice(html.indexOf('<div class="slides">'))
  const opened = (slides.match(/<div\b/g) ?? []).length
  const closed = (slides.match(/<\/div>/g) ?? []).length
  // (The slides' frame, `.slides` and `.reveal`, closes after the last slide: two more closers than openers in what follows `.slides`.)
  assert.equal(closed - opened, 1)
  const third = slides.indexOf('<h2>Third</h2>')
  assert.ok(third > 0 && slides.lastIndexOf('</div>') > third, 'the last slide is inside the frame')
  // In each slide, what it opens it closes, before its notes.
  for (const section of slides.split('<section').slice(1)) {
    const face = section.split('</section>')[0]!.split('<aside')[0]!
    assert.equal((face.match(/<div\b/g) ?? []).length, (face.match(/<\/div>/g) ?? []).length, face)
  }
})
