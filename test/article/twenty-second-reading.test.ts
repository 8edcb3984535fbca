/**
 * What the seventeenth session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { test } from 'node:test'
import type { Blockquote } from 'mdast'
import { condenseQuote } from '../../src/article/condense-items.js'
import { compressSentence } from '../../src/article/compress.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { closingLine } from '../../src/article/closing-line.js'
import type { Slide } from '../../src/types.js'
import { turnsRound } from '../../src/article/sentence-score.js'
import { isSignpost } from '../../src/article/signposts.js'
import { toString } from '../../src/article/visible-text.js'
import { renderDeck } from '../../src/index.js'
import { isPictureCredit, isPictureSource } from '../../src/text/credit-lines.js'
import { parseByline, writtenBy } from '../../src/text/byline.js'
import { isCaption } from '../../src/article/block-kinds.js'
import { withoutNoteMarkers } from '../../src/text/note-marks.js'
import { slideFaces } from '../helpers.js'


const compressed = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

const quote = (text: string): Blockquote => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })

test('a quotation keeps the sentence that turns its key sentence round: the turn is the punchline', () => {
  // Coleman McCormick, "Annals of the Former World" (colemanm.org, CC BY 4.0), quoting John McPhee: the face had shown
  // "In six thousand years, you could never grow wings on a reptile" and lost the point, "With sixty million, however…".
  const annals = '"Voyaging on the Beagle, he was enhancing his sense of the slow and repetitive cycles of the earth and the giddying depths of time, with Lyell’s book in his hand and Hutton’s theory in his head. In six thousand years, you could never grow wings on a reptile. With sixty million, however, you could have feathers, too."'
  assert.equal(toString(condenseQuote(quote(annals), 14)), 'In six thousand years, you could never grow wings on a reptile. With sixty million, however, you could have feathers, too')
  assert.ok(turnsRound('With sixty million, however, you could have feathers, too.'))
  assert.ok(turnsRound('But at a deeper level of human response was the degree to which values were offended.'))
  // ("Nonetheless, this post lists ten tips" goes on in spite of the claim; it takes nothing back.)
  assert.ok(!turnsRound('Nonetheless, this post lists ten tips and tricks to help you get started.'))
  // (A turn too long to show with its set-up leaves the key sentence alone.)
  const long = 'The committee met every week for two years to weigh the evidence on the plan. However, after all the hearings, the reports, the visits and the letters from the public, it decided in the end that the plan could not go ahead as it was written.'
  assert.doesNotMatch(toString(condenseQuote(quote(long), 14)), /However.*\. However|plan\. However/)
})

test('a phrase that titles a later page never runs across two lines of its face', () => {
  // Alexander Turner, "The North Yorkshire Moors on a bike at night" (Bongo Twisty, MIT): "Saltergate Point The road"
  // titled a page whose face had "…at Saltergate Point" over "The road…". Each line of a face is read on its own.
  const faces = ['I followed the A169 Whitby Road out of Pickering heading for Sleights\nThe A169 is a fast road across the moors', 'There were a few gentle climbs to the first vista over the moors at Saltergate Point\nThe road took me round an unexpected downhill hair pin']
  const titles = keyPhrases(['A night ride.', 'A night ride.'], 'A night ride', 'en', faces, faces)
  assert.ok(titles.every((title) => title === undefined || !/Point The|moors We/.test(title)), String(titles))
})

test('held-out set 81: note numbers as links, after a year, a licence before a credit, a site’s resource lists and empty sections', async () => {
  // American Archive of Public Broadcasting exhibits (WGBH-MLA/AAPB2, Apache-2.0). Kara Zelasko, "To Plan or Preserve?":
  // a note's number as a link, "…in New York City.[<sup>18</sup>](/exhibits/…/notes#18)", had shown "City.18"; a site's
  // "## Summary" with nothing under it had been an empty slide; "Tour Our Resources:" (thirty programmes, seven slides,
  // its later pages titled "New York") and "Additional Resources:" were no back matter.
  const items = Array.from({ length: 24 }, (_, at) => `- ${1950 + at}—WNYC, *Around New York with Robert C. Weinberg*, [Programme ${at + 1}](/catalog/cpb-${at})`).join('\n')
  const exhibit = `# To Plan or Preserve?\n\n## Summary\n\n## Extended\nFollowing World War II, the federal government sought to invigorate the national economy after almost two decades of depression and war. Robert Moses used public radio to justify slum clearance for large city planning projects in New York City.[<sup>18</sup>](/exhibits/historic-preservation/notes#18) Though many people objected, the projects went ahead.\n\nPublic broadcasting gave a voice and a face to those displaced by urban renewal in city centers. Residents and officials valued cityscapes for different reasons, and they took different stances on whether to preserve them.\n\n#### Tour Our Resources:\n${items}\n#### Additional Resources:\n\n- [International Committee for Documentation and Conservation of Buildings](https://www.docomomo.com)\n`
  const html = (await renderDeck(exhibit, { path: 'urban-renewal.md', overrides: { condense: true } })).html
  const face = slideFaces(html)
  assert.doesNotMatch(face, /City\.?18|<h2[^>]*>Summary<\/h2>|Additional Resources/)
  // (The reading list keeps its first page; its other pages and the other list go to the notes.)
  assert.equal((face.match(/Tour Our Resources/g) ?? []).length, 1)
  assert.match(html, /Summary/)
  assert.match(html, /Programme 24/)
  // Sally Smith, "Termination, Relocation, and Restoration": once a copy has glued note numbers, one after a year that ends
  // a sentence is one too ("…and Dallas between 1950 and 1968.25"); a decimal before a small letter stays.
  const lines = ['Watkins helped to rewrite the legislation.20 As a result many believed they were voting on the payment plan.', 'Relocated to cities such as Chicago, Los Angeles, and Dallas.23 In exchange for leaving, they were promised jobs.', 'More went to Denver, San Francisco, Chicago, and Dallas between 1950 and 1968.25', 'Congress finally granted him the land in 2000.33 The tribe celebrated.', 'The index stood at 1968.25 points.']
  assert.deepEqual(withoutNoteMarkers(lines.map((text) => ({ text }))).map((line) => line.text), ['Watkins helped to rewrite the legislation. As a result many believed they were voting on the payment plan.', 'Relocated to cities such as Chicago, Los Angeles, and Dallas. In exchange for leaving, they were promised jobs.', 'More went to Denver, San Francisco, Chicago, and Dallas between 1950 and 1968.', 'Congress finally granted him the land in 2000. The tribe celebrated.', 'The index stood at 1968.25 points.'])
  // Casey E. Davis Kaufman, "Proposed Solutions to Climate Change": a licence first, then whose picture it is.
  assert.ok(isPictureCredit('CC-BY-SA 3.0 Image by Fred J, userpage: commons.wikimedia.org/wiki/User:Fred_J)'))
  assert.ok(!isPictureCredit('CC-BY licences let anyone reuse a picture by its maker.'))
})

test('held-out sets 80 and 81: what a verb, a gerund or a "be" takes is never cut, nor the last item of a list of names', () => {
  // Kelly Bidwell et al., "Building the Foundation Needed to Achieve the Evidence Act's Potential…" (Evaluation.gov, public
  // domain): "…OPRE recently gained was language" had cut what the language did.
  assert.doesNotMatch(compressed('Another funding flexibility that OPRE recently gained was language to provide multi-year authority for funds allocated for research, evaluation, and statistical activities.') ?? '', /was language$/)
  // AAPB exhibits (Apache-2.0): "…into voting" had lost "for termination"; "…began to advocate and rally" what for; "…as
  // events like the Tet Offensive, My Lai massacre" the event the next bullet's "The last event" was.
  assert.doesNotMatch(compressed('The program shows how cash payments resulting from a 1951 settlement with the federal government were used to manipulate the Menominee into voting for termination.') ?? '', /into voting$/)
  assert.doesNotMatch(compressed('The Black Power Movement, espoused by organizations like SNCC and the Black Panther Party, began to advocate and rally in favor of black pride, black liberation, and revolutionary determinism.') ?? '', /advocate and rally$/)
  assert.doesNotMatch(compressed('From 1968 to 1970, protests continued in force as events like the Tet Offensive, My Lai massacre, and the Kent State massacre led individuals to further protest.') ?? '', /My Lai massacre$/)
})

test('held-out sets 80–82: a site’s template and a draft stay off the face', async () => {
  // The Coding Club Team, "Transferring quantitative skills among scientists" (CC BY-SA 4.0): a Liquid `capture` sets a
  // variable and shows nothing; `{% capture link %}{{ site.baseurl }}/…/anseriformes.png{% endcapture %}` had been a bullet.
  // GovEx, "Data Inventory Guide" (CC BY 4.0): a note indented under a list's item is prose, not a listing.
  // Lorena A. Barba et al., "Why we use Jupyter notebooks" (CC BY 4.0): "TODO: Add quote from Elizabeth" is the draft's.
  // Michelle L Janowiecki, "Protesting in the 1960s and 1970s" (AAPB, Apache-2.0): a heading's empty anchor had shown as
  // text, `<a id="chapter-1"></a>`, in seven titles.
  const source = [
    '# Protesting in the 1960s and 1970s <a id="beginning"></a>', '',
    '## The Fight Against Racism and Injustice <a id="chapter-1"></a>', '',
    'The decade that began with the protests of the civil rights movement would end in a wave of activism. Students, marginalized communities, and women joined them.', '',
    '{% capture link %}{{ site.baseurl }}/assets/img/tutorials/anseriformes.png{% endcapture %}',
    '{% include figure.html url=link caption="Anseriformes populations in Europe." %}', '',
    ' - **Step 1: Establish an Oversight Authority** - Conducting a data inventory across departments requires coordination, oversight, and leadership.', '',
    '\t\tNote: Establishing a data governance committee, or repurposing an existing committee, is an optional, but highly recommended step in successfully completing the inventory process.', '',
    ' - **Step 2: Determine the Scope** - The oversight authority should manage the inventory process by providing an unambiguous scope.', '',
    'TODO: Add quote from Elizabeth', ''
  ].join('\n')
  const html = (await renderDeck(source, { path: 'protests.md', overrides: { condense: true } })).html
  const face = slideFaces(html)
  assert.doesNotMatch(face, /a id=|&#x3C;a|capture|site\.baseurl|<pre|TODO/)
  assert.match(html, /TODO: Add quote from Elizabeth/)
  assert.match(html, /Note: Establishing a data governance committee/)
})

test('an empty section whose title promises content folds into the next slide’s notes; a writer’s divider stays', async () => {
  const prose = (topic: string): string => `${topic} matters to every team that ships software. Teams that ignore it pay later, and they pay more than they expect.`
  const html = (await renderDeck(`# Shipping\n\n## Summary\n\n## Extended\n\n${prose('Testing')}\n\n## Part two\n\n## The numbers\n\n${prose('Caching')}\n`, { path: 'shipping.md', overrides: { condense: true } })).html
  assert.doesNotMatch(slideFaces(html), /<h2[^>]*>Summary<\/h2>/)
  assert.match(slideFaces(html), /<h2[^>]*>Part two<\/h2>/)
  assert.match(html, /Summary/)
})

test('held-out set 82: a consequence, a modal’s verb and how far "a long way" goes stay with their clause', () => {
  // Lorena A. Barba et al., "Why we use Jupyter notebooks" (CC BY 4.0): "…pure creation, where students can" had lost its
  // verb with the example; "…goes a long way" what it goes towards.
  assert.equal(compressed('At the top of Bloom\'s Taxonomy is pure creation, where students can, for example, author complete computational essays.'), 'At the top of Bloom\'s Taxonomy is pure creation, where students can author complete computational essays')
  assert.doesNotMatch(compressed('For Data Science careers, a publicly shared narrative about a data analytics project goes a long way at demonstrating the student\'s potential at an interview.') ?? '', /a long way$/)
  // John Oates, "Using two task lists instead of a single application form" (CPS, MIT): ", meaning that…" is why it matters.
  assert.doesNotMatch(compressed('Some of the information which is pre-filled is also included in a section of the service called \'my profile\', meaning that it can be viewed and edited in more than one place.') ?? '', /my profile'$/)
})

test('held-out set 84: a post’s "written by" line, a "Fig 2" caption, and a bare count as a big number', async () => {
  // Olivia Shiffman, "Alien Microbes" (That's Life [Science], MIT): "Post Written By Undergraduate Writing Contest
  // Runner-Up Olivia Shiffman" had titled four slides; it is the byline, her title before her name.
  assert.deepEqual(writtenBy('Post Written By Undergraduate Writing Contest Runner-Up Olivia Shiffman'), { names: 'Olivia Shiffman', role: 'Undergraduate Writing Contest Runner-Up', whole: true })
  assert.ok(parseByline('Post Written By Undergraduate Writing Contest Runner-Up Olivia Shiffman')?.byline)
  assert.equal(writtenBy('Written By The Editorial Board Of The Times'), undefined)
  // Nadia Raytselis, "Radioactive Bananas…" (MIT): "**Fig 2**. The values…" is a figure's caption, with or without a stop.
  assert.ok(isCaption({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Fig 2' }] }, { type: 'text', value: '. The values for non-ionizing and ionizing radiation are shown as frequencies in Hz.' }] }))
  // Keith Wagner, "Aruba" (MIT): "12" over "a 12 day, 11 night stay" read as "12 what?"; a count beside what it counts
  // stays ("150 LAs").
  const post = (figure: string): string => `---\ntitle: Trip\n---\n\n## Getting there\n\n${figure} It was worth it.\n\nThe flight took off late. Landing, I was faced with the heat.\n`
  const aruba = slideFaces((await renderDeck(post('My wife and I returned from a 12 day, 11 night stay in Aruba for our anniversary.'), { path: 'aruba.md', overrides: { condense: true } })).html)
  assert.doesNotMatch(aruba, /data-layout="big-number"/)
  const las = slideFaces((await renderDeck(post('There are 150 LAs in England with the strategic lead for education of children.'), { path: 'las.md', overrides: { condense: true } })).html)
  assert.match(las, /150 LAs/)
  // (Past a participle too: "140 maintained schools", Department for Education, "Devolving device orders to schools", MIT.)
  const schools = slideFaces((await renderDeck(post('On average a local authority will need to give contact details for 140 maintained schools.'), { path: 'schools.md', overrides: { condense: true } })).html)
  assert.match(schools, />140 maintained schools</)
})

test('the closing thesis is never one item of several, nor a claim that names nothing of the title', async () => {
  // Casey E. Davis Kaufman, "Proposed Solutions to Climate Change" (AAPB, Apache-2.0), its first paragraphs: "One possible
  // solution is a binding international accord" had closed the talk as "In closing".
  const article = fs.readFileSync(new URL('../../../test/fixtures/heldout/climate-solutions.txt', import.meta.url), 'utf8')
  const html = (await renderDeck(article, { path: 'climate.txt' })).html
  const closing = /<h2[^>]*>(?:In closing|Takeaways)<\/h2>[\s\S]*?<\/section>/.exec(slideFaces(html))?.[0] ?? ''
  assert.doesNotMatch(closing, /One possible solution/)
})

test('held-out set 84: numbered bold lines head the myths an article takes in turn; a Flickr embed and its caption leave the face', async () => {
  // Nadia Raytselis, "Radioactive Bananas, Teenage Mutant Ninja Turtles, and Greenhouse Gases, OH MY!" (MIT): "1.**Myth:
  // All radioactive foods will kill you.**" had been a bullet; "**Fig 4**. The Greenhouse Effect…" under a Flickr embed an
  // orphan slide of its own.
  const post = [
    '---', 'title: Radioactive Bananas', '---', '',
    '## What exactly is radiation?', '',
    'Radiation comes in non-ionizing and ionizing forms. Non-ionizing radiation includes radiation from microwaves and radar, while ionizing radiation is much more dangerous.', '',
    ' <a data-flickr-embed="true" href="https://www.flickr.com/photos/1/2/" title="spectrum"><img src="https://farm8.staticflickr.com/7918/1.jpg" width="640" height="480" alt="spectrum"></a><script async src="//embedr.flickr.com/assets/client-code.js" charset="utf-8"></script>', '',
    '**Fig 2**. The values for non-ionizing and ionizing radiation are shown as frequencies in Hz. Photo source Wikimedia Commons.', '',
    '1.**Myth: All radioactive foods will kill you.**', '',
    'Clocking in at number one for the most radioactive food is the banana! Don\'t worry, you\'d have to eat 10,000,000 bananas in one sitting to die from radiation poisoning.', '',
    '2.**Myth: Radioactive goo will give you powers.**', '',
    'Radioactive goo is not quite as cool as one might think. The mutations caused by ionizing radiation are not so glamorous, and often deadly.', ''
  ].join('\n')
  const html = (await renderDeck(post, { path: 'bananas.md', overrides: { condense: true } })).html
  const face = slideFaces(html)
  assert.match(face, /<h[23][^>]*>1\. Myth: All radioactive foods will kill you<\/h[23]>/)
  assert.match(face, /<h[23][^>]*>2\. Myth: Radioactive goo will give you powers<\/h[23]>/)
  assert.doesNotMatch(face, /Fig 2/)
  assert.match(html, /Fig 2/)
})

test('held-out sets 85 and 87: a lead-in that only points back shows its claim; a reading list’s sub-sections are back matter', async () => {
  // Teaching Regulation Agency, "Using tags to summarise a teacher's status" (DfE design history, MIT): "For example if
  // they:" over "have not completed induction" had been an example of nothing.
  const post = [
    '---', 'title: Tags', '---', '', '## Removing tags before launching the service', '',
    'Instead of a status box, our early designs had tags to say whether or not someone had a teaching restriction. By ‘restriction’ we meant anything which would cause an alert to appear on the record.', '',
    'Before private beta started we removed the tags from the search results page because the purpose of that page is to help users identify and click through to the correct record. It does not matter at that point whether the teacher has a restriction.', '',
    'We then removed the tags from the record page because they were repeating information and could also be misleading.', '',
    'For example we were not sure whether to say that someone has a restriction if they have an alert because they:', '',
    '- have been found guilty of misconduct but not prohibited from teaching',
    '- have a possible match to a record on the children’s barred list', '',
    'There are also situations where no alert is shown but the teacher would not be able to work in some roles. For example if they:', '',
    '- have not completed induction - an alert appears if they fail induction, but they also may be within their induction period or may not have started yet',
    '- are still training and therefore do not have QTS yet', '',
    'We decided to leave out the tags and gather more information from users after the initial release.', ''
  ].join('\n')
  const face = slideFaces((await renderDeck(post, { path: 'tags.md', overrides: { condense: true } })).html)
  assert.match(face, /would not be able to work in some roles(?:\. |<\/li>\n<\/ul>\n<p>)For example if they:/)
  // Amara Thornton, "In the Lens: George and Agnes Horsfield's Photographs" (MicroPasts blog, 0BSD): "References/Further
  // Reading" and its "### On the Horsfields", "### General histories…" had made eleven slides of works cited.
  const works = (topic: string): string => Array.from({ length: 6 }, (_, at) => `Thornton, A. 20${10 + at}. ${topic} and the archaeology of Transjordan, part ${at + 1}. London: UCL Press.`).join('\n\n')
  const article = `---\ntitle: In the Lens\n---\n\n## The Horsfield Photographs\n\nIn 1951, after Agnes's death, George Horsfield wrote directly to V. Gordon Childe offering his wife's material on Petra. The Horsfields themselves appear only rarely in front of the camera. Agnes Conway was very interested in photography.\n\n## References/Further Reading\n\n### On the Horsfields\n\n${works('The Horsfields')}\n\n### General histories of Mandate Palestine and Transjordan\n\n${works('Mandate history')}\n`
  const deck = slideFaces((await renderDeck(article, { path: 'horsfields.md', overrides: { condense: true } })).html)
  assert.ok((deck.match(/<section/g) ?? []).length <= 5, String((deck.match(/<h2[^>]*>[^<]*/g) ?? []).join(' | ')))
  assert.doesNotMatch(deck, /General histories/)
})

