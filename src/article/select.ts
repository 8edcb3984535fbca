/**
 * Choosing the sentences of a section that go on the face of its slide, by
 * importance rather than position: centrality in a similarity graph of the
 * section's sentences (TextRank), overlap with the heading and the title,
 * and concrete content (numbers, names, code); signposts, rhetorical
 * questions and lead-ins never win. The strongest few are kept, in source
 * order, with the section's best concrete example when it has one.
 */
import { countWords, isQuestion, isStatement, namesSomething, pronounSubjects } from './clause-grammar.js'
import { compressTokens, type Compressed } from './compress.js'
import { clauseSegments } from './clause-segments.js'
import { firstFigure } from './key-figures.js'
import { tagSentence, tokensText, type Token } from './nlp.js'
import { namedSubject } from './named-subject.js'
import { isExpletive, isVague } from './leaning.js'
import { analyse, termsOf, type Analysis } from './sentence-analysis.js'
import { joinPayoffs, markTeasers } from './punchlines.js'
import { isBlogMeta } from './signposts.js'

/** One sentence of a section, tagged and scored. */
export interface Candidate extends Analysis {
  /** Which paragraph of the section it belongs to. */
  paragraph: number
  /** Its index in the paragraph. */
  index: number
  /** Importance; higher is better. */
  score: number
}

/** Options of {@link selectSentences}. */
export interface SelectOptions {
  /** The section heading (plain text). */
  heading?: string | undefined
  /** The deck title (plain text). */
  title?: string | undefined
  /** Words a bullet should have (default 14). */
  maxWords?: number | undefined
  /** Most bullets to choose (default 5). */
  most?: number | undefined
  /** The language of the prose (BCP 47): English is compressed, another language shown in whole sentences. */
  lang?: string | undefined
  /** What the section sets in bold (`emphasized` in `block-kinds.ts`): a sentence with it is a claim its author marked. */
  emphasis?: readonly string[] | undefined
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const term of a) if (b.has(term)) count++
  return count
}

/** TextRank similarity of two sentences. */
function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size < 2 || b.size < 2) return 0
  return overlap(a, b) / (Math.log(a.size) + Math.log(b.size))
}

