/**
 * Where a sentence's coordinated parts begin and end, as the cuts read them: a contrast after a comma, the last item of
 * a list, a condition's list, a "not only", a series of predicates, a fronted clause's list, an aside inside a subject.
 */
import type { Token } from './nlp.js'
import { wholeNouns } from './compress-words.js'
import { hasFiniteVerb, isComma, isPunct, isVerb, nominal, startsClause, subordinatorLength, withoutLeadingSpace, wordsOf } from './clause-grammar.js'

/** Adverbs that a "not" before them turns into "not only…": "not just", "not merely". */
export const restrictives: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply'])

/** Whether a ", but" or ", yet" comes after token `index`: what comes before it is the contrast's set-up. */
export function contrastFollows(tokens: readonly Token[], index: number): boolean {
  return tokens.some((token, at) => at > index && token.value === ',' && ['but', 'yet'].includes(tokens[at + 1]?.lower ?? ''))
}

/** Whether `head` ends with the second item of a comma list of names ("…methodologies, challenges"). */
export function endsInListItem(head: readonly Token[]): boolean {
  let start = head.length
  // (A capitalised word is part of a name whatever the tagger makes of it: "…the Tet Offensive, My Lai massacre".) (And a small word inside such a name: "…the Social Security Administration, the Department of Labor".)
  const capital = (token: Token | undefined): boolean => /^\p{Lu}\p{L}/u.test(token?.value ?? '')
  const inName = (at: number): boolean => ['of', 'for', 'and', 'the', 'de'].includes(head[at]!.lower) && capital(head[at + 1]) && capital(head[at - 1])
  // (A possessive opens an item too: "…pledged their lives, their fortunes, and their sacred honor" is one series.)
  const possessive = (token: Token): boolean => /^(?:my|your|his|her|its|our|their)$/.test(token.lower)
  while (start > 0 && (nominal.has(head[start - 1]!.pos) || possessive(head[start - 1]!) || capital(head[start - 1]) || inName(start - 1)) && head.length - start < (capital(head[head.length - 1]) ? 6 : 4)) start--
  if (start === head.length || !isComma(head[start - 1]) || head[start - 1]!.value !== ',') return false
  return nominal.has(head[start - 2]?.pos ?? '') && head.slice(start).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')
}

/**
 * Whether the clause boundary at `index` joins two conditions of a fronted "if", "when"… before its "then": "If a
 * warfighter is allowed no autonomous freedom…, and the intervention… is as invasive as remote brain control, then the
 * ethical implications are immense" has no clause of its own before "then".
 */
export function insideCondition(tokens: readonly Token[], index: number): boolean {
  if (subordinatorLength(tokens) === 0) return false
  // (Or before its main clause after the last of its conditions: "If we get a claim more than one year after a Veteran suffered an injury, their injury got worse, or they died, the effective date is the date we get the claim".)
  const main = tokens.findIndex((token, at) => at > index + 2 && isComma(token) && token.value === ',' && startsClause(tokens.slice(at + 1)) && hasFiniteVerb(tokens.slice(at + 1)))
  const between = main === -1 ? [] : tokens.slice(index + 2, main)
  const condition = main !== -1 && between.length <= 8 && subordinatorLength(between) === 0 && !between.some((token) => isComma(token))
  return condition || tokens.some((token, at) => at > index + 1 && isComma(token) && tokens[at + 1]?.lower === 'then')
}

/**
 * Whether a clause's head holds a "not only" before a noun phrase, which a later "but" answers with another: "…facilitated
 * not only an organizational restructure of the Product team, but an expansion of its construct and influence" parts no
 * clauses at its "but" (its second half had become the bullet "An expansion of its construct and influence"). "Not only
 * were our initial results heartening, but… we had close to 40% throughput gain" does.
 *
 * @param head The words before the ", but".
 */
export function notOnlyBefore(head: readonly Token[]): boolean {
  return head.some((other, at) => other.lower === 'not' && restrictives.has(head[at + 1]?.lower ?? '') && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(head[at + 2]?.pos ?? ''))
}

