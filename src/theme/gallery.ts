/**
 * The theme gallery: one sample deck rendered in every theme a project can
 * use, a PNG thumbnail of each sample slide taken in Chromium, and an index
 * page (`OUT/themes/index.html`) that shows them side by side.
 *
 * The sample deck, its image and the index page are pure (strings and hast
 * trees); {@link buildGallery} does the writing and the browser work.
 */
import type { Root as HastRoot } from 'hast'
import { h, s } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'puppeteer-core'
import { buildDeck } from '../write/build.js'
import { createThemeResolver } from './deck-theme.js'
import { LecternError } from '../errors.js'
import { listThemes, type ThemeInfo, type ThemeSource } from './themes.js'
import { AssetWriter } from '../write/write-assets.js'
import { writeFileAtomic } from '../write/write-file.js'

/** File name of the sample image, beside the sample deck. */
export const gallerySampleImage = 'gallery-sample.svg'

/**
 * The sample deck every theme renders: one slide per layout (title, section,
 * agenda, bullets, statement, big number, quote, image, two columns, code,
 * closing, each set by hand with `data-layout`), and a table.
 */
export const gallerySampleMarkdown = `---
title: One talk, every theme
subtitle: Every layout Lectern makes, dressed by each theme it knows
author: The Lectern theme gallery
date: Sample deck
---

# One talk, every theme

## Part one: what a theme decides <!-- .slide: data-layout="section" -->

## Agenda <!-- .slide: data-layout="agenda" -->

1. What a theme decides
2. How layouts follow the content
3. Where themes come from

## What a theme decides <!-- .slide: data-layout="bullets" -->

- Background, text and accent colours
- Heading and body typefaces, bundled for offline use
- How code, tables and quotes are framed
- Whether the deck is dark on stage and light on paper

## One idea per slide <!-- .slide: data-layout="statement" -->

A slide that makes one claim can say it large.

## Seventeen themes <!-- .slide: data-layout="big-number" -->

- 17 themes ship with Lectern: three of its own and every reveal.js theme

## A last word <!-- .slide: data-layout="quote" -->

> A theme should change how a talk looks, never what it says. — The Lectern gallery

## Pictures sit on the canvas <!-- .slide: data-layout="image" -->

![Three small slides side by side: light, dark and paper versions of the same page](${gallerySampleImage})

## On stage vs on paper <!-- .slide: data-layout="two-columns" -->

On stage:

- Dark or light canvas, large type
- One accent colour leads the eye

On paper:

- A light rendition of every theme
- Notes set in the theme's body font

## Code keeps its colours <!-- .slide: data-layout="code" -->

Highlighted at build time, so PDFs keep the colours.

\`\`\`ts
import { buildDeck } from 'lectern'

// Render the same article in another theme
const deck = await buildDeck(
  { path: 'talk.md', name: 'talk' },
  { overrides: { theme: 'lectern-night' } }
)
console.log(\`Wrote \${deck.htmlPath}\`)
\`\`\`

## Where themes come from

| Source | Folder | Shadows |
| --- | --- | --- |
| Your project | \`themes/NAME/theme.css\` | Lectern and reveal.js |
| Lectern | bundled with the CLI | reveal.js |
| reveal.js | the reveal.js package | nothing |

## Questions? <!-- .slide: data-layout="closing" -->

One talk, every theme

The Lectern theme gallery
`

/** Titles of the sample slides, in order (alt text of their thumbnails). */
export const gallerySampleSlides: readonly string[] = [
  'Title slide',
  'Section',
  'Agenda',
  'Bullets',
  'Statement',
  'Big number',
  'Quote',
  'Image',
  'Two columns',
  'Code',
  'Table',
  'Closing'
]

/**
 * The sample image: three miniature slides, light, dark and paper, each
 * with a title bar and text lines. It carries its own backdrop, so it reads
 * on light and dark themes alike.
 */
