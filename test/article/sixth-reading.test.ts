/**
 * What the reviews of held-out set 7 asked for beyond single bullets: a talk
 * that closes on its thesis, not on the last paragraph's fragment. Each case
 * with the lines as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Heading, List, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { closingLine } from '../../src/article/closing-line.js'
import { compressSentence } from '../../src/article/compress.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { tagSentence } from '../../src/article/nlp.js'
import { renderDeck } from '../../src/index.js'
import { textToMarkdown } from '../../src/text/index.js'
import { balanceQuotes } from '../../src/article/quotations.js'
import { quotedPhrase } from '../../src/article/pull-quotes.js'
import { leadInText, shortenItem } from '../../src/article/condense-items.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { fallbackSentence } from '../../src/article/select.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { enumeration } from '../../src/article/enumerations.js'
import { isVague } from '../../src/article/leaning.js'
import { qualifyRepeatedHeadings } from '../../src/article/repeated-headings.js'
import { isPictureCredit } from '../../src/text/credit-lines.js'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Slide } from '../../src/types.js'

/** A slide with a heading, one face line and the prose in its notes. */
function slide(heading: string, face: string, notes: string, className?: string): Slide {
  const title: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] }
  return {
    type: 'slide',
    ...(className ? { data: { attributes: { class: className } } } : {}),
    children: [title, { type: 'paragraph', children: [{ type: 'text', value: face }] }, { type: 'notes', children: notes.split('\n\n').map((value) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] })) }]
  }
}

const options = { isBackMatter: (heading: string) => heading === 'Further reading', maxWords: 14, lang: 'en', title: 'Is your project using “agilefall”?' }

test('should restate the article’s thesis from its opening before the questions, and not its scene-setting', () => {
  // 18F, "Is your project using “agilefall”?" (Chris Goranson, Alan Brouilette, Alan Atlas; public domain), as in the corpus.
  const title = slide('Is your project using “agilefall”?', 'Chris Goranson', '', 'title-slide')
  const overview = slide(
    'Overview',
    'Knowing when your organization has transitioned into an agile methodology can be tricky',
    'Knowing when (or if) your organization has successfully transitioned fully into an agile methodology can be tricky. Becoming an agile organization is harder than it looks, and it’s helpful to be able to identify traditional development practices that can slow down or derail your quest for agility. Last month, we completed a review of twelve agile projects.'
  )
  const understanding = slide('Understanding agilefall', 'Agilefall emerges when managers adopt agile practices they tolerate', 'Agilefall is a natural conflation of the two approaches, and can result in poor outcomes since the structure of it introduces competing concepts. Some people describe agile as an attitude and waterfall as a methodology.')
  const help = slide('Help! What should I do?', 'Talk to your team', 'If you find yourself in this position, read on. Help is coming. Get in touch with your agile coach.')
  const line = closingLine([title, overview, understanding, help], options)
  // The organisation's claim that the sections take up; not the story of a review last month.
  assert.equal(line ? toString(line) : undefined, 'In closingBecoming an agile organization is harder than it looks')
  assert.deepEqual(line?.data?.attributes, { class: 'closing-line' })
})

test('should not close on a story, the author speaking of themself, words about the post, or a pronoun', () => {
  const title = slide('Roadmap 2021', 'Tobias Koppers', '', 'title-slide')
  const last = slide('WebAssembly', 'Currently, WebAssembly is experimental and not enabled by default', 'Currently, WebAssembly is experimental and not enabled by default.')
  for (const opening of [
    // webpack, "Roadmap 2021" (MIT); The Carpentries, "Ten tips" (CC BY 4.0); 18F, "Sandi Metz" (public domain); a night-bus story.
    'I enjoyed the little break and have worked on a few side projects.',
    'This post lists ten tips and tricks to help you get started.',
    'Last month, I completed Sandi’s object-oriented design course.',
    'Most of them are coming off a shift, not out of a bar.'
  ]) {
    const line = closingLine([title, slide('Overview', 'An opening', opening), last], options)
    assert.equal(line, undefined, opening)
  }
})

