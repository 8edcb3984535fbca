import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { formatOutline, recogniseText, remarkPlainText, textToMarkdown, untitled } from '../../src/text/index.js'
import { isAttribution, isCallout, isQuotation } from '../../src/text/lines.js'

const fixtures = new URL('../../../test/fixtures/text/', import.meta.url)

function recognise(text: string) {
  return recogniseText(text)
}

function headings(tree: Root): Array<[number, string]> {
  return tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => [node.depth, toString(node)])
}

function ofType<T extends RootContent['type']>(tree: Root, type: T): Array<Extract<RootContent, { type: T }>> {
  return tree.children.filter((node): node is Extract<RootContent, { type: T }> => node.type === type)
}

function droppedReasons(text: string): Array<[number, string]> {
  return recognise(text).outline.dropped.map((line) => [line.line, line.reason])
}

const body = '\n\nThe first paragraph of the article is long enough to be prose. It has two sentences.\n'

test('should take a short first line without final punctuation as the title', () => {
  const { tree, outline } = recognise('How Gardens Work' + body)
  assert.equal(outline.title, 'How Gardens Work')
  assert.equal(outline.titleLine, 1)
  const first = tree.children[0] as Heading
  assert.equal(first.type, 'heading')
  assert.equal(first.depth, 1)
  assert.equal(toString(first), 'How Gardens Work')
  assert.deepEqual(first.position?.start, { line: 1, column: 1, offset: 0 })
})

test('should drop a descriptive sentence before the title as a caption', () => {
  const { outline } = recognise('A volunteer waters the beds in the evening sun.\n\nHow Gardens Work' + body)
  assert.equal(outline.title, 'How Gardens Work')
  assert.deepEqual(outline.dropped, [{ line: 1, text: 'A volunteer waters the beds in the evening sun.', reason: 'caption' }])
})

test('should drop `Photo:` and `(Credit: …)` lines as captions', () => {
  assert.deepEqual(droppedReasons('Photo: a ferry at dawn\n(Credit: J. Smith)\n\nThe Quiet Ferry' + body), [
    [1, 'caption'],
    [2, 'caption']
  ])
})

test('should take a very short line before a Title Case title as the kicker', () => {
  const { outline } = recognise('Urban Living\n\nHow Community Gardens Change a Street' + body)
  assert.equal(outline.kicker, 'Urban Living')
  assert.equal(outline.title, 'How Community Gardens Change a Street')
})

test('should not take a short title as a kicker when a sentence-case standfirst follows', () => {
  const { outline } = recognise('City Budget Explained\n\nWhere the money comes from, and where it goes' + body)
  assert.equal(outline.kicker, undefined)
  assert.equal(outline.title, 'City Budget Explained')
  assert.equal(outline.subtitle, 'Where the money comes from, and where it goes')
})

const labelled: Array<[string, string]> = [
  // A usual section label, nothing else marks the headline.
  ['Opinion\n\nCities should stop building car parks next to stations', ''],
  ['Analysis\n\nWhy electricity prices fall in spring', ''],
  // A Title Case label above a sentence-case headline and a standfirst.
  ['Urban Living\n\nHow one street learned to share its pavement', '\n\nBenches, bike racks and a loading bay now fit where six cars used to park'],
  // A label of one or two words above a headline and a byline.
  ['Engineering\n\nHow we cut our CI pipeline from 40 minutes to six', '\n\nBy Dana Whitfield · 12 May 2026 · 9 min read'],
  ['Focus on Sustainability\n\nWhat a year of tracking our cloud footprint taught us', '\n\nPosted on 9 March 2026 by Hannah K.'],
  // No blank lines; a date line with reading time and no name.
  ['Engineering\nMigrating 2,000 services to a monorepo without stopping the world', '\nMarch 12, 2026 · 11 min read']
]

for (const [front, rest] of labelled) {
  const [kicker, headline] = front.split(/\n+/)
  test(`should take \`${kicker}\` above \`${headline}\` as the kicker, and the headline as the title`, () => {
    const { outline } = recognise(front + rest + body)
    assert.equal(outline.kicker, kicker)
    assert.equal(outline.title, headline)
    assert.deepEqual(outline.headings, [])
  })
}

test('should keep a short title when a standfirst and a byline follow', () => {
  const { outline } = recognise('City Budget Explained\n\nWhere the money comes from, and where it goes\n\nBy Ana Ruiz · 3 March 2026' + body)
  assert.equal(outline.kicker, undefined)
  assert.equal(outline.title, 'City Budget Explained')
  assert.equal(outline.subtitle, 'Where the money comes from, and where it goes')
  assert.equal(outline.byline, 'Ana Ruiz')
})

