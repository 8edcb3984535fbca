/**
 * Sentence compression for the face of a slide: shorten a sentence the way a
 * sub-editor does — drop asides, connectives, fillers, a fronted clause, a
 * trailing clause, the tail of a list, a trailing phrase — and stop as soon
 * as it fits. The result is always a complete statement made of the
 * sentence's own words; a sentence is never cut off with "…". When nothing
 * grammatical fits, the caller gets `undefined` (or the whole sentence, up
 * to a hard cap) and chooses another sentence.
 *
 * Works on the tokens and part-of-speech tags of `nlp.ts`; the closed word
 * classes the tagger often gets wrong (subordinators, connectives) are
 * listed here.
 */
import { tagSentence, tokensText, type Token } from './nlp.js'
import { capitalise, conditionPrepositions, conditions, endsPointingBack, isVerb, hasFiniteVerb, isComma, isPunct, isStatement, leansOnHead, namesSomething, pronounSubjects, startsClause, startsImperative, subordinatorLength, subordinators, withoutLeadingSpace, wordsOf } from './clause-grammar.js'
import { dropSecondThat, dropTrailing, dropTrailingPhrase, dropTrailingSubordinate } from './compress-back.js'
import { dropTrailingPurpose } from './compress-purpose.js'
import { dropCountedItems, shortenLists } from './compress-lists.js'
import { dropAsWellAs, dropSecondRelative, endsOnModifier, dropSeriesTail, dropSecondComplement, dropTrailingCoordinate, dropTrailingSecondPredicate, dropTrailingMeans, shortenPredicates, splitCoordinated } from './compress-coordination.js'
import { withConditionComma } from './condition-comma.js'
import { asideInSubject, closesSeries, semicolonSeries, conditionOpeners, contrastFollows, endsInListItem, endsStory, endsSubordinateSeries, fronts, insideCondition, notOnlyBefore, phraseThenSubject } from './coordination-checks.js'
import { dropAnnouncement, dropSetUpClause } from './compress-announcements.js'
import { dropSetUp, isNamedAnswer } from './compress-reveals.js'
import { continuesInfinitive, continuesSupposition, cutsAcrossAside, dropsBound, endsInsideRelative, holdsBound, isSpanFragment, keepsBounds, leavesVerbBehind, withoutDanglingAbbreviation, waitsForVerb } from './head-checks.js'
import { afterLeadIn, dropConnective, dropFillers, dropFronted } from './compress-front.js'
import { dropAsides } from './compress-brackets.js'
import { clauseSubject } from './clause-subject.js'
import { dropAppositive, dropNamingParticiple, dropSubjectAppositive, dropFrontedAs, dropFrontedPartners, dropFrontedSaying, dropRelativeAside, dropSayingAside, dropSubjectOrigin, dropTrailingAddress, dropTrailingPrepositionRelative, dropCountedRelative, dropRestatement, dropTrailingPassive, dropTrailingResult } from './compress-asides.js'
import { dropGloss, dropSubjectRole } from './compress-subject.js'
import { dropDateline, dropEitherWay, dropFrame, dropPointingFrame, dropGenericLabel, dropNarrowingAside, dropPointerTail, dropPurposeBeforeFigures, dropRankingSubject, dropReporting, dropVagueFinding } from './compress-frames.js'
import { balanceQuotes, closesQuotation, insideBrackets, insideQuotation, keepsQuotations } from './quotations.js'
import { firstFigure } from './key-figures.js'
import { onlyRelative } from './clause-segments.js'
import { commaConnectives, hedge } from './compress-words.js'
import { asTheCaseMayBe, reportingAside } from './grammar-words.js'
import { Memo, tokensKey } from './memo.js'
import { participleForm } from './token-text.js'
import { dropAnswerMarker, dropEntryDate, dropHatTip } from './compress-marks.js'
import { afterEllipsis, claimedText, namedIn } from './compress-parts.js'

export type { CompressOptions, Compressed } from './compress-types.js'
import type { CompressOptions, Compressed } from './compress-types.js'

