/**
 * Choosing the sentences of a section that go on the face of its slide, by
 * the importance `sentence-score.ts` gives them rather than position: the
 * strongest few are kept, in source order, with the section's best concrete
 * example when it has one; signposts, rhetorical questions and lead-ins
 * never win.
 */
import { isNamedAnswer } from './compress-reveals.js'
import { countWords, hasFiniteVerb, isComma, isQuestion, isStatement, namesSomething, pronounSubjects, subordinatorLength } from './clause-grammar.js'
import { compressTokens, unwrap, type Compressed } from './compress.js'
import { clauseSegments } from './clause-segments.js'
import { endsOnWhatItCuts } from './head-checks.js'
import { firstFigure } from './key-figures.js'
import { tokensText, type Token } from './nlp.js'
import { isExpletive, isVague, standaloneBoth } from './leaning.js'
import { isFormula, termsOf } from './sentence-analysis.js'
import { named, overlap, type Candidate } from './sentence-score.js'

/** Words that point at something said before them. */
const pointingWords = new Set([...pronounSubjects, 'that', 'those', 'such', 'its', 'their', 'his', 'her', 'them'])

/** Ordinals that stand for something named before them when no noun follows ("The first relates to…", "the latter"). */
const standIns = new Set(['first', 'second', 'third', 'last', 'latter', 'former', 'other', 'same'])

/**
 * Whether the "that" at `at` points ("reach that code in…", "on top of that", "Perhaps that is…"), not opens a
 * clause ("said that code is…", "so that…", "the thing that…"); the tagger mixes them up.
 */
function demonstrative(words: readonly Token[], at: number): boolean {
  const [previous, noun] = [words[at - 1], words[at + 1]]
  // ("…gadgets that use many cache lines": after a plural noun, a relative "that", however the tagger reads "use".)
  if (previous && ['NOUN', 'PROPN'].includes(previous.pos) && /s$/.test(previous.lower)) return false
  if (words[at]!.pos === 'DET' || noun === undefined) return true
  if (!previous || (['ADV', 'CCONJ', 'ADP'].includes(previous.pos) && !['so', 'such', 'now', 'given', 'provided', 'except'].includes(previous.lower))) return true
  return noun.pos === 'NOUN' && !['VERB', 'AUX'].includes(words[at + 2]?.pos ?? '')
}

/**
 * Whether a sentence flagged as leaning (`leaning.ts`) leans so that its bullet makes no sense alone: the bullet opens
 * by pointing back, or points at something anywhere in it ("…, but attackers can’t reach that code").
 */
