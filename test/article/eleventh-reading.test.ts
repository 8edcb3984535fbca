/**
 * What the readings of held-out sets 25 and 26 asked for on 3 December 2026,
 * each case with the text as published: a bullet never stops inside a series
 * of verbs, a country after the place in it goes before the place's name
 * does, a second predicate after ", and" goes before the figure of the first
 * does; a term's definition keeps its term; the author's reason to write, a
 * "looks like this:" and a note on where the piece first ran are no bullets
 * and no standfirst; a section that opens on a one-sentence paragraph opens
 * on its point; an overview's page of code goes on with the topic before it.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { ListItem, Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { compressSentence } from '../../src/article/compress.js'
import { shortenItem } from '../../src/article/condense-items.js'
import { isSignpost } from '../../src/article/signposts.js'
import { renderDeck } from '../../src/index.js'

/** The bullet a sentence compresses to, at the default budget. */
function bullet(sentence: string): string | undefined {
  return compressSentence(sentence, { maxWords: 14 })?.text
}

/** A deck's text as the audience sees it: without the speaker notes. */
function face(html: string): string {
  return html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
}

test('should never end a bullet inside a series of verbs', () => {
  // Leah Wasser, "Hello, Spatio-temporal Data Carpentry" (The Carpentries blog, CC BY 4.0): "Data that could be cleaned, adjusted".
  const item: ListItem = {
    type: 'listItem',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Data that could be cleaned, adjusted, and manipulated to illustrate potential roadblocks during the workshop, and that we could work through together as a group. For instance, data that are in different coordinate reference systems.' }] }]
  }
  const text = toString(shortenItem(item, 14).children[0] as Paragraph)
  assert.match(text, /^Data that could be cleaned, adjusted, and manipulated to illustrate potential roadblocks/)
})

test('should drop a country after the place in it, and a second predicate after ", and", to keep the claim whole', () => {
  // The same post: the sentence was over the hard cap only by "in Norway", and no bullet was made of it.
  assert.equal(
    bullet('We taught the NEON / Data Carpentry spatio-temporal Carpentry lessons for the first time this week at the University of Oslo in Norway.'),
    'We taught the NEON / Data Carpentry spatio-temporal Carpentry lessons for the first time this week at the University of Oslo'
  )
  // Mitchell B. Powell, "Coronavirus: 2020-2-16" (CC0): the section's best figure, never on a slide.
  assert.equal(
    bullet('Then, on February 12th, the government of China suddenly added about 15,000 "confirmed cases" in a single day, and announced that these numbers were due to a change in the definition of "confirmed".'),
    'On February 12th, the government of China suddenly added about 15,000 "confirmed cases" in a single day'
  )
  // A series of verbs is no second predicate.
  assert.doesNotMatch(bullet('The staff cleaned, sorted, and labelled every sample in the collection before the auditors from the ministry arrived in March.') ?? '', /^The staff cleaned, sorted$/)
})

test('should keep a term with its definition', () => {
  // Powell: "suspected cases:" was cut off its definition, which then defined nothing.
  const item: ListItem = { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'suspected cases: the total number of people identified by their governments as being suspected of carrying the virus' }] }] }
  assert.match(toString(shortenItem(item, 14).children[0] as Paragraph), /^suspected cases: the total number of people/)
})

test('should show no reason to write, no "looks like this:", no note on where a post ran', () => {
  assert.ok(isSignpost("I thought I'd take some time to share my experiences with creating and teaching the lessons, while letting the community know."))
  assert.ok(isSignpost('Right now, that looks like this (all lists begin January 20th):'))
  assert.ok(isSignpost('Post originally written February 16, 2020.'))
  // A claim about when something was first written is no note.
  assert.ok(!isSignpost('The code was first written in 1998 by two students.'))
})

