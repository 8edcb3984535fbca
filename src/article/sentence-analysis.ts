/**
 * What one sentence of a section is, whatever its place in it: its tokens and
 * content lemmas, the bullet it compresses to (or the list it ends with),
 * and whether it names something, only announces, or leans on the sentence
 * before it. `select.ts` scores these by their place; the analysis of a
 * sentence is made once and kept, since a deck is built again for every
 * theme and on every rebuild of `serve`.
 */
import { countWords, isQuestion } from './clause-grammar.js'
import { compressTokens, unwrap, type Compressed } from './compress.js'
import { timeStamp } from '../text/lines.js'
import { isPictureCredit } from '../text/credit-lines.js'
import { tagSentence, type Token } from './nlp.js'
import { isVague } from './leaning.js'
import { dropAnnouncement } from './compress-announcements.js'
import { framedAfterPhrase, framesPoint, reportingVerbs } from './compress-frames.js'
import { dropSetUp } from './compress-reveals.js'
import { enumeration, type Enumeration } from './enumerations.js'
import { isCaption, isFigureCaption, isSignpost, isBareLeadIn } from './signposts.js'
import { isPointer } from './pointers.js'

/** A word that opens a sentence summing up what came before: "Overall, …", "All in all, …". */
const sumsUp = /^(?:overall|all in all|in short|in sum|in summary|to sum up|to summari[sz]e|in conclusion|all told),\s/i

/** Everything found in one sentence alone, whatever its place in the section. */
export interface Analysis {
  /** The sentence as written. */
  sentence: string
  /** Its tokens. */
  tokens: Token[]
  /** Content lemmas. */
  terms: Set<string>
  /** Whether it names something concrete: a number, a name, code. */
  concrete: boolean
  /** The bullet it compresses to, if any. */
  bullet?: Compressed | undefined
  /** Whether it only announces what comes next ("Let's look at…") or asks a question: never a bullet. */
  signpost: boolean
  /** Whether it leans on the sentence before it ("This is why…", "It can be…"): a bullet only when nothing else is. */
  vague: boolean
  /** Whether the sentence is read with the English grammar; a sentence in another language is shown whole or not at all. */
  english: boolean
  /** Whether the sentence announces its point before a colon ("The lesson from this point is plain: …"): the point is the author's. */
  announced: boolean
  /** The list the sentence ends with, shown as a list under its lead-in (its `bullet` is both, for the word count). */
  enumeration?: Enumeration | undefined
}

/** A lead-in whose list is not in the sentence ("…, a few industry examples include"). */
const leadsInOnly = /\b(?:include|includes|including|such as|like|as follows|the following)$/i

/** A page's legal small print ("Disclaimer: All references to specific brands… are used only for illustrative purposes"), or its note pointing to a later post ("Update, August 2014: see Hacking Academia…"). */
const disclaimer = /^(?:disclaimer|legal notice|editor['’]s note|note to editors|update[ds]?\b[^:.]{0,30}:\s*(?:see|read|this post|i(?:['’]ve| have) (?:written|posted))\b)\s*:?/i

/** Words over the bullet's budget a long bullet may run (the hard cap is 6 over). */
export const longSlack = 16

/** TeX source in a sentence (inline math as text): a command or a braced sub- or superscript. */
const teX = /\\[a-zA-Z]{2,}|[_^]\{/

/** Content lemmas of a sentence (no stop words, punctuation or one-letter words). */
export function termsOf(tokens: readonly Token[]): Set<string> {
  const terms = new Set<string>()
  for (const token of tokens) {
    if (token.stop || token.pos === 'PUNCT' || token.type === 'punctuation' || token.lemma.length < 3) continue
    if (!/[\p{L}\p{N}]/u.test(token.lemma)) continue
    terms.add(token.lemma)
  }
  return terms
}

/** Whether a sentence names something concrete: a number, a name (not its first word), code, a quoted term. */
function isConcrete(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, index) =>
      !noteMark(tokens, index) &&
      (token.entity !== undefined ||
      token.type === 'number' ||
      (token.pos === 'PROPN' && index > 0) ||
      token.value === '`' ||
      /[a-z][A-Z]|[._/][a-z]/.test(token.value))
  )
}

/**
 * Whether the token at `index` is the number of a note in square brackets, "leaving academia [1]": a pointer to the
 * foot of the page, no figure of the claim.
 *
 * @param tokens The sentence's tokens.
 * @param index A token's place.
 */
