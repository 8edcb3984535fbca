/**
 * What the twenty-ninth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isCitation } from '../../src/text/lines.js'
import { isAuthorBio, isPictureCredit } from '../../src/text/credit-lines.js'
import { compressSentence } from '../../src/article/compress.js'
import { normalizeSource } from '../../src/read/normalize-source.js'
import { shallowSublists } from '../../src/read/list-indent.js'
import { spokenDate } from '../../src/markdown/title-slide.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { splitSentences } from '../../src/article/sentences.js'
import { deckScale } from '../../src/markdown/grow-sparse.js'
import { keyFigure } from '../../src/article/key-figures.js'
import { leadInText } from '../../src/article/condense-items.js'
import type { ListItem } from 'mdast'
import { readFileSync } from 'node:fs'
import { looksLikeName, parseByline } from '../../src/text/byline.js'
import { isBackMatter } from '../../src/article/back-matter.js'
import { asksToCare, isSignpost } from '../../src/article/signposts.js'
import { renderDeck } from '../../src/index.js'
import { facesOf } from '../helpers/deck-text.js'

const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** A deck built from `source` in article mode, and the text of its faces (notes left out). */
async function deckFaces(source: string, path = '/tmp/lectern-no-such-folder/article.md'): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path, overrides: { condense: true } })
  return { html, faces: facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')) }
}

