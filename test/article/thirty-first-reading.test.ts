/**
 * What the twenty-sixth session (5–6 December 2026) found reading decks as
 * their speaker, on held-out articles (source, author and licence with each).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import type { BlockContent, List } from 'mdast'
import { renderDeck } from '../../src/index.js'
import { joinInterruptedLists, isSetAside } from '../../src/article/interrupted-lists.js'
import { facesOf, notesOf } from '../helpers/deck-text.js'

/** The slides of a built deck as text, one entry a slide, notes left out. */
function slideTexts(html: string): string[] {
  return [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => facesOf(match[1]!).trim())
}

const item = (label: string, text: string): List['children'][number] => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${label}:` }] }, { type: 'text', value: ` ${text}` }] }]
})
const list = (...items: List['children']): List => ({ type: 'list', ordered: false, spread: false, children: items })
const quote = (text: string): BlockContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })

test('a labelled list that pull quotes interrupt is one list, its quotes after it, the two shortest on the face', () => {
  const nodes: BlockContent[] = [
    { type: 'paragraph', children: [{ type: 'text', value: 'Here are a few themes:' }] },
    list(item('Working alone', 'Being a maintainer can be lonely.')),
    quote('A long quotation that a maintainer gave in a workshop about how lonely the work had become for them.'),
    list(item('Not enough time', 'Volunteers sacrifice their free time.')),
    quote('Short one.'),
    quote('Another short one here.'),
    list(item('Conflicting demands', 'Groups have different motivations.')),
    { type: 'paragraph', children: [{ type: 'text', value: 'After the list.' }] }
  ]
  const joined = joinInterruptedLists(nodes)
  assert.deepEqual(joined.map((node) => node.type), ['paragraph', 'list', 'blockquote', 'blockquote', 'blockquote', 'paragraph'])
  assert.equal((joined[1] as List).children.length, 3)
  // The longest of the three quotations goes to the notes; order stays as written.
  assert.deepEqual(joined.slice(2, 5).map(isSetAside), [true, false, false])
})

test('lists that do not continue each other stay apart: unlabelled items, or numbers that start again', () => {
  const plain = (text: string): List['children'][number] => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
  const unlabelled: BlockContent[] = [list(plain('One thing.')), quote('A quotation.'), list(plain('Another thing.'))]
  assert.equal(joinInterruptedLists(unlabelled).length, 3)
  const numbered = (start: number, ...texts: string[]): List => ({ type: 'list', ordered: true, start, spread: false, children: texts.map(plain) })
  assert.equal(joinInterruptedLists([numbered(1, 'a', 'b'), quote('Q.'), numbered(1, 'c')]).length, 3)
  const on = joinInterruptedLists([numbered(1, 'a', 'b'), quote('Q.'), numbered(3, 'c')])
  assert.deepEqual(on.map((node) => node.type), ['list', 'blockquote'])
  // Nothing between two lists is no interruption: Markdown itself keeps such lists apart.
  assert.equal(joinInterruptedLists([list(item('A', 'a.')), list(item('B', 'b.'))]).length, 2)
})

// Abby Cabunoc Mayes, "Maintaining Balance for Open Source Maintainers" (Open Source Guides, github/opensource.guide,
// CC BY 4.0): five themes, each a list item, with maintainers' quotations in boxes between them.
test('a guide’s themes between pull quotes show on one slide, not a slide each beside a quotation', async () => {
  const source = readFileSync(new URL('../../../test/fixtures/real/osg-maintaining-balance/article.md', import.meta.url), 'utf8')
  const { html } = await renderDeck(source, { path: 'article.md', overrides: { condense: true } })
  const slides = slideTexts(html)
  const reflect = slides.filter((text) => text.startsWith('Reflect on what causes you to get out of balance'))
  const themes = ['Lack of positive feedback', 'Not saying ‘no’', 'Working alone', 'Not enough time or resources', 'Conflicting demands']
  const withThemes = reflect.filter((text) => themes.some((theme) => text.includes(theme.replace('‘no’', ''))))
  assert.equal(withThemes.length, 1, withThemes.join('\n'))
  // Its slides: the themes, then at most the quotations of the section, fewer than the ten slides it had.
  assert.ok(reflect.length <= 5, `${reflect.length} slides`)
  // Every quotation is still said: those off the face are in the notes.
  const notes = notesOf(html)
  for (const said of ['I found I was taking on more than one should', 'Especially since COVID and working from home']) assert.ok(notes.includes(said), said)
})

// Artem Sidorenko, "FrOSCon 2015 impressions" (sidorenko.io, artem-sidorenko/www.sidorenko.io, CC BY 4.0): each talk's
// photos as `<a href="…"><img src="shell1.jpg"></a>` beside the post, whose files a copy of the Markdown leaves behind.
test('a talk’s photos in raw HTML that the build cannot find go to the notes: no blank slide', async () => {
  const source = [
    '---', 'title: FrOSCon 2015 impressions', '---', '',
    '## Go Away Or I Will Replace You With A Very Little Shell Script', '',
    '<a href="https://twitter.com/nerdbabe/status/635088127569358849"><img style="float: right; margin-left: 1.5em;" src="shell2.jpg" width="150" title="so why is computer science so damn hard?" ></a>',
    '<a href="https://twitter.com/nerdbabe/status/635088127569358849"><img style="float: right; margin-left: 1.5em;" src="shell1.jpg" width="150" title="so why is computer science so damn hard?" ></a>', '',
    'Kristian Köhntopp gives some of his views on DevOps, culture, development of culture and on the structure of IT companies. There were interesting examples from his professional experience.', '',
    '## Der Linux Netzwerk Stack', '',
    'Florian Westphal explained the architecture of network stack inside of Linux kernel and gave a good overview over the flow of bits and bytes there.', ''
  ].join('\n')
  const { html } = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/froscon.md', overrides: { condense: true } })
  const slides = [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((match) => match[1]!.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''))
  for (const slide of slides) assert.doesNotMatch(slide, /<img\b/, slide)
  assert.ok(slides.some((slide) => slide.includes('Kristian Köhntopp')))
  // The pictures are kept in the notes, as written but for the mark.
  const notes = [...html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((match) => match[1]).join('\n')
  assert.match(notes, /src="shell2\.jpg"/)
})