export function noteMark(tokens: readonly Token[], index: number): boolean {
  return /^\d{1,3}$/.test(tokens[index]!.value) && tokens[index - 1]?.value === '[' && tokens[index + 1]?.value === ']'
}

/**
 * The analyses made, by budget, whether the sentence is its paragraph alone, and text: a sentence is analysed once
 * for every theme a deck is built in and on every rebuild of `serve` (compression is a third of article mode's time).
 */
const analysed = new Map<string, Readonly<Analysis>>()
/** Most analyses kept (then the cache starts again), as for the tagger's. */
const analysedMost = 60_000

/**
 * Tag, compress and classify one sentence. The result is kept and frozen:
 * a user copies its `tokens` and `terms` before changing them.
 *
 * @param sentence The sentence as written.
 * @param maxWords The bullet's word budget.
 * @param alone Whether the sentence is its paragraph alone (a caption is one).
 * @param english Whether the sentence is English (the grammar's language); else it is shown whole, within the hard cap.
 */
export function analyse(sentence: string, maxWords: number, alone: boolean, english = true): Readonly<Analysis> {
  const key = `${maxWords}${alone ? '+' : '-'}${english ? '' : '~'}${sentence}`
  const cached = analysed.get(key)
  if (cached) return cached
  const analysis = Object.freeze(english ? analyseAnew(sentence, maxWords, alone) : analyseWhole(sentence, maxWords, alone))
  if (analysis.bullet) Object.freeze(analysis.bullet)
  if (analysis.enumeration) Object.freeze(analysis.enumeration)
  if (analysed.size >= analysedMost) analysed.clear()
  analysed.set(key, analysis)
  return analysis
}

/**
 * A sentence in a language the grammar does not read ("Het OLVG wil de data … gebruiken, wat…" was cut at its comma):
 * its bullet is the sentence whole when it is within the hard cap, and nothing is cut.
 */
function analyseWhole(sentence: string, maxWords: number, alone: boolean): Analysis {
  const tokens = tagSentence(unwrap(sentence))
  const text = sentence.replace(/\s+/g, ' ').trim().replace(/(?<!\.\.)\.$/, '')
  const words = countWords(text)
  const bullet = words <= maxWords + 6 && !teX.test(sentence) ? { text, tokens, words, fits: words <= maxWords } : undefined
  return { english: false, announced: false, sentence, tokens, terms: termsOf(tokens), concrete: isConcrete(tokens), bullet, signpost: isQuestion(tokens) || timeStamp.test(sentence.trim()) || (alone && isCaption(tokens)), vague: false }
}

