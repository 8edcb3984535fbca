/**
 * Making hand-written slides fit (`remark-fit-slides.ts`), without a
 * browser: what is split where, what is shrunk, and what the build says.
 * `never-clip.test.ts` checks the result in Chromium.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderDeck, type RenderedDeck } from '../../src/index.js'
import { slidesHtml } from '../helpers.js'
import { fitSlide } from '../../src/markdown/fit-slide.js'
import { slideMetrics } from '../../src/article/slide-metrics.js'
import type { Slide } from '../../src/types.js'

const items = (count: number) => Array.from({ length: count }, (_, index) => `- Item ${index + 1}: the crew checked soil, stakes and water bags`).join('\n')
const sentences = [
  'Volunteers planted hundreds of young street trees along the eastern ring road last winter.',
  'The council counted every one of them in the spring survey.',
  'Most of the new trees came through the dry summer without extra water.'
]
const prose = (count: number) => Array.from({ length: count }, (_, index) => sentences[index % sentences.length]).join(' ')

async function render(body: string, frontMatter = 'condense: false'): Promise<RenderedDeck> {
  return renderDeck(`---\n${frontMatter}\n---\n\n${body}`, { path: 'deck.md' })
}

/** Each slide's opening tag and heading, as `<section …> Heading` (its layout and the `center` class that title slides take, left out). */
function sections(deck: RenderedDeck): string[] {
  return [...slidesHtml(deck.html).matchAll(/(<section[^>]*>)\n(?:<h\d>(.*?)<\/h\d>)?/g)].map((match) => `${withoutLayout(match[1]!)} ${(match[2] ?? '').replace(/<[^>]+>/g, '')}`.trim())
}