test('should leave a note on where the piece first ran off the title slide', async () => {
  const source = `Community\n\nHello, Spatio-temporal Data Carpentry\n\nPosted on March 28, 2016 by Leah Wasser\n\nThis post originally appeared on the Data Carpentry website\n\nI am sitting here in my hotel room in Oslo, floating on a high from the past few days of workshops. We taught the lessons for the first time this week.\n\nAbout the Data\n\nData Carpentry workshops are about the data. We pulled together a dataset for a spatio-temporal story.\n`
  const { html } = await renderDeck(source, { path: 'post.txt', overrides: { condense: true } })
  const title = /<section[^>]*title-slide[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
  assert.match(title, /Hello, Spatio-temporal Data Carpentry/)
  assert.doesNotMatch(face(title), /originally appeared/)
  assert.match(html, /originally appeared/)
})

test('should open a section on its one-sentence opening paragraph, and go on with an overview topic over a page of code', async () => {
  // maintaine.rs, "@bagder — Daniel Stenberg" (CC BY-SA 4.0): the thesis was in the notes only.
  const story = "---\ntitle: bagder\n---\n\nI work full-time on a project that was just one hundred lines of code in 1996\\.\n\nIn the early 1990s a friend of mine helped me land a “computer gig” at just twenty years old. I had not attended university, but I had already spent years wasting all my spare time programming my C64 home computer in assembler, writing demos and games.\n\nThis particular gig was for a company called IBM. I was to install and customize their RS/6000 unix machines for Swedish customers. The hardware arrived at this location where each machine would be installed and personalized according to the customers’ orders and wishes.\n\nA colleague at this new job would soon proudly show off his 1/4” tape “full of source code”. Lots of source code for programs, completely free\\! Most of them were written in C, a language I had been dabbling with for a few years already by then and this took me out to deeper waters.\n\nA few years later I was the co-author of an IRC bot \\- released in the open for everyone and I had a lot of fun with that. The code was made freely available but not “Open Source”, because at that time nobody had yet heard the term.\n\n"
  const deck = await renderDeck(story, { overrides: { condense: true } })
  assert.match(face(deck.html), /<li>I work full-time on a project that was just one hundred lines of code in 1996<\/li>|>I work full-time on a project that was just one hundred lines of code in 1996</)
  // Mitchell B. Powell, "Coronavirus: 2020-2-16" (CC0): pages of code in the middle of the talk were "Overview (cont.)".
  const code = readFileSync(new URL('../../../test/fixtures/real/powell-coronavirus-numbers/article.md', import.meta.url), 'utf8')
  const { html } = await renderDeck(code, { overrides: { condense: true } })
  const titles = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
  // After the first page titled by its topic, no page is "Introduction (cont.)" again.
  const topic = titles.findIndex((title) => !title.startsWith('Introduction'))
  assert.ok(topic > 0, titles.join(' | '))
  assert.ok(!titles.slice(topic).includes('Introduction (cont.)'), titles.join(' | '))
})

test('should not end a sentence at a question mark in brackets', async () => {
  const { splitSentences } = await import('../../src/article/sentences.js')
  // David Lanier, "Lessons Learned in Live Looping Cello" (CC BY 4.0): "Most (all?):" became a bold label.
  assert.deepEqual(splitSentences('Most (all?) looped pieces that I know of do not use pick up notes. The melody starts on the beat.'), [
    'Most (all?) looped pieces that I know of do not use pick up notes.',
    'The melody starts on the beat.'
  ])
})

test('should read a journal page’s labelled front: authors, affiliations and the date, never section titles', async () => {
  // Chris Olah and Shan Carter, "Research Debt" (Distill, CC BY 4.0), as a browser copies the page.
  const source = `Research Debt\nScience is a human activity. When we fail to distill and explain research, we accumulate a kind of debt...\n\nAuthors\nChris Olah\nShan Carter\n\nAffiliations\nGoogle Brain\nGoogle Brain\n\nPublished\nMarch 22, 2017\n\nAchieving a research-level understanding of most topics is like climbing a mountain. Aspiring researchers must struggle to understand vast bodies of work that came before them.\n\nPeople expect the climb to be hard. But the climb could be massively easier.\n\nThe Debt\n\nProgrammers talk about technical debt: there are ways to write software that are faster in the short run but problematic in the long run. Research can also have debt.\n`
  const { html } = await renderDeck(source, { path: 'research-debt.txt', overrides: { condense: true } })
  const titles = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
  assert.ok(!titles.some((title) => /^(?:Authors|Affiliations|Published)$/.test(title)), titles.join(' | '))
  const title = /<section[^>]*title-slide[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
  assert.match(title, /Chris Olah, Shan Carter \(Google Brain\)/)
  assert.match(title, /March 22, 2017/)
})

test('should give a talk one slide of reading, its numbered works no sections, and show no citation numbers', async () => {
  const source = `Research Debt\n\nAuthors\nChris Olah\nShan Carter\n\nPublished\nMarch 22, 2017\n\nAchieving a research-level understanding of most topics is like climbing a mountain. People expect the climb to be hard.\n\nFurther Reading\n\nThese ideas start, as many ideas in computing do, with work done by Douglas Engelbart [9] and Alan Kay [10].\n\nReferences\n\n1. The Tau Manifesto\nHartl, Michael, 2013.\n2. Interpretive Labor\nVan Nostrand, Elizabeth, 2015.\n3. The Mythical Man-Month\nBrooks, Frederick, 1975.\n`
  const { html } = await renderDeck(source, { path: 'research-debt.txt', overrides: { condense: true } })
  const titles = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
  assert.ok(!titles.some((title) => /Tau Manifesto|^References/.test(title)), titles.join(' | '))
  assert.match(face(html), /Douglas Engelbart and Alan Kay/)
  assert.match(html, /Douglas Engelbart \[9\]/)
  assert.match(html, /Hartl, Michael, 2013/)
})

test('should fold a back-matter section’s sub-sections with it', async () => {
  const source = `---\ntitle: Debt\n---\n\n## The climb\n\nAchieving a research-level understanding of most topics is like climbing a mountain. People expect the climb to be hard. But the climb could be massively easier.\n\n## Acknowledgments\n\nWe are grateful to Jennifer Daniel for the illustrations.\n\n### Reviewers\n\nThis essay benefitted from the comments of many people, among them Michael Nielsen and Bret Victor. Their notes on early drafts changed the second half of the essay, and their questions about the prize shaped how we describe the journal and its infrastructure.\n`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  const titles = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
  assert.ok(!titles.some((title) => /Acknowledgments|Reviewers/.test(title)), titles.join(' | '))
  assert.match(html, /Michael Nielsen and Bret Victor/)
})

test('should show a catalogue of short sub-sections as the list of their headings, their words in the notes', async () => {
  // David Lanier, "Lessons Learned in Live Looping Cello" (CC BY 4.0): twenty next steps were twenty slides of a sentence.
  const part = "## Next steps for my next pieces\n\n### Effects per track\nThis could add more of an impression of distance and location, and could enable more varied instrument sounds.\n\n### EQ, reverb, effects\nI’d like to find a combination of EQ, reverb, and other audio effects that enhance the cello into a more present and rich sound. I like what I did for this piece, but I’d like to improve it further. But it’s quite a rabbit trail, exploring all the many types of reverb and the options of each. And after adjusting reverb and EQ bit by bit, I start to lose perspective and nothing sounds quite right.\n\n### Automation of effects\nAdding reverb, desaturating sound, making it sound dull, or thin, then bringing back the full sound. Changing these and other effects over time is what automation is, and there are a lot of interesting things that this opens up.\n\n### Simpler or more idiomatic pieces\nI think I dove into the deep end with Daughter of the Sea. Pick up notes and harmony changes are a couple of the things that made this piece challenging to work out. And it took a long time. So for the next piece or two, I think I’ll choose or write pieces that work more naturally, better for live looping.\n\n### Control the routing/pan/effect of the live sound\nMake each part sound distinct from the very beginning, instead of from the first looped playback.\nCurrent: Live playing is always front & center, and each looped track is panned.\nIdea; Live playing has the same pan and effect as when that particular part plays back.\n\n### Use more layers\nI just think it would be really cool to build up a lot of texture, and fill out the harmony even more.\n\n### Build to a bigger high point\nIn this piece, I felt like the high point really wanted to be bigger, but I found it challenging to prepare enough layers to support that climax.\n\n"
  const source = `---\ntitle: Lessons Learned in Live Looping Cello\n---\n\n## Live looping\n\nLive looping is one single live performance that sounds like several performers are playing. What you play early in the piece is recorded, then later played back repeatedly, or looped.\n\n${part}`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  const titles = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
  assert.ok(!titles.includes('Effects per track') && !titles.includes('Use more layers'), titles.join(' | '))
  assert.match(face(html), /<li>Effects per track<\/li>/)
  assert.match(face(html), /<li>Build to a bigger high point<\/li>/)
  // Every entry's words are in the notes, under its heading.
  assert.match(html, /<aside class="notes">[\s\S]*Effects per track[\s\S]*This could add more of an impression of distance and location/)
})

test('should end a claim with its payoff of a few words, keep a ", but not" with its clause, and show no count without its items', async () => {
  const { selectSentences } = await import('../../src/article/select.js')
  const { scoreSentences } = await import('../../src/article/sentence-score.js')
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const chosen = (paragraph: string[], count: number): string[] => selectSentences(scoreSentences([paragraph]), count).map((candidate) => candidate.bullet!.text)
  // Ben Davies, "Economic theory as storytelling" (CC BY-SA 4.0): the payoff was in the notes only.
  const theorists = ['But the best theorists are more than mathematicians and scientists.', 'They’re storytellers.', 'They start their papers by setting the scene: a world in which people make choices.']
  assert.ok(chosen(theorists, 2).includes('The best theorists are more than mathematicians and scientists — they’re storytellers'), chosen(theorists, 2).join(' | '))
  // Lanier: the first clause alone said the opposite of the sentence.
  const { clauseSegments } = await import('../../src/article/clause-segments.js')
  const { tokensText } = await import('../../src/article/nlp.js')
  const segments = clauseSegments(tagSentence("There are plenty of tutorials on how to use the software, but not that I've found on how to write an arrangement."))
  assert.equal(segments.length, 1, segments.map((segment) => tokensText(segment)).join(' | '))
  // Ben Davies, "What's it like living in America?" (CC BY-SA 4.0): the count was shown, never its two attractions.
  const palo = [
    ['Palo Alto has two main attractions.', 'One is the weather: the air is warm and dry, it seldom rains, and it never snows.', 'I don’t feel guilty about spending a nice day inside because every day is a nice day.'],
    ['The other attraction is Stanford University, where I study.', 'Most of my interactions are with students and professors.', 'Yet Palo Alto doesn’t feel like a university town: it’s easier to find ice cream than beer, and everything is expensive.']
  ]
  const shown = selectSentences(scoreSentences(palo), 3).map((candidate) => candidate.bullet!.text)
  assert.ok(!shown.includes('Palo Alto has two main attractions'), shown.join(' | '))
  const counterfactual = "But then I wouldn't be intimidated into paying an intermediary to organize my financial data."
  assert.ok(isVague(tagSentence(counterfactual), counterfactual))
})

test('should title the later pages of a long section under a question by their topic, and never make a bullet of a clause without its verb', async () => {
  const { continuation } = await import('../../src/article/topic-titles.js')
  const heading = { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: "Explain it like I'm 5: What is modal logic?" }] }
  // Brian Buccola, "ELI5: What is modal logic?" (CC BY 4.0): six pages had the same title.
  assert.equal(toString(continuation(heading, [], 'possible worlds', 6)), 'Possible worlds')
  assert.equal(toString(continuation(heading, [], 'possible worlds', 2)), "Explain it like I'm 5: What is modal logic? (cont.)")
  const { clauseSegments } = await import('../../src/article/clause-segments.js')
  const { tagSentence, tokensText } = await import('../../src/article/nlp.js')
  const segments = clauseSegments(tagSentence('Thus, ϕ can be true in w at time t1, but false in w at time t2; and ϕ can be true in w1 at time t, but false in w2 at time t; and so forth.')).map((segment) => tokensText(segment))
  assert.ok(!segments.some((segment) => /^False in w/.test(segment)), segments.join(' | '))
})

