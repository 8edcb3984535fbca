/**
 * The measured box model of a theme: what `lectern` needs to know about a
 * theme's CSS to predict, without a browser, how tall a slide face is. The
 * numbers come from Chromium (`src/theme/theme-probe.ts` is the probe deck laid out in
 * the theme and measured); Lectern's and reveal.js's themes are measured
 * ahead of time (`npm run measure-themes` writes `measured-themes.json`), other themes
 * at build time when a browser is available.
 *
 * Lengths are CSS px at the canvas the theme was measured at; font advances
 * are in em.
 */
import { readFileSync } from 'node:fs'
import { parseFontSize } from '../theme/css-length.js'
import type { DeckConfig } from '../types.js'

/** Bumped when the probe or the shape of the measurements changes (old caches are then ignored). */
export const measurementsVersion = 5

/** The characters whose advances are measured one by one: printable ASCII and common typographic punctuation. */
export const measuredCharset = `${Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('')}’‘“”–—…•€£°×é`

/** Advances, in em, of characters in one font (family, weight, style) as Chromium sets them. */
export interface FontAdvances {
  /** Advance of each character of {@link measuredCharset}, in its order. */
  advances: number[]
  /** Other characters, by class: averages weighted by English text (letters) or plain means. */
  upper: number
  lower: number
  digit: number
  /** Other symbols and punctuation. */
  other: number
  /** Ideographs and other full-width characters. */
  wide: number
  /** Whether the font is the system's (no web font of the family in the deck): it differs from machine to machine. */
  system: boolean
}

/** A text style as the theme sets it. */
export interface MeasuredText {
  /** Key into {@link ThemeMeasurements.fonts}: the first family, weight and style (`Inter 400`, `Lato 400 italic`). */
  font: string
  /** Font of `<strong>` in this text. */
  bold: string
  /** Font size in px. */
  size: number
  /** Distance between two lines in px. */
  lineHeight: number
  /** Letter spacing in px. */
  letterSpacing: number
  /** Whether the theme sets it in capitals (`text-transform: uppercase`). */
  upper: boolean
  /** Font size of inline `<code>` in this text, in px. */
  codeSize: number
  /** Font of inline `<code>`. */
  code: string
  /** Horizontal padding and borders of inline `<code>`, in px. */
  codeInset: number
}

/** A block of text: one line of it is `text.lineHeight + extra` tall, between its margins. */
export interface MeasuredBlock {
  text: MeasuredText
  /** Height of the block with one line, less that line: padding, borders, a marker's taller line box. */
  extra: number
  /** Margins the block has towards its neighbours (after collapsing with its own children's). */
  marginTop: number
  marginBottom: number
  /** Width of the box its text wraps in, in px. */
  width: number
}

/** A block of items (a list, footnotes): `first` for one item of one line, `pitch` for each further item. */
export interface MeasuredItems {
  text: MeasuredText
  /** Height of the block with one item of one line. */
  first: number
  /** Height each further one-line item adds. */
  pitch: number
  /** Height between two paragraphs of one item (loose lists, footnotes), less the line. */
  paragraphGap: number
  marginTop: number
  marginBottom: number
  /** Width items wrap in, in px. */
  width: number
}

