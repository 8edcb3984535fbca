/**
 * What the reviews of held-out set 11 asked for: bullets cut inside an aside
 * or a coordination, predicates without their subject, the example of a
 * result clause, and a heading copied onto its section's first line. Each
 * case with the sentence as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'
import { clauseSegments } from '../../src/article/clause-segments.js'
import { tagSentence, tokensText } from '../../src/article/nlp.js'
import { textToMarkdown } from '../../src/text/index.js'
import { shortenItem } from '../../src/article/condense-items.js'
import { toString } from 'mdast-util-to-string'
import type { Html, List, Root } from 'mdast'
import { firstFigure } from '../../src/article/key-figures.js'
import { isVague } from '../../src/article/leaning.js'
import { isPictureCredit } from '../../src/text/credit-lines.js'
import { renderDeck } from '../../src/index.js'
import { isOffFace } from '../../src/article/block-kinds.js'
import { keyPhrases } from '../../src/article/key-phrases.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { isPointer } from '../../src/article/pointers.js'
import { closingLine } from '../../src/article/closing-line.js'
import type { Slide } from '../../src/types.js'
import { unified } from 'unified'
import remarkParse from 'remark-parse'

const bullet = (sentence: string, maxWords = 14): string | undefined => compressSentence(sentence, { maxWords })?.text

test('should drop an aside that narrows (", particularly seniors,", ", in particular on the web,") whole, never cut inside it', () => {
  const wechat = 'However, things started to change gradually when more of my family members, particularly seniors, started to use WeChat, and my QQ seemed like a playground full of kids sending memes to each other, telling endless jokes and gossiping.'
  assert.equal(bullet(wechat), 'Things started to change gradually when more of my family members started to use WeChat')
  assert.equal(bullet(wechat, 12), 'Things started to change gradually when more of my family members started to use WeChat')
  const design = 'Despite the rising awareness and acceptance of UX design, in particular on the web, it has failed to gain much traction in open source software.'
  assert.doesNotMatch(bullet(design) ?? '', /, on the web,/)
  // A "that is" ending the sentence goes with its list; a bare "that is," introduces what follows and stays.
  assert.equal(bullet('Cognitive accessibility is an effort to make online content more accessible to persons with overall cognitive difficulties, that is difficulties with memory, attention, and language.'), 'Cognitive accessibility is an effort to make online content more accessible to persons with overall cognitive difficulties')
  assert.doesNotMatch(bullet('It is best to start from the local, that is, starting what is applicable within your discipline, and nationally.', 12) ?? '', /, starting what/)
  // Within its budget a sentence keeps its aside.
  assert.equal(bullet('Many people have moved away from social media, particularly Twitter.'), 'Many people have moved away from social media, particularly Twitter')
})

test('should never cut "the haves and have-nots" after "the haves"', () => {
  const tokens = tagSentence('the gaps between the haves and have-nots')
  assert.notEqual(tokens.find((token) => token.lower === 'have')?.pos, 'AUX')
  assert.doesNotMatch(bullet('‘Equity’ and ‘inclusion’ are two words that I know too well given the yawning gaps that exist between the haves and have-nots in the African society.') ?? '', /the haves$/)
})

test('should give a second predicate its subject, and never show it without one', () => {
  const segments = clauseSegments(tagSentence('In my own discipline, these debates have been happening for a long time, and were recently brought to light because of an experimental Open Access journal called HAU.')).map(tokensText)
  assert.ok(segments.some((segment) => segment.startsWith('These debates were recently brought to light')), segments.join(' | '))
  assert.ok(!segments.some((segment) => /^Were\b/.test(segment)))
  // No subject to share: the predicate is no clause.
  const fragment = clauseSegments(tagSentence('Apply an inclusive, holistic approach to science and research in the sense of Open Scholarship to include human value education, open scholcomm and open education with a view on teaching in the seminar and classroom, etc. - basically the whole variety of research and teaching practices that define academic life, but still remain underrepresented in the larger debate around Open Science.')).map(tokensText)
  assert.ok(!fragment.some((segment) => /^Still remain/.test(segment)), fragment.join(' | '))
  // A short imperative before it: both are clauses.
  assert.deepEqual(clauseSegments(tagSentence('Keep every sentence short; use the words your readers use every day.')).map(tokensText), ['Keep every sentence short', 'Use the words your readers use every day.'])
})

test('should keep the first of two main clauses joined by ", and" rather than cut inside it, but not before a result or after a pointer', () => {
  assert.equal(bullet('Now you have an ArrayBuffer that points wherever you like, so you can read and write any memory.'), 'Now you have an ArrayBuffer that points wherever you like, so you can read and write any memory')
  // A second infinitive is not a second predicate with the subject "I".
  assert.doesNotMatch(bullet("I usually think about how we can make changes to the current research environment so as to extract meaning from open research space and allow people to learn more about this and move beyond conventional 'Research Journals'.", 12) ?? '', /^I allow/)
})

test('should show the result of "so … that" as the example, and the point after a set-up that names nothing', () => {
  const segments = clauseSegments(tagSentence('Research funding is nowadays so scarce and precarious in many countries that a simple article processing charge of 1200€ will prevent researchers from submitting to such journal.')).map(tokensText)
  assert.ok(segments.includes('A simple article processing charge of 1200€ will prevent researchers from submitting to such journal.'), segments.join(' | '))
  // (Not a result whose subject points back to its cause.)
  const canal = clauseSegments(tagSentence('The canal had been dying so slowly for so long that its death looked like nothing more than another quiet afternoon on the towpath.')).map(tokensText)
  assert.ok(!canal.some((segment) => /^Its death/.test(segment)))
  // (Since the thirtieth session a cut keeps "at the same time", which bounds what it says — "…can file an appeal and a
  // review request[ at the same time]" had said either will do — so this sentence, 24 words without its set-up, makes no
  // bullet within the hard cap rather than one without its last words.)
  const personas = bullet('The app’s design and its mainstream dominance have resulted in one actuality - people’s self-identity becomes so multi-faceted that some of them feel as if they are living several different personas online at the same time.')
  assert.ok(personas === undefined || /at the same time$/.test(personas), personas)
  assert.equal(bullet('People’s self-identity becomes so multi-faceted that some of them feel as if they are living several different personas online.'), 'People’s self-identity becomes so multi-faceted that some of them feel as if they are living several different personas online')
})

test('should drop a hedge frame after its connective, and no stop after a short last word', () => {
  assert.equal(bullet('However, it seems that many have accepted by now other relatively cheaper Open Access publishing arrangements.'), 'Many have accepted by now other relatively cheaper Open Access publishing arrangements')
  assert.equal(bullet("But it turns out that we can achieve a similar programming model without using virtual DOM — and that's where Svelte comes in."), "We can achieve a similar programming model without using virtual DOM — and that's where Svelte comes in")
})

test('should read a name copied onto its section’s first line as the heading, when the other headings are names', () => {
  const text = [
    'The Fellows reflect on Open Access Week',
    '',
    'Katerina',
    '',
    'When I read this year’s theme I wondered how I could relate to it. Inclusion was the word that made it for me.',
    '',
    'Dani',
    '',
    'Once again, we see academia engaged in a discussion about who should bear the costs of scientific publications.',
    '',
    'Kate',
    '',
    'In organizing my ideas for a coherent reflection on the theme, I thought of recent news out of the United Kingdom.',
    '',
    'Jacqueline As a machine learning researcher, this year’s Open Access Week theme resonates. Open access should be an explicit goal.',
    ''
  ].join('\n')
  const markdown = textToMarkdown(text)
  assert.match(markdown, /^## Jacqueline$/m)
  assert.match(markdown, /^As a machine learning researcher/m)
  // Headings that are not names: a paragraph opening "Today As…" stays a paragraph.
  const other = textToMarkdown(['A title here', '', 'Getting started', '', 'Some words about it here.', '', 'Next steps', '', 'More words about it here.', '', 'Final thoughts', '', 'Jacqueline As a researcher, I agree.', ''].join('\n'))
  assert.doesNotMatch(other, /^## Jacqueline$/m)
})

test('should shorten a list item that is no statement by its pointers to other reading, never leave it cut', () => {
  const items = (markdown: string): string[] => {
    const tree = unified().use(remarkParse).parse(markdown) as Root
    const list = tree.children[0] as List
    return list.children.map((item) => toString(shortenItem(item, 14)))
  }
  assert.deepEqual(
    items(
      [
        '* Free and informed consent, the possibility of its withdrawal, its documentation, withdrawal (connected with data deletion) and its representation in a machine-actionable way (see also [What information](x))',
        '* Findings about participants that are outside of the original research question(s): see [Purpose of data processing](x) and [Incidental findings](y)',
        '* The maintainer (often a "non-designer", to put it delicately), is the decision-maker, gate keeper and arbiter of good design.',
        '* Extensive, beautiful documentation for check authors at (used to help guide the new docs guide page & template update!)'
      ].join('\n')
    ),
    [
      // (A bracket that holds a fact stays: a blind review of set 13 missed "(due to IRMER requirements)" when it went.)
      'Free and informed consent, the possibility of its withdrawal, its documentation, withdrawal (connected with data deletion) and its representation in a machine-actionable way',
      'Findings about participants that are outside of the original research question(s)',
      'The maintainer (often a "non-designer", to put it delicately), is the decision-maker, gate keeper and arbiter of good design.',
      'Extensive, beautiful documentation for check authors at (used to help guide the new docs guide page & template update!)'
    ]
  )
  // An item that runs on into its nested list loses its "and".
  const nested = items('* Make use of guiding principles, recommendations, guidelines, ethical standards and declarations from professional associations and\n  * WMA Declaration of Helsinki')
  assert.doesNotMatch(nested[0]!, /associations and\b/)
})

test('should not cut a sentence at a preposition its participle subject needs, nor at an elliptical "if any"', () => {
  assert.notEqual(bullet('Automated sharing of research data after a specific period or milestones and deliverables in a project can be a good mechanism to enhance the openness of a project.'), 'Automated sharing of research data')
  const segments = clauseSegments(tagSentence('The management of intellectual property rights connected with the data, if any, should be planned early on, be part of collaboration/consortium agreements, and make use of standard licensing terms.')).map(tokensText)
  assert.ok(!segments.includes('The management of intellectual property rights connected with the data'), segments.join(' | '))
  // A pointer that ends a sentence goes.
  assert.equal(bullet('Update: removal of dockershim is scheduled for Kubernetes v1.24, see Dockershim Removal Kubernetes Enhancement Proposal.'), 'Update: removal of dockershim is scheduled for Kubernetes v1.24')
})

test('should keep a sentence’s figure rather than cut it away, and the second half of "between X and Y"', () => {
  // Canada.ca blog, "Avoiding FAQs" (MIT), and USGS Water Data for the Nation blog (public domain), as in set 12.
  assert.match(bullet('The percentage of visitors choosing to submit an email was cut in half, from a high of 46% to an average of 20%.') ?? '', /46% to an average of 20%/)
  // (Never cut to the set-up without its figure.)
  assert.notEqual(bullet('For example, a rancher may choose to be notified when the stream by their property exceeds a nearby gage height of 5.2 feet, so that they know it may be time to move their livestock farther from the river.'), 'A rancher may choose to be notified')
  // (A figure of the source is no claim: the cut may take it.)
  assert.equal(bullet('Overnight riders are twice as likely as daytime riders to live in a household without a car, according to the 2023 survey of 4,000 riders.'), 'Overnight riders are twice as likely as daytime riders to live in a household without a car')
  assert.doesNotMatch(bullet('On the General enquiries by email page, we saw a clear correlation between increased clicks on answers and a decrease in email submissions for those questions and answers.') ?? '', /(?:and a decrease|between increased clicks|a clear correlation)$/)
  assert.equal(firstFigure('when we start working on 2.0'), undefined)
})

test('should never cut a list that is a sentence’s subject, nor the middle item of a list of predicates', () => {
  assert.match(bullet('After that, Norway, Canada, Ireland and New Zealand ran custom versions of the original WHO study on their own sites, with Gerry’s help.') ?? '', /Norway, Canada, Ireland and New Zealand ran/)
  // (Nor is a copula's complement clause cut: "…shown in the prototype is | when the user needs…". Ofqual (MIT), set 14.)
  assert.notEqual(bullet('Currently, the action required scenario that is shown in the prototype is when the user needs to provide additional information about 2 of the subjects they have applied for, in order for the evaluator to decide on an outcome.', 12), 'The action required scenario that is shown in the prototype is')
  // (An appositive after a longer phrase is no list: the fronted clause goes. Helm blog (MIT), as in set 14.)
  assert.equal(bullet('Given Helm’s humble beginnings as a hackathon project at Deis, a small startup, we are ecstatic to see our little baby all grown up.'), 'We are ecstatic to see our little baby all grown up')
  assert.doesNotMatch(bullet('As with images, video and audio can be engaging but also inaccessible without a text equivalent for people who are deaf-blind, having sensory processing disorders, or have hearing impairments.') ?? '', /deaf-blind$/)
})

test('should drop a label that says only that a point follows, and "Yet," before a claim', () => {
  assert.equal(bullet('Key Point: Typing out the text in an image makes the content more accessible.'), 'Typing out the text in an image makes the content more accessible')
  assert.equal(bullet('Yet, we have very little open information about where and when landslides occur.'), 'We have very little open information about where and when landslides occur')
})

test('should find the bullets that lean on a sentence not shown', () => {
  for (const sentence of ['Maybe that’s exactly WeChat’s strategy', 'Another girl owns two WeChat accounts', 'On one hand, fruitful evolutions have taken place indeed', 'This year he announced that Facebook’s focus will be privacy']) assert.ok(isVague(tagSentence(sentence), sentence), sentence)
  for (const sentence of ['Maybe WeChat will change how people shop', 'Another difference between ESLint and TypeScript is in granularity of configuration']) assert.ok(!isVague(tagSentence(sentence), sentence), sentence)
})

test('should leave a web page’s furniture, contact details and picture credits off the slides', async () => {
  // CitizenScience.gov (public domain) and The A11Y Project (Apache-2.0), as in set 12.
  const page = [
    'CoCoRaHS - Community Collaborative Rain, Hail and Snow Network | Citizen Scientists Track Precipitation',
    '',
    'Case Study Overview',
    '',
    'A CoCoRaHS volunteer with his rain gauge. Photo credit: NOAA/CoCoRaHS.',
    '',
    'In 1997, following an evening of intense rainfall in parts of Fort Collins, Colorado, an ankle-deep creek became a raging river of mud and debris. The Spring Creek Flood left five people dead.',
    '',
    'Download this case study (PDF, 82KB)',
    'Website: Community Collaborative Rain, Hail and Snow Network',
    '',
    'Project Description',
    '',
    'Volunteers register their location on the project website and collect information on precipitation in their area every day.',
    '',
    'Watch this post as a video',
    '',
    'Learn More',
    '',
    'Contact Information',
    '',
    'John McLaughlin',
    '',
    'Email: john.mclaughlin@noaa.gov',
    ''
  ].join('\n')
  const markdown = textToMarkdown(page)
  assert.match(markdown, /^title: CoCoRaHS - Community Collaborative Rain, Hail and Snow Network$/m)
  assert.match(markdown, /^subtitle: Citizen Scientists Track Precipitation$/m)
  assert.doesNotMatch(markdown, /^#+ (?:Website|Download|Watch)/m)
  assert.ok(isPictureCredit('A CoCoRaHS volunteer with his rain gauge. Photo credit: NOAA/CoCoRaHS.'))
  assert.ok(isPictureCredit('Photo Credit: FEMA/Lee Snyder'))
  const { html } = await renderDeck(page, { path: 'page.txt', overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  for (const furniture of ['Learn More</h', 'Contact Information</h', 'John McLaughlin</h', 'Watch this post']) assert.ok(!faces.includes(furniture), furniture)
  assert.ok(html.includes('john.mclaughlin@noaa.gov'), 'the contact stays in the notes')
  // A picture in a box with its caption goes whole when the deck cannot show it.
  const boxed: Html = { type: 'html', value: '<div class="image-in-post-body">\n  <img src="https://example.org/landslide.jpg" alt="image of a landslide"/>\n  <p class="image-caption">\n    Photo Credit: FEMA/Lee Snyder\n  </p>\n</div>' }
  assert.ok(isOffFace(boxed))
})

test('should title a page with a whole phrase, never one cut at its start', () => {
  assert.deepEqual(keyPhrases(['Open source program offices can take the load off engineers. Open source program offices also create alignment with the business strategy.', 'The working group meets every month to review requests.'], 'Open Source at SanDisk')[0], 'Open source program offices')
})

test('should cut what "as well as" adds, never a list into "Washington and D.C. in Canada", and leave a caption off the face', () => {
  assert.equal(
    bullet('Motivated local leaders have helped expand CoCoRaHS to more than 20,000 active volunteers in all 50 states as well as Washington, D.C. (including the White House!), Puerto Rico, the U.S. Virgin Islands and most provinces in Canada.'),
    'Motivated local leaders have helped expand CoCoRaHS to more than 20,000 active volunteers in all 50 states'
  )
  assert.doesNotMatch(bullet('Data copyright and IP control are thorny issues that, like other copyright domains, vary by country, institution, and year of creation.') ?? '', /country and institution of creation/)
  const captioned = scoreSentences([['CoCoRaHS data displayed on a map.'], ['Three years ago the same bus carried an average of eleven people.', 'Now it carries forty.']])
  assert.equal(captioned[0]!.signpost, true)
  assert.equal(captioned[1]!.signpost, false)
})

test('should name the person a "He" stands for, and never pull a quotation that a bullet already shows whole', async () => {
  // Canada.ca blog, "Avoiding FAQs" (MIT), and The A11Y Project (Apache-2.0), as in set 12.
  const candidates = scoreSentences([
    ['Gerry McGovern, acclaimed expert in digital customer experience, calls FAQs “one of the laziest and least useful forms of navigation.”', 'He refers to them as “one of the worst examples of organization-centric thinking.”']
  ])
  assert.match(candidates[1]!.bullet!.text, /^Gerry McGovern refers to them as/)
  const article = ['---', 'title: "Disability: let’s say the word"', '---', '', '“I mean, she called you <em>deaf</em>, you’re <em>hearing impaired!</em>”', '', '“Well, actually…”', '', '## The words of disability', '', 'Growing up, I did identify as hearing impaired. I was not often around other deaf or hard-of-hearing people.', ''].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.ok(!faces.includes('&#x3C;em>'), 'no HTML tag shown as text')
  assert.equal(faces.split('hearing impaired!').length - 1, 1, 'the quotation once')
})

test('should read a two-sentence headline over a byline as the title, and keep what set 13’s review missed', async () => {
  // CarbonPlan (MIT), Apache DataFusion blog (Apache-2.0), NHS Digital design history (MIT), as in set 13.
  const page = ['Offset project paperwork should be internally consistent. It’s not.', '', 'Grayson Badgley, Freya Chay · April 21, 2026', '', 'There are roughly a billion domesticated pigs in the world — half of which live in China. And about 10 percent of China’s pigs play a role in the global carbon market.', ''].join('\n')
  const markdown = textToMarkdown(page)
  assert.match(markdown, /^title: Offset project paperwork should be internally consistent\. It’s not\.$/m)
  assert.match(markdown, /^author: Grayson Badgley, Freya Chay$/m)
  assert.equal(bullet('I am extremely excited to announce that Apache DataFusion 43.0.0 is the fastest engine for querying Apache Parquet files in ClickBench.'), 'Apache DataFusion 43.0.0 is the fastest engine for querying Apache Parquet files in ClickBench')
  assert.match(bullet('Very high risk (VHR) breast screening is a service for people with a very high chance of developing breast cancer.') ?? '', /^Very high risk/)
  // A picture written as HTML over several lines goes to the notes: no slide is left with nothing on it.
  const article = ['---', 'title: Fast', '---', '', '## A strong history', '', 'Performance has long been a core focus for the community, and speed attracts users and contributors.', '', '<img', 'src="/blog/images/perf-over-time.png"', 'width="100%"', 'alt="Performance over time"', '/>', '', '**Figure 2**: Performance improved over 30% between version 34 and version 43.', '', 'Like all good optimization efforts, ours took sustained effort over several years of work by many people.', ''].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const sections = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => match[1]!.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').replace(/<h\d[^>]*>[\s\S]*?<\/h\d>/g, '').replace(/<[^>]+>/g, '').trim())
  assert.ok(sections.slice(1, -1).every((face) => face.length > 0), 'no slide with a heading only')
})

test('should title a later page by a phrase its face bears out, and leave no empty brackets', () => {
  // Apache DataFusion blog (Apache-2.0), as in set 13: "Export steps" titled a page whose bullets named no export step.
  const pages = ['Export steps cost time. Export steps are costly for proprietary formats.', 'The StringView work saved copies. StringView is fast.']
  assert.deepEqual(keyPhrases(pages, 'DataFusion', 'en', undefined, ['Best in class performance is now available to anyone', 'StringView saved copies'])[0], undefined)
  assert.equal(bullet("Part of the reason for DataFusion's speed in ClickBench is reading Parquet files (really) quickly."), "Part of the reason for DataFusion's speed in ClickBench is reading Parquet files quickly")
})

test('should never close on the set-up a "However" turns against, and drop "That is," before a claim', () => {
  // NHS Digital design history (MIT), as in set 13.
  assert.equal(bullet('That is, each VHR participant requires around 92 times more manual effort than a routine participant, equivalent to over 9,200%.'), 'Each VHR participant requires around 92 times more manual effort than a routine participant, equivalent to over 9,200%')
  const slides = [
    { type: 'slide', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'What is very high risk breast screening?' }] }], data: { attributes: { class: 'title-slide' } } },
    { type: 'slide', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Overview' }] }, { type: 'notes', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'The volumes of eligible participants are relatively small compared to routine breast screening. However, research shows that the admin required to manage these cases is considerably higher.' }] }] }] },
    { type: 'slide', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Manual workload' }] }, { type: 'notes', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Staff keep trackers by hand for every participant.' }] }] }] }
  ] as unknown as Slide[]
  const closing = closingLine(slides, { isBackMatter: () => false, maxWords: 14, lang: 'en' })
  assert.doesNotMatch(toString(closing ?? { type: 'root', children: [] }), /volumes of eligible participants/)
})

test('should not split a list of adjectives into clauses, and take a sentence ending in an address for a pointer', () => {
  // USGS Water Data for the Nation blog (public domain), as in set 12.
  const segments = clauseSegments(tagSentence('We employ user-centered design to make high-quality information on Water Data for the Nation and our other products discoverable, accessible, and usable for everyone.')).map(tokensText)
  assert.equal(segments.length, 1, segments.join(' | '))
  assert.ok(isPointer('Additional methods and resources can be found at the digital.gov resource page for usability: https://digital.gov/topics/usability/'))
})

test('should read "References:" over a list as the back matter’s heading', () => {
  // Center for Humane Technology (CC BY 4.0), as in set 11: "What's next? (cont.)" held the References list.
  const text = ['WeChat: the Chinese Mega App', '', 'What’s next?', '', 'With all the complaints and the disappointment, people come back to the reality that this mega app has become an intrinsic part of their life.', '', 'References:', '', '• Generation Z', '• QQ, the grandaddy of China’s social media scene, gains new life by appealing to Generation Z', ''].join('\n')
  assert.match(textToMarkdown(text), /^## References$/m)
})

test('should keep a page’s players and reveal boxes off the slides, and take "…started there" for leaning', () => {
  // Library of Congress "Seeing Lost Enclaves" (CC0) and MapGive (public domain), as in set 15.
  const boxed: Html = { type: 'html', value: '<div class="youtube-video-container">\n<iframe width="560" height="315" src="https://www.youtube.com/embed/y81PI8e4KZc" title="YouTube video player"></iframe>\n</div>' }
  const audio: Html = { type: 'html', value: '<audio src="/soundscapes/burrill-5pm.mp3" controls>\n<a href="/soundscapes/burrill-5pm.mp3">Download</a> (MP3)\n</audio>' }
  const details: Html = { type: 'html', value: '<details>\n<summary>Click to view the terms</summary>\nCoolie\n</details><br />' }
  for (const node of [boxed, audio, details]) assert.ok(isOffFace(node), node.value.slice(0, 30))
  assert.ok(isVague(tagSentence('HOT’s COVID-19 response started there'), 'HOT’s COVID-19 response started there'))
  assert.ok(!isVague(tagSentence('There are many ways to help'), 'There are many ways to help'))
})

test('should leave a picture’s italic caption in the notes, and drop a "Whether X, or Y," that the claim holds either way', async () => {
  // Library of Congress "Seeing Lost Enclaves" (CC0), as in set 15.
  assert.equal(bullet("Whether we're composing a single sound file as the soundtrack of a video, or placing different recordings around a 3D scene, all the sounds combine to create a sense of place."), 'All the sounds combine to create a sense of place')
  assert.match(bullet('Whether the tests pass decides the release.') ?? 'Whether', /^Whether/)
  const article = ['---', 'title: Soundscapes', '---', '', '## Listening today', '', 'I visited the site of Burrill Street Chinatown in Providence and recorded some environmental sounds on a weekday evening.', '', '![The same sidewalk viewed from ground level](https://example.org/sidewalk.jpg)', '_The same spot viewed from the sidewalk on Empire Street._', '', '<div class="youtube-video-container">', '<iframe src="https://www.youtube.com/embed/9QEmfa2rDso" title="YouTube video player"></iframe>', '</div>', '', '_A video of a partially completed reconstructed scene with a simple ambient soundscape._', ''].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  for (const caption of ['The same spot viewed', 'A video of a partially', '<iframe']) assert.ok(!faces.includes(caption), caption)
  assert.ok(html.includes('A video of a partially'), 'the caption in the notes')
})

test('should leave a footnote mark written in HTML off the word it follows', async () => {
  // xarray.dev blog (Apache-2.0), as in set 15: "called Neuropixels2".
  const article = ['---', 'title: Xarray for neurophysiology', '---', '', '## Recording', '', 'Each experiment involves recordings of spiking activity from up to 6 high-density recording devices, called Neuropixels<sup>2</sup>, inserted into a mouse brain.', ''].join('\n')
  const { html } = await renderDeck(article, { overrides: { condense: true } })
  const faces = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.ok(!faces.includes('Neuropixels2'), 'no footnote digit glued to the word')
})

test('should score a sentence that only counts what follows below one that says it', () => {
  // xarray.dev blog (Apache-2.0), as in set 15: "We have three core tasks to grow the number of us" named none of them.
  const [count, claim] = scoreSentences([['We have three core tasks to grow the number of us in the community.', 'Teaching tutorials to your peers grows the number of people who use Xarray in biology.']])
  assert.ok(count!.score < claim!.score, `${count!.score} < ${claim!.score}`)
})
