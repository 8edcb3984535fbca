/**
 * The code a bullet names, set as code again: a bullet is compressed from plain text, and "the of operator", ".raises",
 * "openArray" had read as English words on the face (a blind reader of set 406 found a cost model for Nim without one
 * name set as code). Each inline code span of the paragraph a bullet comes from is found in the bullet's text, whole and
 * with the word before it that the paragraph has (so that a short name, `of`, marks the right "of"), and set apart.
 */
import type { Paragraph, PhrasingContent } from 'mdast'
import { toString } from './visible-text.js'

/** A code span of a paragraph and the words the paragraph writes around it. */
interface CodeSpan {
  /** The code. */
  value: string
  /** The word before it, lower case (`''` at the start). */
  before: string
  /** The word after it, lower case (`''` at the end). */
  after: string
}

/** The inline code spans of a paragraph, each with the words the paragraph writes before and after it. */
export function codeSpansOf(node: Paragraph): CodeSpan[] {
  const found: Array<{ value: string; before: string; end: number }> = []
  let text = ''
  const walk = (children: readonly PhrasingContent[]): void => {
    for (const child of children) {
      if (child.type === 'inlineCode') {
        found.push({ value: child.value, before: lastWord(text), end: text.length + child.value.length })
        text += child.value
      } else if ('children' in child) walk(child.children as PhrasingContent[])
      else text += toString(child)
    }
  }
  walk(node.children)
  return found.map(({ value, before, end }) => ({ value, before, after: /^\W*([\p{L}\p{N}'’-]+)/u.exec(text.slice(end))?.[1]?.toLowerCase() ?? '' }))
}

/**
 * Whether a cut dropped a code span from inside what it kept: "Seqs and strings are `(len, p)` pairs" had become "Seqs and
 * strings are pairs", its brackets read as an aside; the words on both sides of the code stand together in the bullet.
 *
 * @param text The bullet's text.
 * @param spans From {@link codeSpansOf}.
 */
export function dropsCode(text: string, spans: readonly CodeSpan[]): boolean {
  const lower = ` ${text.toLowerCase()} `
  return spans.some((span) => span.before !== '' && span.after !== '' && !text.includes(span.value) && lower.includes(` ${span.before} ${span.after} `))
}

/** The last word of a text, lower case. */
function lastWord(text: string): string {
  return /([\p{L}\p{N}'’-]+)\W*$/u.exec(text)?.[1]?.toLowerCase() ?? ''
}

/** Whether the code at `at` of `text` stands as a word of its own (no letter, digit or underscore touching it). */
function standsAlone(text: string, at: number, length: number): boolean {
  return !/[\p{L}\p{N}_]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}_]/u.test(text.charAt(at + length))
}

/**
 * A bullet's plain text with the paragraph's code spans set as inline code again, where each occurs whole after the
 * same word as in the paragraph (a name of four characters or more that holds no space, or one with a sign in it, also
 * without that word: the cut may have dropped it). Text without any of them stays one text node.
 *
 * @param text The bullet's text.
 * @param spans From {@link codeSpansOf}.
 * @returns The bullet's phrasing.
 */
export function withCodeSpans(text: string, spans: readonly CodeSpan[]): PhrasingContent[] {
  const marks: Array<{ at: number; length: number }> = []
  for (const span of spans) {
    if (span.value.trim() === '') continue
    const distinct = /[^\p{L}\s]/u.test(span.value) || (span.value.length >= 4 && !/\s/.test(span.value))
    let found = -1
    for (let at = text.indexOf(span.value); at !== -1; at = text.indexOf(span.value, at + 1)) {
      if (!standsAlone(text, at, span.value.length) || marks.some((mark) => at < mark.at + mark.length && mark.at < at + span.value.length)) continue
      if (lastWord(text.slice(0, at)) === span.before) {
        found = at
        break
      }
      if (found === -1 && distinct) found = at
    }
    if (found !== -1) marks.push({ at: found, length: span.value.length })
  }
  if (marks.length === 0) return [{ type: 'text', value: text }]
  marks.sort((a, b) => a.at - b.at)
  const out: PhrasingContent[] = []
  let from = 0
  for (const mark of marks) {
    if (mark.at > from) out.push({ type: 'text', value: text.slice(from, mark.at) })
    out.push({ type: 'inlineCode', value: text.slice(mark.at, mark.at + mark.length) })
    from = mark.at + mark.length
  }
  if (from < text.length) out.push({ type: 'text', value: text.slice(from) })
  return out
}
