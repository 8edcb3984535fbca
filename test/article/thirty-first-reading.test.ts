/**
 * What the twenty-sixth session (5–6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import type { BlockContent, List } from 'mdast'
import { toString as mdastText } from 'mdast-util-to-string'
import { renderDeck } from '../../src/index.js'
import { joinInterruptedLists } from '../../src/article/interrupted-lists.js'
import { isSetAside } from '../../src/article/set-aside.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'
import { normalizeSource } from '../../src/read/normalize-source.js'
import { compressSentence } from '../../src/article/compress.js'
import { clauseSegments } from '../../src/article/clause-segments.js'
import { tagSentence, tokensText } from '../../src/article/nlp.js'
import { firstFigure } from '../../src/article/key-figures.js'
import { recogniseText } from '../../src/text/index.js'
import { parseByline } from '../../src/text/byline.js'

/** The slides of a built deck as text, one entry a slide, notes left out. */
function slideTexts(html: string): string[] {
  return [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => facesOf(match[1]!).trim())
}

/** A held-out article of `test/fixtures/heldout/` built as a condensed deck (its folder one with no pictures). */
async function heldOutDeck(name: string): Promise<string> {
  const source = readFileSync(new URL(`../../../test/fixtures/heldout/${name}`, import.meta.url), 'utf8')
  return (await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })).html
}

/** The text of a deck's "In closing" slide, or '' when it has none. */
function closingText(html: string): string {
  return facesOf(/<section[^>]*class="[^"]*closing-line[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '')
}

