/**
 * What the thirty-fifth session (6 December 2026) found reading decks as
 * their speaker, on the shared samples and held-out articles (source,
 * author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { renderDeck } from '../../src/index.js'
import { fixtures } from '../helpers.js'
import { compressSentence } from '../../src/article/compress.js'
import { facesOf } from '../helpers/deck-text.js'
import { recogniseText } from '../../src/text/recognise.js'
import { withoutSpeakerInitials } from '../../src/text/speaker-initials.js'
import { splitLines } from '../../src/text/lines.js'
import { isSignpost } from '../../src/article/signposts.js'
import { isPressFurniture } from '../../src/article/pointers.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { isVague } from '../../src/article/leaning.js'
import { tagSentence } from '../../src/article/nlp.js'

/** A deck built from `source` in article mode: its HTML and the text of its faces (notes left out). */
async function deck(source: string): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  return { html, faces: facesOf(html) }
}

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a participle the tagger reads as a noun after a clause\'s comma trails, and the lede is a bullet', () => {
  // The shared sample press release (../shared/examples/library-press-release.txt): its lede, who does what and when,
  // made no bullet because "pairing" was read as a noun, so the clause after the comma was no clause to drop.
  assert.equal(
    bullet('The Riverside public library will host a free repair café every Saturday morning from next month, pairing residents who have broken household items with volunteers who know how to fix them.'),
    'The Riverside public library will host a free repair café every Saturday morning from next month'
  )
  // (A list's item after the comma is no clause: nothing to trail.)
  assert.equal(bullet('The centre offers many things to residents, cooking classes and gardening workshops.'), 'The centre offers many things to residents, cooking classes and gardening workshops')
})

test('"It" after a sentence that says what a thing is stands for that thing on the bullet', async () => {
  // The shared sample "How Community Gardens Change a Neighbourhood" (../shared/examples/community-gardens.txt): its
  // conclusion's point, "It feeds people, cools streets and… turns a row of houses into a neighbourhood", leaned on the
  // sentence before and was never shown; the slide had one bullet.
  const { faces } = await deck(['# Gardens', '', '## Conclusion', '', 'A garden is a small piece of ground and a large piece of civic life. It feeds people, cools streets and, above all, turns a row of houses into a neighbourhood.'].join('\n'))
  assert.match(faces, /A garden feeds people, cools streets/)
  // (Not where what it is names another thing, which "it" may stand for: webpack's roadmap, "The biggest problem is the
  // `"sideEffects": false` flag. It affects modules on per file base…".)
  const webpack = await deck(['# Roadmap', '', '## ESM library', '', 'The biggest problem is the `"sideEffects": false` flag. It affects modules on per file base to skip whole modules.'].join('\n'))
  assert.doesNotMatch(webpack.faces, /The biggest problem affects/)
})

test('a plan\'s steps head their sections however long, the field each closes with is no heading, nor a remark that ends in "!"', () => {
  // Institute IRNAS, "GoodEnoughCNC - Make for Good!" (23 November 2016, CC BY-SA 4.0, copied text): "Step 1:" and
  // "Step 3:" (over 14 words) ran on as prose under the step before; each step's "Goal: …" line headed a section of its
  // own, so every goal titled the next step's slide; "Combining several techniques you can really make almost
  // anything!" headed the three sections after it.
  const text = [
    'GoodEnoughCNC - Make for Good!',
    '',
    'Digital fabrication explained',
    '',
    'Digital fabrication is a type of manufacturing process where the machine used is controlled by a computer. We know additive and subtractive techniques.',
    '',
    'Combining several techniques you can really make almost anything!',
    '',
    'What comes next?',
    '',
    'We believe the next step to take is to shift the narrative from the machines themselves to the useful products.',
    '',
    'Step 1: Learn about the conditions and needs in the field to respond to specific local challenges',
    '',
    'We want to get a good understanding of what is happening on the ground to identify the real challenges communities are facing.',
    '',
    'Goal: Established relationships with partner organizations active on the field',
    '',
    'Step 2: Optimize open hardware solutions to identified challenges',
    '',
    'In this stage we will collaborate with current best practitioners on the field to optimize 7 open hardware solutions for digital manufacturing.',
    '',
    'Goal: Optimized solutions for digital manufacturing',
    '',
    'Step 3: Hybrid CNC development and upgrades and optimization of the machine for use cases',
    '',
    'We will further improve the design of Hybrid CNC for maximal reliability and reproducibility.',
    '',
    'Goal: Optimized version of the machine'
  ].join('\n')
  const headings = recogniseText(text).outline.headings.map((heading) => heading.text)
  assert.deepEqual(headings, [
    'Digital fabrication explained',
    'What comes next?',
    'Step 1: Learn about the conditions and needs in the field to respond to specific local challenges',
    'Step 2: Optimize open hardware solutions to identified challenges',
    'Step 3: Hybrid CNC development and upgrades and optimization of the machine for use cases'
  ])
})