/** Everything Lectern measures of a theme. */
export interface ThemeMeasurements {
  version: number
  /** Canvas the theme was measured at, in px. */
  width: number
  height: number
  /** Font size of `.reveal`, in px. */
  bodySize: number
  /** Padding of a slide: left plus right, top plus bottom. */
  insetX: number
  insetY: number
  /** `h1`…`h4` on a content slide (deeper headings are measured as `h4`). */
  headings: { 1: MeasuredBlock; 2: MeasuredBlock; 3: MeasuredBlock; 4: MeasuredBlock }
  /** A paragraph; `superscriptExtra` is what a footnote mark adds to its line. */
  paragraph: MeasuredBlock & { superscriptExtra: number }
  /** Bulleted lists: tight (items without paragraphs), loose, nested inside an item, and numbered. */
  list: {
    tight: MeasuredItems
    loose: MeasuredItems
    /** A list inside a tight item: what it adds to the item. */
    nested: MeasuredItems
    /**
     * What a one-item nested list adds to an item of a loose list, after the item's paragraph:
     * in the list's last item, and in an item another follows (where a list that holds its
     * margins, as an inline-block one does, keeps the paragraph's margin as well).
     */
    looseNested: { last: number; inner: number }
    /** Width items of a numbered list wrap in. */
    orderedWidth: number
  }
  /** A code block: `extra` is its padding and borders; `maxHeight` its tallest before it scrolls (`-1`: it never does). */
  code: { text: MeasuredText; extra: number; maxHeight: number; marginTop: number; marginBottom: number }
  /** A table: header and body rows, horizontal cell padding (inner columns, the last column). */
  table: {
    header: { text: MeasuredText; extra: number }
    cell: { text: MeasuredText; extra: number }
    paddingInner: number
    paddingLast: number
    marginTop: number
    marginBottom: number
  }
  /** A block quote of paragraphs. */
  quote: MeasuredBlock & { paragraphGap: number }
  /** An image alone in its paragraph: its largest height, and what the paragraph adds. */
  image: { maxHeight: number; extra: number; marginTop: number; marginBottom: number }
  /** A thematic break (`---` in a slide-style deck). */
  rule: { height: number; marginTop: number; marginBottom: number }
  /** The footnotes a slide shows at its bottom. */
  footnotes: MeasuredItems
  /** The title slide as the theme styles `.title-slide`. */
  title: { kicker: MeasuredBlock; h1: MeasuredBlock; subtitle: MeasuredBlock; meta: MeasuredBlock }
  /** Advances of every font the styles above use. */
  fonts: Record<string, FontAdvances>
}

/** Measurements of several themes, fonts shared: the shape of `measured-themes.json`. */
export interface MeasuredThemes {
  version: number
  /** The reveal.js version the themes were measured with. */
  reveal: string
  /** The browser that measured them (`Chrome/156.0.8078.114`). */
  chromium?: string | undefined
  /** The canvas they were measured at (`1280x720`). */
  canvas?: string | undefined
  fonts: Record<string, FontAdvances>
  themes: Record<string, Omit<ThemeMeasurements, 'fonts'>>
}

/** Where the committed measurements are (`npm run measure-themes` writes them; tsc copies them to `build/`). */
export const measuredThemesFile = new URL('./measured-themes.json', import.meta.url)

let committed: MeasuredThemes | undefined

/**
 * The committed measurements of the shipped themes, read on first use. Their
 * shape and numbers are checked by the tests, which measure the themes again.
 */
export function measuredThemes(): MeasuredThemes {
  return (committed ??= JSON.parse(readFileSync(measuredThemesFile, 'utf8')) as MeasuredThemes)
}

/**
 * The measurements of a theme Lectern ships (its own and reveal.js's), as
 * committed in `measured-themes.json`.
 *
 * @param name Theme name.
 * @returns The measurements, or `undefined` for a theme that is not shipped.
 */
export function shippedMeasurements(name: string): ThemeMeasurements | undefined {
  const data = measuredThemes()
  const theme = Object.hasOwn(data.themes, name) ? data.themes[name] : undefined
  if (!theme) return undefined
  const fonts: Record<string, FontAdvances> = {}
  for (const text of textsOf(theme)) for (const key of [text.font, text.bold, text.code]) fonts[key] = data.fonts[key]!
  return { ...structuredClone(theme), fonts }
}

/**
 * Whether a theme sets text (not code) in fonts of the system rather than
 * fonts the deck bundles: measured on one machine, such a theme may set
 * wider on another.
 *
 * @param theme Measurements of the theme.
 */
export function usesSystemFonts(theme: ThemeMeasurements): boolean {
  // Code does not wrap: its font does not decide how a face fits.
  return textsOf(theme).some((text) => text !== theme.code.text && (theme.fonts[text.font]?.system === true || theme.fonts[text.bold]?.system === true))
}

/** Names of the themes with committed measurements. */
export function shippedThemeNames(): string[] {
  return Object.keys(measuredThemes().themes)
}

