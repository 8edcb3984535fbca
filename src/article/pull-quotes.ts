/**
 * Quotations a slide can show as a pull quote: a quoted sentence in a
 * bullet or the notes, a title that is a quotation, a title that is a
 * quotation with its speaker after a dash.
 */
import type { ListItem } from 'mdast'
import { isStatement } from './clause-grammar.js'
import { plainText } from './face-parts.js'
import { tagSentence } from './nlp.js'
import { maskInchMarks } from './quotations.js'
import { citedDate } from './signposts.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Fewest words in a quoted phrase inside a bullet that makes a pull quote. */
const quotedPhraseWords = 6

/** Opening and closing quotation marks. */
const quotePairs: ReadonlyArray<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»']
]

/**
 * What names a work just before its quoted title: its kind ('In his short essay “A fundamental way newspaper sites need
 * to change”'), or its date in a citation ('Christopher Steven Marcum (March 11, 2026). "AI Robots are Coming…"').
 */
const namesWork = new RegExp(String.raw`\b(?:titled|entitled|called|named|essay|article|post|book|paper|report|piece|column|chapter|op-ed|talk|lecture|film|song|poem|speech)\s*$|${citedDate}\.?\s*$`, 'iu')

/**
 * A quoted phrase of six words or more (“…” or "…") in a bullet or a text,
 * as written; a quoted title or a scare-quoted word is too short to count.
 *
 * @param source A bullet, or text (the notes).
 * @param most Most words the phrase may have; default no limit.
 */
export function quotedPhrase(source: ListItem | string, most = Infinity): string | undefined {
  // (Inch marks, "a 1/4" drill", hide as a double prime: they open and close no quotation.)
  const written = typeof source === 'string' ? source : source.children[0]?.type === 'paragraph' ? plainText(source.children[0].children) : ''
  const text = maskInchMarks(written)
  for (const [open, close] of quotePairs) {
    const pattern = new RegExp(`${escapeStringRegexp(open)}([^${escapeStringRegexp(open)}${escapeStringRegexp(close)}]+)${escapeStringRegexp(close)}`, 'gu')
    for (const match of text.matchAll(pattern)) {
      const phrase = match[1]!.trim().replace(/[,;:]$/, '')
      const count = phrase.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
      // A pull quote is a quoted sentence ("Just rename the method"), never a fragment in scare quotes.
      // (A lower-case quotation is one when a verb of saying introduces it: 'The guide says “write re-usable functions…”'.)
      const said = /\b(?:says?|said|writes?|wrote|notes?|noted|argues?|argued|asks?|asked|told|tells|puts? it|calls? it|recommends?|advises?|warns?)\s*[:,]?\s*$/i.test(text.slice(0, match.index))
      // (A title in Title Case is the name of a work cited, not words said: — Stephanie Zvan, "So You've Got Yourself a Policy".)
      const words = phrase.split(/\s+/).filter((word) => /^\p{L}{3,}/u.test(word))
      const titled = words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.7
      // (Nor a title the writer would never give, or words nobody said: 'You'll never catch me writing a blog post titled
      // "Sociolinguists need to wake up on new-fave."' is the opposite of the author's claim.)
      // (Only since the quotation before it or a "but": 'not just saying "This is wrong, rejected!" but instead saying "I
      // think you could do this better…"' endorses the second.)
      const before = text.slice(Math.max(0, match.index - 80), match.index).split(/[”"»]|\bbut\b/).pop()!
      // (Nor an example of what one might say, 'can be very general (e.g., “We wish to experiment with new technology”)',
      // 'practices such as “Write re-usable functions…,” “Test edge cases,” or “Write documentation…”'.)
      const sentence = text.slice(Math.max(0, match.index - 240), match.index).split(/[.!?]["”’)]*\s+(?=\p{Lu})/u).pop()!
      if (/(?:^|\s|\()(?:e\.g\.|i\.e\.|for example|for instance|such as)[\s,]/i.test(sentence)) continue
      // (Nor a saying the writer goes on to deny, '"If you build it, they will come" has never been a winning strategy'.)
      const denied = /^[”"»]?\s*,?\s*(?:has|have|had|is|was|are|were)\s+(?:never|not|no longer|rarely|(?:a|just a) myth|wrong|false)\b/i.test(text.slice(match.index + match[0].length))
      // (Nor a work's title after its kind or its date in a citation: `namesWork`.)
      if (denied || namesWork.test(before) || /\b(?:never|not|no one|nobody|wouldn['’]t|won['’]t|don['’]t|didn['’]t)\b/i.test(before)) continue
      // (Nor a prompt cut off where the reader fills it in: "The results of the search for the right balance (2) are".)
      const unfinished = /\b(?:are|is|was|were|the|a|an|of|to|and|or|for|with|that|as|by)$/i.test(phrase.replace(/[\s.…]+$/, ''))
      if (count >= quotedPhraseWords && count <= most && !titled && !unfinished && (/^\p{Lu}/u.test(phrase) || said) && isStatement(tagSentence(phrase))) return phrase.replace(/″/g, '"')
    }
  }
  return undefined
}

/** A quotation and, after a dash, the one to four capitalised words of its speaker's name. */
const attributed = /^(.+?)\s+(?:[—–]|-{1,2})\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u

/**
 * A heading that is a quotation followed by its speaker's name after a dash
 * ("Teaching is theater not cinema - Neal Davis"): the quotation, a statement
 * of four words or more, and the name, every word of it a proper noun (so
 * "Complex concepts become familiar - Not Scary" is no quotation).
 *
 * @param text The heading's text.
 * @returns The quotation and the name, or `undefined`.
 */
export function attributedQuotation(text: string): { quotation: string; name: string } | undefined {
  const match = attributed.exec(text.trim())
  if (!match) return undefined
  const [, quotation = '', name = ''] = match
  if (quotation.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 4 || /^\d/.test(quotation)) return undefined
  const tokens = tagSentence(name).filter((token) => token.pos !== 'PUNCT')
  if (tokens.length === 0 || tokens.some((token) => token.pos !== 'PROPN')) return undefined
  return isStatement(tagSentence(quotation)) ? { quotation, name } : undefined
}

/**
 * Whether a heading is a quotation of five words or more, quotation marks
 * and all (“A little copying is better than a little dependency”).
 *
 * @param text The heading's text.
 */
export function isQuotation(text: string): boolean {
  const trimmed = text.trim()
  return quotePairs.some(([open, close]) => trimmed.startsWith(open) && trimmed.endsWith(close) && !trimmed.slice(1, -1).includes(close)) && trimmed.split(/\s+/).length >= 5
}

