/**
 * What the twelfth session (4 December 2026) found reading the decks of
 * held-out set 46 as their speaker: cuts that left a bullet without its verb,
 * its subject or the clause a "that if…" waits for, sentences split inside a
 * quotation or before a closing bracket, and copied pages whose pictures'
 * captions and reading list had become sections. Each case is the text as
 * published.
 */
import assert from 'node:assert/strict'
import { toString } from 'mdast-util-to-string'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { tagSentence } from '../../src/article/nlp.js'
import { splitSentences } from '../../src/article/sentences.js'
import { isVague } from '../../src/article/leaning.js'
import { isSignpost } from '../../src/article/signposts.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { selectSentences } from '../../src/article/select.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { recogniseText } from '../../src/text/index.js'
import { normalizeSource } from '../../src/read/normalize-source.js'
import { htmlPicture } from '../../src/article/html-blocks.js'
import { continuation } from '../../src/article/topic-titles.js'
import { applyLayout } from '../../src/article/remark-layouts.js'
import { renderDeck } from '../../src/index.js'

const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('should never cut a sentence to its fronted phrase and subject, and read "the Ford Foundation" as a name', () => {
  // Rachel Wimpee, "1968: The Ford Foundation Gets a Computer" (Rockefeller Archive Center, CC BY 4.0): the tagger read
  // "Ford" as a verb, and the bullet "In early spring 1965, the Ford Foundation's Vice President…, Verne Atwater" was
  // taken for a statement.
  assert.ok(!isStatement(tagSentence("In early spring 1965, the Ford Foundation's Vice President for Administration and Operations, Verne Atwater")))
  assert.equal(tagSentence("the Ford Foundation's Vice President")[1]!.pos, 'PROPN')
  const sentence = 'In early spring 1965, the Ford Foundation\'s Vice President for Administration and Operations, Verne Atwater, asked his team to investigate how a new technology called "electronic data processing" might be put to use at the Foundation.'
  const shown = bullet(sentence)
  assert.ok(shown === undefined || /\basked\b/.test(shown), shown)
  // A company's suffix is part of its name, and the appositive that describes it goes ("The Foundation hired Documentation").
  assert.equal(bullet('The Foundation hired Documentation, Incorporated, a computer and systems consulting firm, to examine its operations over twelve weeks in the spring of 1966.'), 'The Foundation hired Documentation, Incorporated to examine its operations over twelve weeks in the spring of 1966')
})

test('should drop an aside of knowing set off by commas with its pronoun, never the subject before it', () => {
  // Bekka Kahn, "MOOC Maker" (P2PU, CC BY-SA): "We soon realised, would look a little bit like a mailing list sign-up".
  const shown = bullet('The solution, we soon realised, would look a little bit like a mailing list sign-up, without a platform per se, which would allow organisers to loop in the various component parts and run what is essentially a headless MOOC.')
  assert.match(shown ?? '', /^The solution would look a little bit like a mailing list sign-up/)
  assert.equal(bullet('The answer, I think, is simple enough for everyone.'), 'The answer is simple enough for everyone')
  // (Not a clause of its own before it: "It rained, I think, all day".)
  assert.equal(bullet('It rained, I think, all day.'), 'It rained, I think, all day')
})

test('should keep the main clause a "that if…" waits for, and never cut at a colon inside a title', () => {
  // Roger Peng, "Rethinking Academic Data Sharing" (Simply Statistics, MIT): "…there was a sense that if you shared a dataset".
  const shown = bullet('In the past, there was a sense that if you shared a dataset with "a few other researchers” it wasn’t such a big deal.')
  assert.ok(shown === undefined || /big deal/.test(shown), shown)
  // Bekka Kahn (CC BY-SA): "Allen Downey, Jeffrey Elkner and Chris Meyers’ How Think Like a Computer Scientist".
  const book = bullet('Allen Downey, Jeffrey Elkner and Chris Meyers’ How Think Like a Computer Scientist: Think Python is an open textbook which has been used for several years for anyone wanting to learn Python programming.')
  assert.ok(book === undefined || /open textbook/.test(book), book)
})

test('should show the claim after "In addition to…," and unwrap a sentence in brackets closed after a space', () => {
  // James Hedberg, "Vizualizing Ancient Star Catalogs" (CCNY Planetarium, CC BY 3.0): the section had shown nothing.
  assert.equal(bullet("In addition to laying out an entire cosmological system rooted in Euclidean Geometry, Ptolemy also included a catalog of 1022 'fixed stars', listing their positions (ecliptic latitude and longitude) as well as a data point indicating the star's apparent brightness (on a scale of 1-6, 1 being the brightest)."), "Ptolemy also included a catalog of 1022 'fixed stars', listing their positions")
  const paragraph = "Of course there are plenty of stars there in reality. (Later, Edmond Halley would chart the southern skies and fill in the gaps by adding 341 southern stars. )"
  assert.deepEqual(splitSentences(paragraph), ['Of course there are plenty of stars there in reality.', '(Later, Edmond Halley would chart the southern skies and fill in the gaps by adding 341 southern stars.)'])
  assert.equal(bullet(splitSentences(paragraph)[1]!), 'Edmond Halley would chart the southern skies and fill in the gaps by adding 341 southern stars')
})

