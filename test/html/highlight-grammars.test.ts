/**
 * Grammars on demand: the committed names match the installed highlight.js,
 * a name means the grammar highlight.js would choose with lowlight's
 * `common` set registered, and code highlights exactly as with that set.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { Worker } from 'node:worker_threads'
import type { Element } from 'hast'
import hljs from 'highlight.js/lib/core'
import { all, common } from '../helpers/lowlight.js'
import rehypeHighlight from 'rehype-highlight'
import { grammarOf, grammarsFor, rehypeHighlightAsNeeded } from '../../src/html/highlight-grammars.js'
import { highlighted, sample, type HighlightWorkerData } from '../helpers/highlight-worker.js'
import { highlightNamesPath, highlightNamesSource } from '../scripts/highlight-names.js'

/** A highlight.js with `grammars` registered, and the name each grammar was registered under. */
function registry(grammars: typeof all): (name: string) => string | undefined {
  const instance = hljs.newInstance()
  const names = new Map<object, string>()
  for (const [name, grammar] of Object.entries(grammars)) instance.registerLanguage(name, grammar)
  for (const name of Object.keys(grammars)) names.set(instance.getLanguage(name)!, name)
  return (name) => {
    const language = instance.getLanguage(name)
    return language ? names.get(language) : undefined
  }
}

describe('highlight grammars on demand', () => {
  it('should have the names of the installed highlight.js committed (npm run highlight-names)', async () => {
    assert.equal(await readFile(highlightNamesPath, 'utf8'), await highlightNamesSource())
  })

  it('should take every name and alias to the grammar highlight.js chooses, the common set first', () => {
    const inCommon = registry(common)
    const inAll = registry(all)
    const names = new Set<string>()
    for (const [name, grammar] of Object.entries(all)) for (const alias of [name, ...(grammar(hljs).aliases ?? [])]) names.add(alias)
    assert.ok(names.size > 300, `${names.size} names`)
    for (const name of names) {
      assert.equal(grammarOf(name), inCommon(name) ?? inAll(name), name)
      assert.equal(grammarOf(name.toUpperCase()), inCommon(name) ?? inAll(name), name.toUpperCase())
    }
    assert.equal(grammarOf('unknownlang'), undefined)
  })

  it('should load a common grammar with the common grammars it embeds, and another with all it embeds', () => {
    assert.deepEqual(grammarsFor(['ts']), ['css', 'graphql', 'javascript', 'typescript', 'xml'])
    // xml embeds handlebars, which is not in the common set: not loaded for HTML, as before.
    assert.deepEqual(grammarsFor(['html']), ['css', 'graphql', 'javascript', 'xml'])
    assert.deepEqual(grammarsFor(['hbs']), ['handlebars', 'css', 'graphql', 'javascript', 'xml'])
    assert.deepEqual(grammarsFor(['unknownlang']), [])
  })

  it('should highlight every common language exactly as rehype-highlight with the common set does', async () => {
    // highlight.js's shared modes keep what a highlight compiled into them, so each side runs in a fresh
    // worker and highlights the same blocks in the same order: each language as a deck of its own, then all.
    const side = (withCommon: boolean): Promise<string[]> =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL('../helpers/highlight-worker.js', import.meta.url), { workerData: { withCommon } satisfies HighlightWorkerData })
        worker.once('message', resolve)
        worker.once('error', reject)
      })
    const [before, after] = await Promise.all([side(true), side(false)])
    assert.equal(after.length, Object.keys(common).length)
    for (const [index, html] of after.entries()) assert.equal(html, before[index])
  })

  it('should highlight a language outside the common set, and warn about one highlight.js does not have', async () => {
    const { tree, file } = await highlighted(['elixir', 'Dockerfile', 'unknownlang'], rehypeHighlightAsNeeded())
    const [elixir, dockerfile, unknown] = tree.children.map((pre) => (pre as Element).children[0] as Element)
    const alone = (await highlighted(['elixir'], (root, vfile) => rehypeHighlight({ languages: all })(root, vfile))).tree.children[0] as Element
    assert.deepEqual(elixir, alone.children[0])
    assert.ok(dockerfile!.children.some((child) => child.type === 'element'), 'Dockerfile is highlighted')
    assert.deepEqual(unknown!.children, [{ type: 'text', value: sample }])
    assert.deepEqual(
      file.messages.map((message) => message.reason),
      ['Cannot highlight as `unknownlang`, it’s not registered']
    )
  })
})