test('a bibliography the slide would show less than half of goes to the notes whole; a short list of links stays', async () => {
  // Jennifer Wexler, "Wonders of the Deep…" (MicroPasts, 0BSD) and Audrey Watters et al., "Rethinking Assessment": two
  // arbitrary works cited of sixteen had made a slide.
  const cite = (at: number): string => `- Wexler, J. 20${10 + at}. Bronze Age finds from the River Thames and the hoards of southern Britain, volume ${at + 1}. Oxford: Archaeopress. https://example.org/works/bronze-age/thames/${at}`
  const prose = 'Greater London by far represents the largest number of records in the index. Most of the finds were made during the dredging works between 1895 and 1900.'
  const article = `---\ntitle: Wonders of the Deep\n---\n\n## Distribution\n\n${prose}\n\n## Bibliography\n\n${Array.from({ length: 12 }, (_, at) => cite(at)).join('\n')}\n`
  const html = (await renderDeck(article, { path: 'thames.md', overrides: { condense: true } })).html
  assert.doesNotMatch(slideFaces(html), /Bibliography|Archaeopress/)
  assert.match(html, /volume 12/)
})

test('held-out sets 80 and 82: a sentence about the page, "Below you can learn more…", "Have a quick read", is no bullet', () => {
  // Taha Kass-Hout, "Announcing the OpenFDA Developer Challenge" (FDA, CC0); The Coding Club Team (CC BY-SA 4.0).
  assert.ok(isSignpost('Below you can learn more about our challenges and how to get started.'))
  assert.ok(isSignpost('Have a quick read.'))
  assert.ok(!isSignpost('Below the surface, the water stays near freezing all year.'))
  assert.ok(!isSignpost('Have a plan for the first week of the course.'))
})