test('should not end a sentence at a question mark inside quotation marks that a word in lower case follows', () => {
  // Rachel Wimpee (CC BY 4.0): "question of over a decade earlier:" had been a bullet of its own.
  const text = 'Cooney\'s handwritten notes seem to echo Richard Reed\'s "data processing for what?" question of over a decade earlier. He wrote it down.'
  assert.deepEqual(splitSentences(text), ['Cooney\'s handwritten notes seem to echo Richard Reed\'s "data processing for what?" question of over a decade earlier.', 'He wrote it down.'])
})

test('should read a copied page’s picture captions as no sections, and its reading list as back matter', () => {
  // James Hedberg (CC BY 3.0), as copied from the page: five captions had each become a section.
  const text = [
    'Vizualizing Ancient Star Catalogs',
    'Nov 2, 2020 • James Hedberg',
    '',
    "It's often said that astronomy is the oldest science. That must mean they had some data? Right? Here we look at visualizing some of the oldest data sets from astronomy.",
    '',
    'Cladius Ptolemy - The Almagest',
    '',
    "First up is Ptolemy's Catalog of Stars from his book otherwise known as The Almagest. Ptolemy also included a catalog of 1022 'fixed stars', listing their positions.",
    '',
    'All the stars from The Almagest shown around the Earth',
    '',
    'Now, several things are immediately obvious. Most notably, all the stars are the same distance away from the Earth.',
    '',
    'No Southern Skies in this catalog',
    '',
    "Despite its imperfections (only visible really from our modern vantage point), the importance of this 'database' for the development of astronomy cannot be overstated.",
    '',
    'Tycho Brahe + Johannes Kepler - Tabulae Rudolphinae',
    '',
    'Tycho was from Denmark, and he had a passion for all things exact. Among his numerous contributions to the development of science, and there were many, was a new catalog of stars.',
    '',
    'Ptolemy and Tycho Star Catalogs (Orion is just to the left of Earth)',
    '',
    "And now, thanks to the powers of OpenGL we can see these catalogs from the vantage point of the earth, just as these ancient astronomers might have thousands of years ago.",
    '',
    'Further Reading and References:',
    '',
    'Graßhoff: The History of Ptolemy’s Star Catalogue Gerd Graßhoff, Springer-Verlag New York, 1990',
    '',
    'Ptolemy/Toomer: Ptolemy\'s Almagest, Springer New York, 1984',
    ''
  ].join('\n')
  const { tree } = recogniseText(text)
  const headings = tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node))
  assert.deepEqual(headings, ['Cladius Ptolemy - The Almagest', 'Tycho Brahe + Johannes Kepler - Tabulae Rudolphinae', 'Further Reading and References'])
})

test('should read a long copied title’s part after a dash as its subtitle, and fold back matter that shows nothing', async () => {
  // Bekka Kahn, "MOOC Maker" (P2PU, CC BY-SA), as copied from the page.
  const { outline: meta } = recogniseText('How We Made The Mechanical MOOC - Freerange Learning With a Mechanical Guide\nBy Bekka Kahn\n\nIn late 2011 there was a rumbling in the air around the open education space. Massive, open, online courses were springing up all over the web, and two distinct types began to emerge.\n')
  assert.equal(meta.title, 'How We Made The Mechanical MOOC')
  assert.equal(meta.subtitle, 'Freerange Learning With a Mechanical Guide')
  // (A short one keeps its dash: "Cladius Ptolemy - The Almagest".)
  assert.equal(recogniseText('Cladius Ptolemy - The Almagest\n\nFirst up is Ptolemy\'s Catalog of Stars from his book otherwise known as The Almagest, and it is a long paragraph of prose.\n').outline.title, 'Cladius Ptolemy - The Almagest')
  // Stéfan van der Walt (CC BY 4.0): a "Credit" section of thanks after the references had been an empty slide;
  // "Check it out here:" is no bullet (James Hedberg, CC BY 3.0).
  const markdown = [
    '# Considerations', '', '## Concerns', '', 'Maintainers worry about licensing, subtle bugs and reviewer frustration in every project they run.', '',
    '## Cosmic Conversation', '', 'We had a great conversation with the Morrison Planetarium about these data sets. Check it out here:', '',
    '## Further Reading and References', '', 'Graßhoff: The History of Ptolemy’s Star Catalogue, Springer-Verlag New York, 1990', '',
    '## Credit', '', 'I would like to thank the following community members for feedback on early drafts: Matthew Brett, Henry Schreiner, Dan McCloy. This post does not necessarily reflect their views.', ''
  ].join('\n')
  const html = (await renderDeck(markdown, { path: 'talk.md', overrides: { condense: true } })).html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(html, /<h2[^>]*>Credit<\/h2>/)
  assert.match(html, /<h2[^>]*>Further Reading and References<\/h2>\s*<ul>\s*<li>Graßhoff/)
  assert.doesNotMatch(html, /Check it out here/)
  assert.match(html, /great conversation with the Morrison Planetarium/)
})

