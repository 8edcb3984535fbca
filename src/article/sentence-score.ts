/**
 * Scoring the sentences of a section by importance rather than position:
 * centrality in a similarity graph of the section's sentences (TextRank),
 * overlap with the heading and the title, concrete content (numbers, names,
 * code), the turn or conclusion of a paragraph; signposts, rhetorical
 * questions and lead-ins never win. Each sentence's features are weighed by
 * `selection-weights.ts`.
 */
import { countWords, isQuestion, isStatement, namesSomething } from './clause-grammar.js'
import { compressTokens } from './compress.js'
import { firstFigure } from './key-figures.js'
import { tagSentence, tokensText } from './nlp.js'
import { namedSubject } from './named-subject.js'
import { isVague } from './leaning.js'
import { analyse, noteMark, termsOf, type Analysis } from './sentence-analysis.js'
import { joinPayoffs, markTeasers } from './punchlines.js'
import { endsOnColon, isBlogMeta, namesPicture } from './signposts.js'
import { isAuthorBio, isTitledBio } from '../text/credit-lines.js'
import { noFeatures, scoreOf, type Features } from './selection-weights.js'

/** One sentence of a section, tagged and scored. */
export interface Candidate extends Analysis {
  /** Which paragraph of the section it belongs to. */
  paragraph: number
  /** Its index in the paragraph. */
  index: number
  /** What the score is made of (`selection-weights.ts`): each feature's value. */
  features: Features
  /** Importance; higher is better: the features weighed. */
  score: number
  /** The terms of the section's heading and the deck's title: what a slide names before any bullet. */
  anchors?: ReadonlySet<string> | undefined
}

/** Options of {@link scoreSentences}. */
export interface SelectOptions {
  /** The section heading (plain text). */
  heading?: string | undefined
  /** The deck title (plain text). */
  title?: string | undefined
  /** The deck's author line: a sentence that says who an author is is no bullet. */
  author?: string | undefined
  /** Words a bullet should have (default 14). */
  maxWords?: number | undefined
  /** Most bullets to choose (default 5). */
  most?: number | undefined
  /** The language of the prose (BCP 47): English is compressed, another language shown in whole sentences. */
  lang?: string | undefined
  /** What the section sets in bold (`emphasized` in `block-kinds.ts`): a sentence with it is a claim its author marked. */
  emphasis?: readonly string[] | undefined
}

/** A sentence that credits a picture's owner: "Reproduced courtesy of Museum of New Zealand…", "No known copyright restrictions". */
const creditLine = /^(?:(?:reproduced|used|shown|image|photo|photograph|picture|illustration)s? (?:by |with the )?(?:kind )?(?:courtesy|permission) of|courtesy of|no known copyright restrictions)\b/i

