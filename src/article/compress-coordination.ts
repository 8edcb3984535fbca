/**
 * The cuts where a sentence's parts are coordinated: a second predicate ("…in a single day, and announced that…"), a
 * second main clause after ", and", what "as well as" adds, and the choice of one of two clauses (the tests of where
 * a list ends and a contrast begins, which the other cuts share too, are `coordination-checks.ts`).
 */
import { tokensText, type Token } from './nlp.js'
import { capitalise, endsPointingBack, hasFiniteVerb, isComma, isPunct, isStatement, isVerb, leansOnHead, namesSomething, pronounSubjects, startsClause, withoutLeadingSpace, wordsOf } from './clause-grammar.js'
import { closesQuotation, insideBrackets, insideQuotation } from './quotations.js'
import { continuesInfinitive, continuesSupposition, waitsForVerb } from './head-checks.js'
import { asTheCaseMayBe, modals, reportingAside } from './grammar-words.js'
import { wholeNouns } from './compress-words.js'
import { asideInSubject, closesSeries, semicolonSeries, conditionOpeners, contrastFollows, endsInListItem, endsPredicateSeries, endsStory, fronts, insideCondition, notOnlyBefore, restrictives } from './coordination-checks.js'


/** Whether a clause denies that it is "just" the one thing: "Students aren't just passively looking at maps". */
function deniesJust(head: readonly Token[]): boolean {
  return head.some((other, at) => /^(?:not|n['’]t)$/.test(other.lower) && restrictives.has(head[at + 1]?.lower ?? ''))
}

/**
 * Whether a clause's pronoun stands for something before the clause: its subject ("they…"), or an "it", "they" or
 * "them" after its verb with no noun of the clause between ("…the European Commission thinks it might cause DNA damage";
 * not "…aren't necessary for Kubernetes, because it isn't a human").
 */
function pronounLeans(tail: readonly Token[]): boolean {
  if (pronounSubjects.has(tail[0]?.lower ?? '')) return true
  const verb = tail.findIndex((token) => ['VERB', 'AUX'].includes(token.pos))
  return verb !== -1 && tail.some((token, at) => at > verb && ['it', 'they', 'them'].includes(token.lower) && token.pos === 'PRON' && !tail.slice(verb + 1, at).some((other) => ['NOUN', 'PROPN'].includes(other.pos)))
}

/** The first or the second of two coordinated clauses ("A; B", "A, but B"), whichever is a statement that fits. */
export function splitCoordinated(tokens: Token[], maxWords: number): Token[] {
  // (A sentence that ends a quotation opened before it gives no scrap of itself: "We constantly had bugs, and our error
  // reporting system was logging thousands of errors - versus absolutely zero with Elm.”" is no "We constantly had bugs".)
  const quoted = closesQuotation(tokensText(tokens))
  for (let index = 3; index < tokens.length - 3; index++) {
    const token = tokens[index]!
    const conj = tokens[index + 1]
    const boundary = token.value === ';' || (token.value === ',' && conj && ['and', 'but', 'so', 'yet', 'or', 'while', 'whereas'].includes(conj.lower))
    // (Nor the semicolons of a list: "…endorse the adoption of open Standards…; the use of OSS in our technology stack; contributing…".)
    if (!boundary || (token.value === ';' && semicolonSeries(tokens))) continue
    const head = tokens.slice(0, index)
    if (insideQuotation(head) || insideCondition(tokens, index)) continue
    if (conj?.lower === 'but' && notOnlyBefore(head)) continue
    // (Nor inside brackets: "(e.g.: the UK Research Integrity Office, established 2006; Retraction Watch, …)".)
    if (insideBrackets(head)) continue
    const tail = token.value === ';' ? tokens.slice(index + 1) : tokens.slice(index + 2)
    // (Nor a reporting aside before a list's last item: "…how it is treated, and we think, what you can get away with in practice".)
    if (reportingAside.test(tokensText(withoutLeadingSpace(tail).slice(0, 4)))) continue
    // "Students aren't just passively looking at maps; they're making arguments in space, and…": after a clause that denies it is just the one thing, the clause after the semicolon is the point. Both, the second to its first comma.
    if (token.value === ';' && deniesJust(head)) {
      const comma = tail.findIndex((other) => isComma(other))
      const point = comma === -1 ? tail : tail.slice(0, comma)
      if (isStatement(point) && wordsOf(head) + wordsOf(point) <= maxWords + 2) return [...head, token, ...point]
      continue
    }
    // Both sides must be clauses: in "MIT, Apache 2.0, and GPLv3 are popular" the comma joins names, in "…significant psychological, social, and economic problems" adjectives, in "…rather than humans, or animals as the case may be" a noun and an idiom.
    if (!startsClause(tail) || !hasFiniteVerb(head) || (endsOnModifier(head) && tail[0]?.pos === 'ADJ') || asTheCaseMayBe.test(tokensText(tail))) continue
    // "…discuss the project's methodologies, challenges, and outcomes are a great way…": the comma and "and" end a list
    // of names (its last item is the subject the verb after it shares), not one clause and the next.
    if (token.value === ',' && (endsInListItem(head) || waitsForVerb(head))) continue
    if (token.value === ',' && (asideInSubject(tail) || fronts(head, tail) || (conj?.lower === 'and' && closesSeries(tokens, index)))) continue
    // After "but" or "yet" comes the point ("X was good, but it could use improvements"): keep the whole or the contrast.
    const contrast = ['but', 'yet'].includes(conj?.lower ?? '') && token.value === ','
    // ("It's fair to be frustrated, and reasonable to question the why, but a bit of compassion goes a long way": the
    // clauses before the "but" are its set-up, not a bullet of their own.)
    if (!contrast && contrastFollows(tokens, index)) continue
    // ("…differences … that are not 'errors', but that stem from…": a second relative clause of the head's noun, no clause.)
    if (contrast && tail[0]?.lower === 'that' && head.some((other, at) => other.lower === 'that' && ['AUX', 'VERB'].includes(head[at + 1]?.pos ?? ''))) continue
    if (contrast) {
      // (A contrast inside a condition holds only under it: "If you use less elution buffer, you get less total DNA, but the
      // DNA you get will be at higher concentration" — the whole, or nothing.)
      if (conditionOpeners.test(tokens[0]!.lower) && wordsOf(tokens) > maxWords + 6) continue
      // Whole when it fits the hard cap: "MIT, Apache 2.0, and GPLv3 are popular, but there are other options".
      if (wordsOf(tokens) <= maxWords + 6) return tokens
      // (Not one whose pronoun stands for the head's noun: "…because of an additive the FDA thinks is low risk, but the
      // European Commission thinks it might cause DNA damage" — what might?)
      if (isStatement(tail) && wordsOf(tail) <= maxWords && !pronounLeans(tail) && tail[0]!.lower !== 'i') return capitalise(withoutLeadingSpace(tail))
      // "…release an alpha version in the next one to two months, but this is, of course, just an estimate": a hedge
      // that leans on the claim is no point of its own; the claim is.
      if (leansOnHead(tail) && wordsOf(tail) <= 8 && isStatement(head) && wordsOf(head) <= maxWords + 2 && !endsPointingBack(head)) return head
      continue
    }
    if (quoted && wordsOf(head) < 6) continue
    const headPointsBack = endsPointingBack(head)
    if (isStatement(head) && wordsOf(head) <= maxWords && !headPointsBack) return head
    // "…, and travellers increasingly ask about that": a tail that points back at the head is no bullet alone.
    // (Not the last item of a series and what follows it: "…easy to read, and easy to write—and he defied…".)
    if (isStatement(tail) && wordsOf(tail) <= maxWords && !endsStory(head, tail, maxWords) && !leansOnHead(tail) && !continuesInfinitive(head, tail) && !continuesSupposition(head, tail) && !closesSeries(tokens, index)) return capitalise(withoutLeadingSpace(tail))
    // A head a couple of words over is still better than a tail that leans on it.
    if (isStatement(head) && wordsOf(head) <= maxWords + 2 && !headPointsBack) return head
  }
  return tokens
}

/**
 * Drop a second predicate joined by "and" without a comma ("…should be an
 * easy swap and will have better performance"): the first is the claim.
 */
export function dropTrailingSecondPredicate(tokens: Token[]): Token[] {
  for (let index = tokens.length - 3; index >= 5; index--) {
    const token = tokens[index]!
    // "…and finally release the feature": an adverb between "and" and the verb.
    // (Not a question word: "…thought about how much time I had been spending… and how stoked I'd be…" had become "I how stoked…".)
    const adverb = tokens[index + 1]!.pos === 'ADV' && tokens[index + 2]?.pos === 'VERB' && !['how', 'why', 'when', 'where', 'whether'].includes(tokens[index + 1]!.lower) ? 1 : 0
    const next = tokens[index + 1 + adverb]!
    if (token.lower !== 'and') continue
    // (Not two adverbs of one verb: "…whether the resulting pattern could be well and systematically optimized" had become
    // "…could be well".)
    if (adverb && tokens[index - 1]!.pos === 'ADV' && !['then', 'finally', 'also', 'later', 'eventually', 'now', 'soon', 'again', 'thus', 'therefore'].includes(tokens[index + 1]!.lower)) continue
    // ("…added about 15,000 "confirmed cases" in a single day, and announced that…": after a comma too, when the verb is
    // finite by its ending.)
    const comma = isComma(tokens[index - 1]) ? 1 : 0
    if (comma && !(next.pos === 'VERB' && /(?:s|ed)$/.test(next.lower)) && !(next.pos === 'AUX' && ['has', 'have', 'had'].includes(next.lower))) continue
    // (Not the last of a series of nouns, its plural read as a verb: "…withdrawn from groundwater, surface water, and springs for…".)
    if (comma && /[^s]s$/.test(next.lower) && nounItemBefore(tokens, index - 1)) continue
    // ("…get explicit and focused community input": adjectives, however the tagger reads "focused".)
    const participle = /ed$/.test(next.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[index + 2]?.pos ?? '')
    // A bare form ("the build and publish workflows") is a second predicate only after a modal ("should be an easy swap and have…").
    const modal = tokens.slice(0, index).some((other) => other.pos === 'AUX' && ['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must'].includes(other.lower))
    // "we write documentation and release the feature": a bare form with an object, after a subject that takes it.
    const plainPresent = ['we', 'you', 'they', 'i'].includes(tokens[0]!.lower) || tokens.slice(0, index).some((other, at) => isComma(tokens[at - 1]) && ['we', 'you', 'they', 'i'].includes(other.lower))
    const bareWithObject = plainPresent && ['DET', 'PRON'].includes(tokens[index + 2 + adverb]?.pos ?? '') && next.lower === next.lemma
    const finite = /(?:s|ed)$/.test(next.lower) || modal || bareWithObject
    const predicate = (next.pos === 'AUX' && !['is', 'are', 'was', 'were', "'s"].includes(next.lower)) || (next.pos === 'VERB' && !/ing$/.test(next.lower) && finite && ['NOUN', 'PROPN', 'PRON', 'ADV'].includes(tokens[index - 1 - comma]!.pos) && !participle)
    // (Nor after a verb that waits for the object the two share: "…such as CMS should monitor and be aware of the crucial
    // open source projects…" had become "…should monitor".)
    // (Nor after an auxiliary whose verb is the second's: "…norms from R package development have already and can continue to
    // improve the python analogs" had become "…have already".)
    const bare = tokens[index - 1]!.pos === 'ADV' ? tokens[index - 2] : tokens[index - 1]
    if (!predicate || (!comma && tokens[index - 1]!.pos === 'VERB' && !/ing$/.test(tokens[index - 1]!.lower)) || (bare?.pos === 'AUX' && !['is', 'are', 'was', 'were', 'be', 'been'].includes(bare.lower))) continue
    // "…complaints people had and have about PLaneT is the very long install times": two verbs of one relative clause,
    // and the sentence's own verb after them.
    // (After a comma the predicate is the sentence's own: "…, and announced that these numbers were due to…".)
    if (!comma && tokens.slice(index + 2 + adverb).some((other) => ['is', 'are', 'was', 'were'].includes(other.lower) && other.pos === 'AUX')) continue
    const head = tokens.slice(0, index - comma)
    // ("It favors specific solutions that are impactful for a few disabilities and may end up with a lower score…": without a
    // comma, the second verb of a relative clause, whose point it is.)
    const clauseStart = head.findLastIndex((other) => isComma(other)) + 1
    if (!comma && head.some((other, at) => at > clauseStart + 2 && ['that', 'which', 'who'].includes(other.lower) && ['NOUN', 'PROPN'].includes(head[at - 1]!.pos) && ['AUX', 'VERB'].includes(head[at + 1]?.pos ?? '') && next.pos === 'AUX')) continue
    // "I was able to make some solid progress fairly quickly and ended up with a pull request merged within a couple
    // of days": the second predicate holds the result (a time, a number, a name) the first lacks; with the subject, it
    // is the bullet.
    const tail = tokens.slice(index + 1)
    // ("We take the number of research dollars and divide it up to give…": a second step done to the first one's object,
    // which its pronoun stands for, is the point of the two.)
    if (['it', 'them'].includes(tail[1 + adverb]?.lower ?? '')) continue
    // ("…so as to extract meaning from open research space and allow people to learn more": a second infinitive.)
    if (continuesInfinitive(head, tail)) continue
    // ("The staff are really friendly, make great coffee and have incredible brownies": the last of a list of predicates;
    // the first of them is the bullet when it says enough: "GDI indicates an economy that is expanding at an especially
    // rapid clip[, has produced higher productivity growth, and has induced sharper declines…]".)
    const list = head.findIndex((other, at) => isComma(other) && ['VERB', 'AUX'].includes(head[at + 1]?.pos ?? '') && !/ing$/.test(head[at + 1]!.lower) && hasFiniteVerb(head.slice(0, at)))
    if (list !== -1) {
      const first = tokens.slice(0, list)
      if (comma && wordsOf(first) >= 6 && isStatement(first)) return first
      continue
    }
    const concrete = (part: readonly Token[]): boolean => part.some((other) => other.entity !== undefined) || namesSomething(part)
    // (Not when the predicate is a clause's inside the first: "We still believe that safe languages have great engineering
    // benefits and will continue to be the basis…" had become "We will continue to be the basis…".)
    const embedded = head.some((other) => ['that', 'which', 'who', 'whom', 'if', 'whether'].includes(other.lower))
    if (['i', 'we', 'you', 'they', 'he', 'she'].includes(tokens[0]!.lower) && !embedded && concrete(tail) && !concrete(head.slice(1))) {
      // (With the modal the two share: "We must change our relationships… and turn the mindset…" is "We must turn…".)
      const modal = tokens[1]?.pos === 'AUX' && modals.has(tokens[1].lower) && tail[0]?.lower === tail[0]?.lemma ? [{ ...tokens[1] }] : []
      const result = [{ ...tokens[0]! }, ...modal, ...tail.map((other, at) => (at === 0 ? { ...other, space: ' ' } : other))]
      if (wordsOf(result) >= 5 && isStatement(result)) return result
    }
    if (wordsOf(head) >= 6 && isStatement(head)) return head
  }
  return tokens
}

/** Whether the comma at `index` ends an item of nouns that a comma opened: "groundwater, | surface water |, and springs". */
function nounItemBefore(tokens: readonly Token[], index: number): boolean {
  // (An item is a few words: the comma that opens it is looked for no further back.)
  const from = Math.max(0, index - 4)
  const found = tokens.slice(from, index).findLastIndex((other) => isComma(other))
  const opened = found === -1 ? -1 : found + from
  const item = tokens.slice(opened + 1, index)
  return opened > 0 && item.length >= 1 && item.length <= 3 && item.every((other) => ['NOUN', 'PROPN', 'ADJ'].includes(other.pos)) && ['NOUN', 'PROPN'].includes(item[item.length - 1]!.pos) && ['NOUN', 'PROPN'].includes(tokens[opened - 1]!.pos)
}

/** Whether a clause ends on a modifier of a list of them: an adjective, or a participle after a comma ("…providing free, dedicated"). */
export function endsOnModifier(head: readonly Token[]): boolean {
  const last = head[head.length - 1]
  return last?.pos === 'ADJ' || (last?.pos === 'VERB' && /ed$/.test(last.lower) && isComma(head[head.length - 2]))
}

/**
 * Drop a second main clause joined by ", and" ("Things started to change when more of my family members
 * started to use WeChat, and my QQ seemed like a playground…"): the first is a statement of its own, and cutting
 * inside it instead would lose its point ("Things started to change gradually"). A clause after "but" or "yet"
 * turns the point and is left to the other steps.
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to its last such clause, or as it was.
 */
export function dropTrailingCoordinate(tokens: Token[]): Token[] {
  for (let index = tokens.length - 3; index > 3; index--) {
    // (Not ", so": "…points wherever you like, so you can read and write any memory" — the result is the point.)
    if (!isComma(tokens[index]) || tokens[index + 1]!.lower !== 'and') continue
    const head = tokens.slice(0, index)
    const tail = tokens.slice(index + 2)
    // ("…causes significant psychological, social, and economic problems": the last of a list of adjectives, no clause; so is
    // one after a participle in the list, "…providing free, dedicated, and high-fidelity access".)
    if (endsOnModifier(head) && tail[0]?.pos === 'ADJ') continue
    if (!startsClause(tail) || !hasFiniteVerb(tail) || !hasFiniteVerb(head) || insideQuotation(head) || insideBrackets(head) || endsInListItem(head) || waitsForVerb(head)) continue
    // ("The origin server does not have enough resources for this, and it struggled…": a head that points back is no bullet alone.)
    if (!isStatement(head) || endsPointingBack(head)) continue
    // ("I think one of the hardest skills in life, and one I'm not sure I'll ever truly master, is effective
    // communication": an aside inside the subject, whose verb comes after the next comma.)
    if (asideInSubject(tail)) continue
    if (fronts(head, tail)) continue
    // ("…offers limited benefit, suppresses… competition, is substantial in scale, and appears poised to…": the last of a
    // series of predicates; cut before it, the series runs on without its "and".)
    // (Its last verb read as a noun too: "…stories that resonate with our audiences, make emotional connections, and
    // increase understanding of our shared history".)
    if (endsPredicateSeries(head, tail)) continue
    // (The clause that names, when the first names nothing: "The conference featured several sponsor stalls, | and one that
    // stood out to me was the National Payments Corporation of India (NPCI)…" had kept the stalls and lost the name.)
    const named = (part: readonly Token[]): boolean => part.some((token, at) => at > 0 && token.pos === 'PROPN' && /^\p{Lu}/u.test(token.value))
    if (named(tail) && !head.some((token) => token.pos === 'PROPN') && !pronounSubjects.has(tail[0]!.lower) && !tail.some((token) => ['it', 'they', 'them', 'its', 'their', 'he', 'she', 'him', 'his', 'her', 'this', 'these', 'those', 'such'].includes(token.lower)) && wordsOf(tail) >= 6 && isStatement(tail)) {
      // (Without what describes the name after it: ", an umbrella organization for retail payments…".)
      const described = tail.findIndex((token, at) => at > 3 && isComma(token) && ['a', 'an', 'the'].includes(tail[at + 1]?.lower ?? ''))
      return capitalise(described !== -1 && isStatement(tail.slice(0, described)) ? tail.slice(0, described) : tail)
    }
    return head
  }
  return tokens
}

/**
 * Drop a second relative clause joined to the first by "and" at the end of a sentence ("…a poster which summarize the
 * reasons to become a GSoC mentor | and that should ideally include some visual reinforcement"), or a second "why" or
 * "how": the first says what the thing is.
 *
 * @param tokens A tagged sentence.
 * @returns The sentence without its second relative clause, or as it was.
 */
export function dropSecondRelative(tokens: Token[]): Token[] {
  const relatives = ['that', 'which', 'who']
  // (Or a long second clause of what was told, "…told us about his experience when he was a GSoC student | and why he
  // succeeded the first year and why not in the second year"; "…where the content lives and how versions map to branches"
  // is short, and stays.)
  // (Not "and that is" naming what was counted: "…only one input that should come from the system administrator and that is the database root password".)
  const names = (index: number): boolean => tokens[index + 1]?.lower === 'that' && ['is', 'was'].includes(tokens[index + 2]?.lower ?? '') && ['DET', 'PROPN', 'NUM'].includes(tokens[index + 3]?.pos ?? '')
  const second = (index: number): boolean => (relatives.includes(tokens[index + 1]?.lower ?? '') && ['AUX', 'VERB'].includes(tokens[index + 2]?.pos ?? '') && !names(index)) || (['why', 'how'].includes(tokens[index + 1]?.lower ?? '') && tokens[index + 2] !== undefined && !isPunct(tokens[index + 2]!) && wordsOf(tokens.slice(index)) >= 8)
  const at = tokens.findIndex((token, index) => index >= 6 && token.lower === 'and' && second(index) && tokens.slice(0, index).some((other, before) => before >= 2 && [...relatives, 'when', 'where', 'why', 'how'].includes(other.lower) && ['NOUN', 'PROPN'].includes(tokens[before - 1]!.pos)))
  if (at === -1 || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at))) return tokens
  const head = tokens.slice(0, isComma(tokens[at - 1]) ? at - 1 : at)
  return isStatement(head) ? head : tokens
}

/**
 * Drop what "as well as" adds at the end of a sentence ("…to more than 20,000 active volunteers in all 50 states as
 * well as Washington, D.C., Puerto Rico, …"): the claim is complete before it.
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to its trailing "as well as", or as it was.
 */
export function dropAsWellAs(tokens: Token[]): Token[] {
  const at = tokens.findIndex((token, index) => index >= 5 && token.lower === 'as' && tokens[index + 1]?.lower === 'well' && tokens[index + 2]?.lower === 'as')
  if (at === -1 || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at))) return tokens
  const head = tokens.slice(0, isComma(tokens[at - 1]) ? at - 1 : at)
  // (Set off by commas before the verb, "the automated devices commonly used in clinical settings, as well as those bought
  // for at-home measurement, are known to be highly variable": only the aside goes.)
  const close = tokens.findIndex((token, index) => index > at + 2 && isComma(token))
  // (Not one that coordinates verbs, "…choose the optimal product, as well as import, visualize, and analyze…".)
  const verb = tokens[close + 1]
  if (isComma(tokens[at - 1]) && close !== -1 && verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && /(?:s|ed)$/.test(verb.lower))) && tokens.slice(at + 3, close).some((token) => ['DET', 'NOUN', 'PROPN', 'PRON'].includes(token.pos))) {
    const shorter = [...head, ...tokens.slice(close + 1)]
    return isStatement(shorter) ? shorter : tokens
  }
  return wordsOf(head) >= 5 && isStatement(head) ? head : tokens
}

