/**
 * What the forty-sixth session (7 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { articleDeck } from '../helpers/deck-text.js'
import { compressSentence } from '../../src/article/compress.js'

/** The face of an article rendered in article mode (`.md` or `.txt` by the name given), and its HTML. */
const deck = articleDeck

test('set 421: a restoration log keeps its finding, its story in order, and no links to the posts either side', async () => {
  // Ryan Finnie, "Model M keyboard restoration project" (finnie.org, 2010, CC BY-SA 4.0), copied as text.
  const source = [
    'Model M keyboard restoration project',
    '',
    'Aug 28, 2010 • Ryan Finnie',
    '',
    'On Monday, I stopped at Twin City Surplus to look around, simply because I was in the neighborhood. Now, I\'m a computer and telecom geek, but in all the times I\'ve been to Twin City Surplus, there\'s never been anything worth buying, and most of it just sits there year after year.',
    '',
    'But this time, I noticed something. A pile of keyboards, maybe 15 or so. Most were junk, but out of them, I found 3 IBM Model M keyboards, completely caked in dust. I walked out with all 3 for $9 (and a pair of completely black and itchy hands).',
    '',
    'Find of the year',
    '',
    '3 Model M 1391401 keyboards, found in the outside yard. 2 are white logo (1988 and 1989), one is a 1993 blue logo. All have detachable PS2 cables, one is a 10-foot, two are 5-foots.',
    '',
    'Score!',
    '',
    'Before and after',
    '',
    'Below is the half-restored 1993 blue logo. Above is the 1989 white logo that has only been dusted off. The blue logo keyboard was in remarkably good shape after I gave the keycaps and chassis a good scrubbing.',
    '',
    'Unicomp 2-piece keycap',
    '',
    'While restoring my Model Ms, I decided to take a better look at my 2005 Unicomp Customizer 104. I had always assumed that Unicomp, having bought the design from Lexmark, used the one-piece stem+cap design. Nope, it\'s a classic 2-piece. Both the caps and the stems are interchangeable with the 1391401 Model Ms.',
    '',
    '« DNS TTLs and web spiders',
    '',
    'Introducing 2ping »',
    '',
    'Git source • Ryan Finnie',
    ''
  ].join('\n')
  const { faces } = await deck(source)
  // The claim after a phrase fronted in the second clause, not the set-up cut before it.
  assert.match(faces, /In all the times I've been to Twin City Surplus, there's never been anything worth buying/)
  assert.doesNotMatch(faces, /geek, but in all the times I've been to Twin City Surplus\n/)
  // The end of the story stays last: "$9" no big number moved above how the keyboards were found.
  assert.ok(faces.indexOf('I found 3 IBM Model M keyboards') < faces.indexOf('I walked out with all 3 for $9'))
  // What the writer believed, with the short answer that turns it.
  assert.match(faces, /I had always assumed that Unicomp used the one-piece stem\+cap design — nope, it's a classic 2-piece/)
  // No cry for a section, no picture pointers, no neighbour links or footer.
  assert.doesNotMatch(faces, /Score!|Above is the 1989|Below is the half|DNS TTLs|2ping|Git source/)
})

test('set 421: a list\'s last item without a verb of its own stays in its clause; a heading\'s spaced dash keeps to its line', async () => {
  // Scott W Harden, "PS4 Controller Hack - Adding Auto-Run" (swharden.com, 2017, MIT).
  const { firstClause } = await import('../../src/article/first-clause.js')
  assert.equal(firstClause('I still suck at aiming, shooting, and not dying though.', 14), undefined)
  const { html } = await deck('---\ntitle: PS4 Controller Hack - Adding Auto-Run\n---\n\n## Sensing\n\nIt works! I am running forever effortlessly.\n', 'article.md')
  assert.match(html, /<h1[^>]*>PS4 Controller Hack\u00a0- Adding Auto-Run<\/h1>/)
  // What the subject had done, between it and its verb, goes before the claim does.
  assert.equal(compressSentence('I had always assumed that Unicomp, having bought the design from Lexmark, used the one-piece stem+cap design.', { maxWords: 14 })?.text, 'I had always assumed that Unicomp used the one-piece stem+cap design')
})

test('sets 418 and 419: a short word and its stop in brackets end no sentence; a counted list is cut whole or not at all', async () => {
  // Jewel Johnson, "The world's largest bacteria is bigger than a housefly" (SciQuest, CC BY 4.0): "*(Ca.)* T. magnifica"
  // had cut "Researchers checked within (Ca." from "T. magnifica, where the ATP synthase is localized."
  const { splitSentences } = await import('../../src/article/sentences.js')
  assert.deepEqual(splitSentences('Researchers checked within (Ca.) T. magnifica, where the ATP synthase is localized. It was found.'), ['Researchers checked within (Ca.) T. magnifica, where the ATP synthase is localized.', 'It was found.'])
  // Josh Luo, "Taxes" (Personal Finance Guide, MIT): "…one of these 9 states: Alaska and Florida (mostly)" named two of nine.
  const states = compressSentence('You will also pay state income tax unless you live in one of these 9 states: Alaska, Florida, Nevada, South Dakota, Texas, Washington, Wyoming, Tennessee, and New Hampshire (mostly).', { maxWords: 14 })
  assert.equal(states?.text, 'You will pay state income tax unless you live in one of these 9 states')
  // (Not a count with a remark after its comma: "…over 70 interviews, each one about 45 minutes" names no items.)
  assert.match(compressSentence('After that, we conducted over 70 interviews, each one about 45 minutes, with as broad a set of Rust users as we could find.', { maxWords: 14, hardCap: 30 })?.text ?? '', /70 interviews, each one about 45 minutes/)
  // The front matter's description keeps its italics as italics: no asterisks on the title slide.
  const { html } = await deck('---\ntitle: "The largest bacteria"\ndescription: "Meet *Thiomargarita magnifica*, a recently discovered species of bacteria."\n---\n\n## One\n\nThe cells can grow to a centimetre in length, which no one had expected.\n\n## Two\n\nThe genome is copied many thousands of times inside each cell.\n', 'article.md')
  assert.match(html, /<p class="subtitle">Meet <em>Thiomargarita magnifica<\/em>, a recently discovered species of bacteria<\/p>/)
})

test('set 420: a bold opening of an item\'s sentence is no label; a series of predicates or purposes keeps its "and"', async () => {
  // Robert Fink and others, "Code reviews" (Palantir's gradle-baseline docs, CC BY 4.0): "**Legibility** of code fragments
  // is hard to judge…" had become "Legibility Legible code is more reusable…".
  const { shortenItem } = await import('../../src/article/condense-items.js')
  const { toString } = await import('mdast-util-to-string')
  const item = (strong: string, rest: string): string => toString(shortenItem({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: strong }] }, { type: 'text', value: rest }] }] }, 14))
  const legibility = item('Legibility', ' of code fragments is hard to judge for the author whose brain child it is, and easy to judge for a reviewer who does not have the full context. Legible code is more reusable, bug-free, and future-proof.')
  assert.doesNotMatch(legibility, /Legibility ?Legible/)
  assert.match(legibility, /^Legibility of code fragments is hard to judge/)
  assert.doesNotMatch(item('Consistency', ' in a code base makes code easier to read and understand, helps prevent bugs, and facilitates collaboration between regular and migratory developer species.'), /helps prevent bugs$/)
  // (A bold label with its colon stays a label.)
  assert.match(item('Photos:', ' ask before taking pictures, and give people a sticker to wear if they do not want to appear in any photos at all during the day.'), /^Photos: ask before taking pictures/)
  assert.equal(compressSentence('It aims to improve communication between ecosystem projects, to better plan for their joint future, and to make that future a reality.', { maxWords: 14 })?.text, 'It aims to improve communication between ecosystem projects')
})

