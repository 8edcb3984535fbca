/**
 * What a third reading of the held-out decks found wrong, slide by slide as
 * their speaker would: each case with the lines as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Heading, Root } from 'mdast'
import { qualifyRepeatedHeadings } from '../../src/article/repeated-headings.js'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { splitSentences } from '../../src/article/sentences.js'
import { compressSentence } from '../../src/article/compress.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { tagSentence } from '../../src/article/nlp.js'
import { isStatement } from '../../src/article/clause-grammar.js'
import { recogniseText } from '../../src/text/index.js'
import { parseDeck } from '../../src/html/render.js'
import { renderDeck } from '../../src/index.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { shortenItem } from '../../src/article/condense-items.js'
import { firstFigure } from '../../src/article/key-figures.js'

/** Headings of a recognised text, the title first. */
function headingsOf(text: string): string[] {
  return recogniseText(text).tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => toString(node))
}

/** The face of every slide of a deck built from `text` (plain text, article mode), one string per slide. */
async function faces(text: string, path = 'article.txt'): Promise<string[]> {
  const tree = await parseDeck(new VFile({ path, value: text }), {})
  const slides = tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : [node])).filter((node) => node.type === 'slide')
  return slides.map((slide) => slide.children.filter((child) => (child as { type: string }).type !== 'notes').map((child) => toString(child as Heading)).join(' | '))
}

// The TTS bug bounty review on Digital.gov (public domain), as copied from the page.
const bounty = [
  'TTS Bug Bounty Program: 3 Year Review',
  '',
  'By Alyssa Feola and Aidan Feldman • December 14, 2020',
  '',
  'The Technology Transformation Services (TTS) Bug Bounty Program is one of the first of its kind. Our program has been running for three years.',
  '',
  'Program overview',
  '',
  'On average, we receive 21 submissions per month. 18% of submissions are valid and unique vulnerabilities, which have an average award of $462.',
  '',
  'What we learned…',
  '',
  'Staffing — We started out with a rotating cohort of internal folks overseeing the program. Once the team grew and got more defined we switched to dedicated staff.',
  '',
  'Effort — It really does take a village. There tend to be false positives: about 68% of all the reports we receive are not valid.',
  '',
  'How we’ve iterated…',
  '',
  'Volume — When a new system is added, there tend to be more reports up front, which then decreases to a more steady state.'
].join('\n')

test('should take a short line that trails off ("What we learned…") for a heading, and a long one for prose', () => {
  assert.deepEqual(headingsOf(bounty), ['TTS Bug Bounty Program: 3 Year Review', 'Program overview', 'What we learned…', 'How we’ve iterated…'])
  const cut = ['A title for the test', '', 'The first paragraph is here and it says what the article is about.', '', 'And then the whole thing went wrong and nobody knew…', '', 'The second paragraph follows.'].join('\n')
  assert.ok(!headingsOf(cut).includes('And then the whole thing went wrong and nobody knew…'))
})

test('should take a Title Case label set apart before a paragraph ("All Time Review:") for a heading without its colon', () => {
  const text = ['TTS Bug Bounty Program: 3 Year Review', '', 'The program has been running for three years and it has grown every single year since then.', '', 'All Time Review:', '', 'On average, we receive 21 submissions per month. 18% of submissions are valid and unique vulnerabilities.', '', 'Severity breakdown:', '', '20% High or Critical', '47% Medium', '29% Low'].join('\n')
  const headings = headingsOf(text)
  assert.ok(headings.includes('All Time Review'), headings.join(' | '))
  // A lower-case label before its list introduces the list.
  assert.ok(!headings.some((heading) => heading.startsWith('Severity')), headings.join(' | '))
})

test('should end a sentence before a figure that opens the next one, but not after an abbreviation', () => {
  assert.deepEqual(splitSentences('On average, we receive 21 submissions per month. 18% of submissions are valid. It cost approx. 5 dollars. See fig. 3 for more.'), [
    'On average, we receive 21 submissions per month.',
    '18% of submissions are valid.',
    'It cost approx. 5 dollars.',
    'See fig. 3 for more.'
  ])
})

test('should keep a plain-text run-in label ("Staffing — …") as the label of its paragraph’s bullet', async () => {
  const slides = await faces(bounty)
  const learned = slides.find((face) => face.startsWith('What we learned'))
  assert.ok(learned, slides.join('\n'))
  assert.match(learned, /Staffing — /)
  assert.match(learned, /Effort — /)
  // Each labelled paragraph gives its own bullet: the label is not a sentence of its own.
  assert.doesNotMatch(learned, /It really does take a village \|/)
})

