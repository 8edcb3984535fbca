/**
 * What the twenty-third session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { hasFiniteVerb } from '../../src/article/clause-grammar.js'
import { isVague } from '../../src/article/leaning.js'
import { tagSentence } from '../../src/article/nlp.js'
import { isBackMatter } from '../../src/article/back-matter.js'
import { isBareLeadIn } from '../../src/article/signposts.js'
import { isContinued, withoutContinued } from '../../src/article/continued.js'
import { isAltTextLine } from '../../src/text/alt-lines.js'
import { recogniseText } from '../../src/text/index.js'
import { renderDeck } from '../../src/index.js'
import { toString } from 'mdast-util-to-string'
import { facesOf, notesOf } from '../helpers/deck-text.js'

/** The slide titles of a built deck, in order. */
function titlesOf(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim())
}

// Patrick Lajeunesse, "Dates matter: Trust and older content on Canada.ca" (Canada.ca blog, canada-ca/blogue-canada-ca-blog,
// MIT), copied from the page: shortened to what the cases below need, its words as published.
const datesMatter = [
  'Dates matter: Trust and older content on Canada.ca', '',
  'By Patrick Lajeunesse, Digital Transformation Office', '',
  'In a recent usability study, we saw people disregarding Canada.ca search results that seemed too old. They assumed that because the page had not been “modified” for some time that the information on that page could not be relied upon. However, the content was perfectly valid and had in fact just been reviewed.', '',
  'You can see how old content is on Canada.ca', '',
  'Screenshot of a blurred Canada.ca page showing the date modified near the bottom on the left side.', '',
  '(You\'ll see the date this post was published if you look near the bottom of this page.)',
  'Since it\'s in the same place on every Canada.ca web page, people can count on finding the date if they want to know how current the information is.', '',
  'The second place people see the date is in search engine results. Both on Internet search engines:', '',
  'Internet search results page for "Vaccines while pregnant" showing a Canada.ca result (Vaccinations and pregnancy) with June 30, 2015 highlighted', '',
  '...and on Canada.ca search:', '',
  'Canada.ca search results page for "vaccines while pregnant" showing a result (Vaccinations and pregnancy) with June 20, 2015 highlighted', '',
  'Watch people disregarding old content', '',
  'In this video, Canadians are trying to see if it\'s safe for pregnant women to get the flu shot (it is and they should!). Here\'s what happens when they see that content is from more than 2 years ago:', '',
  'Transcript: People looking at older content',
  '(Participant 1)',
  '(Video showing someone looking at a Canada.ca search results page. Text appears pointing to a result for "Vaccination and pregnancy", which has a date of "June 20, 2015".)',
  'And, so this is from 2015 so I\'ll just scroll down a little bit to see if maybe...',
  '(Participant 2)',
  'This information goes back to 2015.',
  'I wonder if there\'s anything that\'s newer than that.',
  'Although that\'s still pretty current...',
  '...I\'d feel better if there was something a little newer.', '',
  'Even if the information is perfectly valid, people still thought there should be something newer.', '',
  'If you reviewed the page and it\'s still valid, update its “Date modified”', '',
  'If you\'ve done a full review of the content and decided it\'s still valid, then you can update the “Date modified” component. The date issued remains the same, but this provides a signal that the content has been assessed and is still current.', '',
  'It\'s very important not to update the “Date modified” component of pages without the proper review, just because you want to make them look new. Knowing the actual date something was modified or reviewed is important.', '',
  'About Patrick', '',
  'Patrick Lajeunesse',
  'Senior Design Researcher', '',
  'Patrick has been working in user experience design and research for 20 years. With a degree in Psychology, he applied his research and analysis training to digital communications and design for the United Nations and other international agencies based in Geneva, Switzerland before moving to Ottawa.', ''
].join('\n')