test('a slide title drops the colon a page’s heading ends on', async () => {
  // The Coding Club Team, "Transferring quantitative skills among scientists" (CC BY-SA 4.0): "Tutorial Aims:".
  const post = '---\ntitle: Coding Club\n---\n\n## Tutorial Aims:\n\nWe want to teach people to share their code. Tutorials written in Markdown become websites in a minute.\n\n## Tour Our Resources:\n\nThe workshop runs for two hours and begins with a short presentation. People open the tutorial on half of their screen.\n'
  const face = slideFaces((await renderDeck(post, { path: 'club.md', overrides: { condense: true } })).html)
  assert.match(face, /<h2[^>]*>Tutorial Aims<\/h2>/)
  assert.doesNotMatch(face, /Aims:|Resources:/)
})

test('held-out set 87: a quotation’s attribution on its own last line stays apart, and a long quotation shows as said up to its own "…"', () => {
  // Amara Thornton, "In the Lens: George and Agnes Horsfield's Photographs" (MicroPasts blog, 0BSD): the face had been "My
  // extraordinary friendship with you I did not in the least understand George Horsfield to Agnes Conway, c.".
  const letter: Blockquote = { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'My life has been so lonely – until I met you – dear Comrade … my extraordinary friendship with you – which I gradually found was absorbing the whole of my life – I did not in the least understand – you stood as pure intellect to me.\n– George Horsfield to Agnes Conway, c. November 1931' }] }] }
  const shown = condenseQuote(letter, 14)
  assert.equal(toString(shown.children[0]!), 'My life has been so lonely – until I met you – dear Comrade …')
  assert.equal(toString(shown.children[1]!), '– George Horsfield to Agnes Conway, c. November 1931')
})

