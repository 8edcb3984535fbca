/**
 * Article mode: which sentences of a section's prose reach its face. Each stretch between sub-headings is scored
 * (`sentence-score.ts`); FAQ answers, labelled paragraphs and paragraphs that open on their topic get a bullet each, the
 * rest are chosen by importance run by run (`select.ts`, `paragraph-runs.ts`). `condense.ts` builds the face from the choice.
 */
import type { BlockContent, Heading, Paragraph } from 'mdast'
import type { CondenseOptions } from './condense-types.js'
import { countWords, isQuestion, isStatement } from './clause-grammar.js'
import { bulletBudget, fallbackSentence, selectSentences } from './select.js'
import { paragraphRuns, topicOpened } from './paragraph-runs.js'
import { firstFigure } from './key-figures.js'
import { scoreSentences, type Candidate } from './sentence-score.js'
import { shownBefore, shownKey } from './shown-bullets.js'
import { isFormQuestion, isTeaser } from './signposts.js'
import { emphasized, isLeadIn, isProse, isQuestionHeading, leadLabel, opensSeries, opensWithQuestion, proseText } from './block-kinds.js'
import { splitSentences } from './sentences.js'
import { definitionOf, type Definition } from './definitions.js'
import escapeStringRegexp from 'escape-string-regexp'
import { toString } from './visible-text.js'

/** Labels of a paragraph that names the people behind the page ("**Authors:** Jorge Castro, Duffie Cooley, …"): notes. */
const bylineLabel = /^(?:authors?|by|written by|credits?|contributors?|editors?|photos?(?: by)?|images?)\s*:?$/i
/** Sentences of a paragraph a question opens over which only the next one answers it ("What would I want…? Here's my wish list: …"). */
const longAnswer = 6

/** The sentences a section shows, by the index of their paragraph among the section's blocks. */
export interface FaceChoice {
  /** The chosen candidates of each prose paragraph, in sentence order. */
  chosenBy: Map<number, Candidate[]>
  /** The question sub-heading each FAQ answer follows. */
  answerOf: Map<number, Heading>
  /** Paragraphs that define the talk's subject (`definitions.ts`). */
  defined: Map<number, Definition>
}

/**
 * Choose the sentences of a section's prose that reach its face (`condenseBlocks`): selection runs over each stretch
 * between sub-headings; every FAQ answer, labelled paragraph and topic-opened paragraph of a run gets its own bullet,
 * and the rest share the budget run by run.
 *
 * @param nodes The children of one section, without its heading.
 * @param settings Word and bullet limits, heading, title and what earlier slides showed.
 * @param maxWords The word budget of a bullet.
 * @param most The most bullets a run of prose gives.
 * @returns The chosen sentences by paragraph index, the question heading each answer follows, and the paragraphs that define the talk's subject.
 */
