/**
 * Recognise list items in plain text: bullets (`-`, `*`, `•`, `·`, `–`, …),
 * numbers (`1.`, `1)`, `(1)`), and `Label: text` items.
 */

/** A list marker found at the start of a line. */
export interface ListMarker {
  /** `true` for numbered items. */
  ordered: boolean
  /** The number of a numbered item. */
  number?: number | undefined
  /** The marker as written (`•`, `1)`), so a change of marker starts a new list. */
  marker: string
  /** The item text after the marker. */
  content: string
}

const bullet = /^([-*•·–—▪◦‣●○+])\s+(\S.*)$/
const numbered = /^(\(?)(\d{1,3})([.)])\s+(\S.*)$/
/** `a. Use pre-questions…`, `b) …`: a lettered item, under a numbered one (its marker `a.`, `a)`). */
const lettered = /^(\(?)([a-h])([.)])\s+(\p{Lu}\S*(?:\s+\S+){2,}.*)$/u

/**
 * Read the list marker at the start of a line.
 *
 * @param text Cleaned line text.
 * @returns The marker, or `undefined` when the line is not a list item.
 */
export function listMarker(text: string): ListMarker | undefined {
  const b = bullet.exec(text)
  if (b) return { ordered: false, marker: b[1]!, content: b[2]! }
  const n = numbered.exec(text)
  if (n) {
    // `(1)` needs its closing `)`; `1.` must not be a decimal like `1.5 million`.
    if (n[1] === '(' && n[3] !== ')') return undefined
    // (Nor is a telephone number's area code one: "(504) 717-7235 keala.hughes@…".)
    if (n[3] === ')' && /^\d{3}[-.\s]\d{4}\b/.test(n[4]!)) return undefined
    return { ordered: true, number: Number(n[2]), marker: n[1]! + n[3]!, content: n[4]! }
  }
  const l = lettered.exec(text)
  if (l && !(l[1] === '(' && l[3] !== ')')) return { ordered: true, number: l[2]!.charCodeAt(0) - 96, marker: `${l[1]}a${l[3]}`, content: l[4]! }
  return undefined
}

/** Multi-level section numbers: `2.1 Method`, `2.1. Method`, `3.2.1 Details`. */
const sectionNumber = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/

/**
 * Read a multi-level section number (`2.1 Method`).
 *
 * @param text Cleaned line text.
 * @returns The number of levels (2 for `2.1`) and the text after the number, or `undefined`.
 */
export function sectionNumbering(text: string): { levels: number; content: string } | undefined {
  const match = sectionNumber.exec(text)
  if (!match) return undefined
  return { levels: match[1]!.split('.').length, content: match[2]! }
}

/** A `Label: text` split. */
export interface Labelled {
  /** The label, without the colon. */
  label: string
  /** The text after the colon and space. */
  rest: string
}

/**
 * Split `Label: text` (a label of at most six words, starting with a
 * capital or digit, without sentence punctuation; not a URL or a time).
 *
 * @param text Item text.
 * @returns The label and the rest, or `undefined`.
 */
export function splitLabel(text: string): Labelled | undefined {
  const match = /^([\p{Lu}\p{N}"“'][^:.!?]{0,39}?):\s+(\S.*)$/u.exec(text)
  if (!match) return undefined
  const label = match[1]!
  if (label.split(' ').length > 6) return undefined
  if (/\d$/.test(label) && /^\d/.test(match[2]!)) return undefined // 10:30
  return { label, rest: match[2]! }
}
