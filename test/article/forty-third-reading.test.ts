/**
 * What the thirty-eighth session (7 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { renderDeck } from '../../src/index.js'
import { textToMarkdown } from '../../src/text/to-markdown.js'
import { parseByline } from '../../src/text/byline.js'
import { isPictureSource } from '../../src/text/credit-lines.js'
import { facesOf } from '../helpers/deck-text.js'

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** The face text of a Markdown article rendered in article mode. */
async function faces(source: string, name = 'article.md'): Promise<string> {
  const { html } = await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })
  return facesOf(html)
}

/** Filler prose, so that a short test article is condensed as a long one is. */
const filler = (topic: string): string =>
  `The ${topic} team reviews every application by hand and writes to each person who applies. We read each letter closely and we answer questions by email within a week. Most people hear back from us before the end of the month.`

test('an italic byline with a spaced colon before the role signs the deck, and a standfirst only in HTML is its subtitle', async () => {
  // Lucy Blackwell, "How we hire UX designers at Wikimedia" (Wikimedia Design Blog, 2021, CC BY-SA 4.0, Markdown): the
  // deck's second slide was "Introduction" with the one bullet "By Lucy Blackwell : Senior Design Manager", and the
  // front matter's excerpt was on no slide (the body says it only in a raw `<p class="post__excerpt">`, for the notes).
  assert.deepEqual(parseByline('By Lucy Blackwell : Senior Design Manager'), { byline: 'Lucy Blackwell, Senior Design Manager' })
  const source = ['---', 'title: How we hire UX designers at Wikimedia', 'excerpt: This article attempts to answer some of the questions that people who want to apply for a UX design job at Wikimedia may have.', 'date: 2021-04-07', '---', '',
    '<p class="post__excerpt">In the interest of providing more clarity over our hiring process, this article will attempt to answer some of the questions that people who want to apply for a UX design job at Wikimedia may have...</p>', '',
    '_By [Lucy Blackwell](https://twitter.com/lucyblackwell) : Senior Design Manager_', '',
    '### Mission Alignment', '', filler('design'), '', '### Design skills', '', filler('hiring'), '', '### Your portfolio', '', filler('portfolio')].join('\n')
  const shown = await faces(source)
  assert.match(shown, /How we hire UX designers at Wikimedia This article attempts to answer some of the questions .* Lucy Blackwell, Senior Design Manager/)
  assert.doesNotMatch(shown, /By Lucy Blackwell :/)
})

