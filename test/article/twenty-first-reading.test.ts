/**
 * What the sixteenth session (5 December 2026) found reading decks as their
 * speaker: first Lectern's own sample (`slides/night-trains.txt`), the deck a
 * new user builds first, then held-out articles (source, author and licence
 * with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ListItem } from 'mdast'
import { compressSentence } from '../../src/article/compress.js'
import { fitListItems } from '../../src/article/list-fit.js'
import { firstFigure } from '../../src/article/key-figures.js'
import { toString } from '../../src/article/visible-text.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { tagSentence } from '../../src/article/nlp.js'
import { renderDeck } from '../../src/index.js'
import { recogniseText } from '../../src/text/index.js'
import { splitSentences } from '../../src/article/sentences.js'
import { slideFaces } from '../helpers.js'

const compressed = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text


test('a verb the tagger reads as an adjective or a noun after its subject is a verb, clause by clause', () => {
  // "Today new sleeper lines open every season, and some sell out weeks in advance": the introduction's point had been
  // no statement ("open" an adjective, "sell" a noun), and the face showed only the set-up before it.
  assert.ok(isStatement(tagSentence('Today new sleeper lines open every season, and some sell out weeks in advance.')))
  assert.equal(compressed('Today new sleeper lines open every season, and some sell out weeks in advance.'), 'Today new sleeper lines open every season, and some sell out weeks in advance')
  // (A verb before its object's adjective, "offer private compartments", when the only other verb trails the clause.)
  assert.equal(compressed('Modern carriages offer private compartments with real beds, power sockets and a small washbasin, a long way from the cramped couchettes many people remember.'), 'Modern carriages offer private compartments with real beds, power sockets and a small washbasin')
  // (Still no verb in a noun phrase: "Open data portals" opens nothing; "the doors open" at the end has nothing to take.)
  assert.ok(!isStatement(tagSentence('Open data portals in every city')))
})

test('a labelled item whose phrase is no statement shows its head, up to the first comma, not its label alone', () => {
  const item = (label: string, text: string): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: ` ${text}` }] }] })
  const items = fitListItems([
    item('Distance:', 'between 600 and 1,500 kilometres, long enough to fill a night and short enough to arrive by morning.'),
    item('Demand at both ends:', 'large cities whose travellers move in both directions, so trains are full each way.'),
    item('Track access:', 'paths on busy lines at night, when freight trains compete for the same rails.'),
    item('Station hours:', 'stations that stay open late and early, with staff and connections.')
  ], 14)
  const shown = items.map((each) => toString(each))
  // The figure stays (it had been "Distance" alone, the labels only).
  assert.equal(shown[0], 'Distance: between 600 and 1,500 kilometres')
  assert.equal(shown[2], 'Track access: paths on busy lines at night')
  // (Never the first of a list of examples: "Use automated tools such as code linters" is no head of "…, test suites, and…".)
  const tools = fitListItems([item('Use automated tools', 'such as code linters, test suites, and test coverage measures to reduce burden on authors, reviewers, and editors as much as possible.')], 14)
  assert.doesNotMatch(toString(tools[0]!), /linters$/)
})

test('a paragraph that names a member of a counted series is labelled with it, its claim the sentence after', async () => {
  const text = [
    'The Quiet Comeback of the Night Train', '',
    'Ten years ago the night train looked like a relic. Operators were closing routes, selling carriages and telling passengers that budget flights had won. Today new sleeper lines open every season, and some sell out weeks in advance.', '',
    'Why Travellers Are Coming Back', '',
    'The first reason is time. A train that leaves at nine in the evening arrives at seven the next morning. For many business travellers the hotel bill disappears too.',
    'The second reason is comfort. Modern carriages offer private compartments with real beds, power sockets and a small washbasin, a long way from the cramped couchettes many people remember.',
    'The third reason is the climate. A seat on a night train produces a small fraction of the emissions of the same journey by air, and travellers increasingly ask about that before they book.', '',
    'What Comes Next', '',
    'Governments have started to help with track fees and with money for new carriages. Booking is getting easier as operators join shared ticketing systems.', ''
  ].join('\n')
  const html = (await renderDeck(text, { path: 'night-trains.txt' })).html
  const face = slideFaces(html)
  // ("The first reason is time" had been a bullet of its own, saying nothing: the reasons are labels now.)
  assert.doesNotMatch(face, /The (?:first|second|third) reason is/)
  assert.match(face, /<strong>Time:<\/strong> A train that leaves at nine in the evening arrives at seven the next morning/)
  assert.match(face, /<strong>Comfort:<\/strong> Modern carriages offer private compartments/)
  assert.match(face, /<strong>Climate:<\/strong> A seat on a night train produces a small fraction of the emissions/)
  assert.match(face, /Today new sleeper lines open every season/)
  // Nothing lost: the series sentences are in the notes.
  assert.match(html, /The first reason is time\./)
})

test('a condition that only hedges goes when the sentence is long; a preposition a contact clause strands ends a statement', () => {
  // The sample's last sentence, its conclusion, had been no bullet: kept "If the trend holds," and cut "at breakfast".
  assert.equal(compressed('If the trend holds, the night train will not replace the aeroplane, but it will win back the journeys it was always best at: one night, one bed, and a city centre at breakfast.'), 'The night train will not replace the aeroplane, but it will win back the journeys it was always best at')
  assert.ok(isStatement(tagSentence('It will win back the journeys it was always best at.')))
  // (A condition that says when the claim holds stays.)
  assert.match(compressed('If vaccine coverage falls below 90 percent, measles outbreaks return within a few years in most countries.') ?? '', /^If vaccine coverage falls below 90 percent, measles outbreaks return/)
})

test('held-out set 70: a picture’s file name or Flickr credit is no heading, nor is a note on where the piece ran, nor a lone line deep in an essay', async () => {
  // Westley Winks, "Not Even Water?" (CC BY 4.0): four pictures copied as their file names ("first-fast.webp") had
  // titled slides, and a proverb on a line of its own two thirds in ("Zakat ma-kat-nqs mn f rzqk walu") titled six.
  const essay = [
    'Not Even Water?', '',
    'I experienced my second and final Ramadan in Morocco. Ramadan is such an important cultural event here and across all countries with a Muslim population. It is a special time that brings people together all across the Islamic world.', '',
    ...Array.from({ length: 8 }, (_, at) => `Paragraph ${at + 1} of the story goes on about the month, the meals and the neighbours. Every evening the family gathered before sunset and waited for the call to prayer. The streets were quiet in the afternoon and loud again after dark. People shared food with everyone who came to the door, and nobody was turned away.\n`),
    'first-fast.webp', '',
    'The first fast was the hardest, and the days were long and hot in the town where I lived.', '',
    'Zakat ma-kat-nqs mn f rzqk walu',
    'Giving doesn’t remove anything from your blessings (translation mine)', '',
    'Zakat Al-Fitr, the mandatory donation at the end of Ramadan, is a small amount of money that is set by the Kingdom of Morocco. This year, it was set at 20 dirhams for each person.', ''
  ].join('\n')
  const html = (await renderDeck(essay, { path: 'not-even-water.txt' })).html
  const titles = [...slideFaces(html).matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))
  assert.ok(!titles.some((title) => /webp|Zakat ma-kat/.test(title)), titles.join(' | '))
  assert.match(html, /Zakat ma-kat-nqs mn f rzqk walu/)
  // Vanessa Gennarelli, "Rethinking Assessment, Supporting Diversity" (P2PU, CC BY-SA): a Flickr credit and a note on where
  // the piece first ran had titled the first two slides.
  const report = ['Rethinking Assessment, Supporting Diversity', '', 'Feedback by giulia.forsythe, on Flickr', '', 'Introduction', '', 'This piece originally appeared in the online magazine Educating Modern Learners in May 2014', '', 'Despite all the promises of the World Wide Web as a platform for online learning, there are still many questions about whether we are building learning tools that welcome a diversity of ideas and people. We must take what we know about gender and performance in order to design assessments that open rather than close opportunities.', ''].join('\n')
  const deck = slideFaces((await renderDeck(report, { path: 'assessment.txt' })).html)
  assert.doesNotMatch(deck, /<h[12][^>]*>[^<]*(?:Flickr|originally appeared)/)
})

test('held-out sets 69 and 70: cuts that lost the point, and what was kept instead', () => {
  // ONRR, "Native American Ownership and Governance of Natural Resources" (public domain): "…to give tribes" had lost its object.
  assert.equal(compressed('This requires the Federal Energy Regulatory Commission to give tribes, in addition to states and municipalities, preference for the receipt of preliminary hydroelectric licenses.'), 'This requires the Federal Energy Regulatory Commission to give tribes preference for the receipt of preliminary hydroelectric licenses')
  // (An added phrase whose comma is a list's stays whole: never "…a 40% increase in performance security, and availability".)
  assert.doesNotMatch(compressed('In comparison with the previous Java service, the updated backend delivers a 40% increase in performance, along with improved scalability, security, and availability.') ?? '', /performance security/)
  // John Turner, "Negro Baptists" (RRCHNM, MIT): "the three largest … were" two of them, the subject of the talk cut.
  assert.doesNotMatch(compressed('Correspondingly, the three largest Baptist denominations in the 1926 Census were the Southern Baptist Convention, the Northern Baptist Convention, and the Negro Baptists.') ?? '', /Northern Baptist Convention$/)
  // Shannon McHarg, "Making open data useful" (ONRR, public domain): the point after "but", whole; the claim after a purpose.
  assert.equal(compressed('It’s a lofty goal and a big lift to expect of opening up some government data, but we think our work is one small piece of building trust in government.'), 'We think our work is one small piece of building trust in government')
  assert.equal(compressed('To make government data truly open, accessible, and inclusive, government agencies need to include their users in the design process.'), 'Government agencies need to include their users in the design process')
  // Vanessa Gennarelli (P2PU, CC BY-SA): "(and future of)" takes the word after it; without it, "the current state assessment".
  assert.doesNotMatch(compressed('At Peer 2 Peer University we’ve thought extensively on the current state (and future of) assessment on the web.') ?? '', /state assessment/)
  // "Nearly 25 years ago" says when: no big number.
  assert.equal(firstFigure('Nearly 25 years ago, Sherry Turkle and Seymour Papert offered us another way to recognize how people learn.'), undefined)
  // A quoted phrase at the end keeps no full stop inside its marks.
  assert.equal(compressed('In 1890, the U.S. Census Office began tracking what it referred to as “the colored element in church statistics.”'), 'In 1890, the U.S. Census Office began tracking what it referred to as “the colored element in church statistics”')
})

test('held-out sets 69 and 70: a conclusion of long sentences shows its main clause; a blog’s metadata written as link definitions is its front matter', async () => {
  // Shannon McHarg, "Making open data useful" (ONRR, public domain): the conclusion's two long sentences gave no bullet,
  // and its slide was a divider followed by "Questions?".
  assert.equal(compressed('Through user-centered design, and no longer being constrained by external requirements, our open data site is becoming a more transparent view into the operations of our agency and more inclusive of the needs of our users.'), 'Our open data site is becoming a more transparent view into the operations of our agency')
  // (Never a condition's main clause alone, nor one after a phrase that names something.)
  assert.doesNotMatch(compressed('If you have already attended a Community Discussion (or other community event) as part of checkout, we have automatically transferred this activity to complete your Welcome Session step.') ?? '', /^We have automatically/)
  // (Two adjectives of one noun are no second complement: never "…that build ever higher-level".)
  assert.doesNotMatch(compressed('Machine learning models have become extremely general information-processing systems that build ever higher-level and more complex abstractions; recurrence, recursion, higher-order models, even stack machines and language interpreters, all implemented as compositions of basic components.') ?? '', /higher-level$/)
  // Vitalik Buterin, "Review: museums of the future, Dubai and Tokyo" (WTFPL): the title had come from the file's name.
  const post = '[category]: <> (General,Philosophy)\n[date]: <> (2024/08/03)\n[title]: <> (Review: museums of the future, Dubai and Tokyo)\n\nIn this past year, I have had the pleasure of visiting the Museum of the Future in Dubai, and more recently the Miraikan in Tokyo. Both of these museums came highly recommended to me by close friends and collaborators, and I see both as trying to solve a crucially important problem.\n\nWhat struck me the most about my visits to the two museums were just how different the two visions are. They are in no way incompatible with each other. But at the same time, they have a very different feel, and a very different direction of priorities.\n'
  const html = (await renderDeck(post, { path: '01-museums-of-the-future.md', overrides: { condense: true } })).html
  assert.match(html, /<h1>Review: museums of the future, Dubai and Tokyo<\/h1>/)
  assert.match(html, /class="date">2024\/08\/03</)
})

test('held-out set 70: a page’s wrapper tags stay off the face, and a time told from now is no concrete fronted phrase', async () => {
  // Vitalik Buterin (WTFPL): "<center><br>" around a picture had stayed on the face and split the introduction, its
  // last bullet alone on "Introduction (cont.)".
  const post = '---\ntitle: Museums\n---\n\nIn this past year, I have had the pleasure of visiting the Museum of the Future in Dubai, and more recently the Miraikan in Tokyo. Both of these museums came highly recommended to me by close friends and collaborators.\n\nWhat struck me the most about my visits to the two museums were just how different the two visions are. They are in no way incompatible with each other.\n\n<center><br>\n\n![](pic2.png)\n\n</center><br>\n\n## What I liked about Dubai\n\nWhen you start going through the Museum of the Future, the first thing you go into is a simulated space elevator. One major theme was meditation and health and wellness.\n'
  const html = (await renderDeck(post, { path: 'museums.md', overrides: { condense: true } })).html
  assert.doesNotMatch(slideFaces(html), /<center>|Introduction <em class="cont">/)
  assert.match(compressed('In this past year, I have had the pleasure of visiting the Museum of the Future in Dubai, and more recently the Miraikan in Tokyo.') ?? '', /^I have had the pleasure of visiting the Museum of the Future in Dubai, and more recently the Miraikan/)
  // (A year told from now stays: "Last year," is when.)
  assert.match(compressed('Last year, sales grew by 40 percent in the north and by 20 percent in the south of the country.') ?? '', /^Last year, sales grew/)
})

test('held-out sets 71 and 72: a page’s chrome, its byline and date, a list of questions a colon introduces, glued note marks', async () => {
  // Jason A. Heppler, "Federal Policy, Western Lands, and Malheur" (CC BY 3.0): a chart's "Download: PNG | PDF | Code" had
  // titled six slides, and "This post also appears at BlogWest." was a bullet.
  const essay = ['Federal Policy, Western Lands, and Malheur', '', 'January 6, 2016', '', 'This post also appears at BlogWest.', '', 'The federal government administers a lot of Western land, and the militants occupying Malheur argue that it should be sold. These lands were never meant to be a theft from production. Most federal land management encourages the use of these lands for recreation, grazing and military testing.', '', 'Download: PNG | PDF | Code', '', 'Public grazing law underwent dramatic changes beginning in 1970 with the National Environmental Policy Act. Ranchers asserted their rights against what they saw as oppressive federal regulation. The conflict over who controlled the public lands went on through the 1980s.', ''].join('\n')
  const html = (await renderDeck(essay, { path: 'malheur.txt' })).html
  assert.doesNotMatch(slideFaces(html), /Download: PNG|also appears at BlogWest/)
  // (And a trailing "unless" stays: "…don’t intend harm" alone said the opposite.)
  assert.equal(compressed('The militants in Malheur have claimed they don’t intend harm unless there are threats to remove them from the building.'), 'The militants in Malheur have claimed they don’t intend harm unless there are threats to remove them from the building')
  // Roger Peng for nine authors, "Is Artificial Intelligence Revolutionizing Environmental Health?" (MIT): the name and
  // "2019/12/04" under the title were a section, and the questions the introduction lists were dropped as contents,
  // the first section with them.
  const post = ['Is Artificial Intelligence Revolutionizing Environmental Health?', '', 'Roger Peng', '2019/12/04', '', 'On June 6 and 7, 2019, the National Academies hosted a workshop on the use of artificial intelligence in the field of environmental health. Machine learning algorithms are now being used to analyze large volumes of complex data.', '', 'Building upon the major themes of the workshop, in this blog post we address the following questions:', '', 'How might AI advance environmental health?', 'Does AI change the standards used for conducting environmental health research?', 'Does the use of AI allow us to change our established research principles?', '', 'How might AI advance environmental health?', '', 'Environmental health is the study of how the environment affects human health. High-throughput screening can now generate data on tens of thousands of chemicals.', '', 'Does AI change the standards used for conducting environmental health research?', '', 'The major standards by which we conduct scientific research do not change. Transparency and repeatability are key.', '', 'Does the use of AI allow us to change our established research principles?', '', 'AI does not change established research principles such as sound study designs. Model cards share what everyone impacted by a model should know.', ''].join('\n')
  const { tree } = recogniseText(post)
  const headings = tree.children.filter((node) => node.type === 'heading').map((node) => toString(node))
  assert.deepEqual(headings.slice(1), ['How might AI advance environmental health?', 'Does AI change the standards used for conducting environmental health research?', 'Does the use of AI allow us to change our established research principles?'])
  assert.deepEqual(tree.children.filter((node) => node.type === 'heading').map((node) => (node as { depth: number }).depth).slice(1), [2, 2, 2])
  const meta = (await renderDeck(post, { path: 'ai.txt' })).html
  assert.match(meta, /class="author">Roger Peng</)
  assert.match(meta, /class="date">2019\/12\/04</)
  // Westley Winks (CC BY 4.0): note marks copied glued to their words ("shabakiya1", "sleeper)2.") leave the text; a
  // section's "2.1" and code's "x.y.0-rc1" stay.
  const marked = recogniseText('Not Even Water?\n\nThere is a smell of shabakiya1 in the air. I am a really heavy sleeper)2. The spread had msmen and srraq zit3, juice, and dates. We tagged release x.y.0-rc1 and then 2.1 of the plan, and CO2 rose.\n').tree
  assert.equal(toString(marked).replace(/^Not Even Water\?/, ''), 'There is a smell of shabakiya in the air. I am a really heavy sleeper). The spread had msmen and srraq zit, juice, and dates. We tagged release x.y.0-rc1 and then 2.1 of the plan, and CO2 rose.')
})

test('held-out set 71: an "Author" label wins over category lines taken for names; a number the title says is no big number', async () => {
  // Roger Hoerl and Hannah de Mowbray (Real World Data Science, CC BY 4.0): "AI" / "Governance" / "Policy" had been the byline.
  const column = ['Data Quality Under the Lens: Do You Really Have Hypertension?', 'AI', 'Governance', 'Policy', 'The second edition of our new column exploring real life data quality disasters and crises averted.', '', 'Author', 'Roger Hoerl and Hannah de Mowbray', '', 'Published', 'June 12, 2026', '', 'Roughly half of US adults have hypertension, and roughly 60% of these take medication to lower their blood pressure. Blood pressure medication, like all medication, has side effects.', ''].join('\n')
  const html = (await renderDeck(column, { path: 'hypertension.txt' })).html
  assert.match(html, /class="author">Roger Hoerl and Hannah de Mowbray</)
  // Jan Ainali and Elena Findley-de Regt (Foundation for Public Code, CC0): "11" shown big under "Goal 11".
  const goals = '---\ntitle: We support the Sustainable Development Goals\n---\n\n## Goal 11: Sustainable Cities and Communities\n\nThe Foundation for Public Code supports goal 11 by enabling sustainable collaboration on digital transformation at scale. Increasingly, urbanization is planned and managed using digital tools. Using open tools helps make urbanization participatory and inclusive.\n\n## Goal 17: Partnerships for the Goals\n\nThe Foundation for Public Code supports goal 17 by building networks and making tools available. Our concept of codebase stewardship is centered on partnerships.\n'
  const deck = (await renderDeck(goals, { path: 'sdgs.md', overrides: { condense: true } })).html
  assert.doesNotMatch(deck, /data-layout="big-number"/)
})

test('held-out set 74, paired: the regressions its readers found, and a colon inside a name', async () => {
  // Rebecca Kilberg, "The Cost of a Digital Archive" (Harvard LIL, CC BY-SA 3.0): "along with Perma users" names who decides; it stays.
  assert.equal(compressed('We will need to decide, along with Perma users, how to manage our finite resources.'), 'We will need to decide, along with Perma users, how to manage our finite resources')
  // Kim Brillante Knight, "Making Space" (Minimal Computing, CC BY 4.0): the lone "References" deep in the essay stays a heading.
  const essay = ['Making Space', '', ...Array.from({ length: 8 }, (_, at) => `Paragraph ${at + 1} tells how the project ran without grant funding or staff, on time, goodwill and a room of its own. Volunteers gave their evenings to workshops. Students came back to teach the next group. The work grew because people wanted it to grow.\n`), 'References', '', 'Gil, Alex. “The User, the Learner, and the Machines We Make.” Minimal Computing. 21 May 2015.', ''].join('\n')
  const { tree } = recogniseText(essay)
  assert.ok(tree.children.some((node) => node.type === 'heading' && toString(node) === 'References'))
  // Anne B. McGrail (Minimal Computing, CC BY 4.0): "the GO::DH map" had been cut to "the GO"; "Second**,**" showed its asterisks.
  assert.doesNotMatch(compressed('Next, I went back to the GO::DH map that locates DH centers globally, and then I looked for community colleges on it.') ?? '', /the GO$/)
  const list = (await renderDeck('---\ntitle: CC\n---\n\n## Mentors\n\n-   First, most faculty at community colleges teach five classes a term and have no time for research.\n-   Second**,** graduate faculty rarely maintain close professional ties with their students who take community college jobs.\n', { path: 'cc.md', overrides: { condense: true } })).html
  assert.doesNotMatch(list, /\*\*/)
  // (A question in single quotes ends no sentence before a word in lower case.)
  assert.equal(splitSentences("That's a 'what if?' question — and the answer is just a projection forward. The point is clear.").length, 2)
})

