/**
 * Closed word classes and the tests of a clause that sentence compression relies on: what is a verb, a statement, a clause's start, a question (which pronouns point back: `clause-reference.ts`; the word counts and punctuation tests of `token-text.ts` are passed on from here).
 */
import type { Token } from './nlp.js'
import { capitalise, countWords, isComma, isDash, isPunct, participleForm, predicateAfter, withoutLeadingSpace, wordsOf } from './token-text.js'
import { conditionPrepositions, conditions, frequency, needsMore, nominal, objectClauseVerbs, participlesOnly, pronounSubjects, reducedRelative, sayingThat, subordinatorPairs, subordinators, temporal, whWords } from './grammar-words.js'
import { afterThen, startsImperative } from './imperatives.js'
import { insideNounPhrase } from './verb-mends.js'

export { endsPointingBack, leansOnHead, namesSomething } from './clause-reference.js'
export { capitalise, countWords, isComma, isDash, isPunct, predicateAfter, withoutLeadingSpace, wordsOf, conditionPrepositions, conditions, nominal, objectClauseVerbs, pronounSubjects, subordinatorPairs, subordinators, temporal, startsImperative }

/** Whether a token is a verb or an auxiliary. */
export function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX'
}

/**
 * Whether the tokens hold a finite verb: an auxiliary, or a verb that is not
 * an infinitive after `to` nor a bare participle.
 */