test('held-out sets 88 and 89: what a word, a quoted name or an aside inside a noun waits for stays; who says so and where a picture came from go', () => {
  // Paige Morgan et al., "La Gaceta de La Habana" (Collections as Data, MIT): "…and faculty who work" had lost "with our
  // distinctive collections"; Kimberley Frame, CORE design history (DLUHC, MIT): "…only use breadcrumbs" had lost "on the
  // ‘check your answers’ page", flipping its meaning; Brandon Ford, "Studying Religion" (CC BY 4.0): "I'd argue a sizable
  // minority" had lost whom; NHSBSA, "Scoping for MVP" (MIT): "…this is a area" had lost "with lots of potential for error".
  assert.doesNotMatch(compressed('The fully digitized version of La Gaceta is supported by University of Miami Libraries faculty in the Cuban Heritage Collection and faculty who work with our distinctive collections.') ?? '', /who work$/)
  assert.doesNotMatch(compressed('Consequently, we are going to re-instate the current section as the heading, a back link on all question pages and only use breadcrumbs on the ‘check your answers’ page.') ?? '', /breadcrumbs$/)
  assert.doesNotMatch(compressed('I\'d argue a sizable minority, if not even a majority, of people enrolled in religious studies programs at secular universities are not religious.') ?? '', /minority$/)
  assert.doesNotMatch(compressed('Research to understand how to help users identify cost paid by organisation as we believe this is a area with lots of potential for error.') ?? '', /a area$/)
  // W. Caleb McDaniel, "The Dangers of a Fake Tubman Quote" (CC BY-SA 3.0): "Tubman scholars now agree, they also
  // contained…" had read as two sentences spliced.
  assert.equal(compressed('But, Tubman scholars now agree, they also contained a variety of embellishments that served abolitionists\' purposes.'), 'They also contained a variety of embellishments that served abolitionists\' purposes')
  // James C. Taylor, "Seeking Dark Skies" (MIT); Brandon Ford (CC BY 4.0): where a picture came from is no bullet.
  assert.ok(isPictureSource('This graphic was found posted in the Cloudy Nights forum by BYoesle. link'))
  assert.ok(isPictureCredit('The header image for this article was created by Pixabay user msandersmusic and is free for commercial use.'))
  assert.ok(!isPictureSource('The image of the city was changed by the new bridge.'))
})

