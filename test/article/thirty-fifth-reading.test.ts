/**
 * What the thirtieth session (6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { facesOf } from '../helpers/deck-text.js'
import type { ListItem } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** A deck built from `source` in article mode, its HTML and the text of its faces (notes left out). */
async function deckFaces(source: string, path = '/tmp/lectern-no-such-folder/article.md'): Promise<{ html: string; faces: string }> {
  const { html } = await renderDeck(source, { path, overrides: { condense: true } })
  return { html, faces: facesOf(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')) }
}

/** The slide titles of a deck, in order. */
const titles = (html: string): string[] => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''))

test('numbered sentences a line each, each over its paragraph, head the paragraphs (copied text)', async () => {
  // Greg Wilson, "Eleven Tips for Organizational Change" (third-bit.com, 2023, CC BY 4.0), copied from the page: the
  // eleven tips ("1) Be sure this is where you want to focus your efforts.") had been bullets among their paragraphs'
  // bullets, the deck titled by the introduction's key phrases ("Twitter Mastodon account (cont.)") to its end.
  const paragraph = (words: string): string => `${words} ${'and this sentence goes on for a while so that the paragraph is a paragraph'}.`
  const source = [
    'Eleven Tips for Organizational Change',
    '',
    'Posted 2023-06-19',
    '',
    paragraph('Systemic change always starts with a small group of idealists sharing ideas'),
    '',
    '1) Be sure this is where you want to focus your efforts.',
    '',
    paragraph('It is going to take years, it could well fail, and there are many other things you could do'),
    '',
    '2) Start by playing in someone else\'s band.',
    '',
    paragraph('The best way to learn how to organize effectively is to work with someone who already knows how to do it'),
    '',
    '3) Figure out who actually has the power to make that change and what they care about.',
    '',
    paragraph('Your neighbors do not make policy for your local public school, school board trustees do'),
    '',
    '4) Be specific.',
    '',
    paragraph('Few people would argue in public against fair hiring practices, but an organization has to implement something specific'),
    ''
  ].join('\n')
  const { html } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  const heads = titles(html)
  for (const tip of ['1) Be sure this is where you want to focus your efforts', '2) Start by playing in someone else\'s band', '3) Figure out who actually has the power to make that change and what they care about', '4) Be specific']) {
    assert.ok(heads.includes(tip), `${tip} in ${JSON.stringify(heads)}`)
  }
})

