/**
 * What the thirty-fourth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { asksToCare, isSignpost } from '../../src/article/signposts.js'
import { isPressFurniture } from '../../src/article/pointers.js'
import { parseByline } from '../../src/text/byline.js'
import { labelAndTitle } from '../../src/text/front-shapes.js'
import { conditionedStep, stepTiming } from '../../src/article/item-endings.js'
import { firstFigure } from '../../src/article/key-figures.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { quoteDashValues } from '../../src/markdown/remark-deck-config.js'
import { splitSentences } from '../../src/article/sentences.js'
import { runsOf } from '../../src/article/text-wrap.js'
import { isBlankParagraph } from '../../src/article/blank-text.js'
import { withoutBlankPictureColumns } from '../../src/article/table-columns.js'
import { toString } from 'mdast-util-to-string'
import type { Table, TableCell } from 'mdast'
import { facesOf } from '../helpers/deck-text.js'

/** A deck built from `source` in article mode: its HTML and the text of its faces (notes left out). */
async function deck(source: string): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/article.md', overrides: { condense: true } })
  return { html, faces: facesOf(html) }
}

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

test('a chart\'s notes under a heading of their own are its small print, not a section', async () => {
  // Office for National Statistics, "Adoptions in England and Wales, 2012" (Open Government Licence v2.0): "### Notes:" over
  // a numbered note under each chart had titled a slide "Number of adoptions: Notes", the note its first bullet, and the
  // section's prose after it had gone on under that title.
  const { html, faces } = await deck([
    '# Adoptions in England and Wales, 2012',
    '',
    '## Number of adoptions',
    '',
    'In 2012, there were 5,206 adoptions entered into the Adopted Children Register following court orders made in England and Wales. This was higher than in 2011, when there were 4,740 adoptions.',
    '',
    '### Notes:',
    '1. Adoption figures by date of court order are only available from 1998.',
    '',
    'Wales recorded a 12% increase in adoptions in 2012 with 371 children entered into the register. There have been small fluctuations in the number of adoptions since 1998.',
    '',
    '## Adoptions by age and sex',
    '',
    'In 2012, 63% of children adopted were aged 1-4, compared with 34% in 1998. The percentage of adopted children aged 10-14 has more than halved.',
    '',
    '## Notes',
    '',
    'All figures are for England and Wales. Figures for 2012 are provisional.'
  ].join('\n'))
  assert.doesNotMatch(faces, /Number of adoptions: Notes/)
  assert.doesNotMatch(faces, /only available from 1998/)
  // (The note is in the speaker notes; the prose after it stays in its section.)
  assert.match(html, /<aside class="notes">[^]*?only available from 1998/)
  assert.match(faces, /Number of adoptions[^]*?(?:Wales recorded|small fluctuations)[^]*?Adoptions by age and sex/)
})