/**
 * Drop a second complement a claim ends on, "and more"/"and less" and an adjective ("…is becoming a more transparent
 * view into the operations of our agency | and more inclusive of the needs of our users"): the claim is complete
 * before it.
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to that "and", or as it was.
 */
export function dropSecondComplement(tokens: Token[]): Token[] {
  // (After the first complement's noun: "…build ever higher-level and more complex abstractions" joins two adjectives of one.)
  const at = tokens.findLastIndex((token, index) => index >= 6 && token.lower === 'and' && ['NOUN', 'PROPN', 'PRON'].includes(tokens[index - 1]?.pos ?? '') && /^(?:more|less|increasingly|also)$/.test(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[index + 3]?.pos ?? ''))
  if (at === -1 || hasFiniteVerb(tokens.slice(at + 1)) || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at))) return tokens
  const head = tokens.slice(0, isComma(tokens[at - 1]) ? at - 1 : at)
  return wordsOf(head) >= 8 && isStatement(head) ? head : tokens
}

/**
 * Drop the trailing means of a claim, "by" and a list of what was done: "We used the “ingredient method” of costing to
 * gather program costs by listing all of the “ingredients”…, estimating the unit costs of each item, and determining
 * how much of each ingredient was needed" → "We used the “ingredient method” of costing to gather program costs".
 * Only a list of three or more gerunds (one or two may be the point: "Many countries have had easy wins by replacing coal
 * with gas, and using that new flexibility to incorporate more wind").
 *
 * @param tokens The sentence.
 * @returns The sentence without its means, or as it was.
 */
