/**
 * What the forty-first session (7 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { isSignpost } from '../../src/article/signposts.js'
import { parseByline } from '../../src/text/byline.js'
import { isSameTitle } from '../../src/markdown/title-slide.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** The face and notes of an article rendered in article mode (`.md` or `.txt` by the name given). */
async function deck(source: string, name = 'article.md'): Promise<{ faces: string; notes: string; html: string; warnings: string[] }> {
  const { html, file } = await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })
  return { faces: facesOf(html), notes: notesOf(html), html, warnings: file.messages.map((message) => String(message.ruleId)) }
}

/** Sentences of prose about a topic, enough for a section. */
const prose = (topic: string): string => `${topic} matters to every team that ships software. Teams that ignore ${topic.toLowerCase()} pay later, and they pay more than they expect.`

test('front matter that gives a key twice builds, the last value winning, with a warning at the second key', async () => {
  // Hood Chatham, "Function Pointer Cast Handling in Pyodide" (blog.pyodide.org, 2021, CC BY 4.0): "draft: false" twice
  // (Hugo accepts it) had stopped the build with "Map keys must be unique".
  const { faces, warnings } = await deck(`---\ntitle: First title\ndraft: false\nauthor: Hood Chatham\ndraft: false\ntitle: Function Pointer Cast Handling\n---\n\n## Some history\n\n${prose('Recursion')}\n`)
  assert.match(faces, /Function Pointer Cast Handling/)
  assert.doesNotMatch(faces, /First title/)
  assert.ok(warnings.includes('front-matter-duplicate-key'), warnings.join(', '))
})

test("an interview's numbered bold questions head their answers, however long and with their full stop", async () => {
  // Lubos Kocman, "openSUSE Board on Participation, Governance and Community" (news.opensuse.org, 2026, CC BY-SA 3.0): "**3.
  // Tell us about a challenge the Board faced during your tenure.**" and the longer questions 4 and 5 had run on under
  // question 2's title for three slides, question 3 a bullet.
  const answer = (name: string, topic: string): string => `**${name}**\n${prose(topic)}`
  const source = [
    '---', 'title: Board interview', '---', '',
    '**1. What does the Board do?**', '', answer('Jeff', 'Governance'), '',
    '**2. What motivated you to step up and run for the Board?**', '', answer('Ish', 'Volunteering'), '',
    '**3. Tell us about a challenge the Board faced during your tenure.**', '', answer('Rachel', 'Moderation'), '',
    '**4. What do you recommend to someone who is considering standing for election?**', '', answer('Jeff', 'Visibility'), ''
  ].join('\n')
  const { html } = await deck(source)
  assert.match(html, /<h2[^>]*>3\. Tell us about a challenge the Board faced during your tenure<\/h2>/)
  assert.match(html, /<h2[^>]*>4\. What do you recommend to someone who is considering standing for election\?<\/h2>/)
  assert.match(html, /your tenure<\/h2>\n<ul>\n<li><strong>Rachel:<\/strong>/)
})

test("credits, an interview's set-up, a sign-off without its subject and pointers to a shared document are no bullets", () => {
  // openSUSE (CC BY-SA 3.0 / CC BY 4.0): the interview's credits and set-up; the GSoC 2018 mentor summit recap's pointers
  // and sign-off. Map School (Tom MacWright, CC0): an example's source, a call for feedback, "We hope this has been…".
  for (const sentence of [
    'Questions were prepared by Luboš Kocman and Douglas DeMaio.',
    'Post-processing and formatting were done by Gertjan Lettink.',
    'We sat down with them and asked them some questions.',
    'Hope you have enjoyed reading the report.',
    'Notes of the session can be found in this Google document.',
    'You can find the slides of all the given lightning talks in this Google Drive folder.',
    'This example is from the Leaflet.heat plugin for web maps.',
    "We'd love if you can report any issues or file any suggestions that came to mind in your read.",
    'We hope this has been an enlightening and inspiring read: there is so much potential in this field.',
    'You can find lots of learning resources listed at the end.'
  ]) {
    assert.ok(isSignpost(sentence), sentence)
  }
  // (Who did the work of the piece's subject is a claim.)
  assert.ok(!isSignpost('The survey was designed by the pip maintainers and run over three months.'))
})

