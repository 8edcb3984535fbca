/**
 * A claim whose payoff is the short sentence after it: "But the best
 * theorists are more than mathematicians and scientists. They're
 * storytellers." A blind review found the set-up on the slide and the
 * payoff in the notes. The payoff joins its claim's bullet after a dash
 * ("The best theorists are more than mathematicians and scientists — they're
 * storytellers"), and is no bullet of its own.
 */
import { countWords, isQuestion, isStatement } from './clause-grammar.js'
import type { Analysis } from './sentence-analysis.js'

/** A scored sentence of a section (`select.ts`'s candidate). */
type Candidate = Analysis & { paragraph: number; index: number; score: number }

/** Most words in a payoff sentence. */
const payoffWords = 4

/** Subjects a payoff opens with: the claim's subject again, or the claim itself. */
const payoffSubject = /^(?:they|it|that|this|these|those|he|she)(?:['’](?:re|s|ll|ve|d))?$/i

/** What a sentence of a few words says when it is the writer's aside, not the claim's payoff ("That's it.", "It depends."). */
const aside = /^(?:that['’]s (?:it|all|that|fine|ok(?:ay)?|life)|it depends|this is fine|it happens)\b/i

/** A belief the writer held: "I had always assumed that…", "We first thought…". */
const belief = /\b(?:i|we)(?: had| have|['’]d)? (?:always |originally |first |initially |long |naively )?(?:assumed|thought|believed|expected|figured|presumed|supposed|imagined)\b/i

/** A short answer that turns it: "Nope, it's a classic 2-piece.", "Turns out…", "Wrong." */
const reversal = /^(?:nope|no|wrong|not so|not quite|not at all|not true|turns out|it turns out|as it turns out|actually|in fact|in reality|i was wrong|we were wrong)\b/i

/**
 * Join each payoff to the bullet of the claim before it, in place: the
 * payoff becomes a signpost (never a bullet of its own), and its claim's
 * bullet carries it.
 *
 * @param candidates A section's scored candidates, in source order.
 * @param hardCap Most words a bullet may have with its payoff.
 */
export function joinPayoffs(candidates: Candidate[], hardCap: number): void {
  candidates.forEach((payoff, at) => {
    const claim = candidates[at - 1]
    // (Or a paragraph of its own that answers the claim with its verb: "Sir Lancelot answered blue when asked his favorite
    // color and was allowed to cross." / "We answered "orange".", the section's point.)
    const verbs = (candidate: Candidate): string[] => candidate.tokens.filter((token) => token.pos === 'VERB').map((token) => token.lemma)
    const alone = claim !== undefined && payoff.paragraph === claim.paragraph + 1 && payoff.index === 0 && candidates[at + 1]?.paragraph !== payoff.paragraph && verbs(payoff).some((verb) => verbs(claim).includes(verb))
    if (!claim?.bullet || (claim.paragraph !== payoff.paragraph && !alone) || claim.signpost || claim.vague || (payoff.index !== claim.index + 1 && !alone)) return
    const words = countWords(payoff.sentence)
    const first = payoff.tokens[0]
    // ("Heisenberg does object to Nazism. But not very strongly.": a qualification without a verb turns the claim, and
    // without it the bullet said the opposite of the review.)
    const qualifies = words <= payoffWords + 1 && /^(?:but|though|yet|just|and|or) not\b[^.?!]*[.!]?$/i.test(payoff.sentence.trim()) && !payoff.tokens.some((token) => ['VERB', 'AUX'].includes(token.pos))
    // ("I had always assumed that Unicomp… used the one-piece stem+cap design. Nope, it's a classic 2-piece.": the short
    // answer to what the writer believed; alone, the bullet said the opposite of the finding.)
    const corrects = words <= 8 && belief.test(claim.sentence) && reversal.test(payoff.sentence.trim()) && !isQuestion(payoff.tokens)
    if (corrects) {
      const joined = `${claim.bullet.text} — ${payoff.sentence.trim().replace(/[.!]+$/, '').replace(/^\p{Lu}/u, (letter) => letter.toLowerCase())}`
      if (countWords(joined) > hardCap + 8) return
      claim.bullet = { ...claim.bullet, text: joined, words: countWords(joined) }
      payoff.signpost = true
      return
    }
    if (!qualifies && (words > payoffWords || words < 2 || !first || !(payoffSubject.test(first.value) || (alone && /^(?:we|i|you)$/i.test(first.value))) || aside.test(payoff.sentence) || isQuestion(payoff.tokens) || !isStatement(payoff.tokens))) return
    const text = payoff.sentence.replace(/[.!]+$/, '').trim()
    const joined = `${claim.bullet.text}${qualifies ? ',' : ' —'} ${text.charAt(0).toLowerCase()}${text.slice(1)}`
    if (countWords(joined) > hardCap) return
    claim.bullet = { ...claim.bullet, text: joined, words: countWords(joined) }
    payoff.signpost = true
  })
}

/** A way or a sign announced without saying what it is: "There is one easy way to identify misinformation". */
const teasesWay = /^there(?:['’]s| is) (?:one|a|an|only one) (?:(?:very|really|pretty|fairly|surprisingly) )?(?:\p{L}+ )?(?:way|trick|rule|test|sign|clue|secret)s? (?:to|of|for)\b/iu

/**
 * Mark each sentence that announces a way the next sentence of its paragraph gives ("There is one very easy way to
 * identify misinformation. Anyone proposing “cures” that go beyond common sense health advice… is absolutely spreading
 * dangerous misinformation.") as a signpost, in place: a blind review found the announcement on the slide and the way
 * in the notes.
 *
 * @param candidates A section's scored candidates, in source order.
 * @returns The sentences that give what the one before them announced.
 */
export function markTeasers(candidates: readonly Candidate[]): Set<Candidate> {
  const answers = new Set<Candidate>()
  candidates.forEach((candidate, at) => {
    const next = candidates[at + 1]
    if (!candidate.bullet || !teasesWay.test(candidate.bullet.text) || next?.paragraph !== candidate.paragraph || !next.bullet || next.signpost) return
    candidate.signpost = true
    answers.add(next)
  })
  return answers
}