export function dropTrailingMeans(tokens: Token[]): Token[] {
  // (The tagger may read the first gerund as a noun: "by listing/NOUN all of…".)
  const gerund = (token: Token | undefined): boolean => token !== undefined && ['VERB', 'NOUN'].includes(token.pos) && /\w{3}ing$/.test(token.lower) && !/^(?:morning|evening|thing|nothing|something|anything|everything|string|spring|building|ceiling|offering|meeting|setting|feeling|being)$/.test(token.lower)
  const by = tokens.findIndex((token, at) => at >= 5 && token.lower === 'by' && gerund(tokens[at + 1]))
  if (by === -1) return tokens
  const gerunds = tokens.slice(by + 1).filter((token, at, rest) => gerund(token) && (at === 0 || isComma(rest[at - 1]) || ['and', 'or'].includes(rest[at - 1]!.lower)))
  const head = tokens.slice(0, by)
  return gerunds.length >= 3 && isStatement(head) ? head : tokens
}

/** A verb's form, to tell verbs of one series ("log…, choose…, and trace…") from others: base, -s, -ed, -ing. */
function verbForm(token: Token): string {
  if (/ing$/.test(token.lower)) return 'ing'
  if (token.lower === token.lemma) return 'base'
  if (/ed$/.test(token.lower)) return 'ed'
  return /s$/.test(token.lower) ? 's' : 'other'
}

