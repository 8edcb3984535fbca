/**
 * The comma a writer left out after a fronted condition: "If the copy-pasted code breaks you will not know how to fix
 * it…" reads as one long subordinate clause, no statement, and its bullet was lost; with the comma the grammar finds
 * the main clause and cuts what trails it. A mark of punctuation, no word, is added.
 */
import type { Token } from './token.js'

/** Subordinators that front a condition or a time before the main clause. */
const fronting = new Set(['if', 'when', 'once', 'unless', 'because', 'although', 'though', 'while', 'after', 'before', 'since', 'whenever'])

/** Verbs whose clause may follow without "that": "tell them you will…", "think we can…". */
const clauseTakers = new Set(['tell', 'say', 'know', 'think', 'believe', 'hope', 'promise', 'show', 'find', 'realise', 'realize', 'feel', 'ensure', 'assume', 'mean', 'guess', 'suppose', 'expect', 'decide', 'agree', 'warn', 'remind', 'notice', 'see', 'hear', 'learn', 'claim', 'suggest', 'wish'])

/** Subjects that open a main clause: "…breaks you will…", "…is done we can…". */
const subjects = new Set(['you', 'we', 'i', 'they', 'he', 'she', 'it', 'there'])

/**
 * The sentence with a comma before its main clause when a fronted condition has none: the first personal pronoun
 * followed by an auxiliary or a verb, after the condition's own verb.
 *
 * @param tokens A tagged sentence.
 * @returns The tokens, a comma added where it was missing, or the tokens as they were.
 */
export function withConditionComma(tokens: readonly Token[]): readonly Token[] {
  if (!fronting.has(tokens[0]?.lower ?? '')) return tokens
  for (let at = 3; at < tokens.length - 2; at++) {
    const token = tokens[at]!
    if (/^[,;:—–()]$/.test(token.value)) return tokens
    if (!subjects.has(token.lower) || !['AUX', 'VERB'].includes(tokens[at + 1]!.pos)) continue
    // (The condition has its verb before it, and the word before is no verb that takes the pronoun as its object.)
    // (A verb the tagger read as a noun, "…code breaks you will…", counts; so does a participle after its auxiliary, "…is done we can…".)
    const before = tokens[at - 1]!
    const nounVerb = before.pos === 'NOUN' && /[^s]s$/.test(before.lower) && ['NOUN', 'ADJ'].includes(tokens[at - 2]!.pos)
    const participle = before.pos === 'VERB' && tokens[at - 2]!.pos === 'AUX' && !/ing$/.test(before.lower)
    const condition = tokens.slice(1, at)
    // (Nor after a verb that takes a clause without its "that": "If you tell them you will be late…".)
    // (Nor in a question word's clause, "…not sure which problem you have…", nor after "then", which marks the main clause itself.)
    if (condition.some((other) => clauseTakers.has(other.lemma) || /^(?:which|what|who|whom|whose|how|where|whether|why)$/.test(other.lower)) || before.lower === 'then') return tokens
    if ((!condition.some((other) => other.pos === 'VERB' || other.pos === 'AUX') && !nounVerb) || (['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PART', 'DET'].includes(before.pos) && !participle) || /^(?:that|than|as|so)$/.test(before.lower)) return tokens
    const comma: Token = { value: ',', lower: ',', lemma: ',', pos: 'PUNCT', space: '', type: 'punctuation', stop: false }
    return [...tokens.slice(0, at), comma, ...tokens.slice(at)]
  }
  return tokens
}
