/**
 * The fast reader of wink-eng-lite-web-model's core model unpacks exactly
 * what the package's own reader unpacks, and falls back to it when the JSON
 * is not in the shape it knows.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, it } from 'node:test'
import { readCoreModel, type CoreModel } from '../../src/article/nlp-model.js'

const require = createRequire(import.meta.url)
const jsonPath = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json')
/** A `require` that hands out a freshly parsed copy of the model's JSON. */
const fresh = (() => JSON.parse(readFileSync(jsonPath, 'utf8'))) as unknown as ReturnType<typeof createRequire>

describe('nlp model', () => {
  it('should unpack the core model exactly as the package does', () => {
    const packaged = (require('wink-eng-lite-web-model') as { core(): CoreModel }).core()
    const fast = readCoreModel(fresh, () => assert.fail('the fast reader fell back'))
    assert.deepEqual(fast.lexicon, packaged.lexicon)
    assert.deepEqual(fast.xpansions, packaged.xpansions)
    assert.ok((fast.lexicon as Uint32Array).length > 100_000)
    assert.deepEqual(fast.packing, packaged.packing)
    assert.deepEqual(Object.keys(fast.features).sort(), Object.keys(packaged.features).sort())
    for (const name of Object.keys(packaged.features)) assert.deepEqual(fast.features[name], packaged.features[name], name)
    assert.deepEqual(fast, packaged)
  })

  it('should use the package reader when the JSON is not in the shape it knows', () => {
    const fallback = { marker: true } as unknown as CoreModel
    const changed = (() => ({ lexicon: [1, 2, 3] })) as unknown as ReturnType<typeof createRequire>
    assert.equal(readCoreModel(changed, () => fallback), fallback)
    const missing = (() => {
      throw new Error('Cannot find module')
    }) as unknown as ReturnType<typeof createRequire>
    assert.equal(readCoreModel(missing, () => fallback), fallback)
  })
})