test('should read "The same is true…" as leaning on the sentence before, and an editor’s "Today’s post comes from…" as a signpost', () => {
  // Roger Peng (MIT) and Hillel Arnold's introduction to Rachel Wimpee's post (CC BY 4.0): both had been bullets.
  assert.ok(isVague(tagSentence('The same is true in the commercial world, as huge companies like Facebook and Google can afford to hold on to their data.'), 'The same is true in the commercial world, as huge companies like Facebook and Google can afford to hold on to their data.'))
  assert.ok(isSignpost("Today's post comes from Rachel Wimpee, Historian and Project Director in our Research and Education division."))
  // (Not a sentence about today: "Today's weather comes from the west".)
  assert.ok(!isSignpost("Today's weather comes from the west."))
})

test('should show a list of long labelled points on one face, its labels alone when their sentences do not fit, with the sentence that counts them', async () => {
  // Roger Peng, "Rethinking Academic Data Sharing" (Simply Statistics, MIT): the four points had been split two and two
  // over two slides, half of each empty, away from the sentence that announced them.
  const markdown = [
    '---', 'title: Rethinking Academic Data Sharing', '---', '',
    'I think research on humans is moving in the direction of making it harder to share rather than easier. It is getting easier and cheaper to collect highly detailed information about individuals and their behavior.', '',
    'There are a few points that need some serious consideration before we can have any real sharing of health data and at this point I don’t think there are good answers to the questions raised.', '',
    '* **Data masking**. People often ask why you can’t just "mask" the data in some way in order to protect people’s privacy. Masking can come in the form of aggregation, or jittering, or otherwise adding noise. First, I know of no generic way to do this for any dataset that guarantees that you can’t identify someone.',
    '* **Liability**. I don’t have any clue who would be held liable if a person’s privacy were violated due to a dataset that I published. At this point, I’m just going to assume it’s me.',
    '* **Security**. In the past, there was a sense that if you shared a dataset with "a few other researchers” it wasn’t such a big deal. Alas, the Internet is a thing now and all it takes is one hack for data to be exposed to the world.',
    '* **Cost**. Data sharing in general is a time consuming business but it’s much easier if you can format a dataset in a reasonably cross-platform way and just push it to a well-supported public repository. This takes time and the process is not particularly well organized.', ''
  ].join('\n')
  const html = (await renderDeck(markdown, { path: 'talk.md', overrides: { condense: true } })).html
  const slides = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').split('<section').filter((slide) => /Data masking/.test(slide))
  assert.equal(slides.length, 1)
  assert.match(slides[0]!, /There are a few points that need some serious consideration/)
  assert.match(slides[0]!, /<li><strong>Data masking<\/strong><\/li>\s*<li><strong>Liability<\/strong><\/li>\s*<li><strong>Security<\/strong><\/li>\s*<li><strong>Cost<\/strong><\/li>/)
  // (Nothing lost: the points stay whole in the notes.)
  assert.match(html, /all it takes is one hack for data to be exposed to the world/)
})

test('should read held-out set 45: two modifiers of one noun, "Even once…", a verb’s own preposition, and pointers and thanks', () => {
  // Michael Höhle, "Age Stratified All-Cause and COVID-19 Associated Mortality" (CC BY-SA 4.0): the abstract's bullet
  // had been "We consider the age stratified all-cause".
  const abstract = bullet('We consider the age stratified all-cause and COVID-19 associated mortality in Germany during 2020 based on numbers provided by the Federal Statistical Office and the Robert Koch Institute.')
  assert.ok(abstract === undefined || /mortality/.test(abstract), abstract)
  // Dustin Carlino, "Project motivation" (A/B Street, Apache-2.0): "Even once it's ready" had been a bullet.
  assert.ok(!isStatement(tagSentence("Even once it's ready")))
  assert.ok(!isStatement(tagSentence('Only if you ask')))
  assert.ok(isStatement(tagSentence('Even when it rains, we go')))
  // ("City planners use the software to sell the public" lost what they sell it on.)
  const sold = bullet("City planners use the software to sell the public on existing plans that're facing the threat of budget cuts")
  assert.ok(sold === undefined || /sell the public on existing plans/.test(sold), sold)
  // Michael Höhle (CC BY-SA 4.0): pointers to code and reading, and a request for comments, are no bullets or close.
  for (const pointer of ['See the R code on GitHub for the gory details.', 'More information on real-time mortality monitoring can be obtained from the EuroMoMo methodology page or @hoehle_mazick2010.', 'Comments and feedback to the analysis in this blog post are much appretiated.', 'For a more modelling based analysis of the German COVID-19 associated mortality data see also the work by @linden_etal2020.']) assert.ok(isSignpost(pointer), pointer)
})

