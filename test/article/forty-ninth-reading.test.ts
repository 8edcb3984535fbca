/**
 * What the forty-fourth session (7 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { tagSentence } from '../../src/article/nlp.js'
import { hasFiniteVerb } from '../../src/article/clause-grammar.js'
import { balanceQuotes } from '../../src/article/quotations.js'
import { isSignpost } from '../../src/article/signposts.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { isPointer, isPublicationNote } from '../../src/article/pointers.js'
import { splitSentences } from '../../src/article/sentences.js'
import { parseByline } from '../../src/text/byline.js'
import { isHeadlineShaped } from '../../src/text/lines.js'
import { textToMarkdown } from '../../src/text/index.js'
import { facesOf } from '../helpers/deck-text.js'

/** A sentence compressed to a bullet of at most 14 words (hard cap 20). */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14, hardCap: 20 })?.text

/** The face of an article rendered in article mode (`.md` or `.txt` by the name given). */
async function faces(source: string, name = 'article.txt'): Promise<string> {
  const { html } = await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })
  return facesOf(html)
}

/** Sentences of prose about a topic, enough for a section. */
const prose = (topic: string): string => `${topic} matters to every team that ships software. Teams that ignore ${topic.toLowerCase()} pay later, and they pay more than they expect.`

/** The Markdown a plain text is read as. */
const markdown = (lines: readonly string[]): string => textToMarkdown(lines.join('\n'))

test('a quotation mark in code or after an equals sign opens nothing; a call keeps its arguments', () => {
  // Eevee, "Maybe we could tone down the JavaScript" (fuzzy notepad, 2016, CC BY 3.0 US): the bullet had opened with a
  // stray mark and its pull quote read "If you want a link, you just do <a href=".
  assert.equal(balanceQuotes('If you want a link, you just do `<a href="somewhere">label</a>` and you are done'), 'If you want a link, you just do `<a href="somewhere">label</a>` and you are done')
  assert.equal(balanceQuotes('If you want a link, you just do <a href="somewhere">label</a> and you are done'), 'If you want a link, you just do <a href="somewhere">label</a> and you are done')
  assert.equal(bullet('I mean, if you want a link, you just do <a href="somewhere">label</a> and you are done.'), 'If you want a link, you just do <a href="somewhere">label</a> and you are done')
  // (webpack's roadmap, MIT: `import("./module")` had lost its argument as an aside.)
  assert.match(compressSentence('When writing import("./module") in modules, this will compile to something like load_chunk("chunk.js").', { maxWords: 20 })?.text ?? '', /import\("\.\/module"\).*load_chunk\("chunk\.js"\)/)
})