/**
 * Whether the comma at `index` and the conjunction after it open the last item of a series whose items open alike: "…an
 * alphabet that was easy to learn, easy to read, and easy to write—and he defied…" (no clause starts there).
 */
export function closesSeries(tokens: readonly Token[], index: number): boolean {
  const item = tokens.slice(0, index).findLastIndex((other) => isComma(other))
  const next = tokens[index + 1]?.pos === 'CCONJ' ? tokens[index + 2] : tokens[index + 1]
  // (A word of content or a question word, "…what worked, what did not, and what is left to do"; not "the" of "Yes, as in baseball, the field… is a square, but the batter's box…".)
  if (item !== -1 && next !== undefined && tokens[item + 1]?.lower === next.lower && (['ADJ', 'NOUN', 'VERB', 'ADV', 'PROPN', 'NUM'].includes(next.pos) || ['what', 'how', 'why', 'where', 'who', 'when', 'some', 'many', 'most', 'others', 'few'].includes(next.lower))) return true
  // (Or of the parts of a whole: "…a combination of the system, the situation we found ourselves in, and the rolls…".)
  if (tokens.slice(0, index).some((other, at) => wholeNouns.test(other.lower) && tokens[at + 1]?.lower === 'of' && tokens.slice(at + 2, index).some(isComma))) return true
  // (Or the last of a series of predicates: "…makes code easier to read, helps prevent bugs, and facilitates…".)
  return tokens[index + 1]?.lower === 'and' && endsPredicateSeries(tokens.slice(0, index), tokens.slice(index + 2))
}

/**
 * Whether a ", and" before `tail` opens the last of a series of predicates in `head` ("…offers limited benefit,
 * suppresses… competition, and appears poised to…"): cut there, the series runs on without its "and". (Its last verb read
 * as a noun too: "…stories that resonate with our audiences, make emotional connections, and increase understanding…".)
 */
export function endsPredicateSeries(head: readonly Token[], tail: readonly Token[]): boolean {
  // (A verb in "-s" the tagger read as a plural noun after one in "-s" too: "…makes code easier to read, helps prevent bugs,
  // and facilitates collaboration…".)
  const inS = (token: Token | undefined): boolean => /^\p{Ll}{3,}s$/u.test(token?.value ?? '') && !/ss$/.test(token!.lower)
  const verbLike = ['VERB', 'AUX'].includes(tail[0]?.pos ?? '') || (tail[0]?.pos === 'NOUN' && (!/s$/.test(tail[0].lower) || (inS(tail[0]) && head.some((other, at) => isComma(other) && head[at + 1]?.pos === 'VERB' && inS(head[at + 1])))) && ['NOUN', 'DET', 'ADJ', 'PRON', 'VERB'].includes(tail[1]?.pos ?? ''))
  return verbLike && head.some((other, at) => isComma(other) && ['VERB', 'AUX'].includes(head[at + 1]?.pos ?? '') && hasFiniteVerb(head.slice(0, at)))
}

/**
 * Whether a ", and" joins what a fronted clause lists, its main clause after the next comma: "Even after the sealing and
 * whaling had ceased, the pastoral lease had been given up, and Campbell was declared a nature reserve in 1954, | the
 * introduced mammals continued…" (the part before it is no claim of its own).
 *
 * @param head What comes before the ", and".
 * @param tail What comes after it.
 */
export function fronts(head: readonly Token[], tail: readonly Token[]): boolean {
  const opened = subordinatorLength(head) > 0 || (['even', 'only', 'long', 'shortly', 'just', 'right'].includes(head[0]?.lower ?? '') && subordinatorLength(head.slice(1)) > 0)
  const resumes = tail.findIndex(isComma)
  return opened && resumes > 0 && startsClause(withoutLeadingSpace(tail.slice(resumes + 1))) && hasFiniteVerb(tail.slice(resumes + 1))
}