test('"since" before a date opens a statement; a picture announced and a call to follow the page elsewhere are no bullets', () => {
  // Institute IRNAS, "Building Hardware Following Open Source Principles" (21 June 2017, CC BY-SA 4.0): its opening
  // claim made no bullet ("Since" read as opening a clause that never reached its main one), while "To better explain
  // our work flow we prepared the following diagram…" (a diagram the deck cannot show) and "From now on you can follow
  // the stories… also on Medium platform" were bullets, the second the talk's last.
  assert.equal(
    bullet('Since the beginning of this year we at Institute IRNAS and Fabrikor fabrication lab have started several exciting collaborations with organizations from around the world, helping them bring to life useful products by providing our expertise in open hardware development and manufacturing.'),
    'Since the beginning of this year we at Institute IRNAS and Fabrikor fabrication lab have started several exciting collaborations'
  )
  assert.equal(bullet('Since 2019 the team has grown to twelve people.'), 'Since 2019 the team has grown to twelve people')
  // (A clause of "since" is still one: it needs its main clause.)
  assert.equal(bullet('Since the team grew to twelve people.'), undefined)
  assert.equal(isSignpost('To better explain our work flow we prepared the following diagram, where you can see how we work as well as how we’re applying open source principles along the way.'), true)
  assert.equal(isSignpost('From now on you can follow the stories on collaborative open hardware development also on Medium platform.'), true)
  assert.equal(isSignpost('We prepared the ground for a new fabrication lab in Ljubljana.'), false)
})

