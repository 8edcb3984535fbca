/**
 * The probe deck that Lectern lays out in a theme to measure it (in
 * Reveal.js's print view, with the deck's real stylesheets, fonts and size),
 * and the page functions that measure it: `probe-boxes.ts` (every block's
 * lines, margins and widths) and `probe-fonts.ts` (every character's advance).
 * Every number the slide box model uses comes from them.
 */
import { measureProbeBoxes } from './probe-boxes.js'
import { measureProbeFonts } from './probe-fonts.js'

export { measureProbeBoxes, type ProbeBoxes } from './probe-boxes.js'
export { measureProbeFonts } from './probe-fonts.js'

/** An image far taller than any slide: laid out, it is as tall as the theme lets an image be. */
const tallImage = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='4000'/%3E"

/**
 * The probe deck: one slide per kind of block, each found by its
 * `data-probe` attribute. The blocks are rewritten in the page for each
 * measurement; what is written here only fixes their place and classes.
 */
export const probeSource = `---
title: Probe
kicker: Probe
subtitle: Probe
author: Probe
date: Probe
---

# Probe

# Probe
<!-- .slide: data-probe="h1" -->

Probe

Probe

## Probe
<!-- .slide: data-probe="text" -->

### Probe

Probe

#### Probe

Probe

<hr>

Probe

<p><img src="${tallImage}" alt=""></p>

Probe

## Probe
<!-- .slide: data-probe="list" -->

- Probe
- Probe

Probe

1. Probe
2. Probe

Probe

## Probe
<!-- .slide: data-probe="code" -->

\`\`\`js
probe
\`\`\`

\`\`\`
probe
\`\`\`

Probe

## Probe
<!-- .slide: data-probe="table" -->

| Probe | Probe |
| --- | --- |
| Probe | Probe |

Probe

## Probe
<!-- .slide: data-probe="quote" -->

> Probe

Probe

## Probe
<!-- .slide: data-probe="footnotes" -->

Probe[^probe]

Probe

[^probe]: Probe
`

/** The source of the page functions, for cache keys: a change to either measures every theme again. */
export const probeScripts = `${measureProbeBoxes.toString()}\n${measureProbeFonts.toString()}`
