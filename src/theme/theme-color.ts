/**
 * CSS colours: syntax checks, parsing of the common notations, and WCAG 2
 * contrast ratios.
 */
import colorNames from 'color-name'

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
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
  if (Object.hasOwn(colorNames, v.toLowerCase())) return true
  if (/^var\(\s*--[\w-]+\s*(?:,[^;{}]*)?\)$/.test(v)) return true
  return functionalColor.test(v) && balanced(v)
}

/**
 * Parse a hex, named, `rgb()`/`rgba()` or `hsl()`/`hsla()` colour.
 *
 * @param value CSS colour.
 * @returns The colour, or `undefined` for syntax this parser does not evaluate.
 */
export function parseColor(value: string): Rgba | undefined {
  const v = value.trim().toLowerCase()
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 }
  const named = (colorNames as Record<string, readonly [number, number, number]>)[v]
  if (named && Object.hasOwn(colorNames, v)) return { r: named[0], g: named[1], b: named[2], a: 1 }
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v)?.[1]
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16)
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 }
  }
  const fn = /^(rgba?|hsla?)\((.*)\)$/.exec(v)
  if (!fn?.[1] || fn[2] === undefined) return undefined
  const parts = fn[2].split(/[\s,/]+/).filter(Boolean)
  if (parts.length < 3 || parts.length > 4) return undefined
  const alpha = parts[3] === undefined ? 1 : number(parts[3], 1)
  if (fn[1].startsWith('rgb')) {
    const [r, g, b] = parts.slice(0, 3).map((p) => number(p, 255))
    if (r === undefined || g === undefined || b === undefined || alpha === undefined) return undefined
    return { r, g, b, a: alpha }
  }
  const h = Number.parseFloat(parts[0] ?? '')
  const s = number(parts[1] ?? '', 1, true)
  const l = number(parts[2] ?? '', 1, true)
  if (!Number.isFinite(h) || s === undefined || l === undefined || alpha === undefined) return undefined
  const k = (n: number) => (n + h / 30) % 12
  const f = (n: number) => 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)))
  return { r: f(0), g: f(8), b: f(4), a: alpha }
}

/**
 * WCAG 2 relative luminance of an opaque colour (0 black … 1 white).
 *
 * @param color The colour; its alpha is ignored.
 */
export function relativeLuminance(color: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(color.r) + 0.7152 * lin(color.g) + 0.0722 * lin(color.b)
}

/**
 * WCAG 2 contrast ratio of text colour `fg` on background `bg`, from 1 to 21.
 * A translucent foreground is blended over the background first.
 * AA asks for 4.5 for body text, 3 for large text.
 *
 * @param fg Text colour (CSS string or parsed).
 * @param bg Background colour (CSS string or parsed); treated as opaque.
 * @throws {TypeError} When a colour is not in a notation {@link parseColor} evaluates.
 */
export function contrastRatio(fg: string | Rgba, bg: string | Rgba): number {
  const back = typeof bg === 'string' ? parseColor(bg) : bg
  const front = typeof fg === 'string' ? parseColor(fg) : fg
  if (!back) throw new TypeError(`Expected a hex, named, rgb() or hsl() colour, found \`${String(bg)}\``)
  if (!front) throw new TypeError(`Expected a hex, named, rgb() or hsl() colour, found \`${String(fg)}\``)
  const blended: Rgba = {
    r: front.r * front.a + back.r * (1 - front.a),
    g: front.g * front.a + back.g * (1 - front.a),
    b: front.b * front.a + back.b * (1 - front.a),
    a: 1
  }
  const [hi, lo] = [relativeLuminance(blended), relativeLuminance(back)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** A channel: `12`, `50%`, `.5`; scaled to `max` (or to 0–1 with `fraction`). */
function number(text: string, max: number, fraction = false): number | undefined {
  const percent = text.endsWith('%')
  const n = Number.parseFloat(percent ? text.slice(0, -1) : text)
  if (!Number.isFinite(n)) return undefined
  const scaled = percent ? (n / 100) * max : fraction ? n / 100 : n
  return Math.min(max, Math.max(0, scaled))
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
