/**
 * Whether the part a cut at its end would keep is complete: checks of the
 * head `dropTrailing` and its kin (`compress-back.ts`) leave, apart from the
 * cuts themselves.
 */
import { tokensText, type Token } from './nlp.js'
import { hasFiniteVerb, isComma, isDash, isStatement, isVerb, startsClause, subordinatorPairs, subordinators, wordsOf } from './clause-grammar.js'
import { finiteAuxiliaries, isSuperlative, sayingThat } from './grammar-words.js'
import { commaConnectives } from './compress-words.js'

/**
 * Whether a part ends in a conjunction and a phrase fronted before a clause still to come: "Condoleezza Rice even
 * visited and on the eve of George Bush's presidency" (", in January 2009, the US and Libya exchanged ambassadors").
 */
export function awaitsClause(head: readonly Token[]): boolean {
  // (Or a subordinate clause after a lead-in's colon, its main clause after the cut: "One more note here: When you're
  // working on a distributed team, | there's no one…".)
  const colon = head.findLastIndex((token) => token.value === ':')
  if (colon !== -1 && ['when', 'if', 'while', 'because', 'although', 'though', 'since', 'once', 'unless', 'as'].includes(head[colon + 1]?.lower ?? '') && !head.slice(colon + 1).some(isComma)) return true
  // (Or a subordinate clause after a comma whose subject came and whose verb has not: "Little is known about Haughton's
  // tenure, as the records of the Club | , housed at…, end with the 1920 season".)
  const comma = head.findLastIndex(isComma)
  // (Or a phrase that sets something aside, its clause after the cut: "Aside from giving yourself more opportunities to
  // write something incorrect and actually lose points | , in the scientific world you will…".)
  if (comma === -1 && /^(?:aside from|apart from|instead of|in addition to|rather than|besides) \w+ing\b/i.test(tokensText(head).trim())) return true
  // (Or a conjunction and a connective only, its clause after the cut: "…in each role, but just to briefly summarise | , for
  // any of our UX designer roles we seek folks…".)
  const opener = head.slice(comma + 1).map((token) => token.lower)
  if (comma > 0 && ['but', 'and', 'so', 'yet'].includes(opener[0] ?? '') && commaConnectives.has(opener.slice(1).join(' '))) return true
  const subordinate = ['as', 'because', 'since', 'while', 'whereas', 'although', 'though', 'when', 'if', 'unless', 'once'].includes(head[comma + 1]?.lower ?? '')
  if (comma > 0 && subordinate && ['DET', 'PRON', 'PROPN', 'NOUN'].includes(head[comma + 2]?.pos ?? '') && noVerbAfter(head, comma + 1)) return true
  const and = head.findLastIndex((token) => token.pos === 'CCONJ' && ['and', 'but', 'or', 'yet', 'so'].includes(token.lower))
  const tail = head.slice(and + 1)
  // (Not the last of a series, "runs on Linux, on macOS, and on Windows".)
  return and > 0 && tail[0]?.pos === 'ADP' && !tail.some((token) => ['VERB', 'AUX'].includes(token.pos)) && !head.slice(0, and).some((token) => token.lower === tail[0]!.lower)
}

/**
 * Whether the second of two coordinated parts continues an infinitive of the
 * first rather than opening a clause of its own: "…launched a new initiative
 * to survey… budgets, and thus reimagine what public safety should look like"
 * (no imperative; the tagger may read the verb after the adverb as a noun).
 *
 * @param head The first part.
 * @param tail The second, after its conjunction.
 */
export function continuesInfinitive(head: readonly Token[], tail: readonly Token[]): boolean {
  const adverb = tail[0]?.pos === 'ADV'
  const verb = adverb ? tail[1] : tail[0]
  if (!verb || verb.lower !== verb.lemma || !(verb.pos === 'VERB' || (adverb && verb.pos === 'NOUN'))) return false
  return head.some((other, at) => other.lower === 'to' && head[at + 1]?.pos === 'VERB')
}

/** Whether no verb follows position `at` of `head`: what opens there still waits for its verb. */
function noVerbAfter(head: readonly Token[], at: number): boolean {
  return !head.slice(at + 1).some((token) => token.pos === 'VERB' || token.pos === 'AUX')
}

