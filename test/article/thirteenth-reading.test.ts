/**
 * What the readings of 3 December 2026 (eighth session) asked for, each
 * case with the text as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Heading, List, Paragraph, RootContent } from 'mdast'
import { renderDeck } from '../../src/index.js'
import { firstFigure } from '../../src/article/key-figures.js'
import { chooseLayout } from '../../src/article/layouts.js'
import { slideMetrics } from '../../src/article/slide-metrics.js'

/** The faces of a rendered deck, without the notes. */
async function faces(markdown: string): Promise<string[]> {
  const { html } = await renderDeck(markdown, { path: 'post.md', overrides: { condense: true } })
  return html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').split(/<section\b/).slice(1)
}

// Hannes Van De Vreken, "Running my very first marathon" (hannesvdvreken.com, 2015, MIT).
const race = `---
title: Running my very first marathon
---

## Second half of the race

After the half way point the couple ahead of me started to increase their pace by 5-10 seconds per km, which was my game plan as well, so I kept chasing them. At the 30 km mark they slowed down for drinks, which they did every 5 km. I overtook them, thinking they would keep up with me, but I never saw them again. At 34 km at the side of the track people were handing out capsules of gel (high energy sweet sirup) which I ate together with a cup of water at 35 km. This way I was able to give my body some extra fuel for the last 7 km. The last 7 km I noticed a lot of people started to slow down, even walk. I managed to keep my pace till the very last kilometer, thanks to the Dutch crowd cheering. In the last 500 meters I gave it everything I had left. 3 hours, 29 minutes and 21 seconds after the start I ran across the finish line of my first marathon.

To my surprise I didn't lose any time in the last 5 km. Probably this has something to do with all the measures I took in the last weeks before the race. No alcohol, no intensive workouts, but loads of carbs and water and a few good nights rest. And of course the gel containing high levels of glucose at about 34 kilometer.

Will I ever do this again? I think so.
Will I ever beat my personal best? Maybe, because I don't know if I was just lucky that everything went exactly right, or if I ran this great time just because of good training. I measured my heart rate throughout the race and noticed it's higher than I would have hoped. I'll be training on this in the future.
`

test('should read a time told in parts as one figure', () => {
  // "3" alone counted nothing and "29 minutes" was no finishing time.
  assert.equal(firstFigure('3 hours, 29 minutes and 21 seconds after the start I ran across the finish line of my first marathon'), '3:29:21')
  assert.equal(firstFigure('The climb took 2 hours and 15 minutes'), '2 hours and 15 minutes')
  assert.equal(firstFigure('She was 3 years and 6 months old'), '3 years and 6 months')
  // A small count with a unit and nothing after it is still no figure.
  assert.equal(firstFigure('I slept 3 hours that night'), undefined)
})

test("should show the section's finishing time large, not the side figure of the slide before it", async () => {
  const shown = await faces(race)
  const figures = shown.flatMap((face) => [...face.matchAll(/<p class="key-figure">([^<]*)</g)].map((match) => match[1]))
  assert.deepEqual(figures, ['3:29:21'])
  // The figure labels its claim: the bullet right under it.
  const face = shown.find((text) => text.includes('key-figure'))!
  assert.match(face.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), /3:29:21 3 hours, 29 minutes and 21 seconds after the start I ran across the finish line/)
})

