/**
 * Fit measured, not typed: the slide box model comes from each theme's CSS
 * as Chromium lays it out. The committed measurements of every shipped theme
 * match a fresh measurement (the CI check of `npm run measure-themes`); a
 * custom theme is measured at build time and cached by content; without a
 * browser, a cautious fallback and a warning; `baseFontSize` in any CSS
 * length; and the model's face heights agree with Chromium's.
 */
import { createFaceMeasure } from '../../src/article/face-measure.js'
import { layoutHeight } from '../../src/article/layout-height.js'
import { isLayoutName } from '../../src/article/layout-names.js'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Paragraph, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { faceHeight, titleHeight } from '../../src/article/face-height.js'
import { slideMetrics, type SlideMetrics } from '../../src/article/slide-metrics.js'
import { changesLayout, fallbackMeasurements, measuredThemes, shippedMeasurements, shippedThemeNames } from '../../src/article/theme-measurements.js'
import { withPage } from '../../src/print/browser.js'
import { buildDeck } from '../../src/write/build.js'
import { checkLayout } from '../../src/print/check.js'
import { cssLengthToPx, parseFontSize } from '../../src/theme/css-length.js'
import { createMetricsProvider } from '../../src/theme/deck-metrics.js'
import { createThemeResolver } from '../../src/theme/deck-theme.js'
import { parseDeck, renderDeck } from '../../src/index.js'
import { createThemeMeasurer, defaultMeasurementCache } from '../../src/theme/theme-measurer.js'
import { themeVariablesToCss } from '../../src/theme/theme-variables.js'
import type { Slide } from '../../src/types.js'
import { AssetWriter } from '../../src/write/write-assets.js'
import { fixtures, root, tempDir } from '../helpers.js'
import { layOutDecks } from '../helpers/deck-batch.js'
import { executablePath, needsBrowser, testBrowser, type TestBrowser } from '../helpers/browser.js'
import { compareMeasurements, measureShippedThemes } from '../scripts/measure-themes.js'

const canvas = { width: 1280, height: 720, themeVariables: {} }

/** A long paragraph of plain prose. */
const prose: Paragraph = {
  type: 'paragraph',
  children: [{ type: 'text', value: 'Volunteers planted hundreds of young street trees along the eastern ring road last winter, and most of them survived the dry summer that followed. '.repeat(4) }]
}

describe('CSS lengths', () => {
  it('should read px, pt, pc, in, cm, mm, em, rem and bare numbers', () => {
    assert.equal(cssLengthToPx(36), 36)
    assert.equal(cssLengthToPx('36'), 36)
    assert.equal(cssLengthToPx('36px'), 36)
    assert.equal(cssLengthToPx('27pt'), 36)
    assert.equal(cssLengthToPx('2.25rem'), 36)
    assert.equal(cssLengthToPx('2.25em'), 36)
    assert.equal(cssLengthToPx('0.5in'), 48)
    assert.equal(cssLengthToPx('3pc'), 48)
    assert.equal(cssLengthToPx(' 1.5REM '), 24)
    assert.equal(cssLengthToPx('2em', { em: 20 }), 40)
    assert.ok(Math.abs(cssLengthToPx('2.54cm')! - 96) < 1e-9)
  })

  it('should refuse what is not a length', () => {
    for (const value of ['big', '3vw', '', '1e999px', 'calc(2rem)', null, undefined, {}]) assert.equal(cssLengthToPx(value), undefined, String(value))
    assert.equal(parseFontSize('-3rem'), undefined)
    assert.equal(parseFontSize('0'), undefined)
    assert.equal(parseFontSize('3rem'), 48)
  })

  it('should accept baseFontSize in px, pt, rem and em, and check the size in px', async () => {
    for (const value of [36, '36px', '27pt', '2.25rem', '3em']) {
      const result = await themeVariablesToCss({ baseFontSize: value }, { projectDir: root })
      assert.deepEqual(result.errors, [], String(value))
    }
    const tooSmall = await themeVariablesToCss({ baseFontSize: '0.5rem' }, { projectDir: root })
    assert.match(tooSmall.errors[0]?.message ?? '', /between 12px and 120px, found 0\.5rem/)
    const unknown = await themeVariablesToCss({ baseFontSize: '3vw' }, { projectDir: root })
    assert.match(unknown.errors[0]?.message ?? '', /Expected a font size such as 36, 36px, 27pt or 2\.25rem/)
  })
})

