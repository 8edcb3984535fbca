/**
 * A long stretch of prose (an essay without headings) is chosen from run by
 * run of paragraphs (`condense.ts`), so that every part of it has its
 * bullets: the story in the middle as well as the theme it keeps returning to.
 */
import { countWords } from './clause-grammar.js'
import { continuesSeries } from './select.js'
import type { Candidate } from './sentence-score.js'
import type { Token } from './token.js'

/**
 * Sentences of prose above which a stretch is chosen from run by run of paragraphs. (Eighteen, not 24: a case study's
 * opening of thirteen paragraphs and 22 sentences had one slide's worth, two bullets; its prototype and grants were in the
 * notes only.)
 */
const longStretch = 18

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

/** Most words of a paragraph's opening sentence that heads it as its topic. */
const topicWords = 14

/** Fewest paragraphs in a row that open on their topic for the run to count. */
const topicRun = 3

/**
 * The paragraphs that open on a short topic sentence, in runs of three or more in a row: "Customers experience life
 * events, not Federal agencies." / "Moments of stress often require complex decisions." / "People frequently navigate
 * Federal services on behalf of someone else.", each over the paragraph that explains it — run-in heads whose bold a copy
 * from the web lost. Each such paragraph's bullet is its opening sentence, as a bold label's paragraph's is.
 *
 * @param candidates The scored sentences of a stretch of prose.
 * @param sentences The sentences of each of its paragraphs.
 * @param isTopic Whether an opening sentence makes a statement alone (no signpost, no pointing back, no cut needed).
 * @returns The paragraphs (numbers as in `candidates`) of such runs.
 */
export function topicOpened(candidates: readonly Candidate[], sentences: readonly string[][], isTopic: (candidate: Candidate) => boolean): Set<number> {
  const opens = (paragraph: number): boolean => {
    const own = sentences[paragraph] ?? []
    const first = candidates.find((candidate) => candidate.paragraph === paragraph && candidate.index === 0)
    if (!first || own.length < 2 || countWords(own[0]!) > topicWords) return false
    // (Shorter than what follows it: a heading's sentence over its explanation.)
    const rest = own.slice(1).reduce((sum, sentence) => sum + countWords(sentence), 0) / (own.length - 1)
    return countWords(own[0]!) < rest && isTopic(first) && !narrates(first.tokens)
  }
  const found = new Set<number>()
  let run: number[] = []
  const flush = (): void => {
    if (run.length >= topicRun) for (const paragraph of run) found.add(paragraph)
    run = []
  }
  for (let paragraph = 0; paragraph < sentences.length; paragraph++) {
    if (opens(paragraph)) run.push(paragraph)
    else flush()
  }
  flush()
  return found
}

/** Words of a narrator: a story's sentences ("We did that for 3 weeks", "Tuesday swung around") head no topic. */
const narrator = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'there'])

/**
 * Whether a sentence tells a story rather than states a claim: it has a narrator ("I", "we"), opens on "there", or its
 * first verb is in the past ("Tuesday swung around").
 */
function narrates(tokens: readonly Token[]): boolean {
  if (tokens.some((token) => narrator.has(token.lower) && token.pos === 'PRON') || tokens[0]?.lower === 'there') return true
  const verb = tokens.find((token) => token.pos === 'VERB' || token.pos === 'AUX')
  if (!verb) return false
  return ['was', 'were', 'had', 'did'].includes(verb.lower) || (verb.pos === 'VERB' && verb.lower !== verb.lemma && !/(?:s|ing)$/.test(verb.lower))
}
