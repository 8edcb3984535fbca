/**
 * Article mode: condense the prose of a section into short bullets for the
 * face of a slide, and keep the full prose for the speaker notes.
 *
 * Pure and deterministic: sentence boundaries come from `Intl.Segmenter` with
 * fixes for abbreviations; the sentences of a section are chosen by
 * importance (`select.ts`) and compressed into complete statements
 * (`compress.ts`), never cut off.
 */

import type { Blockquote, BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { countWords, isQuestion } from './clause-grammar.js'
import { clauseSegments, compressSentence, compressTokens, type Compressed } from './compress.js'
import { balanceQuotes } from './quotations.js'
import { isCitation } from '../text/lines.js'
import { tagSentence } from './nlp.js'
import { bulletBudget, fallbackSentence, isPointer, scoreSentences, selectSentences, type Candidate } from './select.js'

/** The text a reader sees: inline HTML tags and image alt text are not prose ("As <a href=…>described</a>…"). */
function toString(node: Parameters<typeof mdastToString>[0]): string {
  return mdastToString(node, { includeHtml: false, includeImageAlt: false })
}

/** Options of {@link condenseSection}. */
export interface CondenseOptions {
  /** Most bullets in one list on the face; longer runs of prose give several lists (default: `6`). */
  maxBullets?: number | undefined
  /** Words a bullet should have at most; a statement that cannot be compressed further may have six more (default: `14`). */
  maxWords?: number | undefined
  /** The section heading, to rank sentences that speak of it higher. */
  heading?: string | undefined
  /** The deck title, likewise. */
  title?: string | undefined
  /** Language of the prose (BCP 47, front matter's `lang`), for sentence boundaries (default: `'en'`). */
  lang?: string | undefined
}

/**
 * One block of a section as it goes on a slide face, with the speaker notes
 * that go with it: the unit {@link condenseBlocks} produces and `paginate`
 * places on pages.
 */
export interface FaceUnit {
  /** What goes on the face: a block, or a bullet (`listItem`) that joins the bullets next to it in one list. */
  node: BlockContent | ListItem
  /** What goes in the notes with it: the paragraph verbatim, the list or quote before it was shortened. */
  notes: BlockContent[]
  /** Keep on the same slide as (the start of) the next unit: a sentence ending in ":" before its list, a sub-heading. */
  keepWithNext?: boolean | undefined
  /** Where the block is in the source. */
  position?: Position | undefined
}

/** What {@link condenseSection} returns. */
export interface CondensedSection {
  /** What goes on the slide: bullet lists for prose, lists, code, tables, images and quotes as they are. */
  face: BlockContent[]
  /** What goes in the speaker notes: every prose paragraph verbatim, and the original of every list that was shortened. */
  notes: BlockContent[]
  /** Number of sentences in the prose paragraphs. */
  sentences: number
}

const emptyOptions: CondenseOptions = {}

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale)
  if (!found) {
    try {
      found = new Intl.Segmenter(locale, { granularity: 'sentence' })
    } catch {
      // Not a BCP 47 tag (`en_US`, `English`): the default rules.
      found = new Intl.Segmenter('en', { granularity: 'sentence' })
    }
    segmenters.set(locale, found)
  }
  return found
}

/** How a language's abbreviations and ordinals meet sentence ends. */
interface SentenceRules {
  /** Abbreviations always followed by more of the same sentence (a name, a number, an example). */
  alwaysJoin: RegExp
  /** Abbreviations that may also end a sentence (`in the U.S.`, `etc.`, `10 a.m.`). */
  mayJoin: RegExp
  /** Words that usually start a new sentence, so an abbreviation before them ends one. */
  sentenceStarters: ReadonlySet<string>
  /** A number with a full stop is an ordinal that the next word continues (`am 3. Mai`), unless that word starts a sentence. */
  ordinals: boolean
}

const english: SentenceRules = {
  alwaysJoin:
    /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Sr|Jr|Fig|Figs|No|Nos|Vol|vs|cf|approx|ca|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Gov|Sen|Rep|pp?|e\.g|i\.e|[A-Z])\.["'”’)]*$/,
  mayJoin: /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:etc|Inc|Ltd|Co|Corp|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/u,
  sentenceStarters: new Set(
    'the a an it its this that these those they them we he she i you our their his her but and so then in on at for if when while after before there as some most many all no yes what why how who where one two three'.split(
      ' '
    )
  ),
  ordinals: false
}

/**
 * German: the English rules plus German abbreviations, written with a space
 * (`z. B.`, `d. h.`, `u. a.`) or without (`z.B.`), and ordinals (`am 3. Mai`).
 */
