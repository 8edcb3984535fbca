/**
 * What the twentieth session (5 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { fitListItems } from '../../src/article/list-fit.js'
import { shortenItem } from '../../src/article/condense-items.js'
import { toString } from '../../src/article/visible-text.js'
import { renderDeck } from '../../src/index.js'
import { slideFaces } from '../helpers.js'
import type { ListItem } from 'mdast'
import { parseByline } from '../../src/text/byline.js'
import { isSignpost } from '../../src/article/signposts.js'
import { isPointer } from '../../src/article/pointers.js'

/** A list item of a label in italics or bold and its prose. */
function item(label: string, prose: string, emphasis: 'strong' | 'emphasis' = 'strong', colonOutside = false): ListItem {
  const marked = { type: emphasis, children: [{ type: 'text' as const, value: colonOutside ? label : `${label}:` }] }
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [marked, { type: 'text', value: `${colonOutside ? ':' : ''} ${prose}` }] }] }
}

test("held-out set 101: a section's example whose verb the tagger reads as a participle still makes a bullet", () => {
  // PHA4GE Wastewater Surveillance Working Group, "Guidance Document - Surveillance Strategies"
  // (pha4ge/wastewater-guidance, Apache-2.0): "focused" after "…UK HSA and WHO" had read as "a collaboration focused on…"
  // (a noun and its participle, no verb), and ", as well as…," going as an aside had taken the comma of ", which…" with it:
  // neither example of narrow surveillance had a bullet.
  const collaboration = compressSentence('For example, a collaboration between UK HSA and WHO focused on detection of poliovirus in London, resulting in positive detections in a catchment area of 3 million people and allowing for a more targeted public health intervention (Klapsa et al, 2022).')
  assert.equal(collaboration?.text, 'A collaboration between UK HSA and WHO focused on detection of poliovirus in London')
  const louisville = compressSentence('Also, a wastewater surveillance program in Louisville, Kentucky, USA successfully monitored city-wide trends in SARS-CoV-2 concentration, as well as the genetic diversity of SARS-CoV-2, which enabled targeted deployment of public health resources (Rouchka et al, 2021).')
  assert.equal(louisville?.text, 'A wastewater surveillance program in Louisville, Kentucky, USA successfully monitored city-wide trends in SARS-CoV-2 concentration')
  // (A noun and its participle before a verb of its own is still no clause: "Networks based on LoRa are cheaper" has "are".)
  assert.equal(compressSentence('Networks based on LoRa are cheaper to run than cellular ones.')?.text, 'Networks based on LoRa are cheaper to run than cellular ones')
})

test('held-out set 103: a clause joined by a bare "and" after a phrase of time is a clause of its own', () => {
  // Michael Sliwinski, "My first triathlon" (Nozbe/Michael.team, CC BY-SA 4.0): "…and after the first lap (there were 3 in
  // total) I felt comfortable…" had no split, and the sentence of the race's best moment had no bullet.
  const pace = compressSentence("I caught a very nice pace and found a few other fellow cyclists with comparable speeds and after the first lap (there were 3 in total) I felt comfortable in our small group and confident I'd make up the lost time in the sea with my bike ride.")
  assert.equal(pace?.text, 'I caught a very nice pace and found a few other fellow cyclists with comparable speeds')
})

