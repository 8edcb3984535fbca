/**
 * Recognise table-of-contents blocks: a run of short lines that repeat
 * headings found later in the document, maybe under `Contents` or
 * `In this article`.
 */

import type { DropReason } from './boilerplate-lines.js'
import { isHeadlineShaped, isLowercaseHeadingShaped, type SourceLine } from './lines.js'

const tocMarker = /^(?:(?:table of )?contents|in this (?:article|post|guide|story|report)|on this page|jump to(?: section)?|skip to(?: section)?|quick links|what(?:'|’)s inside|op deze pagina|inhoud(?:sopgave)?|auf dieser seite|inhalt(?:sverzeichnis)?|sur cette page|sommaire|table des matières|en esta página|índice|contenido)\s*:?$/i

/** Strip list markers and numbering, lowercase, drop punctuation: the key a TOC entry and its heading share. */
export function entryKey(text: string): string {
  return text
    .replace(/^(?:[-*•·–—▪◦‣●○+]\s+)?/, '')
    .replace(/^\(?\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/\s*(?:\.{2,}|…)?\s*\d+$/, '') // page numbers: "Method ..... 4"
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Find table-of-contents blocks.
 *
 * A block is a run of at least three consecutive short lines (headline-shaped,
 * or heading-shaped but starting with a lower-case word: `git subtrees`) of
 * which at least two thirds repeat a later line of the document, or
 * a `Contents`-style marker followed by at least two such lines of which
 * at least half repeat a later line. Single blank lines inside the run are
 * allowed.
 *
 * @param lines All lines of the document.
 * @param from Index of the first line to look at (the start of the body).
 * @param skip Lines already dropped (index → reason); they are ignored.
 * @returns The lines of every block found, index → `'table of contents'`.
 */
export function findToc(lines: readonly SourceLine[], from: number, skip: ReadonlyMap<number, DropReason>): Map<number, DropReason> {
  const dropped = new Map<number, DropReason>()
  const content: number[] = []
  for (let index = from; index < lines.length; index++) {
    if (!lines[index]!.blank && !skip.has(index)) content.push(index)
  }
  // Each line's key, made once: `later` looks at every line after a candidate.
  const keys = content.map((index) => entryKey(lines[index]!.text))
  const later = (position: number, key: string): boolean => {
    for (let next = position + 1; next < content.length; next++) {
      const index = content[next]!
      if (keys[next] === key && !dropped.has(index)) return true
    }
    return false
  }

  for (let position = 0; position < content.length; position++) {
    const markerIndex = content[position]!
    const marked = tocMarker.test(lines[markerIndex]!.text)
    const start = marked ? position + 1 : position
    // (Lines a sentence introduces with its colon, "…in this blog post we address the following questions:", are its
    // list — the talk's agenda — even when each is a heading later.)
    const before = position > 0 ? lines[content[position - 1]!]!.text.trim() : ''
    if (!marked && /:$/.test(before) && before.split(/\s+/).length >= 5) continue
    // Collect the run of short lines.
    const run: number[] = []
    let end = start
    while (end < content.length) {
      const index = content[end]!
      const text = lines[index]!.text
      const entry = text.replace(/^[-*•·–—▪◦‣●○+]\s+/, '')
      // (Under a marker, any short bulleted line: "• $1,600 in utility savings…", "• Questions? Ask a Climate Coach!".)
      const bulleted = marked && entry !== text && entry.split(/\s+/).length <= 12
      if (!isHeadlineShaped(entry) && !isLowercaseHeadingShaped(entry) && !/\d+$/.test(text) && !bulleted) break
      if (run.length > 0 && index - content[end - 1]! > 2) break // more than one blank line between
      run.push(index)
      end++
    }
    // The run ends where the repeated lines start: trim entries that are the headings themselves.
    let matches = 0
    let length = 0
    for (let entry = 0; entry < run.length; entry++) {
      const key = entryKey(lines[run[entry]!]!.text)
      if (key === '' || !later(start + entry, key)) {
        if (marked) {
          length = entry + 1
          continue
        }
        break
      }
      matches++
      length = entry + 1
    }
    // Trailing non-matching entries are not part of the TOC.
    while (length > 0 && !later(start + length - 1, entryKey(lines[run[length - 1]!]!.text))) length--
    const enough = marked ? length >= 2 && matches * 2 >= length : length >= 3 && matches * 3 >= length * 2
    // (Nor the first items of a numbered list in the text whose next item names no heading: "1. The Medical Model" … "3." then
    // "4. The Biopsychosocial Model" under "Biopsychosocial Model" — the list had lost its first three.)
    const numbered = (at: number): number | undefined => { const found = /^(\d{1,2})[.)]\s/.exec(lines[run[at] ?? -1]?.text ?? ''); return found ? Number(found[1]) : undefined }
    if (!enough || (!marked && length < run.length && numbered(length) !== undefined && numbered(length) === (numbered(length - 1) ?? -1) + 1)) continue
    if (marked) dropped.set(markerIndex, 'table of contents')
    for (let entry = 0; entry < length; entry++) dropped.set(run[entry]!, 'table of contents')
    position = start + length - 1
  }
  return dropped
}
