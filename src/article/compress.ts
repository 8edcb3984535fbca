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

/** Options of {@link compressSentence}. */
export interface CompressOptions {
  /** Words a bullet should have at most (default: `14`). */
  maxWords?: number | undefined
  /** Words a bullet may have when no grammatical compression reaches `maxWords` (default: `maxWords + 6`). */
  hardCap?: number | undefined
}

/** What {@link compressSentence} returns. */
export interface Compressed {
  /** The bullet text, without a final full stop. */
  text: string
  /** Its tokens. */
  tokens: Token[]
  /** Its word count. */
  words: number
  /** Whether it is within `maxWords` (else within the hard cap). */
  fits: boolean
}

/** Subordinators that open a fronted adverbial clause. */
const subordinators = new Set(
  'when while although though because since if as after before once until unless whereas whenever wherever whether whilst'.split(' ')
)
/** Two-word subordinators. */
const subordinatorPairs = new Set(['in case', 'even though', 'even if', 'even when', 'now that', 'given that', 'so that', 'in order', 'as long', 'as soon'])

/** Subordinators of a condition: the clause they open is never dropped. */
const conditions = new Set(['if', 'unless', 'until', 'whether', 'only', 'provided', 'except'])
/**
 * Temporal subordinators: the clause is often the condition of the claim
 * ("When you run the tests every few minutes, you might end up…"), so it is
 * dropped only when it just introduces the main clause's subject ("When
 * organizations open-source their models, they enable…").
 */
const temporal = new Set(['when', 'whenever', 'once'])

/** Connectives that open a sentence and that a bullet does not need (followed by a comma). */
const commaConnectives = new Set(
  [
    'however', 'in fact', 'moreover', 'furthermore', 'indeed', 'meanwhile', 'in addition', 'additionally', 'of course', 'still', 'thus',
    'therefore', 'as a result', 'for example', 'for instance', 'in other words', 'after all', 'above all', 'first', 'second', 'third',
    'firstly', 'secondly', 'finally', 'lastly', 'besides', 'nevertheless', 'nonetheless', 'instead', 'similarly', 'likewise', 'in short',
    'in the end', 'at the same time', 'ultimately', 'overall', 'consequently', 'in practice', 'in turn', 'that said', 'even so', 'sure',
    'well', 'now', 'again', 'of course', 'in general', 'generally', 'in particular', 'importantly', 'more importantly', 'interestingly',
    'unfortunately', 'fortunately', 'surprisingly', 'naturally', 'clearly', 'obviously', 'admittedly', 'in summary', 'to summarize',
    'to sum up', 'in conclusion', 'so', 'today', 'then', 'on the other hand', 'by contrast', 'in contrast', 'conversely', 'for one',
    'put simply', 'simply put', 'you see', 'you know', 'to be fair', 'to be sure', 'on the one hand', 'in any case', 'in my opinion', 'in our experience', 'in essence', 'essentially', 'basically', 'honestly', 'frankly', 'plus', 'also', 'yes', 'no', 'okay', 'ok'
  ]
)
/** Words that open a sentence as a link to the one before, dropped without a comma. */
const bareConnectives = new Set(['but', 'and', 'so', 'yet', 'also', 'plus', 'then', 'or'])

/** Fillers and intensifiers that carry no claim. */
const fillers = new Set(['really', 'very', 'actually', 'basically', 'essentially', 'simply', 'literally', 'truly', 'quite'])

/** Phrases that add nothing to a claim on a slide. */
const fillerPhrases = [
  'around the world', 'across the world', 'all over the world', 'in the world', 'in practice', 'in many cases', 'in most cases',
  'in some cases', 'in general', 'at the end of the day', 'in the end', 'over time', 'these days', 'of course', 'in fact', 'for example',
  'for instance', 'in particular', 'as well', 'to some extent', 'in other words', 'at the same time', 'more or less', 'by and large',
  'for the most part', 'in a way', 'in a sense', 'as a matter of fact', 'at this point', 'right now', 'today'
].map((phrase) => phrase.split(' '))

/** Words that open a trailing clause a bullet can do without. */
const trailingOpeners = new Set([
  'which', 'who', 'whom', 'whose', 'where', 'as', 'while', 'whilst', 'although', 'though', 'even', 'because', 'since', 'including', 'especially', 'particularly', 'such', 'like', 'unlike', 'whereas', 'meaning', 'making', 'leading', 'allowing',
  'giving', 'letting', 'enabling', 'ensuring', 'resulting', 'according', 'with', 'from', 'rather', 'instead',
  'not', 'for', 'in', 'on', 'at', 'by', 'after', 'before', 'until', 'unless', 'if', 'when', 'once', 'given'
])

/** Prepositions whose trailing phrase may go; `of`, `than`, `to` bind too tightly to their head, and `into`, `onto`, `toward` complete a verb of motion ("make its way into the package"). */
const droppablePrepositions = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'across', 'around', 'through', 'throughout', 'over', 'under', 'within',
  'during', 'after', 'before', 'via', 'among', 'between', 'beyond', 'despite', 'per', 'along',
  'without', 'behind', 'outside', 'inside', 'against'
])

/** Prepositions that open a concession or an addition before the claim. */
const concessive = new Set(['besides', 'despite', 'notwithstanding', 'apart', 'aside'])

const pronounSubjects = new Set(['they', 'it', 'this', 'these', 'he', 'she'])
const whWords = new Set(['what', 'why', 'how', 'who', 'where', 'when', 'which'])

function isPunct(token: Token): boolean {
  return token.pos === 'PUNCT' || token.type === 'punctuation' || token.pos === 'SYM'
}

function isComma(token: Token | undefined): boolean {
  return token !== undefined && (token.value === ',' || token.value === ';')
}

function isDash(token: Token | undefined): boolean {
  // A hyphen with a space before it is a dash typed on a keyboard ("again - this is…"); "state-of-the-art" has none.
  return token !== undefined && (/^(?:—|–|--)$/.test(token.value) || (token.value === '-' && token.space !== ''))
}

/**
 * Whether a clause opens with an empty "it" that points forward, not back:
 * "it's convenient to…", "it is likely that…", "it turns out…", "it takes
 * time to…".
 *
 * @param tokens A clause starting with "it".
 */