test('held-out set 105: a guide whose steps are numbered lists of one bold item has a section for each step', async () => {
  // Loren Lee, "Manuscript Studies: But like… what are you doing?" (Scholars' Lab blog, scholarslab/scholarslab.github.io,
  // CC BY 4.0): "1. **Plan Ahead**" over its bullets had been an item at the foot of the slide before, five times, and the
  // slides were titled by names in their first bullets ("Funding applications", "Library card", "Barbara Shailor").
  const source = `# Manuscript Studies

I thought I might provide a brief how-to-visit-a-medieval-manuscript guide based on my experiences. It took me to a dozen libraries.

1. **Plan Ahead**
- *Figure out what you need to see*: If digitized images of the manuscript you're interested in are available online, study these thoroughly first.
- *Get your papers in order*: Most institutions will require a formal letter of support from your advisor and proof of your status as a student or researcher.

2. **Come Prepared**
- *Register*: When you arrive, you'll typically need to register for a library card, so bring the necessary identification.
- *Pack your bag*: Normally, you are not permitted to bring a bag into the room — because you might be a dirty little thief — so be prepared to pull your essential items out of your bag.
`
  const { html } = await renderDeck(source, { path: 'manuscripts.md', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.match(faces, /<h2[^>]*>1\. Plan Ahead<\/h2>/)
  assert.match(faces, /<h2[^>]*>2\. Come Prepared<\/h2>/)
  assert.doesNotMatch(faces, /<li>(?:<p>)?\d\. (?:Plan|Come)/)
  // (Each label in bold, as its neighbours', and the bag's rule without its aside and the advice it leads to.)
  assert.match(faces, /<strong>Register:<\/strong>/)
  assert.match(faces, /Normally, you are not permitted to bring a bag into the room<\/li>/)
})

test('held-out set 105: a labelled list that runs over a face shows its labels, never only its counters', () => {
  // The same guide's "Document Everything": four labelled items, two on each of two slides, are four labels on one;
  // the Open Source Guides' seven things a legal team should know ("Third party material", "Trade secrets", …) are seven.
  const long = 'Take detailed measurements, including the dimensions of the manuscript, the area of the writing space, the average height of the ruled lines, all in millimeters.'
  const four = fitListItems([item('Use your time wisely', long, 'emphasis', true), item('Record, record, record', long, 'emphasis', true), item('Take pics', long, 'emphasis', true), item('Turn every page', long, 'emphasis', true)], 14)
  assert.deepEqual(four.map((one) => toString(one)), ['Use your time wisely', 'Record, record, record', 'Take pics', 'Turn every page'])
  const seven = fitListItems(['Third party material', 'Trade secrets', 'Patents', 'Trademarks', 'Privacy', 'AI', 'Software Bill of Materials'].map((label) => item(label, long)), 14)
  assert.equal(seven.length, 7)
  assert.equal(toString(seven[6]!), 'Software Bill of Materials')
  // (A label that asks keeps its question mark alone: "Who's gonna pay for that?", not "…that?:".)
  const [asked] = fitListItems([item('Who’s gonna pay for that?', 'Funding applications will need to happen well in advance.', 'emphasis', true)], 14)
  assert.match(toString(asked!), /^Who’s gonna pay for that\? Funding/)
  // (A rescue plan's "Day 1" … "Day 7" keep what each day does.)
  const days = fitListItems([1, 2, 3, 4, 5, 6, 7].map((day) => item(`Day ${day}`, long)), 14)
  assert.ok(days.every((one) => toString(one).length > 10), days.map((one) => toString(one)).join(' | '))
})

test('held-out set 105: an item is never cut to the subordinate clause before its comma, nor a span of time from its "from now"', () => {
  // "Transcribe your photos: When doing your own transcriptions" and "…intelligible to you six months" had each lost their point.
  const transcribe = toString(shortenItem(item('Transcribe your photos', 'When doing your own transcriptions, finding a guiding text for comparison, even if it is not an exact match for your manuscript copy can be extremely helpful, particularly if you’re a beginner to medieval scribal hands. Sometimes it is slow going.'), 11))
  assert.doesNotMatch(transcribe, /transcriptions$/)
  assert.doesNotMatch(compressSentence('Read back over your data and make sure everything will be intelligible to you six months from now.', { maxWords: 11 })?.text ?? '', /six months$/)
})

test('held-out set 105: a long paragraph that opens on a question is answered, and the rest of it still has bullets', async () => {
  // Fitz Green, "A Kindle for Every Student?" (Scholars' Lab blog, CC BY 4.0): the wish list of eighteen sentences after
  // "What would I want an ebook reader to do?" had one bullet, and the conclusion after it none.
  const wish = "What would I want an ebook reader to do? Here's my wish list: I'd like to be able to read a book without interruption. But I'd also want to be able to read journal articles. Right now, ebook readers are not made to read all books. Dictionaries aren't read in the same way as Grisham thrillers, but they're still books and they're still read. Reference works need quick navigation between entries. A bible program would need cross references. Notes should be easy to export to a computer. A library should be able to lend ebooks to its readers. Journal articles come as PDF files from the library."
  const source = `---\ntitle: A Kindle for Every Student?\n---\n\nThe blogosphere has been abuzz with diverse opinions on the release of Amazon's new Kindle 2. I consider myself a book person. I can't read books or journal articles on my computer screen.\n\n${wish}\n\nFor me, the Kindle is still too proprietary, in terms of what can be read on it. Ebooks won't replace books, unless they can do e things. I like books.\n`
  const { html } = await renderDeck(source, { path: 'kindle.md', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.match(faces, /What would I want an ebook reader to do\?/)
  const fromWish = ['quick navigation', 'not made to read all books', 'Grisham', 'cross references', 'lend ebooks', 'export'].filter((words) => faces.includes(words))
  assert.ok(fromWish.length >= 1, 'the wish list past its answer has a bullet')
})

test('held-out set 106: a footnote number glued after an acronym, a byline with its update date, translations and endnotes, a follow-up announced', async () => {
  // Rohan Kumar (Seirdy), "WhatsApp and the domestication of users" (seirdy.one, CC BY-SA 4.0), copied from the page:
  // "…is FLOSS.2" showed its note's number; "Published 2021-01-27; last updated 2021-12-13." was the title slide's
  // subtitle; "Translations" and "References and endnotes" were slides after the argument; and "Update: I wrote a follow
  // up: Keeping platforms open" closed the talk as "In closing".
  assert.deepEqual(parseByline('By Rohan Kumar (Seirdy). Published 2021-01-27; last updated 2021-12-13.'), { byline: 'Rohan Kumar (Seirdy)', date: '2021-01-27' })
  assert.ok(isPointer('Update: I wrote a follow up: Keeping platforms open.'))
  assert.ok(isPointer("Since 2900 words wasn't quite enough, I wrote a follow-up: Keeping platforms open."))
  const source = `WhatsApp and the domestication of users
By Rohan Kumar (Seirdy). Published 2021-01-27; last updated 2021-12-13.

Introduction

Update: I wrote a follow up: Keeping platforms open. Check it out if you found this article interesting.

I have never used WhatsApp, and never will. WhatsApp is the perfect case study for a class of business models I call user domestication. There's evidence that domestication of dogs began with socialization.1

Software freedom

Software that allows users to be in control is called free software. A less ambiguous term that neutrally refers to free, libre, and open-source software is FLOSS.2 Most people have never heard the term.

Closing notes

People demand a thorough explanation every time I refuse to use something that everybody uses. This article extends the guiding philosophies of the Free Software movement.

Translations

Skariko translated this article to Italian: WhatsApp e l'addomesticamento degli utenti.

References and endnotes

There's evidence that domestication of dogs began with socialization, resulting in selection for friendliness.

DRM is another classic example of user domestication.
`
  const { html } = await renderDeck(source, { path: 'whatsapp.txt', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.doesNotMatch(faces, /FLOSS\.2|last updated|Translations<|References and endnotes<|follow up/)
  assert.match(html, /Skariko translated this article/)
})

test('held-out set 106: a farewell is no bullet, a question no cut one, and "did you know" states its fact', () => {
  // Backlist, "A Last Minute Holiday Gift Guide for Historians and the People Who Love Them" (backlist.cc, CC BY 4.0):
  // "Happy Holidays, and Don't Forget to Footnote!" was a bullet (and titled its slide), and "Book-Scented Candles: Did
  // you know that you can light your winter" had lost its "with the smell of history?".
  assert.ok(isSignpost("Happy Holidays, and Don't Forget to Footnote!"))
  assert.ok(isSignpost('Thanks for reading!'))
  assert.ok(!isSignpost('Happy employees are more productive than unhappy ones.'))
  assert.equal(compressSentence('Did you know that you can light your winter with the smell of history?')?.text, 'You can light your winter with the smell of history')
  assert.equal(compressSentence('Why does this matter so much for the teams that work remotely across many time zones every day?'), undefined)
  // (Rohan Kumar quoting paulsnar: "…it's simple precisely" had lost "because it's a de-facto-closed platform".)
  assert.doesNotMatch(compressSentence("I feel like there's some tension between simplicity and open platforms; to take Signal, it's simple precisely because it's a de-facto-closed platform.")?.text ?? '', /precisely$/)
})

test('held-out set 107: a doubled filler goes with its comma, and how often a claim holds stays with it', () => {
  // Alan Hardman, "Playdate" (blog.phpizza.com, CC BY 4.0): "The Playdate SDK is really, really good" had become "The
  // Playdate SDK is, good". Arthur Cendrier, "Familiarity breeds headway" (Thoughtful Inquiry, CC BY 4.0): without its
  // "Occasionally, however," the bullet said the opposite of the paragraph.
  assert.equal(compressSentence('The Playdate SDK is really, really good.')?.text, 'The Playdate SDK is good')
  assert.match(compressSentence('Occasionally, however, we manage to find a way to push through and get the momentum rolling.')?.text ?? '', /^Occasionally\b/)
})

test('held-out set 107: a question an essay asks alone between its parts heads the part after it', async () => {
  // Arthur Cendrier, "Familiarity breeds headway" (Thoughtful Inquiry, CC BY 4.0), copied from the page: an essay
  // without headings had been an "Introduction" and four "Introduction (cont.)" slides; "Alright, so assuming we now agree
  // on the problem, how can we work towards fixing it?" opens its second half.
  const paragraph = (n: number): string => `Paragraph ${n} of the essay makes a claim about familiarity and progress. It explains the claim with an example from daily life.`
  const source = ['Familiarity breeds headway', 'November 28, 2025', '', paragraph(1), '', paragraph(2), '', paragraph(3), '', 'Alright, so assuming we now agree on the problem, how can we work towards fixing it?', '', paragraph(4), '', paragraph(5), '', paragraph(6), ''].join('\n')
  const { html } = await renderDeck(source, { path: 'familiarity.txt', overrides: { condense: true } })
  assert.match(slideFaces(html), /<h2[^>]*>How can we work towards fixing it\?<\/h2>/)
})

test('held-out set 108: a site that sets its title and headings in lower case, its captions credited after a dash', async () => {
  // István Urbán, "obscure formats" (istvnurbn.github.io, CC BY-SA 4.0), copied from the page: the title had been dropped
  // as a caption and the standfirst made the title; "a trip down memory lane 💾" and its two sister headings had been
  // prose; "Tristan Perich holding 1 Bit Symphony — Photo taken from Hyperallergic.com" had been the subtitle, and two
  // captions in capitals had titled slides.
  const source = `obscure formats
What does going to absurd lengths to watch an old DVD teach you?
November 24, 2024 · István Urbán

Tristan Perich holding 1 Bit Symphony — Photo taken from Hyperallergic.com

For as long as I can remember, I have been drawn to unusual forms of expression and the idea of repurposing objects to do things they were never intended to do.

My Tristan Perich collection laid on some vinyl records

After the dopamine levels from the joy of having all the physical editions reached normal levels, I started asking myself how I was introduced to his work.

a trip down memory lane 💾

I started digging deep into my memory and eventually found out how I was introduced to Tristan's work and the whole chiptune scene for that matter.

watch movies like it's the 2010s 💿

I buy some of my favorite artists' releases on vinyl even though I don't own a turntable, and I have no DVD player either.

MakeMKV notifies me that the DVD backup was successful

Eventually I emerged victorious and was able to watch the movie after a long weekend of flashing firmware.

cost vs benefit ⚖️

Tristan has about 4 minutes of screen time in the entire movie, including the deleted scenes, and it was worth it.
`
  const { html } = await renderDeck(source, { path: 'obscure-formats.txt', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.match(faces, /<h1[^>]*>Obscure formats<\/h1>/)
  assert.match(faces, /What does going to absurd lengths to watch an old DVD teach you\?/)
  for (const heading of ['a trip down memory lane', "watch movies like it's the 2010s", 'cost vs benefit']) assert.match(faces, new RegExp(`<h2[^>]*>${heading}`))
  assert.doesNotMatch(faces, /Hyperallergic|laid on some vinyl records<\/h2>|notifies me that the DVD backup was successful<\/h2>/)
})

test('held-out set 108: a poem copied line by line is a quotation of its opening lines, not a bullet a line', async () => {
  // Adam Michael Wood, "The Mediant Pause and Grammatical Ecstasy" (adammichaelwood.github.io, CC BY-SA 4.0), copied from
  // the page: sixteen lines of Keats's Lamia had been sixteen bullets over three slides; a song's stanzas under
  // "— Gorillaz, "Clint Eastwood"" (Arthur Cendrier, "Familiarity breeds headway") had been a heading and a run-on line.
  const lamia = ['Free as the air, invisibly, she strays', 'About these thornless wilds; her pleasant days', 'She tastes unseen; unseen her nimble feet', 'Leave traces in the grass and flowers sweet;', "From weary tendrils, and bow'd branches green,", 'She plucks the fruit unseen, she bathes unseen:', "And by my power is her beauty veil'd", "To keep it unaffronted, unassail'd"]
  const prose = 'When I was reading it out loud, what I particularly noticed was a metrical effect that pulls the reader forward through the text.'
  const source = ['The Mediant Pause', 'by Adam Michael Wood', '20 September 2013', '', prose, '', 'Attend:', '', ...lamia, '', 'In Lamia, the effect is erotic, even doxological. It draws the reader on from line to line.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'mediant.txt', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.doesNotMatch(faces, /<li>(?:<p>)?About these thornless wilds/)
  assert.match(faces, /<blockquote>\s*<p>Free as the air, invisibly, she strays<br>/)
  const song = ['Familiarity', 'November 28, 2025', '', prose, '', 'Feeling sensations that you thought was dead', "No squealing and remember that it's all in your head", '', "I ain't happy, I'm feeling glad", 'I got sunshine in a bag', "I'm useless but not for long", 'The future is coming on', '', '— Gorillaz, "Clint Eastwood"', ''].join('\n')
  const sung = slideFaces((await renderDeck(song, { path: 'song.txt', overrides: { condense: true } })).html)
  // (Nor is its slide titled by the song's words.)
  assert.doesNotMatch(sung, /<h2[^>]*>(?:Feeling sensations|I ain't happy)/)
  assert.match(sung, /<blockquote>[\s\S]*Feeling sensations that you thought was dead<br>[\s\S]*— Gorillaz/)
})

test("held-out set 108: a hero picture whose address is a site generator's filter is no slide of an empty picture", async () => {
  // Erich Grunewald, "Tolstoy in Ryazan" (erwald/blog, CC BY-SA 4.0): `![Tolstoy with a group of peasants.]({{
  // '/img/hero/tolstoy.png' | url }})` had lost its whole address, and the deck's second slide was an empty picture over
  // its caption.
  for (const address of ["{{ '/img/hero/tolstoy.png' | url }}", '{{ hero }}']) {
    const source = `---\ntitle: Tolstoy in Ryazan\n---\n\n# Tolstoy in Ryazan\n\n![Tolstoy with a group of peasants.](${address})\n\nLev Nikolaevich Tolstoy was a man with a moral system. He derived from the injunction to turn the other cheek a principle of non-resistance.\n`
    const { html } = await renderDeck(source, { path: 'tolstoy.md', overrides: { condense: true } })
    const faces = slideFaces(html)
    assert.doesNotMatch(faces, /<img src=""|Tolstoy with a group of peasants/)
    assert.match(html, /Tolstoy with a group of peasants/)
  }
})

test("held-out set 109: a periodical's issue, section, DOI and download links are its page's, and a pull quote said again in the text is no heading", async () => {
  // Hasan Hameed, "Mapping Persian Literacy in Early Modern South Asia" (Startwords, Princeton-CDH/startwords, CC BY
  // 4.0), copied from the page: the deck had been titled "Issue 5", its first slide "PROCESSES", and eleven slides "What
  // gender and sexual norms were everyday Indians being socialized in? … (cont.)", a pull quote of a sentence in the text.
  const question = 'What gender and sexual norms were everyday Indians being socialized in? How did they conceive of sexual desires, identities, and acts?'
  const source = ['Issue 5', 'PROCESSES', 'Mapping Persian Literacy in Early Modern South Asia', 'Hasan Hameed', 'December 2024', '10.70400/BKUQ2306', 'TXT PDF', '', 'On May 15, 1722, in the town of Gujranwala, Sayyid ʿInayatullah produced a manuscript: a commentary on the Gulistan of Saʿdi.', '', question, '', `Generations of Indian historians have recognized the importance of manuscripts for the history of sexuality in early modern India. ${question} The Gulistan can help answer these questions.`, '', 'The Gulistan was composed in the mid-thirteenth century by the famous Persian writer and poet, Shaykh Saʿdi. It soon found its way to India.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'persian.txt', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.match(faces, /<h1[^>]*>Mapping Persian Literacy in Early Modern South Asia<\/h1>/)
  assert.doesNotMatch(faces, /Issue 5|10\.70400|TXT PDF|<h2[^>]*>What gender/)
})

test('held-out set 109: a Hugo figure with a space in its address is a picture, its text-only twin and a player\'s script are not on a slide', async () => {
  // Matthew Dudley and Steffy Reader, "Serendipity in the Cairo Geniza" (Startwords, CC BY 4.0): `{{< figure
  // src="images/…ENA624_20 cropped.jpg" … >}}` had been shown as Markdown text, the `{{< wrap class="txt-only" >}}` box
  // drawn in characters as bullets, and a Kaltura player's `<script>` and empty `<div>` as a blank slide.
  const source = `---
title: Serendipity in the Cairo Geniza
---

Steffy Reader has contributed to the Scribes of the Cairo Geniza since 2018. Matthew Dudley is completing a dissertation on the early modern Cairo Geniza.

<div id="kaltura_player_1621444219" class="kaltura" defer></div>
<script>
kWidget.embed({ "targetId": "kaltura_player_1621444219" });
</script>

Volunteers sort images of fragments into two piles. I realized that each one had areas which showed math sums.

{{< figure src="images/Startwords_ENA624_20 cropped.jpg" alt="A faded ink stamp behind script" >}}
{{< wrap class="txt-only" >}}
⩩-----------------------------------⟩
| FIGURE. A faded ink stamp behind script
| CAPTION: Image 2.
⩩-----------------------------------⟩
{{</ wrap >}}

The stamp shows the year 1177 AH. The entry over it dates to 1799.
`
  const { html } = await renderDeck(source, { path: 'geniza.md', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.doesNotMatch(faces, /!\[|⩩|CAPTION:|wrap >|kaltura/)
  assert.doesNotMatch(html, /kWidget/)
  assert.doesNotMatch(faces, /<h2[^>]*>[^<]*<em class="cont">\(cont\.\)<\/em><\/h2>\s*<\/section>/)
})

test("held-out set 109: a numbered figure's caption in copied text goes to the notes whole", async () => {
  // Hasan Hameed, "Mapping Persian Literacy in Early Modern South Asia" (Startwords, CC BY 4.0): "Figure 3: Places where
  // Gulistan manuscripts were originally produced are marked with red pins" had been a bullet over no map, and the second
  // sentence of Figure 2's caption another.
  const source = ['Mapping Persian Literacy', 'Hasan Hameed', 'December 2024', '', 'The Gulistan was studied by royal princes and princesses. It was widely used as a text for schoolchildren.', '', 'Figure 2. An elderly man teaching female students and attendants. The illustration is inserted (probably at a later date) into a Gulistan manuscript copied at Fatehpur Sikri in 990 HJ / 1582-3 CE.', '', 'Figure 3: Places where Gulistan manuscripts were originally produced are marked with red pins. Places where commentaries were written are marked in blue.', '', 'There were probably thousands of additional manuscripts produced in South Asia. Many were destroyed over time by negligence.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'figures.txt', overrides: { condense: true } })
  const faces = slideFaces(html)
  assert.doesNotMatch(faces, /Figure 3|red pins|The illustration is inserted/)
  assert.match(html, /marked with red pins/)
})

test('held-out set 109: a word with a letter outside the basic alphabet stays one word', async () => {
  // Matthew Dudley and Steffy Reader, "Serendipity in the Cairo Geniza" (Startwords, CC BY 4.0): the tokenizer had parted
  // "Hijrī" into "Hijr" and "ī", and a slide was titled "Hijr".
  const { tagSentence } = await import('../../src/article/nlp.js')
  assert.deepEqual(tagSentence('The Hijrī year is visible on the seal of Ṣalāḥ.').map((token) => token.value).filter((value) => /\p{L}/u.test(value)), ['The', 'Hijrī', 'year', 'is', 'visible', 'on', 'the', 'seal', 'of', 'Ṣalāḥ'])
  assert.deepEqual(tagSentence('I cannot go.').map((token) => token.value), ['I', 'can', 'not', 'go', '.'])
})

test("held-out set 109: a Hugo site's author keys are the names the article spells out", async () => {
  // Matthew Dudley and Steffy Reader, "Serendipity in the Cairo Geniza" (Startwords, CC BY 4.0): `authors: [DudleyMatthew,
  // ReaderSteffy]` had been the title slide's "DudleyMatthew, ReaderSteffy"; a key the text never spells stays.
  const { spelledAuthors } = await import('../../src/markdown/config.js')
  const text = 'Matthew Dudley is a PhD candidate at Yale University. Steffy Reader, a retired psychotherapist, has contributed since 2018.'
  assert.equal(spelledAuthors('DudleyMatthew, ReaderSteffy', text), 'Matthew Dudley, Steffy Reader')
  assert.equal(spelledAuthors('DelRioRiandeGimena', 'I wrote the text in Spanish.'), 'DelRioRiandeGimena')
  const source = `---\ntitle: Serendipity in the Cairo Geniza\nauthors:\n  - DudleyMatthew\n  - ReaderSteffy\n---\n\n${text} They met at a conference and discovered they had been collaborating anonymously.\n`
  const { html } = await renderDeck(source, { path: 'geniza.md', overrides: { condense: true } })
  assert.match(slideFaces(html), /Matthew Dudley, Steffy Reader/)
})

test('held-out set 110: "anything but" is never cut to "anything"', () => {
  // Protesilaos Stavrou, "Changing ways: the real bread paradigm" (protesilaos.com, CC BY-SA 4.0): "The items you buy on the
  // supermarket labelled as 'bread' are anything but." had become a bullet saying the opposite, "…are anything".
  const bread = compressSentence("The items you buy on the supermarket labelled as 'bread' are anything but.")
  assert.ok(bread === undefined || /anything but$/.test(bread.text), bread?.text)
})

test('held-out set 110: a remark to the reader that ends in "!" is no section heading', async () => {
  // Marcelo Zoccoler, "Jamovi: statistical analysis made visual and easy (powered with R)" (BiA-PoL blog, CC BY 4.0),
  // copied from the page: "You can also add plots!", a screenshot's caption, had been a numbered section in the agenda.
  const source = ['Jamovi: statistical analysis made visual and easy', 'Marcelo Zoccoler', 'October 7th 2021', '', 'Descriptive analysis', '', 'It is always a good idea to take a look at the data before performing statistical tests. Go to Analysis and then Exploration.', '', 'You can also add plots!', '', 'Hypothesis testing: T-tests', '', 'Since our data seems to be not normally distributed, we will perform a Mann-Whitney U test on the two groups.', '', 'Correlation analysis', '', 'Another analysis we could run is correlation between roundness and aspect ratio of the shapes.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'jamovi.txt', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /<h2[^>]*>You can also add plots!/)
})

test('held-out set 110: a clause that opens on its subordinator is never kept as the main clause', () => {
  // Tom Vaillant, "Is Sleep Training Harmful?" (The Pudding, MIT): the fronted-phrase cut had kept "Whilst the babies'
  // remained high" of "On the third day babies would fall asleep quickly, so the cortisol levels of mothers dropped,
  // whilst the babies' remained high".
  const cortisol = compressSentence("On the third day babies would fall asleep quickly, so the cortisol levels of mothers dropped, whilst the babies' remained high.")
  assert.doesNotMatch(cortisol?.text ?? '', /^Whilst/)
})

test('held-out set 111: a list of lower-case items copied a line each is no verse', async () => {
  // Simon Wardley, "To thine own self be true" (Wardley Maps, andrewharmellaw/wardley-maps-book, CC BY-SA 4.0), copied:
  // the figure's list of moves, "focus on marketing towards our users." / "develop new and uncertain capabilities." / …,
  // had been taken for a poem and shown as one run-on quotation.
  const source = ['To thine own self be true', 'Simon Wardley', '', 'To work through this problem we need to first distinguish where we could attack. In figure 183 I have listed the obvious wheres on our map.', '', 'focus on marketing towards our users.', 'develop new and uncertain capabilities.', 'exploit the Brazil market', 'sell the company', 'build a cloud service', 'dispose of the legacy', '', 'Each of these has its own risks and its own rewards. We must weigh them before choosing one.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'wardley.txt', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /<blockquote>[\s\S]*focus on marketing/)
})

test('held-out set 111: a lead-in written with ":-" is a lead-in, not a heading', async () => {
  // Simon Wardley, "The scenario" (Wardley Maps, CC BY-SA 4.0), copied: "The setup on a client site requires:-" over its
  // list had titled three slides, "The setup on a client site requires:-" and two "(cont.)".
  const { recogniseText } = await import('../../src/text/index.js')
  const source = ['The scenario', 'Simon Wardley', '', 'Operation of Phoenix', '', 'Phoenix is installed on the client site by our own engineers. It runs for years without any change.', '', 'The setup on a client site requires:-', '', 'installation of the sensor', 'setting up a highly redundant server', 'configuring the reporting', '', 'Marketing', '', 'The head of marketing describes the market and its growth over the last five years in some detail.', ''].join('\n')
  const { tree } = recogniseText(source)
  const headings = tree.children.filter((node) => node.type === 'heading').map((node) => toString(node))
  assert.ok(!headings.some((text) => /requires/.test(text)), headings.join(' | '))
})

test('held-out set 111: a range written with a spaced dash keeps both ends', () => {
  // Simon Wardley, "The scenario" (Wardley Maps, CC BY-SA 4.0): "…reduce the costs of Phoenix by 3% — 4%" had been cut to
  // "…by 3%" and shown as a big "3%".
  assert.match(compressSentence('The external data set would reduce the costs of Phoenix by 3% — 4% in the first year of operation across all clients.')?.text ?? '', /3% — 4%/)
})

test('held-out set 111: "coming to terms with" keeps its phrase, and "Next up to speak is…" only announces', () => {
  // Simon Wardley, "To thine own self be true" and "The scenario" (Wardley Maps, CC BY-SA 4.0): "The hardest thing about
  // mapping is coming to terms" had lost "with a simple fact that there is no right answer", the chapter's thesis; "Next
  // up to speak is the head of marketing" had been a bullet.
  assert.match(compressSentence('The hardest thing about mapping is coming to terms with a simple fact that there is no right answer.')?.text ?? '', /terms with/)
  assert.ok(isSignpost('Next up to speak is the head of marketing.'))
})

test('held-out set 111: a sentence that only points at a figure or a link the slide does not show is no bullet', () => {
  // Simon Wardley (Wardley Maps, CC BY-SA 4.0): "The expected growth in clients is provided in figure 161", "In figure 183
  // I've listed the obvious wheres…" and "I've provided a link to a pdf of the scenario" had been bullets over no figure.
  for (const pointing of ['The expected growth in clients is provided in figure 161.', 'In figure 183 I’ve listed the obvious wheres on our map ignoring the more wishful thinking.', 'I’ve provided a link to a pdf of the scenario.']) assert.ok(isPointer(pointing), pointing)
  assert.ok(!isPointer('Figure 3 shows that costs fell by half in two years.'))
})

test('held-out set 110: a template heading ("Main Text") titles no slide', async () => {
  // Dermot Lynott, "Course on Open Science 101" (FORRT, CC BY-SA 4.0): the site's "### Main Text" had titled the first slide.
  const source = `---\ntitle: Course on Open Science 101\n---\n\n### Main Text\n\nThe replication crisis has raised many questions for researchers. It also poses unique challenges for those teaching about science.\n\n### Introducing Students to Open Science\n\nIt is important to teach open science to undergraduate students at the earliest possible opportunity. Open research skills are in demand.\n`
  const { html } = await renderDeck(source, { path: 'open-science.md', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /Main Text/)
})

test("held-out set 111: a pronoun fused with its contraction is never replaced by its referent", () => {
  // Simon Wardley, "The scenario" (Wardley Maps, CC BY-SA 4.0): "Though the competitor has not announced its final figures
  // for 2016, it's estimated… to be around £25M" had become "The competitor's estimated by some reports to be around £25M".
  assert.doesNotMatch(compressSentence('Though the competitor has not announced its final figures for 2016, it’s estimated by some reports to be around £25M.')?.text ?? '', /^The competitor’s estimated/)
})

test('held-out set 108: a filler dropped after a label\'s colon takes its comma along', () => {
  // Matthias Endler, "Asking Better Questions" (endler.dev, CC BY-SA 3.0): "A: Actually, I have no idea…" had become "A:, I
  // have no idea".
  assert.doesNotMatch(compressSentence('A: Actually, I have no idea what we should do next about the project.')?.text ?? '', /:,/)
})

test('held-out set 112: a list of one- or two-word items written a line each with commas is no verse', async () => {
  // Tobias Briones, "SAR HN: Sales Tax Overview" (tobiasbriones/blog, CC BY 4.0), copied: "Production or import," /
  // "Distribution," / "Retailer, and" / "Final consumer." after "For example, 18% is applied to each:" had been set as a
  // poem, its lead-in gone.
  const source = ['SAR HN: Sales Tax Overview', 'Tobias Briones', '', 'The sales tax is the main indirect tax in Honduras. It is charged on sales of goods and services.', '', 'It is applied to the import stage and each selling stage. For example, 18% is applied to each:', '', 'Production or import,', 'Distribution,', 'Retailer, and', 'Final consumer.', '', 'There is a big list of things exempt from paying sales taxes, such as medicines and basic food.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'sales-tax.txt', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /<blockquote>[\s\S]*Distribution/)
})

test('held-out set 109: note numbers glued after a closing quote or a bracket go as the others do', async () => {
  // Gissoo Doroudian, "Weave Derrida's References" (Startwords, CC BY 4.0), copied: "Stick Shuttle (at least 1)1", "…is
  // called “weft”.3" and "…recommended for warp.2" had shown their note numbers (the list under the last had run on into it).
  const source = ['Weave Derrida’s References', 'Gissoo Doroudian', 'October 2020', '', 'Tools', '', 'Loom – rigid heddle loom is recommended for beginners', 'Stick Shuttle (at least 1)1', 'Scissors', '', 'Supplies', '', 'Be sure to choose a sturdy, smooth yarn for your warp. Yarn with 2 strands is recommended for warp.2', '', 'Key points', '', 'The yarn on which you weave a piece is called “warp”. Yarns you use to weave a piece are called “weft”.3', '', 'Notes', '', '1 A stick shuttle holds the weft yarn.', '2 The warp takes the most tension.', '3 Weft is also called woof.', ''].join('\n')
  const { html } = await renderDeck(source, { path: 'weave.txt', overrides: { condense: true } })
  assert.doesNotMatch(slideFaces(html), /\(at least 1\)1|warp\.2|”\.3|weft”\s*3/)
})