test('a bullet keeps what its vague words stand for: the thing suggested, the examples named, the fact told', () => {
  // The GSoC 2018 mentor summit recap (Ana María Martínez Gómez, news.opensuse.org, CC BY 4.0).
  assert.equal(
    bullet('I suggested something that openSUSE Asian community suggested to me in the last openSUSE.Asia: creating a poster which summarize the reasons to become a GSoC mentor and that should ideally include some visual reinforcement (like an infographic).'),
    'I suggested creating a poster which summarize the reasons to become a GSoC mentor'
  )
  assert.equal(bullet('I also liked some of the original examples presented by Felipe Hoffa (Developer Advocate at Google) such as using number of page visits vs StackOverflow questions.'), 'I also liked some of the original examples presented by Felipe Hoffa')
  // A currency after its number stays, and a preposition typed twice is said once.
  assert.equal(bullet('Rewards for qualifying submissions range from from 500$ to 20000$, depending on the complexity and impact of the patch.'), 'Rewards for qualifying submissions range from 500$ to 20000$, depending on the complexity and impact of the patch')
  // Laurent Gatto, "HUPO ECR Online Panel Discussion - Getting recognised for your work" (lgatto.github.io, CC BY 4.0).
  assert.equal(
    bullet('An interesting fact is that I started working on DNA during my PhD, moved on with RNA in the private company, and since moving back to academia, I have been focusing on proteins: my career followed the main path of the central dogma of molecular biology.'),
    'My career followed the main path of the central dogma of molecular biology'
  )
  // "…, and so much more" ends a statement.
  assert.equal(bullet('Maps are a connected topic, stretching into art, mathematics, physics, ecology, and so much more.'), 'Maps are a connected topic, stretching into art, mathematics, physics, ecology, and so much more')
})

test("an empty section is no slide, a closing section's licence and a post's later edits are no part of the close", async () => {
  // Map School (CC0): "## Publishing" with nothing under it over "## Analysis"; "## Afterword" closing on "Maps are a
  // connected topic…", then "### License" over "Creative Commons Zero", which had been on the last slide.
  const source = [
    '---', 'title: Map school', '---', '',
    '# Information', '', '## Symbolization', '', prose('Colour'), '', '## Publishing', '', '## Analysis', '', prose('Aggregation'), '',
    '## Afterword', '', 'We hope this has been an enlightening and inspiring read: there is so much potential in this field and so many unanswered questions. Maps are a connected topic, stretching into art, mathematics, physics, ecology, and so much more.', '',
    "We'd love if you can [report any issues or file any suggestions](https://example.org/feedback) that came to mind in your read.", '',
    '### License', '', '[Creative Commons Zero](http://creativecommons.org/publicdomain/zero/1.0/)', ''
  ].join('\n')
  const { faces, notes } = await deck(source)
  assert.doesNotMatch(faces, /Publishing|License|Creative Commons Zero|report any issues/)
  assert.match(faces, /Maps are a connected topic/)
  assert.match(notes, /Publishing/)
  assert.match(notes, /Creative Commons Zero/)
  // Laurent Gatto, "Ungrading my teaching" (CC BY 4.0): "**Edit**:" over links added later had been the last slide.
  const edited = await deck(['---', 'title: Ungrading', '---', '', '## Grades', '', prose('Feedback'), '', '## Final thoughts', '', prose('Involvement'), '', '**Edit**:', '', '- A short interview, in French: [Evaluation dans l’enseignement supérieur](https://www.youtube.com/watch?v=i4KebCqSP8Q).', '- A [podcast](https://example.org/notes) (in French) on "Et si on oubliait les notes?"', ''].join('\n'))
  assert.doesNotMatch(edited.faces, /Edit|podcast/)
  assert.match(edited.notes, /podcast/)
  // (An "Addendum" that goes on with the story stays: Robert M Flight's "Mouse / Human Transcriptomics and Batch Effects"
  // (CC BY 4.0) closes on the study's second sequencing run.)
  const added = await deck(['---', 'title: Batch effects', '---', '', '## Batch effects', '', prose('Design'), '', '## Addendum', '', 'Lin et al did a second set of sequencing with a new design, and the new PCA plot shows the tissues clustering together once species is collapsed.', ''].join('\n'))
  assert.match(added.faces, /second set of sequencing/)
})