test('should keep a one-word title when a short heading and prose follow', () => {
  const { outline } = recognise('Gardens\n\nWhat a Garden Gives' + body)
  assert.equal(outline.kicker, undefined)
  assert.equal(outline.title, 'Gardens')
})

test('should read an agency name on its own line followed by an updated date as the byline', () => {
  const { outline } = recognise('World\n\nFloods force thousands from their homes in northern Italy\n\nReuters\nUpdated 16 May 2026, 09:14 BST' + body)
  assert.equal(outline.kicker, 'World')
  assert.equal(outline.byline, 'Reuters')
  // (The day, not the hour and minute the page was stamped with: the title slide's date is the talk's.)
  assert.equal(outline.date, '16 May 2026')
  assert.deepEqual(outline.headings, [])
})

test('should read a name on its own line followed by a date line as the byline', () => {
  const { outline } = recognise('Why Night Buses Matter\n\nMarta Kowalski\n3 March 2026' + body)
  assert.equal(outline.byline, 'Marta Kowalski')
  assert.equal(outline.date, '3 March 2026')
  assert.deepEqual(outline.headings, [])
})

test('should read byline, date and reading time from one line', () => {
  const { outline, tree } = recognise('The Quiet Ferry\n\nBy Ana Ruiz · 3 March 2026 · 7 min read' + body)
  assert.equal(outline.byline, 'Ana Ruiz')
  assert.equal(outline.date, '3 March 2026')
  assert.deepEqual(tree.data?.textMeta, { title: 'The Quiet Ferry', byline: 'Ana Ruiz', date: '3 March 2026' })
  assert.equal(ofType(tree, 'paragraph').length, 1)
})

test('should read a date-only line and a `Name | date` byline', () => {
  assert.equal(recognise('Title Here\nPublished March 3, 2026' + body).outline.date, 'March 3, 2026')
  const { outline } = recognise('Title Here\n\nSam Lee | 2026-03-03' + body)
  assert.equal(outline.byline, 'Sam Lee')
  assert.equal(outline.date, '2026-03-03')
})

test('should take the date of a press-release dateline and keep the dateline in the text', () => {
  const { outline, tree } = recognise('Library Opens a Café\n\nRIVERSIDE, 12 October 2026 — The library will open a café. It opens soon.\n')
  assert.equal(outline.date, '12 October 2026')
  assert.match(toString(ofType(tree, 'paragraph')[0]!), /^RIVERSIDE, 12 October 2026 — The library/)
})

test('should take the line after the title as the subtitle when it is a standfirst', () => {
  const { outline, tree } = recognise('Library Opens a Café\n\nResidents can bring broken lamps to volunteer fixers' + body)
  assert.equal(outline.subtitle, 'Residents can bring broken lamps to volunteer fixers')
  assert.equal(headings(tree).length, 1)
})

test('should recognise numbered headings `1. Introduction` and `2.1 Method` with their depths', () => {
  const text = 'A Report\n\n1. Introduction\n\nSome text here. More text.\n\n2. Method\n\nWe did it. It worked.\n\n2.1 Participants\n\nPeople took part. Many of them.\n\n3. Results\n\nIt went well. Very well.\n'
  assert.deepEqual(headings(recognise(text).tree), [
    [1, 'A Report'],
    [2, '1. Introduction'],
    [2, '2. Method'],
    [3, '2.1 Participants'],
    [2, '3. Results']
  ])
})

test('should keep question lines as headings', () => {
  const text = 'Library News\n\nThe library opens on Monday. Everyone is welcome.\n\nWhy a library?\n\nLibraries already lend books. Now they lend skills.\n'
  assert.deepEqual(headings(recognise(text).tree)[1], [2, 'Why a library?'])
})

const sharing = (separator: string, middle: string): string =>
  [
    'Sharing Code Between Repositories',
    'Every team that splits a product into several repositories eventually needs the same code twice. We tried three ways.',
    'Copying Files by Hand',
    'The first approach was no approach at all. Six months later the two copies had drifted apart.',
    middle,
    'What We Would Do Again',
    'Workspaces won. The subtree experiment taught us a lot, but it cost too much day to day.'
  ].join(separator) + '\n'

const toolSections = [
  'git subtrees',
  'A subtree pulls another repository into a folder of yours, history and all, and a fresh clone just works.',
  'npm workspaces',
  'Workspaces keep several packages in one repository and link them together at install time for every consumer.',
  'kubectl apply and friends',
  'Our manifests moved last. A shared change became one commit instead of four pull requests in four repositories.'
].join('\n\n')

