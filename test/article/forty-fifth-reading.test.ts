/**
 * What the fortieth session (7 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderDeck } from '../../src/index.js'
import { compressSentence } from '../../src/article/compress.js'
import { statementHeadings } from '../../src/text/body-shape.js'
import { textToMarkdown } from '../../src/text/index.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'

/** A sentence compressed to a bullet of at most 14 words. */
const bullet = (sentence: string): string | undefined => compressSentence(sentence, { maxWords: 14 })?.text

/** The face and notes of an article rendered in article mode (`.md` or `.txt` by the name given). */
async function deck(source: string, name = 'article.md'): Promise<{ faces: string; notes: string; html: string }> {
  const { html } = await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })
  return { faces: facesOf(html), notes: notesOf(html), html }
}

/** The headings (`## …`, `### …`) of the Markdown a plain text becomes. */
function headingsOf(text: string): string[] {
  const converted = textToMarkdown(text)
  const markdown = typeof converted === 'string' ? converted : (converted as { markdown: string }).markdown
  return markdown.split('\n').filter((line) => /^#{2,3} /.test(line))
}

test('a survey\'s reason is its finding, a counted noun\'s items go whole, and "CA" is a name', () => {
  // Green Software Foundation, "State of Green Software" summary (greensoftware.foundation, 2023, CC BY 4.0, copied text):
  // "40% of millennials said they have chosen to work for an employer before" had lost why.
  assert.equal(bullet('40% of millennials said they have chosen to work for an employer before because of their strong sustainability performance.'), '40% of millennials said they have chosen to work for an employer before because of their strong sustainability performance')
  // The cause of a figure that is no one's answer still goes to the notes.
  assert.equal(bullet('Between 5% and 13% of all transgender adults in the United States have been internally displaced as a consequence of the deluge of anti-trans legislation.'), 'Between 5% and 13% of all transgender adults in the United States have been internally displaced')
  // OpenEnergyMonitor contributors, "Choosing an Energy Diverter" (openenergymonitor/learn, CC BY-SA 4.0, copied text):
  // "…divided into two sections and the input that runs at low voltage" had made one section of two.
  assert.equal(bullet('The energy diverter can be divided into two sections, the input and the control logic that runs at low voltage, and the power switch that handles the load switching, which runs at mains voltage.'), 'The energy diverter can be divided into two sections')
  // Christopher Pisano, "Journey to High Availability" (theforeman.org, 3 December 2015, CC BY-SA 3.0, Markdown): "PuppetDB
  // servers will use their hostname based certificates…" had dropped the masters and CA servers, the tagger reading "CA"
  // as "ca(n't)".
  assert.match(bullet('Each of the Puppet masters, CA servers and PuppetDB servers will use their hostname based certificates when running the Puppet agent.') ?? '', /^Each of the Puppet masters, CA servers and PuppetDB servers will use/)
})

test('a participle naming a time and a place goes when nothing else brings the claim within its cap; dashes between clauses stay', () => {
  // Jyoti Bhogal, "Insights from My Experience at PyCon India 2024" (RSE Asia, 26 October 2024, CC BY 4.0, Markdown): the
  // overview's first sentence, over the cap whole, was on no slide.
  assert.equal(bullet('The PyCon India 2024 conference, held from September 20-23 at the NIMHANS Convention Center in Bengaluru, brought together a vibrant mix of sessions designed for learning, engagement, and networking.'), 'The PyCon India 2024 conference brought together a vibrant mix of sessions designed for learning, engagement, and networking')
  // pip team, "How pip users think about security" (pip.pypa.io, MIT, copied text): "I'm trusting it must be alright".
  assert.match(bullet('I’m quite trusting - Python is open source, I’m assuming that if a package is on pypi.org - it must be alright.') ?? '', /pypi\.org - it must be alright$/)
  assert.equal(bullet('The solution — we soon realised — would look like a mailing list sign-up.'), 'The solution would look like a mailing list sign-up')
})

test('a quotation shows whole, or its first clauses, never words its speaker did not say in a row', async () => {
  // pip team, "How pip users think about security" (as above): "“I use Twitter, if something happens”", "“I find a package
  // by figuring out Participant 240278297”".
  const source = ['# How pip users think about security', '', '## Reliance on the community', '',
    'Participants explained they rely on the community to find issues and make them known publicly. Several said they follow blogs and social media for news of attacks.', '',
    '“I rely on community resources - Python security related, I follow security people blogs, Twitter. I use Twitter, if something happens, in the morning it can take me awhile to figure out what’s happened. I’m quite trusting - Python is open source, I’m assuming that if a package is on pypi.org - it must be alright.” - Participant 240278297', '',
    '## Recommendations', '', 'Provide clearer guidance for users on how to audit packages. Make the output of pip easier to understand for people who are not developers.'].join('\n')
  const { faces } = await deck(source)
  assert.doesNotMatch(faces, /“I use Twitter, if something happens”|I’m trusting it|I’m trusting -/)
  for (const quote of faces.match(/“[^”]*”/g) ?? []) assert.ok(source.replace(/\.(?=\s|”)/g, '').includes(quote.slice(1, -1).replace(/\.$/, '')), quote)
})

test('plain text: a "More on…:" pointer\'s link, a skip link and a caption-like heading over its list', () => {
  // OpenEnergyMonitor (as above): "MK2: Switching High Current Loads using a Triac", a link under "More on phase control &
  // burst mode:", had been a section divider.
  const energy = ['Choosing an Energy Diverter', '', 'An energy diverter captures excess energy from your private generation system and uses it locally instead of allowing it to be exported to the grid.', '',
    'Phase Control', '', 'Switching takes place at mains frequency. The load always switches off at the point where the mains voltage passes through zero. Heavy and expensive filters are required, making this approach less popular than the others.', '',
    'More on phase control & burst mode:', '', 'MK2: Switching High Current Loads using a Triac', '',
    'Should I Make or Buy My Energy Diverter?', '', 'The energy diverter can be divided into two sections. For the low voltage section, the choices are an emonTx or an Arduino board with a custom front-end.'].join('\n')
  const headings = headingsOf(energy)
  assert.ok(headings.some((line) => /Should I Make or Buy/.test(line)))
  assert.ok(!headings.some((line) => /MK2/.test(line)), headings.join('\n'))
  // pip team (as above): "Skip to recommendations", the page's skip link, had headed the research and the results.
  const pip = ['How pip users think about security', '', 'Problem', '', 'We wanted to understand how pip users think about security when installing packages with pip, and what the maintainers could do about it.', '', 'Skip to recommendations', '', 'Research', '', 'We asked participants about their behaviours and practices in terms of the security and integrity of the Python packages they install with pip.'].join('\n')
  assert.ok(!headingsOf(pip).some((line) => /Skip to/.test(line)))
})

test('in a text headed by statements, a longer statement set apart heads its section too', () => {
  // Social Investment Agency, "Critique of our Coding Style" (NZ Government, July 2017, CC BY 4.0, copied text): "The folder
  // structure should be intuitive and only necessary files should be in the repository" (15 words) had run its section
  // into the one before, and "The good" over its list, after "…had good features…", had been a sub-heading of another.
  const say = (topic: string): string => `The team reviewed ${topic} against the new standards and wrote down what it found. Each point below says what went well and what could be improved next time.`
  const text = ['Critique of our Coding Style', '', say('the repository'), '',
    'Using parameters means that anyone can run the code', '', say('the parameters'), '',
    'Being modular means that the code can be reused across multiple projects', '', say('the modules'), '',
    'Headers are a great way to explain a script but it’s important to have the right detail in them and that they are complete', '', say('the headers'), '',
    'The folder structure should be intuitive and only necessary files should be in the repository', '', say('the folders'), '',
    'SAS EG projects are not reusable', '', say('the projects'), '',
    'Unit tests help ensure code is robust and easier to troubleshoot', '', say('the tests'), '',
    'The social housing repository had good features that enabled code sharing but there are things that could be improved', '',
    'The good', '• Using GitHub as a version control tool.', '• Including a README with step by step instructions.', '',
    'The bad', '• Scripts should have headers that include all the key information.', '• The folder structure needs to be intuitive.'].join('\n')
  const headings = headingsOf(text).map((line) => line.replace(/^#+ /, ''))
  for (const heading of ['Headers are a great way to explain a script but it’s important to have the right detail in them and that they are complete', 'The folder structure should be intuitive and only necessary files should be in the repository', 'The good', 'The bad']) assert.ok(headings.includes(heading), `${heading}\n${headings.join('\n')}`)
  // (Not in a text whose headings are short: one long unstopped line is a sentence that lost its stop.)
  const lines = (texts: string[]) => texts.map((source, at) => ({ kind: 'text' as const, gap: true, source: { text: source, line: at + 1 } }))
  const plain = lines(['Results', say('the results'), 'The folder structure should be intuitive and only necessary files should be in the repository', say('the folders')])
  assert.equal(statementHeadings(plain as unknown as Parameters<typeof statementHeadings>[0]).size, 0)
})

test('a sub-heading of back matter ends the talk, a front-matter title is decoded, and who said a quotation titles no slide of bullets', async () => {
  // Jyoti Bhogal (as above): "Conclusion (cont.)" over "Learn More About Us" / "RSE Asia" and the club's three links.
  const recap = ['---', 'title: Insights from My Experience at PyCon India 2024', '---', '', '## Keynotes', '', 'The conference featured four insightful keynotes on performance, autism research, open source and oranges. Each keynote brought valuable perspectives to the audience.', '',
    '## Conclusion', '', 'The PyCon India 2024 concluded with the DevSprints, marking an incredibly immersive learning experience for me. The Closing Ceremony featured two beat-box artists who entertained us.', '', '---', '',
    '### **Learn More About Us**', '', 'For more information and to join upcoming events, visit:', '', '#### RSE Asia', '', '- Website: <https://rse-asia.github.io/RSE_Asia/>', '- For the latest news, events, activities, and opportunities, follow us on our [LinkedIn page](https://www.linkedin.com/company/rse-asia-association/)', '- To join the RSE Asia community, please fill out our short [Community Membership Form](https://docs.google.com/forms/d/1XSxDaTJzcNyGeDYX/edit)'].join('\n')
  const { faces, notes } = await deck(recap)
  assert.doesNotMatch(faces, /Learn More About Us|Community Membership Form/)
  assert.match(notes, /Community Membership Form/)
  // Johan van der Knijff, "Resurrecting the first Dutch web index: NL-menu revisited" (bitsgalore.org, 24 April 2018, CC BY
  // 4.0, Markdown): "&#58;" had titled the deck.
  const { html } = await deck(['---', 'layout: post', 'title: Resurrecting the first Dutch web index&#58; NL-menu revisited', '---', '', 'NL-menu was the first Dutch web index. It was discontinued in 2004, after which the site was taken offline.'].join('\n'))
  assert.match(html, /<h1[^>]*>Resurrecting the first Dutch web index: NL-menu revisited<\/h1>/)
  // Brandon Keepers, "Carbon, Automobiles, Bebop, and Fashion" (opensoul.org, 11 January 2016, CC BY 4.0, Markdown): the
  // introduction's second page, one bullet and a quotation, had been titled "Immo Landwerth".
  const essay = ['---', 'title: Carbon, Automobiles, Bebop, and Fashion', '---', '', 'Entire industries become transformed when a critical mass adopts openness. Software is past this tipping point.', '',
    'Early commercially available computers often came with the source code of their software. You could modify it to fix bugs or integrate it into your environment. Academics, researchers and corporations often participated in open collaboration to write software that made computers useful.', '',
    'This lack of freedom drove Richard Stallman to start the Free Software Movement in the 80s with the goal of creating an operating system that any user could run, study, share, and improve without needing permission.', '',
    'The 90s then brought the release of the most popular free software project to date, the Linux kernel, which was the final puzzle piece in creating a completely open operating system.', '',
    'By the late 90s, it was clear that there were many practical advantages to free software, but the social imperative of the free software movement turned some people off. In the last 15 years, we’ve seen massive adoption of open source software, even to the point where staunch opponents like Microsoft are openly embracing it.', '',
    '> Open source is probably one of the most energizing projects our team has been working on.', '> <cite>Immo Landwerth – Microsoft</cite>', '',
    '## Carbon', '', 'Carbon is able to bond with an incredible number of other elements. There are nearly ten million known compounds that contain carbon.', '', '## Bebop', '', 'Bebop is a form of Jazz that appeared in the 1940s, fifty years into the evolution of jazz.'].join('\n')
  assert.doesNotMatch((await deck(essay)).html, /<h2[^>]*>Immo Landwerth/)
})

test('an item over six short parts keeps them on one slide, and a bare "half" is shown as no figure', async () => {
  // Christopher Pisano (as above): "High availability at all tiers" over Foreman, Memcache, Puppet, PuppetDB, CA and
  // Database had left "Database" alone on a second slide.
  const requirements = ['# Journey to High Availability', '', '## Requirements', '', 'Before the project began we needed to come up with a list of requirements the implementation needed to meet. Below is what we came up with.', '',
    '- High availability at all tiers', '  - Foreman', '  - Memcache', '  - Puppet', '  - PuppetDB', '  - CA', '  - Database', '',
    'This was the highest priority. We needed our implementation to be up at virtually all times.', '', '## Implementation', '', 'We started by building four Puppet masters using Puppet Server v1 and two CA servers behind a load balancer.'].join('\n')
  const { html } = await deck(requirements)
  const slides = html.split(/<section/).filter((slide) => /High availability at all tiers/.test(slide))
  assert.equal(slides.length, 1)
  assert.match(slides[0]!, /Database/)
  // Johan van der Knijff (as above): a big "half" over "Only half of the second disc could be recovered…".
  const results = ['# NL-menu revisited', '', '## Results of recovery process', '', 'Only half of the second disc could be recovered after a 16-hour recovery pass with ddrescue. For the third disc, 99.8% of the data could be recovered after four rounds with ddrescue.', '', '## Inspecting the contents', '', 'The nlmenu.nl directory contains the Dutch-language version of the site, and nlmenu.en the English-language version.'].join('\n')
  assert.doesNotMatch((await deck(results)).html, /class="key-figure"[^>]*>half</i)
})

test('an article\'s short opening claim is on its introduction\'s face, and a continued heading loses its aside', async () => {
  // Brandon Keepers (as above): the essay's thesis, its first paragraph, had lost to the history after it.
  const essay = ['---', 'title: Carbon, Automobiles, Bebop, and Fashion', '---', '', 'Entire industries become transformed when a critical mass adopts openness. Software is past this tipping point.', '',
    'Early commercially available computers often came with the source code of their software. You could modify it to fix bugs or integrate it into your environment. Academics, researchers and corporations often participated in open collaboration to write software that made computers useful.', '',
    'This lack of freedom drove Richard Stallman to start the Free Software Movement in the 80s with the goal of creating an operating system that any user could run, study, share, and improve without needing permission.', '',
    'The 90s then brought the release of the most popular free software project to date, the Linux kernel, which was the final puzzle piece in creating a completely open operating system.', '',
    'By the late 90s, it was clear that there were many practical advantages to free software, but the social imperative of the free software movement turned some people off. The term “Open Source” was proposed and quickly received adoption. In the last 15 years, we’ve seen massive adoption of open source software, even to the point where staunch opponents like Microsoft are openly embracing it.', '',
    '## Carbon', '', 'Carbon is able to bond with an incredible number of other elements. There are nearly ten million known compounds that contain carbon.', '', '## Bebop', '', 'Bebop is a form of Jazz that appeared in the 1940s, fifty years into the evolution of jazz.'].join('\n')
  assert.match((await deck(essay)).faces, /Entire industries become transformed when a critical mass adopts openness/)
  // Christopher Pisano (as above): "Foreman and Memcache (The fun stuff): Load balancer" ran over two lines.
  const fun = ['# Journey to High Availability', '', '## Foreman and Memcache (The fun stuff)', '',
    ...Array.from({ length: 4 }, (_, at) => `There are two ways you can build your Foreman cluster, and we weighed both for the ${['web', 'cache', 'proxy', 'agent'][at]} tier before we chose. After some consideration we decided to go with a three node cluster behind the load balancer for that tier. We generated the certificate based on the URL name we were going to use for the load balancer and the nodes.\n`),
    'The two memcache servers we built we kept outside the load balancer. We have the load balancer configured to pass traffic on ports 80 and 443 to the load balancer nodes. The load balancer checks every node of the load balancer pool each minute.', '', '## Puppet', '', 'We started by building four Puppet masters using Puppet Server v1.'].join('\n')
  const { html } = await deck(fun)
  assert.doesNotMatch(html, /\(The fun stuff\):/)
})

test('a definition loses its fronted hedge, its aside of alternatives and what it does instead; a clause that names wins over one that does not', () => {
  // OpenEnergyMonitor (as above): "What Does an Energy Diverter Do?" had shown only its second sentence; the tagger read
  // "captures" as a noun, and "whether it is photovoltaic, wind or hydro" stood between the object and the second verb.
  assert.equal(bullet('At its simplest, an energy diverter captures excess energy from your private generation system, whether it is photovoltaic, wind or hydro, and uses it locally instead of allowing it to be exported to the grid.'), 'An energy diverter captures excess energy from your private generation system and uses it locally')
  // Jyoti Bhogal (as above): "The conference featured several sponsor stalls" had kept the stalls and lost the one named.
  assert.equal(bullet('The conference featured several sponsor stalls, and one that stood out to me was the National Payments Corporation of India (NPCI), an umbrella organization for retail payments and settlement systems in India.'), 'One that stood out to me was the National Payments Corporation of India')
  // (Not one that leans on the first: Electron's "…we have a lot of users, and harnessing their energy…" keeps its users.)
  assert.equal(bullet('That said, being a large open source project means that we have a lot of users, and harnessing their energy for Electron to build a userland ecosystem is a crucial part of sustaining project health.'), 'Being a large open source project means that we have a lot of users')
})

test('a short coda after the last section\'s rule closes the talk; a page\'s credits or a call to give after it do not', async () => {
  // Brandon Keepers (as above): "So I ask again: …" after a rule had been the third bullet of "Fashion", the note after the
  // last rule ("This is an essay form of a talk…") no close.
  const section = (name: string): string[] => [`## ${name}`, '', `${name} shows what happens when a field builds on open platforms. Anyone can copy the best ideas and build on them, and the whole field moves faster as a result. The leaders stay ahead by doing new things.`, '']
  const essay = ['---', 'title: Carbon, Automobiles, Bebop, and Fashion', '---', '', 'Entire industries become transformed when a critical mass adopts openness. Software is past this tipping point.', '',
    ...section('Carbon'), ...section('Automobiles'), ...section('Bebop'), ...section('Fashion'), '---', '',
    'So I ask again: As every company is becoming a software company, what happens when the bedrock of every industry is open source? What happens when you can’t opt out of openness? Carbon, automobiles, bebop and fashion give us a glimpse into that future.', '', '---', '',
    '_This is an essay form of a talk I gave at Open Source // Open Society on April 16, 2015 in Wellington, NZ._'].join('\n')
  const { html } = await deck(essay)
  assert.match(html, /<h2[^>]*>In closing<\/h2>[\s\S]*glimpse into that future/)
  const credits = essay.replace(/So I ask again:[^\n]*/, 'Image credits: Mug photo by Jen Theodore on Unsplash.')
  const credited = await deck(credits)
  assert.doesNotMatch(credited.faces, /Mug photo|In closing/)
  assert.match(credited.notes, /Mug photo/)
})

test('a list split over two slides has its lead-in said again over the rest, when the next slide holds both', async () => {
  // PEP 744, "JIT Compilation" (Brandt Bucher and Savannah Ostrowski, python/peps, public domain): the platforms CPython's
  // CI tests the JIT on had continued on a slide without "…for both release and debug builds on:".
  const items = ['i686-pc-windows-msvc/msvc', 'x86_64-apple-darwin/clang', 'x86_64-pc-windows-msvc/msvc', 'x86_64-unknown-linux-gnu/clang', 'x86_64-unknown-linux-gnu/gcc', 'aarch64-apple-darwin/clang', 'aarch64-unknown-linux-gnu/gcc', 'aarch64-pc-windows-msvc/msvc', 'powerpc64le-unknown-linux-gnu/gcc', 'armv7l-unknown-linux-gnueabihf/gcc']
  const source = ['# JIT Compilation', '', '## Support', '', 'The JIT has been developed for all of PEP 11’s current tier one platforms, most of its tier two platforms, and one of its tier three platforms. Support for each platform is tested in CI and on buildbots.', '',
    'CPython’s main branch has CI building and testing the JIT for both release and debug builds on:', '', ...items.map((item) => `- ${item}`), '', '## Backwards Compatibility', '', 'Observable differences that have been found and fixed during testing have tended to be bugs in the JIT.'].join('\n')
  const { html } = await deck(source)
  const slides = html.split(/<section/).filter((slide) => /gnueabihf|powerpc64le/.test(slide))
  assert.ok(slides.length >= 1)
  for (const slide of slides) assert.match(slide, /for both release and debug builds on:/)
})

test('"June 1, 2018 on Drew DeVault\'s blog" dates and signs the talk; an exception after "unless" stays; "The first point is important" is no bullet', async () => {
  // Drew DeVault, "How I maintain FOSS projects" (drewdevault.com, 1 June 2018, CC BY-SA 2.0, copied text): the date line
  // had headed the whole essay, seven slides of "June 1, 2018 on Drew DeVault's blog (cont.)".
  const { parseByline } = await import('../../src/text/byline.js')
  assert.deepEqual(parseByline('June 1, 2018 on Drew DeVault\'s blog'), { date: 'June 1, 2018', byline: 'Drew DeVault' })
  // Emma Willis, "OpenFeature Multi-Provider Release" (openfeature.dev, 14 June 2024, CC BY 4.0, Markdown): "…will always be
  // used" had lost ", unless a flag does not exist in its configuration", and with it the fallback.
  assert.equal(bullet('The NewProvider now takes precedence and will always be used, unless a flag does not exist in its configuration.'), 'The NewProvider now takes precedence and will always be used, unless a flag does not exist in its configuration')
  const { scoreSentences } = await import('../../src/article/sentence-score.js')
  const candidates = scoreSentences([['The first point is very important.', 'Each of these projects is built and maintained entirely by volunteers.'], ['The first problem is that it is hard to define progress.']])
  assert.equal(candidates.find((candidate) => /first point/.test(candidate.sentence))!.vague, true)
  assert.equal(candidates.find((candidate) => /first problem/.test(candidate.sentence))!.vague, false)
})

test('a long listing\'s excerpt starts past its imports, and a note on the piece is no lede', async () => {
  // James Milligan, "Creating a Provider for the go-sdk" (openfeature.dev, 2 September 2022, CC BY 4.0, Markdown): the
  // excerpt of `Evaluate` had shown six lines of `import (…)` and stopped at its first `if`.
  const body = Array.from({ length: 40 }, (_, at) => `    step${at} := evaluate(variant, ${at})`)
  const code = ['package from_env', '', 'import (', '    "encoding/json"', '    "errors"', '    "os"', ')', '', 'func (f *StoredFlag) Evaluate(evalCtx map[string]interface{}) (string, error) {', ...body, '}'].join('\n')
  const source = ['# Creating a Provider', '', '## Creating the flag evaluator', '', 'The flag evaluator walks the variants of a stored flag and returns the first whose criteria all match the context.', '', '```go', code, '```', '', '## Example usage', '', 'The provider is registered once and every client then evaluates flags through it.'].join('\n')
  const { html } = await deck(source)
  const face = html.replace(/<aside[\s\S]*?<\/aside>/g, '')
  assert.match(face, /func \(f \*StoredFlag\) Evaluate|StoredFlag/)
  assert.doesNotMatch(face, /encoding\/json/)
  // UC Santa Cruz OSPO, "OSPO UC Santa Cruz funded" (ucsc-ospo.github.io, 18 May 2022, CC BY 4.0, copied text): "(This is a
  // slightly edited version of this UCSC news release)" had become the introduction's first bullet.
  const news = deck(['---', 'title: OSPO UC Santa Cruz funded', '---', '', '(This is a slightly edited version of this UCSC news release)', '',
    'The Alfred P. Sloan Foundation has awarded UC Santa Cruz a grant to establish an open source program office. The office will support students and faculty who build research software in the open.', '',
    'Since its establishment, CROSS has raised $2.6 million in industry funding. CROSS was started by Maltzahn in 2015 to bridge the gap between student work and successful open source projects.', '',
    'The office will establish a teaching fellowship and expand the Open Source Research Experience across campuses.', '', '## Open source', '', 'The OSPO will work with industry partners to help students contribute to open source projects.'].join('\n'))
  assert.doesNotMatch((await news).faces, /slightly edited version/)
})

test('an article that opens on its questions has no heading of them, and no bullet ends on a conjunction whose clause was cut', async () => {
  // Cate Irvin, "Gentrification: What it is and why it matters" (Metro Ideas Project, 17 August 2017, MIT, copied text): the
  // opening paragraph had titled the first slide, and "In the U.S., this process has been steadily increasing as" was a bullet.
  assert.equal(bullet('In the U.S., this process has been steadily increasing as, after decades of sprawl, many American cities are experiencing a surge in populations, with young adults and affluent retirees moving into urban cores.'), undefined)
  const text = ['Gentrification: What it is and why it matters', '', 'Thursday, Aug. 17, 2017, at 1:30 p.m. — Cate Irvin', '',
    'The term gentrification has become a buzzword to describe the changes in urban neighborhoods across the country, but do we really know what it means? Is it just the arrival of trendy boutiques, expensive lattes, and much-maligned hipsters?', '',
    'Gentrification appears in numerous forms of media, but the original term was coined in the 1960s by British sociologist Ruth Glass to describe the processes by which the poor were squeezed out of parts of London.', '',
    'So what is gentrification in an American context?', '', 'Most simplistically, gentrification is a term for the arrival of wealthier people in an existing urban district, resulting in an increase in rents and property values.', '',
    'Is gentrification good or bad?', '', 'The answer to that largely depends on your point of view. From the point of view of landlords, real estate developers, and investors, gentrification can be a very positive thing.', '',
    'But do people really have a right to remain living in places they cannot afford?', '', 'There is no inherent civil right to live in whatever neighborhood you want. But the negatives for the most vulnerable urban populations are quite extreme.'].join('\n')
  assert.ok(!headingsOf(text).some((line) => /buzzword/.test(line)), headingsOf(text).join('\n'))
  assert.ok(headingsOf(text).some((line) => /Is gentrification good or bad\?/.test(line)))
})

test('a post\'s place in its series, its reader sent on and its writer\'s notes are signposts', async () => {
  // Matt Dailey, "The interviewer reading list" (matthew-dailey.github.io, 21 October 2016, CC BY-SA 4.0, Markdown).
  const { isSignpost } = await import('../../src/article/signposts.js')
  for (const sentence of ['This is the second part in a two-part series, the first part is here.', 'The good stuff starts in Section 3.', 'My notes are mostly interesting quotations.', 'Googling "Matasano Hiring" takes us to their blogpost about their hiring process.', 'At this point, you should really just read Sections 6 through 9 for their take on How can we interview better?, but here are my short notes.']) assert.equal(isSignpost(sentence), true, sentence)
  for (const sentence of ['This is the second time the team has shipped a release on schedule.', 'My notes app stopped syncing after the update.']) assert.equal(isSignpost(sentence), false, sentence)
})

test('a front-matter title naming the site\'s section gives way to the `#`, whose italic line is the subtitle; a range in brackets stays', async () => {
  // Rails Girls, "Being a Rails Girls coach" (guides.railsgirls.com, CC BY-SA 3.0, Markdown): "title: Guides" had titled the
  // talk and its italic standfirst been the introduction's one bullet; "There's a LOT (4-5) h reserved…" had lost its hours.
  const source = ['---', 'layout: guide', 'title: Guides', '---', '', '# Being a Rails Girls coach', '', '*All your basic questions answered in one place*', '',
    '### What do I need to be a Rails Girls coach?', '', 'Patience, willingness to help, and a friendly attitude are what a coach needs most. Experience with web programming helps, not necessarily in Rails.', '',
    '### Time to complete app', '', 'There\'s a LOT (4-5) h reserved for the app, tweaking it and putting it online for others to see so there is no hurry. If attendees rush through the guide, they will be done soon but not understand at all what happened.'].join('\n')
  const { html, faces } = await deck(source)
  assert.match(html, /<h1[^>]*>Being a Rails Girls coach<\/h1>/)
  assert.match(html, /All your basic questions answered in one place/)
  assert.doesNotMatch(html, /<h1[^>]*>Guides<\/h1>/)
  assert.doesNotMatch(faces, /Introduction/)
  assert.match(bullet('There\'s a LOT (4-5) h reserved for the app, tweaking it and putting it online for others to see so there is no hurry.') ?? '', /\(4-5\) h/)
})

test('numbered points each over their paragraph head their sections, and a run of "Suggestion 1:" paragraphs does too', () => {
  // Cate Irvin (as above): "2. Be aware of your own role in this process!" to "5." had run on under "1." for ten slides, and
  // the four suggestions under the fifth point.
  const say = (topic: string): string => `Newcomers who ${topic} help their neighborhood more than they know. It takes time and patience, and the people who were there first notice.`
  const text = ['Gentrification: What it is and why it matters', '', 'Gentrification is a term for the arrival of wealthier people in an existing urban district, resulting in an increase in rents and property values.', '',
    'At an individual level, a number of important strategies can be implemented:', '',
    '1. Don’t assume that a neighborhood is a blank slate!', say('learn its history'), '2. Be aware of your own role in this process!', say('admit their part'), '3. Support local businesses!', say('shop locally'), '',
    'Maintaining a supply of affordable housing is a key to ensuring that neighborhoods experiencing gentrification remain diverse.', '',
    'Suggestion 1: Aggressively build middle-income housing. Middle-income households struggle to afford to rent or buy in cities across the U.S.', '',
    'Suggestion 2: Form a neighborhood-based community land trust, or CLT, which, as the name suggests, means community residents own the buildings and/or the land they sit on. Working through a nonprofit, they can keep housing affordable.', '',
    'Suggestion 3: Build income and create assets. Income and asset creation are critical to ensuring resident well-being as the neighborhood economy improves.'].join('\n')
  const headings = headingsOf(text).map((line) => line.replace(/^#+ /, ''))
  for (const heading of ['2. Be aware of your own role in this process!', '3. Support local businesses!', 'Suggestion 1: Aggressively build middle-income housing', 'Suggestion 2: Form a neighborhood-based community land trust', 'Suggestion 3: Build income and create assets']) assert.ok(headings.includes(heading), `${heading}\n${headings.join('\n')}`)
  const markdown = textToMarkdown(text)
  assert.match(typeof markdown === 'string' ? markdown : (markdown as { markdown: string }).markdown, /Form a neighborhood-based community land trust, or CLT, which/)
})