export function chooseForFace(nodes: readonly BlockContent[], settings: CondenseOptions, maxWords: number, most: number): FaceChoice {
  // Selection runs over each stretch between sub-headings.
  let group: number[] = []
  const groups: number[][] = []
  nodes.forEach((node, index) => {
    if (node.type === 'heading' && !isQuestionHeading(node)) {
      groups.push(group)
      group = []
    }
    group.push(index)
  })
  groups.push(group)
  const chosenBy = new Map<number, Candidate[]>()
  const answerOf = new Map<number, Heading>()
  const defined = new Map<number, Definition>()
  for (const indices of groups) {
    const prose: number[] = []
    const sentences: string[][] = []
    const emphasis: string[] = []
    for (const index of indices) {
      const node = nodes[index]!
      if (!isProse(node)) continue
      const all = splitSentences(proseText(node), settings.lang)
      // A paragraph that ends by introducing a list: what comes before its last sentence is prose like any other.
      if (isLeadIn(nodes, index) && all.length < 2) continue
      // (A paragraph that defines the talk's subject shows the definition, `definitions.ts`.)
      const definition = definitionOf(all, [settings.title, settings.heading])
      if (definition) {
        defined.set(index, definition)
        continue
      }
      const previous = nodes[index - 1]
      if (previous && isQuestionHeading(previous)) answerOf.set(index, previous)
      prose.push(index)
      sentences.push(isLeadIn(nodes, index) ? all.slice(0, -1) : all)
      emphasis.push(...emphasized(node as Paragraph))
    }
    const total = sentences.reduce((sum, list) => sum + list.length, 0)
    if (total === 0) continue
    const candidates = scoreSentences(sentences, { heading: settings.heading, title: settings.title, author: settings.author, maxWords, emphasis, lang: settings.lang })
    // (Only while the section has something else to show: a conclusion that only restates keeps its restatement.)
    const repeats = settings.shown ? candidates.filter((candidate) => !candidate.signpost && shownBefore(candidate.bullet?.text ?? candidate.sentence, settings.shown!)) : []
    if (candidates.some((candidate) => candidate.bullet && !candidate.signpost && !candidate.vague && !repeats.includes(candidate))) for (const candidate of repeats) candidate.signpost = true
    // (A conversation's replies of a few words, "We're set.", "The work begins.", carry no claim while the section has others.)
    const reply = (candidate: Candidate): boolean => (nodes[prose[candidate.paragraph]!] as Paragraph).data?.speaker !== undefined && countWords(candidate.sentence) <= 4
    if (candidates.some((candidate) => candidate.bullet && !candidate.signpost && !reply(candidate))) for (const candidate of candidates) if (reply(candidate)) candidate.signpost = true
    const asked = new Set(sentences.flatMap((list, paragraph) => (isFormQuestion(list, paragraph === 0 && prose[0]! <= 1 && sentences.length >= 2) ? [paragraph] : []))) // (`isFormQuestion`: the answer follows.)
    for (const candidate of candidates) if (asked.has(candidate.paragraph)) candidate.signpost = true
    // Every FAQ answer and every paragraph with a bold run-in label gets a bullet, and so does every paragraph of a run
    // labelled in plain words and a dash ("Staffing — …", "Effort — …"); the rest share the budget (a lone paragraph labelled with a dash is prose like any other, its label on its first bullet).
    const labelled = new Set(prose.filter((index) => leadLabel(nodes[index] as Paragraph) !== undefined))
    const dashed = (index: number): boolean => labelled.has(index) && (nodes[index] as Paragraph).children[0]!.type === 'text'
    const runOfDashed = prose.filter(dashed).length >= 2
    // (So does every paragraph of a run that opens on short topic sentences, run-in heads a copy lost the bold of.)
    const topical = topicOpened(candidates, sentences, (candidate) => candidate.bullet !== undefined && candidate.bullet.words >= countWords(candidate.sentence) - 1 && !candidate.signpost && !candidate.vague && isStatement(candidate.tokens))
    // (So is a paragraph that opens by saying what the talk's title is: "A design decision that considers the impact on an
    // entire network of affected systems… is known as systems thinking" had lost to "Design can happen at every scale".)
    const named = settings.title?.trim().replace(/[.:!?]+$/, '').toLowerCase()
    if (named && named.split(/\s+/).length <= 4) sentences.forEach((list, paragraph) => { if (saysWhatIs(list[0] ?? '', named, true)) topical.add(paragraph) })
    // (So is the article's first paragraph, one or two short sentences of claim: "Entire industries become transformed when a
    // critical mass adopts openness. Software is past this tipping point." had lost to the history after it.)
    if (settings.lede && prose[0] === 0 && sentences.length >= 3 && isLede(sentences[0]!, candidates.filter((candidate) => candidate.paragraph === 0))) topical.add(0)
    const answers = candidates.filter((candidate) => {
      const index = prose[candidate.paragraph]!
      // (A long one a question opens is answered in its next sentence, the rest prose like any: sixteen had had no bullet.)
      const asked = opensWithQuestion(sentences[candidate.paragraph]!) && (sentences[candidate.paragraph]!.length <= longAnswer || candidate.index <= 1)
      return answerOf.has(index) || (labelled.has(index) && (runOfDashed || !dashed(index))) || asked || topical.has(candidate.paragraph)
    })
    const chosen: Candidate[] = []
    for (const paragraph of new Set(answers.map((candidate) => candidate.paragraph))) {
      const pool = answers.filter((candidate) => candidate.paragraph === paragraph && !isQuestion(candidate.tokens))
      // The sentence right after an opening question answers it ("What do all my students have in common? They all live in NYC."): its "they" is the question's subject, shown in the label.
      // (Not a teaser, "The results? Yes, royals still enjoy…": its paragraph's strongest sentence answers it, "Instead
      // of the claimed 30 year advantage, we see a more modest 7.7 years…".)
      const answer = opensWithQuestion(sentences[paragraph]!) && !isTeaser(sentences[paragraph]![0]!) ? pool.find((candidate) => candidate.index === 1 && candidate.bullet && !candidate.signpost && isStatement(candidate.bullet.tokens)) : undefined
      // (A label over a sentence no cut keeps, "Dec 09 – I ask Dr. Buckee to email…", shows its best clause or the sentence whole; a byline's, "**Authors:** Jorge Castro, …", neither its names nor itself.)
      const byline = bylineLabel.test(leadLabel(nodes[prose[paragraph]!] as Paragraph) ?? '')
      // (A member of a counted series, "The first reason is time. A train that leaves at nine…", is what its next sentence says.)
      // (So is a term's paragraph that opens by saying what the term is: "**Security:** Security is the ability to trust the
      // applications you use…" over "In the context of browsing the web, for example, …".)
      const term = leadLabel(nodes[prose[paragraph]!] as Paragraph)?.replace(/[.:]$/, '').replace(/\s*\([^()]*\)\s*$/, '').trim().toLowerCase()
      const defines = term !== undefined && term.length > 1 && saysWhatIs(sentences[paragraph]![0] ?? '', term)
      // (Unless the writer set the point of the paragraph in bold after the definition: "**MTTR (Mean Time to Recovery):** MTTR
      // is a KPI… Zero Copy Streaming has a very direct impact here with a **five fold improvement** on performance.")
      const bold = defines ? (nodes[prose[paragraph]!] as Paragraph).children.slice(1).filter((child) => child.type === 'strong').map((child) => toString(child).trim()).filter((text) => countWords(text) >= 2) : []
      const stressed = bold.length > 0 && !topical.has(paragraph) ? pool.find((candidate) => candidate.index > 0 && bold.some((text) => candidate.sentence.includes(text)) && candidate.bullet && !candidate.signpost && !candidate.vague && isStatement(candidate.bullet.tokens)) : undefined
      const claim = stressed ?? (opensSeries(nodes[prose[paragraph]!] as Paragraph) || topical.has(paragraph) || defines ? pool.find((candidate) => candidate.index === 0 && candidate.bullet && !candidate.signpost && isStatement(candidate.bullet.tokens)) : undefined)
      // (A topic sentence keeps its paragraph's figure too: "Just 42% of Service members, compared to 87% of civilians…".)
      const figure = claim && topical.has(paragraph) ? pool.find((candidate) => candidate !== claim && candidate.bullet && !candidate.signpost && !candidate.vague && firstFigure(candidate.bullet.text) !== undefined && isStatement(candidate.bullet.tokens)) : undefined
      const picked = answer ? [answer] : claim ? [claim, ...(figure ? [figure] : [])] : byline ? [] : selectSentences(pool, 1, maxWords)
      const fallback = picked.length === 0 && !answerOf.has(prose[paragraph]!) && !byline ? fallbackSentence(pool, maxWords) : undefined
      chosen.push(...picked, ...(fallback && fallback.bullet!.words <= maxWords + 10 ? [fallback] : []))
    }
    const others = candidates.filter((candidate) => !answers.includes(candidate))
    const othersTotal = others.length
    if (othersTotal > 0) {
      // A long stretch of prose (an essay without headings) is chosen from run by run of paragraphs, so that every part of
      // it — the story in the middle as well as the theme it keeps returning to — has its bullets.
      for (const run of paragraphRuns(others)) {
        // (A sentence the writer repeats as an example, "Floyd will go buy beer if it's not snowing.", is one bullet.)
        const said = new Set(chosen.map((candidate) => shownKey(candidate.bullet!.text)))
        const picked = selectSentences(run, bulletBudget(run.length, most), maxWords).filter((candidate) => !said.has(shownKey(candidate.bullet!.text)))
        const fallback = picked.length > 0 ? undefined : fallbackSentence(run, maxWords)
        chosen.push(...picked, ...(fallback && !said.has(shownKey(fallback.bullet!.text)) ? [fallback] : []))
      }
    }
    for (const candidate of chosen) {
      const index = prose[candidate.paragraph]!
      chosenBy.set(index, [...(chosenBy.get(index) ?? []), candidate].sort((a, b) => a.index - b.index))
    }
  }
  return { chosenBy, answerOf, defined }
}

