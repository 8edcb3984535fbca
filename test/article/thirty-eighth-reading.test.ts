/**
 * What the thirty-third session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ListItem } from 'mdast'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { keyFigure } from '../../src/article/key-figures.js'
import { isSignpost } from '../../src/article/signposts.js'
import { isVague } from '../../src/article/leaning.js'
import { isBackMatter } from '../../src/article/back-matter.js'
import { tagSentence } from '../../src/article/nlp.js'
import { closingLine } from '../../src/article/closing-line.js'
import { toString } from '../../src/article/visible-text.js'
import { facesOf, notedSlide } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode, the text of its faces (notes left out). */
async function deckFaces(source: string): Promise<string> {
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  return facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''))
}

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })

test('a clause that only judges what its colon says gives way to it; a result trailing without a comma goes', () => {
  // Civil Service LGBT+ Network, "Reflecting on the national LGBT survey results and LGBT Action Plan" (2018, Open
  // Government Licence v3.0): two blind reviewers found "The results of the national LGBT survey are incredibly exciting"
  // alone on a slide, the 108,000 respondents after its colon dropped.
  assert.equal(bullet('The results of the national LGBT survey are incredibly exciting: more than 108,000 people responded to the survey making it the largest national survey of its kind anywhere in the world.'), 'More than 108,000 people responded to the survey')
  // (A clause that says something before its colon keeps it: "In such a system, pulling would be problematic: …".)
  assert.equal(bullet('The bridge was closed for repairs: engineers found cracks in two of its main supports.'), 'The bridge was closed for repairs: engineers found cracks in two of its main supports')
  // ("anywhere in the world" is the range of a superlative, not a filler.)
  assert.match(bullet('It became the largest national survey of its kind anywhere in the world.') ?? '', /anywhere in the world$/)
})

test('a meeting\'s next item, a report given and what the audience may have read elsewhere are signposts', () => {
  // John Peart, "What happened at the first Leaders of Networks Forum" (Civil Service LGBT+ Network, 2019, Open Government
  // Licence v3.0): "We then moved on to an update on our delivery against our business plan" opened its section, and "I gave
  // an update on progress" was a bullet; the survey post's "You'll likely have seen some of the headline findings in the press".
  assert.ok(isSignpost('We then moved on to an update on our delivery against our business plan: and we’ve done quite a lot!'))
  assert.ok(isSignpost('I gave an update on progress.'))
  assert.ok(isSignpost('You\'ll likely have seen some of the headline findings in the press.'))
  assert.ok(!isSignpost('I gave an update on the new budget, which rose by 5%.'))
  assert.ok(!isSignpost('You may have read that the bridge will close in May.'))
})