describe('slideMetrics', () => {
  it('should use the committed measurements of every shipped theme, Lectern’s and reveal.js’s', () => {
    assert.ok(shippedThemeNames().length >= 17)
    for (const theme of ['lectern', 'lectern-night', 'lectern-paper', 'black', 'moon', 'serif']) {
      const metrics = slideMetrics({ theme, ...canvas })
      assert.equal(metrics.measured, true, theme)
      // serif sets text in the system's Palatino (or what stands in for it): it may be wider on another machine.
      assert.equal(metrics.widthFactor, theme === 'serif' ? 1.04 : 1, theme)
    }
    const lectern = slideMetrics({ theme: 'lectern', ...canvas })
    assert.equal(lectern.contentWidth, 1280 - 2 * 48)
    assert.equal(lectern.model.paragraph.text.size, 36)
    assert.equal(slideMetrics({ theme: 'black', ...canvas }).model.paragraph.text.size, 42)
  })

  it('should fit the measurements to the deck’s canvas', () => {
    const wide = slideMetrics({ theme: 'lectern', width: 1920, height: 1080, themeVariables: {} })
    assert.equal(wide.contentWidth, 1920 - 96)
    // Less the room kept free at the bottom (12px) and every slide's top inset (0.25em of 36px).
    assert.equal(wide.contentHeight, 1080 - 12 - 9)
    assert.ok(Math.abs(wide.model.paragraph.width - 1824) < 0.5)
  })

  it('should tell the theme variables that change layout from those that only colour', () => {
    assert.equal(changesLayout({ themeVariables: { accentColor: '#c00', 'text-color': 'red', footer: 'x', logo: 'a.png', slideNumbers: true, '--lectern-accent': '#c00' } }), false)
    for (const variables of [{ baseFontSize: 40 }, { 'body-font': 'Lato' }, { headingTextTransform: 'uppercase' }, { codeTheme: 'github' }, { '--r-heading1-size': '3em' }]) {
      assert.equal(changesLayout({ themeVariables: variables }), true, JSON.stringify(variables))
    }
    assert.equal(changesLayout({ themeVariables: {}, css: ['extra.css'] }), true)
  })

  it('should fall back to the nearest shipped theme at baseFontSize (px, pt, rem, em), erring large', () => {
    const base = slideMetrics({ theme: 'lectern', ...canvas })
    const at48 = [48, '48px', '36pt', '3rem', '3em', '3REM'].map((size) => slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: { baseFontSize: size } }))
    for (const metrics of at48) {
      assert.equal(metrics.measured, false)
      assert.ok(Math.abs(metrics.model.paragraph.text.size - 48 * 1.1) < 1e-9, `${metrics.model.paragraph.text.size}`)
      assert.ok(faceHeight([prose], metrics) > (faceHeight([prose], base) * 48) / 36, 'a 48px body takes more room than a 36px one, scaled')
    }
    // `base-font-size` is the same variable.
    assert.equal(slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: { 'base-font-size': '3rem' } }).model.paragraph.text.size, 48 * 1.1)
    // A theme that is not shipped: lectern's box model at reveal.js's 42px, and wider text.
    const custom = slideMetrics({ theme: './mine.css', ...canvas })
    assert.equal(custom.measured, false)
    assert.equal(custom.widthFactor, 1.08)
    assert.ok(Math.abs(custom.model.paragraph.text.size - 42 * 1.1) < 1e-9)
    assert.equal(fallbackMeasurements({ theme: 'black', themeVariables: { headingTextTransform: 'none' } }).headings[2].text.upper, false)
  })
})

