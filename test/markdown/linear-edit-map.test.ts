/**
 * micromark's edit map, made linear (`src/markdown/linear-edit-map.ts`):
 * the same events as applying each edit with `splice`, installed on the copy
 * micromark uses, and loose lists parsed as before.
 */
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { describe, it } from 'node:test'
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'
import { consumeEdits, linearEditMap } from '../../src/markdown/linear-edit-map.js'
import { fixtures, root } from '../helpers.js'

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
  it('should be installed on the EditMap that micromark uses', () => {
    assert.equal(linearEditMap, true)
    assert.equal(EditMap.prototype.consume, consumeEdits)
    const fromMicromark = createRequire(createRequire(import.meta.url).resolve('micromark'))
    const fromLectern = createRequire(import.meta.url)
    assert.equal(fromMicromark.resolve('micromark-util-edit-map'), fromLectern.resolve('micromark-util-edit-map'))
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
    const script = `import { fromMarkdown } from 'mdast-util-from-markdown'
      import { gfm } from 'micromark-extension-gfm'
      import { gfmFromMarkdown } from 'mdast-util-gfm'
      let input = ''
      for await (const chunk of process.stdin) input += chunk
      process.stdout.write(JSON.stringify(JSON.parse(input).map((value) => fromMarkdown(value, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }))))`
    // Without the linear edit map: a process of its own that never loads it.
    const unpatched = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] })
      let output = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`exit ${code}`))))
      child.stdin.end(JSON.stringify(sources))
    })
    const patched = sources.map((value) => fromMarkdown(value, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }))
    assert.deepEqual(JSON.parse(JSON.stringify(patched)), JSON.parse(unpatched))
  })
})
