/**
 * What the twenty-seventh session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import { isVague } from '../../src/article/leaning.js'
import { isDateLine } from '../../src/article/block-kinds.js'
import { tagSentence } from '../../src/article/nlp.js'
import { compressSentence } from '../../src/article/compress.js'
import { isSignpost } from '../../src/article/signposts.js'
import { isPointer } from '../../src/article/pointers.js'
import { renderDeck } from '../../src/index.js'
import { facesOf } from '../helpers/deck-text.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { isBackMatter } from '../../src/article/back-matter.js'
import { backMatterHeading } from '../../src/text/heading-lines.js'
import { isPictureSource } from '../../src/text/credit-lines.js'

const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a clause that denies it is "just" the one thing keeps the clause after its semicolon, which is the point', () => {
  // Isaac Ullah, "Mapping pseudoarchaeology" (2025, CC BY-SA 4.0): "Students aren't just passively looking at maps" said
  // the opposite of the paragraph.
  assert.equal(
    bullet('Students aren’t just passively looking at maps; they’re making arguments in space, and seeing how pseudoarchaeology often ignores context and provenience.'),
    'Students aren’t just passively looking at maps; they’re making arguments in space'
  )
  // Two clauses that deny nothing still give the first.
  assert.equal(bullet('Maps are a tool; they are a habit of mind.'), 'Maps are a tool; they are a habit of mind')
})

test('"That\'s the point:" announces the claim after its colon, which is the bullet', () => {
  assert.equal(bullet('That’s the point: maps can spark new questions, not just illustrate answers.'), 'Maps can spark new questions, not just illustrate answers')
  assert.equal(bullet('This is the key: every claim needs a place on the map.'), 'Every claim needs a place on the map')
})

test('a colon after a bare plural keeps what it introduces; a colon before a link does not', () => {
  // "Students pointed out patterns" said nothing the colon did not.
  assert.match(bullet('In discussion, students pointed out patterns: pseudoarchaeological claims clustering at iconic sites, or the reuse of debunked narratives in new contexts.') ?? '', /^Students pointed out patterns: pseudoarchaeological claims clustering at iconic sites/)
  // (Elizabeth Wickes, The Carpentries blog, 2016 (CC BY 4.0), `test/fixtures/real/carpentries-data-licensing`: a guide's
  // address after the colon is no claim.)
  assert.equal(
    bullet('The UK’s Digital Curation Centre has a lengthy guide on selecting licenses: http://www.dcc.ac.uk/resources/how-guides/license-research-data you can look to for more information on specific licenses.'),
    'The UK’s Digital Curation Centre has a lengthy guide on selecting licenses'
  )
})

test('a purpose whose own clause has a subject and verb is cut after a statement, and never a second subject\'s verb', () => {
  // U.S. Census Bureau, The Opportunity Project, "Standardizing Addressing in Puerto Rico…" (public domain, copied text).
  assert.equal(bullet('The group gained support from key stakeholders in Puerto Rico to ensure their solution would be viable in the long term.'), 'The group gained support from key stakeholders in Puerto Rico')
  // ("…was doable, but handling last-minute changes[ to keep the teams balanced, or handling no-shows, was…]": that "was" is the subject's.)
  assert.notEqual(bullet('The advance assignment was doable, but handling last-minute changes to keep the teams balanced, or handling no-shows, was the worst part.'), 'The advance assignment was doable, but handling last-minute changes')
})

test('"For a glossary of X, see…" and "Feel free to email me" are no bullets', () => {
  assert.ok(isPointer('For a nice glossary of complexity terms, see the Resource Guide and Glossary for Nonlinear/Complex Systems Terms compiled by Jeffrey Goldstein.'))
  assert.ok(isPointer('For a good overview of the debate, read the review by Smith and Jones.'))
  assert.ok(isPointer('Feel free to email me with any questions or comments.'))
  assert.ok(!isPointer('For a decade the glossary of the field grew, and see how it changed.'))
})

test('a section of one sentence that no cut brings within the hard cap shows it cut within one and a half times the cap, not an empty slide', async () => {
  const source = [
    '# Standardizing addressing',
    '',
    '## How it helped',
    '',
    'Through TOP, iCasaPR was able to collaborate with and gain support from key federal, local stakeholders, and non-profit sectors in Puerto Rico to ensure their solution would be viable in the long term.',
    '',
    '## Datasets',
    '',
    'The team used the TIGER files of the Census Bureau and the schema of the National Address Database for every municipio.',
    ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/case.md', overrides: { condense: true } })
  const slide = /<section[^>]*>\s*<h2[^>]*>How it helped<\/h2>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
  assert.match(facesOf(slide), /iCasaPR was able to collaborate with and gain support from key federal, local stakeholders, and non-profit sectors in Puerto Rico/)
  assert.doesNotMatch(facesOf(slide), /viable/)
})

test('prose of more than eighteen sentences is chosen from run by run of paragraphs, so a long opening shows more than one slide of it', async () => {
  // U.S. Census Bureau, The Opportunity Project case study (public domain): thirteen paragraphs before and after a list
  // had shown two bullets; the prototype and the grants were in the notes only.
  const { paragraphRuns } = await import('../../src/article/paragraph-runs.js')
  const candidates = Array.from({ length: 22 }, (_, at) => ({ paragraph: Math.floor(at / 2), sentence: `Sentence ${at} says a thing.` })) as never[]
  assert.equal(paragraphRuns(candidates).length, 2)
  assert.equal(paragraphRuns(candidates.slice(0, 18)).length, 1)
})

test('a bullet never ends on "and then" whose next step a cut took', () => {
  // Jean Barkhuysen, Jonathan Amsterdam, The Go Blog (CC BY 4.0), `test/fixtures/real/go-module-compatibility`.
  assert.equal(bullet('The basic idea is to define a new interface with the new method, and then wherever the old interface is used, dynamically check whether the provided type is the older type or the newer type.'), 'The basic idea is to define a new interface with the new method')
  assert.ok(isPointer('This topic is explored in more detail in Jonathan Amsterdam\'s "Detecting Incompatible API Changes" talk.'))
})

test('no cut ends on "the many" waiting for its noun, nor on modifiers whose noun it took', () => {
  // TeachOSM, "TeachOSM on Cape Cod" (2015, CC BY-SA 4.0, copied text): "…due to the many" had been a bullet.
  assert.doesNotMatch(bullet('TeachOSM sessions have to take place during the school day due to the many after school commitments that the teachers and students may have.') ?? '', /the many$/)
  // Chris Ritzo, M-Lab blog (2022, Apache-2.0): "…includes the minimum, median" had lost "and maximum … measurements".
  assert.doesNotMatch(bullet('For example, the query NTIA is using includes the minimum, median, and maximum aggregate upload and download measurements, but also includes the 10th, 25th, 75th, and 90th percentiles.') ?? '', /minimum, median$/)
})

test('a phrase in brackets or inside a long quotation titles no page; a quoted term may', () => {
  const pages = [
    'Data sharing is hard. What happens to your data when you have "shufflel\'d off this mortall coile" as the poet said? Or when you have "shufflel\'d off this mortall coile" for a new job? Repositories keep data safe. Repositories outlive people.',
    'Collaborate with colleagues (not surprising given the lead author\'s affiliation) to synthesise data. The lead author\'s point (the lead author again) is clear. "Big data" is a phrase ecologists use. Is "Big data" meaningless? "Big data" sets are rare in ecology.'
  ]
  const titles = keyPhrases(pages, 'Open data and Ecology')
  assert.notEqual(titles[0]?.toLowerCase(), 'mortall coile')
  assert.notEqual(titles[1]?.toLowerCase(), 'lead author')
})

test('"Find Out More" over a reading list is back matter; a caption that ends on its credit is furniture', () => {
  assert.ok(isBackMatter('Find Out More'))
  assert.ok(backMatterHeading.test('Find Out More'))
  // Wellcome Library, "The changing face of London" (CC BY 4.0, copied text).
  assert.ok(isPictureSource('Health care leaflets: What is a Health Visitor? Credit: Wellcome Images no. L0025727'))
  assert.ok(!isPictureSource('The credit went to the nurses who ran the clinics for thirty years without pay.'))
})

test('a short set-up before a semicolon gives way to the point after it; a label or a clause that points back does not', () => {
  // Gavin L. Simpson, "Open data and Ecology" (2013, CC BY).
  assert.equal(bullet('For me, no; the benefits of sharing outweigh the negatives many fold.'), 'The benefits of sharing outweigh the negatives many fold')
  assert.equal(bullet('The opposite is true generally; people who want to use a data set properly will more than likely devote time and effort to understanding it.'), 'People who want to use a data set properly will more than likely devote time and effort to understanding it')
  assert.notEqual(bullet('The sticks get bigger still; major funding agencies are now requiring the data resulting from their granting schemes be made publicly, freely, and promptly available in suitable repositories.'), 'The sticks get bigger still')
  assert.doesNotMatch(bullet('Collaborate; work with colleagues to collate and synthesise data to address large-scale questions.') ?? 'Collaborate', /^Work/)
  assert.equal(bullet('Maps are a tool; they are a habit of mind.'), 'Maps are a tool; they are a habit of mind')
  assert.ok(isSignpost('Other issues often come up.'))
})

test('a purpose is no cut after the second subject of "for … to"', () => {
  // TeachOSM (CC BY-SA 4.0): "…for the students to establish their independent workflows and the teacher" had been a bullet.
  assert.doesNotMatch(bullet('Thus far, we have found that this provides a sufficient framework for the students to establish their independent workflows and the teacher to track the student\'s contributions.') ?? '', /and the teacher$/)
})

test('a restatement after ", or, more precisely," goes when the claim before it is too long with it', () => {
  // Arthur Turrell, "Who is not participating in Higher Education?" (2018, MIT).
  assert.equal(
    bullet('According to a Social Mobility Commission report from 2016, the most important determinant of whether someone goes to university at all or not is poverty, or, more precisely, whether someone receives free school meals.'),
    'The most important determinant of whether someone goes to university at all or not is poverty'
  )
})

test('a page titled by its lead-in does not show the lead-in too: the speaker says it', async () => {
  // Chris Ritzo, M-Lab blog (2022, Apache-2.0): "There are some questions that are worth exploring further:" under the
  // title "Questions that are worth exploring further".
  const source = readFileSync(new URL('../../../test/fixtures/heldout/revisiting-national-broadband-datasets-and-maps.md', import.meta.url), 'utf8')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/maps.md', overrides: { condense: true } })
  const slide = /<section[^>]*>\s*<h2[^>]*>Questions that are worth exploring further<\/h2>([\s\S]*?)<\/section>/.exec(html)?.[1]
  assert.ok(slide !== undefined, 'a page titled by its lead-in')
  assert.doesNotMatch(facesOf(slide), /There are some questions/)
  assert.match(slide, /<aside class="notes">[\s\S]*there are some questions that are worth exploring further:/i)
})

test('a sentence about "that post" leans on the one that named it', () => {
  assert.ok(isVague(tagSentence('Our goal with that post was to provide context and provenance of the different data sources presented in the map.'), 'Our goal with that post was to provide context and provenance of the different data sources presented in the map.'))
  assert.ok(!isVague(tagSentence('Our goal is to provide context for the data sources in the map.'), 'Our goal is to provide context for the data sources in the map.'))
})

test('a relative clause may end on its verb\'s preposition; a hedge after a phrase gives its claim; a short essay still ends on questions', async () => {
  // Arthur Turrell (2018, MIT): the article's last line had no bullet, "…can strive for" read as a cut.
  assert.equal(bullet('Familiarity is one of the most useful outcomes outreach programmes can strive for.'), 'Familiarity is one of the most useful outcomes outreach programmes can strive for')
  assert.equal(bullet('The team wrote the docs for.'), undefined)
  assert.equal(
    compressSentence('Processing all of this, it seems like making STEM careers and/or STEM practitioners familiar to young people is one of the most useful outcomes outreach programmes can strive for.', { maxWords: 40 })?.text,
    'Making STEM careers and/or STEM practitioners familiar to young people is one of the most useful outcomes outreach programmes can strive for'
  )
  // Wellcome Library, "The changing face of London" (CC BY 4.0, copied text): its reading list had filled two of four
  // slides under "MOH reports (cont.)", a caption and its credit had been a bullet; then, without them, two slides of
  // five bullets had ended on the last bullet.
  const source = readFileSync(new URL('../../../test/fixtures/heldout/the-changing-face-of-london.txt', import.meta.url), 'utf8')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/the-changing-face-of-london.txt', overrides: { condense: true } })
  const faces = facesOf(html)
  assert.doesNotMatch(faces, /Find Out More|Charles Booth|Credit: Wellcome/)
  assert.match(html, /<h2[^>]*>Questions\?<\/h2>/)
})

test('a relative clause after "the" + noun stays with its noun; "a similar pattern" leans on the one before', () => {
  // Gavin L. Simpson (CC BY): "Ecologists are more likely to be known for the iron-like grip" had lost what the grip holds.
  assert.doesNotMatch(bullet('Unfortunately, ecologists are more likely to be known for the iron-like grip with which they cling to their hard-won data.') ?? '', /grip$/)
  // TeachOSM (CC BY-SA 4.0).
  const similar = 'A similar growth pattern has taken place in the number of contributors to the OpenStreetMap since its birth.'
  assert.ok(isVague(tagSentence(similar), similar))
})

test('"to this point" is the writer\'s now, no pointer back; "at that point" still is', () => {
  // TeachOSM (CC BY-SA 4.0): the section's claim had been left out as leaning on the sentence before.
  const claim = 'The largest challenge to this point for all parties has been the coordination of schedules and time during work and school hours.'
  assert.ok(!isVague(tagSentence(claim), claim))
  const then = 'At that point, I had been writing code for a couple of years.'
  assert.ok(isVague(tagSentence(then), then))
})

test('"This post was last updated April 15, 2018." is a date line, with its full stop', () => {
  // Carter Pape, "buy GMOs, buy non-organic" (2018, CC BY-SA 4.0, copied text): it had been a bullet.
  assert.ok(isDateLine('This post was last updated April 15, 2018.'))
  assert.ok(!isDateLine('Yields fell by 20 percent in 2018.'))
})

test('"It is unlikely to spur faster walking" leans on what "it" stood for; "It is unlikely that…" has no such "it"', () => {
  // Jason Collins, "The speed of cities, part II" (2011, CC BY 4.0, copied text): it had been a bullet alone.
  const referential = 'It is unlikely to spur faster walking.'
  assert.ok(isVague(tagSentence(referential), referential))
  const expletive = 'It is unlikely that cities will slow down.'
  assert.ok(!isVague(tagSentence(expletive), expletive))
})
