/**
 * Where Lectern's own files and its dependencies' files are on disk, found
 * from the running module so it works from a checkout and from an install.
 */
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

/** The package root (the folder with Lectern's `package.json`). */
export const packageRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Lectern's version, from its `package.json`. */
export const version: string = (require(path.join(packageRoot, 'package.json')) as { version: string }).version

/** reveal.js's `dist/` folder. */
export const revealDist: string = path.dirname(require.resolve('reveal.js'))

/** highlight.js's `styles/` folder. */
export const highlightStyles: string = path.join(path.dirname(require.resolve('highlight.js/package.json')), 'styles')

/** Lectern's own static assets (base CSS). */
export const lecternAssets: string = path.join(packageRoot, 'src', 'assets')

/** KaTeX's `dist/` folder (its stylesheet and fonts, copied next to decks with math). */
export const katexDist: string = path.join(path.dirname(require.resolve('katex/package.json')), 'dist')

/**
 * Lectern's cache folder (theme measurements, drawn diagrams): `$LECTERN_CACHE_DIR`, else `<OS temp>/lectern-cache`.
 *
 * @param env Environment; default `process.env`.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env['LECTERN_CACHE_DIR'] || path.join(tmpdir(), 'lectern-cache')
}
