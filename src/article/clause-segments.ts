/**
 * The independent clauses of a long sentence, for a sentence too long to
 * compress whole: where one clause ends and the next begins (`;`, `, and`,
 * `, but`), a "so … that" result, an example in brackets.
 */
import { tokensText, type Token } from './nlp.js'
import { capitalise, hasFiniteVerb, isComma, isPunct, isStatement, isVerb, startsClause, subordinators, withoutLeadingSpace } from './clause-grammar.js'
import { closesSeries, endsInListItem, insideCondition } from './coordination-checks.js'
import { clauseSubject } from './clause-subject.js'
import { insideBrackets, insideQuotation } from './quotations.js'
import { modals, negatedModals, reportingAside } from './grammar-words.js'

/** Whether a clause may end at `index`: a semicolon, or a comma before a conjunction or a subordinator. */
function isClauseBoundary(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  // (Not inside brackets: "(the whole PIPA/SOPA thing; the Elsevier boycott)" is one aside.)
  if (token.value === ';') return !insideBrackets(tokens.slice(0, index))
  if (token.value !== ',' || next === undefined || insideCondition(tokens, index)) return false
  // (Nor a comma inside brackets: "…a publication fee (for example, as of 31 January 2018, DOAJ reports…)".)
  if (insideBrackets(tokens.slice(0, index))) return false
  // (", if any,", ", where possible,": an elliptical aside, no clause: "The management of the rights connected with the
  // data, if any, should be planned early on".)
  if (subordinators.has(next.lower) && elliptical.has(tokens[index + 2]?.lower ?? '') && isComma(tokens[index + 3])) return false
  // (", but not …" has no clause of its own and turns the one before: "There are plenty of tutorials on how to use the
  // software, but not that I've found on how to write an arrangement" is no "There are plenty of tutorials…".)
  if (next.lower === 'but' && tokens[index + 2]?.lower === 'not') return false
  // (A comma and "or" that end a list of names join no clauses: "…papers, technical reports, or white papers that…";
  // nor do they before the last of a list of adjectives: "…discoverable, accessible, and usable for everyone".)
  // (Nor before the last of a series of verbs: "Data that could be cleaned, adjusted, and manipulated to…" cut after
  // "adjusted" was a cut, not a clause.)
  const verbSeries = tokens[index - 1]?.pos === 'VERB' && tokens[index + 2]?.pos === 'VERB' && isComma(tokens[index - 2])
  // (Nor before a second phrase of the same preposition: "…what it is about Oliveros' writing, or about his graphic style,
  // that works so well…" joins two phrases, and its clause goes on after them.)
  if (next.pos === 'CCONJ' && tokens[index + 2]?.pos === 'ADP' && tokens.slice(Math.max(0, index - 6), index).some((other) => other.lower === tokens[index + 2]!.lower)) return false
  // (Nor before the last item of a list, without a verb of its own: "I still suck at aiming, shooting, and not dying though"
  // had shown "I still suck at aiming, shooting".)
  if (next.pos === 'CCONJ') {
    const restEnd = tokens.findIndex((other, at) => at > index + 1 && (isComma(other) || other.value === ';'))
    if (!hasFiniteVerb(tokens.slice(index + 2, restEnd === -1 ? tokens.length : restEnd)) || closesSeries(tokens, index)) return false
  }
  return subordinators.has(next.lower) || (next.pos === 'CCONJ' && !endsInListItem(tokens.slice(0, index)) && !(tokens[index - 1]?.pos === 'ADJ' && tokens[index + 2]?.pos === 'ADJ') && !verbSeries)
}

/** Whether a condition after a comma past `index` bounds what comes before it: ", so long as…", ", unless…", ", only if…". */
function conditionAfter(tokens: readonly Token[], index: number): boolean {
  return tokens.some((token, at) => at > index && isComma(tokens[at - 1]) && /^(?:so long as|as long as|unless|only if|provided that|providing that)\b/.test(tokens.slice(at, at + 3).map((each) => each.lower).join(' ')))
}

/** What an elliptical clause says after its subordinator ("whenever possible", "if necessary"). */
const elliptical = new Set(['any', 'possible', 'necessary', 'needed', 'appropriate', 'applicable', 'feasible', 'practical', 'required', 'available'])

/**
 * The independent clauses of a long sentence, split where one ends and the
 * next begins (`;`, `, and`, `, but`), with the linking word dropped: for a
 * sentence too long to compress, one of its clauses can still make a bullet.
 * A clause after `, since`, `, as`, `, because` gives a reason and is left
 * out: alone it would read as a claim.
 *
 * @param tokens Tagged sentence.
 * @returns The clauses, in order (the whole sentence when there is one).
 */