test("a note on where the post was featured is no pull quote", async () => {
  // Silvia Canelón, "Deploying xaringan Slides with GitHub Pages" (silviacanelon.com, 2021, CC BY-SA 4.0): "The original
  // title was…" of the note on its R Views feature had been the introduction's pull quote.
  const source = ['---', 'title: Deploying xaringan Slides', '---', '', '> This post was featured in the RStudio Blog *R Views* under a revised title: [Deploying xaringan Slides with GitHub Pages](https://rviews.rstudio.com/). The original title was “Deploying xaringan Slides: A Ten-Step GitHub Pages Workflow.” Many thanks to Chief Editor Joe Rickert!', '', prose('Deployment'), '', '## Step one', '', prose('Git'), ''].join('\n')
  const { faces, notes } = await deck(source)
  assert.doesNotMatch(faces, /original title|featured/)
  assert.match(notes, /The original title was/)
})

test('a date and a name side by side sign the deck, in either order', () => {
  // Waldo Jaquith, "Opening Data While Prohibiting Using It" (U.S. Open Data, 2016, CC BY, copied text): "15 March 2016
  // Waldo Jaquith" had titled a slide and opened the agenda.
  assert.deepEqual(parseByline('15 March 2016 Waldo Jaquith'), { date: '15 March 2016', byline: 'Waldo Jaquith' })
  assert.deepEqual(parseByline('Waldo Jaquith March 15, 2016'), { byline: 'Waldo Jaquith', date: 'March 15, 2016' })
  assert.equal(parseByline('15 March 2016 Results'), undefined)
})

test("a user study's fields, its table of contents and its contact details in Dutch; its findings under repeated labels", async () => {
  // NL Design System community, "Gebruikersonderzoek toetsenbordbesturing tekenen op de kaart" (gebruikersonderzoeken.nl,
  // Kadaster / Valsplat / Happy Labs, CC0, copied text): the details box ran on as one sentence under "Opdrachtgever";
  // "Op deze pagina" titled two slides; every finding's "Observaties" and "Aanbevelingen" had been a list of labels, their
  // observations left in the notes; "Contactinformatie" and "Bijlagen" took three slides of addresses.
  const finding = (topic: string, seen: string, advice: string): string => `${topic}\n\nObservaties\n\n• ${seen}\n\nAanbevelingen\n\n• ${advice}\n`
  const text = [
    'Gebruikersonderzoek toetsenbordbesturing tekenen op de kaart', '',
    'Opdrachtgever', 'Kadaster', 'Uitgevoerd door', 'Valsplat / Happy Labs', 'Type onderzoek', 'Interviews', 'Doelgroep', 'Mensen die geen muis kunnen gebruiken en afhankelijk zijn van toetsenbord of screenreader', '',
    'Op deze pagina', '', '• Doel van het onderzoek', '• Resultaten en inzichten', '• Contactinformatie', '',
    'Doel van het onderzoek', '', 'Het Generieke Geo Componenten team ontwikkelt een toegankelijke kaartoplossing die breed inzetbaar moet zijn. Met toetsenbordbediening staat toegankelijkheid centraal.', '',
    'Resultaten en inzichten', '',
    finding('Kaart beweging', 'Het verplaatsen van de kaart met pijltjestoetsen wordt logisch gevonden en werkt prettig.', 'Behoud de huidige werking waarin het kruisteken stilstaat en de kaart beweegt.'),
    finding('Stapgrootte', 'Soms heeft men moeite met het vinden van de ‘[’ en ‘]’ karakters op het toetsenbord.', 'Label de stappen met 1, 2, 3, 4 en maak de keuze heel direct.'),
    finding('Opslaan', 'Niet iedereen ziet beide knoppen voor ‘opslaan’.', 'Implementeer autosave binnen de kaart.'),
    'Contactinformatie', '', 'Kadaster:', '', '• https://www.kadaster.nl', '• ggc@kadaster.nl', ''
  ].join('\n')
  const { faces, html } = await deck(text, 'study.txt')
  assert.match(html, /<strong>Uitgevoerd door<\/strong>: Valsplat \/ Happy Labs/)
  assert.doesNotMatch(faces, /Op deze pagina|kadaster\.nl/)
  assert.match(faces, /pijltjestoetsen wordt logisch gevonden/)
  assert.match(faces, /‘\[’ en ‘\]’ karakters/)
})