/** Every text style of a theme's measurements. */
export function textsOf(theme: Omit<ThemeMeasurements, 'fonts'>): MeasuredText[] {
  const { headings, paragraph, list, code, table, quote, footnotes, title } = theme
  return [
    headings[1].text,
    headings[2].text,
    headings[3].text,
    headings[4].text,
    paragraph.text,
    list.tight.text,
    list.loose.text,
    list.nested.text,
    code.text,
    table.header.text,
    table.cell.text,
    quote.text,
    footnotes.text,
    title.kicker.text,
    title.h1.text,
    title.subtitle.text,
    title.meta.text
  ]
}

/** `text-color` / `text_color` → `textColor`, as theme variables may be written either way. */
function camelCase(key: string): string {
  return key.replace(/[-_]+([a-z0-9])/gi, (_, char: string) => char.toUpperCase())
}

/**
 * A theme variable by its camelCase name, however the front matter spells it
 * (`baseFontSize`, `base-font-size`).
 *
 * @param variables The deck's `themeVariables`.
 * @param name The camelCase name.
 */
export function themeVariable(variables: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  for (const [key, value] of Object.entries(variables ?? {})) if (!key.startsWith('--') && camelCase(key) === name) return value
  return undefined
}

/** Theme variables that change colours or chrome only, never where text wraps. */
const cosmeticVariables = new Set(['backgroundColor', 'textColor', 'headingColor', 'linkColor', 'accentColor', 'logo', 'footer', 'slideNumbers'])

/**
 * Whether a deck's theme variables or extra stylesheets may change its
 * layout (fonts, sizes, code style, custom properties that are not colours),
 * so the shipped measurements of its theme do not hold.
 *
 * @param config The deck configuration (`themeVariables`, `css`).
 */
export function changesLayout(config: Pick<DeckConfig, 'themeVariables'> & { css?: readonly string[] | undefined }): boolean {
  if ((config.css ?? []).length > 0) return true
  return Object.entries(config.themeVariables ?? {}).some(([key, value]) => {
    if (key.startsWith('--')) return !/(?:color|colour|background|accent|shadow)$/i.test(key) && !/^\s*(?:#[0-9a-f]{3,8}|(?:rgb|hsl|oklch|color-mix)a?\(.*\))\s*$/i.test(String(value))
    return !cosmeticVariables.has(camelCase(key))
  })
}

/** How much larger than its nearest shipped theme an unmeasured theme is assumed to set its text. */
export const fallbackSafety = 1.1

/**
 * Conservative measurements for a theme that could not be measured: the
 * nearest shipped theme (the theme itself when it is shipped, else
 * `lectern`), scaled to the deck's `baseFontSize` (or, for a theme that is
 * not shipped, a 42px body, reveal.js's own size) and then up by
 * {@link fallbackSafety}.
 *
 * @param config The deck configuration (`theme`, `themeVariables`).
 */
export function fallbackMeasurements(config: Pick<DeckConfig, 'theme' | 'themeVariables'>): ThemeMeasurements {
  const shipped = shippedMeasurements(config.theme)
  const base = shipped ?? shippedMeasurements('lectern')!
  const requested = parseFontSize(themeVariable(config.themeVariables, 'baseFontSize'))
  const body = requested ?? (shipped ? base.bodySize : 42)
  const scaled = scaleMeasurements(base, (body / base.bodySize) * fallbackSafety)
  const transform = themeVariable(config.themeVariables, 'headingTextTransform')
  if (transform !== undefined) for (const level of [1, 2, 3, 4] as const) scaled.headings[level].text.upper = transform === 'uppercase'
  return scaled
}

/**
 * Measurements with every font size, line and margin scaled by `factor`;
 * widths, slide insets and the largest image and code heights stay.
 *
 * @param theme Measurements to scale.
 * @param factor Scale factor.
 */
export function scaleMeasurements(theme: ThemeMeasurements, factor: number): ThemeMeasurements {
  const keep = new Set(['version', 'width', 'height', 'insetX', 'insetY', 'maxHeight', 'orderedWidth'])
  const scale = (value: unknown, key: string): unknown => {
    if (typeof value === 'number') return keep.has(key) || !Number.isFinite(value) ? value : value * factor
    if (Array.isArray(value) || value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([inner, child]) => [inner, key === 'fonts' ? child : inner === 'width' ? child : scale(child, inner)]))
  }
  return scale(theme, '') as ThemeMeasurements
}
