/**
 * A copied page's front written as labelled lines, as a plain-text edition of a book sets it: "Title: A Modest
 * Proposal" / "Author: Jonathan Swift" / "Year: 1729". The title is read without its label (the author's and the
 * year's are the byline's, `byline.ts`); the deck had been titled "Title: A Modest Proposal" and its one section
 * "Year: 1729".
 */
import type { SourceLine } from './lines.js'

/** The labels a front may write before its values. */
const labelled = /^(title|author|authors|by|year|date|published)\s*:\s+(\S.*)$/i

/**
 * The lines with a labelled title at the top read as its value, when the title's label opens the text and
 * another label follows it within the next three lines; other texts as they were.
 *
 * @param lines The cleaned lines of a text.
 */
export function withoutFrontLabels(lines: readonly SourceLine[]): SourceLine[] {
  const content = lines.flatMap((line, index) => (line.blank ? [] : [index])).slice(0, 4)
  const [first, ...next] = content.map((index) => labelled.exec(lines[index]!.text))
  if (first?.[1]!.toLowerCase() !== 'title' || !next.some((match) => match !== null)) return [...lines]
  return lines.map((line, index) => {
    const match = content.includes(index) ? labelled.exec(line.text) : null
    if (!match || match[1]!.toLowerCase() !== 'title') return line
    const cut = line.text.length - match[2]!.length
    return { ...line, text: match[2]!, column: line.column + cut, offset: line.offset + cut }
  })
}
