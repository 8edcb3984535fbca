/**
 * Mermaid diagrams drawn at build time in real Chromium: inline SVG in the
 * deck and in the slide PDF (one page per slide), no script and no CDN,
 * drawn once and then read from the cache (a rebuild needs no browser), a
 * syntax error a one-line warning at its source line, and without a browser
 * the diagram kept as code with one line saying how to draw it.
 */
import assert from 'node:assert/strict'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, it } from 'node:test'
import { pageCount, pageText } from '../helpers/poppler.js'
import { runMain, tempDir } from '../helpers.js'

const talk = `# Diagrams

## Flow

\`\`\`mermaid
graph LR
  A[Write the article] --> B{Good?}
  B -->|yes| C[Build the deck]
  B -->|no| A
\`\`\`

## Sequence

\`\`\`mermaid
sequenceDiagram
  Speaker->>Audience: Opening question
  Audience-->>Speaker: Answers
\`\`\`

## Broken

\`\`\`mermaid
graph TD
  A --> B
  B -> -> C
\`\`\`
`

describe('mermaid', () => {
  it('should draw diagrams into the deck and the slide PDF, then rebuild from the cache without a browser', async () => {
    const dir = await tempDir()
    const cache = path.join(dir, 'cache')
    await writeFile(path.join(dir, 'talk.md'), talk)
    const env = { LECTERN_CACHE_DIR: cache, NO_COLOR: '1' }
    const result = await runMain(['build', 'talk.md', '--pdf', '-o', 'out'], { cwd: dir, env })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /built out\/talk\.html \(4 slides\)/)
    // The broken diagram: one line at the line Mermaid names (the fence is line 22, its third line 25), no stack, no colour.
    assert.match(result.stderr, /\n25:1 +warning +Cannot draw Mermaid diagram: Expecting .*got 'MINUS'; shown as code +mermaid +lectern\n/)
    assert.doesNotMatch(result.stderr, /^\s+at |\[cause\]|\u001b\[/m)

    const pdf = path.join(dir, 'out', 'talk.pdf')
    assert.equal(await pageCount(pdf), 4, 'pages = slides')
    const flow = (await pageText(pdf, 2)).replace(/\s+/g, ' ')
    for (const label of ['Write the article', 'Good?', 'Build the deck', 'yes']) assert.ok(flow.includes(label), `“${label}” drawn on the Flow page: ${flow}`)
    assert.doesNotMatch(flow, /graph LR|-->/, 'the diagram, not its source')
    const sequence = (await pageText(pdf, 3)).replace(/\s+/g, ' ')
    for (const label of ['Speaker', 'Audience', 'Opening question']) assert.ok(sequence.includes(label), `“${label}” on the Sequence page: ${sequence}`)
    assert.match((await pageText(pdf, 4)).replace(/\s+/g, ' '), /B -> -> C/, 'the broken diagram as its source')

    const html = await readFile(path.join(dir, 'out', 'talk.html'), 'utf8')
    assert.equal(html.match(/<figure class="mermaid-diagram"><svg /g)?.length, 2)
    assert.doesNotMatch(html, /mermaid(?:\.min)?\.js|cdn\.jsdelivr|<script[^>]*mermaid|\son[a-z]+=/i, 'no Mermaid script, no CDN, no event handler')
    assert.equal((await readdir(path.join(cache, 'mermaid'))).length, 3, 'each diagram cached, the broken one too')

    // A rebuild draws nothing: with no usable browser at all it still has both diagrams.
    const again = await runMain(['build', 'talk.md', '-o', 'again', '--browser', path.join(dir, 'no-such-browser')], { cwd: dir, env })
    assert.equal(again.code, 0, again.stderr)
    assert.doesNotMatch(again.stderr, /Kept .* as code/)
    const rebuilt = await readFile(path.join(dir, 'again', 'talk.html'), 'utf8')
    assert.equal(rebuilt.match(/<figure class="mermaid-diagram"><svg /g)?.length, 2)
  })

  it('should keep diagrams as code and say in one line how to draw them when there is no browser', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'talk.md'), talk)
    const result = await runMain(['build', 'talk.md', '-o', 'out', '--browser', path.join(dir, 'no-such-browser')], {
      cwd: dir,
      env: { LECTERN_CACHE_DIR: path.join(dir, 'empty-cache'), NO_COLOR: '1' }
    })
    assert.equal(result.code, 0, result.stderr)
    const lines = result.stderr.split('\n').filter((line) => /mermaid/i.test(line))
    assert.equal(lines.length, 1, result.stderr)
    assert.match(lines[0]!, /^5:1-10:4 +warning +Kept 3 Mermaid diagrams as code: .*no such file; build where Chromium is installed \(or give --browser PATH, or add --install-browser\) to draw them +mermaid-not-drawn/)
    const html = await readFile(path.join(dir, 'out', 'talk.html'), 'utf8')
    assert.equal(html.match(/<code class="language-mermaid">/g)?.length, 3)
    assert.doesNotMatch(html, /<svg /)
  })
})