const german: SentenceRules = {
  alwaysJoin: new RegExp(
    String.raw`(?:^|[\s(])(?:` +
      [
        // One lower-case letter: the first half of `z. B.`, `d. h.`, `u. a.`, `o. ä.`, `s. o.`, `v. a.`, `z. T.`, `i. d. R.`
        String.raw`[a-zäöü]`,
        String.raw`(?:z|d|u|o|s|v|i)\.\s?(?:B|h|a|ä|o|u|U|T|d|R|W)`,
        'bzw|vgl|Nr|Dr|Prof|Hr|Hrn|Fr|St|ca|evtl|ggf|inkl|exkl|bspw|sog|Abb|Bd|Bde|Jh|Jhd|Kap|Abs|Art|Tel|Str|Mio|Mrd|Std|Min|Sek|geb|gest|verh|Dipl|Ing|Mag|[A-ZÄÖÜ]',
        'e\.g|i\.e|vs|cf'
      ].join('|') +
      String.raw`)\.["'”’»«)]*$`,
    'u'
  ),
  mayJoin: /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:usw|etc|usf|GmbH|Co|Jan|Feb|Mrz|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.)$/u,
  sentenceStarters: new Set(
    'der die das ein eine einer es er sie wir ich du ihr man dies diese dieser dieses aber und doch dann so auch in im am an auf für wenn als nach vor da denn wie was warum wer wo nur noch mit bei heute damit deshalb trotzdem'.split(' ')
  ),
  ordinals: true
}

const sentenceRules: Record<string, SentenceRules> = { en: english, de: german }

/** The rules of a locale's language (`de-AT` → German); English for a language without rules of its own. */
function rulesOf(locale: string): SentenceRules {
  return sentenceRules[locale.toLowerCase().split(/[-_]/)[0]!] ?? english
}

/**
 * Split text into sentences.
 *
 * Uses `Intl.Segmenter`, then joins pieces it split after an abbreviation
 * (`Dr.`, `e.g.`, `U.S.`, an initial; in German also `z. B.`, `d. h.`,
 * `usw.` and ordinals such as `3. Mai`); decimals and ellipses stay whole.
 * Whitespace runs (line breaks included) become single spaces.
 *
 * @param text Prose.
 * @param locale BCP 47 locale for the segmenter (default: `'en'`).
 * @returns Trimmed, non-empty sentences, in order.
 */
export function splitSentences(text: string, locale = 'en'): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean === '') return []
  const sentences: string[] = []
  const rules = rulesOf(locale)
  let contiguous = false
  for (const { segment } of segmenter(locale).segment(clean)) {
    const piece = segment.trim()
    if (piece === '') continue
    const previous = sentences[sentences.length - 1]
    // A break with no space after the stop is inside a word: "the .NET thread pool", "Node.js".
    if (previous !== undefined && contiguous) sentences[sentences.length - 1] = previous + piece
    else if (previous !== undefined && joinsNext(previous, piece, rules)) sentences[sentences.length - 1] = previous + ' ' + piece
    else sentences.push(piece)
    contiguous = !/\s$/.test(segment)
  }
  return sentences
}