test('held-out set 88: a colon label an article repeats under each of its sections labels what follows, not a slide of its own', async () => {
  // NHSBSA, "Scoping for MVP" (MIT): ten "To be tested" slides had stood apart from the questions they tested.
  const section = (question: string, claim: string): string => `#### ${question}\n\n${claim} We will check this with processors in research.\n\n#### To be tested:\n\n- Whether they copy and paste the claim ID\n- Whether mistakes are made\n`
  const article = ['---', 'title: Scoping for MVP', '---', '', '## What our ideas were', '', section('How does a processor find the claim?', 'Our assumption is the processor will be given just the claim ID.'), section('What claim details does the processor need?', 'We believe the claim ID and its status are enough on landing.'), section('How can a processor view the evidence?', 'We believe opening evidence in new tabs is the common pattern.')].join('\n')
  const face = slideFaces((await renderDeck(article, { path: 'mvp.md', overrides: { condense: true } })).html)
  assert.doesNotMatch(face, /<h[23][^>]*>(?:[^<]*: )?To be tested/)
  assert.match(face, /<strong>To be tested:<\/strong>|To be tested:/)
})

test('held-out set 88: a series named in the front matter and in a blurb is the kicker over the page’s own title; a template’s italic prompts go to the notes', async () => {
  // Paige Morgan, Elliot Williams, Laura Capell, "La Gaceta de La Habana" (Collections as Data Facets, MIT): the talk had
  // been titled "Collections as Data Facets", the series, and "*an accessible narrative description that describes why…*"
  // under each heading had been a bullet.
  const page = ['---', 'layout: archive', 'title:  "Collections as Data Facets"', '---', '', '[**Collections as Data Facets**](https://collectionsasdata.github.io/facets/) document collections as data implementations.', '', '# La Gaceta de La Habana', '', '## 1. Why do it', '', '*an accessible narrative description that describes why the decision was made to do the work*', '', 'The CHC holds one of the largest collections of the newspaper outside of Cuba, with nearly 50 years of issues. Our digital collections interface only allows discovery, rather than any sort of analysis.', '', '## 2. Making the Case', '', '*an accessible narrative description that describes how the administrative case was made to do the work*', '', 'La Gaceta is a significant set of texts for Cuban and colonial studies. The total time spent on this new activity was around 4-6 hours.', ''].join('\n')
  const html = (await renderDeck(page, { path: 'gaceta.md', overrides: { condense: true } })).html
  assert.match(html, /<h1>La Gaceta de La Habana<\/h1>/)
  // (A title written as a link, "# [La Gaceta de La Habana](https://github.com/…)", is plain on its slide.)
  const linked = (await renderDeck(page.replace('# La Gaceta de La Habana', '# [La Gaceta de La Habana](https://github.com/UMiamiLibraries/collections-as-data)'), { path: 'gaceta.md', overrides: { condense: true } })).html
  assert.match(linked, /<h1>La Gaceta de La Habana<\/h1>/)
  assert.match(html, /class="kicker">Collections as Data Facets</)
  assert.doesNotMatch(slideFaces(html), /accessible narrative description/)
})

