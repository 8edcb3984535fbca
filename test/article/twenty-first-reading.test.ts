/**
 * What the sixteenth session (5 December 2026) found reading decks as their
 * speaker: first Lectern's own sample (`slides/night-trains.txt`), the deck a
 * new user builds first, then held-out articles (source, author and licence
 * with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ListItem } from 'mdast'
import { compressSentence } from '../../src/article/compress.js'
import { fitListItems } from '../../src/article/condense-items.js'
import { toString } from '../../src/article/block-kinds.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { tagSentence } from '../../src/article/nlp.js'
import { renderDeck } from '../../src/index.js'

const compressed = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** The text on the slides, notes left out. */
const faces = (html: string): string => html.replace(/<aside[\s\S]*?<\/aside>/g, '')

test('a verb the tagger reads as an adjective or a noun after its subject is a verb, clause by clause', () => {
  // "Today new sleeper lines open every season, and some sell out weeks in advance": the introduction's point had been
  // no statement ("open" an adjective, "sell" a noun), and the face showed only the set-up before it.
  assert.ok(isStatement(tagSentence('Today new sleeper lines open every season, and some sell out weeks in advance.')))
  assert.equal(compressed('Today new sleeper lines open every season, and some sell out weeks in advance.'), 'Today new sleeper lines open every season, and some sell out weeks in advance')
  // (A verb before its object's adjective, "offer private compartments", when the only other verb trails the clause.)
  assert.equal(compressed('Modern carriages offer private compartments with real beds, power sockets and a small washbasin, a long way from the cramped couchettes many people remember.'), 'Modern carriages offer private compartments with real beds, power sockets and a small washbasin')
  // (Still no verb in a noun phrase: "Open data portals" opens nothing; "the doors open" at the end has nothing to take.)
  assert.ok(!isStatement(tagSentence('Open data portals in every city')))
})

test('a labelled item whose phrase is no statement shows its head, up to the first comma, not its label alone', () => {
  const item = (label: string, text: string): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: ` ${text}` }] }] })
  const items = fitListItems([
    item('Distance:', 'between 600 and 1,500 kilometres, long enough to fill a night and short enough to arrive by morning.'),
    item('Demand at both ends:', 'large cities whose travellers move in both directions, so trains are full each way.'),
    item('Track access:', 'paths on busy lines at night, when freight trains compete for the same rails.'),
    item('Station hours:', 'stations that stay open late and early, with staff and connections.')
  ], 14)
  const shown = items.map((each) => toString(each))
  // The figure stays (it had been "Distance" alone, the labels only).
  assert.equal(shown[0], 'Distance: between 600 and 1,500 kilometres')
  assert.equal(shown[2], 'Track access: paths on busy lines at night')
  // (Never the first of a list of examples: "Use automated tools such as code linters" is no head of "…, test suites, and…".)
  const tools = fitListItems([item('Use automated tools', 'such as code linters, test suites, and test coverage measures to reduce burden on authors, reviewers, and editors as much as possible.')], 14)
  assert.doesNotMatch(toString(tools[0]!), /linters$/)
})

test('a paragraph that names a member of a counted series is labelled with it, its claim the sentence after', async () => {
  const text = [
    'The Quiet Comeback of the Night Train', '',
    'Ten years ago the night train looked like a relic. Operators were closing routes, selling carriages and telling passengers that budget flights had won. Today new sleeper lines open every season, and some sell out weeks in advance.', '',
    'Why Travellers Are Coming Back', '',
    'The first reason is time. A train that leaves at nine in the evening arrives at seven the next morning. For many business travellers the hotel bill disappears too.',
    'The second reason is comfort. Modern carriages offer private compartments with real beds, power sockets and a small washbasin, a long way from the cramped couchettes many people remember.',
    'The third reason is the climate. A seat on a night train produces a small fraction of the emissions of the same journey by air, and travellers increasingly ask about that before they book.', '',
    'What Comes Next', '',
    'Governments have started to help with track fees and with money for new carriages. Booking is getting easier as operators join shared ticketing systems.', ''
  ].join('\n')
  const html = (await renderDeck(text, { path: 'night-trains.txt' })).html
  const face = faces(html)
  // ("The first reason is time" had been a bullet of its own, saying nothing: the reasons are labels now.)
  assert.doesNotMatch(face, /The (?:first|second|third) reason is/)
  assert.match(face, /<strong>Time:<\/strong> A train that leaves at nine in the evening arrives at seven the next morning/)
  assert.match(face, /<strong>Comfort:<\/strong> Modern carriages offer private compartments/)
  assert.match(face, /<strong>Climate:<\/strong> A seat on a night train produces a small fraction of the emissions/)
  assert.match(face, /Today new sleeper lines open every season/)
  // Nothing lost: the series sentences are in the notes.
  assert.match(html, /The first reason is time\./)
})

test('a condition that only hedges goes when the sentence is long; a preposition a contact clause strands ends a statement', () => {
  // The sample's last sentence, its conclusion, had been no bullet: kept "If the trend holds," and cut "at breakfast".
  assert.equal(compressed('If the trend holds, the night train will not replace the aeroplane, but it will win back the journeys it was always best at: one night, one bed, and a city centre at breakfast.'), 'The night train will not replace the aeroplane, but it will win back the journeys it was always best at')
  assert.ok(isStatement(tagSentence('It will win back the journeys it was always best at.')))
  // (A condition that says when the claim holds stays.)
  assert.match(compressed('If vaccine coverage falls below 90 percent, measles outbreaks return within a few years in most countries.') ?? '', /^If vaccine coverage falls below 90 percent, measles outbreaks return/)
})