export function gallerySampleSvg(): string {
  const card = (x: number, y: number, fill: string, ink: string, accent: string, rotate: number) =>
    s('g', { transform: `rotate(${rotate} ${x + 110} ${y + 70})` }, [
      s('rect', { x: x + 4, y: y + 6, width: 220, height: 140, rx: 10, fill: '#000', opacity: 0.18 }),
      s('rect', { x, y, width: 220, height: 140, rx: 10, fill, stroke: ink, strokeOpacity: 0.15 }),
      s('rect', { x: x + 18, y: y + 20, width: 110, height: 14, rx: 4, fill: ink }),
      s('rect', { x: x + 18, y: y + 44, width: 40, height: 4, rx: 2, fill: accent }),
      ...[62, 80, 98].map((dy) => s('circle', { cx: x + 23, cy: y + dy + 3, r: 3, fill: accent })),
      ...[62, 80, 98].map((dy, i) => s('rect', { x: x + 32, y: y + dy, width: [150, 128, 140][i], height: 6, rx: 3, fill: ink, opacity: 0.55 })),
      s('rect', { x: x + 150, y: y + 110, width: 52, height: 16, rx: 8, fill: accent })
    ])
  const tree = s('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 720 300', width: 720, height: 300 }, [
    s('title', 'Three small slides: light, dark and paper versions of the same page'),
    s('rect', { width: 720, height: 300, rx: 18, fill: '#e9edf2' }),
    s('circle', { cx: 620, cy: 60, r: 90, fill: '#d6dde7' }),
    s('circle', { cx: 90, cy: 260, r: 70, fill: '#dfe5ec' }),
    card(30, 90, '#ffffff', '#1f2430', '#d9622b', -5),
    card(250, 70, '#16213a', '#eef2ff', '#f4b53f', 0),
    card(470, 90, '#f6efe0', '#3b2f22', '#8a3b2e', 5)
  ])
  return toHtml(tree, { space: 'svg' }) + '\n'
}

/** One theme in the gallery. */
export interface GalleryTheme {
  /** Theme name (what goes in `theme:`). */
  name: string
  /** Where it comes from. */
  source: Exclude<ThemeSource, 'file'>
  /** One-line description from `theme.json`, when there is one. */
  description?: string | undefined
  /** Whether the theme has a dark background. */
  dark: boolean
  /** Sources of themes of the same name that this one shadows. */
  shadows: Array<Exclude<ThemeSource, 'file'>>
  /** Absolute path of the sample deck in this theme. */
  deckPath: string
  /** Absolute paths of the thumbnails, one per captured slide, title slide first. */
  thumbnails: string[]
  /** Why the deck or its thumbnails could not be made. */
  error?: string | undefined
}

