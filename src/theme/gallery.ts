/**
 * The theme gallery: the sample deck (`gallery-sample.ts`) built in every
 * theme a project can use, a PNG thumbnail of each sample slide taken in
 * Chromium (`gallery-capture.ts`), and the index page that shows them side
 * by side (`gallery-page.ts`). This module does the writing and runs the
 * steps in order.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserLauncher } from '../print/browser.js'
import { buildDeck } from '../write/build.js'
import { createThemeResolver } from './deck-theme.js'
import { LecternError } from '../errors.js'
import { galleryPage, type GalleryTheme } from './gallery-page.js'
import { gallerySampleImage, gallerySampleMarkdown, gallerySampleSlides, gallerySampleSvg } from './gallery-sample.js'
import { listThemes, type ThemeInfo } from './themes.js'
import { AssetWriter } from '../write/write-assets.js'
import { writeFileAtomic } from '../write/write-file.js'

export { galleryPage, type GalleryPageOptions, type GalleryTheme } from './gallery-page.js'
export { gallerySampleImage, gallerySampleMarkdown, gallerySampleSlides, gallerySampleSvg } from './gallery-sample.js'

/** Options of {@link buildGallery}. */
export interface GalleryOptions {
  /** Project folder (holds `themes/NAME/theme.css`). */
  projectDir: string
  /** Output folder, relative to `projectDir`; the gallery goes to `OUT/themes/`. */
  outDir: string
  /** Chromium to use; default: found by `findBrowser`. */
  executablePath?: string | undefined
  /** How to start it; default `launchBrowser`. */
  launch?: BrowserLauncher | undefined
  /** Only these themes (names); default every theme from `listThemes`. */
  themes?: readonly string[] | undefined
  /** Indexes (0-based) of the sample slides to capture; default {@link defaultGallerySlides}. */
  slides?: readonly number[] | undefined
  /** Milliseconds a deck may take to get ready in the browser; default 30000. */
  timeout?: number | undefined
  /** Called with one line per step (built, captured, warnings). */
  onProgress?: ((line: string) => void) | undefined
}

/** What {@link buildGallery} wrote. */
export interface GalleryResult {
  /** Absolute path of `OUT/themes/index.html`. */
  indexPath: string
  /** The themes, in index order. */
  themes: GalleryTheme[]
}

/** Sample slides captured by default: every one. */
export const defaultGallerySlides: readonly number[] = gallerySampleSlides.map((_, index) => index)
/**
 * Render the sample deck in every theme, capture thumbnails and write
 * `OUT/themes/index.html`.
 *
 * Writes `OUT/themes/NAME.html` per theme (shared files under
 * `OUT/themes/assets/`) and `OUT/themes/thumbs/NAME-N.png` per captured
 * slide (N from 1). A theme that fails to build or capture keeps its card,
 * with the error, and is reported through `onProgress`.
 *
 * @param options Project folder, output folder (default layout `dist/themes/`), browser, theme filter, slides, timeout (default 30 s).
 * @throws {LecternError} `usage` for an unknown theme in `themes`; `browser-not-found`, `browser`, `timeout` from the browser launch; `output` when the index cannot be written.
 */
export async function buildGallery(options: GalleryOptions): Promise<GalleryResult> {
  const progress = options.onProgress ?? (() => undefined)
  const projectDir = path.resolve(options.projectDir)
  const galleryDir = path.resolve(projectDir, options.outDir, 'themes')
  const slides = options.slides ?? defaultGallerySlides
  for (const index of slides) {
    if (!Number.isInteger(index) || index < 0 || index >= gallerySampleSlides.length) {
      throw new LecternError(`Expected sample slide indexes from 0 to ${gallerySampleSlides.length - 1}, found ${index}`, { code: 'usage' })
    }
  }

  const themes = selectThemes(await listThemes({ projectDir }), options.themes).map(
    (theme): GalleryTheme => ({ ...theme, deckPath: path.join(galleryDir, `${theme.name}.html`), thumbnails: [] })
  )

  // Build every deck from one sample file in a scratch folder; its image is
  // copied into the gallery's assets like any deck's media.
  const scratch = await mkdtemp(path.join(tmpdir(), 'lectern-gallery-'))
  try {
    await writeFile(path.join(scratch, 'sample.md'), gallerySampleMarkdown)
    await writeFile(path.join(scratch, gallerySampleImage), gallerySampleSvg())
    const assets = new AssetWriter(galleryDir)
    const resolveTheme = createThemeResolver({ projectDir })
    for (const theme of themes) {
      try {
        const built = await buildDeck(
          { path: 'sample.md', name: theme.name },
          { cwd: scratch, outDir: galleryDir, overrides: { theme: theme.name, kicker: `Theme: ${theme.name}` }, resolveTheme, assets }
        )
        for (const message of built.rendered.file.messages) progress(`${theme.name}: ${message.reason}`)
        progress(`Built ${path.relative(projectDir, theme.deckPath)}`)
      } catch (error) {
        theme.error = (error as Error).message
        progress(`${theme.name}: ${theme.error}`)
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }

  const ready = themes.filter((theme) => !theme.error)
  if (ready.length > 0 && slides.length > 0) {
    const { launchBrowser } = await import('../print/browser.js')
    const { captureAll } = await import('./gallery-capture.js')
    const session = await (options.launch ?? launchBrowser)({ executablePath: options.executablePath })
    try {
      await captureAll(session.browser, ready, {
        galleryDir,
        slides,
        timeout: options.timeout ?? 30_000,
        progress
      })
    } finally {
      await session.close()
    }
  }

  const indexPath = path.join(galleryDir, 'index.html')
  try {
    await writeFileAtomic(indexPath, galleryPage(themes, { galleryDir }))
  } catch (error) {
    throw new LecternError(`Cannot write the gallery index: ${(error as Error).message}`, { code: 'output', file: indexPath, cause: error })
  }
  return { indexPath, themes }
}

/** One theme per name (the one `resolveTheme` picks), optionally only the named ones. */
function selectThemes(all: readonly ThemeInfo[], only: readonly string[] | undefined): Array<ThemeInfo & { shadows: GalleryTheme['shadows'] }> {
  const byName = new Map<string, ThemeInfo & { shadows: GalleryTheme['shadows'] }>()
  for (const theme of all) {
    const first = byName.get(theme.name)
    if (first) {
      // A project theme's folder may be Lectern's own (building Lectern's repository).
      if (first.path !== theme.path && !first.shadows.includes(theme.source)) first.shadows.push(theme.source)
    } else {
      byName.set(theme.name, { ...theme, shadows: [] })
    }
  }
  if (!only) return [...byName.values()]
  const unknown = only.filter((name) => !byName.has(name))
  if (unknown.length > 0) {
    throw new LecternError(`Unknown theme ${unknown.map((name) => `\`${name}\``).join(', ')}; available: ${[...byName.keys()].join(', ')}`, {
      code: 'usage'
    })
  }
  return [...byName.values()].filter((theme) => only.includes(theme.name))
}
