import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Heading, List, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { parseDeck } from '../../src/html/render.js'
import type { Slide } from '../../src/types.js'
import { runMain, tempDir } from '../helpers.js'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const paragraph = (topic: string): string =>
  `${topic} changed how the town works. The council spent two years on ${topic.toLowerCase()} and asked residents what they wanted. Most of them wanted more of it, and sooner than the plan allowed.`

function article(headings: readonly string[], frontMatter = ''): string {
  return `${frontMatter}# The Town That Planned Ahead\n\nA short lede about the town. It explains what follows in a sentence or two.\n\n${headings.map((heading) => `## ${heading}\n\n${paragraph(heading)}\n\n${paragraph(heading)}\n`).join('\n')}`
}

async function slides(source: string): Promise<Slide[]> {
  const file = new VFile({ path: 'town.md', value: source })
  const tree: Root = await parseDeck(file, { overrides: { condense: true } })
  return tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []))
}

function title(slide: Slide): string {
  const heading = slide.children.find((node): node is Heading => node.type === 'heading')
  return heading ? toString(heading) : ''
}

test('should add an agenda of the sections after the overview when there are four or more, and a closing slide', async () => {
  const sections = ['Buses', 'Bridges', 'Parks', 'Libraries']
  const deck = await slides(article(sections))
  assert.deepEqual(deck.map(title).slice(0, 3), ['The Town That Planned Ahead', 'Introduction', 'Agenda'])
  const agenda = deck[2]!.children.find((node): node is List => node.type === 'list')!
  assert.deepEqual(agenda.children.map((item) => toString(item)), sections)
  assert.equal(agenda.ordered, true)
  const last = deck[deck.length - 1]!
  assert.equal(title(last), 'Questions?')
  assert.match(toString({ type: 'root', children: last.children.filter((node) => node.type !== 'notes') } as Root), /The Town That Planned Ahead/)
})

test('should leave the agenda out for three sections, and number numbered sections only once', async () => {
  assert.ok(!(await slides(article(['Buses', 'Bridges', 'Parks']))).some((slide) => title(slide) === 'Agenda'))
  const numbered = await slides(article(['1. Buses', '2. Bridges', '3. Parks', '4. Libraries']))
  const agenda = numbered.find((slide) => title(slide) === 'Agenda')!.children.find((node): node is List => node.type === 'list')!
  // (Numbered by the list, once: "Buses", not "1. Buses" after "1.".)
  assert.equal(agenda.ordered, true)
  assert.deepEqual(agenda.children.map((item) => toString(item)), ['Buses', 'Bridges', 'Parks', 'Libraries'])
  // (Numbers that do not count 1, 2, 3… stay as written, in a list of bullets.)
  const chapters = await slides(article(['3. Buses', '4. Bridges', '5. Parks', '6. Libraries']))
  const kept = chapters.find((slide) => title(slide) === 'Agenda')!.children.find((node): node is List => node.type === 'list')!
  assert.equal(kept.ordered, false)
  assert.equal(toString(kept.children[0]!), '3. Buses')
})

test('should turn the agenda and the closing slide off from front matter and from the command line', async () => {
  const off = await slides(article(['Buses', 'Bridges', 'Parks', 'Libraries'], '---\nagenda: false\nclosing: false\n---\n'))
  assert.ok(!off.some((slide) => ['Agenda', 'Questions?'].includes(title(slide))))
  const dir = await tempDir()
  const source = path.join(dir, 'town.md')
  await writeFile(source, article(['Buses', 'Bridges', 'Parks', 'Libraries']))
  const result = await runMain(['build', source, '--condense', '--no-agenda', '--no-closing', '-o', path.join(dir, 'out'), '-q'])
  assert.equal(result.code, 0, result.stderr)
  const html = await readFile(path.join(dir, 'out', 'town.html'), 'utf8')
  assert.doesNotMatch(html, /class="(?:agenda|closing)"/)
  assert.match(html, /Libraries/)
})
