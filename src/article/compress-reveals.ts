/**
 * A head that points ahead to what its dash or colon says: a set-up that names nothing ("…resulted in one actuality -
 * people's self-identity becomes…"), a writer's realising around what they name ("I have become aware of what I now feel
 * is the most important element of habit formation: friction"), and the label-and-answer bullet that leaves.
 */
import { capitalise, isStatement, isVerb, startsClause, withoutLeadingSpace } from './clause-grammar.js'
import { tokensText, type Token } from './nlp.js'
import { pronounReferent } from './compress-front.js'

/** A noun phrase that points ahead to what follows its dash or colon: "one actuality", "a simple reason", "two things", "a relatively simple problem". */
const pointsAhead = /\b(?:one|an?|a single|the same|two|three|the main) (?:(?:relatively|very|fairly|really|pretty|quite) )?(?:[\p{L}-]+ )?(?:actuality|reality|result|outcome|reason|thing|things|problem|lesson|truth|fact|effect|consequence|conclusion|goal|aim|idea|question|point|difference|objective|mission|purpose|message|motto|rule|principle|vision|promise|answer|challenge|finding)$/iu

/**
 * The statement after a dash or colon that a set-up points to ("The app's design and its dominance have resulted in
 * one actuality - people's self-identity becomes so multi-faceted…"): the set-up names nothing, the point follows.
 *
 * @param tokens A tagged sentence.
 * @returns The statement after the set-up, or the sentence as it was.
 */
export function dropSetUp(tokens: Token[]): Token[] {
  // (A colon stands after its word; a dash between spaces, not inside "self-identity".)
  const split = tokens.findIndex((token, index) => index > 3 && (token.value === ':' || (/^[-–—]$/.test(token.value) && token.space !== '')))
  if (split === -1) return tokens
  const before = tokens.slice(0, split)
  const after = withoutLeadingSpace(tokens.slice(split + 1))
  const text = before.map((token) => token.value).join(' ')
  // ("…, but there is also a racial hierarchy: listings in low-poverty Black or Latino communities contain less
  // information…": a thing said to exist, then what it is.)
  const exists = /^(?:but |and )?there (?:is|are|was|were) (?:also |still |now |clearly )?(?:an?|one|two|three|some|several) /i.test(text) && before.length <= 8
  if ((!pointsAhead.test(text) && !exists) || after.length < 4) return tokens
  // ("…a new movement appeared with a clear objective: make all the research results available to the public without any
  // restriction": what follows is no clause, so the set-up's noun labels it, "Clear objective: make all the research…".)
  if (!startsClause(after) || !isStatement(after)) {
    const start = before.findLastIndex((token) => ['DET', 'NUM'].includes(token.pos) || ['one', 'a', 'an', 'the'].includes(token.lower))
    const label = before.slice(start + 1)
    return start !== -1 && label.length >= 1 && label.length <= 3 && split + 1 < tokens.length && isVerb(after[0]!) ? capitalise([...withoutLeadingSpace(label), { ...tokens[split]!, space: '' }, { ...after[0]!, space: ' ' }, ...after.slice(1)]) : tokens
  }
  // ("htmx solves a relatively simple problem: it adds a handful of attributes…": the set-up's subject for its pronoun.)
  if (['it', 'they'].includes(after[0]!.lower)) {
    const referent = pronounReferent(after[0]!.lower, before)
    return referent ? [...withoutLeadingSpace(referent.map((token) => ({ ...token }))), ...after.slice(1)] : tokens
  }
  return capitalise(after)
}

/** A writer's realising around what they name ("Over the past two years I have become aware of what I now feel is…"). */
const realising = /^(?:[\p{L}\d ]{0,30},? )?(?:i|we) (?:have |['’]ve )?(?:become aware of|come to (?:see|reali[sz]e|believe)|realised|realized|learned|learnt|discovered|found) what (?:i|we) (?:now )?(?:feel|think|believe|consider|see) (?:is|are)$/iu

/**
 * What a writer's realising names, labelling what its colon says (a step of `dropFrame`): "Over the past two years I
 * have become aware of what I now feel is the most important element of habit formation: friction" → "The most
 * important element of habit formation: friction".
 *
 * @param tokens A tagged sentence.
 * @returns The label and its answer, or `undefined` when the sentence has no such frame.
 */
export function realisedName(tokens: Token[]): Token[] | undefined {
  const at = tokens.findIndex((token, index) => index >= 6 && ['is', 'are'].includes(token.lower) && realising.test(tokensText(tokens.slice(0, index + 1))))
  const rest = at === -1 ? [] : withoutLeadingSpace(tokens.slice(at + 1))
  return rest[0]?.lower === 'the' && rest.some((token) => token.value === ':') ? capitalise(rest) : undefined
}

/**
 * Whether a bullet without a verb names a thing and, after its colon, what it is, a word or three ending it ("The most
 * important element of habit formation: friction"): a label and its claim, as {@link realisedName} leaves one.
 *
 * @param tokens A bullet's tokens.
 */
export function isNamedAnswer(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.value === ':')
  const answer = tokens.slice(colon + 1).filter((token) => /[\p{L}\p{N}]/u.test(token.value))
  return colon >= 3 && tokens[0]?.lower === 'the' && !tokens.slice(0, colon).some(isVerb) && answer.length >= 1 && answer.length <= 3 && !answer.some(isVerb)
}