test('a diagram in text is a listing; a long exclamation someone says is no heading; a numbered step stays', async () => {
  // Steve Losh, "Volatile Software" (stevelosh.com, 2012, MIT): the cost formula and the Venn diagram had been bullets, an
  // exclamation a slide's title, and step 1 of four had gone as a signpost ("Look at what programs…").
  const text = markdown(['Volatile Software', '', 'Posted 14 years ago on April 23, 2012.', '', 'The Situation', '', 'Every time I get a new computer, I go through the same song and dance:', '', '1. Look at what programs and packages I have installed on the old computer.', '2. Install these programs on the new computer.', '3. Copy over my configuration files from the old computer to the new one.', '', 'Step 4 is always the most painful part of getting a new machine. Always.', '',
    'Brokenness', '', prose('Compatibility'), '', 'In effect, I’m saying that “breaking backwards compatibility” means “the program is broken”!', '', 'This may be a strong statement, but I stand by it in most cases.', '', 'Number of people         Time it takes each person', 'using that part of   X   to figure out what changed', 'the program              and how to fix it', '', 'Often this can be a significant amount of time!', '',
    'The Tradeoff', '', prose('Elegance'), '', '                      -------', '                     /3333333\\', '                    |333333333|', '                     \\3333333/', '                      -------', '', '11 -> People who give a shit what a program\'s codebase', '11    looks like.', '', prose('Authorship')])
  assert.match(text, /^date: April 23, 2012$/m)
  assert.doesNotMatch(text, /^#+ (?:In effect|Often this|11 ->)/m)
  assert.match(text, /```[^`]*Number of people {9}Time it takes each person[^`]*```/)
  assert.match(text, /```[^`]*\/3333333\\[^`]*11 -> People[^`]*```/)
  assert.ok(!isHeadlineShaped('Often this can be a significant amount of time!') && isHeadlineShaped('2. Be aware of your own role in this process!') && isHeadlineShaped('Backwards compatibility matters!'))
  const face = await faces(text, 'volatile.md')
  assert.match(face, /Look at what programs and packages I have installed on the old computer/)
})

test('the claim a clause bounds keeps it: a condition, "not… until", how one tells, a contrast after "but"', async () => {
  // Figure.NZ, "Open data collection in NZ" (BSD-3-Clause): "…free for you to take and use" had lost "as long as you
  // acknowledge…", and "You can tell if something is open data" its reason.
  assert.notEqual(bullet('Open data is data someone else collected which is free for you to take and use, as long as you acknowledge the people who collected it.'), 'Open data is data someone else collected which is free for you to take and use')
  assert.match(bullet("You can tell if something is open data because it is shared with the public under an 'open' license.") ?? '', /because it is shared/)
  // Steve Losh (as above); Eevee (as above).
  assert.match(bullet('I’m not going to find out about the brokenness until I try to use the program the next time.') ?? '', /until I try/)
  assert.notEqual(bullet('I’m saying that something has gone very wrong when basic features that already work in plain HTML suddenly no longer work without JavaScript.'), 'I’m saying that something has gone very wrong')
  // (A condition a comma before it may cut with its phrase: the Electron post's "We use CFA with a Slack integration front-end".)
  assert.equal(bullet('We use CFA with a Slack integration front-end, allowing maintainers to validate package publishing from any device they have Slack on, as long as they have their TOTP generator handy.'), 'We use CFA with a Slack integration front-end')
  // Flutter, "Postmortem: AndroidX Plugin Migration" (flutter/flutter docs, BSD-3-Clause): "We understood that the AndroidX
  // migration was breaking" had dropped "but underestimated the scale of the breakage", the lesson.
  const item = 'We understood that the AndroidX migration was breaking, but underestimated the scale of the breakage. We didn\'t realize that it applied to all untouched build.gradle files produced by released versions of flutter create. Also failed to verify that the Gradle errors mentioned AndroidX or were otherwise easily understandable.'
  const face = await faces(['# Postmortem', '', "## What didn't work", '', `- ${item}`, '- The flutter/plugins CI failed to verify that the new plugins could be used with the template from flutter create on stable.', '- No manual sanity checks were recommended and insufficient ones were performed before publishing the packages to pub. There could have been manual checks.', '- The packages were pushed Thursday/Friday (24-25) and remained broken over the weekend until a fix was decided communally.', '- The breaking change and suggested migration were only surfaced in the CHANGELOG of the plugins, not in the actual Gradle compile error.', '- There was no way to mark the incorrect semver packages as broken in pub, so we needed to push a breaking revert.'].join('\n'), 'postmortem.md')
  assert.match(face, /but underestimated the scale of the breakage/)
})

test('no finite verb in an infinitive\'s second verb; a name in snake case is one word, and no list\'s last item is a clause', () => {
  // Eevee (as above): "Not even to replace it with homegrown placeholder text or apply custom styling" had been a bullet.
  assert.ok(!hasFiniteVerb(tagSentence('Not even to replace it with homegrown placeholder text or apply custom styling.')))
  assert.ok(hasFiniteVerb(tagSentence('We need to stop and think.')))
  // Flutter (as above): "Url_launcher were broken by pub" had been the bullet of a list of six plugins.
  assert.ok(tagSentence('Users of google_sign_in and url_launcher were broken.').some((token) => token.value === 'google_sign_in'))
  assert.doesNotMatch(bullet('Users pinned to the major version of firebase_analytics, firebase_database, google_sign_in, and url_launcher were broken by pub despite deliberately trying to avoid any breaking changes.') ?? '', /^Url_launcher/)
})

test("a postmortem's fields are items and no headings, its status and owners its front, a handle keeps its case", async () => {
  // Flutter (as above), the Markdown: "Status: final<br> Owners: amirh@" and a summary of fields run on with `<br>`.
  const md = ['# Flutter postmortem: Widespread Gradle failures', '', 'Status: final<br> Owners: amirh@', '', '## Summary', '', 'Description: Many users reported Gradle build failure after upgrading to Flutter<br> Component: plugins<br> Date: 2019-12-11<br> Duration: 19 hours<br> User impact: Users of the following plugins who are using Android Studio couldn’t build their applications.', '', '## Timeline', '', '### 2019-09-01', '', 'stuartmorgan@ notices that Flutter applications that are using non-Android plugins are failing to build for Android. The root cause is that the Flutter gradle plugin assumes that all plugins include an Android implementation.'].join('\n')
  const { html } = await renderDeck(md, { path: '/tmp/lectern-no-such-folder/postmortem.md', overrides: { condense: true } })
  const items = [...html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim())
  assert.ok(items.includes('Component: plugins') && items.includes('Duration: 19 hours') && items.includes('Status: final'), items.join('\n'))
  assert.match(facesOf(html), /stuartmorgan@ notices/)
  // The text copy of the other postmortem: "Owners:" signs it, "Status: draft" goes, "Date/time:" heads nothing.
  const text = markdown(['Flutter postmortem: AndroidX Plugin Migration', '', 'Status: draft', '', 'Owners: @mklim, @amirh, @dnfield, @hixie', '', 'Summary', '', 'Description: The flutter/plugins repo was updated with a breaking change to resolve flutter/flutter#23995, and apps broke.', '', 'Component: flutter/plugins', '', 'Date/time: 2019-01-24 13:24 -0800', '', 'Duration: 4 days for the semantic versioning problem.', '', 'Timeline', '', prose('Versioning')])
  assert.match(text, /^author: "@mklim, @amirh, @dnfield, @hixie"$/m)
  assert.doesNotMatch(text.split('<!--')[0]!, /Status: draft|^## Date\/time/m)
})

test("a page's front: the kind of post over a date with its reading time, an author's card a blank line apart, a Nikola stamp, a site's licence", () => {
  // Brian "bex" Exelbierd, "LATAM Organizational FAD" (bexelbie.com, 2017, CC BY-SA 4.0): the byline had titled seven
  // slides and "July 18, 2017 5 minute read" been a section.
  const fad = markdown(['LATAM Organizational FAD', '', 'Event Report', '', 'July 18, 2017 5 minute read', '', 'Brian "bex" Exelbierd', '', 'Upstream Linux. Open source politics. Tools for oddly specific frustrations.', '', 'Brno, Czech Republic', 'Mastodon', 'Signal', 'GitHub', 'Email', 'LinkedIn', 'RSS Feed', '', prose('Community'), '', 'Budget', '', prose('Budgeting'), '', 'The LATAM Ambassadors and some student assistants hard at work on Day 1.', '', prose('Planning')])
  assert.match(fad, /^subtitle: Event Report$/m)
  assert.match(fad, /^author: Brian "bex" Exelbierd$/m)
  assert.match(fad, /^date: July 18, 2017$/m)
  assert.doesNotMatch(fad.split('<!--')[0]!, /Upstream Linux|Mastodon|RSS Feed/)
  assert.deepEqual(parseByline('July 18, 2017 5 minute read'), { date: 'July 18, 2017' })
  // Deborah Fitchett, "Levelling Up to Open Research Data" (NZ Commons, 2013, CC BY 4.0).
  assert.deepEqual(parseByline('Creative Commons Aotearoa New Zealand 2013-10-22 00:37 Source'), { date: '2013-10-22' })
  const nz = markdown(['Levelling Up to Open Research Data', '', 'Creative Commons Aotearoa New Zealand 2013-10-22 00:37 Source', '', 'By Deborah Fitchett, Digital Access Coordinator at Lincoln University.', '', prose('Open data'), '', 'Publishing data', '', prose('Publishing'), '', 'Except where otherwise noted, copyright content on this site is licensed under a Creative Commons Attribution 4.0 International Licence.'])
  assert.match(nz, /^author: Deborah Fitchett, Digital Access Coordinator at Lincoln University\.?$/m)
  assert.doesNotMatch(nz.split('<!--')[0]!, /Aotearoa|Except where otherwise noted/)
})

test('a photo of people at work is its caption, no bullet', async () => {
  // Brian "bex" Exelbierd (as above).
  const face = await faces(['LATAM Organizational FAD', '', 'Day one', '', prose('Community'), '', 'The LATAM Ambassadors and some student assistants hard at work on Day 1.', '', prose('Planning'), '', 'Day two', '', prose('Budgeting')].join('\n'))
  assert.doesNotMatch(face, /hard at work/)
})

test('the sentence that answers a heading\'s "What is X?" is its bullet, however long; a site\'s foot and a heading nothing follows are no slides', async () => {
  // Figure.NZ (as above): the definition had lost to two lesser sentences for its length.
  const face = await faces(['# Open data collection in NZ', '', '## What is open data?', '', 'Open data is data someone else collected which is free for you to take and use, as long as you acknowledge the people who collected it.', '', "You can tell if something is open data because it is shared with the public under an 'open' license. The most common license you'll see is Creative Commons.", '', '## Where does it come from?', '', prose('Open data')].join('\n'), 'open-data.md')
  assert.match(face, /Open data is data someone else collected which is free for you to take and use, as long as you acknowledge the people who collected it/)
  // Tony Gines, "Designing user interfaces for your mother" (It Broke And iFixit, 2013, CC BY 3.0): the site's foot had
  // been two slides, "Written by the fine folks behind iFixit and Dozuki" and "Hosted on GitHub Pages".
  const foot = await faces(['Designing user interfaces for your mother', '', '2013-08-12 - Tony Gines', '', 'Her browser', '', prose('Browsing'), '', 'Conclusion', '', prose('Design'), '', 'comments powered by Disqus', '', 'Written by the fine folks behind iFixit and Dozuki', '', 'iFixit.com/Info/Jobs', 'GitHub.com/iFixit', '', 'Hosted on GitHub Pages', 'Modified from a theme by orderedlist'].join('\n'))
  assert.doesNotMatch(foot, /fine folks|Disqus|GitHub Pages|orderedlist|iFixit\.com/)
  // Daniel Himmelstein and Kamen Simeonov, "The Cancer Research UK Reassessment…" (Satoshi Village, 2015, CC BY 4.0).
  const title = await faces(['---', 'title: The <i>Cancer Research UK</i> Reassessment of our Study', '---', '', prose('Elevation'), '', prose('Smoking')].join('\n'), 'cruk.md')
  assert.match(title, /The Cancer Research UK Reassessment of our Study/)
})

test("a page's interactive box, its plot below and a chart's legend are the notes'", async () => {
  // Daniel Himmelstein, "The history of publishing delays" (Satoshi Village, 2016, CC BY 4.0).
  const face = await faces(['The history of publishing delays', '', '2016-02-10', '', 'Acceptance delays', '', 'Since 1981, the median acceptance delay has teetered around the 100 day mark. Interested in a specific journal? Use the box below to select from 3,086 journals with acceptance delay histories. Red dots represent individual articles.', '', 'Publication delays', '', 'The plot below shows the history of online publication delays since 2000. Publication delays have approximately been cut in half since the early 2000s.'].join('\n'))
  assert.doesNotMatch(face, /box below|Red dots|plot below/)
  assert.match(face, /cut in half/)
})

test('"The team moves forward…" has its verb; a department that thanks its volunteers is no bullet', () => {
  // Flutter, "Postmortem: Widespread Gradle failures" (flutter/flutter docs, BSD-3-Clause): the endorsements' list had gone
  // once its names were words, the tagger reading "moves" as a plural.
  assert.ok(hasFiniteVerb(tagSentence('The team moves forward to publish the endorsements for: url_launcher, google_sign_in, video_player.')))
  assert.match(bullet('The team moves forward to publish the endorsements for: url_launcher, google_sign_in, video_player, firebase_auth.') ?? '', /^The team moves forward/)
  assert.ok(isSignpost('The department thanks the 46 volunteers who helped with the field survey.'))
})

test('a person the page tells of titles no slide of what was said', () => {
  // Brian "bex" Exelbierd, "Flock to Fedora: Krakow, PL Edition" (bexelbie.com, 2016, CC BY-SA 4.0): "Matt Miller (cont.)"
  // had titled a page of three other talks.
  const pages = ['Tuesday started with the keynote. Matt\nMiller, the Fedora Project Lead, delivered a talk on the project. Matt Miller showed that most contributors are volunteers.', 'On Wednesday I partnered with Dusty Mabe to present the ADB. The ADB makes containers easy. The ADB is open source.']
  assert.deepEqual(keyPhrases(pages, 'Flock to Fedora', 'en', pages), [undefined, 'ADB'])
})

test("a diff's lines in a copied page are a listing; an offer of background and a leave to skip it are signposts", () => {
  // Emanuele Stoppa, "Announcing Biome" (biomejs.dev, 2023, MIT): "-  "rome": "12.1.3"" had been a bullet.
  const text = markdown(['Announcing Biome', '', 'Aug 29, 2023 - 7 min read', '', 'Background', '', 'I want to give you some background and context, which could help you to get why the core team created a new project. If you’re not interested, feel free to jump to the next section', '', 'Upgrading', '', prose('Upgrading'), '', '1. You should use the @biomejs/biome package.', '{', '-  "rome": "12.1.3"', '+  "@biomejs/biome": "1.0.0"', '}', '2. And change the CLI name in your scripts.', '', prose('Formatting')])
  assert.match(text, /```[^`]*- {2}"rome": "12\.1\.3"\n\+ {2}"@biomejs\/biome": "1\.0\.0"[^`]*```/)
  assert.ok(isSignpost('I want to give you some background and context, which could help you to get why the core team created a new project.'))
  assert.ok(isSignpost('If you’re not interested, feel free to jump to the next section'))
})

test("a post's tags under its date, a share row, an update after the date, a sidebar's link and tag, numbered notes at the foot", async () => {
  // Leonardo Giordani, "Stop using tools as if they were solutions" (The Digital Cat, 2021, CC BY-SA 4.0): the tags and the
  // share row had headed the first section, the notes' numbers three sections of the conclusion's.
  const catLines = ['Stop using tools as if they were solutions', '', 'By Leonardo Giordani - 25/05/2021 Updated on Aug 22, 2021', '', 'Programming software architecture design tools', '', 'Share on: Twitter LinkedIn HackerNews Email Reddit', '', prose('Problem solving'), '', 'Decomposition', '', 'Decomposition is the first step of any software architecture.[1] Design patterns are defined by Erich Gamma and his co-authors in their seminal book.[2]', '', 'Conclusion', '', prose('Tools'), '', '1', '', 'See "What is a software architecture?" in Clean Architectures in Python.', '', '2', '', 'Design Patterns: Elements of Reusable Object-Oriented Software by Gamma, Vlissides, Johnson, and Helm', '', 'Feedback', '', 'Feel free to reach me on Twitter if you have questions.']
  const cat = markdown(catLines)
  assert.match(cat, /^author: Leonardo Giordani$/m)
  assert.match(cat, /^date: 25\/05\/2021$/m)
  assert.doesNotMatch(cat.split('<!--')[0]!, /Programming software architecture|Share on|^## \d$/m)
  assert.doesNotMatch(await faces(catLines.join('\n')), /Clean Architectures|Design Patterns|reach me/)
  assert.ok(isSignpost('Feel free to reach me on Twitter if you have questions.'))
  // John Stanton-Geddes, "Leaving the academic canyon" (2014, CC BY 4.0): "Previous post" had titled every slide, the tag
  // "goodbye" signed the talk, and "…leaving academia [1], so here's my contribution" outranked the thesis for its note mark.
  const canyon = markdown(['Leaving the academic canyon', '', '16 October 2014', '', 'goodbye', '', 'Previous post', '', 'I’m leaving my career in academia as an evolutionary biologist to take a position as a data scientist. Yes, the hype is true: businesses do want people with analytical and computational skills.', '', 'Many people have written about leaving academia [1], so here’s my contribution. Unlike others, my story is mostly happy, maybe cautionary.', '', 'My PhD', '', prose('Research')])
  assert.doesNotMatch(canyon.split('<!--')[0]!, /Previous post|^author:/m)
  const face = await faces(canyon, 'canyon.md')
  assert.match(face, /I’m leaving my career in academia as an evolutionary biologist to take a position as a data scientist/)
  assert.ok(isSignpost('Many people have written about leaving academia, so here’s my contribution.'))
})

test("a bibliography's keys head no sections; a name and where the author works sign the page", () => {
  // Leonardo Uieda, "A review of peer-observation in higher education" (PGCAP portfolio, CC BY 4.0): "AB10", "Gos09: David
  // Gosling" had titled six slides, and the byline had been a section.
  const text = markdown(['A review of peer-observation in higher education', '', 'Leonardo Uieda – Department of Earth, Ocean and Ecological Sciences, University of Liverpool, UK', '', 'Introduction', '', prose('Peer observation'), '', 'Models', '', prose('Collaboration'), '', 'Bibliography', '', 'Aro10', 'Louise Aronson. Twelve tips for teaching reflection at all levels of medical education. Medical Teacher, 33(3):200–205, 2010.', '', 'AB10', 'Douglas J Atkinson and Susan J Bolt. Using teaching observations to reflect upon practice. 2010.', '', 'OKeeffeCM+21(1,2)', 'Muireann O’Keeffe and others. Reflective practice. 2021.'])
  assert.match(text, /^author: Leonardo Uieda – Department of Earth/m)
  assert.doesNotMatch(text, /^#+ (?:Aro10|AB10|OKeeffe)/m)
  assert.ok(isHeadlineShaped('Web Accessibility') && !isHeadlineShaped('Cos98(1,2,3)'))
})

test('a "Next section" closing a chapter and its "Continue the story:" link are no slides', async () => {
  // Hannah Smith and Ismael Velasco, "What software engineers need to know about how the grid works" (ClimateAction.Tech,
  // CC BY-SA 4.0): the deck had closed on them.
  const face = await faces(['# How the grid works', '', '## Supply', '', prose('Supply'), '', '## Demand', '', prose('Demand'), '', '## Next section', '', 'Continue the story: [What’s the problem with carbon-aware software then?](problem.md)'].join('\n'), 'grid.md')
  assert.doesNotMatch(face, /Next section|Continue the story/)
})

test('a name under the date is no title under a two-word label; with its team it signs the post', () => {
  // Emanuele Stoppa, "Announcing Biome" (as above): the talk had been titled "Emanuele Stoppa" under the kicker "Announcing Biome".
  const text = markdown(['Announcing Biome', '', 'Aug 29, 2023 - 7 min read', '', 'Emanuele Stoppa', '', 'Biome Core Team', '', 'We are happy to announce Biome, toolchain of the web.', '', prose('Tooling')])
  assert.match(text, /^title: Announcing Biome$/m)
  assert.match(text, /^author: Emanuele Stoppa, Biome Core Team$/m)
  assert.match(text, /^date: Aug 29, 2023$/m)
})

test("authors with their affiliations' numbers out of order sign the page; a talk's slides and video links are pointers", async () => {
  // Mark Woodbridge, Vanessa Sochat, Jurriaan Spaaks, Malin Sandström and Alexander Struck, "SORSE: Research Software
  // Directories" (SORSE, 2020, CC BY 4.0): "Vanessa Sochat3" had kept its number, the names had titled the talk, and
  // "YouTube video (starting 20:01)" had headed a section.
  const face = await faces(['SORSE: Research Software Directories', '', '12 minute read', '', 'Mark Woodbridge1, Vanessa Sochat3, Jurriaan Spaaks2, Malin Sandström4, Alexander Struck5', '', '1. Imperial College London, UK.', '2. Netherlands eScience Center, The Netherlands.', '3. Stanford University, US.', '', 'Introduction', '', prose('Software directories'), '', 'The Research Software Directory by Imperial College London', '', 'Slides available from Zenodo: 10.5281/zenodo.4058207', '', 'YouTube video (starting 20:01)', '', prose('Directories')].join('\n'))
  assert.match(face, /^ ?SORSE: Research Software Directories .*SORSE: Research Software Directories Mark Woodbridge, Vanessa Sochat, Jurriaan Spaaks/)
  assert.doesNotMatch(face, /Sochat3|YouTube video|Slides available/)
})

test("a site's author box and its tags one to a line under the date; a short quotation of two sentences is one with its sentence", () => {
  // Raffael Rostagno, "Espresso Machine PID controller using ESP32 and RainMaker" (Espressif Developer Portal, 2024, MIT):
  // the tags and "Espressif author" had been the first two slides.
  const text = markdown(['Espresso Machine PID controller using ESP32 and RainMaker', '', '19 June 2024·Updated: 16 October 2025·9 mins·', '', 'ESP32', 'ESP-IDF', 'RainMaker', '', 'Espressif author', 'Raffael Rostagno', 'Embedded Software Developer', '', 'This article is about upgrading a regular low cost Espresso machine by adding an ESP32 for both control and connectivity.', '', 'Introduction', '', prose('Coffee')])
  assert.match(text, /^author: Raffael Rostagno, Embedded Software Developer$/m)
  assert.match(text, /^date: 19 June 2024$/m)
  assert.doesNotMatch(text.split('<!--')[0]!, /ESP-IDF|Espressif author/)
  // Scott Kosman, "So You're A Manager Now." (2025, MIT): "…saying, “You’re not crazy” — this is hard.”" had been a bullet.
  assert.deepEqual(splitSentences('Sometimes it means buying someone coffee and saying, “You’re not crazy. This is hard.” Next comes the work.'), ['Sometimes it means buying someone coffee and saying, “You’re not crazy. This is hard.”', 'Next comes the work.'])
  assert.ok(isHeadlineShaped('Your Job Isn’t to Do the Work Anymore.'))
})

test('a bare name over the first paragraph under the date signs the post; where a post ran before and what later sections discuss are no bullets', () => {
  // Juanita Gómez Romero, "Writing docs is not just writing docs" (Spyder blog, 2020, MIT): her name had titled every slide.
  const text = markdown(['Writing docs is not just writing docs', '', 'July 8, 2020', '', 'Juanita Gómez Romero', '', 'This blogpost was originally published on the Quansight Labs website.', '', 'Where do I start?', '', prose('Documentation')])
  assert.match(text, /^author: Juanita Gómez Romero$/m)
  assert.ok(isPublicationNote('This blog has previously been published on Jamie Quinn’s blog.'))
  // SORSE (as above): the closing slide had been "The directories are discussed in detail in the following sections".
  assert.ok(isSignpost('The directories are discussed in detail in the following sections.'))
  assert.ok(isSignpost('Many registries exist, a selection of which is included below.'))
})

test("a page's jump menu, a post's previous link with its title, an update that the next part is live, a three-word slogan heading", () => {
  // John Baldo, "Reflecting on 8 Years of Partnership…" (OpenOakland, MIT): the jump menu had been the agenda's first item.
  const text = markdown(['Reflecting on 8 Years of Partnership', '', 'Jump to: Open Disclosure Oakland Demo | Learnings and Opportunities | What\'s Next', '', prose('Campaign finance'), '', 'Learnings and Opportunities', '', prose('Partnership'), '', '« Previous: RADAR Program Exploration: Learnings from a Discovery Phase'])
  assert.doesNotMatch(text.split('<!--')[0]!, /Jump to|Previous:/)
  // Scott Kosman (as above).
  assert.ok(isPointer('Update: Part 2 of this series is now live.'))
  assert.ok(isHeadlineShaped('Protect Your Energy.'))
})

test("a chapter's number before the title is no part of the talk's title", async () => {
  // Hannah Smith and Ismael Velasco (as above): the title slide had read "2. What software engineers need to know…".
  const { html } = await renderDeck(['# 2. What software engineers need to know about how the grid works', '', '## Supply', '', prose('Supply'), '', '## Demand', '', prose('Demand')].join('\n'), { path: '/tmp/lectern-no-such-folder/grid.md', overrides: { condense: true } })
  assert.match(html, /<h1>What software engineers need to know about how the grid works<\/h1>/)
})

test("a picture's caption under the paragraph that points at it, and a promotion's pointing hand, are no content", () => {
  // Zhaojun Wu, "Securing Online Gaming…" (Chaos Mesh blog, 2021, CC BY 4.0): the caption had been an empty section.
  const text = markdown(['Securing Online Gaming', '', 'August 26, 2021', '', 'Faults', '', 'It provides a web UI and a variety of fault injection types, as shown in the image below.', '', 'A comparison of chaos engineering tools', '', prose('Chaos engineering'), '', 'Platform', '', prose('Platforms')])
  assert.doesNotMatch(text.split('<!--')[0]!, /A comparison of chaos engineering tools/)
  // Microsoft, "What is quantum computing?" (Azure Quantum docs, CC BY 4.0): a promotion had headed a section and the agenda.
  const quantum = markdown(['What is quantum computing?', '', '05/19/2025', '', '👉 Discover what\'s new at Microsoft Quantum', '', prose('Quantum computing'), '', 'History of quantum computing', '', prose('Simulation')])
  assert.doesNotMatch(quantum.split('<!--')[0]!, /Discover what/)
})

test("a page's script-driven widgets stay off the face; a page's feedback question ends it", async () => {
  // Jez Swanson, "An Interactive Introduction to Fourier Transforms" (2018, MIT): blank canvases and dead buttons had pushed
  // twelve slides over their bottoms.
  const face = await faces(['# Fourier transforms', '', '## Sine waves', '', prose('Sound'), '', '<canvas id="combo-sine-wave" class="sketch" width=500 height=300></canvas>', '', '<button id="together-button" class="button">Play Full Wave</button>', '', prose('Frequency')].join('\n'), 'fourier.md')
  assert.doesNotMatch(face, /Play Full Wave/)
  // Microsoft (as above): "Feedback" / "Was this page helpful?" / "Yes" / "No" had closed the talk.
  const quantum = markdown(['What is quantum computing?', '', '05/19/2025', '', prose('Quantum computing'), '', 'History', '', prose('Simulation'), '', 'Feedback', '', 'Was this page helpful?', '', 'Yes', '', 'No'])
  assert.doesNotMatch(quantum.split('<!--')[0]!, /helpful|^Yes$/m)
})

test("a promise to update the post is a signpost", () => {
  // Yochai Gal, "Writing Modules for Cairn" (Cairn, CC BY-SA 4.0): it had been a pull quote.
  assert.ok(isSignpost('I’ll probably update this post going forward, so be sure to check back in!'))
})

test("a site's header above the title over its date goes, and its 'Other … posts' lists are related links", () => {
  // Martin Tournoij, "Why GoatCounter ignores Do Not Track" (arp242.net, 2020, CC BY 4.0): the talk had been "Untitled".
  const text = markdown(['← Home', '', 'Personal website of Martin Tournoij (“arp242”); writing about programming (CV) and various other things.', '', 'Contact at martin@arp242.net or GitHub.', '', 'Why GoatCounter ignores Do Not Track', '', 'Written on 4 Jan 2020', '', prose('Tracking'), '', 'Consent', '', prose('Consent'), '', 'Other GoatCounter posts', '', '5 Aug 2020 Analytics on personal websites', '17 May 2020 Experiences with email-based login'])
  assert.match(text, /^title: Why GoatCounter ignores Do Not Track$/m)
  assert.match(text, /^date: 4 Jan 2020$/m)
  assert.doesNotMatch(text.split('<!--')[0]!, /Home|Personal website|Other GoatCounter posts|Analytics on personal/)
})

test("a document's licence line is the page's foot", () => {
  // Martin Tournoij (as above): "This document is licensed under a cc-by 4.0 license." had closed the talk.
  const text = markdown(['Why GoatCounter ignores Do Not Track', '', 'Written on 4 Jan 2020', '', prose('Tracking'), '', 'Consent', '', prose('Consent'), '', 'This document is licensed under a cc-by 4.0 license.'])
  assert.doesNotMatch(text.split('<!--')[0]!, /licensed under/)
})
