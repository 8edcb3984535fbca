/**
 * What a second, slide-by-slide reading of the held-out decks (and of new
 * articles Lectern had never seen) found wrong: each case with the sentence
 * or the lines as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compressSentence } from '../../src/article/compress.js'

const short = (sentence: string): string | undefined => compressSentence(sentence)?.text

test('should never end a bullet on a phrase that waits for its clause', () => {
  // Electron: dropping ", having … protects them…" left "…, and for those apps".
  const bullet = short('Some Electron apps run untrusted JavaScript (hopefully following our security recommendations!), and for those apps, having the V8 memory cage enabled protects them from a large class of nasty V8 vulnerabilities.')
  assert.doesNotMatch(bullet ?? '', /for those apps$/)
  // A list of phrases alike may end on its last one.
  assert.equal(short('The tool runs on Linux, on macOS, and on Windows, making it a good choice for teams with mixed machines and many other constraints.'), 'The tool runs on Linux, on macOS, and on Windows')
})