test('a step number and its name, both bold over a line break, are one label', async () => {
  // The same post: "**Step 5:** **Interview with the Senior Director of Strategy and Design**<br>Discuss product strategy…"
  // showed "Step 5: Interview with the Senior Director of Strategy and Design Discuss product strategy…", no colon between
  // the step and what it does; Step 4 lost its name to its first part's.
  const steps = ['**Step 1: Interview with Recruiter**<br>', 'Discuss your experience and why you\'re interested in working at Wikimedia.', '',
    '**Step 4:** **Panel interview with Designers, Product Manager & UX Engineer**<br>', '*Part 1 - Designers:* Present and discuss your design task, followed by UX and design focused discussion.', '',
    '**Step 5:** **Interview with the Senior Director of Strategy and Design**<br>', 'Discuss product strategy and other related questions specific to your application.'].join('\n')
  const shown = await faces(['# Hiring', '', filler('design'), '', '## Our interview process', '', filler('hiring'), '', steps].join('\n'))
  assert.match(shown, /Step 5: Interview with the Senior Director of Strategy and Design: Discuss product strategy/)
  assert.match(shown, /Step 4: Panel interview with Designers, Product Manager (?:&|&#x26;) UX Engineer:/)
})

test('a relative after a preposition trails, and "your choosing" is no verb waiting for its object', () => {
  // The same post: "Step 3: Design task" was on no slide, its sentence never cut to a bullet.
  assert.equal(bullet('Task will be sent out at a time of your choosing, upon which you will have 3 hours to complete the task and return it by email.'), 'Task will be sent out at a time of your choosing')
  // ("…, in which case…" is a consequence, not a relative to cut.)
  assert.match(bullet('You can write the draft at a time of your choosing, in which case we check it.') ?? '', /in which case we check it$/)
})

test('a connective after "but" waits for its clause, which is the bullet', () => {
  // The same post: "Our job descriptions outline the specific skills we're looking for in each role, but just to briefly
  // summarise" ended on the signpost; the claim after it is what the section seeks.
  assert.equal(bullet('Our job descriptions outline the specific skills we\'re looking for in each role, but just to briefly summarise, for any of our UX designer roles we seek folks that can envision and create experiences that reduce complexity.'), 'For any of our UX designer roles we seek folks that can envision and create experiences that reduce complexity')
})

test('a cover image\'s credit is where the picture came from, no bullet', () => {
  // The same post ended its last slide on "Cover image by Tony Hisgett from Birmingham, UK".
  assert.equal(isPictureSource('Cover image by Tony Hisgett from Birmingham, UK. Taken from Commons, licensed under CC-BY-2.0.'), true)
  assert.equal(isPictureSource('Header photo by Ana Ruiz.'), true)
  assert.equal(isPictureSource('The cover of the report shows a map of the river.'), false)
})

test('footnote numbers glued after a question mark count with the rest', () => {
  // Mine Çetinkaya-Rundel and Johanna Hardin, "Introduction to Modern Statistics", 2nd ed., chapter 2 (OpenIntro, 2024,
  // CC BY-SA 3.0, copied text): "…what represents an individual case.1" kept its note's number, the other note's
  // "…dissatisfied with the product? Why?2" not counted with it.
  const text = ['Study design', '', 'Populations and samples', '',
    'Consider the population of swordfish in the Atlantic Ocean and the students of one university over five years. For the second and third questions above, identify the target population and what represents an individual case.1', '',
    'Sampling from a population', '',
    'We can easily access ratings for products, sellers, and companies through websites. If 50% of online reviews for a product are negative, do you think this means that 50% of buyers are dissatisfied with the product? Why?2', '',
    'Footnotes', '', '1. The question is only relevant to students who complete their degree.', '', '2. Answers will vary.'].join('\n')
  const markdown = textToMarkdown(text)
  assert.match(markdown, /an individual case\.(?!1)/)
  assert.match(markdown, /with the product\? Why\?(?!2)/)
})

test('a long question alone of its kind in a text is no heading', () => {
  // The same chapter: "Why would it be good for cases within each stratum to be very similar?", a guided practice over its
  // answer, titled the section's last two slides, on cluster sampling and a malaria study.
  const paragraph = (topic: string): string => `${topic} is one of the sampling methods this chapter describes in detail. It works best when the population is split into groups before anyone is sampled.`
  const text = ['Study design', '', 'Four sampling methods', '', paragraph('Stratified sampling'), '', 'Why would it be good for cases within each stratum to be very similar?', '',
    'We might get a more stable estimate for the subpopulation in a stratum if the cases are very similar.', '', paragraph('Cluster sampling'), '', 'Sampling in practice', '', paragraph('Multistage sampling')].join('\n')
  const markdown = textToMarkdown(text)
  assert.doesNotMatch(markdown, /^#+ Why would it be good/m)
  assert.match(markdown, /^#+ Sampling in practice/m)
  // (Two questions or more keep their headings, as an FAQ's and an explainer's do.)
  const asked = text.replace('Sampling in practice', 'What does this mean for a survey?')
  assert.match(textToMarkdown(asked), /^#+ Why would it be good/m)
})

test('a thanks heading deep in a text without other headings stays one', () => {
  // Kevin Martens, "Jenkins Contributor Summit and FOSDEM Recap" (jenkins.io, 2024, CC BY-SA 4.0, copied text): "Thanks and
  // gratitude", the one heading, after most of the words, was read as a line of prose.
  const paragraph = 'The summit brought the contributors of the project together in one room for a whole day of talks, demos and a group coding session that ran late into the evening.'
  const text = ['Summit Recap', '', ...Array.from({ length: 16 }, () => [paragraph, '']).flat(), 'Thanks and gratitude', '', 'We want to share our deep appreciation to Betacowork for providing a room for the summit.'].join('\n')
  assert.match(textToMarkdown(text), /^#+ Thanks and gratitude$/m)
})

test('a verb that tells things apart takes its "when" clause as its object', () => {
  // The OpenIntro chapter: "We use specific terms in order to differentiate" had lost what they tell apart.
  assert.notEqual(bullet('We use specific terms in order to differentiate when a number is being calculated on a sample of data (sample statistic) and when it is being calculated or considered for calculation on the entire population (population parameter).'), 'We use specific terms in order to differentiate')
})

test('a sentence that sums up keeps its claim when its cut tail pointed back, and thanks are no closing line', async () => {
  // The Jenkins recap: "Overall, the Contributor Summit and FOSDEM were both wildly successful for the Jenkins community,
  // proving again how important these events are" was on no slide ("these events" in the cut tail had made it lean), and
  // the "Thanks and gratitude" at its end, back matter, had taken the talk's last slide with two bullets of no thanks.
  const { scoreSentences } = await import('../../src/article/sentence-score.js')
  const [candidate] = scoreSentences([['Overall, the Contributor Summit and FOSDEM were both wildly successful for the Jenkins community, proving again how important these events are.']], { maxWords: 14, lang: 'en' })
  assert.equal(candidate!.vague, false)
  assert.equal(candidate!.bullet?.text, 'The Contributor Summit and FOSDEM were both wildly successful for the Jenkins community')
  const { isBackMatter } = await import('../../src/article/back-matter.js')
  assert.equal(isBackMatter('Thanks and gratitude'), true)
  assert.equal(isBackMatter('Special thanks'), true)
})

test('a participle the tagger reads as a noun before its preposition is a fronted phrase', () => {
  // Brian Rose, "Another Pythia hackathon: cooked, served, and shared" (Project Pythia, 2026, CC BY 4.0, Markdown): the
  // section's point, "…embed a dedicated technical facilitator within each group", was on no slide.
  assert.equal(bullet('Building off our experience and feedback from previous events, we tried to keep a clear separation between the two roles of every group leader.'), 'We tried to keep a clear separation between the two roles of every group leader')
})

test('a noun with its article before an aside is the subject, not a fronted phrase', () => {
  // Wikinews, "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod" (2019, CC BY 2.5, copied text):
  // "Gross tonnage around 1,150 and loaded with crude palm oil, had over ten crewmembers" had lost "The tanker".
  assert.match(bullet('The tanker, gross tonnage around 1,150 and loaded with crude palm oil, had over ten crewmembers.') ?? '', /^The tanker\b.* had over ten crewmembers$/)
  // (A time stays a fronted phrase to drop.)
  assert.equal(bullet('This spring, the council will open three new libraries in the city.'), 'This spring, the council will open three new libraries in the city')
})

test('a surname the article gives in full titles its slides in full', async () => {
  // The same report titled two slides "Smith", an expert it introduces as "Dr. Tristan Smith of University College London".
  const { keyPhrases } = await import('../../src/article/key-phrases.js')
  const pages = [
    'Dr. Tristan Smith of University College London, a shipping researcher with expert experience interpreting AIS results, explained to Wikinews that crews might turn their AIS transponders off on purpose for security reasons. Smith called the disappearance an "interesting" case. "It could also be a power supply issue or faulty transponder", said Smith.',
    'Smith had one more theory: Namse Bangdzod could be the victim of identity theft. Smith told Wikinews this might happen in cases of illegal fishing.',
    'Local authorities, according to Maritime Bulletin, have noted other unusual AIS data. The website yesterday suggested piracy is now the most prominent theory.'
  ]
  assert.equal(keyPhrases(pages, 'Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod')[0], 'Tristan Smith')
})

test('a tutorial\'s word to its reader is no bullet', async () => {
  // Django Girls, "Django models" (Django Girls Tutorial, CC BY-SA 4.0, Markdown): a slide ended on "If something is still
  // not clear about models, feel free to ask your coach!" and "Hopefully it looks slightly less magic for you now!".
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.equal(isSignpost('If something is still not clear about models, feel free to ask your coach!'), true)
  assert.equal(isSignpost('Hopefully it looks slightly less magic for you now!'), true)
  assert.equal(isSignpost('We will not explain every bit of code here since it would take too much time.'), true)
  assert.equal(isSignpost('Hopefully the new bridge will open before the winter storms arrive.'), false)
})

test('a present claim past a participle after its noun closes the talk, and a window of days is no key figure', async () => {
  // The Wikinews report ended on its search, "Four Navy ships assisted by aircraft are searching", which no slide showed:
  // "assisted" had been read as the sentence's verb, a story in the past; and "59 days" of "…had no sighting of the ship
  // within the last 59 days" stood big over its slide, as if the ship had been missing that long.
  const { closingLine } = await import('../../src/article/closing-line.js')
  const slide = (title: string, notes: string[], bullets: string[]) => ({ type: 'slide', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: title }] }, { type: 'list', ordered: false, children: bullets.map((text) => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })) }, { type: 'notes', children: notes.map((text) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })) }] })
  const slides = [slide('Cargo ship vanishes', [], []), slide('Introduction', ['In late December, Indonesian cargo ship MV Namse Bangdzod vanished in local waters.'], ['In late December, Indonesian cargo ship MV Namse Bangdzod vanished in local waters']),
    slide('Search', ['Local authorities, according to Maritime Bulletin, have noted other unusual AIS data.', 'Yesterday the Search and Rescue Agency told The Jakarta Post it was intending to end its search on the basis of piracy, which is outside its remit. Four Navy ships assisted by aircraft are searching.'], ['Local authorities, according to Maritime Bulletin, have noted other unusual AIS data'])]
  const line = closingLine(slides as never, { isBackMatter: () => false, maxWords: 14, lang: 'en' })
  assert.match(JSON.stringify(line ?? {}), /Four Navy ships assisted by aircraft are searching/)
  const { keyFigure } = await import('../../src/article/key-figures.js')
  const item = (text: string) => ({ type: 'listItem' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] }] })
  assert.equal(keyFigure(item("Vessel Tracker's database had no sighting of the ship within the last 59 days on Tuesday")), undefined)
  assert.equal(keyFigure(item('The ship was built in 1993 and has sailed for 59 days without a stop')), '59 days')
})

