/**
 * `npm run pptx-pictures`: the README's picture of the PowerPoint output.
 * Builds the theme gallery's sample deck (every layout) as HTML slide
 * images (`--png`) and as a PowerPoint file (`--pptx`), opens the
 * PowerPoint file in LibreOffice Impress (headless, to PDF, then poppler to
 * PNG), and sets chosen slides side by side: the HTML slide on the left, the
 * same slide of the .pptx as LibreOffice draws it on the right.
 *
 * Writes `themes/lectern/html-vs-pptx.png`. Needs Chromium, LibreOffice
 * (`soffice`) and poppler-utils.
 */
import { execFile } from 'node:child_process'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { PNG } from 'pngjs'
import { gallerySampleImage, gallerySampleMarkdown, gallerySampleSvg } from '../../src/theme/gallery.js'
import { bin, root, tempDir } from '../helpers.js'

const run = promisify(execFile)

/** Slides shown (1-based): the title slide, two columns, code, a table. */
const chosen = [1, 9, 10, 11]
const width = 560
const gap = 10

async function main(): Promise<void> {
  const dir = await tempDir('lectern-pptx-pictures-')
  try {
    await writeFile(path.join(dir, 'deck.md'), gallerySampleMarkdown)
    await writeFile(path.join(dir, gallerySampleImage), gallerySampleSvg())
    await run(process.execPath, [bin, 'build', 'deck.md', '--png', '--pptx', '-q'], { cwd: dir })
    const profile = `file://${path.join(dir, 'lo-profile')}`
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'dist', 'deck.pptx')], { timeout: 180_000 })
    const rows: PNG[][] = []
    for (const index of chosen) {
      const html = await scaled(await readFile(path.join(dir, 'dist', `deck.${String(index).padStart(3, '0')}.png`)))
      await run('pdftoppm', ['-png', '-f', String(index), '-l', String(index), '-scale-to-x', String(width), '-scale-to-y', '-1', path.join(dir, 'deck.pdf'), path.join(dir, 'pptx')])
      const pptxFile = (await readdir(dir)).find((name) => name.startsWith('pptx-') && name.endsWith('.png'))!
      const pptx = PNG.sync.read(await readFile(path.join(dir, pptxFile)))
      await rm(path.join(dir, pptxFile))
      rows.push([html, pptx])
    }
    const height = Math.max(...rows.flat().map((image) => image.height))
    const sheet = new PNG({ width: 2 * width + 3 * gap, height: rows.length * (height + gap) + gap })
    sheet.data.fill(210)
    rows.forEach((row, rowIndex) => {
      row.forEach((image, column) => {
        PNG.bitblt(image, sheet, 0, 0, Math.min(image.width, width), Math.min(image.height, height), gap + column * (width + gap), gap + rowIndex * (height + gap))
      })
    })
    const out = path.join(root, 'themes', 'lectern', 'html-vs-pptx.png')
    await mkdir(path.dirname(out), { recursive: true })
    await writeFile(out, PNG.sync.write(sheet))
    process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A slide image (print view: the slide with its page margin) scaled to {@link width} by averaging. */
async function scaled(bytes: Buffer): Promise<PNG> {
  const image = PNG.sync.read(bytes)
  const factor = image.width / width
  const out = new PNG({ width, height: Math.round(image.height / factor) })
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      const [x0, x1] = [Math.floor(x * factor), Math.max(Math.floor(x * factor) + 1, Math.floor((x + 1) * factor))]
      const [y0, y1] = [Math.floor(y * factor), Math.max(Math.floor(y * factor) + 1, Math.floor((y + 1) * factor))]
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0
        let count = 0
        for (let yy = y0; yy < Math.min(y1, image.height); yy++) {
          for (let xx = x0; xx < Math.min(x1, image.width); xx++) {
            sum += image.data[(yy * image.width + xx) * 4 + channel]!
            count++
          }
        }
        out.data[(y * out.width + x) * 4 + channel] = Math.round(sum / Math.max(count, 1))
      }
    }
  }
  return out
}

await main()
