/**
 * What a clause refers to: whether it names something an audience can hold on to, and whether it points back at a
 * clause or sentence before it (a bullet cannot stand alone then).
 */
import type { Token } from './nlp.js'
import { isPunct } from './token-text.js'
import { pronounSubjects } from './grammar-words.js'

/**
 * Whether tokens name something an audience can hold on to: a number, a
 * name inside the sentence, or code — not just an ordinal or a vague date
 * ("a second time", "today").
 *
 * @param tokens Tagged text.
 */
export function namesSomething(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, index) =>
      /\d/.test(token.value) ||
      (token.pos === 'PROPN' && index > 0 && /^\p{Lu}/u.test(token.value) && !/^[:“"‘(]$/.test(tokens[index - 1]!.value)) ||
      token.value === '`' ||
      /[a-z][A-Z]|[._/][a-z]/.test(token.value)
  )
}

/** Pronouns that point at something named in another clause or sentence. */
const pointingPronouns = new Set(['this', 'that', 'it', 'them', 'these', 'those'])

/** Whether a clause ends on a pronoun that points back ("…enough resources for this") or on a bare auxiliary ("For a generation it did"): no bullet alone. */
export function endsPointingBack(tokens: readonly Token[]): boolean {
  const last = tokens.filter((token) => !isPunct(token)).at(-1)
  return pointingPronouns.has(last?.lower ?? '') || (last?.pos === 'AUX' && !['be', 'been', 'being'].includes(last.lower))
}

/**
 * Whether a clause that follows another leans on it ("…, and travellers ask about that", "…, so you better get started
 * early on those items"), or opens with "they", "it", "the new ones": no bullet alone.
 */
export function leansOnHead(tail: readonly Token[]): boolean {
  return pronounSubjects.has(tail[0]?.lower ?? '') || tail.some((token, at) => at > 0 && ((pointingPronouns.has(token.lower) && token.pos === 'PRON') || (['those', 'these'].includes(token.lower) && ['NOUN', 'ADJ'].includes(tail[at + 1]?.pos ?? '')))) || (tail[0]?.lower === 'the' && tail.slice(1, 4).some((token) => token.lower === 'ones'))
}