test('an interview after its TL;DR keeps its slides, its byline under the date signs it, and a photo\'s who-stands-where is a caption', async () => {
  // Tom Ootes, "Vorderingenoverzicht Rijk: één overzicht met betalingsverplichtingen dankzij de Common Ground principes"
  // (developer.overheid.nl, 2025, EUPL-1.2, copied text, Dutch): the whole interview, its headings read a level under
  // "TL;DR", was folded into one slide's notes as back matter (a deck of three slides for 2,250 words); "Tom Ootes" over
  // "Developer Advocate - developer.overheid.nl" titled the first slide; "12 minuten leestijd" stayed in the date line; and
  // "Timen Olthof (links) en Kiske de Leest (rechts)", a photo's caption, titled an empty slide.
  const { isPictureCredit } = await import('../../src/text/credit-lines.js')
  assert.equal(isPictureCredit('Timen Olthof (links) en Kiske de Leest (rechts)'), true)
  assert.equal(isPictureCredit('Ana Ruiz (left) and Tom Lee (right)'), true)
  assert.deepEqual(parseByline('17 april 2025 · 12 minuten leestijd'), { date: '17 april 2025' })
  const paragraph = (topic: string): string => `Het team werkt aan ${topic} en legt in dit deel uit hoe dat gaat. Burgers kunnen met de app bij acht organisaties hun gegevens ophalen, en die gegevens worden nergens anders opgeslagen.`
  const text = ['Vorderingenoverzicht Rijk: één overzicht met betalingsverplichtingen', '', '17 april 2025 · 12 minuten leestijd', '', 'Tom Ootes', 'Developer Advocate - developer.overheid.nl', '',
    paragraph('een nieuwe dienst'), '', 'TL;DR', '', '• Het project gebruikt het vijf-lagenmodel van Common Ground.', '', '• Gebruikersonderzoek is een belangrijke pijler binnen het project.', '',
    ...['Introductie', 'Common Ground principes', 'Build for Failure', 'Conclusie'].flatMap((heading) => [heading, '', paragraph(heading.toLowerCase()), '', paragraph('de componenten'), ''])].join('\n')
  const { html } = await renderDeck(text, { path: '/tmp/lectern-no-such-folder/article.txt', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.match(shown, /Tom Ootes, Developer Advocate - developer\.overheid\.nl 17 april 2025/)
  for (const heading of ['Introductie', 'Common Ground principes', 'Build for Failure', 'Conclusie']) assert.match(shown, new RegExp(heading))
})

test('numbered questions head their sections, an empty one over its example\'s label, and hashtags over the byline are furniture', async () => {
  // Matt Sosna, "Writing the self-contained universe" (mattsosna.com, 2013, CC BY-SA 4.0, copied text): "1. Who is your
  // reader? Why should they care about your message?" was a bullet of the introduction and the "Example: …" labels under
  // the four numbered questions were the agenda; "#academia" over "Written by Matt Sosna on November 23, 2013" had kept
  // the byline off the title slide.
  const paragraph = 'As often as possible, put yourself in the head of the person reading what you wrote. The more of these you can answer, the more willing the reader will be to respond.'
  const text = ['Writing the self-contained universe', '#academia', 'Written by Matt Sosna on November 23, 2013', '', paragraph, '',
    '1. Who is your reader? Why should they care about your message?', '', 'Example: e-mail', paragraph, '',
    '2. Does your writing actually address the purpose of the message?', '', 'Example: grant writing, lab reports', paragraph, '',
    '3. If your writing was an isolated universe, would that universe make sense?', '', 'Example: course exam', paragraph].join('\n')
  const markdown = textToMarkdown(text)
  assert.match(markdown, /^author: Matt Sosna$/m)
  assert.match(markdown, /^## 1\. Who is your reader\? Why should they care about your message\?$/m)
  assert.match(markdown, /^### Example: e-mail$/m)
})

test('a box\'s label is no speaker, and a list under "Photo credits:" goes to the notes', async () => {
  // Ryan Macklin, "3 tricks to overcome writer's block", and Felicity Brand, "Marketing yourself - Why you need a tech
  // writing portfolio" (The Good Docs Project, 2022, CC BY 4.0, Markdown): "> Here's an important part: time spent…"
  // and "> **Hot tip:** Work on a template…" were shown as quotations "— Here's an important part", "— Hot tip".
  const source = ['# Writer\'s block', '', filler('docs'), '', '## Steal from Pomodoro', '', filler('writing'), '',
    '> Here\'s an important part: time spent just staring at your screen and not writing anything counts as time in your pomodoro.', '',
    '## Credits', '', filler('credits'), '', 'Photo credits:', '', '- Thinking: Basic College English blog', '- Chicken heart: University of Illinois Chickscope'].join('\n')
  const shown = await faces(source)
  assert.doesNotMatch(shown, /— Here's an important part/)
  assert.doesNotMatch(shown, /Basic College English blog/)
  // (A phrase that sets something aside is no statement alone.)
  assert.doesNotMatch(bullet('Aside from giving yourself more opportunities to write something incorrect and actually lose points, in the scientific world you will almost never be in the situation where you\'ve written everything you need and should keep writing more.') ?? '', /^Aside from/)
})

test('"an example of that" leans on the sentence before, "Otherwise," stays, and a reassurance is no bullet', async () => {
  // The Django Girls chapter, paired against the session's start: "There is an example of that in the __str__ method"
  // had taken the place of the tutorial's words to its reader, "that" pointing at nothing on the slide; "Otherwise, the
  // methods won't belong to the class…" had lost its "Otherwise" and said the opposite.
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const sentence = 'There is an example of that in the __str__ method.'
  assert.equal(isVague(tagSentence(sentence), sentence), true)
  assert.match(bullet('Otherwise, the methods won\'t belong to the class, and you can get some unexpected behavior.') ?? '', /^Otherwise, /)
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.equal(isSignpost('We know it is complicated, especially when you learn what objects and functions are at the same time.'), true)
})

test('a diagram\'s caption copied without its diagram goes to the notes', async () => {
  // The Dutch interview: "Diagram: de vijf-lagen architectuur van Common Ground." was a bullet of its slide.
  const paragraph = 'In onze demo-omgeving gebruiken we PostgreSQL, maar misschien heeft een organisatie al een Oracle-database die ze niet willen vervangen. Dan kunnen ze dezelfde service-interfaces implementeren.'
  const text = ['Vijf lagen', '', paragraph, '', 'Flexibel inzetbare componenten', '', paragraph, '', 'Dat klinkt als overkill, zeker bij de eerste commit.', '', 'Diagram: de vijf-lagen architectuur van Common Ground.', '', 'Decentralisatie', '', paragraph].join('\n')
  const { html } = await renderDeck(text, { path: '/tmp/lectern-no-such-folder/article.txt', overrides: { condense: true } })
  assert.doesNotMatch(facesOf(html), /Diagram: de vijf-lagen/)
})

test('a long roll of names runs on in two columns', async () => {
  // Pat David, "Happy 2nd Birthday Discuss" (PIXLS.US, 2017, CC BY-SA 4.0, Markdown): forty donors' names, "Marc W.",
  // "Ulrich P.", …, took eight slides of six names each.
  const { columnList, isColumnList } = await import('../../src/article/list-columns.js')
  const names = ['Ulrich P.', 'Luc V.', 'Ben E.', 'Keith A.', 'Philipp H.', 'Christian M.', 'Matthieu M.', 'Maria J.', 'Kevin P.', 'Maciej D.', 'Egbert G.', 'Michael H.', 'Jörn H.', 'Boris H.', 'Norman S.', 'David O.', 'Walfrido C.', 'Philip S.', 'David S.', 'Keith B.']
  const list = (items: string[]) => ({ type: 'list' as const, children: items.map((text) => ({ type: 'listItem' as const, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] }] })) })
  assert.equal(isColumnList(columnList(list(names))), true)
  // (Not twenty items of a sentence each.)
  assert.equal(isColumnList(columnList(list(names.map((name) => `${name} gave us a new server for the forum`)))), false)
})

test('where a list can be found, its address after, is a pointer', async () => {
  // The PIXLS.US post ended a slide on "The full list of play_raw posts can always be found here: https://discuss.pixls.us/tags/play_raw".
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.equal(isPointer('The full list of play_raw posts can always be found here: https://discuss.pixls.us/tags/play_raw'), true)
  assert.equal(isPointer('More details can be found on our website.'), true)
  // (Not a place in the world, nor a lead-in over its links.)
  assert.equal(isPointer('The ruins can be found at the top of the hill, where the castle stood for 300 years.'), false)
  assert.equal(isPointer('All of the material can be found online at:'), false)
})

test('a minus between a letter and a number closes no aside, and a standfirst in lower case starts with a capital', async () => {
  // Jamie Oaks, "Generalizing Bayesian phylogenetics to model shared divergences" (Phyletica Lab, 2021, CC BY 4.0,
  // Markdown): "…trees with $$N - 1$$ bifurcating divergences are only one class… from 1 to $$N - 1$$ potentially shared…"
  // became "…trees with N, 1 potentially shared or multifurcating divergences", the words between the two minus signs
  // dropped as an aside; the excerpt "we developed a Bayesian approach…" was the subtitle in lower case.
  assert.doesNotMatch(bullet('Under our generalized tree distribution, trees with N - 1 bifurcating divergences are only one class of tree models in a greater space of trees with anywhere from from 1 to N - 1 potentially shared or multifurcating divergences.') ?? '', /N, 1/)
  const source = ['---', 'title: "Generalizing Bayesian phylogenetics to model shared divergences"', 'excerpt: "we developed a Bayesian approach to generalizing the space of tree models to allow for shared and multifurcating divergences"', '---', '', filler('lab'), '', '## The assumption', '', filler('tree'), '', '## Our approach', '', filler('model')].join('\n')
  assert.match(await faces(source), /We developed a Bayesian approach to generalizing the space of tree models/)
})

test('"To reiterate," and "Needless to say," are connectives a bullet drops', () => {
  // The PIXLS.US post: "To reiterate, we're not going to run ads on the site" reiterated nothing on its slide.
  assert.equal(bullet('To reiterate, we\'re not going to run ads on the site.'), 'We\'re not going to run ads on the site')
})

test('bullets of one short item, each over its paragraphs, are the sub-headings of a survey written as a list', async () => {
  // David Oliver, "The IETF and Internet Freedom" (Guardian Project, 2021, CC BY, Markdown): "* TLS 1.3 (RFC 8446)",
  // "* ECH / eSNI (draft)", "* Privacy Pass", each over its paragraphs, were bullets among their paragraphs' bullets
  // under one question heading repeated over five slides.
  const paragraph = (topic: string): string => `${topic} is one of the standards the working groups are writing now. It changes how much of a connection an observer on the network can see.`
  const source = ['# The IETF and Internet Freedom', '', filler('standards'), '', '## What is most important to the Internet Freedom community?', '',
    ...['TLS 1.3 (RFC 8446)', '[ECH / eSNI](https://datatracker.ietf.org/doc/draft-ietf-tls-esni/) (draft)', 'Privacy Pass'].flatMap((name) => [`* ${name}`, '', paragraph(name.replace(/\[([^\]]*)\]\([^)]*\)/, '$1')), '']), '## What comes next', '', filler('next')].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  for (const name of ['TLS 1.3 \\(RFC 8446\\)', 'ECH / eSNI \\(draft\\)', 'Privacy Pass']) {
    assert.match(html, new RegExp(`<h[23]>${name}</h[23]>`))
    assert.doesNotMatch(html, new RegExp(`<li>${name}</li>`))
  }
})