// rOpenSci's Leadership in #rstats Culture (Julia Stewart Lowndes, CC BY 4.0), copied from the page with its chrome.
const leadership = [
  'Skip to main content', 'rOpenSci', 'About', 'Software', 'Community', 'Blog', 'Resources', 'Help', 'Donate', 'Search', 'Blog', 'Community', '',
  'rOpenSci\'s Leadership in #rstats Culture', '',
  'February 21, 2020 · From 📝 the Blog · 6 minutes read · Julia Stewart Lowndes', '',
  'Also cross-posted on the Openscapes blog', '',
  'At their closing keynote at the 2020 RStudio Conference, Hilary Parker and Roger Peng mentioned that they hatched the idea for their excellent Not So Standard Deviations podcast following their reunion at the 2015 rOpenSci unconf, ("runconf15").', '',
  'But rOpenSci is all about welcoming more and more people into the rOpenSci and #rstats community, as is evident in part from runconf16, runconf17, and runconf18, and the 28.2K Twitter followers (as of February 2020). rOpenSci has created a friendly watershed of innovation.', '',
  'Tags', 'community', 'unconf', 'DOI: 10.59350/4abpm-h5f09', 'Share', 'Twitter', 'LinkedIn', 'Mastodon', 'Email',
  'You may also like', 'The Value of Welcome, part 1: How rOpenSci Welcomes People', 'rstudio::conf(2020) - Sharing, Caring and Learning',
  'Subscribe to our newsletter', 'Email address', 'Subscribe', 'rOpenSci is a fiscally sponsored project of NumFOCUS.', 'Code of Conduct', 'Contact', 'Privacy Policy',
  'Except where otherwise noted, content on this site is licensed under the CC-BY license •  Powered by Hugo'
].join('\n')

test('should read a title that opens with a name in lower case, and leave out where else a post ran and the site’s foot', () => {
  const { tree, outline } = recogniseText(leadership)
  assert.deepEqual([outline.title, outline.byline, outline.date], ['rOpenSci\'s Leadership in #rstats Culture', 'Julia Stewart Lowndes', 'February 21, 2020'])
  assert.deepEqual(outline.headings, [])
  const text = toString(tree)
  for (const chrome of ['cross-posted', 'From 📝', 'Tags', 'You may also like', 'Value of Welcome', 'Email address', 'fiscally sponsored', 'Code of Conduct', 'Powered by']) assert.ok(!text.includes(chrome), chrome)
  assert.match(text, /friendly watershed of innovation/)
  // A line of code is not a title ("logObjectEntries(0); // No type error!").
  assert.ok(!headingsOf(['A title for the test', '', 'The first paragraph is long enough to be a paragraph of prose.', '', 'logObjectEntries(0); // No type error!', '', 'More prose follows here.'].join('\n')).includes('logObjectEntries(0); // No type error!'))
})

test('should end a sentence before a name written in lower case, and keep a name written with "::" whole', () => {
  assert.deepEqual(splitSentences('It grew with 28.2K Twitter followers (as of February 2020). rOpenSci has created a watershed. We use iPhone daily.'), ['It grew with 28.2K Twitter followers (as of February 2020).', 'rOpenSci has created a watershed.', 'We use iPhone daily.'])
  assert.deepEqual(tagSentence('Use std::vec::Vec here: it works.').map((token) => token.value), ['Use', 'std::vec::Vec', 'here', ':', 'it', 'works', '.'])
  // The colons of "rstudio::conf" are no clause boundary: no bullet ends on "…summary of rstudio".
  assert.doesNotMatch(compressSentence('In a follow-up to an earlier blog summary of rstudio::conf(2020), here I want to reflect on how important runconf15 was.')?.text ?? '', /of rstudio$/)
})

test('should title the pages of an article without headings by what each is about, not "Introduction (cont.)"', () => {
  const pages = [
    'The 2015 unconf was transformative for someone like me. At runconf15, I learned that software developers were kind people. Kind people take time to talk to a new user.',
    'Karthik is a data scientist and an ecologist. He leads rOpenSci. I met Karthik in the hallway one day.',
    'What I am trying to do is to pass forward what I learned. We talk about the awesomeness of R communities in our mentor sessions.'
  ]
  const phrases = keyPhrases(pages, 'rOpenSci\'s Leadership in #rstats Culture')
  assert.equal(phrases[0], 'Kind people')
  assert.equal(phrases[1], 'Karthik')
  // Nothing named twice: no title, the slide keeps "Introduction (cont.)".
  assert.equal(phrases[2], undefined)
  // One common word names too little; a capital at the start of a sentence makes no name.
  assert.deepEqual(keyPhrases(['Data matters. Data is everywhere. Slide from the talk. Slide two.'], ''), [undefined])
})

