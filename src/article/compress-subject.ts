/**
 * Asides about a sentence's subject without commas or after "or": the role it is given ("Funders as the authoritative
 * source… need to…") and a gloss ("A supply chain attack, or a cyber attack aimed at…, on…"), cuts of `compress.ts`.
 */
import type { Token } from './nlp.js'
import { isPunct } from './clause-grammar.js'
import { participleForm } from './token-text.js'

/**
 * Drop the role a subject is given between it and its verb, without commas: "Funders as the authoritative and trusted
 * source of funding information need to ensure…" → "Funders need to ensure…".
 *
 * @param tokens The sentence.
 * @returns The sentence without the role, or as it was.
 */
export function dropSubjectRole(tokens: Token[]): Token[] {
  const as = tokens.findIndex((token, at) => at >= 1 && at <= 4 && token.lower === 'as')
  if (as === -1 || !tokens.slice(0, as).every((token) => ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(token.pos)) || !['the', 'a', 'an'].includes(tokens[as + 1]?.lower ?? '')) return tokens
  const verb = tokens.findIndex((token, at) => at > as + 2 && at <= as + 14 && (token.pos === 'AUX' || (token.pos === 'VERB' && !(/(?:ed|ing)$/.test(token.lower) && participleForm(token)))) && ['NOUN', 'PROPN'].includes(tokens[at - 1]!.pos))
  if (verb === -1 || tokens.slice(as + 1, verb).some((token) => isPunct(token) || ['that', 'which', 'who'].includes(token.lower))) return tokens
  return [...tokens.slice(0, as), ...tokens.slice(verb)]
}

/**
 * Drop a gloss of the subject, another name for it after "or" between commas, before the sentence goes on: "A supply
 * chain attack, or a cyber attack aimed at breaking the weakest part of a software development process, on an important
 * open source archival tool was discovered…" → "A supply chain attack on an important open source archival tool was
 * discovered…"; "A backdoor, or alternative method of access, was added…". The gloss holds no finite verb, and what
 * follows its comma goes on with the subject (a preposition) or its verb. (Not the last of a list: "cats, or dogs, or…"
 * and "tea, coffee, or water" have no noun phrase before a verb.)
 *
 * @param tokens The sentence.
 * @returns The sentence without the gloss, or as it was.
 */
export function dropGloss(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((token, at) => at >= 1 && at <= 6 && token.value === ',' && tokens[at + 1]?.lower === 'or')
  if (comma === -1 || tokens.slice(0, comma).some((token) => ['VERB', 'AUX', 'PRON', 'SCONJ'].includes(token.pos) || token.value === ',') || !['NOUN', 'PROPN'].includes(tokens[comma - 1]!.pos)) return tokens
  const close = tokens.findIndex((token, at) => at > comma + 2 && /^[,;:.!?()—–]$/.test(token.value))
  if (close === -1 || tokens[close]!.value !== ',' || close - comma > 18) return tokens
  const inside = tokens.slice(comma + 2, close)
  if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(inside[0]!.pos) || inside.some((token) => token.pos === 'AUX' || token.pos === 'PRON' || (token.pos === 'VERB' && !/(?:ed|ing)$/.test(token.lower)))) return tokens
  const after = tokens[close + 1]
  if (!after || !(['AUX', 'VERB', 'ADP'].includes(after.pos)) || /ing$/.test(after.lower)) return tokens
  return [...tokens.slice(0, comma), ...tokens.slice(close + 1)]
}
