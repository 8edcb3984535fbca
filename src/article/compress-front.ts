/**
 * The cuts at the front of a sentence: connectives, fillers, a lead-in before a colon, a fronted clause or phrase (with its referent brought into the main clause); asides in brackets and dashes are `compress-brackets.ts`'s.
 */
import { tokensText, type Token } from './nlp.js'
import { isExpletive } from './leaning.js'
import { capitalise, conditionPrepositions, conditions, hasFiniteVerb, isComma, isDash, isPunct, isStatement, isVerb, pronounSubjects, startsClause, startsImperative, subordinatorLength, temporal, withoutLeadingSpace, wordsOf } from './clause-grammar.js'
import { bareConnectives, commaConnectives, concessive, examples, fillerPhrases, fillers, hedge, hedgingCondition } from './compress-words.js'
import { colonInName, insideBrackets, insideCode, insideQuotation } from './quotations.js'
import { clauseSubject } from './clause-subject.js'
import { opensWithReason } from './head-checks.js'

/** The statement after a lead-in and its colon ("One point to note, since people are confused by this: feature freeze only affects new functionality") when what comes before the colon is no clause of its own. */
export function afterLeadIn(tokens: Token[]): Token[] {
  // (Nor a colon inside a quoted title: "…the report 'Gap to Gateway: diversity in tech as the key to the future' for which…".)
  const quoted = (head: readonly Token[]): boolean => insideQuotation(head) || head.findLastIndex((token) => ["'", '‘'].includes(token.value) && token.space !== '') > head.findLastIndex((token) => ["'", '’'].includes(token.value) && token.space === '')
  const colon = tokens.findIndex((token, index) => index >= 2 && token.value === ':' && !colonInName(tokens, index) && !insideBrackets(tokens.slice(0, index)) && !insideCode(tokens.slice(0, index)) && !quoted(tokens.slice(0, index)))
  if (colon === -1) return tokens
  const head = tokens.slice(0, colon)
  const tail = tokens.slice(colon + 1)
  // "In such a system, pulling would be problematic: the service would have to buffer…": the head is the claim.
  const unfronted = dropFronted(head)
  // (Not one that only judges what the colon then says: "The results of the national LGBT survey are incredibly
  // exciting: more than 108,000 people responded…" — the claim is after it.)
  // (A condition and its claim before the colon, "If your project is set up using TypeScript, you can opt into "type checked"
  // lint rules: rules that can pull in type information", too: the head is the claim.)
  const conditioned = /^(?:if|when|unless|once)$/.test(head[0]?.lower ?? '') && head.some((token, at) => token.value === ',' && startsClause(head.slice(at + 1)))
  const clause = (startsClause(head) || (unfronted !== head && startsClause(unfronted)) || conditioned) && !judgesOnly(head)
  if (clause || wordsOf(tail) < 4 || !startsClause(tail)) return tokens
  // "…the course, Section 508: What Is It and Why Is It Important?, to the required…": a title's colon, not a lead-in's.
  if (tail.slice(0, -1).some((token) => token.value === '?' || token.value === '!')) return tokens
  // "…opportunities with LLMs: they may help you…": the pronoun's referent stays behind the colon.
  if (pronounSubjects.has(withoutLeadingSpace(tail)[0]!.lower)) return tokens
  return capitalise(withoutLeadingSpace(tail))
}

/** A clause that only judges what follows it ("The results are incredibly exciting", "The answer was simple"): a subject, "be" and an evaluating adjective, nothing more. */
function judgesOnly(head: readonly Token[]): boolean {
  return /^(?:the|these|those|this|that|our|its|their|his|her|my) [^,;:()]{1,60}? (?:is|are|was|were) (?:(?:also|very|really|so|quite|rather|absolutely|pretty|incredibly|truly|genuinely|deeply|equally|particularly) )?(?:exciting|shocking|striking|remarkable|stark|clear|simple|sobering|telling|impressive|staggering|encouraging|worrying|alarming|startling|surprising|fascinating|stunning|dramatic|astonishing|revealing)$/i.test(tokensText(head).trim())
}

