/**
 * What the eighteenth session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { withoutDashComment } from '../../src/article/item-endings.js'

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
