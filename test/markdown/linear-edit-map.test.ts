/**
 * micromark's edit map, made linear (`src/markdown/linear-edit-map.ts`):
 * the same events as applying each edit with `splice`, on the copy micromark
 * uses and only while Lectern's parser runs, and documents parsed as before.
 */
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { describe, it } from 'node:test'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { consumeEdits, linearEditMapApplies, remarkLinearEditMap, withLinearEditMap } from '../../src/markdown/linear-edit-map.js'
import { fixtures } from '../helpers.js'

/** A stand-in event, told apart by its number. */
const event = (n: number): Event => ['enter', { type: 'data', start: { line: 1, column: n, offset: n }, end: { line: 1, column: n, offset: n } }, {} as never] as unknown as Event

/** Edits applied one by one from the last, with `splice`: what `consume` must give. */
function reference(events: Event[], edits: Array<[number, number, Event[]]>): Event[] {
  const result = [...events]
  const sorted = [...edits].sort((a, b) => a[0] - b[0])
  for (let index = sorted.length - 1; index >= 0; index--) {
    const [at, remove, add] = sorted[index]!
    result.splice(at, remove, ...add)
  }
  return result
}

describe('linear edit map', () => {
  it('should be on the EditMap that micromark uses only while a parse runs, and put micromark\'s back', () => {
    const micromarkConsume = EditMap.prototype.consume
    assert.equal(linearEditMapApplies, true)
    assert.notEqual(micromarkConsume, consumeEdits)
    const fromMicromark = createRequire(createRequire(import.meta.url).resolve('micromark'))
    const fromLectern = createRequire(import.meta.url)
    assert.equal(fromMicromark.resolve('micromark-util-edit-map'), fromLectern.resolve('micromark-util-edit-map'))
    // During the parse, and nested parses, the linear one; afterwards micromark's, even after a throw.
    const seen: unknown[] = []
    withLinearEditMap(() => {
      seen.push(EditMap.prototype.consume)
      withLinearEditMap(() => seen.push(EditMap.prototype.consume))
      seen.push(EditMap.prototype.consume)
    })
    assert.deepEqual(seen, [consumeEdits, consumeEdits, consumeEdits])
    assert.equal(EditMap.prototype.consume, micromarkConsume)
    assert.throws(() => withLinearEditMap(() => { throw new Error('bad source') }), /bad source/)
    assert.equal(EditMap.prototype.consume, micromarkConsume)
    // The plugin wraps whatever parser comes before it.
    const processor = unified()
      .use(function (this: import('unified').Processor) {
        this.parser = () => {
          seen.push(EditMap.prototype.consume)
          return { type: 'root', children: [] }
        }
      })
      .use(remarkLinearEditMap)
    processor.parse('- a\n\n- b\n')
    assert.equal(seen.at(-1), consumeEdits)
    assert.equal(EditMap.prototype.consume, micromarkConsume)
  })

  it('should give the same events as splicing each edit, for edits anywhere', () => {
    let seed = 7
    const random = (below: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below
    for (let round = 0; round < 300; round++) {
      const events = Array.from({ length: random(40) }, (_, n) => event(n))
      const edits: Array<[number, number, Event[]]> = []
      const used = new Set<number>()
      // Removals that do not overlap insertions: one of the last three, as micromark's document tokenizer makes.
      const removal = events.length > 4
      for (let count = random(5); count > 0; count--) {
        const at = random(removal ? events.length - 3 : events.length + 1)
        if (used.has(at)) continue
        used.add(at)
        edits.push([at, 0, Array.from({ length: random(3) }, (_, n) => event(1000 + round * 10 + n))])
      }
      if (removal) edits.push([events.length - 3, 3, []])
      const map = new EditMap()
      for (const [at, remove, add] of edits) map.add(at, remove, add)
      const expected = reference(events, edits)
      const actual = [...events]
      map.consume(actual)
      assert.deepEqual(actual, expected, `round ${round}`)
    }
  })

  it('should parse exactly as micromark does without it (loose and nested lists, lazy lines, quotes, tables, real articles)', async () => {
    const sources = [
      '- a\n\n  - b\nlazy\n\n- c\n\n> q\n> - d\ne\n',
      Array.from({ length: 300 }, (_, n) => `- item ${n}\n\n  - nested ${n}\n\n    > quoted\n    lazy ${n}\n`).join('\n'),
      '1. one\n\n   para\n2. two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSetext\n---\n\n* x\n\n      code\n',
      ...(await Promise.all(['go-supply-chain', 'k8s-dont-panic', 'scipy-development-guide'].map((name) => readFile(path.join(fixtures, 'real', name, 'article.md'), 'utf8'))))
    ]
    // Without the linear edit map: micromark as installed (the linear one is on only inside Lectern's parser).
    const unpatched = sources.map((value) => fromMarkdown(value, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }))
    const parser = unified().use(remarkParse).use(remarkLinearEditMap).use(remarkGfm).freeze()
    const patched = sources.map((value) => parser.parse(value))
    assert.deepEqual(patched, unpatched)
  })
})
