/**
 * Marks a diary-like list of entries puts around each one: the date that labels it ("January 14. 80 percent of all
 * travel decisions are made by women.") and the hat-tip to whoever told it ("… via MR."); and an interview's "A:"
 * before an answer. None is the claim; the notes keep the sentence whole.
 */
import { tokensText, type Token } from './nlp.js'
import { capitalise, hasFiniteVerb, withoutLeadingSpace, wordsOf } from './clause-grammar.js'
import { monthName } from './grammar-words.js'

const months = new RegExp(`^(?:${monthName})$`)

/**
 * Drop an entry's date label before its statement: "January 14. 80 percent of…" → "80 percent of…" ("14 January:"
 * too). Not a date that is part of the sentence ("January 14 was the coldest day").
 *
 * @param tokens A tagged sentence.
 * @returns The statement after the label, or the sentence as it was.
 */
export function dropEntryDate(tokens: Token[]): Token[] {
  const day = (token: Token | undefined): boolean => token !== undefined && /^(?:[1-9]|[12]\d|3[01])$/.test(token.value)
  const month = (token: Token | undefined): boolean => token !== undefined && months.test(token.lower) && /^\p{Lu}/u.test(token.value)
  if (!((month(tokens[0]) && day(tokens[1])) || (day(tokens[0]) && month(tokens[1]))) || !['.', ':'].includes(tokens[2]?.value ?? '')) return tokens
  const rest = withoutLeadingSpace(tokens.slice(3))
  return wordsOf(rest) >= 4 && hasFiniteVerb(rest) ? capitalise(rest) : tokens
}

/**
 * Drop an interview's answer marker: "A: I went to a military school of electrical engineering" → "I went to…" (the
 * question is the slide's title; "A:" had opened six bullets of an interview copied from its page).
 *
 * @param tokens A tagged sentence.
 * @returns The answer without its marker, or the sentence as it was.
 */
export function dropAnswerMarker(tokens: Token[]): Token[] {
  if (tokens[0]?.value !== 'A' || tokens[1]?.value !== ':' || tokens[2] === undefined) return tokens
  const rest = withoutLeadingSpace(tokens.slice(2))
  return wordsOf(rest) >= 2 ? capitalise(rest) : tokens
}

/**
 * Drop a hat-tip after the sentence's end: "Font design studios are called “foundries.” via J." → "…“foundries.”",
 * "…hailed from China than from America. via The Economist." (a name of up to three words after "via").
 *
 * @param tokens A tagged sentence.
 * @returns The sentence without its hat-tip, or as it was.
 */
export function dropHatTip(tokens: Token[]): Token[] {
  const via = tokens.findLastIndex((token, at) => token.lower === 'via' && at >= 4 && /^[.!?]$|^[”"’]$/.test(tokens[at - 1]!.value))
  if (via === -1) return tokens
  const name = tokensText(tokens.slice(via + 1)).trim()
  return /^(?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2}\.?$/u.test(name) ? tokens.slice(0, via) : tokens
}
