/**
 * Pagination of a slide face over "(cont.)" slides: a lead-in stays with
 * what it introduces, no continuation slide is left with one list item that
 * the slide before could take or give, code is cut into even parts, and
 * hand-written slides can be paginated without the article limits.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { BlockContent, Heading, List, ListItem, Paragraph, Table, TableRow } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { FaceUnit } from '../../src/article/condense.js'
import { paginate } from '../../src/article/paginate.js'
import { continuedHeading } from '../../src/article/long-headings.js'
import { slideMetrics } from '../../src/article/slide-metrics.js'

const metrics = slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })
const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Section' }] }

function words(count: number, word = 'word'): string {
  return Array.from({ length: count }, () => word).join(' ')
}
function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] }
}
function item(text: string): ListItem {
  return { type: 'listItem', spread: false, children: [paragraph(text)] }
}
function list(...texts: string[]): List {
  return { type: 'list', ordered: false, spread: false, children: texts.map(item) }
}
function row(...cells: string[]): TableRow {
  return { type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })) }
}
/** A table of a header and `rows` rows of three short cells. */
function tableOf(rows: number): Table {
  return { type: 'table', align: [null, null, null], children: [row('Scale', 'Time', 'Speed-up'), ...Array.from({ length: rows }, (_, index) => row(String(10 ** index), `${index}m${index + 3}.5s`, `${index + 1}.5x`))] }
}
function unit(node: BlockContent | ListItem, keepWithNext = false): FaceUnit {
  return { node, notes: [], keepWithNext }
}
/** What each page holds: `p`, `lead`, a list as `list:N` (its items), a bullet as `item`. */
function shape(pages: FaceUnit[][]): string[][] {
  return pages.map((page) =>
    page.map(({ node, keepWithNext }) =>
      node.type === 'list' ? `list:${node.children.length}` : node.type === 'listItem' ? 'item' : node.type === 'paragraph' && keepWithNext ? 'lead' : node.type === 'paragraph' ? 'p' : node.type
    )
  )
}