test("a page's inline placing leaves a figure's HTML; its colours and alignment stay", async () => {
  // Hood Chatham, "Function Pointer Cast Handling in Pyodide" (CC BY 4.0): "<h4 style="color: black; position: relative;
  // top:40pt;">" had laid the plot's title over its caption on the slide.
  const figure = '<figure style="text-align: center; margin-top: -20pt; margin-bottom: 5pt;" >\n<h4 style="color: black; position: relative; top:40pt;">Recursion limit and depth to segmentation fault</h4>\n  <img src="recursion_depth.svg" style="z-index:-10; position: relative;"  />\n  <figcaption>\n  <p>Tested with Chrome version 96 and Firefox version 93</p>\n  </figcaption>\n\n</figure>'
  const { html } = await deck(`---\ntitle: Pyodide\n---\n\n## History\n\n${prose('Recursion')}\n\n${figure}\n\n${prose('Stack space')}\n`)
  assert.doesNotMatch(html, /position: ?relative|top: ?40pt|z-index|margin-top/)
  assert.match(html, /style="text-align: center"/)
  assert.match(html, /style="color: black"/)
})

test("a survey question's label heads its finding; a clause spliced on to say the reasons follow goes", async () => {
  // The pip team's user research, "How pip users think about security" (pip documentation, MIT, copied text):
  // "Responses to question: I think about the security and integrity of the software I install" had been a bullet stating
  // the question as a claim, "…, the reasons are explained below" had kept the 82% off every slide.
  assert.equal(bullet('The vast majority of participants, 82%, do not (rarely or never) do a code audit of the software packages they install using pip, the reasons are explained below.'), 'The vast majority of participants, 82%, do not do a code audit of the software packages they install using pip')
  const text = [
    'How pip users think about security', '', 'Results', '',
    'While the security and integrity of the software users install (51%) and make (71%) is important to research participants, less than 7% do code audits of the packages or code they install with pip.', '',
    'Responses to question: I think about the security and integrity of the software I install', '',
    'The vast majority of participants did think about the security and integrity of the software they installed. Most attempts were made by those who had experience in software development.', '',
    'Recommendations', '', 'Pip should provide users with assurance of the software they install, and explain what it checks for them.', ''
  ].join('\n')
  const { html } = await deck(text, 'pip.txt')
  assert.match(html, /<h2[^>]*>Responses to question: I think about the security and integrity of the software I install<\/h2>/)
  assert.doesNotMatch(html, /<li>I think about the security/)
})

