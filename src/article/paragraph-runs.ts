/**
 * A long stretch of prose (an essay without headings) is chosen from run by
 * run of paragraphs (`condense.ts`), so that every part of it has its
 * bullets: the story in the middle as well as the theme it keeps returning to.
 */
import { continuesSeries } from './select.js'
import type { Candidate } from './sentence-score.js'

/** Sentences of prose above which a stretch is chosen from run by run of paragraphs. */
const longStretch = 24

/** Sentences a run of paragraphs gathers at least. */
const runSentences = 9

/**
 * The candidates of a stretch of prose in runs of whole paragraphs of at
 * least {@link runSentences} sentences (a short rest joins the run before
 * it); a stretch of up to {@link longStretch} sentences is one run.
 *
 * @param candidates The candidates of one stretch, in source order.
 */
export function paragraphRuns(candidates: readonly Candidate[]): Candidate[][] {
  if (candidates.length <= longStretch) return [[...candidates]]
  const runs: Candidate[][] = [[]]
  for (const candidate of candidates) {
    const run = runs[runs.length - 1]!
    const last = run[run.length - 1]
    if (last && last.paragraph !== candidate.paragraph && run.length >= runSentences && !continuesSeries(candidate.sentence)) runs.push([candidate])
    else run.push(candidate)
  }
  const rest = runs[runs.length - 1]!
  if (runs.length > 1 && rest.length < runSentences / 2) runs[runs.length - 2]!.push(...runs.pop()!)
  return runs
}
