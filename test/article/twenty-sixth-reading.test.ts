/**
 * What the twenty-first session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { keyPhrases, spelledOut } from '../../src/article/key-phrases.js'
import { parseByline } from '../../src/text/byline.js'
import { recogniseText } from '../../src/text/index.js'

test('held-out set 113: a date written "30-Dec-2024" with its reading time after a comma is the byline\'s date', () => {
  // Atharva Raykar, "A ‘systems thinking’ approach to saving lives from heart attacks and strokes" (simpledotorg, MIT), as
  // copied: the author's name had titled a slide whose first bullet was "30-Dec-2024, 18 minute read".
  assert.deepEqual(parseByline('30-Dec-2024, 18 minute read'), { date: '30-Dec-2024' })
  assert.deepEqual(parseByline('30-Dec-2024'), { date: '30-Dec-2024' })
  const { outline } = recogniseText([
    'A ‘systems thinking’ approach to saving lives from heart attacks and strokes', '',
    'A technologists’ skill set of crafting scalable solutions works well on notoriously hard problems like public health. The way to make it approachable is to adopt ‘systems thinking’.', '',
    'Atharva Raykar', '30-Dec-2024, 18 minute read', '',
    'I am a software engineer and I have been working on Simple and related systems to improve hypertension management for the last few years. This is my final week with the team.', ''
  ].join('\n'))
  assert.equal(outline.byline, 'Atharva Raykar')
  assert.equal(outline.date, '30-Dec-2024')
})

test('held-out set 113: a countdown of numbered headings is read as headings, long ones and "Label: definition." ones too', () => {
  // The same article: Donella Meadows' twelve leverage points counted down from "12. Numbers: …" had lost five of them
  // (12, 8, 4, 3, 2) to the sections before, "5. Rules (cont.)" over self-organization, goals and paradigms.
  const para = 'This is a paragraph of prose about the leverage point above it, written in full sentences for the reader. It has a second sentence too.'
  const text = [
    'Leverage points', '',
    'Here are the leverage points as stated by Meadows, in increasing order of effectiveness. The more effective the lever, the harder it usually is to pull:', '',
    '12. Numbers: Constants and parameters such as subsidies, taxes, and standards.', '', para, '',
    '11. Buffers: The sizes of stabilizing stocks relative to their flows', '', para, '',
    '10. Stock-and-Flow Structures: Physical systems and their nodes of intersection', '', para, '',
    '9. Delays: The lengths of time relative to the rates of system changes', '', para, '',
    '8. Balancing Feedback Loops: The strength of the feedbacks relative to the impacts they are trying to correct', '', para, '',
    '7. Reinforcing Feedback Loops: The strength of the gain of driving loops', '', para, '',
    '5. Rules: incentives, punishments, constraints', '', para, '',
    '4. Self-organization: the power to add, change, or evolve system structure', '', para, '',
    '3. Goals: the purpose of the system', '', para, ''
  ].join('\n')
  const headings = recogniseText(text).outline.headings.map((heading) => heading.text)
  for (const number of ['12', '11', '10', '9', '8', '7', '5', '4', '3']) assert.ok(headings.some((heading) => heading.startsWith(`${number}. `)), `${number}: ${headings.join(' | ')}`)
  // (A loose list of sentences, one after another with no prose between them, is still a list.)
  const list = recogniseText(['Steps', '', 'Do these things:', '', '1. Open the box.', '', '2. Take out the kit.', '', '3. Read the manual first.', '', para].join('\n'))
  assert.ok(!list.outline.headings.some((heading) => /^\d/.test(heading.text)))
})

test('held-out set 113: a short fronted cause stays with its claim', () => {
  // (Our own sentence, of the shape a health explainer's had: "As a result of drug resistance, antibiotics … become
  // ineffective…" had lost its cause and closed a talk saying antibiotics become ineffective.)
  const drought = compressSentence('As a result of the drought, most wells in the valley run dry by August.')
  assert.equal(drought?.text, 'As a result of the drought, most wells in the valley run dry by August')
  // A long one is still the speaker's reason, and goes.
  assert.equal(compressSentence('Partially because of the inadequacies of its expressways, however, the Windy City\'s commuter rail and rapid-transit systems are among the most heavily used in the country.')?.text, 'The Windy City\'s commuter rail and rapid-transit systems are among the most heavily used in the country')
})

test('held-out set 113: a slide titled by an acronym the article spells out is titled spelled out, and a name is never cut at a hyphen', () => {
  assert.equal(spelledOut('DDD', 'One way to see this is to look at defined daily doses (DDD) per 1,000 inhabitants per day.'), 'Defined daily doses (DDD)')
  assert.equal(spelledOut('BLS', 'Data from the Bureau of Labor Statistics (BLS) show it.'), 'Bureau of Labor Statistics (BLS)')
  assert.equal(spelledOut('WHO', 'The WHO recommends it.'), undefined)
  // Daniel Jones, "The Origins of the American Pastime" (21st Century Townball, MIT): "Century Townball" had titled a slide.
  const pages = [
    'We here at Twenty-First Century Townball believe that there was a third reason. Twenty-First Century Townball is played on a square.',
    'The New York Game is what we now refer to as baseball. The New York Game won out through superior public relations.'
  ]
  assert.ok(!keyPhrases(pages, 'The Origins of the American Pastime').includes('Century Townball'))
})