test("a second clause of what was told goes; an ending's dash is no aside; a title run together is the heading's", () => {
  // The GSoC 2018 mentor summit recap (CC BY 4.0): the post-mortem's one sentence that names the student had no bullet.
  assert.equal(bullet('Emmanuel from Public Lab told us about his experience when he was a GSoC student and why he succeeded the first year and why not in the second year.'), 'Emmanuel from Public Lab told us about his experience when he was a GSoC student')
  // Neel Smith and Mary Ebbott, Hellênikê, "Accent" (CC BY-SA 4.0): "final –αι, –οι" had lost "–αι" as an aside.
  assert.equal(bullet('Diphthongs are long, expect for final –αι, –οι in some forms.'), 'Diphthongs are long, expect for final –αι, –οι in some forms')
  assert.equal(bullet('Our plan – which we made last year – worked well in the end.'), 'Our plan worked well')
  // Map School (CC0): "# map school" under "title: mapschool".
  assert.ok(isSameTitle('map school', 'mapschool'))
  assert.ok(!isSameTitle('map school', 'maps'))
})

test('a long roll of contributors runs on in two columns', async () => {
  // Leigh Capili, "Flux turns 10!" (fluxcd.io, 2026, Apache-2.0): forty-nine "@handle, Name" items had taken seven slides.
  const names = Array.from({ length: 30 }, (_, at) => `- @maintainer${at}, Maintainer Number${at}`).concat(['- @yiannistri, Yiannis Triantafyllopoulos'])
  const { html } = await deck(['---', 'title: Flux turns 10', '---', '', '## Flux is people', '', prose('Community'), '', "Here is a short list of some folks who've made over 20 commits to Flux:", '', ...names, ''].join('\n'))
  assert.match(html, /class="lectern-columns"/)
})

test('a negation keeps the manner it holds for; what the writers checked is the claim; a preposition and its pronoun stay', () => {
  // Dominic Rizzo and Jason Oberg, "Security Verification of an Open Source Hardware Root of Trust" (lowrisc.org, CC BY
  // 4.0, copied text): "…never makes it to the output of the OTP controller" had lost "in an unscrambled form", which
  // turned a finding into a false one.
  assert.equal(bullet('By using Radix’s security analysis capabilities, we were able to validate that the random constant key never makes it to the output of the OTP controller in an unscrambled form, which is a good thing.'), 'The random constant key never makes it to the output of the OTP controller in an unscrambled form')
  // Leigh Capili, "Flux turns 10!" (Apache-2.0): "…and we see ourselves" had lost "in it".
  assert.doesNotMatch(bullet('Flux is an embedding of our aggregate concerns and desires in operations software and we see ourselves in it.') ?? '', /ourselves$/)
  // A command's flags are no dashes of an aside (PEP 744, public domain): "--enable-optimizations or --with-lto".
  assert.match(bullet('The JIT should be treated in much the same way as other build options such as --enable-optimizations or --with-lto.') ?? '', /--enable-optimizations or --with-lto$/)
})