function finish(tokens: Token[]): Token[] {
  let out = [...tokens]
  const trimPunctuation = (): void => {
    // ("…in Electron 20+": a plus after a number is part of it, as after a name, "…moving in libc++"; and so is a currency's sign, "…from 500$ to 20000$".) ("…, like <double>, or <character>": a closing bracket whose opening one is in the bullet stays.)
    const opened = (close: string): boolean => out.some((token) => token.value.includes({ ']': '[', '>': '<', '}': '{' }[close] ?? '\0'))
    const kept = (token: Token, before: Token | undefined): boolean => ['?', '!', ')', '”', '"', "'", '’', '%'].includes(token.value) || ([']', '>', '}'].includes(token.value) && opened(token.value)) || (token.value === '+' && token.space === '' && (/[\p{L}\d]$/u.test(before?.value ?? '') || (before?.value === '+' && before.space === ''))) || (/^[$€£¥₹]$/.test(token.value) && /\d$/.test(before?.value ?? ''))
    // "…combining vectors, c():": the tokenizer may join a closing bracket and the stop after it.
    const joined = out[out.length - 1]
    if (joined && /^[)\]>}]+[.,:;]+$/.test(joined.value)) out = [...out.slice(0, -1), { ...joined, value: joined.value.replace(/[.,:;]+$/, '') }]
    while (out.length > 0 && isPunct(out[out.length - 1]!) && !kept(out[out.length - 1]!, out[out.length - 2])) out = out.slice(0, -1)
  }
  trimPunctuation()
  // "Part of that comes from overpriced scholarly books, but still....": a conjunction the writer left hanging goes.
  // (With its adverb only after ", but": "…effectively and sustainably" is a pair of adverbs, "…within your discipline,
  // and nationally" a second place; nor is a closing "either" or "yet" a conjunction.)
  const [end, beforeEnd] = [out[out.length - 1], out[out.length - 2]]
  // ("…across all browsers in order": the purpose "to prevent…" was cut from its "in order"; "…, and then" its next step.)
  const purpose = out.length > 5 && /^(?:in order|and then|or then|and so)$/.test(`${beforeEnd?.lower} ${end?.lower}`) ? out.length - 2 : -1
  // ("…are anything but": the idiom's "but" hangs on nothing.)
  const idiom = end?.lower === 'but' && ['anything', 'nothing', 'all', 'everything'].includes(beforeEnd?.lower ?? '')
  const hanging = purpose !== -1 ? purpose : out.length > 4 && ['and', 'but', 'or', 'nor'].includes(end?.lower ?? '') && !idiom ? out.length - 1 : out.length > 5 && end?.pos === 'ADV' && ['but', 'yet'].includes(beforeEnd?.lower ?? '') && [',', ';'].includes(out[out.length - 3]!.value) ? out.length - 2 : -1
  if (hanging !== -1) {
    out = out.slice(0, hanging)
    trimPunctuation()
  }
  // "…accept contribution terms, perhaps": a lone adverb left after the last comma.
  if (out.length > 3 && out[out.length - 1]!.pos === 'ADV' && isComma(out[out.length - 2])) {
    out = out.slice(0, -2)
    trimPunctuation()
  }
  // ("…what it referred to as “the colored element in church statistics.”": the sentence's full stop inside a quoted phrase at its end goes as the bullet's own does; a quoted sentence after "said:" keeps it.)
  const [stop, close] = [out[out.length - 2], out[out.length - 1]]
  const opening = out.slice(0, -1).findLastIndex((token) => ['“', '"'].includes(token.value))
  if (stop?.value === '.' && ['”', '"'].includes(close?.value ?? '') && opening > 0 && out.length - opening <= 12 && ![':', ','].includes(out[opening - 1]!.value)) out = [...out.slice(0, -2), close!]
  // "…which redirects to http://galaxyproject.github.io/training-material.": the full stop is not part of the address.
  const address = out[out.length - 1]
  if (address && ['url', 'email'].includes(address.type) && /[.,;:]$/.test(address.value)) out = [...out.slice(0, -1), { ...address, value: address.value.replace(/[.,;:]+$/, '') }]
  // "…by almost 3x.": the tokenizer may keep the full stop on a unit; an abbreviation ("U.S.", "etc.") keeps its own.
  const last = out[out.length - 1]
  if (last && /^[\p{L}\p{N}]{1,3}\.$/u.test(last.value) && /\d$/.test(out[out.length - 2]?.value ?? '') && last.space === '') out = [...out.slice(0, -1), { ...last, value: last.value.slice(0, -1) }]
  // ("…that's where Svelte comes in.": the tokenizer read "in." as inches; a short word ending the sentence keeps no stop.)
  else if (last && /^(?:in|on|up|out|off|it|do|go|so|us|me|to|by|at|of)\.$/.test(last.value)) out = [...out.slice(0, -1), { ...last, value: last.value.slice(0, -1) }]
  // ("…range from from 500$ to 20000$": a preposition or an article typed twice is said once.)
  out = out.filter((token, at) => !(at > 0 && token.lower === out[at - 1]!.lower && ['ADP', 'DET'].includes(token.pos) && token.lower !== 'that' && token.space !== ''))
  return capitalise(out)
}

/**
 * Compress a sentence into a bullet of at most `maxWords` words where its
 * grammar allows: asides, connectives and fillers always go; then, while it
 * is too long, a fronted clause, trailing clauses, the tail of a list, and
 * trailing phrases; then one of two coordinated clauses. The final full stop
 * is dropped.
 *
 * @param sentence One sentence (plain text).
 * @param options `maxWords` (default 14) and `hardCap` (default `maxWords + 6`).
 * @returns The bullet, or `undefined` when the sentence is not a statement
 *   or cannot be brought within the hard cap.
 */
export function compressSentence(sentence: string, options: CompressOptions = {}): Compressed | undefined {
  const maxWords = Math.max(4, options.maxWords ?? 14)
  const hardCap = Math.max(maxWords, options.hardCap ?? maxWords + 6)
  return compressTokens(tagSentence(unwrap(sentence.replace(/\s+/g, ' ').trim())), maxWords, hardCap)
}