export function hasFiniteVerb(tokens: readonly Token[]): boolean {
  // The verbs of a relative clause in the subject ("The tool that we built…") are not the main verb.
  let relative = false
  let relativeVerb = false
  // (Nor the verb of a question after an infinitive or a preposition, "scripts to see what the data said about how…", or of its clause: "…point on why we believe there is…".)
  let asked = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = tokens[index - 1]
    if (whWords.has(token.lower) && ((index >= 2 && tokens[index - 2]!.lower === 'to' && previous?.pos === 'VERB') || (index >= 1 && previous?.pos === 'ADP' && !['which', 'whom', 'whose', 'that'].includes(token.lower)))) asked++
    if (sayingVerbAsNoun(tokens, index)) return true
    // ("We utilised the feedback…": a verb in "-ed" after a personal pronoun, before its object, taken for an adjective.)
    if (token.pos === 'ADJ' && /ed$/.test(token.lower) && ['i', 'we', 'you', 'they', 'he', 'she'].includes(previous?.lower ?? '') && ['DET', 'PRON'].includes(tokens[index + 1]?.pos ?? '')) return true
    // ("The growing demand for… led me to start…": a noun does not take "me".)
    if (token.pos === 'NOUN' && (['me', 'us', 'him'].includes(tokens[index + 1]?.lower ?? '') || (/ed$/.test(token.lower) && tokens[index + 1]?.lower === 'them'))) return true
    // "…approach no longer aligns with our demands": a verb after a frequency adverb, taken for a noun.
    if (token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && previous?.pos === 'ADV' && frequency.has(previous.lower) && ['ADP', 'DET', 'PRON'].includes(tokens[index + 1]?.pos ?? '')) return true
    // "All CRI runtimes support the same…", "…response times drop from…", "…developments fit neatly…": a verb in its base form after a plural subject, taken for a noun.
    if (token.pos === 'NOUN' && token.lower === token.lemma && !/s$/.test(token.lower) && previous?.pos === 'NOUN' && /[^s]s$/.test(previous.lower) && (tokens[index + 1]?.pos === 'DET' || (tokens[index + 1]?.pos === 'ADP' && ['from', 'to', 'by', 'into', 'below', 'above'].includes(tokens[index + 1]!.lower)) || (tokens[index + 1]?.pos === 'ADV' && /ly$/.test(tokens[index + 1]!.lower)))) return true
    // ("The team moves forward to publish…", "The company plans to…": a verb in -s after a sentence's opening subject of one noun, taken for a plural.)
    if (index === 2 && token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && previous?.pos === 'NOUN' && !/s$/.test(previous.lower) && tokens[0]!.pos === 'DET' && ['ADV', 'PART', 'DET'].includes(tokens[index + 1]?.pos ?? '')) return true
    // ("In our past, we both saw challenges…": a verb after "we both", "they all", taken for a noun.)
    if (token.pos === 'NOUN' && ['both', 'all'].includes(previous?.lower ?? '') && ['we', 'they'].includes(tokens[index - 2]?.lower ?? '') && tokens[index + 1]?.pos !== 'PUNCT') return true
    // ("LTE-M, which stands for…": a relative clause set off by a comma is one too.)
    // ("the griefs on which he didn't dare dwell": after its preposition too.)
    const antecedent = previous && (isComma(previous) || (previous.pos === 'ADP' && ['which', 'whom'].includes(token.lower))) ? tokens[index - 2] : previous
    if (['that', 'which', 'who', 'whom', 'whose'].includes(token.lower) && antecedent && ['NOUN', 'PROPN', 'PRON'].includes(antecedent.pos) && !(token.lower === 'that' && previous !== antecedent)) {
      relative = true
      relativeVerb = false
      continue
    }
    // "networks based on non-cellular technologies": a participle after its noun, before its preposition, qualifies the noun.
    // ("non-cellular based technologies", "cellular-based networks": a compound adjective before its noun.)
    const qualifies = reducedRelative.has(token.lower) && ((['NOUN', 'PROPN'].includes(previous?.pos ?? '') && ['ADP', 'ADV', 'PUNCT', undefined].includes(tokens[index + 1]?.pos)) || ((previous?.pos === 'ADJ' || previous?.value === '-') && tokens[index + 1]?.pos === 'NOUN'))
    // ("…areas in need of contributions": a verb right after a preposition is a noun the tagger misread.)
    // ("Something other than make it worse": a bare verb after "than" is no finite one; "sales more than doubled" is.)
    const afterPreposition = (previous?.pos === 'ADP' && ['in', 'of', 'for', 'by', 'on', 'at', 'from', 'with', 'without', 'into', 'under'].includes(previous.lower)) || (previous?.lower === 'than' && token.lower === token.lemma)
    // ("…peaks to be scaled by mountaineers": a participle of an infinitive; "…parish, found by summing TRI data": one set off
    // after its noun; "Now Tregeagle being brought from the grave": one after "being", which is no finite verb either.)
    const infinitive = previous?.pos === 'AUX' && ['be', 'have', 'been'].includes(previous.lower) && (tokens[index - 2]?.lower === 'to' || tokens[index - 3]?.lower === 'to')
    const setOff = isComma(previous) && token.lower !== token.lemma && /(?:ed|en|nd|wn|ght)$/.test(token.lower) && ['by', 'in', 'at', 'from', 'with', 'for'].includes(tokens[index + 1]?.lower ?? '')
    // ("In March, a new extended set of criteria…": a word after a determiner and its modifiers is in a noun phrase, however the tagger reads it.)
    const modified = token.pos === 'VERB' && insideNounPhrase(tokens, index)
    // ("Not even to replace it with homegrown placeholder text or apply custom styling": a bare verb after "or" goes on with the infinitive.)
    const coordinated = ['and', 'or'].includes(previous?.lower ?? '') && token.lower === token.lemma && tokens.slice(0, index).some((other, at) => other.lower === 'to' && tokens[at + 1]?.pos === 'VERB')
    const finite = (token.pos === 'AUX' && !['being', 'having'].includes(token.lower) && !(previous?.lower === 'to' && ['be', 'have'].includes(token.lower))) || (token.pos === 'VERB' && !qualifies && !afterPreposition && !infinitive && !setOff && !modified && !coordinated && !(participlesOnly.has(token.lower) && !tokens.slice(Math.max(0, index - 4), index).some((before) => before.pos === 'AUX')) && !['to', 'being', 'having'].includes(previous?.lower ?? '') && (!/ing$/.test(token.lower) || tokens.slice(Math.max(0, index - 3), index).some((before) => before.pos === 'AUX')))
    // ("Events that feature several modes… make…": the relative clause's verb, read as a noun.)
    if (relative && !relativeVerb && token.pos === 'NOUN' && token.lower === token.lemma && ['that', 'which', 'who'].includes(previous?.lower ?? '') && ['ADJ', 'DET', 'NUM'].includes(tokens[index + 1]?.pos ?? '')) {
      relativeVerb = true
      continue
    }
    if (relative) {
      // ("The tool that we built is fast", "…on which we rely works well": a finite verb right after the relative
      // clause's own, a lexical one, is the main clause's; not a participle after "become": "…in which statements become connected…".)
      const main = relativeVerb && previous?.pos === 'VERB' && !['become', 'get', 'seem', 'remain', 'feel', 'look'].includes(previous.lemma) && (token.pos === 'AUX' || (token.pos === 'VERB' && /(?:[^s]s|ed)$/.test(token.lower) && token.lower !== token.lemma))
      if (main && finite) return true
      if (finite || token.pos === 'VERB') relativeVerb = true
      // ("…people who have since installed the packages": "since" before a participle is an adverb.)
      else if (relativeVerb && !['PART', 'ADV'].includes(token.pos) && !(token.lower === 'since' && tokens[index + 1]?.pos === 'VERB')) relative = false
      if (relative) continue
    }
    if (finite && asked > 0) asked -= ['believe', 'think', 'say', 'know', 'feel', 'suspect', 'expect'].includes(token.lemma) && ['there', 'that', 'it', 'they', 'we', 'he', 'she'].includes(tokens[index + 1]?.lower ?? '') ? 0 : 1
    else if (finite) return true
  }
  // ("Her talk focused on…", "Our team developed a tool": a participle after the subject is its verb; not "Networks based on…".)
  const participle = tokens.findIndex((token) => token.pos === 'VERB' && reducedRelative.has(token.lower))
  const takes = ['focused', 'aimed'].includes(tokens[participle]?.lower ?? '') || ['DET', 'PRON', 'NUM'].includes(tokens[participle + 1]?.pos ?? '')
  // (A subject with its phrase: "A collaboration between UK HSA and WHO focused on…".)
  const subject = (token: Token, at: number): boolean => ['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(token.pos) || (at > 1 && ['DET', 'NOUN', 'PROPN'].includes(tokens[0]!.pos) && ['ADP', 'CCONJ'].includes(token.pos) && token.lower !== 'that')
  return participle > 0 && takes && tokens.slice(0, participle).every(subject) && !tokens.slice(0, participle).some((token) => ['that', 'which', 'who'].includes(token.value))
}

