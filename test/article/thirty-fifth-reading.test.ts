/**
 * What the thirtieth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { facesOf } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode, its HTML and the text of its faces (notes left out). */
async function deckFaces(source: string, path = '/tmp/lectern-no-such-folder/article.md'): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path, overrides: { condense: true } })
  return { html, faces: facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')) }
}

/** The slide titles of a deck, in order. */
const titles = (html: string): string[] => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))

test('numbered sentences a line each, each over its paragraph, head the paragraphs (copied text)', async () => {
  // Greg Wilson, "Eleven Tips for Organizational Change" (third-bit.com, 2023, CC BY 4.0), copied from the page: the
  // eleven tips ("1) Be sure this is where you want to focus your efforts.") had been bullets among their paragraphs'
  // bullets, the deck titled by the introduction's key phrases ("Twitter Mastodon account (cont.)") to its end.
  const paragraph = (words: string): string => `${words} ${'and this sentence goes on for a while so that the paragraph is a paragraph'}.`
  const source = [
    'Eleven Tips for Organizational Change',
    '',
    'Posted 2023-06-19',
    '',
    paragraph('Systemic change always starts with a small group of idealists sharing ideas'),
    '',
    '1) Be sure this is where you want to focus your efforts.',
    '',
    paragraph('It is going to take years, it could well fail, and there are many other things you could do'),
    '',
    '2) Start by playing in someone else\'s band.',
    '',
    paragraph('The best way to learn how to organize effectively is to work with someone who already knows how to do it'),
    '',
    '3) Figure out who actually has the power to make that change and what they care about.',
    '',
    paragraph('Your neighbors do not make policy for your local public school, school board trustees do'),
    '',
    '4) Be specific.',
    '',
    paragraph('Few people would argue in public against fair hiring practices, but an organization has to implement something specific'),
    ''
  ].join('\n')
  const { html } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  const heads = titles(html)
  for (const tip of ['1) Be sure this is where you want to focus your efforts', '2) Start by playing in someone else\'s band', '3) Figure out who actually has the power to make that change and what they care about', '4) Be specific']) {
    assert.ok(heads.includes(tip), `${tip} in ${JSON.stringify(heads)}`)
  }
})

test('a numbered list of steps set apart with no paragraphs between stays a list', async () => {
  const source = [
    'How we bake',
    '',
    'Baking bread at home is easier than most people think and takes an afternoon of mostly waiting for the dough.',
    '',
    '1) Mix the flour and the water.',
    '',
    '2) Leave the dough to rest.',
    '',
    '3) Knead it for ten minutes.',
    '',
    'The bread comes out of the oven with a crust that crackles as it cools on the rack for an hour.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.ok(!titles(html).some((title) => /Mix the flour/.test(title)), JSON.stringify(titles(html)))
})

test('a saying the writer denies is no pull quote, nor one that is most of a bullet', async () => {
  // Greg Wilson, "Eleven Tips for Organizational Change" (2023, CC BY 4.0): 'However, "If you build it, they will come"
  // has never been a winning strategy.' had been shown large as the slide's quotation, over the bullet saying it again.
  const { quotedPhrase } = await import('../../src/article/pull-quotes.js')
  assert.equal(quotedPhrase('However, "If you build it, they will come" has never been a winning strategy.'), undefined)
  assert.equal(quotedPhrase('As the saying goes, "If you build it, they will come" and it was so.'), 'If you build it, they will come')
  const source = [
    '# Organizing',
    '',
    '## Why it matters',
    '',
    'Advocates of truth, openness, and fairness have acted as if being right was enough to guarantee victory. However, "If you build it, they will come" has never been a winning strategy. Systemic change always starts with a small group of idealists sharing ideas and building a core constituency.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source)
  assert.doesNotMatch(html, /class="[^"]*pull-quote/)
})
