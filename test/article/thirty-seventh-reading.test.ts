/**
 * What the thirty-second session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { isSignpost } from '../../src/article/signposts.js'
import { facesOf } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode, its HTML and the text of its faces (notes left out). */
async function deckFaces(source: string, path = '/tmp/lectern-no-such-folder/article.md'): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path, overrides: { condense: true } })
  return { html, faces: facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')) }
}

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a section that defines its subject shows the definition, not the sentence that announces an example', async () => {
  // Christopher Steven Marcum, "Public Data Hangs in the Balance with a New Department of Commerce Policy" (Open Evidence,
  // 2026, CC BY 4.0): "A simple example helps explain the basic idea" had been the section's first bullet and the definition
  // was missing — its verb "use" was read as a noun after "noise infusion", and its "to protect…" cut as a purpose.
  const definition = 'Differential privacy and other forms of noise infusion use math to protect individual privacy while still allowing data users to learn useful things about a group.'
  assert.equal(bullet(definition), 'Differential privacy and other forms of noise infusion use math to protect individual privacy')
  assert.ok(isSignpost('A simple example helps explain the basic idea.'))
  assert.ok(isSignpost('An analogy may make this clearer.'))
  assert.ok(!isSignpost('This example shows that the law works.'))
  const source = [
    '# Public Data Hangs in the Balance',
    '',
    '## What is Differential Privacy and How is it Used?',
    '',
    `${definition} A simple example helps explain the basic idea. Imagine a teacher wants to know how many students in a class cheated on an exam, but does not want to know which students cheated. Before answering, each student privately flips a coin. If it lands on heads, the student answers honestly. But because the teacher knows how much randomness was added, they can adjust for it and estimate the overall share of students who cheated.`,
    '',
  ].join('\n')
  const { faces } = await deckFaces(source)
  assert.match(faces, /use math to protect individual privacy/)
  assert.doesNotMatch(faces, /A simple example helps/)
})

test('a figure in a line of its own is a statement; the last noun of a series is no second predicate', () => {
  // USGS Vizlab, "Water bottling across the U.S." (2023, public domain as a US federal work, and CC0), copied from the page:
  // "The average American drank 342 bottles of water in 2020." had no bullet ("drank" read as a noun), and "…withdrawn from
  // groundwater, surface water, and springs for bottled water and other beverages are limited" had lost its verb, cut at
  // ", and springs" as if "springs" began a second predicate.
  assert.equal(bullet('The average American drank 342 bottles of water in 2020.'), 'The average American drank 342 bottles of water in 2020')
  assert.equal(bullet('Exports rose 4% last year.'), 'Exports rose 4% last year')
  const series = bullet('Although there are estimates for bottled water consumption, national datasets about how much water is withdrawn from groundwater, surface water, and springs for bottled water and other beverages are limited.')
  assert.ok(series === undefined || /are limited$/.test(series), series)
})

test('a bullet keeps what a verb or a noun takes, and an object clause its verb', () => {
  // Christopher Steven Marcum, "Public Data Hangs in the Balance…" and "AI companions for older adults" (Open Evidence, 2026,
  // CC BY 4.0); WeObserve consortium, "Keep stakeholders motivated" (CC BY-SA 4.0). A blind reviewer of set 235 found
  // "Secretary Lutnik banned the US Census Bureau and the Bureau of Economic Analysis" (banned from what?), a close cut
  // before "for human-centered social support", and "This Ground Truth 2.0 report explains how stakeholder engagement
  // strategies used in different Citizen Observatories in Europe", a clause without its verb.
  const banned = bullet('Secretary Lutnik banned the US Census Bureau (Census) and the Bureau of Economic Analysis (BEA) from certain statistical techniques that inject noise into data, especially one called ‘differential privacy’, which typically aim to protect the privacy and confidentiality of Americans and businesses.')
  assert.ok(banned === undefined || /\bfrom certain statistical techniques\b/.test(banned), banned)
  assert.equal(compressSentence('Their work suggests that older adults themselves want additional protections against deceptive design, privacy leakage, and whole-hog substitution for human-centered social support.', { maxWords: 14 })?.text, 'Older adults themselves want additional protections against deceptive design, privacy leakage, and whole-hog substitution for human-centered social support')
  const report = compressSentence('This Ground Truth 2.0 report explains how stakeholder engagement strategies used in different Citizen Observatories in Europe and Africa were based on the incentives and barriers of different stakeholders.', { maxWords: 12 })?.text
  assert.ok(report === undefined || /were based on/.test(report), report)
})

test('a fronted object keeps the name its dashes give it; a cut that leaves only a frame is no bullet', () => {
  // Peter Krautzberger, "Eleven dreams of publishing (debate #6)" (peterkrautzberger.org, CC BY 4.0): a blind reviewer of set
  // 230 found "One battle that most scientists are still fighting mathematics has long won" (the dashes' "full self-archival
  // rights" dropped), "There's of course a risk" and "Or as Doron Zeilberger wrote", each cut from what it was about.
  assert.equal(bullet('One battle that most scientists are still fighting -- full self-archival rights -- mathematics has long won.'), 'One battle that most scientists are still fighting -- full self-archival rights -- mathematics has long won')
  assert.equal(bullet('There\'s of course a risk -- this could create a lot of noise as incrementally published results implode when data turns out to be flawed, proofs disintegrate and general anarchy rears its head!'), undefined)
  assert.equal(bullet('Or as Doron Zeilberger wrote: if only John von Neumann\'s maid had saved all the notes he\'d thrown away each day!'), undefined)
  // (An aside that only renames stays dropped: "Our best tool -- the hammer -- broke on the first day".)
  assert.doesNotMatch(compressSentence('Our best tool for the job -- the old hammer from the shed -- broke on the first day of the work.', { maxWords: 10 })?.text ?? '', /hammer/)
})

test('a case study set in a box shows the lesson it names, under the box\'s heading', async () => {
  // WeObserve consortium, "Keep stakeholders motivated" (CitiObs toolkit, CC BY-SA 4.0): the Landsense box had shown "The
  // intended participants were the citizens of the city of Toulouse", its lesson in the notes and no word of whose it was.
  const source = [
    '# Keep stakeholders motivated',
    '',
    '## Ensuring continued motivation',
    '',
    '> ### Lessons learned from the Landsense project',
    '>',
    '> One of the aims of the LandSense project was to mainstream the use of data collected from Citizen Observatories, as this would contribute to lowering the costs of producing scientific information on land cover and land use. The intended participants were the citizens of the city of Toulouse. One of the app’s incentives was gamification, and another was its appeal to citizens’ altruistic motivations to take part. However, the developers found very little uptake or interest from the citizens. Even IGN staff testing the app reported that this was an issue. Based on this experience, IGN then changed its approach. This underlying motivation resulted in participation being much higher. The key lesson learned was to match the motivation for the data collection task with the right stakeholders.',
    '',
  ].join('\n')
  const { html, faces } = await deckFaces(source)
  assert.match(faces, /The key lesson learned was to match the motivation/)
  assert.doesNotMatch(faces, /intended participants/)
  assert.match(html, /<p class="attribution">Lessons learned from the Landsense project<\/p>/)
})