/**
 * A sentence written wholly in parentheses, without them: "(You can contact
 * us at …)" is a sentence, not an aside to drop.
 *
 * @param sentence One sentence.
 * @returns The sentence without its enclosing parentheses.
 */
export function unwrap(sentence: string): string {
  const match = /^\(([^()]*)\)$/.exec(sentence) ?? /^\(([^()]*[.!?])\s*\)$/.exec(sentence)
  return match ? match[1]! : sentence
}

/** Bullets compressed, by budget and tokens: a clause is compressed again by each stage that weighs it, for every theme a deck is built in and on every rebuild of `serve`. */
const compressed = new Memo<Readonly<Compressed> | undefined>(60_000)

/** {@link compressSentence} on tagged tokens. The result is kept and frozen: a user copies it before changing it. */
export function compressTokens(sentence: readonly Token[], maxWords: number, hardCap: number): Readonly<Compressed> | undefined {
  return compressed.get(`${maxWords} ${hardCap} ${tokensKey(sentence)}`, () => {
    const result = compressTagged(sentence, maxWords, hardCap)
    // (Never one that lost what bounds its rule by any path: "…the date we get the claim to reopen[, or…, whichever is later]".)
    return result && keepsBounds(tokensText(sentence), result.text) ? Object.freeze(withoutDanglingAbbreviation(result)) : undefined
  })
}

function compressTagged(sentence: readonly Token[], maxWords: number, hardCap: number): Compressed | undefined {
  const tagged = dropPointingFrame(dropSetUpClause(withConditionComma(sentence)))
  // A question is no statement, and a cut of one no bullet ("Did you know that you can light your winter"); one that asks
  // whether the reader knows a fact states it ("Did you know that you can light your winter with the smell of history?").
  if (tagged.at(-1)?.value === '?') {
    const known = /^(?:did|do) you know (?:that )?/i.exec(tokensText(tagged))
    const fact = known ? withoutLeadingSpace(tagged.slice(known[0].trim().split(/\s+/).length, -1)) : []
    return fact.length > 3 && startsClause(fact) ? compressWhole(capitalise(fact), maxWords, hardCap) : undefined
  }
  // The turn a writer marks with an ellipsis is the point ("…had only brewed with a french press... until one day I
  // read someone I respect rave about the AeroPress"): a sentence over its budget gives what follows it, when that
  // is a statement of its own.
  const turn = wordsOf(tagged) > maxWords ? afterEllipsis(tagged) : undefined
  if (turn) {
    const point = compressWhole(turn, maxWords, hardCap)
    if (point) return point
  }
  // A bullet that keeps the sentence's figure when one fits the hard cap, else the usual cuts.
  const figure = firstFigure(tokensText(tagged)) !== undefined
  const whole = (figure ? compressWhole(tagged, maxWords, hardCap, true) : undefined) ?? compressWhole(tagged, maxWords, hardCap)
  // (A sentence of figures cut to a few words without any, "Remarkable examples include Malawi", has lost its point.)
  const figures = (tokensText(tagged).match(/\d[\d,.]*/g) ?? []).length
  if (whole && figures >= 3 && whole.words <= 6 && firstFigure(whole.text) === undefined) return undefined
  if (whole) return whole
  return compressClause(dropFillers(dropConnective(dropAsides([...tagged]))), maxWords, hardCap) ?? compressMainClause(tagged, maxWords, hardCap)
}

/**
 * The last resort for a sentence whose fronted phrase is too long to keep and holds a verb of its own ("Through
 * user-centered design, and no longer being constrained by external requirements, our open data site is becoming a
 * more transparent view…"): its main clause, after the last comma before it, compressed alone. A section's
 * conclusion of such sentences had shown nothing.
 */
function compressMainClause(tagged: readonly Token[], maxWords: number, hardCap: number): Compressed | undefined {
  // (The phrase before it has no verb of its own but participles: "…enables the recommended rules from X, a plugin that adds checks…" is a clause and its appositive.)
  const finite = (token: Token): boolean => (token.pos === 'AUX' && !['being', 'been', 'be', 'having'].includes(token.lower)) || (token.pos === 'VERB' && !participleForm(token))
  const at = tagged.findLastIndex((token, index) => isComma(token) && token.value === ',' && index >= 3 && startsClause(withoutLeadingSpace(tagged.slice(index + 1))) && isStatement(tagged.slice(index + 1)) && !tagged.slice(1, index).some(finite))
  // (Never a condition's: "If you have already attended a Community Discussion…, we have automatically transferred…".)
  // (A phrase's, not a subordinate clause's: "When planning court work, I need to segment users…" keeps its when; nor an
  // instruction's, "Wash the pan with hot water…, dry it completely…", which opens on its first step.)
  if (at === -1 || !['ADP', 'VERB'].includes(tagged[0]!.pos) || finite(tagged[0]!) || subordinatorLength(tagged) > 0 || conditions.has(tagged[0]!.lower) || conditionPrepositions.has(tagged[0]!.lower) || hedge.test(tokensText(tagged.slice(0, 4)))) return undefined
  // (Nor one that names something: "In August of 2023, Claudio Wunder and I… started…" keeps its date.)
  if (tagged.slice(0, at).some((token) => token.pos === 'NUM' || token.pos === 'PROPN' || token.entity !== undefined)) return undefined
  const main = withoutLeadingSpace(tagged.slice(at + 1))
  if (pronounSubjects.has(main[0]!.lower) || wordsOf(main) < 6) return undefined
  return compressWhole(capitalise(main), maxWords, hardCap)
}

