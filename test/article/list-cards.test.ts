/**
 * Bullets drawn as cards (`list-cards.ts`): which faces get them, how the
 * face measure lays them out, and that a deck alternates them with plain
 * bullets. (Chromium checks the measure against the browser in
 * `theme/theme-measurements.test.ts` and that no card is cut off in any
 * shipped theme in `markdown/never-clip.test.ts`.)
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { BlockContent, List, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { faceHeight } from '../../src/article/face-height.js'
import { shapeFace } from '../../src/article/layout-shape.js'
import { chooseLayout } from '../../src/article/layouts.js'
import { cardCandidate, cardColumns, cardGeometry, cardsClass, cardsHeight, isCardList } from '../../src/article/list-cards.js'
import { slideMetrics } from '../../src/article/slide-metrics.js'
import { parseDeck } from '../../src/html/render.js'

const metrics = slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })
const parse = (markdown: string): RootContent[] => (unified().use(remarkParse).parse(markdown) as Root).children
const bodyOf = (markdown: string): BlockContent[] => parse(markdown) as BlockContent[]
const listOf = (markdown: string): List => bodyOf(markdown)[0] as List

describe('cardCandidate', () => {
  it('should take three or four short items of the article\'s own list, or two to four labelled ones', () => {
    assert.equal(cardCandidate(bodyOf('- Ferries run every hour\n- Tickets cost four pounds\n- The last boat leaves at ten')), true)
    assert.equal(cardCandidate(bodyOf('- Make testing free and broadly available\n- Put strong social distancing measures in place\n- Fund and implement extensive contact tracing\n- Support those impacted by the measures')), true)
    assert.equal(cardCandidate(bodyOf('- **Cost:** Tickets cost four pounds\n- **Speed:** Ferries run every hour')), true)
    // (Two items read as one text split in two unless both are labelled.)
    assert.equal(cardCandidate(bodyOf('- Ferries run every hour\n- Tickets cost four pounds')), false)
  })

  it('should leave sentences of prose, bare labels and works cited as bullets', () => {
    // (Bullets made from the article's sentences, in a row, read as one text split in panels: blind readers of set 58.)
    const prose = listOf('- Ferries run every hour\n- Tickets cost four pounds\n- The last boat leaves at ten')
    for (const item of prose.children) item.data = { condensed: 'sentence' }
    assert.equal(cardCandidate([prose]), false)
    // ("Hybrid", "Other OA", "Restricted" in three large boxes looked unfinished.)
    assert.equal(cardCandidate(bodyOf('- Hybrid\n- Other OA\n- Restricted')), false)
    assert.equal(cardCandidate(bodyOf('- Defoe, Daniel. A Journal of the Plague Year. Classic illustrated Edition\n- Owens W.R., and P.N. Furbank, editors\n- Richetti, John. The Life of Daniel Defoe. Wiley, 2005')), false)
  })

  it('should leave one bullet, five bullets, a numbered list, a nested list and a list under a lead-in as bullets', () => {
    assert.equal(cardCandidate(bodyOf('- Ferries run every hour')), false)
    assert.equal(cardCandidate(bodyOf('- One two three four\n- Two three four five\n- Three four five six\n- Four five six seven\n- Five six seven eight')), false)
    assert.equal(cardCandidate(bodyOf('1. First step of the way\n2. Second step of the way\n3. Third step of the way')), false)
    assert.equal(cardCandidate(bodyOf('- One two three four\n  - inner\n- Two three four five\n- Three four five six')), false)
    assert.equal(cardCandidate(bodyOf('Three things:\n\n- One two three four\n- Two three four five\n- Three four five six')), false)
  })

  it('should leave a bullet too long for a card, cards of unlike length, or a word that cannot break, as bullets', () => {
    const seventeen = 'This bullet runs to seventeen words which is more than a card of three can hold on a slide'
    const ten = 'This bullet of ten words sits beside the long one'
    assert.equal(cardCandidate(bodyOf(`- ${seventeen}\n- ${ten}\n- ${ten}`)), false)
    assert.equal(cardCandidate(bodyOf(`- **Long:** ${seventeen}\n- **Short:** ${ten}`)), true)
    const twelve = 'This bullet of twelve words sits right beside the much shorter one'
    assert.equal(cardCandidate(bodyOf(`- ${twelve}\n- Short and sweet too\n- ${twelve}`)), false)
    assert.equal(cardCandidate(bodyOf('- Ask on https://discuss.kubernetes.io/ today\n- Or ask your vendor instead\n- Or read the release notes')), false)
  })
})

describe('cardsHeight', () => {
  const text = metrics.model.list.tight.text

  it('should be at least the least height of the row', () => {
    assert.equal(cardsHeight(listOf('- One\n- Two'), metrics, text), cardGeometry.minHeight * metrics.height)
  })

  it('should grow with the tallest card, and count four cards as two rows', () => {
    const words = Array.from({ length: 16 }, (_, index) => `word${index}`).join(' ')
    const tall = cardsHeight(listOf(`- ${words} ${words}\n- Two`), metrics, text)
    assert.ok(tall > cardGeometry.minHeight * metrics.height, `${tall}`)
    const row = cardsHeight(listOf(`- ${words}\n- ${words}`), metrics, text)
    const rows = cardsHeight(listOf(`- ${words}\n- ${words}\n- ${words}\n- ${words}`), metrics, text)
    assert.ok(rows > row, `${rows} > ${row}`)
    assert.equal(cardColumns(4), 2)
    assert.equal(cardColumns(3), 3)
  })

  it('should not fit a word wider than a card\'s line, which the browser would break inside it', () => {
    assert.equal(cardsHeight(listOf('- Assemblymembers Wicks and Kalra introduced it\n- The bill would pay a monthly sum\n- Critics say the cost is too high'), metrics, text), Infinity)
  })

  it('should be what the face measure counts for a list marked as cards', () => {
    const body = bodyOf('- Ferries run every hour\n- Tickets cost four pounds\n- The last boat leaves at ten')
    const shaped = shapeFace(body, { layout: 'bullets', variant: 'cards' })
    assert.equal(isCardList(shaped[0]!), true)
    const plain = faceHeight(body, metrics)
    const cards = faceHeight(shaped, metrics)
    assert.ok(cards >= cardGeometry.minHeight * metrics.height && cards > plain, `${cards} vs ${plain}`)
  })
})

describe('choosing cards', () => {
  const face = parse('## Timetable\n\n- Ferries run every hour\n- Tickets cost four pounds\n- The last boat leaves at ten')

  it('should draw three short bullets as cards, and not two card slides in a row', () => {
    assert.deepEqual(chooseLayout(face, { metrics }), { layout: 'bullets', variant: 'cards' })
    assert.deepEqual(chooseLayout(face, { metrics, previousCards: true }), { layout: 'bullets' })
  })

  it('should keep bullets when the cards would not fit the slide', () => {
    const twelve = '- Every ferry of the island stops at the pier twice on weekdays'
    const four = parse(`## Timetable\n\n${[twelve, twelve, twelve, twelve].join('\n')}`)
    assert.deepEqual(chooseLayout(four, { metrics }), { layout: 'bullets', variant: 'cards' })
    const small = slideMetrics({ theme: 'lectern', width: 1280, height: 480, themeVariables: {} })
    assert.deepEqual(chooseLayout(four, { metrics: small }), { layout: 'bullets' })
  })

  it('should alternate cards and bullets in an article, and never grow a card slide', async () => {
    const sections = ['Mull', 'Islay', 'Arran', 'Skye'].map((island) => `## ${island}\n\n- Ferries to ${island} leave every hour\n- A car ticket to ${island} costs forty pounds\n- Cyclists ride to ${island} for free`)
    const file = new VFile({ value: `# Island ferries\n\n${sections.join('\n\n')}\n`, path: 'ferries.md' })
    const tree = await parseDeck(file, { overrides: { condense: true, agenda: false, closing: false } })
    const slides = tree.children.flatMap((node) => (node.type === 'slide' ? [node] : node.type === 'slideStack' ? node.children : []))
    const classes = slides.map((slide) => slide.data?.attributes?.class ?? '').filter((name) => /layout-bullets/.test(name))
    const cards = classes.map((name) => /\blayout-bullets-cards\b/.test(name))
    assert.ok(cards.some(Boolean), classes.join(' | '))
    cards.forEach((card, index) => assert.ok(!(card && cards[index - 1]), `two card slides in a row: ${classes.join(' | ')}`))
    for (const name of classes.filter((name) => /\blayout-bullets-cards\b/.test(name))) assert.doesNotMatch(name, /lectern-grow/)
    const marked = slides.flatMap((slide) => slide.children).filter((node) => node.type === 'list' && isCardList(node))
    assert.equal(marked.length, cards.filter(Boolean).length)
    assert.ok(marked.every((node) => (node.data?.hProperties?.className as string[]).includes(cardsClass)))
  })
})
