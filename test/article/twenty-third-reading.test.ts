/**
 * What the eighteenth session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { withoutDashComment } from '../../src/article/item-endings.js'
import { compressSentence } from '../../src/article/compress.js'

const compressed = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** The text on the slides, notes left out. */
const faces = (html: string): string => html.replace(/<aside[\s\S]*?<\/aside>/g, '')

/** The titles of the slides, in order. */
const titles = (html: string): string[] => [...faces(html).matchAll(/<h[12][^>]*>([\s\S]*?)<\/h[12]>/g)].map((match) => match[1]!.replace(/<[^>]*>/g, '').trim())

test('held-out set 82: a list item keeps what it names, not the comment after its dash; a lead-in and its list share a slide', async () => {
  // John Oates, "Using two task lists instead of a single application form" (CPS design history,
  // CPS-Innovation/new-design-history, MIT), copied as text: two lists of five and six items had run over three slides
  // ("Equality monitoring questions", "Screening questions": single items of the lists titled the slides they spilled
  // onto), because two items carried a comment after a dash that the face did not need.
  assert.equal(withoutDashComment('whether they’re allowed to work in Crown Courts – they can do this if they’re a barrister or a solicitor with higher rights of audience'), 'whether they’re allowed to work in Crown Courts')
  assert.equal(withoutDashComment('questions about the user’s skills and experience - they may be asked to upload a document as part of this'), 'questions about the user’s skills and experience')
  // (A dash inside a phrase, or one whose second half is no comment on the first, stays.)
  assert.equal(withoutDashComment('a solicitor - with higher rights of audience'), undefined)
  assert.equal(withoutDashComment('the years 1990 – 2000 were the warmest on record'), undefined)
  const page = [
    'Using two task lists instead of a single application form',
    '20 March 2026',
    'The current service presents users with a long, single page application form.',
    'The contents of the form are based on:',
    '• whether the user is a barrister or solicitor',
    '• whether they’re allowed to work in Crown Courts – they can do this if they’re a barrister or a solicitor with higher rights of audience',
    '• the panel they’re applying for',
    '• the level they’re applying for',
    '• whether they’re applying for their first panel or upgrading to a higher level',
    'The form includes a mix of questions including:',
    '• personal details such as the user’s qualifications',
    '• preferences such as which Crown Courts they want to work in',
    '• details of referees - these are needed for many applications',
    '• equality monitoring questions',
    '• screening questions about things like whether the user has a criminal record',
    '• questions about the user’s skills and experience - they may be asked to upload a document as part of this',
    'For a returning user, some of this information will already be filled in when their application form is generated.',
    'Why we made a change',
    'We know that users of government services find it hard to complete long, single page forms.',
    'For this service, specific issues include:',
    '• the service timing out while users are in the middle of working on the form',
    '• concerns about the placement of the equalities monitoring questions',
    'The service timing out',
    'The current service signs users out after a certain amount of time.',
    'Research participants mentioned that this had caused them problems, as did people using the in-service feedback form.',
    ''
  ].join('\n')
  const html = (await renderDeck(page, { path: 'two-task-lists.txt', overrides: { condense: true } })).html
  const face = faces(html)
  assert.match(face, /<li>whether they’re allowed to work in Crown Courts<\/li>/)
  // Each lead-in shares its slide with its whole list: the comment is in the notes.
  const slides = face.split(/<section/).filter((slide) => /<li>/.test(slide))
  const holding = (text: string): number => slides.findIndex((slide) => slide.includes(text))
  assert.equal(holding('The contents of the form are based on'), holding('upgrading to a higher level'))
  assert.equal(holding('The form includes a mix of questions'), holding('questions about the user’s skills and experience'))
  assert.match(html, /they can do this if they’re a barrister/)
  // A page that opens on a lead-in takes no title from one of its list's items.
  assert.ok(!titles(html).some((title) => /Equality monitoring|Screening questions/.test(title)), titles(html).join(' | '))
})

test('held-out set 93: a cut never leaves a relative clause without its verb, a verb without its preposition, nor a preposition without its object', () => {
  // Thomas Flynn, Neal Stimler and Michael Weinberg, "Set Goals" (Glam3D, NYUEngelberg/NYUEngelberg.github.io, CC BY 4.0),
  // and Emily Genatowski and James Baille, "Data and Databases" (DARIAH-Campus, DARIAH-ERIC/dariah-campus, CC BY 4.0):
  // the faces had read "…agreed-upon goals that you, your colleagues", "…is to direct efforts", "…a perfect match",
  // "…two categories, which tend towards", "…limitations on inclusion – for example".
  const cuts: Array<[string, RegExp]> = [
    ['Either way, it is essential to establish agreed-upon goals that you, your colleagues, and service providers can reference during the planning, implementation, and execution of your digitization project.', /your colleagues$/],
    ['The easiest way to narrow down the scope of a 3D digitization project is to direct efforts at the part of the collection that relates to the needs of your primary audience.', /direct efforts$/],
    ['In conjunction with the expert knowledge associated with a cultural resource, 3D models are a perfect match for teaching about cultural heritage as part of an object-based learning program.', /perfect match$/],
    ['These can broadly be split into two categories, which tend towards, whilst not necessarily mapping neatly onto, the above division of database type and research question.', /towards$/],
    ['Meanwhile in source-scoped databases there are often still some limitations on inclusion – for example, if in the course of some legal research one wanted to look at all of a particular judge’s rulings, it might be a necessity to use a practical filter within that of particular types of case or periods in that person’s career.', /for example$/]
  ]
  for (const [sentence, cut] of cuts) assert.doesNotMatch(compressed(sentence) ?? sentence, cut, sentence)
  assert.equal(compressed('These can broadly be split into two categories, which tend towards, whilst not necessarily mapping neatly onto, the above division of database type and research question.'), 'These can broadly be split into two categories')
  // (A preposition stranded at the end of its clause waits for nothing: "…an easy trap to step into".)
  assert.equal(compressed('It’s an easy trap to step into, especially when having to decide between two options where one requires effort and the other does not.'), 'It’s an easy trap to step into')
  // What a preposition's relative clause adds after the claim goes; "of which" names a part, and stays.
  assert.equal(compressed('As with most things, 3D digitization projects can benefit greatly from establishing a goal or set of goals from which can be derived a plan and strategy to achieve the desired result.'), '3D digitization projects can benefit greatly from establishing a goal or set of goals')
  assert.doesNotMatch(compressed('Bananas alone must’ve been available in some fifteen varieties, none of which I had ever seen in the shops at home before that summer.') ?? '', /, none$/)
})

