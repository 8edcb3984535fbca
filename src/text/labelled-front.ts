/**
 * A copied page's front written as labelled lines, as a plain-text edition of a book sets it: "Title: A Modest
 * Proposal" / "Author: Jonathan Swift" / "Year: 1729". The title is read without its label (the author's and the
 * year's are the byline's, `byline.ts`); the deck had been titled "Title: A Modest Proposal" and its one section
 * "Year: 1729".
 */
import { countWords, type SourceLine } from './lines.js'
import { isRoleLine, parseByline } from './byline.js'

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
const plainLabel = /^(?:authors?|author\(s\)|written by|by)\s*:?$/i
/** A site's author box labels its author its own way: "Espressif author". */
const boxLabel = /^\p{Lu}[\p{L}-]* [Aa]uthors?$/u

/**
 * The lines with an author's label on a line of its own among the first lines (or a site's author box, "Espressif author"
 * / "Raffael Rostagno" / "Embedded Software Developer", the role joining the name), over the name on the next ("Author(s)" /
 * "University of Applied Science - Arcada", a blank line after it), read as one labelled line, "Author(s): University of Applied Science -
 * Arcada", which signs the deck (`byline.ts`); the label had been a section of its own and the name its title.
 *
 * @param lines The cleaned lines of a text.
 */
export function withAuthorLabels(lines: readonly SourceLine[]): SourceLine[] {
  const content = lines.flatMap((line, index) => (line.blank ? [] : [index])).slice(0, 10)
  // (Or a name over the author's role, the box's third line: "Raffael Rostagno" / "Embedded Software Developer".)
  const role = (index: number): boolean => content.includes(index + 2) && (lines[index + 3]?.blank ?? true) && isRoleLine(lines[index + 2]!.text)
  // (A plain label among the first six lines only: further down, a labelled block of the front reads it, `frontLabels`.)
  const plain = (index: number): boolean => plainLabel.test(lines[index]!.text)
  const at = content.find((index) => (plain(index) || boxLabel.test(lines[index]!.text)) && content.includes(index + 1) && (!plain(index) || content.indexOf(index + 1) < 6) && ((lines[index + 2]?.blank ?? true) || role(index)) && lines[index + 1]!.text.split(/\s+/).length <= 10 && !/[.!?]$/.test(lines[index + 1]!.text))
  if (at === undefined) return [...lines]
  const name = lines[at + 1]!
  const last = role(at) ? lines[at + 2]! : name
  // (A site's box labels the author its own way, "Espressif author": the line reads "Author: …".)
  const label = plain(at) ? lines[at]!.text.replace(/\s*:$/, '') : 'Author'
  const text = last === name ? `${label}: ${name.text}` : `${label}: ${name.text}, ${last.text}`
  const end = lines.indexOf(last)
  return lines.map((line, index) => (index === at ? { ...line, text, endColumn: last.endColumn, endOffset: last.endOffset } : index > at && index <= end ? { ...line, text: '', blank: true } : line))
}

/** A field's label on a line of its own: a capital, three words at most, no stop or comma. */
const fieldLabel = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}$/u

/**
 * The lines with a block of fields written label over value ("Opdrachtgever" / "Kadaster" / "Uitgevoerd door" /
 * "Valsplat / Happy Labs" / "Type onderzoek" / "Interviews", a report's details box copied from its page) read as a
 * list of labelled items, "• Opdrachtgever: Kadaster": three pairs or more, each label a different one, each value a
 * line of twenty words at most. The label had headed a section and its values had run on as one sentence.
 *
 * @param lines The cleaned lines of a text.
 */
export function withFieldPairs(lines: readonly SourceLine[]): SourceLine[] {
  const out = [...lines]
  let start = 0
  while (start < out.length) {
    if (out[start]!.blank) {
      start++
      continue
    }
    let end = start
    while (end < out.length && !out[end]!.blank) end++
    const block = out.slice(start, end)
    const labels = block.filter((_, at) => at % 2 === 0).map((line) => line.text)
    const values = block.filter((_, at) => at % 2 === 1).map((line) => line.text)
    const pairs = block.length % 2 === 0 && block.length >= 6 && labels.every((label) => fieldLabel.test(label)) && new Set(labels.map((label) => label.toLowerCase())).size === labels.length && values.every((value) => value.split(/\s+/).length <= 20 && !/[.!?]$/.test(value)) && values.some((value) => !fieldLabel.test(value))
    // (Not a table of contents, whose lines come again as the headings below it: looked at only for a block of pairs.)
    const repeated = (): boolean => {
      const later = new Set(out.slice(end).map((line) => line.text.toLowerCase()))
      return block.some((line) => later.has(line.text.toLowerCase()))
    }
    if (pairs && !repeated()) {
      const merged = labels.map((label, at) => ({ ...block[at * 2]!, text: `• ${label}: ${values[at]!}`, endColumn: block[at * 2 + 1]!.endColumn, endOffset: block[at * 2 + 1]!.endOffset }))
      out.splice(start, block.length, ...merged)
      end = start + merged.length
    }
    start = end
  }
  return out
}


/** An update's label on a line of its own in a page's title block: "Modified" / "April 14, 2023". */
const updateLabel = /^(?:modified|last modified|updated|last updated)\s*:?$/i

/**
 * The lines with an update's label on a line of its own among the first twenty, over its date on the next ("Modified" /
 * "April 14, 2023", a Quarto page's title block), read as one labelled line, "Modified: April 14, 2023", an update note
 * (`boilerplate-lines.ts`). The label had headed a section of the date.
 *
 * @param lines The cleaned lines of a text.
 */
export function withUpdateLabels(lines: readonly SourceLine[]): SourceLine[] {
  const content = new Set(lines.flatMap((line, index) => (line.blank ? [] : [index])).slice(0, 20))
  const out = [...lines]
  for (const at of content) {
    const value = out[at + 1]
    if (!updateLabel.test(out[at]!.text) || !value || value.blank || !content.has(at + 1) || !(out[at + 2]?.blank ?? true) || parseByline(value.text)?.date === undefined || countWords(value.text) > 6) continue
    out[at] = { ...out[at]!, text: `${out[at]!.text.replace(/\s*:$/, '')}: ${value.text}`, endColumn: value.endColumn, endOffset: value.endOffset }
    out[at + 1] = { ...value, text: '', blank: true }
  }
  return out
}
