/**
 * How the items of a list end on a face: alike (no full stop on one item when the others lost theirs), and without
 * the commas and "and"s of a sentence written as a list.
 */
import type { ListItem, Paragraph, PhrasingContent, Text } from 'mdast'
import { toString } from './visible-text.js'
import { splitSentences } from './sentences.js'
import { hasFiniteVerb } from './clause-grammar.js'
import { insideBrackets } from './quotations.js'
import { tagSentence, tokensText } from './nlp.js'
import { startsImperative } from './imperatives.js'
import { firstFigure } from './key-figures.js'
import { monthName } from './grammar-words.js'

/**
 * Items of one list end alike: once some were shortened (a bullet has no
 * full stop), an item of one sentence loses its full stop too ("Avoid
 * creating elements with scripting." next to "Use native HTML and proper
 * tagging…"). Changes the items in place.
 *
 * @param items The list's items after {@link shortenItem}.
 */
export function evenEndings(items: readonly ListItem[]): void {
  for (const item of items) {
    const first = item.children[0]
    const last = first?.type === 'paragraph' ? first.children[first.children.length - 1] : undefined
    if (last?.type !== 'text' || !/[^.]\.$/.test(last.value) || /\b(?:etc|Inc|Ltd|Co|[A-Z])\.$/.test(last.value)) continue
    if (splitSentences(toString(first!)).length !== 1) continue
    last.value = last.value.slice(0, -1)
  }
}

/** How an item of a sentence written as a list ends: ",", ";", ", and", "; or". */
const seriesEnd = /\s*[,;](?:\s+(?:and|or))?\s*$/

/**
 * The items of a sentence written as a list ("…will allow users to:" / "unify related budgetary items," / "analyze them
 * together," / … / "publicly annotate budgetary items."), without the commas, "and"s and the full stop that join them
 * into the sentence: a bullet does not end in ", and". `undefined` when fewer than half the items end so.
 *
 * @param items The list's items.
 */
export function withoutSeriesEnds(items: readonly ListItem[]): ListItem[] | undefined {
  // (Past a line break the page put after each item: "unify related budgetary items,<br>".)
  const trailing = (node: PhrasingContent): boolean => node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim()))
  const words = (item: ListItem): PhrasingContent[] => {
    const first = item.children[0]
    const children = first?.type === 'paragraph' && item.children.length === 1 ? [...first.children] : []
    while (children.length > 0 && trailing(children[children.length - 1]!)) children.pop()
    return children
  }
  const lastText = (item: ListItem): string | undefined => {
    const last = words(item).at(-1)
    return last?.type === 'text' ? last.value : undefined
  }
  const ends = items.filter((item) => seriesEnd.test(lastText(item) ?? ''))
  if (items.length < 3 || ends.length * 2 < items.length) return undefined
  return items.map((item, at) => {
    const text = lastText(item)
    const end = at === items.length - 1 ? /[^.]\.$/.test(text ?? '') || seriesEnd.test(text ?? '') : seriesEnd.test(text ?? '')
    if (text === undefined || !end) return item
    const copy = structuredClone(item)
    const paragraph = copy.children[0] as Paragraph
    paragraph.children = words(copy)
    const last = paragraph.children[paragraph.children.length - 1] as Text
    last.value = at === items.length - 1 && !seriesEnd.test(text) ? text.slice(0, -1) : text.replace(seriesEnd, '')
    return copy
  })
}

/** A spaced dash in an item: what comes after it comments on what comes before. */
const spacedDash = /\s+[-–—]\s+/

/** Words that open a comment on an item after its dash: a pronoun standing for it, then a verb ("– they can do this if…"). */
const commentSubjects = new Set(['they', 'these', 'this', 'it', 'those', 'you', 'we', 'he', 'she'])

/**
 * An item without the comment a dash adds to it ("whether they're allowed to work in Crown Courts – they can do this if
 * they're a barrister…" → "whether they're allowed to work in Crown Courts"; "questions about the user's skills and
 * experience - they may be asked to upload a document…"): the item names its thing before the dash, and the sentence
 * after it, whose subject stands for that thing, explains it (the notes keep the item whole). `undefined` when the item
 * has no such dash, or its head is under three words.
 *
 * @param text The item's first sentence.
 */
