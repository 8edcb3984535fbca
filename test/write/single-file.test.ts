import assert from 'node:assert/strict'
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { after, before, describe, it } from 'node:test'
import type { Root } from 'hast'
import { withPage } from '../../src/print/browser.js'
import { testBrowser, type TestBrowser } from '../helpers/browser.js'
import { inlineAssets } from '../../src/html/inline-assets.js'
import { PNG } from 'pngjs'
import { runMain, tempDir } from '../helpers.js'

const deck = `---
title: One file
---

# One file

## Code

\`\`\`js
const answer = 42 // the answer
\`\`\`

## A picture

![A local picture](image.png)

## Math

The area is $\\pi r^2$.
`

let session: TestBrowser
let dir: string
let stderr: string

before(async () => {
  dir = await tempDir('lectern-single-')
  await writeFile(path.join(dir, 'talk.md'), deck)
  const png = new PNG({ width: 12, height: 8 })
  png.data.fill(200)
  await writeFile(path.join(dir, 'image.png'), PNG.sync.write(png))
  const result = await runMain(['build', 'talk.md', '--single-file'], { cwd: dir })
  assert.equal(result.code, 0, result.stderr)
  stderr = result.stderr
  session = await testBrowser()
})

after(async () => {
  await session?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('lectern build --single-file', () => {
  it('should write one HTML file, no assets folder, and say its size', async () => {
    assert.deepEqual(await readdir(path.join(dir, 'dist')), ['talk.html'])
    const { size } = await stat(path.join(dir, 'dist', 'talk.html'))
    const shown = /built dist\/talk\.html \(4 slides, one file of ([\d.]+) (kB|MB)\)/.exec(stderr)
    assert.ok(shown, stderr)
    const reported = Number(shown[1]) * (shown[2] === 'MB' ? 1024 * 1024 : 1024)
    assert.ok(Math.abs(reported - size) / size < 0.06, `reported ${shown[1]} ${shown[2]}, file has ${size} bytes`)
    assert.doesNotMatch(stderr, /warning/)
    const html = await readFile(path.join(dir, 'dist', 'talk.html'), 'utf8')
    assert.doesNotMatch(html, /(?:src|href)="assets\//, 'no link to an assets folder')
  })

  it('should open alone in another folder with every request refused, and render slides, fonts, code, math and pictures', async () => {
    const alone = path.join(dir, 'elsewhere', 'deep')
    await mkdir(alone, { recursive: true })
    const file = path.join(alone, 'copy.html')
    await copyFile(path.join(dir, 'dist', 'talk.html'), file)
    const url = pathToFileURL(file).href
    const requested: string[] = []
    const result = await withPage(session.browser, async (page) => {
      await page.setRequestInterception(true)
      page.on('request', (request) => {
        const target = request.url()
        if (target === url || target.startsWith('data:')) void request.continue()
        else {
          requested.push(target)
          void request.abort()
        }
      })
      await page.setViewport({ width: 1280, height: 720 })
      await page.goto(url, { waitUntil: 'load' })
      await page.waitForFunction(() => (globalThis as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true, { timeout: 20_000 })
      return page.evaluate(async () => {
        const reveal = (globalThis as unknown as { Reveal: { getTotalSlides(): number; slide(h: number): void } }).Reveal
        const fonts: Record<string, string[]> = {}
        for (const family of ['Inter', 'JetBrains Mono', 'KaTeX_Main']) {
          fonts[family] = (await document.fonts.load(`16px "${family}"`, 'a2π')).map((face) => face.status)
        }
        const image = document.querySelector<HTMLImageElement>('.slides img')!
        await image.decode().catch(() => undefined)
        const keyword = document.querySelector('.hljs-keyword')
        const code = document.querySelector('pre code')
        reveal.slide(3)
        return {
          slides: reveal.getTotalSlides(),
          fonts,
          image: image.naturalWidth,
          imageSource: image.src.slice(0, 22),
          keyword: keyword ? getComputedStyle(keyword).color : '',
          code: code ? getComputedStyle(code).color : '',
          math: document.querySelectorAll('.katex').length,
          styles: document.styleSheets.length
        }
      })
    })
    assert.deepEqual(requested, [], 'no request left the page')
    assert.equal(result.slides, 4)
    for (const [family, statuses] of Object.entries(result.fonts)) {
      assert.ok(statuses.length > 0 && statuses.every((status) => status === 'loaded'), `${family} loaded: ${statuses.join(', ')}`)
    }
    assert.equal(result.image, 12, 'the picture decoded')
    assert.equal(result.imageSource, 'data:image/png;base64,')
    assert.notEqual(result.keyword, result.code, 'code is highlighted')
    assert.equal(result.math, 1)
  })
})

describe('inlineAssets', () => {
  it('should leave URLs that are not files beside the deck, and list files it does not have', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'div',
          properties: {},
          children: [
            { type: 'element', tagName: 'img', properties: { src: 'https://example.com/a.png' }, children: [] },
            { type: 'element', tagName: 'img', properties: { src: 'assets/media/b.png' }, children: [] },
            { type: 'element', tagName: 'img', properties: { src: 'assets/media/c.png' }, children: [] },
            { type: 'element', tagName: 'section', properties: { dataBackgroundImage: 'assets/media/b.png' }, children: [] }
          ]
        }
      ]
    }
    const { tree: inlined, missing } = inlineAssets(tree, new Map([['assets/media/b.png', { data: Buffer.from('png') }]]))
    const images = (inlined.children[0] as { children: Array<{ properties: Record<string, unknown> }> }).children
    assert.equal(images[0]!.properties.src, 'https://example.com/a.png')
    assert.equal(images[1]!.properties.src, `data:image/png;base64,${Buffer.from('png').toString('base64')}`)
    assert.equal(images[2]!.properties.src, 'assets/media/c.png')
    assert.equal(images[3]!.properties.dataBackgroundImage, images[1]!.properties.src)
    assert.deepEqual(missing, ['assets/media/c.png'])
    assert.equal((tree.children[0] as { children: Array<{ properties: Record<string, unknown> }> }).children[1]!.properties.src, 'assets/media/b.png', 'the tree given is not changed')
  })
})