/**
 * Whether the token at `index` is a verb of saying the tagger took for a
 * noun, after a plural subject and before "that" ("Initial measurements
 * show that…").
 */
function sayingVerbAsNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  const previous = tokens[index - 1]
  return token.pos === 'NOUN' && previous?.pos === 'NOUN' && /[^s]s$/.test(previous.lower) && tokens[index + 1]?.lower === 'that' && objectClauseVerbs.has(token.lower)
}

/** Index after a subordinator that opens the tokens (0 when none). */
export function subordinatorLength(tokens: readonly Token[]): number {
  const first = tokens[0]?.lower ?? ''
  const pair = `${first} ${tokens[1]?.lower ?? ''}`
  if (subordinatorPairs.has(pair)) return 2
  if (subordinators.has(first)) return first === 'since' && tokens[0]!.pos === 'ADP' ? 0 : 1 // (A date's "since", `verb-mends.ts`.)
  return 0
}

/**
 * Whether the tokens read as a complete statement on a slide: a finite verb,
 * no dangling subordinate opening ("When…", "While…") without a main clause,
 * not a question, not ending on a word that needs more after it.
 *
 * @param tokens A candidate bullet.
 * @returns `true` for a statement.
 */
export function isStatement(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => !isPunct(token))
  if (words.length < 3) return false
  if (tokens[tokens.length - 1]?.value === '?') return false
  // "Why wait for…", "How do we…": a question without its mark ("When using LLMs, there should be…" is none).
  if (whWords.has(words[0]!.lower) && ['VERB', 'AUX'].includes(words[1]?.pos ?? '') && !['is', 'was', 'are', 'were'].includes(words[1]!.lower) && !/ing$/.test(words[1]!.lower)) return false
  if (!hasFiniteVerb(tokens) || subjectLeftWaiting(tokens)) return false
  // ("And that both measures used together are even more effective": a "that" clause cut from the sentence before.)
  if (words[0]!.lower === 'that' && (/^(?:the|a|an|both|all|these|those|this|we|it|they|he|she|you|i|there|our|their|its|his|her|my|your|some|many|most|no)$/.test(words[1]?.lower ?? '') || words[1]?.pos === 'PROPN')) return false
  // "What we would aim to do better next time": a "what" clause with no verb after its own ("What we learned is…" has one).
  // (Only "what we…", "how you…", "what Julian Assange calls…" without a comma: the tagger may read the main verb as a noun, "Where you sit matters".)
  const chains = (): number => words.filter((token, at) => (isVerb(token) || (token.pos === 'NOUN' && /s$/.test(token.lower) && at > 0 && isVerb(words[at - 1]!))) && !['AUX', 'PART'].includes(words[at - 1]?.pos ?? '') && !/ing$/.test(token.lower)).length
  if (['what', 'how', 'why', 'where', 'whether'].includes(words[0]!.lower) && (words[1]?.pos === 'PRON' || (words[0]!.lower === 'what' && ['PROPN', 'DET'].includes(words[1]?.pos ?? ''))) && !tokens.some(isComma) && chains() < 2) return false
  // "What I learned is that in many cases": "that" after "is" or a verb of saying promises a clause with its verb.
  const that = tokens.findIndex((token, index) => token.lower === 'that' && index > 0 && (tokens[index - 1]!.lemma === 'be' || sayingThat.has(tokens[index - 1]!.lemma)))
  if (that !== -1 && !hasFiniteVerb(tokens.slice(that + 1))) return false
  const head = words[0]!
  // ("Proposed locations for urban renewal projects": a participle before its noun, the subject's verb cut away.)
  // (Unless a noun after a noun may be the verb the tagger missed: "undetonated ordnance correlates with…".)
  const hiddenVerb = words.some((token, at) => at > 1 && token.pos === 'NOUN' && /s$/.test(token.lower) && words[at - 1]!.pos === 'NOUN' && ['ADP', 'DET'].includes(words[at + 1]?.pos ?? ''))
  if (head.pos === 'VERB' && /(?:ed|en)$/.test(head.lower) && ['NOUN', 'ADJ', 'PROPN'].includes(words[1]!.pos) && !hasFiniteVerb(tokens.slice(tokens.indexOf(head) + 1)) && !hiddenVerb) return false
  // ("Accelerating up until the early 1980s when it has flattened out": a participle's phrase whose only verb is its
  // "when" clause's; "Working with leaf frames is possible" has its own.)
  const subordinate = words.findIndex((token, at) => at > 0 && /^\p{Ll}/u.test(token.value) && (subordinators.has(token.lower) || ['which', 'who', 'that', 'where'].includes(token.lower)))
  // (One verb after the subordinator is the clause's own; a second, "Using tools when they help is wise", is the main one.)
  const groups = (): number => words.slice(subordinate + 1).filter((token, at, rest) => token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/.test(token.lower) && !['AUX', 'PART'].includes(rest[at - 1]?.pos ?? ''))).length
  if (head.pos === 'VERB' && /ing$/.test(head.lower) && subordinate > 1 && !hasFiniteVerb(words.slice(1, subordinate)) && groups() <= 1) return false
  let clauseAfterComma: boolean | undefined
  const mainClauseAfterComma = (): boolean => (clauseAfterComma ??= tokens.some((token, index) => index > 1 && isComma(token) && startsClause(tokens.slice(index + 1))))
  // "what", "why" or "how" after a phrase with no verb of its own (an opening participle is none): "Having a … exchange
  // around a PR, how various choices are justified" never reaches its verb; "Given the above concerns, what should we…"
  // is a question without its mark.
  const firstComma = tokens.findIndex(isComma)
  const whAfter = firstComma > 0 && ['what', 'why', 'how'].includes(tokens[firstComma + 1]?.lower ?? '') && !hasFiniteVerb(tokens.slice(head === tokens[0] && head.pos === 'VERB' ? 1 : 0, firstComma))
  if (whAfter && head.pos === 'VERB' && /ing$/.test(head.lower)) return false
  if (whAfter && tokens[firstComma + 2]?.pos === 'AUX' && !['is', 'was', 'are', 'were'].includes(tokens[firstComma + 2]!.lower)) return false
  // "With nearly 3,700 plans printed or shared": a phrase around a participle, without the clause it opens.
  // ("With the community approach came challenges" turns the clause round; "Without refactoring, you cannot…" has its clause.)
  const participlesOnly = tokens.filter(isVerb).every((token) => token.pos === 'VERB' && (/(?:ed|en)$/.test(token.lower) || reducedRelative.has(token.lower)))
  if (['with', 'without'].includes(head.lower) && participlesOnly && !mainClauseAfterComma()) return false
  // "Unlike the software we implemented": a comparison or concession whose clause after the comma is gone.
  if (['unlike', 'despite', 'besides', 'notwithstanding'].includes(head.lower) && !mainClauseAfterComma()) return false
  // "…a walk through of how the ODPHP team, lead by Frances Bevington": "how" after a preposition promises its clause
  // (a participle that qualifies a noun, or one set off by a comma, ", lead by…", is not the clause's verb).
  const how = tokens.findIndex((token, index) => ['how', 'why', 'whether'].includes(token.lower) && index > 0 && ['ADP', 'VERB', 'AUX'].includes(tokens[index - 1]!.pos))
  // ("…instructions on how to use them, on…": an infinitive is all "how to" promises.)
  if (how !== -1 && tokens[how + 1]?.lower !== 'to' && tokens.slice(how).some(isComma)) {
    const clause = tokens.slice(how + 1).filter((token, index, rest) => !(reducedRelative.has(token.lower) || (isComma(rest[index - 1]) && (/ed$/.test(token.lower) || rest[index + 1]?.lower === 'by'))))
    if (!hasFiniteVerb(clause)) return false
  }
  // "Overlooks many of its contributors", "Used under a CC-BY 4.0 license": an -s form, or a participle crediting someone,
  // has lost its subject ("Released as CalVer" has its own; "Used by many, it…" has a main clause after its comma).
  const presentS = head.lower === `${head.lemma}s` || head.lower === `${head.lemma}es`
  const credit = head.lower !== head.lemma && ['under', 'by'].includes(words[1]?.lower ?? '')
  if (head.pos === 'VERB' && (presentS || credit) && !mainClauseAfterComma()) return false
  // "Better because it's useful…", "Faster than ever": a comparison cut from the clause it completes.
  // (The tagger takes a capitalised comparative for a name.)
  const comparative = ['ADJ', 'ADV'].includes(head.pos) || (head.pos === 'VERB' && /ing$/.test(head.lower)) || (head.pos === 'PROPN' && /^(?:better|worse|more|less|\w+er|\w+ing)$/.test(head.lower))
  // ("More than 20,000 volunteers have classified…", "Less than half of…": a quantity, the subject's.)
  const quantity = words[1]?.lower === 'than' && (words[2]?.pos === 'NUM' || /^(?:\d|half|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a?\s?dozen|hundreds|thousands|millions)$/.test(words[2]?.lower ?? ''))
  if (comparative && !quantity && ['because', 'than', 'since', 'so'].includes(words[1]?.lower ?? '')) return false
  // "For others, especially when contributions are ongoing or require significant time": a fronted phrase, then a
  // subordinate clause whose main clause was cut.
  const opensSubordinate = tokens.findIndex((token, index) => index > 0 && index <= 5 && ['when', 'whenever', 'if', 'because', 'although', 'though', 'while', 'whereas', 'unless'].includes(token.lower))
  // (Only after a prepositional phrase and its comma or adverb: "Knowing when your organization has transitioned… can be
  // tricky" has its verb after the clause; "In-between, when you balance…, then monkeys get curious!" its main clause.)
  const mainAfter = (index: number): boolean => startsClause(tokens.slice(index + 1)) || (tokens[index + 1]?.lower === 'then' && startsClause(tokens.slice(index + 2)))
  if (opensSubordinate > 0 && tokens[0]!.pos === 'ADP' && (isComma(tokens[opensSubordinate - 1]) || tokens[opensSubordinate - 1]!.pos === 'ADV') && !hasFiniteVerb(tokens.slice(0, opensSubordinate)) && !tokens.some((token, index) => index > opensSubordinate && isComma(token) && mainAfter(index))) return false
  // "Which was 100% the truth": a relative clause cut from its sentence.
  if (words[0]!.lower === 'which' && ['AUX', 'VERB'].includes(words[1]?.pos ?? '')) return false
  // "An introduction to R, are being taught using…": the verb right after a lone comma has lost its subject
  // (an aside between two commas, "Karthik, our lead, is…", keeps it).
  const verb = tokens.findIndex((token) => token.pos === 'AUX' || token.pos === 'VERB')
  const nounPhrase = ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(words[0]!.pos) && ['NOUN', 'PROPN'].includes(tokens[verb - 2]?.pos ?? '')
  if (verb > 1 && tokens[verb]!.pos === 'AUX' && nounPhrase && isComma(tokens[verb - 1]) && tokens.slice(0, verb).filter(isComma).length === 1) return false
  const last = words[words.length - 1]!
  // "…the package, which include": a relative clause that stops at its verb waits for what it includes.
  const beforeLast = words[words.length - 2]
  if (beforeLast && ['which', 'that', 'who'].includes(beforeLast.lower) && ['include', 'be', 'contain', 'comprise', 'cover', 'mean', 'involve'].includes(last.lemma)) return false
  // "…, open source or not" is complete.
  const orNot = last.lower === 'not' && words[words.length - 2]?.lower === 'or'
  // "…were not due to its pull approach either": after a negation "either" ends the sentence.
  const notEither = last.lower === 'either' && words.some((token) => ['not', "n't", 'no', 'never', 'nor'].includes(token.lower))
  // ("…never execute module code directly": an adverb after its verb's object; '…the string "no more."' is a quotation.)
  const afterObject = /ly$/.test(last.lower) && ['NOUN', 'PROPN', 'PRON'].includes(words[words.length - 2]?.pos ?? '')
  const quoted = tokens.slice(tokens.lastIndexOf(last) + 1).some((token) => /^["”’']$/.test(token.value))
  // ("…tens of milliseconds at most", "…and which do not", "…, and so much more": an idiom, or an auxiliary's "not", ends there.)
  const andMore = ['more', 'less'].includes(last.lower) && (['and', 'or'].includes(words[words.length - 2]?.lower ?? '') || (['much', 'many'].includes(words[words.length - 2]?.lower ?? '') && ['and', 'or'].includes(words[words.length - 4]?.lower ?? '')))
  const atMost = andMore || (['most', 'least', 'best', 'worst', 'first', 'last'].includes(last.lower) && words[words.length - 2]?.lower === 'at') || (last.lower === 'not' && words[words.length - 2]?.pos === 'AUX')
  if (needsMore.includes(last.lower) && !orNot && !notEither && !afterObject && !quoted && !atMost) return false
  // "…needs to respond quickly even when": a subordinator promises its clause.
  // ("We know who changed what lines and when": a question word coordinated at the end asks nothing more.)
  if (['when', 'whenever', 'while', 'if', 'because', 'although', 'unless', 'whereas', 'until'].includes(last.lower) && words.length > 3 && !(last.lower === 'when' && ['and', 'or'].includes(words[words.length - 2]?.lower ?? ''))) return false
  // ("…as you expect it to": after a verb and its object too.)
  const elidedInfinitive = last.lower === 'to' && (['VERB', 'AUX'].includes(words[words.length - 2]?.pos ?? '') || (['it', 'them', 'him', 'her', 'us', 'me', 'you'].includes(words[words.length - 2]?.lower ?? '') && isVerb(words[words.length - 3] ?? last)))
  // ("…is not one-size-fits-all": the last word of a hyphenated compound is no dangling determiner.)
  const lastAt = tokens.lastIndexOf(last)
  const compound = tokens[lastAt - 1]?.value === '-' && last.space === ''
  if (['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART'].includes(last.pos) && !/^\d/.test(last.value) && !elidedInfinitive && !orNot && !compound) {
    // "…that they rely on" ends on a verb's preposition and is still complete ("…we come back down": its adverb and particle; "…we'll be turning archive.matrix.org back on", "…pick them up": the particle after the verb's object); "…docs for" or a determiner never is.
    const particle = last.pos === 'ADP' && (isVerb(words[words.length - 2] ?? last) || (words[words.length - 2]?.pos === 'ADV' && isVerb(words[words.length - 3] ?? last))) && !['of', 'for', 'with', 'than'].includes(last.lower)
    // ("…when doing tasks you are unfamiliar with": a relative clause's preposition, its noun and subject before it; or a "what" clause's, "…what you pay for", "…the journeys it was always best at", a noun's, "…outcomes outreach programmes can strive for"; "climb them all", "done … before" end as they should.)
    const subject = words.length - (words[words.length - 3]?.pos === 'AUX' ? 4 : 3)
    const stranded = last.pos === 'ADP' && (words.slice(-6, -2).some((token, at, near) => (['NOUN', 'PROPN'].includes(token.pos) || ['what', 'who', 'whom'].includes(token.lower)) && ['i', 'you', 'we', 'they', 'he', 'she', 'it'].includes(near[at + 1]?.lower ?? '')) || (isVerb(words[words.length - 2] ?? last) && words[subject]?.pos === 'NOUN' && words.slice(Math.max(0, subject - 3), subject).some((token, at, near) => token.pos === 'NOUN' && near.slice(at + 1).every((next) => next.pos === 'NOUN'))))
    const closed = (last.lower === 'all' && ['them', 'us', 'at'].includes(words[words.length - 2]?.lower ?? '')) || (last.lower === 'before' && words[words.length - 2]?.pos !== 'DET') || (['beyond', 'since', 'after', 'ago'].includes(last.lower) && ['and', 'or', 'ever', 'long', 'soon', 'shortly', 'years', 'decades', 'months', 'weeks', 'days'].includes(words[words.length - 2]?.lower ?? ''))
    const verbAt = /^(?:on|off|up|out|down|over|away|around|aside|back)$/.test(last.lower) ? words.findLastIndex(isVerb) : -1
    if (!particle && !stranded && !closed && !(verbAt >= words.length - 6 && verbAt < words.length - 2 && words.slice(verbAt + 1, -1).every((token) => ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'ADV'].includes(token.pos)))) return false
  }
  if (!lastConjunctComplete(tokens)) return false
  // "…yielded both significant size reductions": "both" promises an "and".
  // ("I have added both together", "we both saw": "both" standing alone promises nothing.)
  const both = words.findIndex((token) => token.lower === 'both')
  // ("Both measures seem to show…", "…because both governments already know…": a subject of its own.)
  const phraseEnd = both === -1 ? -1 : words.findIndex((token, at) => at > both && !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(token.pos))
  const subject = phraseEnd > both + 1 && isVerb(words[phraseEnd]!)
  const pairing = both !== -1 && !subject && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB'].includes(words[both + 1]?.pos ?? '') && !['we', 'they', 'you'].includes(words[both - 1]?.lower ?? '')
  if (pairing && words[both + 1]!.lower !== 'of' && !words.slice(both + 1).some((token) => token.lower === 'and')) return false
  // "However, since X…": the connective does not make the clause a main one.
  // (Nor does a focusing adverb before it: "Even once it's ready".)
  const from = isComma(tokens[1]) && ['ADV', 'CCONJ'].includes(tokens[0]?.pos ?? '') ? 2 : /^(?:even|only|just|especially|particularly|mainly|mostly|except)$/.test(tokens[0]?.lower ?? '') && subordinatorLength(tokens.slice(1)) > 0 ? 1 : 0
  // ("After some further tries they implemented…": a preposition's noun phrase, then the clause, without a comma.)
  const phrase = ['after', 'before', 'since', 'until'].includes(tokens[from]?.lower ?? '') ? tokens.slice(from + 1).findIndex((token) => !['DET', 'ADJ', 'ADV', 'NOUN', 'NUM'].includes(token.pos)) : -1
  const opening = phrase > 0 && tokens[from + 1 + phrase]?.pos === 'PRON' && startsClause(tokens.slice(from + 1 + phrase)) ? 0 : subordinatorLength(tokens.slice(from))
  if (opening > 0) {
    // A fronted clause needs a main clause after its comma.
    // ("If you don't know what user problem you're solving and by extension, what end-user value you're seeking to
    // deliver": a "what" clause after the comma is the condition's second object, not the main clause; "What matters
    // is…" would be one.)
    const embedded = (rest: readonly Token[]): boolean => ['what', 'how', 'why', 'whether', 'where'].includes(rest[0]?.lower ?? '') && !rest.some((token) => ['is', 'was', 'are', 'were'].includes(token.lower))
    const comma = tokens.findIndex((token, index) => index > from + opening && isComma(token) && !embedded(tokens.slice(index + 1)) && (startsClause(tokens.slice(index + 1)) || startsImperative(withoutLeadingSpace(afterThen(tokens.slice(index + 1))))))
    if (comma === -1) return false
  }
  return true
}