test('sets 418, 420 and 422: a documentation site\'s foot, its neighbours\' titles, cards of figures and a name under a quotation', async () => {
  // Sara Miteva, "Postmortems That Drive Real Improvement" (Checkly Learn, MIT), copied as text: the next pages' titles, "Last
  // updated on…", "On this page" and a sign-up box had made the talk's last two slides.
  const source = [
    'Postmortems That Drive Real Improvement',
    '',
    'Why Postmortems Matter',
    '',
    'A postmortem turns an incident into a lesson the whole team can use. Without one, the same failure comes back a month later.',
    '',
    'Final Thoughts',
    '',
    'Postmortems are a lever for building resilience, clarity, and trust across the whole engineering team.',
    '',
    'Incident Management Challenges',
    'Anatomy of a Status Page',
    '',
    'Last updated on May 23, 2025. You can contribute to this documentation by editing this page on Github',
    '',
    'On this page',
    'Why Postmortems Matter',
    'Final Thoughts',
    '',
    'Start with Checkly for free',
    '',
    'Monitor your stack with Playwright and Checkly.',
    '',
    'Sign up',
    ''
  ].join('\n')
  const { faces } = await deck(source)
  assert.doesNotMatch(faces, /Incident Management Challenges|Anatomy of a Status Page|Last updated|Checkly for free|Monitor your stack|Sign up/)
  assert.match(faces, /lever for building resilience/)
  // Johan Huijkman and Jan Jaap de Groot, "How to get an accessible app developed" (Appt, CC BY-SA 4.0), copied as text.
  const cards = [
    'How to get an accessible app developed',
    '',
    'Who uses it',
    '',
    'Many people use the settings that mobile phones offer to set a phone to their own needs, such as increasing contrast.',
    '',
    'Most commonly used features on iOS',
    '',
    ...['Dark mode', '38%', 'Adjust text size', '38%', 'Bold text', '13%', 'Zoom', '7.5%'].flatMap((line) => [line, '']),
    'All accessibility stats',
    '',
    'Most commonly used features on Android',
    '',
    ...['Dark mode', '37%', 'Adjust text size', '36%', 'Bigger display size', '16%'].flatMap((line) => [line, '']),
    'All accessibility stats',
    '',
    'How many hours a day I use my phone? How many hours do you use your eyes?',
    '',
    'Jesse',
    '',
    'See all interviews',
    '',
    'Besides these features, many people with disabilities use external aids to access digital media. We explain that in the next part of this article.',
    ''
  ].join('\n')
  const { faces: stats, html } = await deck(cards)
  assert.match(stats, /Dark mode : 38% Adjust text size : 38%/)
  assert.match(stats, /Dark mode : 37%/)
  assert.doesNotMatch(stats, /All accessibility stats|See all interviews|We explain that/)
  assert.match(html, /<blockquote>\s*<p>How many hours a day I use my phone\?/)
  assert.doesNotMatch(html, /<h[1-3][^>]*>Jesse<\/h/)
})

