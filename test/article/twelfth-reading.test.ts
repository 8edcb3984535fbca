/**
 * What the readings of 3 December 2026 (seventh session) asked for, each
 * case with the text as published.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { tagSentence, tokensText } from '../../src/article/nlp.js'
import { clauseSegments } from '../../src/article/clause-segments.js'
import { isSignpost } from '../../src/article/signposts.js'
import { isVague } from '../../src/article/leaning.js'
import { selectSentences } from '../../src/article/select.js'
import { scoreSentences } from '../../src/article/sentence-score.js'
import { splitSentences } from '../../src/article/sentences.js'

/** The bullets chosen from a section's paragraphs. */
function chosen(paragraphs: readonly string[], count: number, heading?: string): string[] {
  return selectSentences(scoreSentences(paragraphs.map((paragraph) => splitSentences(paragraph)), { heading }), count).map((candidate) => candidate.bullet!.text)
}

test('should keep the bullet with a quantity when a face has too many words', () => {
  // Jana Bauerova, "Mobile Methods Minimizing Malaria Cases in Eastern Burundi" (Missing Maps blog, CC BY 4.0): the
  // campaign's result was dropped for "These good results led to the interest of the National Programme…".
  const shown = chosen(
    [
      'According to the GIS Superviser, it was better for the spraying teams to start far and gradually move in to closer points. If it rained, the accessibility over unpaved roads would be harder, so the teams would rather go to a closer location. Another lesson learned since the beginning of the IRS intervention is to cross-check the coverage of the households on several sources of information, not only the mobile screen and PC at different levels of the organization, but also with the community, for example by calling the village chief.',
      'Even though the second year included new houses, the 2020 campaign succeeded to have a higher coverage than the first year: 311,500 people protected in the three communes (97% of total population), with 98% of the houses sprayed. Thankfully, a tangible impact with a more than 85% reduction of malaria cases in the district following the 2019 intervention made the MSF team usually welcome by the local people. These good results led to the interest of the National Programme to learn from the MSF experience and best practices. The experience shows that the desired results may be reached, but require a comprehensive approach.'
    ],
    3,
    'What we learned'
  )
  assert.ok(shown.some((bullet) => bullet.includes('311,500 people protected')), shown.join(' | '))
})

test("should show the writers' argument without 'we argue that', and prefer a paragraph's conclusion", () => {
  // Freya Chay, Danny Cullenward and Grayson Badgley, "Comments to Verra on ton-year accounting…" (CarbonPlan, CC BY 4.0):
  // the paragraph's conclusion made no bullet at all.
  assert.equal(
    compressSentence('As a result, we argue that any credits issued on the basis of ton-year accounting should be labeled as inconsistent with net-zero climate goals.', { maxWords: 14 })?.text,
    'Any credits issued on the basis of ton-year accounting should be labeled as inconsistent with net-zero climate goals'
  )
  // A hedge stays: "we think that…" is no argument to state as fact.
  assert.match(compressSentence('We think that most of the credits issued under ton-year accounting will be retired before the year 2030.', { maxWords: 14 })?.text ?? '', /^We think/)
  const first = 'First, we document how ton-year accounting is fundamentally inconsistent with net-zero climate goals that seek to stabilize planetary temperatures. Ton-year accounting asserts that temporary carbon storage is equivalent to the permanent effects of CO₂ emissions on the basis of a very limited consideration that ignores temperature outcomes. Using ton-year accounting to justify ongoing emissions with short-term carbon storage leads to higher warming over time, not climate stabilization. As a result, we argue that any credits issued on the basis of ton-year accounting should be labeled as inconsistent with net-zero climate goals.'
  assert.ok(chosen([first], 2).some((bullet) => bullet.startsWith('Any credits issued')))
})