for (const [name, separator] of [
  ['between blank lines', '\n\n'],
  ['in one-paragraph-per-line text', '\n']
] as const) {
  test(`should take lines that start with a tool name as headings ${name}`, () => {
    const { outline } = recognise(sharing(separator, toolSections.replace(/\n\n/g, separator)))
    assert.deepEqual(
      outline.headings.map((heading) => [heading.depth, heading.text]),
      ['Copying Files by Hand', 'git subtrees', 'npm workspaces', 'kubectl apply and friends', 'What We Would Do Again'].map((text) => [2, text])
    )
  })
}

const notLowercaseHeadings: Array<[string, string]> = [
  ['a command after a colon', 'Install the tool with one command:\n\nnpm install lectern\n\nThen run it on your article and open the deck it writes in a browser.'],
  ['a command with options', 'Install the tool globally first.\n\nnpm install --global lectern\n\nThen run it on your article and open the deck it writes in a browser.'],
  ['a sentence broken over two paragraphs', 'After a week of arguing about submodules, monorepos and everything in between, we settled on\n\ngit subtrees\n\nBecause nobody wanted to explain submodules to a new colleague ever again, we kept them.'],
  ['a fragment that starts with a function word', 'We tried it for a month.\n\nand then we stopped\n\nNobody could explain the merge history to a new colleague in less than an hour.'],
  ['a line followed by a short one', 'We tried it for a month.\n\ngit subtrees\n\nThey worked.']
]

for (const [name, middle] of notLowercaseHeadings) {
  test(`should not take ${name} for a heading`, () => {
    const { outline } = recognise(sharing('\n\n', middle))
    assert.deepEqual(
      outline.headings.map((heading) => heading.text),
      ['Copying Files by Hand', 'What We Would Do Again']
    )
  })
}

test('should not take a lower-case line for a heading in a document without other headings', () => {
  const text = 'Sharing Code\n\nWe tried three ways to share code. None was perfect.\n\ngit subtrees\n\nA subtree pulls another repository into a folder of yours, history and all, and a fresh clone just works.\n'
  assert.deepEqual(recognise(text).outline.headings, [])
})

test('should take a lower-case heading in hard-wrapped text whose next line is short', () => {
  const text =
    'Weekly Dev Notes\n\nHello again. This week I spent far too long on build tooling, so most\nof this issue is about that. Reply to this email with questions.\n\npnpm and disk space\n\nWe switched our monorepo from npm to pnpm on Monday. The install is\nfaster, but the real win is disk space: one copy of every package.\n\nesbuild for the tests\n\nOur test suite used to compile with the TypeScript compiler before\nevery run. Swapping in esbuild cut the wait from forty seconds to\nabout three.\n\nLinks Worth Your Time\n\nA long read on why CI caches go stale, and a short one on naming\nthings. Both are in the archive.\n'
  assert.deepEqual(
    recognise(text).outline.headings.map((heading) => heading.text),
    ['pnpm and disk space', 'esbuild for the tests', 'Links Worth Your Time']
  )
})

test('should not take a hard-wrapped continuation line for a heading', () => {
  const text =
    'Notes on Sharing Code\n\nCopying Files\n\nThe first approach was no approach at all. Someone copied the\ndate helpers into the second repository, and six months later the\ntwo copies drifted.\nnobody could explain why\nThe second approach was a subtree, which pulls another repository into\na folder of yours. A fresh clone just works and nobody needs to learn\nan extra command.\n\nWorkspaces\n\nWorkspaces won in the end. They keep packages in one repository and\nlink them together.\n'
  assert.deepEqual(
    recognise(text).outline.headings.map((heading) => heading.text),
    ['Copying Files', 'Workspaces']
  )
})

test('should nest headings under a heading whose own body is short', () => {
  const text = [
    'Gardens',
    '',
    'What a Garden Gives',
    '',
    'Food comes first. Then come people, who trade tools and recipes. And the streets get cooler too, which matters in summer heat waves.',
    'The less obvious harvest is people, who meet and talk.',
    '',
    'The Costs',
    '',
    'Gardens cost money. Bills arrive.',
    '',
    'Land and Leases',
    '',
    'Most gardens sit on land they do not own. A short lease lets a city reclaim the lot.',
    '',
    'Volunteer Fatigue',
    '',
    'A handful of people do most of the work. When they leave, beds go to weed.',
    '',
    'Starting One',
    '',
    'Begin with the people, not the plants. Then find the land.',
    'Agree on rules before the first seed goes in.',
    ''
  ].join('\n')
  assert.deepEqual(headings(recognise(text).tree).slice(1), [
    [2, 'What a Garden Gives'],
    [2, 'The Costs'],
    [3, 'Land and Leases'],
    [3, 'Volunteer Fatigue'],
    [2, 'Starting One']
  ])
})