test('a numbered list of steps set apart with no paragraphs between stays a list', async () => {
  const source = [
    'How we bake',
    '',
    'Baking bread at home is easier than most people think and takes an afternoon of mostly waiting for the dough.',
    '',
    '1) Mix the flour and the water.',
    '',
    '2) Leave the dough to rest.',
    '',
    '3) Knead it for ten minutes.',
    '',
    'The bread comes out of the oven with a crust that crackles as it cools on the rack for an hour.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.ok(!titles(html).some((title) => /Mix the flour/.test(title)), JSON.stringify(titles(html)))
})

test('a saying the writer denies is no pull quote', async () => {
  // Greg Wilson, "Eleven Tips for Organizational Change" (2023, CC BY 4.0): 'However, "If you build it, they will come"
  // has never been a winning strategy.' had been shown large as the slide's quotation, over the bullet saying it again.
  const { quotedPhrase } = await import('../../src/article/pull-quotes.js')
  assert.equal(quotedPhrase('However, "If you build it, they will come" has never been a winning strategy.'), undefined)
  assert.equal(quotedPhrase('As the saying goes, "If you build it, they will come" and it was so.'), 'If you build it, they will come')
  const source = [
    '# Organizing',
    '',
    '## Why it matters',
    '',
    'Advocates of truth, openness, and fairness have acted as if being right was enough to guarantee victory. However, "If you build it, they will come" has never been a winning strategy. Systemic change always starts with a small group of idealists sharing ideas and building a core constituency.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source)
  assert.doesNotMatch(html, /class="[^"]*pull-quote/)
})

test('goals numbered 1.1, 1.2… a sentence each head their sections; the work under the title is its subtitle (copied text)', async () => {
  // Kristen Albrittain, Jeannie Chen, Mary King, Hilary Parkinson for the U.S. National Archives, "Goal 1: Tell Great
  // Stories" (Social Media Strategy FY 2017–2020; a federal work, public domain): "1.2 Define a content strategy for the
  // National Archives." had been a bullet under "Learning Library", and the strategy's name the first slide's title.
  const paragraph = (words: string): string => `${words}, and the team reviews the work together every week of the year.`
  const source = [
    'Goal 1: Tell Great Stories',
    '',
    'National Archives Social Media Strategy FY 2017–2020 · U.S. National Archives and Records Administration',
    '',
    paragraph('Every document in our holdings is an opportunity for great storytelling'),
    '',
    '1.1 Support staff storytelling.',
    '',
    paragraph('A dedicated social strategy and production team provides direction and coordination for effective messaging'),
    '',
    '1.2 Define a content strategy for the National Archives.',
    '',
    paragraph('The team works with social media content creators to create an agency-wide content strategy'),
    ''
  ].join('\n')
  const { html } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  const heads = titles(html)
  assert.ok(heads.includes('Support staff storytelling') && heads.includes('Define a content strategy for the National Archives'), JSON.stringify(heads))
  assert.ok(!heads.some((title) => /Social Media Strategy/.test(title)), JSON.stringify(heads))
  assert.match(html.split('</section>')[0]!, /National Archives Social Media Strategy FY 2017–2020/)
})

test('a publisher, its section and the page\'s date under the title are its byline and date', async () => {
  // U.S. Department of Veterans Affairs, "VA claim exam (C&P exam)" (VA.gov, 2019; CC0): the line had been the subtitle whole.
  const { parseByline } = await import('../../src/text/byline.js')
  assert.deepEqual(parseByline('U.S. Department of Veterans Affairs · Disability benefits · Page last updated June 4, 2019'), { date: 'June 4, 2019', byline: 'U.S. Department of Veterans Affairs' })
  assert.equal(parseByline('Disability benefits · June 4, 2019'), undefined)
})

test('a link\'s label on a line of its own is no section and no bullet', async () => {
  // U.S. Department of Veterans Affairs, "VA claim exam (C&P exam)" (2019, CC0): "Find a VA regional benefit office near
  // you", "Sign in to track your claim", "Learn more about appealing a decision" had been eight section dividers.
  const { isSignpost } = await import('../../src/article/signposts.js')
  for (const label of ['Find a VA regional benefit office near you', 'Find contact information for your nearest VA regional benefit office', 'Get instructions for your doctor to fill out VA claim exam forms', 'See our most recent estimate for the average number of days to complete a claim', 'Sign in to track your claim', 'Download helpful PDFs', 'Watch informational videos', 'View the VA claims video series', 'Find out how you can get ready to enroll.']) {
    assert.ok(isSignpost(label), label)
  }
  for (const tip of ['Find your niche', 'Get feedback early', 'Sign the contract before you start']) assert.ok(!isSignpost(tip), tip)
  const source = [
    'VA claim exam',
    '',
    'After you file your disability benefits claim, we may ask you to have a claim exam to help us rate your disability.',
    '',
    'Find a VA regional benefit office near you',
    '',
    'What to expect at your VA claim exam',
    '',
    'The doctor will review your claim file with you and ask you questions based on the medical records in your file.',
    '',
    'Sign in to track your claim',
    '',
    'Learn more about appealing a decision',
    '',
    'Will I ever need to have another claim exam?',
    '',
    'We may ask you to have a claim exam if you appeal your disability benefits decision, and we will write to you.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.doesNotMatch(faces, /near you|Sign in to track|Learn more about appealing/)
  assert.match(html, /Sign in to track your claim/)
})

test('no cut leaves a series of predicates without its last one\'s "and"', async () => {
  // The National Archives' "Goal 1: Tell Great Stories" (public domain): "We find and choose stories that resonate with our
  // audiences, make emotional connections[, and increase understanding of our shared history]" ran on with no "and";
  // HealthCare.gov's "How does the health care law protect me?" (public domain): "Some apply to all health coverage",
  // the last of three "some" clauses, had stood alone.
  const { compressSentence } = await import('../../src/article/compress.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.doesNotMatch(bullet('We find and choose stories that resonate with our audiences, make emotional connections, and increase understanding of our shared history.') ?? '', /connections$/)
  assert.notEqual(bullet('Some rights and protections apply to plans in the Health Insurance Marketplace or other individual insurance, some apply to job-based plans, and some apply to all health coverage.'), 'Some apply to all health coverage')
})

test('no cut drops what bounds a rule, nor leaves a colon over a bare phrase', async () => {
  // HealthCare.gov, "How do I appeal a health plan decision?" and "How does the health care law protect me?" (2013, public
  // domain): "You may file an internal appeal and an external review request[ at the same time]" said you may choose;
  // "There's one temporary exception: Until 2014" stopped before the exception; "Your rights may vary" lost on what.
  // U.S. Department of Veterans Affairs, "Disability compensation effective date" (CC0): "…the date we get the claim to
  // reopen[, or the date you first got your illness or injury, whichever is later]" gave the wrong date.
  // Matthias Endler, "The Essence of Information" (2017, CC BY-SA 3.0): "…a completely separate task that can happen[ at the same time]".
  const { compressSentence } = await import('../../src/article/compress.js')
  const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text
  assert.equal(bullet('You may file an internal appeal and an external review request at the same time.'), 'You may file an internal appeal and an external review request at the same time')
  assert.notEqual(bullet('The effective date for a reopened claim is the date we get the claim to reopen, or the date you first got your illness or injury, whichever is later.'), 'The effective date for a reopened claim is the date we get the claim to reopen')
  assert.doesNotMatch(bullet('But there’s one temporary exception: Until 2014, grandfathered group plans that offer dependent coverage don’t have to offer it up to age 26 if a young adult is eligible for job-based coverage through their own employer.') ?? '', /: Until 2014$/)
  assert.equal(bullet('Depending on the state you live in and the type of plan you have, your rights may vary.'), 'Depending on the state you live in and the type of plan you have, your rights may vary')
  assert.equal(bullet('At the same time, the price of oil fell sharply in the second half of the year.'), 'The price of oil fell sharply in the second half of the year')
})

test('"If so," "If not," and "Otherwise," lean on the sentence before', async () => {
  // HealthCare.gov, "How do I appeal a health plan decision?" (public domain): "State: If so, insurance companies in your
  // state will follow…" had been a bullet without the state process it answers.
  const { isVague } = await import('../../src/article/leaning.js')
  const { tagSentence } = await import('../../src/article/nlp.js')
  const vague = (sentence: string): boolean => isVague(tagSentence(sentence), sentence)
  assert.ok(vague('If so, insurance companies in your state will follow your state\'s external review processes.'))
  assert.ok(vague('If not, the Department of Health and Human Services will oversee an external review process.'))
  assert.ok(vague('Otherwise, the effective date is the date we get the claim.'))
  assert.ok(!vague('Otherwise healthy adults rarely need a second dose of the vaccine.'))
})

test('no big number of a file\'s size, nor one of two spans the slide sets side by side', async () => {
  // HealthCare.gov, "How does the health care law protect me?" and "How do I appeal a health plan decision?" (2013, public
  // domain): "601 KB" of "Sample SBC form (PDF - 601 KB)" had been shown big; "30 days" over "…within 60 days if…".
  const { keyFigure } = await import('../../src/article/key-figures.js')
  const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  assert.equal(keyFigure(item('Sample SBC form (PDF - 601 KB)')), undefined)
  assert.equal(keyFigure(item('The archive is 2.5 MB in size and 40% smaller than before')), '40%')
  const source = [
    '# Appeals',
    '',
    '## How long does an internal appeal take?',
    '',
    '- Your internal appeal must be completed within 30 days if your appeal is for a service you haven’t received yet.',
    '- Your internal appeals must be completed within 60 days if your appeal is for a service you’ve already received.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source)
  assert.doesNotMatch(html, /class="[^"]*big-figure|data-figure="30 days"/)
  assert.doesNotMatch(html, /layout-big-number/)
})

test('a short question over three pages or fewer titles its later pages "(cont.)", not a phrase of their bullets', async () => {
  // HealthCare.gov, "How do I appeal a health plan decision?" (public domain): the rest of "What papers do I need?" had
  // been titled "Insurance company" twice.
  const { continuation } = await import('../../src/article/topic-titles.js')
  const heading = { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: 'What papers do I need?' }] }
  const title = continuation(heading, [], 'Insurance company', 3)
  assert.equal(toString(title), 'What papers do I need? (cont.)')
  const long = { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: 'Explain it like I am five: what is modal logic and why does it matter?' }] }
  assert.equal(toString(continuation(long, [], 'Possible worlds', 3)), 'Possible worlds')
})