test('held-out set 134: a video\'s transcript and a picture\'s alt text copied with the page go to the notes', async () => {
  // The transcript's lines had made three slides, two titled by what a participant said ("Although that's still pretty
  // current..."); an alt text ("Internet search results page for…") had been a bullet.
  const { html } = await renderDeck(datesMatter, { path: 'dates-matter.txt', overrides: { condense: true } })
  const titles = titlesOf(html)
  assert.ok(!titles.some((title) => /pretty current|Vaccination and pregnancy/.test(title)), titles.join(' | '))
  const faces = facesOf(html)
  assert.ok(!/Participant 1|Internet search results page|search:/.test(faces), faces)
  // Nothing lost: the transcript and the alt texts are in the notes.
  const notes = notesOf(html)
  for (const said of ['Participant 1', 'I wonder if there', 'Internet search results page for', 'Screenshot of a blurred']) assert.ok(notes.includes(said), said)
  // The lines of a transcript stay one caption for the notes; a line that opens none stays what it was.
  const tree = recogniseText(datesMatter).tree
  const transcript = tree.children.find((node) => node.type === 'paragraph' && toString(node).startsWith('Transcript:'))
  assert.ok(transcript && (transcript.data as { footnote?: boolean } | undefined)?.footnote === true && toString(transcript).includes('newer.'))
  assert.ok(isAltTextLine('Canada.ca search results page for "vaccines while pregnant" showing a result (Vaccinations and pregnancy) with June 20, 2015 highlighted'))
  assert.ok(!isAltTextLine('Researchers found a pattern showing that birds move at night'))
  assert.ok(!isAltTextLine('A new study showing that coffee is good'))
})

test('held-out set 134: the writer\'s biography closing the article is back matter; a few words before a colon are no bullet', async () => {
  // "About Patrick" had been the talk's last slide, his "20 years" a key figure.
  const { html } = await renderDeck(datesMatter, { path: 'dates-matter.txt', overrides: { condense: true } })
  assert.ok(!titlesOf(html).some((title) => /About Patrick/.test(title)), titlesOf(html).join(' | '))
  assert.ok(!/20 years/.test(facesOf(html)))
  assert.ok(notesOf(html).includes('Patrick has been working in user experience design'))
  assert.ok(isBackMatter('About Patrick', 'Patrick Lajeunesse, Digital Transformation Office'))
  assert.ok(isBackMatter('About the author') && isBackMatter('About me'))
  assert.ok(!isBackMatter('About Mars', 'Patrick Lajeunesse'))
  assert.ok(!isBackMatter('About Patrick'))
  // "Both on Internet search engines:" and "...and on Canada.ca search:" lead into pictures the deck has not.
  assert.ok(isBareLeadIn('Both on Internet search engines:') && isBareLeadIn('...and on Canada.ca search:'))
  assert.ok(!isBareLeadIn('Operators look for a few things before they commit carriages to a new line:'))
})

test('held-out set 134: a sentence that ends on "is" closing its own question keeps it; one cut there does not', () => {
  // "…people can count on finding the date if they want to know how current the information is" had been thrown away as
  // a cut waiting for its complement, and as leaning back on an elided verb.
  assert.equal(compressSentence('Since it\'s in the same place on every Canada.ca web page, people can count on finding the date if they want to know how current the information is.', { maxWords: 14 })?.text, 'People can count on finding the date if they want to know how current the information is')
  const sentence = 'People can count on finding the date if they want to know how current the information is'
  assert.equal(isVague(tagSentence(sentence), sentence), false)
  // (A pronoun before it still leans: "…know exactly how non-obvious it is"; a bare auxiliary still stands for a verb said before.)
  const leaning = 'Any of you who have ever had to teach Psalm singing to a choir know exactly how non-obvious it is.'
  assert.equal(isVague(tagSentence(leaning), leaning), true)
  assert.equal(isVague(tagSentence('Most open source licenses do.'), 'Most open source licenses do.'), true)
  // Benjamin Breen, "The British Library Just Made One Million Images Public Domain" (The Appendix, MIT): "…but I have no
  // idea what" is no bullet alone.
  assert.equal(isVague(tagSentence('I have no idea what'), 'I have no idea what'), true)
  // Abby Raskin, "Why plain language policies matter" (Skylight, CC BY-SA 4.0): "…what if policy guidelines were..." waits for
  // its list.
  const waiting = compressSentence('Focusing on improvements to the digital delivery of policy information (only one piece of the puzzle!), what if policy guidelines were...')
  assert.ok(!/were$/.test(waiting?.text ?? ''), waiting?.text)
})

