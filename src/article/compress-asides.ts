/**
 * An aside inside a sentence, between its subject and its verb, set off by
 * commas: a relative clause, a clause of alternatives, a participle's phrase.
 */
import { tokensText, type Token } from './nlp.js'
import { hasFiniteVerb, isComma, isStatement, isVerb, predicateAfter, startsClause, wordsOf } from './clause-grammar.js'
import { insideBrackets, insideQuotation } from './quotations.js'
import { capitalise, participleForm, withoutLeadingSpace } from './token-text.js'
import { personalPronouns, sayingThat } from './grammar-words.js'
import { irregularParticiples } from './compress-words.js'

/**
 * Drop a non-restrictive relative clause inside a sentence (", which are now famous, were paid…"), a clause of
 * alternatives (", whether it is X or Y, makes…"), or a participle's phrase (", caused by paper notes…, led to…").
 *
 * @param tokens The sentence.
 * @returns The sentence without the aside, or as it was.
 */
export function dropRelativeAside(tokens: Token[], namesToo = false): Token[] {
  for (let index = 1; index < tokens.length - 2; index++) {
    if (tokens[index]!.value !== ',') continue
    const opener = tokens[index + 1]!.lower
    const relative = ['which', 'who', 'whose', 'whom'].includes(opener)
    // ", whether it is X, Y, or Z, makes it…": a clause of alternatives between a subject and its verb.
    // (So is a clause of when, between a subject and its verb: "most people, once they get themselves to start, find…".)
    const alternatives = opener === 'whether' || opener === 'although' || opener === 'though' || (['once', 'when', 'whenever', 'after', 'before', 'until'].includes(opener) && ['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos))
    // "…, whose release, caused by paper notes being misinterpreted…, led to…": a participle's phrase between the commas.
    // (A passive one only, "caused by", "designed in", naming nothing: not "…the wall, screwed the bottom pieces, slid…",
    // a verb of a series; nor ", called Neuropixels,", ", created by Deque Systems,", ", Engaged California,", names.)
    const nextComma = tokens.findIndex((token, at) => at > index + 2 && token.value === ',')
    const participle = tokens[index + 1]!.pos === 'VERB' && (/^\p{Ll}+(?:ed|en)$/u.test(tokens[index + 1]!.value) || irregularParticiples.has(tokens[index + 1]!.value)) && tokens[index - 1]!.pos === 'NOUN' && tokens[index + 2]?.pos === 'ADP' && opener !== 'called' && nextComma !== -1 && (namesToo || !tokens.slice(index + 1, nextComma).some((token) => token.pos === 'PROPN' || token.pos === 'NUM' || /^\p{Lu}/u.test(token.value)))
      // (", as measured by the World Bank in low-income countries, are not zero": how the subject is measured, by whom.)
      || (opener === 'as' && /^(?:measured|defined|reported|estimated|calculated|described|noted|mentioned|explained|stated)$/.test(tokens[index + 2]?.lower ?? '') && tokens[index - 1]!.pos === 'NOUN' && nextComma !== -1)
    // ("…that Unicomp, having bought the design from Lexmark, used the one-piece…": what the subject had done, before its verb.)
    const perfect = opener === 'having' && ['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos) && tokens[index + 2]?.pos === 'VERB' && nextComma !== -1 && isVerb(tokens[nextComma + 1] ?? tokens[0]!) && !/ing$/.test(tokens[nextComma + 1]!.lower)
    // "…one of the hardest skills in life, and one I'm not sure I'll ever truly master, is effective communication".
    // (A noun phrase with its own clause, "and one I'm not sure…", not a verb's: "…, and abandoned to active, won…".)
    // (Nor the last of a list of subjects: "Scientists, policy makers, disaster specialists, and the general public can…".)
    const addition = opener === 'and' && tokens[index - 1]!.pos === 'NOUN' && ['NUM', 'DET', 'PRON'].includes(tokens[index + 2]?.pos ?? '') && !tokens.slice(0, index).some((token) => token.value === ',')
    if (!relative && !alternatives && !participle && !addition && !perfect) continue
    // (An addition only inside a subject, whose verb comes after it: "The Vgsc gene is common to all insects, and a whole
    // carnival of other mutations had been found…, reviewed in Dong et al." is two clauses, not "…insects reviewed in…".)
    // ("I think" before the subject is no verb of its own.)
    const said = tokens[0]?.pos === 'PRON' && sayingThat.has(tokens[1]?.lemma ?? '') ? 2 : 0
    if (addition && !relative && !alternatives && !participle && hasFiniteVerb(tokens.slice(said, index))) continue
    // (Past an adverb of the predicate: "…McKinley, who couldn't locate them on a map, ultimately pushed for…".)
    const verbAfter = (at: number): boolean => {
      const verb = tokens[predicateAfter(tokens, at)]
      return verb !== undefined && isVerb(verb) && !/ing$/.test(verb.lower)
    }
    // (A clause of alternatives may close before a second predicate: "…captures excess energy from your private generation
    // system, whether it is photovoltaic, wind or hydro, and uses it locally…".)
    const secondPredicate = (at: number): boolean => opener === 'whether' && ['and', 'or', 'but'].includes(tokens[at + 1]?.lower ?? '') && tokens[at + 2] !== undefined && isVerb(tokens[at + 2]!) && !/ing$/.test(tokens[at + 2]!.lower) && hasFiniteVerb(tokens.slice(0, index))
    const close = relative || participle || addition || perfect ? nextComma : tokens.findIndex((token, at) => at > index + 2 && token.value === ',' && (verbAfter(at) || secondPredicate(at)))
    if (close === -1) return tokens
    // (", whose release, caused by paper notes…, led to…", ", which, in turn, means…": a relative clause with no verb
    // before the comma goes on past it.)
    // (Nor ", which in effect, creates it": no verb before the comma, the clause goes on past it.)
    if (relative && (tokens[index + 2]?.value === ',' || !tokens.slice(index + 2, close).some(isVerb))) continue
    // ("[We see that] in New England, which had numerous COVID cases…, most respondents report…": after a fronted phrase
    // the clause follows the relative one, which goes; the phrase keeps its comma.)
    let phrase = index - 1
    while (phrase > 0 && ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'].includes(tokens[phrase]!.pos)) phrase--
    const fronted = relative && tokens[phrase]?.pos === 'ADP' && (phrase === 0 || tokens[phrase - 1]!.lower === 'that')
    // (The tagger may read the clause's verb as a noun, "most respondents report wearing…": a verb within a few words.)
    const clause = startsClause(tokens.slice(close + 1)) || (['DET', 'ADJ', 'NOUN', 'PRON', 'PROPN'].includes(tokens[close + 1]?.pos ?? '') && tokens.slice(close + 2, close + 6).some(isVerb))
    if (fronted && clause) return [...tokens.slice(0, index), ...tokens.slice(close)]
    if (secondPredicate(close)) return [...tokens.slice(0, index), ...tokens.slice(close + 1)]
    if (!verbAfter(close)) continue
    // "…a special mode, which does not apply chunking and instead, emit the raw modules": the comma after an adverb is
    // inside the relative clause, and a bare verb after a singular noun is not that noun's verb.
    const verb = tokens[predicateAfter(tokens, close)]!
    if (tokens[close - 1]!.pos === 'ADV' || (verb.lower === verb.lemma && verb.pos === 'VERB' && tokens[index - 1]!.pos === 'NOUN' && !/s$|^(?:people|children|men|women|police|staff)$/.test(tokens[index - 1]!.lower))) continue
    const next = [...tokens.slice(0, index), ...tokens.slice(close + 1)]
    if (wordsOf(next) >= 4) return next
  }
  return tokens
}

/** Verbs (lemmas) of knowing and saying that a writer sets off between commas ("The solution, we soon realised, would…"). */
const parentheticalVerbs = new Set(['realise', 'realize', 'think', 'believe', 'find', 'learn', 'discover', 'notice', 'suspect', 'guess', 'suppose', 'argue', 'say', 'know', 'feel', 'hope', 'expect', 'admit', 'agree', 'imagine', 'reckon', 'recall', 'remember', 'seem', 'appear'])

/**
 * Drop a writer's aside of knowing or saying set off by commas, with its pronoun: "The solution, we soon realised,
 * would look like a mailing list sign-up" → "The solution would look…"; ", it seems," and ", I think," alike.
 *
 * @param tokens The sentence.
 * @returns The sentence without the aside, or as it was.
 */
export function dropSayingAside(tokens: Token[]): Token[] {
  for (let index = 1; index < tokens.length - 3; index++) {
    if (tokens[index]!.value !== ',' || !personalPronouns.has(tokens[index + 1]!.lower)) continue
    let at = index + 2
    while (tokens[at]?.pos === 'ADV') at++
    const verb = tokens[at]
    if (!verb || !['VERB', 'AUX'].includes(verb.pos) || !parentheticalVerbs.has(verb.lemma) || /ing$/.test(verb.lower)) continue
    const close = tokens[at + 1]
    // (Set off on both sides, and the sentence goes on with its verb or its predicate: "…, we soon realised, would look…".)
    if (close?.value !== ',' || !tokens[at + 2] || !['AUX', 'VERB', 'ADV', 'ADJ'].includes(tokens[at + 2]!.pos)) continue
    // (The part before it is the subject, with no verb of its own: not "It rained, I think, all day".)
    if (tokens.slice(0, index).some((token) => isVerb(token) || token.pos === 'AUX' || token.value === ',')) continue
    return [...tokens.slice(0, index), ...tokens.slice(at + 2)]
  }
  return tokens
}

/**
 * Drop who says so when it opens the sentence before a comma: "Tubman scholars now agree, they also contained a variety of
 * embellishments…" (after "But," went) had read as two sentences spliced; the claim is the clause after it.
 *
 * @param tokens The sentence.
 * @returns The sentence from its claim, or as it was.
 */
export function dropFrontedSaying(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma < 2 || comma > 6) return tokens
  let at = comma - 1
  while (at > 0 && tokens[at]!.pos === 'ADV') at--
  const verb = tokens[at]!
  const subject = tokens.slice(0, at)
  if (!['VERB', 'AUX'].includes(verb.pos) || !parentheticalVerbs.has(verb.lemma) || (/(?:ing|ed)$/.test(verb.lower) && participleForm(verb))) return tokens
  if (subject.length === 0 || !subject.every((token) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'ADV'].includes(token.pos)) || !subject.some((token) => ['NOUN', 'PROPN'].includes(token.pos))) return tokens
  const rest = tokens.slice(comma + 1)
  return startsClause(rest) && isStatement(rest) ? capitalise(withoutLeadingSpace(rest)) : tokens
}

/**
 * Drop an appositive that describes a name between commas, before the sentence goes on with its verb: "The
 * Foundation hired Documentation, Incorporated, a computer and systems consulting firm, to examine…" → "…hired
 * Documentation, Incorporated to examine…". (Not an item of a list of names: what follows the second comma is a verb.)
 *
 * @param tokens The sentence.
 * @returns The sentence without the appositive, or as it was.
 */
export function dropAppositive(tokens: Token[]): Token[] {
  for (let index = 2; index < tokens.length - 4; index++) {
    if (tokens[index]!.value !== ',' || !['a', 'an'].includes(tokens[index + 1]!.lower)) continue
    const name = tokens[index - 1]!
    if (name.pos !== 'PROPN' && !/^\p{Lu}/u.test(name.value)) continue
    const close = tokens.findIndex((token, at) => at > index + 2 && /^[,;:.!?()—–-]$/.test(token.value))
    if (close === -1 || tokens[close]!.value !== ',' || close - index > 9) continue
    const inside = tokens.slice(index + 2, close)
    if (inside.some((token) => ['VERB', 'AUX', 'PRON', 'NUM'].includes(token.pos) || /^\p{Lu}/u.test(token.value)) || inside.at(-1)!.pos !== 'NOUN') continue
    const after = tokens[close + 1]!
    if (!(['AUX', 'VERB'].includes(after.pos) || after.lower === 'to')) continue
    return [...tokens.slice(0, index), ...tokens.slice(close + 1)]
  }
  return tokens
}

/** Words that may open a subject's appositive before its article: "The team, already a member of…". */
const appositiveLeads = new Set(['already', 'now', 'then', 'also', 'once', 'formerly', 'still', 'itself', 'themselves'])

/**
 * Drop a long appositive right after the subject that opens a sentence, when the sentence goes on with its verb after
 * it: "The MSF-UK team, already a co-founding member of the Missing Maps consortium with the British Red Cross,
 * planned a mapping campaign…" → "The MSF-UK team planned a mapping campaign…". The subject is a short noun phrase
 * (no verb); the appositive opens with "a", "an", "the" or "one of" (after "already", "now"…), holds no verb, and
 * ends at the comma before the verb. (Not a list: "The cat, a dog, and a bird were…" has "and" after its comma.)
 *
 * @param tokens The sentence.
 * @returns The sentence without the appositive, or as it was.
 */
export function dropSubjectAppositive(tokens: Token[]): Token[] {
  // (After a fronted time, "Last month, the National Institute on Drug Abuse, one of the components of the National
  // Institutes of Health, announced…": the subject starts after it.)
  const first = tokens.findIndex((token) => token.value === ',')
  const when = first > 0 && first <= 4 && tokens.slice(0, first).some((token) => timeWords.test(token.lower) || /^(?:1[6-9]|20)\d{2}$/.test(token.value))
  const begin = when ? first + 1 : 0
  const comma = tokens.findIndex((token, at) => at > begin && token.value === ',')
  // (A preposition inside a name, "the National Institute on Drug Abuse", not one that opens the sentence: "On the 3rd of
  // July 2025, the Layers of Vision team, …, hosted…" has its subject after the date.)
  const inName = (token: Token, at: number): boolean => ['of', 'our', 'their', 'its', 'his', 'her', 'my', 'your'].includes(token.lower) || (at > 0 && ['on', 'for'].includes(token.lower))
  if (comma < begin + 1 || comma > begin + 8 || tokens.slice(begin, comma).some((token, at) => ['VERB', 'AUX', 'PRON', 'SCONJ', 'ADP'].includes(token.pos) && !inName(token, at))) return tokens
  // (The subject names its own: "Our partner, the regional health authority, provided…" says who only in the appositive.)
  if (!tokens.slice(begin, comma).some((token, at) => token.pos === 'PROPN' || (at > 0 && /^\p{Lu}/u.test(token.value)))) return tokens
  let start = comma + 1
  if (appositiveLeads.has(tokens[start]?.lower ?? '')) start++
  const opener = tokens[start]?.lower ?? ''
  if (!['a', 'an', 'the'].includes(opener) && !(opener === 'one' && tokens[start + 1]?.lower === 'of')) return tokens
  // (The appositive may list names of its own, "with the British Red Cross, American Red Cross, and…": it ends at the
  // comma the verb follows.)
  const verbAfter = (at: number): boolean => ['AUX', 'VERB'].includes(tokens[at + 1]?.pos ?? '') && !/ing$/.test(tokens[at + 1]!.lower)
  const close = tokens.findIndex((token, at) => at > start + 1 && (/^[;:.!?()—–]$/.test(token.value) || (token.value === ',' && verbAfter(at))))
  if (close === -1 || tokens[close]!.value !== ',' || close - start > 35) return tokens
  const inside = tokens.slice(start, close)
  // (A participle before its noun describes it: "a co-founding member".)
  const attributive = (at: number): boolean => /(?:ing|ed)$/.test(inside[at]!.lower) && ['NOUN', 'ADJ'].includes(inside[at + 1]?.pos ?? '')
  if (inside.some((token, at) => ['VERB', 'AUX', 'PRON'].includes(token.pos) && !attributive(at) && !/^(?:based|founded|headquartered|known)$/.test(token.lower))) return tokens
  return [...tokens.slice(0, comma), ...tokens.slice(close + 1)]
}

/** Words of a fronted time ("Last month", "In 2019", "On Monday", "This week"). */
const timeWords = /^(?:today|yesterday|recently|last|next|this|earlier|later|week|month|year|years|months|weeks|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)$/

/**
 * Drop where the subject comes from when it is a long list of names, for a bullet over its budget: "In May 2018, a
 * small team from the Ministry of Business, Innovation and Employment (MBIE), Housing New Zealand (HNZ) and the Service
 * Innovation Lab… ran a five week discovery…" → "In May 2018, a small team ran a five week discovery…".
 *
 * @param tokens The sentence.
 * @returns The sentence without the subject's "from…" phrase, or as it was.
 */
export function dropSubjectOrigin(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((token) => token.value === ',')
  let at = comma > 0 && comma <= 6 && tokens[0]?.pos === 'ADP' ? comma + 1 : 0
  if (tokens[at]?.pos === 'DET') at++
  while (tokens[at]?.pos === 'ADJ') at++
  if (tokens[at]?.pos !== 'NOUN' || tokens[at + 1]?.lower !== 'from') return tokens
  const from = at + 1
  const verb = tokens.findIndex((token, index) => index > from + 1 && (token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/.test(token.lower))))
  // (A list of names: at least eight words, each a name, a noun or a joining word; no clause of its own.)
  const phrase = tokens.slice(from, verb)
  const list = phrase.some((token) => token.value === ',') && phrase.some((token) => token.lower === 'and') && phrase.filter((token) => token.pos === 'PROPN').length >= 3
  if (verb === -1 || wordsOf(phrase) < 8 || !list || phrase.some((token) => token.pos === 'VERB' || ['that', 'which', 'who', 'whose'].includes(token.lower))) return tokens
  return [...tokens.slice(0, from), ...tokens.slice(verb)]
}

/**
 * Drop a second fronted phrase of "as" that says what the act was, after a first that says when: "In 2008, as an
 * initial experiment with open licensing, Te Papa applied…" → "In 2008, Te Papa applied…" (the date stays).
 *
 * @param tokens The sentence.
 * @returns The sentence without the "as" phrase, or as it was.
 */
export function dropFrontedAs(tokens: Token[]): Token[] {
  const first = tokens.findIndex((token) => token.value === ',')
  if (first < 2 || first > 5 || tokens[0]?.pos !== 'ADP' || tokens[first + 1]?.lower !== 'as' || !['a', 'an', 'the', 'part'].includes(tokens[first + 2]?.lower ?? '')) return tokens
  const close = tokens.findIndex((token, at) => at > first + 2 && /^[,;:.!?()—–-]$/.test(token.value))
  if (close === -1 || tokens[close]!.value !== ',' || close - first > 12 || tokens.slice(first + 2, close).some(isVerb)) return tokens
  return startsClause(tokens.slice(close + 1)) ? [...tokens.slice(0, first + 1), ...tokens.slice(close + 1)] : tokens
}

/**
 * Drop a fronted phrase of whom the writers worked with: "In collaboration with our partner at the White River
 * Junction VA Medical Center, we used the “ingredient method”…" → "We used the “ingredient method”…" (the partner is
 * thanked in the notes; the claim is what was done).
 *
 * @param tokens The sentence.
 * @returns The sentence without the phrase, or as it was.
 */
export function dropFrontedPartners(tokens: Token[]): Token[] {
  const opening = tokens.slice(0, 6).map((token) => token.lower).join(' ')
  if (!/^(?:in (?:close )?(?:collaboration|partnership|cooperation|conjunction) with|together with|with the (?:help|support|assistance) of|working (?:closely )?(?:with|alongside))\b/.test(opening)) return tokens
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma < 3 || comma > 20 || tokens.slice(0, comma).some(isVerb) && !/^working\b/.test(opening)) return tokens
  const rest = tokens.slice(comma + 1)
  return startsClause(rest) && personalPronouns.has(rest[0]?.lower ?? '') ? [{ ...rest[0]!, value: rest[0]!.value.charAt(0).toUpperCase() + rest[0]!.value.slice(1), space: '' }, ...rest.slice(1)] : tokens
}