test('set 417: a year\'s books keep their titles in Italian and after a colon; a badge, "See also" and a site\'s credit line are no slides', async () => {
  // Luca Pette, "The Books I Read in 2025" (lucapette.me, MIT), copied as text.
  const review = (title: string, text: string): string[] => [title, '', text, '']
  const source = [
    'The Books I Read in 2025', '', 'A brief review of the books I read in 2025.', '', 'Published in #books in Jan 2026', '',
    'On a personal level 2025 was very busy so I read a lot less than usual. So let\'s move on to the books now.', '',
    ...review('Viral Justice', 'Ruha Benjamin is an amazing writer so I obviously enjoyed reading this book. Having said that, it’s very, and I stress very, US-centric.'),
    ...review('Imperialism: the highest stage of capitalism', 'First of all, Lenin is an amazing writer. Some of his sentences are remarkable.'),
    ...review('Smoke and Ashes', 'Maybe a little too long for my interest in the subject. It is the usual incredible writing on climate change and colonialism.'),
    'Top book', '',
    ...review('The Divide', 'Writing a page turner on such a subject has got to be hard to do. The last part of the book is the most depressing.'),
    'Top book', '',
    ...review('Una trilogia palestinese', 'Among the absolutely best writing I\'ve ever come across. It\'s obviously a painful read but you really shouldn\'t miss it.'),
    'Top Book', '',
    ...review('Il caos', 'This book had me change my opinion on Pasolini I think. Confusing writing, elitist opinions.'),
    'See also', '', 'The Books I Read in 2024 Feb 2025', 'On writing Apr 2017', '', 'Built with 🧡 and technology', ''
  ].join('\n')
  const { html, faces } = await deck(source)
  const titles = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1]!)
  for (const title of ['Imperialism: the highest stage of capitalism', 'Una trilogia palestinese', 'Il caos']) assert.ok(titles.includes(title), titles.join(' | '))
  assert.ok(!titles.some((title) => /^Top book$|See also|Published in/i.test(title)), titles.join(' | '))
  assert.match(html, /<p class="date">Jan 2026<\/p>/)
  assert.doesNotMatch(faces, /Built with|The Books I Read in 2024/)
  // "very, and I stress very," keeps both its words; "Having said that" and "First of all" open no bullet.
  assert.equal(compressSentence('Having said that, it’s very, and I stress very, US-centric.', { maxWords: 14 })?.text, 'It’s very, and I stress very, US-centric')
  assert.doesNotMatch(faces, /Having said that|First of all/)
})