/** Shared terms over all terms: near 1 for a sentence that repeats another. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = overlap(a, b)
  const union = a.size + b.size - shared
  return union === 0 ? 1 : shared / union
}

/** A count of things a sentence announces without naming them. */
const announcesItems = /^(?:[\p{L}\p{N} ’'-]{2,40} (?:has|have|had) (?:two|three|four|five|several|a few) (?:main |key |big |major |important )?\p{L}+s$|there (?:are|were|is) (?:only |really only )?(?:two|three|four|five|six|several|a few|many|some|a number of)\b|.*\b(?:in|into) (?:two|three|four|five|several|a few|a number of) (?:\w+ )?(?:ways|groups|categories|parts|types|kinds|classes)$|.*\b(?:stems?|stemmed|comes?|came|arises?|arose) from (?:a variety of|various|several|many|a number of|a range of|multiple) (?:\w+ )?(?:reasons|factors|sources|causes)$|.*\b(?:two|three|four|five|several|a few|some) (?:other |more |further )?(?:core |main |key |important |big |major )?(?:reasons|tasks|things|steps|lessons|guidelines|principles|challenges|barriers|factors|jobs|trends|issues|problems|changes|questions|ideas|options|approaches|developments)\b)/iu

/** Openings of a sentence that turns against the one before. */
const turns = /^(?:however|but|yet|instead|in fact|in reality|actually|unfortunately|the problem is|the catch is)\b/i

/** Openings of a sentence that draws the conclusion of the ones before. */
const concludes = /^(?:as a result|therefore|thus|hence|consequently|in short|in sum|in the end|ultimately|the result is|the upshot is|the bottom line is)\b/i

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
  const candidates: Candidate[] = paragraphs.flatMap((sentences, paragraph) =>
    sentences.map((sentence, index) => {
      const analysis = analyse(sentence, maxWords, sentences.length === 1, english)
      // (A copy: the candidate's lists and sets are its own, and `named` replaces its bullet.)
      return { ...analysis, tokens: [...analysis.tokens], terms: new Set(analysis.terms), paragraph, index, score: 0 }
    })
  )
  if (english) for (const candidate of candidates) Object.assign(candidate, named(candidate, candidates), markedClaim(candidate, options.emphasis ?? [], maxWords))
  // (A paragraph about the blog itself, "I'm still experimenting with what I'm going to blog about here…", says nothing of the topic.)
  const meta = new Set(candidates.filter((candidate) => isBlogMeta(candidate.sentence)).map((candidate) => candidate.paragraph))
  for (const candidate of candidates) if (meta.has(candidate.paragraph)) candidate.signpost = true
  // (A payoff of a few words, "They're storytellers.", ends its claim's bullet: `punchlines.ts`.)
  if (english) joinPayoffs(candidates, maxWords + 6)
  // ("There is one very easy way to identify misinformation." promises what the next sentence gives: `punchlines.ts`.)
  const answers = markTeasers(candidates)
  const central = centrality(candidates)
  candidates.forEach((candidate, at) => {
    const { tokens, sentence } = candidate
    let score = central[at]! * 2
    score += heading.size > 0 ? (overlap(candidate.terms, heading) / heading.size) * 1.5 : 0
    // (Under no heading, the opening of an article or one without headings, the title names the topic: "Laura had had
    // reported to her a preponderance of Bronze Age artifacts from a scattered hoard" under "Excavation of Bronze Age hoard
    // in Essex" lost to "7:00am is an exciting time to be at Liverpool Street Station".)
    score += title.size > 0 ? (overlap(candidate.terms, title) / title.size) * (heading.size > 0 ? 0.5 : 1) : 0
    if (candidate.concrete) score += 1
    // A point its author announced ("The lesson from this point is plain: …", "…boils down to this: …") is the one to show.
    if (options.emphasis?.some((text) => bolds(sentence, text)) || candidate.announced) score += 1
    // A list of the section's examples ("a Hugo web theme…, a shared discussion forum, the devpy developer CLI…").
    if (candidate.enumeration) score += 0.8
    // The example the writer marks as one ("For example, the judge convicts 60% of defendants…") is the one a speaker
    // shows: every reviewer's first complaint was the section's example left in the notes.
    if (/^(?:for example|for instance|as an example|to give an example|e\.g\.),/i.test(sentence) && candidate.bullet && !candidate.vague) score += 1
    // A quantity ("25,000 stars", "20x faster", "3.3 GB/sec") is the example a speaker shows; a version or a year is not.
    if (firstFigure(sentence) !== undefined) score += 0.8
    else if (tokens.some((token) => /\d/.test(token.value))) score += 0.2
    if (candidate.index === 0) score += 0.4
    // A section that opens on a paragraph of one sentence opens on its point ("I work full-time on a project that was just
    // one hundred lines of code in 1996.", then the story of how).
    if (candidate.paragraph === 0 && paragraphs[0]!.length === 1 && paragraphs.length > 2 && !candidate.signpost) score += 0.6
    // The turn of a paragraph carries its point ("For years we relied on Java… However, Java's memory management no longer
    // aligns with our demands"): the sentence after "However", "But", "Yet" gains, the set-up before it loses.
    if (turns.test(sentence)) score += 0.6
    const next = candidates[at + 1]
    if (next && next.paragraph === candidate.paragraph && turns.test(next.sentence)) score -= 0.3
    // So does its conclusion ("As a result, we argue that any credits issued on the basis of ton-year accounting should
    // be labeled as inconsistent with net-zero climate goals"): the payoff every reviewer found left in the notes.
    // (Not a consequence the next sentence turns against: "As a result, people usually configure checks to only be
    // executed every couple of minutes…" before "However, Prometheus takes a fundamentally different approach".)
    else if (concludes.test(sentence) && !(next && turns.test(next.sentence))) score += 0.6
    if (candidate.terms.size < 3) score -= 1
    if (candidate.signpost && !isQuestion(tokens)) score -= 3
    // "There are two ways to go about refactoring…", "The survey is useful in two ways": the count without its items
    // announces what the next sentences say; they are the bullets a speaker shows.
    // (After an opening quotation mark too: "“There are several reasons why non-disabled people may hesitate…".)
    if (candidate.bullet && announcesItems.test(candidate.bullet.text.replace(/^["“‘']+/, '')) && !candidate.bullet.text.includes(':')) {
      // (All the more when the next sentence starts naming them: "Palo Alto has two main attractions. One is the weather…".)
      score -= next && next.paragraph === candidate.paragraph && /^(?:one|the first|first)\b/i.test(next.sentence) ? 3 : 1.2
    }
    if (answers.has(candidate)) score += 2
    if (isQuestion(tokens)) score -= 2.5
    if (/:["'”’)]*$/.test(sentence)) score -= 2
    // A sentence in parentheses is an aside.
    if (/^\(/.test(sentence)) score -= 1
    // "This highlights…", "It can be…": a bullet that leans on the sentence before it makes no sense alone.
    if (candidate.vague) score -= 1.5
    // A fronted clause kept whole ("When go get needs…, it fetches it") reads badly on a slide.
    if (candidate.bullet && /^(?:when|while|if|although|though|because|since|as|after|before|once|unless)\b/i.test(candidate.bullet.text)) score -= 0.5
    if (!candidate.bullet) score -= 4
    else if (!candidate.bullet.fits) score -= 0.6
    else if (candidate.bullet.words <= 4) score -= 0.5
    candidate.score = score
  })
  return candidates
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
  const statements = candidates.filter((candidate) => candidate.bullet && !candidate.signpost && (!candidate.english || isStatement(candidate.bullet.tokens)) && candidate.score > -2)
  // Sentences that lean on another one only when the section has nothing else.
  const usable = statements.some((candidate) => !candidate.vague) ? statements.filter((candidate) => !candidate.vague) : statements
  const ranked = [...usable].sort((a, b) => b.score - a.score)
  const chosen: Candidate[] = []
  for (const candidate of ranked) {
    if (chosen.length >= count) break
    if (chosen.some((other) => jaccard(other.terms, candidate.terms) > 0.7)) continue
    chosen.push(candidate)
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
      const clause = candidate.english ? [...clauseBullets(candidate.tokens, maxWords)].slice(1).find((bullet) => bullet !== undefined && numeric(bullet)) : undefined
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
    const example = ranked.find((candidate) => shows(candidate.bullet!) && !chosen.includes(candidate)) ?? clauseExample(candidates, chosen, shows, maxWords)
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
  // One slide's worth: drop the weakest (never the example) while the bullets hold more words than a face takes.
  const total = (): number => chosen.reduce((sum, candidate) => sum + candidate.bullet!.words, 0)
  // The example: the one brought in for its number or name, else the first concrete bullet; and a quantity is never dropped for a bullet without one.
  const example = added ?? chosen.find((candidate) => candidate.concrete)
  // (A bullet with a quantity goes only after every bullet without one: "311,500 people protected in the three communes
  // (97% of total population)" had been dropped for "These good results led to the interest of the National Programme…".)
  const quantity = (candidate: Candidate): number => (firstFigure(candidate.bullet!.text) === undefined ? 0 : 1)
  while (count <= 5 && chosen.length > 2 && total() > faceBulletWords) {
    const weakest = chosen.filter((candidate) => candidate !== example).sort((a, b) => quantity(a) - quantity(b) || a.score - b.score)[0]!
    chosen.splice(chosen.indexOf(weakest), 1)
  }
  return chosen.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index)
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
      if (bullet && shows(bullet) && termsOf(bullet.tokens).size >= 3) return { ...candidate, bullet }
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
  const ranked = [...candidates].filter((candidate) => !candidate.signpost).sort((a, b) => b.score - a.score)
  for (const candidate of ranked.filter((each) => each.english)) {
    for (const bullet of clauseBullets(candidate.tokens, maxWords)) {
      // A clause that names too little ("For a generation it did") is no bullet.
      if (bullet && termsOf(bullet.tokens).size >= 3) return named({ ...candidate, bullet, vague: candidate.vague || isVague(bullet.tokens, bullet.text) }, candidates)
    }
  }
  // Only signposts and questions: the slide shows its heading, the prose stays in the notes.
  if (ranked.length === 0) return undefined
  // A fragment of a sentence split at an abbreviation ("2001.", "Syst.") is no statement.
  // A question without its mark ("Given the above concerns, what should we…") is no statement either.
  const pool = ranked.filter((candidate) => countWords(candidate.sentence) >= 3 && (!candidate.english || isStatement(candidate.tokens)))
  // A section that is one phrase ("Prerequisites: An idea for a face-to-face event that adds value to your project…")
  // shows it as written rather than an empty slide.
  // (Not a caption of a few words, an aside in brackets, a thank-you, or a lead-in whose list is elsewhere.)
  const phrase = ranked[0]
  if (pool.length === 0 && candidates.length === 1 && phrase && countWords(phrase.sentence) >= 3 && countWords(phrase.sentence) <= maxWords + 6 && !isQuestion(phrase.tokens) && !/^(?:\(|thanks?\b)|:\s*$/i.test(phrase.sentence)) pool.push(phrase)
  if (pool.length === 0) return undefined
  const shortest = pool.reduce((best, candidate) => (candidate.tokens.length < best.tokens.length ? candidate : best))
  const bullet = wholeSentence(shortest)
  // A wall of text is worse than a slide that shows only its heading: the prose stays in the notes.
  if (bullet.words > (maxWords + 6) * 1.5) return undefined
  return { ...shortest, bullet }
}

/** Each clause of a sentence (`clause-segments.ts`) compressed into a bullet within the hard cap, or `undefined`; lazily, in order. */
function* clauseBullets(tokens: readonly Token[], maxWords: number): Generator<Compressed | undefined> {
  for (const clause of clauseSegments(tokens)) yield compressTokens(clause, maxWords, maxWords + 6)
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
  const text = candidate.sentence.replace(/\s+/g, ' ').trim().replace(/(?<!\.\.)\.$/, '')
  return { text, tokens: candidate.tokens, words: countWords(text), fits: false }
}

/** The candidate with the name its bullet's opening pronoun stands for (`named-subject.ts`), when there is one. */
function named(candidate: Candidate, all: readonly Candidate[]): Candidate {
  const tokens = namedSubject(candidate, all)
  if (!tokens) return candidate
  const text = tokensText(tokens)
  return { ...candidate, bullet: { ...candidate.bullet!, tokens, text, words: countWords(text) }, vague: isVague(tokens, text) }
}