test('should read a project site’s page: its logo and menu, a byline "on behalf of" a team, who said a quote, a footnote and the foot', () => {
  // Inside Rust, "Maintainer spotlight: Tiffany Pek Yuan (@tiif)" (Jakub Beránek, Lori Lorusso; MIT OR Apache-2.0), as copied.
  const text = [
    'Rust Logo', 'Rust Blog', 'Inside Rust Blog', 'Install', 'Learn', 'Tools', 'Governance', 'Community', '',
    'Maintainer spotlight: Tiffany Pek Yuan (@tiif)', '',
    'June 3, 2026 · Jakub Beránek, Lori Lorusso on behalf of the Content team', '',
    'There are hundreds of people who maintain the Rust toolchain, often on a volunteer basis on top of another job.', '',
    'I got to know Tiffany as a GSoC student adding miri support for checking unsafe code in tokio. It was a joy to mentor her.', '',
    'Oli Scherer, Rust compiler team member and Tiffany\'s GSoC mentor', '',
    'We interviewed Tiffany to find out about her experiences with joining the Rust Project and contributing to Rust.', '',
    'Can you briefly introduce yourself?', '',
    'Hi, my name is Tiffany Pek. I\'m currently studying a Bachelor\'s degree in computer science at the National University of Singapore.', '',
    'Currently, it has over 70 members.↩︎', '',
    'Get help!', 'Documentation', 'Rust Forge (Contributor Documentation)', 'Ask a Question on the Users Forum', 'Terms and policies', 'Code of Conduct', 'Licenses',
    'Logo Policy and Media Guide', 'Security Disclosures', 'All Policies', 'Social', 'RSS', 'Main Blog', '"Inside Rust" Blog', 'Maintained by the Rust Team. See a typo? Send a fix here!'
  ].join('\n')
  const { tree, outline } = recogniseText(text)
  assert.deepEqual([outline.title, outline.byline, outline.date], ['Maintainer spotlight: Tiffany Pek Yuan (@tiif)', 'Jakub Beránek, Lori Lorusso on behalf of the Content team', 'June 3, 2026'])
  assert.deepEqual(outline.headings.map((heading) => heading.text), ['Can you briefly introduce yourself?'])
  const all = toString(tree)
  for (const chrome of ['Rust Logo', 'Governance', 'Get help', 'Security Disclosures', 'See a typo', '↩']) assert.ok(!all.includes(chrome), chrome)
  assert.match(all, /Currently, it has over 70 members\./)
  assert.match(all, /Oli Scherer, Rust compiler team member/)
})

test('should not take a noun qualified by a participle, or a clause cut after "is that", for a statement', () => {
  const statement = (text: string): boolean => isStatement(tagSentence(text))
  // Arduino's LPWAN 101: the bold phrase after a colon is a noun phrase.
  assert.equal(statement('Networks based on non-cellular based technologies and cellular-based networks'), false)
  assert.equal(statement('LTE-M, which stands for Long Term Evolution for Machines'), false)
  // "…depends on the specific application, namely the desired speed, data amounts and area covered": the tail alone.
  assert.equal(statement('Data amounts and area covered'), false)
  // "…is that in many cases, having some duplication is better…" lost its clause at the comma.
  assert.equal(statement('What I learned in Sandi\'s workshop is that in many cases'), false)
  assert.equal(statement('Which was 100% the truth'), false)
  assert.equal(statement('An introduction to R, are being taught using the mtcars dataset'), false)
  for (const text of ['The board is designed for global use', 'Tools built on Rust are fast', 'The problem is that nobody reads it', 'We found that the cache was cold', 'Often, breaking changes come in the form of new arguments']) assert.equal(statement(text), true, text)
})