export function isExpletive(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'it') return false
  const rest = tokens.slice(1, 14)
  const verb = rest[0]
  if (!verb) return false
  if (['seems', 'seemed', 'appears', 'appeared', 'turns', 'turned', 'takes', 'took', 'pays', 'helps', 'matters', 'follows'].includes(verb.lower)) return true
  if (!['is', "'s", '’s', 'was', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'].includes(verb.lower)) return false
  // "it is (not) (always) easy to…", "it would be wise to…", "it is a good idea to…", "it is likely that…".
  const to = rest.findIndex((token, at) => at > 0 && (token.lower === 'to' || token.lower === 'that') && ['ADJ', 'NOUN', 'ADV'].includes(rest[at - 1]!.pos))
  return to > 0 && rest.slice(1, to).every((token) => ['ADJ', 'ADV', 'AUX', 'PART', 'DET', 'NOUN', 'PROPN', 'ADP'].includes(token.pos) || ['your', 'our', 'their', 'my', 'his', 'her'].includes(token.lower))
}

/** Whether the tokens open with an imperative: a verb in its base form ("say out loud…", "scroll back up…"). */
function startsImperative(tokens: readonly Token[]): boolean {
  const [first, second] = tokens
  if (first === undefined || second === undefined || tokens.length < 3 || first.lower !== first.lemma || /ing$/.test(first.lower)) return false
  if (first.pos === 'VERB') return true
  // The tagger takes some imperatives for nouns ("use it", "scroll back up"): a noun does not take an object pronoun or a particle.
  return first.pos === 'NOUN' && (['it', 'them', 'your', 'the', 'a', 'an', 'this', 'that', 'these', 'those'].includes(second.lower) || ['back', 'up', 'out', 'down', 'off'].includes(second.lower))
}

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX'
}

/**
 * Count words the way a reader does: runs of non-space characters.
 *
 * @param text Any text.
 * @returns The number of words.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '' && /[\p{L}\p{N}]/u.test(word)).length
}

function wordsOf(tokens: readonly Token[]): number {
  return countWords(tokensText(tokens))
}

/**
 * Whether the tokens hold a finite verb: an auxiliary, or a verb that is not
 * an infinitive after `to` nor a bare participle.
 */
export function hasFiniteVerb(tokens: readonly Token[]): boolean {
  // The verbs of a relative clause in the subject ("The tool that we built…") are not the main verb.
  let relative = false
  let relativeVerb = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = tokens[index - 1]
    if (['that', 'which', 'who', 'whom', 'whose'].includes(token.lower) && previous && ['NOUN', 'PROPN', 'PRON'].includes(previous.pos)) {
      relative = true
      relativeVerb = false
      continue
    }
    const finite = token.pos === 'AUX' || (token.pos === 'VERB' && previous?.lower !== 'to' && (!/ing$/.test(token.lower) || tokens.slice(Math.max(0, index - 3), index).some((before) => before.pos === 'AUX')))
    if (relative) {
      if (finite || token.pos === 'VERB') relativeVerb = true
      else if (relativeVerb && !['PART', 'ADV'].includes(token.pos)) relative = false
      if (relative) continue
    }
    if (finite) return true
  }
  return false
}

/** Index after a subordinator that opens the tokens (0 when none). */
function subordinatorLength(tokens: readonly Token[]): number {
  const first = tokens[0]?.lower ?? ''
  const pair = `${first} ${tokens[1]?.lower ?? ''}`
  if (subordinatorPairs.has(pair)) return 2
  if (subordinators.has(first)) return 1
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
  // "Why wait for…", "How do we…": a question without its mark.
  // ("When using LLMs, there should be…" is no question.)
  if (whWords.has(words[0]!.lower) && ['VERB', 'AUX'].includes(words[1]?.pos ?? '') && !['is', 'was', 'are', 'were'].includes(words[1]!.lower) && !/ing$/.test(words[1]!.lower)) return false
  if (!hasFiniteVerb(tokens)) return false
  const last = words[words.length - 1]!
  const needsMore = ['also', 'not', 'just', 'only', 'than', 'such', 'very', 'more', 'less', 'most', 'both', 'either', 'neither', 'whether', 'specifically', 'particularly', 'especially', 'mainly', 'mostly', 'largely', 'primarily', 'directly', 'including']
  // "…, open source or not" is complete.
  const orNot = last.lower === 'not' && words[words.length - 2]?.lower === 'or'
  // "…were not due to its pull approach either": after a negation "either" ends the sentence.
  const notEither = last.lower === 'either' && words.some((token) => ['not', "n't", 'no', 'never', 'nor'].includes(token.lower))
  if (needsMore.includes(last.lower) && !orNot && !notEither) return false
  const elidedInfinitive = last.lower === 'to' && ['VERB', 'AUX'].includes(words[words.length - 2]?.pos ?? '')
  if (['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART'].includes(last.pos) && !/^\d/.test(last.value) && !elidedInfinitive && !orNot) {
    // "…that they rely on" ends on a verb's preposition and is still complete; "…docs for" or a determiner never is.
    const particle = last.pos === 'ADP' && isVerb(words[words.length - 2] ?? last) && !['of', 'for', 'with', 'than'].includes(last.lower)
    if (!particle) return false
  }
  if (!lastConjunctComplete(tokens)) return false
  // "…yielded both significant size reductions": "both" promises an "and".
  const both = words.findIndex((token) => token.lower === 'both')
  if (both !== -1 && both < words.length - 1 && !words.slice(both + 1).some((token) => token.lower === 'and')) return false
  // "However, since X…": the connective does not make the clause a main one.
  const from = isComma(tokens[1]) && ['ADV', 'CCONJ'].includes(tokens[0]?.pos ?? '') ? 2 : 0
  const opening = subordinatorLength(tokens.slice(from))
  if (opening > 0) {
    // A fronted clause needs a main clause after its comma.
    const comma = tokens.findIndex((token, index) => index > from + opening && isComma(token) && (startsClause(tokens.slice(index + 1)) || startsImperative(withoutLeadingSpace(tokens.slice(index + 1)))))
    if (comma === -1) return false
  }
  return true
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
    return true
  }
  return true
}

