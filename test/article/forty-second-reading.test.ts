/**
 * What the thirty-seventh session (7 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { renderDeck } from '../../src/index.js'
import { recogniseText } from '../../src/text/recognise.js'
import { facesOf } from '../helpers/deck-text.js'
import { clauseSegments } from '../../src/article/clause-segments.js'
import { tagSentence, tokensText } from '../../src/article/nlp.js'

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a comparison after the comma is no main clause, and "said" before its noun no participle', () => {
  // Robert (Bob) Turner, "Open Source and Hacktoberfest" (RSE Sheffield, 2020, CC BY-SA 4.0, Markdown): the slide showed
  // "Much as home taping had a generation before", a fragment, as if "Said large corporations took…" were a fronted phrase.
  assert.equal(bullet('Said large corporations took a different stance – peer sharing was going to destroy all music, much as home taping had a generation before.'), 'Said large corporations took a different stance')
  // ("…rely as much as possible on…" is no comparison after a comma to cut at.)
  assert.doesNotMatch(bullet('Try to minimize the amount of package components you develop and maintain yourself by aiming to rely as much as possible on off the shelf solutions developed and maintained by others, either commercially or open-source.') ?? '', / as$/)
})

test('a "that" whose clause opens on a time keeps its main clause or the sentence is no bullet', () => {
  // The same post: "We were a bit terrified that every time we wanted to include say, a menu bar" lost the fear itself,
  // "…we'd need the permission of whoever held the patent".
  const shown = bullet('We were a bit terrified that every time we wanted to include say, a menu bar, in a GUI, we\'d need the permission of whoever held the patent.')
  assert.ok(shown === undefined || /permission/.test(shown), shown)
  // (A "that" whose time clause has its main clause before the cut is cut as before.)
  assert.equal(bullet('We were a bit terrified that every time we wanted a menu bar we would need a patent holder\'s permission, as many of our friends had warned us over the years.'), 'We were a bit terrified that every time we wanted a menu bar we would need a patent holder\'s permission')
})

test('a writer who prefaces the post by pointing something out makes that the bullet', () => {
  // David Wilby, "Demonstrating Importance and Value in Research Software" (RSE Sheffield, 2022, CC BY-SA 4.0, Markdown):
  // the slide showed "I want to preface this blog", the claim after "by pointing out that" gone.
  assert.equal(bullet('I want to preface this blog by pointing out that simplifying a complex topic such as research quality down to a set of easily digestible metrics is a terrible idea.'), 'Simplifying a complex topic such as research quality down to a set of easily digestible metrics is a terrible idea')
})

test('a counterfactual world in front of a claim stays with it', () => {
  // The same post: "Assessors would have the time to assess your software on its own particular merits" said the
  // opposite of "In an ideal world, assessors would have the time…" (the next sentence: in all likelihood they won't).
  assert.equal(bullet('In an ideal world, assessors would have the time to assess your software on its own particular merits: code quality, extensibility, robustness and so on.'), 'In an ideal world, assessors would have the time to assess your software on its own particular merits')
  assert.match(bullet('In theory, the patch would fix every build without a restart of the servers.') ?? '', /^In theory, /)
})

test('an empty "it" before "has been argued that" names nothing', async () => {
  // The Hacktoberfest post: under "Patents", "It has been argued that aspects of software are inventions…" became
  // "Patents has been argued that…", the heading put in for the "it".
  const { isExpletive } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  assert.equal(isExpletive(tagSentence('It has been argued that aspects of software are inventions.')), true)
  assert.equal(isExpletive(tagSentence('It had been said that the bridge would close.')), true)
  assert.equal(isExpletive(tagSentence('It has been a long year for the team.')), false)
})

test('a metadata block with its title among three keys or more titles the deck', async () => {
  // Aijaz Ansari, "Understanding Your Camera's Histogram" (The Joy of Hack, 2011, CC BY-SA 4.0, Markdown converted from
  // WordPress): "comments: false" / "date: '2011-12-05 17:00:58'" / "slug: …" / "title: …" opened the file, the title
  // third; the deck had no title slide and opened on its agenda.
  const source = ['comments: false', "date: '2011-12-05 17:00:58'", 'slug: understanding-your-cameras-histogram', "title: Understanding Your Camera's Histogram", 'Category: Photography', '',
    'In today’s post we’ll see how to use histograms to help take properly-exposed photographs. Modern digital cameras have two main tools to help you determine the exposure of your pictures.', '',
    '## What Histograms Display', '', 'Each pixel converts the light into a corresponding voltage. The histogram displays how many pixels are at each of these 4096 levels.'].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  assert.match(facesOf(html), /Understanding Your Camera's Histogram December 5, 2011 Introduction/)
  assert.doesNotMatch(facesOf(html), /comments: false|slug:/)
})

test('a transcript\'s lines of dialogue are no headings', () => {
  // Sarah Herman, "Why are inaccuracies creeping into addresses on the Land Transaction Tax return?" (Welsh Revenue
  // Authority, 2022, MIT, copied text): a user-research transcript's lines had made five slides titled
  // "Participant says “The address I am looking for isn’t on this list”", "“Oh yes it is”" and the like.
  const text = ['Why are inaccuracies creeping into addresses?', '', 'Sarah Herman, 23 August 2022', '',
    'If you want to make sure the right tax is paid, on the right property, by the right person, the location of the property needs to be accurate. We wanted to understand why address data was not accurate for some returns.', '',
    'Why a postcode lookup can be a problem', '', 'On the face of it, it is hard to see how address could go wrong. We watched users enter in postcodes for properties and choose addresses from a list.', '',
    'Participant enters postcode.', '', 'A list of addresses is returned.', '', 'Participant says “The address I am looking for isn’t on this list”', '', 'Pause.', '', '“Oh yes it is”', '', 'I ask what they have selected.', '',
    'Participant says “This isn’t quite the same as on my list next to me and I know from checking the office copies that this property is now known as “The Old Post Office” not “Former Post Office””', '',
    'Participant manually edits OS places address from “Former post office” to “The Post Office”', '',
    'Small edits like this align or correct the data to their own data set, which in this case is the title deed or transfer document. The agent needs the data to match the title deed and transfer document.', '',
    'How errors creep into address through manual processes', '', 'A second thing we learned was around the process of completion of the return. The manual aspects of this had a significant impact on the accuracy of the completion.'].join('\n')
  assert.deepEqual(recogniseText(text).outline.headings.map((heading) => heading.text), ['Why a postcode lookup can be a problem', 'How errors creep into address through manual processes'])
})

test('an aside between two nouns stays, or the nouns run together', () => {
  // The same post: "Often only one address is entered; the property address the seller’s address and the buyer’s address"
  // lost the dashes' aside that parts the one address entered from the two others asked for.
  assert.doesNotMatch(bullet('Often only one address is entered; the property address - even though there are two other address captures - the seller’s address and the buyer’s address.') ?? '', /property address the seller/)
  // (An aside before a verb still goes.)
  assert.equal(bullet('The old bridge – built in 1887 by a local firm – carries four thousand cars a day.'), 'The old bridge carries four thousand cars a day')
})

test('a sentence that sends the reader to compare a numbered figure is no bullet', async () => {
  // Aijaz Ansari's histogram post: "Compare it to the histogram for Figure 3, which tails off nicely on the right end"
  // was a bullet on two slides, the figures only on the page.
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.equal(isSignpost('Compare it to the histogram for Figure 3, which tails off nicely on the right end.'), true)
  assert.equal(isSignpost('Contrast this with Table 2, where the rates fall.'), true)
  // (A comparison of two things named on the slide is a claim.)
  assert.equal(isSignpost('Compare prices to last year and you will see a 12% rise.'), false)
})

test('an address in lower case after a full stop opens a sentence of its own', async () => {
  // The Hacktoberfest post: "Another ideological battleground. https://choosealicense.com/ is a good source for more
  // information" had been one bullet, a fragment run into the next sentence.
  const { splitSentences } = await import('../../src/article/sentences.js')
  assert.deepEqual(splitSentences('Another ideological battleground. https://choosealicense.com/ is a good source for more information.', 'en'), ['Another ideological battleground.', 'https://choosealicense.com/ is a good source for more information.'])
  // (An address that ends the sentence stays with it.)
  assert.deepEqual(splitSentences('Read more at https://example.org/guide. It helps.', 'en'), ['Read more at https://example.org/guide.', 'It helps.'])
})

test('a question heading takes the short answer its paragraph gives after "In short:"', async () => {
  // Morgan Tocker, "Why does Vitess recommend 250GB per MySQL server?" (vitess.io, 2019, CC BY 4.0, Markdown): under
  // "Is this a physical MySQL Limit?" the answer "**In short: no**." was on no slide, and "In short: not necessarily: It
  // is not uncommon…" opened the next.
  const source = ['# Why 250GB?', '', '## Is this a physical MySQL Limit?', '', '**In short: no**. By “physical limit” I mean is there a file format restriction that says databases can not be greater than 250GB?', '',
    'The physical limit for InnoDB is 64TB per tablespace, and in the default configuration each table is its own tablespace.', '',
    '## Is this a practical MySQL Limit?', '', '**In short: not necessarily**. By “practical limit”, I mean does MySQL instantly break down when it hits 250GB in database size? It is not uncommon for practical limits to be reached before physical limits.'].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.match(shown, /Is this a physical MySQL Limit\? No\./)
  assert.match(shown, /Is this a practical MySQL Limit\? Not necessarily\. It is not uncommon for practical limits to be reached before physical limits/)
  assert.doesNotMatch(shown, /In short/)
})

test('a tag question that only agrees with the reader labels nothing', async () => {
  // The same post: ".. they look almost identical right? Lets try and insert rows…:" was a bullet labelled by the question.
  const { asksToCare } = await import('../../src/article/signposts.js')
  assert.equal(asksToCare('.. they look almost identical right?'), true)
  assert.equal(asksToCare("That's a lot of rows, isn't it?"), true)
  assert.equal(asksToCare('Is it safe?'), false)
})

test('a cut keeps what a claim holds until, what a light noun is, and the main clause after a relative aside', () => {
  // Jacqueline Salinas, "Falco: Project Recap 2022" (falco.org, 2023, CC BY 4.0, Markdown): "Falco could not work with
  // gVisor monitored sandboxes" announced a limitation where the article announced its end.
  assert.equal(bullet('Before 0.32.1, Falco could not work with gVisor monitored sandboxes because it was not possible to install a kernel module or eBPF probe in such an environment.'), 'Before 0.32.1, Falco could not work with gVisor monitored sandboxes')
  // Vicente J. Jiménez Miras, "Falco at the KubeCon NA 2022" (falco.org, CC BY 4.0): "…and presented" kept no object.
  assert.equal(bullet('On Tuesday afternoon, Falco maintainers met with interested users and potential adopters, and presented, not only the background of the project, but also its future roadmap.'), 'On Tuesday afternoon, Falco maintainers met with interested users and potential adopters')
  // ("From X till Y, including Z" is a span, no statement.)
  assert.equal(bullet("From the new plugins framework till the recent gVisor support, including a deep explanation of Falco libraries' insights."), undefined)
  // Security in-a-box, "Protect your information from physical threats" (Tactical Tech and Front Line Defenders, CC BY-SA
  // 3.0, copied text): "…might lead to a situation" and "The categories and suggestions below, many of which may apply to
  // your home" had been bullets.
  assert.doesNotMatch(bullet('Anything from a power surge to an open window to a spilt cup of coffee might lead to a situation in which all of your data are lost and you are no longer able to use your computer.') ?? '', /a situation$/)
  assert.doesNotMatch(bullet('The categories and suggestions below, many of which may apply to your home as well as your office, represent a foundation upon which you should build in accordance with your own particular physical security situation.') ?? '', /your home$/)
  // The Vitess post: "When a replica fails, it will likely take 10-12 hours…" had become "A replica will likely take 10-12 hours to restore a new replica".
  assert.equal(bullet('When a replica fails, it will likely take 10-12 hours to restore a new replica at gigabit network speed.'), 'It will likely take 10-12 hours to restore a new replica at gigabit network speed')
})

test('a section number a pointer names ends no sentence', async () => {
  // Security in-a-box: "For guidelines on creating a security policy, see 4" stood alone on a slide.
  const { splitSentences } = await import('../../src/article/sentences.js')
  assert.deepEqual(splitSentences('For guidelines on creating a security policy, see 4. Case Study 1 in the Digital Security and Privacy for Human Rights Defenders book. Next one.', 'en'), ['For guidelines on creating a security policy, see 4. Case Study 1 in the Digital Security and Privacy for Human Rights Defenders book.', 'Next one.'])
  assert.deepEqual(splitSentences('The answer is in chapter 4. Then we move on.', 'en'), ['The answer is in chapter 4.', 'Then we move on.'])
})

test('a figure whose caption is prose gives its caption as the article\'s text, its title as the label', async () => {
  // The Vitess post: each benchmark's result was only in its figure's caption ("In one hour, I was able to insert 113
  // million rows…"), and the figures, their pictures unavailable, went to the notes whole: no result reached a slide.
  const { figurePicture } = await import('../../src/article/html-blocks.js')
  const { toString } = await import('mdast-util-to-string')
  const parts = figurePicture({ type: 'html', value: '<figure>\n    <img src="/files/250g-bench/image4.png"/>\n    <figcaption><div class="figure-title">Table A Insert Performance Over 1 Hour</div> In one hour, I was able to insert 113 million rows. The insert performance was fairly consistent despite the final table size (93GB) being much larger than the InnoDB Buffer Pool (16GB).</figcaption>\n</figure>' })
  assert.equal(parts?.length, 2)
  assert.equal(parts![0]!.children[0]!.type, 'image')
  assert.equal(parts![1]!.children[0]!.type, 'strong')
  assert.equal(toString(parts![1]!), 'Table A Insert Performance Over 1 Hour: In one hour, I was able to insert 113 million rows. The insert performance was fairly consistent despite the final table size (93GB) being much larger than the InnoDB Buffer Pool (16GB).')
  // (A short caption stays the picture's label, the figure as it was.)
  assert.equal(figurePicture({ type: 'html', value: '<figure><img src="a.png"/><figcaption>Table A 128M vs. 16M buffer pool</figcaption></figure>' }), undefined)
})

test('"prevent X from Y" keeps its "from", and a comma between two modifiers is inside the fronted phrase', () => {
  // Security in-a-box, "Create and maintain secure passwords" (CC BY-SA 3.0, copied text): "…helps prevent automatic
  // 'password cracking' software" lost what it prevents the software from doing.
  assert.match(bullet("In addition to length, the complexity of a password also helps prevent automatic 'password cracking' software from guessing the right combination of characters.") ?? '', /from guessing the right combination of characters$/)
  // Vicent Marti, "A new Protocol Buffers generator for Go" (vitess.io, 2021, CC BY 4.0): "Pre-generated unmarshaling code,
  // we can see that…" had opened a bullet mid-phrase.
  assert.doesNotMatch(bullet('With all the reflection-based code replaced with optimized, pre-generated unmarshaling code, we can see that the overhead of actually parsing the ProtoBuf messages has been greatly reduced.') ?? '', /^Pre-generated/)
})

test('a Quarto post: a hidden chunk stays hidden, a {mermaid} chunk is a diagram, a cross-reference opens no bullet', async () => {
  // Matti Vuorre, "How I work on computationally reproducible academic projects" (vuorre.com, 2025, CC BY 4.0, Quarto):
  // its setup chunk ("#| include: false" over "options(digits = 2)") opened the introduction, its Git diagram's Mermaid
  // source ran over two slides, and "@fig-underpants outlines an ideal… workflow" was a bullet.
  const source = ['---', 'title: How I work', '---', '', '```{r}', '#| include: false', '', 'options(digits = 2)', '```', '',
    '@fig-underpants outlines an ideal but not fully fleshed out workflow in academic psychology: You receive an idea from divine inspiration, do **?**, and science comes out the other end.', '',
    'There are loosely speaking as many answers to what **?** signifies as there are practising scientists, and that might be fine. The guiding principle here is to accept that a lot of science these days can be considered amateur software development.', '',
    '## Git', '', 'I commit my changes whenever it makes sense but am not religious about it. Version control keeps every state of the project, so nothing is ever lost for good.', '',
    '```{mermaid}', '%%| label: fig-git', '%%| fig-cap: Schematic of a project versioned with Git.', 'gitGraph', '  commit', '```'].join('\n')
  const { renderDeck: render } = await import('../../src/index.js')
  const { html } = await render(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const shown = facesOf(html)
  assert.doesNotMatch(shown, /options\(digits/)
  assert.doesNotMatch(shown, /@fig-underpants outlines/)
  assert.match(shown, /as many answers to what \? signifies as there are practising scientists/)
  assert.doesNotMatch(shown, /%%\| label/)
})

test('a plain-text edition\'s labelled front: its title without "Title:", its year as the date', () => {
  // Jonathan Swift, "A Modest Proposal" (1729, public domain; a plain-text edition in mlschmitt/classic-books-markdown):
  // the deck was titled "Title: A Modest Proposal" and its one section "Year: 1729".
  const text = ['Title: A Modest Proposal', '', 'Author: Jonathan Swift', '', 'Year: 1729', '',
    'It is a melancholy object to those, who walk through this great town, or travel in the country, when they see the streets, the roads and cabbin-doors crowded with beggars of the female sex.', '',
    'I think it is agreed by all parties, that this prodigious number of children is in the present deplorable state of the kingdom a very great additional grievance.'].join('\n')
  const { outline } = recogniseText(text)
  assert.equal(outline.title, 'A Modest Proposal')
  assert.equal(outline.date, '1729')
  assert.deepEqual(outline.headings, [])
})

test('a clause that ends on what waits for the words after it is no bullet', () => {
  // The same essay: "I fortunately fell upon this proposal, which" and "…that a young healthy child well nursed, is" were bullets.
  assert.doesNotMatch(bullet('I have been assured by a very knowing American of my acquaintance in London, that a young healthy child well nursed, is, at a year old, a most delicious nourishing and wholesome food, whether stewed, roasted, baked, or boiled; and I make no doubt that it will equally serve in a fricasie, or a ragoust.') ?? '', /, is$/)
  const segments = clauseSegments(tagSentence('But, as to my self, having been wearied out for many years with offering vain, idle, visionary thoughts, and at length utterly despairing of success, I fortunately fell upon this proposal, which, as it is wholly new, so it hath something solid and real, of no expence and little trouble, full in our own power, and whereby we can incur no danger in disobliging England.')).map((clause) => tokensText(clause))
  assert.ok(!segments.some((segment) => /^whereby/i.test(segment)), segments.join(' | '))
})

test('a table whose delimiter row has single hyphens, its Quarto caption, and a bio among the last blocks', async () => {
  // Matti Vuorre's post: its tools table ("|-|-|" under the header) had a first row of "-" and "-", and its caption
  // ": An overview of tools… {#tbl-letters .bordered .responsive .info}" was a bullet, markup and all.
  const { normalizeSource } = await import('../../src/read/normalize-source.js')
  assert.doesNotMatch(normalizeSource('| Tool | Purpose |\n|-|-|\n| Zotero | Library manager. |\n'), /\|\s*---\s*\|\s*---\s*\|\n\|-\|-\|/)
  const table = ['# Tools', '', 'Here is a paragraph of prose that explains what these tools are for, and why I use each of them in my daily work.', '', '## Overview of tools', '',
    '| Tool/Platform | Purpose |', '|-|-|', '| Zotero | Library and reference manager. |', '| Quarto | A program for writing reproducible documents with multiple output formats. |', '',
    ': An overview of tools used in my workflow, in rough order of appearance. {#tbl-letters .bordered .responsive .info}', '',
    'Another paragraph of prose that explains the workflow in enough words to make this an article rather than slides.'].join('\n')
  const { html } = await renderDeck(table, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  assert.doesNotMatch(html, /<td>-<\/td>/)
  assert.doesNotMatch(facesOf(html), /\{#tbl-letters|: An overview/)
  // Hester Lees-Jeffries, "Going in silks" (the Fitzwilliam Museum's Beyond the Label, CC BY, copied text): her bio had
  // been a slide titled "Senior Lecturer", and "She is the author of…" had read "Dr Hester Lees is the author of…".
  const text = ['Going in silks', '', 'Silk was a luxury, a marker of elite status, great wealth, or both, and the portraits of the court show it in every fold.', '',
    'In both portraits the silk is subtly textured, not with embroidery, but by being pinked, cut in patterns with a knife.', '',
    'Dr Hester Lees-Jeffries is a Senior Lecturer in the Faculty of English and a Fellow of St Catharine’s College, Cambridge. She is the author of Shakespeare and Memory.'].join('\n')
  const { html: silks } = await renderDeck(text, { path: '/tmp/lectern-no-such-folder/article.txt' })
  assert.doesNotMatch(facesOf(silks), /Senior Lecturer|Dr Hester Lees is/)
})

test('a labelled item whose share no cut fits takes the cut its sentence would have alone', async () => {
  // The passwords chapter: "Make it complex: In addition to length, the complexity of a password also helps prevent…"
  // kept its fronted phrase, 25 words, once its "from guessing…" could no longer be cut.
  const { shortenItem } = await import('../../src/article/condense-items.js')
  const { fromMarkdown } = await import('mdast-util-from-markdown')
  const { toString } = await import('mdast-util-to-string')
  const list = fromMarkdown("- **Make it complex**: In addition to length, the complexity of a password also helps prevent automatic 'password cracking' software from guessing the right combination of characters.").children[0] as import('mdast').List
  assert.equal(toString(shortenItem(list.children[0]!, 14, 'en')), "Make it complex: The complexity of a password also helps prevent automatic 'password cracking' software from guessing the right combination of characters")
})

test('a bare infinitive after "let" or "help" and its object is a verb, not a compound\'s noun', () => {
  // Swift's essay: "Therefore let no man talk to me of other expedients" had titled two slides "Man talk".
  const pos = (sentence: string, word: string): string | undefined => tagSentence(sentence).find((token) => token.lower === word)?.pos
  assert.equal(pos('Therefore let no man talk to me of other expedients.', 'talk'), 'VERB')
  assert.equal(pos('We help the team work on it.', 'work'), 'VERB')
  // (A compound after "help" stays one: "…help the city council members…".)
  assert.equal(pos('They help the city council members with their budget.', 'council'), 'NOUN')
})
