/**
 * A hand-written Reveal.js deck in a temporary folder, for tests that print
 * with a real Chromium. Reveal's files are copied next to it, so it opens offline.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { tempDir } from '../helpers.js'

const require = createRequire(import.meta.url)
const revealDist = path.dirname(require.resolve('reveal.js/reveal.css'))

/** Options of {@link writeRevealDeck}. */
export interface RevealDeckOptions {
  /** File name of the deck; default `deck.html`. */
  name?: string
  /** Extra plain slides after the four standard ones; default 0. */
  extraSlides?: number
  /** Add a slide whose list is taller than the slide; default `false`. */
  overflowing?: boolean
  /** Extra HTML inside the first slide (for example a remote image). */
  firstSlideExtra?: string
  /** Deck title; default `Lectern test deck`. */
  title?: string
  /** Reveal theme from `dist/theme`; default `white`. */
  theme?: string
  /** Speaker notes for the first slide. */
  firstSlideNotes?: string
}

/** Speaker notes of the third slide: accents, Greek and CJK. */
export const notesText = ['café crème', 'Καλημέρα κόσμε', '你好世界']

/**
 * Write a 1280×720 deck into `folder` (default: a new temporary folder):
 * 1 title, 2 `#123456` background, 3 link + notes, 4 two fragments, then extras.
 *
 * @returns The deck's HTML path and its folder.
 */
export async function writeRevealDeck(
  options: RevealDeckOptions = {},
  folder?: string
): Promise<{ htmlPath: string; folder: string; slides: number }> {
  const dir = folder ?? (await tempDir('lectern-deck-'))
  await mkdir(path.join(dir, 'reveal'), { recursive: true })
  await cp(path.join(revealDist, 'reveal.css'), path.join(dir, 'reveal/reveal.css'))
  await cp(path.join(revealDist, 'reveal.js'), path.join(dir, 'reveal/reveal.js'))
  await cp(path.join(revealDist, `theme/${options.theme ?? 'white'}.css`), path.join(dir, 'reveal/theme.css'))
  await cp(path.join(revealDist, 'plugin/notes.js'), path.join(dir, 'reveal/notes.js'))

  const sections = [
    `<section><h1>Lectern test deck</h1><p>Opening slide</p>${options.firstSlideExtra ?? ''}` +
      (options.firstSlideNotes ? `<aside class="notes">${options.firstSlideNotes}</aside>` : '') +
      `</section>`,
    `<section data-background-color="#123456"><h2 style="color:#fff">Dark background</h2><p style="color:#fff">White on blue</p></section>`,
    `<section><h2>Links and notes</h2><p><a href="https://example.com">https://example.com</a></p>` +
      `<aside class="notes"><p>${notesText[0]}</p><p>${notesText[1]}</p><p>${notesText[2]}</p></aside></section>`,
    `<section><h2>Fragments</h2><ul><li class="fragment">First step</li><li class="fragment">Second step</li></ul>` +
      `<aside class="notes">Fragment notes</aside></section>`
  ]
  if (options.overflowing) {
    const items = Array.from({ length: 30 }, (_, i) => `<li>Item ${i + 1}</li>`).join('')
    sections.push(`<section><h2>Too long</h2><ul>${items}</ul></section>`)
  }
  for (let i = 0; i < (options.extraSlides ?? 0); i++) {
    sections.push(`<section><h2>Extra slide ${i + 1}</h2><p>Body text of extra slide ${i + 1}.</p></section>`)
  }

  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options.title ?? 'Lectern test deck'}</title>
<link rel="stylesheet" href="reveal/reveal.css">
<link rel="stylesheet" href="reveal/theme.css">
</head>
<body>
<div class="reveal"><div class="slides">
${sections.join('\n')}
</div></div>
<script src="reveal/reveal.js"></script>
<script src="reveal/notes.js"></script>
<script>Reveal.initialize({ width: 1280, height: 720, hash: true, plugins: [RevealNotes] })</script>
</body>
</html>
`
  const htmlPath = path.join(dir, options.name ?? 'deck.html')
  await writeFile(htmlPath, html)
  return { htmlPath, folder: dir, slides: sections.length }
}
