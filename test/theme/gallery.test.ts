import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { isLecternError } from '../../src/errors.js'
import { buildGallery, galleryPage, gallerySampleSlides, type GalleryResult } from '../../src/theme/gallery.js'
import { listThemes } from '../../src/theme/themes.js'
import { sharedLauncher } from '../helpers/browser.js'
import { tempDir } from '../helpers.js'

const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

let projectDir: string
/** Every theme, title slide only. */
let full: GalleryResult
/** Two themes, every sample slide. */
let pair: GalleryResult
const progress: string[] = []

before(async () => {
  projectDir = await tempDir('lectern-gallery-')
  await mkdir(path.join(projectDir, 'themes', 'mine'), { recursive: true })
  await writeFile(path.join(projectDir, 'themes', 'mine', 'theme.css'), ':root { --r-background-color: #203040; }\n')
  // In `npm test`, both galleries are captured in the run's browser rather than each in one of its own.
  const launch = sharedLauncher()
  full = await buildGallery({ projectDir, outDir: 'dist', slides: [0], onProgress: (line) => progress.push(line), launch })
  pair = await buildGallery({ projectDir, outDir: 'pair', themes: ['mine', 'lectern'], launch })
})

after(async () => {
  await rm(projectDir, { recursive: true, force: true })
})

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** `src`/`href` of every `<script>` and `<link>` in `html`. */
function resourceUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]*)"/gi)].map((match) => match[1] ?? '')
}

describe('buildGallery', { timeout: 90_000 }, () => {
  it('should list every theme from listThemes, the project theme included, once each', async () => {
    const names = [...new Set((await listThemes({ projectDir })).map((theme) => theme.name))]
    assert.ok(names.includes('mine'))
    assert.ok(names.includes('lectern') && names.includes('black'))
    assert.deepEqual(full.themes.map((theme) => theme.name), names)
    assert.equal(full.indexPath, path.join(projectDir, 'dist', 'themes', 'index.html'))
    const index = await readFile(full.indexPath, 'utf8')
    for (const name of names) {
      assert.ok(index.includes(`id="theme-${name}"`), `card for ${name}`)
      assert.ok(index.includes(`href="${name}.html"`), `link to ${name}.html`)
      assert.ok(index.includes(`theme: ${name}`), `usage of ${name}`)
    }
    assert.equal(full.themes.find((theme) => theme.name === 'mine')?.source, 'project')
    assert.match(index, /--theme NAME/)
  })

  it('should build a deck per theme that uses that theme', async () => {
    for (const theme of full.themes) {
      assert.equal(theme.error, undefined, `${theme.name}: ${theme.error}`)
      assert.equal(theme.deckPath, path.join(projectDir, 'dist', 'themes', `${theme.name}.html`))
      const html = await readFile(theme.deckPath, 'utf8')
      assert.match(html, /One talk, every theme/)
    }
    const mine = await readFile(path.join(projectDir, 'dist', 'themes', 'mine.html'), 'utf8')
    assert.match(mine, /href="assets\/themes\/project-mine\/theme\.css"/)
    const night = await readFile(path.join(projectDir, 'dist', 'themes', 'night.html'), 'utf8')
    assert.match(night, /href="assets\/reveal\/theme\/night\.css"/)
  })

  it('should copy the sample image into the gallery', async () => {
    const media = await readdir(path.join(projectDir, 'dist', 'themes', 'assets', 'media'))
    const svg = media.find((file) => file.endsWith('gallery-sample.svg'))
    assert.ok(svg, `found ${media.join(', ')}`)
    const deck = await readFile(full.themes[0]!.deckPath, 'utf8')
    assert.ok(deck.includes(`src="assets/media/${svg}"`))
    assert.ok(!progress.some((line) => /Cannot find image|outside the project/.test(line)), progress.join('\n'))
  })

  it('should write a PNG title thumbnail for every theme', async () => {
    const index = await readFile(full.indexPath, 'utf8')
    for (const theme of full.themes) {
      assert.deepEqual(theme.thumbnails, [path.join(projectDir, 'dist', 'themes', 'thumbs', `${theme.name}-1.png`)])
      const bytes = await readFile(theme.thumbnails[0]!)
      assert.deepEqual(bytes.subarray(0, 8), pngMagic, `${theme.name}-1.png is a PNG`)
      assert.ok(bytes.byteLength < 150_000, `${theme.name}-1.png is ${bytes.byteLength} bytes`)
      assert.ok(index.includes(`src="thumbs/${theme.name}-1.png"`), `index shows ${theme.name}-1.png`)
    }
  })

  it('should capture every sample slide, each a different picture', async () => {
    assert.deepEqual(pair.themes.map((theme) => theme.name), ['mine', 'lectern'])
    for (const theme of pair.themes) {
      assert.equal(theme.error, undefined)
      assert.equal(theme.thumbnails.length, gallerySampleSlides.length)
      const pictures = await Promise.all(theme.thumbnails.map((file) => readFile(file)))
      for (const [i, bytes] of pictures.entries()) {
        assert.deepEqual(bytes.subarray(0, 8), pngMagic)
        const { width, height } = pngSize(bytes)
        assert.equal(width * 9, height * 16, `${path.basename(theme.thumbnails[i]!)} is 16:9 (${width}×${height})`)
        assert.ok(width <= 640 && width >= 320)
      }
      const distinct = new Set(pictures.map((bytes) => bytes.toString('base64')))
      assert.equal(distinct.size, pictures.length, `${theme.name}: every slide's thumbnail differs`)
    }
    const index = await readFile(pair.indexPath, 'utf8')
    assert.match(index, /href="lectern\.html#\/5"/)
  })

  it('should load nothing remote from the index or any deck', async () => {
    for (const file of [full.indexPath, ...full.themes.map((theme) => theme.deckPath)]) {
      const html = await readFile(file, 'utf8')
      const urls = resourceUrls(html)
      assert.ok(urls.length > 0 || file === full.indexPath)
      for (const url of urls) assert.doesNotMatch(url, /^(?:https?:)?\/\//i, `${path.basename(file)} loads ${url}`)
      assert.doesNotMatch(html.replace(/xmlns="[^"]*"/g, ''), /\ssrc="(?:https?:)?\/\//i, path.basename(file))
    }
  })

  it('should leave no temporary files behind', async () => {
    const files = await readdir(path.join(projectDir, 'dist', 'themes'), { recursive: true })
    assert.deepEqual(files.filter((file) => file.endsWith('.tmp')), [])
  })

  it('should reject an unknown theme before starting a browser', async () => {
    await assert.rejects(buildGallery({ projectDir, outDir: 'never', themes: ['no-such-theme'] }), (error: unknown) => {
      assert.ok(isLecternError(error))
      assert.equal(error.code, 'usage')
      assert.match(error.message, /no-such-theme/)
      return true
    })
    assert.equal(existsSync(path.join(projectDir, 'never')), false)
  })
})

describe('galleryPage', () => {
  it('should keep a card for a theme that failed, with its error', () => {
    const html = galleryPage(
      [{ name: 'broken', source: 'project', dark: false, shadows: ['reveal'], deckPath: '/out/themes/broken.html', thumbnails: [], error: 'Theme stylesheet loads `https://x`' }],
      { galleryDir: '/out/themes' }
    )
    assert.match(html, /id="theme-broken"/)
    assert.match(html, /Theme stylesheet loads/)
    assert.match(html, /shadows reveal\.js/)
    assert.match(html, /<!doctype html>/i)
  })
})