/**
 * Cut a series of three predicates or more ("Volunteers would log into the platform, choose a square of several square
 * kilometres…, and trace every human settlement…") to its first and its last ("…would log into the platform and trace
 * every human settlement…"): each predicate opens with a verb of the same form after a comma, the last after ", and" or
 * ", or". Nothing else of the sentence changes.
 *
 * @param tokens The sentence.
 * @returns The sentence with its series cut, or as it was.
 */
export function shortenPredicates(tokens: Token[]): Token[] {
  const conj = tokens.findIndex((token, at) => ['and', 'or'].includes(token.lower) && isComma(tokens[at - 1]) && tokens[at + 1]?.pos === 'VERB')
  if (conj === -1) return tokens
  const form = verbForm(tokens[conj + 1]!)
  const same = (token: Token | undefined): boolean => token !== undefined && token.pos === 'VERB' && verbForm(token) === form
  // Walk back over ", VERB …" items to the first verb of the series.
  let firstComma = conj - 1
  for (let at = conj - 2; at > 0; at--) {
    if (/^[.;:!?()—–]$/.test(tokens[at]!.value) || ['and', 'or', 'but'].includes(tokens[at]!.lower)) break
    if (isComma(tokens[at]) && same(tokens[at + 1])) firstComma = at
  }
  if (firstComma === conj - 1) return tokens
  const start = tokens.slice(0, firstComma).findLastIndex((token) => same(token))
  // (Bare verbs are one list, "others will use, modify, and share the work": each predicate has its object or phrase.)
  if (firstComma - start < 2 || tokens.slice(firstComma + 1, conj - 1).some((token, at, rest) => same(token) && (isComma(rest[at + 1]) || at === rest.length - 1))) return tokens
  // (The first item has no comma of its own inside it, and a subject before it: a series of predicates, not of clauses.)
  if (start < 1 || tokens.slice(start, firstComma).some(isComma) || !tokens.slice(0, start).some((token) => ['NOUN', 'PROPN', 'PRON'].includes(token.pos))) return tokens
  return [...tokens.slice(0, firstComma), { ...tokens[conj]!, space: ' ' }, ...tokens.slice(conj + 1)]
}