describe('paginate', () => {
  it('should keep a lead-in with the first item of its list when the word limit would part them', () => {
    // "…for the following two reasons:" and two long items: 74 words together, over the 60 a face holds.
    const units = [unit(paragraph(`${words(19, 'reason')}:`), true), unit(list(words(15, 'alpha'), words(39, 'beta'))), unit(item(words(24, 'gamma')))]
    const pages = paginate(units, { metrics, heading })
    assert.deepEqual(shape(pages)[0], ['lead', 'list:1'])
    assert.equal(pages.flat().length, 4, 'the lead-in, the list in two parts and the bullet')
  })

  it('should never end a slide with a lead-in', () => {
    for (const before of [0, 1, 3, 5]) {
      for (const [lead, itemWords] of [[5, 8], [25, 20]] as const) {
        for (const items of [2, 5, 9]) {
          const units = [
            ...Array.from({ length: before }, () => unit(paragraph(words(18, 'context')))),
            unit(paragraph(`${words(lead, 'asked')}:`), true),
            unit(list(...Array.from({ length: items }, (_, index) => `Item ${index + 1} ${words(itemWords, 'detail')}`)))
          ]
          for (const page of paginate(units, { metrics, heading })) {
            const last = page[page.length - 1]!
            assert.ok(!(last.keepWithNext && last.node.type === 'paragraph'), `${before} paragraphs, ${lead}-word lead-in, ${items} items: a slide ends with the lead-in`)
          }
        }
      }
    }
  })

  it('should start a new slide with a lead-in rather than part it from the list it introduces', () => {
    // NHS England, as in set 8: "This model was trained on different features, including:" and its four items, the last
    // of which opened a "(cont.)" slide on its own.
    const units = [unit(paragraph(words(22, 'opening'))), unit(paragraph(words(22, 'middle'))), unit(paragraph(`${words(8, 'trained')}:`), true), unit(list(...['one', 'two', 'three'].map((word) => words(7, word))))]
    assert.deepEqual(shape(paginate(units, { metrics, heading })), [['p', 'p'], ['lead', 'list:3']])
  })

  it('should give a lone item on a continuation slide a companion from the slide before', () => {
    // Two paragraphs and five items: the fifth alone on a second slide, unless the first slide gives one. (A list of four
    // moves whole to the second slide: see below.)
    const units = [unit(paragraph(words(25, 'opening'))), unit(paragraph(words(25, 'middle'))), unit(list(...['one', 'two', 'three', 'four', 'five'].map((word) => words(10, word))))]
    const pages = paginate(units, { metrics, heading, maxFaceWords: Infinity })
    assert.deepEqual(shape(pages), [['p', 'p', 'list:3'], ['list:2']])
  })

  it('should cut long code into even parts', () => {
    // (45 lines where a slide's listing holds 17: three parts of 15, not 17, 17 and 11.)
    const code = Array.from({ length: 45 }, (_, index) => `const line${index} = ${index}`).join('\n')
    const pages = paginate([unit({ type: 'code', lang: 'js', value: code })], { metrics, heading })
    const lines = pages.map((page) => page.map((part) => (part.node.type === 'code' ? part.node.value.split('\n').length : 0)).reduce((a, b) => a + b, 0))
    assert.deepEqual(lines, [15, 15, 15])
  })

  it('should paginate a hand-written slide by height alone when the article limits are off', () => {
    const long = list(...Array.from({ length: 14 }, (_, index) => `Item ${index + 1}: the crew checked soil, stakes and water bags`))
    const pages = paginate([unit(long)], { metrics, heading, maxBullets: Infinity, maxFaceWords: Infinity })
    assert.deepEqual(shape(pages), [['list:7'], ['list:7']])
    const limited = paginate([unit(long)], { metrics, heading })
    assert.ok(limited.length > pages.length, 'six bullets a slide in an article')
  })

  it('should give a heading that already continues another one "(cont.)" only once', () => {
    assert.equal(toString(continuedHeading(continuedHeading(heading))), 'Section (cont.)')
  })

  it('should measure with the measure it is given and keep every item in order', () => {
    const items = Array.from({ length: 8 }, (_, index) => `Item ${index + 1}`)
    // A measure that takes 100px a block: three blocks (heading and two items, as two lists) fit 300px.
    const pages = paginate(
      items.map((text) => unit(item(text))),
      { metrics, heading, maxBullets: Infinity, height: 300, measure: (face) => face.reduce((sum, node) => sum + (node.type === 'list' ? node.children.length : 1) * 100, 0) }
    )
    assert.deepEqual(pages.map((page) => page.length), [2, 2, 2, 2])
    assert.deepEqual(pages.flat().map((part) => toString(part.node)), items)
  })
  it('should move a table a fresh slide holds whole rather than split it to fill the slide before', () => {
    // Three paragraphs leave room for some of the six rows, and a fresh slide holds them all.
    const units = [...['one', 'two', 'three'].map((word) => unit(paragraph(words(18, word)))), unit(tableOf(6))]
    const pages = paginate(units, { metrics, heading })
    const rows = pages.map((page) => page.filter((part) => part.node.type === 'table').map((part) => (part.node as Table).children.length - 1))
    assert.deepEqual(rows.flat(), [6], 'the six rows stay together')
  })

  it('should share a table too long for one slide evenly, never leaving a lone row', () => {
    const pages = paginate([unit(tableOf(9))], { metrics, heading })
    const rows = pages.map((page) => page.filter((part) => part.node.type === 'table').map((part) => (part.node as Table).children.length - 1)).flat()
    assert.ok(rows.length >= 2, `split (${rows.join(', ')})`)
    assert.equal(rows.reduce((a, b) => a + b, 0), 9)
    assert.ok(Math.min(...rows) >= Math.max(...rows) / 2, `even parts (${rows.join(', ')})`)
  })

  it('should move a listing a fresh slide holds whole rather than split it to fill the slide before', () => {
    // ESLint: a closing brace was left alone on a "(cont.)" slide.
    const listing = ['export function logObjectEntries(value: {}) {', '  //                                  ~~', '  // eslint(@typescript-eslint/no-empty-object-type)', '  for (const entry of Object.entries(value)) {', '    console.log(entry);', '  }', '}', '', 'logObjectEntries(0); // No type error!'].join('\n')
    const units = [...['one', 'two'].map((word) => unit(paragraph(words(20, word)))), unit(list(words(12), words(12))), unit({ type: 'code', lang: 'ts', value: listing })]
    const pages = paginate(units, { metrics, heading })
    const parts = pages.flatMap((page) => page.filter((part) => part.node.type === 'code'))
    assert.equal(parts.length, 1, 'the listing stays whole')
  })

  it('should count a long line of code as the lines it wraps to', () => {
    // rOpenSci: eleven lines, one of them 300 characters long, are taller than a code block shows.
    const long = `  new <- cbind(${Array.from({ length: 20 }, (_, index) => `column${index}="value ${index}"`).join(', ')})`
    const listing = Array.from({ length: 14 }, (_, index) => (index === 10 ? long : `  line${index} <- read(${index})`)).join('\n')
    const pages = paginate([unit({ type: 'code', lang: 'r', value: listing })], { metrics, heading })
    assert.ok(pages.length >= 2, 'split into parts a code block shows without scrolling')
  })
})