/** Drop a connective that opens the sentence ("However,", "In fact,", "But"). */
export function dropConnective(tokens: Token[]): Token[] {
  for (let length = 6; length >= 1; length--) {
    const phrase = tokens.slice(0, length).map((token) => token.lower).join(' ')
    // ("Put otherwise: my previous refactoring method was…": a colon after it too.)
    // (Not a one-word label, "Now: Lesson contributions will…", set against a "Before:".)
    // ("By comparison we have been moving at an almost glacial pace": a comparison's link needs no comma to lean back.)
    const unmarked = length === 2 && /^(?:by|in) (?:comparison|contrast)$/.test(phrase) && startsClause(tokens.slice(length))
    if (commaConnectives.has(phrase) && (isComma(tokens[length]) || (tokens[length]?.value === ':' && length >= 2) || unmarked)) {
      const rest = tokens.slice(unmarked ? length : length + 1)
      const bare = withoutLeadingSpace(rest)
      const imperative = startsImperative(bare) || (bare[0]?.lower === 'do' && ["n't", 'not'].includes(bare[1]?.lower ?? ''))
      if (wordsOf(rest) >= 3 && (opensSentence(rest) || imperative)) return capitalise(bare)
    }
  }
  // ("Or worse, you didn't lay down…", "Or to rephrase it, …": "Or" with the phrase its comma ends, the rest a sentence.)
  const orComma = tokens[0]?.lower === 'or' ? tokens.findIndex((token, at) => at >= 2 && at <= 5 && isComma(token) && wordsOf(tokens.slice(at + 1)) >= 3 && opensSentence(tokens.slice(at + 1))) : -1
  // (A comparative alone keeps its comma: "Or worse, you didn't…" → "Worse, you didn't…".)
  if (orComma !== -1) return capitalise(withoutLeadingSpace(orComma === 2 && ['ADJ', 'ADV'].includes(tokens[1]!.pos) ? tokens.slice(1) : tokens.slice(orComma + 1)))
  // ("So far we have…", "So much of…", "Then again": a phrase, not a link; "But, when Japan-related questions came up, I was
  // able to…" with its comma; "However the dollar value…" without, not "However hard we try…"; a "For" that gives a reason.)
  if ((bareConnectives.has(tokens[0]?.lower ?? '') || opensWithReason(tokens)) && !['far', 'much', 'many', 'long', 'again'].includes(tokens[1]?.lower ?? '') && !(tokens[0]!.lower === 'however' && ['ADJ', 'ADV'].includes(tokens[1]?.pos ?? ''))) {
    let rest = tokens.slice(isComma(tokens[1]) && tokens[1]!.value === ',' ? 2 : 1)
    for (let length = 3; length >= 1; length--) {
      const phrase = rest.slice(0, length).map((token) => token.lower).join(' ') // "And of course it gave us…": a second connective.
      if (commaConnectives.has(phrase) && startsClause(rest.slice(length))) {
        rest = rest.slice(length)
        break
      }
    }
    // (Not before a verb it inverts: "Then will come the careful practice of pedals" is no "Will come…".)
    if (wordsOf(rest) >= 3 && (opensSentence(rest) || isVerb(rest[0]!)) && !(rest[0]!.pos === 'AUX' && rest[1]?.pos === 'VERB')) return capitalise(withoutLeadingSpace(rest))
  }
  return tokens
}

/** Whether what follows a dropped connective opens a sentence: a clause, a fronted clause, or a fronted phrase before one. */
function opensSentence(rest: readonly Token[]): boolean {
  // ("That said, being a large open source project means…", "And unlike Envoy, Linkerd2-proxy is…": a gerund's clause, a fronted phrase the fronted-phrase cut does not know.)
  return startsClause(rest) || subordinatorLength(rest) > 0 || dropFronted(withoutLeadingSpace([...rest])).length < rest.length || isStatement(withoutLeadingSpace([...rest]))
}

/** Nouns of a span of time, which a fronted noun phrase names when it says when ("The next day,", "A few weeks later,"). */
const timeNouns = /^(?:day|days|week|weeks|month|months|year|years|time|times|morning|evening|night|afternoon|moment|decade|century|season|summer|winter|spring|autumn|fall|weekend)$/i