/** Options of {@link buildGallery}. */
export interface GalleryOptions {
  /** Project folder (holds `themes/NAME/theme.css`). */
  projectDir: string
  /** Output folder, relative to `projectDir`; the gallery goes to `OUT/themes/`. */
  outDir: string
  /** Chromium to use; default: found by `findBrowser`. */
  executablePath?: string | undefined
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

/** Viewport of the captures (the deck's own size). */
const viewport = { width: 1280, height: 720 } as const

/** Scale of the title slide's capture: 1280×720 becomes 640×360, shown large on its card. */
const titleScale = 0.5

/** Scale of a title capture that came out over {@link thumbnailBudget}: 480×270. */
const titleFallbackScale = 0.375

/** Bytes a thumbnail should stay under. */
const thumbnailBudget = 60_000

/** Scale of the other slides' captures: 320×180, shown small (keeps gradient themes' PNGs small). */
const slideScale = 0.25

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
    const session = await launchBrowser({ executablePath: options.executablePath })
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

interface CaptureOptions {
  galleryDir: string
  slides: readonly number[]
  timeout: number
  progress: (line: string) => void
}

/** Capture every theme's thumbnails in one page, one theme after another. */
async function captureAll(browser: Browser, themes: GalleryTheme[], options: CaptureOptions): Promise<void> {
  // One page, not several in parallel: a page that is not in front gets
  // throttled, which made two pages slower than one on two cores.
  const { restrictRequests, withPage } = await import('../print/browser.js')
  await withPage(browser, async (page) => {
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 })
    const blocked = await restrictRequests(page, { allowedRoots: [options.galleryDir] })
    for (const theme of themes) {
      const started = Date.now()
      try {
        theme.thumbnails = await captureTheme(page, theme, options)
        options.progress(`Captured ${theme.thumbnails.length} thumbnails of ${theme.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      } catch (error) {
        theme.error = `Could not capture thumbnails: ${(error as Error).message}`
        options.progress(`${theme.name}: ${theme.error}`)
      }
      for (const url of blocked.splice(0)) options.progress(`${theme.name}: blocked a request for ${url}`)
    }
  })
}

/** Open one theme's deck and screenshot the chosen slides. */
async function captureTheme(page: Page, theme: GalleryTheme, options: CaptureOptions): Promise<string[]> {
  await page.goto(pathToFileURL(theme.deckPath).href, { waitUntil: 'load', timeout: options.timeout })
  await page.waitForFunction(() => (globalThis as unknown as { Reveal?: { isReady?(): boolean } }).Reveal?.isReady?.() === true, {
    timeout: options.timeout
  })
  await page.evaluate(prepareDeck)
  const thumbnails: string[] = []
  for (const index of options.slides) {
    await page.evaluate(showSlide, index)
    let png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...viewport, scale: index === 0 ? titleScale : slideScale } })
    // Gradient backgrounds compress badly: take a large capture again, smaller.
    if (png.byteLength > thumbnailBudget && index === 0) {
      png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...viewport, scale: titleFallbackScale } })
    }
    const shown = await page.evaluate(currentSlideIndex)
    if (shown !== index) {
      throw new LecternError(`Expected slide ${index + 1} on screen after the capture, found slide ${shown + 1}`, { code: 'browser', file: theme.deckPath })
    }
    const target = path.join(options.galleryDir, 'thumbs', `${theme.name}-${index + 1}.png`)
    await writeFileAtomic(target, png)
    thumbnails.push(target)
  }
  return thumbnails
}

interface RevealApi {
  configure(options: Record<string, unknown>): void
  slide(h: number, v?: number): void
  getCurrentSlide(): HTMLElement
  getIndices(): { h: number; v?: number }
}

/**
 * In the page: no transitions, no controls, progress bar or slide number,
 * no URL updates, and no switch to reveal's scroll view (a scaled capture
 * briefly narrows the window below `scrollActivationWidth`, and leaving the
 * scroll view went back to the first slide).
 */
function prepareDeck(): void {
  const reveal = (globalThis as unknown as { Reveal: RevealApi }).Reveal
  reveal.configure({
    transition: 'none',
    backgroundTransition: 'none',
    controls: false,
    progress: false,
    slideNumber: false,
    hash: false,
    scrollActivationWidth: null
  })
}

/** In the page: show slide `index` and wait until its fonts and images are in (the screenshot waits for a fresh frame). */
async function showSlide(index: number): Promise<void> {
  const reveal = (globalThis as unknown as { Reveal: RevealApi }).Reveal
  reveal.slide(index, 0)
  await document.fonts.ready
  const images = Array.from(reveal.getCurrentSlide().querySelectorAll('img'))
  await Promise.all(images.map((image) => (image.complete ? undefined : image.decode().catch(() => undefined))))
}

/** In the page: the index of the slide on screen. */
function currentSlideIndex(): number {
  return (globalThis as unknown as { Reveal: RevealApi }).Reveal.getIndices().h
}

/** Options of {@link galleryPage}. */
export interface GalleryPageOptions {
  /** The gallery folder: deck and thumbnail links are relative to it. */
  galleryDir: string
}

const sourceLabels: Record<GalleryTheme['source'], string> = { project: 'Project', lectern: 'Lectern', reveal: 'reveal.js' }
const sectionTitles: Record<GalleryTheme['source'], string> = {
  project: 'Your project’s themes',
  lectern: 'Lectern’s themes',
  reveal: 'reveal.js built-ins'
}
/** One line for each reveal.js built-in (reveal.js ships no `theme.json`). */
const revealDescriptions: Record<string, string> = {
  black: 'reveal.js’s default: black background, white text, blue links.',
  white: 'White background, black text, blue links.',
  league: 'Grey radial gradient, white text, blue links.',
  beige: 'Beige gradient background, dark text, brown links.',
  night: 'Black background, heavy white headings, orange links.',
  serif: 'Cappuccino background, grey serif text, brown links.',
  simple: 'White background, black text, blue links; plain and quiet.',
  solarized: 'Solarized light: cream background, dark grey-green text, blue links.',
  moon: 'Solarized dark: deep blue background, grey text, blue links.',
  dracula: 'Dracula colours on near-black: purple headings, pink links.',
  sky: 'Pale blue gradient, thin dark text, blue links.',
  blood: 'Dark background, heavy white text, red links.',
  'black-contrast': 'High-contrast black: pure black background, white text.',
  'white-contrast': 'High-contrast white: pure white background, black text.'
}

const sectionNotes: Record<GalleryTheme['source'], string> = {
  project: 'From themes/NAME/theme.css in this project; they win over themes of the same name below.',
  lectern: 'Bundled with Lectern, fonts included; the default is lectern.',
  reveal: 'The themes that ship with reveal.js, with their web fonts served locally.'
}

/**
 * The gallery's index page: one card per theme, grouped by source, with
 * thumbnails linking to the theme's deck.
 *
 * @param themes The themes, as {@link buildGallery} returns them.
 * @param options The gallery folder that links are relative to.
 */
export function galleryPage(themes: readonly GalleryTheme[], options: GalleryPageOptions): string {
  const link = (file: string) => path.relative(options.galleryDir, file).split(path.sep).map(encodeURIComponent).join('/')
  const sections = (['project', 'lectern', 'reveal'] as const)
    .map((source) => ({ source, themes: themes.filter((theme) => theme.source === source) }))
    .filter((section) => section.themes.length > 0)

  const card = (theme: GalleryTheme) => {
    const deck = link(theme.deckPath)
    const [first, ...rest] = theme.thumbnails.map((file) => ({ file, index: slideIndexOf(file) }))
    return h('article.card', { id: `theme-${theme.name}` }, [
      first
        ? h('a.main', { href: `${deck}#/${first.index}`, title: `Open the sample deck in ${theme.name}` }, [
            h('img', { src: link(first.file), width: 640, height: 360, alt: `${theme.name}: ${gallerySampleSlides[first.index] ?? 'slide'}` })
          ])
        : h('a.main.missing', { href: deck }, theme.error ? 'No preview' : 'Open the deck'),
      rest.length > 0
        ? h(
            'ul.strip',
            rest.map((thumb) =>
              h('li', [
                h('a', { href: `${deck}#/${thumb.index}`, title: gallerySampleSlides[thumb.index] }, [
                  h('img', { src: link(thumb.file), width: 640, height: 360, alt: `${theme.name}: ${gallerySampleSlides[thumb.index] ?? 'slide'}` })
                ])
              ])
            )
          )
        : undefined,
      h('div.body', [
        h('h3', [h('a', { href: deck }, theme.name)]),
        h('p.badges', [
          h(`span.badge.source.${theme.source}`, sourceLabels[theme.source]),
          h(`span.badge.${theme.dark ? 'dark' : 'light'}`, theme.dark ? 'Dark' : 'Light'),
          ...theme.shadows.map((source) => h('span.badge.shadow', `shadows ${sourceLabels[source]}’s`))
        ]),
        h('p.description', theme.description ?? (theme.source === 'reveal' ? revealDescriptions[theme.name] : undefined) ?? 'No description in theme.json.'),
        theme.error ? h('p.error', theme.error) : undefined,
        h('p.use', [h('code', `theme: ${theme.name}`), h('a.open', { href: deck }, 'Open deck →')])
      ])
    ])
  }

  const tree: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', 'Lectern themes'),
          h('style', galleryCss)
        ]),
        h('body', [
          h('header', [
            h('h1', 'Lectern themes'),
            h('p.lede', [
              `${themes.length} theme${themes.length === 1 ? '' : 's'}, one sample deck: a title slide, bullets, code, a table, an image and a quote. `,
              'Click a thumbnail to open the deck at that slide.'
            ]),
            h('p.how', [
              h('strong', 'Use a theme: '),
              'put ',
              h('code', 'theme: NAME'),
              ' in a deck’s front matter, or pass ',
              h('code', '--theme NAME'),
              ' to ',
              h('code', 'lectern build'),
              '.'
            ]),
            h(
              'nav',
              sections.map((section) => h('a', { href: `#${section.source}` }, `${sectionTitles[section.source]} (${section.themes.length})`))
            )
          ]),
          h(
            'main',
            sections.map((section) =>
              h('section', { id: section.source }, [
                h('h2', sectionTitles[section.source]),
                h('p.note', sectionNotes[section.source]),
                h('div.grid', section.themes.map(card))
              ])
            )
          )
        ])
      ])
    ]
  }
  return toHtml(tree) + '\n'
}

