import assert from 'node:assert/strict'
import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { launchBrowser, type BrowserSession } from '../../src/print/browser.js'
import { exportHandoutPdf, type HandoutPdfResult } from '../../src/print/handout.js'
import { handoutCss, handoutGeometry, handoutLayouts, pageLabelContent, papers, type HandoutLayout } from '../../src/print/handout-layout.js'
import { imageCount, pageCount, pageHasColour, pageSize, pageText, pdfInfo, processesLeft } from '../helpers/poppler.js'
import { notesText, writeRevealDeck } from '../helpers/reveal-deck.js'
import { tempDir } from '../helpers.js'

let session: BrowserSession
let deck: { htmlPath: string; folder: string; slides: number }
let out: string
const results = new Map<HandoutLayout, HandoutPdfResult>()

/** Pages of a 4-slide handout: `notes` is one slide per page. */
const expectedPages: Record<HandoutLayout, number> = { notes: 4, '2': 2, '3': 2, '4': 1, '6': 1 }

before(async () => {
  deck = await writeRevealDeck()
  out = await tempDir('lectern-handout-out-')
  session = await launchBrowser()
  for (const layout of handoutLayouts) {
    results.set(
      layout,
      await exportHandoutPdf(session.browser, {
        htmlPath: deck.htmlPath,
        pdfPath: path.join(out, `handout-${layout}.pdf`),
        layout,
        paper: 'a4'
      })
    )
  }
})

after(async () => {
  await session?.close()
  assert.deepEqual(await processesLeft(session.userDataDir), [], 'no Chromium left running')
  await rm(out, { recursive: true, force: true })
  await rm(deck.folder, { recursive: true, force: true })
})