test('a byline in bold under the standfirst signs the deck and heads nothing; two things counted together stay together under a big number', async () => {
  // The White House blog, "Why We Must Invest in AANAPISIs" (29 September 2023, a U.S. federal work, public domain):
  // "**By Erika L. Moritsugu, Krystal Ka‘ai, and Philip Kim**" titled four slides, its last the writers' bios.
  const { html, faces } = await deck(
    [
      '---',
      'title: Why We Must Invest in AANAPISIs',
      '---',
      '',
      '*A little-known federal program has helped to empower generations of underserved students. This week, the Administration is taking new steps to strengthen it.*',
      '',
      '**By Erika L. Moritsugu, Krystal Ka‘ai, and Philip Kim**',
      '',
      'Last Friday, President Joe Biden issued the first-ever White House proclamation celebrating the impact of the AANAPISI program. Ever since Congress first established the AANAPISI program in 2007, these campuses have empowered generations of students.',
      '',
      'Despite these benefits, the AANAPISI designation is little known. 281 colleges and universities qualified as AANAPISIs in 2022, but only a fraction have sought and received funding through the program.'
    ].join('\n')
  )
  assert.doesNotMatch(faces, /## By Erika/)
  assert.match(html, /<section[^>]*class="[^"]*title[^"]*"[^]*?Erika L\. Moritsugu, Krystal Ka‘ai and Philip Kim[^]*?<\/section>/)
  assert.doesNotMatch(faces, /^and universities/m)
})

test('a proclamation\'s label and signing formula head and close nothing; a series of possessives is one list, not two clauses', async () => {
  // The White House, "250th Anniversary of the Adoption of the Declaration of Independence" (proclamation, 3 July 2026,
  // a U.S. federal work, public domain; copied text): "A PROCLAMATION" headed the whole text over three slides, "IN
  // WITNESS WHEREOF, I have hereunto set my hand…" was its close, and "…pledged their lives, their fortunes, and their
  // sacred honor…" was cut at its second comma into a bullet, twice.
  const text = [
    '250th Anniversary of the Adoption of the Declaration of Independence',
    '',
    'July 3, 2026',
    '',
    'BY THE PRESIDENT OF THE UNITED STATES OF AMERICA',
    '',
    'A PROCLAMATION',
    '',
    'Two hundred and fifty years ago, the Founders of our great Republic gathered in Philadelphia to fulfill a God-given destiny. Fifty-six men pledged their lives, their fortunes, and their sacred honor to sign a legendary charter of freedom and declare America’s promise that all men are created equal and have the sovereign right to Life, Liberty, and the Pursuit of Happiness.',
    '',
    'In June of 1776, Richard Henry Lee of Virginia rose before the Second Continental Congress and moved that the American Colonies cast off the bonds of British rule. Thomas Jefferson was entrusted with giving that historic resolve its language.',
    '',
    'IN WITNESS WHEREOF, I have hereunto set my hand this third day of July, in the year of our Lord two thousand twenty-six.',
    '',
    'DONALD J. TRUMP'
  ].join('\n')
  assert.deepEqual(recogniseText(text).outline.headings, [])
  const { html } = await renderDeck(text, { path: '/tmp/lectern-no-such-folder/article.txt', overrides: { condense: true } })
  const faces = facesOf(html)
  assert.doesNotMatch(faces, /PROCLAMATION/)
  assert.doesNotMatch(faces, /IN WITNESS WHEREOF/)
  assert.doesNotMatch(faces, /their lives, their fortunes$/m)
  assert.equal(isPressFurniture('IN WITNESS WHEREOF, I have hereunto set my hand this third day of July.'), true)
})

test('a name the tagger broke at its small words titles a slide whole, never by its tail', () => {
  // Institute IRNAS, "From Portland to London - Travel Summary" (3 November 2016, CC BY-SA 4.0, copied text): "Attending
  // Meeting of the Minds conference…" ("Meeting" read as a verb) had titled its slide "Minds conference".
  const page = 'Attending Meeting of the Minds conference has been surprisingly interesting as I was not entirely sure what to expect. I have held a presentation about KORUZA at Microsoft Research in Cambridge.'
  const [title] = keyPhrases([page, 'Next stop on the trip was Maker Faire Rome in Italy.'], '', 'en', [page, 'Next stop'])
  // (A paired reader preferred "Minds conference" to "Microsoft Research", the name of one bullet: the whole name it is.)
  assert.equal(title, 'Meeting of the Minds conference')
})

test('a concession before "they" gives its subject to the main clause, past a whole named after "of" and an initialism\'s plural', () => {
  // The White House blog, "Why We Must Invest in AANAPISIs" (2023, public domain): its key fact made no bullet, "they"
  // being taken for the colleges and universities, and "AANAPISIs" for no plural.
  assert.equal(
    bullet('Though AANAPISIs make up a small percentage of U.S. colleges and universities, they enroll nearly half of the nation’s AA and NHPI undergraduate students.'),
    'AANAPISIs enroll nearly half of the nation’s AA and NHPI undergraduate students'
  )
  // (The object of a verb may still be whom "they" means: the sentence stays whole.)
  assert.equal(bullet('When providers took the time to ask mothers about their mental health, they were more likely to be correctly diagnosed.'), 'When providers took the time to ask mothers about their mental health, they were more likely to be correctly diagnosed')
})

test('the page sending its reader to another post, asking to be shared or thanking for help is no bullet', () => {
  // Institute IRNAS, "GoodEnoughCNC - Make for Good!" (2016, CC BY-SA 4.0): "Check this blog post to read more and to get
  // involved" was Step 1's first bullet, "We appreciate your help!" a bullet of the plan's last step.
  assert.equal(isSignpost('Check this blog post to read more and to get involved.'), true)
  assert.equal(isSignpost('Please, get in touch to discuss collaboration possibilities and share this blog post with anyone who might be interested in getting involved in this initiative.'), true)
  assert.equal(isSignpost('We really appreciate your help!'), true)
  assert.equal(isSignpost('We check the blog for spam every morning.'), false)
})

test('a picture\'s caption in a raw HTML paragraph goes to the notes with a picture the deck cannot show', async () => {
  // Institute IRNAS, "Building Hardware Following Open Source Principles" (2017, CC BY-SA 4.0): `<p class="quiet">…</p>`
  // under each picture (whose address is a site template's) stood on the slides without them.
  const { html, faces } = await deck(
    [
      '# Open hardware',
      '',
      '## Openness helps us move fast',
      '',
      'When devices are open hardware, it becomes almost trivial to learn from them. Prototyping is significantly faster and more cost effective with open modules.',
      '',
      '[![driver]({{ site.url }}/post_files/koruza-driver-2.jpg)]({{ site.url }}/post_files/koruza-driver-2.jpg)',
      '<p class="quiet">KORUZA Pro Driver | Standard binocular used for outdoor activities used as monocular for KORUZA Pro Camera module</p>',
      '',
      'We are keeping the project well documented with all the source files published on GitHub.'
    ].join('\n')
  )
  assert.doesNotMatch(faces, /Standard binocular/)
  assert.match(html, /<aside class="notes">[^]*?Standard binocular/)
})

test('a list of three or four takes what its lead-in leaves of the face, its longest items tightened, and is not split', async () => {
  // The real corpus's Node.js post ("Making Node.js Downloads Reliable", test/fixtures/real): its four reasons ran over two
  // slides under their lead-in, two on each, a few words over the face's sixty.
  const source = await readFile(path.join(fixtures, 'real', 'nodejs-downloads-reliable', 'article.md'), 'utf8')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const slide = html.split('<section').map(facesOf).find((face) => /handful of reasons/.test(face)) ?? ''
  assert.match(slide, /reliable and fast/)
  assert.match(slide, /Pricing/)
})

test('three words left of a long sentence are no bullet', () => {
  // Institute IRNAS, "GoodEnoughCNC - Make for Good!" (2016, CC BY-SA 4.0): "HybridCNC was developed" said nothing of how.
  assert.equal(bullet('Combining the best of open hardware solutions and innovating on the use of generally available standard parts, plus making sure any heavy parts - stock steel tubing- can be sourced locally, HybridCNC was developed.'), undefined)
  assert.equal(bullet('Prices rose sharply.'), 'Prices rose sharply')
})

test('a tagline titles its page; an emoji of several code points and a short statement before a question open question headings', () => {
  // Spokane Mesh Network, "No bars? No problem." (CC0 1.0, copied text): the deck was "Untitled"; "🕵️‍♂️ Is my
  // communication on the network private?" and "🤓 I'm not very technical. Can I still help?" ran on as prose under the
  // questions before them (the privacy answer under "How much does it cost to participate?").
  const text = [
    '📵 No bars? No problem.',
    '',
    'Text, track, & coordinate. Anywhere from the Palouse wheat fields to the Selkirk peaks.',
    '',
    'Frequently Asked Questions',
    '',
    '💸 How much does it cost to participate?',
    '',
    'Most devices cost between $30 and $80 depending on what you choose. There are no subscription fees.',
    '',
    '🕵️‍♂️ Is my communication on the network private?',
    '',
    'Yes. MeshCore uses AES-128 encryption for all messages by default. Even public channels encrypt messages in transit.',
    '',
    '🤓 I\'m not very technical. Can I still help?',
    '',
    'Absolutely! There are several ways to support the network even if you are not into tech.'
  ].join('\n')
  const { outline } = recogniseText(text)
  assert.equal(outline.title, '📵 No bars? No problem.')
  const headings = outline.headings.map((heading) => heading.text)
  assert.ok(headings.includes('🕵️‍♂️ Is my communication on the network private?'), headings.join(' | '))
  assert.ok(headings.includes('🤓 I\'m not very technical. Can I still help?'), headings.join(' | '))
})

test('an -s verb before a price is the verb the tagger missed', () => {
  // The night-buses article fixture: "A taxi from the eastern estates to the hospital quarter costs about a third of a
  // cleaner's nightly wage" ("costs" read as a noun) made no bullet.
  assert.equal(bullet('A taxi from the eastern estates to the hospital quarter costs about a third of a cleaner’s nightly wage.'), 'A taxi from the eastern estates to the hospital quarter costs about a third of a cleaner’s nightly wage')
})

test('an interview\'s speakers named by their initials open no title and no bullet', () => {
  // OpenElections, "Elections Data in Context: Interview with U.S. Elections Atlas' David Leip" (MIT, copied text):
  // every question's title opened "OE:" (once "OE :") and every answer's first bullet "DL:".
  const text = [
    'Elections Data in Context: Interview with David Leip',
    '',
    'OE : How did the US Elections Atlas come about?',
    '',
    'DL: The project started as a paper hobby back in 1993, exploring the results by county for the 1992 General Election.',
    '',
    'OE: What motivated you to start it?',
    '',
    'DL: This was a combination of hobby, personal interest, and civic-mindedness.',
    '',
    'OE: How is it used now?',
    '',
    'DL: The Atlas has grown into a multi-purpose site related to elections.'
  ].join('\n')
  const { outline } = recogniseText(text)
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['How did the US Elections Atlas come about?', 'What motivated you to start it?', 'How is it used now?'])
  assert.equal(withoutSpeakerInitials(splitLines('UK: prices rose in May.\n\nThe rest is prose.')).map((line) => line.text)[0], 'UK: prices rose in May.')
})

