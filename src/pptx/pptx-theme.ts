/**
 * A deck theme's colours, typefaces and type sizes for PowerPoint, read from
 * the resolved theme's custom properties (`--r-*` from reveal.js, `--lectern-*`
 * from Lectern) with the deck's `themeVariables` applied. Pure.
 */
import { parseColor } from '../theme/theme-color.js'

/** What a PowerPoint deck takes from a theme. Colours are `RRGGBB` hex, sizes points. */
export interface PptxTheme {
  background: string
  text: string
  heading: string
  link: string
  accent: string
  muted: string
  border: string
  codeBackground: string
  codeText: string
  bodyFont: string
  headingFont: string
  codeFont: string
  /** Body text size in points. */
  bodySize: number
  /** Size of a deck title (`h1`) and a slide title (`h2`) in points. */
  titleSize: number
  headingSize: number
  /** Code size in points. */
  codeSize: number
  /** Whether headings are bold (a weight of 600 or more). */
  headingBold: boolean
  /** `uppercase` and the like, applied to titles' text. */
  headingTransform: 'none' | 'uppercase' | 'lowercase' | 'capitalize'
  /** Colour of each highlight.js token kind (`keyword`, `string`…) that the theme sets. */
  tokens: Record<string, string>
}

/**
 * The PowerPoint theme of a deck.
 *
 * @param variables The theme's custom properties, `themeVariables` applied (`ResolvedTheme.variables`).
 * @param slideWidth The deck's width in CSS pixels (default 1280); type sizes scale with it to a 13.33-inch slide.
 */
export function pptxThemeOf(variables: Readonly<Record<string, string>>, slideWidth = 1280): PptxTheme {
  const value = (name: string): string | undefined => resolveVar(variables, name)
  const color = (fallback: string, ...names: string[]): string => {
    for (const name of names) {
      const hex = toHex(value(name))
      if (hex) return hex
    }
    return fallback
  }
  const background = color('FFFFFF', '--r-background-color', '--r-background')
  const dark = luminance(background) < 0.4
  const text = color(dark ? 'EEEEEE' : '222222', '--r-main-color')
  const heading = color(text, '--r-heading-color')
  const link = color(dark ? '42AFFA' : '2A76DD', '--r-link-color')
  const accent = color(link, '--lectern-accent', '--r-link-color')
  // Points per CSS pixel: a 13.33-inch (960-point) slide for the deck's width.
  const pointsPerPixel = 960 / slideWidth
  const bodyPx = pixels(value('--r-main-font-size'), 16) ?? 40
  const em = (name: string, fallback: number): number => {
    const raw = value(name)
    const match = raw ? /^([\d.]+)em$/.exec(raw.trim()) : undefined
    return match ? Number(match[1]) : (pixels(raw, bodyPx) ?? fallback * bodyPx) / bodyPx
  }
  const weight = Number(value('--r-heading-font-weight') ?? 'NaN')
  const transform = (value('--r-heading-text-transform') ?? 'none').trim()
  const tokens: Record<string, string> = {}
  for (const name of Object.keys(variables)) {
    const match = /^--lectern-hl-([a-z-]+)$/.exec(name)
    const hex = match ? toHex(resolveVar(variables, name)) : undefined
    if (match && hex) tokens[match[1]!] = hex
  }
  const codeEm = em('--lectern-code-font-size', 0.55)
  return {
    background,
    text,
    heading,
    link,
    accent,
    muted: color(mix(text, background), '--lectern-muted-color'),
    border: color(mix(text, background, 0.25), '--lectern-border-color'),
    codeBackground: color(mix(text, background, 0.06), '--lectern-code-background', '--lectern-surface-color'),
    codeText: color(text, '--lectern-code-color'),
    bodyFont: firstFamily(value('--r-main-font')) ?? 'Arial',
    headingFont: firstFamily(value('--r-heading-font')) ?? firstFamily(value('--r-main-font')) ?? 'Arial',
    codeFont: firstFamily(value('--r-code-font')) ?? 'Courier New',
    bodySize: round(bodyPx * pointsPerPixel),
    titleSize: round(Math.min(em('--r-heading1-size', 2.5), 2.3) * bodyPx * pointsPerPixel),
    headingSize: round(Math.min(em('--r-heading2-size', 1.6), 1.6) * bodyPx * pointsPerPixel),
    codeSize: round(Math.max(Math.min(codeEm, 0.8), 0.45) * bodyPx * pointsPerPixel),
    headingBold: Number.isFinite(weight) ? weight >= 600 : true,
    headingTransform: transform === 'uppercase' || transform === 'lowercase' || transform === 'capitalize' ? transform : 'none',
    tokens
  }
}

/** A custom property's value with `var(--x, fallback)` references resolved. */
function resolveVar(variables: Readonly<Record<string, string>>, name: string, depth = 0): string | undefined {
  const raw = variables[name]
  if (raw === undefined || depth > 8) return undefined
  return raw.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g, (_, inner: string, fallback: string | undefined) => resolveVar(variables, inner, depth + 1) ?? fallback ?? '')
}

/**
 * `RRGGBB` of a CSS colour (over white when translucent), or `undefined` when it is not one (`color-mix()`, a gradient).
 *
 * @param value A CSS colour.
 */
export function toHex(value: string | undefined): string | undefined {
  if (!value) return undefined
  const parsed = parseColor(value.trim())
  if (!parsed) return undefined
  // Over white: PowerPoint colours have no alpha here.
  const over = (channel: number): number => Math.round(channel * parsed.a + 255 * (1 - parsed.a))
  return [over(parsed.r), over(parsed.g), over(parsed.b)].map((channel) => channel.toString(16).padStart(2, '0')).join('').toUpperCase()
}

/** Pixels of a CSS length (`36px`, `27pt`, `2rem`), `em` against `base`. */
function pixels(value: string | undefined, base: number): number | undefined {
  const match = value ? /^([\d.]+)(px|pt|r?em)$/.exec(value.trim()) : undefined
  if (!match) return undefined
  const number = Number(match[1])
  return match[2] === 'px' ? number : match[2] === 'pt' ? (number * 4) / 3 : match[2] === 'rem' ? number * 16 : number * base
}

/** The first family of a `font-family` list, without quotes; generic families are left to PowerPoint. */
function firstFamily(value: string | undefined): string | undefined {
  if (!value) return undefined
  for (const part of value.split(',')) {
    const name = part.trim().replace(/^["']|["']$/g, '')
    if (name && !/^(?:serif|sans-serif|monospace|system-ui|ui-[a-z-]+|cursive|fantasy|inherit|initial|-apple-system|BlinkMacSystemFont)$/i.test(name)) return name
  }
  return undefined
}

/** `a` mixed into `b`, `share` of `a`. */
function mix(a: string, b: string, share = 0.6): string {
  const channels = (hex: string) => [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16))
  const [x, y] = [channels(a), channels(b)]
  return x.map((channel, index) => Math.round(channel * share + y[index]! * (1 - share)).toString(16).padStart(2, '0')).join('').toUpperCase()
}

function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function round(points: number): number {
  return Math.round(points * 2) / 2
}