test('should keep "based solely on …" whole and read a signpost after a fronted purpose', () => {
  // Ben Davies, "Policymaking under uncertainty" (CC BY-SA 4.0): "…in the first period based solely" was a bullet.
  assert.doesNotMatch(bullet('Under the "commit early" approach, the PM implements policies in the first period based solely on information available in that period.') ?? '', /based solely$/)
  assert.ok(isSignpost('To frame my discussion, consider a policymaker in a world with three time periods.'))
  assert.ok(!isSignpost('To avoid regret, the PM waits for more information before acting.'))
})

test('should show a section that is one short phrase as written, not an empty divider', async () => {
  // Lanier: "Cello bench, floor strap, music stand" was a divider with nothing under it.
  const source = `---\ntitle: Gear\n---\n\n## Live looping\n\nLive looping is one single live performance that sounds like several performers are playing. What you play early in the piece is recorded, then later played back repeatedly, or looped. In this piece I play a single pizzicato note.\n\n## Cello bench, floor strap, music stand\n\nBasic equipment for playing cello.\n\n## What I learned\n\nThe biggest lesson was simply how to set up Ableton Live to do arranged live looping. My basic setup in my Live set is with 7 audio tracks to record into.\n`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  assert.match(face(html), /Basic equipment for playing cello/)
})