/** Nouns whose "to which", "by which" is what they mean: "the extent to which…", "the rate at which…". */
const measureNouns = new Set(['extent', 'degree', 'rate', 'speed', 'pace', 'way', 'ways', 'manner', 'means', 'point', 'time', 'moment', 'order', 'process', 'conditions', 'terms', 'basis', 'lens'])

/**
 * Drop a relative clause that a preposition opens at the end of the sentence, without a comma ("…can benefit greatly
 * from establishing a goal or set of goals | from which can be derived a plan and strategy to achieve the desired
 * result"): what the noun is used for, after the claim. Not after a noun that such a clause completes ("the extent to
 * which…", "the rate at which…").
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to the clause, or as it was.
 */
export function dropTrailingPrepositionRelative(tokens: Token[]): Token[] {
  // (Not "of which": "…fifteen varieties, none of which…", "…the use phase, the majority of which…" name a part.)
  const at = tokens.findLastIndex((token, index) => index >= 6 && token.pos === 'ADP' && token.lower !== 'of' && ['which', 'whom'].includes(tokens[index + 1]?.lower ?? ''))
  if (at === -1 || !['NOUN', 'PROPN'].includes(tokens[at - 1]!.pos) || measureNouns.has(tokens[at - 1]!.lower) || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at))) return tokens
  const head = tokens.slice(0, at)
  // (Nor after a noun that says nothing without it: "…might lead to a situation[ in which all of your data are lost…]".)
  if (/^(?:situation|position|point|state|scenario|world|case|place|stage|environment)$/.test(tokens[at - 1]!.lower) && ['a', 'an'].includes(tokens[at - 2]?.lower ?? '')) return tokens
  // (Nor the last noun of a list, "…data interconnectivity, the formats in which the data is provided, …"; nor a noun
  // its "the" says the clause identifies: "…known for the iron-like grip[ with which they cling to their data]".)
  let article = at - 2
  while (article > 0 && (['ADJ', 'NOUN'].includes(tokens[article]!.pos) || [tokens[article - 1], tokens[article], tokens[article + 1]].some((near) => near?.value === '-'))) article--
  if (head.slice(-5).some(isComma) || tokens.slice(at).some(isComma) || tokens[article]?.lower === 'the') return tokens
  // (Nor an abstract thing the clause is all of: "…standards that mandate a behavioural loop[ in which AI outputs must
  // link back to… the original source datasets]".)
  if (['a', 'an'].includes(tokens[article]?.lower ?? '') && /^(?:loop|process|mechanism|model|framework|cycle|way|setting|context|space|structure|arrangement|system)$/.test(tokens[at - 1]!.lower)) return tokens
  return wordsOf(head) >= 6 && isStatement(head) && wordsOf(tokens) - wordsOf(head) >= 5 ? head : tokens
}