function leansHard(candidate: Candidate): boolean {
  if (offersAlternative(candidate)) return true
  if (!candidate.vague) return false
  const words = candidate.bullet!.tokens.filter((token) => !/^\p{P}+$/u.test(token.value))
  const [head, next, after] = words
  if (head?.lower === 'the' && standIns.has(next?.lower ?? '') && after?.pos !== 'NOUN') return true
  // ("Otherwise, …", "If so, …", "One that should raise eye-brows", "…that is the case": what it opposes or names is elsewhere.)
  if (/^(?:otherwise|if (?:so|not)|one (?:that|which|who))\b|\bthat(?:['’]s| is| was) (?:not |really |actually |even )?the case$/i.test(candidate.bullet!.text)) return true
  return words.some((token, at) => (pointingWords.has(token.lower) && (token.lower !== 'that' || demonstrative(words, at))) || standaloneBoth(words, at))
}

/** An alternative to the sentence before, which leans on it however it reads: "Or maybe I just had bad vibes idk". */
const offersAlternative = (candidate: Candidate): boolean => /^or\b/i.test(candidate.sentence.trim())

/** Shared terms over all terms: near 1 for a sentence that repeats another. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = overlap(a, b)
  const union = a.size + b.size - shared
  return union === 0 ? 1 : shared / union
}

/**
 * How many bullets a run of prose deserves: every sentence of a run of up
 * to three, then about one in three, between 3 and `most`; very long sections get more,
 * to spread over continuation slides.
 */
export function bulletBudget(sentences: number, most = 5): number {
  if (sentences <= 3) return sentences
  if (sentences > 24) return Math.ceil(sentences / 5)
  return Math.max(3, Math.min(most, Math.ceil(sentences / 3)))
}

/**
 * Choose the sentences of a section for its face: the best scored that
 * compress into statements, not near-duplicates of one already chosen, the
 * section's best concrete sentence among them when it has one; returned in
 * source order.
 *
 * @param candidates From {@link scoreSentences}.
 * @param count How many to choose.
 * @param maxWords The word budget of a bullet (default 14), for an example taken from one clause of a long sentence.
 * @returns The chosen candidates, in source order.
 */
export function selectSentences(candidates: readonly Candidate[], count: number, maxWords = 14): Candidate[] {
  // (A formula in words, "Your salary = SF benchmark x Location Factor x …", states what it equals.)
  // (Never a remark on something named before that names almost nothing itself, "And it's possible.", "These changes are being made", even when the section has nothing else.)
  const statements = candidates.filter((candidate) => candidate.bullet && !candidate.signpost && (!candidate.english || isStatement(candidate.bullet.tokens) || isFormula(candidate.bullet.text) || isNamedAnswer(candidate.bullet.tokens) || (candidate.features.answers && candidate.bullet.words <= 4)) && candidate.score > -2 && !(termsOf(candidate.bullet.tokens).size < 2 && (candidate.vague || candidate.bullet.tokens.slice(0, 2).some((token) => ['it', 'this', 'that', 'these', 'those', 'they'].includes(token.lower)))))
  // A sentence that leans on another one only when the section has nothing else, if its bullet opens by pointing back
  // ("These packages require…", "The first relates to…") or points back at what its cut dropped ("…, but attackers
  // can’t reach that code"); one the leaning check flags otherwise competes with its penalty. (Speaker-coaches who chose
  // a section's bullets from its sentences, `test/fixtures/selection/`, took 22% of the first kind and as many of the
  // rest as of any sentence; keeping all of them out had cost a third of the agreement Lectern has over chance.)
  // (When every statement leans, a clause of a long sentence that does not goes first, so that what they lean on is shown: "Your typical response should be to ask the developer to split the CL…" before "This is usually possible…".)
  // (Nor, while there is another, a sentence the writer set wholly in brackets, an aside: "(You may use personal examples
  // or examples from your reading…)" had taken the place of a student essay's claim.)
  const solid = statements.filter((candidate) => !leansHard(candidate) && !/^\(.*\)[.!?]?$/s.test(candidate.sentence.trim()))
  const clause = solid.length === 0 && statements.length > 0 ? fallbackSentence(candidates.filter((candidate) => !candidate.bullet && !candidate.vague), maxWords) : undefined
  // (Among sentences that all lean, never the alternative to another: "Or maybe I just had bad vibes idk".)
  const leaning = statements.filter((candidate) => !offersAlternative(candidate))
  const usable = solid.length > 0 ? solid : clause ? [{ ...clause, score: Math.max(...statements.map((each) => each.score)) + 1 }, ...statements] : leaning.length > 0 ? leaning : statements
  const ranked = [...usable].sort((a, b) => b.score - a.score)
  const chosen: Candidate[] = []
  for (const candidate of ranked) {
    if (chosen.length >= count) break
    if (chosen.some((other) => jaccard(other.terms, candidate.terms) > 0.7)) continue
    // (One bullet of a face may run more than ten words over the budget: the key statement no cut brings shorter.)
    // (Only the section's central statement, "In the 1830s, a branch of the Trail of Tears crossed southern Illinois…": an
    // aside as long, "I think that, in some ways, the new and emerging structure of employment…", had pushed a claim off.)
    if (candidate.features.veryLong && (chosen.some((other) => other.features.veryLong) || (candidate.features.central < 0.8 && !candidate.features.answers))) continue
    chosen.push(candidate)
  }
  // A bullet that opens on "This inventory…", "These tools…" points at a thing the slide must name before it: when no
  // bullet before it does, a sentence that does not point goes in its place, if the section has one.
  for (const candidate of [...chosen].sort(inSourceOrder)) {
    if (!pointsUnnamed(candidate, chosen)) continue
    // (One nearly as strong: "People usually configure checks…", the set-up of a turn, is no stand-in for the turn.)
    const other = ranked.find((each) => !chosen.includes(each) && each.score >= candidate.score - 1 && pointedNoun(each) === undefined && !each.vague && !leansByPronoun(each) && !chosen.some((taken) => jaccard(taken.terms, each.terms) > 0.7))
    if (other) chosen.splice(chosen.indexOf(candidate), 1, other)
    // (With none to take its place, a short remark that the thing is so, "These mutations are generally really simple
    // things", "This lack of testing was a critical error", leaves a section of three bullets or more to the others.)
    // (Not one the next bullet's pronoun stands for: "These docs are our most current information" / "If you read them…".)
    else if (chosen.length >= 3 && remarksOn(candidate.bullet!) && !chosen.some((next) => inSourceOrder(next, candidate) > 0 && next.paragraph === candidate.paragraph && next.index === candidate.index + 1 && next.bullet!.tokens.some((token) => ['they', 'them', 'it', 'these', 'those', 'their'].includes(token.lower)))) chosen.splice(chosen.indexOf(candidate), 1)
  }
  // The section's best concrete example — a number first, else a name or code — when no bullet chosen shows one.
  const numeric = (bullet: Compressed): boolean => firstFigure(bullet.text) !== undefined
  let added: Candidate | undefined
  for (const shows of [numeric, (bullet: Compressed) => namesSomething(bullet.tokens)]) {
    if (chosen.length === 0 || chosen.some((candidate) => shows(candidate.bullet!))) break
    // A bullet chosen whose cut lost its sentence's figure shows the sentence whole instead ("The percentage of visitors
    // choosing to submit an email was cut in half, from a high of 46% to an average of 20%").
    // (Or its clause that holds the figure: "You might show data about the number of journals that do not ask for a
    // publication fee (for example, …, DOAJ reports that 71% of the 11,001 open-access journals listed require no
    // publishing charge)" shows the example in brackets.)
    // (Each candidate's clauses compressed once: the first bullet that shows its figure, else the sentence whole.)
    const figureBullet = (candidate: Candidate): Compressed | undefined => {
      if (shows !== numeric || firstFigure(candidate.sentence) === undefined) return undefined
      // (Never a clause that points into the one its cut left out: "Those emissions were dramatically increasing in the early
      // 70's" after "The same chemicals… have a cooling effect…, and".)
      const clause = candidate.english ? [...clauseBullets(candidate.tokens, maxWords)].slice(1).find((bullet) => bullet !== undefined && numeric(bullet) && !pointsIntoCut({ ...candidate, bullet }, chosen)) : undefined
      return clause ?? (showsWhole(candidate, maxWords) ? wholeSentence(candidate) : undefined)
    }
    let lost = -1
    let bullet: Compressed | undefined
    while (bullet === undefined && ++lost < chosen.length) bullet = figureBullet(chosen[lost]!)
    if (bullet) {
      chosen[lost] = { ...chosen[lost]!, bullet }
      added = chosen[lost]
      break
    }
    // (Never one of the long bullets that only a section's central statement may have: "I think that, in some ways, the
    // new and emerging structure of employment in post-aughts America…" had come in for its "America".)
    // (Nor a later clause that points into the clause its cut left out, as above.)
    const example = ranked.find((candidate) => shows(candidate.bullet!) && !chosen.includes(candidate) && !candidate.features.veryLong && !pointsIntoCut(candidate, chosen)) ?? clauseExample(candidates, chosen, shows, maxWords)
    if (!example) continue
    const plain = chosen.findLastIndex((candidate) => !candidate.concrete)
    if (chosen.length >= count) chosen.splice(plain === -1 ? chosen.length - 1 : plain, 1)
    chosen.push(example)
    added = example
    break
  }
  // A sentence of two clauses with a figure each shows both ("In 2014, reporting delays ranged from 1 day to 17 months;
  // 75% of cases were reported within 3 months and 95% were reported within 8 months"): the second, as a bullet of its
  // own, in place of the weakest bullet without a figure.
  for (const candidate of [...chosen]) {
    const second = secondFigureClause(candidate, maxWords)
    if (!second) continue
    const weakest = chosen.filter((other) => other !== candidate && firstFigure(other.bullet!.text) === undefined).sort((a, b) => a.score - b.score)[0]
    if (chosen.length >= count && !weakest) continue
    if (chosen.length >= count) chosen.splice(chosen.indexOf(weakest!), 1)
    chosen.push({ ...candidate, bullet: second, index: candidate.index + 0.5 })
  }
  const series = completeSeries(candidates, chosen, count)
  // One slide's worth: drop the weakest (never the example) while the bullets hold more words than a face takes.
  const total = (): number => chosen.reduce((sum, candidate) => sum + candidate.bullet!.words, 0)
  // The example: the one brought in for its number or name, else the first concrete bullet; and a quantity is never dropped for a bullet without one.
  const example = added ?? chosen.find((candidate) => candidate.concrete)
  // (A bullet with a quantity goes only after every bullet without one: "311,500 people protected in the three communes
  // (97% of total population)" had been dropped for "These good results led to the interest of the National Programme…".)
  const quantity = (candidate: Candidate): number => (firstFigure(candidate.bullet!.text) === undefined ? 0 : 1)
  while (count <= 5 && chosen.length > 2 && total() > faceBulletWords) {
    // (A counted series stays whole: the face goes on to a second slide rather.)
    const weakest = chosen.filter((candidate) => candidate !== example && !series.has(candidate)).sort((a, b) => quantity(a) - quantity(b) || a.score - b.score)[0]
    if (!weakest) break
    chosen.splice(chosen.indexOf(weakest), 1)
  }
  return chosen.sort(inSourceOrder)
}

/** A bullet that opens as a member of a counted series: "The second level is…", "The first reason…". */
const seriesMember = /^(?:the )?(first|second|third|fourth|fifth) (?!(?:is|are|was|were|has|have|had|will|can|one|of|and|to)\b)([\p{L}-]+)/iu

/** Whether a sentence goes on with a counted series ("The second level is…"): its paragraph stays with the one before. */
export function continuesSeries(sentence: string): boolean {
  return /^(?:second|third|fourth|fifth)$/i.test(seriesMember.exec(sentence)?.[1] ?? '')
}

/**
 * Complete a counted series the choice took two members of ("The first level is Open Access…", "The third level of Open
 * Science is…" without "The second level is the publication of the datasets…": a blind reader found level 2 never
 * stated): its missing members come in, each in place of the weakest bullet outside the series, when the section has them.
 * Changes `chosen` in place, and returns the members of the series it completed.
 */
function completeSeries(candidates: readonly Candidate[], chosen: Candidate[], count: number): Set<Candidate> {
  const members = new Set<Candidate>()
  const key = (candidate: Candidate): string | undefined => {
    const match = seriesMember.exec(candidate.bullet?.text ?? '')
    return match ? match[2]!.toLowerCase() : undefined
  }
  for (const noun of new Set(chosen.map(key).filter((each): each is string => each !== undefined))) {
    if (chosen.filter((candidate) => key(candidate) === noun).length < 2) continue
    for (const missing of candidates.filter((candidate) => key(candidate) === noun && !chosen.includes(candidate) && !candidate.signpost && isStatement(candidate.bullet!.tokens))) {
      const weakest = chosen.filter((candidate) => key(candidate) !== noun && firstFigure(candidate.bullet!.text) === undefined).sort((a, b) => a.score - b.score)[0]
      if (chosen.length >= count && !weakest) break
      if (chosen.length >= count) chosen.splice(chosen.indexOf(weakest!), 1)
      chosen.push(missing)
    }
    for (const member of chosen) if (key(member) === noun) members.add(member)
  }
  return members
}

/** Candidates compared by where they stand in the section. */
function inSourceOrder(a: Candidate, b: Candidate): number {
  return a.paragraph - b.paragraph || a.index - b.index
}

/** A short bullet that says what a thing pointed at is, naming nothing: "This framework is dynamic". */
function remarksOn(bullet: Compressed): boolean {
  // (Not one that names it, "These features are called a glacial trimline", nor a judgement of adjectives alone, "This
  // process is oftentimes risky and exciting" under "…should be safe and boring": a denial, a noun or a participle.)
  const be = bullet.tokens.findIndex((token, at) => at >= 1 && at <= 4 && token.lemma === 'be')
  const predicate = be === -1 ? [] : bullet.tokens.slice(be + 1)
  return bullet.words <= 8 && be !== -1 && predicate.some((token) => ['not', "n't", 'n’t'].includes(token.lower) || token.pos === 'NOUN' || token.pos === 'VERB') && !bullet.tokens.some((token) => token.pos === 'PROPN' || token.pos === 'NUM' || ['called', 'named', 'known', 'termed', 'dubbed'].includes(token.lower))
}

/** Whether a bullet opens on a demonstrative whose thing neither the heading nor a bullet chosen before it names ("This inventory…"). */
function pointsUnnamed(candidate: Candidate, chosen: readonly Candidate[]): boolean {
  const noun = pointedNoun(candidate)
  return noun !== undefined && !candidate.anchors?.has(noun) && !chosen.some((other) => inSourceOrder(other, candidate) < 0 && other.terms.has(noun))
}

/**
 * Whether a bullet cut from a later clause of its sentence opens on a demonstrative whose thing no bullet before it
 * names ({@link pointsUnnamed}): the clause left out before it has a verb of its own (not "In many cases, this request…").
 */
function pointsIntoCut(candidate: Candidate, chosen: readonly Candidate[]): boolean {
  if (!pointsUnnamed(candidate, chosen)) return false
  const [first, second] = candidate.bullet!.tokens.map((token) => token.lower)
  const start = candidate.tokens.findIndex((token, at) => token.lower === first && candidate.tokens[at + 1]?.lower === second)
  return start > 0 && hasFiniteVerb(candidate.tokens.slice(0, start))
}

/** The noun a bullet's opening demonstrative points at ("This inventory does not include…" → "inventory"), if any. */
function pointedNoun(candidate: Candidate): string | undefined {
  const [first, ...rest] = candidate.bullet!.tokens
  if (!first || !['this', 'these', 'that', 'those'].includes(first.lower)) return undefined
  let noun = rest.find((token) => token.pos !== 'ADJ')
  // ("This sort of check architecture…": the thing is after "of".)
  if (noun && ['sort', 'kind', 'type', 'form'].includes(noun.lower) && rest[rest.indexOf(noun) + 1]?.lower === 'of') noun = rest.slice(rest.indexOf(noun) + 2).find((token) => token.pos === 'NOUN')
  return noun?.pos === 'NOUN' && !['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'times', 'morning', 'evening', 'weekend', 'season', 'way', 'post', 'article', 'paper', 'study', 'section', 'talk'].includes(noun.lower) ? noun.lemma : undefined
}

/** Words of bullets one slide face takes, with its heading and room to spare (the face holds 60). */
const faceBulletWords = 50

/** A clause of a sentence not yet chosen that shows a concrete example and makes a statement on its own. */
function clauseExample(candidates: readonly Candidate[], chosen: readonly Candidate[], shows: (bullet: Compressed) => boolean, maxWords: number): Candidate | undefined {
  const taken = new Set(chosen.map((candidate) => `${candidate.paragraph}:${candidate.index}`))
  // (Never one that leans on the sentence before it: "It currently has functionality for English, Spanish, and French".)
  // (Never one whose subject is a pronoun for something named before it: "It currently has functionality for English,
  // Spanish, and French".)
  const pool = candidates.filter((candidate) => candidate.english && candidate.concrete && !candidate.signpost && !leansByPronoun(candidate) && !taken.has(`${candidate.paragraph}:${candidate.index}`)).sort((a, b) => b.score - a.score)
  for (const candidate of pool) {
    for (const bullet of clauseBullets(candidate.tokens, maxWords)) {
      if (bullet && shows(bullet) && termsOf(bullet.tokens).size >= 3 && !pointsIntoCut({ ...candidate, bullet }, chosen)) return { ...candidate, bullet }
    }
    // ("A simulation of the MDP policy has shown an estimated saving of 75% and … 144,426…": no shorter statement
    // keeps the section's figure, so it is shown whole, up to 1.4 times the hard cap.)
    const whole = wholeSentence(candidate)
    if (showsWhole(candidate, maxWords) && firstFigure(whole.text) !== undefined && shows(whole)) return { ...candidate, bullet: whole }
  }
  return undefined
}

/**
 * Whether a sentence's subject is a pronoun that stands for one thing named before it (not an empty "it"): "It
 * currently has functionality for English, Spanish, and French". (A plural "they" is left: under "Crisis Team
 * Leaders", "They’re similar to an Incident Commander for a crisis situation" reads as the section's subject, and a
 * blind review preferred it shown.)
 */
function leansByPronoun(candidate: Candidate): boolean {
  const tokens = candidate.bullet?.tokens ?? candidate.tokens
  const pronoun = tokens[0]?.lower ?? ''
  return pronounSubjects.has(pronoun) && pronoun !== 'they' && !isExpletive(tokens) && tokens[1]?.pos !== 'NOUN'
}

/**
 * A bullet for a stretch of prose none of whose sentences compresses within
 * the hard cap (very long sentences): the first clause of the best sentence
 * that makes a statement on its own, else the shortest sentence whole —
 * long, but the author's own complete statement, never cut off; nothing
 * when even that is over one and a half times the hard cap.
 *
 * @param candidates From {@link scoreSentences}, not empty.
 * @param maxWords The word budget.
 * @returns One candidate with its `bullet` set, or `undefined`.
 */
export function fallbackSentence(candidates: readonly Candidate[], maxWords: number): Candidate | undefined {
  // (Nor one of the reasons a sentence counted, "1) I'm not sure if that would be legal from my part".)
  const ranked = [...candidates].filter((candidate) => !candidate.signpost && !/^\(?[1-9][).]\s/.test(candidate.sentence.trim())).sort((a, b) => b.score - a.score)
  for (const candidate of ranked.filter((each) => each.english)) {
    for (const bullet of clauseBullets(candidate.tokens, maxWords)) {
      // A clause that names too little ("For a generation it did") is no bullet.
      if (bullet && termsOf(bullet.tokens).size >= 3) return named({ ...candidate, bullet, vague: candidate.vague || isVague(bullet.tokens, bullet.text) }, candidates)
    }
  }
  // Only signposts and questions: the slide shows its heading, the prose stays in the notes.
  if (ranked.length === 0) return undefined
  // (A section of one sentence shows its bullet, long or leaning on the heading, rather than an empty slide: "Sioyahpu" over
  // "As a part of Orion belt…, this constellation represents a part of a tool which is used to carve wood".)
  const only = candidates.length === 1 ? ranked[0]?.bullet : undefined
  if (only && !isQuestion(ranked[0]!.tokens) && only.words <= (maxWords + 6) * 1.6) return ranked[0]
  // A fragment of a sentence split at an abbreviation ("2001.", "Syst.") is no statement.
  // A question without its mark ("Given the above concerns, what should we…") is no statement either.
  const pool = ranked.filter((candidate) => countWords(candidate.sentence) >= 3 && (!candidate.english || isStatement(candidate.tokens)))
  // A section that is one phrase ("Prerequisites: An idea for a face-to-face event that adds value to your project…")
  // shows it as written rather than an empty slide.
  // (Not a caption of a few words, an aside in brackets, a thank-you, or a lead-in whose list is elsewhere.)
  const phrase = ranked[0]
  if (pool.length === 0 && candidates.length === 1 && phrase && countWords(phrase.sentence) >= 3 && countWords(phrase.sentence) <= maxWords + 6 && !isQuestion(phrase.tokens) && !/^(?:\(|thanks?\b)|:\s*$/i.test(phrase.sentence)) pool.push(phrase)
  // (Nor one of a form's answers, "Answer: 90/100" over "90% CI: (75,95)": the section's value, not an empty slide.)
  const value = candidates.find((candidate) => /^[\p{L}][\p{L} ]{0,20}:\s*\S/u.test(candidate.sentence) && /\d/.test(candidate.sentence) && countWords(candidate.sentence) <= 8)
  if (pool.length === 0 && value && candidates.every((candidate) => countWords(candidate.sentence) <= 8)) pool.push(value)
  if (pool.length === 0) return undefined
  const shortest = pool.reduce((best, candidate) => (candidate.tokens.length < best.tokens.length ? candidate : best))
  const bullet = wholeSentence(shortest)
  // A wall of text is worse than a slide that shows only its heading: the prose stays in the notes…
  if (bullet.words > (maxWords + 6) * 1.5) {
    // …unless the section's one sentence opens on a phrase up to its first comma: "Phase 1" over "Providing NHS Staff with
    // access to digital support services via two external service providers, to help us understand…" had been empty.
    const comma = candidates.length === 1 ? shortest.tokens.findIndex((token) => token.value === ',') : -1
    const head = comma > 0 ? shortest.tokens.slice(0, comma) : []
    const words = countWords(tokensText(head))
    // (Not a fronted phrase of time or place, "In the middle of a record fire season on the US West Coast".)
    if (words >= 5 && words <= maxWords + 6 && !['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PRON'].includes(head[head.length - 1]?.pos ?? '') && head[0]?.pos !== 'ADP' && subordinatorLength(head) === 0) return { ...shortest, bullet: { text: tokensText(head), tokens: head, words, fits: true } }
    // …or the usual cuts bring that one within one and a half times the hard cap: "Through TOP, iCasaPR was able to collaborate
    // with and gain support from key federal, local stakeholders, and non-profit sectors in Puerto Rico" without "to ensure
    // their solution would be viable in the long term" (a case study's "How TOP helped" had been empty).
    const cut = shortest.english && candidates.length === 1 ? compressTokens(shortest.tokens, maxWords, Math.floor((maxWords + 6) * 1.5)) : undefined
    // (Else a section's one rule or finding, whole up to twice the hard cap and a little: "Error in a previous decision" had
    // been an empty divider over "If we find a clear and unmistakable error in a prior decision, the effective date…".)
    const rule = /^(?:if|when|unless|once)\b/i.test(shortest.sentence) || /\d/.test(shortest.sentence)
    if (cut) return { ...shortest, bullet: cut }
    if (candidates.length === 1 && rule && bullet.words <= (maxWords + 6) * 2.2 && !isQuestion(shortest.tokens)) return { ...shortest, bullet }
    // (Or its finding before a "but", when that holds the figure: "83% of beaches in Albania are of a very good or good
    // standard" from a sentence of 49 words under "Swimming", whose reservation stays in the notes.)
    const turn = shortest.english && candidates.length === 1 ? shortest.tokens.findIndex((token, at) => at >= 5 && token.lower === 'but' && token.pos === 'CCONJ') : -1
    const finding = turn > 0 ? compressTokens(shortest.tokens.slice(0, isComma(shortest.tokens[turn - 1]) ? turn - 1 : turn), maxWords, maxWords + 6) : undefined
    return finding && firstFigure(finding.text) !== undefined ? { ...shortest, bullet: finding } : undefined
  }
  return { ...shortest, bullet }
}

/** Each clause of a sentence (`clause-segments.ts`) compressed into a bullet within the hard cap, or `undefined`; lazily, in order. */
function* clauseBullets(tokens: readonly Token[], maxWords: number): Generator<Compressed | undefined> {
  // (Not a clause that ends on what waits for the words after it: "I fortunately fell upon this proposal, which"; nor the
  // second half of a phrase, "…, and therefore from the reading and focus order of the document", the tagger's "focus" a
  // verb — a fronted phrase before its clause's subject and verb stays one: "…, and in some European cities the number of hives grew…".)
  for (const clause of clauseSegments(tokens)) {
    const end = tokens.indexOf(clause.at(-1)!)
    const phraseOnly = clause.find((token) => token.pos !== 'ADV' && token.pos !== 'CCONJ')?.pos === 'ADP' && !clause.some((token, at) => isComma(token) || (['VERB', 'AUX'].includes(token.pos) && ['NOUN', 'PROPN', 'PRON'].includes(clause[at - 1]?.pos ?? '')))
    // (Nor the first cases of a "whether", its ", or" after them: "Whether you’ve just been told…, you’re considering a second opinion".)
    const rest = end === -1 ? [] : tokens.slice(end + 1)
    yield endsOnWhatItCuts(clause, rest) || phraseOnly || (clause.some((token) => token.lower === 'whether') && (rest[0]?.lower === 'or' || (isComma(rest[0]) && rest[1]?.lower === 'or'))) ? undefined : compressTokens(clause, maxWords, maxWords + 6)
  }
}

/** The other clause of a sentence cut at its semicolon, when both clauses show a figure and the other one makes a bullet. */
function secondFigureClause(candidate: Candidate, maxWords: number): Compressed | undefined {
  const bullet = candidate.bullet!
  if (!candidate.english || firstFigure(bullet.text) === undefined || !candidate.tokens.some((token) => token.value === ';')) return undefined
  const shown = bullet.text.toLowerCase()
  for (const other of clauseBullets(candidate.tokens, maxWords)) {
    if (other && other.text.toLowerCase() !== shown && !shown.includes(other.text.toLowerCase()) && firstFigure(other.text) !== undefined && !other.text.toLowerCase().includes(shown)) return other
  }
  return undefined
}

/** Whether a sentence may be shown whole as the section's example: a statement of its own, at most 1.4 times the hard cap. */
function showsWhole(candidate: Candidate, maxWords: number): boolean {
  const whole = wholeSentence(candidate)
  return !candidate.vague && whole.words <= (maxWords + 6) * 1.4 && !/^for (?:example|instance)\b/i.test(whole.text) && isStatement(candidate.tokens)
}

/** A sentence shown whole, as written (its full stop dropped), over the bullet's budget. */
function wholeSentence(candidate: Candidate): Compressed {
  const text = unwrap(candidate.sentence.replace(/\s+/g, ' ').trim()).replace(/(?<!\.\.)\.$/, '')
  return { text, tokens: candidate.tokens, words: countWords(text), fits: false }
}