test('should show a sentence the writer repeats as an example once, and read "Take, for example, the following sentence" as a signpost', async () => {
  // Brian Buccola, "The semantics of “unless”" (CC BY 4.0): one slide showed the same example twice.
  const source = "The semantics of “unless”\nNovember 30, 2012\n\nGrading some assignments the other day on the syntax and semantics of “unless”, I was pretty astounded by the range of intuitions students had about what the truth table for “α unless β” should be. I got nearly every one of the 16 possibilities. OK, maybe not that many. But there was one common “mistake” among the range of answers, which I’d like to discuss.\n\nTake, for example, the following sentence.\n\nFloyd will go buy beer unless it's snowing outside.\n\nSuppose I uttered this sentence several hours ago, and now we want to evaluate the truth of the utterance. There are four cases to consider.\n\n1. Floyd went and bought beer, and it was snowing outside.\n2. Floyd did not go and buy beer, and it was snowing outside.\n3. Floyd went and bought beer, and it was not snowing outside.\n4. Floyd did not go and buy beer, and it was not snowing outside.\n\nThe received wisdom is that the only case in which my utterance was false is case 4, in which both subclauses of my utterance are false. In every other case, what I uttered has held true.\n\nWhile most students got cases 2-4 correct, case 1 really tripped up a lot of students. They said my utterance would be false in such a case. That’s because when I say that Floyd will go buy beer unless it’s snowing outside, it’s natural to infer that he’ll go only unless it’s snowing, which is just an ungrammatical way of saying that he’ll go only if it’s not snowing. That is, if it is snowing, he won’t go.\n\nBut this inference—that if it’s snowing outside, Floyd won’t go buy beer—seems really to just be a very strong implicature, as it can be cancelled.\n\nFloyd will go buy beer unless it's snowing outside... in which case, I'm\nnot sure if he'll go or not.\n\nFloyd will go buy beer unless it's snowing outside. And even then/in that\ncase, he'll still probably go!\n\nWith these continuations added, it’s no longer natural to infer that if it’s snowing, Floyd won’t go, unless of course the listener has some special knowledge that I/the speaker lacks.\n\nIf we consider this inference to be just an implicature and not part of the truth-conditional content of “unless”, then case 1 results in my utterance being true, and the truth table for “α unless β” turns out, in fact, to be exactly the same as that of α ∨ β, which is also the same as ¬β → α.1\n\nWhat’s interesting is that, several days later, the students were very reluctant to buy my implicature story.2 It was only after I really fleshed out the scenario that some of them relented; and even then, others still found the “…in which case” follow-ups unnatural.\n\nBut this strong inference associated with “unless” is not unique to “unless”. We see it with “if”, too—which is expected, I suppose, if “α unless β” is semantically equivalent to “if it’s not the case that β, then α”. Suppose, for example, that I utter the following sentence.\n\nFloyd will go buy beer if it's not snowing.\n\nEven here, it’s natural to infer that Floyd will go buy beer only if it’s not snowing. That is, if it is snowing, then he won’t go (which is precisely what I wrote above for the “unless” utterance).\n\nAgain, though, this inference can be cancelled.\n\nFloyd will go buy beer if it's not snowing. And even if it is snowing,\nhe'll still probably go!\n\nThe additional inference associated with “if” has been called conditional perfection because it completes (or perfects) the conditional by making it a biconditional: Floyd will go buy beer if and only if it’s not snowing outside.3 In symbols: b ↔ ¬s (mnemonic: b = “beer”, s = “snow”).\n\nThe same could be said of the “unless” utterance, if “only unless” were grammatical: Floyd will go buy beer unless and only unless it’s snowing. In symbols (assuming that “α unless β” means ¬β → α): ¬s ↔ b.\n\n"
  const { html } = await renderDeck(source, { path: 'unless.txt', overrides: { condense: true } })
  const shown = face(html).match(/<li>Floyd will go buy beer if it's not snowing<\/li>/g) ?? []
  assert.ok(shown.length <= 1, `${shown.length} times`)
  assert.ok(isSignpost('Take, for example, the following sentence.'))
})

test('should read "…, context matters." as a clause with its verb', async () => {
  const { tagSentence } = await import('../../src/article/nlp.js')
  const { isStatement } = await import('../../src/article/clause-grammar.js')
  // Sara Lovell, "Finding Problems, and Exercising Compassion" (Creative Commons blog, CC BY 4.0): the thesis was no
  // statement, and the overview showed the sentence after it, "It controls how a variable is scoped…".
  const tokens = tagSentence('In engineering, in programming, in coding–in building anything that intersects with a human and a computer, context matters.')
  assert.equal(tokens.find((token) => token.value === 'matters')?.pos, 'VERB')
  assert.ok(isStatement(tokens))
  // A plural noun that ends a sentence is still a noun.
  assert.equal(tagSentence('We bought three new chairs.').find((token) => token.value === 'chairs')?.pos, 'NOUN')
})

test('should show a reference list’s entries whole, and no page range as a figure', async () => {
  const { firstFigure } = await import('../../src/article/key-figures.js')
  // Josef Fruehwald, "LLMs are Not Just Another Research Automation" (CC BY-SA 4.0): "145–70" was the References slide's big number.
  assert.equal(firstFigure('In Papers in Phonetics and Computational Linguistics, edited by Ōiwi Parker Jones and Elinor Payne, 12th ed., 145–70.'), undefined)
  assert.equal(firstFigure('Prices rose 10–15% last year.'), '10–15%')
  const source = `LLMs are Not Just Another Research Automation\nJosef Fruehwald\nApril 1, 2026\n\nI've spent a lot of professional time on research tool building. I am fairly invested in working on and using tools that make research life easier, faster, and more reproducible.\n\nReferences\n\nLabov, William, Malcah Yaeger, and Richard Steiner. 1972. A Quantitative Study of Sound Change in Progress. The U.S. National Survey.\n\nTemple, Rosalind A. M. 2009. “(t, d): The Variable Status of a Variable Rule.” In Papers in Phonetics and Computational Linguistics, edited by Ōiwi Parker Jones and Elinor Payne, 12th ed., 145–70.\n`
  const { html } = await renderDeck(source, { path: 'llms.txt', overrides: { condense: true } })
  assert.match(face(html), /Labov, William, Malcah Yaeger, and Richard Steiner\. 1972\. A Quantitative Study of Sound Change in Progress/)
  assert.doesNotMatch(face(html), /data-layout="big-number"/)
})

test('should read a copied page’s front, emoji headings, quotations and pictures’ labels as the page shows them', async () => {
  // Deborah Udoh, "Lessons from My (first ever!) Public Speaking Coach." (Open Life Science blog, CC BY 4.0): the author's
  // name was the title, and the 📌 headings were bullets under "Relevance: …? (cont.)".
  const talk = `Lessons from My (first ever!) Public Speaking Coach.\nDeborah Udoh\nJanuary 8, 2025\n\nPublic speaking has been one of my strongest skills for the longest time. I had the privilege of working with David Kershaw, a remarkable public speaking coach.\n\n📌 Finding the Right Pace\n\nEver noticed how a pendulum swings? As speakers, we risk losing our audience if we're too slow or overwhelming them if we're too fast.\n\n📌 Passion is Contagious\n\nEnthusiasm and confidence are infectious. If you show genuine excitement about your topic, your audience will mirror it.\n`
  const { html } = await renderDeck(talk, { path: 'talk.txt', overrides: { condense: true } })
  assert.match(html, /<h1>Lessons from My \(first ever!\) Public Speaking Coach\.<\/h1>/)
  assert.match(html, /<h2>📌 Passion is Contagious<\/h2>/)
  // Josef Fruehwald (CC BY-SA 4.0): a post quoted line by line after "…that said:", with "-Kevin A. Bryan on X" under it.
  const quoted = `LLMs are Not Just Another Research Automation\nJosef Fruehwald\nApril 1, 2026\n\nI've spent a lot of professional time on research tool building, and I am fairly invested in tools that make research easier.\n\nHowever it did link to an X post by an actual person about AI refusal in research that said:\n\nPut another way, I get the desire for artisanal, hand-crafted research, with the matrices hand-inverted.\nBut our job is to move the frontier of knowledge, not self-actualization.\n-Kevin A. Bryan on X\n\nI think both why and how I'd promote use of research automation tools is different.\n`
  const deck = await renderDeck(quoted, { path: 'llms.txt', overrides: { condense: true } })
  assert.match(face(deck.html), /<blockquote>[\s\S]*— Kevin A\. Bryan on X[\s\S]*<\/blockquote>/)
  // Coleman, Ho, Phillips and Wan, "Many Mona Lisas?" (Creative Commons blog, CC BY 4.0): eight slides were "Diagram #N:".
  const diagrams = `---\ntitle: Many Mona Lisas?\n---\n\n## Exploratory Data Analysis\n\n### Diagram #1:\n\n![Diagram #1: Percentage of Items per License Type](diagram_01.png)\n\nDiagram #1 shows the distribution of items taken from OER Commons by license type. It is clear that the CC-BY license type is the most popular, with 43% of the items having that license type.\n`
  const charts = await renderDeck(diagrams, { overrides: { condense: true } })
  assert.match(charts.html, /<h[23]>Diagram #1: Percentage of Items per License Type<\/h[23]>/)
  // A quotation the writer would never give is no pull quote.
  const { quotedPhrase } = await import('../../src/article/pull-quotes.js')
  assert.equal(quotedPhrase('You’ll never catch me writing a blog post titled “Sociolinguists need to wake up on new-fave.”'), undefined)
  assert.equal(quotedPhrase('Not just saying “This is wrong, rejected!” but instead saying “I think you could do this better if you restructured this code.”'), 'I think you could do this better if you restructured this code.')
})

test('should leave a remote picture’s caption written beside it, and a note about adding photos, off the face', async () => {
  // Yutong Liang, "La La Land 2024" (CC BY 4.0): captions of pictures the deck cannot show were bullets.
  const source = `---\ntitle: La La Land 2024\n---\n\n## Comp Process\n\nLater, during the break in the game, he drove me around Los Angeles. In the evening, we went to Santa Monica Beach and Pier.\n\n<img src="https://cdn.lyt0112.com/2024/09/f19484316f13ab410cc2b23fee2e1089.jpeg" alt="" style="width: 50%" /><p style="text-align: center; font-style: italic; color: gray;"> Santa Monica Beach </p>\n\nUpdate on Oct 28, 2024: Just remembered to put the photo here\n\n## Epilogue\n\nPut some pictures\n\n<img src="https://cdn.lyt0112.com/2024/09/6442333155869fddeb83320c0c207071.jpeg" alt="" style="width: 80%" /><p style="text-align: center; font-style: italic; color: gray;"> Before the match </p>\n`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  assert.doesNotMatch(face(html), /Santa Monica Beach <\/li>|<li>Santa Monica Beach|Before the match|Put some pictures|remembered to put the photo/)
  assert.match(html, /Santa Monica Beach/)
})

test('should read a paragraph that discusses a picture as prose, not as its caption', async () => {
  const { describesPicture } = await import('../../src/article/block-kinds.js')
  const picture = { type: 'paragraph' as const, children: [{ type: 'image' as const, url: 'diagram_05.png', alt: 'Diagram #5: Percentage of Items in French per License Type' }] }
  const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] })
  // Coleman, Ho, Phillips and Wan, "Many Mona Lisas?" (CC BY 4.0): the findings under each missing diagram were dropped as its caption.
  assert.ok(!describesPicture(paragraph('We continued to look at the distribution of licenses by each language. Diagram #5 shows that for the items in French, CC-BY license is the most popular at 49%, with CC-BY-SA being right behind it at 32%.'), picture))
  assert.ok(!describesPicture(paragraph('We decided to see the license distribution for items that are in English and in French, per license type.'), picture))
  assert.ok(describesPicture(paragraph('Percentage of items in French per license type, 2015 to 2023.'), picture))
})