test('should not nest anything when every section is short', () => {
  const text = 'Packing List\n\nWater\n\nCarry two litres.\n\nFood\n\nPack nuts and dried fruit for the walk.\n\nLight\n\nA head torch weighs little.\n'
  assert.deepEqual(
    headings(recognise(text).tree).map(([depth]) => depth),
    [1, 2, 2, 2]
  )
})

test('should nest headings under an ALL CAPS heading', () => {
  const text = 'Budget\n\nINCOME\n\nMost income is granted.\n\nLocal Taxes\n\nA third of the budget.\n\nSPENDING\n\nServices cost money.\n'
  assert.deepEqual(headings(recognise(text).tree).slice(1), [
    [2, 'INCOME'],
    [3, 'Local Taxes'],
    [2, 'SPENDING']
  ])
})

const sections = (middle: string): string =>
  [
    'Home Backups',
    'Most people think about backups the day after they needed one. This guide fixes that.',
    'Choosing a Disk',
    'Buy a disk at least twice the size of your data. Solid-state disks survive being dropped.',
    middle,
    'Automating the Copy',
    'A backup you have to remember is a backup you will forget. Let a tool copy changed files every hour.',
    'Keeping a Copy Off Site',
    'The third copy protects you against theft and fire. A cloud service is the easiest option.',
    'Testing a Restore',
    'Restore a random folder once a month. If it opens, the backup works.'
  ].join('\n\n') + '\n'

const callouts = [
  'Tip: Write the purchase date on the disk with a marker',
  'Note: Cloud sync is not a backup',
  'Caution: Never format the backup disk from the restore screen',
  'Warning: Test a restore before you trust it',
  'Important: Keep the disk unplugged between backups',
  'Heads up: Some laptops sleep during long copies',
  '“Simple things should be simple”',
  '“Simple things should be simple, complex things should be possible.”\n— Alan Kay',
  '“Make it work, make it right, make it fast”\n\n— Kent Beck, on the order of things'
]

for (const middle of callouts) {
  test(`should keep \`${middle.split('\n')[0]}\` as a paragraph and every later heading at depth 2`, () => {
    const { tree } = recognise(sections(middle))
    assert.deepEqual(
      headings(tree).slice(1),
      ['Choosing a Disk', 'Automating the Copy', 'Keeping a Copy Off Site', 'Testing a Restore'].map((text) => [2, text])
    )
    assert.equal(ofType(tree, 'list').length, 0)
    assert.ok(ofType(tree, 'paragraph').some((paragraph) => toString(paragraph) === middle.replace(/\n+/, ' ')))
  })
}

test('should take a quoted line that leads a paragraph, without sentence punctuation, for a heading (the Go blog’s “A little copying…”)', () => {
  const middle = '“A little copying is better than a little dependency”\n\nThe final and most important mitigation is the least technical one. Small modules with few dependencies are easier to audit.'
  const { tree } = recognise(sections(middle))
  assert.deepEqual(headings(tree).slice(1), [
    [2, 'Choosing a Disk'],
    [2, '“A little copying is better than a little dependency”'],
    [2, 'Automating the Copy'],
    [2, 'Keeping a Copy Off Site'],
    [2, 'Testing a Restore']
  ])
})

test('should drop a short line that names a picture above the title as a caption (“Photo of…”, “Illustration by…”)', () => {
  for (const caption of ['Photo of a harbour with fishing boats at dawn', 'Illustration by Ana Ruiz for The Courier', 'Image: the old pier in 1910']) {
    const { outline } = recognise(`${caption}\n\nThe Harbour at Dawn\n\nBy Ann Lee · 3 March 2026\n\nThe harbour is quiet at dawn. Boats leave at six and return at noon.\n\nThe Market\n\nThe market sells fish from six boats. Prices are set every morning by auction.\n`)
    assert.equal(outline.title, 'The Harbour at Dawn', caption)
    assert.equal(outline.byline, 'Ann Lee', caption)
    assert.deepEqual(outline.dropped.map((line) => [line.text, line.reason]), [[caption, 'caption']])
  }
})

