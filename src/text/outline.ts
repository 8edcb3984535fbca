/**
 * The outline of a recognised plain-text article, and its human-readable form
 * for `lectern outline FILE`.
 */

/** A heading found in the text. */
export interface OutlineHeading {
  /** 2 for a section, 3 for a sub-section. */
  depth: number
  /** The heading text as written. */
  text: string
  /** 1-based source line. */
  line: number
}

/** A line left out of the slides, and why. */
export interface DroppedLine {
  /** 1-based source line. */
  line: number
  /** 1-based column, where the line holds more than what was dropped (a web page's element). */
  column?: number | undefined
  /** The line's text (cleaned). */
  text: string
  /** Why it was dropped (`caption`, `share`, `table of contents`…). */
  reason: string
}

/** What the recogniser decided about a plain-text article. */
export interface TextOutline {
  /** The title (`Untitled` when no line looked like one). */
  title: string
  /** 1-based line of the title, when one was found. */
  titleLine?: number | undefined
  /** A short category label shown above the title. */
  kicker?: string | undefined
  /** The standfirst under the title. */
  subtitle?: string | undefined
  /** The author(s). */
  byline?: string | undefined
  /** The publication date, as written. */
  date?: string | undefined
  /** Section (depth 2) and sub-section (depth 3) headings, in order. */
  headings: OutlineHeading[]
  /** Lines left out as captions, boilerplate or table of contents, in order. */
  dropped: DroppedLine[]
}

/** Longest text shown for one dropped line before it is cut with `…`. */
const maxShown = 72

function shorten(text: string): string {
  return text.length > maxShown ? text.slice(0, maxShown - 1).trimEnd() + '…' : text
}

/**
 * Render an outline as an indented tree with line numbers.
 *
 * @example
 * ```txt
 * title     How Community Gardens Change a Neighbourhood  (line 5)
 * kicker    Urban Living
 *   9  ## What a Garden Gives Back
 * ```
 *
 * @param outline What {@link recogniseText} returned.
 * @returns Text ending with a newline.
 */
export function formatOutline(outline: TextOutline): string {
  const width = String(
    Math.max(outline.titleLine ?? 0, ...outline.headings.map((h) => h.line), ...outline.dropped.map((d) => d.line))
  ).length
  const at = (line: number): string => String(line).padStart(width)
  const out: string[] = []
  out.push(`title     ${outline.title}` + (outline.titleLine ? `  (line ${outline.titleLine})` : '  (not found)'))
  if (outline.kicker) out.push(`kicker    ${outline.kicker}`)
  if (outline.subtitle) out.push(`subtitle  ${outline.subtitle}`)
  if (outline.byline) out.push(`byline    ${outline.byline}`)
  if (outline.date) out.push(`date      ${outline.date}`)
  out.push('')
  if (outline.headings.length === 0) out.push('(no headings: one section)')
  for (const heading of outline.headings) {
    out.push(`${at(heading.line)}  ${'  '.repeat(heading.depth - 2)}${'#'.repeat(heading.depth)} ${heading.text}`)
  }
  if (outline.dropped.length > 0) {
    out.push('', `dropped (${outline.dropped.length} ${outline.dropped.length === 1 ? 'line' : 'lines'}):`)
    for (const line of outline.dropped) out.push(`${at(line.line)}  [${line.reason}] ${shorten(line.text)}`)
  }
  return out.join('\n') + '\n'
}