/** The 0-based slide index in a thumbnail name (`NAME-3.png` → 2). */
function slideIndexOf(file: string): number {
  const match = /-(\d+)\.png$/.exec(file)
  return match ? Number(match[1]) - 1 : 0
}

const galleryCss = `
:root{--ink:#1c1d21;--muted:#5d6069;--line:#e2ded6;--paper:#f6f4ef;--card:#fff;--accent:#c4511f;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,sans-serif}
header,main{max-width:1400px;margin:0 auto;padding:0 2rem}
header{padding-top:2.5rem;padding-bottom:.5rem}
h1{font-size:2.4rem;line-height:1.1;margin:0 0 .6rem;letter-spacing:-.02em}
.lede{font-size:1.1rem;color:var(--muted);margin:0 0 .8rem;max-width:60rem}
.how{display:inline-block;margin:0 0 1rem;padding:.6rem .9rem;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px}
code{white-space:nowrap;font:.9em/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;background:#efebe3;padding:.1em .35em;border-radius:4px}
nav{display:flex;flex-wrap:wrap;gap:.5rem}
nav a{color:var(--ink);text-decoration:none;padding:.3rem .8rem;border:1px solid var(--line);border-radius:999px;background:var(--card);font-size:.9rem}
nav a:hover{border-color:var(--accent);color:var(--accent)}
section{padding-top:1.5rem}
h2{font-size:1.4rem;margin:0 0 .1rem}
.note{color:var(--muted);margin:0 0 1rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(380px,100%),1fr));gap:1.5rem;margin-bottom:1.5rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;overflow:hidden;box-shadow:0 1px 2px rgba(0,0,0,.04),0 6px 20px rgba(0,0,0,.05);display:flex;flex-direction:column}
.card:target{outline:3px solid var(--accent)}
.card img{display:block;width:100%;height:auto;aspect-ratio:16/9;background:#ddd}
.main{display:block;border-bottom:1px solid var(--line)}
.main.missing{aspect-ratio:16/9;display:grid;place-items:center;color:var(--muted);background:#eee}
.strip{list-style:none;margin:0;padding:.5rem;display:grid;grid-template-columns:repeat(5,1fr);gap:.4rem;border-bottom:1px solid var(--line);background:#faf9f6}
.strip a{display:block;border-radius:4px;overflow:hidden;outline:1px solid rgba(0,0,0,.08)}
.strip a:hover,.main:hover img{filter:brightness(1.04)}
.strip a:hover{outline:2px solid var(--accent)}
.body{padding:.8rem 1rem 1rem;display:flex;flex-direction:column;flex:1}
h3{margin:0;font-size:1.2rem}
h3 a{color:inherit;text-decoration:none}
h3 a:hover{color:var(--accent)}
.badges{margin:.35rem 0 .5rem;display:flex;flex-wrap:wrap;gap:.35rem}
.badge{font-size:.75rem;font-weight:600;letter-spacing:.02em;padding:.1rem .55rem;border-radius:999px;border:1px solid transparent}
.badge.project{background:#e3f1e6;color:#1d5b2c}
.badge.lectern{background:#fbe7dc;color:#8a3510}
.badge.reveal{background:#e4e9f7;color:#27407a}
.badge.dark{background:#22252c;color:#f2f2f2}
.badge.light{background:#fff;color:#444;border-color:#d5d1c8}
.badge.shadow{background:#fff6d6;color:#6b5200}
.description{margin:0 0 .8rem;color:var(--muted);flex:1}
.error{margin:0 0 .8rem;color:#b3261e;font-size:.9rem}
.use{margin:0;display:flex;justify-content:space-between;align-items:center;gap:1rem}
.open{color:var(--accent);font-weight:600;text-decoration:none;white-space:nowrap}
.open:hover{text-decoration:underline}
@media (max-width:600px){header,main{padding:0 1rem}header{padding-top:1.5rem}h1{font-size:2rem}}
`