test("should answer a teaser question with its paragraph's strongest sentence", async () => {
  // Ilya Kashnitsky, "UK monarchs' longevity against their people: a demographically correct reanalysis" (2026, CC BY-SA
  // 4.0): "The results?" was answered on the face by "Royals still enjoy a survival advantage…"; the finding is 7.7 years.
  const shown = await faces(`---
title: "UK monarchs' longevity against their people"
---

## A demographically correct approach

The results? Yes, royals still enjoy a survival advantage over the general population. This is hardly a surprise -- living in extreme privilege gives you access to the best diet, living environments, and medical care of your era. But the sensational headline from Olshansky’s piece no longer holds. Instead of the claimed 30 year advantage, we see a more modest 7.7 years of extra survival, on average across the 12 monarchs and their spouses.
`)
  const text = shown.join(' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
  assert.match(text, /The results\? Instead of the claimed 30 year advantage, we see a more modest 7\.7 years/)
  // A question that asks something is still answered by the sentence after it.
  const asked = await faces(`---
title: Students
---

## Who they are

What do all my students have in common? They all live in New York City. Most of them commute by subway for over an hour each day, which is a long time for anyone.
`)
  assert.match(asked.join(' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), /What do all my students have in common\? They all live in New York City/)
})

test('should show the figure of the bullet the selection ranked highest on a big-number slide', () => {
  const metrics = slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Toxoplasmosis' }] }
  const item = (text: string, score: number): List['children'][number] => ({ type: 'listItem', spread: false, data: { score }, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  const list = (scores: [number, number]): RootContent[] => [heading, { type: 'list', ordered: false, spread: false, children: [item('About 40% of the patients had eaten raw meat in the month before', scores[0]), item('Treating one infant born with the infection costs $5,000 in its first month', scores[1])] }]
  assert.deepEqual(chooseLayout(list([1, 3]), { metrics }), { layout: 'big-number', figure: '$5,000', figureItem: 1 })
  // Ranked lower, the later figure waits: the first bullet's shows.
  assert.deepEqual(chooseLayout(list([3, 1]), { metrics }), { layout: 'big-number', figure: '40%' })
})

test("should title an overview's page by a compound only its face names", async () => {
  // Chris Wellons, "Two Years as a High School Mentor" (nullprogram.com, 2016, public domain): an essay without headings
  // showed "Some mentors (cont.)" over four pages, one of them about teaching x86 assembly.
  const { keyPhrases } = await import('../../src/article/key-phrases.js')
  const pages = [
    'Some mentors put students directly to work on an existing, funded project. This is a mistake. Real world, practical projects are poor learning environments for beginners. Some mentors do not see it.',
    "Together we made rapid progress — much more than I could alone. I can't go into the specifics, but much of his work was built on lessons learned from the raytracer. I also taught him x86 assembly, which he applied to co-author a paper."
  ]
  const faces = ['Some mentors put students directly to work on an existing, funded project — this is a mistake', "I also taught him x86 assembly\nTo reiterate, an important part of this entire journey was the influence he had over his own work"]
  assert.equal(keyPhrases(pages, 'Two Years as a High School Mentor', 'en', faces, faces)[1], 'x86 assembly')
  // A name said in passing titles nothing ("Just like Facebook in the early days" on a page about booking meetings).
  const passing = ['Tim was to build the product, I was to book 2 meetings with heads of sales every day\nJust like Facebook in the early days']
  assert.deepEqual(keyPhrases(['We booked meetings.', 'Tim was to build the product. Just like Facebook in the early days.'], 'Our first year', 'en', ['We booked meetings', passing[0]!], ['We booked meetings', passing[0]!])[1], undefined)
})

test("should send a picture's credit where its picture went", async () => {
  // Tobias Briones, "SAR HN: Sales Tax Overview (2023/08/28)" (CC BY 4.0): a missing picture's credit, set in raw HTML,
  // showed "Image by PhotoMIX-Company via Pixabay" in bold on the first slide.
  const { isPictureLabel } = await import('../../src/article/block-kinds.js')
  assert.ok(isPictureLabel({ type: 'html', value: '<p align="center">\n<b>\nImage by\n<a href="https://pixabay.com/users/photomix-company-1546875">PhotoMIX-Company</a> via\n<a href="https://pixabay.com/photos/cash-register-printer-receipt-store-5610295">Pixabay</a>\n</b>\n</p>' }))
  assert.ok(isPictureLabel({ type: 'paragraph', children: [{ type: 'text', value: 'Photo by Jane Doe on Unsplash' }] }))
  // A sentence about pictures is prose.
  assert.ok(!isPictureLabel({ type: 'paragraph', children: [{ type: 'text', value: 'Images from the archive were scanned by volunteers over three years, and the work is still going on today with new funding.' }] }))
  const { html } = await renderDeck('---\ntitle: Sales Tax\n---\n\n![](images/missing.jpg)\n\n<p align="center">\n<b>\nImage by\n<a href="https://pixabay.com/users/x">PhotoMIX-Company</a> via\n<a href="https://pixabay.com/photos/y">Pixabay</a>\n</b>\n</p>\n\nI took the SAR course on sales tax in Honduras. I will cover what I learned in it.\n', { path: '/tmp/lectern-credit-test/post.md', overrides: { condense: true } })
  assert.doesNotMatch(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /Image by/)
  assert.match(html, /<aside class="notes">[\s\S]*Image by/)
})

test('should load nothing from outside the deck in the notes of an article', async () => {
  // Julie Lowndes, "Vacationing with Open Science" (Openscapes, CC BY 4.0) set its photographs in raw HTML with
  // site-absolute paths; Derek Kedziora, "K--v is the Capital of Ukraine" (CC BY 4.0), a chart from another site; Hannes
  // Van De Vreken's marathon post (MIT) a social post with its site's script. In the notes they were fetched (and the
  // script run) whenever the deck was opened or printed.
  const source = `---
title: Holidays
---

## Walks

We walked a lot in the hills and saw many animals on the way, which was a real pleasure for all of us.

<br> <center> <a><img src="/img/blog/vacation-2022/hedgehog_elowndes.jpeg" width="90%" alt="closeup photo of a wild hedgehog in the grass"></a> </center> <br>

The lakes were beautiful and calm in the autumn light of the north, and the hills were green.

![Kiev is clearly the historical winner](https://res.cloudinary.com/derekkedziora/image/upload/kyiv-ngram.png)

<blockquote class="instagram-media"><p><a href="https://instagram.com/p/1YnRq_OwU1/">3:29:05 #mr15. The crowd was amazing!</a></p></blockquote>
<script async defer src="//platform.instagram.com/en_US/embeds.js"></script>

Will I ever do this again? I think so, and I will train for it.
`
  const { html } = await renderDeck(source, { path: 'post.md', overrides: { condense: true } })
  const notes = [...html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((match) => match[1]).join('\n')
  assert.doesNotMatch(html, /platform\.instagram\.com|<img\b[^>]*\bsrc="(?:https?:|\/\/|\/img)/)
  // What they were stays in the notes: the pictures by their descriptions, the chart as a link, the post's words.
  assert.match(notes, /closeup photo of a wild hedgehog in the grass/)
  assert.match(notes, /<a href="https:\/\/res\.cloudinary\.com\/derekkedziora\/image\/upload\/kyiv-ngram\.png">Kiev is clearly the historical winner<\/a>/)
  assert.match(notes, /The crowd was amazing!/)
  // Notes written by hand are left as written.
  const written = await renderDeck('# Talk\n\n---\n\n## One\n\nText\n\nNote:\n![chart](https://example.com/chart.png)\n', { path: 'talk.md' })
  assert.match(written.html, /<img src="https:\/\/example\.com\/chart\.png"/)
})

test('should read a label over a headline, its standfirst and its byline as the kicker', async () => {
  // Eva Belmonte, "Vaccination levels: Holes in the shield" (Civio / Medicamentalia, 2017, CC BY 3.0), copied from the
  // page: the label was the title, and "By Eva Belmonte" a section of the talk.
  const source = [
    'Vaccination levels',
    'Holes in the shield',
    'Half of the countries in the world do not achieve immunization rates sufficient to curb the transmission of illnesses such as measles',
    '',
    'By Eva Belmonte',
    'February 9, 2017',
    '',
    'The measles vaccine was invented in the 1960s, and by the 1980s its use was widespread. Decades later, however, the disease persists. In 2015, nearly 200,000 measles cases were registered worldwide and 73,844 children under the age of four died from this avoidable evil.',
    '',
    'Herd immunity',
    '',
    'The percentage coverage required to curb the spread of an illness is calculated by taking into account its contagiousness. The quicker and easier the illness is transmitted, the higher the immunization rate must be.',
    ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: 'vaccines.txt' })
  const title = /<section class="title-slide[\s\S]*?<\/section>/.exec(html)![0]
  assert.match(title, /<h1>Holes in the shield<\/h1>/)
  assert.match(title, /Vaccination levels/)
  assert.match(title, /Eva Belmonte/)
  assert.doesNotMatch(html, /<h2>By Eva Belmonte<\/h2>/)
})

test("should read Nikola's metadata comment as the post's front matter", async () => {
  // Edwin Steele, "Coffee at home" (wordspeak.org, 2015, CC0): the deck had no title slide.
  const source = '<!--\n.. title: Coffee at home\n.. slug: coffee-at-home\n.. date: 2015/07/12 15:55:47\n.. tags: \n.. spellcheck_exceptions: cah,Karabinos, AeroPress\n.. is_orphan: False\n.. link:\n.. description:\n-->\n\nI like coffee. I like the taste and I like the experience.\n'
  const { normalizeSource } = await import('../../src/read/normalize-source.js')
  const normal = normalizeSource(source)
  assert.equal(normal.split('\n').length, source.split('\n').length)
  assert.match(normal, /^---\ntitle: "Coffee at home"\n/)
  const deck = await renderDeck(source, { path: 'coffee.md' })
  assert.match(deck.html, /<h1>Coffee at home<\/h1>/)
  assert.match(deck.html, /2015\/07\/12(?! 15)/)
  assert.deepEqual(deck.file.messages.filter((message) => /front-matter/.test(message.ruleId ?? '')), [])
  // A comment that is no metadata stays a comment.
  assert.match(normalizeSource('<!--\nA note to myself\n-->\n\n# Talk\n'), /^<!--/)
})

test('should keep what a preposition or a conjunction takes in brackets, and a verb what it takes after a pronoun', async () => {
  // Derek Kedziora, "K--v is the Capital of Ukraine" (2019, CC BY 4.0).
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.equal(compressSentence('Most English speakers end up pronouncing Kyiv as [keev], which is, ironically, closer to the Russian pronunciation than the Ukrainian.', { maxWords: 30 })?.text, 'Most English speakers end up pronouncing Kyiv as [keev], which is, ironically, closer to the Russian pronunciation than the Ukrainian')
  assert.match(compressSentence('My compromise is to use Kyiv for written English and [kee-yev] for spoken.', { maxWords: 14 })?.text ?? '', /and \[kee-yev\] for spoken/)
  // ("…that distinguishes it" had lost "from neighboring languages".)
  assert.doesNotMatch(compressSentence('The pronunciation and written form of the first vowel (the y in Kyiv) is a feature of modern Ukrainian that distinguishes it from neighboring languages.', { maxWords: 14 })?.text ?? '', /distinguishes it$/)
  // An aside in brackets still goes.
  assert.equal(compressSentence('Most users (and many admins) never change the default settings.', { maxWords: 14 })?.text, 'Most users never change the default settings')
})

test('should not end a bullet on a conjunction and a phrase fronted before the clause still to come', async () => {
  // Andrew Heiss, "Libya, obsolete paradigms, and Rip Van Winkle" (2009, CC BY 4.0): "Condoleezza Rice even visited and
  // on the eve of George Bush's presidency" lost "the US and Libya exchanged ambassadors".
  const { compressSentence } = await import('../../src/article/compress.js')
  const text = compressSentence('Condoleezza Rice even visited and on the eve of George Bush’s presidency, in January 2009, the US and Libya exchanged ambassadors.', { maxWords: 14 })?.text
  assert.ok(text === undefined || /exchanged ambassadors$/.test(text), text)
})

test('should close on the question an article ends with', async () => {
  // Andrew Heiss, "Libya, obsolete paradigms, and Rip Van Winkle" (2009, CC BY 4.0).
  const source = `---
title: Libya, obsolete paradigms, and Rip Van Winkle
---

## Disciplines

Dr. Lisa Anderson spoke on the role of traditional social studies disciplines in the study of the Middle East. New disciplines emerged in the early 1900s with the explicit purpose of improving governance, public administration, and economy. Research on other systems is always done in terms of the Western social science paradigm.

## Egypt

I’ve found that the same principle can be applied to other countries in the Middle East. When Egypt held elections in 2005, President Mubarak allowed a second candidate to run for the first time ever. Disciplinary political scientists praised his move as an important step towards liberal democratization. Mubarak won by a landslide through rigged elections and imprisoned his opposing candidate, Ayman Nour.

Great big step towards democracy, or false expectations rooted in a skewed and incorrect social science paradigm?
`
  const shown = await faces(source)
  const close = shown.find((face) => face.includes('closing-line'))
  assert.ok(close, 'a closing line')
  assert.match(close!, /Great big step towards democracy, or false expectations rooted in a skewed and incorrect social science paradigm\?/)
  // A question asked of the reader closes nothing.
  const asked = await faces(source.replace(/Great big step[^\n]*/, 'What do you think about the elections and what they mean for your own research?'))
  assert.ok(!asked.some((face) => /closing-line[\s\S]*What do you think/.test(face)))
})

test('should give a box of prose or a list its content, not a slide of its own', async () => {
  // Derek Kedziora, "K--v is the Capital of Ukraine" (2019, CC BY 4.0): a raw `<section class="aside">` around the TLDR
  // list made Reveal lay the overview over the title slide.
  const source = `---
title: "K--v is the Capital of Ukraine"
description: "Even though Kiev still hangs on, most Ukrainians prefer Kyiv."
---

Now that Ukraine is in the news everyday, the question of how to write the capital of the country in English has come up. So is it Kyiv or Kiev?

<section class="aside">
<h3>TLDR</h3>
<ul>
<li>Both Kyiv and and Kiev are common and accepted in English.</li>
<li>The majority of Ukrainians prefer Kyiv.</li>
</ul>
</section>

## Historically speaking

The original English version of the city comes from its Old East Slavic name, which in English orthography would have been Kiev. The shifting vowel sounds that give us modern Kyiv are relatively recent in Ukrainian.
`
  const { html } = await renderDeck(source, { path: 'kyiv.md', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(face, /<section class="aside">/)
  assert.match(face, /<li>The majority of Ukrainians prefer Kyiv\.?<\/li>/)
  // Every slide is a top-level section of the deck: none inside another.
  const slides = face.split('<div class="slides">')[1]!
  assert.doesNotMatch(slides, /<section\b[^>]*>(?:(?!<\/section>)[\s\S])*<section\b/)
})

test("should show what a writer went on to find, with its price, not the pronoun of a rationale", async () => {
  // Edwin Steele, "Coffee at home" (wordspeak.org, 2015, CC0): "The Grind" showed "$50" for the old grinder and "My
  // rationale is that they have a top end grinder"; the section's find, the $40 Porlex, stayed in the notes.
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.equal(
    compressSentence("Having started a subscription with SampleCoffee, which only delivers beans, I thought I'd investigate options for grinding and found that the Porlex Mini Hand Grinder was inexpensive ($40) and quiet, and easy to use.", { maxWords: 14 })?.text,
    'The Porlex Mini Hand Grinder was inexpensive ($40) and quiet, and easy to use'
  )
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const vague = (sentence: string): boolean => isVague(tagSentence(sentence), sentence)
  assert.ok(vague('My rationale is that they have a top end grinder, which gives a great grind.'))
  // An empty "it" leans on nothing.
  assert.ok(!vague('The first problem is that it is very hard to define "progress".'))
})

test("should join a label with nothing under it to the heading it labels", async () => {
  // "Writing Effective Letters" (plainlanguage.gov, public domain): an example's label, "Too general", was a divider
  // slide of its own, numbered in the agenda, over the example "Helpful Headings".
  const { foldEmptyHeadings } = await import('../../src/article/long-headings.js')
  const heading = (text: string): RootContent => ({ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] })
  const paragraph = (text: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })
  const tree = { type: 'root' as const, children: [heading('Divide your letters into short sections'), paragraph('Headings will help you keep your sections short.'), heading('Too general'), heading('Helpful Headings'), paragraph('Headings are helpful because they guide a reader to find information.'), heading('Can you feel the difference?'), heading('Use a sympathetic opening'), paragraph('Start with a sympathetic statement.')] }
  foldEmptyHeadings(tree)
  const { toString } = await import('mdast-util-to-string')
  assert.deepEqual(tree.children.filter((node) => node.type === 'heading').map((node) => toString(node)), ['Divide your letters into short sections', 'Too general: Helpful Headings', 'Use a sympathetic opening'])
  // The question closes the section before it, as its last paragraph.
  assert.equal(toString(tree.children[tree.children.findIndex((node) => toString(node) === 'Use a sympathetic opening') - 1]!), 'Can you feel the difference?')
})

test('should leave a paragraph about the blog itself off the face', async () => {
  // Andrew Heiss, "Libya, obsolete paradigms, and Rip Van Winkle" (2009, CC BY 4.0): the overview opened on "I'm thinking
  // of sticking with an odd mixture of technology and academia".
  const { scoreSentences } = await import('../../src/article/sentence-score.js')
  const { splitSentences } = await import('../../src/article/sentences.js')
  const paragraphs = [
    'I’m still experimenting with what I’m going to blog about here. I’m thinking of sticking with an odd mixture of technology and academia, which might work out well since I’m considering doing my upcoming thesis on technology in the Middle East, specifically blogging. So, here’s a purely academic post to start things off.',
    'New disciplines of social studies emerged with the explicit purpose of improving governance, public administration, and economy.'
  ].map((paragraph) => splitSentences(paragraph))
  const candidates = scoreSentences(paragraphs)
  assert.ok(candidates.filter((candidate) => candidate.paragraph === 0).every((candidate) => candidate.signpost))
  assert.ok(!candidates.find((candidate) => candidate.paragraph === 1)!.signpost)
})

test("should not show a sentence of figures without them, a 'not only' without its 'but also', nor a total's aside", async () => {
  // Eva Belmonte, "Vaccination levels: Holes in the shield" (Civio, 2017, CC BY 3.0).
  const { compressSentence } = await import('../../src/article/compress.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  // ("…or Niger" without Niger's figures, then "Remarkable examples include Malawi" without Malawi's.)
  assert.equal(bullet('Remarkable examples include Malawi, with an immunization rate of 85% for the first dose and just 8% for the second, or Niger, falling from 89% for the first dose to 16% for the second.'), undefined)
  assert.equal(bullet('Vaccinating 95% of the population not only avoids measles spreading when there is an outbreak but also, by curbing transmission, protects those who cannot be vaccinated, such as babies who are not yet old enough or people with weakened immune systems.'), undefined)
  const { dropAsides } = await import('../../src/article/compress-brackets.js')
  const { dropTrailing } = await import('../../src/article/compress-back.js')
  const { tagSentence, tokensText } = await import('../../src/article/nlp.js')
  const steps = dropTrailing(dropAsides(tagSentence('In 2015, 105 of the 187 countries analysed by the WHO (out of the 196 existing in total) had not achieved the immunization rate necessary to create a shield capable of curbing measles transmission, the so-called herd immunity.')))
  assert.equal(tokensText(steps), 'In 2015, 105 of the 187 countries analysed by the WHO had not achieved the immunization rate necessary to create a shield capable of curbing measles transmission')
  // (A bracket with its own figure and words is still the evidence.)
  assert.match(bullet('Most households recycle (more than 30 percent of waste) every week.') ?? '', /more than 30 percent/)
})

test('should send a site picture in a figure with a <caption> to the notes', async () => {
  // Ed Summers, "The Ferguson Principles" (inkdroid.org, 2018, CC BY 4.0): a figure written with `<caption>` for its
  // caption stayed on the face as an empty box, its picture on the site.
  const { isOffFace } = await import('../../src/article/block-kinds.js')
  assert.ok(isOffFace({ type: 'html', value: '<figure>\n  <a href="https://medium.com/on-archivy/were-all-bona-fide-f502bdaea029">\n    <img class="img-fluid" src="/images/iipc2018-ferguson.jpg">\n  </a>\n  <caption>Ferguson, Missouri (2017)</caption>\n</figure>' }))
})

test('should keep a part over a numbered series as its divider, and leave a stock photo credit off the slides', async () => {
  // Laura Larrimore, "10 ways to recognize employees at work" (digital.gov, 2023, public domain): after the session's
  // label rule, "10 ideas for everyone: 1. Create a tradition…" ran to three lines of title, and two blind reviewers
  // preferred the divider; "Muhamad Chabib alwi/iStock via Getty Images" had been a divider of its own.
  const { foldEmptyHeadings } = await import('../../src/article/long-headings.js')
  const { toString } = await import('mdast-util-to-string')
  const heading = (text: string): RootContent => ({ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] })
  const paragraph = (text: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })
  const tree = { type: 'root' as const, children: [paragraph('Here are 10 ideas to get started.'), heading('10 ideas for everyone'), heading('1. Create a tradition of celebrating Public Service Recognition Week'), paragraph('Public Service Recognition Week is celebrated each May.')] }
  foldEmptyHeadings(tree)
  assert.deepEqual(tree.children.filter((node) => node.type === 'heading').map((node) => toString(node)), ['10 ideas for everyone', '1. Create a tradition of celebrating Public Service Recognition Week'])
  const { isPictureCredit } = await import('../../src/text/credit-lines.js')
  assert.ok(isPictureCredit('Muhamad Chabib alwi/iStock via Getty Images'))
  assert.ok(!isPictureCredit('Public Service Recognition Week (Partnership for Public Service)'))
})

test("should read a copied page's photo captions, credit lines and a trailing-off heading's short lines as what they are", async () => {
  // Stephen A. Fuqua, "Connecting with the Wild in Urban America" (2013, CC BY-SA 4.0): photo captions titled the talk's
  // slides, a credit line was a bullet and "Also see: Op-Ed: …" the subtitle. Fahlquist and Hopkins, "Why We Use Gage
  // Height" (USGS, 2021, public domain): "Stage", the first of seven names, was a heading over the other six.
  const { textToMarkdown } = await import('../../src/text/index.js')
  const essay = [
    'Connecting with the Wild in Urban America',
    '',
    'March 17, 2013',
    '',
    'Also see: Op-Ed: Preserve Local Parks Grants, adapted from this essay',
    '',
    'Like many in my parents’ generation, my Gen-X childhood was spent outside whenever possible, with the freedom to roam the neighborhood and explore the vestiges of the wild wherever they could be found.',
    '',
    'Small ledge and spring, along a minor brook emptying into Lake Springfield, Missouri',
    '',
    'And then we moved to the Dallas area, in the middle of 7th grade. Again our home was on old farmland, but there were no vestiges other than the flatness of tilled cropland.',
    '',
    'Gaillardia flowers at Spring Creek Forest Preserve in Richardson and Garland. Some rights reserved by gurdonark',
    '',
    'My blood runs orange, and going to Austin felt like going home at last. There, I found comfort and respite at the turtle pond north of the Tower.',
    ''
  ].join('\n')
  const markdown = textToMarkdown(essay)
  assert.doesNotMatch(markdown, /^#+ Small ledge/m)
  assert.doesNotMatch(markdown, /^subtitle:/m)
  assert.doesNotMatch(markdown.replace(/<!--[\s\S]*?-->/g, ''), /Some rights reserved/)
  // (A section's name in Title Case with a comma stays a heading.)
  assert.match(textToMarkdown(['A Guide', '', 'Workshops are how we teach, and we have run many of them over the years in many places.', '', 'The Tastes Great, Less Filling Model in Action', '', 'Data Carpentry currently relies on two-day workshops that teach the basics of working with data.', ''].join('\n')), /^## The Tastes Great, Less Filling Model in Action$/m)
  const gage = ['Why We Use Gage Height', '', 'Gage height is the distance of the stream water surface above the gage datum, a reference point chosen for each site.', '', 'Gage Height is Also Called...', '', 'Stage', 'River Height', 'River Level', 'River Stage', 'Stream Height', '', 'Complex Math to Estimate Discharge', '', 'Complex math is used to compute the relation between gage height and discharge at every site.', ''].join('\n')
  assert.match(textToMarkdown(gage), /^## Gage Height is Also Called\.\.\.\n\n- Stage\n- River Height\n- River Level\n- River Stage\n- Stream Height$/m)
})

test("should show a section's lesson: its label and its fronted 'where' clause go, a relative clause with an aside stays whole", async () => {
  // Ben Balter, "Three things you learn going from the most bureaucratic organization in the world to the least" (2014,
  // CC BY 3.0): none of the three italic "Lesson" sentences, the article's point, reached a slide.
  const { compressSentence } = await import('../../src/article/compress.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.equal(bullet('Lesson one: where an organization has the choice between empowering employees to do their job and minimizing risk, large organizations err on the side of minimizing risk, which in effect, creates it.'), 'Large organizations err on the side of minimizing risk, which in effect, creates it')
  // (", which in effect," had gone as an aside, leaving "…minimizing risk creates it".)
  const { dropRelativeAside } = await import('../../src/article/compress-asides.js')
  const { tagSentence, tokensText } = await import('../../src/article/nlp.js')
  assert.match(tokensText(dropRelativeAside(tagSentence('Large organizations err on the side of minimizing risk, which in effect, creates it.'))), /which in effect, creates it/)
  // A "where" clause that is a sentence's subject is left alone.
  assert.doesNotMatch(bullet('Where a URL maps to can even change depending on the Node.js version that is being requested.') ?? 'Where', /^(?!Where)/)
})

test("should read an equation between double dollars with spaces inside, and MathJax's \\( \\) delimiters, as math", async () => {
  // Peter Ellis, "Test positivity rates and actual incidence and growth of diseases" (freerangestats.info, 2020, CC BY-SA
  // 4.0): the model, "$$y = mxq^k\epsilon $$", was read as money and left in the notes; "\\(\epsilon\\)" showed as TeX.
  const source = '---\ntitle: Test positivity\n---\n\nWe can actually generalise all three methods into a model:\n\n$$y = mxq^k\\epsilon $$\n\nwhere\n\n- `y` is the population prevalence\n- \\\\(\\epsilon\\\\) is a random error term of unknown distribution\n\nPrices stay prices: it costs $20 and $30.\n'
  const { html } = await renderDeck(source, { path: 'positivity.md', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(face, /\$\$y = /)
  assert.doesNotMatch(face, /\\\(\\epsilon/)
  assert.match(face, /class="katex[\s\S]*ϵ/)
  assert.match(html, /\$20 and \$30/)
})

test('should never cut a bullet at a dash or a colon inside a number', async () => {
  // Chris Krycho, "I Won! 2024 Longview Half Marathon Race Report" (2024, CC BY 4.0): "…given I also had 55" (of
  // "55–60% carbs") and "…with a good training cycle sub-2" (of "sub-2:45").
  const { compressSentence } = await import('../../src/article/compress.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.doesNotMatch(bullet('Yesterday’s food intake was ~60% carbs—I have yet to figure out how to effectively hit 80% the day before a race as lots of folks recommend while still having a happy gut!—but that seems to be fine given I also had 55–60% carbs every day the rest of the week as well.') ?? '', /\b55$/)
  assert.doesNotMatch(bullet('I think I could definitely hit sub-2:50 and hopefully with a good training cycle sub-2:45 even at a mile high, and better at sea level.') ?? '', /sub-2$/)
})

test("should read a date line with the post's tags as the date", async () => {
  // Alex Chan, "Mountaintop moments" (alexwlchan.net, 2024, CC BY 4.0): "Posted 26 August 2024 · Tagged with personal" was
  // the talk's subtitle.
  const { parseByline } = await import('../../src/text/byline.js')
  assert.deepEqual(parseByline('Posted 26 August 2024 · Tagged with personal'), { date: '26 August 2024' })
})

test('should not read an example set off inside the subject as the end of a fronted clause', async () => {
  // Bastian Greshake Tzovaras, "The effects the COVID-19 lockdown had on me" (2020, CC0): "Including me were forced to
  // drastically change their daily routines" had lost its subject, "a lot of folks".
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.doesNotMatch(compressSentence('As a result a lot of folks, including me were forced to drastically change their daily routines, shifting to a home office approach.', { maxWords: 14 })?.text ?? '', /^Including me/)
})

test('should not show a bullet of the slide before again as the next slide’s pull quote', async () => {
  // Chris Krycho, "I Won! 2024 Longview Half Marathon Race Report" (2024, CC BY 4.0): "Don't leave anything on the course."
  // was a bullet, then the next slide's pull quote.
  const metrics = slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'The last miles' }] }
  const face: RootContent[] = [heading, { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'I picked up the pace for the last two miles' }] }] }] }]
  const notes = 'My coach had one rule for the day: "Don’t leave anything on the course and run the last mile hard." I picked up the pace for the last two miles.'
  assert.equal(chooseLayout(face, { metrics, notes }).layout, 'quote')
  assert.notEqual(chooseLayout(face, { metrics, notes, seen: new Set(['don t leave anything on the course and run the last mile hard']) }).layout, 'quote')
})

test('should leave a sentence presenting a picture the slide does not show, and a recap of what was learnt, off the face', async () => {
  // Kev Quirk, "How To Cycle An Aquarium" (2021, CC BY-SA 4.0): the conclusion showed "If you look closely, you can see my
  // Bristlenose Pleco hiding under the rock" with no picture, after "You now should have a good idea of how to cycle an
  // aquarium".
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost('Just for good measure, here is a picture of my favourite tank.'))
  assert.ok(isSignpost('If you look closely, you can see my Bristlenose Pleco hiding under the rock.'))
  assert.ok(isSignpost('You now should have a good idea of how to cycle an aquarium.'))
  assert.ok(!isSignpost('You will have to fill several fields.'))
  assert.ok(!isSignpost('Just make sure you’re doing regular water tests and monitoring your parameters.'))
})

test('should close on the claim before a last paragraph that only asks, and drop "No matter how you look at it,"', async () => {
  // Danielle Navarro, "On living in dark times" (2023, CC BY 4.0): the talk went straight to "Questions?" past "No matter
  // how you look at it, a lot of people have been forced to flee already."
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.equal(compressSentence('No matter how you look at it, a lot of people have been forced to flee already.', { maxWords: 14 })?.text, 'A lot of people have been forced to flee already')
  const { closingLine } = await import('../../src/article/closing-line.js')
  const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })
  const title: RootContent = { type: 'slide', data: { attributes: { class: 'title-slide' } }, children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'On living in dark times' }] }] } as never
  const last: RootContent = {
    type: 'slide',
    children: [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'The scale' }] },
      { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph('The point estimate of 111k people could be out by a factor of 2 in either direction')] }] },
      { type: 'notes', children: [paragraph('The point estimate of 111k people could be out by a factor of 2 in either direction.'), paragraph('Between 52000 and 199000 transgender adults have been displaced. No matter how you look at it, a lot of people have been forced to flee already.'), paragraph('At some point the rest of the American population will start to actually do something about this, right? I mean, something other than make it worse.')] }
    ]
  } as never
  const close = closingLine([title, last], { isBackMatter: () => false, maxWords: 14, lang: 'en' })
  const { toString } = await import('mdast-util-to-string')
  assert.match(close ? toString(close) : '', /A lot of people have been forced to flee already|Between 52000 and 199000 transgender adults have been displaced/)
})

