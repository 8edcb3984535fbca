/**
 * What the forty-third session (7 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { isPointer } from '../../src/article/pointers.js'
import { looksLikeName } from '../../src/text/byline.js'
import { textToMarkdown } from '../../src/text/index.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** The face of an article rendered in article mode (`.md` or `.txt` by the name given). */
async function faces(source: string, name = 'article.txt'): Promise<string> {
  const { html } = await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })
  return facesOf(html)
}

/** Sentences of prose about a topic, enough for a section. */
const prose = (topic: string): string => `${topic} matters to every team that ships software. Teams that ignore ${topic.toLowerCase()} pay later, and they pay more than they expect.`

test("an author's card, a nickname in quotes, a post's neighbours and a long title over its authors are the page's front and foot", () => {
  // Ahmad Shabibul Hossain, "The Invisible Bug: How Silent Assumptions Sabotage Mobile Systems" (codewithshabib.com, 2025,
  // CC BY-SA 4.0): the sidebar's card had titled the talk "Ahmad Shabibul Hossain".
  const card = textToMarkdown(['Ahmad Shabibul Hossain', 'Converting ☕️ into code since 2007 👨‍💻', 'Toronto, Canada', 'LinkedIn', 'GitHub', 'Email', '', 'The Invisible Bug: How Silent Assumptions Sabotage Mobile Systems', 'April 29, 2025 • 11 minute read', '', 'The Crash That Defied Logic', '', prose('Crash reporting'), '', 'One Last Thing', '', prose('Tracing assumptions'), '', 'Share on', 'X Facebook LinkedIn Bluesky', '', 'Previous Next'].join('\n'))
  assert.match(card, /^title: "The Invisible Bug: How Silent Assumptions Sabotage Mobile Systems"$/m)
  assert.doesNotMatch(card.split('<!--')[0]!, /Ahmad|LinkedIn|Share on|Bluesky|Previous Next/)
  // Christopher J. 'CJ' Wright, "Conda-Forge Operational Risk" (conda-forge blog, 2020, BSD-3-Clause).
  assert.ok(looksLikeName("Christopher J. 'CJ' Wright"))
  assert.ok(!looksLikeName("'CJ' Wright") && !looksLikeName("Christopher 'cj' Wright"))
  const conda = textToMarkdown(['Conda-Forge Operational Risk', '', 'July 2, 2020 · 5 min read', '', "Christopher J. 'CJ' Wright", 'Member of conda-forge/core', '', prose('Operational risk'), '', 'A brief conda-forge primer', '', prose('Packaging'), '', 'Self-Service Structure', '', prose('Self-service'), '', 'Top-Down Control', '', prose('Control'), '', 'Automation', '', prose('Automation'), '', 'Conclusion', '', prose('Risk management'), '', 'Newer post', 'Scipy 2020 Packaging BOF', '', 'Older post', 'PyPy builds on conda-forge'].join('\n'))
  assert.match(conda, /^author: Christopher J\. 'CJ' Wright, Member of conda-forge\/core$/m)
  assert.match(conda, /^## A brief conda-forge primer$/m)
  assert.doesNotMatch(conda.split('<!--')[0]!, /Newer post|Scipy 2020|PyPy builds/)
  // Aurélie Vancraeyenest, Samantha Wittke, Konstantin Stadler, "Small steps towards sustainable and open research - or why
  // you should care about Research Software Engineering" (Nordic-RSE, 2024, MIT and CC BY 4.0): 17 words, not a caption.
  const rse = textToMarkdown(['Small steps towards sustainable and open research - or why you should care about Research Software Engineering', '', 'Aurélie Vancraeyenest, Samantha Wittke, Konstantin Stadler', 'August 16, 2024', '', prose('Research software'), '', 'What an RSE is not', '', prose('Engineering')].join('\n'))
  assert.match(rse, /^title: Small steps towards sustainable and open research$/m)
  assert.match(rse, /^author: Aurélie Vancraeyenest, Samantha Wittke, Konstantin Stadler$/m)
})

test('a page that asks its reader to share and to comment ends before it, and its questions make no interview', async () => {
  // Leisa Reichelt, "Why we say no to surveys and focus groups" (Digital Transformation Agency blog, 2017, CC BY 4.0): a
  // 38-word question of the text had headed three slides once "Want to join the conversation?" made it an interview.
  const question = 'As you were filling in that survey, did you feel as though you were really, genuinely able to express to that organisation how you felt about the thing they were asking you? About the actual experiences you’ve had?'
  const shown = await faces(['Why we say no to surveys and focus groups', '', 'Leisa Reichelt — Jul 26, 2017', '', 'You can’t get authentic, actionable insights in a few clicks', '', 'Think about the last time you filled in a survey.', '', question, '', 'If the answer is no, you’re in good company. I ask this question a lot and the answer is always the same.', '', 'It’s not about preference', '', prose('Usability'), '', 'How much can she earn each fortnight before her payment stops?', '', prose('Task-based testing'), '', 'Share on social media', '', 'Twitter', 'Facebook', 'LinkedIn', 'YouTube', 'Email', '', 'Want to join the conversation?', '', 'Read our comment moderation guidelines'].join('\n'))
  assert.ok(!shown.includes('As you were filling'), shown)
  assert.doesNotMatch(shown, /Share on social media|YouTube|join the conversation|moderation guidelines/)
})

test('a question answered by a signpost, a link for readers and a teaser of the next post stay in the notes', async () => {
  // Juan Linietsky, "As an Open Source project, Godot is more than a game engine" (godotengine.org, 2017, MIT).
  const shown = await faces(['# As an Open Source project, Godot is more than a game engine', '', 'Godot is a community developed game engine. The development process is becoming tighter and more efficient every day.', '', "What is, then, a game engine? Let's try to agree on a common point of view.", '', '## A renderer', '', prose('Rendering')].join('\n'), 'article.md')
  assert.ok(!shown.includes("Let's try to agree"), shown)
  for (const sentence of [
    // Alison Hill, "Teaching students to talk about data science" (apreshill.com, 2020, CC BY-SA 4.0).
    'If you just want to skip to my actual slides, they are here.',
    // Rémy Bernard, "The Problems with Project-Based funding for IT organizations" (ESDC IT Strategy blog, 2021, MIT).
    'This blog will link to internal ESDC documents, which are unfortunately only accessible within ESDC corporate network.',
    'A subsequent blog will be posted to share our thoughts on the topic of product management and how we think it could be implemented in government.',
    // David H. Montgomery, "Methodology" of the CityLab Congressional Density Index (theatlantic/citylab-data, 2018, MIT).
    'I wrote about the takeaway from the model with Richard Florida here, including graphics and an interactive.',
    'You can download our classification for each congressional district in simple and expanded forms, and download the R code used to calculate the model here.'
  ]) assert.ok(isPointer(sentence), sentence)
  assert.ok(!isPointer('We wrote about the takeaway from the model in the report.'))
})

test('a cut never strands two words after a comma, a rule loses its "when", nor a series of clauses its first', () => {
  // Linietsky: "…in order to exist, talent forms" had ended a bullet.
  const talent = bullet('Godot does not need to pay high salary to talented developers in order to exist, talent forms around it due to the oppenness of our process.')
  assert.ok(talent !== undefined && !/talent forms$/.test(talent), talent)
  // Bernard: "Project Management is an investment method meant to be used" had said nothing of when.
  assert.match(bullet('Project Management is an investment method meant to be used when there is high-certainty in a problem and high-agreement in a solution.') ?? '', /meant to be used when there is high-certainty in a problem and high-agreement/)
  // Bernard: the last of three clauses "until…" governs had been the bullet "Procurement processes for acquiring services finishes".
  assert.notEqual(bullet('The IT organization’s A-Base, funding its salary workforce meant to keep the lights on (operations), is then heavily involved in carrying the work until funding gets adjusted, HR processes for hiring new positions completes, and Procurement processes for acquiring services finishes.'), 'Procurement processes for acquiring services finishes')
})

test("an essay's few questions make no interview, the title again is no section, and a closed box's button and inline notes stay off the slides", async () => {
  // Alison Hill, "Teaching students to talk about data science" (apreshill.com, 2020, CC BY-SA 4.0): a 27-word question had
  // headed a section, the title again had titled four slides, "Details" a slide of a note shown as ": I later found out…".
  const question = 'What if the homework was less about how well students could do with little support, and more about how much they could learn with all my support?'
  const paragraphs = Array.from({ length: 27 }, (_, at) => prose(`Assessment ${at + 1}`))
  const source = ['Teaching students to talk about data science', 'By Alison Hill', 'DECEMBER 13, 2020', '', prose('Feedback'), '', 'Teaching students to talk about data science', '', 'It dawned on me: the solution to my problem was to give my answer keys away.^[I later found out that my co-author does this too!]', '', ...paragraphs.slice(0, 9).flatMap((paragraph) => [paragraph, '']), question, '', ...paragraphs.slice(9, 18).flatMap((paragraph) => [paragraph, '']), 'How to succeed while really trying', '', ...paragraphs.slice(18).flatMap((paragraph) => [paragraph, '']), 'What is a “good faith effort”?', '', prose('Effort'), '', 'Details'].join('\n')
  const markdown = textToMarkdown(source)
  assert.ok(!markdown.includes(`## ${question}`), markdown)
  assert.equal(markdown.match(/^## Teaching students/gm), null)
  assert.match(markdown, /^## How to succeed while really trying$/m)
  const shown = await faces(source)
  assert.doesNotMatch(shown, /Details|later found out|\^\[|lectern-note/)
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.txt', overrides: { condense: true } })
  assert.match(html, /<aside class="notes">(?:(?!<\/aside>)[\s\S])*\[1\] I later found out that my co-author does this too!/)
})

test('a question a colon asks, a clause that leads into its paragraph and a slogan of short sentences in Title Case are read as written', () => {
  // Ahmad Shabibul Hossain, "The Invisible Bug" (codewithshabib.com, 2025, CC BY-SA 4.0).
  const markdown = textToMarkdown(['The Invisible Bug', '', 'The Debugging Shift', '', prose('Debugging'), '', 'You go back to first principles:', '', 'What do I actually know? What’s the data telling me? Crashlytics shows 92% of crashes happen within 200ms of cold start. That’s not random, that’s a signal.', '', 'This is where most debugging stops. Bug found → fix applied. But that’s not enough. You have to step back and ask:', '', 'Why did the system let this happen in the first place?', '', prose('Design'), '', 'Beyond the Crash – Fixing Is Easy. Preventing Is Political.', '', prose('Prevention')].join('\n'))
  assert.doesNotMatch(markdown, /^#+ (?:You go back|Why did the system)/m)
  assert.match(markdown, /^## Beyond the Crash – Fixing Is Easy\. Preventing Is Political$/m)
  assert.doesNotMatch(textToMarkdown(['A title', '', 'The Report', '', prose('Reporting'), '', 'He Said No. It Was Over And Done With Here Now Today.', '', prose('Endings')].join('\n')), /^## He Said/m)
})

test('a listing keeps its call with brackets in quotes and its preprocessor lines', () => {
  // Hossain: the Swift guard had been nine bullets.
  const markdown = textToMarkdown(['A title', '', 'Break the Silence', '', 'In native iOS, we sometimes guard with debug assertions during development and log gracefully in production:', '', '@objc func startSession() {', '  guard canStart else {', '    #if DEBUG', '    assertionFailure("startSession() called before permission resolved")', '    #else', '    logger.error("startSession() failed: preconditions unmet")', '    return', '    #endif', '  }', '', '  // continue with session startup...', '}', '', prose('Contracts'), '', '// Assumes: init() was called somewhere else first', 'if (config.ready) {', '  start()', '}', 'api.sendData(data) // crashes if .init() never ran', '', prose('Assumptions')].join('\n'))
  assert.match(markdown, /```\n@objc func startSession\(\) \{\n[\s\S]*#endif\n[\s\S]*\n\}\n```/)
  assert.match(markdown, /start\(\)\n\}\n```/)
})

test("the writer's musing that only names the topic is no bullet", async () => {
  // Christopher J. 'CJ' Wright, "Conda-Forge Operational Risk" (conda-forge blog, 2020, BSD-3-Clause).
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost("Recently I've been thinking about operational risk (op. risk)."))
  assert.ok(!isSignpost('Recently I have been thinking about risk, and it is everywhere in our pipelines.'))
})

test("a fronted condition without its comma keeps its main clause, and a reason after an object pronoun goes first", () => {
  // Andrés Villarreal, "My top tips for junior developers" (kaeruct.github.io, 2020, CC BY 4.0): the tip's reason had no bullet.
  assert.equal(bullet("If the copy-pasted code breaks you will not know how to fix it since you didn't understand it in the first place."), 'If the copy-pasted code breaks, you will not know how to fix it')
  // The comma goes where the condition ends, and nowhere else.
  assert.equal(bullet('If you want it you can have it.'), 'If you want it, you can have it')
  for (const sentence of ['If you tell them you will be late they will understand.', 'If you are not sure which problem you have, tackle them all at once.', 'If you are publishing software to PyPI then you can harden your build.', 'Since your users should be helping you set your product vision and requirements, the idea that you can infer this with upper management on day one is 100 percent counter to that notion.']) {
    const shown = bullet(sentence) ?? ''
    assert.doesNotMatch(shown, /them, you|problem, you|then, you|helping, you/, shown)
  }
})

test("a page's Back button and a category over the date are no title", () => {
  // Klimatkollen, "What Does It Mean to Be “On Track for Paris”?" (klimatkollen.se, 2025, Apache-2.0): the talk had been
  // titled "Analysis", its subtitle "Back".
  const markdown = textToMarkdown(['Back', 'Share', '', 'Analysis', '21/11/2025', '10 min', '', 'What Does It Mean to Be “On Track for Paris”?', '', prose('Carbon budgeting'), '', 'A Pile of Dirt', '', prose('Planning')].join('\n'))
  assert.match(markdown, /^title: What Does It Mean to Be “On Track for Paris”\?$/m)
  assert.match(markdown, /^kicker: Analysis$/m)
  assert.match(markdown, /^date: 21\/11\/2025$/m)
  assert.doesNotMatch(markdown.split('<!--')[0]!, /^Back$/m)
})

test("names that end on their number keep it, JSON front matter is the front matter, and 'very much not' stays whole", async () => {
  // Andrew Kelley, "Goodbye to the C++ Implementation of Zig" (ziglang.org, 2022, MIT): "zig1", "stage2" had lost their
  // numbers as if they were notes, and the build's steps read "Use zig to build the Zig compiler into zig.c".
  const markdown = textToMarkdown(['Goodbye to the C++ Implementation of Zig', '', 'The Build Process', '', 'Use system C compiler to compile zig1.c into a stage2 binary. Use zig1 to build the Zig compiler into zig2.c. Then zig2 builds stage3.', '', prose('Bootstrapping'), '', 'Updating stage1/zig1.wasm.zst looks like this, and zig3 and zig4 are identical.'].join('\n'))
  assert.match(markdown, /compile zig1\.c into a stage2 binary\. Use zig1 to build the Zig compiler into zig2\.c/)
  assert.match(markdown, /zig3 and zig4 are identical/)
  // Jonatan Männchen, "Porting Erlang to QNX: a small nerd-snipe that actually worked" (erlef.org, 2026, Apache-2.0): the
  // JSON object had titled the talk and headed five slides.
  const source = ['{', '  "title": "Porting Erlang to QNX: a small nerd-snipe that actually worked",', '  "authors": ["Jonatan Männchen"],', '  "slug": "otp-qnx-port",', '  "tags": ["qnx", "port"],', '  "datetime": "2026-01-07T19:57:01.808261Z"', '}', '---', 'A casual conference conversation about why Erlang is rarely used directly in cars led me down a small rabbit hole: QNX support.', '---', prose('Porting'), '', '## The actual goal', '', prose('Building Erlang')].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.match(shown, /Porting Erlang to QNX: a small nerd-snipe that actually worked/)
  assert.match(shown, /Jonatan Männchen/)
  assert.doesNotMatch(shown, /"slug"|otp-qnx-port|"title"/)
  assert.equal(bullet('I am a seasoned Erlang and OTP developer, but I am very much not an embedded or close-to-the-hardware person.'), 'I am a seasoned Erlang and OTP developer, but I am very much not an embedded or close-to-the-hardware person')
})

test("an author's card under the date leaves the name, a page's foot and buttons go, and a title's Markdown shows as its words", async () => {
  // Rachel Andrew, "Solving the CSS layout and source order disconnect" (developer.chrome.com, 2023, CC BY-SA 4.0): her card
  // had titled two slides, the page's foot the last.
  const markdown = textToMarkdown(['Solving the CSS layout and source order disconnect', '', 'Your feedback is wanted on a proposed solution for the problem of layout methods arranging items in an order that is disconnected from the source of the document.', '', 'Published on Wednesday, April 12, 2023', '', 'Rachel Andrew', 'Technical writer at Google, content lead for the Chrome Developers site.', 'Website Twitter GitHub Mastodon', '', 'The CSS Working Group is working on a solution to the situation where a layout method can arrange items in an order that is disconnected from the source. This article explains the problem and proposed solution, and we would love your feedback.', '', 'The problem', '', prose('Reading order'), '', 'Proposed solution', '', prose('Source order'), '', 'Published on Wednesday, April 12, 2023 • Improve article'].join('\n'))
  assert.match(markdown, /^author: Rachel Andrew$/m)
  assert.match(markdown, /^## The problem$/m)
  assert.doesNotMatch(markdown.split('<!--')[0]!, /Technical writer|Mastodon|Improve article/)
  // Flight Free UK, "What's wrong with airport expansion?" (flightfree.co.uk, MIT): a byte-order mark inside a word.
  assert.match(textToMarkdown('A title\n\nSome text.\n\nT\uFEFFo find out more about the campaign, go to the website.\n'), /To find out more/)
  // Nora Shaalan, "The *Playboy* Fiction Index" (Post45 Data Collective, 2026, CC BY 4.0): asterisks on the title slide,
  // the page's buttons on the first slide.
  const { html } = await renderDeck(['---', 'title: "The *Playboy* Fiction Index"', 'author: Nora Shaalan', '---', '', '# Data Table', '', 'Download Full Data (including hidden columns)', '', "<div id='button-container'>", '  <button id="download-raw-playboy"><i class="fas fa-download"></i> Download Full Data</button>', '</div>', '', '# Significance', '', prose('Fiction')].join('\n'), { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.match(shown, /The Playboy Fiction Index/)
  assert.doesNotMatch(shown, /\*Playboy\*|Download Full Data/)
})

test('the second half of a phrase is no clause of its own, and an instruction to click into a demo is no bullet', async () => {
  // Rachel Andrew (developer.chrome.com, 2023, CC BY-SA 4.0): "Therefore from the reading and focus order of the document"
  // had been a slide, the tagger reading "focus" as a verb.
  const shown = await faces(['Solving the CSS layout and source order disconnect', '', 'The CSS Working Group is working on a solution to the situation where a layout method can arrange items in an order that is disconnected from the source, and therefore from the reading and focus order of the document.', '', 'The problem', '', prose('Reading order'), '', 'Click into the example and tab around to see how the tab order is disconnected from the layout order, using the order property.', '', 'Proposed solution', '', prose('Source order')].join('\n'))
  assert.doesNotMatch(shown, /Therefore from the reading|Click into the example/)
  // (A fronted phrase before its clause stays one: "…, and in some European cities the number of hives grew so fast…".)
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.ok(isPointer('Click into the example and tab around to see how the tab order is disconnected from the layout order, using the order property.'))
})

test("a data essay's categories, its authors a blank line apart and its buttons copied as lines are its front and furniture", () => {
  // Karl Berglund, Jesper Gulddal and Stewart King, "The Nordic Noir in Translation Database (2000–2020)" (Post45 Data
  // Collective, 2024, CC BY 4.0): "Copy Full Data URL" had titled four slides and the authors were on none.
  const markdown = textToMarkdown(['The Nordic Noir in Translation Database (2000–2020)', '', 'translation', '', 'genre fiction', '', 'dataset', '', 'Authors', '', 'Karl Berglund', '', 'Jesper Gulddal', '', 'Stewart King', '', 'Published', '', 'February 1, 2024', '', 'Abstract', '', prose('Translation data'), '', 'Data Table', '', 'Download Full Data (including hidden columns)', '', 'Download Full Data', '', 'Copy Full Data URL', '', 'Download CSV', '', 'Download JSON', '', 'Creative Commons License', '', 'Significance and Context', '', prose('Nordic Noir'), '', 'Collection and Creation', '', prose('Bibliographic data')].join('\n'))
  assert.match(markdown, /^author: Karl Berglund, Jesper Gulddal, Stewart King$/m)
  assert.match(markdown, /^date: February 1, 2024$/m)
  assert.match(markdown, /^#{2,3} Significance and Context$/m)
  assert.doesNotMatch(markdown.split('<!--')[0]!, /Copy Full Data URL|Download CSV|genre fiction|Creative Commons License/)
})

test("a site's section in sentence case over a long headline and its date is the kicker", () => {
  // Covid Act Now, "How to answer tough questions and combat misinformation…" (covidactnow.org, 2021, MIT): the talk had
  // been titled "COVID explained".
  const markdown = textToMarkdown(['COVID explained', '', 'How to answer tough questions and combat misinformation to get your friends, family, and community vaccinated', '', 'Updated 06/03/2021', '', prose('Vaccination'), '', 'Side effects', '', prose('Safety')].join('\n'))
  assert.match(markdown, /^title: How to answer tough questions and combat misinformation to get your friends, family, and community vaccinated$/m)
  assert.match(markdown, /^kicker: COVID explained$/m)
  // (Not a short title over its standfirst, which ends on its stop.)
  assert.match(textToMarkdown(['Open data', '', 'Why cities should publish their budgets online and how any city can start doing it today.', '', 'June 2, 2024', '', prose('Budgets')].join('\n')), /^title: Open data$/m)
})

test('a note an asterisk in the prose points to is for the speaker, not the close', async () => {
  // CWA Team, "What should you do if you see a red tile?" (coronawarn.app, 2021, Apache-2.0): "More information in the
  // Science Blog…" had been the talk's "In closing".
  const { html } = await renderDeck(['---', 'title: What should you do if you see a red tile?', '---', '', 'From December 1 to December 7 alone, an estimated 1.1 million users received a red tile (as of December 14, 2021)*. Many of them have been vaccinated.', '', '## Go home', '', prose('Quarantine'), '', '## Get tested', '', prose('Testing'), '', '*_According to Privacy Preserving Analytics (PPA). More information in the Science Blog: "Who is using the Corona-Warn-App?" in_ Section 3.'].join('\n'), { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  assert.doesNotMatch(facesOf(html), /Science Blog|Privacy Preserving Analytics/)
  assert.match(notesOf(html), /Science Blog/)
})

test('a related article named with its address is a pointer', async () => {
  // Berglund, Gulddal and King (Post45 Data Collective, 2024, CC BY 4.0).
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.ok(isPointer('Related article(s): “On top of the world: mapping the Nordic crime fiction boom based on translation data,” Translation Studies, https://doi.org/10.1080/14781700.2024.2333737'))
  assert.ok(!isPointer('Related work: we build on the 2019 survey of maintainers.'))
})

test('bullets right under a numbered item, unindented, are its sub-items when the numbering goes on after them', () => {
  // Klimatkollen, "What Does It Mean to Be “On Track for Paris”?" (klimatkollen.se, 2025, Apache-2.0): the steps and their
  // bullets had been six lists, a step's lead-in ending one slide and its bullets opening the next.
  const markdown = textToMarkdown(['A title', '', 'How Klimatkollen Calculates This', '', 'Here’s how it works in real data:', '', '1. We collect available reported emissions data.', '• Municipalities: greenhouse gas emissions from national databases', '• Companies: Scope 1, 2 and 3 where reported', '2. We create two pathways from 2025:', '• Carbon Law Pathway → generates the Paris-aligned carbon budget curve', '• Trendline Pathway → extends historical behaviour into the future', '3. We compare the totals from 2025–2050.', '', prose('Budgets')].join('\n'))
  assert.match(markdown, /^1\. We collect available reported emissions data\.\n {3}- \*\*Municipalities\*\*: [^\n]+\n {3}- \*\*Companies\*\*: [^\n]+\n2\. We create two pathways from 2025:\n {3}- Carbon Law Pathway/m)
  // (Not a list of bullets after a numbered list that ends: "1. …" / "2. …" / "• …" with nothing numbered after.)
  assert.doesNotMatch(textToMarkdown(['A title', '', 'Steps', '', '1. Plan the work.', '2. Do the work.', '• A note on tools', '• A note on time', '', prose('Work')].join('\n')), /^ {3}- A note/m)
})

test('an example announced is no bullet', async () => {
  // Flight Free UK, "What's wrong with airport expansion?" (flightfree.co.uk, MIT): "We can use the example of Leeds
  // Bradford airport" had been a bullet, the example's own figures not.
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost('We can use the example of Leeds Bradford airport.'))
  assert.ok(!isSignpost('We can use the example of Leeds to show that expansion fails, because the numbers are clear.'))
})