test('should keep a sentence the list finishes with its list, and leave an author’s comment off every face', async () => {
  // rOpenSci, "The Journey of {nycOpenData}" (Christian Martinez, CC BY 4.0), and "essurvey" (Jorge Cimentada, CC BY 4.0).
  const markdown = ['---', 'title: The Journey of nycOpenData', '---', '', '<!-- # see for blogpost https://github.com/ropensci/roweb2 -->', '', '## FADE IN', '', 'Nine **NYC** graduate students who', '', '- don\'t own a car,', '- don\'t drive a car,', '- and have no interest in cars.', '', '## Relevance', '', 'What do all my students have in common? Even if they\'re not from NYC, they currently call it home.'].join('\n')
  const tree = await parseDeck(new VFile({ path: 'journey.md', value: markdown }), { overrides: { condense: true } })
  const slides = tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : [node])).filter((node) => node.type === 'slide')
  const faces = slides.map((slide) => slide.children.filter((child) => (child as { type: string }).type !== 'notes').map((child) => toString(child as Heading)).join(' | '))
  const fade = faces.find((face) => face.startsWith('FADE IN'))
  assert.match(fade ?? '', /FADE IN \| Nine NYC graduate students who \| don't own a car/)
  assert.ok(!faces.some((face) => face.includes('blogpost') || face === 'Introduction'), faces.join('\n'))
})

test('should never change a fact while compressing: a role and its name, a hedge, a qualifier in brackets, C++', () => {
  const short = (text: string): string | undefined => compressSentence(text)?.text
  // rOpenSci: the editor is Ronny Hernandez Mora ("my editor and Ronny Hernandez Mora" made two people of one).
  assert.doesNotMatch(short('I am especially grateful to my editor, Ronny Hernandez Mora, and reviewers, Haolin Dong and Michael Pascale, for the time, care, and thoughtful feedback they invested throughout the review.') ?? '', /editor and Ronny/)
  // SciPy: "On average" limits the claim.
  assert.match(short('On average, you are guaranteed to have more consistent results with a better quality using QMC.') ?? '', /^On average, /)
  // NumPy: "(temporarily) disruptive".
  assert.match(short('We knew throughout development that rolling out NumPy 2.0 would be (temporarily) disruptive.') ?? '', /\(temporarily\) disruptive$/)
  // Inside Rust: "C++" is a language, not "C" and punctuation.
  assert.match(short('I tried a lot of programming languages before that, such as Java, Python or C++.') ?? '', /C\+\+$/)
  // An aside closed by a comma before the verb is no trailing phrase ("I think the upcoming funding efforts" lost its verb).
  assert.notEqual(short('I think the upcoming funding efforts, such as the RustNL Maintainers Team and the Rust Foundation Maintainers Fund, will be able to financially support more Rust Project contributors.'), 'I think the upcoming funding efforts')
  // Arduino: "long before" keeps its clause.
  assert.notEqual(short('Sensors in bridges or tunnels measure temperature, humidity and corrosion and identify vulnerabilities long before visible damage occurs.'), 'Sensors in bridges or tunnels measure temperature, humidity and corrosion and identify vulnerabilities long')
  assert.equal(isStatement(tagSentence('Package stakeholders are those who benefit from the ongoing maintenance of the package, which include')), false)
})

test('should show "---" in running text as an em dash, and leave a link "here" and "In the following…" off the face', async () => {
  const markdown = ['# Classroom', '', 'If I wanted my students to learn anything in my class---not just R---I needed to make an immediate pivot.', '', 'Run `a---b` as written.'].join('\n')
  const { html } = await renderDeck(new VFile({ path: 'c.md', value: markdown }))
  assert.match(html, /class—not just R—I needed/)
  assert.match(html, /a---b/)
  const scored = scoreSentences([['The official package repository is at Github here.', 'In the following, we assume that SciPy, NumPy and Matplotlib are installed and imported.', 'QMC points fill the space more evenly than random points do.']])
  assert.deepEqual(scored.map((candidate) => candidate.signpost), [true, true, false])
})

