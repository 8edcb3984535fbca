/**
 * What the twenty-ninth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAuthorBio } from '../../src/text/lines.js'
import { isSignpost } from '../../src/article/signposts.js'
import { renderDeck } from '../../src/index.js'
import { facesOf } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode, and the text of its faces (notes left out). */
async function deckFaces(source: string, path = '/tmp/lectern-no-such-folder/article.md'): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path, overrides: { condense: true } })
  return { html, faces: facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')) }
}

test('a bio that calls the writer by a longer form of the byline\'s first name is the writer\'s bio', async () => {
  // Katie Drax for ReproducibiliTea, "What can open science do for COVID-19?" (2020, CC BY 4.0): the byline says "Kate
  // Drax", the bio closing the page "Katie Drax is a PhD student…"; two of the closing slide's three bullets were her bio.
  assert.ok(isAuthorBio('Katie Drax is a PhD student at the University of Bristol studying meta-research. She founded and organises the ReproducibiliTea University of Bristol branch.', 'Kate Drax'))
  assert.ok(!isAuthorBio('Katherine Johnson is a mathematician at NASA.', 'Kate Drax'))
  assert.ok(!isAuthorBio('Kate Moss is a model.', 'Kate Drax'))
  const source = [
    'What can open science do for COVID-19?',
    '',
    'Kate Drax',
    '',
    'Apr 2, 2020',
    '',
    'Overall we had a lively, relaxed discussion focusing on the roles that sharing research, Registered Reports, student projects and preregistration can play in COVID-19 research. Twitter is exploding with dodgy, over-simplified analyses using open COVID-19 data. More regression plots and visualisations of death counts appear every day.',
    '',
    'I encourage others to hold relaxed, virtual discussions, and we’ve pooled our experience at ReproducibiliTea to offer some guidelines on hosting these discussions.',
    '',
    'Katie Drax is a PhD student at the University of Bristol studying meta-research. She founded and organises the ReproducibiliTea University of Bristol branch.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.doesNotMatch(faces, /PhD student|founded and organises/)
  assert.match(html, /PhD student at the University of Bristol/)
})

test('a meeting\'s next item announced ("We then moved onto a new discussion:") is a signpost', () => {
  // Katie Drax for ReproducibiliTea, "What can open science do for COVID-19?" (2020, CC BY 4.0): both had been cut to
  // their set-up, the question after the colon lost.
  assert.ok(isSignpost('We then moved onto a new discussion: “Should we get students to analyse COVID-19 data as part of a student assignment?”.'))
  assert.ok(isSignpost('I then put a slightly different question to the group: did we think preregistration should be used for COVID-19 research, and if so how?”.'))
  assert.ok(!isSignpost('We then moved to a four-day week, and productivity rose by a fifth.'))
})