test('should fold a last section that shows nothing into the notes, not end the talk on an empty divider', async () => {
  // Yutong Liang, "La La Land 2024" (CC BY 4.0): the "Epilogue" was pictures the deck cannot show and their captions.
  const source = `---\ntitle: La La Land 2024\n---\n\n## Set Out\n\nHeading to the competition venue at 10:30 in the morning to sign in. Some people were even selling cookies they baked with Rubik's Cube patterns.\n\n## People & Friends\n\nPreston Hoing was the first person I met at the competition venue. Later, during the break in the game, he drove me around Los Angeles.\n\n## Epilogue\n\n<img src="https://cdn.lyt0112.com/2024/09/6442333155869fddeb83320c0c207071.jpeg" alt="" style="width: 80%" /><p style="text-align: center; font-style: italic; color: gray;"> Before the match </p>\n`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  const titles = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
  assert.ok(!titles.includes('Epilogue'), titles.join(' | '))
  assert.match(html, /Before the match/)
})

test('should read "a continued modern debate" as no statement, "There, …" as leaning back, and "On X, consider…" as a signpost', async () => {
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  // Ismael Kherroubi Garcia, "Introducing An Incomplete History of Research Ethics" (Open Life Science, CC BY 4.0): an
  // appositive, "A continued modern debate", was a slide's lead bullet.
  assert.notEqual(bullet('On clarifying questions of research ethics, consider the story on the Italian Accademia dei Lincei, which prompts reflection on the relationship between researchers and funders, a continued modern debate (Rothman, 1991; Mandal et al., 2012).'), 'A continued modern debate')
  assert.equal(bullet('The updated backend delivers a 40% increase in performance.'), 'The updated backend delivers a 40% increase in performance')
  const there = 'There, stories are distributed along an interactive timeline.'
  assert.ok(isVague(tagSentence(there), there))
  assert.ok(isSignpost('On enriching the history of research ethics, consider the story on the Code of Hammurabi.'))
})

