/**
 * Pandoc's and reveal.js's dialects in real Chromium: pauses (`. . .`),
 * `::: incremental` lists and code line steps (```` ```js [1|2-3] ````) are
 * reveal.js fragments (the slide PDF shows each slide whole, one page per
 * slide; `--fragments` one page per step), and `:emoji:` shortcodes print as
 * emoji.
 */
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { pageCount, pageText } from '../helpers/poppler.js'
import { runMain, tempDir } from '../helpers.js'

const talk = `# Dialects :tada:

## Pauses

Shown at once.

. . .

After the first pause.

With it.

. . .

After the second pause.

## Incremental

::: incremental
- Read the article
- Pick the points
- Build the deck :rocket:
:::

## Steps

\`\`\`js [1|2-3|4]
const deck = await build('talk.md')
/* a comment
   on two lines */
console.log(deck.slides)
\`\`\`
`

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('dialects', () => {
  it('should print every slide whole, one page per slide, with its fragments, steps and emoji', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), talk)
    const result = await runMain(['build', 'talk.md', '--pdf', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.doesNotMatch(result.stderr, /warning/, 'nothing to warn about')
    const pdf = path.join(dir, 'out', 'talk.pdf')
    assert.equal(await pageCount(pdf), 4, 'pages = slides')
    assert.match(normal(await pageText(pdf, 1)), /Dialects 🎉/)
    const pauses = normal(await pageText(pdf, 2))
    for (const text of ['Shown at once.', 'After the first pause.', 'With it.', 'After the second pause.']) assert.ok(pauses.includes(text), `“${text}”: ${pauses}`)
    assert.doesNotMatch(pauses, /\. \. \./, 'no pause marker on the slide')
    const incremental = normal(await pageText(pdf, 3))
    for (const text of ['Read the article', 'Pick the points', 'Build the deck 🚀']) assert.ok(incremental.includes(text), `“${text}”: ${incremental}`)
    assert.doesNotMatch(incremental, /:::/)
    const steps = normal(await pageText(pdf, 4))
    // The line numbers and the code, once: the step copies lie over the block, not below it.
    assert.match(steps, /1 ?const deck = await build\('talk\.md'\)/)
    assert.match(steps, /4 ?console\.log\(deck\.slides\)/)

    const html = await readFile(path.join(dir, 'out', 'talk.html'), 'utf8')
    assert.doesNotMatch(html, /plugin\/highlight/, 'line steps need no highlight plugin')
  })

  it('should give each pause, list item and code step a page of its own with --fragments', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), talk)
    const result = await runMain(['build', 'talk.md', '--pdf', '--fragments', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    const pdf = path.join(dir, 'out', 'talk.pdf')
    // Title 1 + pauses 3 (before, after each pause) + incremental 4 (none, then one item each) + steps 3.
    assert.equal(await pageCount(pdf), 11)
    const texts = await Promise.all(Array.from({ length: 11 }, (_, index) => pageText(pdf, index + 1).then(normal)))
    assert.ok(texts[1]!.includes('Shown at once.') && !texts[1]!.includes('After the first pause.'), texts[1])
    assert.ok(texts[2]!.includes('After the first pause.') && texts[2]!.includes('With it.') && !texts[2]!.includes('After the second pause.'), texts[2])
    assert.ok(texts[3]!.includes('After the second pause.'), texts[3])
    assert.ok(!texts[4]!.includes('Read the article'), texts[4])
    assert.ok(texts[5]!.includes('Read the article') && !texts[5]!.includes('Pick the points'), texts[5])
    assert.ok(texts[7]!.includes('Build the deck'), texts[7])
  })
})