function joinsNext(previous: string, next: string, rules: SentenceRules): boolean {
  if (rules.alwaysJoin.test(previous)) return true
  const ordinal = rules.ordinals && /(?:^|[\s(])\d{1,2}\.$/.test(previous)
  if (!ordinal && !rules.mayJoin.test(previous)) return false
  const firstWord = /^[^\s]+/.exec(next)?.[0] ?? ''
  if (!/^\p{Lu}/u.test(firstWord)) return true
  return !rules.sentenceStarters.has(firstWord.toLowerCase().replace(/[^\p{L}]/gu, ''))
}

/**
 * Pick the key sentence of a paragraph by importance (see `select.ts`):
 * centrality, concrete content, and never a signpost or a question when a
 * statement is there.
 *
 * @param sentences The paragraph's sentences.
 * @returns The index of the key sentence (`-1` when there are none).
 */
export function keySentence(sentences: readonly string[]): number {
  if (sentences.length === 0) return -1
  const candidates = scoreSentences([sentences])
  const [best] = selectSentences(candidates, 1)
  if (best) return best.index
  return candidates.reduce((top, candidate) => (candidate.score > candidates[top]!.score ? candidate.index : top), 0)
}

/**
 * Shorten a sentence for the face of a slide without cutting it off: the
 * compression of {@link compressSentence} when the sentence is a statement
 * that compresses within `maxWords + 6` words, else the whole sentence. The
 * final full stop is dropped; nothing ends in "…".
 *
 * @param sentence One sentence.
 * @param maxWords Words the bullet should have (default: `14`).
 * @returns The shortened sentence.
 */
export function shortenSentence(sentence: string, maxWords = 14): string {
  const compressed = compressSentence(sentence, { maxWords })
  if (compressed) return compressed.text
  return sentence.replace(/\s+/g, ' ').trim().replace(/(?<!\.\.)\.$/, '')
}

/** Whether a block is only pictures that an offline deck cannot show (Markdown images or an HTML `<img>`). */
function isOffFace(node: BlockContent): boolean {
  if (node.type === 'html') return /^\s*(?:<img\b[^>]*>\s*)+$/i.test(node.value) && [...node.value.matchAll(/<img\b[^>]*>/gi)].every((tag) => /\bsrc\s*=\s*["']?(?:[a-z][a-z\d+.-]*:|\/)/i.test(tag[0]) && !/\bsrc\s*=\s*["']?data:/i.test(tag[0]))
  return node.type === 'paragraph' && isImageParagraph(node) && node.children.every((child) => (child.type !== 'image' && !isLinkedPicture(child)) || isUnreachableImage(child))
}

/** Whether a paragraph is a figure or table caption: "Figure 4:", "**Table 2** …". */
function isCaption(node: BlockContent): boolean {
  return node.type === 'paragraph' && /^(?:figure|fig\.|table|chart|image|photo|illustration)\s*\d+\b/i.test(toString(node).trim())
}

/** Whether a picture is one an offline deck cannot show: remote (`https://…`) or site-absolute (`/static/…`). */
function isUnreachableImage(node: PhrasingContent): boolean {
  // A linked picture (`[![benchmark](https://…)](https://…)`) is its picture.
  if (node.type === 'link' && isLinkedPicture(node)) return node.children.every(isUnreachableImage)
  return node.type === 'image' && /^(?:[a-z][a-z\d+.-]*:|\/\/|\/)/i.test(node.url) && !/^(?:data:|file:)/i.test(node.url)
}

/** Whether a link holds nothing but pictures. */
function isLinkedPicture(node: PhrasingContent): boolean {
  return node.type === 'link' && node.children.length > 0 && node.children.every((child) => child.type === 'image' || child.type === 'imageReference')
}

function isImageParagraph(node: Paragraph): boolean {
  return node.children.every((child) => child.type === 'image' || child.type === 'imageReference' || isLinkedPicture(child) || (child.type === 'text' && child.value.trim() === ''))
}

function isProse(node: BlockContent): node is Paragraph {
  return node.type === 'paragraph' && !isImageParagraph(node)
}

declare module 'mdast' {
  interface ListItemData {
    /**
     * How article mode made this bullet from prose: `sentence` (a sentence,
     * compressed), `whole` (a sentence too long to compress, kept whole),
     * `question` (an FAQ question whose answer stays in the notes), `answer`
     * (a question and its short answer as written, which may be no sentence:
     * "So which should you use? Both agent and gateway").
     */
    condensed?: 'sentence' | 'whole' | 'question' | 'answer' | undefined
  }
}

function bullet(children: PhrasingContent[], condensed: NonNullable<ListItem['data']>['condensed']): ListItem {
  return { type: 'listItem', spread: false, data: { condensed }, children: [{ type: 'paragraph', children }] }
}

function bulletList(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items }
}

/**
 * The phrasing of a bullet: its text, plain. (Bold subjects — "**Helm** is a
 * package manager" — read as stray emphasis in two blind reviews: a bullet
 * stresses nothing the author did not.)
 */
function bulletPhrasing(compressed: Compressed): PhrasingContent[] {
  return [{ type: 'text', value: compressed.text }]
}


/**
 * Shorten one list item when it is longer than `maxWords` (plus one): its
 * first sentence compressed, a leading strong label kept; an item that does
 * not compress stays whole (the source's own words, never cut).
 */
function shortenItem(item: ListItem, maxWords: number, lang = 'en'): ListItem {
  const [first, ...nested] = item.children
  // Nested lists are shortened the same way.
  const rest = nested.map((child) => (child.type === 'list' ? { ...structuredClone(child), children: child.children.map((inner) => shortenItem(inner, maxWords, lang)) } : structuredClone(child)))
  if (first?.type !== 'paragraph') return { ...structuredClone(item), children: first ? [structuredClone(first), ...rest] : [] }
  const full = toString(first)
  // "they can keep working, and": an item that runs on into the next ends without its conjunction.
  const runOn = /[,;]\s*(?:and|or)?\s*$/
  if (runOn.test(full) && first.children[first.children.length - 1]?.type === 'text') {
    const copy = structuredClone(first)
    const last = copy.children[copy.children.length - 1] as { value: string }
    last.value = last.value.replace(runOn, '')
    if (countWords(toString(copy)) <= maxWords + 1) return { ...structuredClone(item), children: [copy, ...rest] }
  }
  // A citation is one unit: "Michael Mitzenmacher. 2001. The Power of Two Choices…" is not cut after the author.
  if (countWords(full) <= maxWords + 1 || (isCitation(full) && countWords(full) <= maxWords * 2.5)) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
  const [label, ...after] = first.children
  const children: PhrasingContent[] = []
  // "**Rotate ALL long-lived secrets.** Chances are that…": a bold sentence is the item's point; the rest goes to the notes.
  if (label?.type === 'strong' && after.length > 0 && /[.!]$/.test(toString(label).trim()) && countWords(toString(label)) >= 3 && countWords(toString(label)) <= maxWords + 6) {
    const text = toString(label).trim().replace(/(?<!\.\.)\.$/, '')
    return { ...structuredClone(item), children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: text }] }] }, ...rest] }
  }
  if (label?.type === 'strong' && after.length > 0) {
    const restText = toString({ type: 'paragraph', children: after })
    const separator = /^[:\s—–-]*/.exec(restText)![0]
    const sentences = splitSentences(restText.slice(separator.length), lang)
    const sentence = sentences[0] ?? ''
    const budget = Math.max(4, maxWords + 1 - countWords(toString(label)))
    const compressed = compressSentence(sentence, { maxWords: budget })
    // An item that does not compress keeps its first sentence whole, or all of it.
    if (!compressed && sentences.length < 2) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
    const short = compressed ?? { text: balanceQuotes(sentence.replace(/(?<!\.\.)\.$/, '')) }
    // After a label the item keeps the case it was written in.
    const body = /^\p{Ll}/u.test(sentence) ? short.text.charAt(0).toLowerCase() + short.text.slice(1) : short.text
    children.push(structuredClone(label), { type: 'text', value: separator + body })
  } else {
    const sentences = splitSentences(full, lang)
    const short = compressSentence(sentences[0] ?? '', { maxWords }) ?? firstClause(sentences[0] ?? '', maxWords)
    // An item that does not compress keeps its first sentence whole, or all of it.
    if (!short && sentences.length < 2) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
    const text = short ? short.text : sentences[0]!.replace(/(?<!\.\.)\.$/, '')
    // An item written in lower case keeps it ("your office of technology transfer, if…").
    children.push({ type: 'text', value: /^\p{Ll}/u.test(full) && short ? text.charAt(0).toLowerCase() + text.slice(1) : text })
  }
  return { ...structuredClone(item), children: [{ type: 'paragraph', children }, ...rest] }
}