function withoutLayout(tag: string): string {
  return tag
    .replace(/ data-layout="[^"]*"/, '')
    .replace(/ ?\b(?:layout-[\w-]+|center)\b/g, '')
    .replace(/class=" /, 'class="')
    .replace(/ class=""/, '')
}

function messages(deck: RenderedDeck): string[] {
  return deck.file.messages.map((message) => `${message.line}:${message.ruleId} ${message.reason}`)
}

describe('remarkFitSlides', () => {
  it('should leave a slide that fits as written', async () => {
    const deck = await render(`## Fits\n\n${items(5)}`)
    assert.deepEqual(sections(deck), ['<section data-source-line="5"> Fits'])
    assert.deepEqual(messages(deck), [])
  })

  it('should split a slide that does not fit between list items, repeat its heading and name the split with its line', async () => {
    const deck = await render(`## Long list\n\n${items(14)}\n`)
    assert.deepEqual(sections(deck), ['<section data-source-line="5"> Long list', '<section data-source-line="7"> Long list (cont.)'])
    assert.equal((slidesHtml(deck.html).match(/<li>/g) ?? []).length, 14)
    assert.deepEqual(messages(deck), ['5:slide-split Slide 1 (“Long list”) did not fit: split into 2 slides'])
    assert.equal(deck.deck.slideCount, 2)
    assert.deepEqual(deck.deck.outline.map((entry) => entry.title), ['Long list', 'Long list (cont.)'])
  })

  it('should keep notes with the first part, its id on the first part only, and its look on every part', async () => {
    const deck = await render(`## Long list <!-- .slide: id="trees" class="dark" data-background-color="#123" -->\n\n${items(14)}\n\nNote: Slow down here.\n`)
    assert.deepEqual(sections(deck), [
      '<section id="trees" class="dark" data-background-color="#123" data-source-line="5"> Long list',
      '<section class="dark" data-background-color="#123" data-source-line="7"> Long list (cont.)'
    ])
    const html = slidesHtml(deck.html)
    assert.equal((html.match(/<aside class="notes">/g) ?? []).length, 1)
    assert.ok(html.indexOf('Slow down here') < html.indexOf('(cont.)'), 'the notes are on the first part')
  })

  it('should keep a vertical stack a stack, the parts in it', async () => {
    const deck = await render(`## Top\n\nShort.\n\n----\n\n## Below\n\n${items(14)}\n`)
    const html = slidesHtml(deck.html)
    assert.match(html, /^<section>\n<section [^>]*data-source-line="5">\n<h2>Top<\/h2>[\s\S]*<h2>Below <em class="cont">\(cont\.\)<\/em><\/h2>[\s\S]*<\/section>\n<\/section>\n$/)
    assert.equal((html.match(/<section/g) ?? []).length, 4)
  })

  it('should keep a sentence ending in ":" with the list it introduces', async () => {
    const deck = await render(`## Asked\n\n${prose(6)}\n\n${prose(5)}\n\nThe crews asked for three things:\n\n- Earlier deliveries\n- Water bags\n- A map of the cables\n`)
    const html = slidesHtml(deck.html)
    const second = html.slice(html.indexOf('(cont.)'))
    assert.match(second, /<p>The crews asked for three things:<\/p>\n<ul>/)
  })

  it('should shrink a single block taller than a slide and name the shrink with the block’s line', async () => {
    const deck = await render(`## One paragraph\n\n${prose(13)}\n`)
    const [section] = sections(deck)
    assert.match(section!, /class="lectern-fit lectern-fit-(\d\d)"/)
    const scale = Number(/lectern-fit-(\d\d)/.exec(section!)![1])
    assert.ok(scale >= 75 && scale < 100, `shrunk to ${scale}%`)
    assert.deepEqual(messages(deck), [`7:slide-shrunk Slide 1 (“One paragraph”) did not fit: shrunk to ${scale}%`])
  })

  it('should cut a paragraph too tall even at 75% between sentences, at full size', async () => {
    const text = prose(40)
    const deck = await render(`## Wall\n\n${text}\n`)
    const parts = sections(deck)
    assert.ok(parts.length >= 3, `${parts.length} slides`)
    assert.ok(parts.every((part) => !part.includes('lectern-fit')), 'not shrunk')
    const paragraphs = [...slidesHtml(deck.html).matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1])
    assert.equal(paragraphs.length, parts.length, 'one paragraph a slide')
    assert.equal(paragraphs.join(' '), text, 'every sentence, in order')
    assert.deepEqual(messages(deck), [`5:slide-split Slide 1 (“Wall”) did not fit: split into ${parts.length} slides`])
  })

  it('should cut a list item too tall for a slide between its nested items, its own text repeated', async () => {
    const nested = Array.from({ length: 16 }, (_, index) => `  - Step ${index + 1}: water, stake and mulch the new tree`).join('\n')
    const deck = await render(`## Outline\n\n- **Planting** (four months)\n${nested}\n- **Care** (a year)\n`)
    const html = slidesHtml(deck.html)
    const parts = sections(deck)
    assert.ok(parts.length >= 2, `${parts.length} slides`)
    assert.equal((html.match(/<strong>Planting<\/strong>/g) ?? []).length, parts.length, 'the item’s text above each part')
    assert.deepEqual([...html.matchAll(/Step (\d+):/g)].map((match) => Number(match[1])), Array.from({ length: 16 }, (_, index) => index + 1))
    assert.ok(parts.every((part) => !part.includes('lectern-fit-75')), 'cut, not squeezed to the floor')
  })

  it('should cut code into even parts so none scrolls', async () => {
    const code = Array.from({ length: 45 }, (_, index) => `plant(${index})`).join('\n')
    const deck = await render(`## Code\n\n\`\`\`js\n${code}\n\`\`\`\n`)
    const blocks = [...slidesHtml(deck.html).matchAll(/<pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((match) => match[1]!.trimEnd().split('\n').length)
    assert.deepEqual(blocks, [15, 15, 15])
  })

  it('should shrink a title slide’s title rather than split the title slide', async () => {
    const deck = await renderDeck(`# ${'A very long title that goes on and on '.repeat(8)}\n\nA subtitle under it.\n\n## Next\n\nText.\n`, { path: 'deck.md' })
    const [title] = sections(deck)
    assert.match(title!, /^<section class="title-slide lectern-fit lectern-fit-\d\d"/)
    assert.match(messages(deck)[0] ?? '', /^1:slide-shrunk Slide 1 \(“A very long title.*”\) did not fit: its title shrunk to \d\d%$/)
    assert.equal(sections(deck).length, 2)
  })

  it('should leave every slide as written with `fit: false`, in the browser too', async () => {
    const deck = await render(`## Long list\n\n${items(14)}\n`, 'condense: false\nfit: false')
    assert.deepEqual(sections(deck), ['<section data-source-line="6"> Long list'])
    assert.deepEqual(messages(deck), [])
    assert.doesNotMatch(deck.html, /fit\.js/)
    assert.match((await render(`## Short\n`)).html, /<script src="assets\/lectern\/fit\.js"><\/script>/)
  })

  it('should never leave a slide of sub-headings alone when what they head is split off', () => {
    // (Code for Germany's five-year review: "Die letzten fünf Jahre im Zeitraffer (Forts.)" over "Digitale Hilfsmittel für
    // Geflüchtete (Forts.)" had been a slide of its two headings, the quotation under them on the next.) Each block measured
    // 300 px, a face 700 px tall: the heading and the sub-heading fit, the quotation with them does not.
    const slide: Slide = { type: 'slide', children: [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Die letzten fünf Jahre im Zeitraffer' }] },
      { type: 'heading', depth: 3, children: [{ type: 'text', value: 'Digitale Hilfsmittel für Geflüchtete' }] },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: sentences[0]! }] }] }
    ] }
    const metrics = slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })
    const fitted = fitSlide(slide, { measure: (nodes) => nodes.length * 300, metrics, height: 700 })
    for (const each of fitted.slides) assert.ok(each.children.some((child) => !['heading', 'notes'].includes(child.type)), `a slide of headings alone: ${JSON.stringify(each.children.map((child) => child.type))}`)
  })

  it('should not announce the sections article mode continues on purpose', async () => {
    const article = Array.from({ length: 4 }, (_, index) => `## Part ${index + 1}\n\n${prose(12)}\n\n${items(14)}\n\n${prose(11)}`).join('\n\n')
    const deck = await render(`# An article\n\n${article}\n`, 'condense: true')
    assert.ok(sections(deck).some((section) => section.endsWith('(cont.)')), 'some section is continued')
    assert.deepEqual(
      messages(deck).filter((message) => message.includes('slide-split')),
      []
    )
  })
})