test('held-out set 131: a verb of a question an infinitive or a preposition asks is no main verb', () => {
  // Rahul Bhargava, "Whose Quotes Get Cleaned Up?" (Data Culture Group, MIT): the last item of a list, "a small set of
  // duct-tape scripts to see what the data said about how normal — or not — that quote was", had been a bullet.
  const remixed = compressSentence('I remixed our prior approach from that paper with a set of the most-visited online US news sources, the Media Cloud online news archive, a revised prompt for genAI, evaluation with the DSPy library, and a small set of duct-tape scripts to see what the data said about how normal — or not — that quote was.')
  assert.ok(!/^A small set/.test(remixed?.text ?? ''), remixed?.text)
  assert.equal(hasFiniteVerb(tagSentence('a small set of duct-tape scripts to see what the data said about how normal that quote was')), false)
  // (The verb after the question is the main one: "The debate about what counts as art continues".)
  assert.equal(hasFiniteVerb(tagSentence('The debate about what counts as art continues to this day.')), true)
  // (A relative pronoun after a preposition opens no question: "…the basis upon which you can handle it, is fundamental".)
  assert.equal(hasFiniteVerb(tagSentence('Understanding your data, and therefore the basis upon which you can handle it, is fundamental.')), true)
  // An extraposed "it" keeps what it stands for: "Traditional practices make it difficult, for example, for someone from far
  // away to understand how to acquire land…" is no "Traditional practices make it difficult".
  assert.notEqual(compressSentence('Traditional practices make it difficult, for example, for someone from far away to understand how to acquire land or appropriately intermarry in a community.')?.text, 'Traditional practices make it difficult')
  // (A verb the tagger takes for an adjective after "we": "we utilised the feedback to refine what information needed…".)
  assert.equal(compressSentence('For the export cards on the homepage, we utilised the feedback to refine what information needed to be displayed in a snapshot view (destination, estimated export value, date for win, main sector, owner and created on).')?.text, 'We utilised the feedback to refine what information needed to be displayed in a snapshot view')
})

test('a continued heading is known by one rule', () => {
  assert.ok(isContinued('Why Travellers Are Coming Back (cont.)') && !isContinued('Why Travellers Are Coming Back'))
  assert.equal(withoutContinued(' Why Travellers Are Coming Back (cont.) '), 'Why Travellers Are Coming Back')
})

test('held-out sets 137–139: a chapter number, a chart\'s controls and a list with "namely" read as the page meant them', async () => {
  // Alaska Center for Energy and Power, "6 Price of Electricity" (2024 Alaska Electricity Trends Report, CC BY-SA 4.0):
  // the chapter's number had made its title a kicker; "Hover your pointer…" a bullet; "namely residential," was lost.
  const report = ['6 Price of Electricity', '', 'Electricity Prices for the Residential, Commercial, and Industrial Customer Classes, 2011-2019', '', '6.1 General Overview', '',
    'Utilities in Alaska serve multiple customers, namely residential, commercial, industrial, government/municipal, and community customer classes. Each customer class experiences a different set of costs such as per kWh charge as well as monthly customer charges.', '',
    'Regional Overview', '', 'Figure 6.1 shows the distribution of prices across a selected customer class. The three classes used in this analysis can be selected from the dropdown menu. Hover your pointer over the dot to display utility information.', ''].join('\n')
  const { html } = await renderDeck(report, { path: 'alaska.txt', overrides: { condense: true } })
  const cover = facesOf(/<section[\s\S]*?<\/section>/.exec(html)![0])
  assert.ok(/Price of Electricity/.test(cover) && !/\b6 Price/.test(cover), cover)
  assert.ok(!/Hover your pointer|dropdown/.test(facesOf(html)), facesOf(html))
  assert.ok(!/multiple customers commercial/.test(facesOf(html)))
  // Ben Keith's and Amy Lin's pages: "See also…" and "Note the … here" point at the page.
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.ok(isPointer('See also my related essay from May 2019') && isPointer('Note the different month and date attributes here'))
})

