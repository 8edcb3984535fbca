/** The cuts at the back of a sentence: trailing clauses and phrases, a second predicate, the tail of a list, and the choice of one of two coordinated clauses. */
import { tokensText, type Token } from './nlp.js'
import { awaitsClause, needsItsClause, opensAside, opensBound, unfinishedRelative, waitsForObject } from './head-checks.js'
import { hasFiniteVerb, isComma, isDash, isPunct, isStatement, isVerb, objectClauseVerbs, predicateAfter, startsClause, subordinatorPairs, subordinators, wordsOf } from './clause-grammar.js'
import { caseQualifier, causes, reports, timeSpan, degreeBefore, droppablePrepositions, irregularParticiples, emptyNouns, topicNouns, gerundNouns, idioms, placingVerbs, takesPhrase, trailingOpeners, verbPrepositions, waitingPrepositions } from './compress-words.js'
import { isSuperlative, personalPronouns } from './grammar-words.js'
import { colonInName, insideBrackets, insideCode, insideQuotation } from './quotations.js'
import { colonGivesItems } from './enumerations.js'
import { pastForm } from './token-text.js'

/** Drop a trailing subordinate clause written without a comma ("… so that builds keep working", "… when X fails"). */
export function dropTrailingSubordinate(tokens: Token[]): Token[] {
  const figureAt = tokens.findIndex((token) => /^(?:\d[\d,.]*%?|(?:hundreds|thousands|millions|billions)|percent)$/i.test(token.value))
  const semicolons = lastBefore(tokens, (token) => token.value === ';')
  for (let index = tokens.length - 3; index >= 4; index--) {
    const pair = `${tokens[index]!.lower} ${tokens[index + 1]?.lower ?? ''}`
    if (!subordinators.has(tokens[index]!.lower) && !subordinatorPairs.has(pair)) continue
    // (Nor an "even when", "even if": "…— they can continue even when JavaScript is running on the main thread" is the point;
    // an "even though" concedes, as "although" does.)
    if (['as', 'if', 'whether', 'unless'].includes(tokens[index]!.lower) || (tokens[index]!.lower === 'even' && tokens[index + 1]?.lower !== 'though')) continue
    // (Nor a time without its clause whose "and" goes on with the sentence's own verb: "…we all are around each other |
    // after school and can interact".)
    if (['after', 'before', 'since', 'until'].includes(tokens[index]!.lower) && ['NOUN', 'PROPN', 'NUM'].includes(tokens[index + 1]?.pos ?? '') && tokens[index + 2]?.lower === 'and' && ['AUX', 'VERB'].includes(tokens[index + 3]?.pos ?? '')) continue
    // ("We were able to replicate the dollar values for 2020 | when we only summed up the first six months", "…they don’t
    // intend harm | unless there are threats…": a clause that restricts the claim, which without it says the opposite.)
    // (Nor one an "only" of its clause waits for: "…, and will only see the messages | after they were invited".)
    if (tokens.slice(index + 1, index + 5).some((token) => token.lower === 'only') || tokens.slice(Math.max(0, index - 6), index).some((token, at, near) => token.lower === 'only' && token.pos === 'ADV' && !near.slice(at).some(isComma))) continue
    // ("Every year, millions of people seek medical attention | after they're injured at home": the clause says what the figure counts.)
    if (['after', 'when', 'whenever', 'if', 'once', 'before'].includes(tokens[index]!.lower) && figureAt !== -1 && figureAt < index) continue
    if (needsItsClause(tokens, index)) continue
    // "This is important for security, because…": what is left would say nothing (not "This model is known as…, because…").
    if (['this', 'that', 'it', 'these', 'those'].includes(tokens[0]!.lower) && ['AUX', 'VERB'].includes(tokens[1]?.pos ?? '')) continue
    // "tells you when…", "decide where…": the clause is the verb's object, not an adjunct.
    const before = tokens[index - 1]!
    // "1892 was the first year when the regulation…": a "when" or "where" after its noun is a relative clause that says what the noun is.
    if (['when', 'where'].includes(tokens[index]!.lower) && before.pos === 'NOUN' && !/ing$/.test(tokens[index + 1]?.lower ?? '')) continue
    // ("…the scenario shown in the prototype is | when the user needs…": after a copula the clause is its complement.)
    // (Nor after a superlative it completes: "…, but it's most useful | when we have email messages with headers…".)
    // (After an object pronoun a reason is an adjunct all the same: "…how to fix it | since you didn't understand it".)
    if ((before.pos === 'PRON' && !['since', 'because', 'although', 'though'].includes(tokens[index]!.lower)) || before.pos === 'ADP' || objectClauseVerbs.has(before.lemma) || (before.lemma === 'be' && ['when', 'where', 'because', 'if', 'that', 'whether'].includes(tokens[index]!.lower)) || (['when', 'where'].includes(tokens[index]!.lower) && before.pos === 'ADJ' && isSuperlative(before.lower, tokens[index - 2]?.lower))) continue
    // ("…an investment method meant to be used | when there is high-certainty in a problem…": what a thing is for says when.)
    if (['when', 'where', 'if', 'once', 'until'].includes(tokens[index]!.lower) && /^(?:used|applied|chosen|employed|adopted|taken|avoided)$/.test(before.lower) && tokens[index - 2]?.lower === 'be') continue
    // (Nor a "while" of time, no comma before it, in the turn a claim makes: "…by anesthesia, but they can also be done safely |
    // while the person is awake" had said that anesthesia is safe.)
    if (tokens[index]!.lower === 'while' && !isComma(before) && tokens.slice(0, index).some((token) => ['but', 'however', 'also', 'instead', 'yet'].includes(token.lower))) continue
    // "…long before visible damage occurs", "…15 minutes before everyone else joins": it times the verb, or dangles; "named | after…" names a source.
    if (degreeBefore.has(before.lower) || (timeSpan.test(before.lower) && ['before', 'after'].includes(tokens[index]!.lower) && !tokens.slice(Math.max(0, index - 5), index).some((other) => ['in', 'within', 'for', 'over'].includes(other.lower))) || (tokens[index]!.lower === 'after' && /^(?:named|called|modell?ed|patterned|styled)$/.test(before.lower))) continue
    // "…the methodology that emerges when managers…": a relative clause's own verb needs its clause.
    // (The tagger may take that verb for a noun: "an ArrayBuffer that points wherever you like".)
    if ((isVerb(before) || /s$/.test(before.lower)) && tokens.slice(Math.max(0, index - 4), index - 1).some((token) => ['that', 'which', 'who'].includes(token.lower))) continue
    const head = tokens.slice(0, index)
    // (Nor where the clause after a semicolon has only begun: "…where most bug fixes are made; and eventually, | when we start…".)
    const semicolon = semicolons[index]!
    if (semicolon !== -1 && onlyOpens(tokens, semicolon + 1, index)) continue
    // (A clause without its subject, "…the consumer's experience | when shopping for a prepaid card", trails alike.)
    const rest = tokens.slice(index + (subordinatorPairs.has(pair) ? 2 : 1))
    // (After a noun ending a clause, not a list's: "…challenges when using apps" keeps its item.)
    // ("…protect individual privacy | while still allowing data users to…": an adverb before the participle too.)
    const participle = rest[0]?.pos === 'ADV' && /^(?:still|also|even|only|simply|always)$/.test(rest[0].lower) ? rest[1] : rest[0]
    const reduced = ['when', 'while'].includes(tokens[index]!.lower) && participle?.pos === 'VERB' && /ing$/.test(participle.lower) && before.pos === 'NOUN' && !tokens.slice(Math.max(0, index - 8), index).some(isComma)
    if (!startsClause(rest) && !reduced) continue
    // "…state that if the translation is delivered | after the deadline…, you do not pay": the head ends inside a
    // condition whose main clause comes after a comma in what would be dropped.
    const condition = head.findLastIndex((token) => ['if', 'unless', 'when', 'once', 'although', 'though', 'because', 'since', 'while'].includes(token.lower))
    // (Or without a comma, when nothing before the condition is a clause: "However, checking other peoples work in the area
    // such as Gabe Brown, although the health of the soil will return | after many years… the yield never fully returns…".)
    if (condition > 0 && !head.slice(condition).some((token) => isComma(token)) && (tokens.slice(index).some((token) => isComma(token)) || !hasFiniteVerb(head.slice(0, condition)))) continue
    // ("Automated sharing of research data | after a specific period … can be a good mechanism": "after" is a preposition
    // when the head's only verb is the participle that opens it.)
    const opening = head.findIndex((token) => !/(?:ed|ing)$/.test(token.lower))
    if (opening > 0 && !head.slice(opening).some((token) => isVerb(token) || token.pos === 'AUX')) continue
    // ("A homeowner may choose to be notified | when a gage height exceeds a certain value…": a short head whose clause is
    // longer than itself says what the clause is for, not the point; "…consent becomes meaningless | when they cannot…": a
    // "when" that denies is the claim's condition.)
    if (wordsOf(head) < 8 && wordsOf(tokens.slice(index)) > wordsOf(head)) continue
    if (tokens[index]!.lower === 'when' && tokens.slice(index + 1, index + 6).some((token) => /^(?:not|n['’]t|cannot|never|no longer)$/.test(token.lower))) continue
    if (wordsOf(head) >= 5 && isStatement(head)) return head
  }
  return tokens
}

/** Drop the last trailing clause or phrase after a comma or dash ("…, which…", "…, making…", "… — a…"). */
export function dropTrailing(tokens: Token[]): Token[] {
  const semicolons = lastBefore(tokens, (token) => token.value === ';')
  // (The last turn after a dash, "…– but I have never been called the team dad", found once.)
  const turn = tokens.findLastIndex((token, at) => ['but', 'yet'].includes(token.lower) && at > 0 && isDash(tokens[at - 1]!) && startsClause(tokens.slice(at + 1, at + 16)))
  for (let index = tokens.length - 2; index >= 3; index--) {
    const token = tokens[index]!
    if (!isComma(token) && !isDash(token) && token.value !== ':') continue
    const next = tokens[index + 1]!
    // ("55–60% carbs", "sub-2:45": a dash or a colon inside a number, glued to it on both sides, cuts nothing.)
    if (token.space === '' && next.space === '' && /\d$/.test(tokens[index - 1]!.value) && /^\d/.test(next.value)) continue
    // (Nor a dash between two figures written with spaces, "by 3% — 4%", "in the 10s -- 100s of millions": a range, cut to "by 3%" it said less.)
    if (isDash(token) && /\d(?:%|s)?$|^%$/.test(tokens[index - 1]!.value) && /^[$€£]?\d/.test(next.value)) continue
    // (Nor a colon inside a name, "the GO::DH map" is no "the GO", nor one inside code: "…the SPF record `v=spf1 include:mailbox.org`…";
    // nor the comma before a condition that bounds the claim, ", as long as you acknowledge…": a comma before it may cut both.)
    if (colonInName(tokens, index) || insideCode(tokens.slice(0, index)) || (isComma(token) && opensBound.test(tokensText(tokens.slice(index + 1, index + 4))))) continue
    // (An irregular participle too: "…, made possible by the new promotion rules".)
    const after = tokens[index + 2]
    const irregular = irregularParticiples.has(next.lower) && after !== undefined && (after.pos === 'ADJ' || ['by', 'in', 'on', 'as', 'from', 'for', 'with', 'to'].includes(after.lower))
    const participle = next.pos === 'VERB' && (/(?:ing|ed)$/.test(next.lower) || irregular)
    // (Never what a colon introduces after a count or a bare plural: "…used in three classes of problem: optimization…",
    // "…pointed out patterns: claims clustering at iconic sites" is the point.)
    if (token.value === ':' && colonGivesItems(tokens, index)) continue
    // ("Whatever the reason may be, one thing is clear: …", "…is simple: …": a head that only announces is no claim.)
    if (token.value === ':' && /\b(?:is|was|are|were|seems|remains) (?:(?:quite|very|pretty|really|fairly|abundantly|crystal) )?(?:clear|simple|plain|certain|obvious|straightforward|this|twofold|threefold)$/i.test(tokensText(tokens.slice(0, index)))) continue
    // (", the so-called herd immunity", ", also known as…": the name of what the clause described; ", a long way from…" a comparison; ", let alone by anyone…" a step further.)
    const naming = isComma(token) && /^(?:the so-called|so-called|also known as|known as|also called|aka|a (?:long way|far cry|world away|step up|big step) from|let alone|much less|not to mention)\b/i.test(tokensText(tokens.slice(index + 1, index + 6)))
    // (", there are many people currently traveling where…": a comma splice opens a sentence of its own; not after a fronted phrase.)
    // (Nor after a phrase fronted in the second clause: "…geek, but in all the times I've been to Twin City Surplus, there's never been anything…".)
    const clauseStart = tokens.slice(0, index).findLastIndex((other, at) => at > 0 && ['but', 'and', 'yet', 'so'].includes(other.lower) && isComma(tokens[at - 1])) + 1
    const fronted = (at: number): boolean => tokens[at]!.pos === 'ADP' || /^(?:aside|apart) from\b/i.test(tokensText(tokens.slice(at, at + 3)))
    const splice = isComma(token) && next.lower === 'there' && /^(?:is|are|was|were|['’]s)$/.test(after?.lower ?? '') && !fronted(0) && !fronted(clauseStart)
    // (", both for travel time from… and for travel between…": the places a claim holds, after it.)
    const bothFor = isComma(token) && next.lower === 'both' && after?.pos === 'ADP'
    // (", the vast majority of which are situated…", ", most of whom…", ", upon which you will have 3 hours…": a relative of a share of the noun, or after
    // a preposition, cut only from a sentence too long for a bullet whole: "…risks to forest carbon permanence, many of which are accelerating…".)
    const share = isComma(token) && wordsOf(tokens) > 20 && /^(?:(?:(?:the )?(?:vast |great |overwhelming )?(?:majority|bulk|rest|remainder)|most|many|some|few|several|half|one|two|three|a (?:third|quarter|half|few|handful)|\d+%?) of|upon|after|through|by|during|under|within) (?:which|whom)\b(?! case)/i.test(tokensText(tokens.slice(index + 1, index + 8)))
    // (", and subsequently improving departmental submissions": a second participle after "and", an adverb between.)
    const gerund = (other: Token | undefined): boolean => other?.pos === 'VERB' && /ing$/.test(other.lower) && other.lower.length > 5
    // (Only after one that follows its noun, "…other networks looking at how to…": not the last of a series, "…designing
    // diagrams, improving writing style, and shaping…", nor a progressive's second verb, "has been working…, and providing…".)
    const andParticiple = isComma(token) && next.lower === 'and' && (gerund(after) || (after?.pos === 'ADV' && /ly$/.test(after.lower) && gerund(tokens[index + 3]))) && tokens.some((other, at) => at < index && gerund(other) && ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '')) && !tokens.some((other, at) => at < index && gerund(other) && /^[,:;]$/.test(tokens[at - 1]?.value ?? ''))
    // (", eventually leading and ending with a meditative state", ", further expanding the variety…": an adverb before the participle.)
    const adverbParticiple = isComma(token) && next.pos === 'ADV' && /ly$|^(?:further|thereby|thus|also|even|again)$/.test(next.lower) && after?.pos === 'VERB' && /ing$/.test(after.lower)
    // (Not a gerund of a series the sentence goes on with, "…includes managing support requests, bug fixes, responding to
    // questions, and even managing PRs…"; nor the relative that says what an existential's things are: "There are some
    // things such as press, which needs to be organized up to 3 weeks before…".)
    const gerundSeries = participle && /ing$/.test(next.lower) && tokens.slice(0, index).some((other, at) => gerund(other) && ['VERB', 'AUX'].includes(tokens[at - 1]?.pos ?? '')) && tokens.slice(index + 2).some((other, at, rest) => other.lower === 'and' && isComma(rest[at - 1]))
    const opener = (trailingOpeners.has(next.lower) && !(['which', 'who'].includes(next.lower) && /^there (?:is|are|were|was) (?:some |many |a few |several )?(?:things|cases|items|tasks|parts|areas|people)\b/i.test(tokensText(tokens.slice(0, 6)).trim()))) || (participle && !gerundSeries) || andParticiple || adverbParticiple || naming || splice || bothFor || share || isDash(token) || token.value === ':'
    // (Nor what the one just named did next: "…met with Board of Adjustments, who denied his appeal": the event, no aside.)
    if (isComma(token) && next.lower === 'who' && after?.pos === 'VERB' && pastForm(after) && !tokens.slice(index + 1).some(isComma) && tokens.slice(0, index).some((other) => other.pos === 'VERB' && pastForm(other) && !reports.test(other.lower))) continue
    // (Nor a turn after a dash: "…as much as the next archaeologist – but we shouldn't let them get the upper hand!"; nor its purpose, "…— to show that…".)
    if (!opener || (isDash(token) && (['but', 'yet', 'however', 'though', 'except', 'unless'].includes(next.lower) || (next.lower === 'to' && after?.pos === 'VERB')))) continue
    // (Nor a tail that turns on a dash, "…the team mom, which was actually kind of cute!– but I have never been called the team dad": the turn is the point.)
    if (turn > index + 1) continue
    // (Nor a comma between the adjectives of a noun, "a recycled, refurbished, off-grid solar server", "…providing free, dedicated, and high-fidelity access".)
    if (isComma(token) && ['ADJ', 'VERB'].includes(tokens[index - 1]!.pos) && (tokens[index - 2]?.pos === 'DET' || (tokens[index - 1]!.pos === 'ADJ' && tokens[index - 2]?.pos === 'VERB' && tokens[index - 2]!.lemma !== 'be' && !/ing$/.test(next.lower))) && ['ADJ', 'VERB', 'NOUN'].includes(next.pos)) continue
    // (Nor an aside in a noun phrase, "…a sizable minority, if not even a majority, of…"; nor "no studies…, which are able to…".)
    if (isComma(token) && ((next.lower === 'if' && after?.lower === 'not') || (['which', 'who', 'that'].includes(next.lower) && !/^(?:is|was) why$/.test(`${after?.lower} ${tokens[index + 3]?.lower}`) && tokens.slice(0, index).some((each) => ['no', 'few', 'none', 'nothing', 'nobody', 'neither'].includes(each.lower))))) continue
    // (Nor a consequence, "…called 'my profile', meaning that it can be edited in more than one place", nor a contrast, "…a website is a product, evergreen and part of a lifecycle, rather than a project": each is the point, a short one.)
    if (isComma(token) && (next.lower === 'meaning' || (next.lower === 'which' && /^mean/.test(after?.lower ?? '')) || (((next.lower === 'rather' && after?.lower === 'than') || (next.lower === 'instead' && after?.lower === 'of')) && wordsOf(tokens.slice(index + 3)) <= 4))) continue
    // ("…but extracting knowledge from a bunch of numbers, that is a real challenge": "that" takes up the subject; its verb is the claim's.)
    if (isComma(token) && next.lower === 'that' && /^(?:is|was|['’]s)$/.test(after?.lower ?? '') && ['DET', 'ADJ', 'ADV'].includes(tokens[index + 3]?.pos ?? '')) continue
    // ("…hired Documentation, Incorporated, a…": a company's suffix is part of its name; "…Think Like a Computer Scientist: Think Python is…", "…for its Rita Angus: Life and Vision exhibition": a colon inside a title in capitals cuts nothing.)
    if (isComma(token) && /^(?:inc|incorporated|ltd|limited|llc|corp|corporation|plc|gmbh)\.?$/.test(next.lower)) continue
    if (token.value === ':' && /^\p{Lu}/u.test(tokens[index - 1]!.value) && /^\p{Lu}/u.test(next.value) && (!tokens.slice(1, index).some((other) => isVerb(other) && /^\p{Ll}/u.test(other.value)) || (tokens.length - index <= 9 && !tokens.slice(index).some((other) => isVerb(other) || other.pos === 'AUX')))) continue
    // ("…a set of techniques for analysing, forecasting and optimising marketing planning": gerunds in a row are a list.)
    // (Unless each takes an object of its own: "…led to the missile exploding, destroying the silo, killing one crew member…,
    // and throwing…" keeps its first, "…led to the missile exploding".)
    const ownObjects = /ing$/.test(next.lower) && /ing$/.test(tokens[index - 1]!.lower) && ['DET', 'NOUN', 'PROPN', 'NUM'].includes(after?.pos ?? '') && tokens[index - 1]!.pos === 'VERB'
    if (isComma(token) && /ing$/.test(next.lower) && /ing$/.test(tokens[index - 1]!.lower) && !ownObjects) continue
    // ("If you don't know … — then you're just doing work…": after "then" comes the main clause of the condition.)
    if (next.lower === 'then') continue
    // "…Envoy as an ingress, as an egress, as a service mesh sidecar…": a series of phrases that open alike is one list, not a clause and what trails it.
    const series = (at: number): boolean => tokens[at]?.lower === next.lower && tokens[at]!.pos === next.pos
    if (isComma(token) && next.pos === 'ADP' && (tokens.slice(Math.max(0, index - 4), index).some((_, at) => series(Math.max(0, index - 4) + at)) || tokens.some((_, at) => at > index + 1 && isComma(tokens[at - 1]) && series(at)))) continue
    // "…funding efforts, such as the RustNL Maintainers Team…, will be able to…": a phrase closed by a comma before the
    // verb is an aside inside the clause; what follows it is the predicate.
    // (Past an adverb: "…but President William McKinley, who couldn't locate them on a map, ultimately pushed for…".)
    // (A verb the tagger reads as a noun before its "to": "…schemes, including Museums and Galleries…, aim to broaden…".)
    const predicate = (at: number): Token | undefined => tokens[predicateAfter(tokens, at)]
    const verbal = (at: number, verb = predicateAfter(tokens, at)): boolean => ['AUX', 'VERB'].includes(tokens[verb]?.pos ?? '') || (/^(?:aim|seek|want|need|tend|plan|hope|try|fail|intend|attempt|struggle|continue)$/.test(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'to')
    if (isComma(token) && tokens.some((other, at) => at > index + 1 && isComma(other) && verbal(at) && !/ing$/.test(predicate(at)!.lower) && !['and', 'or', 'but'].includes(tokens[at - 1]!.lower))) continue
    // ("…for people who are deaf-blind, having sensory processing disorders, or have hearing impairments": the middle
    // item of a list that ends in ", or" / ", and" after it.)
    if (isComma(token) && participle && !ownObjects && tokens.some((other, at) => at > index + 2 && isComma(other) && ['or', 'and'].includes(tokens[at + 1]?.lower ?? '') && ['VERB', 'AUX', 'ADJ'].includes(tokens[at + 2]?.pos ?? ''))) continue
    const head = tokens.slice(0, index)
    // (Nor where the clause after a semicolon has only begun: "…clouded my opinion of the term; very often, for me at least, its use smacks…", "…where most bug fixes are made; and eventually, when…".)
    const semicolon = semicolons[index]!
    if (semicolon !== -1 && index > semicolon + 1 && onlyOpens(tokens, semicolon + 1, index)) continue
    // ("…split into two categories, which tend towards, whilst not necessarily mapping neatly onto, the above division": a
    // preposition waits for its object past the aside; "…limitations on inclusion – for example, if…": a marker for its example.)
    // (A preposition stranded at the end of its clause, "…an easy trap to step into, especially when…", waits for nothing.)
    const resumes = tokens.findIndex((other, at) => at > index + 1 && isComma(other))
    const object = resumes !== -1 && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON'].includes(tokens[resumes + 1]?.pos ?? '')
    if ((isComma(token) && object && waitingPrepositions.has(head[head.length - 1]?.lower ?? '')) || /\b(?:for example|for instance|e\.g\.?|such as|including|namely)$/i.test(tokensText(head))) continue
    // ("In contrast to raster graphics where color … is explicitly encoded, rendering a pixel… requires…": a fronted phrase
    // alone before the comma; the main clause is what follows it.)
    if (isComma(token) && participle && ['ADP', 'SCONJ'].includes(head[0]!.pos) && !head.some(isComma) && hasFiniteVerb(tokens.slice(index + 2))) continue
    // (Nor after a gerund subject whose verb comes at the end: "Finding an affordable provider with whom you can connect,
    // who is available, and who you can access… is challenging".)
    if (isComma(token) && head[0]!.pos === 'VERB' && /ing$/i.test(head[0]!.value) && ['who', 'which', 'whom', 'and'].includes(next.lower)) continue
    // ("…Malawi, with an immunization rate of 85% for the first dose and just 8% for the second, or Niger, falling from 89%
    // … to 16%": the figures after the last item of a list are that item's, as the first item's were.)
    const lastItem = ['or', 'and'].includes(head.at(-2)?.lower ?? '') && head.at(-1)?.pos === 'PROPN'
    if (lastItem && tokens.slice(index + 1).some((other) => other.pos === 'NUM')) continue
    // "…require that contributors confirm, on click, that…": the verb's object is in the tail; so is a quotation a verb
    // announces by a colon ("…in the mind of Epicharmus when writing: "Drinking leads to…""); not a noun, "…at a time of your choosing".
    const last = head[head.length - 1]!
    if (last.pos === 'VERB' && !/^(?:my|your|his|its|our|their|the|a|an)$/.test(head.at(-2)?.lower ?? '') && (objectClauseVerbs.has(last.lemma) || (token.value === ':' && /^["“‘]/.test(next.value)))) continue
    // (Nor one that ends on ", and looping back to my opening sentence": a gerund tacked on by "and" goes with what it announces.)
    const and = head.findLastIndex(isComma)
    if (token.value === ':' && and > 0 && head[and + 1]?.lower === 'and' && ['VERB', 'NOUN'].includes(head[and + 2]?.pos ?? '') && /ing$/.test(head[and + 2]!.lower) && ['ADV', 'ADP'].includes(head[and + 3]?.pos ?? '') && !hasFiniteVerb(head.slice(and + 2))) continue
    // (Nor a head that leaves its clause without a verb, "I was deeply moved when one of my mentees, Scholastica Urua", nor
    // one that is only the source of the claim, "According to a document referred to as “Lotus Mahal” in the complaints filed".)
    // (A clause's subject after it, not "since 2012", "at once".)
    const subject = (at: number): boolean => ['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ'].includes(head[at]?.pos ?? '') || (head[at]?.pos === 'NUM' && head[at + 1]?.lower === 'of')
    const opened = head.findLastIndex((other, at) => at > 0 && ['when', 'if', 'because', 'while', 'although', 'though', 'since', 'until', 'unless', 'whereas', 'once'].includes(other.lower) && head[at - 1]!.lower !== 'at' && subject(at + 1))
    if ((opened !== -1 && !hasFiniteVerb(head.slice(opened + 1)) && hasFiniteVerb(tokens.slice(index + 1))) || /^according to\b/i.test(tokensText(head.slice(0, 2)).trim())) continue
    if (wordsOf(head) >= 4 && isStatement(head) && !opensAside(head) && !unfinishedRelative(head) && !awaitsClause(head) && !waitsForObject(head)) return head
  }
  return tokens
}

/** Pronouns that open a clause as its subject. */
const personalSubjects = new Set([...personalPronouns, 'there'])
/** Drop a trailing prepositional phrase that names nothing concrete ("…to build tools for everyone"). */
export function dropTrailingPhrase(tokens: Token[]): Token[] {
  const verbs = lastBefore(tokens, isVerb)
  const end = tokens[tokens.length - 1]?.value === '.' ? tokens.length - 1 : tokens.length
  for (let index = end - 2; index >= 3; index--) {
    const token = tokens[index]!
    if (isComma(token) || isDash(token)) break
    // ("Between 5% and 13% of all transgender adults in the United States have been internally displaced | as a
    // consequence of the deluge of anti-trans legislation": where a claim is a figure, the figure is what the slide
    // shows and the cause after it what the speaker says; a claim without one keeps its cause, "The bridge collapsed
    // because of poor maintenance".)
    // (Not the reason a survey's figure gave, which is its finding: "40% of millennials said they have chosen to work for
    // an employer before | because of their strong sustainability performance".)
    const figured = causes.test(tokensText(tokens.slice(index, index + 5))) && tokens.slice(0, index).some((other) => other.pos === 'NUM')
    if (figured && tokens.slice(0, index).some((other) => reports.test(other.lower))) break
    const cause = figured && !tokens.slice(index, end).some((other) => other.pos === 'NUM' || other.pos === 'PROPN')
    // (So does the condition a figure holds under, after it, without a comma: "…between 1000 and 10000 times faster |
    // depending on exactly how you visualize the points"; not a claim's reason, "…at different times depending on travel time".)
    const condition = token.lower === 'depending' && ['on', 'upon'].includes(tokens[index + 1]?.lower ?? '') && tokens.slice(0, index).some((other) => /\d/.test(other.value))
    if (cause || condition) {
      const head = tokens.slice(0, index)
      if (wordsOf(head) >= 5 && isStatement(head)) return head
    }
    // ("…uses it locally | instead of allowing it to be exported to the grid": what is not done, after what is, a long phrase.)
    if (token.lower === 'instead' && tokens[index + 1]?.lower === 'of' && /ing$/.test(tokens[index + 2]?.lower ?? '') && wordsOf(tokens.slice(index, end)) >= 5) {
      const head = tokens.slice(0, index)
      if (wordsOf(head) >= 6 && isStatement(head)) return head
    }
    // (A relative clause is no phrase: "…for the iron-like grip | with which they cling to their hard-won data".)
    if (token.pos !== 'ADP' || !droppablePrepositions.has(token.lower) || ['which', 'whom'].includes(tokens[index + 1]?.lower ?? '') || (token.lower === 'from' && tokens.slice(Math.max(0, index - 8), index).some((other) => /^(?:prevent|stop|keep|prohibit|ban|bar|discourage|deter|block|protect|exempt)/.test(other.lower)))) continue
    // ("…released under a CC BY license": a preposition in capitals is part of a name; so is one in a title named after
    // its noun, "…on the topic Ladies in Science" — not a place after a place, "…the University of Oslo in Norway".)
    const titled = /^\p{Lu}/u.test(tokens[index - 1]!.value) && /^\p{Lu}/u.test(tokens[index + 1]?.value ?? '') && tokens[index - 2]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[index - 2]!.value)
    if (/^\p{Lu}{2,}$/u.test(token.value) || titled) continue
    const phrase = tokens.slice(index, end)
    // (Nor one that runs on into the second of two alike, "…high-certainty[ in a problem and high-agreement]".)
    const compound = tokens[index - 2]?.value === '-' ? tokens[index - 3]?.lower : undefined
    if (compound && phrase.some((other, at) => ['and', 'or'].includes(other.lower) && phrase[at + 1]?.lower === compound && phrase[at + 2]?.value === '-')) continue
    // (Nor one that holds the main clause a "that if…" still waits for: "…a sense that if you shared a dataset | with "a
    // few other researchers" it wasn't such a big deal".)
    const opened = tokens.slice(0, index).some((other, at) => other.lower === 'that' && ['if', 'when', 'once', 'unless', 'because', 'although', 'though', 'while', 'before', 'after'].includes(tokens[at + 1]?.lower ?? ''))
    if (opened && phrase.some((other, at) => at > 1 && personalSubjects.has(other.lower) && ['AUX', 'VERB'].includes(phrase[at + 1]?.pos ?? ''))) continue
    // ("…more urban renters found their current homes through online technology platforms than any other information
    // channel": the second term of a comparison is its point; so is what "the same journey" is told apart by, "…by air".)
    if (phrase.some((other) => other.lower === 'than') || tokens.slice(Math.max(0, index - 3), index).some((other) => other.lower === 'same')) continue
    // "…what The Turing Way is here for!": a stranded preposition has no phrase to drop. ("…faster in the short run but
    // problematic in the long run", "…if replicated on claims data from a different insurer": a contrast is the point.)
    if (phrase.slice(1).every(isPunct) || phrase.some((other, at) => ['but', 'yet', 'another', 'opposite'].includes(other.lower) || (other.lower === 'different' && ['a', 'the'].includes(phrase[at - 1]?.lower ?? '')))) continue
    // "best-in-class solutions": a preposition inside a hyphenated word.
    if ((token.space === '' && tokens[index - 1]?.value === '-') || (tokens[index + 1]?.value === '-' && tokens[index + 1]!.space === '')) continue
    // "…is as smooth and high quality for you as possible": the phrase holds the second "as" of a comparison.
    if (phrase.some((other) => other.lower === 'as') && tokens.slice(0, index).some((other, at) => other.lower === 'as' && ['ADJ', 'ADV'].includes(tokens[at + 1]?.pos ?? ''))) continue
    const before = tokens[index - 1]!
    // ("…intelligible to you six months | from now": a span of time is counted from now, or on, not to be cut from it.)
    if (token.lower === 'from' && ['now', 'today', 'then'].includes(tokens[index + 1]?.lower ?? '') && timeSpan.test(before.lower)) continue
    // ("…to talk through concepts, work | on issues": one word after a comma is an item of a series, not its noun.)
    // (Nor two words after it, a clause spliced on with a comma: "…in order to exist, talent forms[ around it due to…]".)
    if (isComma(tokens[index - 2]) || isComma(tokens[index - 3])) continue
    // "…for people with various skin tones and people with sight loss": the second of two alike, not an extra.
    if (['and', 'or'].includes(tokens[index - 2]?.lower ?? '') && tokens.slice(0, index - 2).some((other, at) => other.lower === token.lower && tokens[at - 1]?.lower === before.lower)) continue
    // (Nor the first of them, with the second inside it.)
    if (phrase.some((other, at) => ['and', 'or'].includes(other.lower) && phrase.slice(at + 1, at + 4).some((later) => later.lower === token.lower))) continue
    // "interested in…", "ripe for…", "but also for…", "perfectly ok with…": the phrase completes what comes before it.
    // ("…than our in-person courses": nor after a determiner or a possessive, whose noun it is.)
    // (Nor after a gerund the tagger read as a noun: "…contributors, each working on different parts of the project".)
    if (isVerb(before) || (/[^n]ing$/.test(before.lower) && before.lower.length > 5 && ['DET', 'PRON', 'ADV'].includes(tokens[index - 2]?.pos ?? '')) || before.lower === 'to' || ['ADP', 'ADJ', 'CCONJ', 'PART', 'DET'].includes(before.pos) || ['our', 'my', 'your', 'their', 'his', 'her', 'its', 'ok', 'okay', 'alright', 'fine'].includes(before.lower) || ['also', 'just', 'only', 'not', 'even', 'both', 'either', 'mainly', 'mostly', 'solely', 'largely', 'primarily', 'purely', 'exclusively', 'entirely', 'partly', 'directly', 'heavily', 'anywhere', 'everywhere', 'nowhere', 'somewhere', 'elsewhere'].includes(before.lower)) continue
    // (Nor the complement of "be" past an adverb: "…a large proportion of mailboxes are now[ in the hands of a handful providers]".)
    if (before.pos === 'ADV' && /^(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|['’]s|['’]re)$/.test(tokens[index - 2]?.lower ?? '')) continue
    const gerund = phrase[1]?.pos === 'VERB' && /ing$/.test(phrase[1].lower)
    // ("It was refreshing to spend a day | with a group of people so excited about the prehistory of the area": a noun that
    // says nothing without its phrase is no place to stop; nor "…the statistical analysis[ on the superiority of…]".)
    if ((emptyNouns.has(before.lower) && ['DET', 'NUM'].includes(tokens[index - 2]?.pos ?? '')) || (topicNouns.has(before.lower) && ['on', 'of', 'about', 'into', 'regarding'].includes(token.lower))) continue
    // (Nor after a relative clause's verb the tagger read as a noun, "…and faculty who work[ with our distinctive
    // collections]", nor a phrase that names something in quotation marks, "…only use breadcrumbs[ on the ‘check your answers’ page]".)
    if ((['who', 'that', 'which'].includes(tokens[index - 2]?.lower ?? '') && tokens[index - 2]!.pos !== 'DET' && ['NOUN', 'VERB'].includes(before.pos)) || phrase.some((other) => /^["“‘]$/.test(other.value))) continue
    // (Nor the second half of "less X… and more Y[ with the things and people that are important to me]".)
    if (['more', 'less', 'fewer'].includes(tokens[index - 2]?.lower ?? '') && tokens.slice(0, index - 2).some((other) => ['more', 'less', 'fewer'].includes(other.lower) && other.lower !== tokens[index - 2]!.lower)) continue
    // (Nor a preposition and its pronoun, a verb's complement: "…and we see ourselves[ in it]".)
    if (phrase.filter((other) => !isPunct(other)).length === 2 && phrase[1]?.pos === 'PRON') continue
    // (Nor the manner a negation holds for: "…never makes it to the output of the OTP controller[ in an unscrambled form]"
    // had said the key never leaves, which it does, scrambled.)
    if (/^(?:in|as) (?:an? |the )?(?:[\w-]+ )?(?:form|state|format|mode|manner|way|version)\b/i.test(tokensText(phrase).trim()) && tokens.slice(0, index).some((other) => ['not', "n't", 'never', 'no', 'nothing', 'none', 'neither', 'nor'].includes(other.lower))) continue
    // (Nor the case a claim holds in: "…only offer O(1) behavior[ on the average case]" had said O(1) always.)
    if (caseQualifier.test(tokensText(phrase).trim())) continue
    // (Nor the event a span of time is counted from: "…in the 20 years[ after release]".)
    if (timeSpan.test(before.lower) && (tokens[index - 2]?.pos === 'NUM' || /^\d/.test(tokens[index - 2]?.value ?? ''))) continue
    // (Nor "goes a long way[ at demonstrating the student's potential]": how far is towards what; nor "stay away[ from…]".)
    if ((before.lower === 'way' && tokens[index - 2]?.lower === 'long') || (['away', 'far'].includes(before.lower) && token.lower === 'from')) continue
    // (Nor where "make it" gets to: "…they make it safely[ through the mindless criticism…]".)
    const made = before.lower === 'it' ? 2 : before.pos === 'ADV' && tokens[index - 2]?.lower === 'it' ? 3 : 0
    if (made > 0 && /^(?:make|makes|made|making)$/.test(tokens[index - made]?.lower ?? '')) continue
    // (Nor one whose noun or gerund takes it: "…his friends' role[ in a local debate…]", "…the marginal effect of a change[ in
    // student population…]", "…the smallest baby step[ in the direction of risk-aversion]", "…calculate R_0 accounting[ for
    // network effects]".)
    // (Also after a preposition, a gerund of six letters too: "…manipulate the Menominee into voting[ for termination]".)
    // (Nor a noun's gerund phrase: "…there would be no problem[ in including all records]".)
    if (gerund && gerundNouns.has(before.lower) && ['in', 'with', 'at'].includes(token.lower)) continue
    const afterPreposition = tokens[index - 2]?.pos === 'ADP'
    if (takesPhrase.has(before.lower) || (/[^n]ing$/.test(before.lower) && (afterPreposition ? before.lower.length >= 6 : before.lower.length > 6 && !['DET', 'ADJ'].includes(tokens[index - 2]?.pos ?? '')))) continue
    // (Nor after a verb joined to a verb, however the tagger reads it: "…began to advocate and rally[ in favor of black pride]".)
    if (['and', 'or'].includes(tokens[index - 2]?.lower ?? '') && isVerb(tokens[index - 3] ?? before) && !/(?:ed|ing)$/.test(tokens[index - 3]?.lower ?? '')) continue
    // ("…a feature of modern Ukrainian that distinguishes it | from neighboring languages": after a pronoun object the
    // phrase is what the verb does to it.)
    // (So after "the two" standing for what was named before: "…enclosed the two | within the same prohibitive walls".)
    const standsIn = ['two', 'three', 'both'].includes(before.lower) && tokens[index - 2]?.lower === 'the'
    if ((['it', 'them', 'him', 'her', 'us', 'me', 'you'].includes(before.lower) || standsIn) && isVerb(tokens[index - (standsIn ? 3 : 2)] ?? before)) continue
    // "…build apps without writing code": a "without" doing something is the point; so is "prevent them from responding".
    // (Any "without" turns the claim: "…useful for individuals who are approaching a set of texts without a particular
    // research question in mind" says the opposite without it.)
    if (token.lower === 'without' || (token.lower === 'from' && gerund)) continue
    // ("…seem to place other countries | on a linear progressive timeline": where a verb puts its object is its complement.)
    // (A verb, not a participle describing a noun: "…focused community input on existing…" is no placing.)
    // (So is the preposition a verb takes with its object: "…use the software to sell the public | on existing plans".)
    // (However long its object: "…an app that puts information from our reports on global child labor issues | in the palm of your hand".)
    const verb = tokens.slice(Math.max(0, index - 10), index).findLast((other) => isVerb(other))
    // (However long the object between: "…banned the US Census Bureau (Census) and the Bureau of Economic Analysis (BEA) | from certain…".)
    const taker = verbs[index]!
    if (taker >= 0 && index - taker > 4 && index - taker <= 30 && verbPrepositions[tokens[taker]!.lemma]?.includes(token.lower) && (!/ing$/.test(tokens[taker]!.lower) || tokens[taker - 1]?.pos === 'AUX') && !tokens.slice(taker + 1, index).some((other) => isComma(other) || other.pos === 'SCONJ' || ['that', 'which', 'who'].includes(other.lower))) continue
    // (A participle too when its object stands between: "…, placing the U.S.[ on the path to…]".)
    if (tokens.slice(Math.max(0, index - 4), index).some((other, at, near) => isVerb(other) && (placingVerbs.has(other.lemma) || verbPrepositions[other.lemma]?.includes(token.lower)) && (!/(?:ed|ing)$/.test(other.lower) || (/ing$/.test(other.lower) && at < near.length - 1))) || (verb && ['put', 'place'].includes(verb.lemma) && !/(?:ed|ing)$/.test(verb.lower) && ['in', 'on', 'into', 'onto'].includes(token.lower))) continue
    // An idiom ends its clause ("…with a question in mind", "…none at all"); another takes its phrase ("…coming to terms | with…").
    // (And one that names who does it: "…suffer in chaos | at the hands of those who profit from their instability".)
    // (Nor "in terms of…", the frame of a claim: "…doesn't make sense to talk about cases[ in terms of a single method]".)
    // (Nor the object of an idiom before it: "…is much in line | with the spirit of the refashioners".)
    const idiomObject = /^(?:in (?:line|keeping|accordance|contrast|comparison|relation|response|addition|favou?r|charge|front|spite|search|step|touch|tune) |on top |out of (?:step|touch|line) )$/i.test(`${tokens[index - 2]?.lower ?? ''} ${before.lower} `)
    if (idiomObject || idioms.has(phrase.filter((other) => !isPunct(other)).map((other) => other.lower).join(' ')) || (token.lower === 'with' && before.lower === 'terms' && tokens[index - 2]?.lower === 'to') || /^(?:at the (?:hands|expense|cost|mercy) of|on behalf of|in the name of|in terms of)\b/i.test(tokensText(phrase.slice(0, 5)))) continue
    // ("…for publicly released data": a participle before its noun is an adjective.)
    const verbAt = (at: number): boolean => isVerb(phrase[at]!) && !['DET', 'ADJ', 'PRON'].includes(phrase[at - 1]?.pos ?? '') && !(/ed$/.test(phrase[at]!.lower) && ['NOUN', 'PROPN'].includes(phrase[at + 1]?.pos ?? ''))
    // (But a country after the place in it is no new name: "…at the University of Oslo in Norway".)
    const placeInPlace = token.lower === 'in' && before.pos === 'PROPN' && phrase.length <= 4 && phrase.slice(1).every((other) => isPunct(other) || other.pos === 'PROPN')
    if (!placeInPlace && phrase.slice(1).some((other, at) => other.entity || other.pos === 'PROPN' || other.pos === 'NUM' || (verbAt(at + 1) && !gerund))) continue
    // "…distribute traffic to replicas with the smallest number of outstanding requests": a superlative or comparison is the point.
    // (So is the measure a phrase sets: "…wages | at market levels".)
    if (phrase.slice(1).some((other) => /^(?:most|least|fewest|fewer|less|more|best|worst|lowest|highest|levels?|rates?|prices?)$/.test(other.lower) || (other.pos === 'ADJ' && /[^t]est$/.test(other.lower)))) continue
    const head = tokens.slice(0, index)
    // ("…a clear correlation between increased clicks on answers and a decrease | in email submissions": the second of
    // "between X and Y" is a bare noun without its phrase.) (Nor a "between X" still waiting for its "and Y".)
    const between = head.findLastIndex((other) => other.lower === 'between')
    const and = head.findLastIndex((other) => other.lower === 'and')
    if (token.lower === 'between' || (between !== -1 && (and < between || and >= head.length - 3))) continue
    // (Nor a "both for X" still waiting for its "and for Y": "…a key consideration in planning, both for travel time[ from
    // staff home…] and for travel between…".)
    const both = head.findLastIndex((other) => ['both', 'either', 'neither'].includes(other.lower))
    if (both !== -1 && !head.slice(both).some((other) => ['and', 'or', 'nor'].includes(other.lower))) continue
    if (wordsOf(head) >= 5 && isStatement(head)) return head
  }
  return tokens
}

/** For each position, the index of the last token before it that `test` holds for (-1 for none): one pass, where a look back from every comma of a long line had been quadratic. */
function lastBefore(tokens: readonly Token[], test: (token: Token) => boolean): Int32Array {
  const found = new Int32Array(tokens.length + 1).fill(-1)
  for (let index = 0; index < tokens.length; index++) found[index + 1] = test(tokens[index]!) ? index : found[index]!
  return found
}

/** Whether the tokens from `start` up to `end` only open a clause (adverbs, conjunctions, punctuation): "; very often", "; and eventually". */
function onlyOpens(tokens: readonly Token[], start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!(tokens[at]!.pos === 'ADV' || tokens[at]!.pos === 'CCONJ' || isPunct(tokens[at]!))) return false
  return true
}

/**
 * Drop the second of two "that" clauses one verb takes: "I realised that the preview supports only HD, and that if you
 * re-open the saved project in a new session all layers are then shown on top of each other" → "I realised that the
 * preview supports only HD" (the first is a claim whole; the second goes to the notes).
 *
 * @param tokens The sentence.
 * @returns The sentence without its second clause, or as it was.
 */
export function dropSecondThat(tokens: Token[]): Token[] {
  const first = tokens.findIndex((token, at) => token.lower === 'that' && at > 0 && isVerb(tokens[at - 1]!) && objectClauseVerbs.has(tokens[at - 1]!.lemma.toLowerCase()))
  const second = first === -1 ? -1 : tokens.findIndex((token, at) => at > first + 3 && token.lower === 'and' && tokens[at + 1]?.lower === 'that')
  if (second === -1) return tokens
  const head = tokens.slice(0, isComma(tokens[second - 1]) ? second - 1 : second)
  return wordsOf(head) >= 6 && isStatement(head) && !insideBrackets(head) && !insideQuotation(head) ? head : tokens
}
