/**
 * What the twenty-seventh session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'

const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a clause that denies it is "just" the one thing keeps the clause after its semicolon, which is the point', () => {
  // Isaac Ullah, "Mapping pseudoarchaeology" (2025, CC BY-SA 4.0): "Students aren't just passively looking at maps" said
  // the opposite of the paragraph.
  assert.equal(
    bullet('Students aren’t just passively looking at maps; they’re making arguments in space, and seeing how pseudoarchaeology often ignores context and provenience.'),
    'Students aren’t just passively looking at maps; they’re making arguments in space'
  )
  // Two clauses that deny nothing still give the first.
  assert.equal(bullet('Maps are a tool; they are a habit of mind.'), 'Maps are a tool; they are a habit of mind')
})

test('"That\'s the point:" announces the claim after its colon, which is the bullet', () => {
  assert.equal(bullet('That’s the point: maps can spark new questions, not just illustrate answers.'), 'Maps can spark new questions, not just illustrate answers')
  assert.equal(bullet('This is the key: every claim needs a place on the map.'), 'Every claim needs a place on the map')
})

test('a colon after a bare plural keeps what it introduces; a colon before a link does not', () => {
  // "Students pointed out patterns" said nothing the colon did not.
  assert.match(bullet('In discussion, students pointed out patterns: pseudoarchaeological claims clustering at iconic sites, or the reuse of debunked narratives in new contexts.') ?? '', /^Students pointed out patterns: pseudoarchaeological claims clustering at iconic sites/)
  // (Elizabeth Wickes, The Carpentries blog, 2016 (CC BY 4.0), `test/fixtures/real/carpentries-data-licensing`: a guide's
  // address after the colon is no claim.)
  assert.equal(
    bullet('The UK’s Digital Curation Centre has a lengthy guide on selecting licenses: http://www.dcc.ac.uk/resources/how-guides/license-research-data you can look to for more information on specific licenses.'),
    'The UK’s Digital Curation Centre has a lengthy guide on selecting licenses'
  )
})