describe('exportHandoutPdf', () => {
  for (const layout of handoutLayouts) {
    it(`should lay out 4 slides on ${expectedPages[layout]} A4 page(s) with layout ${layout}`, async () => {
      const pdfPath = path.join(out, `handout-${layout}.pdf`)
      assert.equal((await readFile(pdfPath)).subarray(0, 5).toString('latin1'), '%PDF-')
      assert.equal(await pageCount(pdfPath), expectedPages[layout])
      assert.equal(results.get(layout)?.pages, expectedPages[layout])
      assert.equal(results.get(layout)?.slides, 4)
      const { width, height } = await pageSize(pdfPath)
      // Four slides fill a landscape page two by two; the other layouts are portrait.
      const [long, short] = layout === '4' ? [width, height] : [height, width]
      assert.ok(Math.abs(short - 595.3) < 1 && Math.abs(long - 841.9) < 1, `page is ${width}×${height}`)
    })
  }

  it('should keep slides vector: no raster images, slide text extractable', async () => {
    for (const layout of handoutLayouts) {
      const pdfPath = path.join(out, `handout-${layout}.pdf`)
      assert.equal(await imageCount(pdfPath), 0, `layout ${layout} has images`)
      const text = await pageText(pdfPath)
      for (const heading of [/Dark background/i, /Links and notes/i, /Fragments/i]) {
        assert.match(text, heading, `layout ${layout}`)
      }
    }
  })

  it('should print speaker notes below their slide as text in any script', async () => {
    const text = await pageText(path.join(out, 'handout-notes.pdf'), 3)
    assert.match(text, /Links and notes/i)
    for (const line of notesText) assert.ok(text.includes(line), `missing notes text ${line}`)
    assert.match(await pageText(path.join(out, 'handout-notes.pdf'), 4), /Fragment notes/)
  })

  it('should put the deck title in the header and "Page N of M" in the footer', async () => {
    const pdfPath = path.join(out, 'handout-2.pdf')
    assert.match(await pageText(pdfPath, 1), /Lectern test deck[\s\S]*Page 1 of 2/)
    assert.match(await pageText(pdfPath, 2), /Page 2 of 2/)
    assert.match(await pageText(path.join(out, 'handout-notes.pdf'), 4), /Page 4 of 4/)
    assert.equal((await pdfInfo(pdfPath)).Title, 'Lectern test deck')
  })

  it('should print slide backgrounds', async () => {
    assert.ok(await pageHasColour(path.join(out, 'handout-6.pdf'), 1, [0x12, 0x34, 0x56]))
    assert.ok(await pageHasColour(path.join(out, 'handout-notes.pdf'), 2, [0x12, 0x34, 0x56]))
    assert.ok(!(await pageHasColour(path.join(out, 'handout-notes.pdf'), 1, [0x12, 0x34, 0x56])))
  })

  it('should print on Letter paper with a custom title and footer', async () => {
    const pdfPath = path.join(out, 'letter.pdf')
    const result = await exportHandoutPdf(session.browser, {
      htmlPath: deck.htmlPath,
      pdfPath,
      layout: '3',
      paper: 'letter',
      title: 'Διάλεξη — 講義',
      pageLabel: 'Seite {page} von {pages}'
    })
    assert.equal(result.pages, 2)
    const { width, height } = await pageSize(pdfPath)
    assert.ok(Math.abs(width - 612) < 1 && Math.abs(height - 792) < 1, `page is ${width}×${height}`)
    const text = (await pageText(pdfPath, 2)).replace(/\s+/g, ' ')
    assert.match(text, /Διάλεξη — 講義.*Seite 2 von 2/)
    assert.equal((await pdfInfo(pdfPath)).Title, 'Διάλεξη — 講義')
  })

  it('should continue long notes on pages that say which slide they continue, losing no line', async () => {
    const paragraphs = Array.from({ length: 28 }, (_, index) => `Paragraph ${index + 1} of the speaker notes, long enough to wrap over two lines of the handout page at this size.`)
    const folder = await tempDir('lectern-handout-long-')
    try {
      const long = await writeRevealDeck({ firstSlideNotes: paragraphs.map((text) => `<p>${text}</p>`).join('') }, folder)
      const pdfPath = path.join(out, 'handout-long-notes.pdf')
      const result = await exportHandoutPdf(session.browser, { htmlPath: long.htmlPath, pdfPath, layout: 'notes', paper: 'a4' })
      assert.ok(result.pages > 4, `${result.pages} pages`)
      const continued = result.pages - 4
      for (let page = 2; page <= 1 + continued; page++) assert.match(await pageText(pdfPath, page), /^Slide 1 \(cont\.\) · Lectern test deck$/m, `page ${page}`)
      assert.doesNotMatch(await pageText(pdfPath, 2 + continued), /\(cont\.\)/)
      // The notes as read across pages: without page headers, footers and continuation labels.
      const text = (await pageText(pdfPath))
        .split('\n')
        .filter((line) => !/^(?:Lectern test deck|Page \d+ of \d+|Slide 1 \(cont\.\) · Lectern test deck)$/.test(line.trim()))
        .join(' ')
        .replace(/\s+/g, ' ')
      let at = 0
      for (const paragraph of paragraphs) {
        const found = text.indexOf(paragraph, at)
        assert.ok(found >= 0, `“${paragraph}” printed whole, in order`)
        at = found + paragraph.length
      }
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('should leave no temporary files', async () => {
    assert.ok((await readdir(out)).every((name) => name.endsWith('.pdf') && !name.startsWith('.')))
  })
})

describe('handoutGeometry', () => {
  it('should fit every layout inside the printable area of every paper', () => {
    for (const paper of papers) {
      for (const layout of handoutLayouts) {
        const geometry = handoutGeometry(layout, paper)
        const rows = geometry.perPage / geometry.columns
        assert.ok(geometry.slide.width * geometry.columns <= geometry.content.width, `${layout} on ${paper}: width`)
        assert.ok(geometry.slide.height * rows <= geometry.content.height, `${layout} on ${paper}: height`)
        assert.ok(Math.abs(geometry.slide.height / geometry.slide.width - 9 / 16) < 0.001)
      }
    }
  })

  it('should make slides as large as their grid allows', () => {
    const a4 = (layout: HandoutLayout) => handoutGeometry(layout, 'a4')
    // Lectern 0.1 printed 4-up slides 82 mm wide on a portrait page.
    assert.ok(a4('4').slide.width >= 82 * 1.4, `4-up slides ${a4('4').slide.width} mm wide`)
    assert.ok(a4('4').paper.width > a4('4').paper.height, '4-up is landscape')
    assert.equal(a4('2').slide.width, a4('2').content.width)
    assert.ok(a4('6').slide.width >= 85 && a4('3').slide.width >= 95)
  })

  it('should set notes in the theme’s body font, falling back to fonts for every script', () => {
    assert.match(handoutCss(handoutGeometry('notes', 'a4'), 'Deck'), /\.lh-notes \{ font-family: var\(--r-main-font, 'Noto Sans'\), 'Noto Sans'/)
  })

  it('should leave room for notes below the slide in the notes layout', () => {
    const geometry = handoutGeometry('notes', 'a4')
    assert.ok(geometry.content.height - geometry.slide.height > 140)
    assert.ok(geometry.lines > 10)
  })
})

describe('pageLabelContent', () => {
  it('should turn placeholders into CSS page counters', () => {
    assert.equal(pageLabelContent('Page {page} of {pages}'), '"Page " counter(page) " of " counter(pages)')
    assert.equal(pageLabelContent('"{page}"'), '"\\"" counter(page) "\\""')
  })
})
