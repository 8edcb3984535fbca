/**
 * How `lectern.css` draws the layouts, checked in Chromium on the gallery's
 * sample deck (one slide per layout) in left-aligned Lectern themes and
 * centred reveal.js themes: the section divider large with its part number,
 * the title slide's kicker in the theme's accent, a code listing and a pull
 * quote placed by the theme's alignment; and no divider, however long its
 * title, cut off in any shipped theme.
 */
import assert from 'node:assert/strict'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'puppeteer-core'
import { withPage } from '../../src/print/browser.js'
import { testBrowser, type TestBrowser } from '../helpers/browser.js'
import { measureSlides, type SlideLayout } from '../../src/print/pdf.js'
import { openPrintView } from '../../src/print/print-view.js'
import { gallerySampleImage, gallerySampleMarkdown, gallerySampleSlides, gallerySampleSvg } from '../../src/theme/gallery-sample.js'
import { listThemes } from '../../src/theme/theme-resolve.js'
import { buildDeck } from '../../src/write/build.js'
import { AssetWriter } from '../../src/write/write-assets.js'
import { tempDir } from '../helpers.js'

/** Left-aligned (Lectern's) and centred (reveal.js's) themes. */
const leftThemes = ['lectern', 'lectern-night', 'lectern-paper'] as const
const centredThemes = ['black', 'serif', 'league'] as const

const slideIndex = (name: string): number => {
  const index = gallerySampleSlides.indexOf(name)
  assert.ok(index >= 0, name)
  return index
}

interface Box {
  left: number
  right: number
  top: number
}

/** What the tests read off one slide of a deck on screen. */
interface SlideFacts {
  slide: Box
  heading: Box & { size: number }
  block?: Box | undefined
  before: string
  kicker?: { color: string; accent: string } | undefined
}

/** In the page: show slide `index` and read its heading, one block (by selector) and the section's `::before`. */
async function factsOf(page: Page, index: number, selector: string): Promise<SlideFacts> {
  return page.evaluate(
    async (index, selector) => {
      const reveal = (globalThis as unknown as { Reveal: { slide(h: number): void; getCurrentSlide(): HTMLElement } }).Reveal
      reveal.slide(index)
      await document.fonts.ready
      const section = reveal.getCurrentSlide()
      const box = (element: Element): Box => {
        const rect = element.getBoundingClientRect()
        return { left: rect.left, right: rect.right, top: rect.top }
      }
      const heading = section.querySelector('h1, h2')!
      const style = getComputedStyle(heading)
      const block = selector ? section.querySelector(selector) : null
      const kicker = section.querySelector('.kicker')
      let kickerFacts: SlideFacts['kicker']
      if (kicker) {
        const probe = document.createElement('span')
        probe.style.color = 'var(--lectern-accent)'
        section.append(probe)
        kickerFacts = { color: getComputedStyle(kicker).color, accent: getComputedStyle(probe).color }
        probe.remove()
      }
      return {
        slide: box(section),
        heading: { ...box(heading), size: parseFloat(style.fontSize) * Number(style.zoom || 1) },
        block: block ? box(block) : undefined,
        before: getComputedStyle(section, '::before').content,
        kicker: kickerFacts
      }
    },
    index,
    selector
  )
}

let dir = ''
let session: TestBrowser | undefined
const decks = new Map<string, string>()