/** How many terms two sets share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const term of a) if (b.has(term)) count++
  return count
}

/** TextRank similarity of two sentences. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size < 2 || b.size < 2) return 0
  return overlap(a, b) / (Math.log(a.size) + Math.log(b.size))
}

/** A count of things a sentence announces without naming them. */
const announcesItems = /^(?:[\p{L}\p{N} ’'-]{2,40} (?:has|have|had) (?:two|three|four|five|several|a few) (?:main |key |big |major |important )?\p{L}+s$|there (?:are|were|is) (?:only |really only )?(?:two|three|four|five|six|several|a few|many|some|a number of)\b|.*\b(?:in|into) (?:two|three|four|five|several|a few|a number of) (?:\w+ )?(?:ways|groups|categories|parts|types|kinds|classes)(?: here| below| now)?$|.*\b(?:stems?|stemmed|comes?|came|arises?|arose) from (?:a variety of|various|several|many|a number of|a range of|multiple) (?:\w+ )?(?:reasons|factors|sources|causes)$|.*\b(?:two|three|four|five|several|a few|some) (?:other |more |further )?(?:core |main |key |important |big |major )?(?:reasons|tasks|things|steps|lessons|guidelines|principles|challenges|barriers|factors|jobs|trends|issues|problems|changes|questions|ideas|options|approaches|developments)\b)/iu

/** A sentence that rejects the view the one before reported: "This view is fundamentally flawed.", "That is simply not true." */
// ("You're either born like Dostoevskij or you'll always write crap." / "Of course, this isn't true.")
const rejects = /^(?:(?:of course|but|obviously|clearly|needless to say),? (?:this|that|it) (?:is(?:n['’]t| not)|was(?:n['’]t| not)|['’]s not) (?:true|the case|so|right)\b|(?:this|that|such an?) (?:view|argument|claim|idea|reasoning|assumption|logic|notion|belief|thinking) is (?:\w+ )?(?:flawed|wrong|mistaken|misguided|false|incorrect|misleading|a myth)|(?:this|that) is (?:simply |just )?(?:not true|untrue|wrong|false|a myth))\b/i

/** Openings of a sentence that turns against the one before. */
const turns = /^(?:however|but|yet|instead|in fact|in reality|actually|unfortunately|sadly|alas|the problem is|the catch is|well,? (?:it|that|this|they) (?:was|is|were|did|does)(?:n['’]t| not)|(?:this|that|it) (?:is|was|['’]s) (?:all )?(?:good|fine|great|well)(?: and good)?,? but)\b/i

/** A first impression the section goes on to turn: "At first, Google Earth Studio seems to be fine even with large datasets…". */
const seemingSetUp = /^(?:at first(?: (?:glance|sight))?|initially|in the beginning|on the surface),? [^.!?]{0,80}\b(?:seems?|seemed|appears?|appeared|looks?|looked)\b/i

/**
 * Whether a sentence turns round the one before it: it opens with "However", "But", "Yet", "Still", "Nevertheless" or
 * "Even so", or has ", however," after its first few words ("With sixty million, however, you could have feathers,
 * too"). ("Nonetheless, this post lists ten tips" goes on in spite of the claim before; it takes nothing back.)
 *
 * @param sentence One sentence.
 * @returns `true` for a turn.
 */
export function turnsRound(sentence: string): boolean {
  return /^\W*(?:however|but|yet|still|nevertheless|even so)\b/i.test(sentence) || /^(?:\S+ ){1,5}\S+, however,/i.test(sentence.trim())
}

/** Openings of a sentence that draws the conclusion of the ones before. */
const concludes = /^(?:as a result|therefore|thus|hence|consequently|in short|in sum|in the end|ultimately|the result is|the upshot is|the bottom line is)\b/i

/** A sentence that names itself the lesson: "The key lesson learned was to match the motivation… with the right stakeholders". */
export const statesLesson = /^(?:so,? |and,? )?the (?:key|main|chief|central|most important|biggest|big|real|one) (?:lesson|takeaway|insight|finding|point|aspect|factor)s? (?:learn[et] |learned |here |from (?:this|it|the \w+) )?(?:that [^.!?]{3,80} )?(?:is|was|were|are)\b/i

/** PageRank over a similarity matrix: a few iterations are enough for a section. */
function centrality(candidates: readonly Candidate[]): number[] {
  const n = candidates.length
  if (n === 0) return []
  const weights = candidates.map((a, i) => candidates.map((b, j) => (i === j ? 0 : similarity(a.terms, b.terms))))
  const totals = weights.map((row) => row.reduce((sum, value) => sum + value, 0))
  let rank = new Array<number>(n).fill(1 / n)
  for (let iteration = 0; iteration < 20; iteration++) {
    rank = rank.map((_, i) => 0.15 / n + 0.85 * weights.reduce((sum, row, j) => sum + (totals[j]! > 0 ? (row[i]! / totals[j]!) * rank[j]! : 0), 0))
  }
  const top = Math.max(...rank)
  return rank.map((value) => (top > 0 ? value / top : 0))
}

/** Advice to the reader: what to do or avoid. */
const advice = /\byou (?:should|must|need to|ought to)\b|^(?:(?:please|always|never) )?(?:avoid|don['’]t|do not|make sure|take care|be (?:careful|aware|vigilant|prepared))\b/i

/** Words by which a writer says a claim matters most or sets a record ("the largest on record", "a key driver"). */
const stresses = /\b(?:record|largest|highest|lowest|biggest|smallest|fastest|slowest|first[- ]ever|unprecedented|greatest|strongest|most important|key|critical|essential|crucial)\b/i

/** What {@link featuresOf} reads besides the candidate itself. */
interface Context {
  central: number
  heading: ReadonlySet<string>
  title: ReadonlySet<string>
  emphasis: readonly string[]
  answers: boolean
  next: Candidate | undefined
  following: Candidate | undefined
  lastInParagraph: boolean
  loneOpening: boolean
  /** Where the sentence stands in its section: 1 for the first, 0 for the last. */
  place: number
  /** The bullet's word budget. */
  maxWords: number
}

/** A sentence's features (`selection-weights.ts` says what each means and weighs it). */
function featuresOf(candidate: Candidate, context: Context): Features {
  const { tokens, sentence, bullet } = candidate
  const { heading, title, next } = context
  const question = isQuestion(tokens)
  const announces = bullet !== undefined && announcesItems.test(bullet.text.replace(/^["“‘']+/, '')) && !bullet.text.includes(':')
  const announcesFirst = announces && next !== undefined && /^(?:one|the first|first)\b/i.test(next.sentence)
  const figure = firstFigure(sentence) !== undefined
  // (A maxim says much in few terms: "Ambition must be made to counteract ambition"; not a definition, "Working software means
  // tested, potentially shippable software".)
  const maxim = bullet?.fits && countWords(sentence) <= 10 && !question && !tokens.some((token) => ['mean', 'refer', 'define', 'stand'].includes(token.lemma)) && tokens.some((token, at) => ['NOUN', 'PROPN', 'VERB', 'ADJ'].includes(token.pos) && !token.stop && token.lemma.length >= 4 && tokens.some((other, later) => later > at && other.lemma.toLowerCase() === token.lemma.toLowerCase()))
  const bolded = context.emphasis.some((text) => bolds(sentence, text))
  const marked = bolded || candidate.announced || statesLesson.test(sentence)
  // (A paragraph of one sentence its author set in bold is the section's rule, long or conditional as it is: "If you want
  // to build a habit, you should **reduce the friction of that habit** or **increase the friction of the alternatives**.")
  const rule = bolded && candidate.index === 0 && context.lastInParagraph
  return {
    central: context.central,
    heading: heading.size > 0 ? overlap(candidate.terms, heading) / heading.size : 0,
    titleUnderHeading: title.size > 0 && heading.size > 0 ? overlap(candidate.terms, title) / title.size : 0,
    titleAlone: title.size > 0 && heading.size === 0 ? overlap(candidate.terms, title) / title.size : 0,
    concrete: candidate.concrete ? 1 : 0,
    marked: marked ? 1 : 0,
    enumeration: candidate.enumeration ? 1 : 0,
    example: /^(?:for example|for instance|as an example|to give an example|e\.g\.),/i.test(sentence) && bullet && !candidate.vague ? 1 : 0,
    figure: figure ? 1 : 0,
    stressed: stresses.test(sentence) ? 1 : 0,
    advises: advice.test(sentence) ? 1 : 0,
    maxim: maxim ? 1 : 0,
    digits: !figure && tokens.some((token, index) => /\d/.test(token.value) && !noteMark(tokens, index)) ? 1 : 0,
    names: bullet && namesSomething(bullet.tokens) ? 1 : 0,
    opensParagraph: candidate.index === 0 ? 1 : 0,
    closesParagraph: context.lastInParagraph && candidate.index > 0 ? 1 : 0,
    loneOpening: context.loneOpening && !candidate.signpost ? 1 : 0,
    opensSection: context.place === 1 ? 1 : 0,
    early: context.place,
    turn: turns.test(sentence) ? 1 : 0,
    beforeTurn: next && turns.test(next.sentence) ? 1 : 0,
    conclusion: concludes.test(sentence) && !(context.following && turns.test(context.following.sentence)) ? 1 : 0,
    fewTerms: candidate.terms.size < 3 && !maxim ? 1 : 0,
    signpost: candidate.signpost && !question ? 1 : 0,
    announcesItems: announces && !announcesFirst ? 1 : 0,
    announcesFirst: announcesFirst ? 1 : 0,
    answers: context.answers ? 1 : 0,
    question: question ? 1 : 0,
    leadIn: endsOnColon.test(sentence) ? 1 : 0,
    aside: /^\(/.test(sentence) ? 1 : 0,
    vague: candidate.vague ? 1 : 0,
    frontedClause: bullet && !rule && /^(?:when|while|if|although|though|because|since|as|after|before|once|unless)\b/i.test(bullet.text) ? 1 : 0,
    noBullet: bullet ? 0 : 1,
    overBudget: bullet && !bullet.fits ? 1 : 0,
    long: bullet && !rule && bullet.words > context.maxWords + 6 ? 1 : 0,
    veryLong: bullet && bullet.words > context.maxWords + 10 ? 1 : 0,
    length: Math.min(countWords(sentence), 40) / 40,
    short: bullet && bullet.fits && bullet.words <= 4 ? 1 : 0,
  }
}

/**
 * Tag and score the sentences of a section's paragraphs.
 *
 * @param paragraphs The sentences of each prose paragraph, in order.
 * @param options Heading, title and word budget.
 * @returns One candidate per sentence, in source order.
 */
export function scoreSentences(paragraphs: readonly (readonly string[])[], options: SelectOptions = {}): Candidate[] {
  const maxWords = options.maxWords ?? 14
  const english = /^en\b/i.test(options.lang ?? 'en')
  const heading = termsOf(options.heading ? tagSentence(options.heading) : [])
  const title = termsOf(options.title ? tagSentence(options.title) : [])
  const anchors = new Set([...heading, ...title])
  const candidates: Candidate[] = paragraphs.flatMap((sentences, paragraph) =>
    sentences.map((sentence, index) => {
      const analysis = analyse(sentence, maxWords, sentences.length === 1, english)
      // (A copy: the candidate's lists and sets are its own, and `named` replaces its bullet.)
      return { ...analysis, tokens: [...analysis.tokens], terms: new Set(analysis.terms), paragraph, index, features: noFeatures, score: 0 }
    })
  )
  if (english) for (const candidate of candidates) Object.assign(candidate, named(candidate, candidates), markedClaim(candidate, options.emphasis ?? [], maxWords))
  // (A paragraph about the blog itself, "I'm still experimenting with what I'm going to blog about here…", says nothing of the topic.)
  // (Nor does the bio of whom the title names, opening the last paragraph: "David Leip is Chief Electrical Engineer at
  // LTX-Credence. He started the US Elections Atlas in 1993…" under "…Interview with U.S. Elections Atlas' David Leip".)
  // (Not a profile's opening paragraph, before any heading, "Johanna Öjeling is a Senior Software Engineer at Normative. She
  // started using Apache Beam in 2020…": it introduces the talk's subject.)
  const titleBio = (candidate: Candidate): boolean => candidate.index === 0 && candidate.paragraph === paragraphs.length - 1 && (paragraphs.length > 1 || !/^(?:introduction)?$/i.test(options.heading ?? '')) && isTitledBio(candidate.sentence, options.title ?? '')
  const meta = new Set(candidates.filter((candidate) => isBlogMeta(candidate.sentence) || titleBio(candidate)).map((candidate) => candidate.paragraph))
  // (Nor does a picture's caption a copied page kept without its picture, a paragraph of one or two sentences that opens
  // by naming it: "Draft map of regional recreation… around Marianna, FL. Habitat corridors (shown in green hatching)…".)
  for (const [paragraph, sentences] of paragraphs.entries()) {
    const first = candidates.find((candidate) => candidate.paragraph === paragraph)
    const words = countWords(sentences.join(' '))
    if (first && sentences.length <= 2 && words <= 45 && namesPicture(first.tokens)) meta.add(paragraph)
    // (Or a museum's caption with its credit: "Little Spotted Kiwi by J.G. Keulemans, 1872. New Zealand. Reproduced
    // courtesy of Museum of New Zealand Te Papa Tongarewa. No known copyright restrictions. (O.009829)".)
    if (sentences.length <= 6 && words <= 60 && sentences.some((sentence) => creditLine.test(sentence.trim()))) meta.add(paragraph)
  }
  // (So does who an author is, "Aviv Sharon is a volunteer at the Israeli non-profit…", at the end of a post, or a credit:
  // "Additional editorial and graphical work done by Florian Kaiselgruber".)
  const credit = (text: string): boolean => countWords(text) <= 16 && /\b(?:done|edited|illustrated|designed|produced|compiled|photographed|copy-?edited|fact-?checked) by \p{Lu}[^.!?]*[.!?]?$/u.test(text)
  // (Nor a remark the writer put in brackets to say what a word meant, "(Here, I mean compliers in the IV sense, not
  // farmers who followed the contract.)": an aside to the reader, the only bullet of a section's first slide; a claim in
  // brackets, "(There is no security boundary within a build: …)", stays; one that points back, "(I told them about that
  // and they gave me $300…)", goes.)
  // (An editor's words in square brackets inside a quotation, "[Use the FEMA checklist to get started].", are no claim of its.)
  const bracketed = (text: string): boolean => editorial(text) || (/^\([^()]*[.!?]\)$/.test(text.trim()) && /^\((?:here,? )?(?:i|we) (?:mean|use|say|refer)\b|^\((?:by (?:this|that)|that is|i\.e\.|note)\b|^\((?:\S+ ){1,5}(?:that|them|those)(?: |[.!?,]|$)(?!(?:is|are|was|were|has|have|can|will|would)\b)/i.test(text.trim()))
  for (const candidate of candidates) if (meta.has(candidate.paragraph) || credit(candidate.sentence) || bracketed(candidate.sentence) || (options.author && [candidate.sentence, candidate.bullet?.text ?? ''].some((text) => isAuthorBio(text, options.author!)))) candidate.signpost = true
  // (A payoff of a few words, "They're storytellers.", ends its claim's bullet: `punchlines.ts`.)
  if (english) joinPayoffs(candidates, maxWords + 6)
  // ("There is one very easy way to identify misinformation." promises what the next sentence gives: `punchlines.ts`.)
  const answers = markTeasers(candidates)
  // (So does the sentence that answers a heading's "What is X?": "What is open data?" / "Open data is data someone else
  // collected which is free for you to take and use, as long as…", which had lost to two lesser ones for its length.)
  const asked = /^what (?:is|are) (?:an? |the )?(.{2,40}?)\?$/i.exec((options.heading ?? '').trim())?.[1]?.toLowerCase()
  const defines = (sentence: string): boolean => [`${asked} is `, `${asked} are `].some((opening) => sentence.toLowerCase().replace(/^(?:an? |the )/, '').startsWith(opening))
  const defining = asked === undefined ? undefined : candidates.find((candidate) => defines(candidate.sentence))
  if (defining) answers.add(defining)
  // (And a short answer alone under a question heading: "How many delta points does Feng Cha have?" / "Zero." had been
  // left out for having no verb, and the slide asked without answering.)
  const short = candidates[0]
  if (short && /\?$/.test((options.heading ?? '').trim()) && short.paragraph === 0 && paragraphs[0]!.length === 1 && countWords(short.sentence) <= 4 && paragraphs.length > 1) {
    short.bullet = { text: short.sentence.trim().replace(/(?<!\.\.)\.$/, ''), tokens: short.tokens, words: countWords(short.sentence), fits: true }
    answers.add(short)
  }
  const central = centrality(candidates)
  candidates.forEach((candidate, at) => {
    const next = candidates[at + 1]
    const sameParagraph = next !== undefined && next.paragraph === candidate.paragraph
    // ("Some have argued that Mozilla's current budget could serve as a baseline…" before "This view is fundamentally
    // flawed.": alone on a slide it says what the author denies; the notes keep both.)
    // (Or a paragraph of its own that rejects it: "…or you'll always write crap." / "Of course, this isn't true.")
    // (Or a tag that marks it as irony: "And of course, everyone works in such a perfect environment." / "Right?")
    if ((sameParagraph || (next !== undefined && next.index === 0 && paragraphs[next.paragraph]!.length === 1)) && (rejects.test(next!.sentence.trim()) || (sameParagraph && /^(?:right|yeah,? right|not|or not)[?.!]+$/i.test(next!.sentence.trim())))) candidate.signpost = true
    // (Nor a first impression the writer goes on to turn, unless the turn is in the same sentence.)
    if (seemingSetUp.test(candidate.sentence) && !/\b(?:but|however|yet|until)\b/i.test(candidate.sentence)) candidate.signpost = true
    candidate.features = featuresOf(candidate, {
      central: central[at]!,
      heading,
      title,
      emphasis: options.emphasis ?? [],
      answers: answers.has(candidate),
      next: sameParagraph ? next : undefined,
      following: next,
      lastInParagraph: !sameParagraph,
      loneOpening: candidate.paragraph === 0 && paragraphs[0]!.length === 1 && paragraphs.length > 2,
      maxWords,
      place: candidates.length > 1 ? 1 - at / (candidates.length - 1) : 1,
    })
    candidate.score = scoreOf(candidate.features)
    candidate.anchors = anchors
  })
  return candidates
}

/**
 * The bullet of a sentence whose author set a clause of it in bold after a colon ("…has a dark side, which boils down
 * to this: **the skills required to be a successful scientific researcher are increasingly indistinguishable from the
 * skills required to be successful in industry**"): that clause, compressed, when it makes a statement of its own.
 */
function markedClaim(candidate: Candidate, emphasis: readonly string[], maxWords: number): Partial<Candidate> {
  const text = emphasis.find((marked) => bolds(candidate.sentence, marked) && candidate.sentence.includes(`: ${marked.slice(0, 20)}`))
  if (!text) return {}
  const tokens = tagSentence(text.charAt(0).toUpperCase() + text.slice(1))
  if (!isStatement(tokens)) return {}
  // (The author's claim whole when no cut keeps it, up to ten words over the budget.)
  const whole = tokensText(tokens).replace(/[.!]$/, '')
  const bullet = compressTokens(tokens, maxWords, maxWords + 6) ?? (countWords(whole) <= maxWords + 10 ? { text: whole, tokens, words: countWords(whole), fits: false } : undefined)
  return bullet && isStatement(bullet.tokens) ? { bullet, vague: isVague(bullet.tokens, bullet.text), signpost: false } : {}
}

/** Whether a sentence holds a bold run (or is held in one that runs over several sentences). */
function bolds(sentence: string, text: string): boolean {
  const plain = sentence.replace(/\s+/g, ' ').trim().replace(/[.!?]["'”’)]*$/, '')
  return plain.includes(text.split(' ').slice(0, 5).join(' ')) || text.includes(plain)
}

/** The candidate with the name its bullet's opening pronoun stands for (`named-subject.ts`), when there is one. */
export function named(candidate: Candidate, all: readonly Candidate[]): Candidate {
  const tokens = namedSubject(candidate, all)
  if (!tokens) return candidate
  const text = tokensText(tokens)
  return { ...candidate, bullet: { ...candidate.bullet!, tokens, text, words: countWords(text) }, vague: isVague(tokens, text) }
}

/** Whether a sentence is wholly an editor's words in square brackets, its own brackets inside: "[Use the [FEMA checklist][SCDV] to get started].". */
export function editorial(sentence: string): boolean {
  const text = sentence.trim().replace(/^["'“‘]/, '').replace(/[.!?]?["'”’]*$/, '')
  if (!text.startsWith('[') || !text.endsWith(']')) return false
  let depth = 0
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '[') depth++
    else if (text[at] === ']' && --depth === 0 && at < text.length - 1) return false
  }
  return depth === 0
}