export function withoutDashComment(text: string): string | undefined {
  // (An example after a dash, spaced or not: "The level and amount of experience–for instance, whether you served as a
  // project manager or a team member helps…" is "The level and amount of experience".)
  const example = /\s*[–—]\s*(?=(?:for (?:instance|example)|e\.g\.|such as)\b)/i.exec(text)
  if (example && text.slice(0, example.index).trim().split(/\s+/).length >= 3) return text.slice(0, example.index).trim().replace(/[,;:]$/, '')
  const dash = spacedDash.exec(text)
  if (!dash) return undefined
  const head = text.slice(0, dash.index).trim()
  const tail = text.slice(dash.index + dash[0].length).trim()
  const opener = /^\p{L}+/u.exec(tail)?.[0].toLowerCase() ?? ''
  // (A capital after the dash opens a sentence that explains a run-in label, "Learn from others – We wanted to learn how
  // other companies implement Agile…": the point is there, and the label alone had said nothing.)
  if (head.split(/\s+/).length < 3 || !commentSubjects.has(opener) || /^\p{Lu}/u.test(tail) || !hasFiniteVerb(tagSentence(tail))) return undefined
  return head.replace(/[,;:]$/, '')
}

/** Words that end a phrase waiting for more: a preposition, an article, a conjunction. */
const waiting = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PRON'])

/** Words that open an elaboration after a comma: ", with numerous ongoing initiatives…", ", especially…". */
const elaborating = new Set(['with', 'especially', 'particularly', 'notably'])

/**
 * The head of an item that is a noun phrase over the budget, what elaborates on it left to the notes: up to a comma
 * before "with…", "especially…" or a participle ("The successful implementation of over 180 restoration
 * projects, with numerous ongoing initiatives focused on…"), or up to the relative clause of a noun its examples made
 * concrete ("The restoration of critical habitats such as wetlands, marshes, and estuaries that support diverse marine
 * and wildlife populations"). `undefined` for an item that makes a statement, or whose head is under four words or
 * over the budget, or waits for what the cut dropped. (A series, "a research data service unit, scholarly publishing
 * commons, or…", an appositive, "Dual-supporting copier now too, a cookiecutter replacement…", and a relative clause
 * that says which ones, "defendants appearing in court who are known to probation", are the item's point; so are what
 * "including" lists, "a ‘personal details’ task list, including things about the user which typically will not change",
 * and what "which" adds, "Fund seagrass restoration projects, which can store carbon below ground for hundreds of years".)
 *
 * @param text The item's first sentence.
 * @param maxWords The word budget.
 */
export function phraseHead(text: string, maxWords: number): { text: string; words: number } | undefined {
  const tokens = tagSentence(text)
  const words = tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.value))
  const cuts = tokens.flatMap((token, at) => {
    const [previous, next] = [tokens[at - 1], tokens[at + 1]]
    const examples = /\bsuch as\s/i.test(tokensText(tokens.slice(0, at)))
    const relative = examples && ['that', 'which', 'who'].includes(token.lower) && ['NOUN', 'PROPN'].includes(previous?.pos ?? '')
    // (Not the comma that closes an aside, "…that our Business Analyst, Alex Wiskar, looked at…", nor after a relative
    // pronoun still waiting for its verb.)
    const open = tokens.slice(0, at).some((each, before) => (each.value === ',' && !examples) || (['that', 'which', 'who'].includes(each.lower) && before > 0))
    const elaboration = token.value === ',' && !open && !insideBrackets(tokens.slice(0, at)) && (elaborating.has(next?.lower ?? '') || (next?.pos === 'VERB' && /(?:ing|ed)$/.test(next.lower) && !['including', 'excluding', 'regarding', 'following'].includes(next.lower)))
    return relative || elaboration ? [at] : []
  })
  for (const at of cuts) {
    const head = tokens.slice(0, at)
    const count = head.filter((token) => /[\p{L}\p{N}]/u.test(token.value)).length
    if (count > maxWords) break
    if (count < 4 || waiting.has(head.at(-1)!.pos) || hasFiniteVerb(head)) continue
    if (count >= words.length - 2) return undefined
    return { text: tokensText(head).trim(), words: count }
  }
  return undefined
}