test('held-out sets 136–139: a site\'s author pages, kramdown\'s attribute lists and tables, and list items that argue', async () => {
  // J. Stephen Morrison and Jonathan E. Hillman, "The Spanish Flu a Century Later" (CSIS iDeas Lab, MIT): the authors are
  // the paths of their pages.
  const { html: flu } = await renderDeck('---\ntitle: The Spanish Flu a Century Later\nauthors:\n  - _authors/stephen-morrison.md\n  - _authors/Jonathan-Hillman.md\n---\n\nThe Spanish influenza cataclysm ignited 100 years ago.\n', { path: 'flu.md' })
  assert.ok(facesOf(flu).includes('Stephen Morrison, Jonathan Hillman') && !facesOf(flu).includes('_authors'))
  // Emi Koch and Marco Ruiz Serkovic, "Piracy and Illegal Fishing in Peru's Tropical Pacific Sea" (MIT): two attribute
  // lists after one link.
  const { html: piracy } = await renderDeck('# Piracy\n\nIn 2016, officials in Tumbes uncovered [140 unregistered bolicheras boats](https://elcomercio.pe/x){:target="\\_blank"}{:rel="noopener"} purse seining fish vessels within the five mile zone.\n', { path: 'peru.md' })
  assert.ok(!/noopener|\{:/.test(facesOf(piracy)), facesOf(piracy))
  // Amar Sathwik, Samhitha Keluth and Yeleena, "Chandrayaan 3" (Astronomy Club, IIT Kanpur, MIT): a kramdown table without
  // its delimiter row had been one bullet of pipes; an item that argues under its bold label "**Rover Module - Pragyan:** <br>"
  // had been a slide of prose cut off at its foot.
  const moon = ['# Chandrayaan 3', '', '## Components', '', 'The payload comprises three main components:', '',
    '1. **Propulsion Module:** <br>', '', '   The propulsion module carries the lander and rover from the injection orbit around Earth to the lunar orbit at a distance of 100 km. It also includes an experiment that studies Earth from lunar orbit.', '',
    '2. **Rover Module - Pragyan:** <br>', '', '   After the soft landing of the Vikram Lander, the Pragyan Rover, a six-wheeled vehicle, emerges and begins traversing the lunar surface. On the rear wheel of this 27kg rover, ISRO has embossed an image of its logo.', '',
    '## Predecessors', '', 'Chandrayaan-3 does not include an orbiter.', '',
    '| | **Chandrayaan-1** | **Chandrayaan-2** |', '| **Mission Type** | Lunar Orbiter | Lunar Orbiter, Lander and Rover |', '| **Rocket** | PSLV-XL C11 | LVM3 M1 |', '{: .responsive-table}', ''].join('\n')
  const { html } = await renderDeck(moon, { path: 'moon.md', overrides: { condense: true } })
  assert.ok(/<table/.test(html) && !/\| \*\*Mission Type/.test(facesOf(html)))
  // (Its items are sections: the rover's is condensed, not shown whole.)
  assert.ok(/<h[23][^>]*>[^<]*Rover Module[ \u00a0]- Pragyan/.test(html) || !facesOf(html).includes('On the rear wheel of this 27kg rover'), facesOf(html))
  // Daniel Armstrong, "Letting the GINI out of the bottle" (Data USA, MIT): his name over his biography closes the article.
  assert.ok(isBackMatter('Daniel Armstrong', 'Daniel Armstrong'))
})

test('held-out sets 136–139: "such a", a clause opened by "which" or an ellipsis lean back; short lines set apart are a list', () => {
  const vague = (sentence: string): boolean => isVague(tagSentence(sentence), sentence)
  // Jack Dougherty (MIT), Emi Koch and Marco Ruiz Serkovic (MIT), Ben Keith (CC BY-SA 4.0), Allen Downey (MIT), James Baker
  // (Programming Historian, CC BY 4.0).
  assert.ok(vague('Such a system isn\'t just for airline passengers'))
  assert.ok(vague('Which I remember with the acronym HERO:'))
  assert.ok(vague('...where the year-month elements captures when the project started'))
  assert.ok(!vague('Analyzing this much data is not easy'))
  assert.ok(!vague('Whereas cats sleep, dogs play.'))
  // Amy Lin, "CC2: IPCC 1.5°C" (0BSD): eight cities a line each under a sentence are its list, not eight sections.
  const cities = ['CC2: IPCC 1.5°C', '', 'I feel like I hear "1.5°C" all the time when reading or watching videos about climate change but I have no idea what it actually means or where this number came from.', '',
    'Temperature and Precipitation', '', 'I wanted to briefly add in how the rising waters might affect our cities.', '', 'To make it more relatable, here are some U.S. cities that might be underwater in the next 30+ years (2050+)', '',
    'Miami Beach, Florida', 'Hoboken, New Jersey', 'Atlantic City, New Jersey', 'Key West, Florida', 'Galveston, Texas', 'Hilton Head Island, South Carolina', 'Chesapeake, Virginia', 'Long Beach, New York', '',
    'Where are we now?', '', 'As you probably know, we are not in a good place to stay below 1.5˚C.', ''].join('\n')
  const { tree } = recogniseText(cities)
  assert.ok(!tree.children.some((node) => node.type === 'heading' && /Miami|Hoboken/.test(toString(node))))
  const list = tree.children.find((node) => node.type === 'list')
  assert.equal(list?.type === 'list' ? list.children.length : 0, 8)
})
