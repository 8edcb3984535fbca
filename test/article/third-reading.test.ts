/**
 * What a third reading of the held-out decks found wrong, slide by slide as
 * their speaker would: each case with the lines as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { splitSentences } from '../../src/article/sentences.js'
import { recogniseText } from '../../src/text/index.js'
import { parseDeck } from '../../src/html/render.js'

/** Headings of a recognised text, the title first. */
function headingsOf(text: string): string[] {
  return recogniseText(text).tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => toString(node))
}

/** The face of every slide of a deck built from `text` (plain text, article mode), one string per slide. */
async function faces(text: string, path = 'article.txt'): Promise<string[]> {
  const tree = await parseDeck(new VFile({ path, value: text }), {})
  const slides = tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : [node])).filter((node) => node.type === 'slide')
  return slides.map((slide) => slide.children.filter((child) => (child as { type: string }).type !== 'notes').map((child) => toString(child as Heading)).join(' | '))
}

// The TTS bug bounty review on Digital.gov (public domain), as copied from the page.
const bounty = [
  'TTS Bug Bounty Program: 3 Year Review',
  '',
  'By Alyssa Feola and Aidan Feldman • December 14, 2020',
  '',
  'The Technology Transformation Services (TTS) Bug Bounty Program is one of the first of its kind. Our program has been running for three years.',
  '',
  'Program overview',
  '',
  'On average, we receive 21 submissions per month. 18% of submissions are valid and unique vulnerabilities, which have an average award of $462.',
  '',
  'What we learned…',
  '',
  'Staffing — We started out with a rotating cohort of internal folks overseeing the program. Once the team grew and got more defined we switched to dedicated staff.',
  '',
  'Effort — It really does take a village. There tend to be false positives: about 68% of all the reports we receive are not valid.',
  '',
  'How we’ve iterated…',
  '',
  'Volume — When a new system is added, there tend to be more reports up front, which then decreases to a more steady state.'
].join('\n')

test('should take a short line that trails off ("What we learned…") for a heading, and a long one for prose', () => {
  assert.deepEqual(headingsOf(bounty), ['TTS Bug Bounty Program: 3 Year Review', 'Program overview', 'What we learned…', 'How we’ve iterated…'])
  const cut = ['A title for the test', '', 'The first paragraph is here and it says what the article is about.', '', 'And then the whole thing went wrong and nobody knew…', '', 'The second paragraph follows.'].join('\n')
  assert.ok(!headingsOf(cut).includes('And then the whole thing went wrong and nobody knew…'))
})

test('should take a Title Case label set apart before a paragraph ("All Time Review:") for a heading without its colon', () => {
  const text = ['TTS Bug Bounty Program: 3 Year Review', '', 'The program has been running for three years and it has grown every single year since then.', '', 'All Time Review:', '', 'On average, we receive 21 submissions per month. 18% of submissions are valid and unique vulnerabilities.', '', 'Severity breakdown:', '', '20% High or Critical', '47% Medium', '29% Low'].join('\n')
  const headings = headingsOf(text)
  assert.ok(headings.includes('All Time Review'), headings.join(' | '))
  // A lower-case label before its list introduces the list.
  assert.ok(!headings.some((heading) => heading.startsWith('Severity')), headings.join(' | '))
})

test('should end a sentence before a figure that opens the next one, but not after an abbreviation', () => {
  assert.deepEqual(splitSentences('On average, we receive 21 submissions per month. 18% of submissions are valid. It cost approx. 5 dollars. See fig. 3 for more.'), [
    'On average, we receive 21 submissions per month.',
    '18% of submissions are valid.',
    'It cost approx. 5 dollars.',
    'See fig. 3 for more.'
  ])
})

test('should keep a plain-text run-in label ("Staffing — …") as the label of its paragraph’s bullet', async () => {
  const slides = await faces(bounty)
  const learned = slides.find((face) => face.startsWith('What we learned'))
  assert.ok(learned, slides.join('\n'))
  assert.match(learned, /Staffing — /)
  assert.match(learned, /Effort — /)
  // Each labelled paragraph gives its own bullet: the label is not a sentence of its own.
  assert.doesNotMatch(learned, /It really does take a village \|/)
})
