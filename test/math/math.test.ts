/**
 * TeX math rendered at build time with KaTeX: offline (its stylesheet and
 * fonts copied beside the deck, only when the deck has math), in the slide
 * PDF and the handout as on screen (real Chromium), formulas kept on the
 * bullets article mode writes, money left as text, and a bad formula a
 * warning with its line, shown as source.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { VFile } from 'vfile'
import { renderDeck } from '../../src/index.js'
import { pageCount, pageText } from '../helpers/poppler.js'
import { runMain, tempDir } from '../helpers.js'

const talk = `# Math on slides

## Energy

Einstein wrote $E = mc^2$ on one line.

## Sums

$$
\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}
$$

## Broken

This one is broken: $\\frac{1}{$ here.
`

describe('math', () => {
  it('should print formulas in the slide PDF and the handout, one page per slide, with KaTeX fonts beside the deck', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), talk)
    const result = await runMain(['build', 'talk.md', '--pdf', '--handout', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /built out\/talk\.html \(4 slides\)/)
    // The bad formula: a warning with its line and column, no stack, and the build goes on.
    assert.match(result.stderr, /15:21-15:32 +warning +Cannot render math `\\frac\{1\}\{`: .*; shown as source +math +lectern/)
    assert.doesNotMatch(result.stderr, /^\s+at /m)

    const pdf = path.join(dir, 'out', 'talk.pdf')
    assert.equal(await pageCount(pdf), 4, 'pages = slides')
    const energy = (await pageText(pdf, 2)).replace(/\s+/g, ' ')
    // KaTeX's glyphs: E = mc and the superscript 2 (set apart by the PDF's text order).
    assert.match(energy, /Einstein wrote E = mc ?2?/)
    assert.match(energy, /2/)
    const sums = (await pageText(pdf, 3)).replace(/\s+/g, ' ')
    for (const glyph of ['∑', 'k=1', 'n(n + 1)']) assert.ok(sums.includes(glyph), `“${glyph}” on the Sums page: ${sums}`)
    assert.match((await pageText(pdf, 4)).replace(/\s+/g, ' '), /\$\\frac\{1\}\{\$/, 'the bad formula as its source')
    const handout = (await pageText(path.join(dir, 'out', 'talk-handout.pdf'))).replace(/\s+/g, ' ')
    assert.ok(handout.includes('∑'), 'the formula in the handout')

    const html = await readFile(path.join(dir, 'out', 'talk.html'), 'utf8')
    assert.match(html, /<link rel="stylesheet" href="assets\/katex\/katex\.min\.css">/)
    assert.doesNotMatch(html, /<script[^>]*katex|cdn\.jsdelivr/i, 'no script and no CDN')
    const fonts = await readdir(path.join(dir, 'out', 'assets', 'katex', 'fonts'))
    assert.ok(fonts.includes('KaTeX_Main-Regular.woff2') && fonts.includes('KaTeX_Math-Italic.woff2'), fonts.join(', '))
    // Every font the stylesheet names first (WOFF2) is there.
    const css = await readFile(path.join(dir, 'out', 'assets', 'katex', 'katex.min.css'), 'utf8')
    for (const [, font] of css.matchAll(/url\(fonts\/([\w-]+\.woff2)\)/g)) assert.ok(fonts.includes(font!), `${font} copied`)
  })

  it('should copy no KaTeX files and load no KaTeX stylesheet for a deck without math', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'plain.md'), '# Plain\n\n## Money\n\nIt costs $20,000 and $30,000 a year.\n')
    const result = await runMain(['build', 'plain.md', '-o', 'out'], { cwd: dir })
    assert.equal(result.code, 0, result.stderr)
    assert.ok(!existsSync(path.join(dir, 'out', 'assets', 'katex')), 'no KaTeX assets')
    const html = await readFile(path.join(dir, 'out', 'plain.html'), 'utf8')
    assert.doesNotMatch(html, /katex/)
    assert.match(html, /It costs \$20,000 and \$30,000 a year\./)
  })

  it('should keep a formula on the bullet article mode writes from its sentence', async () => {
    const article = `---
title: Energy and mass
condense: true
---

## The famous equation

Einstein showed that energy and mass are the same thing, written $E = mc^2$ in one short line. The speed of light $c$ is very large, so a little mass holds a lot of energy. Physicists test this every day in particle accelerators around the world.
`
    const { html } = await renderDeck(new VFile({ path: 'article.md', value: article }))
    const face = html.slice(html.indexOf('<h2>The famous equation'), html.indexOf('<aside class="notes"'))
    assert.match(face, /<li>.*aria-label="E = mc\^2".*<\/li>/s, 'the formula rendered on the bullet')
    assert.doesNotMatch(face, /mc\^2 in one/, 'no TeX source as text on the face')
  })
  it('should render only clearly-TeX $…$ in a plain-text article, and leave prices and variables as text', async () => {
    const article = `Energy and Mass

Einstein showed that energy and mass are one thing, written $E = mc^2$ in a short line. The ratio $\\frac{a}{b}$ matters, and $x_i$ is an index.

A ticket costs $20 and a book $30, and $HOME and $PATH are shell variables; $USD$ is a label.
`
    const { html } = await renderDeck(new VFile({ path: 'article.txt', value: article }))
    for (const formula of ['E = mc^2', '\\frac{a}{b}', 'x_i']) assert.ok(html.includes(`aria-label="${formula}"`), `${formula} rendered`)
    assert.match(html, /costs \$20 and a book \$30, and \$HOME and \$PATH are shell variables; \$USD\$ is a label/)
    assert.doesNotMatch(html, /aria-label="(?:20|HOME|USD)/)
  })

  it('should count a display formula by the height KaTeX lays it out at, so four tall sums are split at build time', async () => {
    const sums = ['\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}', '\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}', '\\sum_{k=1}^{n} k^3 = \\left(\\frac{n(n+1)}{2}\\right)^2', '\\prod_{k=1}^{n} k = n!']
    const file = new VFile({ path: 'sums.md', value: `# Sums\n\n## Four sums\n\n${sums.map((sum) => `$$\n${sum}\n$$`).join('\n\n')}\n` })
    const { deck } = await renderDeck(file)
    // Counted as two lines each they seemed to fit, and the browser had to shrink the slide; at their height they take two slides.
    assert.equal(deck.slideCount, 3)
    assert.ok(file.messages.some((message) => message.ruleId === 'slide-split'), file.messages.join('\n'))
  })
})

it('an underscore escaped for Markdown inside $…$ is a subscript, as the writer\'s page showed it; in \\text it stays an underscore', async () => {
  // Andrew Tyre, "What about that 1970's ice age?" (2016, MIT): "$SO\_2$" had printed as "SO_2" in italics.
  const { texSource } = await import('../../src/math/rehype-math.js')
  assert.equal(texSource('SO\\_2'), 'SO_2')
  assert.equal(texSource('\\text{file\\_name}'), '\\text{file\\_name}')
})