test('should open the talk with an abstract and an introduction before the agenda, leave the literature out of it, and drop a lead-in that says nothing', async () => {
  // Michael Höhle (CC BY-SA 4.0), the article's headings: the agenda had come after "Abstract:" and "Introduction", listed
  // "Abstract:" and "Literature", and "Literature" had been an empty divider.
  const prose = (topic: string): string => `The ${topic} of all-cause mortality in Germany rose during 2020 in the oldest age groups. We compare the weeks of 2020 with the mean of 2016 to 2019 for each age group. The excess is largest for people over eighty years of age.`
  const markdown = ['---', 'title: Age Stratified Mortality', '---', '', '## Abstract:', '', prose('count'), '', '## Introduction', '', prose('measure'), '', '## Age Stratified Mortality', '', prose('level'), '', '## Data I/O', '', prose('rate'), '', '## Up-to-date mortality', '', prose('share'), '', '## Discussion', '', prose('gap'), '', 'Some examples:', '', '- Berlin reported more deaths in December', '- Hesse reported fewer deaths in spring', '', '## Literature', ''].join('\n')
  const html = (await renderDeck(markdown, { path: 'talk.md', overrides: { condense: true } })).html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  const titles = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1])
  // (A slide's title drops the colon its heading ends on: "Abstract".)
  assert.deepEqual(titles.slice(0, 3), ['Abstract', 'Introduction', 'Agenda'])
  const agenda = html.split('<section').find((slide) => />Agenda</.test(slide))!
  assert.doesNotMatch(agenda, /Abstract|Introduction|Literature/)
  assert.ok(!titles.includes('Literature'))
  assert.doesNotMatch(html, /Some examples/)
  assert.match(html, /Berlin reported more deaths in December/)
})

test('should read a citation’s "estimate that", show the conclusion after "This is why", keep a measure, and never close on the author’s disclaimer', () => {
  // Fabien Maussion, "A note on glacier numbers" (MIT): the article's key figure had no bullet ("Pfeffer et al. (2014)
  // estimate": the tagger read the verb as a noun), and the talk closed on "As a co-author, I stand behind the results".
  assert.equal(bullet('Under reasonable assumptions, however, Pfeffer et al. (2014) estimate that there are roughly 435,000 to 462,000 glaciers worldwide (about twice as many as inventoried in Randolph Glacier Inventory version 6).'), 'Pfeffer et al. estimate that there are roughly 435,000 to 462,000 glaciers worldwide')
  assert.equal(bullet('This is why interpreting results about “peak glacier extinction” requires care: the signal is real, but what is being counted (and what is not) matters just as much as the number itself.'), 'The signal is real, but what is being counted matters just as much as the number itself')
  assert.equal(bullet("That's why we need better tools for everyone."), 'We need better tools for everyone')
  // Brenden Matthews, "Nobody Wants to Hire Anymore" (MIT): "…unwilling to offer wages" said the opposite of the claim.
  assert.match(bullet("There's no shortage of labour, but instead there's a glut of companies unwilling to offer wages at market levels.") ?? '', /offer wages at market levels$/)
})

test('should title no page with a writer’s mocking case', () => {
  // Brenden Matthews (MIT): "What does this mean for ThE EcOnOmY?" had titled two slides "ThE EcOnOmY".
  const pages = ['What does this mean for ThE EcOnOmY? ThE EcOnOmY will adjust, and ThE EcOnOmY always does.', 'Real wages are down. Real wages have declined since their peak.']
  assert.ok(!keyPhrases(pages).some((phrase) => phrase === 'ThE EcOnOmY'))
})