test('set 419: a Quarto title block copied as text is the talk\'s front; "1 TL;DR" is a section like the numbered ones after it', async () => {
  // Jewel Johnson, "Learning starts in the embryo for fathead minnow fish" (SciQuest, CC BY 4.0), copied as text.
  const { recogniseText } = await import('../../src/text/recognise.js')
  const text = [
    'Learning starts in the embryo for fathead minnow fish', '',
    'Embryonic learning occurs when an organism can learn while in its embryo stage. Learn how researchers showed that fathead minnow embryos can detect conspecific alarm cues and associate them with predator cues.', '',
    'research article', 'scicom', '', 'Author', 'Jewel Johnson', '', 'Published', 'July 22, 2022', '', 'Modified', 'April 14, 2023', '',
    '1 TL;DR', '', 'Summary of the study (1)', '', 'Research article that is summarised in this post: Crowder and Ward, Behavioral Ecology and Sociobiology.', '',
    '2 Introduction', '', 'Learning is the process of acquiring information through experience. In nature, learning is ubiquitous in many different organisms.', '',
    '3 Embryo is sensitive to external cues', '', 'Most studies in the context of learning focused on fitness advantages to adults when learning was manifested during the juvenile phase.', ''
  ].join('\n')
  const { outline } = recogniseText(text)
  assert.equal(outline.byline, 'Jewel Johnson')
  assert.equal(outline.date, 'July 22, 2022')
  assert.match(outline.subtitle ?? '', /^Embryonic learning occurs/)
  assert.deepEqual(outline.headings.map((heading) => `${heading.depth} ${heading.text}`), ['2 1 TL;DR', '2 2 Introduction', '2 3 Embryo is sensitive to external cues'])
})

test('set 418: a table copied with a spanned first cell keeps its rows; a view the next paragraph rejects is no bullet', async () => {
  // Josh Luo, "Taxes" (Personal Finance Guide, MIT), copied as text: rows one cell short had ended the table.
  const { textToMarkdown } = await import('../../src/text/to-markdown.js')
  const text = ['Taxes', '', 'Who Should File Taxes?', '', 'It depends on your filing status, age, and income.', '', 'Filing status\tAge\tIncome at least', 'Single\tunder 65\t$12,400', '65 or older\t$14,050', 'Married filing jointly\tunder 65 (both spouses)\t$24,800', '65 or older (one spouse)\t$26,100', ''].join('\n')
  const markdown = textToMarkdown(text)
  assert.match(markdown, /\| +\| 65 or older +\| \$14,050 +\|/)
  assert.match(markdown, /\| +\| 65 or older \(one spouse\) +\| \$26,100 +\|/)
  // Luca Pette, "On writing" (lucapette.me, MIT).
  const { faces } = await deck(['---', 'title: On writing', '---', '', '## Lessons', '', 'These books taught me that writing works like everything else: if you put hours of practice in something, you will get better.', '', 'We don\'t think like that when it comes to writing though. You\'re either born like Dostoevskij or you\'ll always write crap.', '', 'Of course, this isn\'t true.', '', 'The goal is to enjoy writing.', '', '## Rewriting', '', 'Rewriting is the best part of writing. I write the first draft as fast as I can, then I read it as a reader would.', ''].join('\n'), 'article.md')
  assert.doesNotMatch(faces, /Dostoevskij/)
})