/** Drop fillers ("really", "basically") and filler phrases ("in practice", "around the world"). */
export function dropFillers(tokens: Token[]): Token[] {
  let out = tokens.filter((token, index) => {
    // ("The Playdate SDK is really, really good": the comma of a doubled filler goes with it.)
    if (isComma(token) && fillers.has(tokens[index - 1]?.lower ?? '') && tokens[index + 1]?.lower === tokens[index - 1]!.lower) return false
    if (!fillers.has(token.lower) || token.pos !== 'ADV') return true
    // ("a very informal process": without the filler, "a" would stand before a vowel.)
    if (['a', 'an'].includes(tokens[index - 1]?.lower ?? '')) return true
    // ("Very high risk (VHR) breast screening is…": opening a noun phrase, the word is part of a term.)
    if (index === 0 && tokens[1]?.pos === 'ADJ') return true
    // "also" goes after an auxiliary ("can also be caught" → "can be caught") or before one ("We also have brought…");
    // before a bare verb the tagger may read the verb as a noun once it is gone ("Some maintainers use…").
    if (token.lower === 'also' && tokens[index - 1]?.pos !== 'AUX' && tokens[index + 1]?.pos !== 'AUX') return true
    // Keep "not really", "very" before a number, a filler next to another adverb ("almost certainly"), in a condition
    // ("Unless absolutely required, avoid…") or after a dash that sets off its phrase ("…way out there—basically crazy").
    const previous = tokens[index - 1]
    if (['unless', 'if', 'only', 'when'].includes(previous?.lower ?? '') || (isDash(previous) && token.space === '')) return true
    // ("I don't think they were simply nice" is no "…they were nice": under a negation "simply" is what is denied.)
    if (token.lower === 'simply' && tokens.slice(Math.max(0, index - 6), index).some((other) => /^(?:not|n['’]t|never|no)$/.test(other.lower))) return true
    // ("it's very, and I stress very, US-centric": a filler stressed again in an aside is the point; without it, "it's, and I stress, US-centric".)
    const doubled = tokens[index + 2]?.lower === token.lower || tokens[index - 2]?.lower === token.lower
    const again = tokens.flatMap((other, at) => (Math.abs(at - index) > 2 && other.lower === token.lower ? [at] : []))
    if (!doubled && again.length > 0 && (isComma(tokens[index + 1]) || again.some((at) => isComma(tokens[at + 1])))) return true
    // ("…but also Y" answers a "not only X"; "I did, very much!" is no "I did, much!", "I am very much not an embedded person" no "much not".)
    return previous?.lower === 'not' || previous?.pos === 'ADV' || tokens[index + 1]?.pos === 'NUM' || tokens[index + 1]?.pos === 'ADV' || (tokens[index + 1]?.lower === 'much' && (isComma(previous) || tokens[index + 2]?.lower === 'not')) || (token.lower === 'also' && previous?.lower === 'but')
  })
  // "Essentially, with a permissive license…": the filler's comma goes with it.
  if (out.length < tokens.length && isComma(out[0])) out = capitalise(withoutLeadingSpace(out.slice(1)))
  // (So after a label's colon: "A: Actually, I have no idea" is no "A:, I have no idea".)
  if (out.length < tokens.length) out = out.filter((token, index) => !(isComma(token) && out[index - 1]?.value === ':' && !tokens.some((other, at) => other === token && tokens[at - 1]?.value === ':')))
  // ("…Parquet files (really) quickly": the brackets go with the filler they held.)
  if (out.length < tokens.length) out = out.filter((token, index) => !((token.value === '(' && out[index + 1]?.value === ')' && token.space !== '') || (token.value === ')' && out[index - 1]?.value === '(' && out[index - 1]!.space !== '')))
  // (Only phrases whose words are all in the sentence: dropping tokens never brings a word in.)
  const present = new Set(out.map((token) => token.lower))
  for (const phrase of fillerPhrases) {
    if (!phrase.every((word) => present.has(word))) continue
    for (let start = 1; start + phrase.length <= out.length; start++) {
      if (phrase.every((word, offset) => out[start + offset]!.lower === word)) {
        // Only a phrase set off by a comma or ending the sentence ("as well" in "as well as" stays), or a "…the world".
        const after = out[start + phrase.length]
        if (after?.lower === 'as' && phrase.join(' ') === 'as well') continue
        // ("…organizations from all over the world to join us", "…the needs of today": not after a preposition, whose object it
        // is, or a verb of spreading, "…we are spread all over the world"; nor after a conjunction: "…Tukano, Dessano and
        // Tuyuka but in particular, the first one" is no "…but the first one".)
        // (Nor the place a superlative or "anywhere" ranges over: "the largest national survey of its kind anywhere in the world".)
        // (Nor a "World" that opens a name: "…available in the World Geodetic System (WGS84)…".)
        const ranged = phrase.at(-1) === 'world' && ((/^\p{Lu}/u.test(out[start + phrase.length - 1]!.value) && /^\p{Lu}/u.test(after?.value ?? '')) || /^(?:any|every|no|some)where$/.test(out[start - 1]!.lower) || out.slice(Math.max(0, start - 8), start).some((token) => token.lower === 'most' || (token.pos === 'ADJ' && /[^e]est$/.test(token.lower))))
        if (ranged || out[start - 1]!.pos === 'ADP' || ['but', 'and', 'or', 'yet'].includes(out[start - 1]!.lower) || /^(?:spread|scattered|distributed|dispersed|based|located|travel(?:l?ed|s)?|flock(?:ed|s)?)$/.test(out[start - 1]!.lower) || !(isComma(out[start - 1]) || after === undefined || isPunct(after) || phrase[phrase.length - 1] === 'world')) continue
        let end = start + phrase.length
        let from = start
        // "…why the project is being discontinued, for example, due to budget constraints, changing business priorities, or
        // technical challenges": the examples go with their marker, else the first one reads as the only reason.
        // (Not when they complete what comes before: "…engaged in policy making through, for example, agenda-setting…".)
        // (Nor after a modal, whose verb follows: "…where students can, for example, author complete computational essays".)
        // (Nor after "it" and an adjective, which wait for their "for…to…": "Traditional practices make it difficult, for
        // example, for someone from far away to understand…".)
        const completes = ['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX'].includes(out[from - 2]?.pos ?? '') || (out[from - 2]?.pos === 'ADJ' && out[from - 3]?.lower === 'it')
        if (examples.has(phrase.join(' ')) && !completes && isComma(out[from - 1]) && isComma(out[end]) && !hasFiniteVerb(out.slice(end + 1)) && wordsOf(out.slice(0, from - 1)) >= 4) {
          out = [...out.slice(0, from - 1), ...out.slice(out.length - 1).filter((token) => token.value === '.')]
          break
        }
        // Take a comma around the phrase along.
        // "This affects, in particular, those who…": both commas of a phrase set off inside a clause go.
        // (After a fronted clause or phrase one comma stays: "When designing constructors, for example, prefer…".)
        const fronted = (subordinatorLength(out) > 0 || out[0]!.pos === 'ADP') && !hasFiniteVerb(out.slice(0, from - 1))
        if (isComma(out[from - 1]) && isComma(out[end]) && out[from - 1]!.value === ',' && out[end]!.value === ',') {
          from--
          if (!fronted) end++
        } else if (isComma(out[from - 1]) && (isComma(out[end]) || out[end]?.value === '.')) from--
        // "…and in practice, we…": the comma after goes too; "…tweaked over time, initial measurements…" keeps the comma that closes its clause.
        else if (isComma(out[end]) && (from === 0 || ['CCONJ', 'SCONJ'].includes(out[from - 1]!.pos))) end++
        else if (isComma(out[end])) continue
        const next = [...out.slice(0, from), ...out.slice(end)]
        if (wordsOf(next) >= 4) out = next
        break
      }
    }
  }
  // ("Publishers and infrastructure providers on the other hand need to…", "Funders … on the one hand need to…": a marker between the subject and its verb, commas or not.)
  const marker = out.findIndex((token, at) => at > 1 && token.lower === 'on' && out[at + 1]?.lower === 'the' && ['other', 'one'].includes(out[at + 2]?.lower ?? '') && out[at + 3]?.lower === 'hand' && ['NOUN', 'PROPN', 'PRON'].includes(out[at - 1]!.pos) && ['VERB', 'AUX'].includes(out[at + 4]?.pos ?? ''))
  if (marker !== -1) out = [...out.slice(0, marker), ...out.slice(marker + 4)]
  return out
}

/** The subject of a clause that a pronoun opening the next one stands for, as written ("At its core, htmx solves…: it adds…" → "htmx"), when their number agrees. */
export function pronounReferent(pronoun: string, clause: Token[]): Token[] | undefined {
  const unfronted = dropFronted(clause)
  const subject = clauseSubject(unfronted)
  if (!subject || !agrees(pronoun, subject)) return undefined
  const start = clause.length - unfronted.length
  return clause.slice(start, start + subject.length)
}

/** Whether a pronoun (`they`, `it`, `he`, `she`) can stand for a noun phrase: number, and a name for a person. */
function agrees(pronoun: string, phrase: readonly Token[]): boolean {
  // The head of a compound is its last noun ("the community forum events": plural).
  const isNoun = (token: Token | undefined): boolean => token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN')
  let at = phrase.findIndex(isNoun)
  if (at === -1) return false
  while (isNoun(phrase[at + 1])) at++
  const head = phrase[at]!
  // (An initialism's plural is a name's: "AANAPISIs", "HBCUs".)
  const plural = phrase.some((token) => token.pos === 'CCONJ' || token.value === ',') || (/[^s]s$/.test(head.lower) && head.pos === 'NOUN') || /^\p{Lu}{2,}s$/u.test(head.value)
  if (pronoun === 'they') return plural
  if (pronoun === 'it') return !plural
  return false
}

/**
 * Drop a fronted clause or phrase ("When X happens, …", "By doing X, …",
 * "In most cases, …") when a main clause follows its comma. A pronoun subject
 * of the main clause ("they") is replaced by the fronted clause's subject.
 */
export function dropFronted(tokens: Token[]): Token[] {
  // A condition is part of the claim ("If the item has no submenu, we treat it like a click"), and so is a hedge
  // ("On average, you are guaranteed…": without it the claim says more than the author did) or a time in the past.
  // ("Whether we're composing X, or placing Y, all the sounds combine…": a claim that holds either way is no condition.)
  const eitherWay = tokens[0]?.lower === 'whether' && tokens.some((token, index) => token.lower === 'or' && isComma(tokens[index - 1]))
  // ("If I do a quick headcount of just the Australians, I count 6 …": the writer's own way of looking, no condition; nor "If the trend holds,", a hedge.)
  const procedure = (tokens[0]?.lower === 'if' && ['i', 'we'].includes(tokens[1]?.lower ?? '') && /^(?:do|take|look|count|check|add|compare|search|ask)$/.test(tokens[2]?.lower ?? '')) || hedgingCondition.test(tokensText(tokens.slice(0, 8)))
  // (So is a "without": "Without the subsidy, the council estimates 40%…", and a "depending on": "…, your rights may vary".)
  if ((conditions.has(tokens[0]?.lower ?? '') && !eitherWay && !procedure) || conditionPrepositions.has(tokens[0]?.lower ?? '') || (tokens[0]?.lower === 'depending' && ['on', 'upon'].includes(tokens[1]?.lower ?? ''))) return tokens
  // (Nor how often it holds: "Occasionally, however, we manage to find a way to push through" said the opposite without it;
  // nor the case it holds in, "Otherwise, the methods won't belong to the class…".)
  if (hedge.test(tokensText(tokens.slice(0, 4))) || /^(?:in the (?:distant |recent )?past|in an? (?:ideal|perfect|better) world|in theory|in principle|on paper|historically|formerly|back then|at (?:that|the) time|in those days|once upon|occasionally|sometimes|at times|rarely|seldom|often|usually|frequently|now and then|once in a while|every so often|every now and then|otherwise|if not|if so|or else)\b/i.test(tokensText(tokens.slice(0, 5)))) return tokens
  // (Nor the point in time a claim holds until: "Before 0.32.1, Falco could not work with gVisor monitored sandboxes" said the opposite without it.)
  const firstComma = tokens.findIndex((token) => token.value === ',')
  if (/^(?:before|prior to|until|till)$/i.test(tokensText(tokens.slice(0, tokens[0]?.lower === 'before' ? 1 : 2))) && firstComma > 1 && firstComma <= 6 && !tokens.slice(0, firstComma).some((token) => isVerb(token))) return tokens
  // ("Where an organization has the choice between X and Y, large organizations err on the side of…": a fronted "where"
  // clause sets the scene as "when" does; not "Where a URL maps to can change…", a subject, with no comma after it.)
  const sub = subordinatorLength(tokens) || (tokens[0]?.lower === 'where' && tokens.slice(3).some(isComma) && !/\?\s*$/.test(tokensText(tokens)) ? 1 : 0)
  const first = tokens[0]
  if (!first) return tokens
  // ("When digitising you should assign institutionally unique identifiers…": a gerund after "when" without its comma, then the clause's own subject.)
  if (['when', 'while', 'whilst'].includes(first.lower) && tokens[1]?.pos === 'VERB' && /ing$/.test(tokens[1].lower) && ['you', 'we', 'they', 'i'].includes(tokens[2]?.lower ?? '') && ['AUX', 'VERB'].includes(tokens[3]?.pos ?? '')) return capitalise(withoutLeadingSpace(tokens.slice(2)))
  // ("Instead of trying to convince other stakeholders…, it is better to empower…": its preposition is two words.)
  const gerundPhrase = (first.pos === 'ADP' && tokens[1]?.pos === 'VERB' && /ing$/.test(tokens[1].lower)) || (first.lower === 'instead' && tokens[1]?.lower === 'of' && /ing$/.test(tokens[2]?.lower ?? ''))
  // ("Built on other tools in this list, Orkestra adds…": an irregular participle; "Respecting human behavior is key to…,
  // so we stripped away…": not a gerund with its verb, the subject of a clause.)
  // ("Knowing when, and consequently in what order, decisions were made… is vital": a gerund and its question are the subject.)
  const gerundSubject = /ing$/.test(first.lower) && ['when', 'how', 'what', 'which', 'whether', 'who', 'where', 'why'].includes(tokens[1]?.lower ?? '')
  // ("Said large corporations took a different stance…": "said" before its noun points back, as "these" does; no participle.)
  const pointing = first.lower === 'said' && ['ADJ', 'NOUN'].includes(tokens[1]?.pos ?? '')
  // ("Building off our experience and feedback from previous events, this year we tried…": a participle the tagger reads as
  // a noun before its preposition, no verb until the comma, a clause after it.)
  const nounParticiple = first.pos === 'NOUN' && /^\p{Lu}\p{Ll}+ing$/u.test(first.value) && tokens[1]?.pos === 'ADP' && firstComma > 2 && !hasFiniteVerb(tokens.slice(0, firstComma)) && startsClause(withoutLeadingSpace(tokens.slice(firstComma + 1)))
  const participle = nounParticiple || (first.pos === 'VERB' && !gerundSubject && !pointing && (/(?:ing|ed|en)$/.test(first.lower) || (first.lemma !== first.lower && !/s$/.test(first.lower))) && !(/ing$/.test(first.lower) && !/^(?:according|depending|regarding|including|considering|concerning|following|excluding)$/.test(first.lower) && startsClause(tokens)))
  // A fronted phrase: "In most cases,", "Certainly not a new concept," (no verb of its own).
  const phrase = (['ADP', 'ADV', 'PART', 'DET', 'ADJ'].includes(first.pos) || first.lower === 'not') && sub === 0 && !gerundPhrase
  if (sub === 0 && !gerundPhrase && !participle && !phrase) return tokens
  // ("The tanker, gross tonnage around 1,150 and loaded with crude palm oil, had over ten crewmembers": a noun with its
  // article before an aside is the subject, not a fronted phrase; "The next day," is a time.)
  if (first.pos === 'DET' && firstComma > 1 && firstComma <= 4 && tokens.slice(1, firstComma).every((token) => ['NOUN', 'PROPN', 'ADJ'].includes(token.pos)) && !tokens.slice(1, firstComma).some((token) => (timeNouns.test(token.lower) || /^(?:end|rest)$/i.test(token.lower)))) return tokens
  // ("The separation of data loading, transformation and encoding makes…": a noun phrase with its article before a comma is
  // the subject's first item, unless it says when, "The next day,", "A few weeks later,".)
  if (first.pos === 'DET' && firstComma > 2 && !tokens.slice(0, firstComma).some((token) => token.entity === 'DATE' || token.entity === 'DURATION' || (timeNouns.test(token.lower) || /^(?:later|earlier|ago|before|after|case|cases|way|end|meantime|meanwhile|past|future|beginning|start|first|second|other|following|same)$/i.test(token.lower))) && /^(?:the|a|an)$/i.test(first.lower)) return tokens
  // "For beers and sodas, the tax is applied to the selling price…": a phrase that limits whom the claim is about is part
  // of it (without it the claim was about every sale); not "For example,", "For now,", "For years,".
  // A short cause is part of the claim ("As a result of drug resistance, antibiotics … become ineffective"); a long one is a reason.
  if (firstComma > 0 && firstComma <= 6 && /^(?:because of|due to|thanks to|owing to|as a result of)\s+(?!this\b|that\b|these\b|those\b|it\b)/i.test(tokensText(tokens.slice(0, firstComma)))) return tokens
  if (first.lower === 'for' && firstComma > 1 && firstComma <= 8 && !tokens.slice(1, firstComma).some((token) => isVerb(token)) && tokens.slice(1, firstComma).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN') && !/^for (?:this|that|these|those|our|my|your|example|instance|now|years|decades|months|weeks|days|a while|a long time|the (?:first|second|last|most|time|moment|record)|this reason|that reason|these reasons|that matter|one thing|starters|all (?:that|this)|good measure|better or worse|sure|what it['’]s worth)\b/i.test(tokensText(tokens.slice(0, firstComma)))) return tokens
  // "Many of these, we've found, have to do with…": a quantity of something is the subject, not a fronted phrase.
  if (phrase && ['many', 'most', 'some', 'all', 'few', 'several', 'each', 'none', 'both', 'much', 'one', 'any'].includes(first.lower) && tokens[1]?.lower === 'of') return tokens
  // "As a team, discuss and reach consensus on…": "as" without a verb is a preposition, and the instruction is the claim.
  if (sub > 0 && first.lower === 'as' && firstComma > 1 && firstComma <= 6 && !tokens.slice(0, firstComma).some((token) => isVerb(token)) && startsImperative(withoutLeadingSpace(tokens.slice(firstComma + 1)))) {
    return capitalise(withoutLeadingSpace(tokens.slice(firstComma + 1)))
  }
  // (A "whether" runs to its ", or": "Whether you’ve just been told you might need surgery, you’re considering a second
  // opinion, or you’re recovering at home; get answers…" had kept its second case as the claim.)
  const either = eitherWay ? tokens.findIndex((token, index) => token.lower === 'or' && isComma(tokens[index - 1])) : -1
  for (let index = 1; index < tokens.length - 3; index++) {
    if (!isComma(tokens[index]) || tokens[index]!.value !== ',' || index < either) continue
    const head = tokens.slice(0, index)
    const tail = tokens.slice(index + 1)
    // (Nor inside a gerund's object glossed after ", or": "Cutting down on zombies, or unused technologies, code that is no
    // longer needed, or data that is redundant streamlines development…" is the subject, no fronted phrase.)
    if (participle && head.some((token, at) => isComma(token) && head[at + 1]?.lower === 'or')) continue
    // (Nor a comma between two of a noun's modifiers: "With all the reflection-based code replaced with optimized, pre-generated
    // unmarshaling code, we can see…" had kept "Pre-generated unmarshaling code, we can see…".)
    const nextComma = tokens.findIndex((other, at) => at > index && isComma(other))
    const modifiers = tokens.slice(index + 1, nextComma)
    if (nextComma !== -1 && modifiers.length <= 5 && /(?:ed|ive|al|ous|ful)$/.test(tokens[index - 1]!.lower) && modifiers.at(-1)?.pos === 'NOUN' && modifiers.slice(0, -1).every((other) => /(?:ed|ing|ive|al)$/.test(other.lower) || other.pos === 'ADJ') && startsClause(withoutLeadingSpace(tokens.slice(nextComma + 1)))) continue
    // (What opens on a subordinator, "…, whilst the babies' remained high", "…, much as home taping had a generation before", is no main clause to keep.)
    if (subordinatorLength(withoutLeadingSpace(tail)) > 0 || /^(?:much|just) as\b/i.test(tokensText(tail.slice(0, 3)))) continue
    // ("After that, Norway, Canada, Ireland and New Zealand ran…": a comma after a list's item is inside the subject.)
    // (Two short names in a row make a list; one after a longer phrase is an appositive: "…at Deis, a small startup, we…".)
    const nominal = (part: readonly Token[]): boolean => part.length > 0 && part.length <= 4 && part.every((token) => ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'].includes(token.pos))
    const previous = head.findLastIndex((token) => isComma(token))
    const before = previous === -1 ? -1 : head.slice(0, previous).findLastIndex((token) => isComma(token))
    if (previous !== -1 && nominal(head.slice(previous + 1)) && nominal(head.slice(before + 1, previous))) continue
    if (phrase && first.pos === 'ADP' && index === firstComma) {
      // "With a task in hand, a general idea of how things functioned, and a clear runway, I was able to…": a fronted
      // phrase that lists its things runs to the comma after its last item ("…, and a clear runway,").
      const last = tokens.findIndex((token, at) => at > index && isComma(token) && tokens[at + 1]?.pos === 'CCONJ')
      const end = last === -1 ? -1 : tokens.findIndex((token, at) => at > last + 1 && isComma(token))
      if (end !== -1 && end <= 40 && !hasFiniteVerb(tokens.slice(last + 2, end)) && startsClause(withoutLeadingSpace(tokens.slice(end + 1))) && subordinatorLength(withoutLeadingSpace(tokens.slice(end + 1))) === 0 && !tokens.slice(0, end).some((token) => token.pos === 'PROPN' || token.pos === 'NUM')) {
        return capitalise(withoutLeadingSpace(tokens.slice(end + 1)))
      }
    }
    // "To make government data truly open, accessible, and inclusive, government agencies need to include their users in
    // the design process": a fronted purpose, however long, is why; the clause after it is the claim.
    if (phrase && first.lower === 'to' && tokens[1]?.pos === 'VERB') {
      // (Not before a thin claim: "To address … concepts that are often not fully understood…, we covered key topics several times".)
      if (startsClause(tail) && !pronounSubjects.has(withoutLeadingSpace(tail)[0]!.lower) && index <= 30 && wordsOf(tail) >= 8) return capitalise(withoutLeadingSpace(tail))
      continue
    }
    if (phrase) {
      // ("Partially because of the inadequacies of its expressways, however, the Windy City's commuter rail… are…": a
      // fronted cause, however long, is the reason the speaker gives for the clause, which is the claim.)
      if (/^(?:\w+ly\s+)?(?:because of|due to|thanks to|owing to|as a result of)\b/i.test(tokensText(head)) && startsClause(tail) && !pronounSubjects.has(withoutLeadingSpace(tail)[0]!.lower) && index <= 30) return capitalise(withoutLeadingSpace(tail))
      // "For every command you type, every word you write, say out loud…": a long fronted phrase before an imperative.
      // (Not after a clause of its own: "In all likelihood your software won't be evaluated at all, let alone by anyone…".)
      if (startsImperative(withoutLeadingSpace(tail)) && first.pos === 'ADP' && index <= 30 && !head.some((token) => token.pos === 'AUX')) return capitalise(withoutLeadingSpace(tail))
      // A short fronted phrase, only when it names nothing concrete ("In 2023," stays).
      // "Besides the fact that Prometheus is…, there are…", "In addition to laying out…, Ptolemy also included…": a concession or an addition.
      if ((concessive.has(first.lower) || /^in addition to$/i.test(tokensText(tokens.slice(0, 3)))) && startsClause(tail) && !pronounSubjects.has(withoutLeadingSpace(tail)[0]!.lower) && index <= 40) return capitalise(withoutLeadingSpace(tail))
      if (head.some((token) => isVerb(token)) && first.pos === 'ADP') continue
      // (A stretch of time before an event of the story, "Just a few weeks before,", names nothing; "For years," and "In
      // the early days," set up a contrast and stay, as does a case set against another's: "In others, the majority…".)
      const relative = /^(?:before|later|earlier|after|afterwards|ago)$/.test(head.at(-1)?.lower ?? '')
      // (Nor does a time told from now, "In this past year,", "Over the last few months,": no date to show.)
      const fromNow = head.some((token) => /^(?:past|recent|coming|few)$/.test(token.lower)) && !head.some((token) => /\d/.test(token.value))
      if (index > 8 || head.some((token) => (token.entity && !(((relative && token.entity === 'DURATION') || (fromNow && ['DATE', 'DURATION'].includes(token.entity))) && !/\d/.test(token.value))) || token.pos === 'PROPN' || token.pos === 'NUM' || isVerb(token)) || hasFiniteVerb(head) || (head.length === 2 && /^(?:others|some|many|most|both|these|those|each)$/.test(head[1]!.lower))) return tokens
    }
    // "If X, then Y": the "then" goes with the condition.
    if (sub > 0 && tail[0]?.lower === 'then') tail.shift()
    // "…of social engineering, exploits in SS7 infrastructure, and SIM-based attacks, the need…": a comma inside a list.
    if (withoutLeadingSpace(tail)[0]?.pos === 'CCONJ') continue
    // ("As a result a lot of folks, including me were forced to…": an example set off inside the subject, not a clause; nor
    // the next of a list of relative clauses: "Finding an affordable provider with whom you can connect, who is available…".)
    if (/^(?:including|especially|particularly|notably|such|like|except|who|whom|whose|which)$/.test(withoutLeadingSpace(tail)[0]?.lower ?? '')) continue
    // (Nor at a comma that ends a quotation: "…, 'it's a very complex phenomenon,' Sippy tells…" is what she said.)
    if (!startsClause(tail) || /^["'”’“‘]/.test(withoutLeadingSpace(tail)[0]?.value ?? '')) continue
    let main = withoutLeadingSpace(tail)
    const subject = main[0]!
    // "When it comes to duplication, …" names a topic, not a time.
    const topic = /^when it comes to\b/.test(tokensText(head).toLowerCase())
    if (temporal.has(first.lower) && !pronounSubjects.has(subject.lower) && !topic) return tokens
    // (Nor one whose object points into it: "When I noticed that a feature I wanted was missing, it seemed like a great
    // opportunity to implement it" — implement what?)
    if (sub > 0 && pronounSubjects.has(subject.lower) && /^(?:it|them)$/i.test(main.filter((token) => !isPunct(token)).at(-1)?.value ?? '') && head.some((token) => token.pos === 'NOUN')) return tokens
    // "…, it's convenient to support one toolchain": an empty "it" stands for nothing in the dropped clause.
    if (subject.lower === 'it' && isExpletive(main)) return capitalise(main)
    // ("As the title suggests, it was a multi-disciplinary thesis": a comment, no referent; the claim goes on.)
    if (subject.lower === 'it' && first.lower === 'as' && /^as (?:the |this |its |our |my |their )?[\w-]+(?: [\w-]+)? (?:suggests?|implies|indicates|shows|says|notes|puts it|reveals)$/i.test(tokensText(head).trim())) return capitalise(main)
    if (pronounSubjects.has(subject.lower) && sub > 0) {
      // (The nearest fronted clause names it: "As the EPA discovered, while the platform … is designed to scale, it…".)
      const nearest = head.findLastIndex((_, at) => at > sub && isComma(head[at - 1]) && subordinatorLength(head.slice(at)) > 0)
      const referent = nearest === -1 ? clauseSubject(head.slice(sub)) : clauseSubject(head.slice(nearest + subordinatorLength(head.slice(nearest))))
      if (!referent) return tokens
      if (!agrees(subject.lower, referent)) return tokens
      // ("When providers … took the time to ask mothers about their mental health…, they were more likely to be correctly
      // diagnosed": "they" may be the mothers; another plural in the clause leaves "they" unresolved, and the sentence whole.)
      // (What the subject owns is not another party: "When organizations … open-source their models, they enable…".)
      const clause = head.slice(sub)
      const owned = (at: number): boolean => ['their', 'its', 'our', 'his', 'her', 'my', 'your'].includes(clause.slice(0, at).findLast((token) => !['ADJ', 'NOUN'].includes(token.pos))?.lower ?? '')
      // (Nor is a whole's part named after "of": "Though AANAPISIs make up a small percentage of U.S. colleges and
      // universities, they enroll…" are the AANAPISIs.)
      const partOf = (at: number): boolean => clause.slice(0, at).findLast((token) => !['ADJ', 'NOUN', 'PROPN', 'DET', 'CCONJ'].includes(token.pos))?.lower === 'of'
      if (subject.lower === 'they' && clause.some((token, at) => !referent.includes(token) && token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && !owned(at) && !partOf(at) && !referent.some((other) => other.lower === token.lower))) return tokens
      // (Not before a contraction: "it's estimated…" would read "The competitor's estimated…", a possessive.)
      if (/^['’](?:s|re|ve|ll|d)$/i.test(main[1]?.value ?? '')) return tokens
      main = [...withoutLeadingSpace(referent.map((token) => ({ ...token }))), ...main.slice(1)]
    } else if (pronounSubjects.has(subject.lower) && (subject.pos === 'PRON' || isVerb(main[1] ?? subject))) {
      // ("this claim runs counter…": "this" is a determiner there, and the claim names itself.)
      return tokens
    }
    // "…, its transitive dependencies are added": the owner was in the dropped clause.
    if (['its', 'their', 'his', 'her'].includes(subject.lower)) return tokens
    return capitalise(main)
  }
  return tokens
}