test('a program\'s output in aligned columns is a listing', async () => {
  // Rüdiger Klaehn, "QUIC packet rejection in practice" (n0, iroh.computer, 2026, CC BY 4.0, copied text): a benchmark's
  // output, "server wall time:            3.14 s" and eight lines more, had been a slide of labelled bullets.
  const { isCodeLine } = await import('../../src/text/code.js')
  assert.equal(isCodeLine('  server wall time:            3.14 s'), true)
  assert.equal(isCodeLine('  effective spam/request:        25 :1'), true)
  assert.equal(isCodeLine('Note: the test ran for three minutes on one core.'), false)
})

test('a reporting aside before a list\'s last item opens no clause of its own', () => {
  // HeatHack, "Avoiding damp" (HeatHack Guide Book, CC BY-SA 4.0, copied text): "We think, what you can get away with in
  // practice" was a bullet, cut from "…brick varies considerably in its composition and hardness, how it is treated, and
  // we think, what you can get away with in practice".
  assert.notEqual(bullet('Brick is a breatheable material like stone, but we don’t have a lot of experience of it and brick varies considerably in its composition and hardness, how it is treated, and we think, what you can get away with in practice.'), 'We think, what you can get away with in practice')
})

test('a question heading that opens on the interviewer\'s first name, the deck\'s author, loses the name', async () => {
  // The Dutch interview: "Tom: Kunnen jullie uitleggen waar het project Vorderingenoverzicht Rijk over gaat?" titled its
  // slides under "Introductie", Tom Ootes being the interviewer who signs the post.
  const source = ['---', 'title: Vorderingenoverzicht Rijk', 'author: Tom Ootes', '---', '', filler('project'), '', '## Introductie', '', '### Tom: Kunnen jullie uitleggen waar het project over gaat?', '', filler('vorderingen'), '', '## Conclusie', '', filler('conclusie')].join('\n')
  const shown = await faces(source)
  assert.match(shown, /Kunnen jullie uitleggen waar het project over gaat\?/)
  assert.doesNotMatch(shown, /Tom: Kunnen/)
})
