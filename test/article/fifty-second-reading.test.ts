/**
 * What the forty-seventh session (8 December 2026) found reading decks as their
 * speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { articleDeck } from '../helpers/deck-text.js'
import { compressSentence } from '../../src/article/compress.js'
import { leadInText } from '../../src/article/condense-items.js'

/** The face of an article rendered in article mode (`.md` or `.txt` by the name given), and its HTML. */
const deck = articleDeck

/** A sentence compressed at the default budget and hard cap. */
const cut = (sentence: string, hardCap = 20): string | undefined => compressSentence(sentence, { maxWords: 14, hardCap })?.text

test('set 434: what was found is the thing named, not "a number of interesting things"; an attempt keeps what it attempts', () => {
  // Robert Kosara, "Report from IEEE VIS 2013 in Atlanta, GA" (eagereyes.org, 2013, CC BY 4.0).
  assert.equal(cut('Borkin and her co-authors found a number of interesting things, like the fact that recognizable objects and colors make a visualization more memorable.'), 'Borkin and her co-authors found that recognizable objects and colors make a visualization more memorable')
  // The bullet had stopped at "…by Chevalier et al. is an attempt".
  assert.match(cut('Using Concrete Scales: A Practical Framework for Effective Visual Depiction of Complex Measures by Chevalier et al. is an attempt at classifying different ways of making values comprehensible.', 30) ?? '', /is an attempt at classifying different ways of making values comprehensible$/)
})

test('set 431: a counted pair keeps its "this:", and "and that is" keeps what it names', () => {
  // Bert Van Vreckem, "Automating mysql_secure_installation" (Notes to self, 2015, CC BY 4.0).
  assert.equal(cut("There's actually (at least) two ways of doing this: using the SQL query (like the mysql_secure_installation script does), or by using the mysqladmin command."), "There's actually two ways of doing this: using the SQL query, or by using the mysqladmin command")
  assert.equal(cut('There is only one input that should come from the system administrator and that is the database root password.'), 'There is only one input that should come from the system administrator and that is the database root password')
})