test('a lead-in that points back shows the claim before it, past a sentence that only points elsewhere', async () => {
  // The survey post: "You'll likely have seen some of the headline findings in the press. These include:" had led the list of
  // findings; the claim it points back at is "the results are also shocking".
  const faces = await deckFaces([
    '# Reflecting on the national LGBT survey',
    '',
    '## What the results said',
    '',
    'As exciting an evidence base as it is though, the results are also shocking. You\'ll likely have seen some of the headline findings in the press. These include:',
    '',
    '- more than two-thirds of respondents said they avoided holding hands with their same-sex partner in public',
    '- 2% of respondents said they had undertaken so-called "conversion therapy" and a further 5% had been offered it',
    ''
  ].join('\n'))
  assert.match(faces, /the results are shocking\.? These include:/)
  assert.doesNotMatch(faces, /You'll likely have seen/)
})

test('two shares set side by side have no one figure to show big; a ratio is one figure', () => {
  // The survey post: "70%" and "30%" had been drawn big over "of respondents with a minority sexual orientation and 67% of
  // those who identified as trans…" and "were not open with senior colleagues and 57%…", and "10 people" over "more than 7
  // in 10 people said the most serious incident they experienced was not reported".
  assert.equal(keyFigure(item('70% of respondents with a minority sexual orientation and 67% of those who identified as trans said they avoided being open about being LGBT in public')), undefined)
  assert.equal(keyFigure(item('30% were not open with senior colleagues and 57% were not open with their clients or customers')), undefined)
  assert.equal(keyFigure(item('2% of respondents said they had undertaken so-called "conversion therapy" and a further 5% had been offered it')), undefined)
  assert.equal(keyFigure(item('more than 7 in 10 people said the most serious incident they experienced was not reported')), '7 in 10')
  // (A share and its baseline keep the share: "A massive 24.2% of households in Kerala own a car compared to 7.5% nationally".)
  assert.equal(keyFigure(item('A massive 24.2% of households in Kerala own a car compared to 7.5% nationally')), '24.2%')
})

test('the clause after "but" is no bullet alone when its pronoun stands for the clause before', () => {
  // Zhengdong Wang, "The best facts I heard this year" (2024, MIT): "The European Commission thinks it might cause DNA damage"
  // had been shown for "Sour Patch Kids are banned in Europe from 2022 because of an additive the FDA thinks is low risk, but…".
  const sour = bullet('Sour Patch Kids are banned in Europe from 2022 because of an additive the FDA thinks is low risk, but the European Commission thinks it might cause DNA damage.')
  assert.ok(sour === undefined || /Sour Patch Kids/.test(sour), sour)
  // (One that names its own subject still gives the point: "…, but there are other options".)
  assert.equal(bullet('The old ferry carried cars, trucks, cyclists and foot passengers across the bay for forty years, but the new bridge opened to traffic in 2019.'), 'The new bridge opened to traffic in 2019')
})

test('a lead-in that is only a pronoun and its verb hands its colon to the claim before it', async () => {
  // The survey post: "The Civil Service has made several commitments in response to the findings of the survey" stood alone
  // on a slide (two blind reviewers: "a signpost sentence on an otherwise empty slide"), and "They are:" led the quotation
  // on the next.
  const faces = await deckFaces([
    '# Reflecting on the national LGBT survey',
    '',
    '## What do the results mean for the Civil Service',
    '',
    'The Civil Service has made several commitments in response to the findings of the survey. They are:',
    '',
    '> “The Civil Service will continue to role model best practice in establishing working environments that are inclusive for LGBT staff in accordance with the Civil Service Diversity and Inclusion Strategy. We will continue our work to review and strengthen how we tackle bullying, harassment and misconduct in the Civil Service.',
    '',
    'We welcome the commitments that the Civil Service has made in response to the survey findings.',
    ''
  ].join('\n'))
  assert.match(faces, /in response to the findings of the survey: /)
  assert.doesNotMatch(faces, /They are:/)
})

test('a diary entry\'s date label and its hat-tip are no part of its bullet', () => {
  // Zhengdong Wang, "The best facts I heard this year" (2024, MIT), copied from the page: bullets had read "January 14. 80
  // percent of all travel decisions are made by women. via MR." beside others without their date, and "… via J.".
  assert.equal(bullet('January 14. 80 percent of all travel decisions are made by women. via MR.'), '80 percent of all travel decisions are made by women')
  assert.equal(bullet('Font design studios are called “foundries.” via J.'), 'Font design studios are called “foundries”')
  assert.equal(bullet('June 15. In 2022 more of the top-tier AI researchers working in America hailed from China than from America. via The Economist.'), 'In 2022 more of the top-tier AI researchers working in America hailed from China than from America')
  // (A date the sentence is about stays; so does a "via" inside it.)
  assert.equal(bullet('January 14 was the coldest day of the year in the north of the state.'), 'January 14 was the coldest day of the year in the north of the state')
  assert.match(bullet('The parcel travelled to Lisbon via Madrid in four days.') ?? '', /via Madrid/)
  // (An interview's "A:" before its answer goes the same way: the question is the slide's title.)
  assert.equal(bullet('A: I went to a military school of electrical engineering.'), 'I went to a military school of electrical engineering')
})

test('each page of a diary of dated entries without headings is titled by its dates', async () => {
  // The facts post: its pages had been titled by a phrase of one bullet each ("Deportation plans", "Point representations",
  // "God"); a blind reviewer: "group by month". Each page now says where in the year it is.
  const entries = [
    'January 13. The bannister of the grand staircase in the Royal Opera House was built for Queen Victoria’s height. via B.',
    'January 14. 80 percent of all travel decisions are made by women. via MR.',
    'January 23. Font design studios are called “foundries.” via J.',
    'February 2. Trump’s deportation plans would hit the Irish especially hard. via R.',
    'February 16. British Airways once disguised a passenger who died in-flight with sunglasses and a vodka tonic. via J.',
    'March 9. Whales don’t get cancer because they’re so big that their cancers get cancer first. via C.',
    'April 23. 96% of books sell less than a thousand copies. via MR.',
    'May 9. Time is the most used noun in the English language. via S.',
    'June 10. The Allies wanted to drop bandit problems on German scientists to distract them during the war. via S.',
    'June 14. Restaurant dishwashers take two minutes. via C.',
    'June 29. Bell Labs designed telephone numpads for random numbers and calculator numpads for real-life data. via S.',
    'July 22. Only 13% of Illinois’ GDP comes from a single industry at the state level. via M.'
  ]
  const faces = await deckFaces(['# The best facts I heard this year', '', 'I love reading other people’s annual fact lists, so I decided to shamelessly steal the idea.', '', ...entries.flatMap((entry) => [entry, ''])].join('\n'))
  const titles = faces.match(/(?:January|February|March|April|May|June|July) \d{1,2} – (?:January|February|March|April|May|June|July) \d{1,2}/g) ?? []
  assert.ok(titles.length >= 2, faces)
  assert.doesNotMatch(faces, /via MR|January 14\. 80/)
})

test('a comparison\'s link leans back without its comma; a plan with its date is no signpost; a second participle after "and" trails', () => {
  // "Let's get visible... meet Rachael" (Civil Service LGBT+ Network, 2020, Open Government Licence v3.0), copied from the
  // page: "By comparison we have been moving at an almost glacial pace" (a blind reviewer: "a dangling comparison") hid the
  // eight and a half years. The forum read-out: "We will look at facilitating this with our Stonewall volunteer team later
  // this year" was read as the post's own announcement, and "…other networks… looking at how to improve departmental
  // practice, and subsequently improving departmental submissions" made no bullet.
  assert.equal(bullet('By comparison we have been moving at an almost glacial pace and had been dating for eight and a half years by the time I finally decided to propose.'), 'We had been dating for eight and a half years by the time I finally decided to propose')
  assert.equal(bullet('By comparison, America’s top four airlines together have 69% of its market.'), 'America’s top four airlines together have 69% of its market')
  assert.ok(!isSignpost('We will look at facilitating this with our Stonewall volunteer team later this year, after networks have had their feedback sessions.'))
  assert.ok(isSignpost('We will look at how the index is built.'))
  assert.equal(compressSentence('Attendees said they would welcome the opportunity to meet up with other networks — either at one event or a series of events — looking at how to improve departmental practice, and subsequently improving departmental submissions.', { maxWords: 14 })?.text, 'Attendees said they would welcome the opportunity to meet up with other networks looking at how to improve departmental practice')
  // (The last of a series of gerunds stays: "…help with designing diagrams, improving writing style, and shaping scientific communication".)
  assert.match(compressSentence('We provided more than 50 hours of help with designing diagrams, improving writing style, and shaping scientific communication.', { maxWords: 14 })?.text ?? '', /shaping scientific communication$/)
})

test('a single quotation mark that opens a bullet is closed; a few words that end a long story are no bullet', () => {
  // The facts post: a blind reviewer found "‘In Niger, when they sign, the line is on a diagonal — this is horizontal" with
  // "an unbalanced opening quote mark", and "Nobody was charged" alone for the story of the Vinalhaven lobstering job.
  assert.equal(bullet('‘In Niger, when they sign, the line is on a diagonal. This is horizontal.'), '‘In Niger, when they sign, the line is on a diagonal. This is horizontal’')
  assert.equal(bullet('‘It’s obviously not an official document,’ he said of the letter from the ministry.'), '‘It’s obviously not an official document,’ he said of the letter from the ministry')
  const story = bullet('A new guy moved to Vinalhaven, a lobstering island, allegedly won a lobstering job over another guy, who also had a daughter with a cousin of the second guy’s wife, and so the second guy killed the first guy with an axe, but allegedly in self defense, and nobody was charged.')
  assert.notEqual(story, 'Nobody was charged')
})

test('a metadata block with an empty key is still the front matter; a letter with a signed block is no verse', async () => {
  // Russell Neches, "LA Natural History Museum doesn't grok citations" (vort.org, 2013; his posts under a Creative Commons
  // Attribution licence): Pelican's "Summary: " left empty had made the whole block a bullet and the file's name the title;
  // the museum's e-mail, five wrapped paragraphs over a signature of hard breaks, had run over four slides as verse.
  const source = [
    'Title: LA Natural History Museum doesn\'t grok citations',
    'Date: 2013-03-18 08:25:53',
    'Category: general',
    'Author: Russell Neches',
    'Summary: ',
    '',
    'Earlier today, I received a request to use one of the photographs I\'ve posted on Flickr. I get a lot of these requests, and I always find them a bit annoying.',
    '',
    '> Thanks for your email. That\'s neat to hear that you have a connection',
    '> to the Museum.',
    '>',
    '> Yes, I did notice that your photo was offered under a Creative Commons',
    '> license. In the case of this particular video, however, we are',
    '> crediting contributors by name only. That is one of the reasons why I contacted you directly, to see if you',
    '> would be willing to waive the standard CC attribution requirements.',
    '>',
    '> If it is ok to only credit using your name, please let me know. Your',
    '> credit will appear on the image itself. We are also looking to label',
    '> each photo with the location where the image was taken.',
    '>',
    '> Thanks again,',
    '>',
    '>  Sam Easterson\\',
    '>  Senior Media Producer, Nature Lab\\',
    '>  Natural History Museum of Los Angeles',
    '',
    'Wait, he wants me to waive the CC-BY license just so they can avoid actually linking to the original photo in the credit? That doesn\'t make a bit of sense.',
    ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  const faces = facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''))
  assert.match(faces, /LA Natural History Museum doesn't grok citations/)
  assert.doesNotMatch(faces, /Category: general|Summary:/)
  assert.equal((html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').match(/<blockquote/g) ?? []).length, 1)
  assert.doesNotMatch(faces, /Hi Russell|to the Museum\./)
  // (A blind reviewer: the quotation "doesn't say who said it… It reads as if the author said it": its signer is under it.)
  assert.match(faces, /— Sam Easterson/)
  assert.doesNotMatch(faces, /Thanks again/)
})

test('a reply announced before the quotation that holds it is a signpost', () => {
  // Russell Neches's museum post: "So, I try to explain..." before his e-mail had been the bullet "I try to explain".
  assert.ok(isSignpost('So, I try to explain...'))
  assert.ok(isSignpost('I replied:'))
  assert.ok(!isSignpost('I tried to explain why the license matters to science.'))
})

test('a frame that says the writer needs to say something goes; a measure without its unit is no big number', async () => {
  // Russell Neches, "Borax Lake: Sample collection and processing" (vort.org, 2011; CC BY as its author states), and Dan
  // Stewart, "Home Brewing" (stewshack.com, 2018, MIT), copied from the page: a blind reviewer found "I need to say that it
  // is essential that you obtain…" ("filler"), and "6.5" drawn big over "Fill a 6.5 gallon fermenter carboy…" ("no unit
  // and no point"), "10–100" over "…anywhere from 10 to 100 μL of buffer".
  assert.equal(bullet('I need to say that it is essential that you obtain explicit, written permission before collecting samples.'), 'It is essential that you obtain explicit, written permission before collecting samples')
  const { html } = await renderDeck(['# Home Brewing', '', '## Before your Brew', '', 'Fill a 6.5 gallon fermenter carboy with 3 gallons of warm water and 6 tablespoons of PBW. Clean it with a new sponge.', ''].join('\n'), { path: '/tmp/lectern-no-such-folder/brew.md', overrides: { condense: true } })
  assert.doesNotMatch(html, /data-layout="big-number"/)
})

test('the clause after "but" inside a condition is no bullet alone', () => {
  // The Borax Lake notebook: "The DNA you get will be at higher concentration" had been shown without the condition it
  // holds under, "If you use less elution buffer, you get less total DNA, but…" (a blind reviewer: "cut so that it misleads").
  const elution = bullet('If you use less elution buffer, you get less total DNA, but the DNA you get will be at higher concentration.')
  assert.ok(elution === undefined || /^If you use less elution buffer/.test(elution), elution)
  // (Without a condition the point after "but" is still the bullet.)
  assert.equal(bullet('The old ferry carried cars, trucks, cyclists and foot passengers across the bay for forty years, but the new bridge opened to traffic in 2019.'), 'The new bridge opened to traffic in 2019')
})

test('a closing line never opens on a "that" standing for what came before', () => {
  // Russell Neches's museum post had closed on "Even that isn't strictly necessary, since I always notice the inbound
  // referrals from the attribution links" (what "that" was is on no slide).
  const slide = notedSlide
  const options = { isBackMatter: () => false, maxWords: 14, lang: 'en' }
  const title = slide('LA Natural History Museum doesn\'t grok citations', 'Russell Neches', '')
  const body = slide('Public Domain', 'I want credit for my work', 'I want credit for my work, but that\'s not why I licence under CC-BY.')
  const line = closingLine([title, body, slide('The request', 'I received a request to use one of my photographs', 'I would be delighted if people emailed to say thanks. Even that isn\'t strictly necessary, since I always notice the inbound referrals from the attribution links.')], options)
  assert.doesNotMatch(line ? toString(line) : '', /Even that/)
})

test('a share of things counted in the sentence before leans on it', () => {
  // The Borax Lake notebook: "Two of the four yielded plenty of DNA" had been a bullet (a blind reviewer: "'the four'
  // dangles"; a paired one: it "wrongly seems to credit the discarded columns"), over the lesson the writer set in bold.
  const vague = (sentence: string): boolean => isVague(tagSentence(sentence), sentence)
  assert.ok(vague('Two of the four yielded plenty of DNA.'))
  assert.ok(!vague('Two of the four samples yielded plenty of DNA.'))
  assert.ok(!vague('One of the three biggest banks failed.'))
})

test('"the same" thing as one before, and "their" or "its" thing, lean on the sentence before', () => {
  // Dan Stewart's "Home Brewing" and Russell Neches's Borax Lake notebook: a blind reviewer found "Pour the same soapy water
  // into the brew pot" ("'the same' refers to nothing") and "Their probe turned out to be in only somewhat better condition
  // than mine" ("'Their' refers to no one on the slide"); the decks now show "Make sure every square inch of the carboy is
  // exposed to Star San for at least 30 seconds" and "Anna-Louise Reysenbach graciously lent me a pH probe…".
  const vague = (sentence: string): boolean => isVague(tagSentence(sentence), sentence)
  assert.ok(vague('Pour the same soapy water into the brew pot and clean it.'))
  assert.ok(vague('Their probe turned out to be in only somewhat better condition than mine.'))
  assert.ok(!vague('At the same time, prices rose.'))
  assert.ok(!vague('We used the same method as last year.'))
})

test('an interview\'s captions are no sections; a site\'s keys over the heading and a widget marker are no part of the deck', async () => {
  // Chris Hermansen, "Designing open audio hardware as DIY kits" (opensource.com, 2019, CC BY-SA 4.0), copied from the page:
  // the pictures' captions kept on lines of their own ("Top of the phono stage board", "Preamp internals") had made nine
  // slides and the agenda. The Office for National Statistics, "Adoptions in England and Wales, 2012" (Open Government
  // Licence v2.0): the site's keys ("Theme: …", "Headline 1: …") had been the title slide, and "[accordion]" opened headings.
  const interview = [
    'Designing open audio hardware as DIY kits',
    'By Chris Hermansen',
    '',
    'For this article, I contacted Håvard Skrödahl, founder of Muffsy. His hobby is designing open source audio hardware.',
    '',
    'Q: How did you get started designing music playback hardware?',
    '',
    'A: I was a teenager in the mid-\'80s, and listening to records and cassettes were the only options we had. About five years ago, I was getting back into vinyl and found myself lacking the equipment I needed.',
    '',
    'The first version was completely homemade. I was messing about with toner transfer and chemicals.',
    '',
    'Top of the phono stage board',
    '',
    'Bottom of the phono stage board',
    '',
    'I was over the moon with this phono stage. It worked perfectly, even though the RIAA curve was out by quite a bit.',
    '',
    'Preamp internals',
    '',
    'Q: How did you decide to offer your work as kits?',
    '',
    'A: The component values being E24 came from a lack of decent component providers in my area, so I had to go for standard values.',
    '',
    'Q: Are you an electrical engineer?',
    '',
    'A: I went to a military school of electrical engineering. My career has been pretty void of EE though.',
    ''
  ].join('\n')
  const { html } = await renderDeck(interview, { path: '/tmp/lectern-no-such-folder/interview.txt', overrides: { condense: true } })
  assert.doesNotMatch(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /<h2[^>]*>(?:Top of the phono stage board|Bottom of the phono stage board|Preamp internals)/)
  const bulletin = [
    'Theme: People, Population and Community',
    'Level 2: Births, Deaths and Marriages',
    'Headline 1: In 2012, the number of adoptions in England and Wales was 5,206.',
    'Contact name: Elizabeth McLaren',
    '',
    '# Adoptions in England and Wales, 2012',
    '',
    '## Number of adoptions',
    '',
    'In 2012, there were 5,206 adoptions entered into the Adopted Children Register following court orders made in England and Wales.',
    '',
    '## [accordion] Background notes and methodology',
    '',
    'Data on adoptions are derived from the Adopted Children Register and are based on adoption orders made in England and Wales.',
    ''
  ].join('\n')
  const faces = await deckFaces(bulletin)
  assert.doesNotMatch(faces, /Theme:|Headline 1|\[accordion\]/)
  assert.match(faces, /^\s*Adoptions in England and Wales, 2012/)
})

test('a bulletin\'s background notes and a press release\'s notes to editors are back matter', () => {
  // The Office for National Statistics' adoptions bulletin (Open Government Licence v2.0): its "Background notes and
  // methodology" had run over four slides (a blind reviewer: "appendix boilerplate").
  assert.ok(isBackMatter('Background notes and methodology'))
  assert.ok(isBackMatter('Notes to editors'))
  assert.ok(!isBackMatter('Methodology'))
})