test('should read set 47: an "Originally written by … for …" line is the byline, a figure pointer in brackets is no sentence or evidence, and a pointer’s reading list and a thank-you stay off the faces', async () => {
  // Lisa Wald, "The Science of Earthquakes" (USGS, public domain), as copied: the byline had become the title.
  const { outline } = recogniseText('The Science of Earthquakes\n\nOriginally written by Lisa Wald for “The Green Frog News”\n\nWhat is an earthquake?\n\nAn earthquake is what happens when two blocks of the earth suddenly slip past one another. The surface where they slip is called the fault or fault plane.\n')
  assert.equal(outline.title, 'The Science of Earthquakes')
  assert.equal(outline.byline, 'Lisa Wald')
  // (A role after "for" stays: Louise Vaughn (SECAS, CC0), "By Louise Vaughn, User Support for the Southeast and South
  // Atlantic Blueprints" — a blind reader of set 52 preferred the start's deck, which kept it.)
  assert.equal(recogniseText('Panhandle rising\n\nNov 30, 2020 • By Louise Vaughn, User Support for the Southeast and South Atlantic Blueprints\n\nFrom face masks to flooding, 2020 has changed our ideas of what is normal for many coastal communities.\n').outline.byline, 'Louise Vaughn, User Support for the Southeast and South Atlantic Blueprints')
  assert.deepEqual(splitSentences('The recording they make is called a seismogram. (figure 4) The seismograph has a base that sets firmly in the ground.'), ['The recording they make is called a seismogram.', '(figure 4)', 'The seismograph has a base that sets firmly in the ground.'])
  assert.equal(bullet('Sales rose sharply (see Table 2) in the spring of that year across the whole region and the rest of the country.'), 'Sales rose sharply in the spring of that year')
  assert.ok(isSignpost('See P&S Wave inset.'))
  // Jack Cushman (Harvard Library Innovation Lab, CC BY-SA 3.0), a talk's transcript: "Thank you so much" had been a bullet.
  assert.ok(isSignpost('Thank you so much.'))
  assert.ok(!isSignpost('Thank you notes are rare.'))
  // Office of Natural Resources Revenue (public domain): "For more detail on the leasing process…, see:" and its statutes
  // had been two slides.
  const markdown = ['# Natural resources', '', '## Ownership', '', 'A tribe or individual cannot develop their natural resources without the federal government’s approval. New types of legal agreements for extraction have given greater control to tribes.', '', 'For more detail on the leasing process for tribes, see:', '', '- The Indian Mineral Development Act (25 U.S. Code § 2102)', '- The regulations at 25 CFR Part 225', ''].join('\n')
  const { html } = await renderDeck(markdown, { path: 'talk.md', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(faces, /25 CFR Part 225|For more detail/)
  assert.match(html, /25 CFR Part 225/)
})

test('should not show a bullet that opens on "This X…" when nothing on the slide names X, if a sentence that does not point is nearly as strong', () => {
  // Fabien Maussion (MIT): "This inventory does not include glaciers smaller than 0.01 km²" had stood alone on its slide;
  // two blind readers of set 45 counted such bullets ("This inventory", "The official documents") as pointing at nothing.
  const paragraphs = [[
    'Constant refactoring is central to the goals of any organization that produces software.',
    'This lesson is similar to the idea of refactoring code.',
    'Teams that refactor often ship features faster and with fewer defects.',
    'Refactoring keeps a codebase readable for the people who join a project later.'
  ]]
  const shown = selectSentences(scoreSentences(paragraphs, { heading: 'Keep improving', title: 'Agile habits' }), 2).map((candidate) => candidate.bullet!.text)
  assert.ok(!shown.some((text) => /^This lesson/.test(text)), shown.join(' | '))
  // (Unless the heading names it: "This vaccine…" under "The vaccine".)
  const vaccine = [['This vaccine protects from diphtheria, tetanus and whooping cough.', 'Some parents delay the second dose by several months.', 'Clinics record every dose in a national register.']]
  assert.ok(scoreSentences(vaccine, { heading: 'The vaccine', title: 'Childhood vaccination' })[0]!.anchors?.has('vaccine'))
})

test('should read a blog post’s layout markup: an HTML heading is a section, markup indented inside a <div> is no listing of code', async () => {
  // Derek Eder, "10 lessons from organizing Chi Hack Night" (MIT): the lessons had been one "Introduction" of seven slides.
  const markdown = [
    '---', 'title: 10 lessons from organizing Chi Hack Night', '---', '',
    'The Chi Hack Night, Chicago’s weekly event to build, share and learn about civic tech, has been going for 3 ½ years.', '',
    "<h2 id='what-happens-at-chi-hack-night'>What happens at Chi Hack Night?</h2>", '',
    'Chi Hack Night starts every Tuesday at 6pm. We meet in the Braintree office on the 8th floor of the Merchandise Mart in downtown Chicago.', '',
    "<div class='row'>", "    <div class='col-sm-6'>", '',
    '        <p>Because we’re meeting during the dinner hour, food is always provided, usually pizza or empanadas.</p>', '',
    '    </div>', '</div>', '',
    "<h3 id='meet-every-week'>1. Meet at the same time and place every week</h3>", '',
    'Meeting every week at the same place meant people could start incorporating it into their schedules. It enabled us to build up a community.', ''
  ].join('\n')
  const { html } = await renderDeck(markdown, { path: 'post.md', overrides: { condense: true } })
  assert.match(html, /<h2>What happens at Chi Hack Night\?<\/h2>/)
  assert.doesNotMatch(html, /<pre><code>[^<]*&#x3C;p>/)
  assert.doesNotMatch(html, /<code>\s*&lt;p&gt;/)
})

test('should read set 48’s copied pages: a contents list names the sections, a chart’s caption under it is no section, footnotes with links back stay off the faces', () => {
  // Derek Eder, "Electrifying Our Old Oak Park Home #4: One Year In" (MIT), as copied: two entries of its contents had
  // been a slide, and a chart's caption a section of its own.
  const text = [
    'Electrifying Our Old Oak Park Home #4: One Year In', 'Published on Jun 29, 2024', '', 'Photos from Concerned about climate change, more Chicagoans are buying all-electric home heating systems, Chicago Tribune, Jan 24, 2024. Photos by John J. Kim / Chicago Tribune', '',
    'The short answer is: we are saving about $1,800 / year in utilities. Depending on where energy prices go in the next 20 years, we’ll recoup this cost between 10 and 15 years.', '',
    'Table of contents', '', '• $1,600 in utility savings for our first year', '• Calculating the payback period', '• Scenario 1: Assume energy prices stay stable', '• Questions? Ask a Climate Coach!', '',
    '$1,600 in utility savings for our first year', '', 'I calculated the utility savings based on the costs of our electricity and natural gas usage of the year before we started this process.', '',
    'Calculating the payback period', '', 'From my previous post on electrification, the total cost, including rebates and tax credits was $46,202.', '',
    'Scenario 1: Assume energy prices stay stable', '', 'The US Energy Information Agency collects and analyzes data as it pertains to energy and the economy.', '',
    'Cumulative savings per year assuming stable energy prices', '', 'Questions? Ask a Climate Coach!', '', 'I hope these blog posts have been helpful, and I have set up a Climate Coaching service in Oak Park.', ''
  ].join('\n')
  const { tree, outline } = recogniseText(text)
  assert.equal(outline.subtitle, undefined)
  const sections = tree.children.filter((node) => node.type === 'heading').map((node) => [(node as { depth: number }).depth, toString(node)])
  assert.deepEqual(sections.slice(1), [[2, '$1,600 in utility savings for our first year'], [2, 'Calculating the payback period'], [2, 'Scenario 1: Assume energy prices stay stable'], [3, 'Cumulative savings per year assuming stable energy prices'], [2, 'Questions? Ask a Climate Coach!']])
  // Andrew Schechtman-Rook, "Political Polling Part 3" (MIT): notes copied with their links back had been two slides.
  const notes = recogniseText('Polling\n\nFortunately, turnout is a systematic error that is relatively easy to control for. The simplest way is to just ask respondents how likely they are to vote, and then weight each response.\n\n1. For instance, in 2016 candidate preference was unexpectedly correlated with education. ↩\n2. At least, easiest in my opinion. ↩\n').tree
  assert.ok(!notes.children.some((node) => node.type === 'list'))
  assert.ok(notes.children.filter((node) => node.type === 'paragraph' && node.data?.footnote).length === 2)
})

test('should read set 49: "More than 20,000 volunteers…" is a subject, "But so is…" leans, a short list of words is never cut, an annotated image’s caption is no bullet', () => {
  // CitizenScience.gov, "Cyclone Center" (public domain): the project's headline figure had no bullet.
  assert.equal(bullet('More than 20,000 volunteers have classified over 450,000 images of cyclones, giving scientists a better picture of historical storms and their relative strengths.'), 'More than 20,000 volunteers have classified over 450,000 images of cyclones')
  assert.ok(!isStatement(tagSentence('Faster than ever')))
  assert.ok(isSignpost('An annotated image of a hurricane, describing the different features that might be seen in a hurricane.'))
  // Andy Jackson, "Grasping a Petabyte" (CC BY 3.0): "Is building systems of care capable of…" and "…between size and coverage".
  const so = 'But so is building systems of care capable of seeking a balance between credible long-term risks and short-term pressures.'
  assert.ok(isVague(tagSentence(so), so))
  assert.doesNotMatch(bullet('We were always trying to strike a balance between size, coverage, depth, quality and frequency.') ?? '', /size and coverage$/)
})

test('should keep the turn after a dash, and a quotation of one sentence a slide holds whole', async () => {
  // Mark McKerracher, "Origins of British Agriculture" (CC BY-SA 4.0): the bullet had said the opposite of the writer.
  assert.match(bullet('I like period divisions as much as the next archaeologist – but we shouldn’t let them get the upper hand!') ?? '', /but we shouldn’t let them get the upper hand/)
  const markdown = ['# Origins', '', '## Period divisions', '', 'Perhaps my favourite conclusion is this one, from the last page of the paper:', '', '>…the paper demonstrates the limitations of using traditional period divisions and highlights the need to escape the tyranny of the ‘Neolithic’ label, and its assumption of unchanging village farmers.', ''].join('\n')
  const { html } = await renderDeck(markdown, { path: 'talk.md', overrides: { condense: true } })
  assert.match(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /escape the tyranny of the ‘Neolithic’ label/)
})

test('should show no handle of a few letters as the author, and a blog’s author key as a name', async () => {
  // Mark McKerracher (CC BY-SA 4.0) and Andy Jackson (CC BY 3.0) are "mm" and "anj" in their posts' front matter; Jason
  // Lally (DataSF, MIT) is "jason_lally".
  const byline = async (author: string): Promise<string> => (await renderDeck(`---\ntitle: A talk\nauthor: ${author}\n---\n\n# A talk\n\nSome words of prose that make a paragraph here.\n`, { path: 'talk.md' })).html
  assert.doesNotMatch(await byline('mm'), /class="author"/)
  assert.match(await byline('jason_lally'), /class="author">Jason Lally</)
  assert.match(await byline('Derek Eder'), /class="author">Derek Eder</)
})

test('should read lettered items under a numbered one as its sub-list, and a list that starts again at 1 as a list of its own', () => {
  // Greg Wilson, "Organizing Instruction and Study to Improve Student Learning" (CC BY 4.0), as copied: "5. Use quizzing to
  // promote learning. a. Use pre-questions…" had been one item, and a slide ended on "learning. a".
  const text = [
    'Organizing Instruction and Study', '', 'Back in 2007, the US Department of Education published a 60-page report. It is a great resource with seven specific recommendations.', '',
    'The recommendations themselves are:', '',
    '4. Connect and integrate abstract and concrete representations of concepts.', '5. Use quizzing to promote learning.', 'a. Use pre-questions to introduce a new topic. (minimal)', 'b. Use quizzes to re-expose students to key content (strong)', '6. Help students allocate study time efficiently.', '',
    'So how well do we implement these ideas? More specifically:', '',
    '1. What things are we doing already?', '2. Why aren\'t we doing the things we\'re not?', '', '1. Space learning over time. No. Students are dipping into the material when and as they want.', ''
  ].join('\n')
  const lists = recogniseText(text).tree.children.filter((node) => node.type === 'list') as import('mdast').List[]
  assert.equal(lists.length, 3)
  assert.deepEqual(lists[0]!.children.map((item) => toString(item.children[0]!)), ['Connect and integrate abstract and concrete representations of concepts.', 'Use quizzing to promote learning.', 'Help students allocate study time efficiently.'])
  assert.equal((lists[0]!.children[1]!.children[1] as import('mdast').List).children.length, 2)
  assert.equal(toString(lists[2]!.children[0]!.children[0]!).slice(0, 26), 'Space learning over time. ')
})

test('should close bold text whose closing asterisks come after a non-breaking space', async () => {
  // Jason Lally, "Something special happened on the way to adopting drains" (DataSF, MIT): "**Open data" had shown with
  // its asterisks on the slide.
  assert.equal(normalizeSource('1. **Open data.&nbsp;**Public Works and DataSF worked together.'), '1. **Open data.**&nbsp;Public Works and DataSF worked together.')
  assert.equal(normalizeSource('```\n**a&nbsp;**b\n```'), '```\n**a&nbsp;**b\n```')
  const { html } = await renderDeck('# Drains\n\n## How\n\n1. **Open data.&nbsp;**Public Works and DataSF worked together to produce a drains dataset.\n2. **Volunteers.&nbsp;**Code for San Francisco volunteers loaded the drain locations.\n', { path: 'talk.md' })
  assert.doesNotMatch(html, /\*\*/)
  assert.match(html, /<strong>Open data\.<\/strong>/)
})

test('should read "…at most", "…and beyond" as complete, and drop a trailing "because" clause after a subject that names its thing', () => {
  // Sentences speaker-coaches chose that had no bullet (`test/fixtures/selection`): Carl Lerche, "Reducing tail latencies
  // with automatic cooperative task yielding" (Tokio, MIT); Kris Shaffer, "Form in pop/rock music" (Open Music Theory,
  // CC BY-SA 4.0); the Open Science Training Handbook (CC0), reworded for the "because" clause.
  assert.ok(isStatement(tagSentence('In Rust, asynchronous task schedulers are designed to schedule tasks that should run in the order of microseconds to tens of milliseconds at most')))
  assert.equal(bullet('Strophic form is more common in early rock-and-roll (1950s–1960s) than in the 1970s and beyond.'), 'Strophic form is more common in early rock-and-roll (1950s–1960s) than in the 1970s and beyond')
  for (const fragment of ['We looked at the docs for', 'We have the most']) assert.ok(!isStatement(tagSentence(fragment)), fragment)
  assert.equal(bullet('This model is commonly known as the hybrid model because readers can find open access and paywalled contributions in the same issue of a journal.'), 'This model is commonly known as the hybrid model')
  assert.match(bullet('This is important for security because attackers can read the memory of other processes on the same machine.') ?? '', /because attackers/)
})

test('should read more complete statements the coaches chose: a participle that is the verb, a relative clause’s verb read as a noun, "expect it to", "come back down"', () => {
  // From `test/fixtures/selection`: Andrew Heiss, "Libya, obsolete paradigms, and Rip Van Winkle" (CC BY 4.0); Laura
  // Larrimore (USPTO), "10 ways to recognize employees at work" (public domain); Jessie Young, "5 lessons in
  // object-oriented design from Sandi Metz" (18F, public domain); Alex Chan, "Mountaintop moments" (CC BY 4.0).
  for (const sentence of [
    'Her talk focused on the role of traditional social studies disciplines in the study of the Middle East',
    'Events that feature several modes of appreciation make your efforts more likely to resonate with a diverse workforce',
    "Sandi's methods all depend on having a test suite that tells you if your code is working as you expect it to",
    'The point of the mountaintop is that we come back down',
    'Our team developed a new tool',
    // (Leah Wasser, "Hello, Spatio-temporal Data Carpentry" (CC BY 4.0): a verb after a one-letter name, read as a noun.)
    'R forces a user to understand these concepts on at least a basic level'
  ]) assert.ok(isStatement(tagSentence(sentence)), sentence)
  for (const fragment of ['Networks based on non-cellular technologies', 'Our findings based on the survey', 'The tools mentioned above', 'We ran out of', 'Photo credits by John']) assert.ok(!isStatement(tagSentence(fragment)), fragment)
})

test('should read a caption with its credit in brackets, and a "courtesy of" line, as no section, subtitle or bullet', () => {
  // Bill O'Brian and Roy Hewitt, "National Wildlife Refuges Along the Trail of Tears" (USFWS, public domain), as copied:
  // ten photo credits had been section dividers, and the artist's credit the subtitle.
  const text = [
    'National Wildlife Refuges Along the Trail of Tears', '', "Artist's rendition courtesy of the National Park Service", '',
    'In the 1830s, the U.S. government forced tens of thousands of Cherokee, Choctaw, Chickasaw, Seminole and Muskogee tribespeople to move hundreds of miles west from their ancestral homes.', '',
    'Wheeler National Wildlife Refuge, Alabama. (Photo: George Lee)', '', 'Wheeler National Wildlife Refuge', '',
    'In June 1838, along the Tennessee River in northern Alabama, two groups of migrating Cherokees totaling about 1,500 people camped along the river.', '',
    'Holla Bend National Wildlife Refuge, Arkansas. (Photos: Tim Carr and USFWS)', '', 'Holla Bend National Wildlife Refuge', '',
    'The refuge’s wildlife observation tower overlooks the oxbow, through which the Trail of Tears passed.', ''
  ].join('\n')
  const { tree, outline } = recogniseText(text)
  assert.equal(outline.subtitle, undefined)
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['Wheeler National Wildlife Refuge', 'Holla Bend National Wildlife Refuge'])
  assert.ok(tree.children.some((node) => node.type === 'paragraph' && node.data?.footnote && /Photo: George Lee/.test(toString(node))))
})

test('should drop a long list of names the subject comes from, read an HTML picture as a picture, and fold an empty opening', async () => {
  // Glen Thurston, "Renting a Property" (NZ Service Innovation Lab, CC0): the research summary's one sentence had no bullet.
  assert.equal(bullet('In May 2018, a small team from the Ministry of Business, Innovation and Employment (MBIE), Housing New Zealand (HNZ) and the Service Innovation Lab from the Department of Internal Affairs (DIA), ran a five week discovery that explored landlord-tenant relationships.'), 'In May 2018, a small team ran a five week discovery that explored landlord-tenant relationships')
  // (Not a phrase with a verb of its own: "An individual from an internal GSA team reviewing the course contacted…".)
  assert.match(bullet('An individual from an internal GSA team reviewing the course contacted the developer, suggesting that creating a fully accessible course with Articulate Rise was impossible.') ?? '', /^An individual from an internal GSA team/)
  assert.deepEqual(htmlPicture({ type: 'html', value: '<img\n  src="./timeline.png"\n  width="3304"\n  className="width-full height-auto"\n  alt="Timeline of GCN history"\n/>' }), { type: 'paragraph', children: [{ type: 'image', url: './timeline.png', alt: 'Timeline of GCN history', title: null, position: undefined }], position: undefined })
  // NASA's GCN team, "History of GCN" (Apache-2.0): an "Introduction" of nothing but a picture the deck cannot show had
  // been an empty slide.
  const markdown = ['# History of GCN', '', '<img', '  src="./timeline.png"', '  alt="Timeline of GCN history"', '/>', '', 'The development of GCN began in 1992 as an innovative solution to a major hardware failure aboard the Compton Gamma-ray Observatory. To save the observatory, NASA arranged for continuous, real-time transmission of the science data.', '', '## BACODINE', '', 'Dr. Scott Barthelmy went on to launch the BAtse COordinates DIstribution NEtwork system in 1993.', ''].join('\n')
  const { html } = await renderDeck(markdown, { path: '/nowhere/gcn.md', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').split('<section').slice(2)
  assert.ok(faces.every((face) => /<li>|<p>|<img/.test(face.replace(/<h2[\s\S]*?<\/h2>/, ''))), 'no slide shows its heading alone')
})

test('should title a later page of a long section under a long heading by its own phrase', () => {
  // Steven Vance for Transitland, "Morgantown PRT…" (CC BY-SA 4.0): five pages had been "Experimental transit from the
  // 1970s is still running (cont.)".
  const heading: import('mdast').Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Experimental transit from the 1970s is still running' }] }
  assert.equal(toString(continuation(heading, [], 'GTFS feed', 3)), 'GTFS feed')
  assert.equal(toString(continuation(heading, [], undefined, 3)), 'Experimental transit from the 1970s is still running (cont.)')
  // (A section of two pages keeps "(cont.)": its second page goes on from the first.)
  assert.equal(toString(continuation(heading, [], 'GTFS feed', 2)), 'Experimental transit from the 1970s is still running (cont.)')
})

test('should centre the talk’s closing line on its slide, and leave other statements where they are', () => {
  // A blind reader of set 49 found "In closing" over one sentence, at the top of an empty slide, twice: "set the line as a
  // large, centred statement".
  const slide = (className: string): import('../../src/types.js').Slide => ({ type: 'slide', data: { attributes: { class: className } }, children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'In closing' }] }, { type: 'list', spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Our system will pay for itself before we need to replace our equipment' }] }] }] }] })
  const closing = slide('closing-line')
  applyLayout(closing, { layout: 'statement' })
  assert.match(closing.data?.attributes?.class ?? '', /\bcenter\b/)
  const other = slide('')
  applyLayout(other, { layout: 'statement' })
  assert.doesNotMatch(other.data?.attributes?.class ?? '', /\bcenter\b/)
})
