/**
 * What the readings of held-out sets 23 and 24 asked for on 3 December 2026,
 * each case with the text as published: a slide keeps the point a sentence
 * announces, not its set-up. "The lesson from this point is plain: …",
 * "…it boils down to this: CSS is unpredictable", "…highlighted a clear
 * problem: there was…", "What you might not realise is that…": the claim
 * after the colon (or the frame) is the bullet, labelled by the noun that
 * names it when that is short, and the sentence wins its section; "These
 * sorts of breakdowns…" leans on the examples before it; "it's helpful to
 * have a bit of context…" only announces; a "Note:" over a pointer to other
 * reading is no bullet.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { selectSentences } from '../../src/article/select.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { isSignpost } from '../../src/article/signposts.js'
import { isVague } from '../../src/article/leaning.js'
import { tagSentence } from '../../src/article/nlp.js'
import { renderDeck } from '../../src/index.js'

/** The bullet a sentence compresses to, at the default budget. */
function bullet(sentence: string): string | undefined {
  return compressSentence(sentence, { maxWords: 14 })?.text
}

test('should show the point an announcement gives after its colon, not the announcement', () => {
  // Parker Higgins, "Lessons from the Reynoso report" (CC BY 4.0).
  assert.equal(bullet('The lesson from this point is plain: communication issues only get solved with more communication.'), 'The lesson: communication issues only get solved with more communication')
  // Julia, "Machine learning and programming languages" (MIT): the set-up alone was the bullet.
  assert.equal(
    bullet('The core reason for building new languages is simple: ML research has extremely high computational demands, and simplifying the modelling language makes it easier to add domain-specific optimisations and features.'),
    'ML research has extremely high computational demands'
  )
  // Go blog, "Keeping Your Modules Compatible" (CC BY 4.0); Linkerd, "Why Linkerd doesn't use Envoy" (Apache-2.0).
  assert.equal(bullet('The common theme is: add, don’t change or remove.'), 'The common theme: add, don’t change or remove')
  assert.equal(bullet('Our advice to would-be service mesh adopters, though, is simple: ignore the hype and focus on the problems.'), 'Our advice: ignore the hype and focus on the problems')
  // Svelte, "The zen of Just Writing CSS" (MIT): a lead-in of any length that points at "this".
  assert.equal(bullet("There are lots of reasons why that's the case, but it boils down to this: CSS is unpredictable."), 'CSS is unpredictable')
  assert.equal(bullet('What you might not realise is that the biggest problems with CSS can be solved without CSS-in-JS.'), 'The biggest problems with CSS can be solved without CSS-in-JS')
  // Backstage, "Where do you start when adopting Backstage?" (Apache-2.0): a noun phrase that points ahead.
  assert.equal(
    bullet('Some user research with Spotify developers highlighted a clear problem: there was simply too much non-documented institutional knowledge needed to get things done.'),
    'There was simply too much non-documented institutional knowledge needed to get things done'
  )
  // Openscapes, "Kick-starting scientific collaborations remotely" (CC BY 4.0): "instead of" and its gerund are a fronted phrase.
  assert.equal(
    bullet('The insight is: instead of trying to convince other stakeholders to work towards specific goals, it is better to empower innovation and those who want to drive change.'),
    'It is better to empower innovation and those who want to drive change'
  )
  // A colon that ends a claim of its own is not an announcement (Prometheus, "Pull doesn't scale – or does it?", Apache-2.0).
  assert.equal(bullet('The benchmark was simple: render 50 frames and record how long each frame took.'), 'The benchmark was simple: render 50 frames and record how long each frame took')
})

test('should bring the set-up’s subject to a pronoun that opens the point after it', async () => {
  const { dropSetUp } = await import('../../src/article/compress-reveals.js')
  const { tokensText } = await import('../../src/article/nlp.js')
  // htmx, "Building a no-build-step …" essay (BSD-2-Clause/0BSD site text): "it" is htmx.
  const tokens = tagSentence('At its core, htmx solves a relatively simple problem: it adds a handful of attributes to HTML.')
  assert.equal(tokensText(dropSetUp(tokens)), 'htmx adds a handful of attributes to HTML.')
  // No subject to bring: the sentence stays as it was.
  const plain = tagSentence('We ran into a relatively simple problem: it crashed on every start of the server.')
  assert.equal(tokensText(dropSetUp(plain)), tokensText(plain))
})

