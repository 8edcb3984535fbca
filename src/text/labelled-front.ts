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

/** A label on a line of its own over the author's name: "Author(s)" / "University of Applied Science - Arcada". */
const authorLabel = /^(?:authors?|author\(s\)|written by|by)\s*:?$/i

/**
 * The lines with an author's label on a line of its own among the first lines, over the name on the next ("Author(s)" /
 * "University of Applied Science - Arcada", a blank line after it), read as one labelled line, "Author(s): University of Applied Science -
 * Arcada", which signs the deck (`byline.ts`); the label had been a section of its own and the name its title.
 *
 * @param lines The cleaned lines of a text.
 */
export function withAuthorLabels(lines: readonly SourceLine[]): SourceLine[] {
  const content = lines.flatMap((line, index) => (line.blank ? [] : [index])).slice(0, 6)
  const at = content.find((index) => authorLabel.test(lines[index]!.text) && content.includes(index + 1) && (lines[index + 2]?.blank ?? true) && lines[index + 1]!.text.split(/\s+/).length <= 10 && !/[.!?]$/.test(lines[index + 1]!.text))
  if (at === undefined) return [...lines]
  const name = lines[at + 1]!
  return lines.map((line, index) => (index === at ? { ...line, text: `${line.text.replace(/\s*:$/, '')}: ${name.text}`, endColumn: name.endColumn, endOffset: name.endOffset } : index === at + 1 ? { ...line, text: '', blank: true } : line))
}