test("a post's date line with its tags, a dated photo caption and a case's label over its paragraph", async () => {
  // Volkan Yazıcı, "Finding a Software Engineering Job Abroad" (CC BY 3.0): "posted on 2015-05-12 with tags programming"
  // had been the subtitle.
  assert.deepEqual(parseByline('posted on 2015-05-12 with tags programming'), { date: '2015-05-12' })
  // Daniel Doubrovkine, "Reflecting on 8 Years Building Artsy" (CC BY 4.0): "Artsy team at General Assembly, June 2011,
  // the Observer" had titled a slide of its own. RaReNet, Digital First Aid Kit, "Account Hijacking" (CC BY-SA 4.0): "If
  // you no longer have access to the account:" had run on under "If you still have access to the account".
  const paragraph = (topic: string): string => `${topic} is the part of the story that matters most here, and it is told in some detail so that the reader can follow every step of it without having to look anything up elsewhere.`
  const text = [
    'Account Hijacking', '', paragraph('Recovery'), '',
    'If you still have access to the account', '', paragraph('Changing the password'), '',
    'Artsy team at General Assembly, June 2011, the Observer', '', paragraph('The co-working space'), '',
    'If you no longer have access to the account:', '', paragraph('The provider’s procedure'), '',
    'Take extra precautions against attackers:', '', paragraph('Two-factor authentication'), '',
    "Don't stop here! Important next steps:", '', 'If you suspect that someone else has access to your account, complete the following steps:', '',
    '• Step 1: Answer the following questions for yourself about who might have access to your account.', '• Step 2: Do you use the same password on other accounts? If so, perform the same checks on those accounts.', ''
  ].join('\n')
  const { html } = await deck(text, 'hijacking.txt')
  assert.match(html, /<h2[^>]*>If you no longer have access to the account<\/h2>/)
  assert.match(html, /<h2[^>]*>Take extra precautions against attackers<\/h2>/)
  assert.doesNotMatch(html, /<h2[^>]*>Artsy team/)
  assert.match(html, /<h2[^>]*>Don(?:'|’|&#x27;)t stop here! Important next steps<\/h2>/)
})

test("a question heading takes a short answer of quantity, unless the two are too long for a title", async () => {
  // Volkan Yazıcı (CC BY 3.0): "What is the influence of a computer science related educational background on job
  // finding?" over "Almost none. …": too long a title to carry it, the answer stays in its paragraph and notes.
  const short = await deck('---\ntitle: T\n---\n\n## Does it cost much?\n\nVery little. The whole setup runs on a single small server that costs about five dollars a month.\n\n## Next\n\n' + prose('Hosting') + '\n')
  assert.match(short.html, /<h2[^>]*>Does it cost much\? Very little\.<\/h2>/)
  const long = await deck('---\ntitle: T\n---\n\n## What is the influence of a computer science related educational background on job finding?\n\nAlmost none. I had always found programming a joy and I still do, and my interest in the field is what drives me.\n\n## Next\n\n' + prose('Hosting') + '\n')
  assert.doesNotMatch(long.html, /job finding\? Almost none/)
  assert.match(long.notes, /Almost none\./)
})

test("a Zola site's own shortcodes are its template: a figure's caption, a player or an album, never a bullet", async () => {
  // Peter Lyons, "Drawers of Doom" (peterlyons.org, 2026, CC BY-SA 3.0): "{{ figureplop(url=…, caption=…) }}" lines had
  // been two bullets of a slide, "{{ youtube(id=…) }}" and "{{ plopalbum(path=…) }}" went with them.
  const source = ['---', 'title: Drawers of Doom', '---', '', '## Drawer jig', '', prose('Jigs'), '', '{{ figureplop(url="https://photos.example.org/jig.jpg" caption="glue up layer 2 of the drawer jig") }}', '', '{{ youtube(id="suCVWmYdvhI") }}', '', prose('Drawers'), '', '{{ plopalbum(path="album.pa.json") }}', ''].join('\n')
  const { html } = await deck(source)
  assert.doesNotMatch(html, /\{\{|figureplop|plopalbum|youtube\(/)
  // (And a last section that held only the album is no empty divider before "Questions?"; its title goes to the notes.)
  const closing = await deck(source + '\n## Build photo album\n\n{{ plopalbum(path="album.pa.json") }}\n')
  assert.doesNotMatch(facesOf(closing.html), /Build photo album/)
  assert.match(closing.notes, /Build photo album/)
  assert.match(html, /glue up layer 2 of the drawer jig/)
})

test("an embedded post's text with its shortened links is no bullet", () => {
  // Robert M Flight, "Mouse / Human Transcriptomics and Batch Effects" (CC BY 4.0): a tweet's text with its t.co and
  // pic.twitter.com links had been a bullet.
  assert.ok(isSignpost('We reanalyzed the data from http://t.co/Fv7z9WwLJ4 and found the following: pic.twitter.com/37eVs8Kln9'))
  assert.ok(!isSignpost('We reanalyzed the data from the 2014 study and found that species and sequencing lane were confounded.'))
})