/**
 * A lead-in sentence for the face: shortened as a statement, else its last
 * clause ("While this list is geared toward larger universities, …, you can
 * look for" → "You can look for"), which only has to introduce the list.
 */
function leadInText(sentence: string, maxWords: number): string {
  const short = shortenSentence(sentence, maxWords)
  if (countWords(short) <= maxWords + 6) return short
  const tail = sentence.slice(sentence.lastIndexOf(',') + 1).trim()
  const tokens = tagSentence(tail)
  if (countWords(tail) >= 3 && countWords(tail) <= maxWords && tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX') && ['PRON', 'NOUN', 'PROPN', 'DET'].includes(tokens[0]?.pos ?? '')) {
    return tail.charAt(0).toUpperCase() + tail.slice(1)
  }
  return short
}

/** The first clause of a long sentence that makes a statement on its own ("…, and you need a patent grant…" is left to the notes). */
function firstClause(sentence: string, maxWords: number): Compressed | undefined {
  for (const clause of clauseSegments(tagSentence(sentence))) {
    const compressed = compressTokens(clause, maxWords, maxWords + 6)
    if (compressed && compressed.tokens.filter((token) => !token.stop && /\p{L}{3}/u.test(token.value)).length >= 3) return compressed
  }
  return undefined
}

/** Whether a block is only a decorative picture: an avatar, icon, logo or badge in raw HTML. */
function isDecoration(node: BlockContent | RootContent): boolean {
  return node.type === 'html' && /^\s*<img\b[^>]*>\s*$/i.test(node.value) && /\b(?:avatar|icon|logo|badge|emoji|gravatar)\b/i.test(node.value)
}

/** Quotes longer than this many times `maxWords` are condensed on the face. */
const longQuote = 1.5

/** Whether a heading asks a question (an FAQ entry). */
function isQuestionHeading(node: BlockContent): node is Heading {
  return node.type === 'heading' && /\?\s*$/.test(toString(node))
}

/** Whether a paragraph is a lead-in to the list after it ("Three things matter:"). */
function isLeadIn(nodes: readonly BlockContent[], index: number): boolean {
  const node = nodes[index]!
  return node.type === 'paragraph' && nodes[index + 1]?.type === 'list' && /:\s*$/.test(toString(node))
}

