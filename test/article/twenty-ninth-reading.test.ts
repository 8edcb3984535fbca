/**
 * What the twenty-fourth session (5 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseByline } from '../../src/text/byline.js'
import { recogniseText } from '../../src/text/index.js'
import { renderDeck } from '../../src/index.js'

/** What a deck's slides show, their speaker notes left out. */
function facesOf(html: string): string {
  return html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

/** What a deck's speaker notes say. */
function notesOf(html: string): string {
  return [...html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ' ')).join(' ').replace(/\s+/g, ' ')
}

test('a dash between the authors and the date is the byline’s separator, not the last name’s', () => {
  // Whitley Saumweber and Ty Loft, "Distant-water Fishing along China’s Maritime Silk Road" (CSIS, CSIS-iLab/ocean,
  // MIT), as copied from the page: its byline line.
  assert.deepEqual(parseByline('By Whitley Saumweber and Ty Loft — July 31, 2020'), { byline: 'Whitley Saumweber and Ty Loft', date: 'July 31, 2020' })
  // J. Stephen Morrison and Emily Foecke Munden, "Fentanyl Opens a Grave New Health Security Threat" (CSIS,
  // CSIS-iLab/health-commission, MIT).
  assert.deepEqual(parseByline('By J. Stephen Morrison and Emily Foecke Munden – January 18, 2019'), { byline: 'J. Stephen Morrison and Emily Foecke Munden', date: 'January 18, 2019' })
  // A hyphen in a name stays the name's.
  assert.deepEqual(parseByline('By Marie-Sophie Bézert, March 20, 2023'), { byline: 'Marie-Sophie Bézert', date: 'March 20, 2023' })
})

test('the time of day a page stamped its date with is not the talk’s date', () => {
  // Alaska Center for Energy and Power, "2024 Alaska Electricity Trends Report", chapter 6 (CC BY-SA 4.0), as copied:
  // "Published" over "Mar 2, 2026 at 20:45 UTC".
  assert.deepEqual(parseByline('Mar 2, 2026 at 20:45 UTC'), { date: 'Mar 2, 2026' })
  assert.deepEqual(parseByline('By Ana Ruiz · March 4, 2026, 9:12 am'), { byline: 'Ana Ruiz', date: 'March 4, 2026' })
  // A date of two-digit year written with stops keeps its year.
  assert.deepEqual(parseByline('Published 3.3.26'), { date: '3.3.26' })
})

// Daniel Armstrong, "Letting the GINI out of the bottle: Income inequality in America" (Data USA, DataUSA/datausa-site,
// MIT), copied from the page: shortened to what the cases below need, its words as published.
const gini = [
  'Letting the GINI out of the bottle: Income inequality in America', '',
  'Written by Daniel Armstrong', '', 'Published on April 21, 2016', '',
  'Now imagine Carl Icahn walks into the room. According to Business Insider, Carl earned $7.4 billion in 2013.1 The median income – the middle value of what is now a group of three – is still $70,000. But the average is over $2.4 billion.', '',
  'That’s the idea behind the Gini coefficient, devised in 1912 by Italian sociologist Corrado Gini. In the real world, it ranges from around 0.25-30 in the world’s most equal countries (think Scandinavia) to 0.60-65 in the most unequal ones (South Africa, Namibia and several island nations).2 Among US states, the range is narrower.', '',
  'The states fall into four quadrants. The colors show the percentage of state residents who live in cities, from 39% in Maine and Vermont to 100% (in Washington DC).3', '',
  'The rich and equal states are a mixed bag with incomes higher than their peers. Alaska residents have historically received dividends from the Alaska Permanent Fund.4', '',
  '1. http://www.businessinsider.com/what-warren-buffett-makes-per-hour-2013-12',
  '2. United Nations Development Program',
  'http://hdr.undp.org/en/content/income-gini-coefficient',
  '3. 2010 US Census of Population and Housing, Population and Housing Unit Counts',
  '4. For information on the Alaska Permanent Fund, see the fund’s site at http://www.apfc.org/home/Content/home/index.cfm', ''
].join('\n')

test('the numbered notes a copied page lists after its text are for the speaker’s notes, not slides', async () => {
  const { html } = await renderDeck(gini, { path: 'gini.txt', overrides: { condense: true } })
  const faces = facesOf(html)
  assert.doesNotMatch(faces, /businessinsider|hdr\.undp|Housing Unit Counts|apfc\.org/)
  const notes = notesOf(html)
  for (const note of ['http://www.businessinsider.com/what-warren-buffett-makes-per-hour-2013-12', 'United Nations Development Program', '2010 US Census of Population and Housing']) assert.ok(notes.includes(note), note)
  assert.match(faces, /Carl earned \$7\.4 billion in 2013/)
})

test('a numbered list after the last note number is the text’s own when nothing in it points anywhere', () => {
  // Gissoo Doroudian, "Weave Derrida's References" (Startwords, CC BY 4.0), copied, shortened: its steps follow the
  // text's last glued note number but give no link and no year.
  const steps = 'Weaving\n\nThe shuttle carries the weft across.2 It is called “weft”.3\n\nYarn size: 7/jumbo\n\n(Reflected in #1 in the photos)\n1. Pull the weft yarn over the first warp yarn,\n2. under the second warp yarn,\n3. over the third warp yarn.\n'
  const { tree } = recogniseText(steps)
  assert.ok(tree.children.some((node) => node.type === 'list'), 'the steps stay a list')
  // A list a line leads into is the text's own too, links or not.
  const led = recogniseText('Weaving\n\nThe shuttle carries the weft.2 It is called “weft”.3\n\nThe sources are these:\n\n1. http://example.org/one, 2018\n2. http://example.org/two, 2019\n').tree
  assert.ok(led.children.some((node) => node.type === 'list'))
})
