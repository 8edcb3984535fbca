/**
 * What the thirty-sixth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { splitSentences } from '../../src/article/sentences.js'
import { tagSentence } from '../../src/article/nlp.js'
import { enumeration } from '../../src/article/enumerations.js'
import { glossaryClaim } from '../../src/article/glossary.js'
import { facesOf } from '../helpers/deck-text.js'
import { recogniseText } from '../../src/text/recognise.js'
import { normalizeSource } from '../../src/read/normalize-source.js'
import { withoutDashComment } from '../../src/article/item-endings.js'
import { leadLabel } from '../../src/article/block-kinds.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { isSignpost } from '../../src/article/signposts.js'
import { leadInText, shortenItem } from '../../src/article/condense-items.js'
import { toString } from 'mdast-util-to-string'

/** A deck built from `source` in article mode: the text of its faces (notes left out). */
async function faces(source: string): Promise<string> {
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  return facesOf(html)
}

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a glossary\'s bold term over what it is shows that, as the term\'s label', async () => {
  // CMS Open Source Program Office, "CMS OSPO Report – CVE-2024-3094 Backdoor in XZ" (2024, public domain and CC0,
  // Markdown): each term of its glossary stands in bold on a line of its own over a noun phrase saying what it is; the
  // term ran into its sentence ("Repo A software repository is…") and the slide showed a later sentence of each,
  // "Backdoor: Backdoors can be installed by attackers or left by developers" defining nothing.
  const shown = await faces([
    '# Report', '', '## Glossary', '',
    '**Backdoor**', 'A method of bypassing normal authentication or securing unauthorized access to a computer. Backdoors can be installed by attackers or left by developers.', '',
    '**RCE (Remote Code Execution)**', 'A type of vulnerability that allows an attacker to execute arbitrary code on a remote machine over the network. RCE vulnerabilities can lead to complete system compromise and are considered very serious security issues.', '',
    '**Git and Version Control**', 'Git is a suite of free software tools that let the user track the changes that take place in a given directory. Git allows for different versions and branches of the same project.'
  ].join('\n'))
  assert.match(shown, /Backdoor: A method of bypassing normal authentication or securing unauthorized access to a computer/)
  assert.match(shown, /RCE \(Remote Code Execution\): A type of vulnerability that allows an attacker to execute arbitrary code/)
  // (A term whose first sentence is a statement of its own is shown as any labelled paragraph.)
  assert.match(shown, /Git and Version Control: Git /)
  // The noun phrase is compressed as a statement about the term would be, without the "It is" no source wrote.
  assert.equal(glossaryClaim(['A type of vulnerability that allows an attacker to execute arbitrary code on a remote machine over the network.'], 14), 'A type of vulnerability that allows an attacker to execute arbitrary code on a remote machine')
  assert.equal(glossaryClaim(['Git is a suite of free software tools.'], 14), undefined)
})

test('a question inside a quotation the next words close ends no sentence', () => {
  // Chris Ruppel, "Bus to Laos" (December 2015, CC BY-SA 3.0, copied text): the slide showed '"Laos?" until we found the
  // right bus', a sentence's end cut at the first question inside the quotation.
  assert.deepEqual(splitSentences('We frantically talked to people, saying "Laos? Laos?" until we found the right bus. We got on.', 'en'), ['We frantically talked to people, saying "Laos? Laos?" until we found the right bus.', 'We got on.'])
  assert.deepEqual(splitSentences('He asked “Why? Why now?” and left.', 'en'), ['He asked “Why? Why now?” and left.'])
  // (A quotation that ends the sentence still ends it.)
  assert.deepEqual(splitSentences('She said "Stop!" Then we went.', 'en'), ['She said "Stop!"', 'Then we went.'])
})

test('the semicolons of a list part no clauses, and a noun that ends a preposition\'s phrase is no verb', () => {
  // Treasury Board of Canada Secretariat, Open First Whitepaper, "Introduction" (2018, Open Government Licence – Canada,
  // copied text): the talk closed on "The use of OSS in our technology stack", one item of the list its last sentence
  // recommends, "stack" read as its verb.
  const sentence = 'If TBS wants the GC to become an open organization, it should strongly endorse the adoption of open Standards for data, information and communications; the use of OSS in our technology stack; contributing to upstream development of OSS; releasing code developed internally under OSS licenses.'
  assert.notEqual(bullet(sentence), 'The use of OSS in our technology stack')
  assert.equal(tagSentence('the use of OSS in our technology stack;').find((token) => token.lower === 'stack')?.pos, 'NOUN')
  // (Two clauses a semicolon joins are still two: "Buses run all night; trains stop at midnight".)
  assert.equal(bullet('Buses run all night in the city centre and the eastern estates, every twenty minutes from midnight; trains stop at midnight.'), 'Buses run all night in the city centre and the eastern estates, every twenty minutes from midnight')
})