/**
 * Condense the blocks of one section into face units, in order:
 *
 * - prose: the section's strongest sentences (by importance, see
 *   `select.ts`; a few per section, about one in three), each compressed
 *   into a complete statement, in source order; every paragraph goes to the
 *   notes verbatim, with the bullet it gave or, when it gave none, with the
 *   bullet before it. Sub-headings start a new selection;
 * - an FAQ entry (a question sub-heading and its answer, or a paragraph that
 *   opens with a short question) becomes one bullet labelled with the
 *   question;
 * - a paragraph ending with `:` right before a list stays, compressed, kept
 *   with the list it introduces;
 * - a list keeps its items; items over `maxWords` are compressed (a strong
 *   `Label` is kept) and the original list goes to the notes;
 * - a long block quote shows its key sentence, compressed, and goes to the
 *   notes whole;
 * - a sub-heading stays, kept with what follows it;
 * - raw HTML holding more than twice `maxWords` words of text goes to the
 *   notes;
 * - code, tables, images, other HTML and anything else stay as they are.
 *
 * @param nodes The children of one section, without its heading.
 * @param options Word and bullet limits, heading and title.
 * @returns The units, in source order.
 */
export function condenseBlocks(nodes: readonly BlockContent[], options?: CondenseOptions | null): FaceUnit[] {
  const settings = options ?? emptyOptions
  const maxWords = Math.max(4, settings.maxWords ?? 14)
  const most = Math.max(1, Math.min(5, settings.maxBullets ?? 6))
  const units: FaceUnit[] = []
  const onlyFootnotes = nodes.length > 0 && nodes.every((node) => (node as { type: string }).type === 'footnoteDefinition')
  let carried: BlockContent[] = []
  const push = (unit: FaceUnit): void => {
    units.push({ ...unit, notes: [...carried, ...unit.notes] })
    carried = []
  }
  /** Notes with no face of their own go with the unit before them, or the next one. */
  const keepInNotes = (notes: BlockContent[]): void => {
    const previous = units[units.length - 1]
    if (previous && carried.length === 0) previous.notes.push(...notes)
    else carried.push(...notes)
  }

  // Selection runs over each stretch between sub-headings.
  let group: number[] = []
  const groups: number[][] = []
  nodes.forEach((node, index) => {
    if (node.type === 'heading' && !isQuestionHeading(node)) {
      groups.push(group)
      group = []
    }
    group.push(index)
  })
  groups.push(group)

  const chosenBy = new Map<number, Candidate[]>()
  const answerOf = new Map<number, Heading>()
  for (const indices of groups) {
    const prose: number[] = []
    const sentences: string[][] = []
    for (const index of indices) {
      const node = nodes[index]!
      if (!isProse(node)) continue
      const all = splitSentences(proseText(node), settings.lang)
      // A paragraph that ends by introducing a list: what comes before its last sentence is prose like any other.
      if (isLeadIn(nodes, index) && all.length < 2) continue
      const previous = nodes[index - 1]
      if (previous && isQuestionHeading(previous)) answerOf.set(index, previous)
      prose.push(index)
      sentences.push(isLeadIn(nodes, index) ? all.slice(0, -1) : all)
    }
    const total = sentences.reduce((sum, list) => sum + list.length, 0)
    if (total === 0) continue
    const candidates = scoreSentences(sentences, { heading: settings.heading, title: settings.title, maxWords })
    // Every FAQ answer gets a bullet; the rest share the budget.
    const answers = candidates.filter((candidate) => {
      const index = prose[candidate.paragraph]!
      return answerOf.has(index) || leadLabel(nodes[index] as Paragraph) !== undefined || opensWithQuestion(sentences[candidate.paragraph]!)
    })
    const chosen: Candidate[] = []
    for (const paragraph of new Set(answers.map((candidate) => candidate.paragraph))) {
      chosen.push(...selectSentences(answers.filter((candidate) => candidate.paragraph === paragraph && !isQuestion(candidate.tokens)), 1, maxWords))
    }
    const others = candidates.filter((candidate) => !answers.includes(candidate))
    const othersTotal = others.length
    if (othersTotal > 0) {
      const picked = selectSentences(others, bulletBudget(othersTotal, most), maxWords)
      const fallback = picked.length > 0 ? undefined : fallbackSentence(others, maxWords)
      chosen.push(...picked, ...(fallback ? [fallback] : []))
    }
    for (const candidate of chosen) {
      const index = prose[candidate.paragraph]!
      chosenBy.set(index, [...(chosenBy.get(index) ?? []), candidate].sort((a, b) => a.index - b.index))
    }
  }

  nodes.forEach((node, index) => {
    const position = node.position
    if (isQuestionHeading(node) && nodes[index + 1] && isProse(nodes[index + 1]!)) return // The question labels its answer.
    // A figure's caption ("**Figure 4**: Lamb Theory of…") goes where its picture went: to the notes when the picture did.
    const before = nodes[index - 1]
    if (isCaption(node) && before && isOffFace(before)) return keepInNotes([structuredClone(node)])
    if (isOffFace(node) && node.type === 'html') return keepInNotes([structuredClone(node)])
    // A picture the deck cannot carry (on another site, or at a path of the site it came from) would show as a broken
    // image with its alt text: it stays in the notes.
    if (node.type === 'paragraph' && isImageParagraph(node) && node.children.some(isUnreachableImage)) {
      const kept = node.children.filter((child) => !isUnreachableImage(child))
      if (kept.every((child) => child.type === 'text')) return keepInNotes([structuredClone(node)])
      return push({ node: { ...structuredClone(node), children: kept }, notes: [structuredClone(node)], position })
    }
    if (isProse(node)) {
      const all = splitSentences(proseText(node), settings.lang)
      const notes: BlockContent[] = [structuredClone(node)]
      if (all.length === 0) return push({ node: structuredClone(node), notes: [], position })
      if (isLeadIn(nodes, index)) {
        // The prose before the lead-in sentence gives its bullets first, with the paragraph in their notes.
        const before = chosenBy.get(index) ?? []
        before.forEach((candidate, at) => push({ node: bullet(bulletPhrasing(candidate.bullet!), 'sentence'), notes: at === 0 ? notes : [], position }))
        const introNotes = before.length > 0 ? [] : notes
        const last = all[all.length - 1]!.replace(/:\s*$/, '')
        const short = leadInText(last, maxWords)
        // A lead-in too long for the face stays in the notes; the list speaks for itself.
        if (countWords(short) > maxWords + 6) return introNotes.length > 0 ? keepInNotes(introNotes) : undefined
        const intro: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: short + ':' }] }
        return push({ node: intro, notes: introNotes, keepWithNext: true, position })
      }
      const chosen = chosenBy.get(index) ?? []
      const question = answerOf.get(index)
      const label = question ? toString(question) : (leadLabel(node) ?? (opensWithQuestion(all) ? all[0]! : undefined))
      if (question) notes.unshift({ type: 'paragraph', children: [{ type: 'text', value: toString(question) }] })
      if (chosen.length === 0) {
        if (label) {
          // A short answer that is no sentence ("So which should you use? Both agent and gateway.") follows its question as written.
          const answer = all.find((sentence) => sentence !== label && !/\?["'”’)]*$/.test(sentence))
          const pointsOn = (text: string): boolean => /^\(|^(?:check out|see|read|visit|learn more|find out|head over|click)\b/i.test(text)
          if (answer && countWords(answer) >= 2 && countWords(answer) <= maxWords && all.indexOf(answer) <= 1 && !pointsOn(answer)) {
            const shown = answer.replace(/(?<!\.\.)\.$/, '')
            return push({ node: bullet([{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: ' ' + shown }], 'answer'), notes, position })
          }
          // An answer too long to compress: the question alone, the answer in the notes.
          return push({ node: bullet([{ type: 'strong', children: [{ type: 'text', value: label }] }], 'question'), notes, position })
        }
        return keepInNotes(notes)
      }
      chosen.forEach((candidate, at) => {
        let children = bulletPhrasing(candidate.bullet!)
        // A sentence from inside a quotation ("…personally: "What we do… Learning Elixir fundamentally changed the way I think…"")
        // is the speaker's quotation on the slide too, not the author's claim.
        if (insideQuotation(all, candidate.index) && !/^[“"‘]/.test(candidate.bullet!.text)) children = [{ type: 'text', value: '“' }, ...children, { type: 'text', value: '”' }]
        if (label && at === 0) children = [{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: ' ' + candidate.bullet!.text }]
        const whole = candidate.bullet!.tokens === candidate.tokens
        push({ node: bullet(children, whole ? 'whole' : 'sentence'), notes: at === 0 ? notes : [], position })
      })
      return
    }
    if (node.type === 'list') {
      const children = node.children.map((item) => shortenItem(item, maxWords, settings.lang))
      const changed = children.some((item, at) => toString(item) !== toString(node.children[at]!))
      return push({ node: { ...structuredClone(node), children }, notes: changed ? [structuredClone(node)] : [], position })
    }
    // A callout that only points to other reading ("💡 See … for more areas of code checking") is for the notes.
    if (node.type === 'blockquote' && splitSentences(toString(node)).length === 1 && isPointer(toString(node))) return keepInNotes([structuredClone(node)])
    if (node.type === 'blockquote' && countWords(toString(node)) > maxWords * longQuote) {
      return push({ node: condenseQuote(node, maxWords, settings.lang), notes: [structuredClone(node)], position })
    }
    // A pull quote's avatar or a badge is decoration (and a remote picture an offline deck cannot show).
    if (node.type === 'blockquote' && node.children.some(isDecoration)) {
      return push({ node: { ...structuredClone(node), children: node.children.filter((child) => !isDecoration(child)) }, notes: [], position })
    }
    if (isDecoration(node)) return keepInNotes([structuredClone(node)])
    if (node.type === 'heading') return push({ node: structuredClone(node), notes: [], keepWithNext: true, position })
    // Footnotes: the bullets that cite them are the article's sentences shortened, so the notes hold them.
    // A link reference definition shows nothing; it resolves links wherever it is in the tree.
    if ((node as { type: string }).type === 'definition') return keepInNotes([structuredClone(node)])
    if ((node as { type: string }).type === 'footnoteDefinition') {
      // A "Footnotes" section of its own is a reference slide: each note's first sentence, shortened, on the face.
      const first = splitSentences(toString(node), settings.lang)[0]
      const short = onlyFootnotes && first ? compressSentence(first, { maxWords }) : undefined
      if (short) return push({ node: bullet([{ type: 'text', value: short.text }], 'sentence'), notes: [structuredClone(node)], position })
      return keepInNotes([structuredClone(node)])
    }
    // A lone opening or closing tag (`<Intro>`, `</DeepDive>`, `<div class="note">`) shows nothing: it wraps.
    if (node.type === 'html' && /^\s*<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?>\s*$/.test(node.value) && !/^\s*<\/?(?:img|video|audio|iframe|svg|picture|object|embed|br|hr)\b/i.test(node.value)) {
      return keepInNotes([structuredClone(node)])
    }
    // Raw HTML that holds a paragraph's worth of text (a site's pull quote, a callout box) is read, not shown.
    if (node.type === 'html' && countWords(node.value.replace(/<[^>]*>/g, ' ')) > maxWords * 2) return keepInNotes([structuredClone(node)])
    // A table, a listing or an HTML figure stays on one slide with the caption that follows it ("Table 1 TPC-H data set sizes…").
    const next = nodes[index + 1]
    const captioned = next !== undefined && isCaption(next) && (node.type === 'table' || node.type === 'code' || node.type === 'html')
    return push({ node: structuredClone(node), notes: [], position, ...(captioned ? { keepWithNext: true } : {}) })
  })
  if (carried.length > 0) {
    const last = units[units.length - 1]
    if (last) last.notes.push(...carried)
    else units.push({ node: { type: 'paragraph', children: [] }, notes: carried })
  }
  return units
}

/** Whether sentence `index` of a paragraph stands inside a quotation opened in a sentence before it and not yet closed. */
function insideQuotation(sentences: readonly string[], index: number): boolean {
  let open = false
  for (const sentence of sentences.slice(0, index)) {
    for (const char of sentence) {
      if (char === '“') open = true
      else if (char === '”') open = false
      else if (char === '"') open = !open
    }
  }
  return open
}

/** Most words in a bold run-in label (`**It's complicated.** Determining…`). */
const leadLabelWords = 8

/**
 * The bold run-in label that opens a paragraph (`**It's complicated.**
 * Determining license compatibility…`): it labels the paragraph's bullet.
 */
function leadLabel(node: Paragraph): string | undefined {
  const [first, ...rest] = node.children
  if (first?.type !== 'strong' || rest.length === 0) return undefined
  const label = toString(first).trim()
  const after = toString({ type: 'paragraph', children: rest })
  if (label === '' || countWords(label) > leadLabelWords || after.trim() === '') return undefined
  // A run-in label ends with its punctuation ("**Reviewing.** …", "**Tip:** …"); "**Production software review** occurs…" is a bold subject.
  if (!/[.:?!—–-]$/.test(label) && !/^\s*[.:?!—–-]/.test(after)) return undefined
  return label
}

/** The prose of a paragraph, without its run-in label. */
function proseText(node: Paragraph): string {
  const label = leadLabel(node)
  return label === undefined ? toString(node) : toString({ type: 'paragraph', children: node.children.slice(1) }).replace(/^[\s:.—–-]+/, '')
}

/** Whether a paragraph opens with a short question followed by its answer. */
function opensWithQuestion(sentences: readonly string[]): boolean {
  return sentences.length >= 2 && /\?["'”’)]*$/.test(sentences[0]!) && countWords(sentences[0]!) <= 10 && !/\?["'”’)]*$/.test(sentences[1]!)
}

/** A quote reduced to its key sentence, compressed (the whole quote goes to the notes). */
function condenseQuote(node: Blockquote, maxWords: number, lang = 'en'): Blockquote {
  // Paragraphs apart ("…users." and "— @gabek" are two lines, not "users.— @gabek").
  const all = splitSentences(node.children.map((child) => toString(child)).join('\n'), lang)
  const key = shortenSentence(all[keySentence(all)] ?? '', maxWords)
  return { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: key }] }] }
}