test('should drop a site menu copied without separators and read a date-first byline with several authors', () => {
  const { outline } = recognise(
    'Tauri  Docs  Guides  References  Blog  Releases  Showcase  Search  ⌘K\nTauri Community Growth & Feedback\n\nFebruary 9, 2023 · Lorenzo Lewis, Amr Bashir\n\nTauri has had an amazing past year. We launched Tauri 1.0 and gathered a lot of feedback from our users.\n\nSurvey Results\n\nWe received more than 600 responses this year, three times as many as last year.\n'
  )
  assert.equal(outline.title, 'Tauri Community Growth & Feedback')
  assert.equal(outline.byline, 'Lorenzo Lewis, Amr Bashir')
  assert.equal(outline.date, 'February 9, 2023')
  assert.deepEqual(outline.dropped.map((line) => line.reason), ['navigation'])
  const affiliated = recognise('Julia’s Release Process\n\nStefan Karpinski (JuliaHub) | August 28, 2019\n\nPeople involved in the day-to-day development of a project tend to become familiar with its rhythm.\n').outline
  assert.equal(affiliated.title, 'Julia’s Release Process')
  assert.equal(affiliated.byline, 'Stefan Karpinski (JuliaHub)')
})

test('should take a long numbered line that continues a run of numbered headings for a heading', () => {
  const lessons = [
    '1. Design reduces the cost of change',
    '2. Reach for the lowest hanging green',
    '3. Duplication is cheaper than the wrong abstraction',
    '4. Write the best code possible today and be completely unattached to it and willing to delete it tomorrow'
  ]
  const { tree } = recognise(`Five Lessons\n\nBy Jessie Young · 24 June 2016\n\n${lessons.map((lesson) => `${lesson}\n\nThis lesson is explained with an example from the workshop. It takes a paragraph or two.`).join('\n\n')}\n`)
  assert.deepEqual(headings(tree).slice(1).map(([, text]) => text), lessons)
})

test('should take a line of questions, or a callout label before Title Case words, that leads a paragraph for a heading', () => {
  for (const middle of ['Help! What should I do?', 'What does this change mean for developers? Do we still write Dockerfiles?', 'Warning: Learning Overload in One Workshop']) {
    const { tree } = recognise(sections(`${middle}\n\nIf the clues above sound like your organisation, it is worth investing in a coach and a training session for your team.`))
    assert.deepEqual(headings(tree).slice(1).map(([, text]) => text), ['Choosing a Disk', middle, 'Automating the Copy', 'Keeping a Copy Off Site', 'Testing a Restore'], middle)
  }
})

test('should join a bare `Note:` label and the line after it into one paragraph', () => {
  const { tree } = recognise('Seasoning a Pan\n\nHeat the oven to 250°C. Oil the pan thinly.\n\nNote:\nThe pan may smoke.\nOpen a window.\n\nLet it cool in the oven. Repeat three times.\n')
  assert.deepEqual(
    ofType(tree, 'paragraph').map((paragraph) => toString(paragraph)),
    ['Heat the oven to 250°C. Oil the pan thinly.', 'Note: The pan may smoke.', 'Open a window.', 'Let it cool in the oven. Repeat three times.']
  )
  assert.equal(ofType(tree, 'list').length, 0)
})

test('should not read two callouts in a row as a labelled list', () => {
  const { tree } = recognise('Seasoning a Pan\n\nHeat the oven. Oil the pan.\n\nTip: Use less oil than you think.\nNote: The pan may smoke.\n')
  assert.equal(ofType(tree, 'list').length, 0)
})

test('should not take a callout under the title as the standfirst', () => {
  const { outline } = recognise('Seasoning a Pan\n\nNote: this guide was updated for induction hobs in 2026\n\nHeat the oven. Oil the pan.\n')
  assert.equal(outline.subtitle, undefined)
})

test('should still read dash lines of names as a list when there are several', () => {
  const { tree } = recognise('The Team\n\nFour people built the app. They worked for a year.\n— Ana Ruiz\n— Sam Lee\n— Priya Raman\n')
  assert.equal(ofType(tree, 'list')[0]?.children.length, 3)
})

for (const marker of ['-', '*', '•', '·', '–']) {
  test(`should read \`${marker}\` bullets as an unordered list`, () => {
    const { tree } = recognise(`Tools\n\nYou need three things:\n${marker} a spade\n${marker} gloves\n${marker} seeds\n`)
    const [list] = ofType(tree, 'list')
    assert.ok(list)
    assert.equal(list.ordered, false)
    assert.deepEqual(
      list.children.map((item) => toString(item)),
      ['a spade', 'gloves', 'seeds']
    )
  })
}

for (const marker of ['.', ')']) {
  test(`should read \`1${marker}\` items as an ordered list`, () => {
    const { tree } = recognise(`Steps\n\nDo this:\n1${marker} Dig the bed.\n2${marker} Plant the seeds.\n3${marker} Water them.\n`)
    const [list] = ofType(tree, 'list')
    assert.ok(list)
    assert.equal(list.ordered, true)
    assert.equal(list.start, 1)
    assert.equal(list.children.length, 3)
  })
}

