/**
 * What the fifteenth session (4 December 2026) found reading held-out decks
 * (set 64) as their speaker. Each case is the text as published (source,
 * author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ListItem } from 'mdast'
import { compressSentence } from '../../src/article/compress.js'
import { firstFigure } from '../../src/article/key-figures.js'
import { withoutSeriesEnds } from '../../src/article/item-endings.js'
import { toString } from '../../src/article/visible-text.js'
import { writtenBy } from '../../src/text/byline.js'
import { recogniseText } from '../../src/text/index.js'
import { renderDeck } from '../../src/index.js'
import { titleFromPath } from '../../src/markdown/title-slide.js'
import { settleConfig } from '../../src/markdown/config.js'
import { continuesSeries, selectSentences } from '../../src/article/select.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { splitSentences } from '../../src/article/sentences.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { tagSentence } from '../../src/article/nlp.js'
import { slideFaces } from '../helpers.js'

const compressed = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text


// "To seek another's profit", Kenneth S. Reyes (Two Points Make a Line, 9 April 2025; CC BY 4.0).
const reyes = 'There was initially some debate over whether to retain the Islands, but President William McKinley, who couldn’t locate them on a map, ultimately pushed for their acquisition from Spain for what today amounts to $760 million.'

test('a relative clause between a subject and its verb goes, past an adverb; the predicate stays', () => {
  assert.equal(compressed(reyes), 'President William McKinley ultimately pushed for their acquisition from Spain for what today amounts to $760 million')
  // (Never "…, but President William McKinley", the subject without its verb.)
  assert.doesNotMatch(compressed(reyes) ?? '', /McKinley$/)
  // The same essay: "the two" stands for what was named before; the phrase after it is what the verb does.
  assert.doesNotMatch(compressed('Thus, the 1909 Payne–Aldrich Tariff Act, while abolishing trade barriers between the U.S. and the Philippines, enclosed the two within the same prohibitive walls.') ?? '', /enclosed the two$/)
})

test('a gerund with its verb is a subject, not a fronted phrase; an adjective with its "to" opens no clause', () => {
  // "Chapter 6. Humanizing Augmented Reality with Lumin", Megan DiRienzo, Andrea Montiel de Shuman and Alicia Viera
  // (Humanizing the Digital, Ad Hoc Museum Collective, 2019; CC BY 4.0).
  const respecting = 'Respecting human behavior is key to creating an effortless experience, so we stripped away complex gaming elements, aligned digital objects within obvious sightlines, and carefully sized and placed digital objects in ways that did not require moving closer to appreciate details.'
  assert.doesNotMatch(compressed(respecting) ?? '', /^So we/)
  const kilga = 'Placing a virtual kilga, complete with a functional jar and the sound of water drops, next to the real kilgas brought the purification system to life, connecting visitors with the universal need for cool, clean water (Figure 4).'
  assert.doesNotMatch(compressed(kilga) ?? '', /^Next to/)
  // A preposition written as a participle still opens a fronted phrase; a quantity still opens a subject.
  assert.equal(compressed('According to recent research published in Nature, sand is being extracted at record rates from the delta.'), 'Sand is being extracted at record rates from the delta')
  assert.equal(compressed('Yet as of 2016, less than one percent of bombs had been disposed.'), 'As of 2016, less than one percent of bombs had been disposed')
})

test('a chapter\'s number and its authors\' names one a line make the title slide; a lost figure\'s caption goes to the notes', async () => {
  const text = 'Chapter 6. Humanizing Augmented Reality with Lumin\n\nMegan DiRienzo\nAndrea Montiel de Shuman\nAlicia Viera\n\nArt museums are packed with objects that connect us to the creativity of human beings from around the globe and throughout time. The three-year project put the visitor first, including evaluation at every development phase.\n\nFigure 1\nVisitors use Lumin–an app on a held hand device–to view digital objects in AR.\n\nThe Potential of AR\n\nAR allows us to place digital objects over real objects, or anywhere around us. The ability to insert digital artworks and live dinosaurs into the museum is enticing.\n\nRe-learning Human Behavior\n\nThe first evaluation report completed in the spring of 2017 revealed that AR required visitors to use handheld devices in unfamiliar ways. Visitors were pinching and zooming expecting an up-close view of an AR object.\n'
  const { outline } = recogniseText(text)
  assert.equal(outline.title, 'Humanizing Augmented Reality with Lumin')
  assert.equal(outline.byline, 'Megan DiRienzo, Andrea Montiel de Shuman, Alicia Viera')
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['The Potential of AR', 'Re-learning Human Behavior'])
  const { html } = await renderDeck(text, { path: 'lumin.txt', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /Figure 1|Visitors use Lumin/)
  assert.match(html, /<aside class="notes">[\s\S]*Figure 1\. Visitors use Lumin/)
})

test('a copied notebook page: its categories, its "Published" label and its code buttons are no slides', () => {
  const text = 'To seek another’s profit\n\nOne hundred years ago, the U.S. granted the Philippines access to its highly protected markets. What seemed like a sweet deal came with a cost\n\nD3/OJS\n\nPublished\nApril 9, 2025\n\nThe bulk of President Donald Trump’s Liberation Day tariffs took effect today. As countries consider retaliation, the global trade order hangs in the balance.\n\nLittle brown brothers\n\nNearly everything about the occupation was an accident. The Philippine Islands held no strategic, economic, or cultural significance for the United States.\n\nCode\nBenevolent assimilation\nThe United States and the Philippines\n\nIt was Taft’s belief that the best way to spur economic development in the Philippines was through mutual free trade with the United States.\n\nAftermath\n\nBy the 1930s, the share of the U.S. in Philippine exports reached 80%.\n\nCode\nPurchasing power\n\nTariff policy can be thought of as a way of keeping some products out while letting others in.\n'
  const { outline } = recogniseText(text)
  assert.equal(outline.date, 'April 9, 2025')
  assert.equal(outline.byline, undefined)
  assert.ok(!outline.headings.some((heading) => /^(?:Code|D3\/OJS|Published)$/.test(heading.text)))
  // (A single "Code" heading is a section like any other.)
  assert.ok(recogniseText('A Guide\n\nThe first paragraph says what the guide is about and why it matters to readers.\n\nCode\n\nThe code lives in one repository that anyone can read and change.\n').outline.headings.some((heading) => heading.text === 'Code'))
})

test('the writers a post names in its first sentence stand for a site\'s handle or a collective author', async () => {
  // "Opening Israel's Budget", Aviv Sharon and Adam Kariv (OpenSpending community blog, 2013; MIT).
  assert.deepEqual(writtenBy('This is a guest post by Aviv Sharon and Adam Kariv from The Public Knowledge Workshop based in Israel.'), { names: 'Aviv Sharon and Adam Kariv', role: undefined, whole: false })
  // "Anti-Unionism in the Coeur d'Alene Mining Industry", Kacie Kay (University of Idaho Library, 2026; MIT).
  assert.deepEqual(writtenBy('Post written by Kacie Kay, Special Collections Intern'), { names: 'Kacie Kay', role: 'Special Collections Intern', whole: true })
  assert.equal(writtenBy('This post was written by the team at X.'), undefined)
  assert.equal(writtenBy('By 2030 emissions fall by half.'), undefined)
  const markdown = '---\ntitle: Anti-Unionism in the Coeur d\'Alene Mining Industry\nauthor: Special Collections Contributors\n---\nPost written by Kacie Kay, Special Collections Intern\n\nIn the early 20th century, the United States was in a period of change. Industry was booming while laborers struggled.\n\n## Owners Associations\n\nMine workers within the district started independent unions, like the Miners Union of the Coeur d\'Alenes in 1891.\n'
  const { html } = await renderDeck(markdown, { path: 'moa.md', overrides: { condense: true } })
  assert.match(html, /Kacie Kay, Special Collections Intern/)
  assert.doesNotMatch(slideFaces(html), /Special Collections Contributors/)
  // (An author named in the front matter stays when the body only says "written by".)
  const own = await renderDeck(markdown.replace('Special Collections Contributors', 'Jane Doe'), { path: 'moa.md', overrides: { condense: true } })
  assert.match(own.html, /Jane Doe/)
})

test('an item\'s number is no figure, nor a saying\'s; a sentence written as a list loses its commas on the face', () => {
  // "Opening Israel's Budget" (MIT, as above).
  assert.equal(firstFigure('The Ministry of Education (Item 20) had changed responsibilities'), undefined)
  assert.equal(firstFigure('In this case, an animation is worth 1000 words'), undefined)
  assert.equal(firstFigure('We planted 1000 trees'), '1000')
  // "How Wildfires Threaten U.S. Water Supplies" (USGS, public domain): a map's filter, "(Importance >= 50)", had been a big number.
  assert.equal(firstFigure('Important water supply watersheds, based on surface water supply generated and withdrawn (Importance >= 50)'), undefined)
  const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }, { type: 'html', value: '<br>' }] }] })
  const items = ['unify related budgetary items,', 'analyze them together,', 'compare spending between different items, or between budgetary items and other data sets', 'publicly annotate budgetary items.'].map(item)
  assert.deepEqual(withoutSeriesEnds(items)?.map((each) => toString(each)), ['unify related budgetary items', 'analyze them together', 'compare spending between different items, or between budgetary items and other data sets', 'publicly annotate budgetary items'])
  assert.equal(toString(items[0]!), 'unify related budgetary items,')
  assert.equal(withoutSeriesEnds(['Plan the work.', 'Work the plan.', 'Check, and adjust.'].map(item)), undefined)
})

test('a "###" section before the "##" sections is a section of its own, after the opening and before the agenda', async () => {
  // "Helping Baltimore Volunteers Find Where to Help", Federal Data Strategy (strategy.data.gov, 2019; public domain).
  const section = (title: string): string => `## ${title}\n\nThe team looked at the data from the city and the census to find where the work was needed most.\n\n`
  const markdown = `---\ntitle: Helping Baltimore Volunteers Find Where to Help\n---\nThe City of Baltimore features great community spaces, but it suffers from a litter problem.\n\n### Optimizing volunteerism\n\nOne Saturday afternoon, Peter met up with a group of other civic-minded Baltimore residents to clean the litter in a park.\n\n${['Where are the volunteers?', 'An indicator of litter risk', 'Keep it simple', 'What is next'].map(section).join('')}`
  const { html } = await renderDeck(markdown, { path: 'devopl.md', overrides: { condense: true } })
  const titles = [...slideFaces(html).matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1])
  assert.ok(titles.indexOf('Agenda') < titles.indexOf('Optimizing volunteerism'), titles.join(' | '))
  assert.match(slideFaces(html), /<li>Optimizing volunteerism<\/li>/)
})

test('the heads of a copied list of advice are its bullets\' labels again', () => {
  // "Chapter 6. Humanizing Augmented Reality with Lumin" (CC BY 4.0, as above).
  const text = 'Humanizing Augmented Reality with Lumin\n\nArt museums are packed with objects that connect us to the creativity of human beings from around the globe and throughout time.\n\nKey Insights:\n\nPlan for sustainability. As technology and tools evolve by the day, it is important to evaluate the opportunities and limitations of what is available at hand.\n\nAcknowledge that AR is exhausting. Figuring out how to engage with a digital object that behaves as a real object is foreign and demands extra effort.\n\nYou might not need AR. Resist the temptation to invest in assuming that innovation requires the latest, flashiest technology.\n'
  const { tree } = recogniseText(text)
  const heads = tree.children.flatMap((node) => (node.type === 'paragraph' && node.children[0]?.type === 'strong' ? [toString(node.children[0])] : []))
  assert.deepEqual(heads, ['Plan for sustainability.', 'Acknowledge that AR is exhausting.', 'You might not need AR.'])
  // (Under any other heading, short opening sentences are prose: "The theory of chemotherapy was simple.")
  const essay = recogniseText(text.replace('Key Insights:', 'The Story'))
  assert.ok(!essay.tree.children.some((node) => node.type === 'paragraph' && node.children[0]?.type === 'strong'))
})

test('a headingless article\'s later page about the same topic, singular or plural, continues it', async () => {
  // "Anti-Unionism in the Coeur d'Alene Mining Industry", Kacie Kay (MIT, as above): "Owners Associations", then
  // "Owners Association", then "Owners Association Papers" had titled three pages in a row.
  const { sameTopic } = await import('../../src/article/remark-condense.js')
  assert.equal(sameTopic('Owners Association', 'Owners Associations (cont.)'), true)
  assert.equal(sameTopic('Owners Association Papers', 'Owners Associations (cont.)'), false)
})

test('a title ending in an abbreviation, a chart\'s legend copied without it, and an article with no title at all', async () => {
  // "Water bottling across the U.S.", USGS Vizlab (public domain): the title had been "Untitled", and the map's legend
  // ("Self-supply", "Combination", "Public supply") two empty numbered dividers and an agenda entry.
  const text = 'Water bottling across the U.S.\n\nThere are many types of beverage-bottling facilities, and what they have in common is that they all use water to make their products.\n\nWhere are bottling facilities sourcing their water?\n\nMost bottled water facilities source their water from public supply nationwide. However, at a county by county level water source varies.\n\nSelf-supply\n\nCombination\n\nPublic supply\n\nMost facilities that we do have water use data for are bottled water facilities, and most of them use public supply.\n\nWhat comes next?\n\nThese estimates are a big step forward in understanding how much water bottled water facilities are using.\n'
  const { outline } = recogniseText(text)
  assert.equal(outline.title, 'Water bottling across the U.S.')
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['Where are bottling facilities sourcing their water?', 'What comes next?'])
  // (A name over its details is a heading still: "Contact Information" / "Kenneth Knapp" / "Email: …".)
  const contact = recogniseText('Cyclone Center\n\nThe project asks volunteers to classify satellite images of tropical cyclones to estimate their intensity.\n\nLearn More\n\nContact Information\n\nKenneth Knapp\nEmail: ken.knapp@noaa.gov\n')
  assert.ok(contact.outline.headings.some((heading) => heading.text === 'Contact Information'))
  // "Open Science", Konrad Hinsen (CC BY-SA 4.0): a note with no title line is titled by its file's name.
  const markdown = 'As the ongoing public debates about global challenges have shown, people are losing trust in science.\n\nThe Open Science movement is a reaction to this development, aiming for more trustworthy processes at all levels.\n'
  const { html } = await renderDeck(markdown, { path: 'notes/04-open-science.md', overrides: { condense: true } })
  assert.match(html, /<h1[^>]*>Open science<\/h1>/)
  assert.equal(titleFromPath('2019-04-26-helping-baltimore-volunteers.md'), 'Helping baltimore volunteers')
  assert.equal(titleFromPath('index.md'), undefined)
})

test('a counted series stays whole; a catalogue\'s numbers are neither a sentence end nor a figure; "In others," stays', () => {
  // "Open Science", Konrad Hinsen (CC BY-SA 4.0): level 2 of three had never been stated.
  const paragraphs = [
    ['As the ongoing public debates about global challenges have shown, people are losing trust in science.', 'In part this is due to societal changes that extend far beyond science.'],
    ['So far, Open Science consists of three levels of changes.', 'The first level is Open Access: anyone should be able to consult the original publications.'],
    ['The second level is the publication of the datasets and software that underly most of today\'s scientific research.', 'In the era of ubiquitous computer-aided research, a paper is only an advertisement.'],
    ['The third level of Open Science is about laying open the decision procedures in scientific research.', 'Which topics get explored, and by whom?']
  ]
  const chosen = selectSentences(scoreSentences(paragraphs, {}), 4).map((candidate) => candidate.bullet!.text)
  const levels = chosen.filter((text) => /^The (?:first|second|third) level/.test(text))
  assert.equal(levels.length, 3, chosen.join(' | '))
  assert.equal(continuesSeries('The second level is the publication of the datasets.'), true)
  assert.equal(continuesSeries('The second is an ever decreasing term of employment.'), false)
  // "Introduction", Roman Mosaics in the J. Paul Getty Museum, Christine Kondoleon (CC BY 4.0).
  assert.equal(splitSentences('The museum holds a group of fragments (cat. 8, 9–19) whose style belongs to an eastern workshop. It is late.').length, 2)
  assert.equal(firstFigure('The museum holds a group of fragments (cat. 8, 9–19) whose style belongs to an eastern workshop'), undefined)
  // "Water bottling across the U.S." (public domain, as above).
  assert.equal(compressed('In others, the majority of bottled water facilities use a single source of self-supply water.'), 'In others, the majority of bottled water facilities use a single source of self-supply water')
  assert.equal(compressed('In many places, human settlements are small, sparse, and difficult to see unless you zoom in closely.'), 'Human settlements are small, sparse, and difficult to see unless you zoom in closely')
})

test('a "that" clause cut from the sentence before is no statement; an inventory number ends no sentence; "in contact" keeps "with"', () => {
  // "Modelling the effects of public health interventions on COVID-19 transmission using R", Tim Churches (CC BY-SA 4.0).
  assert.equal(isStatement(tagSentence('That both measures used together are even more effective')), false)
  assert.equal(isStatement(tagSentence('That approach works well')), true)
  assert.doesNotMatch(compressed('You may live in a city of several million people, but you are unlikely to ever come in contact with all of them.') ?? '', /in contact$/)
  // "A Group of Items from the Campana Collection…", Nadežda P. Gulyaeva (Getty Publications, CC BY 4.0).
  assert.equal(splitSentences('The rims were removed from the second shield (B. 559), and the same was done with the third (inv. no. B. 535). It was later.').length, 2)
})

test('who an author is, and a credit, are for the notes: no bullet, no closing line', async () => {
  // "Opening Israel's Budget" (MIT, as above): the authors' bios had been the last slide's bullets.
  const markdown = '---\ntitle: Opening Israel\'s Budget\n---\nThis is a guest post by Aviv Sharon and Adam Kariv from The Public Knowledge Workshop based in Israel.\n\nThe government\'s true priorities are reflected in the budget, not in its statements. That is what makes budgets interesting to the public.\n\n## Recent changes\n\nThe 2012 budget was made fully available to the public on April 12, 2013. We encourage new volunteers to join the effort.\n\nAviv Sharon is a volunteer at the Israeli non-profit "The Public Knowledge Workshop". He writes materials for the public and plans educational projects.\n'
  const { html } = await renderDeck(markdown, { path: 'budget.md', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /Aviv Sharon (?:is a volunteer|writes)/)
  assert.match(html, /<aside class="notes">[\s\S]*Aviv Sharon is a volunteer/)
  // "Drought of the Sinking Delta", Christina Orieschnig (Parametric Press, MIT): a credit had closed the talk.
  const candidates = scoreSentences([['Right now, there is still a chance to create a sustainable future for the delta.', 'Additional editorial and graphical work done by Florian Kaiselgruber.']], {})
  assert.equal(candidates[1]!.signpost, true)
  assert.equal(candidates[0]!.signpost, false)
})

test('a content collection\'s `name:` is the title when the front matter has no title', () => {
  // "Air Quality and COVID-19", NASA (VEDA dashboard stories, public domain): the deck had had no title slide.
  const problems: string[] = []
  const config = settleConfig({ id: 'air-quality-and-covid-19', name: 'Air Quality and COVID-19', pubDate: '2020-12-01T00:00' }, {}, (problem) => problems.push(problem.key))
  assert.equal(config.title, 'Air Quality and COVID-19')
  assert.deepEqual(problems, [])
  assert.equal(settleConfig({ title: 'Own title', name: 'Other' }, {}, () => undefined).title, 'Own title')
})

test('a page\'s text in a box of raw HTML beside a picture reaches the face, and a bold line of HTML stays with what it labels', async () => {
  // "10 lessons from organizing Chi Hack Night", Derek Eder (Chi Hack Night blog, MIT): the timeline's text had been in
  // the notes, and "6:45pm – Presentation with Q&A" had closed a slide whose text was on the next.
  const entry = (time: string, text: string, picture: string): string => `<p><strong>${time}</strong></p>\n\n<div class='row'>\n    <div class='col-sm-6'>\n\n        <p>${text}</p>\n    </div>\n    <div class='col-sm-6'>\n        <p class='text-center'><img src="/images/blog/${picture}.jpg" alt="${picture}" class='img-thumbnail' /><br />\n\n        <small><em>${picture}</em></small>\n        </p>\n    </div>\n</div>\n\n`
  const markdown = `---\ntitle: 10 lessons from organizing Chi Hack Night\n---\n## What happens at Chi Hack Night?\n\nChi Hack Night starts every Tuesday at 6pm and runs until 10pm in downtown Chicago.\n\n${entry('6:00pm – Socializing and food', 'Food is always provided, usually pizza or empanadas. People talk while they eat, and newcomers meet regulars over dinner before the talks begin in the office on the eighth floor.', 'food')}${entry('6:15pm – Welcome and introductions', 'Everyone in the room introduces themselves to the group.', 'intros')}${entry('6:30pm - Announcements', 'We hold an open floor for civic tech announcements.', 'announcements')}${entry('6:45pm – Presentation with Q&amp;A', 'Every week a feature presentation lasts about 15 minutes.', 'presentation')}`
  const { html } = await renderDeck(markdown, { path: 'chi.md', overrides: { condense: true } })
  assert.match(slideFaces(html), /<li>(?:Food is always provided|People talk while they eat)/)
  for (const slide of slideFaces(html).match(/<section[\s\S]*?<\/section>/g) ?? []) assert.doesNotMatch(slide, /<p><strong>[^<]*<\/strong><\/p>\s*<\/section>$/, slide)
})

test('a closing gallery of captions whose pictures were lost goes to the notes', async () => {
  // "Reflections on my NCAR summer internship…", Emma Marshall (Xarray blog, Apache-2.0): "Pictures" and three captions
  // had been three slides before "Questions?".
  const text = 'Reflections on my NCAR summer internship\n\nEmma Marshall\n\nThis summer I worked with Xarray on satellite data at NCAR, and I learned a great deal about open-source software.\n\nWhat I worked on\n\nI added support for reading satellite swaths into Xarray, which made the data much easier to analyse in the cloud.\n\nConclusion\n\nWorking on an open-source project taught me how a community reviews and improves code together.\n\nPictures\n\nView of NCAR Mesa Lab coming back from a lunchtime walk\n\nSIParCS day trip to the NCAR Wyoming Supercomputing Center\n\nBike ride home from Mesa Lab every evening on my NCAR Blue Bike (NCAR sustainability office bike loan program)\n'
  const { html } = await renderDeck(text, { path: 'ncar.txt', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /Pictures|Mesa Lab|SIParCS/)
  assert.match(html, /<aside class="notes">[\s\S]*View of NCAR Mesa Lab/)
})

test('a fact card\'s figure over its label is one heading; a MyST picture is a picture; a skipped heading level closes up', async () => {
  // "Water Science and Management in the Delaware River Basin", U.S. Geological Survey (public domain): slides had been
  // titled "45", "62" and "92".
  const text = 'Water Science in the Delaware River Basin\n\nThe Delaware River Basin supplies drinking water to more than 13 million people in four states, and its management depends on data.\n\nMonitoring\n\nEach new piece of technology, placed at hundreds of locations, helps paint a clearer picture of local water dynamics.\n\n45\nNew Flow Gages\n\nMeasurements of real-time flow levels are critical to the decision makers of the Basin during late summer.\n\n92\nTemperature\n\nNew temperature sensors were added to 92 locations in the Basin to help manage reservoir releases.\n'
  const { outline } = recogniseText(text)
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['Monitoring', '45 New Flow Gages', '92 Temperature'])
  // "Recap: Unstructured Grid Collaborative Work Time", NCAR's ESDS team (Apache-2.0): the picture's options had been a
  // listing on the face, and "#### Orhan Eroglu (CISL):" a line inside slides all titled "Recap".
  const markdown = '---\ntitle: "Recap: Unstructured Grid Collaborative Work Time"\n---\nESDS hosted our first Collaborative Work Time event on April 17, 2023, on working with unstructured grids.\n\n```{image} images/session.jpg\n:alt: Photo of the work session.\n:width: 70%\n```\n\n## Recap\n\n#### Orhan Eroglu (CISL):\n\nThe UXarray developers had a chance to discuss use cases and get feedback from the community members on UXarray.\n\n#### Falko Judt (MMM):\n\nMostly scientists asked questions to the GeoCAT and UXarray experts, and nobody wrote code because no project was ready.\n'
  const { html } = await renderDeck(markdown, { path: 'recap.md', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /:alt:|:width:/)
  assert.match(slideFaces(html), /<h2[^>]*>Orhan Eroglu \(CISL\):<\/h2>|<h3[^>]*>Orhan Eroglu \(CISL\):<\/h3>/)
  assert.doesNotMatch(slideFaces(html), /<h4/)
})

test('a trailing "when" with a gerund after a noun goes; "That" with a name after it opens no statement', () => {
  // "Designing prepaid card disclosures", Mollie Bates, Elizabeth Bond and Desirée García (CFPB, public domain).
  assert.equal(compressed('We hope that our role in designing these proposed disclosures will ultimately help improve the consumer\'s experience when shopping for a prepaid card.'), 'We hope that our role in designing these proposed disclosures will ultimately help improve the consumer\'s experience')
  assert.equal(isStatement(tagSentence('That Bureau staff identified as important through its market analysis')), false)
  // (A list's item keeps its "when": "…keypad-based interactions, challenges when using apps, impact of…".)
  assert.match(compressed('Our team started using feature phones to familiarize ourselves with keypad-based interactions, challenges when using apps.') ?? '', /when using apps$/)
})

test('"also" before an auxiliary goes, as after one', () => {
  // "Ending Child Labor", Tyrone Grandison (Presidential Innovation Fellows, public domain).
  assert.equal(compressed('We also have brought our flagship reports into the digital age.'), 'We have brought our flagship reports into the digital age')
  assert.equal(compressed('Some maintainers also use the tool every day.'), 'Some maintainers also use the tool every day')
})

test('an interactive story copied as text: its title with an initialism, its chart\'s years and instructions', () => {
  // "How Wildfires Threaten U.S. Water Supplies", USGS Water Resources Mission Area (public domain): the title had not been
  // found, "1984 to 2020" had been a section, and the chart's instructions bullets.
  const text = 'How Wildfires Threaten U.S. Water Supplies\n\nCommunities across the United States rely on clean water flowing from forested watersheds, and wildfires threaten that supply.\n\nArea burned by wildfires in the Western U.S.\n1984 to 2020\nLast update Nov 6, 2020\n\nWildfires pose a growing risk to our Nation’s water supplies\n\nThe year 2020 provided stark evidence that wildfires are changing the landscape of America, with over 8 million acres burned.\n\nClick or hover to view areas burned by wildfire in each year.\nClick the play button to replay the animation.\n\nHow wildfires change watersheds\n\nAfter a fire, rain washes ash and sediment into streams, and reservoirs downstream fill faster than they were built for.\n'
  const { outline } = recogniseText(text)
  assert.equal(outline.title, 'How Wildfires Threaten U.S. Water Supplies')
  assert.ok(!outline.headings.some((heading) => /^1984/.test(heading.text)), outline.headings.map((heading) => heading.text).join(' | '))
  assert.deepEqual(outline.dropped.map((line) => line.reason).sort(), ['navigation', 'navigation', 'update note'])
})

test('an article with no title of its own that opens with a heading over deeper ones opens with its title, its author under it', async () => {
  // "What I learned about working openly after one year on a distributed team", Anupama Jha (Human at a Distance, Open
  // Organization, CC BY-SA 4.0): the deck had been titled by its file's name and repeated the real title on slide 2.
  const section = (title: string): string => `### ${title}\n\nWorking on a distributed team means that most conversations happen in writing, across time zones and cultures.\n\n`
  const markdown = `## What I learned about working openly after one year on a distributed team\nAnupama Jha\n\nI work on a communications team that is part of an organization with an open culture, spread across continents.\n\n${['Facing doubts', 'Communication management', 'Visualize the work', 'Looking forward'].map(section).join('')}`
  const { html } = await renderDeck(markdown, { path: 'one-year-distributed-team.md', overrides: { condense: true } })
  assert.match(html, /<section class="title-slide[^>]*>\s*<h1>What I learned about working openly after one year on a distributed team<\/h1>/)
  assert.match(html, /class="author"[^>]*>Anupama Jha</)
  assert.doesNotMatch(html, /One year distributed team/)
})

test('a closing section of works cited under a heading of its own is a reading list of one slide', async () => {
  // "How Wildfires Threaten U.S. Water Supplies" (USGS, public domain): "Further Research" had filled seven slides.
  const works = ['Ebel, B. A. 2020. Temporal evolution of measured and simulated infiltration following wildfire in the Colorado Front Range, USA: Shifting thresholds of runoff generation and hydrologic hazards. Journal of Hydrology, 585: 124765.', 'Ebel, B. A., Moody, J. A., and Martin, D. A. 2012. Hydrologic conditions controlling runoff generation immediately after wildfire. Water Resources Research, 48, W03529.', 'Martin, D. A. 2016. At the nexus of fire, water and society. Phil. Trans. R. Soc. B. 371: 20150172.', 'Moody, J. A. 2011. An analytical method for predicting post-wildfire peak discharges. US Geological Survey Scientific Investigations Report 2011-5236, 36 p.', 'Murphy, S.F., McCleskey, R.B., Martin, D.A., Holloway, J.M., and Writer, J.W. 2020. Wildfire-driven changes in hydrology mobilize arsenic and metals from legacy mine waste. Science of the Total Environment, 743: 140635.']
  const text = `How Wildfires Threaten U.S. Water Supplies\n\nCommunities across the United States rely on clean water flowing from forested watersheds, and wildfires threaten that supply.\n\nHow wildfires change watersheds\n\nAfter a fire, rain washes ash and sediment into streams, and reservoirs downstream fill faster than they were built for.\n\nFurther Research\n\nThis webpage was based on the papers listed below.\n\n${works.join('\n')}\n`
  const { html } = await renderDeck(text, { path: 'fire.txt', overrides: { condense: true } })
  assert.equal((html.match(/<h2>Further Research/g) ?? []).length, 1)
})

test('a cut never leaves a lead-in\'s subordinate clause alone; the alternative a claim turns down is no big number', () => {
  // "What I learned about working openly…", Anupama Jha (CC BY-SA 4.0, as above).
  assert.doesNotMatch(compressed('One more note here: When you\'re working on a distributed team, there\'s no one sitting next to you to tell you to go home, no signals that the office is closing—so you must be the one who decides when to stop.') ?? '', /distributed team$/)
  assert.equal(firstFigure('I have to make sure I\'m maximizing my seven or eight daily working hours, instead of just aimlessly working more than 12 or 14 every day'), undefined)
})

test('"puts" keeps where it puts, however long its object', () => {
  // "Ending Child Labor", Tyrone Grandison (public domain, as above): the bullet had stopped at "…puts information from our reports".
  assert.doesNotMatch(compressed('Along with the report, we launched Sweat & Toil, a new smartphone app that puts information from our reports on global child labor issues in the palm of your hand.') ?? '', /(?:our reports|labor issues)$/)
})

test('"The examples below highlight…" only announces', async () => {
  // "Chapter 6. Humanizing Augmented Reality with Lumin" (CC BY 4.0, as above).
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.equal(isSignpost('The examples below highlight our three most successful prototype AR experiences.'), true)
  assert.equal(isSignpost('The examples below are from 2020.'), false)
})