describe('theme-unmeasured warning', () => {
  const article = `---\ntheme: ./mine.css\n---\n\n# A title\n\n## A section\n\n${toString(prose)}\n\n${toString(prose)}\n`

  it('should warn, with the line of `theme:`, when an article’s theme cannot be measured, and still fit it', async () => {
    const project = await tempDir()
    try {
      await writeFile(path.join(project, 'mine.css'), ':root { --r-main-font-size: 40px; }\n')
      const rendered = await renderDeck(article, { path: path.join(project, 'a.md'), cwd: project, overrides: { condense: true } })
      const warnings = rendered.file.messages.filter((message) => message.ruleId === 'theme-unmeasured')
      assert.equal(warnings.length, 1)
      assert.equal(warnings[0]!.line, 2)
      assert.match(warnings[0]!.reason, /Theme `\.\/mine\.css` is not measured \(no browser to measure it in\)/)

      const failing = await renderDeck(article, {
        path: path.join(project, 'a.md'),
        cwd: project,
        overrides: { condense: true },
        measureTheme: async () => {
          throw new Error('no browser found\nsecond line')
        }
      })
      assert.match(failing.file.messages.find((message) => message.ruleId === 'theme-unmeasured')?.reason ?? '', /measuring it failed: no browser found\)/)
    } finally {
      await rm(project, { recursive: true, force: true })
    }
  })

  it('should measure a shipped theme set in the system’s fonts again when it can, and not warn when it cannot', async () => {
    const article = `---\ntheme: serif\n---\n\n# T\n\n## S\n\n${toString(prose)}\n`
    let asked = 0
    const measured = await renderDeck(article, {
      overrides: { condense: true },
      measureTheme: async (theme) => {
        asked++
        assert.equal(theme.name, 'serif')
        return shippedMeasurements('serif')!
      }
    })
    assert.equal(asked, 1)
    const failed = await renderDeck(article, {
      overrides: { condense: true },
      measureTheme: async () => {
        throw new Error('no browser')
      }
    })
    for (const rendered of [measured, failed]) assert.deepEqual(rendered.file.messages.filter((message) => message.ruleId === 'theme-unmeasured'), [])
  })

  it('should neither measure nor warn for a shipped theme whose variables only colour it, nor for slide-style decks', async () => {
    let asked = 0
    const measureTheme = async (): Promise<never> => {
      asked++
      throw new Error('not expected')
    }
    const coloured = await renderDeck(`---\nthemeVariables:\n  accentColor: "#aa0000"\n---\n\n# T\n\n## S\n\n${toString(prose)}\n`, { overrides: { condense: true }, measureTheme })
    const slides = await renderDeck('---\ntheme: ./nowhere.css\n---\n\n# T\n\n## S\n\n- one\n', { measureTheme }).catch((error: unknown) => error)
    assert.equal(asked, 0)
    assert.deepEqual(coloured.file.messages.map((message) => message.ruleId).filter((id) => id === 'theme-unmeasured'), [])
    // A slide-style deck is not fitted: no measurement (its missing theme is an error of its own).
    assert.ok(slides instanceof Error)
  })
})