test('set 418: a table\'s part that opens inside a group says the group again', async () => {
  const { sliceRest } = await import('../../src/article/face-units.js')
  const { toString } = await import('mdast-util-to-string')
  const cell = (value: string) => ({ type: 'tableCell' as const, children: value ? [{ type: 'text' as const, value }] : [] })
  const row = (...values: string[]) => ({ type: 'tableRow' as const, children: values.map(cell) })
  const table = { type: 'table' as const, children: [row('Status', 'Age', 'Income'), row('Married filing jointly', 'under 65', '$24,800'), row('', '65 or older (one spouse)', '$26,100'), row('', '65 or older (both spouses)', '$27,400')] }
  const rest = sliceRest({ node: table, notes: [] } as never, 2)
  const rows = (rest.node as typeof table).children
  assert.deepEqual(rows.map((each) => each.children.map((one) => toString(one))), [['Status', 'Age', 'Income'], ['Married filing jointly', '65 or older (both spouses)', '$27,400']])
})

test('sets 424, 425 and 427: a shell session with its output is one listing; a page\'s foot of icons and links goes; parts of a whole stay together', async () => {
  // Vincent Bernat, "Coping with the TCP TIME-WAIT state on busy Linux servers" (vincent.bernat.ch, CC BY-SA 4.0), copied as text.
  const { textToMarkdown } = await import('../../src/text/to-markdown.js')
  const text = [
    'Coping with the TCP TIME-WAIT state', '', 'Vincent Bernat February 24, 2014', '', 'Also available in français', '', 'Filed under network, and Linux', '',
    'Connection table slot', '',
    'In doubt, you should just try to come with something sensible to list the number of used quadruplets:', '',
    "$ ss -tan 'sport = :80' | awk '{print $(NF)\" \"$(NF-1)}' | \\", ">     sed 's/:[^ ]*//g' | sort | uniq -c", '    696 10.24.2.30 10.33.1.64', '   1881 10.24.2.30 10.33.1.65', '  10536 10.24.2.30 10.33.1.73', '',
    'The size of the hash table depends on the system memory and is printed at boot:', '',
    '$ dmesg | grep "TCP established hash table"', '[    0.169348] TCP established hash table entries: 65536 (order: 8, 1048576 bytes)', '',
    'The solution is more quadruplets, which can be had in several ways that the next sections explain in turn.', '',
    '📢 Share on Mastodon, Twitter, Facebook, Reddit, LinkedIn, Lobsters, Hacker News, or by mail.', '→ EDNS client subnet support for BIND', '← Testing infrastructure with serverspec', '🗞️ Subscribe to new posts', '💬 Comments (they rely on Isso and are 🍪-free)', '',
    'Elsewhere', 'GitHub', 'Mastodon', '', 'Sources', 'Site', 'History', 'Edit', '', '© 2014–2024 Vincent Bernat', ''
  ].join('\n')
  const markdown = textToMarkdown(text)
  assert.match(markdown, /```\n\$ ss -tan[^\n]*\n>\s+sed[^\n]*\n\s+696 10\.24\.2\.30 10\.33\.1\.64\n[\s\S]*?10536 10\.24\.2\.30 10\.33\.1\.73\n```/)
  assert.match(markdown, /```\n\$ dmesg[^\n]*\n\[\s+0\.169348\] TCP established hash table entries[^\n]*\n```/)
  assert.doesNotMatch(markdown.split('<!--')[0]!, /Also available|Filed under|Share on Mastodon|EDNS client|Subscribe to new posts|Elsewhere|Sources|History|© 2014/)
  // Ayke van Laethem (aykevl.nl, MIT): "…are now[ in the hands of a handful providers]" had ended on its adverb.
  assert.equal(compressSentence('Whether you like it or not, a large proportion of mailboxes are now in the hands of a handful providers (Google, Yahoo, Microsoft).', { maxWords: 14 })?.text, 'A large proportion of mailboxes are now in the hands of a handful providers')
  // Sean McPherson (seanmcp.com, MIT): "…a combination of the system" had lost the other two parts.
  assert.match(compressSentence('I think it was a combination of the system, the situation we found ourselves in, and the rolls that we made.', { maxWords: 14, hardCap: 26 })?.text ?? '', /and the rolls that we made$/)
})