test('should read an instruction’s opening verb as a verb, not as the name or noun the tagger took it for', () => {
  // plainlanguage.gov, "Writing Effective Letters"; NHS service manual, "Skin symptoms" (public domain; OGL), as in set 6.
  const cases: Array<[string, string]> = [
    ['Use this guidance as an adjunct to the Federal Plain Language Guidelines.', 'Use this guidance as an adjunct to the Federal Plain Language Guidelines'],
    ['In main content, use "brown and black skin" and "white skin", not "dark skin", "darker skin" or "light skin".', 'Use "brown and black skin" and "white skin", not "dark skin", "darker skin" or "light skin"']
  ]
  for (const [sentence, bullet] of cases) {
    assert.equal(tagSentence(sentence).find((token) => token.lower === 'use')?.pos, 'VERB', sentence)
    assert.ok(isStatement(tagSentence(sentence)), sentence)
    assert.equal(compressSentence(sentence)?.text, bullet)
  }
  // A noun and its verb after it: the word is the subject's ("Test results showed…", "Plan changes were…").
  for (const sentence of ['Test results showed a gain.', 'Plan changes were made.']) assert.notEqual(tagSentence(sentence)[0]!.pos, 'VERB', sentence)
})

test('should give a lede with no bullet to the title slide’s notes, not an empty "Overview" slide', async () => {
  // Elixir blog, "Embracing open data with Elixir at the Ministry of Ecological Transition in France" (José Valim; Apache-2.0), as in set 7.
  const article = [
    'Embracing open data with Elixir at the Ministry of Ecological Transition in France',
    '',
    'Welcome to our series of case studies about companies using Elixir in production. See all cases we have published so far.',
    '',
    'A group of initiatives towards innovation and open data has given the opportunity for Elixir to play a central role in exploring, validating, and visualizing transportation data across all of France.',
    '',
    'State Startups',
    '',
    'In 2013, the French Government launched a Digital Services incubator, called beta.gouv.fr, to spread the culture of digital innovation throughout the administration. They do this through State Startups.',
    '',
    'Elixir drives by',
    '',
    'In 2017, a team was assembled to begin a new State Startup focused on transportation data.',
    ''
  ].join('\n')
  const { html } = await renderDeck(article, { path: 'elixir.txt', overrides: { condense: true } })
  const sections = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => match[1]!)
  assert.ok(!sections.some((section) => />(?:Overview|Introduction)</.test(section)), 'no Introduction slide')
  // The lede is spoken over the title.
  assert.match(sections[0]!, /<aside class="notes">[\s\S]*play a central role in exploring/)
})