/**
 * Condense the body of one section for article mode, as one face: the units
 * of {@link condenseBlocks}, runs of bullets gathered into lists of at most
 * `maxBullets`, and every unit's notes in order.
 *
 * @param nodes The children of one section, without its heading.
 * @param options Bullet and word limits.
 * @returns Face, notes, and the number of prose sentences.
 */
export function condenseSection(nodes: readonly BlockContent[], options?: CondenseOptions | null): CondensedSection {
  const settings = options ?? emptyOptions
  const maxBullets = Math.max(1, settings.maxBullets ?? 6)
  const face: BlockContent[] = []
  const notes: BlockContent[] = []
  let pending: ListItem[] = []
  const flush = (): void => {
    if (pending.length > 0) face.push(bulletList(pending))
    pending = []
  }
  for (const unit of condenseBlocks(nodes, settings)) {
    notes.push(...unit.notes)
    if (unit.node.type === 'listItem') {
      pending.push(unit.node)
      if (pending.length >= maxBullets) flush()
    } else if (!(unit.node.type === 'paragraph' && unit.node.children.length === 0)) {
      flush()
      face.push(unit.node)
    }
  }
  flush()
  const sentences = nodes.reduce((sum, node) => sum + (isProse(node) ? splitSentences(toString(node), settings.lang).length : 0), 0)
  return { face, notes, sentences }
}

