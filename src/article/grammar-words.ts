/**
 * The closed word classes of the clause tests (`clause-grammar.ts`):
 * subordinators, pronouns that stand for something named before, verbs of
 * saying, participles that qualify a noun, adverbs of frequency.
 */

/** Subordinators that open a fronted adverbial clause. */
export const subordinators = new Set('when while although though because since if as after before once until unless whereas whenever wherever whether whilst'.split(' '))

/** Two-word subordinators. */
export const subordinatorPairs = new Set(['in case', 'even though', 'even if', 'even when', 'now that', 'given that', 'so that', 'in order', 'as long', 'as soon'])

/** Subordinators of a condition: the clause they open is never dropped. */
export const conditions = new Set(['if', 'unless', 'until', 'whether', 'only', 'provided', 'except'])

/** Prepositions that open a condition as a phrase ("Without refactoring, you cannot…", "Barring delays, …"): never dropped either. */
export const conditionPrepositions = new Set(['without', 'barring'])

/**
 * Temporal subordinators: the clause is often the condition of the claim
 * ("When you run the tests every few minutes, you might end up…"), so it is
 * dropped only when it just introduces the main clause's subject ("When
 * organizations open-source their models, they enable…").
 */
export const temporal = new Set(['when', 'whenever', 'once'])

/** Pronouns that may stand as a clause's subject for something named before. */
export const pronounSubjects = new Set(['they', 'it', 'this', 'these', 'he', 'she'])

/** Question words. */
export const whWords = new Set(['what', 'why', 'how', 'who', 'where', 'when', 'which'])

/** Verbs whose "that" opens a clause ("learned that…", "shows that…"). */
export const sayingThat = new Set(['seem', 'appear', 'say', 'think', 'know', 'believe', 'find', 'show', 'mean', 'learn', 'realize', 'realise', 'notice', 'note', 'argue', 'suggest', 'claim', 'hope', 'expect', 'ensure', 'feel', 'understand', 'agree', 'decide', 'prove', 'demonstrate', 'reveal', 'indicate', 'confirm'])

/** Participles that qualify the noun before them ("a board designed for…", "networks based on…"). */
export const reducedRelative = new Set(['covered', 'needed', 'mentioned', 'described', 'listed', 'discussed', 'based', 'used', 'called', 'named', 'known', 'developed', 'designed', 'made', 'built', 'written', 'shown', 'given', 'located', 'aimed', 'focused', 'related', 'provided', 'required', 'powered', 'driven', 'owned', 'operated', 'released', 'published'])

/** Adverbs that stand between a subject and its verb ("no longer aligns", "never runs", "still needs"). */
export const frequency = new Set(['longer', 'never', 'always', 'often', 'still', 'rarely', 'seldom', 'usually', 'sometimes', 'already', 'now', 'only', 'just', 'even', 'typically', 'generally'])

/** Last words that promise more after them ("…is also", "…than", "…especially"): a bullet never ends on one. */
export const needsMore: readonly string[] = ['also', 'not', 'just', 'only', 'than', 'such', 'very', 'more', 'less', 'most', 'both', 'either', 'neither', 'whether', 'specifically', 'particularly', 'especially', 'mainly', 'mostly', 'largely', 'primarily', 'directly', 'including']

/** Personal pronouns that can open a clause as its subject ("…, we soon realised, …", "…it wasn't…"). */
export const personalPronouns: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it'])

/** Finite auxiliaries and copulas: the verb a subject waits for. */
export const finiteAuxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall'])

/** Modal auxiliaries, which a second predicate shares with its subject ("We must change… and turn…" is "We must turn…"). */
export const modals: ReadonlySet<string> = new Set(['must', 'should', 'can', 'could', 'will', 'would', 'may', 'might', 'shall'])

/** Modals with their negation glued on ("cannot", "won't"). */
export const negatedModals: ReadonlySet<string> = new Set(['cannot', "can't", "won't", "shouldn't", "mustn't"])

/** A noun or two and an idiom after a comma and "or": "…rather than humans, or animals as the case may be" is no clause. */
export const asTheCaseMayBe = /^\s*(?:\S+\s){1,3}as (?:the case may be|it were|appropriate|needed|required|necessary|applicable)\b/i

/** Tags of the words of a noun phrase. */
export const nominal = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'])

/** Verbs whose object can be a clause opened by "when", "where", "how". */
export const objectClauseVerbs = new Set([
  'tell', 'ask', 'know', 'decide', 'see', 'show', 'explain', 'wonder', 'understand', 'learn', 'check', 'say', 'choose', 'remember', 'forget',
  'find', 'notice', 'predict', 'confirm', 'require', 'ensure', 'think', 'believe', 'mean', 'suggest', 'agree', 'note', 'argue', 'claim',
  'state', 'assume', 'guarantee', 'verify', 'prove', 'realize', 'realise', 'expect', 'hope', 'discover', 'determine', 'specify', 'differentiate', 'distinguish', 'identify',
  // (What one likes or minds is the clause: "…but do appreciate when they do".)
  'appreciate', 'love', 'hate', 'mind', 'enjoy', 'recall', 'imagine', 'consider'
])

/** A month's name, whole or short ("March", "mar", "sept"), as a pattern to build on (`key-figures.ts` a date's day, `compress-marks.ts` a diary's entry). */
export const monthName = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'

/**
 * Past participles no verb uses for its past tense ("thrown", "taken", "written"): without an auxiliary before them they
 * are no finite verb ("Thousands of fishermen thrown out of work, boats beached, canneries shuttered" says no clause).
 */
export const participlesOnly: ReadonlySet<string> = new Set(['thrown', 'taken', 'given', 'written', 'shown', 'grown', 'drawn', 'driven', 'broken', 'chosen', 'eaten', 'fallen', 'forgotten', 'frozen', 'hidden', 'ridden', 'risen', 'shaken', 'spoken', 'stolen', 'sworn', 'torn', 'worn', 'woken', 'beaten', 'bitten', 'begun', 'flown', 'blown', 'sewn', 'sown', 'mown', 'forbidden', 'undertaken', 'overtaken', 'mistaken'])

/**
 * Whether an adjective is a superlative: "most useful", "best", "easiest", "largest" (not "honest", "modest").
 *
 * @param word The adjective, in lower case.
 * @param before The word before it, in lower case.
 */
export function isSuperlative(word: string, before: string | undefined): boolean {
  return /^(?:most|least)$/.test(before ?? '') || /^(?:best|worst)$/.test(word) || (/^[a-z]{2,}(?:i|[^aeiou])est$/.test(word) && !/^(?:honest|modest|earnest|interest|manifest|forest|harvest|protest)$/.test(word))
}

/** A reporting aside set off by its comma, no clause of its own: "we think,", "I believe,". */
export const reportingAside = /^(?:we|i|they) (?:think|believe|suspect|guess|feel|suppose|reckon) ?,/i