test('an editor\'s note stays the article\'s: a paired reader preferred its example shown', () => {
  // Too Much of a Person, Nina Kerkez, "Dating in the 21st Century" (2018, CC BY): sending "Editor's Note:Did you hear
  // about the Tinder Trap? BLISS…" to the notes was read, side by side, as losing "the article's one outside example".
  assert.equal(isPressFurniture('Editor’s Note:Did you hear about the Tinder Trap? BLISS, the viral video marketing agency behind the famous 10 hrs of walking in NYC as a woman, created a social experiment.'), false)
})

test('a verb of a phrase the tagger reads as a plural noun is the verb', () => {
  // The White House blog, "Full Charge: The Economics of Building a National EV Charging Network" (2023, public domain):
  // its opening fact, "Transportation accounts for the largest share of U.S. greenhouse gas emissions", made no bullet.
  assert.equal(
    bullet('Transportation accounts for the largest share of U.S. greenhouse gas emissions (about a third), with most transportation emissions coming from light-duty vehicles—the cars, small trucks, and vans that many of us drive.'),
    'Transportation accounts for the largest share of U.S. greenhouse gas emissions'
  )
})

test('a sentence that turns on "its" or "their" leans on the one before', () => {
  // Spokane Mesh Network (CC0 1.0, copied text): "But its more complex role system with 12 options…" was shown under
  // MeshCore's bullet, and read as MeshCore's; the Meshtastic® sentence it leans on was not shown.
  const sentence = 'But its more complex role system with 12 options and a default hop limit of just three can make scaling more difficult and setup more error-prone.'
  assert.equal(isVague(tagSentence(sentence), sentence), true)
  const plain = 'Its population grew by five percent last year.'
  assert.equal(isVague(tagSentence(plain), plain), false)
})

