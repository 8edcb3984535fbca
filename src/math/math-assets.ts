/**
 * KaTeX's stylesheet and fonts, copied next to a deck that has math (and only
 * then), so formulas render offline and print with their own fonts.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { AssetFile } from '../html/assets.js'
import { katexDist } from '../package-paths.js'

/** KaTeX's stylesheet, relative to the deck. */
export const katexStylesheet = 'assets/katex/katex.min.css'

/**
 * The files a deck with math needs: KaTeX's stylesheet and its fonts in
 * WOFF2 (which every browser that runs reveal.js reads; the stylesheet names
 * it first, so the WOFF and TTF copies are never fetched).
 */
export function katexAssets(): AssetFile[] {
  const fonts = readdirSync(path.join(katexDist, 'fonts')).filter((name) => name.endsWith('.woff2'))
  return [
    { from: path.join(katexDist, 'katex.min.css'), to: katexStylesheet },
    ...fonts.sort().map((name) => ({ from: path.join(katexDist, 'fonts', name), to: `assets/katex/fonts/${name}` }))
  ]
}