test('held-out set 73: rows of data set a line each are no headings', () => {
  // Moritz Oberrauch, "HISTALP gridded data compared to in-situ observations" (OGGM): eight stations' rows had been eight
  // sections of nothing, and one of them had made the methods, results and discussion its sub-sections.
  const text = ['HISTALP gridded data compared to in-situ observations', '', 'Precipitation', '', 'The stations Eigergletscher and Kleine Scheidegg provide monthly precipitation sum records from 1908 until 1952 and from 1955 up to present.', '', "Eigergletscher (7°58'/46°35'), 2320 m asl., data from 1908 until 1952", "Kleine Schneidegg (7°58'/46°35'), 2060 m asl., data since 1960", '', 'Temperature', '', 'The station Jungfraujoch provides monthly mean air temperature records since 1933. It lies within 12 km of the glacier.', '', "JUN: Junfraujoch (7°59'/46°33'), 3580 m asl., data from 1933 until 2018", '', 'Methods', '', 'The HistAlp dataset comes with monthly temporal resolution, so all the other data must be brought into the same format.', '', 'Results', '', 'The HistAlp data shows generally higher monthly precipitation sums than the station data.', ''].join('\n')
  const { tree } = recogniseText(text)
  const headings = tree.children.filter((node) => node.type === 'heading').slice(1)
  assert.deepEqual(headings.map((node) => toString(node)), ['Precipitation', 'Temperature', 'Methods', 'Results'])
  assert.deepEqual(headings.map((node) => (node as { depth: number }).depth), [2, 2, 2, 2])
})