test('should read a caption that credits its maker and a greeting as prose, not headings, and keep the caption off the face', async () => {
  // Openscapes, "'Join the Rebel Alliance' - an Openscapes interview with Dr. Dawn Wright at MozFest" (CC BY 4.0), as in set 7.
  const text = [
    "'Join the Rebel Alliance' - an Openscapes interview with Dr. Dawn Wright at MozFest",
    '',
    'Welcome to our Openscapes session at MozFest!',
    '',
    'Dr. Dawn Wright shared her approach to science, kindness, and leadership through stories of other women that inspire her. The conversation emphasized how science can be both kind and credible.',
    '',
    'We asked Dawn her vision for the planet as she’d like it to be. She described a LEGO site called “LEGO ideas” where you can create something that doesn’t yet exist in the LEGO catalog.',
    '',
    'Expandable LEGO solar farm created by Rob Nokomis and submitted to LEGO ideas',
    '',
    'We also discussed the many institutional barriers to open science. Dawn recounted an AAAS panel several years ago about institutional barriers to science communication.',
    ''
  ].join('\n')
  const markdown = textToMarkdown(text)
  assert.doesNotMatch(markdown, /^#+ (?:Welcome|Expandable)/m)
  assert.match(markdown, /^Expandable LEGO solar farm created by Rob Nokomis/m)
  const { html } = await renderDeck(text, { path: 'rebel.txt', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(faces, /created by Rob Nokomis/)
  assert.match(html, /<aside class="notes">[\s\S]*created by Rob Nokomis/)
})

test('should read a title in Title Case after a preposition as one name, not a clause', () => {
  // The same interview: "All We Can Save" is a book, not "we can save".
  const tokens = tagSentence('Similarly, in All We Can Save, editors Dr. Ayana Elizabeth Johnson and Dr. Katharine Wilkinson have curated stories from 50+ woman leaders in the climate movement.')
  assert.deepEqual(tokens.slice(3, 7).map((token) => token.pos), ['PROPN', 'PROPN', 'PROPN', 'PROPN'])
  // No bullet ends on the first editor's name.
  assert.notEqual(compressSentence(tokens.map((token) => token.space + token.value).join(''))?.text, 'In All We Can Save, editors Dr. Ayana Elizabeth Johnson')
})

test('should close a quotation opened inside a bullet and open one closed in it, and leave one closed with a straight mark alone', () => {
  assert.equal(balanceQuotes('On the question of what is possible when you bring creativity and science together — Dawn says, “how about LEGO?!'), 'On the question of what is possible when you bring creativity and science together — Dawn says, “how about LEGO?!”')
  // Opened with “ and closed with " (night buses); a mark closing a quotation opened in the sentence before (plainlanguage.gov).
  assert.equal(balanceQuotes('“Somebody has to be awake to keep it going, and we need a way to get there."'), '“Somebody has to be awake to keep it going, and we need a way to get there."')
  // A mark that closes a quotation opened in a sentence before gets its opening mark when it is the bullet's first (Openscapes, set 7);
  // after a quotation of its own it is left alone (plainlanguage.gov, set 6).
  assert.equal(balanceQuotes('Anger leads to hate, and hate leads to suffering.”'), '“Anger leads to hate, and hate leads to suffering.”')
  assert.equal(balanceQuotes('The words "obscure its visibility" are a little like the old gobbledygook."'), 'The words "obscure its visibility" are a little like the old gobbledygook."')
  // A stray mark after a quotation is a typo, not one to open (Lucas Cherkewski, "Positions and the people in them", set 9).
  assert.equal(balanceQuotes('Dogooder is replaced by a “bad” person, ”Doespoorly”'), 'Dogooder is replaced by a “bad” person, ”Doespoorly”')
})

test('should not take a cited work’s title in Title Case for a pull quote', () => {
  // Open Source Guides, "Your Code of Conduct" (CC BY 4.0), as in the corpus.
  assert.equal(quotedPhrase('Focus on what you need. — Stephanie Zvan, "So You\'ve Got Yourself a Policy"'), undefined)
  assert.equal(quotedPhrase('As Sandi Metz says, "Duplication is far cheaper than the wrong abstraction."'), 'Duplication is far cheaper than the wrong abstraction.')
})

test('should introduce a list with the lead-in’s last clause when the whole is over the budget, but keep a condition', () => {
  // Rich Harris, "Virtual DOM is pure overhead" (Svelte blog, MIT), as in set 7; plainlanguage.gov (public domain), as in set 6.
  assert.equal(leadInText('In Rethinking Best Practices, a seminal 2013 talk by former React core team member Pete Hunt, we learned the following', 14), 'We learned the following')
  assert.equal(leadInText('(b) If the applicant is not an individual, the signature on an application must be made as follows', 14), 'If the applicant is not an individual, the signature on an application must be made as follows')
  // Open Source Design (CC BY-SA 4.0), as in set 11: the main clause after a fronted one, when the last comma leaves only "including".
  assert.equal(leadInText('Now that the Minimum Loveable Product has been out for a bit, several fixes and updates have been identified, including', 14), 'Several fixes and updates have been identified, including')
})

test('should keep the words a link or a phrase carried inside the sentence: "from all over the world", "our in-person courses", "[Federal Register]"', () => {
  // CodeRefinery (CC BY 4.0) and the Digital Policy guide (CC0), as in set 8: the review found "organizations from to join
  // us", "…more interaction than our" and "published in the for public feedback".
  assert.equal(compressSentence('While the current network is concentrated on the Nordics, we welcome learners, instructors and organizations from all over the world to join us.')?.text, 'We welcome learners, instructors and organizations from all over the world to join us')
  assert.equal(compressSentence("You might be surprised to learn that CodeRefinery's online courses have an order of magnitude more interaction than our in-person courses.")?.text, "CodeRefinery's online courses have an order of magnitude more interaction than our in-person courses")
  assert.equal(compressSentence('White House policy documents typically must be published in the [Federal Register] for public feedback for 30 days.')?.text, 'White House policy documents typically must be published in the Federal Register for public feedback for 30 days')
})

test('should leave a series line out of the headings, and read an interviewer’s lines of questions as headings', () => {
  // CodeRefinery, "Parallel chat" (CC BY 4.0); NHS England, "Interview with a Data Scientist" (OGL), as in set 8.
  const series = ['Parallel chat ("HackMD") and scaling teaching', '', 'Part of a series on the Future of Teaching', '', 'One of the most common complaints when moving online was the amount of interaction and feedback possible. You might be surprised to learn that our online courses have more interaction.', '', 'Our solution is "parallel chat", an online document that everyone can see and edit at the same time.', ''].join('\n')
  assert.doesNotMatch(textToMarkdown(series), /^#+ Part of a series/m)
  const answer = 'I studied chemistry at the University of Leeds; after my undergraduate degree, I stayed on to pursue a PhD in organic chemistry.'
  const interview = [
    'Interview with a Data Scientist',
    '',
    'How did you end up in data science at the NHS? What did you do before, and what really sparked your interest in this field?',
    '',
    answer,
    '',
    "What are you currently working on? Are there any projects that you're particularly excited about, or that you feel are making a real difference? What impact are you having?",
    '',
    answer,
    '',
    'If you could give someone just starting out in data science a few pieces of advice, what would they be? And what resources have you found particularly helpful along the way that you can share?',
    '',
    answer,
    ''
  ].join('\n')
  assert.equal([...textToMarkdown(interview).matchAll(/^## /gm)].length, 3)
})

test('should title a page by a whole name, never by a fragment ("Code", "America", "Examples like", "Hour day")', () => {
  // Code for America blog (MIT) and CodeRefinery (CC BY 4.0), as in set 8.
  const pages = [
    'I joined Code for America as a fellow. We love Code for America and its people. The Summit shows it.',
    'Examples like visiting a restaurant help. I used examples like using an iPhone. Analogies are the key.',
    'Our courses run over a 24-hour day. Every 24-hour day has its rhythm. The chat is open.'
  ]
  const [code, examples, hours] = keyPhrases(pages, 'A Perspective from the Summit')
  assert.equal(code, 'Code for America')
  assert.notEqual(examples, 'Examples like')
  assert.notEqual(hours, 'Hour day')
})

test('should not close on a pronoun whose noun is elsewhere, nor on the authors introducing themselves', () => {
  const title = slide('There’s No Place Like Home', 'Jennifer Pahlka', '', 'title-slide')
  const last = slide('Back home', 'It’s great to be back', 'For now, it’s great to be back.')
  for (const opening of ['Perhaps more slowly than we’d like, but it is changing.', 'We are the co-founders of PostHog - a current batch YC company.']) {
    assert.equal(closingLine([title, slide('Overview', 'An opening', opening), last], options), undefined, opening)
  }
})

test('should show a section’s figure in its whole sentence when no shorter statement keeps it', async () => {
  // NHS England, "Optimising vaccine invitations" (OGL), as in set 8: the review found a "Results" slide with no result.
  const article = [
    '---',
    'title: Optimising vaccine invitations',
    '---',
    '',
    '## Results',
    '',
    "A simulation of the MDP policy has shown an estimated saving of 75% and and additional 144,426 number of individuals 'converted'.",
    '',
    'With the implementation of the Early Stopping Rule we estimate that we can eliminate over half the spend on further invites while preserving ~97.5% of total conversions.',
    '',
    'Findings were presented to the stakeholders who are now looking into the implementation process of the proposed solutions. Further detail will be added after implementation.',
    ''
  ].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(faces, /97\.5%|144,426|75%/)
})

test('should keep one slide of a reading list and give credits and footnotes to the last section’s notes', async () => {
  // The shape of Distill's "Research Debt" (CC BY 4.0), as in set 8: five of eighteen slides went to back matter.
  const reading = Array.from({ length: 14 }, (_, at) => `- Reading ${at + 1}: a long title of a paper about distillation and research debt, volume ${at + 1}`).join('\n')
  const article = [
    '---',
    'title: Research Debt',
    '---',
    '',
    '## The Debt',
    '',
    'Research debt is the accumulation of missing interpretive labor. Poor exposition, undigested ideas, bad notation and noise are its forms.',
    '',
    '## Distillation',
    '',
    'Research distillation is the opposite of research debt. It can be incredibly satisfying, combining deep scientific understanding, empathy, and design.',
    '',
    '## Further Reading',
    '',
    reading,
    '',
    '## Acknowledgments',
    '',
    'Thanks to Mike Bostock for his help with the essay.',
    '',
    '## Author Contributions',
    '',
    'Chris wrote the essay, and Shan edited it.',
    ''
  ].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const sections = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => match[1]!)
  const titles = sections.map((section) => /<h[12][^>]*>([\s\S]*?)<\/h[12]>/.exec(section)?.[1] ?? '')
  assert.equal(titles.filter((title) => title.startsWith('Further Reading')).length, 1, titles.join(' | '))
  assert.ok(!titles.some((title) => /Acknowledgments|Author Contributions/.test(title)), titles.join(' | '))
  // Nothing lost: the later readings, the credits and their headings are in the notes.
  const notes = sections.map((section) => /<aside class="notes">([\s\S]*?)<\/aside>/.exec(section)?.[1] ?? '').join('\n')
  for (const line of ['Reading 14', 'Acknowledgments', 'Thanks to Mike Bostock', 'Chris wrote the essay']) assert.ok(notes.includes(line), line)
})

test('should name what an opening "It" stands for when the sentence before names it', () => {
  // Scientific Python blog, "Community developed, community owned" (CC BY 4.0), as in set 8; PEP 744 (public domain), as in the corpus.
  // (The first sentence set aside, so that the fallback takes the second.)
  const pick = (paragraph: string[]): string | undefined => fallbackSentence(scoreSentences([paragraph]).map((candidate) => ({ ...candidate, signpost: candidate.index === 0 })), 14)?.bullet?.text
  assert.equal(
    pick(['The Scientific Python project is an initiative to better coordinate and support the scientific Python ecosystem of libraries and to grow the surrounding community.', 'It aims to improve communication between ecosystem projects, to better plan for their joint future, and to make that future a reality.']),
    // (The first of its purposes whole: cut before the last, the series had run on without its "and".)
    'The Scientific Python project aims to improve communication between ecosystem projects'
  )
  const scored = scoreSentences([['The JIT is a new feature of CPython 3.13.', 'It does not offload NumPy array computations to CUDA GPUs, as JITs like Numba do.']])
  assert.equal(scored[1]!.bullet?.text.startsWith('The JIT does not offload'), true, scored[1]!.bullet?.text)
  // Not from a label ("Lesson learned: make time…"), and not an empty "It is…".
  const label = scoreSentences([['Lesson learned: make time for creating a dataset in your lesson development schedule.', 'It will pay off in flexibility associated with lesson development.']])
  assert.match(label[1]!.bullet?.text ?? '', /^It will pay off/)
})

test('should read a chapter number, a short subtitle over its date and a download button at the front and foot of a page', () => {
  // Mozilla Open Leadership Training Series (CC BY 4.0), Lucas Cherkewski (MIT) and the TechFAR Hub (public domain), as in set 9.
  const chapter = ['7.1. Designing an Open Event', '', 'Learn how to plan and design a face-to-face convening for your project, inviting feedback and contributions from your community.', '', 'Format', '', 'A storyboarding exercise for an event, and a checklist of convening tasks on GitHub for your team.', ''].join('\n')
  assert.match(textToMarkdown(chapter), /^title: 7\.1\. Designing an Open Event$/m)
  const essay = ['Positions and the people in them', '', 'A model of organizational change', '', '17 November 2019', '', 'A few months back, Sean shared a framework that has stuck with me ever since, about positions and the people in them.', ''].join('\n')
  const front = textToMarkdown(essay)
  assert.match(front, /^subtitle: A model of organizational change$/m)
  assert.match(front, /^date: 17 November 2019$/m)
  const study = ['How the Pay.gov Team Went Agile', '', 'Results', '', 'We are able to accomplish more scope in every release, and our customers see it in every release we ship.', '', 'Download this case study', '', 'Author Bios', '', 'JoDee DeVillier has ten years of program experience at the Federal Reserve Bank of St. Louis.', ''].join('\n')
  assert.doesNotMatch(textToMarkdown(study), /^#+ Download this case study/m)
})

test('should show a list written inside a sentence as a list under its lead-in, on one slide', async () => {
  // Scientific Python blog, "Community developed, community owned" (CC BY 4.0), as in set 8: the review found
  // "We provide common engineering infrastructure to help maintainers" alone, the tools it names in the notes.
  const sentence = 'Some tools we currently work on include a Hugo web theme for project websites, a self-hosted privacy-friendly web analytics platform, a shared discussion forum, the devpy developer CLI, this blog, and a project development statistics dashboard.'
  assert.deepEqual(enumeration(tagSentence(sentence), 14), {
    lead: 'Some tools we currently work on include',
    items: ['a Hugo web theme for project websites', 'a self-hosted privacy-friendly web analytics platform', 'a shared discussion forum', 'the devpy developer CLI', 'this blog', 'a project development statistics dashboard']
  })
  // Not words that share the last item's noun, bare numbers, or a turn.
  for (const other of [
    'In fact, since early in the Python 3.13 release cycle, all CPython builds have included this exact micro-op translation, optimization, and execution machinery.',
    'We extended the palette to include a 20, 40, 60, 80 and 90 shade.',
    'Examples of this include compiled binaries and libraries, but also archives, certificates.'
  ]) assert.equal(enumeration(tagSentence(other), 14), undefined, other)
  const article = ['---', 'title: Community developed, community owned', '---', '', '## Shared infrastructure', '', `We provide common engineering infrastructure to help maintainers. ${sentence}`, ''].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const sections = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => match[1]!.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''))
  const slide = sections.find((section) => section.includes('Some tools we currently work on include:'))
  assert.ok(slide, 'the lead-in on a slide')
  for (const item of ['a Hugo web theme for project websites', 'the devpy developer CLI', 'a project development statistics dashboard']) assert.ok(slide.includes(`<li>${item}</li>`), item)
})

test('should keep a site’s name, the name after a ranking subject, and the figures after a purpose clause', () => {
  // TechFAR Hub, "How the Pay.gov Team Went Agile" (public domain), as in set 9: the review found the Background slide
  // without "1,000+ business lines, 160 million transactions, $160 billion a year".
  for (const [name, sentence] of [['Pay.gov', 'Pay.gov provides services.'], ['data.gouv.fr', 'The first State Startup was data.gouv.fr.'], ['hackmd.io', 'We use hackmd.io every day.']] as const) {
    const token = tagSentence(sentence).find((candidate) => candidate.value === name)
    assert.equal(token?.pos, 'PROPN', name)
  }
  assert.equal(
    compressSentence('One of US Treasury’s systems, Pay.gov, provides services to 1,000+ federal government business lines to allow customers to pay the government electronically, collecting 160 million transactions for $160 billion annually.')?.text,
    'Pay.gov provides services to 1,000+ federal government business lines, collecting 160 million transactions for $160 billion annually'
  )
  // Not a clause that completes what comes before ("as likely … to live").
  assert.match(compressSentence('Overnight riders are twice as likely as daytime riders to live in a household without a car, according to the 2023 survey of 4,000 riders.')?.text ?? '', /to live in a household without a car/)
})

test('should show a list after a colon inside a sentence as a list, and not a description', () => {
  // Distill, "Research Debt" (CC BY 4.0), as in set 8; Apache Flink blog (Apache-2.0), as in set 9.
  assert.deepEqual(enumeration(tagSentence('An aspiring research distiller lacks many things that are easy to take for granted: a career path, places to learn, examples and role models.'), 14)?.items, ['a career path', 'places to learn', 'examples', 'role models'])
  assert.equal(enumeration(tagSentence('We came up with a system to label the current states of each feature: “independent”, “won’t make it”, “very unlikely”, “will make it”, “done”, and “done done”.'), 14)?.items.length, 6)
  assert.equal(enumeration(tagSentence('The first approach was to continue current policy: planting around 1,200 street trees a year, with the existing aftercare budget and no new protection for trees on private land.'), 14), undefined)
})

test('should not cut a sentence after a gerund the tagger read as a noun, or inside a relative clause', () => {
  // Apache Flink blog (Apache-2.0) and the TechFAR Hub (public domain), as in set 9: "…contributors, each working" and
  // "…all of the products that together" ended bullets.
  assert.notEqual(compressSentence('Each Flink release is built with the help of hundreds of contributors, each working on different parts of the project.')?.text, 'Each Flink release is built with the help of hundreds of contributors, each working')
  assert.doesNotMatch(compressSentence('But after a series of product issues, the team decided to try a new approach to building and maintaining all of the products that together, created the customer experience for Pay.gov.')?.text ?? '', /that together$/)
})

test('should show a section of one phrase as written, and leave a lesson’s duration out of the headings', async () => {
  // Mozilla Open Leadership Training Series, "7.1. Designing an Open Event" (CC BY 4.0), as in set 9.
  const text = ['7.1. Designing an Open Event', '', 'Learn how to plan and design a face-to-face convening for your project, inviting feedback and contributions from your community.', '', '60 mins', '', 'Prerequisites', '', "An idea for a face-to-face event that adds value to your project and to attendees' experiences with it", '', 'Intro to Designing Your Event', '', 'Face to face meetings in real life help cement the bonds between contributors to your project. They create immediate and personal opportunities for connecting with shared values.', ''].join('\n')
  assert.doesNotMatch(textToMarkdown(text), /^#+ 60 mins/m)
  const { html } = await renderDeck(text, { path: 'event.txt', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(faces, /An idea for a face-to-face event that adds value to your project/)
})

test('should keep a contrast in the bullet, and read a list of things under a label as its content', () => {
  // Distill, "Research Debt" (CC BY 4.0), as in set 8: "There are ways to write software that are faster" lost its point.
  assert.equal(compressSentence('Programmers talk about technical debt: there are ways to write software that are faster in the short run but problematic in the long run.')?.text, 'There are ways to write software that are faster in the short run but problematic in the long run')
  // Mozilla Open Leadership Training Series (CC BY 4.0), as in set 9; a real heading in the same shape stays one.
  const text = ['Designing an Open Event', '', 'Learn how to plan and design a face-to-face convening for your project, inviting feedback from your community.', '', 'Materials', '', 'Paper, markers, and access to a GitHub project repo', '', 'Intro to Designing Your Event', '', 'Face to face meetings in real life help cement the bonds between contributors to your project and create chances to connect.', '', 'Questions, obstacles, and common misconceptions', '', 'Citizen science raises questions about data quality, and projects have to answer them openly for their volunteers.', ''].join('\n')
  const markdown = textToMarkdown(text)
  assert.doesNotMatch(markdown, /^#+ Paper, markers/m)
  assert.match(markdown, /^#+ Questions, obstacles, and common misconceptions$/m)
})

test('should not show a lead-in whose list is elsewhere, and fold a lede with no bullet into the title after front matter', async () => {
  // NHS-R Community, "AphA blog - June 2023" (CC0), as in set 10: "First published for the AphA June 2023 newsletter:"
  // on an "Overview" slide, and a section of one lead-in ending in a colon.
  const article = ['---', 'title: AphA blog - June 2023', 'author: Zoe Turner', '---', '', 'First published for the AphA June 2023 newsletter:', '', '# Conferences update', '', 'The news update on the upcoming conferences that NHS-R Community is involved with:', '', '## HACA23 11-12 July', '', 'Just a few weeks left until the HACA23! Tickets are free and you can still sign up for virtual tickets.', ''].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const sections = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => match[1]!)
  const faces = sections.map((section) => section.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')).join('\n')
  assert.doesNotMatch(faces, />(?:Overview|Introduction)</)
  assert.doesNotMatch(faces, /First published for|The news update on the upcoming conferences/)
  // Spoken over the title.
  assert.match(sections[0]!, /<aside class="notes">[\s\S]*First published for the AphA June 2023 newsletter/)
})

test('should keep "a" before its word, a hyphenated list item whole, a verb agreeing with its subject, and no bullet ending on "where we"', () => {
  // NHS-R Community (CC0) and NASA TOPS (public domain), as in set 10.
  assert.doesNotMatch(compressSentence('We now have a very informal process where we, as a community, share anything we think is fun or useful in the finds channel.')?.text ?? '', /a informal|where we$/)
  assert.doesNotMatch(compressSentence('Avoid lecture videos, keep animations short and interspersed with prompts for discussion, concepts maps, pictures/visual aids, study guides and self-assessment quizzes.')?.text ?? '', /guides-assessment/)
  assert.doesNotMatch(compressSentence('Although the community forum events allow the community to see members of the TOPS Core team speak, it is scheduled during the weekday and during work hours, which limits who can attend.')?.text ?? '', /events is/)
})

test('should take a bullet that adds to, counts on from or names a person from another sentence as leaning on it', () => {
  // NASA TOPS (public domain) and NHS-R Community (CC0), as in set 10; Openscapes (CC BY 4.0), as in set 7.
  for (const sentence of ['Chief among these are GitHub Issues and GitHub Discussions.', 'The second issue is just any access to GitHub.', 'How we fit in with other communities is difficult too.', 'Open science needs to be incentivized too.', "Originally I'd thought about updating his book as the numbers had got out of line with the text."]) {
    assert.equal(isVague(tagSentence(sentence), sentence), true, sentence)
  }
  // A person named in the sentence, and a lead-in's "this" that the bullet drops, lean on nothing.
  for (const sentence of ['A fisherman offered to bring essentials across in his boat.', 'To put some numbers behind this: a single beefy Prometheus server can easily store millions of time series.']) {
    assert.equal(isVague(tagSentence(sentence), sentence), false, sentence)
  }
})

test('should read a hyphenated compound as one modifier, and capitalise a page title that starts with a plain word', () => {
  // gRPC blog, "gRPC at VSCO" (CC BY 4.0), as in set 10: "…, using built-in architecture like interceptors" was shown
  // as a statement ("built" read as its verb), and a page was titled "boilerplate RPC code".
  assert.equal(isStatement(tagSentence('The ease of defining services with the gRPC IDL, using built-in architecture like interceptors')), false)
  const [title] = keyPhrases(['We avoid boilerplate RPC code. Writing boilerplate RPC code is slow.', 'Kafka streams feed Parquet files. Spark reads them.'], 'gRPC at VSCO')
  assert.equal(title, 'Boilerplate RPC code')
})

test('should not count a fronted clause the bullet does without as leaning', () => {
  // NASA TOPS, "OS101 course guidance" (public domain), as in set 10: the article's closing claim was passed over
  // because its fronted clause says "those principles".
  const [, last] = scoreSentences([['Both the MOOC and the live courses ought to inspire learners to rigorize their own scientific research to include a wide breadth of open science principles.', 'By creating courses that are likewise grounded in those principles, TOPS aims to inspire a true transformation to open science.']], { maxWords: 14 })
  assert.equal(last!.bullet?.text, 'TOPS aims to inspire a true transformation to open science')
  assert.equal(last!.vague, false)
})

test('should split a sentence of two clauses whose second opens with adverbs, and keep the figures of the first', () => {
  // gRPC blog, "Why we have decided to move our APIs to gRPC" (CC BY 4.0), as in set 10: the reviews found "p50 1,200 → 4 ms"
  // on no slide, "On other APIs we saw a much smaller, but still significant difference" instead.
  assert.equal(compressSentence('On some APIs this made an incredible difference: we saw 50th percentile response times to drop from 1200 ms to 4 ms, and even more spectacularly 99th percentile response times drop from 30,000 ms to 12 ms!')?.text, 'We saw 50th percentile response times to drop from 1200 ms to 4 ms')
  // Not a second infinitive ("…to survey, track and analyze policing budgets, and thus reimagine…").
  assert.doesNotMatch(compressSentence('Most recently the team in collaboration with the NAACP and faith-based organizations launched a new initiative to survey, track and analyze policing budgets, and thus reimagine what public safety should look like, neighborhood by neighborhood.')?.text ?? '', /^Thus reimagine/)
})

test('should read an article with rules before a short sign-off as an article, and keep a clause that names its point over a list that names nothing', async () => {
  // Humane Tech Community, "Be a Builder" (CC BY 4.0), as in set 11: two "---" before its sign-off made it a hand-written
  // deck of paragraphs; Frictionless Data, "Libraries Hacked" (MIT), as in set 11.
  const paragraph = 'We strive for technology that is aligned to humans, technology that serves us and does not drive us apart, and we build it together with everyone who shares the goal. '.repeat(3)
  const article = ['---', 'title: Be a Builder', '---', '', ...Array.from({ length: 6 }, () => [paragraph, '']).flat(), '---', '', 'We highly value your feedback.', '', '---', '', 'Happy building to you all!', ''].join('\n')
  const { html } = await renderDeck(article, { path: 'builder.md' })
  assert.match(html, /<aside class="notes">/, 'condensed, the prose in the notes')
  const [, last] = scoreSentences([['Frictionless Data is an Open Knowledge Foundation project.', 'The schemas are all documented at Public Library Open Data, including guidance, links to sample data, and the technical definition files.']], { maxWords: 14 })
  assert.equal(last!.enumeration, undefined)
  assert.equal(last!.bullet?.text, 'The schemas are all documented at Public Library Open Data')
})

test('should keep a group photo’s caption off the face, and join a question and its part without a colon', () => {
  // Open Source Design (CC BY-SA 4.0) and RDMkit (CC BY 4.0), as in set 11.
  assert.equal(isPictureCredit('Top row: Julien Deswaef, Atul Varma, Dina Michl, Stephanie Daher Bottom row: Erika Enlund, Jess Klein, Stacy Cheng Not pictured: Stephanie Weber'), true)
  const tree = unified().use(remarkParse).parse('## Which aspects of RDM might raise ethical issues?\n\n### Considerations\n\nText.\n\n## Which data should be shared?\n\n### Considerations\n\nText.\n') as Root
  qualifyRepeatedHeadings(tree)
  assert.match(toString(tree), /Which aspects of RDM might raise ethical issues\? Considerations/)
})

test('should keep a bold label’s explanation when its full stop falls outside the bold, and a bold statement alone', () => {
  // Frictionless Data, "Libraries Hacked" (MIT), as in set 11: "Lack of public data", "Registers" were left as bare labels.
  const tree = unified().use(remarkParse).parse('* **Lack of public data**. There are relatively few library services sharing data about themselves for public use, and fewer still sharing it well.\n* **First, we have to go broad and deep**. We didn\'t get deep into technical blockers, and we should, because that is where the questions are.\n') as Root
  const list = tree.children[0] as List
  const [lack, first] = list.children.map((item) => toString(shortenItem(item, 8)))
  assert.match(lack!, /^Lack of public data\.? There are relatively few library services/)
  assert.equal(first, 'First, we have to go broad and deep')
})
