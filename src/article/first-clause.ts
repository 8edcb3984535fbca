/** A list item's long sentence cut to the first of its clauses that stands alone as a statement. */
import { compressTokens, type Compressed } from './compress.js'
import { clauseSegments } from './clause-segments.js'
import { tagSentence, tokensText } from './nlp.js'

/**
 * The first clause of a long sentence that makes a statement on its own ("…, and you need a patent grant…" is left to the
 * notes).
 *
 * @param sentence The sentence.
 * @param maxWords The bullet's budget.
 */
export function firstClause(sentence: string, maxWords: number): Compressed | undefined {
  const tokens = tagSentence(sentence)
  for (const [at, clause] of clauseSegments(tokens).entries()) {
    // (Not a later clause whose subject stands for what the first named: "…, but it doesn’t seem to be available…".)
    // (Nor one that points back with "such", "those": "…, and such buses can carry an order of magnitude more people".)
    if (['it', 'this', 'they', 'these', 'that', 'such', 'those'].includes(clause[0]?.lower ?? '') && !sentence.toLowerCase().startsWith(clause[0]!.lower)) continue
    // (Nor one given the first clause's subject, which a wrong attachment gives a claim of its own: "Data governance
    // committees can publish summaries that specify which datasets are to be published, or remain unpublished" is not
    // "Data governance committees remain unpublished".)
    // (Nor one without a subject of its own: "…, but will then see the history up to when…".)
    if (at > 0 && (!sentence.includes(tokensText(clause).trim()) || ['AUX', 'VERB'].includes(clause.find((token) => token.pos !== 'ADV' && token.pos !== 'CCONJ')?.pos ?? ''))) continue
    // (Nor one a contrast goes on to qualify: "We understood that the AndroidX migration was breaking[, but underestimated
    // the scale of the breakage]" said the opposite of the lesson.)
    const said = tokensText(clause).trim()
    if (sentence.includes(said) && /^\s*[,;]?\s*(?:but|yet)\b/i.test(sentence.slice(sentence.indexOf(said) + said.length))) continue
    const compressed = compressTokens(clause, maxWords, maxWords + 6)
    // (Never one that ends waiting for its verb or object: "if possible it's nice to", "Tsukiji market - a must".)
    const last = compressed?.tokens.filter((token) => !/^[.!?]$/.test(token.value)).at(-1)
    if (last && (['ADP', 'PART', 'DET', 'AUX', 'CCONJ', 'SCONJ'].includes(last.pos) || /^(?:must|should|can|could|would|will|may|might)$/i.test(last.value))) continue
    if (compressed && compressed.tokens.filter((token) => !token.stop && /\p{L}{3}/u.test(token.value)).length >= 3) return compressed
  }
  return undefined
}