test('held-out sets 75 and 76, paired (start 3, late 0 before these fixes): a form’s number, a user story’s "When…", an attributed quotation', () => {
  // DCMS Short-Term Lets team, "Testing the offline journey" (Crown copyright, MIT): "STL01"/"STL02" had been taken for
  // note marks and lost their numbers.
  const forms = recogniseText('Testing the offline journey\n\nWe tested form STL01 for up to three properties. [Introduce STL02 here if appropriate]\n').tree
  assert.match(toString(forms), /STL01[\s\S]*STL02/)
  // HMPPS, "Discovery summary" (Crown copyright, MIT): a job story keeps its "When planning court work,".
  assert.doesNotMatch(compressed('When planning court work, I need to segment users as not known, previous or current to probation So I can prepare information for probation (service) officers.') ?? '', /^I need/)
  // Coleman McCormick, "The Craft of Baseball" (CC BY 3.0 US): "“Luck is the residue of design.” -Branch Rickey" deep in
  // the review stays a quotation heading with its speaker, not a paragraph without him.
  const review = ['The Craft of Baseball', '', ...Array.from({ length: 8 }, (_, at) => `Paragraph ${at + 1} of the review says how the book reads, what it covers and why the game is hard. Pitchers and hitters fail most of the time. Managers win by small edges over long seasons. The best players overcome failure more often than others.\n`), '“Luck is the residue of design.” -Branch Rickey', '', 'Because of this, baseball is a game of numbers and averages, and the statistics grow thicker every season.', ''].join('\n')
  assert.ok(recogniseText(review).tree.children.some((node) => node.type === 'heading' && /Branch Rickey/.test(toString(node))))
})