/**
 * Whether `head` ends in a relative clause still waiting for its verb ("…all of the products that together", "…the roles
 * that sharing research[, Registered Reports… can play]": a gerund is the clause's subject, not its verb).
 */
export function unfinishedRelative(head: readonly Token[]): boolean {
  const relative = head.findLastIndex((token, index) => index > 0 && ['that', 'which', 'who', 'whom', 'where', 'when'].includes(token.lower) && ['NOUN', 'PROPN'].includes(head[index - 1]!.pos))
  return relative !== -1 && !head.slice(relative + 1).some((token) => token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/.test(token.lower)))
}

/**
 * Whether a head ends inside a relative clause whose own subject came and whose verb has not: "…goals that you, your
 * colleagues | , and service providers can reference" names the clause's subjects, and its verb comes after the ", and"
 * (a cut there is no statement). Unlike {@link unfinishedRelative}, the relative word is the tagger's pronoun or
 * subordinator after any word, and a subject of its own follows it: in "…the people who use our site" the tagger read
 * "use" as a noun.
 */
export function waitsForVerb(head: readonly Token[]): boolean {
  const relative = head.findLastIndex((token) => ['that', 'which', 'who', 'whom'].includes(token.lower) && (token.pos === 'PRON' || token.pos === 'SCONJ'))
  if (relative !== -1 && ['PRON', 'DET', 'PROPN'].includes(head[relative + 1]?.pos ?? '') && noVerbAfter(head, relative)) return true
  // (So does a clause a verb of thinking takes without its "that": "I believe a sincere commitment to improved public
  // safety in Johnston Square, Sandtown-Winchester | , and every Baltimore neighborhood requires…".)
  const thinks = head.findIndex((token, at) => ['believe', 'think', 'feel', 'suspect', 'guess', 'reckon'].includes(token.lemma) && token.pos === 'VERB' && head[at + 1]?.pos === 'DET')
  return thinks !== -1 && !hasFiniteVerb(head.slice(thinks + 1))
}

/** Whether `head` ends inside an aside or on a word that needs more ("…and then, in other ecosystems", "…and then", "…and is"). */
export function opensAside(head: readonly Token[]): boolean {
  const dangling = (token: Token | undefined): boolean => token !== undefined && (['then', 'which', 'that', 'also', 'who'].includes(token.lower) || token.pos === 'CCONJ')
  if (dangling(head[head.length - 1])) return true
  // (Nor a second predicate's bare verb: "…make a significant contribution to healthcare data analytics and is".)
  if (head.at(-1)?.pos === 'AUX' && head.at(-2)?.pos === 'CCONJ') return true
  const comma = head.findLastIndex((token) => token.value === ',')
  return comma >= 1 && dangling(head[comma - 1])
}

/**
 * Whether `head` ends on an aside set off after a verb or a verb's fixed phrase, its object still to come: "The alt-3
 * table takes into account, for each team, | which other teams have been played already" (the object is the clause).
 *
 * @param head The part a cut would keep.
 */
export function waitsForObject(head: readonly Token[]): boolean {
  // (A second verb after "and" at the very end: "…met with interested users and potential adopters, and presented[, not only…]".)
  if (head.at(-1)?.pos === 'VERB' && head.at(-2)?.lower === 'and' && isComma(head.at(-3)) && !/ing$/.test(head.at(-1)!.lower)) return true
  // (So does a verb's fixed phrase at the very end: "…takes into account".)
  const fixed = (at: number): boolean => ['account', 'consideration'].includes(head[at]?.lower ?? '') && head[at - 1]?.lower === 'into'
  if (fixed(head.length - 1)) return true
  const comma = head.findLastIndex((token) => isComma(token))
  if (comma < 2 || head.length - comma > 6 || head[comma + 1]?.pos !== 'ADP' || head.slice(comma + 1).some((token) => ['VERB', 'AUX'].includes(token.pos))) return false
  const before = head[comma - 1]!
  return before.pos === 'VERB' || fixed(comma - 1)
}

/**
 * Whether a head kept by a cut at its end still needs what was cut: a degree adverb ("…seemed to be fairly[ in the
 * country]", "…2-3 times right[ at the beginning of their career]"), the adverb of the phrase cut ("…will be inserted
 * merely[ for the purpose of example]"), a copula's
 * measure ("I am 100%[ on board either way]"), an aside's opening ("…, if possible[, in a neutral…]"), or the term a
 * "not … but" turns to ("…, but one world[ in which we both exist]").
 *
 * @param kept The head a cut keeps.
 */