test('should show the definition of the talk’s subject as its label and what it is', async () => {
  // Alex Chan, "Mountaintop moments" (alexwlchan.net, 2024, CC BY 4.0): both reviewers missed the definition; "I call
  // events like these mountaintop moments." scored as a vague sentence and "They're any event…" leaned on it.
  const { definitionOf } = await import('../../src/article/definitions.js')
  const sentences = ['I call events like these mountaintop moments.', 'They’re any event or experience that lets us escape from our normal lives.', 'Atop the metaphorical mountain, the air is cleaner.']
  assert.deepEqual(definitionOf(sentences, ['Mountaintop moments', undefined]), { label: 'Mountaintop moments', text: 'any event or experience that lets us escape from our normal lives' })
  // Only the talk's subject or the section's: a name given in passing is no definition to show.
  assert.equal(definitionOf(['I call my grandmother every Sunday evening.', 'It is a habit I picked up years ago.'], ['Mountaintop moments', 'Habits']), undefined)
  const shown = await faces(`---\ntitle: Mountaintop moments\n---\n\n## What they are\n\nI call events like these mountaintop moments. They’re any event or experience that lets us escape from our normal lives. Atop the metaphorical mountain, the air is cleaner, the sky and stars get closer, and the view stretches out in front of us.\n\nBeing on the mountaintop gives us space to grow. We have new adventures, we try new ideas, we meet new friends, and we learn more about ourselves.\n`)
  assert.match(shown.join(' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), /Mountaintop moments: any event or experience that lets us escape from our normal lives/)
})

test("should read 'Once that's done, …' as leaning on the step before it", async () => {
  // Kev Quirk, "How To Cycle An Aquarium" (2021, CC BY-SA 4.0): "Once that's done, plop a few prawns into your tank"
  // opened a slide whose first step was in the notes.
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const vague = (sentence: string): boolean => isVague(tagSentence(sentence), sentence)
  assert.ok(vague('Once that’s done, plop a few prawns into your tank and leave them there'))
  assert.ok(!vague('Once the tank is full, plop a few prawns into it and leave them there'))
})