/**
 * A list's last item with the "and" that joined it to the others in a sentence dropped ("675 AI traffic violation
 * cameras" / "25 AI parking violation cameras" / "and 18 AI red-light violation cameras"): a bullet opens on its own
 * words. Only when the others open without one; the items as they were otherwise.
 *
 * @param items The list's items.
 */
export function withoutLeadingAnd(items: readonly ListItem[]): ListItem[] {
  const opening = (item: ListItem): PhrasingContent | undefined => (item.children[0]?.type === 'paragraph' ? item.children[0].children[0] : undefined)
  const last = items.at(-1)
  const first = last ? opening(last) : undefined
  if (items.length < 2 || first?.type !== 'text' || !/^(?:and|or|plus) \S/.test(first.value) || items.slice(0, -1).some((item) => /^(?:and|or) /i.test(toString(item)))) return [...items]
  const copy = structuredClone(last!)
  const text = opening(copy) as { value: string }
  text.value = text.value.replace(/^(?:and|or|plus) /, '')
  return [...items.slice(0, -1), copy]
}

/** How long or how often a step is done: "leave for 1 min", "invert four times", "for 45 minutes". */
const timing = /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|sixty)\s*(?:-\s*)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|times)\b/i

/** How many minutes a sentence's time is ("45 minutes" 45, "3 mins" 3, "30 seconds" 0.5; a time in words 1). */
function minutes(sentence: string): number {
  const [, count = '', unit = ''] = /(\d+(?:\.\d+)?|\p{L}+)\s*(?:-\s*)?(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b/iu.exec(sentence) ?? []
  const value = /^\d/.test(count) ? Number(count) : 1
  return value * (/^s/i.test(unit) ? 1 / 60 : /^h/i.test(unit) ? 60 : 1)
}

/** Whether a bullet says how long or how often ({@link stepTiming}). */
export function saysTiming(text: string): boolean {
  return timing.test(text)
}

/**
 * The sentence of a step that says how long or how often, when the item's first sentence only says what to do: "Wash
 * the films - Fill your loaded tank up with pitcher water and put the lid on." then "Gently invert four times and leave
 * for 1 min." (a blind reader of a film-developing guide found every step without its times). At most twelve words, and
 * only when the first says no time itself; of several, the longest wait.
 *
 * @param sentences The item's sentences.
 * @returns The timing sentence without its full stop, or `undefined`.
 */
export function stepTiming(sentences: readonly string[]): string | undefined {
  const [first, ...later] = sentences
  if (first === undefined || timing.test(first)) return undefined
  // (A wait over a count, the longest: "Leave for 45 minutes" rather than "Agitate gently for 1 minute" or "Invert four
  // times", within the item's next five sentences.)
  const timed = later.slice(0, 5).filter((sentence) => timing.test(sentence) && sentence.split(/\s+/).length <= 12 && hasFiniteVerb(tagSentence(sentence)))
  const waits = timed.filter((sentence) => !/\btimes\b/i.test(sentence.match(timing)![0]))
  const chosen = waits.reduce<string | undefined>((longest, sentence) => (longest === undefined || minutes(sentence) > minutes(longest) ? sentence : longest), undefined) ?? timed[0]
  return chosen?.replace(/(?<!\.\.)\.$/, '')
}

/** A step's condition written as a sentence of its own: "When the Sheetpress is at the required temperature.", "2 mins before the recommended melting time." */
const conditionOnly = /^(?:when|whilst|while|once|after|before|as soon as|until|\d+\s*(?:mins?|minutes|seconds|secs|hours?)\s+(?:before|after))\b/i

/**
 * A step whose first sentence is only its condition, its action the next: "When the Sheetpress is at the required
 * temperature. Open the pressing plates…" (a blind reader's slide had shown the condition alone). The two as written,
 * the action compressed when it can be.
 *
 * @param sentences The item's sentences.
 * @param action The action compressed, or `undefined`.
 */
export function conditionedStep(sentences: readonly string[], action: (sentence: string) => string | undefined): string | undefined {
  const [condition, ...later] = sentences
  // (The action, past a pointer to other pages: "See the Datasheet (Appendix A) for melting temperatures and times.")
  const next = later.find((sentence) => !/^(?:see|refer to)\b/i.test(sentence))
  if (condition === undefined || next === undefined || !conditionOnly.test(condition) || condition.includes(',')) return undefined
  return `${condition.replace(/(?<!\.\.)\.$/, '')}. ${action(next) ?? next.replace(/(?<!\.\.)\.$/, '')}`
}

/**
 * A step's sentences with its instruction first when it opens by narrating what comes ("Now we will open our JPG image. Go
 * to File ‣ Open Raster. …"): the narration had been the step's bullet, its action in the notes.
 *
 * @param sentences An item's sentences, in order.
 * @returns The same sentences, the first instruction moved before a narrating opener.
 */
export function instructionFirst(sentences: readonly string[]): string[] {
  if (sentences.length < 2 || !/^(?:now|next|then|first|finally),? (?:we|i|let['’]s)\b/i.test(sentences[0]!.trim())) return [...sentences]
  const at = sentences.findIndex((sentence, index) => index > 0 && startsImperative(tagSentence(sentence)))
  return at === -1 ? [...sentences] : [sentences[at]!, ...sentences.filter((_, index) => index !== at)]
}

/**
 * The figure a long item gives after its first sentence, when that sentence gives none: "We started the year with the
 * Exploration Mission…" then "Ninety-four people from 18 countries in the region participated, 25 of whom…" (a blind
 * reader of set 408 found every step of a project without its numbers). The first later sentence within the item's next
 * four that names a figure, compressed, standing alone (not opening on a pronoun that points back), within `maxWords`.
 *
 * @param sentences The item's sentences.
 * @param head What the item's first sentence became.
 * @param maxWords The bullet's word budget.
 * @param compress How a sentence is compressed to at most `maxWords` words.
 * @returns The figure's sentence compressed, or `undefined`.
 */
export function itemFigure(sentences: readonly string[], head: string, maxWords: number, compress: (sentence: string) => string | undefined): string | undefined {
  if (sentences.length < 2 || firstFigure(head) !== undefined || sentences.join(' ').split(/\s+/).length < 30) return undefined
  for (const sentence of sentences.slice(1, 5)) {
    if (firstFigure(sentence) === undefined || /^(?:this|that|these|those|it|they|such|here|there)\b/i.test(sentence.trim())) continue
    const short = compress(sentence)
    if (short !== undefined && short.split(/\s+/).length <= maxWords && firstFigure(short) !== undefined) return short
  }
  return undefined
}

/** A step of a timeline, dated: "April 2022 - Sierra met with…", "2019: The board…", "On 3 May, …". */
const datedStep = new RegExp(`^(?:(?:on |in )?(?:\\d{1,2} )?(?:${monthName})\\.?(?: \\d{1,2},?)?(?: \\d{4})?|\\d{4}|q[1-4] \\d{4})\\s*(?:[-–—:,]|\\s)\\s*\\S`, 'i')

/**
 * What happened next in a dated step, its second sentence, when short: "August 2022 - Sierra returned to the Board of
 * Adjustments with approval from the city's traffic engineer." then "He was denied again." (a blind reader of set 407
 * found a timeline of three refusals told as a success). Compressed to at most eight words, and with the first within
 * `maxWords` + 12.
 *
 * @param sentences The item's sentences.
 * @param head What the item's first sentence became.
 * @param maxWords The bullet's word budget.
 * @param compress How a sentence is compressed.
 * @returns The second sentence compressed, or `undefined`.
 */
export function itemSequel(sentences: readonly string[], head: string, maxWords: number, compress: (sentence: string) => string | undefined): string | undefined {
  if (sentences.length < 2 || sentences.length > 3 || !datedStep.test(sentences[0]!.trim())) return undefined
  const next = sentences[1]!.trim()
  const short = next.split(/\s+/).length <= 8 ? next.replace(/(?<!\.\.)\.$/, '') : compress(next)
  if (short === undefined || short.split(/\s+/).length > 8 || head.split(/\s+/).length + short.split(/\s+/).length > maxWords + 12) return undefined
  return hasFiniteVerb(tagSentence(short)) ? short : undefined
}
