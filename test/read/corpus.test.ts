/**
 * Real Markdown from the wild: every `README.md` and `*.md` under
 * `node_modules` goes through the whole pipeline (read, render, write; a
 * sample also laid out in Chromium). Zero crashes and zero unhandled
 * rejections; a file may be refused only with a one-line LecternError.
 * Overflowing slides are expected (READMEs are not talks): counted, not failed.
 *
 * A fixed-seed sample keeps CI fast; `LECTERN_CORPUS=all` runs every file.
 */
import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { buildDeck, type BuiltDeck } from '../../src/write/build.js'
import { checkLayout, type DeckLayout } from '../../src/print/check.js'
import { isLecternError } from '../../src/errors.js'
import { AssetWriter } from '../../src/write/write-assets.js'
import { root, tempDir } from '../helpers.js'
import { testBrowser } from '../helpers/browser.js'

const all = process.env.LECTERN_CORPUS === 'all'
const htmlSample = 150
const checkSample = 5
const seed = 20_240_611

/** A small seeded PRNG (mulberry32), so the sample is the same on every run. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

/** Every Markdown file under `node_modules`, sorted. */
async function corpus(): Promise<string[]> {
  const folder = path.join(root, 'node_modules')
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** How the files are read: as written, sanitised, or as a plain-text article. */
type Mode = 'markdown' | 'safe' | 'text'

interface Tally {
  files: number
  of: number
  builds: number
  built: number
  refused: Map<string, number>
  /** A few refusals, to read in the output. */
  examples: string[]
  crashes: string[]
  slides: number
  warnings: number
}

let unhandled = 0
const onUnhandled = (): void => {
  unhandled++
}

describe('corpus of real Markdown', () => {
  const built: BuiltDeck[] = []

  before(() => process.on('unhandledRejection', onUnhandled))
  after(() => process.off('unhandledRejection', onUnhandled))

  it('should build every file without a crash', async (t) => {
    const files = await corpus()
    assert.ok(files.length > 100, `expected hundreds of Markdown files under node_modules, found ${files.length}`)
    const sample = all ? files : shuffle(files, random(seed)).slice(0, htmlSample)
    const outDir = await tempDir('lectern-corpus-')
    const assets = new AssetWriter(outDir)
    const tally: Tally = { files: sample.length, of: files.length, builds: 0, built: 0, refused: new Map(), examples: [], crashes: [], slides: 0, warnings: 0 }

    for (const [index, file] of sample.entries()) {
      // Every file as Markdown; every second one sanitised too, every third as a text article.
      const modes: Mode[] = ['markdown', ...(index % 2 === 0 ? (['safe'] as const) : []), ...(index % 3 === 0 ? (['text'] as const) : [])]
      for (const mode of modes) {
        tally.builds++
        try {
          const deck = await buildDeck(
            { path: path.basename(file), name: `${index}-${mode}` },
            {
              cwd: path.dirname(file),
              outDir,
              assets,
              safe: mode === 'safe' || mode === 'text' ? true : undefined,
              format: mode === 'text' ? 'text' : 'markdown'
            }
          )
          tally.built++
          tally.slides += deck.rendered.deck.slideCount
          tally.warnings += deck.rendered.file.messages.filter((message) => message.fatal === false).length
          assert.match(deck.rendered.html, /<div class="slides">[\s\S]*<\/html>$/, `${file} (${mode}): a whole document`)
          if (mode === 'markdown') built.push(deck)
        } catch (error) {
          if (error instanceof assert.AssertionError) throw error
          const clear = isLecternError(error) && error.message.trim() !== '' && !error.toString().includes('\n')
          if (clear) {
            tally.refused.set(error.code, (tally.refused.get(error.code) ?? 0) + 1)
            if (tally.examples.length < 3) tally.examples.push(`${path.relative(root, file)} (${mode}): ${error.message}`)
          } else tally.crashes.push(`${path.relative(root, file)} (${mode}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        }
      }
    }
    await new Promise((resolve) => setImmediate(resolve))

    const refused =
      [...tally.refused].map(([code, count]) => `${code} ${count}`).join(', ') + (tally.examples.length > 0 ? ` (${tally.examples.join('; ')})` : '') || 'none'
    t.diagnostic(
      `corpus: ${tally.files} of ${tally.of} files${all ? '' : ` (seed ${seed}; LECTERN_CORPUS=all for every file)`}, ` +
        `${tally.builds} builds: ${tally.built} built, refused with a LecternError: ${refused}, ` +
        `crashes: ${tally.crashes.length}, unhandled rejections: ${unhandled}; ${tally.slides} slides, ${tally.warnings} warnings`
    )
    assert.deepEqual(tally.crashes, [], 'no crashes')
    assert.equal(unhandled, 0, 'no unhandled rejections')
  })

  it('should lay out a sample in Chromium without a crash', async (t) => {
    assert.ok(built.length > 0, 'decks were built')
    const sample = all ? built : shuffle(built, random(seed + 1)).slice(0, checkSample)
    const layouts: DeckLayout[] = []
    const refused: string[] = []
    const crashes: string[] = []
    // Ten decks at a time in the run's browser; when a group fails, its decks one by one, to know which.
    const session = await testBrowser()
    try {
      for (let start = 0; start < sample.length; start += 10) {
        const group = sample.slice(start, start + 10).map((deck) => deck.htmlPath)
        try {
          layouts.push(...(await checkLayout(group, { timeout: 30_000, browser: session.browser })))
        } catch {
          for (const htmlPath of group) {
            try {
              layouts.push(...(await checkLayout([htmlPath], { timeout: 30_000, browser: session.browser })))
            } catch (error) {
              if (isLecternError(error) && !error.toString().includes('\n')) refused.push(`${path.basename(htmlPath)}: ${error.message}`)
              else crashes.push(`${path.basename(htmlPath)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
            }
          }
        }
      }
    } finally {
      await session.close()
    }
    await new Promise((resolve) => setImmediate(resolve))

    // A deck the browser could not lay out (a timeout, a page crash) is a failure, not a deck with no slides.
    const failed = layouts.filter((layout) => layout.error).map((layout) => `${path.basename(layout.htmlPath)}: ${layout.error?.message}`)
    const slides = layouts.reduce((sum, layout) => sum + layout.slides, 0)
    const overflowing = layouts.reduce((sum, layout) => sum + layout.overflowing.length, 0)
    const decksOverflowing = layouts.filter((layout) => layout.overflowing.length > 0).length
    const blocked = layouts.reduce((sum, layout) => sum + layout.blockedRequests.length, 0)
    t.diagnostic(
      `check: ${layouts.length} of ${sample.length} decks laid out, ${slides} slides, ${overflowing} overflowing in ${decksOverflowing} decks, ` +
        `${blocked} outside requests blocked; refused: ${refused.length}${refused.length > 0 ? ` (${refused.join('; ')})` : ''}, layout errors: ${failed.length}, crashes: ${crashes.length}, unhandled rejections: ${unhandled}`
    )
    assert.deepEqual(crashes, [], 'no crashes')
    assert.deepEqual(failed, [], 'every deck laid out')
    assert.equal(layouts.length, sample.length, 'a layout for every deck')
    assert.equal(unhandled, 0, 'no unhandled rejections')
    for (const layout of layouts) {
      for (const url of layout.blockedRequests) assert.ok(!url.startsWith(`file://${path.dirname(layout.htmlPath)}/`), `own file blocked: ${url}`)
    }
  })
})