describe('paginate, article mode', () => {
  it('should show an excerpt of a listing longer than two code blocks, ending in "…", and keep it whole in the notes', () => {
    const output = Array.from({ length: 80 }, (_, index) => `${1000 - index * 7} resource-${index}`).join('\n')
    const pages = paginate([unit({ type: 'code', value: output })], { metrics, heading, excerptLongCode: true })
    const shown = pages.flat().filter((part) => part.node.type === 'code')
    assert.equal(shown.length, 1, 'one excerpt')
    const value = (shown[0]!.node as { value: string }).value
    assert.match(value, /^1000 resource-0\n/)
    assert.match(value, /\n…$/)
    assert.ok(shown[0]!.notes.some((note) => note.type === 'code' && note.value === output), 'the whole listing in the notes')
    // Without the option (hand-written slides) the listing is split, never cut.
    assert.ok(paginate([unit({ type: 'code', value: output })], { metrics, heading }).length > 2)
  })

  it('should move a short list a fresh slide holds whole rather than split it', () => {
    // Two paragraphs fill most of the slide; a list of three items, without a lead-in, would be split across two slides.
    // (Evening the pages out split a list of four as two and two: it moves whole.)
    const units = [unit(paragraph(words(22, 'opening'))), unit(paragraph(words(22, 'middle'))), unit(list(...['one', 'two', 'three', 'four'].map((word) => words(6, word))))]
    assert.deepEqual(shape(paginate(units, { metrics, heading })), [['p', 'p'], ['list:4']])
    // A long list still fills the slide before it.
    const long = [unit(paragraph(words(22, 'opening'))), unit(list(...['one', 'two', 'three', 'four', 'five', 'six', 'seven'].map((word) => words(6, word))))]
    assert.equal(shape(paginate(long, { metrics, heading }))[0]![0], 'p')
    assert.match(shape(paginate(long, { metrics, heading }))[0]![1] ?? '', /^list:/)
  })

  it('should split a listing between statements, never before the line that closes a block', () => {
    // Spencer C. Imbleau, "NVIDIA GPU profiling with Rust" (code Apache-2.0): the second page opened with "});".
    const listing = ['use std::thread::sleep;', 'use std::time::Duration;', '', 'use nvtx::name_thread;', '', 'fn main() {', '    name_thread!("Main Thread");', '    let handler2 = thread::spawn(|| {', '        name_thread!("Thread 2");', '        sleep(Duration::from_secs_f32(0.2));', '    });', '    let handler3 = thread::spawn(|| {', '        name_thread!("Thread 3");', '        sleep(Duration::from_secs_f32(0.3));', '    });', '    sleep(Duration::from_secs_f32(0.5));', '    handler2.join().unwrap();', '    handler3.join().unwrap();', '}'].join('\n')
    for (const before of [0, 1, 2, 3]) {
      const units = [...Array.from({ length: before }, () => unit(paragraph(words(14, 'context')))), unit({ type: 'code', lang: 'rust', value: listing })]
      const parts = paginate(units, { metrics, heading }).flat().filter((part) => part.node.type === 'code')
      for (const part of parts.slice(1)) assert.doesNotMatch((part.node as { value: string }).value, /^\s*[}\])]/, `${before} paragraphs: a page opens with a block's closing line`)
    }
  })
})
