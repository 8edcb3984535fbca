/**
 * CSS lengths as Lectern reads them from front matter (`baseFontSize: 3rem`):
 * a number and a unit, turned into px the way a browser would.
 */

/** px in one of each absolute unit (CSS Values 4). */
const absoluteUnits: Readonly<Record<string, number>> = {
  px: 1,
  pt: 96 / 72,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6
}

/** Font sizes `em` and `rem` are relative to: the root's and the parent's. */
export interface RelativeSizes {
  /** px of `1em` (the parent's font size); default 16. */
  em?: number | undefined
  /** px of `1rem` (the root's font size); default 16. */
  rem?: number | undefined
}

/**
 * A CSS length in px: a number with an absolute unit (`px`, `pt`, `pc`,
 * `in`, `cm`, `mm`, `q`) or a font-relative one (`em`, `rem`, `%` of the
 * parent's size). A bare number is px, as front matter writes it (`36`).
 *
 * @param value A number or a string such as `36px`, `27pt`, `2.25rem`.
 * @param sizes What `em` and `rem` are; default 16px each (a browser's default root size).
 * @returns px, or `undefined` when `value` is not such a length.
 */
export function cssLengthToPx(value: unknown, sizes: RelativeSizes = {}): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const match = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]*|%)\s*$/i.exec(value)
  if (!match) return undefined
  const number = Number(match[1])
  const unit = match[2]!.toLowerCase()
  if (!Number.isFinite(number)) return undefined
  if (unit === '') return number
  if (unit === 'em') return number * (sizes.em ?? 16)
  if (unit === 'rem') return number * (sizes.rem ?? 16)
  if (unit === '%') return (number / 100) * (sizes.em ?? 16)
  const factor = Object.hasOwn(absoluteUnits, unit) ? absoluteUnits[unit] : undefined
  return factor === undefined ? undefined : number * factor
}

/**
 * The `baseFontSize` theme variable in px: a positive CSS length (see
 * {@link cssLengthToPx}); `em` and `rem` are of the browser's 16px, as the
 * variable sets the font size of `.reveal`, whose parent is the page.
 *
 * @param value The variable as written (`36`, `"36px"`, `"3rem"`, `"27pt"`).
 * @returns px, or `undefined` when missing or not a positive length.
 */
export function parseFontSize(value: unknown): number | undefined {
  const px = cssLengthToPx(value)
  return px !== undefined && px > 0 ? px : undefined
}