/**
 * Whether a sentence opens by saying what a term is ("Security is the ability to trust the applications you use…"), or,
 * when `named` is set, names it at the end of what it describes ("…is known as systems thinking").
 *
 * @param sentence The sentence.
 * @param term The term, in lower case.
 * @param named Whether "is known as"/"is called" the term counts too.
 */
function saysWhatIs(sentence: string, term: string, named = false): boolean {
  const literal = escapeStringRegexp(term)
  return new RegExp(`${named ? `\\b(?:is|are) (?:known as|called) ${literal}s?\\b|` : ''}^${literal}s? (?:is|are|means|refers to)\\b`, 'i').test(sentence)
}

/**
 * Whether an article's first paragraph is a lede that states its claim: one or two sentences of 25 words at most, the
 * first a statement in the present of no one's story (not "I", "we", "my"; no date or question), compressed whole.
 */
function isLede(sentences: readonly string[], candidates: readonly Candidate[]): boolean {
  const first = candidates[0]
  if (sentences.length > 2 || countWords(sentences.join(' ')) > 40 || !first?.bullet || first.signpost || first.vague) return false
  if (first.bullet.words < countWords(first.sentence) - 1 || countWords(first.sentence) > 25 || !isStatement(first.tokens)) return false
  // (Nor a note on the piece itself: "(This is a slightly edited version of this UCSC news release)".)
  if (/^\s*[(\[]|\b(?:post|article|blog|release|version|edited|originally|series|newsletter|episode)\b/i.test(first.sentence)) return false
  if (/[?:]|\d/.test(first.sentence) || ['i', 'we', 'my', 'our', 'me', 'last', 'yesterday', 'today', 'this', 'in', 'on', 'when', 'after'].includes(first.tokens[0]?.lower ?? '')) return false
  // (A claim in the present: a verb in its present form, not a story's past.)
  const verb = first.tokens.find((token) => token.pos === 'VERB' || token.pos === 'AUX')
  return verb !== undefined && !['was', 'were', 'had', 'did'].includes(verb.lower) && !(/ed$/.test(verb.lower) && verb.lower !== verb.lemma)
}