/**
 * Drop where a sentence's thing is online, when it ends the sentence: "…we are producing estimates | at
 * https://epiforecasts.io/covid/posts/global/" (an address read out on a slide helps nobody; the notes keep it).
 *
 * @param tokens A tagged sentence.
 * @returns The sentence without its closing address, or as it was.
 */
export function dropTrailingAddress(tokens: Token[]): Token[] {
  const last = tokens.findLastIndex((token) => !/^[.!?)]$/.test(token.value))
  if (last < 2 || tokens[last]!.type !== 'url' || tokens.slice(last + 1).some((token) => !/^[.!?]$/.test(token.value))) return tokens
  // (Only after a noun, "…nowcasts at https://…": where a verb sends the reader, "…redirects to http://…", "…moved to …", is the point.)
  if (!['at', 'on', 'via'].includes(tokens[last - 1]!.lower) || !['NOUN', 'PROPN'].includes(tokens[last - 2]!.pos) || tokens.slice(0, last).some((token) => token.type === 'url')) return tokens
  const head = tokens.slice(0, last - 1)
  return wordsOf(head) >= 4 && isStatement(head) ? head : tokens
}

/**
 * Drop the relative clause that ends a sentence after a counted object, without a comma: "…created more than 2,000
 * virtual teams | that used Earth observation and other open data to propose solutions…". A number already says
 * which things; the clause says what they did next, the speaker's to tell. Only after the verb, where the claim is
 * whole without it ("People who smoke die younger" keeps its clause: it is the subject's).
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to the clause, or as it was.
 */