test('held-out set 75: a lead-in that not even a fresh slide holds with its quotation goes to the notes, not a slide of its own', async () => {
  // Coleman McCormick, "Annals of the Former World" (CC BY 3.0 US): "…the context in which Hutton was publishing his
  // work:" had been a slide alone, its quotation the next slide.
  const review = '---\ntitle: Annals of the Former World\n---\n\n## Hutton\n\nThis section lays the foundation for modern geology by covering the work of two pillar figures: James Hutton and Charles Lyell. Hutton was a Scot that studied in the 18th century, and is known as the "father of modern geology". As uncontroversial as rocks sound, it\'s telling to keep in mind the context in which Hutton was publishing his work:\n\n>"Hutton published his Theory of the Earth in 1795, when almost no one doubted the historical authenticity of Noah’s Flood, and all species on earth were thought to have been created individually, each looking at the moment of its creation almost exactly as it did in modern times."\n\nMaking claims that the Earth was billions of years old was as blasphemous to the scientific community of the era as Darwin\'s work on evolution.\n'
  const html = (await renderDeck(review, { path: 'annals.md', overrides: { condense: true, maxWords: 14 } })).html
  const slides = slideFaces(html).split('<section').filter((slide) => /context in which Hutton/.test(slide))
  // Either with its quotation on one slide, or in the notes: never alone.
  for (const slide of slides) assert.match(slide, /Noah/)
  assert.match(html, /context in which Hutton was publishing his work/)
})