const item = (label: string, text: string): List['children'][number] => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${label}:` }] }, { type: 'text', value: ` ${text}` }] }]
})
const list = (...items: List['children']): List => ({ type: 'list', ordered: false, spread: false, children: items })
const quote = (text: string): BlockContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })

test('a labelled list that pull quotes interrupt is one list, its quotes after it, the two shortest on the face', () => {
  const nodes: BlockContent[] = [
    { type: 'paragraph', children: [{ type: 'text', value: 'Here are a few themes:' }] },
    list(item('Working alone', 'Being a maintainer can be lonely.')),
    quote('A long quotation that a maintainer gave in a workshop about how lonely the work had become for them.'),
    list(item('Not enough time', 'Volunteers sacrifice their free time.')),
    quote('Short one.'),
    quote('Another short one here.'),
    list(item('Conflicting demands', 'Groups have different motivations.')),
    { type: 'paragraph', children: [{ type: 'text', value: 'After the list.' }] }
  ]
  const joined = joinInterruptedLists(nodes)
  assert.deepEqual(joined.map((node) => node.type), ['paragraph', 'list', 'blockquote', 'blockquote', 'blockquote', 'paragraph'])
  assert.equal((joined[1] as List).children.length, 3)
  // The longest of the three quotations goes to the notes; order stays as written.
  assert.deepEqual(joined.slice(2, 5).map(isSetAside), [true, false, false])
})

test('lists that do not continue each other stay apart: unlabelled items, or numbers that start again', () => {
  const plain = (text: string): List['children'][number] => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  const unlabelled: BlockContent[] = [list(plain('One thing.')), quote('A quotation.'), list(plain('Another thing.'))]
  assert.equal(joinInterruptedLists(unlabelled).length, 3)
  const numbered = (start: number, ...texts: string[]): List => ({ type: 'list', ordered: true, start, spread: false, children: texts.map(plain) })
  assert.equal(joinInterruptedLists([numbered(1, 'a', 'b'), quote('Q.'), numbered(1, 'c')]).length, 3)
  const on = joinInterruptedLists([numbered(1, 'a', 'b'), quote('Q.'), numbered(3, 'c')])
  assert.deepEqual(on.map((node) => node.type), ['list', 'blockquote'])
  // (Nor groups of two, each beside its quotation: a legal guide's read better as written.)
  assert.equal(joinInterruptedLists([list(item('A', 'a.'), item('B', 'b.')), quote('Q.'), list(item('C', 'c.'), item('D', 'd.'))]).length, 3)
  // Nothing between two lists is no interruption: Markdown itself keeps such lists apart.
  assert.equal(joinInterruptedLists([list(item('A', 'a.')), list(item('B', 'b.'))]).length, 2)
})

// Abby Cabunoc Mayes, "Maintaining Balance for Open Source Maintainers" (Open Source Guides, github/opensource.guide,
// CC BY 4.0): five themes, each a list item, with maintainers' quotations in boxes between them.
test('a guide’s themes between pull quotes show on one slide, not a slide each beside a quotation', async () => {
  const source = readFileSync(new URL('../../../test/fixtures/real/osg-maintaining-balance/article.md', import.meta.url), 'utf8')
  const { html } = await renderDeck(source, { path: 'article.md', overrides: { condense: true } })
  const slides = slideTexts(html)
  const reflect = slides.filter((text) => text.startsWith('Reflect on what causes you to get out of balance'))
  const themes = ['Lack of positive feedback', 'Not saying ‘no’', 'Working alone', 'Not enough time or resources', 'Conflicting demands']
  const withThemes = reflect.filter((text) => themes.some((theme) => text.includes(theme.replace('‘no’', ''))))
  assert.equal(withThemes.length, 1, withThemes.join('\n'))
  // Its slides: the themes, then at most the quotations of the section, fewer than the ten slides it had.
  assert.ok(reflect.length <= 5, `${reflect.length} slides`)
  // Every quotation is still said: those off the face are in the notes.
  const notes = notesOf(html)
  for (const said of ['I found I was taking on more than one should', 'Especially since COVID and working from home']) assert.ok(notes.includes(said), said)
})

// Artem Sidorenko, "FrOSCon 2015 impressions" (sidorenko.io, artem-sidorenko/www.sidorenko.io, CC BY 4.0): each talk's
// photos as `<a href="…"><img src="shell1.jpg"></a>` beside the post, whose files a copy of the Markdown leaves behind.
test('a talk’s photos in raw HTML that the build cannot find go to the notes: no blank slide', async () => {
  const source = [
    '---', 'title: FrOSCon 2015 impressions', '---', '',
    '## Go Away Or I Will Replace You With A Very Little Shell Script', '',
    '<a href="https://twitter.com/nerdbabe/status/635088127569358849"><img style="float: right; margin-left: 1.5em;" src="shell2.jpg" width="150" title="so why is computer science so damn hard?" ></a>',
    '<a href="https://twitter.com/nerdbabe/status/635088127569358849"><img style="float: right; margin-left: 1.5em;" src="shell1.jpg" width="150" title="so why is computer science so damn hard?" ></a>', '',
    'Kristian Köhntopp gives some of his views on DevOps, culture, development of culture and on the structure of IT companies. There were interesting examples from his professional experience.', '',
    '## Der Linux Netzwerk Stack', '',
    'Florian Westphal explained the architecture of network stack inside of Linux kernel and gave a good overview over the flow of bits and bytes there.', ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/froscon.md', overrides: { condense: true } })
  const slides = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => match[1]!.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''))
  for (const slide of slides) assert.doesNotMatch(slide, /<img\b/, slide)
  assert.ok(slides.some((slide) => slide.includes('Kristian Köhntopp')))
  // The pictures are kept in the notes, as written but for the mark.
  const notes = [...html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((match) => match[1]).join('\n')
  assert.match(notes, /src="shell2\.jpg"/)
})

// Jake Jarvis, "Why This Millennial Is With Hillary Clinton Now — and Why We All Need To Be In November" (jarv.is,
// jakejarvis/jarv.is-hugo, CC BY 4.0): Hugo's picture shortcode around its caption.
test('a Hugo picture shortcode around its caption is a picture with that caption, no shortcode on a slide', async () => {
  const line = '{{< image src="images/24707394571_0818d4ab83_o-1-copy.jpg" >}}[Hillary for New Hampshire](https://medium.com/@HillaryForNH) Winter Fellows with [Hillary Clinton](https://medium.com/@HillaryClinton) in Derry, NH ([February 3, 2016](https://www.flickr.com/photos/hillaryclinton/24707394571/)){{< /image >}}'
  assert.equal(normalizeSource(`${line}\n`).trim(), '![Hillary for New Hampshire Winter Fellows with Hillary Clinton in Derry, NH (February 3, 2016)](images/24707394571_0818d4ab83_o-1-copy.jpg)')
  const source = ['---', 'title: Why This Millennial Is With Hillary Clinton Now', '---', '', line, '', 'I am a 24-year-old "millennial" and I passionately support Hillary Clinton for the 45th President of the United States. Yes, we exist.', '', '## Keeping in mind the big picture', '', 'We aren\'t in the general election right now. Not even close. We\'re in the middle of our own party\'s primary.', ''].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/millennial.md', overrides: { condense: true } })
  assert.doesNotMatch(facesOf(html), /\{\{|image src/)
})

// Ming Di Leom, "Gunma and Nagano Travel (Part 1)" (mdleom.com, curbengh/curbengh.github.io, CC BY-SA 4.0): Hexo's
// link to the next part, in the list of the series' parts under "This is a series of blog posts…:".
test('a Hexo link to another post is its title; a series’ list of parts goes to the notes', async () => {
  assert.equal(normalizeSource("2. {% post_link japan-travel-2025-p2 'Day 1: Takasaki, Maebashi' %}\n").trim(), '2. Day 1: Takasaki, Maebashi')
  const source = ['---', 'title: Gunma and Nagano Travel (Part 1)', '---', '', 'This is a series of blog posts chronicling my Gunma and Nagano travel in 2025:', '', '1. Day 1: Haneda Airport, Ueno', "2. {% post_link japan-travel-2025-p2 'Day 1: Takasaki, Maebashi' %}", '3. Day 2: Mount Akagi, Mount Haruna', '',
    'After a visit to Aomori prefecture back in 2023 which I enjoyed thoroughly, I decided to visit Japan again this year. This time I visited Gunma and Nagano prefectures. According to the official Japan Tourism Statistics, Gunma and Nagano had international tourist visit rate of 0.5% and 3.0% in 2024, while Aomori was 1% in 2023.', '',
    '## Arriving at Tokyo Haneda Airport', '', 'My ANA flight to Tokyo arrived at the Haneda Airport Terminal 2. Terminal 2 is exclusive to ANA international and also domestic flights.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'gunma.md', overrides: { condense: true } })
  const faces = facesOf(html)
  assert.doesNotMatch(faces, /post_link|series of blog posts|Mount Akagi/)
  assert.match(faces, /This time I visited Gunma and Nagano prefectures/)
  assert.match(notesOf(html), /This is a series of blog posts[\s\S]*Mount Akagi/)
  // Two shares of two places are no one big number.
  assert.doesNotMatch(html, /class="[^"]*key-figure[^"]*"[^>]*>\s*0\.5%/)
})

test('big numbers: a share paired with another is none alone; money in yen shows its currency; no figure a "don’t" denies', async () => {
  const { keyFigure } = await import('../../src/article/key-figures.js')
  const item = (text: string): List['children'][number] => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  assert.equal(keyFigure(item('Gunma and Nagano had international tourist visit rate of 0.5% and 3.0% in 2024')), undefined)
  assert.equal(firstFigure('At 7-Eleven, I withdrew 100,000 yen and was charged 220 yen fee for my Visa card'), '100,000 yen')
  assert.equal(firstFigure('I don’t unconditionally defend every single chapter in her public record over the past 30 years'), undefined)
  assert.equal(firstFigure('The project ran for 30 years before it closed'), '30 years')
  // (A wait told in passing is no finding; a time compared or measured is.)
  assert.equal(keyFigure(item('It took about 15 mins to get in, so I missed the start of the first talk')), undefined)
  assert.equal(keyFigure(item('We cut the build from 40 to 12 minutes')), '12 minutes')
})

// Alfred North Whitehead, "An Introduction to Mathematics" (1911, chapter I, public domain, Project Gutenberg via
// GITenberg/An-Introduction-to-Mathematics_41568); Jake Jarvis (as above); "Lyonesse", "The Tasks of Tregeagle", Legend
// Land vol. 1 (Great Western Railway, 1922, public domain, GITenberg/Legend-Land-Vol.-1Railway._20170).
test('no cut says the opposite: a "not … but" keeps its "but", a condition stays, a measure keeps what it measures', () => {
  const clauses = (sentence: string): string[] => clauseSegments(tagSentence(sentence)).map((clause) => tokensText(clause))
  assert.ok(!clauses('The object of the following Chapters is not to teach mathematics, but to enable students from the very beginning of their course to know what the science is about, and why it is necessarily the foundation of exact thought.').includes('The object of the following Chapters is not to teach mathematics'))
  assert.ok(!clauses('We shall fail to appreciate the rhythm of Milton, or the passion of Shelley, so long as we find it necessary to spell the words and are not quite certain of the forms of the individual letters.').includes('We shall fail to appreciate the rhythm of Milton'))
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.doesNotMatch(bullet('And whether it gets accomplished by a President Clinton or a President Sanders, I am 100% on board either way.') ?? '', /100%$/)
  assert.doesNotMatch(bullet('The laws satisfied by the course of events in the world must be described, if possible, in a neutral universal fashion, the same for blind men as for deaf men.') ?? '', /if possible$/)
  assert.doesNotMatch(bullet('There is not one world of sight and another of hearing, but one world in which we both exist.') ?? '', /but one world$/)
  assert.doesNotMatch(bullet('All allusion in what follows to detailed deductions in any part of the science will be inserted merely for the purpose of example, and care will be taken to make the general argument comprehensible.') ?? '', /merely$/)
  // A "For" that gives a reason opens no bullet; "For years…" is a phrase and stays.
  assert.equal(bullet('For Tregeagle is a Cornish "Wandering Jew"; his spirit can never rest.'), 'Tregeagle is a Cornish "Wandering Jew"; his spirit can never rest')
  assert.match(bullet('For years Tregeagle laboured at this, but the pool was never emptied.') ?? '', /^For years/)
})

// G. K. Chesterton, "A Piece of Chalk", Tremendous Trifles (1909); the Hon. Victoria Grosvenor, "The Amateur Church
// Organist", The Girl's Own Paper (1886) — both public domain, Project Gutenberg via GITenberg — as copied from a page.
test('the work a piece was published in, under its byline, is the subtitle, not a heading over every slide', () => {
  const chalk = recogniseText('A Piece of Chalk\nby G. K. Chesterton\nFrom Tremendous Trifles (1909)\n\nI remember one splendid morning, all blue and silver, in the summer holidays when I reluctantly tore myself away from the task of doing nothing in particular.\n\nI then tried to explain the rather delicate logical shade, that I not only liked brown paper, but liked the quality of brownness in paper.\n')
  assert.equal(chalk.outline.subtitle, 'From Tremendous Trifles (1909)')
  assert.deepEqual(chalk.outline.headings, [])
  const organist = recogniseText("The Amateur Church Organist\nBy the Hon. Victoria Grosvenor\nThe Girl's Own Paper, Vol. VIII, No. 353, October 2, 1886\n\nWe believe that young people generally have a desire to be useful. Sometimes not an actually formulated desire, but a vague intention.\n\nThe intending organ-player must ascertain that he or she has a gift for music.\n")
  assert.equal(organist.outline.byline, 'Hon. Victoria Grosvenor')
  assert.equal(organist.outline.subtitle, "The Girl's Own Paper, Vol. VIII, No. 353, October 2, 1886")
  assert.equal(parseByline('By the end of this section, you will know'), undefined)
})

// The Hon. Victoria Grosvenor (as above); Artem Sidorenko (as above).
test('no cut leaves a verb without its object past an aside; a noun phrase after "After" opens no subordinate clause', () => {
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.doesNotMatch(bullet('Let none take this noble work in hand without a desire to give, in its degree, the best work that can be given in absolute self-renunciation, humility, and reverence.') ?? '', /to give$/)
  assert.equal(bullet('After some further tries they implemented a regular "Open Friday" with the Open Space format.'), 'After some further tries they implemented a regular "Open Friday" with the Open Space format')
  assert.equal(tagSentence('After some further tries they implemented it.').find((token) => token.lower === 'tries')?.pos, 'NOUN')
  // (A clause after "after" still needs its comma and main clause.)
  assert.equal(bullet('After the storm passed'), undefined)
})

// Jake Jarvis (as above, whole, `test/fixtures/heldout/`): the post's "Update:" after its last paragraph.
test('a postscript ("Update: …") never closes a talk, nor shows a shortcode', async () => {
  const html = await heldOutDeck('millennial-with-hillary-clinton.md')
  assert.doesNotMatch(closingText(html), /campaign has included/)
  assert.doesNotMatch(facesOf(html), /\{\{/)
})

// "Lyonesse" and the Hon. Victoria Grosvenor (as above); Whitehead (as above).
test('no bullet of a participle after "being"; an inverted "Then will come…" keeps its "Then"; "We now proceed…" is a signpost', async () => {
  const { isSignpost } = await import('../../src/article/signposts.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.notEqual(bullet('Now Tregeagle being brought from the grave, despite the honesty of his mission, placed himself once more in danger of the demons.'), 'Now Tregeagle being brought from the grave, despite the honesty of his mission')
  assert.match(bullet('Then will come the careful practice of pedals, which are at first so absolutely bewildering that amateurs are filled with despair.') ?? '', /^Then will come/)
  assert.ok(isSignpost('We now proceed with advice to one possessed of some knowledge of organ-playing and some acquaintance with its technical capabilities.'))
  assert.ok(isSignpost('Now let us think of the sort of laws which we want in order completely to realize this scientific ideal.'))
  assert.ok(!isSignpost('We moved to Berlin in 2019 and opened the shop a year later.'))
})

// G. K. Chesterton, "A Piece of Chalk" (as above, whole, `test/fixtures/heldout/`).
test('a short last sentence that says the title closes the talk, found over the whole last section', async () => {
  const html = await heldOutDeck('a-piece-of-chalk.txt')
  assert.match(closingText(html), /It is a piece of chalk/)
  // Its subtitle is the work it was published in, and no slide is titled with it.
  assert.equal((html.match(/From Tremendous Trifles \(1909\)/g) ?? []).length, 1)
})

test('a later page of a long section whose heading trails off is titled by its own phrase', async () => {
  const { continuation } = await import('../../src/article/topic-titles.js')
  const heading = { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: 'Keeping in mind the big picture...' }] }
  const page = [{ node: { type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'Primary voters choose the nominee' }] }] }, notes: [] }]
  assert.equal(mdastText(continuation(heading, page, 'primary voters', 4)), 'Primary voters')
  assert.equal(mdastText(continuation(heading, page, 'primary voters', 2)), 'Keeping in mind the big picture... (cont.)')
})

// "Lyonesse", "The Tasks of Tregeagle" (as above, whole, `test/fixtures/heldout/`): a legend without headings, told in
// nine bullets on two slides.
test('an essay without headings told in six bullets or more closes with questions, whatever its slide count', async () => {
  const html = await heldOutDeck('the-tasks-of-tregeagle.txt')
  assert.match(html, /class="closing layout-closing/)
  assert.ok((html.match(/<li\b/g) ?? []).length >= 6)
})

// Artem Sidorenko, "FrOSCon 2015 impressions" (as above).
test('"Here I want to give my impressions…" is a signpost; "btw," goes as "by the way," does', async () => {
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost('Here I want to give my impressions from the visit this year.'))
  assert.ok(!isSignpost('I want to give every child in the district a book of their own.'))
  assert.equal(compressSentence('btw, it was the 10th FrOSCon this year.', { maxWords: 14 })?.text, 'It was the 10th FrOSCon this year')
})

// Christopher Whitaker, "Digital Services in the Trenches" (Defense Digital Service, deptofdefense/dds.mil, a US federal
// work in the public domain): a summary in front matter that the post opens with, and the author signing at its end.
test('a front-matter summary the article opens with is no subtitle; an author who signs at the end is the speaker', async () => {
  const source = ['---', 'title: "Digital Services in the Trenches   "', 'date: 2021-02-04T15:45:46.296Z',
    'summary: It’s important to remember that the government is more than its elected', '  officials. Thousands of civil servants across the country work at all levels', '  of government, contributing time and talents to serve the public.', '---',
    'It’s important to remember that the government is more than its elected officials. Thousands of civil servants across the country work at all levels of government, contributing time and talents to serve the public.', '',
    'I first got involved in the field of civic technology after working as a front line worker at a field office at the Illinois Department of Employment Security during the Great Recession of 2008. The software I was using was from 1975.', '',
    'Just to be clear, we don’t hire just coders. Our team is diverse with a variety of skill sets. On the technical end, we have designers, product managers, bureaucracy hackers, and data scientists.', '', '', '',
    '**\\-- Christopher Whitaker, DDS Digital Service Expert**', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'dds.md', overrides: { condense: true } })
  const title = /<section[^>]*class="[^"]*title-slide[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
  assert.doesNotMatch(title, /class="subtitle"/)
  assert.match(facesOf(title), /Christopher Whitaker, DDS Digital Service Expert/)
})

// Navendu Pottekkat, "AI Traffic Cameras Were Always a Bad Idea" (navendu.me, pottekkat/personal-website, MIT): its
// disclaimer in a quote, then questions each answered in a paragraph of a word or two.
test('a question answered in a word or two is one bullet; a disclaimer is no pull quote', async () => {
  const source = ['---', 'title: AI Traffic Cameras Were Always a Bad Idea', '---', '',
    '> **Disclaimer**: I am still learning about public policy and base this blog post on my current understanding of the topic. I will continue improving this post as I learn more. Any feedback and corrections are welcome.', '',
    'Will we have safer roads in Kerala with the new AI traffic cameras?', '', 'Maybe.', '',
    'But is this the best way to allocate resources to ensure safer roads?', '', 'Not really.', '',
    'Keeping the controversies aside, in this article, I will explain why this is the case and how this entire scenario is a textbook example of shortsighted policymaking.', '',
    '## Is Kerala Ready?', '', 'Is Kerala ready to be implementing AI traffic cameras?', '', 'No.', '',
    'As I pointed out in the above sections, Kerala\'s problems are bad drivers and worse roads. Wider, high-quality, pedestrian-friendly roads with better safety measures are much more needed than the publicity points you get from using the "AI" buzzword.', '',
    '## Kerala\'s Roads', '', 'A massive 24.2% of households in Kerala own a car compared to 7.5% nationally. The state has 3,31,904 kilometers of road, or 5.6% of India\'s total.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'ai-traffic-cameras.md', overrides: { condense: true } })
  const faces = facesOf(html)
  assert.match(faces, /Will we have safer roads in Kerala with the new AI traffic cameras\? Maybe/)
  assert.match(faces, /Is this the best way to allocate resources to ensure safer roads\? Not really/)
  assert.match(faces, /Is Kerala ready to be implementing AI traffic cameras\? No/)
  assert.doesNotMatch(faces, /feedback and corrections/)
  assert.doesNotMatch(html, /<h2>(?:But )?[Ii]s this the best way/)
})

// Palak Mathur, "First Day in USA" (systemhalted.in, systemhalted/systemhalted.github.io, MIT), as copied from the page.
test('the categories a copied post is filed under, under its byline, are furniture, no heading', () => {
  const { outline } = recogniseText('First Day in USA\nby Palak Mathur · 15 Feb 2013\nInsane Thoughts · Travelogue\n\nLeaving India was not easy. If there would have been no one, probably it would have been but with Shalank being there, it was not.\n\nWe left India on 14th night. It was my first international flight.\n')
  assert.deepEqual(outline.headings, [])
  assert.ok(outline.dropped.some((line) => line.text === 'Insane Thoughts · Travelogue'))
})

// Reece Martin, "Why Parking is bad" (reecemartin.ca, reecemartin/reecemartin.ca, MIT); Jess Sullivan, "Boutique
// everything" (jesssullivan.github.io, zlib): a post's housekeeping and its sign-off are no bullets.
test('a post’s housekeeping and an "I hope you enjoyed…" are signposts', async () => {
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost('This post was meant to go up yesterday but frustratingly I accidentally deleted the file.'))
  assert.ok(isSignpost('I hope you enjoyed this unusual post!'))
  assert.ok(isSignpost('Some images from the original WordPress post are no longer available.'))
  assert.ok(!isSignpost('We hope the new parking rules will free up space downtown.'))
})

// Navendu Pottekkat (as above): the fleet's three kinds of camera, the last with the "and" of a sentence.
test('a list’s last item drops the "and" that joined it in a sentence', async () => {
  const { withoutLeadingAnd } = await import('../../src/article/item-endings.js')
  const items = ['675 AI traffic violation cameras', '25 AI parking violation cameras', 'and 18 AI red-light violation cameras'].map((text) => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] }] }))
  assert.equal(mdastText(withoutLeadingAnd(items).at(-1)!), '18 AI red-light violation cameras')
  // (Not when every item is joined so, nor a list of one.)
  assert.equal(mdastText(withoutLeadingAnd(items.slice(2)).at(-1)!), 'and 18 AI red-light violation cameras')
})

// Zachary Flower, "What Our Children Deserve" (flower.codes, zachflower/flower.codes, WTFPL).
test('no cut makes a call a fact, loses who does it, or keeps a joke on the wrong item; "I don’t have any answers here" is a signpost', async () => {
  const { isSignpost } = await import('../../src/article/signposts.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.match(bullet('We must change our relationships with the land and turn the "profits-at-all-costs" mindset into one that celebrates the proper stewardship of our world.') ?? '', /^We must /)
  assert.match(bullet('Our children deserve better than to suffer in chaos at the hands of those who profit from their instability.') ?? '', /at the hands of those who profit/)
  assert.doesNotMatch(bullet('They should not have to suffer from the proliferation of anti-science sentiment, anti-vaccine rhetoric, or anti-mask activism (thanks for that one, 2020).') ?? '', /rhetoric \(thanks/)
  assert.ok(isSignpost('To be clear, I don’t have any answers here.'))
  assert.ok(!isSignpost('We don’t have the answers to every question about the virus yet, but testing helps.'))
})

// Zachary Flower (as above, whole, `test/fixtures/heldout/`): an essay that ends on a paragraph of one sentence.
test('a last paragraph of one sentence is the talk’s closing line, said whole', async () => {
  const html = await heldOutDeck('what-our-children-deserve.md')
  assert.match(closingText(html), /We do not own this Earth, we are merely the recipients of a great and generous loan that our descendants will have to pay back if we do not care for it responsibly/)
})

// Kubernetes blog, "Dockershim FAQ" (kubernetes/website, CC BY 4.0), as in the real-article corpus.
test('"For other examples and references you can look at…" points elsewhere', async () => {
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost('For other examples and references you can look at the adopters of containerd and CRI-O, two container runtimes under the Cloud Native Computing Foundation.'))
  assert.ok(!isSignpost('The kind project has been using containerd for some time.'))
})

// "Weekend Editor", "When Was the Norse Settlement at L'Anse aux Meadows in Newfoundland?" (Some Weekend Reading,
// SomeWeekendReading/someweekendreading.github.io, MIT): a floated picture on the line above its paragraph.
test('a picture’s tag on the line above its paragraph leaves the paragraph Markdown, not raw HTML', async () => {
  const source = ['---', 'title: Viking American dates', '---', '', '## L\'Anse aux Meadows', '',
    '<img src="{{ site.baseurl }}/images/LAM.jpg" width="233" height="265" alt="Wikipedia: L\'Anse aux Meadows" style="float: right; margin: 3px;">',
    'One of the earliest (maybe _the_ earliest) site of undisputed Norse settlement is ', '[L\'Anse aux Meadows](https://en.wikipedia.org/wiki/L%27Anse_aux_Meadows) on the northern', 'tip of Newfoundland.  ', '',
    'The Norse arrived around the year 1000 and stayed for a few years at most. They left behind iron rivets and a forge.', ''].join('\n')
  assert.equal(normalizeSource(source).split('\n').length, source.split('\n').length)
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/viking.md', overrides: { condense: true } })
  const faces = facesOf(html)
  assert.doesNotMatch(faces, /_the_|\]\(https:/)
  assert.match(faces, /L'Anse aux Meadows on the northern tip of Newfoundland/)
  // (Code keeps its lines as written.)
  assert.equal(normalizeSource('```html\n<img src="a.png">\nText under it\n```\n'), '```html\n<img src="a.png">\nText under it\n```\n')
})

// Reece Martin (as above): the post's last heading, "Outro".
test('a blog’s last "Outro" is no agenda entry', async () => {
  const section = (title: string): string => `## ${title}\n\nParking lots take up space in ${title.toLowerCase()} that a city could use for homes and shops. Surface lots also heat the street around them in summer.\n`
  const source = ['---', 'title: Why Parking is bad', '---', '', ...['Cities', 'Safety', 'Drainage', 'Design', 'Outro'].map(section)].join('\n')
  const { html } = await renderDeck(source, { path: 'parking.md', overrides: { condense: true } })
  const agenda = /<section[^>]*class="[^"]*agenda[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? ''
  assert.match(agenda, /Design/)
  assert.doesNotMatch(agenda, /Outro/)
})