test('a rules page: a bold label over its example, the example in order, the rule whole, the other choice kept', async () => {
  // U.S. Department of Veterans Affairs, "Disability compensation effective date" (VA.gov; CC0): "Example 1 Shaun is a
  // Veteran…" ran the label into its sentence; "We awarded Ric a 30% disability rating…" moved above "Ric is a Veteran…";
  // "Error in a previous decision" was an empty divider; "caused—or made worse—by military service" lost its other
  // choice; "Learn how we decide effective dates in different cases" and "Hang in there" were the next slide's words.
  const source = [
    '# Disability compensation effective date',
    '',
    '## Direct service connection',
    '',
    'The effective date for a disability that was caused—or made worse—by military service is whichever of these comes later: the date we get your claim, or the date you first got your illness or injury.',
    '',
    '**Example 2**<br>',
    'Ric is a Veteran who ended his active service on September 30, 2013, with a hearing disability. He filed a claim for his hearing problem less than a year later.',
    '',
    'We got Ric’s claim on July 5, 2014. Because we got it within 1 year of his separation from active service, we awarded Ric a 30% disability rating with an effective date of October 1, 2013—the day after Ric’s separation from the military.',
    '',
    '## Error in a previous decision',
    '',
    'If we find a clear and unmistakable error in a prior decision, the effective date of the new decision will be the date from which benefits would’ve been paid if there hadn’t been an error in the prior decision.',
    ''
  ].join('\n')
  const { faces } = await deckFaces(source)
  assert.match(faces, /Example 2: Ric is a Veteran/)
  assert.ok(faces.indexOf('Ric is a Veteran') < faces.indexOf('We awarded Ric'), faces)
  assert.match(faces, /If we find a clear and unmistakable error in a prior decision/)
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.match(compressSentence('The effective date for a disability that was caused—or made worse—by military service is whichever of these comes later:', { maxWords: 14 })?.text ?? '', /—or made worse—/)
  assert.equal(compressSentence('The town—a quiet place on the river—grew fast in the 1990s and kept growing.', { maxWords: 14 })?.text, 'The town grew fast in the 1990s and kept growing')
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost('Learn how we decide effective dates in different cases.'))
  assert.ok(isSignpost('Hang in there.'))
  assert.ok(!isSignpost('Learn how to say no.'))
})

