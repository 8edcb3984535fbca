/**
 * What the forty-second session (7 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { isSignpost } from '../../src/article/signposts.js'
import { splitSentences } from '../../src/article/sentences.js'
import { parseByline } from '../../src/text/byline.js'
import { textToMarkdown } from '../../src/text/index.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'
import type { Paragraph, Root } from 'mdast'

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** The face and notes of an article rendered in article mode (`.md` or `.txt` by the name given). */
async function deck(source: string, name = 'article.md'): Promise<{ faces: string; notes: string; html: string }> {
  const { html } = await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })
  return { faces: facesOf(html), notes: notesOf(html), html }
}

/** Sentences of prose about a topic, enough for a section. */
const prose = (topic: string): string => `${topic} matters to every team that ships software. Teams that ignore ${topic.toLowerCase()} pay later, and they pay more than they expect.`

test('a cut keeps what a sentence says: a name with its pluses, two adverbs of one verb, the look it takes, what "without any work" lacks', () => {
  // Chandler Carruth, "Story-time: C++, bounds checking, performance, and compilers" (chandlerc.blog, 2024, CC BY 4.0).
  assert.equal(bullet('And eventually things started moving in libc++ as well.'), 'Eventually things started moving in libc++')
  assert.equal(bullet('We need to recognize this, and look more at whether the resulting pattern could be well and systematically optimized, even though current tools do not.'), 'We need to recognize this, and look more at whether the resulting pattern could be well and systematically optimized')
  assert.match(bullet('And we all, yes, including you, dear reader, need to take a serious look at our assumptions and our skepticism.') ?? '', /take a serious look at our assumptions/)
  const work = bullet('Yet we evaluated the cost of safety checks by adding them to the language without any work to make up for the years or even decades of optimization infrastructure that never had to deal with them.')
  assert.notEqual(work, 'We evaluated the cost of safety checks by adding them to the language without any work')
  // Giorgio Comai, "Google Earth Studio as a data visualisation tool (with R)" (EDJnet blog, 2020, CC BY): the first of two
  // "that" clauses is the claim.
  assert.equal(bullet('After some time, I realised that the preview supports only HD (so labels appear oversized while editing), and that if you re-open the saved project in a new session all layers are then shown on top of each other in the preview pane.'), 'I realised that the preview supports only HD')
})

