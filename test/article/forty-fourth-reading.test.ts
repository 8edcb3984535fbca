/**
 * What the thirty-ninth session (7 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import type { Paragraph, Root } from 'mdast'
import { markSpeakerLabels } from '../../src/article/speaker-labels.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'

/** The face and notes of a plain-text article rendered in article mode. */
async function textDeck(text: string): Promise<{ faces: string; notes: string }> {
  const { html } = await renderDeck(text, { path: '/tmp/lectern-no-such-folder/article.txt', overrides: { condense: true } })
  return { faces: facesOf(html), notes: notesOf(html) }
}

/** A Dutch paragraph of filler on a topic, so that a short test article is condensed as a long one is. */
const paragraph = (topic: string): string => `Het team werkt aan ${topic} en legt in dit deel uit hoe dat gaat. Burgers kunnen met de app bij acht organisaties hun gegevens ophalen, en die gegevens worden nergens anders opgeslagen.`

test('an interview\'s answers lose their speaker\'s first name on the face and keep it in the notes', async () => {
  // Tom Ootes, "Vorderingenoverzicht Rijk: één overzicht met betalingsverplichtingen dankzij de Common Ground principes"
  // (developer.overheid.nl, 17 April 2025, EUPL-1.2, copied text): bullets read "Timen: Het tweede belangrijke principe is
  // component-gebaseerd werken" and "Kiske: Het Vorderingenoverzicht Rijk is ontstaan…".
  const text = ['Vorderingenoverzicht Rijk', '', 'Tom Ootes', '', paragraph('een nieuwe dienst'), '',
    'Timen Olthof, Architect', '', 'Timen is architect van het project en werkt al lang met Common Ground.', '',
    'Kiske de Leest, Projectleider', '', 'Kiske begon zijn carrière bij Unisource als projectleider in WAN-projecten.', '',
    'Introductie', '', 'Kiske: Het Vorderingenoverzicht Rijk is ontstaan vanuit een prototype dat we eerder hadden gemaakt voor een schuldenoverzicht. Dat is waar ons project voor zorgt.', '',
    'Componenten', '', 'Timen: Het tweede belangrijke principe is component-gebaseerd werken. We hebben daarom heel veel kleine repositories staan.', '',
    'Kiske: Dit is veruit het gaafste project dat ik in 25 jaar heb gedaan. De burger zit echt midden in ons project.', '',
    'Timen: Het is inderdaad lastig om de waarde hiervan te zien bij de eerste commit. Dat klinkt als overkill.', '',
    'Conclusie', '', paragraph('de conclusie')].join('\n')
  const { faces, notes } = await textDeck(text)
  assert.match(faces, /Het tweede belangrijke principe is component-gebaseerd werken/)
  assert.doesNotMatch(faces, /(?:Timen|Kiske): /)
  assert.match(notes, /Timen: Het tweede belangrijke principe/)
  // (A label that opens two paragraphs is no speaker's unless the article gives a full name it begins: "Utrecht: …".)
  const tree = (names: string): Root => ({ type: 'root', children: [names, 'Utrecht: Het eerste principe is de API-strategie.', 'Utrecht: Het tweede principe is component-gebaseerd werken.'].map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) })
  for (const [names, speaker] of [['Wij wonen in de stad.', undefined], ['Utrecht Olthof is architect.', 'Utrecht']] as const) {
    const marked = tree(names)
    markSpeakerLabels(marked)
    assert.equal((marked.children[1] as Paragraph).data?.speaker, speaker)
  }
})

test('a page\'s one note number glued to a word leaves it, and the note it closes on goes to the notes', async () => {
  // The same interview: "…een schuldenoverzicht (project Blauwe Knop1)." with the page ending on "1. De naam van het
  // project Blauwe Knop, … Blue Button, …": the face showed "Knop1", and the note was the closing section's bullet.
  const text = ['Vorderingenoverzicht Rijk', '', paragraph('een nieuwe dienst'), '', 'Introductie', '',
    'Het Vorderingenoverzicht Rijk is ontstaan vanuit een prototype dat we eerder hadden gemaakt voor een schuldenoverzicht (project Blauwe Knop1). Dat is waar ons project voor zorgt.', '',
    'Componenten', '', paragraph('de componenten'), '', 'Conclusie', '', paragraph('de conclusie'), '',
    '1. De naam van het project Blauwe Knop is ontleend aan een vergelijkbaar initiatief dat al meer dan 10 jaar geleden in de VS ontstond, Blue Button.'].join('\n')
  const { faces, notes } = await textDeck(text)
  assert.match(faces, /\(project Blauwe Knop\)/)
  assert.doesNotMatch(faces, /Knop1|Blue Button/)
  assert.match(notes, /Blue Button/)
})
