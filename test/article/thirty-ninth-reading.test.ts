/**
 * What the thirty-fourth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { facesOf } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode: its HTML and the text of its faces (notes left out). */
async function deck(source: string): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  return { html, faces: facesOf(html) }
}

test('a chart\'s notes under a heading of their own are its small print, not a section', async () => {
  // Office for National Statistics, "Adoptions in England and Wales, 2012" (Open Government Licence v2.0): "### Notes:" over
  // a numbered note under each chart had titled a slide "Number of adoptions: Notes", the note its first bullet, and the
  // section's prose after it had gone on under that title.
  const { html, faces } = await deck([
    '# Adoptions in England and Wales, 2012',
    '',
    '## Number of adoptions',
    '',
    'In 2012, there were 5,206 adoptions entered into the Adopted Children Register following court orders made in England and Wales. This was higher than in 2011, when there were 4,740 adoptions.',
    '',
    '### Notes:',
    '1. Adoption figures by date of court order are only available from 1998.',
    '',
    'Wales recorded a 12% increase in adoptions in 2012 with 371 children entered into the register. There have been small fluctuations in the number of adoptions since 1998.',
    '',
    '## Adoptions by age and sex',
    '',
    'In 2012, 63% of children adopted were aged 1-4, compared with 34% in 1998. The percentage of adopted children aged 10-14 has more than halved.',
    '',
    '## Notes',
    '',
    'All figures are for England and Wales. Figures for 2012 are provisional.'
  ].join('\n'))
  assert.doesNotMatch(faces, /Number of adoptions: Notes/)
  assert.doesNotMatch(faces, /only available from 1998/)
  // (The note is in the speaker notes; the prose after it stays in its section.)
  assert.match(html, /<aside class="notes">[^]*?only available from 1998/)
  assert.match(faces, /Number of adoptions[^]*?(?:Wales recorded|small fluctuations)[^]*?Adoptions by age and sex/)
})
