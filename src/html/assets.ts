/**
 * The files every deck needs next to it, all served from installed
 * packages: reveal.js, its notes plugin, a highlight.js style and Lectern's
 * base stylesheet. Nothing comes from a CDN.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { LecternError } from '../errors.js'
import type { ReadRule } from '../read/read-policy.js'
import { highlightStyles, lecternAssets, revealDist } from '../package-paths.js'

/** A file copied into the output folder. */
export interface AssetFile {
  /** Absolute source path. */
  from: string
  /** Path relative to the output folder. */
  to: string
  /** For a file the document named: the rule it is read under when copied or served (see `read-policy.ts`). */
  rule?: ReadRule | undefined
}

/** A file generated for the output folder. */
export interface GeneratedAsset {
  /** Path relative to the output folder. */
  to: string
  /** Its content. */
  content: string
}

/** Stylesheets every deck links before its theme, relative to the deck. */
export const coreStylesheets = ['assets/reveal/reset.css', 'assets/reveal/reveal.css'] as const

/** Lectern's base stylesheet, linked after the theme. */
export const lecternStylesheet = 'assets/lectern/lectern.css'

/** Lectern's guard against slides taller than the canvas (left out with `fit: false`). */
export const fitScript = 'assets/lectern/fit.js' as const

/** Scripts every deck loads, in order: reveal.js, its notes plugin, and Lectern's guard against clipped slides. */
export const coreScripts = ['assets/reveal/reveal.js', 'assets/reveal/plugin/notes.js', fitScript] as const

/** The reveal.js and Lectern files every deck needs. */
export function coreAssets(): AssetFile[] {
  return [
    { from: path.join(revealDist, 'reset.css'), to: coreStylesheets[0] },
    { from: path.join(revealDist, 'reveal.css'), to: coreStylesheets[1] },
    { from: path.join(revealDist, 'reveal.js'), to: coreScripts[0] },
    { from: path.join(revealDist, 'plugin', 'notes.js'), to: coreScripts[1] },
    { from: path.join(lecternAssets, 'lectern.css'), to: lecternStylesheet },
    { from: path.join(lecternAssets, 'fit.js'), to: fitScript }
  ]
}

/**
 * A highlight.js style by name (`github`, `github-dark`, `atom-one-dark`…).
 *
 * @param name Style name, the file name in `highlight.js/styles` without `.css`.
 */
export function highlightAsset(name: string): AssetFile {
  const from = path.join(highlightStyles, `${name}.css`)
  if (!/^[\w./-]+$/.test(name) || name.includes('..') || !existsSync(from)) {
    throw new LecternError(`Unknown code theme \`${name}\`; expected a highlight.js style such as \`github\` or \`github-dark\``, {
      code: 'theme'
    })
  }
  return { from, to: `assets/highlight/${name}.css` }
}