export function clauseSegments(tokens: readonly Token[]): Token[][] {
  const segments: Array<{ tokens: Token[]; dependent: boolean }> = []
  let start = 0
  let dependent = false
  for (let index = 1; index < tokens.length - 1; index++) {
    const boundary = isClauseBoundary(tokens, index)
    // A part without a verb is not a clause ("MIT, Apache 2.0, and GPLv3 are…"): it stays with what follows.
    // Never inside a quotation ("…as providing "Open source tools to run workflows, manage clusters, and do GitOps right"").
    if (!boundary || !hasFiniteVerb(tokens.slice(start, index)) || insideQuotation(tokens.slice(0, index))) continue
    // (A clause a "but" denies is no claim alone: "There’s the option of downloading a CSV file, but it doesn’t seem to be
    // available to get CPI month-by-month…" said the opposite of the article.)
    const denied = ['but', 'yet'].includes(tokens[index + 1]?.lower ?? '') && tokens.slice(index + 2).some((token) => /^(?:not|n['’]t|never|no|cannot|nothing|none)$/i.test(token.lower))
    // (Nor one the "but" corrects, "The object of the following Chapters is not to teach mathematics, but to enable…", nor
    // one a condition after it bounds, "We shall fail to appreciate the rhythm of Milton, …, so long as we find it
    // necessary to spell the words": alone, each said the opposite.)
    // (Only a "but" without a clause of its own corrects: "…not ready to provide us with best-in-class solutions, but they may
    // already be useful…" says two things.)
    const corrected = tokens[index + 1]?.lower === 'but' && !startsClause(tokens.slice(index + 2)) && tokens.slice(start, index).some((token) => /^(?:not|n['’]t)$/i.test(token.lower))
    segments.push({ tokens: tokens.slice(start, index), dependent: dependent || denied || corrected || conditionAfter(tokens, index) })
    start = index + 1
    // A clause after "as", "since", "because" gives a reason, not a claim: "…, as the instrumented service would have to buffer events" is no bullet.
    dependent = subordinators.has(tokens[start]?.lower ?? '')
    // "…, and as such “overlooks many…”": after the conjunction, a subordinator without a main clause of its own after a
    // comma ("…, but after a few iterations, we had close to 40%…" has one).
    if (tokens[start]?.pos === 'CCONJ' && subordinators.has(tokens[start + 1]?.lower ?? '') && !elliptical.has(tokens[start + 2]?.lower ?? '')) {
      const rest = tokens.slice(start + 2)
      const boundaryAt = rest.findIndex((_, at) => isClauseBoundary(rest, at))
      const own = boundaryAt === -1 ? rest : rest.slice(0, boundaryAt)
      dependent = !own.some((other, at) => isComma(other) && startsClause(own.slice(at + 1)))
    }
    // (A condition keeps its "if": "…, but if that percentage was 78% or even lower, it would be more feasible" had become
    // "That percentage was 78% or even lower, it would…".)
    while (start < tokens.length && (tokens[start]!.pos === 'CCONJ' || (subordinators.has(tokens[start]!.lower) && !['if', 'unless'].includes(tokens[start]!.lower)))) {
      // "…, but whenever possible we would apply…": an elliptical clause goes whole (else the bullet opens on "Possible").
      if (subordinators.has(tokens[start]!.lower) && elliptical.has(tokens[start + 1]?.lower ?? '')) start++
      start++
    }
  }
  segments.push({ tokens: tokens.slice(start), dependent })
  const result = resultClause(tokens)
  if (result) segments.push({ tokens: result, dependent: false })
  const example = bracketedExample(tokens)
  if (example) segments.push({ tokens: example, dependent: false })
  return segments
    .map((segment, at) => ({ ...segment, tokens: at > 0 ? sharedSubject(segments[at - 1]!.tokens, segment.tokens) : segment.tokens }))
    // (Nor a part with no verb before its semicolon: "false in w at time t2; and ϕ can be true in w1 at time t" is the
    // end of one contrast and the start of the next.)
    // (Nor the last item of a list whose verb is in its relative clause: "…, and a few who played for other national
    // teams at the Olympics".)
    // (Nor a clause a relative adverb opens: "…, and whereby we can incur no danger in disobliging England".)
    // (Nor a reporting aside before a list's last item: "…, and we think, what you can get away with in practice".)
    .filter((segment) => segment.tokens.length > 0 && !segment.dependent && hasFiniteVerb(untilSemicolon(segment.tokens)) && !onlyRelative(segment.tokens) && !/^(?:whereby|wherein|whereupon|whence)$/.test(withoutLeadingSpace([...segment.tokens])[0]?.lower ?? '') && !reportingAside.test(tokensText(withoutLeadingSpace([...segment.tokens]).slice(0, 4))))
    .map((segment) => capitalise(withoutLeadingSpace([...segment.tokens])))
}

/**
 * The result clause of "so … that": "Research funding is so scarce in many countries that a simple article
 * processing charge of 1200€ will prevent researchers from submitting" → "a simple article processing charge of 1200€
 * will prevent researchers from submitting" — the consequence is the example a speaker shows.
 */
function resultClause(tokens: readonly Token[]): Token[] | undefined {
  const so = tokens.findIndex((token, at) => token.lower === 'so' && ['ADJ', 'ADV'].includes(tokens[at + 1]?.pos ?? ''))
  if (so === -1) return undefined
  const that = tokens.findIndex((token, at) => at > so + 1 && at <= so + 9 && token.lower === 'that')
  if (that === -1 || tokens.slice(so + 1, that).some((token) => isPunct(token) || isVerb(token))) return undefined
  const clause = tokens.slice(that + 1)
  // ("…dying so slowly for so long that its death looked like…": a result whose subject points back leans on its cause.)
  return clause.length >= 5 && clause[0]!.pos !== 'PRON' && startsClause(clause) && hasFiniteVerb(clause) ? clause : undefined
}

/**
 * The example a writer gives in brackets, when it is a statement of its own: "You might show data about the number of
 * journals that do not ask for a publication fee (for example, as of 31 January 2018, DOAJ reports that 71% of the
 * 11,001 open-access journals listed require no publishing charge)" — the figure a speaker shows.
 */
function bracketedExample(tokens: readonly Token[]): Token[] | undefined {
  const open = tokens.findIndex((token, at) => token.value === '(' && /^(?:for (?:example|instance)|e\.g\.)$/i.test(tokens.slice(at + 1, at + 3).map((other) => other.value).join(' ').replace(/ ,$/, '').replace(/^(e\.g\.).*$/i, '$1')))
  if (open === -1) return undefined
  const close = tokens.findIndex((token, at) => at > open && token.value.startsWith(')'))
  if (close === -1) return undefined
  let inner = tokens.slice(open + 1, close)
  inner = inner.slice(inner.findIndex((token) => isComma(token)) + 1)
  // (After the date it is dated by: "as of 31 January 2018,".)
  if (/^as of$/i.test(inner.slice(0, 2).map((token) => token.value).join(' '))) inner = inner.slice(inner.findIndex((token) => isComma(token)) + 1)
  const clause = withoutLeadingSpace(inner)
  return clause.length >= 5 && startsClause(clause) && isStatement(clause) ? clause : undefined
}

/**
 * A second predicate with the first clause's subject ("these debates have been happening for a long time, and were
 * recently brought to light…" → "these debates were recently brought to light…"); a predicate whose subject cannot be
 * found is no clause (empty).
 */
function sharedSubject(before: readonly Token[], clause: Token[]): Token[] {
  // (After adverbs too: "…, but still remain underrepresented".)
  const opening = clause.find((token) => token.pos !== 'ADV')
  if (opening === undefined || (!isVerb(opening) && opening.pos !== 'AUX')) return clause
  const verb = before.findIndex((other) => isVerb(other) || other.pos === 'AUX')
  const main = before.slice(before.findLastIndex((token, at) => isComma(token) && at < verb) + 1)
  const subject = clauseSubject(main)
  // (A short imperative before it has no subject to share: "Keep it short; use plain words"; after a long one, what
  // follows a comma may belong to a phrase inside it: "Apply an inclusive approach … - basically the whole variety of
  // practices that define academic life, but still remain underrepresented…".)
  if (!subject || subject.length > 6) return isVerb(main[0] ?? clause[0]!) && main.length <= 12 ? clause : []
  // (With the modal it shares too: "We must change our relationships with the land and turn the mindset…" is "We must
  // turn…", not "We turn…", a call made a fact.)
  const modal = main[subject.length]
  const shared = modal && (modals.has(modal.lower) || negatedModals.has(modal.lower)) && opening.lower === opening.lemma ? [modal] : []
  return [...subject.map((token, at) => (at === 0 ? { ...token, space: '' } : token)), ...shared, ...clause]
}

/** A clause's tokens up to its first semicolon. */
function untilSemicolon(tokens: readonly Token[]): Token[] {
  const at = tokens.findIndex((token) => token.value === ';')
  return at === -1 ? [...tokens] : tokens.slice(0, at)
}

/**
 * Whether every verb of a part is in a relative clause on its opening noun phrase ("a few who played for…"): the
 * last item of a list, no clause.
 *
 * @param tokens The part.
 */
export function onlyRelative(tokens: readonly Token[]): boolean {
  const relative = tokens.findIndex((token, at) => at > 0 && at <= 5 && ['who', 'which'].includes(token.lower))
  if (relative === -1 || tokens.slice(0, relative).some((token) => isVerb(token) || token.pos === 'AUX')) return false
  // (The main verb comes after the relative clause's object: "the detectorists who had located the material had come…".)
  const own = tokens.findIndex((token, at) => at > relative && (isVerb(token) || token.pos === 'AUX'))
  if (own === -1) return false
  const verbGroup = (at: number): boolean => isVerb(tokens[at]!) || tokens[at]!.pos === 'AUX' || tokens[at]!.pos === 'ADV'
  let end = own
  while (end + 1 < tokens.length && verbGroup(end + 1)) end++
  return !tokens.slice(end + 1).some((token, at) => (isVerb(token) || token.pos === 'AUX') && ['NOUN', 'PROPN', 'PUNCT'].includes(tokens[end + at]!.pos))
}