test('held-out set 88: the page’s own table of contents, links to its anchors, goes to the notes', async () => {
  // NHSBSA, "Scoping for MVP" (MIT): "Contents What our ideas were What we will do next" had been a bullet.
  const post = ['---', 'title: Scoping for MVP', '---', '', 'Contents', '--- [Why we did this work](#why-we-did-this-work)', '--- [What our ideas were](#what-our-ideas-were)', '--- [What we will do next](#what-we-will-do-next)', '', 'We had a processing workstream kickoff with the wider product team to begin the work. We then had an in-person workshop with the UCD team.', '', '## Why we did this work', '', 'We are on version 8 of the claim creation side of the journey. We now need to create the journey to process the claims.', '', '## What our ideas were', '', 'Our assumption is the processor will be given just the claim ID. We believe that is all they need to find it.', '', '## What we will do next', '', 'We will iterate on the design and test it again with four processors in May.', ''].join('\n')
  const face = slideFaces((await renderDeck(post, { path: 'mvp.md', overrides: { condense: true } })).html)
  assert.doesNotMatch(face, /Contents/)
})

test('held-out set 91: Hugo’s TOML front matter gives the title and the authors', async () => {
  // Max Crone, "Anarchist technologists on a hot summer day" (maxcrone.org, CC BY 4.0): the title had come from the file's
  // name ("Anarchist technologists") and the author was missing.
  const post = '+++\ntitle = "Anarchist technologists on a hot summer day"\nauthors = [ "Max Crone",]\ndate = 2022-07-19\n+++\n\nToday I was at the NOTACAMP gathering in Amsterdam Noord. It was less technology and more anarchy than I expected.\n'
  const html = (await renderDeck(post, { path: 'anarchist-technologists.md', overrides: { condense: true } })).html
  assert.match(html, /<h1>Anarchist technologists on a hot summer day<\/h1>/)
  assert.match(html, /Max Crone/)
  assert.doesNotMatch(slideFaces(html), /\+\+\+|authors =/)
})

