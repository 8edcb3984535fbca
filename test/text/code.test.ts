import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Code } from 'mdast'
import { isCodeLine } from '../../src/text/code.js'
import { recogniseText } from '../../src/text/index.js'

const article = `Bottles of beer

By Jessie Young

I started by writing the code to make the first verse work. Pretty soon, I had a method that was incredibly confusing.

class Bottles
  def verse(number)
    if number == 0
      "No more bottles of beer on the wall.\\n"
    else
      "#{number} bottles of beer on the wall.\\n"
    end
  end
end

I thought I was writing it the easiest way possible! The tests passed, and the code was hard to read.

Install it first:

$ npm install --save lectern
$ npx lectern build talk.md

Then the deck is in dist/.
`

test('should read a listing copied from a page as one code block, indentation kept', () => {
  const { tree } = recogniseText(article)
  const code = tree.children.filter((node): node is Code => node.type === 'code')
  assert.equal(code.length, 2)
  assert.match(code[0]!.value, /^class Bottles\n  def verse\(number\)\n    if number == 0\n/)
  assert.match(code[0]!.value, /\nend$/)
  assert.equal(code[1]!.value, '$ npm install --save lectern\n$ npx lectern build talk.md')
  // The prose around the listings stays prose.
  const paragraphs = tree.children.filter((node) => node.type === 'paragraph').length
  assert.ok(paragraphs >= 4, `paragraphs: ${paragraphs}`)
})

test('should never take prose or a list for code', () => {
  for (const line of [
    'The result = a faster build, and everyone was happy with it.',
    'If you use it, then everything else follows from that choice.',
    '* Electrics: lamps, kettles, radios and chargers (no microwaves).',
    '- Textiles: seams, zips, buttons and patches.',
    'For more details, see the documentation of the project.'
  ]) {
    assert.equal(isCodeLine(line), false, line)
  }
  for (const line of ['def verse(number)', 'end', '  next_number = number - 1', 'return x;', '}', 'console.log(deck)', '$ npm test']) {
    assert.equal(isCodeLine(line), true, line)
  }
})

test('should take a collective author under the title as the byline, and a short "Label: words" line before a paragraph as a heading', () => {
  const text = `Reaching a nu phase in Nushell's development
The Nu Authors
Today we release the 0.82 version of Nushell. It also marks an important milestone for us on the way to 1.0, and we want to share our thoughts.
What to expect: as a user
While we can not yet commit to full stability, we think we can preserve the Nushell you all know and love while we make the necessary breaking changes.
Tip: run the nightly builds if you want to help.
`
  const { outline } = recogniseText(text)
  assert.equal(outline.byline, 'The Nu Authors')
  assert.deepEqual(
    outline.headings.map((heading) => heading.text),
    ['What to expect: as a user']
  )
})