/** Words in a node's text. */
function wordCount(node: RootContent): number {
  return countWords(toString(node))
}

/** Words in a section above which it cannot be one slide, so Markdown with prose and such sections is an article. */
const articleSectionWords = 150

/** Words of prose above which a stretch between `---` separators or headings overflows one slide face. */
const faceWords = 80

/**
 * Whether Markdown reads as an article rather than slides, to switch article
 * mode on automatically. Decided by content, not by one marker:
 *
 * - prose is more than 60% of the words in paragraphs, lists, tables and
 *   quotes (paragraphs of at least two sentences or 40 words), or there are
 *   two such paragraphs and a section (up to the next `#` or `##`) of more
 *   than 150 words, far more than one slide holds;
 * - when the document also has slide markers (`---` separators, `Note:`
 *   paragraphs, `<!-- notes -->` comments), it is an article only if, on
 *   top of that, at least half of its stretches (between separators and
 *   headings) hold more than a face's worth (80 words) — a hand-made deck
 *   with long speaker notes stays a deck, an article with an end-of-post
 *   rule or a stray `Note:` stays an article. Speaker notes are not counted.
 *
 * @param root An mdast tree (front matter, headings, code and HTML are not counted).
 * @returns `true` for an article.
 */
export function isMostlyProse(root: Root): boolean {
  let prose = 0
  let proseParagraphs = 0
  let total = 0
  let section = 0
  let longest = 0
  let markers = 0
  let inNotes = false
  const stretches: number[] = [0]
  for (const node of root.children) {
    if (node.type === 'thematicBreak' || (node.type === 'heading' && node.depth <= 2)) {
      inNotes = false
      stretches.push(0)
      if (node.type === 'thematicBreak') markers++
    }
    if (node.type === 'html' && /^<!--\s*(?:speaker\s*)?notes?\b/i.test(node.value)) markers++
    if (node.type === 'heading' && node.depth <= 2) {
      longest = Math.max(longest, section)
      section = 0
    }
    if (inNotes) continue
    if (node.type === 'paragraph') {
      const text = toString(node)
      if (/^notes?:/i.test(text)) {
        markers++
        inNotes = true
        continue
      }
      const count = wordCount(node)
      total += count
      section += count
      stretches[stretches.length - 1]! += count
      if (count >= 40 || splitSentences(text).length >= 2) {
        prose += count
        proseParagraphs++
      }
    } else if (node.type === 'list' || node.type === 'table' || node.type === 'blockquote') {
      total += wordCount(node)
      section += wordCount(node)
      stretches[stretches.length - 1]! += wordCount(node)
    }
  }
  longest = Math.max(longest, section)
  const proseLike = total > 0 && (prose / total > 0.6 || (proseParagraphs >= 2 && longest > articleSectionWords))
  if (!proseLike || markers === 0) return proseLike
  const filled = stretches.filter((words) => words > 0)
  return filled.filter((words) => words > faceWords).length * 2 >= filled.length
}