test('should wrap the label of `Label: text` items in strong', () => {
  const { tree } = recognise('Stations\n\nFour stations:\n* Electrics: lamps and kettles.\n* Textiles: seams and zips.\n')
  const [list] = ofType(tree, 'list') as List[]
  const paragraph = list!.children[0]!.children[0] as Paragraph
  assert.equal(paragraph.children[0]!.type, 'strong')
  assert.equal(toString(paragraph.children[0]!), 'Electrics')
  assert.equal(toString(paragraph), 'Electrics: lamps and kettles.')
  assert.deepEqual(paragraph.children[0]!.position?.start, { line: 4, column: 3, offset: 27 })
})

test('should read unbulleted short lines after a colon as a list', () => {
  const { tree } = recognise('Tools\n\nYou will need:\nA spade\nGloves\nSeeds\n\nThat is all. Really.\n')
  const [list] = ofType(tree, 'list')
  assert.ok(list)
  assert.deepEqual(
    list.children.map((item) => toString(item)),
    ['A spade', 'Gloves', 'Seeds']
  )
})

test('should separate paragraphs by blank lines and join hard-wrapped lines', () => {
  const text =
    'Cycling\n\nI started cycling to work last January, mostly because the train\nfare went up again. I expected to give up by March. Instead, a\nyear later, I own two bikes and strong opinions about bike lanes.\n\nThe first month was the hardest. My legs hurt all the time and I\narrived at work sweaty, tired and late for the morning meeting.\n'
  const paragraphs = ofType(recognise(text).tree, 'paragraph')
  assert.equal(paragraphs.length, 2)
  assert.match(toString(paragraphs[0]!), /train fare went up/)
  assert.deepEqual(paragraphs[0]!.position?.start.line, 3)
  assert.deepEqual(paragraphs[0]!.position?.end.line, 5)
})

test('should take one paragraph per line when there are no blank lines', () => {
  const text =
    'Night Bus\nFor eight years, the last bus left at 23:10. Anyone on a late shift paid for a taxi.\nFrom next month, a night bus will run every hour.\nWho Asked for It\nNurses and care workers were the loudest voices.\n'
  const { tree } = recognise(text)
  assert.equal(ofType(tree, 'paragraph').length, 3)
  assert.deepEqual(headings(tree)[1], [2, 'Who Asked for It'])
})

test('should find a heading right after a quotation and its attribution in text without blank lines', () => {
  const text =
    'Monorepo Notes\nWe moved fourteen repositories into one. Builds got faster.\n“The fastest build is the one you don\'t run.”\n— a sticker on a laptop\nWhat Got Worse\nCloning takes longer, and the history is harder to read for everyone.\n'
  const { tree } = recognise(text)
  assert.deepEqual(headings(tree).slice(1), [[2, 'What Got Worse']])
  assert.equal(toString(ofType(tree, 'paragraph')[1]!), '“The fastest build is the one you don\'t run.” — a sticker on a laptop')
})

test('should drop a table of contents that repeats later headings', () => {
  const text =
    'Slow Cooking\n\nIn this article:\nWhy it works\nChoosing a pot\nFood safety\n\nI love my slow cooker. It saves me time.\n\nWhy it works\n\nLow heat over many hours. Tough meat turns tender.\n\nChoosing a pot\n\nFour litres feed four people. Buy one with an insert.\n\nFood safety\n\nStart cold. Keep it clean.\n'
  const { outline } = recognise(text)
  assert.deepEqual(
    outline.dropped.map((line) => [line.line, line.reason]),
    [3, 4, 5, 6].map((line) => [line, 'table of contents'])
  )
  assert.deepEqual(
    outline.headings.map((heading) => heading.line),
    [10, 14, 18]
  )
})

test('should drop a table of contents whose entries start with a tool name', () => {
  const text = sharing('\n\n', toolSections).replace(
    'We tried three ways.\n',
    'We tried three ways.\n\nIn this article:\nCopying Files by Hand\ngit subtrees\nnpm workspaces\nkubectl apply and friends\nWhat We Would Do Again\n'
  )
  const { outline } = recognise(text)
  assert.deepEqual(
    outline.dropped.map((line) => line.reason),
    Array.from({ length: 6 }, () => 'table of contents')
  )
  assert.equal(outline.headings.length, 5)
})