test('should not take a consequence the next paragraph turns against for its conclusion', async () => {
  // Julius Volz, "Pull doesn't scale - or does it?" (Prometheus blog, Apache-2.0): "As a result, people usually configure
  // checks to only be executed every couple of minutes" is Nagios's problem; the point is the turn after it.
  const source = readFileSync(new URL('../../../test/fixtures/real/prometheus-pull-scale/article.txt', import.meta.url), 'utf8')
  const { html } = await renderDeck(source, { path: 'post.txt', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(face, /Prometheus takes a fundamentally different approach/)
  assert.doesNotMatch(face, /People usually configure checks/)
})

test("should read 'X reports that' as a verb of saying, and leave no conjunction hanging at a bullet's end", () => {
  // Karl Broman, "Paying for scholarly publications" (CC BY 3.0): the section's one figure made no bullet, and
  // "Part of that comes from overpriced scholarly books, but still" was its slide.
  assert.equal(compressSentence('Wikipedia reports that Elsevier made a profit of ~$765 million in 2006.')?.text, 'Wikipedia reports that Elsevier made a profit of ~$765 million in 2006')
  assert.ok(chosen(['Wikipedia reports that Elsevier made a profit of ~$765 million in 2006. Think of the research that might have been supported by that money. Part of that comes from overpriced scholarly books, but still....'], 2).includes('Wikipedia reports that Elsevier made a profit of ~$765 million in 2006'))
  assert.equal(compressSentence('Part of that comes from overpriced scholarly books, but still....')?.text, 'Part of that comes from overpriced scholarly books')
  // Two adverbs joined by "and" are no hanging conjunction (Open Source Guides, CC BY 4.0).
  assert.match(compressSentence('With these skills, you can contribute to the open source community effectively and sustainably.')?.text ?? '', /effectively and sustainably$/)
  // Nor is a noun "reports" after its determiner.
  assert.equal(tagSentence('The annual reports that we publish list every grant.').find((token) => token.lower === 'reports')?.pos, 'NOUN')
})

test('should drop a trailing purpose a sub-editor drops, never what an object of "allow" or "require" takes', () => {
  // Nic Thompson Gonzalez, "Data analysis for social justice in a Native classroom" (RStudio Education blog, CC BY 4.0):
  // the item was shown whole at 40 words, one to a slide.
  assert.equal(
    compressSentence("At the end of any 15-20 minute lecture chunk I use low-stakes, formative assessments (e.g. ungraded quizzes) to focus everyone's attention on the big picture of what we've just talked about and track/realign any misconceptions.")?.text,
    'At the end of any 15-20 minute lecture chunk I use low-stakes, formative assessments'
  )
  // (PEP 744, public domain: "…the DSL also allows CPython's maintainers to avoid…" is no purpose to drop.)
  assert.doesNotMatch(compressSentence("In addition to taming some of the complexity of the new adaptive interpreter, the DSL also allows CPython's maintainers to avoid hand-writing tedious boilerplate code in many parts of the interpreter, compiler, and runtime.")?.text ?? '', /maintainers$/)
})

test('should find the claim of a story told in the first person', () => {
  // Ian Richardson, "Excavation of Bronze Age hoard in Essex" (Portable Antiquities Scheme blog archive, CC0): the hoard,
  // the reason for the dig, made no bullet, and the opening showed the train times.
  const reported = 'Just a few weeks before, Laura had had reported to her a preponderance of Bronze Age artifacts from a scattered hoard, and crucially, the detectorists who had located the material had come across what they believed was an intact ceramic vessel at the bottom of the ploughsoil.'
  assert.equal(compressSentence(reported)?.text, 'Laura had had reported to her a preponderance of Bronze Age artifacts from a scattered hoard')
  // ("For years," sets up a contrast and stays.)
  assert.match(compressSentence('For years, our team relied on Java to power large-scale, mission-critical services because of its proven stability and performance.')?.text ?? '', /^For years, our team relied on Java/)
  // (An adverb that ties a clause to the one before makes no bullet alone: "…; otherwise, you paid a fee".)
  assert.notEqual(compressSentence('The journal had some sort of point system where you would get points for reviewing articles and you had to have so many points in order to submit an article with them; otherwise, you paid a fee.')?.text, 'You paid a fee')
  const opening = [
    '7:00am is an exciting time to be at Liverpool Street Station, provided you’re heading out of town. While most of the human stream paddles off in the direction of the underground or the canyons of Bishopsgate and London Wall, you have the prospect of an empty carriage and a relaxed, takeaway breakfast to look forward to.',
    'Three members of the Central Unit found themselves faced with such pleasant circumstances recently, as we left the confines of Russell Square for a one-day dig in East Essex, organized by Laura McLean, the indefatigable Finds Liaison Officer, and her assistant and resident expert in Field Archaeology, Kate Orr. ' + reported
  ]
  const shown = selectSentences(scoreSentences(opening.map((paragraph) => splitSentences(paragraph)), { title: 'Excavation of Bronze Age hoard in Essex' }), 2).map((candidate) => candidate.bullet!.text)
  assert.ok(shown.some((bullet) => bullet.includes('Bronze Age artifacts')), shown.join(' | '))
  // "…faced with such pleasant circumstances" leans on the sentence before.
  assert.ok(!shown.some((bullet) => bullet.includes('such pleasant circumstances')), shown.join(' | '))
  // A day with nothing after it says nothing.
  assert.equal(compressSentence('It was refreshing to spend a day with a group of people so excited about the prehistory of the area.')?.text, 'It was refreshing to spend a day with a group of people so excited about the prehistory of the area')
})

test('should keep thanks, disclaimers and pointers to other reading off the slides', () => {
  // Jake VanderPlas, "The Big Data Brain Drain" (MIT): "Thanks also to my good friend Will Mari for reading over this post…"
  // was a bullet among the recommendations; Bill Hunt, "Policy Types" (Digital Policy Guide, CC0): "Refer to the article on
  // the Federal Budget for more info".
  for (const sentence of [
    'Thanks also to my good friend Will Mari for reading over this post and giving helpful feedback.',
    "I'm deeply grateful to the #rstats community and education department for their support and training.",
    'I would like to thank the following community members for feedback on early drafts: Matthew Brett, Henry Schreiner, Dan McCloy.',
    'This post does not necessarily reflect their views.',
    'Refer to the article on the Federal Budget for more info.'
  ]) {
    assert.ok(isSignpost(sentence), sentence)
  }
  // (A cause is no thank-you.)
  assert.ok(!isSignpost('Thanks to the new cache, builds run twice as fast.'))
})

test("should take a chapter's numbered first line for the title when a numbered item of a list follows, not a section", async () => {
  // The Open Science Training Handbook (FOSTER, CC0), chapter "5. Open Access to Published Research Results": "6. Trainees
  // will learn about…" in its list of objectives had made the title "Untitled".
  const source = '5. Open Access to Published Research Results\n\nWhat is it?\n\nOpen Access to publications means that research publications like articles and books can be accessed online, free of charge by any user.\n\nLearning objectives\n\n5. Trainees will learn about open-access opportunities when publishing in books.\n6. Trainees will learn about different business models used by open-access journals, and opportunities for obtaining funds to cover the costs.\n'
  const { html } = await renderDeck(source, { path: 'chapter.txt', overrides: { condense: true } })
  assert.match(html, /<title>5\. Open Access to Published Research Results<\/title>/)
})

test('should keep what carries the point of a sentence: the second term of a comparison, the objective after a colon, a name in capitals', () => {
  // Geoff Boeing, "Housing Search in the Age of Big Data" (MIT): "…more urban renters found their current homes" had lost
  // "through online technology platforms than any other information channel".
  assert.equal(
    compressSentence('The most recent American Housing Survey revealed that, for the first time, more urban renters found their current homes through online technology platforms than any other information channel.')?.text,
    'For the first time, more urban renters found their current homes through online technology platforms than any other information channel'
  )
  // The Open Science Training Handbook (CC0): "…a new movement appeared with a clear objective" withheld the objective,
  // and "…released under a CC" cut the licence's name.
  assert.equal(
    compressSentence('However, at the turn of the 21st century a new movement appeared with a clear objective: make all the research results available to the public without any restriction.')?.text,
    'Clear objective: make all the research results available to the public without any restriction'
  )
  assert.match(compressSentence('To publish in those platforms costs around 1000 € and all the materials are released under a CC BY license.')?.text ?? '', /CC BY license$/)
})

test("should drop another talk's slide numbers from a recap's headings, and its empty slides", async () => {
  // Stephen A. Lauer, "ASTMH 2015 Presentation: Real-time prediction of dengue fever in Thailand" (Reich Lab, Apache-2.0).
  const source = [
    '---', 'title: Real-time prediction of dengue fever in Thailand', '---', '',
    'Last week, I presented our work on predicting dengue hemorrhagic fever in Thailand at a meeting of tropical medicine.', '',
    '#### Slides 1-3: Introduction, funding, and project team members', '',
    '#### Slide 4: Statement of purpose and background', '',
    'The goal of this project is to predict Thailand dengue hemorrhagic fever outbreaks in real time. Since 1980, there have been between 17,000 and 175,000 cases reported each year.', '',
    '#### Slide 5: Presentation overview', '',
    '#### Slide 6: Data pipeline', '',
    'Every two weeks, the Ministry of Public Health sends us a list of all the cases reported in the country, which we store in our database.', ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: 'recap.md', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(face, /Slides? \d/)
  assert.match(face, /<h2>Statement of purpose and background<\/h2>/)
  assert.doesNotMatch(face, /<h2>Presentation overview<\/h2>/)
  // (Its words stay in the notes.)
  assert.match(html, /Presentation overview/)
})

test("should show the example a writer gives in brackets when it holds the section's figure", () => {
  // The Open Science Training Handbook (CC0): "You might show data about the number of journals that do not ask for a
  // publication fee" was the bullet, the 71% in its brackets left in the notes.
  const paragraph = 'Avoid the misconception of understanding an open-access journal as a journal where authors must pay to publish. The author-pay model is just one of the existing business models for an open-access journal. You might show data about the number of journals that do not ask for a publication fee (for example, as of 31 January 2018, DOAJ reports that 71% of the 11,001 open-access journals listed require no publishing charge).'
  const shown = chosen([paragraph], 2)
  assert.ok(shown.includes('DOAJ reports that 71% of the 11,001 open-access journals listed require no publishing charge'), shown.join(' | '))
})

test('should show both figures of a sentence of two clauses, keep a currency after its number, and never a slide the recap describes', async () => {
  // Stephen A. Lauer (Reich Lab, Apache-2.0): "75% of cases were reported within 3 months and 95% …" was cut at the semicolon.
  const shown = chosen(['... There were reporting delays. We define a reporting delay as the time difference between the onset of symptoms for a case and when that case enters our database.', 'In April of 2015, we received our final case report for 2014. In 2014, reporting delays ranged from 1 day to 17 months; 75% of cases were reported within 3 months and 95% were reported within 8 months.'], 3, 'Reporting delays')
  assert.ok(shown.includes('75% of cases were reported within 3 months and 95% were reported within 8 months'), shown.join(' | '))
  const { firstFigure } = await import('../../src/article/key-figures.js')
  assert.equal(firstFigure('To publish in those platforms costs around 1000 € and all the materials are released under a CC BY license'), '1000 €')
  for (const sentence of ['In the second slide, we use our forecasting model to recursively make 1,000 predictions 10 time steps into the future', 'On the y-axis are the provinces arranged by population, the years are on the x-axis', 'The table on this slide displays how often our model made better predictions']) assert.ok(isVague(tagSentence(sentence), sentence), sentence)
})

test("should close a question's section on its answer, leave a page's update note out, and name who made a hashtag", async () => {
  // Cory Benfield, "The WNBL Needs An All-Star Game" (CC BY-SA 4.0): "Why?" / "Because it'll be awesome." was an empty
  // divider, the answer in the notes with the page's "Updated November 28, 2012".
  const source = 'The WNBL Needs An All-Star Game\n\nThe single most popular sport in Australia is Australian Rules Football. Last year\'s Grand Final was watched by 5 million Australians on television.\n\nLet\'s Get It Done!\n\nRealistically, I\'m one fan with a website that 20-odd people read. I have no pull here.\n\nWhy?\n\nBecause it\'ll be awesome.\n\nUpdated November 28, 2012\n'
  const { html } = await renderDeck(source, { path: 'post.txt', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.match(face, /Because it(?:'|’|&#x27;)ll be awesome/)
  assert.doesNotMatch(html, /Updated November 28, 2012/)
  // Emily Ogle, "Disability: let's say the word" (The A11Y Project, Apache-2.0): who made the hashtag made no bullet.
  assert.equal(compressSentence('The #SayTheWord hashtag was created by Lawrence Carter-Long to bring awareness to the actual word ‘disabled’ and to encourage everyone to use it.')?.text, 'The #SayTheWord hashtag was created by Lawrence Carter-Long')
})

test('should never drop a negating prefix in brackets, and show what a thing said to exist is', () => {
  // Geoff Boeing (MIT): "tenant (dis)qualifications" had become "tenant qualifications", the opposite.
  assert.equal(compressSentence('Listings in Black neighborhoods focus more on applicant (dis)qualifications.')?.text, 'Listings in Black neighborhoods focus more on applicant (dis)qualifications')
  // (An abbreviation in brackets is an aside all the same: "intensional logic (IL)".)
  assert.equal(compressSentence("My first taste of modal logic was Richard Montague's intensional logic (IL).")?.text, "My first taste of modal logic was Richard Montague's intensional logic")
  assert.equal(compressSentence('There is also a racial hierarchy: listings in low-poverty Black communities contain less information than listings in White ones.')?.text, 'Listings in low-poverty Black communities contain less information than listings in White ones')
})

test("should show a writer's count of medals, and never the last item of a list as a clause", async () => {
  // Cory Benfield (CC BY-SA 4.0): the medals made no bullet ("if I do a quick headcount" read as a condition), and
  // "A few who played for other national teams at the Olympics" (a list's last item) was one.
  assert.equal(
    compressSentence('In fact, if I do a quick headcount of just the Australians, I count 6 Basketball World Championship Bronze Medals, 4 World Championship Gold Medals, 8 Olympic Bronze Medals and 13 Olympic Silver medals.')?.text,
    'I count 6 Basketball World Championship Bronze Medals, 4 World Championship Gold Medals, 8 Olympic Bronze Medals and 13 Olympic Silver medals'
  )
  // (A real condition stays: "If we see this pattern…".)
  assert.match(compressSentence('If we see this pattern over the last 100 years of records, we will be able to predict the next floods in the valley.')?.text ?? 'If', /^If/)
  const list = 'Currently, the league counts amongst its active players eight who played for the Australian National Team at the Olympics, several others who have played for the national team in previous competitions and missed the Olympics either due to injury or age, and a few who played for other national teams at the Olympics.'
  assert.notEqual(compressSentence(list)?.text, 'A few who played for other national teams at the Olympics')
  assert.ok(!clauseSegments(tagSentence(list)).some((clause) => /^A few who/.test(tokensText(clause))))
  const { keyFigure } = await import('../../src/article/key-figures.js')
  assert.equal(keyFigure({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'I count 6 Basketball World Championship Bronze Medals, 4 World Championship Gold Medals, 8 Olympic Bronze Medals and 13 Olympic Silver medals' }] }] }), undefined)
})

test("should close on the article's last claim, past its thanks, and read a clause after a fronted phrase", () => {
  // Jake VanderPlas, "The Big Data Brain Drain" (MIT): the last sentence made no bullet.
  assert.equal(
    compressSentence("It's not an easy problem to address, but with a little effort, we can assure the health and sustainability of the scientific research community into the future.")?.text,
    'We can assure the health and sustainability of the scientific research community into the future'
  )
  // "In the long run, it's going to make things easier" leans on the sentence before; "It doesn't matter who…" does not.
  assert.ok(isVague(tagSentence("In the long run, it's going to make things easier."), "In the long run, it's going to make things easier."))
  assert.ok(!isVague(tagSentence("For scaling purposes, it doesn't matter who initiates the TCP connection."), "For scaling purposes, it doesn't matter who initiates the TCP connection."))
})

test("should drop a writer's pointer back to what they said before", () => {
  // Jake VanderPlas (MIT): "As I've mentioned, …".
  assert.match(compressSentence("As I've mentioned, the skills of our staff are the very skills required for the success of modern research.")?.text ?? '', /^The skills of our staff/)
})

test("should read '2 x 2 metre' as a size, not a figure, and 'more than enough' as leaning on what was named before", async () => {
  // Ian Richardson (CC0): "2 x" was a big number.
  const { firstFigure } = await import('../../src/article/key-figures.js')
  assert.equal(firstFigure('We saw as we approached the site that a 2 x 2 metre grid had already been marked out'), undefined)
  assert.equal(firstFigure('The new build is 20x faster'), '20x')
  assert.ok(isVague(tagSentence('Thankfully Claire has supplied us with more than enough!'), 'Thankfully Claire has supplied us with more than enough!'))
  assert.ok(!isVague(tagSentence('Deploying multiple Collector agents is great, but it’s not good enough.'), 'Deploying multiple Collector agents is great, but it’s not good enough.'))
})

test("should keep 'In this paper we review…' off the slides, and capitalise a bullet that opens on a quoted phrase", async () => {
  // Geoff Boeing (MIT): it had taken the place of "Listings in poor Black tracts contain fewer average words…".
  assert.ok(isSignpost('In this paper we review, empirically extend, and retheorize ongoing research projects that collected Craigslist rental listings.'))
  assert.ok(!isSignpost('In this study, we find that listings in poor tracts contain fewer words.'))
  const { capitalise } = await import('../../src/article/token-text.js')
  assert.match(tokensText(capitalise(tagSentence('"big data" typically refers to massive streams of user-generated content'))), /^"Big data"/)
  // (A quoted literal keeps its case.)
  assert.match(tokensText(capitalise(tagSentence('"module" isn\'t supported yet'))), /^"module"/)
})

test("should keep a recap's pointers to its slides and the writer's handle off the slides", () => {
  // Stephen A. Lauer (Reich Lab, Apache-2.0).
  for (const sentence of ['You can find the slides for the presentation here.', "After the jump, I'll provide a slide-by-slide summary.", 'Forgot to mention that my twitter handle is @salauer_biostat.']) assert.ok(isSignpost(sentence), sentence)
})

test("should show a blog post's description as its talk's subtitle", async () => {
  // Emily Ogle, "Disability: let's say the word" (The A11Y Project, Apache-2.0): the post's thesis was in its front matter only.
  const source = "---\ntitle: 'Disability: let’s say the word'\ndescription: In hesitating to use the word ‘disability,’ people are unwittingly reinforcing the stigma that having a disability is a bad thing.\n---\n\nGrowing up, I did identify as ‘hearing impaired.’ I was not often around other deaf or hard-of-hearing people, and I did not interact much with members of the Deaf community.\n\n## Discovery\n\nThe group feature on Facebook was popular in the beginning years, and I joined a group for deaf and hard-of-hearing people.\n"
  const { html } = await renderDeck(source, { path: 'post.md', overrides: { condense: true } })
  assert.match(html, /<p class="subtitle">In hesitating to use the word/)
  // (A hand-written deck keeps its description for the page's metadata only.)
  const deck = await renderDeck('---\ntitle: Talk\ndescription: A talk about things.\n---\n\n# Talk\n\n## One\n\n- a point\n', { path: 'talk.md' })
  assert.doesNotMatch(deck.html, /<p class="subtitle">/)
})

test("should keep an author's note and an announcement of what the writer will cover off the slides", () => {
  // Cory Benfield (CC BY-SA 4.0).
  for (const sentence of ["Author's Note: This is yet another digression into talking about sports.", "To explain why it's obvious, though, I need to cover a few things."]) assert.ok(isSignpost(sentence), sentence)
})

test('should read a heading of a hundred words as the paragraph it is, never a title that overflows its slide', async () => {
  // A Quarto callout's `# …` line (Ilya Kashnitsky's blog, MIT): a 120-word title overflowed its slide by 1518px.
  const long = 'End of March is the time when I remember with warm nostalgia the vivid memories of working alongside and learning from a colleague who died untimely in March. He was a brilliant demographer and a vital person who radiated love to demography and influenced generations of researchers in finding and shaping their academic paths. In this post, I am revisiting one of the last projects that we worked on together.'
  const source = `---\ntitle: Monarchs and their people\n---\n\n::: {.callout-note}\n# ${long}\n:::\n\n# Resonant headlines\n\nFollowing the death of Prince Philip in April 2021, a newspaper published a piece titled "British royals tend to survive a full three decades longer than their subjects."\n`
  const { html } = await renderDeck(source, { path: 'post.md', overrides: { condense: true } })
  assert.doesNotMatch(html, /<h[12][^>]*>End of March/)
  assert.match(html, /End of March is the time/)
})

test('should read "Please read more about … on our … webpage" as a pointer', () => {
  for (const sentence of ['Please read more about Jim on our collective memorial webpage.', 'Read more about the project on our website.']) assert.ok(isSignpost(sentence), sentence)
  assert.ok(!isSignpost('Read about our findings carefully before you cite them.'))
})

test("should never end a bullet on a verb waiting for its complement, and take an article's first '#' for a section when its front matter names the title", async () => {
  // Peter J. Hotez, "Neglected Diseases and Poverty in 'The Other America'" (PLOS NTDs, CC BY): "…tens of millions of Americans are".
  assert.notEqual(compressSentence('That does not change the fact that tens of millions of Americans are, at this very moment, maimed in body and spirit, existing at levels beneath those necessary for human decency.')?.text, 'That does not change the fact that tens of millions of Americans are')
  // (An ellipsis of a comparison ends well: "…just like the university tests are".)
  // Hannes Van De Vreken, "Running my very first marathon" (MIT): "# Start to run" was the title slide.
  const source = '---\ntitle: "Running my very first marathon"\ndate: 2015-04-13\n---\n\n# Start to run\n\nIn june 2014 I started running because I had secured a speaker slot at the community day of a conference, and I wanted to be fit on stage.\n\n## Physical tests\n\nI did a physical test at a sports medical centre, where they measured my heart rate and my breathing while I ran on a treadmill.\n'
  const { html } = await renderDeck(source, { path: 'post.md', overrides: { condense: true } })
  assert.match(html, /<h1>Running my very first marathon<\/h1>/)
  assert.match(html, /<h2>Start to run<\/h2>/)
})

test("should keep a social post embedded by its site's script off the slides", async () => {
  // Hannes Van De Vreken (MIT): an Instagram embed was an empty box that ran 194 px off its slide.
  const source = '---\ntitle: Running my very first marathon\n---\n\n## Race day\n\n3 hours, 29 minutes and 21 seconds after the start I ran across the finish line of my first marathon.\n\n<blockquote class="instagram-media" data-instgrm-version="4" style="background:#FFF;"><div><p><a href="https://instagram.com/p/abc/">Finished!</a></p></div></blockquote>\n<script async defer src="//platform.instagram.com/en_US/embeds.js"></script>\n\nWill I ever do this again? I think so.\n'
  const { html } = await renderDeck(source, { path: 'post.md', overrides: { condense: true } })
  const face = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
  assert.doesNotMatch(face, /instagram-media/)
  assert.match(face, /3 hours, 29 minutes and 21 seconds/)
})