test('a list after a colon parted by semicolons is a list, its items whole', () => {
  // The same whitepaper: "This whitepaper has for scope the following elements: Open Standards; OSS Use; OSS Contribution
  // (which includes publishing OSS); Open Markets; Open Culture; and some common Legal Considerations."
  const found = enumeration(tagSentence('This whitepaper has for scope the following elements: Open Standards; OSS Use; OSS Contribution (which includes publishing OSS); Open Markets; Open Culture; and some common Legal Considerations.'), 14)
  assert.deepEqual(found?.items, ['Open Standards', 'OSS Use', 'OSS Contribution (which includes publishing OSS)', 'Open Markets', 'Open Culture', 'some common Legal Considerations'])
})

test('a line whose common noun the text below takes up heads that text, though the text above named its place', () => {
  // "Bus to Laos": "Bus ride to Dien Bien Phu" under a paragraph that named the town ("…buy another ticket at Bien Dien
  // Phu…") was taken for a picture's caption, and its section ran on under "Plan for money issues".
  const text = [
    'Bus to Laos', '',
    'We just managed a crazy 22 hour trip from Cat Ba Island to Muang Khua, Laos. I want to regale you with the story.', '',
    'Plan for money issues', '',
    'Get at least 2 million VND per person so you can buy your bus ticket at My Dinh, buy another ticket at Bien Dien Phu, and have enough to cross the border and buy your visa for Laos.', '',
    'Bus ride to Dien Bien Phu', '',
    'At My Dinh we just wandered around looking for the right bus, because there\'s no ticket counter at this massive bus station.', '',
    'We got on our night bus and for the most part it was uneventful.'
  ].join('\n')
  assert.deepEqual(recogniseText(text).outline.headings.map((heading) => heading.text), ['Plan for money issues', 'Bus ride to Dien Bien Phu'])
})

test('a short agenda of seven one-line parts is one column, not none', async () => {
  // "Bus to Laos": seven sections, one heading of seven words ("Packaged ride from Cat Ba to Hanoi"), had had no agenda.
  const sections = ['Packaged ride from Cat Ba to Hanoi', 'Get to My Dinh bus station', 'Plan for money issues', 'Bus ride to Dien Bien Phu', 'Bus ride to Muang Khua', 'Vietnamese border scams', 'Enjoy Laos!']
  const shown = await faces(['# Bus to Laos', '', ...sections.flatMap((heading, at) => [`## ${heading}`, '', `We took bus number ${at + 1} and it was crowded but the driver was kind to everyone on board.`, ''])].join('\n'))
  assert.match(shown, /Agenda[\s\S]*Packaged ride from Cat Ba to Hanoi[\s\S]*Enjoy Laos!/)
})

test('a fronted place before its subject and an adverb keeps the main clause when a "because" clause is cut', () => {
  assert.equal(bullet('At My Dinh we just wandered around looking for the right bus, because there\'s no ticket counter at this massive, bus station which was close to one square kilometer.'), 'At My Dinh we just wandered around looking for the right bus')
})

test('a category\'s slug under the date signs nothing', () => {
  // Ian Ross, "Command and Control" (Sky Blue Trades, July 2014, CC BY 3.0, copied text): "book-reviews" under the date
  // signed the talk, as "Book Reviews" on its title slide and its last.
  const text = ['Command and Control', '', 'July 8, 2014', '', 'book-reviews', '', 'by Eric Schlosser', '', 'My reading list recently has been chock-full of light-hearted and mood-lifting material, some novels and a long book about clinical depression.', '', 'Among all this bleakness and blackness, Command and Control somehow manages to stand out as a particularly grim monument to human folly.'].join('\n')
  const { outline } = recogniseText(text)
  assert.equal(outline.byline, undefined)
  assert.equal(outline.date, 'July 8, 2014')
  // (A handle still signs: "June 30, 2022" / "nornagon".)
  assert.equal(recogniseText(['Ten years of Electron', '', 'June 30, 2022', '', 'nornagon', '', 'Ten years ago, I started a project that would become one of the most used desktop frameworks.', '', 'It was a long road with many surprises and we learned a great deal.'].join('\n')).outline.byline, 'nornagon')
})