/**
 * Whether a subject waits for its verb past a subordinate clause set off by
 * commas, and the verb never comes ("This safety-first approach ingrained
 * throughout Swift's design, whether it is deterministic deallocation,
 * copy-on-write"): the verb of the inner clause is not the sentence's own.
 */
function subjectLeftWaiting(tokens: readonly Token[]): boolean {
  if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[0]?.pos ?? '')) return false
  const inner = tokens.findIndex((token, index) => index > 1 && isComma(token) && subordinatorLength(tokens.slice(index + 1)) > 0)
  if (inner === -1 || hasFiniteVerb(tokens.slice(0, inner))) return false
  // The predicate resumes after a later comma: ", makes it inherently less prone…".
  return !tokens.some((token, index) => index > inner + 2 && isComma(token) && isVerb(tokens[index + 1] ?? token) && tokens[index + 1] !== undefined && !/ing$/.test(tokens[index + 1]!.lower))
}

/**
 * Whether the last of coordinated parts has what it needs: after ", and the
 * warehouses" a verb must follow, and "…, and although X did Y" needs the
 * main clause that "although" promises.
 */
function lastConjunctComplete(tokens: readonly Token[]): boolean {
  for (let index = tokens.length - 2; index > 0; index--) {
    const token = tokens[index]!
    const coordinated = (token.pos === 'CCONJ' && isComma(tokens[index - 1])) || token.value === ';'
    if (!coordinated) continue
    const rest = tokens.slice(index + 1)
    if (subordinatorLength(rest) > 0) return rest.some((other, at) => at > 1 && isComma(other) && startsClause(rest.slice(at + 1)))
    if (['DET', 'PRON'].includes(rest[0]?.pos ?? '') && rest.length > 1 && !rest.some(isVerb)) {
      // "…by the kind of data, community standards, and your personal preference": the last item of a list.
      const before = tokens.slice(0, index - 1)
      const previousComma = before.findLastIndex((other) => other.value === ',')
      const item = previousComma === -1 ? [] : before.slice(previousComma + 1)
      return item.length > 0 && item.length <= 5 && !item.some(isVerb)
    }
    // "…run untrusted JavaScript, and for those apps": a phrase that waits for its clause, unless it ends a list of
    // phrases like it ("…on Linux, on macOS, and on Windows").
    if (['and', 'but', 'so', 'yet'].includes(token.lower) && rest[0]?.pos === 'ADP' && !rest.some(isVerb)) {
      const before = tokens.slice(0, index - 1)
      const item = before.slice(before.findLastIndex((other) => other.value === ',') + 1)
      return item[0]?.pos === 'ADP' && !item.some(isVerb)
    }
    return true
  }
  return true
}

