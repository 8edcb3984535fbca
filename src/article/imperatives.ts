/**
 * Imperatives: whether a clause opens with a verb in its base form, as an instruction does ("Scroll back up…"), and the
 * clause after a "then" that may open one (`clause-grammar.ts` re-exports both).
 */
import type { Token } from './nlp.js'

/** Whether the tokens open with an imperative: a verb in its base form ("say out loud…", "scroll back up…"). */
export function startsImperative(tokens: readonly Token[]): boolean {
  const [first, second] = tokens
  if (first === undefined || second === undefined || tokens.length < 3 || first.lower !== first.lemma || /ing$/.test(first.lower)) return false
  if (first.pos === 'VERB') return true
  // ("…, do it while you are teaching", "Be careful": "do" and "be" as imperatives.)
  if (first.pos === 'AUX' && ['do', 'be'].includes(first.lower) && ['PRON', 'ADJ', 'DET', 'PART'].includes(second.pos)) return true
  // The tagger takes some imperatives for nouns ("use it", "scroll back up"): a noun does not take an object pronoun or a particle.
  return first.pos === 'NOUN' && (['it', 'them', 'your', 'the', 'a', 'an', 'this', 'that', 'these', 'those'].includes(second.lower) || ['back', 'up', 'out', 'down', 'off'].includes(second.lower))
}

/** A clause after its "then" and an adverb ("…, then definitely let them know" → "let them know"). */
export function afterThen(tokens: Token[]): Token[] {
  if (tokens[0]?.lower !== 'then') return tokens
  return tokens[1]?.pos === 'ADV' && /ly$/.test(tokens[1].lower) ? tokens.slice(2) : tokens.slice(1)
}