test('an item of two sentences among short ones stays an item; a lead-in that says who does the items stays (copied text)', async () => {
  // U.S. Department of Veterans Affairs, "VA claim exam (C&P exam)" (2019, CC0): "Review your claim file with you Ask you
  // questions…" ran two items together and "Take a look at the Disability Benefits Questionnaires (DBQs)" titled a slide;
  // "During your exam, the doctor may do any or all of these things:" had gone, leaving orders to the audience.
  const source = [
    'VA claim exam',
    '',
    'A VA claim exam isn’t like a normal medical exam or other VA health care visits, and each exam is different, depending on the information we need.',
    '',
    'During your exam, the doctor may do any or all of these things:',
    'Review your claim file with you',
    'Ask you questions based on the medical records in your claim file. These may include questions from the Disability Benefits Questionnaire for each service-connected condition you’re claiming.',
    'Take a look at the Disability Benefits Questionnaires (DBQs)',
    'Perform a basic physical exam',
    'Ask you to get other tests—like X-rays or blood work—if needed',
    '',
    'After your exam, the doctor will write up a report and send it to a VA claims processor to be added to your claim file.',
    ''
  ].join('\n')
  const { html, faces } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.match(html, /<li>Review your claim file with you<\/li>/)
  // (And the talk closes on no sentence a bullet already said, cut shorter: "In closing" had said the last bullet again.)
  assert.doesNotMatch(html, /In closing/)
  assert.ok(!titles(html).some((title) => /Disability Benefits Questionnaires/.test(title)), JSON.stringify(titles(html)))
  assert.match(faces, /the doctor may do any or all of these things/)
})