export function dropCountedRelative(tokens: Token[]): Token[] {
  const at = tokens.findIndex((token, index) => index >= 4 && ['that', 'which', 'who'].includes(token.lower) && ['NOUN', 'PROPN'].includes(tokens[index - 1]?.pos ?? '') && isVerb(tokens[index + 1] ?? token))
  if (at === -1 || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at))) return tokens
  // The noun is counted, its number within the three words before it and only adjectives and nouns between ("two of
  // several women who stayed…" counts another thing), and a verb comes before the number: the object.
  // (Not "the 5 Illinois judges who wrote the most opinions": after "the", the clause says which ones.)
  const number = tokens.findIndex((token, index) => index >= at - 4 && index < at && (token.pos === 'NUM' || /^\d/.test(token.value)))
  if (number === -1 || !tokens.slice(number + 1, at).every((token) => ['ADJ', 'NOUN', 'PROPN'].includes(token.pos)) || !tokens.slice(0, number).some(isVerb) || ['the', 'these', 'those', 'our', 'their', 'its'].includes(tokens[number - 1]?.lower ?? '')) return tokens
  const head = tokens.slice(0, at)
  // (A clause of a few words, "…four themes that cover the problems our work should address", is the claim's; a long one
  // is what the speaker tells.)
  return wordsOf(head) >= 6 && isStatement(head) && wordsOf(tokens) - wordsOf(head) >= 10 ? head : tokens
}

