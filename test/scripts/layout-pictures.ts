/**
 * `node build/test/scripts/layout-pictures.js`: the pictures of every layout
 * in each Lectern theme that the README shows (`themes/NAME/layouts.png`): the
 * theme gallery's sample deck (one slide per layout) captured in Chromium
 * and set out four to a row.
 *
 * Usage: node build/test/scripts/layout-pictures.js [--browser PATH]
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { packageRoot } from '../../src/package-paths.js'
import { buildGallery } from '../../src/theme/gallery.js'

const themes = ['lectern', 'lectern-night', 'lectern-paper']
/** Thumbnails per row, and the gap between them in px. */
const columns = 4
const gap = 8

/**
 * Set PNG pictures of one size out in a grid on a grey ground.
 *
 * @param pictures PNG files, in order.
 * @returns The sheet, as PNG bytes.
 */
export function contactSheet(pictures: readonly Buffer[]): Buffer {
  const read = pictures.map((bytes) => PNG.sync.read(bytes))
  const width = Math.min(...read.map((image) => image.width))
  const height = Math.min(...read.map((image) => image.height))
  // A larger capture (the title slide's) is brought down to the others' size.
  const images = read.map((image) => (image.width === width ? image : shrink(image, image.width / width)))
  const rows = Math.ceil(images.length / columns)
  const sheet = new PNG({ width: columns * (width + gap) + gap, height: rows * (height + gap) + gap })
  sheet.data.fill(200)
  images.forEach((image, index) => {
    PNG.bitblt(image, sheet, 0, 0, image.width, image.height, gap + (index % columns) * (width + gap), gap + Math.floor(index / columns) * (height + gap))
  })
  return PNG.sync.write(sheet)
}

/** `image` made `factor` times smaller, each pixel the mean of the block of pixels it covers. */
function shrink(image: PNG, factor: number): PNG {
  const out = new PNG({ width: Math.round(image.width / factor), height: Math.round(image.height / factor) })
  for (let y = 0; y < out.height; y++) {
    const [y0, y1] = [Math.floor(y * factor), Math.max(Math.floor(y * factor) + 1, Math.floor((y + 1) * factor))]
    for (let x = 0; x < out.width; x++) {
      const [x0, x1] = [Math.floor(x * factor), Math.max(Math.floor(x * factor) + 1, Math.floor((x + 1) * factor))]
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0
        for (let sy = y0; sy < y1; sy++) for (let sx = x0; sx < x1; sx++) sum += image.data[(sy * image.width + sx) * 4 + channel]!
        out.data[(y * out.width + x) * 4 + channel] = Math.round(sum / ((y1 - y0) * (x1 - x0)))
      }
    }
  }
  return out
}

async function main(): Promise<void> {
  const browserAt = process.argv.indexOf('--browser')
  const projectDir = await mkdtemp(path.join(tmpdir(), 'lectern-layout-pictures-'))
  try {
    const gallery = await buildGallery({ projectDir, outDir: 'dist', themes, executablePath: browserAt > 0 ? process.argv[browserAt + 1] : undefined })
    for (const theme of gallery.themes) {
      if (theme.error) throw new Error(`${theme.name}: ${theme.error}`)
      const pictures = await Promise.all(theme.thumbnails.map((file) => readFile(file)))
      const target = path.join(packageRoot, 'themes', theme.name, 'layouts.png')
      await writeFile(target, contactSheet(pictures))
      console.log(`wrote ${path.relative(packageRoot, target)}`)
    }
  } finally {
    await rm(projectDir, { recursive: true, force: true })
  }
}

await main()