test('a line of a site\'s tag markers is no slide, and its own footnote marks are footnotes', async () => {
  // Ethan Dalool (voussoir), "Friction" (2020, BSD 3-Clause over the site's repository): "[tag:life] [tag:introspection]"
  // over the setext title had made an agenda before the title and an empty slide, and "[footnote_text] Meal prepping…"
  // opened bullets.
  const { html, faces } = await deck([
    '[tag:life] [tag:introspection]',
    '',
    'Friction',
    '========',
    '',
    '## Food',
    '',
    'Eating healthy is ideal, but unhealthy foods are numerous, cheap [footnote_link], and tasty [footnote_link]. Healthy food takes planning and time to cook.',
    '',
    '[footnote_text] Meal prepping can bring the per-meal cost down.',
    '',
    '[footnote_text] I typically hear healthy eaters say that junk food tastes bad to them now.',
    '',
    '## Sleep',
    '',
    'Going to bed on time is hard when the phone is within reach. A charger in the kitchen removes the temptation.'
  ].join('\n'))
  assert.doesNotMatch(faces, /\[tag:|footnote_link|footnote_text/)
  assert.doesNotMatch(html, /\[tag:|footnote_link|footnote_text/)
  assert.match(faces, /^\s*Friction\b/)
  assert.doesNotMatch(faces, /Meal prepping|junk food/)
  assert.match(html, /<aside class="notes">[^]*?Meal prepping can bring the per-meal cost down/)
})

test('a word or two a colon leads up to is the answer, kept; a writer\'s realising around it goes', () => {
  // "Friction": "Over the past two years I have become aware of what I now feel is the most important element of habit
  // formation: friction." had lost its answer ("…the most important element of habit formation").
  assert.equal(bullet('Over the past two years I have become aware of what I now feel is the most important element of habit formation: friction.'), 'The most important element of habit formation: friction')
  // (A colon before a clause is cut as before when over the budget; one inside a time is none.)
  assert.equal(bullet('The train leaves at 10:45 from the main station every weekday.'), 'The train leaves at 10:45 from the main station every weekday')
})

test('the point after "but" opens on a sentence adverb; "So what to do?" labels no answer', async () => {
  // "Friction": "Some argue that other formats like AsciiDoc or rst are more powerful (higher value), which is hard to deny,
  // but clearly the value/friction of Markdown has yet to be defeated." had shown the concession, not the point.
  assert.equal(bullet('Some argue that other formats like AsciiDoc or rst are more powerful (higher value), which is hard to deny, but clearly the value of Markdown has yet to be defeated.'), 'Clearly the value of Markdown has yet to be defeated')
  assert.ok(asksToCare('So what to do?'))
  assert.ok(asksToCare('What should we do about it?'))
  assert.ok(!asksToCare('What to do about the flood?'))
})

test('a paragraph of one sentence its author set in bold is the section\'s rule, conditional and long as it is', async () => {
  // "Friction": "If you want to build a habit, you should **reduce the friction of that habit** or **increase the friction
  // of the alternatives**." was on no slide; "Sure, homework is important." was. (The section as written.)
  const { faces } = await deck([
    "# Friction",
    "",
    "## Homework",
    "",
    "Take homework for example. You're supposed to be doing homework, but getting distracted on the internet is sooo tempting. Let's make a chart:",
    "",
    "![](graph.svg)",
    "",
    "Sure, homework is important. It gives you value in the form of a grade which is important to the rest of your schooling. It's certainly much more important than lazily scrolling the internet. But boy does it have a lot of friction. Maybe it's boring and difficult. Maybe it's math homework with 50 of the same kind of problem that you're sick of doing. Maybe it's an essay on a topic you don't care about and you can't think of anything to write. Procrastinating on the other hand is easy, and in the age of notifications the internet is more than willing to come to you. The ratio of `value/friction` leans heavily in favor of the internet. I for one have always been a procrastinator.",
    "",
    "As the deadline approaches, the homework starts to gain more value -- on top of the grade you have \"avoiding the shame of not turning anything in\", \"avoiding the embarrassment of being called on in class and not having an answer\", \"avoiding a slippery slope trend of not doing my work\". If these are enough, the homework will finally get the better ratio and you'll do it. If they're not, well... I assume we've all skipped assignments before. Students who regularly skip homework either aren't finding it to be valuable enough or have too many alternatives with lower friction (or have extenuating circumstances at home, I apologize if that's the case).",
    "",
    "So what to do? Clearly I believe that the value of a task *can* change, but in my experience I don't have much control over it. Short of realizing some benefit that I genuinely didn't know was there, I find value to be generally outside of my control and impossible to give actionable advice for. *Just, like, think about how important it is. Just tell yourself to do it*. Great thanks. That leaves the other variable: friction.",
    "",
    "If you want to build a habit, you should **reduce the friction of that habit** or **increase the friction of the alternatives**.",
    "",
    "To continue the homework example, you can increase the friction of internet distractions by putting your cell phone or computer physically far away from you, or study in a room that's far from them -- make it so that in order to look at your phone you would have to intentionally get up and do so. At any rate this will certainly stop notifications from stealing you. If your homework requires the computer, try disabling wifi after loading up any webpages that you absolutely need.",
    "",
    "Decreasing the friction of homework is not always easy. Try splitting the assignment into multiple parts so that no individual part feels so daunting. For an essay, separate gathering sources, writing your outline, and filling in the body, for example. Anyway I tend to find that once I'm working I'm more willing to continue, so the only thing that matters is reducing the perceived friction at the very beginning.",
    "",
    "I'm not in school any more, but when I had essays to write I got into the habit of loading up MS Word, writing my name on the page, and leaving it on my taskbar. It would remain otherwise blank for another two or three days in some cases, but it made me feel happy that I had at least \"started\", provided a constant reminder to work on it, and reduced the friction of switching into work mode down to a single click. Check out Will Schoder's video [The Closure Effect](https://www.youtube.com/watch?v=E-F1U4bV2m8) about the Zeigarnik Effect / open loops / closure. Will's channel is great and I encourage you to watch the rest of it. After you do your homework."
  ].join('\n'))
  assert.match(faces, /If you want to build a habit, you should reduce the friction of that habit or increase the friction of the alternatives/)
  assert.doesNotMatch(faces, /So what to do\?/)
})

test('a template\'s signature at the foot of copied text names the speaker and the day', async () => {
  // James Burton, "Developing Your Film" (jimsey.org, 2017, CC BY 4.0): "James Burton on 09 August 2017" closed the page
  // under its navigation and was on no slide; the title slide named nobody.
  assert.deepEqual(parseByline('James Burton on 09 August 2017'), { byline: 'James Burton', date: '09 August 2017' })
  assert.equal(parseByline('Report on 09 August 2017'), undefined)
  const { html } = await renderDeck(['Developing Your Film', '', 'You are still not quite ready to start developing! First, think ahead to where you are going to hang the films to dry. You need somewhere with at least 1.5m clearance from the ground.', '', 'The black and white process', '', 'The development process is simply a series of liquids poured into your dev tank at timed intervals. The entire process is over in less than 20 minutes.', '', 'previous: Mixing the Chemicals', '', 'James Burton on 09 August 2017', ''].join('\n'), { path: '/tmp/lectern-no-such-folder/film.txt' })
  const title = /<section[^>]*>([^]*?)<\/section>/.exec(html)![1]!
  assert.match(title, /James Burton/)
  assert.match(title, /09 August 2017/)
  assert.doesNotMatch(facesOf(html.replace(/<section[^>]*>[^]*?<\/section>/, '')), /James Burton on 09 August 2017/)
})

test('a section of one long sentence that turns on "but" shows its finding with the figure', async () => {
  // Foreign and Commonwealth Office, "Foreign travel advice: Albania" (GOV.UK, 2017, Crown copyright, in the
  // alphagov/govuk-content-schemas examples under MIT): "Swimming" over one sentence of 49 words had been an empty slide.
  const swimming = 'The Albanian National Environment Agency reported in 2016 that 83% of beaches in Albania are of a very good or good standard but the report raised concerns over a small number of beaches including beaches in Durres, Vlore and Saranda which are polluted as a result of inadequate sewage disposal and treatment.'
  const { html, faces } = await deck(['# Albania', '', '## Sea travel', '', 'There are some local press reports that jet skis and boats being rented along the coasts may lack adequate safety precautions and equipment. Make sure that life jackets are available.', '', '## Swimming', '', swimming, '', '## Political situation', '', 'Tension between religious groups and expression of extremist views is very rare, and attitudes to western countries are overwhelmingly positive.'].join('\n'))
  assert.match(faces, /Swimming[^]*83%[^]*of beaches in Albania are of a very good or good standard/)
  assert.match(html, new RegExp(`<aside class="notes">[^]*?${swimming.slice(0, 60)}`))
  // (The year between a report and its "that" is no part of the finding.)
  assert.equal(bullet('The Albanian National Environment Agency reported in 2016 that 83% of beaches in Albania are of a very good or good standard.'), '83% of beaches in Albania are of a very good or good standard')
})

test('a place under a label in sentence case, over the page\'s date, is the title and the label its kicker', async () => {
  // "Foreign travel advice" / "Albania" / "Updated: 14 February 2017": the talk had been titled "Foreign travel advice" and
  // "Albania" was its first section.
  assert.deepEqual(labelAndTitle('Foreign travel advice', 'Albania'), { kicker: 'Foreign travel advice', title: 'Albania' })
  assert.deepEqual(labelAndTitle('Why cities need trees', 'Safety'), { kicker: 'Safety', title: 'Why cities need trees' })
  assert.equal(labelAndTitle('Why cities need trees', 'Mary Smith'), undefined)
  const { html } = await renderDeck(['Foreign travel advice', 'Albania', 'Updated: 14 February 2017', '', 'Summary', 'Over 80,000 British nationals visit Albania every year. Most visits are trouble-free. Take out comprehensive travel and medical insurance before you travel.', '', 'Crime', 'Public security is generally good, particularly in Tirana, and Albanians are very hospitable to visitors. There have been reports of luggage stolen from hotel rooms and public transport.', ''].join('\n'), { path: '/tmp/lectern-no-such-folder/albania.txt' })
  const title = /<section[^>]*>([^]*?)<\/section>/.exec(html)![1]!
  assert.match(title, /<h1[^>]*>[^<]*Albania/)
  assert.match(title, /Foreign travel advice/)
})

test('a roster that runs over pages goes on under its title; a press release\'s contact line and "About …:" paragraph are furniture', async () => {
  // U.S. Department of Commerce, "Top Global Business Executives to Participate in 2015 SelectUSA Investment Summit" (2015,
  // a US federal work in the public domain): the later pages of its 21 executives had been titled "Robert Engel", "CEO",
  // "Nicolás Rubio" and "United States" by phrases of their entries; "News Media Contact: Office of Public Affairs,
  // 202-482-4883" and "About SelectUSA: Housed within…" had been bullets.
  assert.ok(isPressFurniture('News Media Contact: Office of Public Affairs, 202-482-4883'))
  assert.ok(isPressFurniture('About SelectUSA: Housed within the U.S. Department of Commerce, SelectUSA promotes business investment.'))
  assert.ok(!isPressFurniture('About the data: we used the survey of 2014.'))
  const names = ['Norman Anderson, President and CEO, CG/LA Infrastructure', 'Carl Casale, President and CEO, CHS Inc.', 'Vijay Chandru, Chairman and CEO, Strand Life Sciences (India)', 'Frederico Fluery Curado, President and CEO, Embraer (Brazil)', 'Robert Engel, CEO, CoBank', 'Gururaj (Desh) Deshpande, Chairman, Sparta Group LLC', 'Thomas J. Donohue, President and CEO, U.S. Chamber of Commerce', 'Paul Hudson, President, AstraZeneca US (United Kingdom)', 'Sara Menker, Founder and CEO, Gro Intelligence', 'Nancy McLernon, President and CEO, Organization for International Investment', 'Takeshi Niinami, President and Board Member, Suntory (Japan)', 'René Steiner, CEO USA, Bühler', 'Eric Spiegel, President and CEO, Siemens USA (Germany)', 'Ofra Strauss, Chairperson, The Strauss Group (Israel)', 'Ludwig Willisch, President, BMW North America (Germany)']
  const { faces } = await deck(['# Top Global Business Executives to Participate in 2015 SelectUSA Investment Summit', '', '**News Media Contact:**', 'Office of Public Affairs, 202-482-4883', '', 'The Summit will bring together senior U.S. officials, international investors, economic development organizations, local elected officials, and academics to explore and advance investment opportunities all around the United States.', '', 'Other executives confirmed for the Summit include:', '', ...names.map((name) => `*   ${name}`), '', 'In 2014, 5.8 million people in the United States were employed by U.S. subsidiaries of foreign firms.', '', '[About SelectUSA](http://selectusa.commerce.gov/): Housed within the U.S. Department of Commerce, SelectUSA promotes and facilitates business investment into the United States.'].join('\n'))
  assert.doesNotMatch(faces, /News Media Contact|Housed within/)
  const titles = [...faces.matchAll(/(\S+(?: \S+){0,3}) \(cont\.\)/g)].length
  assert.ok(titles >= 1, faces)
  assert.doesNotMatch(faces, /Robert Engel Robert Engel|> CEO </)
})

test('a clause of when between a subject and its verb is an aside', () => {
  // "Friction": "I think that most people, once they get themselves to start, find that the value is higher than they expected".
  assert.equal(bullet('I think that most people, once they get themselves to start, find that the value is higher than they expected.'), 'I think that most people find that the value is higher than they expected')
  // (Not a clause after an object: "We met the team, when it was small, and worked with them".)
  assert.equal(bullet('We met the team, when it was small, and worked with them.'), 'We met the team, when it was small, and worked with them')
})

test('a step keeps its time: the longest wait the item gives, never a repetition shown as a big number', async () => {
  // "Developing Your Film": every step had been cut to its first sentence, "Developer - Fill the tank with your developer",
  // without "Leave for 45 minutes"; "invert 5 times" had been shown big as "5 times".
  assert.equal(stepTiming(['Developer - Fill the tank with your developer.', 'There is no need to measure accurately.', 'Agitate gently for 1 minute.', 'Tap to dislodge bubbles.', 'Leave for 45 minutes.']), 'Leave for 45 minutes')
  assert.equal(stepTiming(['Fill the tank and leave it for 1 minute.', 'Leave for 45 minutes.']), undefined)
  const steps = ['Soak the films - Fill the tank with room temperature water. Invert four times and tap it a few times on our surface to dislodge any bubbles. Let it stand for 3 mins. When time is up, pour water away down the sink.', 'Developer - Fill the tank with your developer. There is no need to measure accurately. Just make sure the tank is full up. Agitate gently for 1 minute. Tap to dislodge bubbles. Leave for 45 minutes.', 'Wash - You will do a three stage wash known as the \'Ilford Archival Wash\'. Fill the tank with pitcher water and invert 5 times. Empty and refill. 10 inversions.', 'Blix - Fill the tank with your blix. There is no need to measure accurately. Agitate gently for 1 minute. Leave for 60 minutes.']
  const { html, faces } = await deck(['# Developing your film', '', '## The C41 colour process', '', 'Although it takes longer, this stand development process is easier to do than regular black and white processing.', '', ...steps.map((step, at) => `${at + 1}. ${step}`)].join('\n'))
  assert.match(faces, /Fill the tank with your developer\. Leave for 45 minutes/)
  assert.match(faces, /Fill the tank with your blix\. Leave for 60 minutes/)
  assert.doesNotMatch(html, /data-layout="big-number"/)
  assert.equal(firstFigure('Fill the tank with pitcher water and invert 5 times'), undefined)
  assert.equal(firstFigure('Trains are 5 times faster than buses'), '5 times')
})

test('items a converter ran together are items again; a list\'s lead-in "X include:" titles its pages', async () => {
  // The SelectUSA release: "Michael McNamara, CEO, Flextronics*   The Honorable Thomas Nides, Vice Chairman, Morgan Stanley"
  // had been one bullet (a blind reader took McNamara for Morgan Stanley's vice chairman); the roster's pages had been
  // "Introduction (cont.)" under "Other executives confirmed for the Summit include:".
  const names = ['Norman Anderson, President and CEO, CG/LA Infrastructure', 'Carl Casale, President and CEO, CHS Inc.', 'Vijay Chandru, Chairman and CEO, Strand Life Sciences (India)', 'Robert Engel, CEO, CoBank', 'Paul Hudson, President, AstraZeneca US (United Kingdom)', 'Michael McNamara, CEO, Flextronics*   The Honorable Thomas Nides, Vice Chairman, Morgan Stanley', 'Takeshi Niinami, President and Board Member, Suntory (Japan)']
  const { html } = await deck(['# Top Global Business Executives to Participate in 2015 SelectUSA Investment Summit', '', 'The Summit will bring together senior U.S. officials, international investors and academics to explore investment opportunities all around the United States.', '', 'Other executives confirmed for the Summit include:', '', ...names.map((name) => `*   ${name}`), '', 'In 2014, 5.8 million people in the United States were employed by U.S. subsidiaries of foreign firms.'].join('\n'))
  assert.match(html, /<li>(?:<p>)?Michael McNamara, CEO, Flextronics(?:<\/p>)?<\/li>/)
  assert.match(html, /<li>(?:<p>)?The Honorable Thomas Nides, Vice Chairman, Morgan Stanley(?:<\/p>)?<\/li>/)
  assert.match(facesOf(html), /Other executives confirmed for the Summit/)
  assert.ok(isPressFurniture('Journalists can register by clicking the “Media Registration” button at selectusasummit.com/registration/.'))
})

test('a web page speaking of itself or pointing at its site\'s pages is a signpost', () => {
  // "Foreign travel advice: Albania": "The information on this page covers the most common types of travel" opened "Entry
  // requirements", and "Read our foreign travel checklist…" had a slide of its own.
  assert.ok(isSignpost('The information on this page covers the most common types of travel and reflects the UK government’s understanding of the rules currently in place.'))
  assert.ok(isSignpost('Read our foreign travel checklist to help you plan for your trip abroad and stay safe.'))
  assert.ok(isSignpost('Our crisis overseas page suggests additional things you can do before and during your trip.'))
  assert.ok(!isSignpost('The information on this map is old.'))
})

test('a box under a label of its own closing the article is a section; an interview\'s question over its answer heads it', async () => {
  // Dominik Raniszewski, "Taking advice from the Internet" (Becoming a dad, 2019, MIT over the blog's repository): "> **Lessons
  // learned**" over four lessons had shown one sentence of them, as a pull quote among the prose.
  const { faces } = await deck(['# Taking advice from the Internet', '', 'The eighth week was challenging. According to several development theories, the eighth week marks a development milestone. Every theory or model shows only a tendency, and each baby is different.', '', 'Going by the advice of a random person on the Internet who never saw our baby, we decided to introduce a sleep routine. And he didn\'t like it. A friendly nurse calmed us down during the check.', '', '> **Lessons learned**', '>', '> * Before you try a solution, step back and check if there is a problem.', '> * If you\'re concerned about your baby, go and see your care provider.', '> * Observe your baby and look into your personal experience.', '> * There are not universally working methods or silver-bullets.'].join('\n'))
  assert.match(faces, /Lessons learned (?:\S+ ){0,3}Before you try a solution, step back and check if there is a problem/)
  assert.match(faces, /There are not universally working methods or silver-bullets/)
  // Pierre Parmentier, "Mapper of the Month: Eebie (Belgium)" (OpenStreetMap Belgium, 2023, CC BY 3.0), copied from the
  // page: "Do you have any ideas to expand the OpenStreetMap community, to motivate more people to contribute?" had run on
  // under the question before ("Why are you mapping? What motivates you? (cont.)").
  const qa = (question: string, answer: string): string[] => ['', question, answer]
  const { html } = await renderDeck(['Mapper of the Month: Eebie (Belgium)', 'Feb 1, 2023', ...qa('How and when did you get to know OpenStreetMap?', 'I started using OpenStreetMap in 2012 after buying a Garmin GPS for cycling. Belgium was still almost completely blank back then.'), ...qa('How do you use OpenStreetMap?', 'I plan bicycle trips and hikes with bikerouter.de and I am still a user of the Garmin eTrex 20.'), ...qa('Why are you mapping? What motivates you?', 'I want to add to the map what is useful for someone like myself who uses the map. I find the Open Source idea very valuable.'), ...qa('Do you have any ideas to expand the OpenStreetMap community, to motivate more people to contribute?', 'Mapathons where you get explanations and can start right away offer a nice entry option for new mappers.'), ...qa('What is in your view the greatest strength of OpenStreetMap?', 'The quality of the data is a major strength, and that amount of detailed data is hard to find elsewhere.'), ''].join('\n'), { path: '/tmp/lectern-no-such-folder/eebie.txt' })
  assert.match(html, /<h2[^>]*>Do you have any ideas to expand the OpenStreetMap community, to motivate more people to contribute\?<\/h2>/)
})

test('no cut leaves "both" with one of its two, nor drops the "on their own" that ends a claim', () => {
  // "Taking advice from the Internet": "We experienced both - our baby developing new skills rapidly over just a couple of days
  // [while becoming more cranky than usual]"; the OSM interview: "…how to start contributing to OpenStreetMap [on their own]".
  assert.notEqual(bullet('We experienced both - our baby developing new skills rapidly over just a couple of days while becoming more cranky than usual.'), 'We experienced both - our baby developing new skills rapidly over just a couple of days')
  assert.equal(bullet('It\'s still amazing that people get motivated to figure out how to start contributing to OpenStreetMap on their own.'), 'It\'s still amazing that people get motivated to figure out how to start contributing to OpenStreetMap on their own')
  // (A whole clause that happens to end so may still go: "…and let the learners go to town, coding on their own".)
  assert.equal(bullet('We\'d then put the challenge activity up on the screen and let the learners go to town, coding on their own.'), 'We\'d then put the challenge activity up on the screen')
})

test('advice to the reader weighs in a sentence\'s importance; a name over the post\'s category slug is its author', async () => {
  // "Foreign travel advice: Albania": a travel advisory's "you should…", "Don't attempt to…" are what its reader came for.
  const [advised, plain] = scoreSentences([['You should drink only bottled water while you travel in the north.', 'The water in the north comes from the rivers of the mountains.']], { maxWords: 14 })
  assert.equal(advised!.features.advises, 1)
  assert.equal(plain!.features.advises, 0)
  assert.ok(advised!.score > plain!.score)
  // "Mapper of the Month: Eebie (Belgium)" / "Feb 1, 2023" / "Pierre Parmentier" / "motm": the title slide had named nobody.
  const { html } = await renderDeck(['Mapper of the Month: Eebie (Belgium)', 'Feb 1, 2023', 'Pierre Parmentier', 'motm', '', 'How and when did you get to know OpenStreetMap?', 'I started using OpenStreetMap in 2012 after buying a Garmin GPS for cycling. Belgium was still almost completely blank back then.', ''].join('\n'), { path: '/tmp/lectern-no-such-folder/eebie.txt' })
  assert.match(/<section[^>]*>([^]*?)<\/section>/.exec(html)![1]!, /Pierre Parmentier/)
})

test('a front-matter value that opens on a dash beside its key is read as its words, with a warning', async () => {
  // Precious Plastic, "Run a Sheetpress" (ONEARMY/academy, CC BY-SA 4.0): "sidebar_label: - Run it", which Docusaurus
  // builds, had failed the deck with "Invalid YAML front matter".
  assert.equal(quoteDashValues('id: sheetpressrun\nsidebar_label: - Run it\ntags:\n  - one'), 'id: sheetpressrun\nsidebar_label: "- Run it"\ntags:\n  - one')
  const rendered = await renderDeck(['---', 'id: sheetpressrun', 'title: Run a Sheetpress', 'sidebar_label: - Run it', '---', '', '# Run and Maintain the Sheetpress', '', 'The sheetpress melts shredded plastic between two heated plates into sheets of one metre square.', ''].join('\n'), { path: '/tmp/lectern-no-such-folder/sheetpress.md' })
  assert.match(rendered.html, /Run (?:and Maintain )?(?:a|the) Sheetpress/)
  assert.ok(rendered.file.messages.some((message) => message.ruleId === 'front-matter-dash-value'))
  // (A list never closed still fails.)
  await assert.rejects(renderDeck(['---', 'title: [unclosed', 'author: me', '---', '', '## Slide', ''].join('\n'), { path: '/tmp/lectern-no-such-folder/broken.md' }), /Invalid YAML front matter/)
})

test('a step\'s condition written as a sentence of its own goes with the action after it', () => {
  // "Run a Sheetpress": "When the Sheetpress is at the required temperature. Open the pressing plates…" had shown the
  // condition alone, and the press was then pushed into while closed.
  assert.equal(conditionedStep(['When the Sheetpress is at the required temperature.', 'Open the pressing plates of the Sheetpress by releasing pressure from the bottle jack.'], () => undefined), 'When the Sheetpress is at the required temperature. Open the pressing plates of the Sheetpress by releasing pressure from the bottle jack')
  assert.equal(conditionedStep(['2 mins before the recommended melting time.', 'See the Datasheet (Appendix A) for melting temperatures and times.', 'close the pressing plates using the bottle jack.'], () => undefined), '2 mins before the recommended melting time. close the pressing plates using the bottle jack')
  // (A whole sentence with its own action is no condition alone.)
  assert.equal(conditionedStep(['When the mould has been in the Sheetpress for the required melting time, switch off the Sheetpress.', 'Let it cool.'], () => undefined), undefined)
})

test('a label in HTML bold over a line break is a run-in label; a blog\'s category beside the date signs nothing', async () => {
  // "Run a Sheetpress": "<b>Grease rails</b><br>" / "Use a wooden spatula…" had run together, "Grease rails Use a wooden spatula…".
  const { faces } = await deck(['# Sheetpress', '', '## Weekly', '', '<b>Clean heating plates</b><br>', 'Use a trowel to scrape any remnant material from the heating plates. You may need to use a high volume alcohol if there is heavy corrosion.', '', '<b>Grease rails</b><br>', 'Use a wooden spatula to apply a liberal amount of grease to all the rails, we used engine grease.', ''].join('\n'))
  assert.match(faces, /Grease rails: Use a wooden spatula/)
  assert.doesNotMatch(faces, /Grease rails Use/)
  // Tim van Oudheusden, "Yoga Nidra, a way to be at peace in chaos" (2025, CC BY 4.0): "January 17, 2025 · Personal Life"
  // had signed the talk "Personal Life".
  assert.deepEqual(parseByline('January 17, 2025 · Personal Life'), { date: 'January 17, 2025' })
  assert.deepEqual(parseByline('Ana Ruiz · 3 March 2026'), { byline: 'Ana Ruiz', date: '3 March 2026' })
})

test('a title in quotation marks ends no sentence; a participle after an adverb trails', () => {
  // "Yoga Nidra…": "…a person named Dr. Alok Kanojia, often referred too as "Dr. K"." had been cut at "Dr.", and the
  // section's one definition, "…conjuration of images, eventually leading and ending with a meditative state", made no bullet.
  assert.deepEqual(splitSentences('I discovered a video of Dr. Alok Kanojia, often referred too as "Dr. K". A psychiatrist spoke.'), ['I discovered a video of Dr. Alok Kanojia, often referred too as "Dr. K".', 'A psychiatrist spoke.'])
  assert.equal(compressSentence('Yoga Nidra is essentially a mental practice wherein a narrator will guide you through relaxing your body and focusing on mental conjuration of images, eventually leading and ending with a meditative state.', { maxWords: 14, hardCap: 30 })?.text, 'Yoga Nidra is a mental practice wherein a narrator will guide you through relaxing your body and focusing on mental conjuration of images')
})

test('inline HTML is measured as what it shows, and a column of pictures the deck cannot show leaves the face', () => {
  // Project Kamp, "House in a Van" (ONEARMY/project-kamp-academy, CC BY-SA 4.0): "<img src="/assets/move/van-panel.jpg"
  // width="200" />" in a table's cells had been measured as one long word, the four components spread over four slides,
  // their empty picture column headed "IT" / "E" / "M".
  const style = { font: 'Inter', bold: 'Inter', code: 'JetBrains Mono', size: 20, codeSize: 18, letterSpacing: 0, lineHeight: 28 } as unknown as Parameters<typeof runsOf>[1]
  const runs = runsOf({ type: 'paragraph', children: [{ type: 'html', value: '<img src="/assets/move/van-panel.jpg" width="200" />' }, { type: 'text', value: 'Solar Panel' }, { type: 'html', value: '<br />' }, { type: 'text', value: '210 Wp' }] }, style)
  assert.ok(!runs.some((run) => run.text.includes('src=')))
  assert.ok(runs.some((run) => run.text.includes('\n')))
  const cell = (value: string, html = false): TableCell => ({ type: 'tableCell', children: [html ? { type: 'html', value } : { type: 'text', value }] })
  const table: Table = { type: 'table', children: [{ type: 'tableRow', children: [cell('Item'), cell('Type of item')] }, { type: 'tableRow', children: [cell('<img data-lectern-unavailable src="/assets/move/van-panel.jpg" width="200" />', true), cell('Solar Panel')] }, { type: 'tableRow', children: [cell('<img data-lectern-unavailable src="/assets/move/van-battery.jpg" />', true), cell('Battery')] }] }
  assert.deepEqual(withoutBlankPictureColumns(table).children.map((row) => row.children.map((one) => toString(one))), [['Type of item'], ['Solar Panel'], ['Battery']])
  // (A picture the deck shows keeps its column.)
  const shown = structuredClone(table)
  ;(shown.children[1]!.children[0]!.children[0] as { value: string }).value = '<img src="van-panel.jpg" />'
  assert.equal(withoutBlankPictureColumns(shown).children[0]!.children.length, 2)
  // (A page's spacer of HTML line breaks, measured as the lines it makes now, is no paragraph of the face: FrOSCon's
  // "<br/><br/>…" under its keynote's pictures had pushed a slide of nothing.)
  assert.ok(isBlankParagraph({ type: 'paragraph', children: [{ type: 'html', value: '<br/>' }, { type: 'html', value: '<br/>' }, { type: 'html', value: '<br />' }] }))
  assert.ok(!isBlankParagraph({ type: 'paragraph', children: [{ type: 'html', value: '<br/>' }, { type: 'text', value: 'Keynote' }] }))
})
