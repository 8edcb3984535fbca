/**
 * Built decks in real Chromium: Reveal initialises with the expected number
 * of slides, the notes plugin is there, and no request leaves the machine.
 * Also a static check that no built file refers to a remote script or style.
 */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { withPage } from '../../src/print/browser.js'
import { testBrowser, type TestBrowser } from '../helpers/browser.js'
import { buildDeck } from '../../src/write/build.js'
import { expandInputs } from '../../src/read/inputs.js'
import { AssetWriter } from '../../src/write/write-assets.js'
import { root, tempDir } from '../helpers.js'

describe('built decks in Chromium', () => {
  let session: TestBrowser
  let outDir: string
  const decks: Array<{ name: string; htmlPath: string; slides: number }> = []

  before(async () => {
    outDir = await tempDir('lectern-decks-')
    const assets = new AssetWriter(outDir)
    for (const source of await expandInputs([path.join(root, 'slides')], root)) {
      const built = await buildDeck(source, { outDir, cwd: root, assets })
      decks.push({ name: source.name, htmlPath: built.htmlPath, slides: built.rendered.deck.slideCount })
    }
    session = await testBrowser()
  })
  after(async () => session?.close())

  it('should build every sample deck in slides/', () => {
    assert.ok(decks.length >= 2, 'at least two sample decks')
  })

  it('should initialise Reveal with every slide and the notes plugin, offline', async () => {
    for (const deck of decks) {
      await withPage(session.browser, async (page) => {
        const requests: string[] = []
        const failures: string[] = []
        page.on('request', (request) => requests.push(request.url()))
        page.on('requestfailed', (request) => failures.push(request.url()))
        page.on('pageerror', (error) => failures.push(`page error: ${String(error)}`))
        await page.goto(pathToFileURL(deck.htmlPath).href, { waitUntil: 'load' })
        await page.waitForFunction('window.Reveal && Reveal.isReady()', { timeout: 15_000 })
        const state = await page.evaluate(() => {
          const reveal = (window as unknown as { Reveal: { getTotalSlides(): number; hasPlugin(id: string): boolean } }).Reveal
          return { total: reveal.getTotalSlides(), notes: reveal.hasPlugin('notes'), sections: document.querySelectorAll('.slides section:not(.stack)').length }
        })
        assert.equal(state.total, deck.slides, `${deck.name}: Reveal counts the slides Lectern made`)
        assert.ok(state.notes, `${deck.name}: notes plugin registered`)
        const remote = requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))
        assert.deepEqual(remote, [], `${deck.name}: no request left the machine`)
        assert.deepEqual(failures, [], `${deck.name}: every local file loaded`)
      })
    }
  })

  it('should open the speaker view with notes from a deck opened from disk', async () => {
    const deck = decks.find((entry) => entry.name === 'open-source-ai')!
    await withPage(session.browser, async (page) => {
      await page.goto(pathToFileURL(deck.htmlPath).href + '#/1')
      await page.waitForFunction('window.Reveal && Reveal.isReady()', { timeout: 15_000 })
      const popup = new Promise<import('puppeteer-core').Page>((resolve) => page.once('popup', (opened) => resolve(opened!)))
      await page.keyboard.press('s')
      const speaker = await popup
      try {
        // The notes of the second slide, and the current and upcoming slides in frames.
        await speaker.waitForFunction(() => document.body.textContent?.includes('show of hands'), { timeout: 15_000 })
        assert.ok((await speaker.$$('iframe')).length >= 2, 'current and upcoming slide previews')
      } finally {
        await speaker.close()
      }
    })
  })

  it('should refer to no remote URL in any script, link or @import', async () => {
    const files = await listFiles(outDir)
    const offenders: string[] = []
    for (const file of files.filter((name) => /\.(html|css)$/.test(name))) {
      const text = await readFile(file, 'utf8')
      const patterns = [/<script[^>]+src=["']?(?:https?:)?\/\//i, /<link[^>]+href=["']?(?:https?:)?\/\//i, /@import\s+(?:url\()?["']?(?:https?:)?\/\//i, /url\(["']?https?:\/\//i]
      for (const pattern of patterns) if (pattern.test(text)) offenders.push(`${path.relative(outDir, file)} matches ${pattern}`)
    }
    assert.deepEqual(offenders, [])
  })
})

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
}