/** Parts of speech that open an item of a series that names a thing (a question word does too: "how your data will be…"). */
const itemOpeners = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/** Question words that open an item of such a series as a clause naming a thing: "how your 3D data will be made available". */
const questionOpeners = new Set(['how', 'what', 'where', 'when', 'which', 'whether', 'why'])

/**
 * Keep the first item of a long series at the end of a sentence, whose items are phrases with clauses of their own:
 * "Deciding on the intended audience will help dictate the 3D capture or creation methods you will use |, the 3D
 * outputs you will produce, and how your 3D data will be made available". (Plain phrases are `shortenLists`' to cut to
 * two.) Only when every item names a thing (opens on a determiner, an adjective, a noun or "how"/"what"/"where") with a
 * clause of its own, none has a predicate or a subject of its own ("…, 6 kg is emitted…", "…, and we went home"), the
 * sentence neither counts nor names them one by one, and the series ends the sentence.
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to its series' first comma, or as it was.
 */
export function dropSeriesTail(tokens: Token[]): Token[] {
  const end = tokens[tokens.length - 1]?.value === '.' ? tokens.length - 1 : tokens.length
  const last = tokens.findLastIndex((token, at) => isComma(token) && ['and', 'or'].includes(tokens[at + 1]?.lower ?? ''))
  if (last === -1) return tokens
  // The series' commas, walking back from its last: each item up to ten words.
  const commas = [last]
  for (let at = last - 1; at > 0 && commas[0]! - at <= 11; at--) if (isComma(tokens[at])) commas.unshift(at)
  if (commas.length < 2 || end - last > 12) return tokens
  const items = commas.map((comma, at) => tokens.slice(comma + 1 + (at === commas.length - 1 ? 1 : 0), commas[at + 1] ?? end))
  // (A series of purposes, "It aims to improve communication between ecosystem projects, to better plan for their joint
  // future, and to make that future a reality": the first, whole; cut before the last, it had run on without its "and".)
  const toHead = tokens.slice(0, commas[0])
  // (Nor the parts of a whole: "…it was a combination of the system, the situation we found ourselves in, and the rolls".)
  if (toHead.some((token, at) => wholeNouns.test(token.lower) && toHead[at + 1]?.lower === 'of')) return tokens
  if (items.every((item) => item[0]?.lower === 'to') && toHead.some((token, at) => token.lower === 'to' && isVerb(toHead[at + 1] ?? token) && at > 0 && isVerb(toHead[at - 1]!)) && isStatement(toHead) && !insideQuotation(toHead)) return toHead
  const namesThing = (item: readonly Token[]): boolean => item.length > 0 && (itemOpeners.has(item[0]!.pos) || questionOpeners.has(item[0]!.lower)) && !['we', 'i', 'they', 'he', 'she', 'it', 'you', 'there'].includes(item[0]!.lower)
  // (Every item a thing with a clause of its own, "the 3D outputs you will produce": a list of plain phrases is shortenLists'.)
  const clause = (item: readonly Token[]): boolean => item.some((token) => token.pos === 'VERB' || token.pos === 'AUX')
  if (!items.every(namesThing) || !items.every(clause)) return tokens
  // (Nor an item with a predicate of its own, "…, 6 kg CO2 eq is emitted during transport, and…": only a thing and the
  // clause that says which, "the 3D outputs you will produce".)
  const predicate = (item: readonly Token[]): boolean => {
    const verb = item.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX')
    return verb > 0 && !questionOpeners.has(item[0]!.lower) && item[verb - 1]!.pos !== 'PRON' && !['that', 'which', 'who', 'whom'].includes(item[verb - 1]!.lower) && item[verb - 1]!.pos !== 'AUX'
  }
  if (items.some(predicate)) return tokens
  const head = tokens.slice(0, commas[0])
  // (Nor a series the sentence counts or names one by one: "The three largest Baptist denominations … were the Southern
  // Baptist Convention, the National Baptist Convention, and…".)
  if (head.some((token, at) => /^(?:two|three|four|five|six|both|several)$/.test(token.lower) || (/^\d+$/.test(token.value) && head[at + 1]?.pos === 'NOUN' && /s$/.test(head[at + 1]!.lower))) || items.every((item) => item.find((token) => token.pos !== 'DET')?.pos === 'PROPN')) return tokens
  // (The first item alone: items with clauses of their own would run long as "A and B".)
  return wordsOf(head) < 6 || !isStatement(head) || insideQuotation(head) || insideBrackets(head) ? tokens : head
}
