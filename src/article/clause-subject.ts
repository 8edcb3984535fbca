/**
 * The subject of a clause: the noun phrase it opens with, when a verb
 * follows it. Compression brings a dropped clause's subject in for a
 * pronoun (`compress-front.ts`), and topic titles name a slide by it.
 */
import type { Token } from './nlp.js'
import { isComma, isVerb } from './clause-grammar.js'

/** The noun phrase that opens `tokens` (a clause's subject), with "like A, B or C" examples. */
function openingNounPhrase(tokens: readonly Token[]): Token[] | undefined {
  let end = 0
  // (A determiner after the noun opens no more of the phrase: "The Bureau both tracked…" is about "the Bureau".)
  while (end < tokens.length && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[end]!.pos) && tokens[end]!.lower !== 'like' && !(tokens[end]!.pos === 'DET' && ['NOUN', 'PROPN'].includes(tokens[end - 1]?.pos ?? ''))) end++
  const core = tokens.slice(0, end)
  if (!core.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return undefined
  if (['like', 'including'].includes(tokens[end]?.lower ?? '') && /^\p{Lu}/u.test(tokens[end + 1]?.value ?? '')) {
    let at = end + 1
    while (at < tokens.length && (/^\p{Lu}/u.test(tokens[at]!.value) || (isComma(tokens[at]) && tokens[at]!.value === ',') || tokens[at]!.pos === 'CCONJ')) at++
    while (at > end && (isComma(tokens[at - 1]) || tokens[at - 1]!.pos === 'CCONJ')) at--
    return tokens.slice(0, at)
  }
  return core
}

/**
 * The subject of a clause: its opening noun phrase when a verb follows it.
 * The tagger sometimes takes the verb for a noun ("programmers shift
 * towards…"): a base-form last noun before a preposition is the verb.
 */
export function clauseSubject(tokens: readonly Token[]): Token[] | undefined {
  const phrase = openingNounPhrase(tokens)
  if (!phrase) return undefined
  const next = tokens[phrase.length]
  if (next && isVerb(next)) return phrase
  // "Organizations like Hugging Face, EleutherAI, or Meta AI open-source…": the examples end the subject.
  if (phrase.some((token) => token.lower === 'like' || token.lower === 'including')) return phrase
  const last = phrase[phrase.length - 1]!
  const shorter = phrase.slice(0, -1)
  if (phrase.length >= 2 && last.pos === 'NOUN' && !/s$/.test(last.lower) && (!next || ['ADP', 'DET', 'PRON', 'ADV', 'PART'].includes(next.pos)) && shorter.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) {
    return shorter
  }
  return undefined
}
