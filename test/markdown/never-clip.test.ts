/**
 * No slide is ever clipped: every fixture (test/fixtures/markdown,
 * test/fixtures/articles, the real corpus in test/fixtures/real, the text
 * samples and slides/; three articles also with tight article limits) is
 * built in each Lectern theme and in reveal.js's `black`, `moon` and `serif`, and laid out in Chromium's print view, where every slide must
 * fit its canvas. In Lectern's own themes the build must have made every
 * slide fit by itself (the deck's `fit.js` shrinks nothing); in reveal's
 * themes, whose box model Lectern does not know as well, what the browser
 * had to shrink is reported.
 *
 * One browser serves the file; each theme's decks are laid out on a few
 * pages at once while the next theme's decks are built.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'puppeteer-core'
import { layoutNames } from '../../src/article/layout-names.js'
import { launchBrowser, withPage, type BrowserSession } from '../../src/print/browser.js'
import { buildDeck, type BuiltDeck } from '../../src/write/build.js'
import { measureSlides, type SlideLayout } from '../../src/print/pdf.js'
import { openPrintView } from '../../src/print/print-view.js'
import { gallerySampleImage, gallerySampleMarkdown, gallerySampleSvg } from '../../src/theme/gallery.js'
import { listThemes } from '../../src/theme/theme-resolve.js'
import { AssetWriter } from '../../src/write/write-assets.js'
import { fixtures, root, tempDir } from '../helpers.js'

const lecternThemes = ['lectern', 'lectern-night', 'lectern-paper'] as const
const themes = [...lecternThemes, 'black', 'moon', 'serif'] as const
/** Pages laid out at once in the one browser. */
const pagesAtOnce = 2

/** Every fixture deck, as a path relative to the repository root. */
async function sources(): Promise<string[]> {
  const found: string[] = []
  const folder = (...parts: string[]) => path.join(fixtures, ...parts)
  for (const name of (await readdir(folder('markdown'))).sort()) {
    if (existsSync(folder('markdown', name, 'input.md'))) found.push(path.join('test', 'fixtures', 'markdown', name, 'input.md'))
  }
  for (const name of (await readdir(folder('articles'))).sort()) {
    if (/\.(?:md|txt)$/.test(name)) found.push(path.join('test', 'fixtures', 'articles', name))
  }
  for (const name of (await readdir(folder('real'))).sort()) {
    const manifest = folder('real', name, 'source.json')
    if (!existsSync(manifest)) continue
    const { form } = JSON.parse(await readFile(manifest, 'utf8')) as { form: string }
    found.push(path.join('test', 'fixtures', 'real', name, form === 'markdown' ? 'article.md' : 'article.txt'))
  }
  for (const name of (await readdir(path.join(root, 'slides'))).sort()) {
    if (/\.(?:md|txt)$/.test(name)) found.push(path.join('slides', name))
  }
  // The shared samples of copied web text (copies of /work/shared/examples).
  for (const sample of ['sample-community-gardens', 'sample-library-press-release']) found.push(path.join('test', 'fixtures', 'text', sample, 'input.txt'))
  return found
}

/** Article fixtures also built in `lectern` with tighter article limits (4 bullets of about 10 words). */
const tightFixtures = ['tree-canopy-report', 'hackathon-checklist', 'canal-long-sentences']
const tightLimits = { maxBullets: 4, maxWords: 10 }

interface Laid {
  source: string
  theme: string
  deck: BuiltDeck
  layout: SlideLayout
}

/**
 * A queue of built decks that pages of the browser lay out as soon as they
 * are built, while the next ones are being built.
 */
function layoutQueue(browser: Browser, done: (deck: Built, layout: SlideLayout) => void) {
  const waiting: Built[] = []
  const idle: Array<() => void> = []
  let closed = false
  const next = async (): Promise<Built | undefined> => {
    while (waiting.length === 0 && !closed) await new Promise<void>((resolve) => idle.push(resolve))
    return waiting.shift()
  }
  const workers = Array.from({ length: pagesAtOnce }, () =>
    withPage(browser, async (page) => {
      for (let deck = await next(); deck; deck = await next()) {
        await openPrintView(page, { htmlPath: deck.deck.htmlPath, timeout: 60_000 })
        done(deck, await page.evaluate(measureSlides))
      }
    })
  )
  return {
    push(deck: Built): void {
      waiting.push(deck)
      idle.shift()?.()
    },
    async close(): Promise<void> {
      closed = true
      for (const resolve of idle.splice(0)) resolve()
      await Promise.all(workers)
    }
  }
}

interface Built {
  source: string
  theme: string
  deck: BuiltDeck
}

const laid: Laid[] = []
let session: BrowserSession | undefined
let outRoot = ''
let sourceCount = 0