/**
 * The last resort for a sentence of two coordinated clauses that is over the
 * hard cap as a whole ("Docker is still a useful tool for building
 * containers, and the images … can still run in your cluster"): one clause,
 * compressed on its own — the first, or after "but"/"yet" the second, which
 * carries the point. A clause that leans on the other ("they", "this") is
 * never used alone.
 */
function compressClause(tokens: readonly Token[], maxWords: number, hardCap: number): Compressed | undefined {
  const endsQuotation = closesQuotation(tokensText(tokens))
  for (let index = 3; index < tokens.length - 3; index++) {
    const token = tokens[index]!
    const conj = tokens[index + 1]!
    // (Or the comma between an instruction's steps, "Wash the pan with hot water and a little soap, dry it completely…": the
    // first step is a clause of its own.)
    // (Not steps inside a clause the instruction governs, "Ensure that anyone can get the source…, click a button, and
    // create…", nor "Let refactoring be… the gentle rhythm of make a change, run the tests…".)
    const step = token.value === ',' && startsImperative(tokens) && tokens[0]!.lower !== 'let' && /^\p{Ll}+$/u.test(conj.value) && !/(?:ing|ed)$/.test(conj.lower) && ['VERB', 'ADJ', 'NOUN'].includes(conj.pos) && ['it', 'them', 'this', 'these', 'the', 'a', 'an', 'your'].includes(tokens[index + 2]?.lower ?? '') && !tokens.slice(0, index).some((other) => other.pos === 'SCONJ' || ['that', 'whether', 'how', 'what', 'which'].includes(other.lower))
    if (step && !insideQuotation(tokens.slice(0, index))) {
      const first = compressWhole(tokens.slice(0, index), maxWords, hardCap)
      if (first) return first
    }
    const comma = (token.value === ';' && !insideBrackets(tokens.slice(0, index))) || (token.value === ',' && ['and', 'but', 'so', 'yet', 'or'].includes(conj.lower))
    // "… is time-boxed at four months and the development phase of x.(y+1) starts…": a clause joined without a comma.
    // The subject must take its verb at once ("…both ESLint and TypeScript in your projects to ensure you're…" is one clause).
    const phrased = token.lower === 'and' && token.pos === 'CCONJ' && phraseThenSubject(tokens.slice(index + 1))
    const bare = token.lower === 'and' && token.pos === 'CCONJ' && ((startsClause(tokens.slice(index + 1)) && ['DET', 'PROPN'].includes(conj.pos) && clauseSubject(tokens.slice(index + 1)) !== undefined) || phrased)
    // (Nor the comma of a list of adjectives: "…significant psychological, social, and economic problems".)
    // (Nor after a participle in such a list: "…providing free, dedicated, and high-fidelity access…".)
    if ((!comma && !bare) || (endsOnModifier(tokens.slice(0, index)) && tokens[index + 2]?.pos === 'ADJ') || (comma && closesSeries(tokens, index)) || (token.value === ';' && semicolonSeries(tokens))) continue
    const head = tokens.slice(0, index)
    if (insideCondition(tokens, index) || waitsForVerb(head) || (comma && endsSubordinateSeries(head))) continue
    // "both X and Y" is one phrase; so are two modifiers of one noun ("the age stratified all-cause and COVID-19 associated mortality"): a head that ends on a modifier, not after "be", waits for its noun.
    if (bare && head.some((other) => other.lower === 'both')) continue
    if (conj.lower === 'but' && notOnlyBefore(head)) continue
    let modifier = head.length - 1
    while (modifier > 0 && (head[modifier]!.pos === 'ADJ' || head[modifier]!.value === '-' || head[modifier + 1]?.value === '-')) modifier--
    if (bare && modifier < head.length - 1 && !['be', 'seem', 'become', 'look', 'feel', 'remain', 'stay', 'get', 'grow', 'appear', 'sound'].includes(head[modifier]!.lemma)) continue
    // "job 4 is where PLaneT and the package system differ the most": the "where" clause's subjects, its verb after them.
    const wh = head.findLastIndex((other) => ['where', 'what', 'how', 'why', 'who', 'when', 'whether'].includes(other.lower))
    // (Nor one whose only verb is a participle: "…explains how stakeholder engagement strategies used in … Europe and Africa were based on…".)
    if (bare && wh !== -1 && !hasFiniteVerb(head.slice(wh + 1))) continue
    // ("…using a gangway, but cars and the lorry carrying the week's supplies could not": the "and" joins the subjects of
    // the last clause, whose verb comes after it.)
    if (bare && !hasFiniteVerb(head.slice(head.findLastIndex((other) => isComma(other)) + 1))) continue
    // ("…separated … as progressive governments in the US and Europe became interested…": the subordinate clause
    // before the "and" is still waiting for its verb.)
    const lastSub = head.findLastIndex((other) => subordinators.has(other.lower))
    if (bare && lastSub !== -1 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(head[lastSub + 1]?.pos ?? '') && !hasFiniteVerb(head.slice(lastSub + 1))) continue
    // (Nor a scrap of a quotation that began in the sentence before: "We constantly had bugs, and our error reporting
    // system was logging thousands of errors - versus absolutely zero with Elm.”" is no "We constantly had bugs".)
    if (endsQuotation && wordsOf(head) < 6) continue
    // Never inside a quotation ("the Collector “allows your service to offload data quickly and the Collector can…”").
    if (insideQuotation(head)) continue
    // "Whenever there is a discussion about X and Prometheus's approach comes up, …": the "and" is inside the fronted clause.
    if (subordinatorLength(head) > 0 && !head.some((other, at) => isComma(other) && startsClause(head.slice(at + 1)))) continue
    // (So is it in a fronted phrase: "Between the data we make available…, and the many researchers…, we hope…".)
    if (leavesVerbBehind(tokens, head)) continue
    if (fronts(head, tokens.slice(index + 2))) continue
    let tail = withoutLeadingSpace(tokens.slice(bare || token.value === ';' ? index + 1 : index + 2))
    // ("…rather than humans, or animals as the case may be": a noun and an idiom, no clause.)
    if (asTheCaseMayBe.test(tokensText(tail))) continue
    // ("…, and crucially, the detectorists who had located the material had come across…": an adverb set off by commas.)
    // (Not one that ties the clause to the one before: "…; otherwise, you paid a fee".)
    if (tail[0]?.pos === 'ADV' && /ly$/.test(tail[0].lower) && isComma(tail[1]) && tail.length > 4) tail = withoutLeadingSpace(tail.slice(2))
    // (And a connective set off by its comma: "…, but just to briefly summarise, for any of our UX designer roles we seek…".)
    const connective = tail.findIndex((other, at) => at <= 5 && isComma(other) && commaConnectives.has(tail.slice(0, at).map((each) => each.lower).join(' ')))
    if (connective > 0 && tail.length > connective + 4) tail = withoutLeadingSpace(tail.slice(connective + 1))
    const turned = connective > 0 && ['but', 'yet'].includes(conj.lower) && hasFiniteVerb(tail) ? compressWhole(capitalise(tail), maxWords, hardCap) : undefined
    if (turned) return turned
    // ("…, and even more spectacularly 99th percentile response times drop…": adverbs before the subject.)
    // (Not "…, less verbose, and more expressive codebases": an adverb before an adjective is the list's next item.)
    const opening = tail.find((other) => other.pos !== 'ADV')
    const afterAdverbs = tail[0]?.pos === 'ADV' && (['DET', 'NOUN', 'PROPN', 'NUM'].includes(opening?.pos ?? '') || /^\d/.test(opening?.value ?? ''))
    // ("…, but with a little effort, we can assure the health…": a short fronted phrase before the clause's subject; or its noun with a relative, "…, but in all the times I've been to Twin City Surplus, there's never…".)
    const frontedComma = tail[0]?.pos === 'ADP' ? tail.findIndex((other, at) => at > 1 && at <= 12 && isComma(other)) : -1
    const relative = tail.findIndex((other, at) => at > 1 && at < frontedComma && tail[at - 1]!.pos === 'NOUN' && (other.pos === 'PRON' || ['that', 'which', 'when', 'where'].includes(other.lower)))
    const afterPhrase = frontedComma !== -1 && ((frontedComma <= 7 && !tail.slice(0, frontedComma).some((other) => isVerb(other))) || (relative !== -1 && !tail.slice(0, relative).some((other) => isVerb(other)))) && startsClause(withoutLeadingSpace(tail.slice(frontedComma + 1)))
    const subjectLike = afterAdverbs || afterPhrase || ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tail[0]?.pos ?? '') || /^\d/.test(tail[0]?.value ?? '') || ['we', 'you', 'i', 'people', 'there'].includes(tail[0]?.lower ?? '') || phrased
    // "…, exploits in SS7 infrastructure, and SIM-based attacks, the need for MFA continues to grow": the last item of a
    // list inside a fronted clause, not a clause of its own.
    const tailComma = tail.findIndex((other) => isComma(other))
    const tailVerb = tail.findIndex((other) => isVerb(other))
    // ("…, and Twitter being the primus inter pares here, for promoting… is justified": a noun and its "being" are no clause.)
    // (Nor "…, and we think, what you can get away with in practice": a reporting aside before a list's last item.)
    const absolute = ['being', 'having'].includes(tail[1]?.lower ?? '') || reportingAside.test(tokensText(tail.slice(0, 4)))
    // ("You are not permitted to bring a bag into the room, so be prepared to…": the advice a claim leads to is the
    // speaker's to say; the claim is the bullet.)
    if (comma && conj.lower === 'so' && (startsImperative(tail) || (tail[0]?.lower === 'be' && ['ADJ', 'VERB'].includes(tail[1]?.pos ?? ''))) && hasFiniteVerb(head)) {
      const claim = endsPointingBack(head) ? undefined : compressWhole(head, maxWords, hardCap)
      if (claim) return claim
    }
    // (Nor a clause whose subject points back at the one before: "…, and such buses can carry an order of magnitude more people".)
    // (Nor a bare plural whose clause says which, "…, and ways the community can contribute to its growth": `startsClause`.)
    if (!subjectLike || absolute || (tail[0]?.pos === 'NOUN' && !startsClause(tail)) || ['such', 'these', 'those'].includes(tail[0]?.lower ?? '') || !hasFiniteVerb(tail) || !hasFiniteVerb(head) || (tailComma !== -1 && !afterPhrase && (tailVerb === -1 || tailComma < tailVerb))) continue
    // ("The continental datasets are healthsites.io and a resource developed by the KEMRI-Wellcome Trust…": a noun and its
    // participle's "by" are the second of two things named, no clause.)
    // (Nor one that names again a noun the head named, with its participle: "…the content of portalled rooms that are bridged
    // to Libera Chat since June 7, and rooms bridged to OFTC since June 27".)
    if (tailVerb > 0 && /ed$/.test(tail[tailVerb]!.lower) && tail[tailVerb - 1]!.pos === 'NOUN' && (tail[tailVerb + 1]?.lower === 'by' || (tailVerb === 1 && head.some((other) => other.pos === 'NOUN' && other.lemma === tail[0]!.lemma)))) continue
    // (Nor a noun and its infinitive, the last of a list: "…with a focus on user needs, open government, and a commitment to
    // share and learn from D7 member nations" had shown only the commitment.)
    if (comma && tailVerb > 0 && tail[tailVerb - 1]?.lower === 'to' && ['DET', 'NOUN', 'ADJ'].includes(tail[0]?.pos ?? '') && !tail.some((other) => other.pos === 'AUX')) continue
    // (Nor an aside inside the subject: "…one of the hardest skills in life, and one I'm not sure I'll ever master, is…".)
    if (comma && asideInSubject(tail)) continue
    // ("…robust, well evaluated, and production ready tools available…": the last of modifiers in a row, no clause.)
    if (comma && head[head.length - 1]!.pos === 'ADJ' && !hasFiniteVerb(tailComma === -1 ? tail : tail.slice(0, tailComma))) continue
    // ("Published research papers, technical reports, or white papers that…": the comma ends a list, not a clause.)
    if (token.value === ',' && endsInListItem(head)) continue
    const contrast = ['but', 'yet'].includes(conj.lower) && !bare
    if (contrast && conditionOpeners.test(tokens[0]!.lower)) continue
    // (The clauses before a later ", but" are its set-up: "It's fair to be frustrated, and…, but a bit of compassion…".)
    if (!contrast && contrastFollows(tokens, index)) continue
    // (Nor the last item of a list whose verb is in its relative clause: "…, and a few who played for other national teams".)
    if (onlyRelative(tail)) continue
    // (Nor a second infinitive after "to survey…, and thus reimagine…": no imperative of its own.)
    // (What leans is read in what the bullet keeps: "…anything worth buying, and most of it just sits there" drops its "it".)
    const kept = (out: Compressed | undefined): Compressed | undefined => (out && !leansOnHead(out.tokens) ? out : undefined)
    const second = (): Compressed | undefined => (pronounSubjects.has(tail[0]?.lower ?? '') || continuesInfinitive(head, tail) || continuesSupposition(head, tail) || wordsOf(tail) > clauseReach * hardCap || (!contrast && endsStory(head, tail, maxWords)) ? undefined : kept(compressWhole(capitalise(tail), maxWords, hardCap)))
    // "The origin server does not have enough resources for this": a clause that ends pointing back is no bullet alone.
    const first = (): Compressed | undefined => (endsPointingBack(head) || wordsOf(head) > clauseReach * hardCap ? undefined : compressWhole(head, maxWords, hardCap))
    const chosen = contrast ? second() : (first() ?? second())
    if (chosen) return chosen
  }
  return undefined
}