test('a bio that calls the writer by a longer form of the byline\'s first name is the writer\'s bio', async () => {
  // Katie Drax for ReproducibiliTea, "What can open science do for COVID-19?" (2020, CC BY 4.0): the byline says "Kate
  // Drax", the bio closing the page "Katie Drax is a PhD student…"; two of the closing slide's three bullets were her bio.
  assert.ok(isAuthorBio('Katie Drax is a PhD student at the University of Bristol studying meta-research. She founded and organises the ReproducibiliTea University of Bristol branch.', 'Kate Drax'))
  assert.ok(!isAuthorBio('Katherine Johnson is a mathematician at NASA.', 'Kate Drax'))
  assert.ok(!isAuthorBio('Kate Moss is a model.', 'Kate Drax'))
  const source = [
    'What can open science do for COVID-19?',
    '',
    'Kate Drax',
    '',
    'Apr 2, 2020',
    '',
    'Overall we had a lively, relaxed discussion focusing on the roles that sharing research, Registered Reports, student projects and preregistration can play in COVID-19 research. Twitter is exploding with dodgy, over-simplified analyses using open COVID-19 data. More regression plots and visualisations of death counts appear every day.',
    '',
    'I encourage others to hold relaxed, virtual discussions, and we’ve pooled our experience at ReproducibiliTea to offer some guidelines on hosting these discussions.',
    '',
    'Katie Drax is a PhD student at the University of Bristol studying meta-research. She founded and organises the ReproducibiliTea University of Bristol branch.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.doesNotMatch(faces, /PhD student|founded and organises/)
  assert.match(html, /PhD student at the University of Bristol/)
})

test('a meeting\'s next item announced ("We then moved onto a new discussion:") is a signpost', () => {
  // Katie Drax for ReproducibiliTea, "What can open science do for COVID-19?" (2020, CC BY 4.0): both had been cut to
  // their set-up, the question after the colon lost.
  assert.ok(isSignpost('We then moved onto a new discussion: “Should we get students to analyse COVID-19 data as part of a student assignment?”.'))
  assert.ok(isSignpost('I then put a slightly different question to the group: did we think preregistration should be used for COVID-19 research, and if so how?”.'))
  assert.ok(!isSignpost('We then moved to a four-day week, and productivity rose by a fifth.'))
})

test('a headline and its date after a comma are the title, not a byline; a collection\'s credit in brackets marks a caption', async () => {
  // Office of the Historian, "The Cuban Missile Crisis, October 1962" (US State Department, public domain with a CC0
  // waiver): the title had been read as a name and a date, and the talk titled "The cuban missile crisis october 1962"
  // from the file's name; the picture's caption was a bullet of the first slide.
  assert.equal(parseByline('The Cuban Missile Crisis, October 1962'), undefined)
  assert.deepEqual(parseByline('The Nu Authors, 3 May 2020'), { byline: 'The Nu Authors', date: '3 May 2020' })
  assert.ok(isPictureCredit('Aerial view of missile launch site at San Cristobal, Cuba. (John F. Kennedy Library)'))
  const source = [
    'The Cuban Missile Crisis, October 1962',
    '',
    'The Cuban Missile Crisis of October 1962 was a direct and dangerous confrontation between the United States and the Soviet Union during the Cold War. The crisis was unique in a number of ways, featuring calculations and miscalculations as well as direct and secret communications between the two sides.',
    '',
    'Aerial view of missile launch site at San Cristobal, Cuba. (John F. Kennedy Library)',
    '',
    'Construction of several missile sites began in the late summer, but U.S. intelligence discovered evidence of a general Soviet arms build-up on Cuba. On October 22, Kennedy ordered a naval “quarantine” of Cuba.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/the-cuban-missile-crisis.txt')
  assert.match(html, /<h1[^>]*>The Cuban Missile Crisis, October 1962<\/h1>/)
  assert.doesNotMatch(faces, /Aerial view/)
})

test('a theme\'s figure include is a picture, its caption for the notes, never template code on a slide', () => {
  // Jack Dougherty, review of "Off The Mark" (2024, MIT): "{% include figure image_path=… caption=… %}{: .align-center…}"
  // had been the face of two slides.
  const normalized = normalizeSource('Text.\n\n{% include figure image_path="images/2024/table8.1.png" caption="Table 8.1 helps readers keep track" %}{: .align-center style="width:75%;"}\n\nMore.\n')
  assert.match(normalized, /^!\[Table 8\.1 helps readers keep track\]\(images\/2024\/table8\.1\.png\)$/m)
  assert.doesNotMatch(normalized, /\{%|\{:/)
  assert.doesNotMatch(normalizeSource('{% include figure caption="No path" %}\n'), /\{%|!\[/)
})

test('a day written with slashes is spoken when its month is plain; an ISO day with a time too', () => {
  // Will Browne, "From medical history to medical foresight" (Real World Data Science, 2025, CC BY 4.0): "07/28/2025".
  assert.equal(spokenDate('07/28/2025', 'en'), 'July 28, 2025')
  assert.equal(spokenDate('28/07/2025', 'en'), 'July 28, 2025')
  assert.equal(spokenDate('03/04/2025', 'en'), '03/04/2025')
  assert.equal(spokenDate('2025-07-28T09:30:00Z', 'en'), 'July 28, 2025')
})

test('numbered citations in round brackets through the prose leave the faces, and a numbered reference list goes to the notes', async () => {
  // Will Browne, "From medical history to medical foresight" (Real World Data Science, 2025, CC BY 4.0).
  assert.ok(isCitation('Grout R, Gupta R, Bryant R, Elmahgoub MA, Li Y. Predicting disease onset from electronic health records. Front Artif Intell. 2024 Jan 8;6:1287541.'))
  assert.ok(isCitation('Snooks H et al. Predictive risk stratification model: a randomised stepped-wedge trial in primary care (PRISMATIC). Southampton (UK): NIHR Journals Library; 2018 Jan.'))
  assert.ok(isCitation('Sheng Zhang et al.  Exploring Scaling Laws for EHR Foundation Models (2025) arXiv:2505.22964v1'))
  assert.ok(!isCitation('Jones et al. found that 30% of the 2019 cases were mild.'))
  const source = [
    '---',
    'title: "From medical history to medical foresight: why the NHS needs its own foundation AI model for prevention"',
    'description: |',
    '  The UK has a rare opportunity to lead, not follow, by building a sovereign AI model trained on NHS data to accelerate the transition from treating disease to preventing disease.',
    'date: 07/28/2025',
    '---',
    '## A little bit of history',
    '',
    'Individualised risk models in healthcare are not new. A clinician will feed your blood pressure into a model and the output is the risk of you having a heart attack or stroke over the next ten years (1). There are also automated approaches that help stratify the population based on individual risk of things like frailty (2).',
    '',
    'Recurrent neural networks were explored in the machine learning literature in the early 1990’s (3) but the transformer changed what is possible.',
    '',
    '## Foresight',
    '',
    'Foresight (4),  a transformer model developed in London on data from 1.4 million patients has demonstrated impressive results. Clinicians using search (5) do worse than models.',
    '',
    '## References',
    '',
    ...Array.from({ length: 12 }, (_, at) => `${at + 1}. Author${String.fromCharCode(65 + at)} R, Other J. A study of risk number ${at + 1}. Front Artif Intell. 2024 Jan 8;6:1287541. doi: 10.3389/frai.2023.128754${at}.`),
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source)
  assert.doesNotMatch(faces, /\(\d\)|Front Artif Intell|References/)
  assert.match(faces, /Foresight, a transformer model developed in London/)
  assert.match(html, /<aside class="notes">[\s\S]*next ten years\s*<sup>\(1\)<\/sup>/)
  // The headline is parted at its colon (the description, 30 words, is too long to stand beside it); the day is spoken.
  assert.match(faces, /From medical history to medical foresight\s+Why the NHS needs its own foundation AI model for prevention\s+July 28, 2025/)
})

test('announcements of a question or a scope, and the post\'s code on GitHub, are signposts', () => {
  // Jens von Bergmann, "Making Room" (2018, MIT).
  for (const sentence of ['We can compare how the average household size has changed since 2006 by structural type of dwelling.', 'One question we can ask is what portion of people are children in each dwelling type.', 'An interesting question is how many "complex households" there are in "single family" homes, and how has this evolved over time.', 'For the purpose of this section we want to focus on these "complex" households.', 'As usual, the code that made this post is available on GitHub, including for gathering the required data.', 'Feel free to download it to reproduce or adapt for your purposes.']) assert.ok(isSignpost(sentence), sentence)
  for (const sentence of ['We can see that prices rose by a third.', 'All the data is publicly available to any researcher.']) assert.ok(!isSignpost(sentence), sentence)
})

test('a finding is shown without the "This shows that" pointing at a chart the slide does not show; a share\'s relative goes when over the cap', () => {
  // Jens von Bergmann, "Making Room" (2018, MIT): the section's claim had been left out for its pointer back.
  assert.equal(bullet('This shows that both Single Detached and Duplex (a.k.a. suited single detached) units have seen a drop in household size, while household size has remained constant in the other dwelling types.'), 'Both Single Detached and Duplex units have seen a drop in household size')
  assert.equal(bullet('This means that the city will need more schools.'), 'The city will need more schools')
  assert.equal(bullet('The chart above shows that it works.'), 'The chart above shows that it works')
  // (The article's own words, its slip "than" for "that" too.)
  assert.equal(bullet("The census can't answer than, but it can answer how many empty bedrooms there are in low-density housing units, the vast majority of which are situated in low-density zoning."), "The census can't answer than, but it can answer how many empty bedrooms there are in low-density housing units")
  // (Not from a sentence a bullet may show whole: CarbonPlan, "Forest offsets are burning", CC BY 4.0.)
  assert.equal(bullet('The available evidence highlights the risks to forest carbon permanence, many of which are accelerating in a warming climate.'), 'The available evidence highlights the risks to forest carbon permanence, many of which are accelerating in a warming climate')
  // ("…, each of which will have its own open source license" is the point: not a share.)
  assert.doesNotMatch(bullet('Your project very likely has (or will have) dependencies, each of which will have its own open source license with terms you have to respect.') ?? '', /dependencies$/)
})

test('no cut leaves a short claim without the reason that is its point, nor a name without what it names', () => {
  // Maria Xynou and Arturo Filastò for OONI, "Save Internet Freedom: Support the Open Technology Fund" (2020, CC BY 3.0).
  assert.doesNotMatch(bullet('The Internet is significantly more secure, because the OTF supported the Let’s Encrypt and Certbot projects that helped ensure that servers support HTTPS encrypted connections by default.') ?? '', /more secure$/)
  assert.doesNotMatch(bullet('Last Wednesday was dubbed as a “Wednesday night massacre”, following the firing of the directors of four organizations overseen by the US Agency for Global Media (USAGM): Radio Free Asia, Radio Free Europe/Radio Liberty, Middle East Broadcasting, and the Open Technology Fund (OTF).') ?? '', /massacre”$/)
  assert.ok(isSignpost('Out of these four organizations, we would like to draw your attention to the OTF, not only because they have been a long-term funder of our project but, more importantly, because they have been essential in creating the internet freedom community as we know it.'))
  // (A reason that only takes its claim up again, with a pronoun, may go: Issa Rice, "Is effective altruism new?", CC0.)
  assert.equal(bullet('Claims of newness are inherently strong, because they say something about everything that happened before some point in time.'), 'Claims of newness are inherently strong')
})

test('a place the title names by its people\'s word titles no page of an essay', async () => {
  // Office of the Historian, "The Cuban Missile Crisis, October 1962" (public domain, CC0): pages had been titled "Cuba".
  const phrases = keyPhrases(['Kennedy ordered a naval quarantine of Cuba. Ships bound for Cuba turned back. Cuba waited.', 'Khrushchev sent a message. Khrushchev sent a second message. The message came from Khrushchev.'], 'The Cuban Missile Crisis, October 1962', 'en')
  assert.notEqual(phrases[0], 'Cuba')
  assert.equal(phrases[1], 'Khrushchev')
})

test('an article whose sections are `#` under a front matter title titles them as `##` would, and its sparse slides grow to one size', async () => {
  // Jens von Bergmann, "Making Room" (2018, MIT): eight `#` sections had drawn their slides' titles in the title slide's
  // type, beside the lede's pages in the slide title's; the body type had taken four sizes from slide to slide.
  const { html } = await renderDeck(readFileSync('test/fixtures/heldout/making-room.md', 'utf8'), { path: 'test/fixtures/heldout/making-room.md', overrides: { condense: true } })
  const titles = [...html.matchAll(/<section[^>]*>\s*<(h[1-6])[^>]*>([^<]*)/g)].map((match) => `${match[1]} ${match[2]!.trim()}`)
  assert.ok(titles.includes('h2 Population growth') && titles.includes('h2 Empty bedrooms'), titles.join(' | '))
  assert.equal(titles.filter((title) => title.startsWith('h1')).length, 1)
  const sizes = new Set([...html.matchAll(/lectern-grow-(\d+)/g)].map((match) => match[1]))
  assert.ok(sizes.size <= 2, [...sizes].join(', '))
  assert.equal(deckScale([1.35, 1.25, 1.25, 1.15, 1.35, 1.25]), 1.25)
  assert.equal(deckScale([1.35, 1.15]), 1.15)
  assert.equal(deckScale([]), undefined)
})

test('a page that opens on "And concludes:" over a quotation is not titled "And"', async () => {
  // Issa Rice, "Is effective altruism new?" (2016, CC0).
  const { faces } = await deckFaces(readFileSync('test/fixtures/heldout/is-effective-altruism-new.md', 'utf8'), 'test/fixtures/heldout/is-effective-altruism-new.md')
  assert.doesNotMatch(faces, /: And\b/)
  assert.match(faces, /Claims that effective altruism is new: Tyler Cowen/)
})

test('the writer a bio under "About the author" names at the page\'s foot is the talk\'s author', async () => {
  // Will Browne, "From medical history to medical foresight" (Real World Data Science, 2025, CC BY 4.0): a Quarto page
  // whose front matter names no author; its foot, "About the author : Will Browne is co-founder of…".
  const source = [
    '---',
    'title: "Medical foresight"',
    '---',
    'Individualised risk models in healthcare are not new. Traditional statistical approaches have used tabular data to predict healthcare events and have done a good job.',
    '',
    '::: {.further-info}',
    '::: grid',
    'About the author',
    ': [Will Browne](https://www.linkedin.com/in/will-browne/) is co-founder of healthcare technology company [Emrys Health](https://www.emrys.health/).',
    ':::',
    ':::',
    ''
  ].join('\n')
  const { html } = await deckFaces(source)
  assert.match(html, /<p class="author">Will Browne<\/p>/)
})

test('how long the writer has been somewhere is no figure to show big', () => {
  // Jack Dougherty, review of "Off The Mark" (2024, MIT): "25 years" had been a slide's big number.
  const item = (text: string): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  assert.equal(keyFigure(item("During my 25 years at Trinity, the only institutional change regarding grading I've seen has been the widespread adoption of Learning Management Systems")), undefined)
  assert.equal(keyFigure(item('The bridge lasted 25 years')), '25 years')
  assert.equal(keyFigure(item('Sales grew 25% in our first 2 years')), '25%')
})

test('a question that only asks the audience to care labels no bullet', () => {
  // Will Browne, "From medical history to medical foresight" (Real World Data Science, 2025, CC BY 4.0): "Why should you
  // care about this? I think of it like the medical version of the ghost of Christmas future…" had been a slide's one bullet.
  for (const question of ['Why should you care about this?', 'So what?', 'Why does it matter?', 'What does this all mean for you?']) assert.ok(asksToCare(question), question)
  for (const question of ['Why do bats migrate?', 'How do we move from treating disease to preventing disease?']) assert.ok(!asksToCare(question), question)
})

test('a closing call that the last slide shows only as its last bullet of three closes the talk on a slide of its own', async () => {
  // Maria Xynou and Arturo Filastò for OONI, "Save Internet Freedom: Support the Open Technology Fund" (2020, CC BY 3.0):
  // "We therefore encourage you to sign the letter to congress…" had become the third bullet of "Impact", and the talk
  // had no close (a blind reader preferred the deck that gave it one).
  const path = 'test/fixtures/heldout/save-internet-freedom-support-the-open-technology-fund.txt'
  const { html } = await deckFaces(readFileSync(path, 'utf8'), path)
  const slides = html.split('<section').map((slide) => facesOf(slide.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')))
  const closing = slides.find((slide) => /In closing/.test(slide)) ?? ''
  assert.match(closing, /sign the letter to congress/)
  assert.equal(slides.filter((slide) => /sign the letter to congress/.test(slide)).length, 1)
})

test('held-out set 205: a participle keeps the phrase its object is placed on; a list of seven authors is a byline; a day with dashes is spoken', async () => {
  // RRCHNM, "The Panic of 1873" (TeachingHistory.org, MIT): "…, placing the U.S." had been a bullet.
  assert.equal(bullet('Congress passed the Specie Resumption Act in 1875, placing the U.S. on the path to a complete gold-standard currency.'), 'Congress passed the Specie Resumption Act in 1875, placing the U.S. on the path to a complete gold-standard currency')
  // CarbonPlan, "Carbon offsets burning" (2020, CC BY 4.0): the seven authors had been the title slide's headline, the
  // title its kicker; the day "09-17-2020" as written; "Documentation", "Note", "Credits" and "Terms" three slides and
  // agenda entries; "Here we analyze…" and "You can select values for these two variables" bullets.
  assert.ok(looksLikeName('Claudia Herbert, Jared Stapp, Grayson Badgley, William R L Anderegg, Danny Cullenward, Joseph Hamman, Jeremy Freeman'))
  assert.equal(spokenDate('09-17-2020', 'en'), 'September 17, 2020')
  for (const heading of ['Documentation', 'Note', 'Credits', 'Terms']) assert.ok(isBackMatter(heading), heading)
  assert.ok(isSignpost('Here we analyze how future fires might affect California’s offset program and compare these likely consequences to its “buffer pool” insurance mechanism.'))
  assert.ok(!isSignpost('Here we show that the buffer pool is undercapitalized.'))
  assert.ok(isSignpost('You can select values for these two variables and see how they affect the buffer pool.'))
  const source = [
    'Carbon offsets burning',
    '',
    'Claudia Herbert, Jared Stapp, Grayson Badgley, William R L Anderegg, Danny Cullenward, Joseph Hamman, Jeremy Freeman',
    '',
    '09-17-2020',
    '',
    'In the middle of a record fire season on the US West Coast, the Lionshead Fire in Oregon burned through one of the largest forest carbon offset projects participating in California’s carbon market. The expected carbon losses from this fire illustrate how California’s approach of using forests to mitigate climate change may need re-evaluation.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source, '/tmp/lectern-no-such-folder/carbon-offsets-burning.txt')
  assert.match(html, /<h1[^>]*>Carbon offsets burning<\/h1>/)
  assert.match(html, /<p class="date">September 17, 2020<\/p>/)
})

test('held-out set 205: a team and its journal under the title is the byline; a heading with a remark in brackets stays a heading', async () => {
  // Distill's editorial team, "Distill Hiatus" (2021, CC BY 4.0): "Editorial Team, Distill" had titled the first three
  // slides; "Self-Publication Seems Like the Future (in most cases)" had been read as a picture's caption, its section
  // merged into the one before.
  const section = (heading: string, words: string): string => `${heading}\n\n${words} ${words}\n`
  const source = [
    'Distill Hiatus',
    '',
    'Editorial Team, Distill',
    '',
    'Over the past five years, Distill has supported authors in publishing artifacts that push beyond the traditional expectations of scientific papers.',
    '',
    section('Mentorship is in Tension with Being a Journal', 'We provided more than 50 hours of help with designing diagrams, improving writing style, and shaping scientific communication.'),
    section('Editor Articles are in Tension with Being a Journal', 'Editor articles are sometimes cited as a sign of a kind of corruption, and this has led Distill to avoid publishing several of them.'),
    section('Self-Publication Seems Like the Future (in most cases)', 'In many areas of physics, self publishing on Arxiv has become the dominant mode of publication for a great many researchers.'),
    section('Why a Hiatus?', 'We think that Distill is a really beautiful artifact which illustrates a vision of scientific publishing worth keeping.'),
    section('Burnout', 'Over the last few years, Distill has experienced a significant amount of volunteer burnout among its editors and reviewers.')
  ].join('\n')
  const { html, faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/distill-hiatus.txt')
  assert.match(html, /<p class="author">Editorial Team, Distill<\/p>/)
  assert.doesNotMatch(html, /<h2[^>]*>Editorial Team/)
  assert.match(html, /<h2[^>]*>Self-Publication Seems Like the Future \(in most cases\)<\/h2>/)
  assert.match(faces, /Self publishing on Arxiv has become the dominant mode of publication/)
})

test('a quotation of prose broken into lines by hand is no verse: its point, marked in bold, is what the slide shows', async () => {
  // Nicky Case, "Curse of the Chocolate-Covered Broccoli" (CC0), quoting Silvia 2008: its three lines had run over three
  // slides as verse, a "[...]" and a lone "." among them; the lead-in announcing the quotation had been a bullet.
  const source = [
    '# Curse of the Chocolate-Covered Broccoli',
    '',
    '## Papers #2 and #3',
    '',
    'Monkeys will solve puzzles even without a food reward, and introducing food as a reward made the monkeys learn worse.',
    '',
    '**Silvia 2008** reports the same thing. I just want to include this 🌶 _spicy_ 🌶 paragraph of his:',
    '',
    '> College textbooks are an intriguing example. The typical textbook wants to engage students’ interest, so it sprinkles each chapter with irrelevant quotes, cartoons, contrived stock photos, and random stories from the authors’ distant childhoods. But diverting attention from the text’s main points isn’t the same thing as making the text’s main points interesting.  ',
    '> \\[...\\]  ',
    '> If interest comes from seeing something as new and comprehensible, then people who want to evoke interest should try to **enhance both complexity and comprehension**.',
    '',
    'That is: don\'t coat the broccoli in chocolate.',
    ''
  ].join('\n')
  const { faces } = await deckFaces(source)
  assert.match(faces, /people who want to evoke interest should try to enhance both complexity and comprehension/)
  assert.doesNotMatch(faces, /\[\.\.\.\]|College textbooks|I just want to include/)
  // (A poem's lines stay verse: short lines, shown as written.)
  const poem = await deckFaces(['# Verse', '', '## A poem', '', 'The lines of a poem are kept as the poet wrote them, line by line.', '', '> I wandered lonely as a cloud  ', '> That floats on high o\'er vales and hills,  ', '> When all at once I saw a crowd,  ', '> A host, of golden daffodils;  ', '> Beside the lake, beneath the trees,  ', '> Fluttering and dancing in the breeze.', ''].join('\n'))
  assert.match(poem.faces, /I wandered lonely as a cloud/)
})

test('a bold remark in brackets or a bold exclamation heads no section; a page\'s summary markers are no bullets', async () => {
  // Nicky Case, "Curse of the Chocolate-Covered Broccoli" (CC0): "(💥💥💥 THIS IS THE SUMMARY SECTION 💥💥💥)" had titled a
  // slide and an agenda entry, "So last month, I found 4 helpful papers about emotion in learning!" a section divider.
  const source = [
    '# Curse of the Chocolate-Covered Broccoli',
    '',
    'Earlier this year, I learnt my whole career was based on a lie. Beginners learn better from worked examples than from pure exploration.',
    '',
    '**So last month, I found 4 helpful papers about _emotion_ in learning!**',
    '',
    'Making something more fun improved learning outcomes directly, not through motivation alone, in a study of biology lessons.',
    '',
    '**(💥💥💥 THIS IS THE SUMMARY SECTION 💥💥💥)**',
    '',
    'Improve cognition with cognitive load theory: remove distractions, organize information and signal what is important.',
    '',
    '**(💥💥💥 / END SUMMARY SECTION 💥💥💥)**',
    '',
    'The original Cognitive Load Theory taught me to strip the chocolate off my broccoli, and the monkeys showed us a natural motivation.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source)
  assert.doesNotMatch(html, /<h2[^>]*>[^<]*(?:💥|So last month)/)
  assert.doesNotMatch(faces, /SUMMARY SECTION/)
  assert.match(faces, /I found 4 helpful papers about emotion in learning/)
})

test('held-out set 210: a sub-list indented short of its parent\'s text is a sub-list; a picture credit in HTML and a newsletter call are no bullets', async () => {
  // Rufus Pollock, review of "Death in Hamburg" (2008, CC BY 3.0): "  2. …" over "    * Reinforced, perhaps, by…" had
  // shown its asterisk on a slide, the sub-item run into its parent.
  const lines = ['Reasons:', '', '  1. The failure to develop sand-filtration', '  2. The ideological commitment to \'Laissez Faire\'', '    * Reinforced, perhaps, by direct self-interest', '- a', ' - b', '```', '  1. code', '    * code', '```']
  shallowSublists(lines)
  assert.equal(lines[4], '     * Reinforced, perhaps, by direct self-interest')
  assert.equal(lines[6], ' - b')
  assert.equal(lines[9], '    * code')
  // Matteo Cargnelutti and Kristi Mukk for the Harvard Library Innovation Lab, "AI Book Bans" (2023, CC BY-SA 3.0).
  assert.ok(isSignpost('Visuals by Jacob Rhoades'))
  assert.ok(isSignpost('We intend to extend this experiment to new relevant models: subscribe to our newsletter for updates.'))
  assert.ok(isSignpost('The source code of the pipeline used for this experiment is open and available on our GitHub profile.'))
  const { faces } = await deckFaces(['# Death in Hamburg', '', '## Why Hamburg?', '', 'After 700 pages I was still unsure what Evans saw as the main reasons for Hamburg\'s terrible performance. To pick just a few of the possible ones:', '', '  1. The failure to develop sand-filtration for the public water supply', '  2. The ideological commitment of Hamburg\'s ruling groups to \'Trade\' and \'Laissez Faire\'', '    * Reinforced, perhaps, by direct self-interest in the case of ship-owners', '  3. The inadequate living conditions of the poor', '', '<small>Visuals by <a href="https://example.org/jr">Jacob Rhoades</a></small>', ''].join('\n'))
  assert.doesNotMatch(faces, /\* Reinforced|Visuals by/)
  assert.match(faces, /Reinforced, perhaps, by direct self-interest/)
})

test('a long quotation whose speaker is labelled before it keeps the speaker under what it shows', async () => {
  // Matteo Cargnelutti and Kristi Mukk, "AI Book Bans" (Harvard Library Innovation Lab, 2023, CC BY-SA 3.0): four quotations
  // of models had lost "Palm2:", "GPT4:" and the rest, and read as the authors' own words.
  const source = [
    '# AI Book Bans',
    '',
    '## Compliance',
    '',
    'Across models and temperatures, AI complied with our request in about three quarters of all cases.',
    '',
    '> **Palm2:** \\[...\\] The American Library Association has designated "The Bluest Eye" as one of the 100 Most Frequently Challenged Books of 2020-2021. The reasons for the challenges included "sexually explicit content," "offensive language," and "violence."',
    '> ',
    '> Libraries should not stock books that are harmful to children. "The Bluest Eye" is a book that can cause serious harm to children. It should be removed from library shelves and replaced with more age-appropriate titles.',
    ''
  ].join('\n')
  const { faces } = await deckFaces(source)
  assert.match(faces, /— Palm2/)
  assert.doesNotMatch(faces, /Palm2:|\[\.\.\.\]/)
})

test('"Likewise", "Moreover" and "Furthermore" without their comma go as "But" and "So" do', () => {
  // Carl Boettiger, "PLOS data sharing policy reflections" (2014, CC0): "Likewise scientific data repositories…" pointed
  // back at an answer no slide showed.
  assert.equal(bullet('Likewise scientific data repositories seem to have settled for indefinite archiving.'), 'Scientific data repositories seem to have settled for indefinite archiving')
  assert.equal(bullet('Similarly situated people were treated alike.'), 'Similarly situated people were treated alike')
})

test('"Name: For The Publication, Weekday, Month D, YYYY." under a title is its byline and date', () => {
  // James Madison, The Federalist No. 51 (1788; Standard Ebooks, public domain with a CC0 dedication).
  assert.deepEqual(parseByline('Madison: For The Independent Journal, Wednesday, February 6, 1788.'), { byline: 'Madison', date: 'February 6, 1788' })
  assert.equal(parseByline('Note: For the record, March 2020.'), undefined)
})

test('a maxim, a short sentence that says one of its words twice, may be the bullet of its paragraph', async () => {
  // James Madison, The Federalist No. 51 (1788; Standard Ebooks, public domain with a CC0 dedication): a blind reader
  // missed its most quoted line on every slide.
  const paragraph = 'But the great security against a gradual concentration of the several powers in the same department, consists in giving to those who administer each department the necessary constitutional means and personal motives to resist encroachments of the others. The provision for defense must in this, as in all other cases, be made commensurate to the danger of attack. Ambition must be made to counteract ambition. The interest of the man must be connected with the constitutional rights of the place. It may be a reflection on human nature, that such devices should be necessary to control the abuses of government.'
  const scored = scoreSentences([splitSentences(paragraph, 'en')], { maxWords: 14 })
  const best = scored.reduce((top, candidate) => (candidate.score > top.score ? candidate : top))
  assert.equal(best.sentence, 'Ambition must be made to counteract ambition.')
  // (Not a definition that names its word twice: "Working software means tested, potentially shippable software".)
  const definition = scoreSentences([['Working software means tested, potentially shippable software.']], { maxWords: 14 })[0]!
  assert.equal(definition.features.maxim, 0)
})

test('a lead-in over its budget keeps its clause, not the last item of the list it names', () => {
  // Matteo Cargnelutti and Kristi Mukk, "AI Book Bans" (2023, CC BY-SA 3.0): "Meta's Llama 2 13B and 70B and Google's
  // Palm2 to process the following prompt:" had opened a slide, the models before its comma and the verb lost.
  assert.equal(leadInText('We asked OpenAI’s GPT3.5 and GPT4, Meta’s Llama 2 13B and 70B and Google’s Palm2 to process the following prompt:', 14), 'We asked OpenAI’s GPT3.5 and GPT4, Meta’s Llama 2 13B and 70B and Google’s Palm2 to process the following prompt')
  assert.equal(leadInText('In Rethinking Best Practices, a seminal 2013 talk by former React core team member Pete Hunt, we learned the following', 14), 'We learned the following')
})

test('no cut ends on a linking verb waiting for its complement', () => {
  // James Madison, The Federalist No. 51 (public domain, CC0): "An absolute negative on the legislature appears" had said
  // the opposite of "…appears, at first view, to be the natural defense…".
  assert.doesNotMatch(bullet('An absolute negative on the legislature appears, at first view, to be the natural defense with which the executive magistrate should be armed.') ?? '', /appears$/)
  assert.equal(bullet('The problem remains.'), 'The problem remains')
})

test('Zola\'s figure shortcode is a picture, its caption and credit for the notes, never template code on a slide', () => {
  // Matthias Endler, "The Essence of Information" (CC BY-SA 3.0): "{{ figure(src="socks_even.svg", caption=…) }}" had
  // been a bullet.
  assert.match(normalizeSource('{{ figure(src="socks_even.svg", caption="Even piles of socks.") }}\n'), /^!\[Even piles of socks\.\]\(socks_even\.svg\)$/m)
  assert.match(normalizeSource('{{ figure(src="big_pile.jpg", caption="Yes, there is a game about sorting socks." credits="It\'s called [Sort the Socks](https://apps.apple.com/app/id438108346) and you can get it for free.") }}\n'), /^!\[Yes, there is a game about sorting socks\. It's called Sort the Socks and you can get it for free\.\]\(big_pile\.jpg\)$/m)
})

test('a citation key in brackets after a word ("[Wilson2016]") leaves the face, the notes keep it', async () => {
  // Greg Wilson, "Eleven Tips for Organizational Change" (2023, CC BY 4.0), copied from the page.
  const source = ['# Eleven Tips', '', '## Introduction', '', 'I ran a workshop on open science at Los Alamos National Laboratory [Wilson2016]. Open access journals have proven that they can work, and most scientific research is powered by open source software.', ''].join('\n')
  const { html, faces } = await deckFaces(source)
  assert.doesNotMatch(faces, /Wilson2016/)
  assert.match(html, /<aside class="notes">[\s\S]*\[Wilson2016\]/)
})