test('held-out set 93: an aside between a subject and its verb leaves no comma behind; a gerund and its question are a subject', () => {
  // Emily Genatowski and James Baille, "Data and Databases: From Source to Data" (DARIAH-Campus, CC BY 4.0): "The process
  // of capturing and recording data, can be…" and "Time stamps: Particular decisions and entry inputs were made for a
  // database is vital" (its subject, "Knowing when, and consequently in what order,", cut as if fronted).
  assert.equal(compressed('In fact, the process of capturing and recording data, especially in the humanities, can be highly dependent on subjective decisions, especially as it often involves removing the original context of the data point.'), 'The process of capturing and recording data can be highly dependent on subjective decisions')
  assert.doesNotMatch(compressed('Knowing when, and consequently in what order, particular decisions and entry inputs were made for a database is vital.') ?? '', /^Particular decisions/)
})

test('held-out set 93: site navigation after line breaks is Markdown, and off the face; an example in quotation marks is no pull quote; several names under the title are its byline', async () => {
  // Glam3D chapters end "<br>" "<br>" "**NEXT SECTION [Identify](/identify.html)**": CommonMark ran the breaks on into
  // the line, and the face showed its asterisks and brackets. "(e.g., “We wish to experiment with new technology”)"
  // had been the deck's pull quote.
  const chapter = '---\ntitle: Set Goals\n---\n\nAs with most things, 3D digitization projects can benefit greatly from establishing a goal. End goals for a 3D digitization project can be very general (e.g., “We wish to experiment with new technology”) or very specific (e.g., “We need an accurate 3D model to facilitate production of a new gallery wall mount”).\n\n## Partners\n\nPartnerships can be valuable at all stages of a project: planning, digitization, post-production, and dissemination.\n\n<br>\n<br>\n**NEXT SECTION [Identify](/identify.html)**\n'
  const html = (await renderDeck(chapter, { path: 'set-goals.md', overrides: { condense: true } })).html
  assert.doesNotMatch(html, /\*\*NEXT SECTION|\[Identify\]/)
  assert.doesNotMatch(faces(html), /NEXT SECTION/)
  assert.doesNotMatch(faces(html), /<blockquote[^>]*>\s*<p>We wish to experiment/)
  // Emily Genatowski and James Baille, copied as text: their names under the title had been a slide of their own.
  const text = 'Data and Databases: From Source to Data\nEmily Genatowski, James Baille\n\nIntroduction\n\nHumanities and social scientific data is fundamentally different in type to a great deal of data available in the sciences. Understanding your data is fundamental to the process of database creation.\n'
  const deck = (await renderDeck(text, { path: 'source-to-data.txt', overrides: { condense: true } })).html
  assert.ok(!titles(deck).includes('Emily Genatowski, James Baille'), titles(deck).join(' | '))
  assert.match(deck, /Emily Genatowski, James Baille/)
})

test('held-out set 93: the last of a run of short points, each over its paragraph, is no heading when it lost its full stop', async () => {
  // Emily Genatowski and James Baille, "Data and Databases: Scoping a Database" (DARIAH-Campus, CC BY 4.0): "It interacts
  // with your research questions", the third of three reasons, had titled six slides.
  const text = [
    'Scoping a Database', '', 'Setting a Scope', '',
    'There are three main reasons for setting out a formal scope:', '',
    'It tells other people what they can find in your database.',
    'This is extremely important for making databases other people can subsequently use – they need to know on what basis people get into your database, so they know how much their own work overlaps with yours.',
    'It makes your project manageable in scale and planning.',
    'Without any kinds of limits or boundaries, a prosopography can extend almost infinitely – you need to be able to plan the work you can feasibly do.',
    'It interacts with your research questions',
    'You will be making a database because you have questions you want to answer: if you haven’t formulated those questions, you should do so. The scope is closely tied to those questions.', ''
  ].join('\n')
  const html = (await renderDeck(text, { path: 'scoping.txt', overrides: { condense: true } })).html
  assert.ok(!titles(html).some((title) => /It interacts/.test(title)), titles(html).join(' | '))
})

test('held-out set 92: a key figure without digits beside an age range does not stop the build', async () => {
  // Flavio Finger and Adam Kucharski, "Using real-time modelling to inform the response to a diphtheria outbreak"
  // (epiforecasts, CC BY): "less than a quarter of the children in the camps aged between 6 months and 5 years" had
  // failed the whole deck with "Cannot read properties of null".
  const text = 'Diphtheria in Cox’s Bazar\n\nThe camps\n\nThe site would become the world’s largest refugee camp. According to one survey performed by MSF in November 2017, less than a quarter of the children in the camps aged between 6 months and 5 years had been vaccinated against measles.\n'
  const html = (await renderDeck(text, { path: 'diphtheria.txt', overrides: { condense: true } })).html
  assert.match(html, /less than a quarter of the children/)
})
