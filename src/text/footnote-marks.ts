/**
 * Footnote references copied from a web page's superscripts: the number
 * lands glued to the word it marked ("there is a smell of shabakiya1 in the
 * air", "a really heavy sleeper)2."). Glued numbers that count up from one
 * through the text (one may be missing) are the page's note marks, and leave
 * the text; a number out of that order ("CO2", "H2O") stays.
 */
import type { SourceLine } from './lines.js'

/**
 * A number of one or two digits glued after a word of letters ending in a small letter, or its closing mark (not a
 * section's "2.1", code's "x.y.0-rc1", nor a form's "STL02"), before a space, a stop or the line's end.
 */
const glued = /(?<=(?:^|[\s(“‘"'])\p{L}*\p{Ll}(?:[).,;:”’"']|[)”’"'][.,;:])?)([1-9]\d?)(?=[\s.,;:!?)”’"']|$)/gu

/**
 * Take the note marks out of the lines' text, in place, when at least two count up from one.
 *
 * @param lines The text's lines.
 * @returns How many marks were taken out.
 */
export function stripFootnoteMarks(lines: SourceLine[]): number {
  const marks: { line: SourceLine; at: number; length: number }[] = []
  let next = 1
  for (const line of lines) {
    if (line.blank) continue
    for (const match of line.text.matchAll(glued)) {
      // (One mark may be missing, set apart from its word: "…zit3, …" then "gendarmes5" with no 4 glued anywhere.)
      const value = Number(match[1])
      if (value < next || value > next + (marks.length >= 2 ? 1 : 0)) continue
      marks.push({ line, at: match.index, length: match[1]!.length })
      next = value + 1
    }
  }
  if (marks.length < 2) return 0
  // (From the end of each line, so that the positions before stay right.)
  for (const { line, at, length } of [...marks].reverse()) line.text = line.text.slice(0, at) + line.text.slice(at + length)
  return marks.length
}