test('should keep a fronted "For …," that limits whom the claim is about', () => {
  // Tobias Briones, "SAR HN: Sales Tax Overview" (CC BY 4.0): "The tax is applied to the selling price at the
  // distribution stage" was shown as true of every sale.
  assert.equal(bullet('For beers and sodas, the tax is applied to the selling price at the distribution stage.'), 'For beers and sodas, the tax is applied to the selling price at the distribution stage')
  assert.equal(bullet('For example, the tax is applied to the selling price at the distribution stage.'), 'The tax is applied to the selling price at the distribution stage')
})

test('should prefer the example the writer marks as one', async () => {
  const { selectSentences } = await import('../../src/article/select.js')
  const { scoreSentences } = await import('../../src/article/sentence-score.js')
  // Open Source Guides, "The Legal Side of Open Source" (CC BY 4.0).
  const paragraph = [
    'Your project may have dependencies with licenses that you need to respect.',
    'Depending on your project, this can mean many things.',
    'For example, if you’re open sourcing a Node.js project, you’ll probably use libraries from the Node Package Manager (npm).',
    'Each of those libraries you depend on will have its own open source license.'
  ]
  const shown = selectSentences(scoreSentences([paragraph]), 1).map((candidate) => candidate.bullet!.text)
  assert.ok(shown.some((text) => /Node Package Manager/.test(text)), shown.join(' | '))
})