test('sets 423 and 425: a recipe keeps an ingredient with its aside; a licence line, "Category" and a design credit are the foot; an FAQ keeps its questions', async () => {
  // Chris Petersen, "Old Fashioned Root Beer, with a twist" (ex-nerd.com, CC BY-SA 4.0), copied as text.
  const source = [
    'Old Fashioned Root Beer, with a twist', '', 'July 19, 2007', '',
    'Sassafras is the root in root beer. In the mid-60s, the FDA discovered that a chemical in sassafras called safrole caused cancer in rats.', '',
    'First, put about 5 quarts of water into your favorite brew pot, and then add:', '',
    '• 1 oz sarsparilla root', '• 1 oz cherry bark', '• 2 to 4 oz raisins (you can add more if you like their flavor)', '• 1/2 tsp salt', '',
    'Simmer this mixture for an hour or so, until you have about 5 quarts of syrup left in your pot.', '',
    'This recipe by Chris Petersen is licensed under a', 'Creative Commons Attribution-ShareAlike 4.0 International License.', '', 'Category', 'Food', '', 'Tor\'s Hard Cider Recipe', '',
    '© Chris Petersen.', 'Site design based on HTML5 UP, ported by Julio Pescador for Hugo.', ''
  ].join('\n')
  const { faces } = await deck(source)
  assert.match(faces, /2 to 4 oz raisins/)
  assert.doesNotMatch(faces, /licensed under|Creative Commons|Category|Hard Cider|Site design|© Chris/)
  // The ORC WG's CRA FAQ (CC BY 4.0): a question in a `<details>` block with an anchor had been lost, its status line shown.
  const faq = ['---', 'title: CRA FAQ', '---', '', '## The Cyber Resilience Act (CRA) itself', '', '<details>', '    <a name="q-what-is-the-cra"></a>', '    <summary><strong><a name="faq-tmp-154" href="#faq-tmp-154">tmp-154.</a> What is the Cyber Resilience Act (CRA)?</strong></summary>', '', 'The Cyber Resilience Act (CRA) is a new EU Regulation that aims to safeguard consumers and businesses who use software or products with digital components.', '', '> Status: ✅ Approved', '| GitHub issue(s): #154', '</details>', ''].join('\n')
  const { faces: faqFaces } = await deck(faq, 'article.md')
  assert.match(faqFaces, /What is the Cyber Resilience Act \(CRA\)\?/)
  assert.doesNotMatch(faqFaces, /Status:|tmp-154/)
})

test('set 426: an interview\'s long bold questions head their answers without their arrows; a blog\'s notes about itself and the signature at its foot go', async () => {
  // Edouard Fouché, "Observations about my transition from Academia to Industry" (edouardfouche.com, CC BY-SA 4.0).
  const answer = 'The answer runs over a few sentences, so that the question has something to head. It says what happened and why it mattered.'
  const source = ['---', 'title: Observations', '---', '', '**→ What is your current job about?**', '', answer, '', '**→ What makes PhD graduates and Postdocs well-equipped for careers beyond Academia and in the industry?**', '', answer, '', '**→ Was there anything you found challenging in transitioning – and if so, what helped you address those challenges?**', '', answer, ''].join('\n')
  const { html } = await deck(source, 'article.md')
  assert.match(html, /<h2[^>]*>What makes PhD graduates and Postdocs well-equipped for careers beyond Academia and in the industry\?<\/h2>/)
  assert.doesNotMatch(html, /<h2[^>]*>→/)
  // Brandon Rohrer, "Imposter syndrome" (brohrer.github.io, CC0 1.0), copied as text.
  const text = ['Imposter syndrome', '', 'part of the End-to-End Machine Learning library', '', '[ Portuguese version, translated by Marcus Oliveira da Silva]', '', 'I am not a real data scientist. I figured out that all it will take is a few more years of study and experience.', '', 'Our goal isn’t to accumulate answers, but to ask better questions. If you are asking questions and using data to find answers, you are a data scientist.', '', 'Brandon', 'August 22, 2017', '', 'Come visit the complete End-to-End Machine Learning course library', '', 'except where noted.', '', 'The postings on this site are my own and don\'t necessarily represent iRobot\'s positions, strategies or opinions.', ''].join('\n')
  const { faces } = await deck(text)
  assert.doesNotMatch(faces, /part of the End-to-End|Portuguese version|Brandon|Come visit|except where noted|postings on this site/)
})