test('should keep an answer with its question, a plain label with its item, and a version off the big number', () => {
  // nycOpenData: "What do all my students have in common? They all live in NYC. Even if…".
  const markdown = ['---', 'title: Relevance', 'condense: true', '---', '', '## Relevance drives rigor', '', 'What do all my students have *in common*? **They all live in NYC**. Even if they\'re not from NYC, they currently call it home.', '', 'There were really only two options when it came to using NYC Open Data in the classroom that semester.'].join('\n')
  return parseDeck(new VFile({ path: 'r.md', value: markdown }), {}).then((tree) => {
    assert.match(toString(tree), /What do all my students have in common\? They all live in NYC/)
    // NumPy 2.0: a plain "Label: sentence" list item keeps its label and a compressed sentence.
    const item = shortenItem({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Support for the Python array API standard: This is the first release to include full support for the array API standard (v2022.12), made possible by the new promotion rules, APIs, and API cleanup mentioned above. We also aligned existing APIs and behavior with the standard.' }] }] }, 14)
    assert.equal(toString(item), 'Support for the Python array API standard: This is the first release to include full support for the array API standard (v2022.12)')
    assert.equal(firstFigure('The journey to an actual 2.0 release has been long'), undefined)
    assert.equal(isStatement(tagSentence('API cleanup mentioned above')), false)
  })
})

test('should say which section a repeated sub-heading belongs to ("LoRaWAN® (MKR WAN 1300/1310): Coverage")', () => {
  const heading = (depth: 2 | 3 | 4, value: string): Heading => ({ type: 'heading', depth, children: [{ type: 'text', value }] })
  const tree: Root = { type: 'root', children: [heading(2, 'Arduino and LPWAN'), heading(3, 'LoRaWAN (MKR WAN 1310)'), heading(4, 'Coverage'), heading(3, 'Sigfox (MKR FOX 1200)'), heading(4, 'Coverage'), heading(4, 'Library')] }
  qualifyRepeatedHeadings(tree)
  assert.deepEqual(tree.children.map((node) => toString(node)), ['Arduino and LPWAN', 'LoRaWAN (MKR WAN 1310)', 'LoRaWAN (MKR WAN 1310): Coverage', 'Sigfox (MKR FOX 1200)', 'Sigfox (MKR FOX 1200): Coverage', 'Library'])
})

test('should send a plain-text footnote to the notes, and show a section of footnotes as short bullets', async () => {
  const text = ['Maintainer spotlight', '', 'By Ana Ruiz · June 3, 2026', '', 'How big is the compiler team?', '', 'The compiler team is so big that I never know what is going on in another part of the compiler. Everyone specialises.', '', 'We thank Tiffany for sharing her thoughts with us.', '', 'Currently, it has over 70 members.↩︎'].join('\n')
  const slides = await faces(text)
  assert.ok(!slides.some((face) => face.includes('70 members')), slides.join('\n'))
  const { tree } = recogniseText(text)
  assert.equal(tree.children.filter((node) => node.type === 'paragraph' && node.data?.footnote).length, 1)
})

test('should read a sentence the same whatever was read before it (wink-nlp learns the words it meets)', () => {
  const sentence = 'Riverside\'s trees are one of its largest and least visible assets.'
  const before = tagSentence(sentence).map((token) => `${token.value}/${token.pos}`)
  tagSentence('The canopy is thinner than Riverside\'s, and the city knows it.')
  assert.deepEqual(tagSentence(sentence).map((token) => `${token.value}/${token.pos}`), before)
})

test('should read a paragraph with who said it under it as a quotation, and keep the attribution under a condensed quote', async () => {
  const text = ['Maintainer spotlight', '', 'By Ana Ruiz · June 3, 2026', '', 'There are hundreds of people who maintain the Rust toolchain, often on a volunteer basis on top of another job.', '', 'I got to know Tiffany as a GSoC student adding miri support for checking unsafe code in tokio. It was a joy to mentor her, and subsequently seeing her sticking around and learning about formality and rustc on her own.', '', 'Oli Scherer, Rust compiler team member and Tiffany\'s GSoC mentor', '', 'We interviewed Tiffany to find out about her experiences with joining the Rust Project.'].join('\n')
  const quote = recogniseText(text).tree.children.find((node) => node.type === 'blockquote')
  assert.ok(quote, 'a blockquote')
  assert.match(toString(quote), /— Oli Scherer, Rust compiler team member/)
  const slides = await faces(text)
  assert.ok(slides.some((face) => face.includes('— Oli Scherer')), slides.join('\n'))
})

test('should prefer the items to the sentence that only counts them ("There are two ways to…")', () => {
  // Electron, "V8 Memory Cage" FAQ (MIT): the two ways are the bullets, not their count.
  const scored = scoreSentences([[
    'There are two ways to go about refactoring a native module to be compatible with the V8 memory cage.',
    'The first is to copy externally-created buffers into the V8 memory cage before passing them to JavaScript.',
    'The other approach is to use V8\'s memory allocator to allocate memory which you intend to eventually pass to JavaScript.'
  ]], { heading: 'How do I refactor a native module?' })
  const [count, first, other] = scored.map((candidate) => candidate.score)
  assert.ok(count! < first! && count! < other!, scored.map((candidate) => `${candidate.score.toFixed(2)} ${candidate.sentence}`).join('\n'))
})