test("a writer's comment in brackets goes with its odds, and a quotation set in brackets goes whole", () => {
  // niplav, "Two Reasons For Restarting the Testing of Nuclear Weapons" (niplav.site, 2024, CC BY 4.0): the item had stood
  // whole on a slide, 63 words.
  const shown = bullet('Similarly, unless covert nuclear testing is occurring (which I consider unlikely10%, given the related intensive monitoring), I expect there to be significant uncertainty in the military commands of nuclear states about the reliability of those weapons, with conservatism about the reliability of those weapons leading to larger stockpiles ("If we don\'t know whether our weapons work, it\'s probably better to make more & different ones.").')
  assert.ok(shown !== undefined && !/unlikely10%|If we don't know/.test(shown), shown)
  assert.match(shown, /I expect there to be significant uncertainty/)
})

test('set-ups, scope notes and announced implications are no bullets', () => {
  for (const sentence of [
    'For me at least, watching how this has played out has some clear short-term implications.',
    'Here, I will only consider approaches that produce minimal sound.',
    'I have only written about criticisms of applause without otherwise considering alternative options that fulfill the rudimentary functions of applause.',
    'There is an interesting trade-off to be observed here.',
    'Musicians have given similar arguments to the one presented here.'
  ]) assert.ok(isSignpost(sentence), sentence)
  for (const sentence of ['This has important implications for policy makers.', 'There is an important difference between the two.']) assert.ok(!isSignpost(sentence), sentence)
})

test('a first impression the section goes on to turn is no bullet', async () => {
  // Comai: "At first, Google Earth Studio seems to be fine even with large datasets and multiple layers." had been the
  // slide's first bullet; the section is about what then went wrong.
  const source = [
    '---', 'title: Google Earth Studio', '---', '', '## Working with layers', '',
    'At first, Google Earth Studio seems to be fine even with large datasets and multiple layers. For the first part of the video, I threw in about a dozen different overlay layers.', '',
    'After some time, I realised that the preview supports only HD, and that if you re-open the saved project in a new session all layers are shown on top of each other. Things looked quite messy.', '',
    'Layers such as the ones used in this video do not always interact nicely with Google Earth.', ''
  ].join('\n')
  const { faces, notes } = await deck(source)
  assert.doesNotMatch(faces, /At first, Google Earth Studio seems/)
  assert.match(notes, /At first, Google Earth Studio seems/)
  assert.match(faces, /I realised that the preview supports only HD/)
})

test("a speaker's line of a few quoted sentences is one sentence, and a name after an ellipsis or a dash keeps its title", () => {
  // Ian O'Byrne, "The Curious Case of Mr Adair & The Count of Monte Cristo" (digitallyliterate.net, CC BY 4.0).
  assert.deepEqual(splitSentences('Me: "What? I put a lot of time and hard work into this. I like this book."'), ['Me: "What? I put a lot of time and hard work into this. I like this book."'])
  assert.deepEqual(splitSentences('I looked up and you better believe it...Mr. Adair was staring at me. He smiled.'), ['I looked up and you better believe it...Mr. Adair was staring at me.', 'He smiled.'])
  // niplav: "—W. J. Hennigan, …" had shown "J. Hennigan".
  assert.equal(splitSentences('—W. J. Hennigan, “In the Lab Oppenheimer Built”, 2023').length, 1)
})

test('a date whose offset lost its sign is its day, and a line of fields or a podcast\'s hosts sign the deck', async () => {
  // Sumanth Pasupuleti, "Improving Apache Cassandra's Front Door and Backpressure" (cassandra.apache.org, 2020, Apache-2.0):
  // "date: 2020-09-03 09:00:00 0200" had stood raw on the title slide.
  const { faces } = await deck(`---\ntitle: Front door\ndate:   2020-09-03 09:00:00 0200\n---\n\n## Backpressure\n\n${prose('Backpressure')}\n`)
  assert.match(faces, /September 3, 2020/)
  assert.doesNotMatch(faces, /0200/)
  assert.deepEqual(parseByline('author: niplav, created: 2024-01-30, modified: 2024-10-30, language: english, status: maintenance, importance: 8, confidence: certain'), { byline: 'niplav', date: '2024-01-30' })
  // Utah Geospatial Resource Center, "Episode 1 - News from the state GIS office" (gis.utah.gov, 2021, MIT).
  assert.deepEqual(parseByline('Hosts · Greg Bunce, Matt Peters'), { byline: 'Greg Bunce, Matt Peters' })
  assert.deepEqual(parseByline('Recorded on · March 19, 2021'), { date: 'March 19, 2021' })
})

test('items of one marker indented level by level nest', () => {
  // niplav's treaty: "2. Whenever someone wants to test…" / "\t1. The blast yield." / "\t2. If ICBM:" / "\t\t1. Launch…" had run
  // on as three flat lists, their numbers starting again.
  const text = ['The treaty', '', 'It would look like this:', '', '1. All nuclear powers sign a treaty.', '2. Tests are announced a month in advance.', '\t1. The blast yield.', '\t2. If ICBM:', '\t\t1. Launch datetime & location.', '\t\t2. The trajectory.', '\t3. If nuclear warhead:', '\t\t1. Detonation datetime.', '3. Only one test a week is allowed.', '', 'That is the whole of it, and it is enough for now.', ''].join('\n')
  const markdown = textToMarkdown(text)
  assert.match(markdown, /^2\. Tests are announced a month in advance\.\n {3}1\. The blast yield\.\n {3}2\. If ICBM:\n {6}1\. Launch datetime & location\.\n {6}2\. The trajectory\.\n {3}3\. If nuclear warhead:\n {6}1\. Detonation datetime\.\n3\. Only one test a week is allowed\./m)
})

test("a conversation's lines are no sections, and who speaks titles no slide", async () => {
  // UGRC's podcast: "Greg Bunce: What year was this?" and ten more of the hosts' questions had titled slides, and the
  // hosts' names, the deck's author, had folded the talk into one slide's notes as back matter.
  const lines: string[] = ['Episode 1 - News from the state GIS office', '', 'Recorded on · March 19, 2021', '', 'Hosts · Greg Bunce, Matt Peters', '']
  const topics = ['imagery', 'elevation', 'parcels', 'addresses', 'roads', 'boundaries', 'census blocks', 'broadband']
  topics.forEach((topic, at) => {
    const [asks, answers] = at % 2 === 0 ? ['Greg Bunce', 'Matt Peters'] : ['Matt Peters', 'Greg Bunce']
    lines.push(`${asks}: What about ${topic}?`, '', `${answers}: The ${topic} data is updated every year by the counties. The state hosts the ${topic} layer for everyone at no cost.`, '', `${asks}: And the ${topic} layer is free to download for anyone in the state, which people love.`, '')
  })
  const { html, faces, notes } = await deck(lines.join('\n'), 'article.txt')
  assert.doesNotMatch(html, /<h2[^>]*>(?:Greg Bunce|Matt Peters)/)
  assert.match(faces, /Greg Bunce, Matt Peters/)
  assert.match(faces, /March 19, 2021/)
  assert.ok((html.match(/<section/g) ?? []).length >= 5, 'the talk keeps its slides')
  assert.match(notes, /census blocks data is updated every year/)
  // (And an interviewer who is the deck's author, asking every question, heads sections that stay in the talk.)
  const interview = ['Episode 2', '', 'Hosts · Greg Bunce', '', ...topics.flatMap((topic) => [`Greg Bunce: What about ${topic}?`, '', `Matt Peters: The ${topic} data is updated every year by the counties.`, ''])].join('\n')
  assert.ok(((await deck(interview, 'article.txt')).html.match(/<section/g) ?? []).length >= 8, 'an interview by its author is no back matter')
})

test("a label's definition gives way to the point its writer set in bold, and a roll of deeds or a links section closes nothing", async () => {
  // Sumanth Pasupuleti, "Even Higher Availability with 5x Faster Streaming in Cassandra 4.0" (Apache-2.0).
  const mttr = await deck(`---\ntitle: Streaming\n---\n\n## Results\n\nIt is clear from the results that Zero Copy Streaming has a huge performance benefit. But what does it mean?\n\n**MTTR (Mean Time to Recovery):** MTTR is a KPI (Key Performance Indicator) that is used to measure how quickly a system recovers from a failure. Zero Copy Streaming has a very direct impact here with a **five fold improvement** on performance.\n\n**Costs:** Zero Copy Streaming is ~5x faster. This translates directly into cost for some organizations.\n`)
  assert.match(mttr.faces, /MTTR \(Mean Time to Recovery\): Zero Copy Streaming has a very direct impact here with a five fold improvement/)
  // John Blischak, "My experience at the Chicago R Collaborative 2020" (blog.jdblischak.com, CC BY 4.0): the last
  // contributor's work had closed the talk, and the links to the event's other projects had been three slides (a reading
  // list now: its first page stays, the rest in its notes).
  const source = [
    '---', 'title: Chicago R Collaborative', '---', '', '## Contributions', '',
    'I was very happy to have 3 new collaborators contribute to my R package workflowr.', '',
    'Anh Tran overhauled the RStudio project template of workflowr. The existing version was very minimal.', '',
    'Sydney Purdue added some extra error handling to the start function to fail early. And she wrote her first unit test!', '',
    'James Lamb updated the HTTP calls to the GitHub API to be more resilient to transient network issues by retrying them.', '',
    '## Links to other chircollab 2020 projects and posts', '', ...['kableExtra cookbook - Sharla Gelfand', 'datos - Mauro Lepore', 'googlecivic - Will Bonnell', 'httr::RETRY() - James Lamb', 'takehomecarpentries - Gabi Cipriano', 'xaringan slides - Eric Nantz', 'tidytuesday - Angela Li', 'covid dashboard - Jim Gruman', 'rstats survey - Brooke Anderson', 'sf cookbook - Edward Visel', 'gt tables - Natalia Block', 'purrr notes - Tomas Okal'].map((item) => `- ${item}`), ''
  ].join('\n')
  const { html } = await deck(source)
  assert.doesNotMatch(html, /In closing/)
  assert.equal((html.match(/<h2[^>]*>Links to other/g) ?? []).length, 1, 'one slide of the links')
  assert.match(html, /purrr notes/)
})

test('a cut never leaves a clause without its verb, nor a claim without its main clause', () => {
  // Svetlana Ugarcina Perovic, "Open Science Mentoring: My Journey with Outreachy Mentees" (blog.bioconductor.org, 2025,
  // CC BY 4.0); Anushka Jain, "Your mom was right: Facebook is bad for you!" (Internet Freedom Foundation, 2021, CC BY 4.0).
  assert.notEqual(bullet('Recently, I was deeply moved when one of my mentees, Scholastica Urua, presented her research on African microbiome data at the MVIF conference.'), 'I was deeply moved when one of my mentees, Scholastica Urua')
  assert.notEqual(bullet('According to a document referred to as “Lotus Mahal” in the complaints filed, such accounts are used by political actors in India to spread politically sensitive information.'), 'According to a document referred to as “Lotus Mahal” in the complaints filed')
  // ("at once", "since 2012" open no clause.)
  assert.equal(bullet('Care must be taken to not show too many points at once, as this will make a map difficult to read.'), 'Care must be taken to not show too many points at once')
})

test("Quarto's front matter that hides every chunk's code keeps it off the slides; a page's date, reading time and author sign the deck", async () => {
  // Maria Doyle, "Bioconductor in Africa: Highlights from Our First In-Person Course" (blog.bioconductor.org, 2025, CC BY 4.0):
  // `execute:` / `  echo: false` over a chunk of plotting code had made the talk's first slide.
  const { faces, notes } = await deck(['---', 'title: Bioconductor in Africa', 'execute:', '  echo: false', '  message: false', '---', '', '```{r}', 'library(ggplot2)', 'feedback <- read_csv("feedback.csv")', '```', '', `In March 2025, Bioconductor marked an exciting milestone. ${prose('Training')}`, ''].join('\n'))
  assert.doesNotMatch(faces, /library\(ggplot2\)/)
  assert.match(faces, /Bioconductor marked an exciting milestone/)
  assert.ok(!/library\(ggplot2\)/.test(faces) && typeof notes === 'string')
  // Anushka Jain: "October 27, 2021 · 9 min · Anushka Jain" had titled a slide and opened the agenda.
  assert.deepEqual(parseByline('October 27, 2021 · 9 min · Anushka Jain'), { date: 'October 27, 2021', byline: 'Anushka Jain' })
})

test('an alternative to the sentence before, a link to read about something and the writer\'s own lead-in over a list stay off the face', async () => {
  // Callum Rollo, "Face Blindness" and "My cycle touring loadout" (callumrollo.com, 2024–2025, CC BY-SA 4.0).
  const { faces, notes } = await deck(['---', 'title: Face Blindness', '---', '', '## Some side effects', '', '- I cannot picture people in my head', '- I cannot identify family resemblance', '', 'This may additionally explain why I struggled making friends as a child. Or maybe I just had bad vibes idk.', ''].join('\n'))
  assert.doesNotMatch(faces, /Or maybe I just had bad vibes/)
  assert.match(notes, /Or maybe I just had bad vibes/)
  // Maria Doyle: "[Read about the projects funded](…)." had been a bullet of the acknowledgements.
  assert.ok(isSignpost('Read about the projects funded.'))
  const text = ['My cycle touring loadout', '', 'I will outline the gear I take while cycle touring and some useful lessons I have picked up during a decade of this hobby.', '', 'Packing list', '', '• panniers', '• bike lights', '• tent', '', 'For a longer trip (2 weeks or more) I will also pack', '', '• Spare brake pads', '• Solar panels', '• Razor, nail clippers', '', 'Navigation', '', 'I use offline maps as my primary navigation tool. The whole country takes up a couple of gigabytes.', '', 'I have some useful routefiles, mostly Swedish, in maps page', '', 'Wild camping', '', 'It is perfectly possible to wild camp in many places. Most people are nice and will not bother you!', ''].join('\n')
  const markdown = textToMarkdown(text)
  assert.doesNotMatch(markdown, /^#+ For a longer trip/m)
  assert.doesNotMatch(markdown, /^#+ I have some useful routefiles/m)
  assert.match(markdown, /^## Wild camping/m)
})

test("a page's quotation paragraph and the line naming its speaker are a quotation, its German marks balanced", async () => {
  // Michael Peters, "Fünf Jahre Code for Germany, fünf Jahre digitales Ehrenamt" (codefor.de, 2019, CC BY 4.0): `<p
  // class="blog-quote">„…“</p>` over `<p style="text-align:right">Stefan Kaufmann – Code for Ulm</p>` had been bullets, the
  // quotation's „ never closed and its speaker a bullet of their own.
  const quote = '„Wenn wir Städte schaffen möchten, die ihren Bewohner*innen und dem Gemeinwohl dienen, muss die Zivilgesellschaft einbezogen werden. Die Civic-Tech-Bewegung hat Prototypen geschaffen, die den praktischen Nutzen für die Gesellschaft in den Vordergrund stellt und nicht nur den wirtschaftlichen Gewinn von einzelnen Unternehmen. Diese Prototypen zeigen, was möglich ist, wenn viele Menschen gemeinsam an einer Sache arbeiten und ihr Wissen teilen.“'
  const source = ['---', 'title: Fünf Jahre Code for Germany', 'lang: de', '---', '', '## Technologie folgt keinem Selbstzweck', '', 'Neue Technologien werden als Allheilmittel angepriesen, aber tieferliegende Problemursachen ignoriert. Dabei sollte vom Problem aus gedacht werden, um gemeinsam mit der Zivilgesellschaft mögliche Lösungswege zu identifizieren.', '', `<p class="blog-quote"> ${quote}</p>`, '<p style="text-align:right; font-style:italic;"> Stefan Kaufmann  – Code for Ulm </p>', ''].join('\n')
  const { html } = await deck(source)
  assert.match(html, /<blockquote>[\s\S]*„Wenn wir Städte[^<]*“[\s\S]*— Stefan Kaufmann – Code for Ulm[\s\S]*<\/blockquote>/)
  assert.doesNotMatch(html, /<li>[^<]*Stefan Kaufmann/)
})

test("an embedded post's text over its credit is the notes', not a bullet", async () => {
  // Julia Silge, "One year as a data scientist at Stack Overflow" (juliasilge.com, 2017, CC BY-SA 4.0): the embedded tweet
  // "I am joining the data team at @StackOverflow" had been the second bullet of a talk given a year later.
  const text = ['One year as a data scientist at Stack Overflow', '', 'By Julia Silge', '', 'I recently passed my one-year anniversary of working at Stack Overflow as a data scientist. It has been a year of learning.', '', 'I have some very exciting news! I am joining the data team at @StackOverflow. ✨📊✨📊✨', '', '— Julia Silge (@juliasilge) December 13, 2016', '', 'Coming to Stack Overflow has been an adventure for me. This is my first time to work at an actual tech company, and I have learned a lot.', ''].join('\n')
  const { faces, notes } = await deck(text, 'article.txt')
  assert.doesNotMatch(faces, /joining the data team/)
  assert.match(notes, /joining the data team/)
})

test("a step that opens by narrating what comes shows its instruction", async () => {
  // Ujaval Gandhi, "Georeferencing Topo Sheets and Scanned Maps (QGIS3)" (qgistutorials.com, CC BY 4.0): "Now we will open
  // our JPG image" had been step 3's bullet, its action in the notes.
  const text = ['Georeferencing Topo Sheets and Scanned Maps', '', 'Georeferencing is the process of assigning real-world coordinates to each pixel of the raster. Many times these coordinates are obtained by doing field surveys.', '', 'Procedure', '', '1. Open QGIS and click on Raster ‣ Georeferencer to open the tool.', '2. The Georeferencer is divided into 2 sections. The top section shows the image and the bottom section a table.', '3. Now we will open our JPG image. Go to File ‣ Open Raster. Browse to the downloaded image of the scanned map and click Open.', '4. You will see the image will be loaded on the top section.', ''].join('\n')
  const { faces } = await deck(text, 'article.txt')
  assert.match(faces, /Go to File ‣ Open Raster/)
  assert.doesNotMatch(faces, /Now we will open our JPG image/)
})

test('a word glued to a slash is half of a name, no key phrase', async () => {
  // Sinclair Target, "The IBM 029 Card Punch" (twobithistory.org, 2018, CC BY-SA 4.0): "System" of "System/360" had titled
  // a slide, as "Some clever engineer today" had another.
  const { keyPhrases } = await import('../../src/article/key-phrases.js')
  const [phrase] = keyPhrases(['The IBM 029 was released in 1964 as part of the System/360 rollout. Like the other System/360 machines, it was big. The System/360 line sold well.', 'Punch cards had twelve rows. The rows held the digits.'])
  assert.notEqual(phrase, 'System')
})

test('a note on a side matter set as a quotation is the notes\', a bare "Note:" stays', async () => {
  // Kian Ryan, "Can You Make It Bigger? - A Journey In Building Arcade Cabinets" (leighhack.org, 2024, MIT): "> Note on
  // suppliers: … we've been using Arcade Express, a Spanish Company" had been a pull quote in the talk's largest type.
  const source = ['---', 'title: Arcade cabinets', '---', '', '## Electronics', '', `We used an off the shelf monitor and a Raspberry Pi. ${prose('Wiring')}`, '', '> Note on suppliers: We used Arcade World UK for a large amount of this build, but they appear to have disappeared. Since the original build, we have been using Arcade Express, a Spanish Company.', '', '> Note: Your repository must be public for your deployed slides to be available publicly.', ''].join('\n')
  const { faces, notes } = await deck(source)
  assert.doesNotMatch(faces, /Arcade Express/)
  assert.match(notes, /Arcade Express/)
  assert.match(faces, /Your repository must be public/)
})

test("a page's header lines, a picture's credit, 'Posted on: DATE.' and 'Categorized under:', sign the deck or go; a list in the text keeps its first items", async () => {
  // Cam Coulter, "Theoretical Models of Disability" (camcoulter.com, 2021, CC BY-SA 4.0): the header lines had made a slide,
  // the standfirst had become the title under a kicker, and the text's list of models had lost its first three to the
  // table of contents.
  const text = ['Theoretical Models of Disability', '', 'What are the different ways of understanding disability, and what are the strengths and weakness of these different models?', '', 'Image created by Cam Coulter. Icon by mikicon on the Noun Project.', '', 'Posted on: April 26, 2021.', 'Categorized under: accessibility.', '', 'Contents', '', '1. Introduction', '2. The Medical Model', '3. The Social Model', '4. Biopsychosocial Model', '', 'Introduction', '', 'There are a number of different theoretical models that we use to understand disability. What are the most common models that you are likely to come across?', '', '1. The Medical Model', '2. The Social Model', '3. The Biopsychosocial Model', '4. The Charity Model', '', 'The Medical Model', '', prose('Diagnosis'), '', 'The Social Model', '', prose('Design'), '', 'Biopsychosocial Model', '', prose('Context'), ''].join('\n')
  const { faces } = await deck(text, 'article.txt')
  assert.match(faces, /Theoretical Models of Disability What are the different ways/)
  assert.match(faces, /April 26, 2021/)
  assert.doesNotMatch(faces, /Image created by|Posted on|Categorized under/)
  assert.match(faces, /The Medical Model The Social Model The Biopsychosocial Model The Charity Model/)
})

test('a display formula whose dollars open and close on its own lines swallows nothing after it', async () => {
  // David Robinson, "Text analysis of Trump's tweets confirms he writes only the (angrier) Android half"
  // (varianceexplained.org, 2016, CC BY-SA 4.0): "$$\log_2(\frac{…}" / "  {…})$$" had been read as a fence never closed, the
  // rest of the article its TeX.
  const source = ['---', 'title: Tweets', '---', '', '## Words', '', 'We compute the ratio of each word.', '', '$$\\log_2(\\frac{\\frac{n_A + 1}{t_A + 1}}', '  {\\frac{n_I + 1}{t_I + 1}})$$', '', '', prose('Wording'), '', '## Sentiment', '', 'Android tweets use 40-80% more words related to disgust, sadness, fear and anger.', ''].join('\n')
  const { html, faces } = await deck(source)
  assert.match(html, /<h2[^>]*>Sentiment<\/h2>/)
  assert.match(faces, /40-80% more words related to disgust/)
  assert.doesNotMatch(faces, /\$\$/)
})

test('a hypothetical set-up, "One consideration is…", a remark that a table looks familiar and a worked sum are no bullets nor thesis', () => {
  // David Robinson's baseball and tweets analyses (varianceexplained.org, CC BY-SA 4.0).
  for (const sentence of ['Suppose you were a baseball recruiter, in the market for the next great batting champion.', 'One consideration is what time of day the tweets occur, which we would expect to be a “signature” of their user.', 'These should look familiar for anyone who has seen the feed.']) assert.ok(isSignpost(sentence), sentence)
  assert.ok(!isSignpost('Suppose the histogram had two peaks, or three.'))
})

test('a label of two words that names no one is no speaker; a full name before two lines is one', async () => {
  const { markSpeakerLabels } = await import('../../src/article/speaker-labels.js')
  const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })
  const tree: Root = { type: 'root', children: [paragraph('Key Takeaway: Teams that ship small changes recover faster.'), paragraph('Key Takeaway: Reviews within a day keep authors engaged.'), paragraph('Greg Bunce: And we are from the soon to be UGRC.'), paragraph('Greg Bunce: Resource Center, thank you.')] }
  markSpeakerLabels(tree)
  assert.deepEqual(tree.children.map((node) => (node.data as { speaker?: string } | undefined)?.speaker), [undefined, undefined, 'Greg Bunce', 'Greg Bunce'])
})
