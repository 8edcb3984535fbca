/**
 * The theme gallery's sample deck: one slide per layout, set by hand, and a
 * table, with the picture its image slide shows. Pure: strings only.
 */
import { s } from 'hastscript'
import { toHtml } from 'hast-util-to-html'

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

## What a theme decides <!-- .slide: data-layout="section" -->

## Agenda <!-- .slide: data-layout="agenda" -->

1. What a theme decides
2. How layouts follow the content
3. Where themes come from

## Colours, type and frames <!-- .slide: data-layout="bullets" -->

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