function compressWhole(tagged: readonly Token[], maxWords: number, hardCap: number, keepFigure = false): Compressed | undefined {
  // (An aside that narrows, ", in particular on the web,", goes whole before its filler would, when the sentence is over budget.)
  let tokens = wordsOf(tagged) > maxWords ? keepsQuotations([...tagged], dropNarrowingAside([...tagged])) : [...tagged]
  // Words inside quotation marks are the author's quotation: a step may drop a whole quotation, never a part.
  // ("However, again, Prometheus is not…": two connectives.)
  for (const step of [dropAnswerMarker, dropHatTip, dropEntryDate, dropDateline, dropGenericLabel, dropFrame, dropVagueFinding, dropAsides, dropSayingAside, dropPointerTail, dropTrailingAddress, dropEitherWay, dropConnective, dropConnective, dropFrontedSaying, dropFrame, dropFillers, dropAnnouncement]) tokens = keepsQuotations(tokens, step(tokens))
  // (Counted once per state of the tokens: most steps leave them as they were.)
  let counted: { of: Token[]; words: number } | undefined
  const within = (limit: number): boolean => {
    if (counted?.of !== tokens) counted = { of: tokens, words: wordsOf(finish(tokens)) }
    return counted.words <= limit
  }
  // What a sub-editor removes without losing a claim, while the bullet is over its budget…
  for (const step of [afterLeadIn, dropSetUp, dropRelativeAside, dropAppositive, dropGloss, dropSubjectAppositive, dropSubjectRole, dropFrontedAs, dropFrontedPartners, dropSubjectOrigin, dropFrame, dropFronted, dropReporting, dropRankingSubject]) {
    if (within(maxWords)) break
    tokens = keepsQuotations(tokens, step(tokens))
  }
  // …and what may carry part of the point, only for a sentence well over it: a statement a few words
  // long is better whole than cut ("BAAD is far from the first compilation…" lost its "but…").
  const lossyFrom = maxWords + lossySlack
  // The point after a "but", whole, before any cut at the end of it: "…, but we think our work is one small piece of
  // building trust in government" had lost "in government" to a trailing cut made while the set-up was still there.
  if (!within(lossyFrom) && tokens.some((token, at) => isComma(token) && ['but', 'yet'].includes(tokens[at + 1]?.lower ?? ''))) {
    const point = splitCoordinated(tokens, lossyFrom)
    if (point !== tokens && point.length < tokens.length && point[0]?.lower !== tokens[0]?.lower) tokens = keepsQuotations(tokens, point)
  }
  // (Whether a cut was skipped to keep the figure: the bullet may then run a few words over the hard cap.)
  let keptFigure = false
  for (const step of [dropPurposeBeforeFigures, dropRestatement, dropCountedItems, dropTrailing, dropTrailing, dropTrailingCoordinate, dropAsWellAs, dropSecondRelative, dropSecondThat, dropSecondComplement, dropTrailingMeans, shortenLists, shortenLists, dropSeriesTail, shortenPredicates, dropTrailingSubordinate, dropTrailingSubordinate, dropTrailingPrepositionRelative, dropCountedRelative, dropTrailingPassive, dropTrailingResult, dropTrailingSecondPredicate, dropTrailingPhrase, dropTrailingPhrase, dropTrailingPurpose, dropNamingParticiple]) {
    if (within(lossyFrom)) break
    const next = keepsQuotations(tokens, step(tokens))
    if (leavesVerbBehind(tokens, next) || cutsAcrossAside(tokens, next) || dropsBound(tokens, next) || endsInsideRelative(tokens, next)) continue
    // A statement within the hard cap keeps its names and numbers ("…for feedback on early drafts: Matthew Brett, Henry Schreiner, Dan McCloy").
    // ("At CDS, we work in the open…, using tools like Trello and Slack": the examples are the names the cut would lose.)
    if (within(hardCap) && namesSomething(tokens) && (!namesSomething(next) || namedIn(tokens).length >= namedIn(next).length + 2)) continue
    // Nor does a cut lose the sentence's figure ("…was cut in half, from a high of 46% to an average of 20%", "…notified
    // when the stream exceeds a nearby gage height of 5.2 feet") when it can keep it within the hard cap; selection may
    // show a sentence whole as the section's example (`select.ts`).
    // (A figure of the source, "…, according to the 2023 survey of 4,000 riders", is no claim of its own.)
    if (keepFigure && firstFigure(claimedText(tokens)) !== undefined && firstFigure(tokensText(next)) === undefined) {
      keptFigure = true
      continue
    }
    tokens = next
  }
  if (!within(lossyFrom)) tokens = keepsQuotations(tokens, splitCoordinated(tokens, lossyFrom))
  const final = finish(tokens)
  const words = wordsOf(final)
  // A bracket opened and not closed ("…pretty descriptions (added about four hours") is a cut in the middle of an aside.
  // (Nor one closed that the bullet never opened: "The Elsevier boycott) has turned my thoughts…".)
  const opened = final.filter((token) => token.value.includes('(')).length !== final.filter((token) => token.value.includes(')')).length
  // (A claim that is its figures, "I count 6 Basketball World Championship Bronze Medals, 4 … and 13 Olympic Silver
  // medals", may run as far over the cap as one that kept its figure.)
  const figures = keepFigure && final.filter((token) => token.pos === 'NUM' && /^\d/.test(token.value)).length >= 3
  // ("…the fact that tens of millions of Americans are": a bullet never ends on the verb "be" waiting for its complement.)
  // (Not "plain as can be", nor the second term of a comparison, "…just like the university tests are".)
  // (Nor on an auxiliary waiting for its verb or complement: "Its main aim may have been" lost ", as Eric Christen
  // wrote…, to describe the 'fog-bow'…".)
  // (A sentence that ends so, "…how current the information is", was not cut there.)
  // (Not "…what if policy guidelines were...", which waits for the list after it.)
  const uncut = (): boolean => {
    const whole = tokensText(tagged).trim()
    return tagged.findLast((token) => token.pos !== 'PUNCT') === final.at(-1) && /[.!?]["'”’)]*$/.test(whole) && !/(?:\.\.\.|…)["'”’)]*$/.test(whole)
  }
  const waiting = ((/^(?:is|are|was|were|appears?|appeared|seems?|seemed|remains?|remained|becomes?|became|proves?|proved)$/i.test(final.at(-1)?.value ?? '') && ['NOUN', 'PROPN'].includes(final.at(-2)?.pos ?? '')) || (/^(?:be|been|being)$/i.test(final.at(-1)?.value ?? '') && final.at(-2)?.pos === 'AUX')) && !final.slice(-7).some((token) => ['as', 'like', 'than'].includes(token.lower)) && !uncut()
  // ("Vaccinating 95% of the population not only avoids measles spreading": a "not only" whose "but also" was cut.)
  // (Nor an "either" whose "or" was: "The revealed preference is either to use method A and write a caveat".)
  const either = final.findIndex((token, at) => token.lower === 'either' && !/^(?:way|side|case|of|one|option|direction|end|hand)$/i.test(final[at + 1]?.lower ?? '') && !/^[.,;:!?]?$/.test(final[at + 1]?.value ?? ''))
  // ("This is not only more configuration, it also makes…" answers with "also".)
  const notOnly = final.findIndex((token, at) => token.lower === 'not' && final[at + 1]?.lower === 'only')
  const half = (notOnly !== -1 && !final.some((token) => token.lower === 'but') && !final.slice(notOnly + 2).some((token) => token.lower === 'also')) || (either !== -1 && !final.slice(either + 1).some((token) => token.lower === 'or'))
  // ("There's of course a risk": an existential cut from what the risk is says nothing; nor "Or as Doron Zeilberger wrote", cut from what he wrote.)
  // (Nor three words left of a long sentence: "HybridCNC was developed" of "Combining the best of open hardware
  // solutions…, plus making sure any heavy parts… can be sourced locally, HybridCNC was developed".)
  // (Not an answer a colon gives: "…: CSS is unpredictable".)
  const stub = (words <= 3 && wordsOf(tagged) >= 15 && !tagged.some((token) => token.value === ':')) || (words < wordsOf(tagged) && words <= 8 && /^(?:(?:or|and|but|so) )?as [^,;:]{2,40} (?:wrote|writes|said|says|put it|puts it|noted|notes|observed|argued|argues|remarked|explained|explains)$|^there(?:['’]s| is| are| was| were)\b(?: (?:of course|also|always|still|clearly|obviously))? (?:an?|one|another|some) (?:[\w-]+ )?(?:risk|problem|catch|downside|caveat|issue|danger|cost|trade-?off|limit|drawback|challenge|question|reason|upside|benefit|difference)s?$/i.test(tokensText(final).trim()))
  // (Nor on a conjunction or an article whose phrase was cut, "In the U.S., this process has been steadily increasing as",
  // nor on the "to" of a verb of wanting whose infinitive was cut, "We still want to".)
  const dangling = (/^(?:as|because|since|although|though|whereas|while|if|when|unless|until|that|and|or|but|nor|the|a|an)$/i.test(final.at(-1)?.value ?? '') || (final.at(-1)?.lower === 'to' && /^(?:want|wants|wanted|need|needs|needed|have|has|had|going|able|try|tried|plan|planned|hope|hoped)$/.test(final.at(-2)?.lower ?? ''))) && !uncut()
  // (A condition that bounds the claim, kept, may run over as a figure may: "…free for you to take and use, as long as you acknowledge…".)
  const bounded = holdsBound.test(tokensText(final))
  if ((!isStatement(final) && !isNamedAnswer(final)) || isSpanFragment(final) || words > hardCap + (keptFigure || figures || bounded ? figureSlack + 2 * Number(bounded) : 0) || opened || waiting || half || stub || dangling) return undefined
  return { text: balanceQuotes(tokensText(final)), tokens: final, words, fits: words <= maxWords }
}

/** Words over the hard cap a bullet may keep rather than lose its figure. */
const figureSlack = 4

/** Times the hard cap a clause compressed alone may run (trying each clause of 2,000 words with a semicolon every fifth took 3 min). */
const clauseReach = 3

/** Words over `maxWords` a bullet may keep rather than lose a clause. */
const lossySlack = 4
