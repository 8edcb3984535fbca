/**
 * What the thirty-first session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each),
 * and what its speed work must leave as it was.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { recogniseText } from '../../src/text/recognise.js'
import { facesOf } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode, its HTML and the text of its faces (notes left out). */
async function deckFaces(source: string, path = '/tmp/lectern-no-such-folder/article.md'): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path, overrides: { condense: true } })
  return { html, faces: facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')) }
}

/** The slide titles of a deck, in order. */
const titles = (html: string): string[] => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))

/** A paragraph of prose long enough to be one, about `topic`. */
const prose = (topic: string): string => `${topic}, and the paragraph goes on for a while about it so that it reads as a paragraph of the article.`

test('the site\'s name over the title is its masthead; its menu and copyright at the foot close nothing (copied text)', async () => {
  // Phil Hagelberg, "in which we take a deep breath before the upcoming plunge" (technomancy.us, 2014, CC BY-SA 4.0), copied
  // from the page: "Technomancy" had titled the talk, the title its subtitle, and the site's menu with its copyright line had
  // been the closing slide.
  const source = [
    'Technomancy',
    '',
    'in which we take a deep breath before the upcoming plunge',
    '',
    'So you might be wondering what technomancy is up to these days anyway; he seems to be all over the place. I\'m not doing much Clojure these days.',
    '',
    'This past June, my wife and I traveled to Thailand for a few weeks in order to meet up with a few organizations working with Burmese families.',
    '',
    'We anticipate we will spend a while focused mostly on learning the language, culture, and just figuring out life.',
    '',
    '« older | 2014-12-16T13:20:33Z | newer »',
    '',
    'All posts | Résumé | Projects | Talks | Colophon | Technomancy is © 2004 – 2020 Phil Hagelberg',
    ''
  ].join('\n')
  const { outline } = recogniseText(source)
  assert.equal(outline.title, 'In which we take a deep breath before the upcoming plunge')
  assert.equal(outline.byline, 'Phil Hagelberg')
  assert.equal(outline.subtitle, undefined)
  const { faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.doesNotMatch(faces, /Colophon|©/)
  // A site's name alone, not named again at its foot, is no masthead: it stays the title.
  assert.equal(recogniseText(source.replace(/Technomancy is © 2004 – 2020 Phil Hagelberg/, 'Contact')).outline.title, 'Technomancy')
})

test('a person\'s name and what the site is, over the title, are its masthead and the byline; the comment line closes nothing', async () => {
  // Peter Krautzberger, "3 questions in June or; LoC workshops are the best" (peterkrautzberger.org, 2013, CC BY 4.0), copied.
  const source = [
    'Peter Krautzberger · on the web',
    '',
    '3 questions in June or; LoC workshops are the best',
    '20 Jan 2013',
    '',
    prose('In late June, I had the enormous pleasure to be invited to the Preserving Online Science meeting at the Library of Congress'),
    '',
    prose('I had grand plans to write about the workshop itself but never had the time'),
    '',
    'To leave a comment write me an email. You can also contact me.',
    ''
  ].join('\n')
  const { outline } = recogniseText(source)
  assert.equal(outline.title, '3 questions in June or; LoC workshops are the best')
  assert.equal(outline.byline, 'Peter Krautzberger')
  assert.equal(outline.date, '20 Jan 2013')
  const { faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.doesNotMatch(faces, /leave a comment|on the web/)
})

test('a questionnaire\'s numbered topics head their answers; the questions and what they ask for are no bullets (copied text)', async () => {
  // Peter Krautzberger, "3 questions in June…" (2013, CC BY 4.0): "1. Value of Content: 50 years from now, what kinds of online
  // science content…? Please give an example…" had shown the three questions on one slide and none of the answers.
  const source = [
    '3 questions in June',
    '',
    prose('In late June, I had the enormous pleasure to be invited to the Preserving Online Science meeting at the Library of Congress'),
    '',
    'Before the workshop started, participants were asked to answer three questions. For what it\'s worth, here are my answers.',
    '',
    '1. Value of Content: 50 years from now, what kinds of online science content will be invaluable for understanding science in our age? Please give an example of a particular piece of content and explain why it would be significant.',
    '',
    'In a fully connected, digital world, we can understand much better how individual researchers work and communities interact.',
    '',
    '2. Future Use of Content: What kinds of uses do you imagine this science content could serve? Please briefly describe the value that you think online science content provides for the future.',
    '',
    'Preserving researchers\' actual activity will allow us to trace networks and interaction among and across research communities.',
    '',
    '3. Identifying Curatorial Homes: Libraries, Archives and Museums have typically collected published works and a range of other special collections. Where are the natural curatorial homes for various kinds of online science content?',
    '',
    'An archival effort needs to address both institutions and individuals to ensure that data is not lost over the years.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  const heads = titles(html)
  for (const topic of ['1. Value of Content', '2. Future Use of Content', '3. Identifying Curatorial Homes']) assert.ok(heads.includes(topic), `${topic} in ${JSON.stringify(heads)}`)
  assert.doesNotMatch(faces, /Please give|Please briefly|here are my answers|Libraries, Archives and Museums have/)
  for (const answer of ['we can understand much better how individual researchers work', 'trace networks and interaction', 'An archival effort needs to address both institutions and individuals']) assert.match(faces, new RegExp(answer, 'i'))
  // The questions stay in the speaker notes.
  assert.match(html, /Please give an example of a particular piece of content/)
  // (An author's own set-up ending on a question, with a "we", still shows.)
  const { isFormQuestion } = await import('../../src/article/signposts.js')
  assert.ok(!isFormQuestion(['Sometimes, new features require changes to publicly-exposed interfaces: for example, an interface needs to be extended with new methods.', 'Directly adding to an interface is a breaking change, though—how, then, can we support new methods on a publicly-exposed interface?'], true))
})

test('cuts keep two clauses a pair of dashes spans, a "be" with its complement, and the consequence after "This meant"', async () => {
  // Peter Krautzberger, "11 dreams for the publishing debate — #6" (2012) and "Welcome to Westdeutschland" (2014), CC BY 4.0.
  const { compressSentence } = await import('../../src/article/compress.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  // ("Some are realistic crazy": the dashes belong to two clauses, no aside.)
  assert.equal(bullet('Some are realistic—perhaps just around the corner; others are way out there—basically crazy.'), 'Some are realistic—perhaps just around the corner; others are way out there—basically crazy')
  // ("…are, at the heart": the cut had left "are" without what the problems are.)
  assert.doesNotMatch(bullet('I believe all major problems brought up in the debate are, at the heart, caused by the immense increase in publications — but not the global increase, the personal one.') ?? '', /at the heart$|are$/)
  assert.equal(bullet('This meant, after some 8+ years, I\'m living in West Germany again.'), 'After some 8+ years, I\'m living in West Germany again')
  const { analyse } = await import('../../src/article/sentence-analysis.js')
  assert.equal(analyse('This meant, after some 8+ years, I\'m living in West Germany again.', 14, false).vague, false)
})

test('a note on how to read a series is no quote and no bullet; a pointer to the rest of the code is no bullet', async () => {
  const source = [
    '---',
    'title: "11 dreams for the publishing debate — #6 publishing in smaller increments"',
    '---',
    '',
    '> One more, one more, one more...',
    '> Each new post will start from the top, so scroll down a little if you\'ve read the previous one -- but also check out the first post for some motivation.',
    '',
    'These are dreams. Some will apply to everyone, others only to some. But all have diversity in mind, diversity in our expectations of who researchers are and what they do.',
    '',
    '## 1. write fewer original-research papers',
    '',
    'The massive inflation is killing us, devaluating everything we do as researchers. Having to publish more papers means we produce more research of questionable quality.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source)
  assert.doesNotMatch(faces, /One more|scroll down/)
  assert.match(html, /scroll down a little/)
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.ok(isPointer('See reader.go for the actual code.'))
  assert.ok(!isPointer('See the difference it makes for your users.'))
})

test('the text a reader sees drops the same citations as before its patterns were made faster', async () => {
  const { toString } = await import('../../src/article/visible-text.js')
  const text = (value: string): string => toString({ type: 'paragraph', children: [{ type: 'text', value }] })
  assert.equal(text('…using a similar grid size (15).'), '…using a similar grid size.')
  assert.equal(text('…agriculture or grazing (~34%) (17), covering…'), '…agriculture or grazing (~34%), covering…')
  assert.equal(text('as shown in equation (1).'), 'as shown in equation (1).')
  assert.equal(text('the routine screening age (50), they will be invited'), 'the routine screening age (50), they will be invited')
  assert.equal(text('by Douglas Engelbart [9] and Alan Kay [10].'), 'by Douglas Engelbart and Alan Kay.')
  assert.equal(text('about 7.8 days [@ward2022transmission].'), 'about 7.8 days.')
  assert.equal(text('the report (PDF, 28 pages, 893 kb) says'), 'the report says')
})

test('a clause compressed twice gives the same bullet, kept', async () => {
  const { compressTokens } = await import('../../src/article/compress.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const sentence = 'However, the team, which had grown to twelve people by then, shipped the new release in March after a long beta.'
  const first = compressTokens(tagSentence(sentence), 10, 16)
  const again = compressTokens(tagSentence(sentence), 10, 16)
  assert.ok(first)
  assert.equal(again, first)
  assert.ok(Object.isFrozen(first))
  // Another budget is another result.
  assert.notEqual(compressTokens(tagSentence(sentence), 20, 26), first)
})

test('an essay without headings whose last rule sets off a short coda closes on the coda', async () => {
  // Peter Krautzberger, "Welcome to Westdeutschland" (2014, CC BY 4.0): the rule was dropped and the coda's first sentence
  // ("Today, celebrations of the peaceful revolution of 1989 may be in focus") shown on the slide about Göttingen.
  const paragraphs = [
    '25 years ago today, the wall fell in Berlin, opening up Germany, opening up Europe. I don\'t remember much about that night.',
    'As you may have noticed, I recently moved back to Germany and most recently to Göttingen. This meant, after some 8+ years, I\'m living in West Germany again.',
    'It has struck me how Göttingen, to me, seems like a perfect example of a West German city. Maybe it is the beautiful 18th century city center.',
    'Göttingen has this particular, everything-is-finished vibe which I find so typical of West German cities. It\'s oddly appealing and yet slightly suffocating.'
  ]
  const coda = 'Today, celebrations of the peaceful revolution of 1989 may be in focus. But on November 9 we always remember more. 1918, 1923, 1938, 1989; I can\'t remember one without the other.'
  const source = ['---', 'title: Welcome to Westdeutschland', '---', '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), '* * *', '', coda, ''].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const slides = html.split(/<section\b/).slice(1).map((slide) => facesOf(slide.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')))
  const closing = slides.findIndex((slide) => /In closing/.test(slide))
  assert.ok(closing > 0, 'an "In closing" slide')
  assert.match(slides[closing]!, /peaceful revolution of 1989/)
  assert.ok(slides.slice(0, closing).every((slide) => !/peaceful revolution/.test(slide)))
  // (A note after the rule on where the essay ran is no coda.)
  const { codaAfterRule } = await import('../../src/article/section-depths.js')
  const note = { type: 'paragraph' as const, children: [{ type: 'emphasis' as const, children: [{ type: 'text' as const, value: '(this essay was originally posted on my Patreon)' }] }] }
  const blocks = [...paragraphs.map((value) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] })), { type: 'thematicBreak' as const }]
  assert.ok(codaAfterRule([...blocks, note]).some((node) => node.type === 'thematicBreak'))
  assert.ok(!codaAfterRule([...blocks, { type: 'paragraph', children: [{ type: 'text', value: coda }] }]).some((node) => node.type === 'thematicBreak'))
})

test('a short condition in brackets stays with what it qualifies', async () => {
  // Peter Krautzberger, "11 dreams… #6" (2012, CC BY 4.0): without "(if you must)" the author's reluctance read as an endorsement.
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.match(compressSentence('We must use the arXiv, our homepages or (if you must) walled gardens such as academia.edu and researchgate.', { maxWords: 14 })?.text ?? '', /\(if you must\)/)
  // (A long one is an aside all the same.)
  assert.doesNotMatch(compressSentence('GPLv3 or (if they also do not wish to contribute to closed source services) AGPLv3 will go over well with such contributors.', { maxWords: 14 })?.text ?? '', /if they also/)
})

test('set 235: a verb\'s own "with", notes on how a post was written, related pages, a licence by its holders, and a box\'s heading', async () => {
  // Christopher Steven Marcum, "Public Data Hangs in the Balance…" (2026, CC BY 4.0); WeObserve consortium, "I want to engage
  // stakeholders in ways that keep them motivated over time" (CC BY-SA 4.0).
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.doesNotMatch(compressSentence('The blanket ban on all noise infusion is an unreasonable overreach that leaves the Census Bureau with a terrible choice: violate statistical laws or restrict public access to its data.', { maxWords: 14 })?.text ?? '', /Census Bureau$/)
  const { isPointer, isPublicationNote } = await import('../../src/article/pointers.js')
  for (const note of ['This post was written in collaboration with Meghan Maury and Beth Jarosz.', 'A shorter, less technical, and more accessible version of this post was published by dataindex.us earlier today.', 'This page partially draws upon the MOOC Citizen Science Projects: How to make a difference, though the focus was shifted to Citizen Observatories.']) assert.ok(isPointer(note), note)
  assert.ok(isPublicationNote('This work by parties of the WeObserve consortium is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License'))
  assert.ok(!isPointer('This page describes how we collected the data.'))
  const { isBackMatter } = await import('../../src/article/back-matter.js')
  for (const heading of ['You may also be interested in:', 'Recommended Citation', 'Related pages']) assert.ok(isBackMatter(heading), heading)
  const { condenseQuote } = await import('../../src/article/condense-items.js')
  const { toString } = await import('mdast-util-to-string')
  const box = condenseQuote({ type: 'blockquote', children: [{ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Personas and Scenarios the GROW Observatory' }] }, { type: 'paragraph', children: [{ type: 'text', value: 'The GROW Observatory developed in-depth personas and scenarios to help define the stakeholder groups.' }] }] }, 14)
  assert.doesNotMatch(toString(box), /Observatory The GROW/)
})

test('set 235 (copied text): a chart\'s instructions, a figure\'s caption, the site\'s name named in the page\'s own citation, and the citation itself', async () => {
  // USGS Vizlab, "Water bottling across the U.S." (2023, public domain); Christopher Steven Marcum, "AI Robots are Coming for
  // your Children…" (Open Evidence, 2026, CC BY 4.0).
  const { lineBoilerplate } = await import('../../src/text/boilerplate-lines.js')
  assert.equal(lineBoilerplate('Click on the dropdown menus, bar chart, or map to explore'), 'navigation')
  assert.equal(lineBoilerplate('Figure: Me with Paro at the 2019 Annual Meeting of the Gerontological Society of America, of which I am a Fellow.'), 'caption')
  const essay = [
    'Open Evidence',
    '',
    'AI Robots are Coming for your Children: They’ve Already Come for Your Parents',
    '',
    'March 11, 2026',
    '',
    prose('On recent flights I watched M3GAN and M3GAN 2.0, the campy action-thrillers about an uncannily human companion robot'),
    '',
    prose('AI companion robots have been marketed as a solution to loneliness and caregiving needs for older adults for over two decades'),
    '',
    prose('Some researchers have made recommendations on the design of AI companions using real-world evidence from focus groups'),
    '',
    'Recommended Citation:',
    '',
    'Christopher Steven Marcum (March 11, 2026). "AI Robots are Coming for your Children: They\'ve Already Come for Your Parents." Open Evidence. https://doi.org/10.59350/s2ac2-pnt63',
    '',
    '© 2026 Christopher Steven Marcum | Atom Feed',
    ''
  ].join('\n')
  const { outline } = recogniseText(essay)
  assert.equal(outline.title, 'AI Robots are Coming for your Children: They’ve Already Come for Your Parents')
  assert.equal(outline.byline, 'Christopher Steven Marcum')
  const { faces } = await deckFaces(essay, '/tmp/lectern-no-such-folder/article.txt')
  assert.doesNotMatch(faces, /Open Evidence|doi\.org|Atom Feed/)
  // (A title the page's citation quotes is the title, not a masthead: "Carbon offsets burning" (CarbonPlan, 2020, CC BY 4.0).)
  const carbon = ['Carbon offsets burning', '', 'Claudia Herbert, Jared Stapp, Grayson Badgley', '', '09-17-2020', '', prose('In the middle of a record fire season on the US West Coast, the Lionshead Fire burned through a forest carbon offset project'), '', 'Please cite as:', '', 'C Herbert, J Stapp, G Badgley (2020) “Carbon offsets burning” CarbonPlan https://carbonplan.org/research/offset-project-fire', ''].join('\n')
  assert.equal(recogniseText(carbon).outline.title, 'Carbon offsets burning')
  const { isJournalFront } = await import('../../src/article/signposts.js')
  assert.ok(isJournalFront('Christopher Steven Marcum (March 11, 2026). "AI Robots are Coming for your Children." Open Evidence. https://doi.org/10.59350/s2ac2-pnt63'))
  const { quotedPhrase } = await import('../../src/article/pull-quotes.js')
  assert.equal(quotedPhrase('Christopher Steven Marcum (March 11, 2026). "AI Robots are Coming for your Children: They\'ve Already Come for Your Parents." Open Evidence.'), undefined)
})

test('a list of five short lines stays on one slide rather than leave its last item to the next', async () => {
  // WeObserve consortium, "I want to engage stakeholders…" (CC BY-SA 4.0): "5. Organise social events for the members" had
  // gone alone to a "(cont.)" slide above two case studies.
  const source = [
    '---', 'title: Keep stakeholders motivated', '---', '',
    '## Ensuring the continued motivation of members', '',
    '1. Develop feedback loops (about the validity and use of the data)',
    '2. Recognise volunteer contributions (in meetings, on websites, in papers)',
    '3. Train and invest in Citizen Observatory members',
    '4. Provide clear leadership, structure and organisation',
    '5. Organise social events for the members', '',
    '> Finally, the scientists involved in this Citizen Observatory were participating on a project basis, rather than for the long run, and they had little time for the members.', '',
    '> The intended participants were the citizens of the city of Toulouse, who had been asked to describe the landscapes they knew.', ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const slide = html.split(/<section\b/).find((each) => each.includes('Develop feedback loops'))!
  assert.match(slide, /Organise social events/)
})

test('no bullet of a noun and an idiom after ", or", nor a claim without the "when" that denies it', async () => {
  // Christopher Steven Marcum, "AI Robots are Coming for your Children…" (2026, CC BY 4.0): the sentence had given the
  // bullet "Animals as the case may be", and "…informed consent becomes meaningless" without its condition.
  const { compressSentence } = await import('../../src/article/compress.js')
  const { splitCoordinated } = await import('../../src/article/compress-coordination.js')
  const { tagSentence, tokensText } = await import('../../src/article/nlp.js')
  const sentence = 'For individuals with dementia, the concept of informed consent becomes meaningless when they cannot comprehend that they are interacting with AI rather than humans, or animals as the case may be.'
  for (const maxWords of [12, 14, 16]) {
    const bullet = compressSentence(sentence, { maxWords })?.text ?? ''
    assert.doesNotMatch(bullet, /^Animals|meaningless$/, bullet)
  }
  assert.doesNotMatch(tokensText(splitCoordinated([...tagSentence(sentence)], 16)), /^Animals/)
})
