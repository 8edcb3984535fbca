/**
 * What the readings of held-out sets 15 and 16 asked for, each case with the
 * sentence as published: figures shown big only when the sentence states
 * them (a range whole, a change where it ends, a measure with its unit, never
 * one the sentence says is missing or one in brackets), and a listing copied
 * from a web page recognised as code when its lines are Ruby's `when` and
 * long string literals; a Quarto callout read as its content and Pandoc
 * citations kept off the face; a title's question mark, a participle, a
 * gerund with its adverb and "As a team," read as grammar has them.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { firstFigure, keyFigure } from '../../src/article/key-figures.js'
import { isFigureCaption } from '../../src/article/signposts.js'
import { isPointer } from '../../src/article/pointers.js'
import { balanceQuotes } from '../../src/article/quotations.js'
import { quotedPhrase } from '../../src/article/pull-quotes.js'
import { enumeration } from '../../src/article/enumerations.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { isExpletive, isVague } from '../../src/article/leaning.js'
import { isAttribution, timeStamp } from '../../src/text/lines.js'
import { isPictureCredit } from '../../src/text/credit-lines.js'
import type { Heading, List, ListItem } from 'mdast'
import { comparison } from '../../src/article/comparisons.js'
import { shownBefore, shownKey } from '../../src/article/shown-bullets.js'
import { isCodeLine } from '../../src/text/code.js'
import { recogniseText, textToMarkdown } from '../../src/text/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { isStatement, startsClause } from '../../src/article/clause-grammar.js'
import { tagSentence } from '../../src/article/nlp.js'
import { normalizeSource } from '../../src/read/normalize-source.js'
import { renderDeck } from '../../src/index.js'

test('should show a range whole, a change where it ends, and a measure of length, weight or time with its unit', () => {
  // PEP 744; a breast-screening design history (NHS, OGL); Lectern's tree-canopy fixture.
  assert.equal(firstFigure('Building the JIT adds between 3 and 60 seconds to the build process, depending on platform'), '3–60 seconds')
  assert.equal(firstFigure('Are screened between the ages of 40 to 50 years'), '40–50 years')
  assert.equal(firstFigure('Raise the share of planting budget spent on aftercare from 15 to 30 per cent'), '30 per cent')
  assert.equal(firstFigure("Riverside's trees remove about 96 tonnes of air pollutants a year"), '96 tonnes')
  assert.equal(firstFigure('10 years and 27,147 more commits from 1192 unique contributors later, Electron has become one of the most popular frameworks'), '10 years')
  // Years in a range are no figure; a change in per cent keeps its first figure.
  assert.equal(firstFigure('23 per cent of trees planted between 2014 and 2020 died within five years'), '23 per cent')
  assert.equal(firstFigure('Trees planted between 2014 and 2020 died within five years'), undefined)
  assert.equal(firstFigure('The share fell from 46% to 20%'), '46%')
})

test('should show no figure the sentence says is missing, nor a number in brackets', () => {
  // DataFusion's "fastest Parquet engine" post (Apache-2.0); a breast-screening design history.
  assert.equal(firstFigure('Ours took sustained effort as DataFusion ran out of single 2x performance improvements several years ago'), undefined)
  assert.equal(firstFigure('There is no 10x improvement left to find'), undefined)
  assert.equal(firstFigure('If someone is identified as VHR before the routine screening age (50), they will be invited before their 50th birthday'), undefined)
  assert.equal(firstFigure('The survey got about 4200 responses'), '4200')
})

test('should take a copied Ruby listing with `when` lines and long string literals for code', () => {
  // 18F, "Lessons from Sandi Metz" (public domain): the listing as a browser copies it.
  for (const line of ['when 0', '    when 1', '"No more bottles of beer on the wall, no more bottles of beer.\\nGo to the store and buy some more, 99 bottles of beer on the wall.\\n"', '"#{number} bottles of beer on the wall, #{number} bottles of beer.\\nTake one down and pass it around, #{number-1} bottles of beer on the wall.\\n"']) {
    assert.equal(isCodeLine(line), true, line)
  }
  // A quoted sentence in prose is not code; nor is a line that opens with "When".
  for (const line of ['"We always say just get it working first and then make it better, and we mean it every single time."', 'When we finished this exercise, Sandi taught us about the concept of shameless green.']) {
    assert.equal(isCodeLine(line), false, line)
  }
  const text = `Lessons from Sandi Metz

In the case of 99 bottles, shameless green means not worrying about doing fancy logic for the verses that don't look like the others. Instead, it uses a conditional to print different strings:

class Bottles
  def verse(number)
    case number
    when 0
      "No more bottles of beer on the wall, no more bottles of beer.\\nGo to the store and buy some more, 99 bottles of beer on the wall.\\n"
    when 1
      "1 bottle of beer on the wall, 1 bottle of beer.\\nTake it down and pass it around, no more bottles of beer on the wall.\\n"
    else
      "#{number} bottles of beer on the wall, #{number} bottles of beer.\\nTake one down and pass it around, #{number-1} bottles of beer on the wall.\\n"
    end
  end
end

Developers love to write clever code, and in the case of the 99 bottles exercise, I was no exception.
`
  const markdown = textToMarkdown(text)
  assert.match(markdown, /```\nclass Bottles\n {2}def verse\(number\)[\s\S]*\n {4}when 0\n[\s\S]*\nend\n```/)
  assert.doesNotMatch(markdown, /^[-*] when/m)
})

const bullet = (sentence: string, maxWords = 14): string | undefined => compressSentence(sentence, { maxWords })?.text

test('should read a Quarto callout as its content and leave Pandoc citations off the face', async () => {
  // Epiverse-TRACE, "2024 mpox outbreak: common analytics tasks and available R tools" (CC BY 4.0), as published in Quarto.
  const source = `---
title: "2024 mpox outbreak: common analytics tasks and available R tools"
---
There are ongoing outbreaks of mpox globally. The disease is characterized by fever, cough, and a rash, with the mean incubation period estimated to be about 7.8 days [@ward2022transmission]. One practical consideration is the impact of various delays on the estimates [@charniga2024best;@park2024estimating;@gostic2020practical].

### Cleaning and validating data

::: {.callout .callout-info}
Data cleaning is often the first task in outbreak analytics. This usually involves identifying and correcting errors in the data, standardizing the format of key variables, and ensuring that the data is in a format that is fit for analysis. Data validation is also important to ensure that the data is accurate.
:::

[\`{cleanepi}\`](https://epiverse-trace.github.io/cleanepi/) is useful for cleaning individual-level datasets, and [\`{linelist}\`](https://epiverse-trace.github.io/linelist/) can be used to tag and validate key variables in datasets that might change over time. The [\`{numberize}\`](https://epiverse-trace.github.io/numberize/) package can also be used to convert numbers written as text. It currently has functionality for English, Spanish, and French.
`
  const { html } = await renderDeck(source, { path: 'mpox.md', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(faces, /:::|callout|\[@|@ward2022/)
  assert.match(faces, /Data cleaning is often the first task in outbreak analytics/)
  // The section's example is a tool it names, not the sentence that leans on one ("It currently has…").
  assert.match(faces, /is useful for cleaning individual-level datasets/)
  assert.doesNotMatch(faces, /It currently has functionality/)
  // The notes keep every sentence, citations and all.
  assert.match(html, /\[@ward2022transmission\]/)
  assert.equal(normalizeSource('::: {.callout-note}\nText\n:::\n\n:::tip\nMore\n:::\n'), '\nText\n\n\n\nMore\n\n')
})

test('should keep a title with a question mark whole, and never show a participle clause as a bullet', () => {
  // Section508.gov, "How the General Services Administration Developed and Tested Accessible E-Learning Training" (public domain).
  const course = 'In January 2024, the General Services Administration (GSA) added the self-paced E-learning course, Section 508: What Is It and Why Is It Important?, to the required annual training curriculum for all GSA employees.'
  assert.doesNotMatch(bullet(course) ?? '', /^What Is It/)
  const reviewer = 'Before the course could be published, an individual from an internal GSA team reviewing the course contacted the developer, suggesting that creating a fully accessible course with Articulate Rise was impossible.'
  assert.doesNotMatch(bullet(reviewer) ?? '', /^Suggesting/)
  assert.match(bullet(reviewer) ?? '', /^An individual from an internal GSA team reviewing the course contacted the developer/)
  assert.equal(startsClause(tagSentence('suggesting that creating a fully accessible course with Articulate Rise was impossible')), false)
  assert.equal(startsClause(tagSentence('an individual from an internal GSA team reviewing the course contacted the developer')), true)
})

test('should read a gerund and its adverb as a subject, "As a team," before an instruction as a phrase, and "Have people…" as an instruction', () => {
  // The Turing Way, "Barriers to reproducibility" (CC BY 4.0); digital.gov, "10 ways to recognize employees at work" (public domain).
  assert.equal(startsClause(tagSentence('working reproducibly requires skills that aren’t always taught in training programmes')), true)
  assert.equal(bullet('As you can tell from the ever-growing number of chapters in The Turing Way, working reproducibly requires skills that aren’t always taught in training programmes.'), 'Working reproducibly requires skills that aren’t always taught in training programmes')
  assert.equal(bullet('As a team, discuss and reach consensus on 2 to 3 superstars outside of your team that you rely on and appreciate.'), 'Discuss and reach consensus on 2 to 3 superstars outside of your team that you rely on and appreciate')
  // "As" with a verb is a clause, and it stays ("As the team grew, we…").
  assert.match(bullet('As the team grew, we split the work into three streams.') ?? '', /^As the team grew/)
  const have = tagSentence('Have people on the team write testimonials summarizing what makes that person so great to work with.')
  assert.deepEqual([have[0]!.pos, have[1]!.pos], ['VERB', 'NOUN'])
  assert.equal(tagSentence('Have you tried it?')[0]!.pos, 'AUX')
})

test('should keep the bracket that names a quotation’s author, and take "It is estimated that…" for an empty "it"', () => {
  // The Turing Way, "Barriers to reproducibility" (CC BY 4.0).
  assert.equal(bullet('"A journey of a thousand miles begins with a single step" (Chinese philosopher Lao Tzu).'), '"A journey of a thousand miles begins with a single step" (Chinese philosopher Lao Tzu)')
  assert.equal(isExpletive(tagSentence('It is estimated that over 30 million small businesses exist in the United States alone')), true)
  assert.equal(isExpletive(tagSentence('It has been nearly 2 months since webpack 5 was officially released')), true)
  assert.equal(isExpletive(tagSentence('It currently has functionality for English, Spanish, and French')), false)
})

test('should read a name with a capitalised verb in it as one name, and never end a claim before its "without"', () => {
  // Programming Historian, "#TeachingWithDH: Distant Reading in the Undergraduate Classroom" (CC BY 4.0).
  const acts = tagSentence('The Page Act of 1875 and the Chinese Exclusion Act of 1882 paved the way for a tide of legislation.')
  assert.deepEqual(acts.filter((token) => token.value === 'Act' || token.value === 'paved').map((token) => token.pos), ['PROPN', 'PROPN', 'VERB'])
  // (Before, "The Page Act of 1875" was a "statement" and closed the talk.)
  assert.notEqual(bullet('The Page Act of 1875 and the Chinese Exclusion Act of 1882 paved the way for a tide of legislation that excluded many categories of immigrants from entering the country according to race, class, ability, sexuality, gender, and political affiliation.'), 'The Page Act of 1875')
  assert.doesNotMatch(bullet('Topic modeling may be especially useful for individuals who are approaching a set of texts without a particular research question in mind.', 16) ?? 'without', /texts$/)
  assert.equal(bullet('We kept the old rules in place.', 4), 'We kept the old rules in place')
})

test('should show no big number from a supposition, and leave a link’s file type and size, a pointer and a disclaimer off the face', async () => {
  // California Office of Data and Innovation, "Forecasting community water system outages" (MIT); digital.gov,
  // "Go Beyond Coaching and Mentorship and Get Started as a Sponsor" (public domain).
  const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  assert.equal(keyFigure(item('If we see this pattern over the last 100 years, we’ll be pretty confident we’ll see it this year too')), undefined)
  assert.equal(keyFigure(item('These water systems serve 39 million people')), '39 million')
  assert.equal(isPointer('To learn more on the research we conducted, visit the ODI Innovation Hub for a detailed technical paper.'), true)
  assert.equal(isPointer('To learn more, we ran a survey of 300 users.'), false)
  const source = `---
title: Go Beyond Coaching and Mentorship and Get Started as a Sponsor
---
## Why Sponsorship?

A lack of sponsorship has shown to be [a barrier to advancement for women (PDF, 28 pages, 893 kb)](https://example.gov/report.pdf) and underrepresented racial and ethnic populations. Sponsorship gives employees a statistical career benefit and results in more employees negotiating for raises.

## Give Feedback

Feedback is a critical component of professional growth and a “micro-sponsorship” opportunity. Vague feedback holds employees back.

Disclaimer: All references to specific brands, products, and/or companies are used only for illustrative purposes and do not imply endorsement by the U.S. federal government or any federal government agency.
`
  const { html } = await renderDeck(source, { path: 'sponsor.md', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(faces, /A lack of sponsorship has shown to be a barrier to advancement for women and underrepresented/)
  assert.doesNotMatch(faces, /893 kb|>28<|Disclaimer/)
  assert.match(html, /893 kb/)
  assert.match(html, /Disclaimer: All references/)
})

test('should read a sentence that runs on into its list as the list’s lead-in, and a paragraph over its dash line as a quotation', () => {
  // California Office of Data and Innovation (MIT): "…drinking water are" over four items; a pull quote without its marks.
  const text = `ODI in action: Forecasting community water system outages

A vision for the future of environmental data modeling

We argue for a new way of working with the data that describes safe drinking water across the state of California.

The environmental datasets needed to study safe drinking water are
• Small
• Scarce
• Scraped from many sources
• Irregular in space and time

Government works better when we build it together. Together, we will recover, reimagine, and rebuild Los Angeles.

—Nathan Gardels; Editor-in-Chief, Noema Magazine; Co-Founder, Berggruen Institute’s Think Long Committee for California

About the program

The state launched the program in February to give residents a voice in the decisions that affect them.
`
  const markdown = textToMarkdown(text)
  assert.doesNotMatch(markdown, /^#+ The environmental datasets/m)
  assert.match(markdown, /^The environmental datasets needed to study safe drinking water are\n/m)
  assert.match(markdown, /^> Government works better when we build it together\.[\s\S]*\n>\s*\n> —Nathan Gardels; Editor-in-Chief/m)
  assert.equal(isAttribution('—Nathan Gardels; Editor-in-Chief, Noema Magazine; Co-Founder, Berggruen Institute’s Think Long Committee for California'), true)
  assert.equal(isAttribution('— and then, after a long wait in the queue at the station, the train finally came in at noon'), false)
})

test('should never end a bullet on the subject an "and" shares, or take a sign-off for a quotation', async () => {
  // Lectern's island-ferry fixture: the "and" joins the last clause's subjects, whose verb comes after it.
  assert.notEqual(bullet('Foot passengers could still get off using a gangway, but cars and the lorry carrying the week’s supplies could not.'), 'Foot passengers could still get off using a gangway, but cars')
  // CarbonPlan (MIT): "from about X to Y" is a change; a figure with two decimals each is no big number on its own.
  assert.notEqual(firstFigure('Recent wildfires caused standing live above ground carbon stocks to fall from about 82.69 to 73.24 tCO₂ per acre'), '82.69–73.24')
  // Tokio, "Reducing tail latencies with automatic cooperative task yielding" (MIT): the post's last line signs it off.
  const signed = textToMarkdown('Reducing tail latencies\n\nApril 1, 2020\n\nTokio is a runtime for asynchronous Rust applications. It allows writing code using async and await syntax.\n\nWe hope you find your tail latencies improve after this release. Feel free to comment on this issue.\n\n—Carl Lerche\n')
  assert.doesNotMatch(signed, /^>/m)
  // digital.gov (public domain): an answer to a question the slide does not show leans on it.
  assert.equal(isVague(tagSentence('No problem – you can create your own certificate of appreciation'), 'No problem – you can create your own certificate of appreciation'), true)
  assert.equal(isVague(tagSentence('Similar to above, this is one of my favorite recognition methods'), 'Similar to above, this is one of my favorite recognition methods'), true)
})

test('should drop a purpose that trails a complete claim, never what a noun wants ("the option to make…")', () => {
  // Section508.gov (public domain); Open Source Guides, "The Legal Side of Open Source" (CC BY 4.0).
  assert.equal(bullet('The developer enhanced the course by adding more precise instructions to the introduction and to the interactive activities to help users know what to expect.'), 'The developer enhanced the course by adding more precise instructions to the introduction and to the interactive activities')
  assert.match(bullet('When you create a new project on GitHub, you have the option to make the repository private or public.') ?? '', /option to make the repository private or public$/)
  assert.doesNotMatch(bullet('Even if communications will be discontinued entirely, it may make sense to keep the mailing list archive available to users and contributors.') ?? '', /make sense$/)
})

test('should take an embedded post’s time stamp, a video’s caption and a licence credit for what is left of the media, never a heading', () => {
  // Paul Fioravanti, "3.11" (CC BY 4.0), as a browser copies it.
  const text = `3.11
Paul Fioravanti · March 11, 2024

Reflections on living through Japan’s biggest recorded earthquake.

Posted on Facebook, March 11, 2011 14:57 JST

On this day in 2011, I was leaving my office in Yūrakuchō, Tokyo, for a dreaded afternoon meeting with a big systems integrator company. As I walked past the reception desk in the lobby, I glanced up at a TV screen.

Footage of crowds at Shimbashi Station, soon after the earthquake

The images of a tsunami barreling through rural northern Japan and annihilating everything in its path felt surreal. After a few minutes, I snapped out of my stupor and continued walking.

March 11, 2011 18:43 JST

We had not planned for a natural disaster scenario of this magnitude, and hence did not have emergency kits or food rations on-hand. The city had already been cleaned out.

Kellykaneshiro , CC0, via Wikimedia Commons

I arrived home to discover my bicycle discarded in the park opposite. Someone had tried to steal it, but the cheap lock had been enough security to move them on.
`
  const markdown = textToMarkdown(text)
  assert.doesNotMatch(markdown, /^#+ (?:Posted on|Footage|March 11|Kellykaneshiro)/m)
  for (const line of ['Kellykaneshiro , CC0, via Wikimedia Commons', 'Footage of crowds at Shimbashi Station, soon after the earthquake']) assert.equal(isPictureCredit(line), true, line)
  assert.equal(timeStamp.test('March 11, 2011 18:43 JST'), true)
  assert.equal(timeStamp.test('Posted on Facebook, March 11, 2011 14:57 JST'), true)
  assert.equal(timeStamp.test('Monday 3 March'), false)
  assert.equal(isPointer('Want to trigger someone who lived through this event? Play them the following video.'), true)
})

test('should drop kramdown attribute lists, and read inch marks as no quotation', () => {
  // Paul Fioravanti, "Welcome back" (CC BY 4.0); Ben Balter, "Problems, not solutions" (CC BY 3.0).
  assert.equal(normalizeSource('day:\n\n{:refdef style="font-size: xx-large"}\n> "Welcome back"\n{:refdef}\n\n![Map](m.png){: .center}\nh = {:a => 1}'), 'day:\n\n\n> "Welcome back"\n\n\n![Map](m.png)\nh = {:a => 1}')
  assert.equal(balanceQuotes('Imagine a customer comes to you asking for a 1/4" drill'), 'Imagine a customer comes to you asking for a 1/4" drill')
  assert.equal(balanceQuotes('Babel has come a long way from its origins as "6to5"'), 'Babel has come a long way from its origins as "6to5"')
  assert.equal(quotedPhrase('Imagine a customer comes to you asking for a 1/4" drill (a solution). Their stated problem may be the need for a 1/4" hole.'), undefined)
})

test('should show a list numbered inside its sentence as a list under its lead-in', () => {
  // Jack Dougherty, review of "Off The Mark" (MIT).
  const criteria = 'If our goal is more meaningful learning, then we need student grading and college transcript systems that: 1) focus on their use-value beyond schools; 2) are overwritable to show progress; 3) emphasize performance; 4) are double-clickable to show “thicker” examples of student beyond beyond “thin” letter grades; 5) embrace multiple measures of learning.'
  assert.deepEqual(enumeration(tagSentence(criteria), 14), {
    lead: 'If our goal is more meaningful learning, then we need student grading and college transcript systems that',
    items: ['focus on their use-value beyond schools', 'are overwritable to show progress', 'emphasize performance', 'are double-clickable to show “thicker” examples of student beyond beyond “thin” letter grades', 'embrace multiple measures of learning']
  })
  assert.equal(enumeration(tagSentence('We tried 1) once and 2) twice.'), 14), undefined)
})

test('should keep captions, pictures the slide does not show, and lead-ins without their list off the face', () => {
  // Jack Dougherty (MIT); web.dev, "Accessibility for teams" (CC BY 3.0).
  for (const caption of ['Table 8.1 helps readers keep track of the authors’ multiple arguments', 'Excerpt of resume by Victoria Asfalg, Trinity ‘23, who integrated links to illustrate what she learned']) {
    assert.equal(isFigureCaption(tagSentence(caption)), true, caption)
  }
  assert.equal(isFigureCaption(tagSentence('Figure 1: We analyzed 74 pig manure projects developed in China')), false)
  for (const sentence of ['While this static screenshot is not clickable, her actual PDF resume is clickable', 'The mock interface above is numbered to show the tab order']) assert.equal(isVague(tagSentence(sentence), sentence), true, sentence)
  const gage = 'Gage height is the distance of the water surface above the streamgage datum reference point'
  assert.equal(isVague(tagSentence(gage), gage), false)
  const [lead] = scoreSentences([['There are a number of accessibility checklists out there, a few industry examples include:']])
  assert.equal(lead!.signpost, true)
  const text = 'Accessibility for teams\nHow to incorporate accessibility into your team’s process.\nRob Dodson · August 1, 2017 (updated September 20, 2018)\n\nIncorporating an accessibility checklist\n\nThe topic of accessibility is quite broad, so having a checklist of important areas to consider can help you make sure you’re covering all of your bases.\n\nThere are a number of accessibility checklists out there, a few industry examples include:\n\nWebAIM WCAG Checklist Vox Accessibility Guidelines\n\nWith a checklist in hand, you can look over your primary and secondary actions to start to triage what work still needs to be done.\n\nTable 8.1 helps readers keep track of the authors’ multiple arguments\n\nNothing beats sitting down with actual users and observing them as they try to use your app.\n'
  const { outline } = recogniseText(text)
  assert.equal(outline.byline, 'Rob Dodson')
  assert.doesNotMatch(textToMarkdown(text), /^#+ (?:WebAIM|Table 8\.1)/m)
})

test('should lay out "A vs. B" in two columns only when each column names a side, and never show a bullet twice', async () => {
  // StaticApps, "Front-End Error Handling" (CC BY 4.0): a continuation of the section is no comparison.
  const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Front-End vs. Back-End Error Handling (cont.)' }] }
  const list = (...texts: string[]): List => ({ type: 'list', children: texts.map(item) })
  assert.equal(comparison(heading, [list('If the error happened early enough, the entire page may be prevented from being properly set up'), list('You must handle the errors yourself')]), undefined)
  assert.deepEqual(comparison(heading, [list('In web application back-ends, expected errors are usually handled by displaying an error message', 'Front-end applications have no built-in mechanism for halting everything')]), { columnStart: 0, splitItems: 1 })
  // plainlanguage.gov's letter guide (public domain) says its example twice; the second section shows its other claims.
  const source = `---
title: Writing effective letters
---
## Helpful Headings

Headings are helpful because they guide a reader to find information. Headings come in several types including topic, statement, and questions. An example of a topic heading is “Benefit Information.”

## Why are Headings Helpful?

Headings are helpful because they guide a reader to find information. Headings help outline the document for both the reader and writer. An example of a topic heading is “Benefit Information.”
`
  const { html } = await renderDeck(source, { path: 'letters.md', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.equal(faces.match(/Headings are helpful because they guide a reader/g)?.length, 1)
  assert.match(faces, /Headings help outline the document for both the reader and writer/)
  // (The notes keep both sentences: one face and two notes.)
  assert.equal(html.match(/Headings are helpful because they guide a reader/g)?.length, 3)
})

test('should never leave a condition without its "then", a comparison without its clause, or a connective with its comma', () => {
  // Ben Balter, "Problems, not solutions" (CC BY 3.0); Paul Fioravanti, "Welcome back" (CC BY 4.0).
  const condition = 'If you don’t know what user problem you’re solving — what jobs you’re doing for the user — and by extension, what end-user value you’re seeking to deliver — then you’re just doing work for the sake of doing work, and not to better your product or the customer experience.'
  assert.doesNotMatch(bullet(condition) ?? '', /deliver$/)
  assert.equal(isStatement(tagSentence('If you don’t know what user problem you’re solving and by extension, what end-user value you’re seeking to deliver')), false)
  assert.equal(isStatement(tagSentence('What matters is that we ship')), true)
  assert.equal(isStatement(tagSentence('Unlike the software we implemented')), false)
  assert.equal(bullet('But, when Japan-related questions finally came up, I was able to chime in and attempt to provide something of value, at which point my project teammate said the words that I can still hear clearly to this day:'), 'When Japan-related questions finally came up, I was able to chime in and attempt to provide something of value')
  // Openscapes (CC BY 4.0): the connective gone, a call to action is still no bullet.
  assert.equal(isPointer('And, if you are interested in ongoing support of this kind, check out the resources offered on the NCEAS Learning Hub.'), true)
})

test('should find the verb the tagger read as a noun, take a cleft for an empty "it", and keep an appositive that says what a name is', () => {
  // digital.gov (public domain); California ODI (MIT); Kubernetes blog (CC BY 4.0); IDRC (CC BY 4.0); Programming Historian (CC BY 4.0).
  assert.equal(bullet('Instead, coaches guide others to create their own solutions.'), 'Coaches guide others to create their own solutions')
  assert.equal(bullet('All of us in government work for the people of California.'), 'All of us in government work for the people of California')
  assert.equal(tagSentence('This change addresses a different environment than most folks use to interact with Docker.')[2]!.pos, 'VERB')
  // (A caption's noun phrase keeps its nouns.)
  assert.equal(isStatement(tagSentence('Current export pipeline homepage on Data Hub')), false)
  assert.equal(bullet('Appreciation is not one-size-fits-all.'), 'Appreciation is not one-size-fits-all')
  assert.equal(isExpletive(tagSentence('It is the “vital few,” misidentified as the “difficult 20%” that are our best guides.')), true)
  // An appositive that names what the sentence's name is stays ("Lustre, a Gleam web framework that…" without it was
  // "unusable" to a blind reviewer): such a sentence is kept whole or not shown.
  assert.notEqual(bullet('We’re also very impressed by Lustre, a Gleam web framework that takes all the things we like about Elm and lets us use them with Gleam.'), 'We’re also very impressed by Lustre')
})

test('should never cut inside a quotation that began in the sentence before', () => {
  // Gleam, "No room for error" (Apache-2.0): the second sentence of a quotation ends with its closing mark.
  const said = bullet('We constantly had bugs, and our error reporting system was logging literally thousands of errors - versus absolutely zero with Elm.”')
  assert.notEqual(said, 'We constantly had bugs')
  assert.match(said ?? '“', /^“.*”$/)
})

test('should keep the writer’s own purpose, and show again no bullet unless every word of it was shown', () => {
  // htmx, "Yes, and…" (0BSD); Excalidraw, "Building Excalidraw's P2P Collaboration Feature" (MIT).
  assert.doesNotMatch(bullet('I will sometimes use LLMs alongside my manual coding as I build out a solution to help me understand APIs and my options while coding.') ?? '', /a solution$/)
  const shown = new Set([shownKey('We added a new field to the ExcalidrawElement interface called isDeleted')])
  assert.equal(shownBefore('We added a new field called versionNonce to the ExcalidrawElement', shown), false)
  assert.equal(shownBefore('Your job is to optimize for those low-effort, high-impact initiatives that improve user experience', new Set([shownKey('Your job is to optimize for low-effort, high-impact initiatives that improve user experience')])), true)
})

test('should read a page’s fact box and its button as no sections, and gerunds in a row as a list', () => {
  // Gleam, "No room for error" (Apache-2.0): the case study's sidebar as a browser copies it.
  const text = `No room for error

Published 03 December, 2025

Uncover

Uncover is a solution crafted to unleash the full power of marketing data in a single easy-to-use platform.

Visit Website

Founded

2020

Using Gleam Since

April, 2024

Based in São Paulo, Brazil, Uncover was founded to revolutionise the field of marketing mix modelling for companies of every size.

Challenge

Marketing mix modelling first came to prominence in the early 1990s as a set of techniques for analysing, forecasting and optimising marketing planning.
`
  const markdown = textToMarkdown(text)
  assert.doesNotMatch(markdown, /^#+ (?:Visit Website|Founded|2020|Using Gleam Since|April, 2024)$/m)
  assert.match(markdown, /^#+ Challenge$/m)
  assert.doesNotMatch(bullet('Marketing mix modelling (MMM) first came to prominence in the early 1990s as a set of techniques for analysing, forecasting and optimising marketing planning.') ?? '', /analysing$/)
})

test('should never cut a subordinate clause before its verb, nor where a verb puts its object', () => {
  // Andrew Heiss, "Libya, obsolete paradigms, and Rip Van Winkle" (CC BY 4.0).
  assert.doesNotMatch(bullet('General social studies separated into more specialized disciplines in the early 1900s as progressive governments in the US and Europe became increasingly interested in understanding the dynamics of the social “here and now.”') ?? '', /in the US$/)
  assert.doesNotMatch(bullet('Strict disciplinary social studies of societies outside the US and Europe seem to place other countries on a linear progressive timeline.') ?? '', /place other countries$/)
  // (A participle before a noun places nothing: "…focused community input on existing…" still loses its phrase.)
  assert.match(bullet('I would then hold the hackathon after to both test the lessons and get explicit and focused community input on existing, structured (but not complete) lessons.') ?? '', /^I would then hold the hackathon/)
})

test('should show no example value big, and let "the Counter example above," name what the talk showed', () => {
  // Gabriel Augendre, "Replacing my Synology NAS…" (CC0); Preact, "Introducing Signals" (MIT): set 20's paired review.
  assert.equal(firstFigure('The fix was relatively easy: set the polling interval to a higher value like 15 seconds'), undefined)
  assert.equal(firstFigure('Cities such as Paris saw 40% growth'), '40%')
  const counter = 'In the Counter example above, the value of count is only used to display text, which really shouldn’t require re-rendering a whole component.'
  assert.equal(isVague(tagSentence(counter), counter), false)
})

test('should read Hugo shortcodes as what they make: a link’s page, a picture, a frame around its content', () => {
  // Gabriel Augendre, "Replacing my Synology NAS with a self-built server" (CC0): raw shortcodes reached the slides.
  assert.equal(
    normalizeSource('{{< note class="info" title="Old post" >}}\nText\n{{< /note >}}\nI replaced my [Synology DS216play]({{< ref "synology-nas-stream-and-backup/" >}}).\n{{< img src="26.svg" alt="TrueNAS Logo" >}}\n```\n{{< keep >}}\n```'),
    '\nText\n\nI replaced my [Synology DS216play](synology-nas-stream-and-backup/).\n![TrueNAS Logo](26.svg)\n```\n{{< keep >}}\n```'
  )
})

test('should leave a list item that is only an ellipsis in the notes', async () => {
  // Gabriel Augendre, "I Needed a Budget, With Four Rules" (CC0).
  const source = '---\ntitle: I Needed a Budget\n---\n## What YNAB can help you with\n\n- Get out of debt\n- Grow an emergency fund\n- Break the paycheck-to-paycheck cycle\n- ...\n'
  const { html } = await renderDeck(source, { path: 'budget.md', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(faces, /<li>\.\.\.<\/li>/)
  assert.match(faces, /Break the paycheck-to-paycheck cycle/)
  assert.match(html, /<li>\.\.\.<\/li>/)
})