test('should never show a bracket closed that the bullet did not open, nor drop a bracket that is the subject', () => {
  // Karl Broman, "Paying for scholarly publications" (CC BY 4.0).
  assert.notEqual(bullet('I have a couple of papers that I should be writing, but recent discussion (the whole PIPA/SOPA thing [see Michael Eisen’s OpEd in the New York Times]; the Elsevier boycott) has turned my thoughts to publishing generally.'), 'The Elsevier boycott) has turned my thoughts to publishing generally')
  assert.equal(bullet('(4-6) are what the arguments are about.'), '(4-6) are what the arguments are about')
})

test('should drop the page heading that repeats the title under the byline', async () => {
  // Jana Bauerova, "Mobile Methods Minimizing Malaria Cases in Eastern Burundi" (Missing Maps blog, CC BY 4.0).
  const source = `Mobile Methods Minimizing Malaria Cases in Eastern Burundi\n\nBy Jana Bauerova\n\nJanuary 29, 2021\n\nMobile Methods Minimizing Malaria Cases in Eastern Burundi\n\nMSF Response in Burundi\n\nMSF has provided medical assistance in the country since 1992. In the last years, MSF has had projects and emergency interventions in several provinces.\n\nWhat we learned\n\nThe spraying campaign reached 97% of the population, and malaria cases fell by more than 85%.\n`
  const { html } = await renderDeck(source, { path: 'malaria.txt', overrides: { condense: true } })
  assert.equal(html.match(/Mobile Methods Minimizing Malaria Cases in Eastern Burundi<\/h[12]>/g)?.length, 1)
})

