/**
 * What the eleventh session (4 December 2026) found among the sentences
 * speaker-coaches chose that Lectern could not show at all
 * (`test/fixtures/selection`): complete statements that the grammar check
 * took for fragments, and cuts that broke them. Each case is the text as
 * published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { tagSentence } from '../../src/article/nlp.js'

const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('should read sentences that end on a stranded preposition, "all", "before" or a coordinated "when" as complete', () => {
  const complete = [
    // Ben Davies, "What's it like living in America?" (CC BY-SA 4.0).
    'Sometimes you get what you pay for.',
    // Chris Olah and Shan Carter, "Research Debt" (CC BY 4.0).
    'Now the peaks of mathematics are so numerous and steep that no person can climb them all.',
    // Stéfan van der Walt, "Community Considerations Around AI Contributions" (CC BY 4.0).
    'I think the equation clearly shifts when doing tasks you are unfamiliar with.',
    'Some projects may well decide that they should not be using it at all.',
    // Daniel Falster, Rich FitzJohn, Remko Duursma and Diego Barneche, "The challenge of combining 176 otherpeoplesdata to create the Biomass And Allometry Database" (CC BY 4.0).
    'We know who changed what lines of code or data and when.',
    // James Hawkins, "The time before YC" (MIT).
    'I have done a lot of sales and marketing before.'
  ]
  for (const sentence of complete) assert.ok(isStatement(tagSentence(sentence)), sentence)
  // (Still incomplete: a preposition with nothing to take, "both" waiting for its "and".)
  for (const fragment of ['We looked at the docs for', 'The change yielded both significant size reductions']) assert.ok(!isStatement(tagSentence(fragment)), fragment)
})

test('should read "both" that stands alone or opens a subject as complete', () => {
  // Mitchell B. Powell, "Coronavirus: 2020-2-16" (CC0): "both" is a pronoun, and a determiner of the subject.
  assert.equal(bullet('So for my broader measure, I have added both together.'), 'For my broader measure, I have added both together')
  assert.equal(bullet('For example, both measures seem to show what looks like a recent peak in active cases.'), 'Both measures seem to show what looks like a recent peak in active cases')
  // Ben Davies, "What's it like living in America?" (CC BY-SA 4.0).
  assert.equal(bullet('That risk exists because both governments already know my taxable income.'), 'That risk exists because both governments already know my taxable income')
  // James Hawkins (MIT): the tagger read "saw" after "we both" as a noun.
  assert.equal(bullet('In our past, we both saw challenges with tech debt when organisations scale.'), 'In our past, we both saw challenges with tech debt when organisations scale')
})

test('should keep the comma after a fronted clause when an aside after it goes, and a filler that a preposition takes', () => {
  // Jean Barkhuysen and Jonathan Amsterdam, "Keeping Your Modules Compatible" (CC BY 4.0).
  assert.equal(bullet('When designing constructors, for example, prefer to return concrete types.'), 'When designing constructors, prefer to return concrete types')
  // (A subject keeps no comma: "Rust is fast…".)
  assert.equal(bullet('Rust, for example, is fast and safe to use in kernels.'), 'Rust is fast and safe to use in kernels')
  // Jessie Young, "5 lessons in object-oriented design from Sandi Metz" (public domain): "…for the needs of" had lost "today".
  assert.equal(bullet('There is no such thing as perfect code, just code that works for the needs of today.'), 'There is no such thing as perfect code, just code that works for the needs of today')
})

test('should take "not only…, it also…" and an adverb before a gerund subject as whole statements', () => {
  // Julius Volz, "Pull doesn't scale - or does it?" (Apache-2.0).
  assert.equal(bullet('This is not only more required configuration, it also makes your monitoring setup less flexible.'), 'This is not only more required configuration, it also makes your monitoring setup less flexible')
  // Aaron Turon and Niko Matsakis, "Stability as a Deliverable" (MIT OR Apache-2.0).
  assert.equal(bullet('First, as the web has shown numerous times, merely advertising instability doesn\'t work.'), "As the web has shown numerous times, merely advertising instability doesn't work")
})