test('should choose the announced point of a section over its set-up and its leaning sentences', () => {
  // Parker Higgins, "Lessons from the Reynoso report" (CC BY 4.0): the last section.
  const paragraphs = [
    [
      'Finally, nearly every communication point was plagued with uncertainty about who had authority to issue orders and which conversations were to be interpreted as “commands” vs. “suggestions”.',
      'The most marked example of this dynamic was the selection of 3pm on a Friday as the correct time for a raid.',
      'Chief Spicuzza had concerns about the Leadership Team’s suggestion for a daytime raid, but didn’t voice them because she thought she was receiving orders.'
    ],
    ['These sorts of communication breakdowns are excruciating to read about, especially given the systems that are in place to bypass them.', 'The lesson from this point is plain: communication issues only get solved with more communication.'],
    ['The Reynoso Report provides a rare candid evaluation of these points of systemic breakdown, and gives smart suggestions on how to address them in the future.', 'I hope the UC Davis administration is willing to hear it.']
  ]
  const chosen = selectSentences(scoreSentences(paragraphs, { heading: 'Lt. Pike' }), 2).map((candidate) => candidate.bullet!.text)
  assert.ok(chosen.includes('The lesson: communication issues only get solved with more communication'), chosen.join(' | '))
  assert.ok(!chosen.some((text) => text.startsWith('These sorts')), chosen.join(' | '))
  const leaning = 'These sorts of communication breakdowns are excruciating to read about'
  assert.equal(isVague(tagSentence(leaning), leaning), true)
  // (One of a kind named in the sentence itself is no leaning: "This sort of check architecture indeed does not scale well, as the central Nagios host…".)
  const named = 'This sort of check architecture indeed does not scale well, as the central Nagios host quickly gets overwhelmed'
  assert.equal(isVague(tagSentence(named), named), false)
})

test('should read "it’s helpful to have a bit of context" as an announcement', () => {
  // Backstage (Apache-2.0).
  assert.equal(isSignpost('It’s helpful to have a bit of context as to why Spotify made the design decisions we did'), true)
  assert.equal(isSignpost('It’s helpful to have a spreadsheet of every service and its owner'), false)
})