/** Drop a non-restrictive relative clause inside a sentence (", which are now famous, were paid…"). */
function dropRelativeAside(tokens: Token[]): Token[] {
  for (let index = 1; index < tokens.length - 2; index++) {
    if (tokens[index]!.value !== ',' || !['which', 'who', 'whose', 'whom'].includes(tokens[index + 1]!.lower)) continue
    const close = tokens.findIndex((token, at) => at > index + 2 && token.value === ',')
    if (close === -1) return tokens
    if (!isVerb(tokens[close + 1] ?? tokens[0]!) || tokens[close + 1] === undefined) continue
    const next = [...tokens.slice(0, index), ...tokens.slice(close + 1)]
    if (wordsOf(next) >= 4) return next
  }
  return tokens
}

/** Whether the tokens start a clause: a subject-like word, then a verb before any comma. */
function startsClause(tokens: readonly Token[]): boolean {
  // An opening quote mark before the subject ("“agilefall” is…").
  if (['“', '"', '‘', "'"].includes(tokens[0]?.value ?? '') && tokens.length > 1) return startsClause(tokens.slice(1))
  const first = tokens[0]
  if (!first) return false
  // "no matter what tools you use, …" concedes; the clause comes after it.
  if (first.lower === 'no' && tokens[1]?.lower === 'matter') return false
  // "any of which could require…", "some of whom…": a relative clause, not a main one.
  if (tokens.slice(0, 4).some((token) => ['which', 'whom', 'whose'].includes(token.lower))) return false
  const nounAsVerb = first.pos === 'VERB' && /s$/.test(first.lower) && tokens[1] !== undefined && isVerb(tokens[1])
  if (nounAsVerb) return true
  // A gerund as the subject: "Calling this method opts a user in", "Doing the work in your spare time has…".
  const particle = ['up', 'out', 'down', 'off', 'back'].includes(tokens[1]?.lower ?? '') || tokens[1]?.pos === 'ADP'
  if (first.pos === 'VERB' && /ing$/.test(first.lower) && (['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(tokens[1]?.pos ?? '') || particle)) {
    for (let index = 2; index < Math.min(tokens.length, 12); index++) {
      const token = tokens[index]!
      if (isComma(token) || isDash(token) || token.value === ':') return false
      if (isVerb(token) && tokens[index - 1]!.lower !== 'to' && !/ing$/.test(token.lower) && ['NOUN', 'PROPN', 'PRON'].includes(tokens[index - 1]!.pos)) return true
    }
    return false
  }
  if (!['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(first.pos) && first.lower !== 'there') return false
  if (first.pos === 'ADV' && !['there', 'here'].includes(first.lower)) return false
  for (let index = 1; index < Math.min(tokens.length, 14); index++) {
    const token = tokens[index]!
    if (isComma(token) || isDash(token) || token.value === ':') return false
    // "One point to note": an infinitive is not the clause's verb.
    if (isVerb(token) && tokens[index - 1]!.lower === 'to') continue
    // "a seminal 2013 talk by…": after a determiner, an adjective or a number the tagger's verb is a noun.
    if (token.pos === 'VERB' && ['DET', 'ADJ', 'NUM'].includes(tokens[index - 1]!.pos) && !/(?:ed|ing)$/.test(token.lower)) continue
    if (isVerb(token)) return !/ing$/.test(token.lower) || tokens[index - 1]!.pos === 'AUX'
  }
  return false
}

/**
 * The statement after a lead-in and its colon ("One point to note, since
 * people are confused by this: feature freeze only affects new
 * functionality") when what comes before the colon is no clause of its own.
 */
function afterLeadIn(tokens: Token[]): Token[] {
  const colon = tokens.findIndex((token, index) => index >= 2 && token.value === ':')
  if (colon === -1) return tokens
  const head = tokens.slice(0, colon)
  const tail = tokens.slice(colon + 1)
  // "In such a system, pulling would be problematic: the service would have to buffer…": the head is the claim.
  const unfronted = dropFronted(head)
  const clause = startsClause(head) || (unfronted !== head && startsClause(unfronted))
  if (clause || wordsOf(tail) < 4 || !startsClause(tail)) return tokens
  // "…opportunities with LLMs: they may help you…": the pronoun's referent stays behind the colon.
  if (pronounSubjects.has(withoutLeadingSpace(tail)[0]!.lower)) return tokens
  return capitalise(withoutLeadingSpace(tail))
}

/**
 * Drop a short lead-in that only announces what follows its colon ("Here's
 * why:", "Think about it this way:", "The answer is simple:").
 */
function dropAnnouncement(tokens: Token[]): Token[] {
  const colon = tokens.findIndex((token, index) => index >= 1 && token.value === ':')
  if (colon === -1) return tokens
  const head = tokens.slice(0, colon)
  const tail = withoutLeadingSpace(tokens.slice(colon + 1))
  const announces = wordsOf(head) <= 6 && /^(?:here(?:['’]s| is| are)|think (?:about|of) it|put (?:simply|another way)|the (?:answer|reason|result|point|problem|solution|lesson|rule) is simple|in (?:short|other words|a nutshell)|the (?:short|long) answer|to put it simply|the bottom line)\b/i.test(tokensText(head))
  const opens = startsClause(tail) || subordinatorLength(tail) > 0 || startsImperative(tail) || tail[0]?.pos === 'ADP'
  return announces && wordsOf(tail) >= 4 && opens ? capitalise(tail) : tokens
}

function capitalise(tokens: Token[]): Token[] {
  const [first, ...rest] = tokens
  if (!first || !/^\p{Ll}/u.test(first.value) || first.type !== 'word' || /[^\p{L}'-]/u.test(first.value)) return tokens
  // A lower-case name (`npm`, `git`) keeps its case.
  if (first.pos === 'PROPN' || (first.pos === 'NOUN' && !first.stop && first.value.length <= 4 && /^[a-z]+$/.test(first.value) && !/[aeiou]/.test(first.value))) return tokens
  const value = first.value.charAt(0).toUpperCase() + first.value.slice(1)
  return [{ ...first, value, space: '' }, ...rest]
}

function withoutLeadingSpace(tokens: Token[]): Token[] {
  const [first, ...rest] = tokens
  return first ? [{ ...first, space: '' }, ...rest] : tokens
}

/** Drop `(…)`, `[…]` and `— … —` asides. */
function dropAsides(tokens: Token[]): Token[] {
  const out: Token[] = []
  let depth = 0
  // The space before a dropped bracket goes to the word after it ("text (re)uses" → "text uses").
  let space: string | undefined
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index]!
    if (depth === 0 && space !== undefined) {
      if (token.space === '' && !isPunct(token)) token = { ...token, space }
      space = undefined
    }
    if ((token.value === '(' || token.value === '[') && depth === 0) {
      // "(more than 30 percent)", "(3-4 people)" are the evidence: a bracket with a number and a word stays.
      const close = tokens.findIndex((other, at) => at > index && (other.value === ')' || other.value === ']'))
      const inside = close === -1 ? [] : tokens.slice(index + 1, close)
      if (inside.some((other) => /\d/.test(other.value)) && inside.filter((other) => /\p{L}/u.test(other.value)).length >= 1) {
        out.push(...tokens.slice(index, close + 1))
        index = close
        continue
      }
    }
    if (token.value === '(' || token.value === '[') {
      if (depth === 0) space = token.space
      depth++
      continue
    }
    if ((token.value === ')' || token.value === ']') && depth > 0) {
      depth--
      continue
    }
    if (depth > 0) continue
    if (isDash(token)) {
      const close = tokens.findIndex((other, at) => at > index && isDash(other))
      if (close !== -1 && close < tokens.length - 1) {
        index = close
        // "the world—such as X—to affect": the word after the aside needs its space back.
        const next = tokens[close + 1]!
        if (next.space === '' && !isPunct(next)) tokens[close + 1] = { ...next, space: ' ' }
        continue
      }
    }
    out.push(token)
  }
  return depth === 0 && wordsOf(out) >= 3 ? out : tokens
}

/** Drop a connective that opens the sentence ("However,", "In fact,", "But"). */
function dropConnective(tokens: Token[]): Token[] {
  for (let length = 5; length >= 1; length--) {
    const phrase = tokens
      .slice(0, length)
      .map((token) => token.lower)
      .join(' ')
    if (commaConnectives.has(phrase) && isComma(tokens[length])) {
      const rest = tokens.slice(length + 1)
      const bare = withoutLeadingSpace(rest)
      const imperative = startsImperative(bare) || (bare[0]?.lower === 'do' && ["n't", 'not'].includes(bare[1]?.lower ?? ''))
      if (wordsOf(rest) >= 3 && (opensSentence(rest) || imperative)) return capitalise(bare)
    }
  }
  if (bareConnectives.has(tokens[0]?.lower ?? '') && !isComma(tokens[1])) {
    let rest = tokens.slice(1)
    // "And of course it gave us…": a second connective, without its comma.
    for (let length = 3; length >= 1; length--) {
      const phrase = rest.slice(0, length).map((token) => token.lower).join(' ')
      if (commaConnectives.has(phrase) && startsClause(rest.slice(length))) {
        rest = rest.slice(length)
        break
      }
    }
    if (wordsOf(rest) >= 3 && (opensSentence(rest) || isVerb(rest[0]!))) return capitalise(withoutLeadingSpace(rest))
  }
  return tokens
}

/**
 * Whether what follows a dropped connective opens a sentence: a clause, a
 * fronted clause, or a fronted phrase before one ("For example, in the
 * bottles exercise, 97 of the 100 verses…", "And like many tools out there,
 * it is easy to…").
 */
function opensSentence(rest: readonly Token[]): boolean {
  return startsClause(rest) || subordinatorLength(rest) > 0 || dropFronted(withoutLeadingSpace([...rest])).length < rest.length
}

/** Drop fillers ("really", "basically") and filler phrases ("in practice", "around the world"). */
function dropFillers(tokens: Token[]): Token[] {
  let out = tokens.filter((token, index) => {
    if (!fillers.has(token.lower) || token.pos !== 'ADV') return true
    // Keep "not really", "very" before a number, and a filler next to another adverb ("almost certainly").
    const previous = tokens[index - 1]
    return previous?.lower === 'not' || previous?.pos === 'ADV' || tokens[index + 1]?.pos === 'NUM' || tokens[index + 1]?.pos === 'ADV'
  })
  // "Essentially, with a permissive license…": the filler's comma goes with it.
  if (out.length < tokens.length && isComma(out[0])) out = capitalise(withoutLeadingSpace(out.slice(1)))
  for (const phrase of fillerPhrases) {
    for (let start = 1; start + phrase.length <= out.length; start++) {
      if (phrase.every((word, offset) => out[start + offset]!.lower === word)) {
        // Only a phrase set off by a comma or ending the sentence ("as well" in "as well as" stays), or a "…the world".
        const after = out[start + phrase.length]
        if (!(isComma(out[start - 1]) || after === undefined || isPunct(after) || phrase[phrase.length - 1] === 'world')) continue
        let end = start + phrase.length
        let from = start
        // Take a comma around the phrase along.
        // "This affects, in particular, those who…": both commas of a phrase set off inside a clause go.
        if (isComma(out[from - 1]) && isComma(out[end]) && out[from - 1]!.value === ',' && out[end]!.value === ',') {
          from--
          end++
        } else if (isComma(out[from - 1]) && (isComma(out[end]) || out[end]?.value === '.')) from--
        else if (isComma(out[end])) end++
        const next = [...out.slice(0, from), ...out.slice(end)]
        if (wordsOf(next) >= 4) out = next
        break
      }
    }
  }
  return out
}

/** The noun phrase that opens `tokens` (a clause's subject), with "like A, B or C" examples. */
function openingNounPhrase(tokens: readonly Token[]): Token[] | undefined {
  let end = 0
  while (end < tokens.length && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[end]!.pos) && tokens[end]!.lower !== 'like') end++
  const core = tokens.slice(0, end)
  if (!core.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return undefined
  if (['like', 'including'].includes(tokens[end]?.lower ?? '') && /^\p{Lu}/u.test(tokens[end + 1]?.value ?? '')) {
    let at = end + 1
    while (at < tokens.length && (/^\p{Lu}/u.test(tokens[at]!.value) || (isComma(tokens[at]) && tokens[at]!.value === ',') || tokens[at]!.pos === 'CCONJ')) at++
    while (at > end && (isComma(tokens[at - 1]) || tokens[at - 1]!.pos === 'CCONJ')) at--
    return tokens.slice(0, at)
  }
  return core
}

/**
 * The subject of a clause: its opening noun phrase when a verb follows it.
 * The tagger sometimes takes the verb for a noun ("programmers shift
 * towards…"): a base-form last noun before a preposition is the verb.
 */
function clauseSubject(tokens: readonly Token[]): Token[] | undefined {
  const phrase = openingNounPhrase(tokens)
  if (!phrase) return undefined
  const next = tokens[phrase.length]
  if (next && isVerb(next)) return phrase
  // "Organizations like Hugging Face, EleutherAI, or Meta AI open-source…": the examples end the subject.
  if (phrase.some((token) => token.lower === 'like' || token.lower === 'including')) return phrase
  const last = phrase[phrase.length - 1]!
  const shorter = phrase.slice(0, -1)
  if (phrase.length >= 2 && last.pos === 'NOUN' && !/s$/.test(last.lower) && (!next || ['ADP', 'DET', 'PRON', 'ADV', 'PART'].includes(next.pos)) && shorter.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) {
    return shorter
  }
  return undefined
}

/** Whether a pronoun (`they`, `it`, `he`, `she`) can stand for a noun phrase: number, and a name for a person. */
function agrees(pronoun: string, phrase: readonly Token[]): boolean {
  const nouns = phrase.filter((token) => token.pos === 'NOUN' || token.pos === 'PROPN')
  const head = nouns[0]
  if (!head) return false
  const plural = phrase.some((token) => token.pos === 'CCONJ' || token.value === ',') || (/[^s]s$/.test(head.lower) && head.pos === 'NOUN')
  if (pronoun === 'they') return plural
  if (pronoun === 'it') return !plural
  return false
}

/** Verbs whose object can be a clause opened by "when", "where", "how". */
const objectClauseVerbs = new Set([
  'tell', 'ask', 'know', 'decide', 'see', 'show', 'explain', 'wonder', 'understand', 'learn', 'check', 'say', 'choose', 'remember', 'forget',
  'find', 'notice', 'predict', 'confirm', 'require', 'ensure', 'think', 'believe', 'mean', 'suggest', 'agree', 'note', 'argue', 'claim',
  'state', 'assume', 'guarantee', 'verify', 'prove', 'realize', 'realise', 'expect', 'hope', 'discover', 'determine', 'specify'
])

/** Drop a trailing subordinate clause written without a comma ("… so that builds keep working", "… when X fails"). */
function dropTrailingSubordinate(tokens: Token[]): Token[] {
  for (let index = tokens.length - 3; index >= 4; index--) {
    const pair = `${tokens[index]!.lower} ${tokens[index + 1]?.lower ?? ''}`
    if (!subordinators.has(tokens[index]!.lower) && !subordinatorPairs.has(pair)) continue
    if (['as', 'if', 'whether'].includes(tokens[index]!.lower)) continue
    // "This is important for security, because…": what is left would say nothing; the reason is the point.
    if (['this', 'that', 'it', 'these', 'those'].includes(tokens[0]!.lower)) continue
    // "tells you when…", "decide where…": the clause is the verb's object, not an adjunct.
    const before = tokens[index - 1]!
    if (before.pos === 'PRON' || before.pos === 'ADP' || objectClauseVerbs.has(before.lemma)) continue
    // "…the methodology that emerges when managers…": a relative clause's own verb needs its clause.
    if (isVerb(before) && tokens.slice(Math.max(0, index - 4), index - 1).some((token) => ['that', 'which', 'who'].includes(token.lower))) continue
    const head = tokens.slice(0, index)
    if (!startsClause(tokens.slice(index + (subordinatorPairs.has(pair) ? 2 : 1)))) continue
    if (wordsOf(head) >= 5 && isStatement(head)) return head
  }
  return tokens
}

/**
 * Drop a fronted clause or phrase ("When X happens, …", "By doing X, …",
 * "In most cases, …") when a main clause follows its comma. A pronoun subject
 * of the main clause ("they") is replaced by the fronted clause's subject.
 */
function dropFronted(tokens: Token[]): Token[] {
  // A condition is part of the claim ("If the item has no submenu, we treat it like a click").
  if (conditions.has(tokens[0]?.lower ?? '')) return tokens
  const sub = subordinatorLength(tokens)
  const first = tokens[0]
  if (!first) return tokens
  const gerundPhrase = first.pos === 'ADP' && tokens[1]?.pos === 'VERB' && /ing$/.test(tokens[1].lower)
  const participle = first.pos === 'VERB' && /(?:ing|ed|en)$/.test(first.lower)
  // A fronted phrase: "In most cases,", "Certainly not a new concept," (no verb of its own).
  const phrase = (['ADP', 'ADV', 'PART', 'DET', 'ADJ'].includes(first.pos) || first.lower === 'not') && sub === 0 && !gerundPhrase
  if (sub === 0 && !gerundPhrase && !participle && !phrase) return tokens
  for (let index = 1; index < tokens.length - 3; index++) {
    if (!isComma(tokens[index]) || tokens[index]!.value !== ',') continue
    const head = tokens.slice(0, index)
    const tail = tokens.slice(index + 1)
    if (phrase) {
      // "For every command you type, every word you write, say out loud…": a long fronted phrase before an imperative.
      if (startsImperative(withoutLeadingSpace(tail)) && first.pos === 'ADP' && index <= 30) return capitalise(withoutLeadingSpace(tail))
      // A short fronted phrase, only when it names nothing concrete ("In 2023," stays).
      // "Besides the fact that Prometheus is already used at scale, there are…": a concession or an addition before the claim.
      if (concessive.has(first.lower) && startsClause(tail) && !pronounSubjects.has(withoutLeadingSpace(tail)[0]!.lower) && index <= 40) return capitalise(withoutLeadingSpace(tail))
      if (head.some((token) => isVerb(token)) && first.pos === 'ADP') continue
      if (index > 8 || head.some((token) => token.entity || token.pos === 'PROPN' || token.pos === 'NUM' || isVerb(token))) return tokens
    }
    // "If X, then Y": the "then" goes with the condition.
    if (sub > 0 && tail[0]?.lower === 'then') tail.shift()
    if (!startsClause(tail)) continue
    let main = withoutLeadingSpace(tail)
    const subject = main[0]!
    // "When it comes to duplication, …" names a topic, not a time.
    const topic = /^when it comes to\b/.test(tokensText(head).toLowerCase())
    if (temporal.has(first.lower) && !pronounSubjects.has(subject.lower) && !topic) return tokens
    // "…, it's convenient to support one toolchain": an empty "it" stands for nothing in the dropped clause.
    if (subject.lower === 'it' && isExpletive(main)) return capitalise(main)
    if (pronounSubjects.has(subject.lower) && sub > 0) {
      const referent = clauseSubject(head.slice(sub))
      if (!referent) return tokens
      if (!agrees(subject.lower, referent)) return tokens
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

/** Drop the last trailing clause or phrase after a comma or dash ("…, which…", "…, making…", "… — a…"). */
function dropTrailing(tokens: Token[]): Token[] {
  for (let index = tokens.length - 2; index >= 3; index--) {
    const token = tokens[index]!
    if (!isComma(token) && !isDash(token) && token.value !== ':') continue
    const next = tokens[index + 1]!
    const opener = trailingOpeners.has(next.lower) || (next.pos === 'VERB' && /(?:ing|ed)$/.test(next.lower)) || isDash(token) || token.value === ':'
    if (!opener) continue
    const head = tokens.slice(0, index)
    // "…require that contributors confirm, on click, that…": the verb's object is in the tail.
    const last = head[head.length - 1]!
    if (last.pos === 'VERB' && objectClauseVerbs.has(last.lemma)) continue
    if (wordsOf(head) >= 4 && isStatement(head) && !opensAside(head)) return head
  }
  return tokens
}

/** Whether `head` ends inside an aside or on a word that needs more ("…and then, in other ecosystems", "…and then"). */
function opensAside(head: readonly Token[]): boolean {
  const dangling = (token: Token | undefined): boolean => token !== undefined && (['then', 'which', 'that', 'also', 'who'].includes(token.lower) || token.pos === 'CCONJ')
  if (dangling(head[head.length - 1])) return true
  const comma = head.findLastIndex((token) => token.value === ',')
  return comma >= 1 && dangling(head[comma - 1])
}

const nominal = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'])

/** Cut a list of three or more ("A, B, and C") to its first two ("A and B"). */
function shortenLists(tokens: Token[]): Token[] {
  for (let index = 0; index < tokens.length; index++) {
    const conj = tokens[index]!
    if (conj.pos !== 'CCONJ' || !['and', 'or'].includes(conj.lower)) continue
    // Walk back over comma-separated items of at most four words without a verb.
    const items: Array<[number, number]> = []
    let end = isComma(tokens[index - 1]) ? index - 1 : index
    let start = end
    for (;;) {
      while (start > 0 && nominal.has(tokens[start - 1]!.pos) && end - start < 5) start--
      if (start === end || end - start > 4) break
      items.unshift([start, end])
      if (!isComma(tokens[start - 1]) || tokens[start - 1]!.value !== ',') break
      end = start - 1
      start = end
    }
    if (items.length < 2) continue
    // The last item after the conjunction.
    let last = index + 1
    while (last < tokens.length && nominal.has(tokens[last]!.pos) && last - index <= 4) last++
    if (last === index + 1) continue
    // Only lists after the verb (a subject list is where the tagger takes verbs for nouns), each item naming something.
    if (!tokens.slice(0, items[0]![0]).some(isVerb)) continue
    const named = (from: number, to: number): boolean => tokens.slice(from, to).some((token) => ['NOUN', 'PROPN', 'NUM'].includes(token.pos))
    if (!items.every(([from, to]) => named(from, to)) || !named(index + 1, last)) continue
    // "…, crews work unsociable hours, and every border brings its own rules": the last "item" is a clause's subject.
    // (A list of names before a verb is a subject's examples and may be cut: "like Hugging Face, EleutherAI, or Meta AI enable".)
    if (last < tokens.length && isVerb(tokens[last]!) && !tokens.slice(index + 1, last).every((token) => token.pos === 'PROPN' || /^\p{Lu}/u.test(token.value))) continue
    if (last < tokens.length && !isPunct(tokens[last]!) && !isVerb(tokens[last]!) && !['ADP', 'PART', 'CCONJ', 'SCONJ', 'PRON', 'ADV'].includes(tokens[last]!.pos)) continue
    const [first, second] = items.slice(-2).length === 2 && items.length >= 2 ? [items[0]!, items[1]!] : [items[0]!, items[0]!]
    const kept = [...tokens.slice(0, first[1]), { ...conj, space: ' ' }, ...tokens.slice(second[0], second[1]).map((token, at) => (at === 0 ? { ...token, space: ' ' } : token))]
    const next = [...kept, ...tokens.slice(last)]
    if (next.length < tokens.length) return next
  }
  return tokens
}

/** Drop a trailing prepositional phrase that names nothing concrete ("…to build tools for everyone"). */
function dropTrailingPhrase(tokens: Token[]): Token[] {
  const end = tokens[tokens.length - 1]?.value === '.' ? tokens.length - 1 : tokens.length
  for (let index = end - 2; index >= 3; index--) {
    const token = tokens[index]!
    if (isComma(token) || isDash(token)) break
    if (token.pos !== 'ADP' || !droppablePrepositions.has(token.lower)) continue
    const phrase = tokens.slice(index, end)
    const before = tokens[index - 1]!
    // "interested in…", "ripe for…", "but also for…": the phrase completes what comes before it.
    if (isVerb(before) || before.lower === 'to' || ['ADP', 'ADJ', 'CCONJ', 'PART'].includes(before.pos) || ['also', 'just', 'only', 'not', 'even', 'both', 'either', 'mainly', 'mostly'].includes(before.lower)) continue
    const gerund = phrase[1]?.pos === 'VERB' && /ing$/.test(phrase[1].lower)
    // "…build apps without writing code": a "without" doing something is the point.
    if (token.lower === 'without' && gerund) continue
    // ("…for publicly released data": a participle before its noun is an adjective.)
    const verbAt = (at: number): boolean => isVerb(phrase[at]!) && !['DET', 'ADJ', 'PRON'].includes(phrase[at - 1]?.pos ?? '') && !(/ed$/.test(phrase[at]!.lower) && ['NOUN', 'PROPN'].includes(phrase[at + 1]?.pos ?? ''))
    if (phrase.slice(1).some((other, at) => other.entity || other.pos === 'PROPN' || other.pos === 'NUM' || (verbAt(at + 1) && !gerund))) continue
    const head = tokens.slice(0, index)
    if (wordsOf(head) >= 5 && isStatement(head)) return head
  }
  return tokens
}

/** The first or the second of two coordinated clauses ("A; B", "A, but B"), whichever is a statement that fits. */
function splitCoordinated(tokens: Token[], maxWords: number): Token[] {
  for (let index = 3; index < tokens.length - 3; index++) {
    const token = tokens[index]!
    const conj = tokens[index + 1]
    const boundary = token.value === ';' || (token.value === ',' && conj && ['and', 'but', 'so', 'yet', 'or', 'while', 'whereas'].includes(conj.lower))
    if (!boundary) continue
    const head = tokens.slice(0, index)
    if (insideQuotation(head)) continue
    const tail = token.value === ';' ? tokens.slice(index + 1) : tokens.slice(index + 2)
    // Both sides must be clauses: in "MIT, Apache 2.0, and GPLv3 are popular" the comma joins names.
    if (!startsClause(tail) || !hasFiniteVerb(head)) continue
    // After "but" or "yet" comes the point ("X was good, but it could use improvements"): keep the whole or the contrast.
    const contrast = ['but', 'yet'].includes(conj?.lower ?? '') && token.value === ','
    if (contrast) {
      // Whole when it fits the hard cap: "MIT, Apache 2.0, and GPLv3 are popular, but there are other options".
      if (wordsOf(tokens) <= maxWords + 6) return tokens
      if (isStatement(tail) && wordsOf(tail) <= maxWords && !pronounSubjects.has(tail[0]!.lower) && tail[0]!.lower !== 'i') return capitalise(withoutLeadingSpace(tail))
      continue
    }
    const headPointsBack = endsPointingBack(head)
    if (isStatement(head) && wordsOf(head) <= maxWords && !headPointsBack) return head
    // "…, and travellers increasingly ask about that": a tail that points back at the head is no bullet alone.
    if (isStatement(tail) && wordsOf(tail) <= maxWords && !leansOnHead(tail)) return capitalise(withoutLeadingSpace(tail))
    // A head a couple of words over is still better than a tail that leans on it.
    if (isStatement(head) && wordsOf(head) <= maxWords + 2 && !headPointsBack) return head
  }
  return tokens
}

function finish(tokens: Token[]): Token[] {
  let out = [...tokens]
  const trimPunctuation = (): void => {
    while (out.length > 0 && isPunct(out[out.length - 1]!) && !['?', '!', ')', '”', '"', "'", '’', '%'].includes(out[out.length - 1]!.value)) out = out.slice(0, -1)
  }
  trimPunctuation()
  // "…accept contribution terms, perhaps": a lone adverb left after the last comma.
  if (out.length > 3 && out[out.length - 1]!.pos === 'ADV' && isComma(out[out.length - 2])) {
    out = out.slice(0, -2)
    trimPunctuation()
  }
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
  const match = /^\(([^()]*)\)$/.exec(sentence) ?? /^\(([^()]*[.!?])\)$/.exec(sentence)
  return match ? match[1]! : sentence
}

/** {@link compressSentence} on tagged tokens. */
export function compressTokens(tagged: readonly Token[], maxWords: number, hardCap: number): Compressed | undefined {
  const whole = compressWhole(tagged, maxWords, hardCap)
  if (whole) return whole
  return compressClause(dropFillers(dropConnective(dropAsides([...tagged]))), maxWords, hardCap)
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
  for (let index = 3; index < tokens.length - 3; index++) {
    const token = tokens[index]!
    const conj = tokens[index + 1]!
    const comma = token.value === ';' || (token.value === ',' && ['and', 'but', 'so', 'yet', 'or'].includes(conj.lower))
    // "… is time-boxed at four months and the development phase of x.(y+1) starts…": a clause joined without a comma.
    const bare = token.lower === 'and' && token.pos === 'CCONJ' && startsClause(tokens.slice(index + 1)) && ['DET', 'PROPN'].includes(conj.pos)
    if (!comma && !bare) continue
    const head = tokens.slice(0, index)
    // Never inside a quotation ("the Collector “allows your service to offload data quickly and the Collector can…”").
    if (insideQuotation(head)) continue
    // "Whenever there is a discussion about X and Prometheus's approach comes up, …": the "and" is inside the fronted clause.
    if (subordinatorLength(head) > 0 && !head.some((other, at) => isComma(other) && startsClause(head.slice(at + 1)))) continue
    const tail = withoutLeadingSpace(tokens.slice(bare || token.value === ';' ? index + 1 : index + 2))
    const subjectLike = ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tail[0]?.pos ?? '') || ['we', 'you', 'i', 'people', 'there'].includes(tail[0]?.lower ?? '')
    if (!subjectLike || !hasFiniteVerb(tail) || !hasFiniteVerb(head)) continue
    const contrast = ['but', 'yet'].includes(conj.lower) && !bare
    const second = (): Compressed | undefined => (leansOnHead(tail) ? undefined : compressWhole(capitalise(tail), maxWords, hardCap))
    // "The origin server does not have enough resources for this": a clause that ends pointing back is no bullet alone.
    const first = (): Compressed | undefined => (endsPointingBack(head) ? undefined : compressWhole(head, maxWords, hardCap))
    const chosen = contrast ? second() : (first() ?? second())
    if (chosen) return chosen
  }
  return undefined
}

function compressWhole(tagged: readonly Token[], maxWords: number, hardCap: number): Compressed | undefined {
  let tokens = [...tagged]
  // Words inside quotation marks are the author's quotation: a step may drop a whole quotation, never a part.
  // ("However, again, Prometheus is not…": two connectives.)
  for (const step of [dropAsides, dropConnective, dropConnective, dropFillers, dropAnnouncement]) tokens = keepsQuotations(tokens, step(tokens))
  const within = (limit: number): boolean => wordsOf(finish(tokens)) <= limit
  // What a sub-editor removes without losing a claim, while the bullet is over its budget…
  for (const step of [afterLeadIn, dropRelativeAside, dropFronted]) {
    if (within(maxWords)) break
    tokens = keepsQuotations(tokens, step(tokens))
  }
  // …and what may carry part of the point, only for a sentence well over it: a statement a few words
  // long is better whole than cut ("BAAD is far from the first compilation…" lost its "but…").
  const lossyFrom = maxWords + lossySlack
  for (const step of [shortenLists, shortenLists, dropTrailing, dropTrailing, dropTrailingSubordinate, dropTrailingSubordinate, dropTrailingSecondPredicate, dropTrailingPhrase, dropTrailingPhrase]) {
    if (within(lossyFrom)) break
    const next = keepsQuotations(tokens, step(tokens))
    // A statement within the hard cap keeps its names and numbers ("…for feedback on early drafts: Matthew Brett, Henry Schreiner, Dan McCloy").
    if (within(hardCap) && namesSomething(tokens) && !namesSomething(next)) continue
    tokens = next
  }
  if (!within(lossyFrom)) tokens = keepsQuotations(tokens, splitCoordinated(tokens, lossyFrom))
  const final = finish(tokens)
  const words = wordsOf(final)
  if (!isStatement(final) || words > hardCap) return undefined
  return { text: balanceQuotes(tokensText(final)), tokens: final, words, fits: words <= maxWords }
}

/**
 * Whether tokens name something an audience can hold on to: a number, a
 * name inside the sentence, or code — not just an ordinal or a vague date
 * ("a second time", "today").
 *
 * @param tokens Tagged text.
 */
export function namesSomething(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, index) =>
      /\d/.test(token.value) ||
      (token.pos === 'PROPN' && index > 0 && /^\p{Lu}/u.test(token.value) && !/^[:“"‘(]$/.test(tokens[index - 1]!.value)) ||
      token.value === '`' ||
      /[a-z][A-Z]|[._/][a-z]/.test(token.value)
  )
}

/**
 * Drop a second predicate joined by "and" without a comma ("…should be an
 * easy swap and will have better performance"): the first is the claim.
 */
function dropTrailingSecondPredicate(tokens: Token[]): Token[] {
  for (let index = tokens.length - 3; index >= 5; index--) {
    const token = tokens[index]!
    const next = tokens[index + 1]!
    if (token.lower !== 'and' || isComma(tokens[index - 1])) continue
    // ("…get explicit and focused community input": adjectives, however the tagger reads "focused".)
    const participle = /ed$/.test(next.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[index + 2]?.pos ?? '')
    // A bare form ("the build and publish workflows") is a second predicate only after a modal ("should be an easy swap and have…").
    const modal = tokens.slice(0, index).some((other) => other.pos === 'AUX' && ['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must'].includes(other.lower))
    const finite = /(?:s|ed)$/.test(next.lower) || modal
    const predicate = (next.pos === 'AUX' && !['is', 'are', 'was', 'were', "'s"].includes(next.lower)) || (next.pos === 'VERB' && !/ing$/.test(next.lower) && finite && ['NOUN', 'PROPN', 'PRON', 'ADV'].includes(tokens[index - 1]!.pos) && !participle)
    if (!predicate) continue
    const head = tokens.slice(0, index)
    if (wordsOf(head) >= 6 && isStatement(head)) return head
  }
  return tokens
}

/** Pronouns that point at something named in another clause or sentence. */
const pointingPronouns = new Set(['this', 'that', 'it', 'them', 'these', 'those'])

/** Whether a clause ends on a pronoun that points back ("…enough resources for this"): no bullet alone. */
function endsPointingBack(tokens: readonly Token[]): boolean {
  return pointingPronouns.has(tokens.filter((token) => !isPunct(token)).at(-1)?.lower ?? '')
}

/** Whether a clause that follows another leans on it ("…, and travellers ask about that"), or opens with "they", "it": no bullet alone. */
function leansOnHead(tail: readonly Token[]): boolean {
  return pronounSubjects.has(tail[0]?.lower ?? '') || tail.some((token, at) => at > 0 && pointingPronouns.has(token.lower) && token.pos === 'PRON')
}

/** Whether the tokens end inside a quotation: an opening mark not closed. */
function insideQuotation(tokens: readonly Token[]): boolean {
  const curly = tokens.filter((token) => token.value === '“').length - tokens.filter((token) => token.value === '”').length
  const straight = tokens.filter((token) => token.value === '"').length
  return curly > 0 || straight % 2 === 1
}

/** The quotations in tokens ("…", “…”), as text. */
function quotations(tokens: readonly Token[]): string[] {
  const found: string[] = []
  let open: number | undefined
  tokens.forEach((token, index) => {
    const straight = token.value === '"'
    if (token.value === '“' || (straight && open === undefined)) open = index
    else if ((token.value === '”' || straight) && open !== undefined) {
      found.push(tokensText(tokens.slice(open + 1, index)).trim())
      open = undefined
    }
  })
  return found.filter((quote) => countWords(quote) >= 2)
}

/**
 * `after` when every quotation of `before` is in it whole or gone from it
 * whole, else `before`: "it involves “maintaining balance, pacing, and
 * efficiency…”" never loses words inside its quotation marks.
 */
function keepsQuotations(before: Token[], after: Token[]): Token[] {
  if (after === before) return after
  const text = tokensText(after)
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
  for (const quote of quotations(before)) {
    if (text.includes(quote)) continue
    const own = quote.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3)
    if (own.some((word) => words.has(word))) return before
  }
  return after
}

/** Words over `maxWords` a bullet may keep rather than lose a clause. */
const lossySlack = 4

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
    const token = tokens[index]!
    const next = tokens[index + 1]!
    const boundary = token.value === ';' || (token.value === ',' && (next.pos === 'CCONJ' || subordinators.has(next.lower)))
    // A part without a verb is not a clause ("MIT, Apache 2.0, and GPLv3 are…"): it stays with what follows.
    if (!boundary || !hasFiniteVerb(tokens.slice(start, index))) continue
    segments.push({ tokens: tokens.slice(start, index), dependent })
    start = index + 1
    // A clause after "as", "since", "because" gives a reason, not a claim: "…, as the instrumented service would have to buffer events" is no bullet.
    dependent = subordinators.has(tokens[start]?.lower ?? '')
    while (start < tokens.length && (tokens[start]!.pos === 'CCONJ' || subordinators.has(tokens[start]!.lower))) start++
  }
  segments.push({ tokens: tokens.slice(start), dependent })
  return segments.filter((segment) => segment.tokens.length > 0 && !segment.dependent).map((segment) => capitalise(withoutLeadingSpace([...segment.tokens])))
}

/**
 * A sentence cut from a quotation keeps its quotation marks balanced
 * (`"I’m conservative and risk-averse` gets its closing mark).
 *
 * @param text A bullet.
 * @returns The bullet, with a closing mark when it opens a quotation it does not close.
 */
export function balanceQuotes(text: string): string {
  const opens = (text.match(/[“]/g) ?? []).length + ((text.match(/"/g) ?? []).length % 2)
  const closes = (text.match(/[”]/g) ?? []).length
  if (/^[“"]/.test(text) && opens > closes) return text + (text.startsWith('“') ? '”' : '"')
  return text
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
