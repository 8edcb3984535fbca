/**
 * Web fonts served from the deck's own assets: `@font-face` rules for
 * `@fontsource/*` packages (latin and latin-ext subsets, woff2 only), and the
 * files they refer to.
 *
 * A deck lays fonts out as `assets/fonts/<package>/<file>.woff2`, so a theme
 * stylesheet at `assets/themes/<name>/theme.css` (or
 * `assets/reveal/theme/<name>.css`) reaches them as `../../fonts/...`.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** Folder of the deck (relative to `dist/`) that holds bundled fonts. */
export const fontsDir = 'assets/fonts'

/** The Unicode subsets Lectern bundles: enough for Western and Central European text. */
export const fontSubsets: readonly string[] = ['latin-ext', 'latin']

/** One weight and style of a `@fontsource/*` family. */
export interface FontFaceSpec {
  /** Package name without scope, e.g. `open-sans` for `@fontsource/open-sans`. */
  pkg: string
  /** CSS weight, e.g. 400. */
  weight: number
  /** `normal` (default) or `italic`. */
  style?: 'normal' | 'italic'
}

/** A family name as written in CSS → its `@fontsource` package name (`Open Sans` → `open-sans`). */
export function fontsourcePackageName(family: string): string {
  return family
    .trim()
    .replace(/^['"]|['"]$/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * Absolute path of a file of an installed `@fontsource/*` package, or
 * `undefined` when the package or file is not installed.
 *
 * @param pkg Package name without scope.
 * @param file File name inside the package's `files/` folder.
 */
export function fontsourceFile(pkg: string, file: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(pkg) || file.includes('/') || file.includes('\\')) return undefined
  try {
    return require.resolve(`@fontsource/${pkg}/files/${file}`)
  } catch {
    return undefined
  }
}

/**
 * `@font-face` rules for `specs`, taken from the packages' own CSS so the
 * family names and `unicode-range`s match upstream, with `src` pointing at
 * `<baseUrl>/<pkg>/<file>.woff2`. A weight or style a package does not have
 * is left out: the browser then synthesises it from the nearest face.
 *
 * @param specs Weights and styles to include.
 * @param baseUrl URL of `assets/fonts` as seen from the stylesheet; default `../../fonts`.
 * @returns The CSS and the files to copy (`to` relative to `dist/`).
 */
export async function fontFaces(
  specs: readonly FontFaceSpec[],
  baseUrl = '../../fonts'
): Promise<{ css: string; files: Array<{ from: string; to: string }> }> {
  const rules: string[] = []
  const files: Array<{ from: string; to: string }> = []
  for (const spec of specs) {
    const style = spec.style ?? 'normal'
    const cssFile = fontsourceFile(spec.pkg, `${spec.pkg}-latin-${spec.weight}-${style}.woff2`)
    if (!cssFile) continue
    const packageCss = await readFile(
      path.join(path.dirname(path.dirname(cssFile)), `${spec.weight}${style === 'italic' ? '-italic' : ''}.css`),
      'utf8'
    ).catch(() => '')
    for (const subset of fontSubsets) {
      const file = `${spec.pkg}-${subset}-${spec.weight}-${style}.woff2`
      const from = fontsourceFile(spec.pkg, file)
      if (!from) continue
      const block = packageCss.match(new RegExp(`/\\* ${file.replace('.woff2', '')} \\*/\\s*@font-face\\s*{([^}]*)}`))
      const family = block?.[1]?.match(/font-family:\s*([^;]+);/)?.[1]
      const range = block?.[1]?.match(/unicode-range:\s*([^;]+);/)?.[1]
      if (!family) continue
      rules.push(
        `@font-face{font-family:${family};font-style:${style};font-weight:${spec.weight};font-display:swap;` +
          `src:url("${baseUrl}/${spec.pkg}/${file}") format("woff2");` +
          (range ? `unicode-range:${range};` : '') +
          '}'
      )
      files.push({ from, to: `${fontsDir}/${spec.pkg}/${file}` })
    }
  }
  return { css: rules.join('\n'), files }
}