describe('measured fit in Chromium', () => {
  let session: TestBrowser | undefined

  before(async () => {
    if (existsSync(executablePath)) session = await testBrowser()
  })

  after(async () => {
    await session?.close()
  })

  it('should match the committed measurements of every shipped theme (`npm run measure-themes` rewrites them)', async (t) => {
    if (!needsBrowser(t) || !session) return
    const fresh = await measureShippedThemes(session.browser)
    const differences = compareMeasurements(measuredThemes(), fresh)
    const shown = differences.slice(0, 12).map((difference) => `${difference.path}: committed ${JSON.stringify(difference.committed)}, measured ${JSON.stringify(difference.measured)}`)
    assert.deepEqual(shown, [], `${differences.length} measurements differ from src/article/measured-themes.json: run \`npm run measure-themes\` and review the diff`)
  })

  it('should measure a theme path at build time, fit the article to it, and cache the measurement by content', async (t) => {
    if (!needsBrowser(t) || !session) return
    const project = await tempDir()
    const cacheDir = await tempDir('lectern-cache-test-')
    try {
      const css = path.join(project, 'big.css')
      await writeFile(css, ':root { --r-main-font-size: 44px; --lectern-slide-inset: 80px; }\n.reveal h2 { font-size: 2.2em; }\n')
      const source = await readFile(path.join(fixtures, 'articles', 'hackathon-checklist.md'), 'utf8')
      await writeFile(path.join(project, 'talk.md'), `---\ntheme: ./big.css\n---\n${source}`)
      let launches = 0
      const measurer = createThemeMeasurer({
        cacheDir,
        browser: async () => {
          launches++
          return session!.browser
        }
      })
      const outDir = path.join(project, 'dist')
      const measured = await buildDeck({ path: 'talk.md', name: 'talk' }, { cwd: project, outDir, measureTheme: measurer })
      assert.equal(launches, 1)
      assert.deepEqual(measured.rendered.file.messages.filter((message) => message.ruleId === 'theme-unmeasured'), [])
      assert.ok(measured.rendered.deck.condensed)
      const [layout] = await checkLayout([measured.htmlPath], { browser: session.browser })
      assert.deepEqual(layout?.overflowing, [])

      // The cache answers a second build; nothing is written into the project or the output.
      const cached = createThemeMeasurer({
        cacheDir,
        browser: async () => {
          throw new Error('the cache should have answered')
        }
      })
      const again = await buildDeck({ path: 'talk.md', name: 'again' }, { cwd: project, outDir, measureTheme: cached })
      assert.deepEqual(again.rendered.file.messages.filter((message) => message.ruleId === 'theme-unmeasured'), [])
      assert.equal(again.rendered.deck.slideCount, measured.rendered.deck.slideCount)
      assert.equal((await readdir(cacheDir)).length, 1)
      assert.deepEqual((await readdir(project)).sort(), ['big.css', 'dist', 'talk.md'])

      // Another stylesheet is another theme.
      await writeFile(css, ':root { --r-main-font-size: 30px; }\n')
      await buildDeck({ path: 'talk.md', name: 'changed' }, { cwd: project, outDir, measureTheme: measurer })
      assert.equal(launches, 2)
      assert.equal((await readdir(cacheDir)).length, 2)

      // Without a measurer: the fallback, which also fits, in as many slides or more.
      await writeFile(css, ':root { --r-main-font-size: 44px; --lectern-slide-inset: 80px; }\n.reveal h2 { font-size: 2.2em; }\n')
      const fallback = await buildDeck({ path: 'talk.md', name: 'fallback' }, { cwd: project, outDir })
      assert.equal(fallback.rendered.file.messages.filter((message) => message.ruleId === 'theme-unmeasured').length, 1)
      assert.ok(fallback.rendered.deck.slideCount >= measured.rendered.deck.slideCount)
      const [fallbackLayout] = await checkLayout([fallback.htmlPath], { browser: session.browser })
      assert.deepEqual(fallbackLayout?.overflowing, [])
    } finally {
      await rm(project, { recursive: true, force: true })
      await rm(cacheDir, { recursive: true, force: true })
    }
  })

  it('should keep the cache under the OS temporary folder, or LECTERN_CACHE_DIR', () => {
    assert.equal(defaultMeasurementCache({}), path.join(tmpdir(), 'lectern-cache', 'theme-measurements'))
    assert.equal(defaultMeasurementCache({ LECTERN_CACHE_DIR: '/var/cache/x' }), path.join('/var/cache/x', 'theme-measurements'))
  })

  it('should fit a long article with baseFontSize 3rem, 2.5em and 30pt, measured', async (t) => {
    if (!needsBrowser(t) || !session) return
    const project = await tempDir()
    const cacheDir = await tempDir('lectern-cache-test-')
    try {
      const article = await readFile(path.join(fixtures, 'real', 'rust-stability-as-a-deliverable', 'article.md'), 'utf8')
      const measureTheme = createThemeMeasurer({ cacheDir, browser: async () => session!.browser })
      const decks: string[] = []
      for (const [index, size] of ['3rem', '2.5em', '30pt'].entries()) {
        await writeFile(path.join(project, `${index}.md`), article.replace(/^---\n/, `---\nthemeVariables:\n  baseFontSize: ${size}\n`))
        const deck = await buildDeck({ path: `${index}.md`, name: String(index) }, { cwd: project, outDir: path.join(project, 'dist'), measureTheme })
        assert.deepEqual(deck.rendered.file.messages.filter((message) => message.ruleId === 'theme-unmeasured'), [])
        decks.push(deck.htmlPath)
      }
      const layouts = await checkLayout(decks, { browser: session!.browser })
      assert.deepEqual(
        layouts.flatMap((layout) => layout.overflowing.map((slide) => `${path.basename(layout.htmlPath)} slide ${slide.index} +${slide.overflow}px`)),
        []
      )
    } finally {
      await rm(project, { recursive: true, force: true })
      await rm(cacheDir, { recursive: true, force: true })
    }
  })

  it('should predict each slide’s face height as Chromium lays it out, never more than a few px short', async (t) => {
    if (!needsBrowser(t) || !session) return
    const out = await tempDir('lectern-fit-')
    try {
      const articles = path.join(fixtures, 'articles')
      const sources = (await readdir(articles)).filter((entry) => /\.(?:md|txt)$/.test(entry)).sort()
      const errors: number[] = []
      const short: string[] = []
      const otherLayout: string[] = []
      // One page lays each theme's decks out together (see deck-batch.ts).
      await withPage(session.browser, async (page) => {
        for (const theme of ['lectern', 'lectern-paper', 'black']) {
          const assets = new AssetWriter(out)
          const decks: Array<{ entry: string; predicted: number[]; layouts: string[]; htmlPath: string }> = []
          for (const entry of sources) {
            const relative = path.join('test', 'fixtures', 'articles', entry)
            const file = new VFile({ value: await readFile(path.join(root, relative), 'utf8'), path: relative, cwd: root })
            const metricsOf = createMetricsProvider({ theme: (config) => createThemeResolver()(config, file) })
            const tree = await parseDeck(file, { overrides: { theme }, metrics: metricsOf })
            const predicted = predictions(tree.children, await metricsOf(file.data.deck!.config, file))
            const deck = await buildDeck({ path: relative, name: `${theme}-${entry}` }, { cwd: root, outDir: out, assets, overrides: { theme } })
            decks.push({ entry, predicted, layouts: layoutsOf(tree.children), htmlPath: deck.htmlPath })
          }
          const laidOut = await layOutDecks(page, decks.map((deck) => deck.htmlPath), { perSlide: faceAndLayout })
          decks.forEach(({ entry, predicted, layouts }, at) => {
            const measured = laidOut[at]!.perSlide.map((slide) => slide.height)
            const built = laidOut[at]!.perSlide.map((slide) => slide.layout)
            assert.equal(measured.length, predicted.length, `${entry} in ${theme}: slide count`)
            predicted.forEach((height, index) => {
              // The build may lay a slide out otherwise than this tree (its condensing measured through another provider): compare like with like.
              if (built[index] !== layouts[index]) return void otherLayout.push(`${entry} in ${theme}, slide ${index + 1}`)
              const error = height - measured[index]!
              errors.push(error)
              if (process.env.DEBUG_GROW) console.error('ERR', entry, theme, index + 1, layouts[index], (error).toFixed(0))
              if (error < -6) short.push(`${entry} in ${theme}, slide ${index + 1}: predicted ${height.toFixed(1)}px, laid out ${measured[index]!.toFixed(1)}px`)
            })
          })
        }
      })
      const mean = errors.reduce((sum, error) => sum + Math.abs(error), 0) / errors.length
      t.diagnostic(`${errors.length} slides: mean |predicted − laid out| ${mean.toFixed(1)}px, most short ${Math.min(...errors).toFixed(1)}px`)
      t.diagnostic(`${otherLayout.length} slides built with another layout than predicted: ${otherLayout.join('; ')}`)
      assert.ok(otherLayout.length <= 3, 'slides built with another layout')
      assert.deepEqual(short, [])
      assert.ok(mean < 20, `mean error ${mean.toFixed(1)}px`)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })
})

/** The layout of each slide, in order. */
function layoutsOf(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((node) => (node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : [])).map((slide) => slide.data?.attributes?.['data-layout'] ?? '')
}


/** Predicted height of each slide's face (title slides as titles), in order. */
function predictions(nodes: readonly RootContent[], metrics: SlideMetrics): number[] {
  const heights: number[] = []
  // The document's footnote definitions, wherever condensing left them: a face shows those it cites.
  const footnotes: RootContent[] = []
  const collect = (node: RootContent): void => {
    if (node.type === 'footnoteDefinition') footnotes.push(node)
    if ('children' in node) for (const child of node.children as RootContent[]) collect(child)
  }
  nodes.forEach(collect)
  const classes = (node: RootContent): string[] => {
    const value = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className
    return Array.isArray(value) ? value.map(String) : []
  }
  const slide = (node: Slide): void => {
    const face = node.children.filter((child) => child.type !== 'notes') as RootContent[]
    if (!(node.data?.attributes?.class ?? '').split(/\s+/).includes('title-slide')) {
      // A layout that draws the face larger or in columns is measured as it draws it.
      const layout = node.data?.attributes?.['data-layout']
      // A sparse slide article mode draws larger (`lectern-grow-125`) is measured at its size, as the build measured it.
      const grown = /\blectern-grow-(\d+)\b/.exec(node.data?.attributes?.class ?? '')
      if (grown) return void heights.push(createFaceMeasure(metrics, new Map())(face, { scale: Number(grown[1]) / 100 }))
      heights.push((isLayoutName(layout) ? layoutHeight(face, layout, metrics) : undefined) ?? faceHeight([...face, ...footnotes], metrics))
      return
    }
    const part = (name: string): string | undefined => {
      const found = face.find((child) => child.type === 'paragraph' && classes(child).includes(name))
      return found ? toString(found) : undefined
    }
    const metaLines = face.filter((child) => child.type === 'paragraph' && (classes(child).includes('author') || classes(child).includes('date'))).map((child) => toString(child))
    const h1 = face.find((child) => child.type === 'heading')
    heights.push(titleHeight({ kicker: part('kicker'), title: h1 ? toString(h1) : '', subtitle: part('subtitle'), meta: metaLines.length, metaLines }, metrics))
  }
  for (const node of nodes) {
    if (node.type === 'slide') slide(node)
    else if (node.type === 'slideStack') node.children.forEach(slide)
  }
  return heights
}

/**
 * In the page: for each printed slide, the height its face takes (from its
 * first block's top margin to its last block's bottom margin) and its layout.
 * Self-contained: it runs in the page.
 */
function faceAndLayout(): Array<{ height: number; layout: string }> {
  return Array.from(document.querySelectorAll('.reveal .slides .pdf-page > section')).map((section) => {
    let top = Number.POSITIVE_INFINITY
    let bottom = Number.NEGATIVE_INFINITY
    for (const element of Array.from(section.children)) {
      const style = getComputedStyle(element)
      if ((element.tagName === 'ASIDE' && element.classList.contains('notes')) || style.display === 'none' || style.position === 'absolute') continue
      const box = element.getBoundingClientRect()
      top = Math.min(top, box.top - Number.parseFloat(style.marginTop))
      bottom = Math.max(bottom, box.bottom + Number.parseFloat(style.marginBottom))
    }
    // A section divider's part number is the section's `::before`, a block above its title.
    const before = getComputedStyle(section, '::before')
    const pseudo = before.display === 'block' && before.content !== 'none' ? Number.parseFloat(before.height) + Number.parseFloat(before.marginTop) + Number.parseFloat(before.marginBottom) : 0
    return { height: (Number.isFinite(top) ? bottom - top : 0) + (Number.isFinite(pseudo) ? pseudo : 0), layout: section.getAttribute('data-layout') ?? '' }
  })
}

// The shipped data itself: every theme names only fonts it measured.
describe('measured-themes.json', () => {
  it('should hold every font each shipped theme names', () => {
    for (const name of shippedThemeNames()) {
      const theme = shippedMeasurements(name)!
      for (const [key, font] of Object.entries(theme.fonts)) assert.ok(font && Array.isArray(font.advances) && font.advances.length > 90, `${name}: ${key}`)
    }
  })
})

