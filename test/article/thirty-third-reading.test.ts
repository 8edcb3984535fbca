/**
 * What the twenty-eighth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import { compressSentence } from '../../src/article/compress.js'
import { renderDeck } from '../../src/index.js'
import { facesOf } from '../helpers/deck-text.js'

const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** A deck built from `source` in article mode, and the text of its faces (notes left out). */
async function deckFaces(source: string, path = '/tmp/lectern-no-such-folder/article.md'): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path, overrides: { condense: true } })
  return { html, faces: facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')) }
}

/** The face text of the slide under the heading `heading` of a deck built from `source` in article mode. */
async function faceUnder(source: string, heading: string): Promise<string> {
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  return facesOf(new RegExp(`<section[^>]*>\\s*<h2[^>]*>${heading}</h2>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '')
}

test('no cut ends on a superlative whose "for", "of" or "to" said what it is the most of', () => {
  // Drew Tyre, "What about that 1970's ice age?" (2016, MIT): "…also lacked the most powerful tool" said nothing.
  assert.doesNotMatch(bullet('At that time climate scientists also lacked the most powerful tool for understanding the interacting effects of climate drivers: computational models of the global climate system.') ?? '', /the most powerful tool$/)
  assert.doesNotMatch(bullet('After a decade of teaching statistics to ecologists in three countries, I am convinced that writing code is the best way to learn the methods that we use every day.') ?? '', /the best way$/)
  // A superlative before a colon may end a cut (Wellcome Library, "The changing face of London", CC BY 4.0).
  assert.equal(bullet('Often the lives of London\'s women are revealed in the MOH reports in the starkest terms: maternal mortality rates, which remained stubbornly high into the 1930s, were perhaps the most visible indicator.'), 'Often the lives of London\'s women are revealed in the MOH reports in the starkest terms')
})

test('the section\'s example is never a clause that points into the clause its sentence left out', async () => {
  // Drew Tyre, "What about that 1970's ice age?" (2016, MIT): "Those emissions were dramatically increasing in the early
  // 70's" was brought in for its figure; which emissions was in the clause before its "and".
  const source = [
    '# What about that ice age?',
    '',
    '## The scare',
    '',
    'Part of the reason for the uncertainty had to do with a lack of understanding about how two distinct human drivers of climate would interact with each other. On the one hand there were the first decades of evidence that atmospheric $CO\\_2$ was increasing. On the other hand there were observations of dramatic increases in aerosol emmisions, particularly $SO\\_2$. Remember acid rain? The same chemicals responsible for acid rain also have a cooling effect on the atmosphere, and those emissions were dramatically increasing in the early 70\'s. So the scientific uncertainty reflected these competing drivers. $CO\\_2$ warms the lower atmosphere, while $SO\\_2$ cools it. The *scientific* articles predicting a new ice age were forecasting the impacts of continued increases in $SO\\_2$ ([see this scan](https://stevengoddard.files.wordpress.com/2014/02/screenhunter_127-feb-04-04-44.gif) ). Humanity acted to limit $SO\\_2$ emissions which began declining around 1980. We acted on $SO\\_2$ because some impacts were more obvious (decreasing pH in surface waters), and the economic costs smaller than reducing $CO\\_2$ emissions (although still substantial).',
    '',
    'So overall the \"ice age scare\" was a media construction at a time when political discussions were focused on $SO\\_2$ emissions. It would be interesting to see if those debates stimulated climate scientists to focus more on building long term data records, and to use those data to measure the effects of human and natural drivers on climate change. The available data in the 1970\'s were quite limited ([see figures at the top](https://stevengoddard.wordpress.com/1970s-ice-age-scare/) ). At that time climate scientists also lacked the most powerful tool for understanding the interacting effects of climate drivers: computational models of the global climate system. ',
    ''
  ].join('\n')
  const face = await faceUnder(source, 'The scare')
  assert.doesNotMatch(face, /Those emissions/i)
  assert.match(face, /The same chemicals responsible for acid rain have a cooling effect/)
})

test('a passive participle after the object goes when the claim is too long with it', () => {
  // Held-out sets of the selection labels (test/fixtures/selection/): sentences speaker-coaches picked that no cut had brought within the cap.
  // (Not ", along with improved scalability, security, and availability": a blind reader preferred the Swift post's 40%
  // claim whole, a long bullet, by a hair, and the Rust post's "…, alongside our long-running commitment to safety".)
  assert.equal(bullet("So, everyday at roughly midnight UTC, the origin server got effectively DDoS'ed from the amount of uncached traffic being sent to it."), "Everyday at roughly midnight UTC, the origin server got effectively DDoS'ed from the amount of uncached traffic")
  // Not a participle whose cut holds the contrast, nor a verb the tagger read as a noun ("…, and stops being taken in").
  assert.match(bullet('Nudging people to wear helmets and seatbelts will reduce deaths caused by accidents but not the number of accidents.') ?? '', /but not the number of accidents$/)
  assert.doesNotMatch(bullet('Carbon-14 dating: Carbon-14 is taken in by living things from the environment, and stops being taken in when they die.') ?? '', /and stops$/)
})

test('"…, but that…" after a relative clause of the head is a second relative clause, no bullet of its own', () => {
  assert.notEqual(bullet('And now we are presented with a tool that cannot handle the sophisticated thinking and problem solving required to architect libraries and implement novel algorithms, but that is useful for solving common maintenance chores.'), 'That is useful for solving common maintenance chores')
})

test('set 190: a share line with its networks is furniture; a denial of "whether" leans on the claim after it', async () => {
  // Open Web Advocacy, "Is It Worth Killing Mozilla…?" (2025, MIT).
  const { lineBoilerplate } = await import('../../src/text/boilerplate-lines.js')
  assert.equal(lineBoilerplate('Share and join the conversation: X/Twitter, Mastodon\n, LinkedIn and Bluesky.'), 'share')
  assert.equal(lineBoilerplate('Share and join the conversation with your colleagues'), undefined)
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const sentence = 'The real question for readers is not whether Mozilla is perfect.'
  assert.equal(isVague(tagSentence(sentence), sentence), true)
})

test('set 190: no cut leaves a series of predicates without its last, nor a step whose object the next one\'s pronoun takes, nor ends on "right"', () => {
  // Open Web Advocacy (MIT): "…offers limited benefit, suppresses… competition…, is substantial in scale" ran on without its "and".
  const series = bullet("No, in our opinion this deal offers very limited benefit, suppresses rather than promotes competition in the adjacent browser market, is substantial in scale, and appears poised to be highly effective in maintaining Google's dominance.") ?? ''
  assert.doesNotMatch(series, /substantial in scale$/)
  // Jeff Leek, "When it comes to science - its the economy stupid." (2016, MIT): "We take the number of research dollars".
  assert.equal(bullet('We take the number of research dollars and divide it up to give the maximum number of these grants possible.'), 'We take the number of research dollars and divide it up to give the maximum number of these grants possible')
  assert.doesNotMatch(bullet("Scientists shouldn't have to move every couple of years 2-3 times right at the beginning of their career.") ?? '', /right$/)
})

test('set 190: what the author struck out never reaches the face; the notes keep it', async () => {
  // Issa Rice, "Is effective altruism new?" (2016, CC0): "~~Give me examples … so I don't have to do the work myself.~~"
  const source = [
    '# Is effective altruism new?',
    '',
    '## Conclusion',
    '',
    '-   Claims of newness are inherently strong. Humility requires one to explain where and how one searched before concluding that something is new.',
    '-   ~~Give me examples of other systematic prioritization efforts so I don\'t',
    '    have to do the work myself.~~ Are there other instances of systematic',
    '    prioritization within philanthropic movements?',
    ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const slide = /<section[^>]*>\s*<h2[^>]*>Conclusion<\/h2>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
  assert.doesNotMatch(facesOf(slide), /Give me examples/)
  assert.match(facesOf(slide), /Are there other instances of systematic prioritization/)
  assert.match(/<aside class="notes">([\s\S]*?)<\/aside>/.exec(slide)?.[1] ?? '', /Give me examples/)
})

test('set 190: a verb after a modal and the words after a count title no page ("Ban property", "Body problems")', async () => {
  const { keyPhrases } = await import('../../src/article/key-phrases.js')
  const pages = [
    'Something that will ban property everywhere. The sabotage will ban property for good. The fuel tax rose twice.',
    'Scientists face two body problems. Many have two body problems when they move. The grants are small.'
  ]
  const titles = keyPhrases(pages, 'Are you willing to blow up the cause?')
  assert.notEqual(titles[0], 'Ban property')
  assert.notEqual(titles[1], 'Body problems')
})

test('set 190: a view the next sentence rejects ("This view is fundamentally flawed.") is no bullet', async () => {
  // Open Web Advocacy, "Is It Worth Killing Mozilla…?" (2025, MIT): "Some have argued that Mozilla's current budget could
  // serve as a baseline" read as the author's claim.
  const source = [
    "# Is It Worth Killing Mozilla?",
    "",
    "## Could Mozilla Simply Spend Less?",
    "",
    "Some have argued that Mozilla’s current budget could serve as a baseline for reasonable investment in the web platform. This view is fundamentally flawed.",
    "",
    "Firefox is a shrinking browser, struggling to maintain its market share. To thrive, not merely survive, Mozilla needs significantly more funding than it currently receives. Treating its already constrained budget as a benchmark ignores the reality that Firefox is not operating from a position of strength.",
    "",
    "Unlike smaller Chromium-based browsers that can rely heavily on Google’s ongoing investment, Mozilla must independently fund and develop both its browser and its engine, Gecko. This independence is both a strength and a burden, requiring substantial ongoing investment to keep pace with evolving web standards and competitive features.",
    "",
    "Although Mozilla has strong financial reserves today, losing even three-quarters, or worse, nine-tenths, of its current revenue would be devastating. At a minimum, it would almost certainly [cancel its Gecko port to iOS](https://www.theregister.com/2023/02/07/mozilla_google_apple_webkit/), and force mass layoffs among its browser engineering teams.",
    "",
    "While Mozilla might avoid outright bankruptcy, it would quickly fade into irrelevance. Without sufficient ongoing development, Gecko would likely follow the fate of other abandoned browser engines like Trident, EdgeHTML, and Presto.",
    "",
    ""
  ].join('\n')
  const { html, faces } = await deckFaces(source)
  assert.doesNotMatch(faces, /Some have argued/)
  assert.match(html, /Some have argued/)
})

test('set 190: "Click "Run Classifier" to see…" works a page\'s widget; "Name // Month Year" under "Credits" is a byline, no heading', async () => {
  // Dylan Baker, "Datasets Have Worldviews" (Google PAIR, 2022, Apache-2.0).
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.equal(isPointer('Click "Run Classifier" to see how your model performs.'), true)
  assert.equal(isPointer('Click farms inflate numbers to see returns.'), false)
  const { parseByline } = await import('../../src/text/byline.js')
  assert.deepEqual(parseByline('Dylan Baker // January 2022'), { byline: 'Dylan Baker', date: 'January 2022' })
  const text = [
    'Datasets Have Worldviews',
    '',
    'Suppose you have a dataset of shapes. They can either be shaded or unshaded. You built a supervised machine learning classifier that will automatically classify each shape as shaded or unshaded.',
    '',
    'Labels Tell Stories',
    '',
    'Whether we think about it or not, we’re always making choices about classification. Each way of grouping the results distributes the errors differently.',
    '',
    "If you find yourself with lots of questions, you're already off to a good start.",
    '',
    'Credits',
    '',
    'Dylan Baker // January 2022',
    '',
    'Thanks to Adam Pearce, Alex Hanna, Emily Denton and Fernanda Viégas for their help with this piece.',
    ''
  ].join('\n')
  const { html } = await renderDeck(text, { path: '/tmp/lectern-no-such-folder/datasets.txt', overrides: { condense: true } })
  assert.doesNotMatch(html, /<h2[^>]*>Dylan Baker/)
})

test('set 190: no cut leaves an analysis without what it is of; two phrases of one preposition make no clause boundary', async () => {
  // Jorge Aranda, "Are You Willing to Blow Up the Cause?" (2023, MIT): "…studies about the statistical analysis" lost
  // "on the superiority of nonviolent tactics"; "I don't know what it is about Oliveros' writing" lost its "that…".
  assert.doesNotMatch(bullet('I’ve read and been convinced by Erica Chenoweth‘s and Maria Stephan‘s studies about the statistical analysis on the superiority of nonviolent tactics.') ?? '', /statistical analysis$/)
  const { clauseSegments } = await import('../../src/article/clause-segments.js')
  const { tagSentence, tokensText } = await import('../../src/article/nlp.js')
  const segments = clauseSegments(tagSentence("I don’t know what it is about Oliveros' writing, or about his graphic style, that works so well at conveying the deadly, assured cluelessness of these fellows; their futility."))
  assert.ok(!segments.some((segment) => /writing$/.test(tokensText(segment).trim())), segments.map((segment) => tokensText(segment)).join(' | '))
})

test('set 190: a remark that names one thing besides its pronoun is never a bullet ("And it\'s possible.")', async () => {
  const source = [
    '# Are You Willing to Blow Up the Cause?',
    '',
    '## The close',
    '',
    'I just hope that, sixty years from now, people will have managed to navigate out of this crisis without falling into the same traps. And it’s possible. There it was, plain as can be.',
    ''
  ].join('\n')
  const { faces } = await deckFaces(source)
  assert.doesNotMatch(faces, /And it’s possible|plain as can be/)
})

test('set 190: a title from front matter is set as a headline, without its full stop; an abbreviation or an ellipsis keeps its dots', async () => {
  // Jeff Leek, "When it comes to science - its the economy stupid." (2016, MIT).
  const { generatedTitleHeading } = await import('../../src/markdown/title-slide.js')
  const text = (title: string): string => (generatedTitleHeading(title).children[0] as { value: string }).value
  assert.equal(text('When it comes to science - its the economy stupid.'), 'When it comes to science - its the economy stupid')
  for (const kept of ['Made in the U.S.', 'Apples, pears etc.', 'Wait...', 'Acme Inc.']) assert.equal(text(kept), kept)
})

test('set 190: a <div> that wraps one paragraph of prose is a paragraph; inline tags title no page; a counted phrase titles none', async () => {
  // Jeff Leek, "When it comes to science - its the economy stupid." (2016, MIT): the post's proposal, in a <div> as its
  // blog exported it, had been in the notes only; "<span class="lG">" had titled a slide "Span class".
  const source = [
    '---',
    'title: When it comes to science - its the economy stupid.',
    '---',
    '',
    '## The fix',
    '',
    '<div>',
    '  If we really want to have any measurable impact on science we need to solve the funding model. The solution is actually pretty simple. We need to give out 20+ year grants to people who meet minimum qualifications.',
    '</div>',
    '',
    '  * An incentive to publish only positive results so your <span class="lG">ideas</span> look good',
    '  * An incentive to be closed so people don\'t discover flaws in your <span class="lG">analysis</span>',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source)
  assert.match(faces, /20\+ year grants to people who meet minimum qualifications/)
  assert.doesNotMatch(html, /<h2[^>]*>Span class/)
  const { keyPhrases } = await import('../../src/article/key-phrases.js')
  const titles = keyPhrases(['We need 20+ year grants. The 20+ year grants pay salaries. Labs shrink.', 'The lottery picks the winners. Labs grow.'], 'Science funding')
  assert.notEqual(titles[0], 'Year grants')
})

test('set 190: the slide before the closing line does not end on that line cut short', async () => {
  // Jeff Leek (2016, MIT): "Regardless of whether you like my proposal or not, I hope that people will start focusing on
  // how to change the incentives" ended the last slide, and "In closing" said it again whole.
  const source = [
    "# When it comes to science",
    "",
    "## The proposal",
    "",
    "More importantly these grants should be given out for a very long term (20+ years) and not be tied to a specific institution. This would allow people to have flexible careers and to target bigger picture problems. We saw the benefits of people working on problems they weren't originally funded to work on with [research on the Zika virus.](http://www.wired.com/2016/02/zika-research-utmb/)",
    "",
    "These grants need to be awarded using a rigorous peer review system just like the NIH, HHMI, and other organizations use to ensure we are identifying scientists with potential early in their careers and letting them flourish. But they'd be given out in a different matter. I'm very confident in a peer review to detect the difference between psuedo-science and real science, or complete hype and realistic improvement. But I'm much less confident in the ability of peer review to accurately distinguish \"important\" from \"not important\" research. So I think we should [consider seriously the lottery](http://www.wsj.com/articles/SB10001424052702303532704579477530153771424) for these grants.",
    "",
    "Each year all eligible scientists who meet some minimum entry requirements submit proposals for what they'd like to do scientifically. Each year those proposals are reviewed to make sure they meet the very minimum bar (are they scientific? do they have relevant training at all?). Among all the (very large) class of people who pass that bar we hold a lottery. We take the number of research dollars and divide it up to give the maximum number of these grants possible.  These grants might be pretty small - just enough to fund the person's salary and maybe one or two students/postdocs. To make this works for labs that required equipment there would have to be cooperative arrangements between multiple independent indviduals to fund/sustain equipment they needed. Renewal of these grants would happen as long as you were posting your code/data online, you were meeting peer review requirements, and responding to inquires about your work.",
    "",
    "One thing we'd do to fund this model is eliminate/reduce large-scale projects and super well funded labs. Instead of having 30 postdocs in a well funded lab, you'd have some fraction of those people funded as independent investigators right from the get-go. If we wanted to run a massive large scale program that would be out of a very specific pot of money that would have to be saved up and spent, completely outside of the pot of money for investigator-initiated grants. That would reduce the hierarchy in the system, reduce pressure that leads to bad incentive, and give us the best chance to fund creative, long term thinking science.",
    "",
    "Regardless of whether you like my proposal or not, I hope that people will start focusing on how to change the incentives, even when that means doing something big or potentially costly.",
    "",
    "&nbsp;",
    "",
    "&nbsp;",
    ""
  ].join('\n')
  const { faces } = await deckFaces(source)
  assert.equal(faces.match(/Regardless of whether you like my proposal/g)?.length, 1, faces)
})

test('set 190: a paragraph of "&nbsp;" takes no column of a slide, and an item opening on a non-breaking space is shown without it', async () => {
  // Jeff Leek (2016, MIT): "&nbsp;" lines had made a picture layout with its left half empty; "*  An incentive…" (U+00A0)
  // stood a space in from the bullets above it.
  const source = [
    '# When it comes to science',
    '',
    '## The lottery',
    '',
    'Each year all eligible scientists who meet some minimum entry requirements submit proposals for what they would like to do scientifically. These grants might be pretty small.',
    '',
    '&nbsp;',
    '',
    '## The problems',
    '',
    'This is the source of the following problems:',
    '',
    '  * An incentive to publish only positive results so your ideas look good',
    '  * \u00a0An incentive to publish in specific big name journals that skews the results',
    '  * \u00a0Pressure to publish quickly which leads to cutting corners',
    ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(face, /layout-image/)
  assert.doesNotMatch(face, /<li>\s*\u00a0/)
  assert.match(face, /<li>An incentive to publish in specific/)
})

test('set 190: a quotation\'s source in <cite> is its attribution, not words run on after its last', async () => {
  // Open Web Advocacy (2025, MIT): "…flows through Apple devices Memorandum Opinion - United States of America vs Google LLC".
  const source = [
    '# Is It Worth Killing Mozilla?',
    '',
    '## Scale',
    '',
    'It is important to understand the scale at play: over half of all U.S. search queries pass through Apple devices, with roughly 67% of those influenced by the default.',
    '',
    '> over half of all search volume in the United States flows through Apple devices  ',
    '> <cite>[Memorandum Opinion \\-  United States of America vs Google LLC](https://example.org/opinion.pdf)',
    '</cite>',
    ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const quote = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''))?.[1] ?? ''
  assert.match(quote, /<p>over half of all search volume in the United States flows through Apple devices<\/p>\s*<p>— <a [^>]*>Memorandum Opinion/)
})

test('set 190: a sentence ending on "them" with no plural before it leans on the one that named them', async () => {
  // Jorge Aranda (2023, MIT): "I have the sense that he's too drunk with retributive power to see them" (the replies).
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const leaning = 'I have the sense that he’s too drunk with retributive power to see them.'
  assert.equal(isVague(tagSentence(leaning), leaning), true)
  const own = 'The organisers printed the leaflets and handed them to commuters who asked about them.'
  assert.equal(isVague(tagSentence(own), own), false)
})

test('set 195: an editor\'s outro is no bullet and no close ("Thank you Dwight for…", "This blog has been a first for us…", "…our reading list here")', async () => {
  // Data Ethics Club, "Data Ethics Checklist - Author's Response" (2024, CC BY 4.0).
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.equal(isSignpost('Thank you Dwight for this really insightful look behind the curtain of this paper!'), true)
  assert.equal(isSignpost('This blog has been a first for us in getting to hear an author’s response, and we’d love to continue this in the future!'), true)
  assert.equal(isSignpost('You can also put forward material to be considered for our reading list here.'), true)
  assert.equal(isSignpost('Thank you notes for teachers are a tradition.'), false)
  assert.equal(isSignpost('You can use the checklist here and there.'), false)
})

test('set 195 (after it was read): no cut leaves a relative clause at its gerund subject, drops "in terms of…", or takes a supposition\'s second clause alone', () => {
  // Kate Drax for ReproducibiliTea (2020, CC BY 4.0): "…focusing on the roles that sharing research" stopped mid-clause.
  assert.doesNotMatch(bullet('Overall we had a lively, relaxed discussion focusing on the roles that sharing research, Registered Reports, student projects and preregistration can play in COVID-19 research.') ?? '', /that sharing research$/)
  // Tim Davies for Connected by Data (2022, CC BY 4.0): "…it doesn't make sense to talk about cases" said the opposite;
  // "Wider systemic issues would go undetected" left out the appeals whose supposition it finished.
  assert.doesNotMatch(bullet('I’ve quickly found that it doesn’t make sense to talk about cases in terms of a single participatory method or approach.') ?? '', /talk about cases$/)
  assert.notEqual(bullet('Individuals making private appeals against underpayment would be far less likely to overcome the power-imbalances that work against them, and wider systemic issues would go undetected.'), 'Wider systemic issues would go undetected')
  // (Not a report's "would", then a claim of its own: "…each tide would sweep the sand back again and the task could never be completed".)
})

test('set 195 (after it was read): a long quotation shows the words its writer set in bold, elided, not the disclaimer beside them', async () => {
  // Peter Desmet, "Showing you this map of aggregated bullfrog occurrences would be illegal" (2013, CC BY 4.0), "(emphasis mine)".
  const { condenseQuote } = await import('../../src/article/condense-items.js')
  const { fromMarkdown } = await import('mdast-util-from-markdown')
  const quote = fromMarkdown('> [Institution A] data records may be used by individual researchers or research groups, but **they may not be repackaged, resold, or redistributed in any form without the express written consent** of a curatorial staff member of [Institution A]. If any of these records are used in an analysis or report, the provenance of the original data must be acknowledged and [Institution A] notified. [Institution A] and its staff are not responsible for damages, injury or loss due to the use of these data.').children[0] as import('mdast').Blockquote
  const { toString } = await import('mdast-util-to-string')
  assert.equal(toString(condenseQuote(quote, 14)), '…they may not be repackaged, resold, or redistributed in any form without the express written consent…')
  // (A name set in bold is no point: the key sentence is chosen as before.)
  const named = fromMarkdown('> Instances of abusive, harassing, or otherwise unacceptable behavior may be reported by emailing **khmer-project@idyll.org** which only goes to the maintainers. To report an issue involving either of them please email **Judi Brown Clarke, Ph.D.** the Diversity Director.').children[0] as import('mdast').Blockquote
  assert.doesNotMatch(toString(condenseQuote(named, 14)), /^…/)
})

test('held-out fixtures of the session: no face shows a struck-out line, nor a supposition\'s second clause alone', async () => {
  const { readFileSync } = await import('node:fs')
  const build = async (name: string): Promise<string> => {
    const source = readFileSync(new URL(`../../../test/fixtures/heldout/${name}`, import.meta.url), 'utf8')
    return (await deckFaces(source, `/tmp/lectern-no-such-folder/${name}`)).faces
  }
  // Issa Rice (2016, CC0): "~~Give me examples of other systematic prioritization efforts…~~".
  const altruism = await build('is-effective-altruism-new.md')
  assert.doesNotMatch(altruism, /Give me examples/)
  assert.match(altruism, /Are there other instances of systematic prioritization/)
  // Tim Davies (2022, CC BY 4.0): the close is the post's own, not "Wider systemic issues would go undetected".
  const patching = await build('patching-data-governance.md')
  assert.doesNotMatch(patching, /Wider systemic issues would go undetected/)
  assert.match(patching, /how the pieces fit together/)
})

test('set 195 (after it was read): a long front-matter title is parted at its colon into the title and its subtitle', async () => {
  // Tim Davies (2022, CC BY 4.0): the 20-word title had filled six lines of the title slide.
  const { headlineParts } = await import('../../src/markdown/title-slide.js')
  assert.deepEqual(headlineParts('Patching data governance: what can India’s rural employment guarantee scheme teach us about designing participatory data governance?'), ['Patching data governance', 'What can India’s rural employment guarantee scheme teach us about designing participatory data governance?'])
  assert.equal(headlineParts('Python 3.13: what is new'), undefined)
  const source = readFileSync(new URL('../../../test/fixtures/heldout/patching-data-governance.md', import.meta.url), 'utf8')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/patching.md', overrides: { condense: true } })
  assert.match(html, /<h1[^>]*>Patching data governance<\/h1>/)
  assert.match(html, /What can India’s rural employment guarantee scheme teach us/)
})

test('a section\'s later page that opens on "Tyler Cowen writes:" over a quotation is titled by who it quotes, not "(cont.)"', async () => {
  // Issa Rice, "Is effective altruism new?" (2016, CC0): eleven pages of "Claims that effective altruism is new (cont.)".
  const source = readFileSync(new URL('../../../test/fixtures/heldout/is-effective-altruism-new.md', import.meta.url), 'utf8')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/altruism.md', overrides: { condense: true } })
  assert.match(html, /<h[12][^>]*>Claims that effective altruism is new: Tyler Cowen<\/h[12]>/)
  assert.match(html, /<h[12][^>]*>Claims that effective altruism is new: Lisa Herzog<\/h[12]>/)
})