export function endsOnWhatItCuts(kept: readonly Token[], cut: readonly Token[] = []): boolean {
  const ends = `${kept.at(-2)?.lower} ${kept.at(-1)?.lower}`
  // ("…lacked the most powerful tool[ for understanding…: computational models…]": a superlative's noun says nothing
  // without what it is the most of.)
  if (['for', 'of', 'to'].includes(cut[0]?.lower ?? '') && kept.at(-1)?.pos === 'NOUN' && superlativeBefore(kept.slice(0, -1))) return true
  if (/^(?:fairly|quite|rather|pretty|very|almost|nearly|entirely|completely|somewhat|fully|merely|only|solely|purely|mainly|chiefly|largely|partly|simply|primarily|exclusively|particularly|especially|right|just|even|shortly|directly|altogether)$/.test(kept.at(-1)?.lower ?? '')) return true
  const measured = kept.at(-1)?.value === '%' ? kept.slice(0, -1) : kept
  // ("…during the school day due to the many[ after school commitments…]": a quantifier after its article waits for its noun.)
  if (/^(?:the|its|their|our|his|her|my|your|these|those) (?:many|few|several|numerous|various|countless)$/.test(ends)) return true
  // ("…includes the minimum, median[, and maximum aggregate … measurements]": modifiers after an article, their noun cut.)
  let run = kept.length - 1
  while (run > 0 && (kept[run]!.pos === 'ADJ' || isComma(kept[run]))) run--
  if (kept.at(-1)?.pos === 'ADJ' && kept.slice(run + 1).some(isComma) && kept[run]?.pos === 'DET') return true
  if (/^(?:less|more|not|even|especially) so$/.test(ends) || (/^(?:am|is|are|was|were|be|been|'m|’m)$/.test(measured.at(-2)?.lower ?? '') && measured.at(-1)?.pos === 'NUM')) return true
  // (The cut at the closing comma of an aside, "…must be described, if possible[, in a neutral universal fashion]".)
  if (isComma(kept.at(-3)) && /^(?:if|where|when|whenever|wherever) (?:possible|necessary|needed|any|appropriate|applicable|feasible|practical|required|available)$/.test(ends)) return true
  // ("The Internet is significantly more secure[, because the OTF supported the Let's Encrypt… projects…]": a short claim
  // whose reason, with a subject of its own, is the point (not "…important[, because it is the basis for…]"); "Last Wednesday was dubbed as a “Wednesday night massacre”[, following the firing of…]": a
  // name without what it names.)
  const at = cut.findIndex((token) => !isComma(token))
  const opens = cut[at]?.lower
  if ((opens === 'because' && wordsOf(kept) <= 7 && !['it', 'this', 'that', 'they', 'these', 'those', 'he', 'she', 'we', 'you', 'i'].includes(cut[at + 1]?.lower ?? '')) || (['following', 'after'].includes(opens ?? '') && /\b(?:dubbed|called|named|termed|labell?ed|branded|nicknamed)\b(?: as)?(?: \S+){1,6}$/i.test(tokensText(kept)))) return true
  // ("I believe all major problems… are, at the heart[, caused by the immense increase in publications]": a "be" whose
  // complement is cut after an aside.)
  const aside = kept.findLastIndex(isComma)
  if (aside > 0 && kept.length - aside <= 6 && !hasFiniteVerb(kept.slice(aside + 1)) && kept[aside - 1]!.pos === 'AUX' && /^(?:am|is|are|was|were|be|been|being)$/.test(kept[aside - 1]!.lower)) return true
  // ("…that a young healthy child well nursed, is[, at a year old, a most delicious nourishing and wholesome food]", "…fell
  // upon this proposal, which[, as it is wholly new, …]": a "be" or a relative pronoun at the very end waits for its words.)
  if (cut.length > 0 && (/^(?:am|is|are|was|were|be|been|being)$/.test(kept.at(-1)?.lower ?? '') || (/^(?:which|who|whom|whose|that)$/.test(kept.at(-1)?.lower ?? '') && isComma(kept.at(-2))))) return true
  const turn = kept.findLastIndex((token) => token.lower === 'but')
  return turn !== -1 && kept.length - turn <= 4 && ['NOUN', 'PROPN'].includes(kept.at(-1)?.pos ?? '') && kept.slice(0, turn).some((token) => /^(?:not|n['’]t)$/.test(token.lower))
}

/** Whether a noun phrase ends here on a superlative after "the": "the most powerful", "the best", "the largest single". */
function superlativeBefore(head: readonly Token[]): boolean {
  let at = head.length - 1
  while (at > 0 && head[at]!.pos === 'ADJ' && !superlativeAt(head, at)) at--
  return at > 0 && superlativeAt(head, at) && (head[at - 1]!.lower === 'the' || (['most', 'least'].includes(head[at - 1]!.lower) && head[at - 2]?.lower === 'the'))
}

/** Whether the word at `at` is a superlative adjective: "best", "largest", or one after "most"/"least". */
function superlativeAt(head: readonly Token[], at: number): boolean {
  return head[at]!.pos === 'ADJ' && isSuperlative(head[at]!.lower, head[at - 1]?.lower)
}

/**
 * Whether a sentence opens on a "For" that gives a reason before its clause, a connective like "But": "For Tregeagle is
 * a Cornish “Wandering Jew”…", "For the people were tired…" (not "For years Tregeagle laboured…", "For example…").
 *
 * @param tokens The sentence.
 */
export function opensWithReason(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'for') return false
  const finite = (token: Token | undefined): boolean => ['AUX', 'VERB'].includes(token?.pos ?? '')
  return (['PROPN', 'PRON'].includes(tokens[1]?.pos ?? '') && finite(tokens[2])) || (tokens[1]?.pos === 'DET' && tokens[2]?.pos === 'NOUN' && finite(tokens[3]))
}

/**
 * Whether a cut at an aside's opening comma takes the verb's object after it along: "Let none take this noble work in
 * hand without a desire to give[, in its degree, the best work that can be given…]" left "give" with nothing to give.
 *
 * @param tokens The sentence before the cut.
 * @param kept The head the cut keeps.
 */
export function cutsAcrossAside(tokens: readonly Token[], kept: readonly Token[]): boolean {
  if (kept.length >= tokens.length || kept.at(-1)?.pos !== 'VERB') return false
  const cut = tokens.slice(kept.length)
  if (!isComma(cut[0])) return false
  const close = cut.findIndex((token, at) => at > 1 && isComma(token))
  if (close === -1 || close > 6 || cut.slice(1, close).some((token) => ['VERB', 'AUX'].includes(token.pos))) return false
  return ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(cut[close + 1]?.pos ?? '') && !hasFiniteVerb(cut.slice(close + 1, close + 4))
}

/**
 * Whether a cut ends inside a relative aside of the subject, the main verb after its closing comma: "The categories and
 * suggestions below, many of which may apply to your home[ as well as your office, represent a foundation…]" had no verb
 * of its own.
 *
 * @param tokens The sentence.
 * @param kept The head the cut keeps.
 */
export function endsInsideRelative(tokens: readonly Token[], kept: readonly Token[]): boolean {
  if (kept.length >= tokens.length) return false
  const open = kept.findLastIndex((token) => isComma(token))
  if (open < 1 || hasFiniteVerb(kept.slice(0, open))) return false
  const opener = kept.slice(open + 1, open + 6).map((token) => token.lower)
  const of = opener.indexOf('of')
  if (!['which', 'who', 'whom'].includes(opener[0] ?? '') && !(of > 0 && ['which', 'whom'].includes(opener[of + 1] ?? ''))) return false
  const cut = tokens.slice(kept.length)
  const close = cut.findIndex((token) => isComma(token))
  return close !== -1 && hasFiniteVerb(cut.slice(close + 1, close + 6))
}

/**
 * Whether a sentence is only a span, "From X till Y, including Z", with no clause after its comma: "From the new plugins
 * framework till the recent gVisor support, including a deep explanation of Falco libraries' insights" (the tagger read
 * "framework" as a verb).
 *
 * @param tokens A candidate bullet.
 */
export function isSpanFragment(tokens: readonly Token[]): boolean {
  const comma = tokens.findIndex((token) => isComma(token))
  if (tokens[0]?.lower !== 'from' || comma < 3 || !tokens.slice(1, comma).some((token) => ['to', 'till', 'until', 'through'].includes(token.lower))) return false
  return !hasFiniteVerb(tokens.slice(comma + 1))
}

/** Conditions after a claim that bound it, so that without them the clause before says more: ", as long as you acknowledge…". */
const boundingWords = String.raw`as long as|so long as|unless`
/** A bounding condition opening a text, after any space or comma. */
export const opensBound = new RegExp(`^[\\s,]*(?:${boundingWords})\\b`, 'i')
/** A bounding condition anywhere in a text. */
export const holdsBound = new RegExp(`\\b(?:${boundingWords})\\b`, 'i')

/** Words that bound a rule: cut, the rule says something else ("…at the same time", "…, whichever is later", "only if…"). */
const bounds = /\b(?:at the same time|simultaneously|whichever|only if|for free|free of charge|at no (?:cost|charge)|no (?:later|earlier) than|in (?:your|their|his|her) (?:native|own) language)\b/gi

/**
 * A bullet without the "i.e."/"e.g." a cut left at its end ("…to “repaper” their clients, i.e." lost what it opened), nor
 * the comma before it.
 *
 * @param bullet A compressed bullet.
 */
export function withoutDanglingAbbreviation<T extends { text: string; tokens: Token[]; words: number }>(bullet: T): T {
  const text = bullet.text.replace(/,?\s*\b(?:i\.\s?e|e\.\s?g|viz|cf)\.?,?\s*$/i, '')
  if (text === bullet.text) return bullet
  let tokens = [...bullet.tokens]
  while (tokens.length > 0 && tokensText(tokens).trim().length > text.length) tokens = tokens.slice(0, -1)
  return { ...bullet, text, tokens, words: wordsOf(tokens) }
}

/** Whether `bullet`, cut from `sentence`, keeps every word that bounds its rule (see {@link dropsBound}). */
export function keepsBounds(sentence: string, bullet: string): boolean {
  // (Not a connective that opens the sentence: "At the same time, the price of oil fell".)
  const bound = sentence.replace(/^(?:(?:but|and|yet)\s+)?(?:at the same time|simultaneously),\s*/i, '')
  return (bullet.match(bounds) ?? []).length >= (bound.match(bounds) ?? []).length
}

/**
 * Whether a cut drops what bounds the sentence's rule ("You may file an internal appeal and an external review request[
 * at the same time]", "the date we get the claim to reopen[, or the date you first got…, whichever is later]").
 *
 * @param tokens The sentence before the cut.
 * @param kept What the cut keeps.
 */
export function dropsBound(tokens: readonly Token[], kept: readonly Token[]): boolean {
  if (kept.length >= tokens.length) return false
  const [whole, cut] = [tokensText(tokens), tokensText(kept)]
  if (!keepsBounds(whole, cut)) return true
  // (Nor a condition that bounds the clause right before it: "…free for you to take and use[, as long as you acknowledge the
  // people who collected it]"; one that bounds a phrase the cut drops as well may go with it.)
  if (whole.startsWith(cut) && opensBound.test(whole.slice(cut.length))) return true
  // (Nor a cut after "both" announcing its two: "We experienced both - our baby developing new skills… [while becoming more
  // cranky than usual]"; nor of "on their own" ending the sentence, its point: "…contributing to OpenStreetMap [on their own]".)
  if (tokens.some((token, at) => token.lower === 'both' && /^[-–—:]$/.test(tokens[at + 1]?.value ?? ''))) return true
  // (Only a cut of a phrase that short: "…, and let the learners go to town, coding on their own" may go whole.)
  if (ownEnding.test(whole.trim()) && !ownEnding.test(cut.trim()) && wordsOf(tokens) - wordsOf(kept) <= 4) return true
  // (Nor a clause after a colon cut to its opening phrase: "There's one temporary exception: Until 2014[, grandfathered…]".)
  const colon = kept.findIndex((token) => token.value === ':')
  return colon !== -1 && !hasFiniteVerb(kept.slice(colon + 1)) && hasFiniteVerb(tokens.slice(colon + 1))
}

/** "On their own" ending a sentence, its point ({@link dropsBound}). */
const ownEnding = /\bon (?:my|your|his|her|its|our|their) own[.!]?$/i

/**
 * Whether a clause goes on with the supposition ("would") of the clause before it: "Individuals making private
 * appeals… would be far less likely to overcome the power-imbalances…, and wider systemic issues would go undetected" (alone, the second
 * claims they go undetected).
 *
 * @param head The clause before.
 * @param tail The clause after it.
 */
export function continuesSupposition(head: readonly Token[], tail: readonly Token[]): boolean {
  const supposes = (part: readonly Token[]): boolean => part.some((other) => other.lower === 'would')
  return supposes(head) && supposes(tail)
}

/**
 * Whether a cut that keeps `kept`, the opening of `tokens`, leaves behind the main clause's verb: "The bridge crossing
 * over rock creek and the old railroad bridge you cross right [before joining the road are breathtaking views]", "…the
 * use of social media, and Twitter being the primus inter pares here[, for promoting the reach… is justified]". The
 * cut part holds an auxiliary before any clause of its own opens (a subordinator, relative or coordinator with its
 * subject): that auxiliary is the verb of the subject kept.
 */
export function leavesVerbBehind(tokens: readonly Token[], kept: readonly Token[]): boolean {
  if (kept.length >= tokens.length || kept.some((token, at) => token.value !== tokens[at]?.value)) return false
  const cut = tokens.slice(kept.length)
  if (endsOnWhatItCuts(kept, cut)) return true
  // (A purpose cut after a statement may hold a clause with its subject: "…from key stakeholders[ to ensure their solution would be viable]".)
  const purpose = cut[0]?.lower === 'to' && cut[1]?.pos === 'VERB' && isStatement(kept) && !kept.some((token) => ['who', 'which', 'that', 'whom'].includes(token.lower))
  // ("We see that in New England[, which had numerous COVID cases…, most respondents report wearing masks]", "Between the
  // data we make available through COVIDcast[, and the many researchers…, we hope…]": what is kept opens with a phrase
  // or a "that" whose clause comes after a later comma.)
  // (Not one whose main clause is kept: "On the train back into London, empty again, we spread out across the benches"; a
  // head that ends on its degree adverb, "…seemed to be fairly[ in the country]", or opens on "Any way you look[, there is…]".)
  // (Nor one whose subject follows without a comma, "In March 2020 we started…"; not "Between the data we make…".)
  // (With an adverb before its verb: "At My Dinh we just wandered around looking for the right bus".)
  const subject = kept.some((token, at) => at > 1 && ['we', 'i', 'they', 'he', 'she'].includes(token.lower) && ['NUM', 'PROPN'].includes(kept[at - 1]!.pos) && isVerb(kept.slice(at + 1).find((other) => other.pos !== 'ADV') ?? token))
  const fronted = (kept[0]?.pos === 'ADP' || /^(?:any ?way|whichever way|no matter)\b/i.test(tokensText(kept.slice(0, 3)))) && !subject && !kept.some((token, at) => isComma(token) && startsClause(kept.slice(at + 1)))
  // (A "that" after a verb that takes a clause, "see", "know", "show": not "…module mirrors that cache…", "mirrors" read as a verb.)
  const takesThat = (token: Token | undefined): boolean => token !== undefined && isVerb(token) && (sayingThat.has(token.lemma) || token.lemma === 'see')
  // (Or a "that" whose clause opens on a time or a condition, whatever verb it has: "We were a bit terrified that every
  // time we wanted to include say, a menu bar[, in a GUI, we'd need the permission of whoever held the patent]".)
  const timeOpens = (at: number): boolean => subordinators.has(kept[at + 1]?.lower ?? '') || /^(?:(?:every|each|any) time|the (?:moment|minute|day|first time))\b/i.test(tokensText(kept.slice(at + 1, at + 4)))
  const waits = fronted || kept.some((token, at) => token.lower === 'that' && ((takesThat(kept[at - 1]) && !hasFiniteVerb(kept.slice(at + 1))) || (at > 1 && timeOpens(at))))
  // (At the cut's own comma too, unless a relative or a coordinated clause opens there: "…in our attempts, even when we provided a room[, there were very few attendees]".)
  const opensOwn = ['which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'and', 'but', 'or', 'so']
  if (waits && cut.some((token, at) => (at > 0 || !opensOwn.includes(cut[1]?.lower ?? '')) && (isComma(token) || isDash(token)) && ['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(cut[at + 1]?.pos ?? '') && (startsClause(cut.slice(at + 1)) || cut.slice(at + 2, at + 6).some(isVerb)))) return true
  // ("…because 20 weeks ago[, when I registered, I didn't know…]", "We know from other situations[, particularly…, that test positivity…]": a subordinator or a "that" kept without its verb, a verb of saying whose "that" is cut.)
  const open = kept.findLastIndex((token, at) => at > 0 && (['because', 'although', 'though', 'whereas', 'unless'].includes(token.lower) || (token.lower === 'that' && takesThat(kept[at - 1]))))
  if (open !== -1 && !hasFiniteVerb(kept.slice(open + 1)) && hasFiniteVerb(cut)) return true
  if (kept.some((token) => isVerb(token) && sayingThat.has(token.lemma)) && cut.some((token, at) => token.lower === 'that' && isComma(cut[at - 1]))) return true
  for (let at = 0; at < cut.length; at++) {
    const token = cut[at]!
    const next = cut[at + 1]
    // A clause of its own opens: its verb is its own ("…, which means…", "… when it rains", "…, and we…"). (Not a
    // phrase around a gerund, "before joining the road", unless the gerund is its subject, "while nowcasting is…";
    // "that" always opens a clause: "…, suggesting that creating a fully accessible course… was impossible".)
    const subordinate = subordinators.has(token.lower) || subordinatorPairs.has(`${token.lower} ${next?.lower ?? ''}`) || ['that', 'which', 'who', 'whom', 'whose', 'where', 'what', 'how', 'why', 'than', 'like'].includes(token.lower)
    const phrase = token.lower !== 'that' && next?.pos === 'VERB' && /ing$/.test(next.lower) && cut[at + 2]?.pos !== 'AUX'
    if (subordinate && next && !phrase) return false
    // (A comma or a coordinator opens one only with its subject: ", and we…", not ", for promoting…"; a coordinator
    // before a verb is a second predicate of the subject kept, which has its own: "…run on a single file at a time and
    // have no knowledge of other files".)
    if ((isComma(token) || isDash(token) || ['and', 'but', 'or', 'so'].includes(token.lower)) && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(next?.pos ?? '')) return false
    // (Not a second gerund of the subject: "…handling last-minute changes to keep the teams balanced, or handling no-shows, was…".)
    if (['and', 'but', 'or'].includes(token.lower) && ['AUX', 'VERB', 'ADV', 'PART'].includes(next?.pos ?? '') && !(next?.pos === 'VERB' && /ing$/.test(next.lower))) return false
    // (Nor a list of predicates after the kept one: "…an economy that is expanding at a rapid clip[, has produced…]".)
    if (at === 0 && isComma(token) && ['AUX', 'VERB'].includes(next?.pos ?? '') && hasFiniteVerb(kept)) return false
    // (So does another sentence, or a clause whose pronoun is its subject: "…a lengthy guide on selecting licenses you can look to".)
    if (['.', ';', ':', '!', '?'].includes(token.value) || (token.pos === 'PRON' && next?.pos === 'AUX')) return false
    if (token.pos === 'AUX' && finiteAuxiliaries.has(token.lower) && cut[at - 1]?.lower !== 'to' && !(purpose && ['NOUN', 'PRON', 'PROPN'].includes(cut[at - 1]!.pos) && !cut.slice(0, at).some(isComma))) return true
  }
  return false
}

/**
 * Whether a head cannot lose the subordinate clause at `index`: "I'm not going to find out about the brokenness | until I
 * try to use the program" (a "not… until" says when; without it, never), "You can tell if something is open data |
 * because it is shared… under an 'open' license" (how one tells is the point), "…something has gone very wrong | when
 * basic features… no longer work" (a vague subject's clause says what).
 *
 * @param tokens The sentence.
 * @param index Where its subordinate clause starts.
 */
export function needsItsClause(tokens: readonly Token[], index: number): boolean {
  const head = tokens.slice(0, index)
  const word = tokens[index]!.lower
  if (word === 'until' && head.some((token) => /^(?:not|n['’]t|never|no)$/.test(token.lower))) return true
  if (word === 'because' && head.some((token, at) => /^(?:tell|know|see|spot|recogni[sz]e|identify)$/.test(token.lower) && ['if', 'whether', 'that'].includes(head[at + 1]?.lower ?? ''))) return true
  return ['when', 'whenever', 'if'].includes(word) && wordsOf(head) <= 12 && head.some((token, at) => /^(?:something|nothing|anything|everything)$/.test(token.lower) && ['AUX', 'VERB'].includes(head[at + 1]?.pos ?? ''))
}