test('sets 423, 427 and 428: a reference link left as written keeps its words; "it" is no name the bullet says again; units title no slide; a title\'s "Latin-1" breaks whole', async () => {
  // Manish Goregaokar, "Breaking our Latin-1 assumptions" (manishearth.github.io, CC BY-SA 4.0): "[modifier characters][fitz]",
  // its definition read as a footnote's text, had become "There are that let you change the skin tone…".
  const { toString } = await import('../../src/article/visible-text.js')
  assert.equal(toString({ type: 'paragraph', children: [{ type: 'text', value: 'There are also [modifier characters][fitz] that let you change the skin tone.' }] }), 'There are also modifier characters that let you change the skin tone.')
  // Vincent Bernat (CC BY-SA 4.0): "It has been completely removed from Linux 4.12" had read "Linux has been completely removed…".
  const { scoreSentences } = await import('../../src/article/sentence-score.js')
  const scored = scoreSentences([['Starting from Linux 4.10, Linux will randomize timestamp offsets for each connection, making this option completely broken.', 'It has been completely removed from Linux 4.12.']])
  assert.doesNotMatch(scored[1]!.bullet?.text ?? '', /^Linux has been/)
  // Chris Petersen's root beer (CC BY-SA 4.0): "1/2 tsp salt" had titled a slide "Tsp salt".
  const { keyPhrases } = await import('../../src/article/key-phrases.js')
  assert.ok(!keyPhrases(['Add 1/2 tsp salt and 1/2 cup molasses. Then 1/2 tsp salt again and 1/2 cup molasses.', 'Another 1/2 tsp salt, and more 1/2 cup molasses.'], 'Root beer', 'en').some((phrase) => /^(?:tsp|cup)\b/i.test(phrase ?? '')))
  const { html } = await deck('---\ntitle: Breaking our Latin-1 assumptions\n---\n\n## Scripts\n\nMost of these concepts are independent of Unicode, and any program has to deal with them.\n', 'article.md')
  assert.match(html, /<h1[^>]*>Breaking our <span class="nowrap">Latin-1<\/span> assumptions<\/h1>/)
  // Translate's Localization Guide (CC BY-SA 3.0): "Back to top ↑" and "Created using Sphinx." at the foot.
  const { lineBoilerplate } = await import('../../src/text/boilerplate-lines.js')
  assert.equal(lineBoilerplate('Back to top ↑'), 'navigation')
  assert.equal(lineBoilerplate('Created using Sphinx.'), 'footer')
})

test('set 423: notes listed with bare numbers after marks glued to their words are footnotes, not slides', async () => {
  // Chris Petersen's root beer (ex-nerd.com, CC BY-SA 4.0), copied as text.
  const { textToMarkdown } = await import('../../src/text/to-markdown.js')
  const text = [
    'Old Fashioned Root Beer', '', 'July 19, 2007', '',
    'After scouring books and the web for a good traditional recipe, I eventually merged several of them into my own.', '',
    '• 1 oz sassafras root bark1', '• 1/8 oz cinnamon (about half a stick)2', '• 4 lb sugar', '',
    'Once this is boiled down, strain your mixture into another pot and bottle it in 1-quart jars for the freezer.', '',
    '1 Sassafras root bark (not plain old bark) is illegal for sale as a food product in the US.', '',
    '2 What you buy in stores is actually cassia, not cinnamon.', ''
  ].join('\n')
  assert.match(textToMarkdown(text), /sassafras root bark\n/)
  const { faces } = await deck(text)
  assert.doesNotMatch(faces, /illegal for sale|actually cassia/)
})