test('a template\'s call that links a page by its path shows that path\'s last part, not the template', () => {
  // Computer-Oriented Geoscience Lab, "Expectations" (lab manual, CC BY 4.0, Markdown): two bullets showed
  // `{{ macros.page_link("manual/coc", page, site) }}` as written.
  assert.equal(normalizeSource('Follow the lab {{ macros.page_link("manual/coc", page, site) }} and general guidelines.\n'), 'Follow the lab coc and general guidelines.\n')
  // (Inside code it stays as written.)
  assert.match(normalizeSource('```\n{{ macros.page_link("manual/coc", page, site) }}\n```\n'), /macros\.page_link/)
})

test('a list of nine short items after a colon is a list in two columns, not two items of it', async () => {
  // Climatematch Academy, "Prerequisites and preparatory materials for Computational Tools for Climate Science" (2023,
  // CC BY 4.0, copied text): "…the following topics in Python: variables and lists" showed two of nine topics, and a
  // reader took them for all that was asked.
  const shown = await faces(['# Prerequisites', '', '## Programming', '', 'We expect students to be familiar with the following topics in Python: variables, lists, dictionaries, the numpy, matplotlib, cartopy, datetime, pandas and data formats.'].join('\n'))
  assert.match(shown, /following topics in Python:\s*variables\s+lists\s+dictionaries\s+the numpy\s+matplotlib\s+cartopy\s+datetime\s+pandas\s+data formats/)
  assert.doesNotMatch(shown, /\(cont\.\)/)
})

