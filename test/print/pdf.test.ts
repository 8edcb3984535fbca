import assert from 'node:assert/strict'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { launchBrowser, type BrowserSession } from '../../src/print/browser.js'
import { LecternError } from '../../src/errors.js'
import { exportSlidesPdf, type SlidesPdfResult } from '../../src/print/pdf.js'
import { linkUris, outlineTitles } from '../helpers/pdf-structure.js'
import { pageCount, pageSize, pageText, pdfInfo, pixelAt, processesLeft } from '../helpers/poppler.js'
import { notesText, writeRevealDeck } from '../helpers/reveal-deck.js'
import { tempDir } from '../helpers.js'

let session: BrowserSession
let deck: { htmlPath: string; folder: string; slides: number }
let out: string
let pdfPath: string
let result: SlidesPdfResult

before(async () => {
  deck = await writeRevealDeck()
  out = await tempDir('lectern-pdf-out-')
  session = await launchBrowser()
  pdfPath = path.join(out, 'deck.pdf')
  result = await exportSlidesPdf(session.browser, {
    htmlPath: deck.htmlPath,
    pdfPath,
    metadata: { author: 'Ada Lovelace', subject: 'Printing decks' }
  })
})

after(async () => {
  await session?.close()
  assert.deepEqual(await processesLeft(session.userDataDir), [], 'no Chromium left running')
  await rm(out, { recursive: true, force: true })
  await rm(deck.folder, { recursive: true, force: true })
})

describe('exportSlidesPdf', () => {
  it('should write a PDF with one page per slide', async () => {
    const bytes = await readFile(pdfPath)
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-')
    assert.equal(deck.slides, 4)
    assert.equal(await pageCount(pdfPath), 4)
    assert.equal(result.pages, 4)
    assert.equal(result.slides, 4)
    assert.deepEqual(result.overflowing, [])
    assert.deepEqual(result.blockedRequests, [])
  })

  it('should leave no temporary file beside the PDF', async () => {
    assert.deepEqual(await readdir(out), ['deck.pdf'])
  })

  it('should print 16:9 pages for a 1280×720 deck', async () => {
    const { width, height } = await pageSize(pdfPath)
    assert.ok(Math.abs(width / height - 16 / 9) < 0.01, `page is ${width}×${height}`)
  })

  it('should keep slide text extractable', async () => {
    assert.match(await pageText(pdfPath, 1), /Lectern test deck/i)
    assert.match(await pageText(pdfPath, 3), /Links and notes[\s\S]*https:\/\/example\.com/i)
  })

  it('should print a tagged PDF without the speaker notes, which are taken out of the page before printing', async () => {
    assert.equal((await pdfInfo(pdfPath)).Tagged, 'yes')
    const text = await pageText(pdfPath, 3)
    for (const note of notesText) assert.ok(!text.includes(note), `no "${note}" on the slide`)
  })

  it('should print slide backgrounds', async () => {
    const [r, g, b] = await pixelAt(pdfPath, 2, 0.5, 0.9)
    assert.ok(Math.abs(r - 0x12) < 6 && Math.abs(g - 0x34) < 6 && Math.abs(b - 0x56) < 6, `got ${r},${g},${b}`)
    assert.deepEqual(await pixelAt(pdfPath, 1, 0.5, 0.9), [255, 255, 255])
  })

  it('should keep links as link annotations', async () => {
    const uris = await linkUris(pdfPath)
    assert.deepEqual(uris[2], ['https://example.com/'])
  })

  it('should keep bookmarks for every slide heading', async () => {
    const titles = await outlineTitles(pdfPath)
    assert.deepEqual(
      titles.map((title) => title.toLowerCase()),
      ['lectern test deck', '  dark background', '  links and notes', '  fragments']
    )
  })

  it('should set Title, Author, Subject and Creator', async () => {
    const info = await pdfInfo(pdfPath)
    assert.equal(info.Title, 'Lectern test deck')
    assert.equal(info.Author, 'Ada Lovelace')
    assert.equal(info.Subject, 'Printing decks')
    assert.equal(info.Creator, 'Lectern')
    assert.equal(info.Tagged, 'yes')
  })

  it('should print each fragment step on its own page when asked', async () => {
    const target = path.join(out, 'fragments.pdf')
    const fragments = await exportSlidesPdf(session.browser, { htmlPath: deck.htmlPath, pdfPath: target, fragments: true })
    assert.equal(await pageCount(target), 6) // the fragment slide: nothing, first step, second step
    assert.equal(fragments.slides, 4)
    assert.match(await pageText(target, 4), /Fragments/i)
    assert.doesNotMatch(await pageText(target, 4), /First step/)
    assert.match(await pageText(target, 6), /First step[\s\S]*Second step/)
  })

  it('should report a slide that overflows instead of giving it two pages', async () => {
    const long = await writeRevealDeck({ overflowing: true })
    const target = path.join(out, 'overflow.pdf')
    const overflow = await exportSlidesPdf(session.browser, { htmlPath: long.htmlPath, pdfPath: target })
    assert.equal(overflow.pages, 5)
    assert.equal(await pageCount(target), 5)
    assert.equal(overflow.overflowing.length, 1)
    assert.deepEqual({ ...overflow.overflowing[0], overflow: undefined }, {
      index: 5,
      page: 5,
      title: 'Too long',
      overflow: undefined,
      overflowX: 0
    })
    assert.ok(overflow.overflowing[0]!.overflow > 100)
  })

  it('should block and report requests outside the deck folder', async () => {
    const outside = await tempDir('lectern-outside-')
    await writeFile(path.join(outside, 'secret.css'), 'body { color: red }')
    const remote = await writeRevealDeck({
      firstSlideExtra:
        `<img src="https://example.com/logo.png" alt="">` +
        `<link rel="stylesheet" href="${new URL(`file://${outside}/secret.css`).href}">`
    })
    const target = path.join(out, 'remote.pdf')
    const printed = await exportSlidesPdf(session.browser, { htmlPath: remote.htmlPath, pdfPath: target })
    assert.deepEqual(printed.blockedRequests.sort(), [`file://${outside}/secret.css`, 'https://example.com/logo.png'])
    assert.equal(printed.pages, 4)
  })

  it('should time out on a page that is not a Reveal.js deck, and write nothing', async () => {
    const folder = await tempDir('lectern-not-a-deck-')
    const htmlPath = path.join(folder, 'plain.html')
    await writeFile(htmlPath, '<!doctype html><title>Plain</title><p>No reveal here')
    const target = path.join(out, 'plain.pdf')
    const started = Date.now()
    await assert.rejects(exportSlidesPdf(session.browser, { htmlPath, pdfPath: target, timeout: 1500 }), (error) => {
      assert.ok(error instanceof LecternError)
      assert.equal(error.code, 'timeout')
      assert.equal(error.file, htmlPath)
      assert.match(error.message, /Reveal\.js/)
      return true
    })
    assert.ok(Date.now() - started < 5000)
    assert.ok(!(await readdir(out)).includes('plain.pdf'))
  })
})
