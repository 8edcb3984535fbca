/**
 * The punctuation, word counts and capitals of tagged tokens: the small tests
 * and edits that every stage of sentence compression shares.
 */
import { tokensText, type Token } from './nlp.js'

/** Whether a token is punctuation or a symbol. */
export function isPunct(token: Token): boolean {
  // (A web address or an email is tagged SYM too, and is a word.)
  return token.pos === 'PUNCT' || token.type === 'punctuation' || (token.pos === 'SYM' && !['url', 'email'].includes(token.type) && !/[\p{L}\p{N}]{2}/u.test(token.value))
}

/** Whether a token is a comma or a semicolon. */
export function isComma(token: Token | undefined): boolean {
  return token !== undefined && (token.value === ',' || token.value === ';')
}

/** Whether a token is a dash (not a hyphen inside a word). */
export function isDash(token: Token | undefined): boolean {
  // A hyphen with a space before it is a dash typed on a keyboard ("again - this is…"); "state-of-the-art" has none.
  return token !== undefined && (/^(?:—|–|--)$/.test(token.value) || (token.value === '-' && token.space !== ''))
}

/**
 * Count words the way a reader does: runs of non-space characters.
 *
 * @param text Any text.
 * @returns The number of words.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '' && /[\p{L}\p{N}]/u.test(word)).length
}

/** The words of tokens, counted as {@link countWords} does. */
export function wordsOf(tokens: readonly Token[]): number {
  return countWords(tokensText(tokens))
}

/** The tokens with their first word capitalised (a lower-case name such as `npm` keeps its case). */
export function capitalise(tokens: Token[]): Token[] {
  // ('"big data" typically refers to…': the word after an opening quotation mark.)
  // (Not a quoted literal of one word, '"module" isn't supported yet'.)
  if (tokens.length > 3 && /^["“‘']$/.test(tokens[0]!.value) && tokens[1]!.space === '' && tokens[2]!.type === 'word') {
    const [quote, ...words] = tokens
    return [{ ...quote!, space: '' }, ...capitalise(words).map((token, at) => (at === 0 ? { ...token, space: '' } : token))]
  }
  const [first, ...rest] = tokens
  if (!first || !/^\p{Ll}/u.test(first.value) || first.type !== 'word' || /[^\p{L}'-]/u.test(first.value)) return tokens
  // A lower-case name (`npm`, `git`) keeps its case.
  // (So does a handle, "stuartmorgan@ notices…", "amirh@ lands…": the name glued to its "@".)
  if (first.pos === 'PROPN' || (first.pos === 'NOUN' && !first.stop && first.value.length <= 4 && /^[a-z]+$/.test(first.value) && !/[aeiou]/.test(first.value)) || (rest[0]?.space === '' && rest[0].value === '@')) return tokens
  const value = first.value.charAt(0).toUpperCase() + first.value.slice(1)
  return [{ ...first, value, space: '' }, ...rest]
}

/** The tokens without the space before their first. */
export function withoutLeadingSpace(tokens: Token[]): Token[] {
  const [first, ...rest] = tokens
  return first ? [{ ...first, space: '' }, ...rest] : tokens
}

/**
 * Where the predicate after position `at` starts: the next token, or the one after an adverb of manner that opens it
 * ("…McKinley, who couldn't locate them on a map, ultimately pushed for…").
 *
 * @param tokens The sentence.
 * @param at The position before the predicate (a comma).
 */
export function predicateAfter(tokens: readonly Token[], at: number): number {
  return tokens[at + 1]?.pos === 'ADV' && /ly$/.test(tokens[at + 1]!.lower) ? at + 2 : at + 1
}

/**
 * Whether a word has the form of a participle or a gerund ("used", "seen", "building"): its ending, and for a verb the
 * tagger's lemma too, so that a base form that ends so ("need", "proceed", "bring", "happen", "open") is none.
 *
 * @param token A tagged word.
 */
export function participleForm(token: Token): boolean {
  return /(?:ed|ing|en)$/.test(token.lower) && !(token.pos === 'VERB' && token.lower === token.lemma)
}

/**
 * Whether a word has the form of a verb's past ("returned", "came", "denied"): not its base form (its lemma), nor in
 * "-s" or "-ing".
 *
 * @param token A tagged word.
 */
export function pastForm(token: Token): boolean {
  return token.lower !== token.lemma && !/(?:s|ing)$/.test(token.lower)
}