// Reece Martin (as above): the claim, then ", and such buses can carry…".
test('no bullet is the clause that points back with "such" at the claim before it', () => {
  const bullet = compressSentence('Surface Parking lots are space inefficient, the space needed to park less than 20 cars can support a high quality bus stop or set of stops, and such buses can carry an order of magnitude more people.', { maxWords: 14 })?.text
  assert.doesNotMatch(bullet ?? '', /^Such buses/)
})

// The Opportunity Project (US Census Bureau, uscensusbureau/the-opportunity-project, public domain and CC0); Matthew
// Gwynfryn Thomas, "How (else) to boost your wellbeing" (matthewgthomas/gratitude, CC0).
test('a bracket glued to a code keeps it ("501(c)(3)"); a pointer to later in the story is a signpost', async () => {
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.match(compressSentence('iCasaPR is a 501(c)(3) organization that continues to help communities overcome the problem of data invisibility.', { maxWords: 14 })?.text ?? '', /501\(c\)\(3\)/)
  assert.ok(isSignpost('I talk more about this at the end of the story.'))
  assert.ok(isSignpost('Keep your eye out for that in the near future!'))
  assert.ok(!isSignpost('Keep an eye out for bugs.'))
  // (A bracket glued to a word that never closes ends the look: the check had looped on "a call f(x with no close…".)
  assert.doesNotThrow(() => compressSentence('The parser reads a call f(x with no closing bracket and keeps going until the line ends.', { maxWords: 14 }))
})

// Matthew Gwynfryn Thomas (as above), as copied from the page: a list of links, then the picture's source line.
test('a picture’s source line under a copied list is no item; it stays in the notes', async () => {
  const { fitListItems } = await import('../../src/article/list-fit.js')
  const items = ['Mental health charity Mind', 'Canadian mental health association', 'The Gottman Institute', 'Source: The Pudding'].map((text) => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] }] }))
  assert.deepEqual(fitListItems(items, 14).map((item) => mdastText(item)), ['Mental health charity Mind', 'Canadian mental health association', 'The Gottman Institute'])
})