test('set 434: a Pelican summary gives the subtitle its first sentence, and irony tagged "Right?" is no bullet', async () => {
  // Florian Haas, "Containers: Just Because Everyone Else is Doing Them Wrong, Doesn't Mean You Have To" (xahteiwi.eu,
  // 2016, CC BY-SA 4.0).
  const source = [
    'Title: Containers: Just Because Everyone Else is Doing Them Wrong, Doesn\'t Mean You Have To',
    'Date: 2016-02-21',
    'Author: florian',
    'Tags: LXC, Containers',
    'Summary: The recent CVE-2015-7547 vulnerability in glibc exposed a common antipattern in container management. Here\'s what you can do to avoid it, and instead adopt a container management pattern that will preserve your sanity and enable you to react to critical issues in minutes.',
    '',
    '## The problem',
    '',
    'So you set out to rebuild a few hundred containers, or maybe a couple of thousand, to get the issue fixed. In a perfect environment, you have access to every build chain and know about every version of every container in your area of responsibility.',
    '',
    'And of course, everyone works in such a perfect environment. Right?',
    '',
    'So now, even after a fix to your issue is already available, you still need to scramble to get it deployed, and deploying is a lot more complicated than in a world without containers.',
    ''
  ].join('\n')
  const { html, faces } = await deck(source, 'article.md')
  const title = html.split('<section')[1] ?? ''
  assert.match(title, /The recent CVE-2015-7547 vulnerability in glibc exposed a common antipattern in container management/)
  assert.doesNotMatch(title, /Here's what you can do|Here&#x27;s what you can do/)
  assert.doesNotMatch(faces, /everyone works in such a perfect environment/)
})

test('set 431: a summary of what the opening adds ("You can even…") closes no talk; a title keeps no backticks', async () => {
  // Major Hayden, "Update Supermicro BIOS firmware from Linux" (major.io, 2022, CC BY-SA 4.0).
  const source = [
    '---',
    'title: Updating `firmware` from Linux',
    'author: Major Hayden',
    '---',
    '',
    'The Linux Vendor Firmware Service (LVFS) and fwupd turned the troublesome and time consuming activities of updating all kinds of firmware for laptops, desktops, and servers into something much easier. Check your list of updated firmware, update it, and submit feedback for the vendors when something doesn\'t work. You can even get notifications right inside GUI applications, such as GNOME Software, that notify you about updates and allow you to install them with one click.',
    '',
    'However, not all vendors participate in LVFS and some vendors only participate in LVFS for some devices. I\'ve had a small Supermicro server at home that\'s been offline for quite some time.',
    '',
    '## Update the BMC',
    '',
    'Supermicro makes it easy to update the BMC directly from the web interface. The upload process took around a minute and the BMC update took four or five minutes.',
    '',
    '## Update the BIOS',
    '',
    'The BIOS firmware is inside the zip file in my case. I downloaded version 2.3 from Supermicro\'s site and it\'s now running on my server.',
    '',
    '## Extra credit',
    '',
    'You may want to do some additional (optional) steps depending on your configuration. I rebooted into the BIOS and chose to load the optimized defaults in case something important was changed in the latest BIOS firmware.',
    ''
  ].join('\n')
  const { html, faces } = await deck(source, 'article.md')
  assert.doesNotMatch(faces, /In closing\n[^\n]*You can even get notifications/)
  assert.match(html, /Updating firmware from Linux/)
  assert.doesNotMatch(html.split('<section')[1] ?? '', /`/)
})

test('set 432: a transcript\'s bold speakers stay in the notes, and its "That\'s awesome", "Yeah, exactly" and "Tell me about…" are no bullets', async () => {
  // Jerod Santo and Sid Sijbrandij, "Conversational Development and Controversy" (Changelog Spotlight #8, 2016, CC BY-SA 4.0).
  const source = [
    '**Jerod Santo:** \\[00:31\\] Welcome to our first Spotlight series recorded at OSCON London 2016. Sid Sijbrandij, the CEO of GitLab, was on the Changelog recently, discussing GitLab\'s Master Plan.',
    '',
    '**Sid Sijbrandij:** I love the Changelog. I got so many positive reactions due to the last podcast, it\'s just insane.',
    '',
    '**Jerod Santo:** That\'s awesome.',
    '',
    '**Sid Sijbrandij:** There\'s people that applied to the company because of that podcast.',
    '',
    '**Jerod Santo:** Tell me about the big release.',
    '',
    '**Sid Sijbrandij:** We had a big release, but the most important thing is that we started executing on what we showed. Lots of people have been working hard to make it a reality.',
    '',
    '**Jerod Santo:** This is like your first stop in the GitLab World Tour.',
    '',
    '**Sid Sijbrandij:** Yeah, exactly.',
    '',
    '**Jerod Santo:** Tell us about OSCON and your support for conferences.',
    '',
    '**Sid Sijbrandij:** Yeah, so OSCON is our favorite conference. The big one of course is in the U.S., I think it\'s ten times bigger than this one, but it\'s great.',
    ''
  ].join('\n')
  const { html, faces } = await deck(source, 'article.md')
  assert.doesNotMatch(faces, /Jerod Santo:|Sid Sijbrandij:/)
  assert.doesNotMatch(faces, /That's awesome|Yeah, exactly|Tell me about|Tell us about/)
  assert.match(faces, /OSCON is our favorite conference/)
  assert.doesNotMatch(faces, /Yeah, so OSCON/)
  assert.match(html, /Sid Sijbrandij/)
})

test('set 432: a docs page copied as text keeps its commands as listings, in lower case, without its sponsors and share line', async () => {
  // Nick Craig-Wood and contributors, "Frequently Asked Questions" (rclone.org, MIT), copied as text.
  const source = [
    'Frequently Asked Questions',
    '',
    'Rclone gives x509 SSL root certificates error',
    '',
    'x509: failed to load system roots and no roots provided means that rclone can\'t find the SSL root certificates. Likely you are running rclone on a NAS with a cut-down Linux OS, or possibly on Solaris.',
    '',
    'So this should be the first thing to try if you have network access:',
    '',
    'mkdir -p /etc/ssl/certs/',
    'curl -o /etc/ssl/certs/ca-certificates.crt https://raw.githubusercontent.com/bagder/ca-bundle/master/ca-bundle.crt',
    'ntpclient -s -h pool.ntp.org',
    '',
    'Why does rclone fail to connect over TLS but another client works?',
    '',
    'If you see TLS handshake failures, the server or proxy may only support legacy TLS cipher suites. You can re-enable legacy ciphers via GODEBUG:',
    '',
    '• Linux/macOS:',
    '',
    'GODEBUG=tlsrsakex=1 rclone copy ...',
    '',
    'Use these workarounds only long enough to get the server or proxy updated.',
    '',
    'Platinum Sponsor',
    '',
    'Gold Sponsor',
    '',
    'Share and Enjoy',
    '',
    'Twitter',
    'Facebook',
    ''
  ].join('\n')
  const { html, faces } = await deck(source)
  assert.match(html, /<code[^>]*>mkdir -p \/etc\/ssl\/certs\//)
  assert.match(html, /<code[^>]*>GODEBUG=tlsrsakex=1 rclone copy \.\.\./)
  assert.doesNotMatch(faces, /Mkdir|Curl -o|Share and Enjoy|Gold Sponsor|Platinum Sponsor/)
})

test('set 429: a site\'s name over "blog" titles no talk, its generator\'s credit is no bullet, and a lead-in keeps the half before its turn', async () => {
  // Matthew Flatt, "Racket-on-Chez Status: February 2020" (Racket Blog, 2020, Apache-2.0 / MIT), copied as text.
  const source = [
    'Racket',
    'blog',
    '',
    '19 Feb 2020',
    '',
    'Racket-on-Chez Status: February 2020',
    '',
    'posted by Matthew Flatt',
    '',
    'Racket on Chez Scheme (Racket CS) is ready for production use. Racket CS now passes all of the tests for the main Racket distribution tests, and differences in compile and run times are much reduced.',
    '',
    'This report is the last one for Racket CS. Here are a few things that are on the Racket CS roadmap—but, increasingly, we’ll just call it the Racket roadmap:',
    '',
    '• Support for embedding Racket CS in a larger application.',
    '• Improved garbage collection, especially for large heap sizes.',
    '• Unboxed floating-point arithmetic, especially for local compositions of floating-point operations.',
    '',
    'next Running a pkg-build today',
    '',
    'prev Racket v7.6',
    '',
    'Made with Frog, a static-blog generator written in Racket.',
    'Source code for this blog.',
    ''
  ].join('\n')
  const { html, faces } = await deck(source)
  assert.match(html.split('<section')[1] ?? '', /Racket-on-Chez Status: February 2020/)
  assert.doesNotMatch(faces, /Made with Frog|Source code for this blog|We’ll just call it the Racket roadmap/)
  assert.equal(leadInText('Here are a few things that are on the Racket CS roadmap—but, increasingly, we’ll just call it the Racket roadmap:', 14), 'Here are a few things that are on the Racket CS roadmap')
})

test('set 429: a post\'s own headline wins over its search title, and a search summary ("Read why…") is no subtitle', async () => {
  // ReactorScram, "Using Tauri to build a cross-platform security app" (Firezone blog, 2024, Apache-2.0).
  const source = [
    '---',
    'title: "Building Cross-Platform Apps with Tauri"',
    'description: "Read why Firezone chose Tauri to build native Linux and Windows clients. A look at our cross-platform desktop app architecture and tradeoffs."',
    'postTitle: "Using Tauri to build a cross-platform security app"',
    'authorName: ReactorScram',
    'date: 2024-06-11',
    '---',
    '',
    'When I joined Firezone around the end of 2023, we needed a GUI framework to port the Firezone Client software to Windows. We chose Tauri over other frameworks because it was the fastest way to get the product working.',
    '',
    '## Bundling',
    '',
    'Firezone Client 1.0.5 is 12 MB on Linux and 8 MB on Windows. An Electron app is about 100 MB.',
    ''
  ].join('\n')
  const { html } = await deck(source, 'article.md')
  const title = html.split('<section')[1] ?? ''
  assert.match(title, /Using Tauri to build a cross-platform security app/)
  assert.match(title, /ReactorScram/)
  assert.doesNotMatch(title, /Building Cross-Platform Apps|Read why Firezone/)
})

test('set 430: an R listing keeps its "log <-", a note number after capitals goes, and "Uhh… okay?" heads no section', async () => {
  // Emily Riederer, "Why machine learning hates vegetables" (emilyriederer.com, 2021, CC BY 4.0), copied as text.
  const source = [
    'Why machine learning hates vegetables',
    '',
    'Emily Riederer',
    '',
    'Early on in the pandemic, I started to engage in some personal data collection, including using a nutrition app.1 The app seemed convinced that I should stop eating vegetables and offered pop-up warnings of a “Negative pattern detected”.',
    '',
    'Upon tapping these curious warnings, it explained “We’ve noticed that on days you incorporate {{food}}, your total calories tend to be higher”.',
    '',
    'Uhh… okay?',
    '',
    'What caused it?',
    '',
    'My first thought was somehow correlating the amount of different foods with total daily calories.2 First, we create a sample dataset, log.',
    '',
    'library(arules)',
    '',
    '# create fake observations -----',
    'log <-',
    '  list(',
    '  c("x", "a", "z", "hi"),',
    '  c("x", "f", "w", "lo")',
    '  )',
    '',
    'Metrics are value judgments. The most basic example of this is simple RMSE3 which embeds a value judgment that many small errors are better than few huge errors.',
    '',
    'Footnotes',
    '',
    '1. It is also possible that some day I forgot to add something.',
    '2. Specifically, the challenge comes in needing to count frequencies.',
    '3. Root mean-squared error',
    ''
  ].join('\n')
  const { html, faces } = await deck(source)
  assert.match(html, /<code[^>]*>library\(arules\)\n\n# create fake observations -----\nlog &#x3C;-|<code[^>]*>library\(arules\)\n\n# create fake observations -----\nlog &lt;-/)
  assert.doesNotMatch(faces, /RMSE3/)
  // (The reaction stays in the notes; the question after it heads its section.)
  assert.doesNotMatch(faces, /Uhh/)
  assert.match(faces, /What caused it\? My first thought/)
})

test('set 433: a "whether" runs to its "or", and a "while" of time in a claim\'s turn stays', () => {
  // Lauren Wheeler, "Preparing for Surgeries: Questions to Ask, Understanding Risks, and Post-op Care" (Payless Health,
  // One Fact Foundation, CC BY-SA 4.0).
  const whether = cut('Whether you’ve just been told you might need surgery, you’re considering a second opinion, or you’re recovering at home; get answers for how to advocate for yourself around surgery.', 30)
  assert.doesNotMatch(whether ?? '', /^You’re considering a second opinion/)
  // The cut had said that anesthesia is safe.
  assert.match(cut('In the US, most colonoscopies happen when people are “put under” by anesthesia, but they can also be done safely while the person is awake, which is generally cheaper.', 30) ?? '', /done safely while the person is awake$/)
})

test('set 430: an auxiliary waits for the verb two predicates share, and a long subtitle shows its first sentences', async () => {
  // Emily Riederer, "R + Python: From polyglot to pluralism" (emilyriederer.com, 2025, CC BY 4.0).
  assert.doesNotMatch(cut('Each talk illustrated how the strong community norms from R package development have already and can continue to improve the python analogs.', 30) ?? '', /have already$/)
  const source = [
    '---',
    'title: "R + Python: From polyglot to pluralism"',
    'subtitle: "We used to have a language war, then peaceful polyglot co-existence. Now, it’s clear that we’re actively better off learning from each other. A reflection on 2025, posit::conf, what R and python stacks can learn from each other, and the criticality of diversity in open source"',
    'author: Emily Riederer',
    '---',
    '',
    'Nothing illustrated the importance of diversity across open source communities better than posit::conf. My most memorable session was titled “Sparking Developer Joy”.',
    '',
    '## It goes both ways',
    '',
    'Python’s scikit-learn API has an undeniable impact on tidymodels. Julie Tibshirani published a reflection on the value of the CRAN paradigm.',
    ''
  ].join('\n')
  const { html } = await deck(source, 'article.md')
  const title = html.split('<section')[1] ?? ''
  assert.match(title, /class="subtitle">We used to have a language war, then peaceful polyglot co-existence\. Now, it’s clear that we’re actively better off learning from each other</)
  // The whole subtitle is in the title slide's notes.
  assert.match(title, /<aside class="notes">[\s\S]*A reflection on 2025, posit::conf/)
})

test('set 429: a line under a quotation says who said it, and "Now Tauri" is no title', async () => {
  // ReactorScram, "Using Tauri to build a cross-platform security app" (Firezone blog, 2024, Apache-2.0).
  const source = [
    '---',
    'title: Using Tauri to build a cross-platform security app',
    '---',
    '',
    '> I thought so too at one point, until i got into working _on_ (instead of "with") a gui framework. Now I cry myself to sleep every night 🤷',
    '',
    '-- A lead Tauri developer',
    '',
    '---',
    '',
    'When I joined Firezone around the end of 2023, we needed a GUI framework to port the Firezone Client software to Windows. We chose Tauri over other frameworks because it was the fastest way to get the product working. Now Tauri is the framework for both the Linux and Windows GUI Clients.',
    '',
    'Tauri is "a framework for building tiny, blazingly fast binaries for all major desktop platforms." It\'s like Electron except:',
    '',
    '- The backend is Rust, not node.js / C++',
    '- The webview is provided by the OS or package manager, not bundled with the app',
    '- Because it doesn\'t bundle Chromium, the apps are under 100 MB to download',
    '',
    '## Bundling',
    '',
    'Firezone Client 1.0.5 is 12 MB on Linux and 8 MB on Windows. An Electron app is about 100 MB.',
    ''
  ].join('\n')
  const { html, faces } = await deck(source, 'article.md')
  assert.match(html, /<blockquote>[\s\S]*A lead Tauri developer[\s\S]*<\/blockquote>/)
  assert.doesNotMatch(faces, /Now Tauri(?! is)/)
})

test('set 429: a Lisp listing copied as text is code, and a plot\'s reading guide and "as shown" are no bullets', async () => {
  // Matthew Flatt, "Racket-on-Chez Status: February 2020" (Racket Blog, 2020, Apache-2.0 / MIT), copied as text.
  const source = [
    'Racket-on-Chez Status: February 2020',
    '',
    'posted by Matthew Flatt',
    '',
    'Run-Time Performance',
    '',
    'Run-time performance for Racket CS has continued to improve. The plots below show current results for traditional Scheme benchmarks. The top bar is current and unmodified Chez Scheme, while the second bar is Chez Scheme as modified to support Racket.',
    '',
    'Startup and Load Times',
    '',
    'Load times have improved for Racket CS. The command was as shown. Load times are directly related to memory use.',
    '',
    'Memory Use',
    '',
    'In each plot, there are two lines, although they are often smashed together. Various improvements have decreased memory use in Racket CS by around 20%.',
    '',
    'To make that prediction more concrete, consider these three ways of counting to 10 million (if N is 10000000):',
    '',
    '; self-contained loop',
    '(for/fold ([v #f]) ([i (in-range N)])',
    '  i)',
    '',
    '; indirect function calls for loop control',
    '(for/fold ([v #f]) ([i N]) ; no `in-range`',
    '  i)',
    ''
  ].join('\n')
  const { html, faces } = await deck(source)
  assert.match(html, /<code[^>]*>; self-contained loop\n\(for\/fold/)
  assert.doesNotMatch(faces, /The top bar is|In each plot|The command was as shown/)
})

test('set 434 and 432: a write-up\'s note about its talk and a sponsor\'s promo code are no bullets', async () => {
  // Florian Haas (xahteiwi.eu, 2016, CC BY-SA 4.0); Jerod Santo (Changelog, 2016, CC BY-SA 4.0).
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.ok(isPointer('This is a writeup of a presentation I did at LinuxCon Europe in Dublin last year.'))
  assert.ok(isPointer('Since Linux Foundation Events still don\'t come with video recording for all talks, I can\'t point you to a YouTube link, though you\'re certainly welcome to peruse my slides.'))
  const { isSignpost } = await import('../../src/article/signposts.js')
  assert.ok(isSignpost('If you want to save some money on that ticket, use the code "changelog20" to save 20% off your registration to OSCON 2017 in Austin, Texas.'))
  assert.ok(!isSignpost('Firezone Client 1.0.5 is 12 MB on Linux and 8 MB on Windows.'))
})

test('set 438: "even when" stays with its claim; a tweet button, a line of licence sentences and a note about the video are no slides', async () => {
  // Peter Marshall, "Trash talk: the Orinoco garbage collector", and Leszek Swirski, "Sparkplug — a non-optimizing JavaScript
  // compiler" (v8.dev, CC BY 3.0).
  assert.match(cut('These run concurrently to the parallel compaction tasks and to the main thread itself — they can continue even when JavaScript is running on the main thread.', 30) ?? '', /continue even when JavaScript is running on the main thread$/)
  const { isPointer } = await import('../../src/article/pointers.js')
  assert.ok(isPointer('If you prefer watching a presentation over reading articles, then enjoy the video below!'))
  assert.ok(isPointer('If not, skip the video and read on.'))
  const { lineBoilerplate } = await import('../../src/text/boilerplate-lines.js')
  assert.equal(lineBoilerplate('Retweet this article!'), 'share')
  assert.equal(lineBoilerplate('Except as otherwise noted, any code samples from the V8 project are licensed under V8’s BSD-style license. Other content on this page is licensed under the Creative Commons Attribution 3.0 License. For details, see our site policies.'), 'copyright')
  // (Not a sentence of an article about licences.)
  assert.equal(lineBoilerplate('The compiler is licensed under the GPL, which means every change must be shared. Companies found this hard to accept.'), undefined)
})

test('set 433 and 440: a labelled "whether" shows none of its cases alone, and a post\'s dates and contact links at its foot are no slide', async () => {
  // Lauren Wheeler (Payless Health, CC BY-SA 4.0); David Robinson, "How to interpret a p-value histogram"
  // (varianceexplained.org, 2014, CC BY-SA 4.0).
  const { fallbackSentence } = await import('../../src/article/select.js')
  const { scoreSentences } = await import('../../src/article/sentence-score.js')
  const candidates = scoreSentences([['Purpose of this guidance: Whether you’ve just been told you might need surgery, you’re considering a second opinion, or you’re recovering at home; get answers for how to advocate for yourself around surgery.']], { maxWords: 14 })
  assert.doesNotMatch(fallbackSentence(candidates, 14)?.bullet?.text ?? '', /you’re considering a second opinion$/)
  const { lineBoilerplate } = await import('../../src/text/boilerplate-lines.js')
  assert.ok(lineBoilerplate('How to interpret a p-value histogram was published on December 15, 2014 and last modified on December 17, 2014.'))
  assert.ok(lineBoilerplate('Email Twitter Github Stack Overflow'))
  assert.equal(lineBoilerplate('Email is the oldest network we still use every day.'), undefined)
})

test('set 440: a section\'s label with its cry quoted in brackets is a heading', async () => {
  // David Robinson, "How to interpret a p-value histogram" (varianceexplained.org, 2014, CC BY-SA 4.0), copied as text.
  const { isHeadlineShaped } = await import('../../src/text/lines.js')
  assert.ok(isHeadlineShaped('Scenario B: Uniform p-values ("Awww...")'))
  assert.ok(isHeadlineShaped('Scenario E: Sparse p-values ("Hold on...")'))
  assert.ok(!isHeadlineShaped('He said it twice (“really…”).'))
})
