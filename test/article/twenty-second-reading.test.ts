/**
 * What the seventeenth session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Blockquote } from 'mdast'
import { condenseQuote } from '../../src/article/condense-items.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { turnsRound } from '../../src/article/sentence-score.js'
import { toString } from '../../src/article/block-kinds.js'

const quote = (text: string): Blockquote => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })

test('a quotation keeps the sentence that turns its key sentence round: the turn is the punchline', () => {
  // Coleman McCormick, "Annals of the Former World" (colemanm.org, CC BY 4.0), quoting John McPhee: the face had shown
  // "In six thousand years, you could never grow wings on a reptile" and lost the point, "With sixty million, however…".
  const annals = '"Voyaging on the Beagle, he was enhancing his sense of the slow and repetitive cycles of the earth and the giddying depths of time, with Lyell’s book in his hand and Hutton’s theory in his head. In six thousand years, you could never grow wings on a reptile. With sixty million, however, you could have feathers, too."'
  assert.equal(toString(condenseQuote(quote(annals), 14)), 'In six thousand years, you could never grow wings on a reptile. With sixty million, however, you could have feathers, too')
  assert.ok(turnsRound('With sixty million, however, you could have feathers, too.'))
  assert.ok(turnsRound('But at a deeper level of human response was the degree to which values were offended.'))
  // ("Nonetheless, this post lists ten tips" goes on in spite of the claim; it takes nothing back.)
  assert.ok(!turnsRound('Nonetheless, this post lists ten tips and tricks to help you get started.'))
  // (A turn too long to show with its set-up leaves the key sentence alone.)
  const long = 'The committee met every week for two years to weigh the evidence on the plan. However, after all the hearings, the reports, the visits and the letters from the public, it decided in the end that the plan could not go ahead as it was written.'
  assert.doesNotMatch(toString(condenseQuote(quote(long), 14)), /However.*\. However|plan\. However/)
})

test('a phrase that titles a later page never runs across two lines of its face', () => {
  // Alexander Turner, "The North Yorkshire Moors on a bike at night" (Bongo Twisty, MIT): "Saltergate Point The road"
  // titled a page whose face had "…at Saltergate Point" over "The road…". Each line of a face is read on its own.
  const faces = ['I followed the A169 Whitby Road out of Pickering heading for Sleights\nThe A169 is a fast road across the moors', 'There were a few gentle climbs to the first vista over the moors at Saltergate Point\nThe road took me round an unexpected downhill hair pin']
  const titles = keyPhrases(['A night ride.', 'A night ride.'], 'A night ride', 'en', faces, faces)
  assert.ok(titles.every((title) => title === undefined || !/Point The|moors We/.test(title)), String(titles))
})