/** Whether a sentence or bullet is a formula in words: "Your salary = SF benchmark x Location Factor x …". */
export function isFormula(text: string): boolean {
  return /^[\p{L}\p{N} ’'-]{2,40} = \S/u.test(text.trim())
}

function analyseAnew(sentence: string, maxWords: number, alone: boolean): Analysis {
  const tokens = tagSentence(unwrap(sentence))
  // A sentence with math in it ("with x_j \sim \mathcal{U}(0,1)") would show its TeX source: it stays in the notes.
  const math = teX.test(sentence)
  // (A statement no cut brings within the hard cap is a long bullet, up to `longSlack` words over it, which selection
  // takes only when it matters: speaker-coaches chose such sentences as often as any, `test/fixtures/selection/`.)
  const compressed = math ? undefined : (compressTokens(tokens, maxWords, maxWords + 6) ?? compressTokens(tokens, maxWords, maxWords + longSlack))
  // A list the sentence ends with, which its bullet would lose, is shown as a list under its lead-in.
  const listed = math ? undefined : enumeration(tokens, maxWords)
  const keepsItems = listed !== undefined && compressed !== undefined && listed.items.every((item) => compressed.text.includes(item))
  // (After ", including", a clause that names its point keeps it over a list that names nothing: "The schemas are all
  // documented at Public Library Open Data, including guidance, links to sample data…" is about where they are.)
  const named = listed !== undefined && listed.items.some((item) => /\p{Lu}|\d|[“"]/u.test(item))
  const leadNamed = listed !== undefined && /\p{Lu}/u.test(listed.lead.slice(1).replace(/,\s*including$/i, ''))
  const items = listed && !keepsItems && (!/,\s*including$/i.test(listed.lead) || named || !leadNamed || !compressed) ? listed : undefined
  // (A formula in words, "Your salary = SF benchmark x Location Factor x Level Factor x …", is its own statement, whole.)
  const formula = !compressed && !items && isFormula(sentence) && countWords(sentence) <= maxWords + longSlack ? { text: sentence.replace(/\s+/g, ' ').trim().replace(/(?<!\.\.)\.$/, ''), tokens, words: countWords(sentence), fits: countWords(sentence) <= maxWords } : undefined
  const bullet = items ? { text: `${items.lead}: ${items.items.join('; ')}`, tokens, words: countWords(`${items.lead} ${items.items.join(' ')}`), fits: true } : (compressed ?? formula)
  // ("The lesson from this point is plain: communication issues only get solved…": the set-up's "this point" is not the bullet's.)
  const announced = bullet !== undefined && (dropAnnouncement(tokens) !== tokens || dropSetUp(tokens) !== tokens || framesPoint(tokens))
  return {
    english: true,
    announced,
    enumeration: items,
    sentence,
    tokens,
    terms: termsOf(tokens),
    concrete: isConcrete(tokens),
    bullet,
    // "Here's why: whenever you remove duplication, you create an abstraction" loses its announcement in the bullet.
    // (A bullet that only announces is a signpost whatever its sentence opened with: "Before we get into the details, it's helpful to understand…".)
    signpost: (isSignpost(sentence) && (!bullet || isSignpost(bullet.text))) || (bullet !== undefined && isSignpost(bullet.text)) || isPointer(sentence) || isBareLeadIn(sentence) || disclaimer.test(sentence) || timeStamp.test(sentence.trim()) || isQuestion(tokens) || isPictureCredit(sentence) || (alone && (isCaption(tokens) || (bullet !== undefined && isCaption(bullet.tokens)))) || isFigureCaption(tokens) || (bullet !== undefined && leadsInOnly.test(bullet.text)),
    // "However, it can be…" leans back once its connective is cut; "…, but attackers can’t reach that code" once its first clause is.
    // (A bullet that is the sentence's opening whole leans only if it leans itself: "…in the next one to two months"
    // without ", but this is, of course, just an estimate".)
    // (Nor does a main clause that ends the sentence after a fronted clause it does without: "By creating courses…
    // grounded in those principles, TOPS aims to inspire a true transformation to open science".)
    // (Nor the claim inside a hedge after a phrase that points back: "Processing all of this, it seems like | making STEM
    // careers… familiar to young people is one of the most useful outcomes…".)
    // (Nor one after a word that sums up, "Overall, the Contributor Summit and FOSDEM were both wildly successful…[, proving
    // again how important these events are]": the bullet leans on nothing the sentence's cut tail did.)
    vague: bullet !== undefined && (announced || framedAfterPhrase(tokens) || sentence.startsWith(bullet.text) || sumsUp.test(sentence) || afterFrontedClause(sentence, bullet.text) || afterReportingFrame(sentence, bullet.text)) ? isVague(bullet.tokens, bullet.text) : isVague(tokens, sentence) || (bullet !== undefined && isVague(bullet.tokens, bullet.text))
  }
}

/**
 * Whether a bullet is the finding after the frame that reports it, which leans where the finding does not: "In other
 * words, the data from this survey suggest that | somewhere between 5% and 13% of all transgender adults…".
 */
function afterReportingFrame(sentence: string, bullet: string): boolean {
  const at = sentence.toLowerCase().indexOf(bullet.toLowerCase())
  const verb = at > 0 ? (sentence.slice(0, at).trim().replace(/\s+that$/i, '').split(/\s+/).at(-1)?.toLowerCase() ?? '') : ''
  return reportingVerbs.has(verb) || verb === 'conclude'
}

/** Whether a bullet is the sentence's main clause after a fronted clause set off by its comma (not a connective's). */
function afterFrontedClause(sentence: string, bullet: string): boolean {
  const text = sentence.replace(/[.!?]["'”’)]*$/, '')
  if (!text.toLowerCase().endsWith(bullet.toLowerCase())) return false
  const fronted = text.slice(0, text.length - bullet.length).trim()
  // (Or the consequence after "This meant": "This meant, after some 8+ years, I'm living in West Germany again".)
  return /^(?:by|when|while|after|before|once|if|as|since|although|though|with|in|for|to)\b[^,]*,$|^(?:this|that) (?:means|meant)(?: that|,)?$/i.test(fronted)
}
