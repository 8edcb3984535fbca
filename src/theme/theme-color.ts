/**
 * CSS colours: syntax checks, parsing (by culori: every CSS Color 4
 * notation, `oklch()`, `lab()`, `hwb()`, `color(display-p3 …)` included,
 * mapped into sRGB) and WCAG 2 contrast ratios.
 */
import { createRequire } from 'node:module'

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

type Culori = typeof import('culori')
let culori: Culori | undefined

/**
 * culori, loaded on first use: its one-file bundle (a few ms) rather than its
 * ESM tree of some hundred modules, as only theme colours need it.
 */
function colorLibrary(): Culori {
  return (culori ??= createRequire(import.meta.url)('culori/require') as Culori)
}

const functionalColor =
  /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(\s*[^;{}]*\)$/i

/**
 * Whether `value` is written in CSS colour syntax: a hex colour, a named
 * colour, `transparent`/`currentcolor`, a colour function (`rgb()`, `hsl()`,
 * `oklch()`, `color-mix()` …) or a `var(--…)` reference.
 *
 * @param value Candidate colour.
 */
export function isCssColor(value: string): boolean {
  const v = value.trim()
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v)) return true
  if (/^(?:transparent|currentcolor)$/i.test(v)) return true
  if (Object.hasOwn(colorLibrary().colorsNamed, v.toLowerCase())) return true
  if (/^var\(\s*--[\w-]+\s*(?:,[^;{}]*)?\)$/.test(v)) return true
  return functionalColor.test(v) && balanced(v)
}

/**
 * Parse a CSS colour: hex, named, `transparent`, or any colour function of
 * CSS Color 4 (`rgb()`, `hsl()`, `hwb()`, `lab()`, `lch()`, `oklab()`,
 * `oklch()`, `color()`); a colour outside sRGB is mapped into it (CSS Color 4
 * gamut mapping).
 *
 * @param value CSS colour.
 * @returns The colour, or `undefined` for what has no value on its own
 *   (`var()`, `currentcolor`, `color-mix()`, `light-dark()`) or is not a colour.
 */
export function parseColor(value: string): Rgba | undefined {
  const v = value.trim()
  if (v === '' || /^(?:currentcolor|inherit|initial|unset)$/i.test(v) || /\b(?:var|color-mix|light-dark|calc)\(/i.test(v)) return undefined
  const { parse, converter, toGamut } = colorLibrary()
  const parsed = parse(v)
  if (!parsed) return undefined
  const direct = converter('rgb')(parsed)
  // Inside sRGB (rounding aside) as it is; outside, mapped in keeping its lightness and hue.
  const inside = [direct.r, direct.g, direct.b].every((c) => c > -1e-3 && c < 1 + 1e-3)
  const { r, g, b, alpha } = inside ? direct : toGamut('rgb', 'oklch')(parsed)
  const channel = (c: number): number => Math.round(Math.min(1, Math.max(0, c)) * 255 * 1000) / 1000
  return { r: channel(r), g: channel(g), b: channel(b), a: alpha ?? 1 }
}

/**
 * WCAG 2 relative luminance of an opaque colour (0 black … 1 white).
 *
 * @param color The colour; its alpha is ignored.
 */
export function relativeLuminance(color: Rgba): number {
  return colorLibrary().wcagLuminance(opaque(color))
}

/** culori's form of an opaque sRGB colour. */
function opaque(color: Rgba): { mode: 'rgb'; r: number; g: number; b: number } {
  return { mode: 'rgb', r: color.r / 255, g: color.g / 255, b: color.b / 255 }
}

/**
 * WCAG 2 contrast ratio of text colour `fg` on background `bg`, from 1 to 21.
 * A translucent foreground is blended over the background first.
 * AA asks for 4.5 for body text, 3 for large text.
 *
 * @param fg Text colour (CSS string or parsed).
 * @param bg Background colour (CSS string or parsed); treated as opaque.
 * @throws {TypeError} When a colour has no value on its own (see {@link parseColor}).
 */
export function contrastRatio(fg: string | Rgba, bg: string | Rgba): number {
  const back = typeof bg === 'string' ? parseColor(bg) : bg
  const front = typeof fg === 'string' ? parseColor(fg) : fg
  if (!back) throw new TypeError(`Expected a CSS colour with a value of its own, found \`${String(bg)}\``)
  if (!front) throw new TypeError(`Expected a CSS colour with a value of its own, found \`${String(fg)}\``)
  const blended: Rgba = {
    r: front.r * front.a + back.r * (1 - front.a),
    g: front.g * front.a + back.g * (1 - front.a),
    b: front.b * front.a + back.b * (1 - front.a),
    a: 1
  }
  return colorLibrary().wcagContrast(opaque(blended), opaque(back))
}

/** Whether the parentheses of `text` balance. */
function balanced(text: string): boolean {
  let depth = 0
  for (const c of text) {
    if (c === '(') depth++
    else if (c === ')' && --depth < 0) return false
  }
  return depth === 0
}