test('held-out set 77: a LiaScript course module is an article with its own title, not a deck cut at every quiz', async () => {
  // Rose Hartman, "Citizen Science" (Arcus Education, CHOP, CC BY-SA 4.0): its metadata comment, "@overview" macros,
  // quiz options and the "***" around each answer had made it a deck of 46 slides of whole paragraphs.
  const module = ['<!--', 'module_id: citizen_science', 'author:   Rose Hartman', 'version: 1.0.7', 'mode: Textbook', '', 'title: Citizen Science', '', 'comment:  This is an overview of citizen science for biomedical researchers.', '', '@pre_reqs', 'None.', '@end', '-->', '', '# Citizen Science', '', '@overview', '', '## What is citizen science?', '', 'Citizen science is a broad term that covers many ways members of the public can contribute to scientific research. Volunteers often do work that research staff would otherwise do. Projects range from counting birds to coding text for machine learning. The prevalence of citizen science has increased dramatically in recent years, driven by digital platforms.', '', '### Quiz: Defining citizen science', '', 'Which of these are ways citizens can contribute?', '', '[[X]] data/sample collection', '[[X]] data coding', '[[ ]] none of these', '***', '<div class = "answer">', '', 'These are all examples of how citizens can support scientific discovery!', '', '</div>', '***', '', '## What motivates citizen scientists?', '', 'Some volunteers simply want to contribute to science on an issue they care about. Others want to help their community, or themselves. Some projects pay their volunteers or are designed as games, and competition can motivate people too.', '', '@feedback', ''].join('\n')
  const html = (await renderDeck(module, { path: 'citizen-science.md' })).html
  assert.match(html, /<h1>Citizen Science<\/h1>/)
  assert.match(html, /class="author">Rose Hartman</)
  assert.doesNotMatch(slideFaces(html), /@overview|@feedback|\[\[X\]\]/)
  // Condensed: the long paragraphs are bullets, their text whole in the notes.
  assert.match(html, /data-layout="agenda"|<li>/)
  assert.match(html, /<aside class="notes">[\s\S]*Citizen science is a broad term/)
})

