/**
 * What a theme's colours say about reading it: whether its background is
 * dark, the accent that reads on it as large text, and how faint its small
 * secondary text may be.
 */
import { contrastRatio, parseColor, relativeLuminance } from './theme-color.js'

/** Contrast small text needs against the background (WCAG AA). */
const textContrast = 4.5
/** How faint `lectern.css` sets its small secondary text (captions, attributions, bylines): its least opacity. */
const mutedOpacity = 0.75

/**
 * The least opacity of small secondary text (`--lectern-muted-floor`) for a
 * reveal.js theme whose text colour, at `lectern.css`'s 0.75, falls under
 * 4.5:1 on its background (moon, solarized): the first of 0.8 … 1 that
 * reads, 1 when even the full colour does not; `undefined` when 0.75 reads.
 *
 * @param variables The theme's `:root` custom properties.
 */
export function mutedFloor(variables: Readonly<Record<string, string>>): number | undefined {
  const background = variables['--r-background-color'] ? parseColor(variables['--r-background-color']) : undefined
  const text = variables['--r-main-color'] ? parseColor(variables['--r-main-color']) : undefined
  if (!background || !text) return undefined
  const reads = (opacity: number): boolean => contrastRatio({ ...text, a: opacity }, background) >= textContrast
  if (reads(mutedOpacity)) return undefined
  return [0.8, 0.85, 0.9, 0.95].find(reads) ?? 1
}

/** Contrast the accent needs against the background: it colours large text (a big number, a quoted title, a part number). */
const accentContrast = 3

/**
 * The accent for a reveal.js theme whose link colour (Lectern's accent by
 * default) has less than 3:1 contrast with its background, as large text
 * needs (blood's dark red on dark grey): its link hover colour, else its
 * heading colour, whichever reads first; `undefined` when the link colour
 * reads (or the colours are unknown).
 *
 * @param variables The theme's `:root` custom properties.
 */
export function readableAccent(variables: Readonly<Record<string, string>>): string | undefined {
  const background = variables['--r-background-color']
  const link = variables['--r-link-color']
  if (!background || !link || !parseColor(background) || !parseColor(link) || contrastRatio(link, background) >= accentContrast) return undefined
  return [variables['--r-link-color-hover'], variables['--r-heading-color'], variables['--r-main-color']].find(
    (color) => color !== undefined && parseColor(color) !== undefined && contrastRatio(color, background) >= accentContrast
  )
}

/** Whether the variables describe a dark background; `undefined` when unknown. */
export function isDark(variables: Record<string, string>): boolean | undefined {
  const background = variables['--r-background-color']
  const color = background ? parseColor(background) : undefined
  return color ? relativeLuminance(color) < 0.2 : undefined
}