test('an empty "Frequently Asked Questions" heads the questions under it', () => {
  // Spokane Mesh Network (CC0 1.0, copied text): the empty heading titled the first question's slide ("Frequently Asked
  // Questions: 📡 What equipment do I need to join the network?") and the deck had no agenda.
  const text = [
    'Spokane Mesh Network',
    '',
    'A volunteer network for the region, built by neighbours with cheap radios and a lot of patience over the years.',
    '',
    'Frequently Asked Questions',
    '',
    '💸 How much does it cost to participate?',
    '',
    'Most devices cost between $30 and $80. There are no subscription fees.',
    '',
    '🪪 Do I need a license to operate on the network?',
    '',
    'No license is needed. MeshCore runs on unlicensed ISM bands.',
    '',
    'Get Involved!',
    '',
    'Ready to help build the mesh? Join the MeshCore Discord Server to connect with other users around the world.'
  ].join('\n')
  assert.deepEqual(
    recogniseText(text).outline.headings.map((heading) => `${heading.depth} ${heading.text}`),
    ['2 Frequently Asked Questions', '3 💸 How much does it cost to participate?', '3 🪪 Do I need a license to operate on the network?', '2 Get Involved!']
  )
})

test('the bio of whom the title names, closing the article, is for the notes', async () => {
  // OpenElections, "Elections Data in Context: Interview with U.S. Elections Atlas' David Leip" (MIT, copied text): his bio
  // was the last slide, under the last question and "(cont.)".
  const { html, faces } = await deck(
    [
      '# Elections Data in Context: Interview with U.S. Elections Atlas’ David Leip',
      '',
      '## How is it used now?',
      '',
      'The Atlas has grown into a multi-purpose site related to elections. The site receives thousands of visits a day for many uses.',
      '',
      'David Leip is Chief Electrical Engineer at LTX-Credence. He started the US Elections Atlas in 1993 as a graduate student at MIT, and it has evolved since then.'
    ].join('\n')
  )
  assert.doesNotMatch(faces, /Chief Electrical Engineer/)
  assert.match(html, /<aside class="notes">[^]*?Chief Electrical Engineer/)
})