/**
 * Drop a restatement that trails a claim: "…the most important determinant of whether someone goes to university is
 * poverty[, or, more precisely, whether someone receives free school meals]". The claim before it stands alone.
 */
export function dropRestatement(tokens: Token[]): Token[] {
  for (let index = 3; index < tokens.length - 4; index++) {
    if (!isComma(tokens[index]) || tokens[index + 1]?.lower !== 'or' || !isComma(tokens[index + 2])) continue
    if (!/^(?:more precisely|more accurately|to be (?:more )?precise|to be exact|rather|at least|perhaps more accurately),/i.test(tokensText(tokens.slice(index + 3, index + 8)).trim())) continue
    const head = tokens.slice(0, index)
    if (isStatement(head)) return head
  }
  return tokens
}

/**
 * Drop a passive participle that trails the sentence's object without a comma: "…from the amount of uncached traffic |
 * being sent to it", "…to the tools | used by most researchers". What is done to the thing, after the claim about it.
 * Only after the verb, with no verb of its own in the cut ("The data collected by the team shows…" keeps it: the
 * subject's).
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to the participle, or as it was.
 */
export function dropTrailingPassive(tokens: Token[]): Token[] {
  const participle = (token: Token | undefined): boolean => token !== undefined && token.pos === 'VERB' && /(?:ed|en|wn|nt|ld|ght)$/.test(token.lower)
  // (A noun after its determiner or modifier: "…, and stops being taken in" has the verb "stops" the tagger read as a noun.)
  const noun = (index: number): boolean => ['NOUN', 'PROPN'].includes(tokens[index]!.pos) && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[index - 1]?.pos ?? '') || /ed$/.test(tokens[index - 1]?.lower ?? ''))
  const at = tokens.findIndex((token, index) => index >= 5 && noun(index - 1) && ((token.lower === 'being' && participle(tokens[index + 1])) || (participle(token) && tokens[index + 1]?.lower === 'by')))
  if (at === -1 || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at)) || !hasFiniteVerb(tokens.slice(0, at - 1))) return tokens
  const cut = tokens.slice(at)
  // (Nor a cut that holds a contrast, "…reduce deaths caused by accidents[ but not the number of accidents]": the point.)
  if (cut.some((token) => isComma(token) || ['but', 'not', 'than', 'rather', 'only'].includes(token.lower)) || hasFiniteVerb(cut.slice(tokens[at]!.lower === 'being' ? 2 : 1)) || wordsOf(cut) < 3) return tokens
  const head = tokens.slice(0, at)
  // (Nor the name a head that names nothing leans on: "I also liked some of the original examples[ presented by Felipe
  // Hoffa such as…]".)
  const names = (part: readonly Token[]): boolean => part.some((token, index) => index > 0 && ['PROPN', 'NUM'].includes(token.pos) && /^[\p{Lu}\p{N}]/u.test(token.value))
  if (names(cut) && !names(head)) {
    const examples = cut.findIndex((token, index) => (token.lower === 'such' && cut[index + 1]?.lower === 'as') || token.lower === 'including')
    if (examples > 0 && names(cut.slice(0, examples))) return [...head, ...cut.slice(0, isComma(cut[examples - 1]) ? examples - 1 : examples)]
    if (wordsOf(tokens) <= 20) return tokens
  }
  return wordsOf(head) >= 6 && isStatement(head) ? head : tokens
}

/**
 * Drop a result that trails a clause without a comma: "More than 108,000 people responded to the survey[ making it the
 * largest national survey of its kind anywhere in the world]".
 *
 * @param tokens A tagged sentence.
 * @returns The sentence up to the participle, or as it was.
 */
export function dropTrailingResult(tokens: Token[]): Token[] {
  const at = tokens.findIndex((token, index) => index >= 4 && ['making', 'leaving', 'rendering'].includes(token.lower) && ['it', 'them'].includes(tokens[index + 1]?.lower ?? '') && ['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos))
  if (at === -1 || insideQuotation(tokens.slice(0, at)) || insideBrackets(tokens.slice(0, at)) || tokens.slice(at).some((token) => isComma(token))) return tokens
  const head = tokens.slice(0, at)
  return wordsOf(head) >= 5 && isStatement(head) ? head : tokens
}

/**
 * {@link dropRelativeAside}, a participle's phrase that names a time or a place too, for a sentence no other cut brought
 * within its hard cap: "The PyCon India 2024 conference, held from September 20-23 at the NIMHANS Convention Center in
 * Bengaluru, brought together…" had been left off its slide whole.
 */
export function dropNamingParticiple(tokens: Token[]): Token[] {
  return dropRelativeAside(tokens, true)
}
