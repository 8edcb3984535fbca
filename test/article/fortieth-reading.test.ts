/**
 * What the thirty-fifth session (6 December 2026) found reading decks as
 * their speaker, on the shared samples and held-out articles (source,
 * author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { facesOf } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode: its HTML and the text of its faces (notes left out). */
async function deck(source: string): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  return { html, faces: facesOf(html) }
}

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

test('"It" after a sentence that says what a thing is stands for that thing on the bullet', async () => {
  // The shared sample "How Community Gardens Change a Neighbourhood" (../shared/examples/community-gardens.txt): its
  // conclusion's point, "It feeds people, cools streets and… turns a row of houses into a neighbourhood", leaned on the
  // sentence before and was never shown; the slide had one bullet.
  const { faces } = await deck(['# Gardens', '', '## Conclusion', '', 'A garden is a small piece of ground and a large piece of civic life. It feeds people, cools streets and, above all, turns a row of houses into a neighbourhood.'].join('\n'))
  assert.match(faces, /A garden feeds people, cools streets/)
  // (Not where what it is names another thing, which "it" may stand for: webpack's roadmap, "The biggest problem is the
  // `"sideEffects": false` flag. It affects modules on per file base…".)
  const webpack = await deck(['# Roadmap', '', '## ESM library', '', 'The biggest problem is the `"sideEffects": false` flag. It affects modules on per file base to skip whole modules.'].join('\n'))
  assert.doesNotMatch(webpack.faces, /The biggest problem affects/)
})
