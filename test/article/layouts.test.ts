/**
 * The layout chooser over small faces: each layout where its pattern is, and
 * bullets where none fits or the layout would not fit the slide.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import type { ListItem, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { firstFigure, keyFigure } from '../../src/article/key-figures.js'
import { layoutNames, type LayoutName } from '../../src/article/layout-names.js'
import { chooseLayout } from '../../src/article/layouts.js'
import { isQuotation, quotedPhrase } from '../../src/article/pull-quotes.js'
import { slideMetrics } from '../../src/article/slide-metrics.js'
import { parseDeck, renderDeck } from '../../src/html/render.js'
import { createThemeResolver } from '../../src/theme/deck-theme.js'
import { fixtures, root } from '../helpers.js'
import type { Slide } from '../../src/types.js'

const metrics = slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })
const parse = (markdown: string): RootContent[] => (unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root).children
const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
const long = (count: number): string => Array.from({ length: count }, (_, index) => `- Bullet number ${index + 1} says something about the subject at some length here`).join('\n')

const cases: Array<[string, string, LayoutName, Record<string, unknown>?]> = [
  ['a heading alone', '## Part two', 'section'],
  ['one short statement', '## Why\n\n- Slow builds cost more than fast machines', 'statement'],
  ['a figure with its claim', '## Scale\n\n- The service handles 3 billion requests a month\n- Most of them are cached', 'big-number', { figure: '3 billion' }],
  ['a percentage', '## Adoption\n\n- 49% of respondents use it at work\n- The rest use it at home', 'big-number', { figure: '49%' }],
  ['a block quote with its bullet', '## Said well\n\n> Simplicity is prerequisite for reliability. — Edsger Dijkstra\n\n- A rule of thumb', 'quote'],
  ['a bullet that quotes a sentence', '## Advice\n\n- The guide says “write re-usable functions rather than repeating the same code” for a reason\n- Reviewers check it', 'quote', { pullQuote: 'write re-usable functions rather than repeating the same code' }],
  ['a heading alone that quotes someone', '## The typos are the pedagogy - Dana Brunson', 'quote', { variant: 'heading' }],
  ['a heading that quotes someone over a bullet', '## Teaching is theater not cinema - Neal Davis\n\n- Thanks to the reviewers', 'quote', { variant: 'heading' }],
  ['a heading alone whose dash is no speaker', '## Complex Concepts Become Familiar - Not Scary', 'section'],
  ['a heading that is a quotation', '## “A little copying is better than a little dependency”\n\n- Zero dependencies is a badge\n- Copying avoids risk', 'quote', { variant: 'heading' }],
  ['a picture alone', '## Pipeline\n\n![The data pipeline](pipeline.png)', 'image', { variant: 'full' }],
  ['a picture and two bullets', '## Pipeline\n\n![The data pipeline](pipeline.png)\n\n- Raw data is never edited\n- Every step is a script', 'image', { variant: 'beside' }],
  ['a comparison heading over a list', '## Before and after\n\n- Builds took an hour\n- Releases were manual\n- Builds take five minutes\n- Releases are one command', 'two-columns', { columnStart: 0, splitItems: 2 }],
  ['two lead-ins with a list each', '## Two ways\n\nOn stage:\n\n- Large type\n- Dark canvas\n\nOn paper:\n\n- Light canvas\n- Notes beside', 'two-columns', { columnStart: 2 }],
  ['a listing with its point', '## Install\n\n- One command installs it\n\n```sh\nnpm install lectern\n```', 'code'],
  ['four plain bullets', `## Plain\n\n${long(4)}`, 'bullets'],
  ['a year is not a figure', '## History\n\n- The project started in 2015 with two people\n- It grew', 'bullets'],
  ['a version is not a figure', '## Release\n\n- Version 1.16.2 made builds locked by default\n- It helped', 'bullets'],
  ['a table', '## Data\n\n| a | b |\n| - | - |\n| 1 | 2 |', 'bullets'],
  ['a later bullet whose figure has its unit', '## Results\n\n- The service was rewritten last year\n- The new backend delivers a 40% increase in performance\n- The move took a quarter', 'big-number', { figure: '40%', figureItem: 1 }],
  ['a later bullet with a bare count', '## Team\n\n- The project grew quickly\n- Now 40 people work on it', 'bullets']
]

describe('chooseLayout', () => {
  for (const [name, markdown, layout, details] of cases) {
    it(`should choose ${layout} for ${name}`, () => {
      const choice = chooseLayout(parse(markdown), { metrics })
      assert.equal(choice.layout, layout)
      if (details) for (const [key, value] of Object.entries(details)) assert.deepEqual(choice[key as keyof typeof choice], value, key)
    })
  }

  it('should not put two big numbers in a row', () => {
    const face = parse('## Scale\n\n- The service handles 3 billion requests a month')
    assert.equal(chooseLayout(face, { metrics, previous: 'big-number' }).layout, 'statement')
  })

  it('should fall back to bullets when the layout would not fit the slide', () => {
    const quote = `> ${'A quotation that goes on and on about many things. '.repeat(4)}`
    const face = parse(`## Crowded\n\n${quote}\n\n${long(3)}`)
    assert.equal(chooseLayout(face, { metrics }).layout, 'bullets')
  })

  it('should take a pull quote from the notes when the face has none', () => {
    const face = parse('## Reviewers\n\n- Editors find reviewers in many communities')
    const choice = chooseLayout(face, { metrics, notes: 'One editor wrote: “Find me someone who knows sensory ecology and sparse data structures!”' })
    assert.equal(choice.layout, 'quote')
    assert.equal(choice.pullQuote, 'Find me someone who knows sensory ecology and sparse data structures!')
  })
})

describe('pattern helpers', () => {
  it('should find figures as written and skip what is not one', () => {
    assert.equal(keyFigure(item('We got 4200 survey responses')), '4200')
    assert.equal(keyFigure(item('Used by over 40,000 open source projects')), '40,000')
    // A number that names something is no figure.
    assert.equal(keyFigure(item('PEP 11 prescribes three tiers of support')), undefined)
    // A day of a date is no figure.
    assert.equal(keyFigure(item('Achraf made the first commit a few days later on February 16')), undefined)
    assert.equal(keyFigure(item('It costs $5,000 a year')), '$5,000 a year')
    assert.equal(keyFigure(item('Cut build time 10x')), '10x')
    assert.equal(keyFigure(item('Three reasons to care')), undefined)
    assert.equal(keyFigure(item('Published in 2019 at a conference')), undefined)
    assert.equal(keyFigure(item('See doi: 10.5281/zenodo.266')), undefined)
    assert.equal(keyFigure(item('Python 3.12 is out')), undefined)
    // A measure with a decimal point is a figure; a release number is not.
    assert.equal(firstFigure('Throughput reached 3.3 GB/sec on one core'), '3.3 GB/sec')
    assert.equal(firstFigure('We shipped version 0.82 last week'), undefined)
    assert.equal(firstFigure('The 1.0 release is stable'), undefined)
    assert.equal(firstFigure('It now supports Windows 11'), undefined)
    assert.equal(firstFigure('Michael Mitzenmacher. 2001. The Power of Two Choices. IEEE Trans. Parallel Distrib. Syst. 12, 10, 1094-1104'), undefined)
  })

  it('should find quotations of six words or more only', () => {
    assert.equal(quotedPhrase(item('All builds are “locked” now')), undefined)
    assert.equal(quotedPhrase('He said "we should be seeing ten thousand clones" then.'), 'we should be seeing ten thousand clones')
    assert.equal(isQuotation('“A little copying is better than a little dependency”'), true)
    assert.equal(isQuotation('All builds are “locked”'), false)
  })
})

describe('remarkLayouts', () => {
  const slides = async (source: string, path = 'talk.md'): Promise<Slide[]> => {
    const file = new VFile({ path, value: source })
    const tree = await parseDeck(file)
    return tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []))
  }
  const layoutOf = (slide: Slide): string | undefined => slide.data?.attributes?.['data-layout']

  it('should give every slide a layout and its class, and centre only title, section and closing slides', async () => {
    const deck = await slides('# Talk\n\n## Part <!-- .slide: data-layout="section" -->\n\n## Points\n\n- a\n- b\n')
    assert.deepEqual(deck.map(layoutOf), ['title', 'section', 'bullets'])
    assert.deepEqual(deck.map((slide) => slide.data?.attributes?.class), ['title-slide layout-title center', 'layout-section center', 'layout-bullets'])
  })

  it('should choose layouts in an article and leave a hand-written deck as bullets unless asked', async () => {
    const prose = (topic: string) => `${topic} matters to every team that ships software. Teams that ignore it pay later, and they pay more than they expect.`
    const article = `# Shipping\n\nA lede that sets the scene. It has two sentences.\n\n## Why it matters\n\n${prose('Testing')}\n\n## Part two\n\n## The numbers\n\nWe measured 3 billion requests a month across the fleet. ${prose('Caching')}\n`
    const condensed = await slides(`---\ncondense: true\n---\n${article}`)
    assert.ok(condensed.some((slide) => layoutOf(slide) === 'section'), condensed.map(layoutOf).join(' '))
    const asDeck = await slides('# Deck\n\n## Part two\n\n## Scale\n\n- 3 billion requests a month\n')
    assert.deepEqual(asDeck.map(layoutOf), ['title', 'bullets', 'bullets'])
    const auto = await slides('---\nlayout: auto\n---\n# Deck\n\n## Part two\n\n## Scale\n\n- 3 billion requests a month\n')
    assert.deepEqual(auto.map(layoutOf), ['title', 'section', 'big-number'])
  })

  it('should centre a quotation standing alone as a slide title and give its speaker a line of its own', async () => {
    const deck = await slides('---\nlayout: auto\n---\n# Talk\n\n## Mistakes\n\n- Everyone makes them\n- Show how to fix them\n\n## The typos are the pedagogy - Dana Brunson\n')
    assert.deepEqual(deck.map(layoutOf), ['title', 'bullets', 'quote'])
    assert.equal(deck[2]!.data?.attributes?.class, 'layout-quote layout-quote-heading center')
    const resolveTheme = createThemeResolver({ projectDir: root })
    const { html } = await renderDeck('---\nlayout: quote\n---\n# Talk\n\n## The typos are the pedagogy - Dana Brunson\n', { resolveTheme })
    assert.match(html, /<h2[^>]*>The typos are the pedagogy <span class="attribution">— Dana Brunson<\/span><\/h2>/)
  })

  it('should move the bullet that names a big number under it, and keep the others in order', async () => {
    const deck = await slides('---\nlayout: auto\n---\n# Talk\n\n## Results\n\n- The service was rewritten last year\n- The new backend delivers a 40% increase in performance\n- The move took a quarter\n')
    const face = deck[1]!.children.filter((node) => node.type !== 'notes')
    assert.equal(layoutOf(deck[1]!), 'big-number')
    assert.deepEqual(face.slice(1).map((node) => (node.type === 'list' ? node.children.map((item) => toString(item)) : toString(node))), [
      '40%',
      ['The new backend delivers a 40% increase in performance', 'The service was rewritten last year', 'The move took a quarter']
    ])
  })

  it('should show a quotation from the notes on the section\'s next slide when its own slide is too full for it', async () => {
    const source = path.join(fixtures, 'real', 'ropensci-code-review', 'article.md')
    const tree = await parseDeck(new VFile({ path: source, value: readFileSync(source, 'utf8') }), { overrides: { condense: true } })
    const deck = tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []))
    const titles = deck.map((slide) => toString(slide.children[0]!))
    const first = titles.indexOf('The Reviewer Community')
    assert.equal(layoutOf(deck[first]!), 'bullets')
    assert.equal(titles[first + 1], 'The Reviewer Community (cont.)')
    assert.equal(layoutOf(deck[first + 1]!), 'quote')
    const quote = deck[first + 1]!.children.find((node) => node.type === 'blockquote')
    assert.equal(quote && toString(quote), 'Find me someone who knows sensory ecology and sparse data structures!')
    // The quotation stays in the notes of the slide it was said on.
    assert.match(toString({ type: 'root', children: deck[first]!.children.filter((node) => node.type === 'notes') } as Root), /sensory ecology/)
  })

  it('should name every layout once', () => {
    assert.equal(new Set(layoutNames).size, 11)
  })
})

it('a pull quote is a quoted sentence, never a phrase in scare quotes', () => {
  const item = (text: string): ListItem => ({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  assert.equal(quotedPhrase(item('It amplifies the “explosive effect of humans working well together” we all know')), undefined)
  assert.equal(quotedPhrase(item('Pete Hunt said: “This is actually extremely fast, primarily because most DOM operations are slow”')), 'This is actually extremely fast, primarily because most DOM operations are slow')
})