test('a glossary at the end keeps one slide, the reviewers go to the notes, and the reading list stays', async () => {
  // "CMS OSPO Report – CVE-2024-3094 Backdoor in XZ": the glossary's nine terms took four slides, "Reviews and Reviewers:"
  // (eight names) one more, and with them no agenda was made of the report's five questions.
  const terms = ['SSH', 'Backdoor', 'CISA', 'RCE', 'XZ', 'Repo', 'Git', 'Dependency', 'Supply chain']
  const source = [
    '# Report', '',
    ...['What happened?', 'What does this mean for CMS systems?', 'What does this mean for open source at CMS?', 'What does this mean for open source more broadly?'].flatMap((heading) => [`## ${heading}`, '', 'A backdoor was added to some recent versions of the xz tool, and it allowed an attacker to run code remotely.', '']),
    '## Glossary', '', ...terms.flatMap((term) => [`**${term}**`, `A tool or a practice of software that every team at the agency should know about, named ${term} here.`, '']),
    '## Reviews and Reviewers:', '', '- Isaac Milarsky', '- Natalia Luzuriaga', '- Andrea Fletcher', '',
    '## Additional Resources:', '', '- [OpenWall: oss-security](https://example.org/a)', '- [CISA News](https://example.org/b)', ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.equal(shown.match(/Glossary/g)?.length, 1, shown)
  assert.match(shown, /Agenda/)
  assert.doesNotMatch(shown, /Natalia Luzuriaga/)
  assert.match(html, /Natalia Luzuriaga/)
  assert.match(shown, /Additional Resources[\s\S]*CISA News/)
  // (Every term reaches the notes.)
  for (const term of terms) assert.match(html, new RegExp(`named ${term} here`))
})

test('a gloss of the subject after "or" goes, and two verbs that share an object are not parted', () => {
  // "CMS OSPO Report": the incident itself, "A supply chain attack, or a cyber attack aimed at breaking the weakest part
  // of a software development process, on an important open source archival tool was discovered on March 29th, 2024",
  // made no bullet, and "What happened?" showed what Linux distributions and SSH are.
  assert.equal(bullet('A supply chain attack, or a cyber attack aimed at breaking the weakest part of a software development process, on an important open source archival tool was discovered on March 29th, 2024.'), 'A supply chain attack on an important open source archival tool was discovered on March 29th, 2024')
  // (Not the items of a list: "tea, or coffee, or water".)
  assert.equal(bullet('You can bring tea, or coffee, or water, to the meeting.'), 'You can bring tea, or coffee, or water, to the meeting')
  // "Large organizations such as CMS should monitor" had lost the object its two verbs share; so had the Carpentries'
  // "In parts two and three of the workshop, participants encountered".
  assert.equal(bullet('Large organizations such as CMS should monitor and be aware of the crucial open source projects that they depend on, constructing an OSS trust graph.'), 'Large organizations such as CMS should monitor and be aware of the crucial open source projects that they depend on')
})

test('a series of gerunds each with its own object is cut to its first; bare gerunds that share an object are not', () => {
  // Ian Ross, "Command and Control": the Damascus incident itself, "A minor accident (a worker dropped a socket wrench…)
  // eventually led to the missile exploding, destroying the silo, killing one crew member…, and throwing…", made no
  // bullet, and its slide told how the warhead was made safe the next day.
  assert.equal(bullet('A minor accident (a worker dropped a socket wrench during a fuel tank repressurisation operation) eventually led to the missile exploding, destroying the silo, killing one crew member involved in trying to make the thing safe, and throwing the missile second stage and the warhead into the air.'), 'A minor accident eventually led to the missile exploding')
  assert.equal(bullet('It offers a set of techniques for analysing, forecasting and optimising marketing planning across the whole of the company and its many partners in the region.'), 'It offers a set of techniques for analysing, forecasting and optimising marketing planning')
})

test('a definition list under comments with its terms in bold is read, a highlight is bold, and each term shows what it is', async () => {
  // Privacy Guides, "Why Privacy Matters" (2023, CC BY-SA 4.0, Markdown for MkDocs): each term ("**Privacy**") sat under
  // a comment, so its definition showed ": ==Privacy is the assurance…==" with the colon and the marks; "Security" showed
  // its example ("In the context of browsing the web…") rather than what security is.
  const source = [
    '# Why Privacy Matters', '', 'In the modern age of digital data exploitation, many believe privacy is a lost cause. It is not. ==Your privacy is up for grabs==, and you need to care about it.', '',
    '## What is Privacy?', '', 'Many people get the concepts of privacy, security, and anonymity confused.', '',
    '<!-- markdownlint-disable-next-line -->', '**Privacy**', '', ':   ==Privacy is the assurance that your data is only seen by the parties you intend to view it.== In the context of an instant messenger, for example, end-to-end encryption provides privacy.', '',
    '<!-- markdownlint-disable-next-line -->', '**Security**', '', ':   Security is the ability to trust the applications you use and keep those applications safe. In the context of browsing the web, for example, security can be provided by HTTPS certificates.', '',
    ':   Certificates prove you are talking directly to the website you\'re visiting.', ''
  ].join('\n')
  assert.match(normalizeSource(source), /^\*\*Privacy:\*\* \*\*Privacy is the assurance/m)
  assert.match(normalizeSource(source), /^Certificates prove you are talking/m)
  const shown = await faces(source)
  assert.doesNotMatch(shown, /==|^: /m)
  assert.match(shown, /Privacy: Privacy is the assurance that your data is only seen by the parties you intend to view it/)
  assert.match(shown, /Security: Security is the ability to trust the applications you use/)
  // (An equality in code or prose is no highlight.)
  assert.equal(normalizeSource('Check that `a == b` holds, and that x == y too.\n'), 'Check that `a == b` holds, and that x == y too.\n')
})

test('a page\'s video button is no bullet', async () => {
  // "Why Privacy Matters": "[Video: Stop Confusing Privacy, Anonymity, and Security](…){ .md-button }" was a bullet.
  const shown = await faces(['# Privacy', '', '## Privacy vs. Secrecy', '', 'We know what happens in the bathroom, but you still close the door. The need for privacy is legitimate, and that\'s what makes us human.', '', '[Video: Stop Confusing Privacy, Anonymity, and Security](https://example.org/video){ .md-button }', ''].join('\n'))
  assert.match(shown, /The need for privacy is legitimate/)
  assert.doesNotMatch(shown, /Video: Stop Confusing/)
})

test('a word after a possessive is a noun, a bare noun before one after a comma a verb; an example after a dash leaves an item', () => {
  // USAJOBS, "What should I include in my federal resume?" (public domain, copied text): "…and have someone else, with a
  // good eye for detail, review your resume" was cut to "…and have someone else", "review" read as a noun and
  // "resume" as a verb; a checklist's item "The level and amount of experience–for instance, whether you served as a
  // project manager…" ran 25 words and the list over three slides.
  const tags = tagSentence('Check your resume for spelling errors and have someone else, with a good eye for detail, review your resume.')
  assert.deepEqual(tags.filter((token) => ['resume', 'review'].includes(token.lower)).map((token) => token.pos), ['NOUN', 'VERB', 'NOUN'])
  assert.notEqual(bullet('Check your resume for spelling and grammatical errors and have someone else, with a good eye for detail, review your resume.'), 'Check your resume for spelling and grammatical errors and have someone else')
  assert.equal(withoutDashComment('The level and amount of experience–for instance, whether you served as a project manager or a team member helps to illustrate your level of experience.'), 'The level and amount of experience')
})

test('a sidebar the page floats beside the article goes to the notes, rules and all, and so does an advertisement', async () => {
  // International Open Magazine, "The Seas Will Save Us" by Bren Smith (2016, CC BY-SA 4.0, Markdown for Pelican): a
  // `<div name="sidebarright" style="float:right">` of the author's links and extracts from Wikipedia, parted by `<hr>`
  // rules, opened the talk ("Free and open-source software is computer software that…", "Read the full entry at
  // Wikipedia") and titled its third slide "Kelp forest"; "# advertisement (google adsense)" was a slide.
  const source = [
    '# The Seas Will Save Us', '',
    '<div name="sidebarright" style="font-size:14px; float:right; width:260px;">',
    '<b>Author</b>: Bren SMITH<br>',
    '<hr>',
    '<b>Kelp forest</b>: Kelp forests are underwater areas with a high density of kelp. They are recognized as one of the most productive ecosystems on Earth.<br>',
    '<hr>',
    '<small><a href="https://en.wikipedia.org/wiki/Kelp_forest">...read the full article at Wikipedia</a></small>',
    '</div>', '',
    'I\'m a fisherman who dropped out of high school in 1986 at the age of 14. I fished the Georges Banks for tuna and lobster.', '',
    '## The blue-green economy', '', 'Anybody with 20 acres and a boat and $30,000 can start his or her own farm.', '',
    '# advertisement (google adsense)', '', '<hr style="border:solid 5px black;">', ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.doesNotMatch(shown, /Kelp forests are underwater|Wikipedia|advertisement/i)
  assert.match(shown, /fisherman who dropped out of high school/)
  assert.match(html, /Kelp forests are underwater/)
  // (A rule that opens a block of its own over a line of Markdown still parts them.)
  assert.match(normalizeSource('Text.\n\n<hr>\n### Costs and benefits\n'), /<hr>\n\n### Costs/)
})

test('a span of dates is no run-in label, and an infinitive\'s noun ending a list is no clause', () => {
  // USAJOBS: the example entry "January 2009 - Present / 40 Hours/Week / $63,000/Year" showed "Present 40 Hours/Week…",
  // its start date taken for a label and dropped, the very thing the checklist above it asks for.
  assert.equal(leadLabel({ type: 'paragraph', children: [{ type: 'text', value: 'January 2009 - Present 40 Hours/Week $63,000/Year' }] }), undefined)
  assert.equal(leadLabel({ type: 'paragraph', children: [{ type: 'text', value: 'Staffing — We started out with two people.' }] }), 'Staffing —')
  // The Open First Whitepaper: "…with a focus on user needs, open government, and a commitment to share and learn from D7
  // member nations" showed "A commitment to share and learn from D7 member nations", no statement.
  assert.notEqual(bullet('In February 2018, Canada signs the Digital 7 (D7) charter and joins Estonia, Israel, South Korea, New Zealand, the UK and Uruguay committing to working towards core principles of digital development, with a focus on user needs, open government, and a commitment to share and learn from D7 member nations.'), 'A commitment to share and learn from D7 member nations')
})

test('an agenda of sections numbered 1, 2, 3… in order numbers them once', async () => {
  // The listicle fixture's agenda showed a bullet before each "1) They clear the desk…" (a blind reader of the regression pair).
  const habits = ['They clear the desk before they leave', 'They keep only one notebook', 'They give every cable a home', 'They handle paper once']
  const { html } = await renderDeck(['# Tidy people', '', ...habits.flatMap((habit, at) => [`## ${at + 1}) ${habit}`, '', `People who do this say it takes less than a minute a day and saves them an hour each week, number ${at + 1}.`, ''])].join('\n'), { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const agenda = /<section[^>]*agenda[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
  assert.match(agenda, /<ol[^>]*>/)
  assert.match(agenda, /<li>They clear the desk before they leave<\/li>/)
  assert.doesNotMatch(agenda, /1\)/)
})

test('a sentence that lists what it introduces after "include:" is no heading, its stop missing or not', () => {
  // DiSSCo, "Digitisation Quick Start Guide" (Laurence Livermore and Elspeth Haston, CC BY, copied text): "Examples of
  // companies that offer outsourcing include: Picturae and Bioshare" titled a slide of its own.
  const text = ['Digitisation Quick Start Guide', '', 'One of the best ways of learning is by doing but it can be daunting to get started with digitisation.', '', 'Do you need to digitise in-house?', '', 'While many institutions start by doing digitisation themselves with their own staff, there are other options.', '', 'Examples of companies that offer outsourcing include: Picturae and Bioshare', '', 'How much are you digitising and over what period of time?', '', 'If you are uncertain about how many specimens are in the collection, we recommend counting them.'].join('\n')
  assert.deepEqual(recogniseText(text).outline.headings.map((heading) => heading.text), ['Do you need to digitise in-house?', 'How much are you digitising and over what period of time?'])
})

test('a page\'s foot after its references, "Citation" and "Version: 1.0" under a title, goes to the notes', async () => {
  // DiSSCo's guide: "Latimer Core Guidance Documentation" over "Citation", "Version: 1.0" (read as a heading) and "You can
  // suggest changes to this page on our GitHub" made the last slide before "Questions?".
  const text = [
    'Digitisation Quick Start Guide', '', 'One of the best ways of learning is by doing but it can be daunting to get started with digitisation.', '',
    'How will you store images and data?', '', 'You need to plan where your images and data will live, and storage that does not include instant access may be significantly cheaper.', '',
    'References', '', 'Nelson G, Paul D, Riccardi G, Mast A (2012) Five task clusters that enable efficient and effective digitization of biological collections. ZooKeys 209: 19-45.', '',
    'Latimer Core Guidance Documentation', '', 'Citation', '', 'Livermore, L. & Haston, E. (2023) DiSSCo Digitisation Guide: Digitisation Quick Start Guide. v.1.0.', '',
    'Version: 1.0', 'Changes since last version:', '', 'You can suggest changes to this page on our GitHub'
  ].join('\n')
  assert.ok(!recogniseText(text).outline.headings.some((heading) => heading.text === 'Version: 1.0'))
  const { html } = await renderDeck(text, { path: '/tmp/lectern-no-such-folder/guide.txt', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.doesNotMatch(shown, /Latimer Core|suggest changes/)
  assert.match(html, /suggest changes to this page/)
  // (Past participles no verb uses for its past tense make no clause without an auxiliary.)
  assert.equal(isStatement(tagSentence('Our team written up the notes.')), false)
  assert.equal(isStatement(tagSentence('The team has finally taken the lead.')), true)
})

test('a gerund after "when" without its comma goes before the clause\'s own subject', () => {
  // DiSSCo: the guide's recommendation, "When digitising you should assign institutionally unique identifiers to
  // specimens, and we strongly recommend…", was shown by its second clause, "…encode these identifiers…", only.
  assert.equal(bullet('When digitising you should assign institutionally unique identifiers to specimens, and we strongly recommend you encode these identifiers as both human and machine readable barcode labels.'), 'You should assign institutionally unique identifiers to specimens')
})

test('a numbered heading that ends on "etc." is a heading', () => {
  // GBIF, "Advancing the Catalogue of the World's Natural History Collections", chapter 1 (2020, CC BY 4.0, copied text):
  // "1.5. Increased value for data on specimens, taxonomic publications, etc." was read as a sentence, and its section ran
  // on under 1.4.
  const text = ['1. Uses for the catalogue', '', 'Major projects are documenting use cases for the catalogue of collections and for its many users.', '', '1.4. Assessing the scale and value of collections', '', 'Estimates of the number of specimens held by collections run into billions, but no definitive number exists.', '', '1.5. Increased value for data on specimens, taxonomic publications, etc.', '', 'Accurate information on any collection can be used as a reference or as linked data associated with specimen records.'].join('\n')
  assert.ok(recogniseText(text).outline.headings.some((heading) => heading.text === '1.5. Increased value for data on specimens, taxonomic publications, etc.'))
})

test('what a post says of its own form and to its reader is no bullet, nor a list\'s item; a cut item ends without its semicolon', async () => {
  // Paul Fenwick, "An honest conversation about my mental health" (2016, CC BY 3.0, copied text): the talk opened on
  // "There'll probably be typos" and its summary closed on "You've read all the way to the end?".
  assert.ok(isSignpost('There’ll probably be typos.'))
  assert.ok(isSignpost('This will be long, rambly, and personal.'))
  assert.ok(isSignpost('You’ve read all the way to the end?'))
  assert.ok(!isSignpost('There will be a vote on the budget next week.'))
  const shown = await faces(['# Mental health', '', '## Summary', '', '- I’m motivationally challenged, but great at hiding it.', '- I travel a lot, which makes socialising hard.', '- There’s no real take-away from all this, but it’s good for me to talk about it.', '- You’ve read all the way to the end? You’re amazing! <3', ''].join('\n'))
  assert.doesNotMatch(shown, /read all the way/)
  assert.match(shown, /I travel a lot/)
  // TDWG, "An allegation of copyright infringement" (Stan Blum, CC BY 4.0, copied text): "…to receive “take-down” notices;".
  const item = { type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'designate and publish the contact information for an agent to receive “take-down” notices; i.e., so that a copyright holder can easily find and inform the platform provider that a copyrighted work is being used;' }] }] }
  assert.doesNotMatch(toString(shortenItem(item, 14)), /;$/)
})

test('a Markdown body written as HTML paragraphs without blank lines is read as an article, its exported footnotes in the notes', async () => {
  // data.gov.uk Library, "Local Public Data Panel - Freedom of Information, public services and open data" (2011, Open
  // Government Licence v3.0, Markdown whose body is HTML): the whole statement was one raw block on one slide, 2,790 px
  // too tall, and a Word footnote ("[2] See reports from the Joint Committee…") would have been a bullet.
  const paragraph = (text: string): string => `<p>${text}</p>`
  const source = [
    '---', 'title: Local Public Data Panel - Freedom of Information, public services and open data', '---', '',
    [
      paragraph('This statement from the Local Public Data Panel is intended to inform the Government’s review of Freedom of Information legislation.'),
      paragraph('In this statement, we make two proposals:'),
      '<ul><li>That the Government should consider amending the FOI Act to apply it to all publicly funded services. </li>', '<li>That data that the public has the right to obtain under FOI should be published as open data. </li>', '</ul>' + paragraph('These two proposals reflect the principle that public transparency should follow public money. Implementing them would provide consistency in the application of this principle across all publicly funded services, whoever delivers them.'),
      paragraph('Publicly funded services are often delivered by private companies, registered charities, voluntary organisations and others outside of the public sector. At present, when this happens, information relating to those services falls outside the FOI regime.'),
      paragraph('<a href="///C:/Documents%20and%20Settings/x.doc#_ftnref1" rel="nofollow">[2]</a> See reports from the Joint Committee on Human Rights: <a href="http://www.publications.parliament.uk/pa/77.pdf">http://www.publications.parliament.uk/pa/77.pdf</a>')
    ].join('\n'), ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md' })
  const shown = facesOf(html)
  assert.match(shown, /public transparency should follow public money/)
  assert.doesNotMatch(shown, /<p>|Joint Committee/)
  assert.match(html, /Joint Committee on Human Rights/)
  assert.ok((html.match(/<section/g)?.length ?? 0) >= 4, 'more than a title and one slide')
})

test('a question word after "and" opens no second predicate, and a "when" clause a superlative waits for stays', () => {
  // Simon P. Couch, "Hiking the 2023 John Muir Trail" (CC BY-SA 4.0, Markdown): "…I thought about how much time I had been
  // spending staring at my feet and how stoked I'd be…" had become the bullet "I how stoked I'd be to see anything…".
  assert.doesNotMatch(bullet('As I walked yesterday, I thought about how much time I had been spending staring at my feet and how stoked I’d be to see anything remotely as beautiful within a day’s drive of where I live.') ?? '', /^I how/)
  // The .gov registry, "Making infrastructure less invisible" (Cameron Dixon, public domain, copied text): "Share whatever
  // you'd like, but it's most useful" had lost when it is most useful.
  assert.notEqual(bullet('Share whatever you’d like, but it’s most useful when we have, for example, email messages with headers or the attachment that was sent.'), 'Share whatever you’d like, but it’s most useful')
})

test('a chapter\'s number with its stop before a title whose sections count from it is no part of the title', () => {
  // GBIF's chapter: "1. Uses for the catalogue" over "1.1. A directory to support the collections community" titled the
  // talk and its closing slide with the chapter's number.
  const text = ['1. Uses for the catalogue', '', 'Major projects are documenting use cases for the catalogue of collections and its many users.', '', '1.1. A directory to support the collections community', '', 'Collections staff and taxonomists collaborate as a truly global community, and they need to find each other.'].join('\n')
  assert.equal(recogniseText(text).outline.title, 'Uses for the catalogue')
  // ("7 Habits of Highly Effective People" with no section 7.1 keeps its number.)
  assert.equal(recogniseText(['7 Habits of Highly Effective People', '', 'A book about habits that many people have read and discussed at length over the years.', '', 'Be proactive', '', 'Proactive people take responsibility for their lives and their choices, every day.'].join('\n')).outline.title, '7 Habits of Highly Effective People')
})

test('a lead-in too long for the face introduces its list by the words that name it', () => {
  // Portsmouth Cycle Forum, "Bike Park Life" (2021, CC BY-SA 4.0, copied text): three criteria ("Located within high
  // density residential area of Portsmouth", …) stood on a slide without what they were, their lead-in of 47 words left to the notes.
  assert.equal(leadInText('On November 2nd 2021, the City Council cabinet made the decision to make the initial trial locations permanent, and also approved expenditure on another eight hangers for a list of roads that were based on residents requests and an assessment of the degree to which the following criteria were met:', 14), 'The following criteria were met')
})

test('a picture over the one "#" goes under it: the "#" titles the talk', async () => {
  // Michael Collins, "Systems thinking" (DMD 100, Penn State, CC BY 4.0, Markdown): a hero picture above "# Systems
  // thinking" left the talk without a title slide, opening on an agenda and an empty slide.
  const { html } = await renderDeck(['![Aerial photo of a city intersection](/assets/commute.jpg)', '', '# Systems thinking', '', 'A design decision that considers the impact on an entire network of affected systems is known as systems thinking. Systems are bounded and can be nested.', '', '## Cradle to Cradle', '', 'Cradle to Cradle Design accounts for wellness, social, economic, and ecological systems in the design model. It was coined in a book.', ''].join('\n'), { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  assert.match(html, /<section[^>]*class="[^"]*title-slide[^"]*"[^>]*>[\s\S]*?Systems thinking/)
})

test('bold opened before its space is bold, and a footnote\'s mark alone on its line shows nothing', async () => {
  // "Systems thinking": "3. Public consensus:** Public Relations and Marketing design**" showed its asterisks, and "[^4]"
  // on a line of its own after a list showed a lone "4" with the footnote under it.
  assert.equal(normalizeSource('3. Public consensus:** Public Relations and Marketing design**\n'), '3. Public consensus: **Public Relations and Marketing design**\n')
  assert.equal(normalizeSource('**bold** text** more\n'), '**bold** text** more\n')
  const shown = await faces(['# Wicked problems', '', '## Ten characteristics', '', 'They defined the following characteristics of wicked problems, and they are still used today by designers:', '', '1. A wicked problem has no particular form.', '2. Wicked problems can be worked on indefinitely.', '3. Every wicked problem is unique.', '', '[^4]', '', '[^4]: Rittel, Horst. "Dilemmas in a General Theory of Planning." Policy Sciences, 1973: 155-169.', ''].join('\n'))
  assert.doesNotMatch(shown, /(?:^|\s)4(?:\s|$)/)
  assert.match(shown, /Every wicked problem is unique/)
})

test('a paragraph that opens by saying what the talk\'s title is shows that sentence', async () => {
  // "Systems thinking": its opening definition, "A design decision that considers the impact on an entire network of
  // affected systems, rather than a specific part, is known as systems thinking", lost to "Design can happen at every scale".
  const shown = await faces(['# Systems thinking', '', 'A design decision that considers the impact on an entire network of affected systems, rather than a specific part, is known as systems thinking. Systems are bounded, can be nested, overlap with other systems, and are often interconnected in complex ways that are hard to see.', '', 'Design can happen at every scale. At the small scale, humans can collide single atoms together to investigate theoretical physics. At the large scale, complex social and technological systems can impact the global climate affecting every living organism on Earth.', '', '## Cradle to Cradle', '', 'Cradle to Cradle Design accounts for wellness, social, economic, and ecological systems in the design model. The term was coined in a book.', ''].join('\n'))
  assert.match(shown, /is known as systems thinking/)
})
