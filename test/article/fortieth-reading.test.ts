/**
 * What the thirty-fifth session (6 December 2026) found reading decks as
 * their speaker, on the shared samples and held-out articles (source,
 * author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a participle the tagger reads as a noun after a clause\'s comma trails, and the lede is a bullet', () => {
  // The shared sample press release (../shared/examples/library-press-release.txt): its lede, who does what and when,
  // made no bullet because "pairing" was read as a noun, so the clause after the comma was no clause to drop.
  assert.equal(
    bullet('The Riverside public library will host a free repair café every Saturday morning from next month, pairing residents who have broken household items with volunteers who know how to fix them.'),
    'The Riverside public library will host a free repair café every Saturday morning from next month'
  )
  // (A list's item after the comma is no clause: nothing to trail.)
  assert.equal(bullet('The centre offers many things to residents, cooking classes and gardening workshops.'), 'The centre offers many things to residents, cooking classes and gardening workshops')
})