/** Whether what follows ", and" is an aside inside the subject, its verb after the next comma (", and one I'm not sure I'll ever master, is…"). */
export function asideInSubject(tail: readonly Token[]): boolean {
  const next = tail.findIndex((token) => isComma(token))
  return next !== -1 && ['AUX', 'VERB'].includes(tail[next + 1]?.pos ?? '') && !/ing$/.test(tail[next + 1]!.lower)
}

/**
 * Whether a clause joined by a bare "and" opens on a short phrase of time or place before its subject: "…and after the
 * first lap (there were 3 in total) I felt comfortable…" (the phrase has no verb outside its brackets; the subject is
 * a personal pronoun with its verb after it).
 */
export function phraseThenSubject(tail: readonly Token[]): boolean {
  if (tail[0]?.pos !== 'ADP' || !['after', 'before', 'during', 'by', 'at', 'in', 'on', 'within'].includes(tail[0].lower)) return false
  let depth = 0
  for (let at = 1; at < Math.min(tail.length - 1, 16); at++) {
    const token = tail[at]!
    if (token.value === '(') depth++
    else if (token.value === ')') depth--
    else if (depth > 0) continue
    else if (['i', 'we', 'he', 'she', 'they'].includes(token.lower) && at >= 3) return isVerb(tail[at + 1]!) && tail[at + 1]!.pos !== 'PART'
    else if (isVerb(token) || isPunct(token)) return false
  }
  return false
}

/** Words that open a condition a whole sentence holds under: a contrast inside it ("If you use less elution buffer, you get less total DNA, but the DNA you get will be at higher concentration") is no point alone. */
export const conditionOpeners = /^(?:if|unless|provided)$/

/**
 * Whether a clause after "and" is a scrap of a long story: a few words that say nothing alone ("…, and nobody was
 * charged" after forty words of who did what).
 *
 * @param head What comes before the "and".
 * @param tail The clause after it.
 * @param maxWords The bullet's budget.
 */
export function endsStory(head: readonly Token[], tail: readonly Token[], maxWords: number): boolean {
  return wordsOf(tail) < 5 && wordsOf(head) > 2 * maxWords
}

/**
 * Whether the sentence's semicolons part the items of a list, not clauses: two or more, and an item after one opens on
 * a participle or has no verb ("…should strongly endorse the adoption of open Standards…; the use of OSS in our
 * technology stack; contributing to upstream development of OSS; releasing code…"). No item of it stands alone.
 *
 * @param tokens The sentence.
 */
export function semicolonSeries(tokens: readonly Token[]): boolean {
  const items: Token[][] = [[]]
  for (const token of tokens) if (token.value === ';') items.push([]); else items[items.length - 1]!.push(token)
  if (items.length < 3) return false
  return items.slice(1).some((item) => {
    const words = withoutLeadingSpace(item).filter((token) => !isPunct(token))
    return words.length > 0 && ((isVerb(words[0]!) && /ing$/.test(words[0]!.lower)) || !hasFiniteVerb(item))
  })
}

/** Subordinators whose clause may run on as a series of clauses: "…until funding gets adjusted, HR processes… completes, and…". */
const seriesSubordinators = new Set(['until', 'when', 'while', 'because', 'after', 'before', 'unless', 'once', 'whenever'])

/**
 * Whether the clause after a comma and "and" is the last of a series of clauses a subordinator after the main clause governs
 * ("…is then heavily involved in carrying the work until funding gets adjusted, HR processes for hiring new positions
 * completes, and Procurement processes for acquiring services finishes"): no clause of its own, though it has its subject
 * and verb ("Procurement processes for acquiring services finishes" had been a bullet).
 *
 * @param head The words before the ", and".
 */
export function endsSubordinateSeries(head: readonly Token[]): boolean {
  const at = head.findLastIndex((token, index) => index > 2 && seriesSubordinators.has(token.lower))
  return at !== -1 && hasFiniteVerb(head.slice(0, at)) && head.slice(at + 1).some((token) => isComma(token))
}