test('held-out set 74: a bold paragraph with its question mark after the bold is a heading', async () => {
  // Anne B. McGrail (Minimal Computing, CC BY 4.0): "**And what about CC students**?" had been lost in a run of seven
  // "Reconsiderations and a Maturing Field (cont.)" slides.
  const essay = '---\ntitle: Open Source in Open Access Environments\n---\n\n## Reconsiderations\n\nMany part-time or adjunct humanities faculty teach given syllabi or are limited in the texts they can select. Maximal equity in participatory decision-making in curriculum is harder for contingent faculty to achieve.\n\n**And what about CC students**?\n\nWhat might minimal computing look like for them and how might they practice it? Student diversity is the open access institution’s best asset and biggest challenge.\n'
  const html = (await renderDeck(essay, { path: 'cc.md', overrides: { condense: true } })).html
  // (A short answer under it is that question's bullet, the question its label; a long one its own slide.)
  assert.match(slideFaces(html), /<h2[^>]*>And what about CC students\?<\/h2>|<strong>And what about CC students\?<\/strong>/)
})

test('held-out set 74: a chart’s caption the prose points at is no heading', () => {
  // John Bowers, "The Prolific Mr. Cartwright" (Harvard LIL, CC BY-SA 3.0): the captions of lost charts had titled slides.
  const text = ['The Prolific Mr. Cartwright', '', 'Perhaps a bit of this relative immunity to fatigue can be attributed to the style of his writing. Per the visualization below, Cartwright tended to write shorter opinions than his peers.', '', "Cartwright's average opinion lengths relative to those of his peers", '', 'This basic investigation demonstrates just a few of the insights that this dataset offers into the professional life of Cartwright and his peers.', '', 'Cumulative published opinion counts for Cartwright and peers', '', 'As we can see, it is not just his yearly rate of production that catapulted him to dominance; it is also his consistency.', ''].join('\n')
  const headings = recogniseText(text).tree.children.filter((node) => node.type === 'heading').slice(1).map((node) => toString(node))
  assert.deepEqual(headings, [])
})

test('held-out set 79: a labelled item whose text is a clause keeps it whole, never its "if" half', async () => {
  // Olaf Janssen for the KB (CC BY 4.0): "Finally: if you prefer to have that metadata in a structured format" had been a bullet.
  const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Finally' }] }, { type: 'text', value: ': if you prefer to have that metadata in a structured format, you can request it via our jSRU service, eg. for Wat is er op de kermis te zien?' }] }] }
  assert.doesNotMatch(toString(fitListItems([item], 14)[0]!), /structured format$/)
})