test('should drop a table of contents without a marker', () => {
  const text = 'Guide\n\nOne Thing\nAnother Thing\nLast Thing\n\nIntro text here. More.\n\nOne Thing\n\nText. Text.\n\nAnother Thing\n\nText. Text.\n\nLast Thing\n\nText. Text.\n'
  assert.deepEqual(
    recognise(text).outline.dropped.map((line) => line.line),
    [3, 4, 5]
  )
})

const boilerplate: Array<[string, string]> = [
  ['Advertisement', 'advertisement'],
  ['Subscribe to our newsletter', 'subscribe'],
  ['Read more: How ports charge their fleets', 'read more'],
  ['© 2026 Harbour Times. All rights reserved.', 'copyright'],
  ['Copyright 2026 Example Media', 'copyright'],
  ['Share this:', 'share'],
  ['Tags: gardens, cities', 'tags'],
  ['Related Posts', 'related links'],
  ['Image: the new ferry', 'caption'],
  ['FOR IMMEDIATE RELEASE', 'press release mark'],
  ['Your email address will not be published.', 'comments'],
  ['Get the best stories every week.', 'subscribe'],
  ['Sign up for our newsletter', 'subscribe'],
  ['Want more stories like this? Sign up for our weekly newsletter.', 'subscribe'],
  ["Don't miss a story.", 'subscribe'],
  ['Enjoyed this article? Share it.', 'share'],
  ['If you enjoyed this post, please share it with a friend.', 'share'],
  ['Follow us on X', 'social'],
  ['Follow us on Twitter, Facebook and Instagram', 'social'],
  ['Continue reading on Medium »', 'read more']
]

for (const [line, reason] of boilerplate) {
  test(`should drop \`${line}\` as ${reason}`, () => {
    const text = `Ferries Go Electric\n\nThe ferries are quiet now. Riders like it.\n\n${line}\n\nThe fuel bill fell by half. Maintenance costs fell too.\n`
    const { outline, tree } = recognise(text)
    assert.deepEqual(outline.dropped, [{ line: 5, text: line, reason }])
    assert.equal(ofType(tree, 'paragraph').length, 2)
  })
}

const prose = [
  'This post originally appeared on the Brandt & Partners blog.',
  'See also the 2019 audit, which found the same gap in rural schools.',
  'Most popular frameworks now support server rendering out of the box.',
  'More from the survey: two thirds of respondents walk to work.',
  'Newsletter subscribers got the report a week early, and many of them wrote back.',
  '12 responses came back from the survey, most of them positive.',
  'Copyright law has not kept pace with machine learning.',
  'Follow the money, and the story becomes clear.'
]

for (const line of prose) {
  test(`should keep \`${line}\` as prose: boilerplate rules match the whole line`, () => {
    const text = `Ferries Go Electric\n\nThe ferries are quiet now. Riders like it.\n\n${line}\n\nThe fuel bill fell by half. Maintenance costs fell too.\n`
    const { outline, tree } = recognise(text)
    assert.deepEqual(outline.dropped, [])
    assert.equal(toString(ofType(tree, 'paragraph')[1]!), line)
  })
}

test('should drop a share block with network names and the comment form', () => {
  const text = 'Gardens\n\nGardens are good. They feed people.\n\nShare this:\nFacebook\nTwitter\nLeave a Reply\nYour email address will not be published. Required fields are marked *\n'
  assert.deepEqual(droppedReasons(text), [
    [5, 'share'],
    [6, 'share'],
    [7, 'share'],
    [8, 'comments'],
    [9, 'comments']
  ])
})

test('should drop everything after a `###` end mark', () => {
  const text = 'Library News\n\nThe library opens a café. It is free.\n\n###\n\nAbout Riverside Library\nThe library serves 60,000 people.\nMedia contact: press office\n'
  assert.deepEqual(droppedReasons(text), [
    [5, 'end mark'],
    [7, 'footer'],
    [8, 'footer'],
    [9, 'footer']
  ])
})

test('should drop a comments section at the end', () => {
  const text = 'Slow Cooking\n\nI love my slow cooker. It saves time.\n\nMore text about pots. And lids.\n\n2 Comments\nPriya on March 4, 2026\nGreat tips!\nReply\n'
  assert.deepEqual(
    droppedReasons(text).map(([line]) => line),
    [7, 8, 9, 10]
  )
})

