/**
 * A quoted front-matter value that runs on over lines at the margin, as Hugo and Jekyll accept it (Andrew Tyre, "What
 * about that 1970's ice age?", 2016, MIT: its `summary:` had failed the build with "Missing closing quote").
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { indentQuotedLines } from '../../src/markdown/remark-deck-config.js'
import { renderDeck } from '../../src/index.js'

test('indents the lines a quoted value runs on to, and nothing else', () => {
  const yaml = ['title: What about that ice age?', 'summary: "A good friend posted a link', 'to FB. I read the post."', 'tags: [climate]'].join('\n')
  assert.equal(indentQuotedLines(yaml), ['title: What about that ice age?', 'summary: "A good friend posted a link', '  to FB. I read the post."', 'tags: [climate]'].join('\n'))
  // A closed value, a single-quoted one with a doubled quote, and a list are left as they are.
  const plain = ["title: 'It''s fine'", 'summary: "One line."', '- item'].join('\n')
  assert.equal(indentQuotedLines(plain), plain)
})

test('a deck whose summary runs on at the margin builds, with a warning; a quote never closed still fails', async () => {
  const source = ['---', 'title: What about that ice age?', 'summary: "A good friend posted a link', 'to FB. I read the post."', '---', '', '## The scare', '', 'Scientists were genuinely uncertain about the future of the climate at the time.', ''].join('\n')
  const rendered = await renderDeck(source, { path: '/tmp/lectern-no-such-folder/ice.md' })
  assert.match(rendered.html, /What about that ice age\?/)
  assert.ok(rendered.file.messages.some((message) => message.ruleId === 'front-matter-quoted-lines' && message.line === 2))
  const broken = ['---', 'title: "Never closed', 'author: me', '---', '', '## Slide', ''].join('\n')
  await assert.rejects(renderDeck(broken, { path: '/tmp/lectern-no-such-folder/broken.md' }), /Invalid YAML front matter/)
})
