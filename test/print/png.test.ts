import assert from 'node:assert/strict'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { PNG } from 'pngjs'
import { testBrowser, type TestBrowser } from '../helpers/browser.js'
import { exportSlidesPdf } from '../../src/print/pdf.js'
import { exportSlideImages, slideImagePath } from '../../src/print/png.js'
import { pageCount, pageSize } from '../helpers/poppler.js'
import { writeRevealDeck } from '../helpers/reveal-deck.js'
import { runMain, tempDir } from '../helpers.js'

let session: TestBrowser
let deck: { htmlPath: string; folder: string; slides: number }
let out: string

before(async () => {
  deck = await writeRevealDeck()
  out = await tempDir('lectern-png-out-')
  session = await testBrowser()
})

after(async () => {
  await session?.close()
  await rm(out, { recursive: true, force: true })
  await rm(deck.folder, { recursive: true, force: true })
})

/** Pixel `[r, g, b]` at a share of the width and height of a PNG. */
function pixel(image: PNG, x: number, y: number): [number, number, number] {
  const index = (Math.floor(image.height * y) * image.width + Math.floor(image.width * x)) * 4
  return [image.data[index]!, image.data[index + 1]!, image.data[index + 2]!]
}

/** How many distinct colours a PNG has (a blank page has one). */
function colourCount(image: PNG): number {
  const seen = new Set<number>()
  for (let index = 0; index < image.data.length; index += 4) seen.add((image.data[index]! << 16) | (image.data[index + 1]! << 8) | image.data[index + 2]!)
  return seen.size
}

describe('exportSlideImages', () => {
  it('should write one PNG per slide, named like Marp, the shape of the PDF pages', async () => {
    const result = await exportSlideImages(session.browser, { htmlPath: deck.htmlPath, firstPath: slideImagePath(out, 'deck') })
    assert.deepEqual(
      result.paths.map((file) => path.basename(file)),
      ['deck.001.png', 'deck.002.png', 'deck.003.png', 'deck.004.png']
    )
    assert.deepEqual((await readdir(out)).sort(), ['deck.001.png', 'deck.002.png', 'deck.003.png', 'deck.004.png'], 'no temporary files left')
    const pdfPath = path.join(out, '..', `${path.basename(out)}-deck.pdf`)
    await exportSlidesPdf(session.browser, { htmlPath: deck.htmlPath, pdfPath })
    const page = await pageSize(pdfPath)
    await rm(pdfPath)
    for (const file of result.paths) {
      const image = PNG.sync.read(await readFile(file))
      assert.equal(image.width, result.width)
      assert.equal(image.height, result.height)
      // The PDF page is in points (3/4 of a CSS pixel): the image has the page's size in CSS pixels.
      assert.ok(Math.abs(image.width - (page.width * 4) / 3) <= 2, `image ${image.width} wide, page ${page.width}pt`)
      assert.ok(Math.abs(image.height - (page.height * 4) / 3) <= 2, `image ${image.height} high, page ${page.height}pt`)
      assert.ok(colourCount(image) > 10, `${path.basename(file)} is not blank`)
    }
    // Slide 2 has a #123456 background, slide 1 a white one.
    const second = PNG.sync.read(await readFile(result.paths[1]!))
    const [r, g, b] = pixel(second, 0.5, 0.9)
    assert.ok(Math.abs(r - 0x12) < 6 && Math.abs(g - 0x34) < 6 && Math.abs(b - 0x56) < 6, `got ${r},${g},${b}`)
    assert.deepEqual(pixel(PNG.sync.read(await readFile(result.paths[0]!)), 0.5, 0.9), [255, 255, 255])
  })

  it('should scale the images and remove those of an earlier, longer build', async () => {
    const folder = await tempDir('lectern-png-scale-')
    try {
      await writeFile(path.join(folder, 'deck.009.png'), 'stale')
      await writeFile(path.join(folder, 'deck-notes.001.png'), 'another deck')
      const result = await exportSlideImages(session.browser, { htmlPath: deck.htmlPath, firstPath: slideImagePath(folder, 'deck'), scale: 2 })
      const image = PNG.sync.read(await readFile(result.paths[0]!))
      const one = PNG.sync.read(await readFile(path.join(out, 'deck.001.png')))
      assert.equal(image.width, one.width * 2)
      assert.equal(image.height, one.height * 2)
      assert.deepEqual((await readdir(folder)).sort(), ['deck-notes.001.png', 'deck.001.png', 'deck.002.png', 'deck.003.png', 'deck.004.png'])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('should make one image per fragment step with fragments', async () => {
    const folder = await tempDir('lectern-png-fragments-')
    try {
      const result = await exportSlideImages(session.browser, { htmlPath: deck.htmlPath, firstPath: slideImagePath(folder, 'deck'), fragments: true })
      const pdfPath = path.join(folder, 'deck.pdf')
      await exportSlidesPdf(session.browser, { htmlPath: deck.htmlPath, pdfPath, fragments: true })
      assert.ok(result.paths.length > deck.slides, `${result.paths.length} images for ${deck.slides} slides`)
      assert.equal(result.paths.length, await pageCount(pdfPath))
      // The first step of the fragments slide shows less than the last.
      const steps = result.paths.slice(-2).map(async (file) => colourCount(PNG.sync.read(await readFile(file))))
      const [first, last] = await Promise.all(steps)
      assert.ok(first! < last!, `first step ${first} colours, last ${last}`)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('lectern build --png', () => {
  it('should write OUT/NAME.NNN.png beside the deck and say how many', async () => {
    const dir = await tempDir()
    try {
      await writeFile(path.join(dir, 'talk.md'), '# Talk\n\n## One\n\n- a point\n\n## Two\n\nText.\n')
      const result = await runMain(['build', 'talk.md', '--png', '--scale', '0.5'], { cwd: dir })
      assert.equal(result.code, 0, result.stderr)
      assert.match(result.stderr, /wrote dist\/talk\.\*\.png \(3 images, \d+×\d+\)/)
      const files = (await readdir(path.join(dir, 'dist'))).filter((file) => file.endsWith('.png')).sort()
      assert.deepEqual(files, ['talk.001.png', 'talk.002.png', 'talk.003.png'])
      const image = PNG.sync.read(await readFile(path.join(dir, 'dist', 'talk.001.png')))
      assert.ok(image.width > 600 && image.width < 700, `half size: ${image.width}`)
      const bad = await runMain(['build', 'talk.md', '--png', '--scale', 'big'], { cwd: dir })
      assert.equal(bad.code, 2)
      assert.match(bad.stderr, /--scale expects a number from 0\.1 to 4, not `big`/)
      const alone = await runMain(['build', 'talk.md', '--scale', '2'], { cwd: dir })
      assert.equal(alone.code, 2)
      assert.match(alone.stderr, /--scale sets the size of --png images; add --png/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