describe('never clip', () => {
  before(async () => {
    const all = await sources()
    sourceCount = all.length
    outRoot = await tempDir('lectern-never-clip-')
    session = await launchBrowser()
    const queue = layoutQueue(session.browser, (built, layout) => laid.push({ ...built, layout }))
    try {
      for (const theme of themes) {
        const outDir = path.join(outRoot, theme)
        const assets = new AssetWriter(outDir)
        const jobs = all.map((source) => ({ source, label: source, limits: {} }))
        if (theme === 'lectern') {
          for (const source of all.filter((candidate) => tightFixtures.includes(path.basename(candidate).replace(/\.(?:md|txt)$/, '')))) {
            jobs.push({ source, label: `${source} (tight)`, limits: tightLimits })
          }
        }
        for (const job of jobs) {
          const name = job.label.replace(/[^\w-]+/g, '_')
          const deck = await buildDeck({ path: job.source, name }, { outDir, cwd: root, assets, overrides: { theme, ...job.limits } })
          queue.push({ source: job.label, theme, deck })
          // Let the pages take it before the next build holds the thread.
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
    } finally {
      await queue.close()
    }
  })

  after(async () => {
    await session?.close()
    if (outRoot) await rm(outRoot, { recursive: true, force: true })
  })

  it('should build every fixture in every theme', (t) => {
    assert.ok(sourceCount >= 50, `at least 50 fixture decks, found ${sourceCount}`)
    assert.equal(laid.length, sourceCount * themes.length + tightFixtures.length)
    for (const theme of themes) {
      const entries = laid.filter((entry) => entry.theme === theme)
      const messages = entries.flatMap((entry) => entry.deck.rendered.file.messages)
      const count = (rule: string) => messages.filter((message) => message.ruleId === rule).length
      const fitted = entries.reduce((sum, entry) => sum + entry.layout.fitted.length, 0)
      t.diagnostic(
        `${theme}: ${entries.reduce((sum, entry) => sum + entry.layout.slides, 0)} slides; at build time ${count('slide-split')} split, ` +
          `${count('slide-shrunk')} shrunk, ${count('slide-overflow')} too tall at the floor; ${fitted} shrunk in the browser`
      )
    }
  })

  for (const theme of themes) {
    it(`should print every slide of every fixture whole in ${theme}`, () => {
      const report: string[] = []
      for (const entry of laid.filter((candidate) => candidate.theme === theme)) {
        assert.equal(entry.layout.slides, entry.deck.rendered.deck.slideCount, `${entry.source}: slide count`)
        for (const slide of entry.layout.overflowing) {
          report.push(`${entry.source}: slide ${slide.index} “${slide.title}” +${slide.overflow}px${slide.overflowX ? ` / +${slide.overflowX}px wide` : ''}`)
        }
      }
      assert.deepEqual(report, [], `slides cut off in ${theme}`)
    })
  }

  for (const theme of lecternThemes) {
    it(`should make every slide fit at build time in ${theme}, with nothing left for the browser to shrink`, () => {
      const report = laid
        .filter((entry) => entry.theme === theme)
        .flatMap((entry) => entry.layout.fitted.map((slide) => `${entry.source}: slide ${slide.index} “${slide.title}” shrunk to ${Math.round(slide.scale * 100)}% in the browser`))
      assert.deepEqual(report, [], `slides the build thought would fit, in ${theme}`)
    })
  }
})

/**
 * Every layout in every shipped theme: the gallery's sample deck (one slide
 * per layout, set by hand) laid out in Chromium's print view in Lectern's
 * three themes and reveal.js's fourteen. No slide may be cut off, and in
 * Lectern's themes the build must have made each fit by itself.
 */
describe('every layout in every shipped theme', () => {
  const results: Array<{ theme: string; source: string; layouts: string[]; layout: SlideLayout }> = []
  let layoutSession: BrowserSession | undefined
  let layoutRoot = ''

  before(async () => {
    layoutRoot = await tempDir('lectern-layouts-')
    await writeFile(path.join(layoutRoot, 'sample.md'), gallerySampleMarkdown)
    await writeFile(path.join(layoutRoot, gallerySampleImage), gallerySampleSvg())
    const shipped = (await listThemes({ projectDir: layoutRoot })).filter((theme) => theme.source !== 'project')
    layoutSession = await launchBrowser()
    await withPage(layoutSession.browser, async (page) => {
      for (const { name: theme, source } of shipped) {
        const outDir = path.join(layoutRoot, 'out')
        const deck = await buildDeck({ path: 'sample.md', name: theme }, { outDir, cwd: layoutRoot, overrides: { theme } })
        await openPrintView(page, { htmlPath: deck.htmlPath, timeout: 60_000 })
        const layouts = await page.evaluate(() => Array.from(document.querySelectorAll('.reveal .slides .pdf-page > section')).map((section) => section.getAttribute('data-layout') ?? ''))
        results.push({ theme, source, layouts, layout: await page.evaluate(measureSlides) })
      }
    })
  })

  after(async () => {
    await layoutSession?.close()
    if (layoutRoot) await rm(layoutRoot, { recursive: true, force: true })
  })

  it('should lay out all eleven layouts in the three Lectern themes and the fourteen reveal.js themes', () => {
    assert.equal(results.filter((entry) => entry.source === 'lectern').length, 3)
    assert.equal(results.filter((entry) => entry.source === 'reveal').length, 14)
    for (const entry of results) assert.deepEqual([...new Set(entry.layouts)].sort(), [...layoutNames].sort(), entry.theme)
  })

  it('should cut no layout off in any shipped theme', () => {
    const report = results.flatMap((entry) => entry.layout.overflowing.map((slide) => `${entry.theme}: slide ${slide.index} “${slide.title}” (${entry.layouts[slide.index - 1]}) +${slide.overflow}px`))
    assert.deepEqual(report, [])
  })

  it('should fit every layout at build time in the Lectern themes', () => {
    const report = results
      .filter((entry) => entry.source === 'lectern')
      .flatMap((entry) => entry.layout.fitted.map((slide) => `${entry.theme}: slide ${slide.index} “${slide.title}” shrunk to ${Math.round(slide.scale * 100)}%`))
    assert.deepEqual(report, [])
  })
})