test('held-out set 90: a heading repeated after each stage goes with the stage; a link’s label is no heading or bullet', async () => {
  // Digital Land, "Data design process" (planning.data.gov.uk, MIT): eight slides titled "What happens", seven bullets "See
  // planning considerations in the … stage", and "Find out how you can contribute…" a section divider.
  const stage = (name: string): string => `${name}\n\nThe purpose of this stage is to decide whether the consideration should move forward.\n\nWhat happens\n\nWe gather what is known about the ${name.toLowerCase()} and share it with the working group. The group agrees what to do next and records the decision.\n\nSee planning considerations in the ${name.replace(/^\d+\. /, '')} stage.\n`
  const text = ['Data design process', '', 'We design the data that should be made available on the platform, working with the people who provide and use it.', '', 'Find out how you can contribute to the data design process', '', stage('1. Backlog'), stage('2. Screen'), stage('3. Research')].join('\n')
  const html = (await renderDeck(text, { path: 'data-design.txt' })).html
  const face = slideFaces(html)
  // (Each stage's purpose and its steps on one slide, not eight slides titled "What happens" after eight of one sentence.)
  assert.doesNotMatch(face, /<h2[^>]*>(?:[^<]*: )?What happens/)
  assert.match(face, /<h2[^>]*>1\. Backlog<\/h2>(?:(?!<h2)[\s\S])*?share it with the working group(?:(?!<h2)[\s\S])*?<\/section>/)
  assert.doesNotMatch(face, /See planning considerations|Find out how you can contribute/)
})

test('held-out set 88: a design team’s last "How might we…" statement is no closing line', () => {
  // Kimberley Frame, "Design changes after third round of Beta testing" (DLUHC CORE design history, MIT): "In closing"
  // had shown the last of nine "How might we" statements.
  const slide = (heading: string, text: string, className?: string): Slide => ({ type: 'slide', ...(className ? { data: { attributes: { class: className } } } : {}), children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] }, { type: 'notes', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }] })
  const deck = [slide('Design changes', 'Kimberley Frame', 'title-slide'), slide('Results', 'This hypothesis was proved as users were able to make a change to the tenant code when tasked to do so.'), slide('How might we statements', 'How might we help users complete follow up questions when they have changed an answer?')]
  const line = closingLine(deck, { isBackMatter: () => false, maxWords: 14, lang: 'en', title: 'Design changes after third round of Beta testing' })
  assert.doesNotMatch(line ? toString(line) : '', /How might we/)
})