test('a front matter title parts at its spaced dash; an album of pictures is no bullet; no cut leaves an idiom without its object', async () => {
  // FreeSewing, Joost De Cock, "The Refashioners 2017 - Now with a Blake Blazer preview and 100% more zebra" (2017, MIT):
  // the title filled four lines of its slide; "In the meanwhile, enjoy some more pictures of the jacket in this Flickr set"
  // was a bullet; "…is much in line" had lost "with the spirit of the refashioners".
  const { html } = await deck(['---', 'title: "The Refashioners 2017 - Now with a Blake Blazer preview and 100% more zebra"', '---', '', 'For the uninitiated, the refashioners is a yearly event hosted by Portia Lawrie. Its focus is on giving old garments a new lease on life.'].join('\n'))
  assert.match(html, /<h1>The Refashioners 2017<\/h1>\s*<p class="subtitle">Now with a Blake Blazer preview and 100% more zebra<\/p>/)
  assert.equal(isSignpost('In the meanwhile, enjoy some more pictures of the jacket in this Flickr set.'), true)
  assert.notEqual(bullet('Apart from the fact that I’m not made of money, I don’t think buying a 200 euro second hand suit only to rip it apart is much in line with the spirit of the refashioners.'), 'I don’t think buying a 200 euro second hand suit only to rip it apart is much in line')
})

test('a list beside its lead-in is fitted under the heading its page repeats, however long', async () => {
  // Institute IRNAS, "GoodEnoughCNC - Make for Good!" (2016, CC BY-SA 4.0): four calls to get involved ran two and two
  // over slides under "6. Make it good! - Transfer of the technology and know-how (cont.)", an eleven-word heading.
  const { html } = await deck(
    [
      '# GoodEnoughCNC',
      '',
      '## 6. Make it good! - Transfer of the technology and know-how',
      '',
      'We’ll distribute the machines through different channels, with online support. In each case the users will get the GoodEnoughCNC Hybrid kit and all the required know-how to effectively use the machine.',
      '',
      'GoodEnoughCNC Academy will be designed specifically for organizations and makers working in developing countries and post disaster zones. They will learn how to build the machine.',
      '',
      'At this stage we invite everyone interested in getting involved to:',
      '',
      '- Provide us with information about the most concerning challenges their community is facing.',
      '- Share with us interesting existing open hardware solutions.',
      '- Get in contact to discuss collaboration possibilities.',
      '- Send us any other feedback on this project – it will be really appreciated and helpful!'
    ].join('\n')
  )
  const slide = html.split('<section').map(facesOf).find((face) => /invite everyone/.test(face)) ?? ''
  assert.match(slide, /Provide us with information/)
  assert.match(slide, /Send us any other feedback/)
})