test('a line in italics opening the page under its front matter\'s title is the subtitle', async () => {
  // tuilion, "Why I Left Academia After a Decade of Silence" (2025, MIT): "_A personal transition from academic life to
  // something more free, more real._" had been the only bullet of an "Introduction" slide.
  const source = [
    '---',
    'title: "Why I Left Academia After a Decade of Silence"',
    'date: 2025-07-13',
    '---',
    '',
    '_A personal transition from academic life to something more free, more real._',
    '',
    '### The Realisation',
    '',
    'I was at a party - coincidentally, my birthday party. For over a year, I had been thinking things over. I was going back and forth in my head, feeling stuck in the same surroundings, often unmotivated and frustrated.',
    '',
    '### A Decade in Academia',
    '',
    'I spent ten years in science. I completed a PhD and invested many more years in research, writing, collaboration, and teaching.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source)
  const [title, ...rest] = html.split('</section>')
  assert.match(title!, /A personal transition from academic life to something more free, more real/)
  assert.doesNotMatch(rest.join('').replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /A personal transition/)
})

test('note numbers glued to words count up from one, a note cited again and one glued after a year included (copied text)', async () => {
  // Alex Wendland, "To combat Altruist, Schwab should buy Advyzon" (2023, CC BY 4.0), copied from the page: "Altruist’s1",
  // "businesses8", "ratings9" (note 9 again), "~10%13" and "founded in 20181" had been on the faces.
  const { withoutNoteMarkers } = await import('../../src/text/note-marks.js')
  const lines = [
    'Altruist’s1 bundled model presents an existential threat to the market.',
    'Most of those assets2 are held at two custodians.',
    'Platforms like Envestnet3, Orion4, AssetMark5 and InvestCloud6 grew their holdings7.',
    'Altruist verticalized these businesses8, and they raised $290M since they were founded in 20181 and kept going.',
    'Altruist9 leads on accounts10 and against incumbents11, and its high ratings9 show it.',
    'A contract is $10,000 / year12 and its CAGR is ~10%13 each year.'
  ].map((text) => ({ text }))
  const out = withoutNoteMarkers(lines).map((line) => line.text)
  assert.equal(out[0], 'Altruist’s bundled model presents an existential threat to the market.')
  assert.equal(out[3], 'Altruist verticalized these businesses, and they raised $290M since they were founded in 2018 and kept going.')
  assert.doesNotMatch(out.join(' '), /ratings9|%13|assets2|year12/)
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.match(compressSentence('Schwab or Fidelity should acquire Advyzon, forgo the $12M in revenue Advyzon generates each year, and offer Advyzon for free to advisors.', { maxWords: 14 })?.text ?? 'none', /for free|^none$/)
})

test('a question heading takes the short answer its section opens with; no bullet ends on "i.e."', async () => {
  // Alex Wendland, "To combat Altruist, Schwab should buy Advyzon" (2023, CC BY 4.0): "Could Schwab and Fidelity buy
  // Altruist?" over "Unlikely. Jason Wenk stated…" had lost its answer, and "…their clients, i.e." ended a bullet.
  const source = [
    '# To combat Altruist, Schwab should buy Advyzon',
    '',
    '## Could Schwab and Fidelity buy Altruist?',
    '',
    'Unlikely. Jason Wenk stated that the “$112M Series D [was] to take on Schwab and Fidelity” in all their PR announcements. He’s shooting for the moon.',
    '',
    '## Does this apply to my plan?',
    '',
    'Maybe a little! Some students measured the CO2 reduction of various houseplants and found statistically significant results.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source)
  assert.ok(titles(html).includes('Could Schwab and Fidelity buy Altruist? Unlikely.'), JSON.stringify(titles(html)))
  assert.ok(titles(html).includes('Does this apply to my plan? Maybe a little!'), JSON.stringify(titles(html)))
  // (Said once, on the title: the bullet under it does not open on "Unlikely." again, nor does a "(cont.)" title repeat it.)
  assert.doesNotMatch(html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), /<li>Unlikely\./)
  const { continuedHeading } = await import('../../src/article/long-headings.js')
  assert.equal(toString(continuedHeading({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Does my project need an additional contributor agreement? Probably not.' }] })), 'Does my project need an additional contributor agreement? (cont.)')
  const { compressSentence } = await import('../../src/article/compress.js')
  assert.equal(compressSentence('However, the acquisition is forcing advisors to “repaper” their clients, i.e., requiring them to sign forms switching their custodian from TD Ameritrade to Schwab.', { maxWords: 14 })?.text, 'The acquisition is forcing advisors to “repaper” their clients')
})

test('a rule\'s last case closes no talk; an essay\'s last "If…" line still does', async () => {
  // U.S. Department of Veterans Affairs, "Disability compensation effective date" (CC0): "In closing" had said the hospital
  // stay's third case, "If we get a claim more than one year after…"; Dylan Baker, "Datasets Have Worldviews" (2022,
  // Apache-2.0): "If you find yourself with lots of questions, you're already off to a good start." closes it.
  const rules = [
    '# Effective dates',
    '',
    '## Direct service connection',
    '',
    'The effective date for a disability that was caused by military service is the date we get your claim or the date you first got your illness or injury.',
    '',
    '## Disability or death due to a hospital stay',
    '',
    'If we get a claim within one year after the date the Veteran suffered an injury, the effective date is the date the injury happened.',
    '',
    'If we get a claim within one year of the date of a Veteran’s death, the effective date is the first day of the month in which the Veteran died.',
    '',
    'If we get a claim more than one year after a Veteran suffered an injury, their injury got worse, or they died, the effective date is the date we get the claim.',
    ''
  ].join('\n')
  assert.doesNotMatch((await deckFaces(rules)).html, /In closing/)
  const essay = [
    '# Datasets have worldviews',
    '',
    '## Ask questions',
    '',
    'Every dataset encodes the choices of the people who collected it, and those choices shape what a model learns from it.',
    '',
    'And do some sleuthing about your data! Who collected this data? Why was it collected? Who paid for it?',
    '',
    'You might even find yourself questioning what kinds of assumptions underpin machine learning dataset development.',
    '',
    'If you find yourself with lots of questions, you\'re already off to a good start.',
    ''
  ].join('\n')
  assert.match((await deckFaces(essay)).html, /In closing[\s\S]*If you find yourself with lots of questions/)
})

test('no big number of a bullet that points back at what the slide does not show', async () => {
  // HealthCare.gov, "How do I appeal a health plan decision?" (public domain): "48 hours" of "This final decision can be
  // delivered verbally, but must be followed by a written notice within 48 hours" had been shown big, where the section's
  // answer is four business days (a paired reader preferred the start's deck for it).
  const source = [
    '# Appeals',
    '',
    '## What if my care is urgent?',
    '',
    '- This final decision can be delivered verbally, but must be followed by a written notice within 48 hours',
    '- You may file an internal appeal and an external review request at the same time',
    ''
  ].join('\n')
  assert.doesNotMatch((await deckFaces(source)).html, /layout-big-number/)
})

test('a sentence set wholly in brackets is no bullet while its section has another', async () => {
  // Alex Wendland, "SAT Prompt 1" (2013, CC BY 4.0): "(You may use personal examples or examples from your reading,
  // observations, or, knowledge of subjects such as history, literature, science, etc.)" had taken a claim's place.
  const source = [
    '# SAT Prompt 1',
    '',
    '## The prompt',
    '',
    'What gives us more pleasure and satisfaction: the pursuit of our desires or the attainment of them? Plan your response, and then write an essay to explain your views on this issue. (You may use personal examples or examples from your reading, observations, or, knowledge of subjects such as history, literature, science, etc.) Happiness is a poorly defined creature; it is blinding, which making it difficult to discern. The world of sports exemplifies the pursuit of happiness leading to happiness.',
    ''
  ].join('\n')
  assert.doesNotMatch((await deckFaces(source)).faces, /You may use personal examples/)
})

test('a block of names each over a line that says what it is reads as one labelled list (copied text)', async () => {
  // U.S. Department of Veterans Affairs, "VA claim exam (C&P exam)" (2019, CC0): "How VA assigns disability ratings" /
  // "Learn how we assign severity ratings…" / "Check claim and appeal status" / … had been four slides of titles.
  const source = [
    'VA claim exam',
    '',
    'After you file your disability benefits claim, we may ask you to have a claim exam to help us rate your disability.',
    '',
    'More information about what happens after you file your claim',
    '',
    'How VA assigns disability ratings',
    'Learn how we assign severity ratings and how they affect your disability payments.',
    '',
    'Check claim and appeal status',
    'Track the status of your disability claims and appeals.',
    '',
    'Appeals process',
    'Find out what to do if you disagree with your disability rating decision.',
    ''
  ].join('\n')
  const { html } = await deckFaces(source, '/tmp/lectern-no-such-folder/article.txt')
  assert.ok(!titles(html).some((title) => /Check claim and appeal status|Appeals process/.test(title)), JSON.stringify(titles(html)))
  assert.match(html, /<strong>Check claim and appeal status<\/strong>: Track the status/)
})