test('should never close a talk on a caption of a few words', async () => {
  // Jana Bauerova (Missing Maps blog, CC BY 4.0): "In closing — Spraying equipment is heavy!" was a photo's caption.
  // (The whole post, as a browser copies it from missingmaps.org.)
  const source = "Mobile Methods Minimizing Malaria Cases in Eastern Burundi\n\nBy Jana Bauerova\n\nJanuary 29, 2021\n\nMobile Methods Minimizing Malaria Cases in Eastern Burundi\n\nMSF Response in Burundi\n\nMSF has provided medical assistance in the country since 1992. In the last years, MSF has had projects and emergency  interventions in several provinces, including Bujumbura, Cibitoke, Rumonge, Bujumbura, Muyinga, and Ruyigi. In Bujumbura, MSF has been providing surgical care and consultations for patients with trauma in the Arche Kigobe trauma centre. In June 2019, Burundi experienced a major cholera outbreak, with cases rising to more than 1,000. In an effort to curb an unprecedented epidemic, MSF built and supported four treatment facilities in Bujumbura, Cibitoke and Rumonge provinces, trained public health staff and contributed to awareness-raising.\n\nIn 2019, the number of people who contracted malaria significantly rose in Burundi with nearly nine million cases noted between January and December. MSF launched a response to this outbreak in the province of Ruyigi in Kinyinya health district, one of the most severely affected in the country. In June 2019, MSF teams started supporting 14 health centres and two hospitals by providing free malaria treatment. While treating the patients helps to save lives, it was not enough to tackle the problem at the source.\n\nIt was time to think about how to prevent tiny mosquitoes from transmitting the disease to a sizeable chunk of population. In September 2019, MSF supported the Ministry of Health  in the setting up of a first round of indoor residual spraying (IRS) campaign. This technique involves spraying individual houses with insecticide to kill off mosquitoes. In one month, the MSF teams sprayed 59,731 homes, protecting close to 287,000 inhabitants for a period estimated up to nine months.\n\nSpraying at a household level against malaria-carrying mosquitoes\n\nFor the IRS campaign to be effective, it needs to be repeated. In this case, the spraying of the houses in the area would be done every year over the course of three years. That leads to renewing the protection of the households, and lowering the number of malaria-transmitting mosquitoes in the community. A Missing Maps activation had helped to obtain a base map with updated buildings based on recent satellite imagery with help of volunteers before the 1st round of IRS. Once data were available on openstreetmap, the experts in Geographic Information Systems (GIS) and Internet and Communication Technologies (ICT) uploaded the in mobile phones and computers to prepare the IRS Data Collection strategy.\n\nMSF team adding data to phones\n\nTo carry out the second round of the IRS campaign meant to mobilize local authorities and the community, both in the sense of ensuring a sufficient capacity of those to implement it, but also in terms of ensuring the cooperation of the population to open their houses and respect the Covid-19 precautions. With the global pandemic, it has been difficult for international organizations to conduct trainings as usual. It was challenging for MSF to organize the travel of the international staff and find a safe way to train more than 1,000 people during the preparation phase. The MSF campaign was delayed by a few weeks due to COVID-19 restrictions, while other organizations simply had to cancel theirs.\n\nOverall, 468 sprayers and 330 community health workers were dispatched in the hills to prepare and conduct the campaign. Luckily, over 80% were field workers involved in the first round of the IRS campaign in 2019, so it was possible to do the training over the course of three weeks. Close to 100 local staff were trained in mobile data collection in OSMand and Kobo applications. During the campaign, building information was updated in the mobile mapping applications directly by the team leaders to monitor the progress and compiled always at the end of the day by the GIS expert.\n\nWhat a  team leader sees on the mobile screen: Black dots are houses sprayed, yellow yet to be sprayed and red – spraying refused or not possible.\n\nApart from the adaptation to the pandemic context, the challenges included also a poor internet connection in one the communes, the accessibility of some households, and a tight timeframe to finish the campaign before the rainy season. Some houses are tough to access even by a bicycle and the dwellings in the more remote areas are spread far apart, while the spraying equipment is relatively heavy and voluminous. Before spraying, everything has to be carried outside of the house, and the residents would not accept that if it was raining. In addition, in its first year, the campaign achieved a very good coverage, which became also a challenge. The GIS Superviser commented, „if we did 96% last year (…) we had to do better than what we did last time.“ The aim was also high quality, with the spraying done according to the WatSan recommendations, while having the best coverage possible.\n\nWhat we learned\n\nAccording to the GIS Superviser, it was better for the spraying teams to start far and gradually move in to closer points. If it rained, the accessibility over unpaved roads would be harder, so the teams would rather go to a closer location. Another lesson learned since the beginning of the IRS intervention is to cross-check the coverage of the households on several sources of information, not only the mobile screen and PC at different levels of the organization, but also with the community, for example by calling the village chief.\n\nEven though the second year included new houses, the 2020 campaign succeeded to have a higher coverage than the first year: 311,500 people protected in the three communes (97% of total population), with 98% of the houses sprayed. Thankfully, a tangible impact with a more than 85% reduction of malaria cases in the district following the 2019 intervention made the MSF team usually welcome by the local people. These good results led to the interest of the National Programme to learn from the MSF experience and best practices. The experience shows that the desired results may be reached, but require a complex planning, logistics and considerable human resources including the training and a multi-year implementation with use of the Geographic Information Systems.\n\nSpraying equipment is quite heavy!\n"
  const { html } = await renderDeck(source, { path: 'malaria.txt', overrides: { condense: true } })
  assert.doesNotMatch(face(html), /In closing[\s\S]{0,200}Spraying equipment is (?:quite )?heavy/)
})
