/** The cut of a purpose that trails a complete claim ("… | to help users know what to expect"). */
import type { Token } from './nlp.js'
import { isStatement, wordsOf } from './clause-grammar.js'
import { complementNouns, complementVerbs, meansVerbs, purposeVerbs, timeSpan } from './compress-words.js'
import { insideBrackets, insideQuotation } from './quotations.js'

/**
 * Drop a purpose that trails a complete claim ("The developer enhanced the
 * course by adding more precise instructions… | to help users know what to
 * expect"): "to help", "to make", "to ensure", "so that"… at the end of the
 * sentence, after a noun.
 */
export function dropTrailingPurpose(tokens: Token[]): Token[] {
  for (let index = tokens.length - 3; index >= 6; index--) {
    const [token, verb] = [tokens[index]!, tokens[index + 1]!]
    const purpose = (token.lower === 'to' && purposeVerbs.has(verb.lower)) || (token.lower === 'so' && verb.lower === 'that') || (token.lower === 'in' && verb.lower === 'order')
    if (!purpose || !['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos)) continue
    // ("…as I build out a solution to help me understand APIs and my options": the writer's own purpose is the point.)
    if (['me', 'us', 'myself', 'ourselves'].includes(tokens[index + 2]?.lower ?? '')) continue
    // ("…you have the option to make the repository private", "it may make sense to…": what the noun wants, no purpose.)
    if (complementNouns.has(tokens[index - 1]!.lemma) || tokens.slice(0, index).some((other) => other.lower === 'it')) continue
    // ("…that OPRE recently gained was language | to provide multi-year authority": a noun the verb "be" gives the subject
    // is what its "to" describes, no purpose.)
    if (['is', 'are', 'was', 'were', 'be', 'been'].includes(tokens[index - (tokens[index - 2]?.pos === 'DET' ? 3 : 2)]?.lower ?? '')) continue
    // ("…the DSL also allows CPython's maintainers to avoid hand-writing…": the object of "allow" takes its "to", no purpose.)
    if (tokens.slice(Math.max(0, index - 5), index).some((other) => complementVerbs.has(other.lemma))) continue
    // ("…noise infusion use math to protect individual privacy": what a means is used for is the point of using it.)
    // ("…took a couple weeks | to really focus on this": what the time was taken for is the point of taking it.)
    if (tokens.slice(Math.max(0, index - 4), index).some((other) => other.pos === 'VERB' && (meansVerbs.has(other.lemma) || (other.lemma === 'take' && timeSpan.test(tokens[index - 1]!.lower))))) continue
    // ("…a framework for the students to establish their workflows and the teacher[ to track…]": a second subject of "for … to".)
    if ((tokens[index - 2]?.lower === 'and' || (tokens[index - 3]?.lower === 'and' && tokens[index - 2]?.pos === 'DET')) && tokens.slice(0, index).some((other, at) => other.lower === 'for' && tokens.slice(at + 1, at + 5).some((later, after) => later.lower === 'to' && tokens[at + 2 + after]?.pos === 'VERB'))) continue
    // ("…by adding them to the language without any work | to make up for the years…": what is missing is said by its "to";
    // without it the bullet said the opposite.)
    if (tokens.slice(Math.max(0, index - 4), index).some((other) => ['without', 'no', 'lack', 'lacking', 'lacks'].includes(other.lower))) continue
    const head = tokens.slice(0, index)
    if (wordsOf(head) >= 6 && isStatement(head) && !insideBrackets(head) && !insideQuotation(head)) return head
  }
  return tokens
}
