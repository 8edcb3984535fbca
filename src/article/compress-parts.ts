/**
 * Parts of a sentence that compression weighs: the clause after a writer's ellipsis, the names and numbers it holds,
 * its text without the source it cites.
 */
import { tokensText, type Token } from './nlp.js'
import { capitalise, isComma, isStatement, isVerb, namesSomething, pronounSubjects, withoutLeadingSpace, wordsOf } from './clause-grammar.js'
import { insideBrackets, insideQuotation } from './quotations.js'

/** What follows a mid-sentence ellipsis and its connective ("... until one day I read…" → "One day I read…"), as a clause of its own. */
export function afterEllipsis(tokens: readonly Token[]): Token[] | undefined {
  // (Not Go's "...int" nor an ellipsis in brackets: a pause between words, a space after it.)
  const at = tokens.findIndex((token, index) => index >= 4 && /^(?:\.{3}|…)$/.test(token.value) && /^\p{Ll}+$/u.test(tokens[index + 1]?.value ?? '') && tokens[index + 1]!.space !== '')
  if (at === -1 || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at))) return undefined
  let tail = withoutLeadingSpace(tokens.slice(at + 1))
  if (['until', 'and', 'but', 'then', 'so', 'when'].includes(tail[0]?.lower ?? '')) tail = withoutLeadingSpace(tail.slice(1))
  const clause = capitalise(tail)
  // A clause with its subject, its verb before any comma: "One day I read someone I respect rave about the AeroPress"
  // (not "Would have loved industrial design", nor "An object, not a struct, and it can't be…").
  const verb = clause.findIndex((token) => isVerb(token))
  const comma = clause.findIndex((token) => isComma(token))
  const subject = ['PRON', 'NOUN', 'PROPN', 'DET', 'NUM'].includes(clause[0]?.pos ?? '') && !pronounSubjects.has(clause[0]!.lower === 'i' ? '' : clause[0]!.lower)
  return wordsOf(clause) >= 5 && subject && verb > 0 && (comma === -1 || verb < comma) && isStatement(clause) ? clause : undefined
}

/** The names and numbers of a sentence ("Trello", "Slack", "3,700"), as {@link namesSomething} finds them. */
export function namedIn(tokens: readonly Token[]): string[] {
  return tokens.filter((token, index) => namesSomething(index === 0 ? [token] : [tokens[index - 1]!, token]) && (index === 0 ? /\d/.test(token.value) : true)).map((token) => token.lower)
}

/** A sentence's text without the source it cites at its end, whose figures are no claim ("…, according to the 2023 survey of 4,000 riders"). */
export function claimedText(tokens: readonly Token[]): string {
  return tokensText(tokens).replace(/,\s*(?:according to|as (?:measured|reported) (?:by|in)|based on|source:)\s.*$/i, '')
}