test('should keep a "Note:" over a pointer to other reading off the face', async () => {
  // Go blog, "Keeping Your Modules Compatible" (CC BY 4.0).
  const source = `---
title: Keeping Your Modules Compatible
---

# Introduction

Your modules will evolve over time as you add new features, change behaviors, and reconsider parts of the module's public surface. As discussed in Go Modules: v2 and Beyond, breaking changes to a v1+ module must happen as part of a major version bump.

**Note:** For documentation on developing modules, see [Developing and publishing modules](/doc/modules/developing).

However, introducing a new major version can be harsh on your users. They have to find the new version, learn a new API, and change their code.
`
  const { html } = await renderDeck(source, { overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(face, /For documentation on developing modules/)
  assert.doesNotMatch(face, /<strong>Note:<\/strong>\s*<\/li>/)
  assert.match(html, /For documentation on developing modules/)
})

test('should show a dated entry whose sentence no cut keeps whole, never its label alone', async () => {
  // Rafael Irizarry, "The complex process of obtaining Puerto Rico mortality data: a timeline" (Simply Statistics, MIT).
  const source = `The complex process of obtaining Puerto Rico mortality data
September 28, 2018

Rolando Acosta and I recently posted a manuscript on bioRxiv describing the effects of Hurricane María on mortality in Puerto Rico.

Dec 08 – I email PSU investigator asking for data.

Dec 09 – I ask Dr. Buckee to email Registry director to check that it is not just me that is being denied the data.

Dec 11 - PRIS replies. They give us the name of a Registry demographer that gave data to others.
`
  const { html } = await renderDeck(source, { path: 'timeline.txt', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(face, /Dec 09 –<\/strong> I ask Dr\. Buckee to email Registry director/)
  assert.doesNotMatch(face, /<strong>[^<]*–<\/strong>\s*<\/li>/)
  // Kubernetes, "Don't Panic: Kubernetes and Docker" (CC BY 4.0): the authors' names are no bullet, nor is their label alone.
  const authors = `---\ntitle: Don't Panic\n---\n\n**Authors:** Jorge Castro, Duffie Cooley, Kat Cosgrove, Justin Garrison, Noah Kantrowitz, Bob Killen, Rey Lejano, Dan “POP” Papandrea, Jeffrey Sica, Davanum “Dims” Srinivas\n\nKubernetes is deprecating Docker as a container runtime after v1.20. You do not need to panic. It’s not as dramatic as it sounds.\n`
  const deck = await renderDeck(authors, { overrides: { condense: true } })
  assert.doesNotMatch(deck.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /Authors:/)
  assert.match(deck.html, /Duffie Cooley/)
})

test('should read a Quarto post as its page shows it: setup chunks off the face, R highlighted, \\mbox rendered', async () => {
  // Danielle Navarro, "On living in dark times" (CC BY 4.0).
  const source = `---
title: "On living in dark times"
date: "2023-06-15"
image: map.jpg
image-alt: "A map of the United States with arrows showing movement across states"
---

\`\`\`{r}
#| label: setup
#| include: false
very_wide <- 500
set.seed(1)
\`\`\`

## What proportion has been displaced?

To the extent that this is a reasonable first-pass approximation, a simple beta-binomial model will suffice to provide an uncertainty estimate:

$$
\\begin{array}{rcl}
\\theta & \\sim & \\mbox{Beta}(1, 1) \\\\
n & \\sim & \\mbox{Binomial}(\\theta, N = 166)
\\end{array}
$$

\`\`\`{r}
qbeta(c(.025, .975), 14, 154)
\`\`\`
`
  const { html, file } = await renderDeck(source, { path: 'index.qmd', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(face, /very_wide/)
  assert.match(html, /very_wide/)
  assert.match(face, /class="katex"/)
  assert.match(face, /<span class="mord text"><span class="mord">Beta<\/span><\/span>/)
  assert.match(face, /<code class="[^"]*language-r[^"]*">/)
  assert.deepEqual(file.messages.map((message) => message.reason), [])
})

test('should drop a spoken "Anyway," and never count an attribution on the quotation’s last line', async () => {
  // Andrés Villarreal, "Origins" (CC BY 4.0).
  assert.equal(bullet('Anyway, the forum software’s source code was a mess.'), 'The forum software’s source code was a mess')
  // Brennan K. Brown, "The Art of Merit" (CC BY-SA 4.0): the quotation keeps its punchline.
  const { quotedWords } = await import('../../src/article/condense-items.js')
  const quote = {
    type: 'blockquote' as const,
    children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: '“If my doctor told me I had only six minutes to live, I wouldn’t brood. I’d type a little faster.”\n— Isaac Asimov' }] }]
  }
  assert.equal(quotedWords(quote), 20)
})

test('should never show a chunk’s #| options, which its page does not show either', async () => {
  // Danielle Navarro, "On living in dark times" (CC BY 4.0).
  const source = "---\ntitle: Dark times\n---\n\n## Estimating\n\nThe sampling distribution is shown below.\n\n```{r}\n#| label: displaced-trans-persons-histogram\n#| fig-alt: A histogram\nlibrary(ggplot2)\nggplot(sim, aes(n_displaced)) + geom_histogram(bins = 100)\n```\n\n```{r}\n#| echo: false\nsummary(sim)\n```\n"
  const { html } = await renderDeck(source, { path: 'index.qmd' })
  assert.doesNotMatch(html, /#\|/)
  assert.match(html, /geom_histogram/)
  const article = await renderDeck(source, { path: 'index.qmd', overrides: { condense: true } })
  assert.doesNotMatch(article.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /summary\(sim\)/)
  assert.equal(bullet('I mean, there aren’t many of us, and every trans person knows it.'), 'There aren’t many of us, and every trans person knows it')
})

test('should read a bare verb after "than" as no finite verb, and keep folded code off the face', async () => {
  // Danielle Navarro, "On living in dark times" (CC BY 4.0).
  const { isStatement } = await import('../../src/article/clause-grammar.js')
  assert.equal(isStatement(tagSentence('Something other than make it worse or waste your time and effort.')), false)
  assert.equal(isStatement(tagSentence('Sales more than doubled in the second year.')), true)
  const source = "---\ntitle: Dark times\n---\n\n## Estimating\n\nI tuned the parameters by hand until the quantiles matched the survey's interval.\n\n```{r}\n#| eval: false\n#| code-fold: true\noptim(par = c(20.3, 3800), fn = \\(par) sum(par))\n```\n"
  const { html } = await renderDeck(source, { path: 'index.qmd', overrides: { condense: true } })
  assert.doesNotMatch(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /optim/)
  assert.match(html, /optim/)
})

test('should title the pages of a timeline by the span of their dates, and read "Oct 31 - …" as a dated entry', async () => {
  // Rafael Irizarry, "The complex process of obtaining Puerto Rico mortality data: a timeline" (Simply Statistics, MIT).
  const entries = [
    'Oct 31 - Caroline starts contacting people in Puerto Rico asking for help with the survey.',
    'Nov 14 – Not having any luck finding official government data online I email the Puerto Rico Institute of Statistics asking for help.',
    'Nov 16 – PRIS replies that the Demographic Registry has these data.',
    'Nov 20 – CNN estimate about 499 excess deaths.',
    'Nov 27 - I email the corresponding author of the PSU study asking if they have the data.',
    'Dec 03 - I scrape the data from PSU study, as described in an earlier post.',
    'Dec 05 - We receive data from a Demographic Registry demographer, but it does not include the most important part.',
    'Dec 07 – I ask on twitter if CPI or PSU investigator have official data.',
    'Dec 08 – I email PSU investigator asking for data.',
    'Dec 11 - PRIS replies. They give us the name of a Registry demographer that gave data to others.'
  ]
  const source = `The complex process of obtaining Puerto Rico mortality data: a timeline\nSeptember 28, 2018\n\nRolando Acosta and I recently posted a manuscript on bioRxiv describing the effects of Hurricane María on mortality in Puerto Rico.\n\n${entries.join('\n\n')}\n`
  const { html } = await renderDeck(source, { path: 'timeline.txt', overrides: { condense: true } })
  const titles = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]!)
  assert.ok(titles.some((title) => /^(?:Oct 31|Nov \d\d)[ \u00a0]– (?:Nov|Dec) \d\d$/.test(title)), titles.join(' | '))
  assert.ok(!titles.some((title) => /^(?:Dec|PRIS)$/.test(title)), titles.join(' | '))
  assert.match(html, /<strong>Oct 31 -<\/strong> Caroline starts contacting people/)
  // A hyphen after a word is no label's dash ("Sustainability - The long game" is a heading's words).
  const { leadLabel } = await import('../../src/article/block-kinds.js')
  assert.equal(leadLabel({ type: 'paragraph', children: [{ type: 'text', value: 'Staffing - We started out with two people.' }] }), undefined)
  assert.equal(leadLabel({ type: 'paragraph', children: [{ type: 'text', value: 'Oct 31 - Caroline starts contacting people.' }] }), 'Oct 31 -')
})

test('should read the paragraph after "…the article claims:" in copied text as the quotation it is', async () => {
  // Jens von Bergmann and Nathan Lauster, "No spike in 'foreign buying'" (Mountain Doodles, CC BY).
  const source = `No spike in "foreign buying"
2024-11-08

Today the Globe and Mail published an opinion piece about continued flows of "foreign money" in B.C. real estate. Broadly this is a topic that has been discussed in BC for over a decade now.

In support of the idea there's been a recent spike in foreign buying, the G&M article claims:

Using property transfer tax data provided by the B.C. government, Simon Fraser University associate professor Andy Yan showed that residential purchases categorized as "foreign involvement transactions" had a total dollar value of nearly $664-million from January to September, 2020. In that same period this year, 834 foreign involvement residential transactions added up to nearly $824-million.

The dollar values for 2023 and 2024 appear correct. However the dollar value for 2020 is plainly wrong.
`
  const { recogniseText } = await import('../../src/text/index.js')
  const tree = recogniseText(source).tree
  const quoted = tree.children.findIndex((node) => node.type === 'blockquote')
  assert.ok(quoted > 0)
  assert.match(JSON.stringify(tree.children[quoted]), /Andy Yan showed/)
  assert.equal(tree.children.filter((node) => node.type === 'blockquote').length, 1)
  // A "However" without its comma goes like one with it (not "However hard we try…").
  assert.equal(bullet('However the dollar value for 2020 is plainly wrong.'), 'The dollar value for 2020 is plainly wrong')
  assert.equal(bullet('However hard we try, the numbers do not add up.'), 'However hard we try, the numbers do not add up')
})

test('should read a line right under a table as its note, never a heading', async () => {
  // Jens von Bergmann and Nathan Lauster, "No spike in 'foreign buying'" (Mountain Doodles, CC BY).
  const source = [
    'No spike in "foreign buying"',
    '2024-11-08',
    '',
    'The dollar values for 2023 and 2024 appear correct. However the dollar value for 2020 is plainly wrong. Table 1 are the actual numbers for the first 9 months in every year since 2017.',
    '',
    'Table 1: BC Open Data',
    'First 9 months of year\tTotal Foreign Buyer Tax\tTotal residential market value with foreign involvement',
    '2019\t$89.90M\t$1.19bn',
    '2020\t$77.76M\t$1.02bn',
    '2021\t$71.89M\t$1.34bn',
    'Here "foreign" refers to non-citizen, non-PR, non-provincial nominees',
    '',
    'We were able to replicate the dollar values for 2020 when we only summed up the first six months (rather than the first nine) of 2020, and it seems likely this is the source of the error.',
    ''
  ].join('\n')
  const { recogniseText } = await import('../../src/text/index.js')
  const { tree } = recogniseText(source)
  assert.deepEqual(
    tree.children.filter((node) => node.type === 'heading').map((node) => (node as { depth: number }).depth),
    [1]
  )
  assert.ok(tree.children.some((node) => node.type === 'table'))
})

test('should read a promise of what the post will tell, and an invitation to follow along, as signposts', () => {
  // Andrés Villarreal, "Origins" (CC BY 4.0); Brennan K. Brown, "The Art of Merit" (CC BY-SA 4.0).
  assert.equal(isSignpost('I wanted to make a new post'), true)
  assert.equal(isSignpost('I’m going to tell you how I got into programming'), true)
  assert.equal(isSignpost('Join us as we question the value of greatness and the idealistic notion of unlimited potential'), true)
  // (A plan that is no announcement of the writing stays a claim.)
  assert.equal(isSignpost('We are going to win this race'), false)
  assert.equal(isSignpost('I am going to university next year'), false)
})

test('should never make a bullet of a relative clause’s subject without its verb, nor of a fronted phrase and its "when" clause', async () => {
  // Open Source Guides, "Getting Paid for Open Source Work" (CC BY 4.0), quoting @isaacs.
  assert.equal(bullet('OSS yields massive benefits to the technology industry, which, in turn, means benefits to all industries.'), 'OSS yields massive benefits to the technology industry, which, in turn, means benefits to all industries')
  const { isStatement } = await import('../../src/article/clause-grammar.js')
  assert.equal(isStatement(tagSentence('For others, especially when contributions are ongoing or require significant time')), false)
  // (A gerund's "when" is inside the subject; "then" opens the main clause.)
  assert.equal(isStatement(tagSentence('Knowing when your organization has successfully transitioned fully into an agile methodology can be tricky')), true)
  assert.equal(isStatement(tagSentence('In-between, when you balance complexity and comprehensibility, then monkeys get curious!')), true)
})

test('should read a kramdown pull quote that a blank line split as one quotation with its credit', async () => {
  // Open Source Guides, "Getting Paid for Open Source Work" (CC BY 4.0): the quotation and its credit stood apart, the
  // credit shown alone with its link's brackets.
  const source = `---
title: Getting Paid for Open Source Work
---

## Why some people seek financial support

Much of the work of open source is voluntary. For example, someone might come across a bug in a project they use and submit a quick fix, or they might enjoy tinkering with an open source project in their spare time.

<aside markdown="1" class="pquote">
  
I was looking for a "hobby" programming project that would keep me occupied during the week around Christmas. I chose Python as a working title.
  <p markdown="1" class="pquote-credit">
— @gvanrossum, ["Programming Python"](https://www.python.org/doc/essays/foreword/)
  </p>
</aside>

There are many reasons why a person would not want to be paid for their open source work.
`
  const { html } = await renderDeck(source)
  assert.match(html, /<blockquote>[\s\S]*I was looking for a "hobby"[\s\S]*@gvanrossum, <a href="https:\/\/www\.python\.org\/doc\/essays\/foreword\/">"Programming Python"<\/a>[\s\S]*<\/blockquote>/)
  assert.doesNotMatch(html, /\]\(https:/)
})
