/**
 * What a review of eight articles Lectern had never seen (React, Swift,
 * Linkerd, Helm, Electron, Tokio, Elixir and ESLint blogs; sources in
 * test/fixtures/real/README.md where they were added to the corpus) found
 * wrong, each case with the sentence or the lines as published.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Heading, List, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { compressSentence } from '../../src/article/compress.js'
import { splitSentences } from '../../src/article/sentences.js'
import { isPointer } from '../../src/article/pointers.js'
import { recogniseText } from '../../src/text/index.js'

const short = (sentence: string): string | undefined => compressSentence(sentence)?.text

function headings(tree: Root): string[] {
  return tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => toString(node))
}

test('should keep the claim of a sentence the compressor used to cut in the wrong place', () => {
  // Swift: a clause of alternatives between the subject and its verb goes, the verb stays.
  assert.equal(
    short('This safety-first approach ingrained throughout Swift’s language design, whether it is deterministic deallocation, copy-on-write (CoW), or value types, makes it inherently less prone to runtime errors.'),
    'This safety-first approach ingrained throughout Swift’s language design makes it inherently less prone to runtime errors'
  )
  // Helm: "as well as" is no filler, and an irregular participle ("Built") opens a fronted phrase.
  assert.equal(
    short('Built on other tools in this list, Orkestra adds a robust dependency graph for a related group of Helm releases and their subcharts, as well as a reverse DAG for specifying dependency requirements for rollbacks.'),
    'Orkestra adds a robust dependency graph for a related group of Helm releases and their subcharts'
  )
  // Tokio: "over time," keeps the comma that closes its clause; "measurements show that" has its verb; "3x." is a quantity; "in some cases" qualifies the claim and stays.
  assert.equal(
    short('While the exact heuristics will most likely be tweaked over time, initial measurements show that, in some cases, tail latencies are reduced by almost 3x.'),
    'Initial measurements show that, in some cases, tail latencies are reduced by almost 3x'
  )
  // Electron: a relative clause's verb the tagger reads as a noun keeps its "wherever…"; "20+" keeps its plus.
  assert.equal(
    short('Now you have an ArrayBuffer that points wherever you like, so you can read and write any memory in the process, even memory that V8 normally doesn’t have access to.'),
    'Now you have an ArrayBuffer that points wherever you like, so you can read and write any memory'
  )
  assert.equal(short('Attempting to wrap external memory with an ArrayBuffer will crash at runtime in Electron 20+.'), 'Attempting to wrap external memory with an ArrayBuffer will crash at runtime in Electron 20+')
  // Linkerd: a superlative is the point of a trailing phrase (the item is kept whole rather than lose it).
  const leastLoaded = compressSentence('maintain a count of outstanding requests to each replica, and distribute traffic to replicas with the smallest number of outstanding requests.', { maxWords: 13 })
  assert.ok(leastLoaded === undefined || /smallest number/.test(leastLoaded.text), leastLoaded?.text)
})

test('should never make a bullet of a broken clause', () => {
  // rOpenSci: "Many of these" is the subject, not a fronted phrase before ", we've found,".
  assert.doesNotMatch(short('Many of these, we’ve found, have to do with the ease-of-use and consistency of software APIs, and the type and location of information in documentation that make it easiest to find.') ?? '', /^We’ve found, have/)
  // ESLint: "both ESLint and TypeScript" is one phrase, not two clauses.
  assert.doesNotMatch(short('We recommend using both ESLint and TypeScript in your TypeScript projects to ensure you’re catching the widest number and types of defects.') ?? '', /^TypeScript in your/)
  // Swift: "…needs to respond quickly even when" promises a clause.
  assert.doesNotMatch(short('The layered encryption module requires a lot of computation for each request, yet the overall service needs to respond quickly even when under high load.') ?? '', /even when$/)
})

test('should split sentences at full stops, not inside words', () => {
  assert.deepEqual(splitSentences('This strategy is used by the .NET thread pool, and was introduced more than ten years ago. It works.'), [
    'This strategy is used by the .NET thread pool, and was introduced more than ten years ago.',
    'It works.'
  ])
})

test('should know a pointer to other reading', () => {
  assert.ok(isPointer('See Typed Linting: The Most Powerful TypeScript Linting Ever for more details on typed linting with typescript-eslint.'))
  assert.ok(isPointer('💡 See no-unused-binary-expressions: From code review nit to ecosystem improvements for more areas of code checking.'))
  assert.ok(!isPointer('ESLint and TypeScript are at their most powerful when used together.'))
})

test('should find the title and byline under a site menu, and drop tags, newsletter and footer lines', () => {
  const text = [
    'Skip to main content', 'ESLint', 'Team', 'Blog', 'Docs', 'Store', 'Donate', '',
    'Blog', '',
    'Differences between ESLint and TypeScript', '',
    'Josh Goldberg ✨', 'Guest Author', '28 January, 2025 · 10 min read', '',
    'ESLint is a linter, whereas TypeScript is a type checker. They find different problems.', '',
    'What is static analysis?', '',
    'Static analysis is the inspection of source code without executing it. It is safe to run on any code.', '',
    'Further reading', '',
    'The Tail at Scale. http://cacm.acm.org/magazines/2013/2/160173-the-tail-at-scale/abstract',
    'Michael Mitzenmacher. 2001. The Power of Two Choices in Randomized Load Balancing. IEEE Trans. Parallel Distrib. Syst. 12, 10 (October 2001), 1094-1104.', '',
    'Tags:', 'Linting', 'Type Checking', '',
    'Subscribe to our newsletter', 'The latest ESLint news, case studies, tutorials, and resources.', 'Subscribe', '',
    'Related posts', 'Slow cooker: Load testing for tough software', 'Linkerd distributed tracing', '',
    'Linkerd is a graduated project of the Cloud Native Computing Foundation.',
    'Copyright © 2026 Linkerd Authors. All rights reserved.', ''
  ].join('\n')
  const { tree, outline } = recogniseText(text)
  assert.equal(outline.title, 'Differences between ESLint and TypeScript')
  assert.equal(outline.byline, 'Josh Goldberg ✨')
  assert.equal(outline.date, '28 January, 2025')
  assert.deepEqual(headings(tree).slice(1), ['What is static analysis?', 'Further reading'])
  const lists = tree.children.filter((node): node is List => node.type === 'list')
  assert.deepEqual(lists.map((list) => list.children.length), [2], 'the reading list, one citation an item')
  const kept = toString(tree)
  for (const chrome of ['Skip to main content', 'Linting', 'newsletter', 'latest ESLint news', 'Slow cooker', 'graduated project', 'Donate']) assert.ok(!kept.includes(chrome), chrome)
})