test('should handle CRLF, CR, a BOM, tabs and non-breaking spaces', () => {
  const lf = 'Budget Explained\n\nThe city will spend a lot. Most is committed.\n\n* Schools: 48 million\n* Care: 31 million\n'
  const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n').replace('* Schools', '\t*\tSchools').replace('will spend', 'will\u00A0spend')
  const cr = lf.replace(/\n/g, '\r')
  const expected = textToMarkdown(lf)
  assert.equal(textToMarkdown(crlf), expected)
  assert.equal(textToMarkdown(cr), expected)
  const { tree } = recogniseText(crlf)
  const paragraph = ofType(tree, 'paragraph')[0]!
  assert.deepEqual(paragraph.position?.start, { line: 3, column: 1, offset: 21 })
  assert.equal(crlf.slice(paragraph.position!.start.offset!, paragraph.position!.end.offset!), 'The city will\u00A0spend a lot. Most is committed.')
})

test('should fall back to `Untitled` and warn when no title is found', () => {
  const file = new VFile({ path: 'article.txt' })
  const { outline } = recogniseText('This article starts with a long sentence and never has a title at all. It goes on.\n', file)
  assert.equal(outline.title, untitled)
  assert.ok(file.messages.some((message) => message.ruleId === 'text-title' && message.fatal === false))
})

test('should report dropped lines on the vfile with positions', () => {
  const file = new VFile({ path: 'article.txt' })
  recogniseText('Ferries\n\nThey are quiet. Riders like it.\n\nAdvertisement\n', file)
  const [message] = file.messages
  assert.ok(message)
  assert.equal(message.line, 5)
  assert.equal(message.column, 1)
  assert.equal(message.source, 'lectern')
  assert.equal(message.ruleId, 'text-dropped')
  assert.equal(file.data.textOutline?.dropped.length, 1)
})

test('should work as a unified parser plugin', () => {
  const processor = unified().use(remarkPlainText)
  const tree = processor.parse('Ferries\n\nThey are quiet. Riders like it.\n') as Root
  assert.equal(tree.type, 'root')
  assert.deepEqual(headings(tree), [[1, 'Ferries']])
})

test('should format the outline with line numbers', () => {
  const outline = formatOutline(recognise('Kicker\n\nA Much Longer Title Here\n\nIntro text. More.\n\nSection One\n\nText. Text.\n\nAdvertisement\n').outline)
  assert.equal(
    outline,
    'title     A Much Longer Title Here  (line 3)\nkicker    Kicker\n\n 7  ## Section One\n\ndropped (1 line):\n11  [advertisement] Advertisement\n'
  )
})

test('should match the golden fixtures', async (t) => {
  const update = process.env['UPDATE'] === '1'
  for (const name of readdirSync(fixtures).sort()) {
    await t.test(name, () => {
      const folder = new URL(`${name}/`, fixtures)
      const input = readFileSync(new URL('input.txt', folder), 'utf8')
      const actual = textToMarkdown(input)
      const expected = new URL('expected.md', folder)
      if (update) {
        writeFileSync(expected, actual)
        return
      }
      assert.ok(existsSync(expected), `golden file missing: test/fixtures/text/${name}/expected.md (UPDATE=1 writes it)`)
      assert.equal(actual, readFileSync(expected, 'utf8'), `golden file differs: test/fixtures/text/${name}/expected.md (UPDATE=1 rewrites)`)
    })
  }
})

test('should drop a site menu written on one line before the title', () => {
  const { outline } = recognise(
    'Home | Blog | About\n\nWhy We Stopped Buying New Laptops\nPosted on 3 September 2026 by Priya N.\nFor five years our studio replaced every laptop after three years. Last spring we stopped.\n\nThe Numbers\nA new machine cost us about 1,800 euros. A battery and a keyboard cost far less.\n'
  )
  assert.equal(outline.title, 'Why We Stopped Buying New Laptops')
  assert.deepEqual(
    outline.dropped.map((line) => [line.line, line.reason]),
    [[1, 'navigation']]
  )
})

test('should tell quotations, callouts and attributions by their shape', () => {
  assert.equal(isQuotation('“Simple things should be simple.”'), true)
  assert.equal(isQuotation('"Make it work, make it right, make it fast"'), true)
  assert.equal(isQuotation('‘Don’t panic’'), true)
  assert.equal(isQuotation('“Yes” and “No” Are Both Answers'), false)
  assert.equal(isQuotation('“Good Enough” Is a Strategy'), false)
  assert.equal(isCallout('Tip: Use less oil than you think'), true)
  assert.equal(isCallout('Note:'), true)
  assert.equal(isCallout('Kubernetes: The Hard Parts'), false)
  assert.equal(isAttribution('— Alan Kay'), true)
  assert.equal(isAttribution('– Grace Hopper, 1987'), true)
  assert.equal(isAttribution('— a hardware shop owner in Sheffield'), false)
  assert.equal(isAttribution('— a hardware shop owner in Sheffield', true), true)
  assert.equal(isAttribution('– Station to the hospital via the market square.'), false)
})