describe('layout styles in Chromium', () => {
  before(async () => {
    dir = await tempDir('lectern-layout-styles-')
    await writeFile(path.join(dir, 'sample.md'), gallerySampleMarkdown)
    await writeFile(path.join(dir, gallerySampleImage), gallerySampleSvg())
    const outDir = path.join(dir, 'out')
    const assets = new AssetWriter(outDir)
    for (const theme of [...leftThemes, ...centredThemes]) {
      const built = await buildDeck({ path: 'sample.md', name: theme }, { outDir, cwd: dir, assets, overrides: { theme, kicker: 'Sample' } })
      decks.set(theme, built.htmlPath)
    }
    session = await testBrowser()
  })

  after(async () => {
    await session?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** The slides the tests read, with the block read on each: every one read in one page load per theme. */
  const read = (): Array<[index: number, selector: string]> => [
    [0, ''],
    [slideIndex('Section'), ''],
    [slideIndex('Bullets'), ''],
    [slideIndex('Code'), 'pre'],
    [slideIndex('Quote'), 'blockquote']
  ]
  /** Facts by theme, by `index selector`: each theme's deck opened once at 1280×720, on the first call. */
  let facts: Promise<Map<string, Map<string, SlideFacts>>> | undefined

  /** Facts of one slide in every theme. */
  async function eachTheme(index: number, selector: string): Promise<Map<string, SlideFacts>> {
    facts ??= withPage(session!.browser, async (page) => {
      const byTheme = new Map<string, Map<string, SlideFacts>>()
      await page.setViewport({ width: 1280, height: 720 })
      for (const [theme, htmlPath] of decks) {
        await page.goto(`file://${htmlPath}`, { waitUntil: 'load' })
        await page.waitForFunction(() => (globalThis as unknown as { Reveal?: { isReady?(): boolean } }).Reveal?.isReady?.() === true)
        const slides = new Map<string, SlideFacts>()
        for (const [at, blockSelector] of read()) slides.set(`${at} ${blockSelector}`, await factsOf(page, at, blockSelector))
        byTheme.set(theme, slides)
      }
      return byTheme
    })
    const found = new Map<string, SlideFacts>()
    for (const [theme, slides] of await facts) {
      const slide = slides.get(`${index} ${selector}`)
      assert.ok(slide, `slide ${index} (${selector || 'heading'}) is read`)
      found.set(theme, slide)
    }
    return found
  }

  it('should draw a section divider about twice a content title, under its part number from the agenda', async () => {
    const dividers = await eachTheme(slideIndex('Section'), '')
    const content = await eachTheme(slideIndex('Bullets'), '')
    for (const [theme, divider] of dividers) {
      const ratio = divider.heading.size / content.get(theme)!.heading.size
      assert.ok(ratio >= 1.85, `${theme}: divider title ${divider.heading.size.toFixed(1)}px is ${ratio.toFixed(2)}× a content title`)
      // “What a theme decides” is the first entry of the numbered agenda.
      assert.equal(divider.before, '"1"', theme)
    }
  })

  it('should colour the title slide’s kicker with the theme’s accent', async () => {
    const titles = await eachTheme(0, '')
    for (const theme of leftThemes) {
      const { kicker } = titles.get(theme)!
      assert.ok(kicker, theme)
      assert.equal(kicker.color, kicker.accent, `${theme}: kicker ${kicker.color}, accent ${kicker.accent}`)
    }
  })

  for (const [layout, selector] of [
    ['Code', 'pre'],
    ['Quote', 'blockquote']
  ] as const) {
    it(`should set the ${layout.toLowerCase()} layout’s ${selector} under the title in a left-aligned theme and centred in a centred one`, async () => {
      const facts = await eachTheme(slideIndex(layout), selector)
      for (const theme of leftThemes) {
        const { heading, block } = facts.get(theme)!
        assert.ok(block, theme)
        assert.ok(Math.abs(block.left - heading.left) <= 2, `${theme}: ${selector} starts at ${block.left.toFixed(0)}px, the title at ${heading.left.toFixed(0)}px`)
      }
      for (const theme of centredThemes) {
        const { slide, block } = facts.get(theme)!
        assert.ok(block, theme)
        const [left, right] = [block.left - slide.left, slide.right - block.right]
        assert.ok(Math.abs(left - right) <= 2, `${theme}: ${selector} ${left.toFixed(0)}px from the left edge, ${right.toFixed(0)}px from the right`)
        assert.ok(left >= 0.02 * (slide.right - slide.left), `${theme}: ${selector} ${left.toFixed(0)}px from the edge`)
      }
    })
  }

  it('should cut off no section divider, however long its title, in any shipped theme', async () => {
    const words = 'How a small team rebuilt its release process without stopping shipping for a single week'
    const source = [
      '# Dividers',
      '',
      '## Agenda <!-- .slide: data-layout="agenda" -->',
      '',
      '1. Short part',
      `2. ${words}`,
      '',
      '## Short part <!-- .slide: data-layout="section" -->',
      '',
      `## ${words} <!-- .slide: data-layout="section" -->`,
      '',
      `# A top-level part that has a rather long title as well <!-- .slide: data-layout="section" -->`,
      ''
    ].join('\n')
    await writeFile(path.join(dir, 'dividers.md'), source)
    const shipped = (await listThemes({ projectDir: dir })).filter((theme) => theme.source !== 'project')
    assert.ok(shipped.length >= 17)
    const report: string[] = []
    const outDir = path.join(dir, 'dividers')
    const assets = new AssetWriter(outDir)
    await withPage(session!.browser, async (page) => {
      for (const { name: theme } of shipped) {
        const built = await buildDeck({ path: 'dividers.md', name: theme }, { outDir, cwd: dir, assets, overrides: { theme } })
        await openPrintView(page, { htmlPath: built.htmlPath, timeout: 60_000 })
        const layout: SlideLayout = await page.evaluate(measureSlides)
        assert.equal(layout.slides, 5, theme)
        for (const slide of layout.overflowing) report.push(`${theme}: slide ${slide.index} “${slide.title}” +${slide.overflow}px`)
      }
    })
    assert.deepEqual(report, [])
  })
})
