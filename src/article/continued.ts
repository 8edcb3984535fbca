/**
 * The mark a continuation page's heading ends with ("Heading (cont.)", see
 * `continuedHeading` in `long-headings.ts`), and the two questions every
 * later stage asks of a heading's text: does it continue a section, and what
 * is it without the mark.
 */

/** The mark, in the deck's own words before `chrome-labels` translates it. */
export const continuedMark = '(cont.)'

const ending = /\s*\(cont\.\)$/

/**
 * Whether a heading's text ends with the mark of a continuation page.
 *
 * @param text The heading's text.
 */
export function isContinued(text: string): boolean {
  return ending.test(text.trim())
}

/**
 * A heading's text without the mark of a continuation page, trimmed.
 *
 * @param text The heading's text.
 */
export function withoutContinued(text: string): string {
  return text.trim().replace(ending, '').trim()
}