/** Adverbs that comment on a whole clause, standing before its subject. */
const sentenceAdverbs = /^(?:clearly|obviously|surely|certainly|fortunately|unfortunately|sadly|luckily|thankfully|ultimately|admittedly|arguably|undoubtedly|evidently|naturally|interestingly|importantly|crucially|notably)$/

/** Whether the tokens start a clause: a subject-like word, then a verb before any comma. */
export function startsClause(tokens: readonly Token[]): boolean {
  // An opening quote mark before the subject ("“agilefall” is…").
  if (['“', '"', '‘', "'"].includes(tokens[0]?.value ?? '') && tokens.length > 1) return startsClause(tokens.slice(1))
  const first = tokens[0]
  if (!first) return false
  // "no matter what tools you use, …" concedes; the clause comes after it.
  if (first.lower === 'no' && tokens[1]?.lower === 'matter') return false
  // "any of which could require…", "some of whom…": a relative clause, not a main one.
  // (Nor "who you can access…", the next of a list of relative clauses.)
  if (tokens.slice(0, 4).some((token) => ['which', 'whom', 'whose'].includes(token.lower)) || first.lower === 'who') return false
  const nounAsVerb = first.pos === 'VERB' && /s$/.test(first.lower) && tokens[1] !== undefined && isVerb(tokens[1])
  if (nounAsVerb) return true
  // A gerund as the subject: "Calling this method opts a user in", "Simplifying a complex topic such as research quality down to a set of easily digestible metrics is…".
  const particle = ['up', 'out', 'down', 'off', 'back'].includes(tokens[1]?.lower ?? '') || tokens[1]?.pos === 'ADP'
  // ("suggesting that creating a course was impossible" is a participle's clause, which a ", suggesting" left behind.)
  if (first.pos === 'VERB' && /ing$/.test(first.lower) && tokens[1]?.lower === 'that') return false
  // (Also "Working reproducibly requires skills…": the gerund and its adverb.)
  const adverb = tokens[1]?.pos === 'ADV' && /ly$/.test(tokens[1].lower)
  // ("Merely advertising instability doesn't work": an adverb before the gerund.)
  if (first.pos === 'ADV' && /ly$/.test(first.lower) && tokens[1]?.pos === 'VERB' && /ing$/.test(tokens[1].lower)) return startsClause(tokens.slice(1))
  if (first.pos === 'VERB' && /ing$/.test(first.lower) && (['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(tokens[1]?.pos ?? '') || particle || adverb)) {
    for (let index = 2; index < Math.min(tokens.length, 18); index++) {
      const token = tokens[index]!
      if (isComma(token) || isDash(token) || token.value === ':') return false
      if (isVerb(token) && tokens[index - 1]!.lower !== 'to' && !/ing$/.test(token.lower) && (['NOUN', 'PROPN', 'PRON'].includes(tokens[index - 1]!.pos) || (adverb && index === 2))) return true
    }
    return false
  }
  if (!['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(first.pos) && first.lower !== 'there') return false
  // ("next to the real kilgas brought…": an adjective with its "to" opens no subject; "Many of them…" does.)
  if (first.pos === 'ADJ' && tokens[1]?.lower === 'to') return false
  // ("…, together we decided to…": an adverb before the subject pronoun.)
  // (Not a subordinator or a question word the tagger calls an adverb: "when we browse the Web…" is no main clause.)
  if (first.pos === 'ADV' && !subordinators.has(first.lower) && !whWords.has(first.lower) && ['i', 'we', 'you', 'they', 'he', 'she'].includes(tokens[1]?.lower ?? '')) return startsClause(tokens.slice(1))
  // (A sentence adverb before a subject of any kind: "…, but clearly the value/friction of Markdown has yet to be defeated".)
  if (sentenceAdverbs.test(first.lower) && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[1]?.pos ?? '')) return startsClause(tokens.slice(1))
  if (first.pos === 'ADV' && !['there', 'here'].includes(first.lower)) return false
  // ("…, and ways the community can contribute to its growth": a bare plural and the clause that says which, a noun phrase.)
  if (first.pos === 'NOUN' && /[^s]s$/.test(first.lower) && (['the', 'this', 'our', 'their', 'its'].includes(tokens[1]?.lower ?? '') || ['we', 'you', 'they', 'i', 'people'].includes(tokens[1]?.lower ?? ''))) return false
  for (let index = 1; index < Math.min(tokens.length, 14); index++) {
    const token = tokens[index]!
    // ("FTX, one of the world's largest crypto exchanges, has collapsed": an appositive after a name, no verb in it.)
    const close = isComma(token) && index <= 4 && ['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos) && ['DET', 'NUM'].includes(tokens[index + 1]?.pos ?? '') ? tokens.findIndex((other, at) => at > index + 1 && at <= index + 14 && isComma(other)) : -1
    if (close !== -1 && !tokens.slice(index + 1, close).some(isVerb) && isVerb(tokens[close + 1] ?? tokens[close]!)) {
      index = close
      continue
    }
    if (isComma(token) || isDash(token) || token.value === ':') return false
    if (sayingVerbAsNoun(tokens, index)) return true
    // "One point to note": an infinitive is not the clause's verb.
    if (isVerb(token) && tokens[index - 1]!.lower === 'to') continue
    // "a seminal 2013 talk by…": after a determiner, an adjective or a number the tagger's verb is a noun.
    if (token.pos === 'VERB' && ['DET', 'ADJ', 'NUM'].includes(tokens[index - 1]!.pos) && !(/(?:ed|ing)$/.test(token.lower) && participleForm(token))) continue
    // ("an individual from an internal team reviewing the course contacted…": a participle after a noun modifies it.)
    if (isVerb(token) && /ing$/.test(token.lower) && index >= 2 && ['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos)) continue
    if (isVerb(token)) return !/ing$/.test(token.lower) || tokens[index - 1]!.pos === 'AUX'
  }
  return false
}

/**
 * Whether a sentence is a question (it ends with `?`) or opens with a
 * question word.
 *
 * @param tokens Tagged sentence.
 */
export function isQuestion(tokens: readonly Token[]): boolean {
  const last = [...tokens].reverse().find((token) => !['"', '”', "'", '’', ')'].includes(token.value))
  return last?.value === '?' || (whWords.has(tokens[0]?.lower ?? '') && last?.value === '?')
}
