/**
 * Article mode: condense the prose of a section into short bullets for the
 * face of a slide, and keep the full prose for the speaker notes.
 *
 * Pure and deterministic: sentence boundaries come from `Intl.Segmenter` with
 * fixes for abbreviations; the key sentence of a paragraph is picked by a
 * simple score; shortening removes asides and connectives and cuts at clause
 * boundaries, never inside a word.
 */

import type { Blockquote, BlockContent, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'

/** Options of {@link condenseSection}. */
export interface CondenseOptions {
  /** Most bullets in one list on the face; longer runs of prose give several lists (default: `6`). */
  maxBullets?: number | undefined
  /** Most words in one bullet before it is cut (default: `14`). */
  maxWords?: number | undefined
  /**
   * Most bullets one paragraph may give in a section of one or two
   * paragraphs, so a short section does not make a slide of one line
   * (default: `1`: one bullet per paragraph).
   */
  fill?: number | undefined
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
    found = new Intl.Segmenter(locale, { granularity: 'sentence' })
    segmenters.set(locale, found)
  }
  return found
}

/** Abbreviations always followed by more of the same sentence (a name, a number, an example). */
const alwaysJoin =
  /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Sr|Jr|Fig|Figs|No|Nos|Vol|vs|cf|approx|ca|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Gov|Sen|Rep|pp?|e\.g|i\.e|[A-Z])\.["'”’)]*$/
/** Abbreviations that may also end a sentence (`in the U.S.`, `etc.`, `10 a.m.`). */
const mayJoin = /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:etc|Inc|Ltd|Co|Corp|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/u
/** Words that usually start a new sentence, so an abbreviation before them ends one. */
const sentenceStarters = new Set(
  'the a an it its this that these those they them we he she i you our their his her but and so then in on at for if when while after before there as some most many all no yes what why how who where one two three'.split(
    ' '
  )
)

/**
 * Split text into sentences.
 *
 * Uses `Intl.Segmenter`, then joins pieces it split after an abbreviation
 * (`Dr.`, `e.g.`, `U.S.`, an initial); decimals and ellipses stay whole.
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
  for (const { segment } of segmenter(locale).segment(clean)) {
    const piece = segment.trim()
    if (piece === '') continue
    const previous = sentences[sentences.length - 1]
    if (previous !== undefined && joinsNext(previous, piece)) sentences[sentences.length - 1] = previous + ' ' + piece
    else sentences.push(piece)
  }
  return sentences
}

function joinsNext(previous: string, next: string): boolean {
  if (alwaysJoin.test(previous)) return true
  if (!mayJoin.test(previous)) return false
  const firstWord = /^[^\s]+/.exec(next)?.[0] ?? ''
  if (!/^\p{Lu}/u.test(firstWord)) return true
  return !sentenceStarters.has(firstWord.toLowerCase().replace(/[^\p{L}]/gu, ''))
}

const stopWords = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been being it its this that these those there their they them he she his her we our you your i not no so than then too very can will would should could may might must have has had do does did just also into over about after before when while which who whom what where why how all any some most more many such only own same other each both few'.split(
    ' '
  )
)

/** Leading connectives that a bullet does not need. Those without a comma only when followed by a space. */
const connective =
  /^(?:(?:however|in fact|moreover|furthermore|indeed|meanwhile|in addition|additionally|of course|still|thus|therefore|as a result|for example|for instance|in other words|after all|above all|first|second|third|finally|besides|nevertheless|nonetheless|instead|similarly|likewise|in short|in the end|at the same time|ultimately|overall|consequently|in practice|in turn|that said|even so|sure|well|now),\s+|(?:but|and|so|yet|also|then|plus)\s+)/i

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '')
}

/**
 * Score a sentence as the key sentence of its paragraph: the first sentence
 * starts ahead, content words and numbers add, very short sentences,
 * questions and sentences that open with a connective lose.
 */
function score(sentence: string, index: number): number {
  const all = words(sentence)
  const content = all.filter((word) => {
    const bare = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    return bare.length >= 4 && !stopWords.has(bare)
  }).length
  let value = (index === 0 ? 2 : 0) + Math.min(content, 10) / 5
  if (/\d/.test(sentence)) value += 1
  if (all.length < 5) value -= 2
  if (/\?["'”’)]*$/.test(sentence)) value -= 1
  if (/:$/.test(sentence)) value -= 1
  if (connective.test(sentence)) value -= 0.5
  return value
}

/**
 * Pick the key sentence of a paragraph: the highest {@link score}, the
 * earliest on a tie (usually the first sentence).
 *
 * @param sentences The paragraph's sentences.
 * @returns The index of the key sentence (`-1` when there are none).
 */
export function keySentence(sentences: readonly string[]): number {
  let best = -1
  let bestScore = -Infinity
  sentences.forEach((sentence, index) => {
    const value = score(sentence, index)
    if (value > bestScore) {
      best = index
      bestScore = value
    }
  })
  return best
}

/** Words a hard cut must not end on. */
const danglers = new Set(
  'a an the and or but of to in on at for with by from as that which who whose whom than into onto over under about its their his her our your my this these those is are was were be'.split(' ')
)

/**
 * Shorten a sentence for the face of a slide.
 *
 * Always: drop parentheticals (`(…)`, `[…]`, `— … —` asides) and a leading
 * connective (`However,`, `In fact,`, `But`), and the final full stop. A
 * sentence at most one word over `maxWords` is then kept whole rather than
 * losing its last word. Otherwise it is cut at the last clause boundary
 * (`,` `;` `:` ` — `) that leaves at most `maxWords` words and at least half
 * as many (at least 4), or else after `maxWords` whole words (not ending on
 * `the`, `and`…), and ends with `…`.
 *
 * @param sentence One sentence.
 * @param maxWords Most words kept (default: `14`).
 * @returns The shortened sentence.
 */
export function shortenSentence(sentence: string, maxWords = 14): string {
  return shorten(sentence, maxWords, 1)
}

/** {@link shortenSentence}, keeping a sentence whole when it is at most `slack` words over. */
function shorten(sentence: string, maxWords: number, slack: number): string {
  let text = sentence.replace(/\s+/g, ' ').trim()
  const withoutAsides = text
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s*\[[^[\]]*\]/g, '')
    .replace(/\s+[—–]\s+[^—–]+?\s+[—–](?=\s)/g, '')
    .replace(/—[^—\s][^—]*?[^—\s]—/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
  if (words(withoutAsides).length >= 3) text = withoutAsides
  const withoutConnective = text.replace(connective, '')
  if (withoutConnective !== text && words(withoutConnective).length >= 3) {
    text = withoutConnective.charAt(0).toUpperCase() + withoutConnective.slice(1)
  }
  text = text.replace(/(?<!\.\.)\.$/, '')
  if (words(text).length <= maxWords + slack) return text

  // Cut at a clause boundary that keeps at least half the words allowed.
  const boundary = /[,;:](?=\s)|\s[—–](?=\s)/g
  const least = Math.max(4, Math.round(maxWords / 2))
  let cut = -1
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const count = words(text.slice(0, match.index)).length
    if (count > maxWords) break
    if (count >= least) cut = match.index
  }
  if (cut !== -1) return text.slice(0, cut).trimEnd() + '…'

  // Cut after whole words.
  const kept = words(text).slice(0, maxWords)
  while (kept.length > 1 && danglers.has(kept[kept.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) kept.pop()
  return kept.join(' ').replace(/[,;:—–-]+$/, '') + '…'
}

function isImageParagraph(node: Paragraph): boolean {
  return node.children.every((child) => child.type === 'image' || child.type === 'imageReference' || (child.type === 'text' && child.value.trim() === ''))
}

function bullet(value: string): ListItem {
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }
}

function bulletList(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items }
}

/**
 * Shorten one list item when it is longer than `maxWords` (plus one); a
 * leading strong label is kept and counts towards the limit.
 */
function shortenItem(item: ListItem, maxWords: number): ListItem {
  const [first, ...nested] = item.children
  // Nested lists are shortened the same way.
  const rest = nested.map((child) => (child.type === 'list' ? { ...structuredClone(child), children: child.children.map((inner) => shortenItem(inner, maxWords)) } : structuredClone(child)))
  if (first?.type !== 'paragraph') return { ...structuredClone(item), children: first ? [structuredClone(first), ...rest] : [] }
  const full = toString(first)
  if (words(full).length <= maxWords + 1) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
  const [label, ...after] = first.children
  const children: PhrasingContent[] = []
  if (label?.type === 'strong' && after.length > 0) {
    const restText = toString({ type: 'paragraph', children: after })
    const separator = /^[:\s—–-]*/.exec(restText)![0]
    const [sentence = ''] = splitSentences(restText.slice(separator.length))
    const budget = Math.max(3, maxWords + 1 - words(toString(label)).length)
    children.push(structuredClone(label), { type: 'text', value: separator + shorten(sentence, budget, 0) })
  } else {
    const [sentence = ''] = splitSentences(full)
    children.push({ type: 'text', value: shortenSentence(sentence, maxWords) })
  }
  return { ...structuredClone(item), children: [{ type: 'paragraph', children }, ...rest] }
}

/** Quotes longer than this many times `maxWords` are condensed on the face. */
const longQuote = 1.5

/**
 * Condense the blocks of one section into face units, in order:
 *
 * - a prose paragraph becomes one bullet: its key sentence
 *   ({@link keySentence}), shortened ({@link shortenSentence}); in a section
 *   of one or two paragraphs, up to `fill` bullets of its best sentences.
 *   The paragraph goes to the notes verbatim. A paragraph ending with `:`
 *   right before a list stays a (shortened) paragraph, kept with the list it
 *   introduces;
 * - a list keeps its items; items over `maxWords` are shortened (a strong
 *   `Label` is kept) and the original list goes to the notes;
 * - a long block quote shows its key sentence, shortened, and goes to the
 *   notes whole;
 * - a sub-heading stays, kept with what follows it;
 * - code, tables, images, HTML and anything else stay as they are.
 *
 * @param nodes The children of one section, without its heading.
 * @param options Word limit (`maxWords`, default 14) and `fill` (default 1).
 * @returns The units, in source order.
 */
export function condenseBlocks(nodes: readonly BlockContent[], options?: CondenseOptions | null): FaceUnit[] {
  const settings = options ?? emptyOptions
  const maxWords = Math.max(4, settings.maxWords ?? 14)
  const prose = nodes.filter((node) => node.type === 'paragraph' && !isImageParagraph(node)).length
  const perParagraph = prose > 0 && prose <= 2 ? Math.max(1, Math.min(settings.fill ?? 1, Math.ceil(4 / prose))) : 1
  return nodes.flatMap((node, index): FaceUnit[] => {
    const position = node.position
    if (node.type === 'paragraph' && !isImageParagraph(node)) {
      const all = splitSentences(toString(node))
      const notes = [structuredClone(node)]
      if (all.length === 0) return [{ node: structuredClone(node), notes: [], position }]
      if (nodes[index + 1]?.type === 'list' && /:\s*$/.test(toString(node))) {
        const last = all[all.length - 1]!
        const intro: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: shortenSentence(last.replace(/:\s*$/, ''), maxWords) + ':' }] }
        return [{ node: intro, notes, keepWithNext: true, position }]
      }
      return keySentences(all, perParagraph).map((sentence, at) => ({ node: bullet(shortenSentence(sentence, maxWords)), notes: at === 0 ? notes : [], position }))
    }
    if (node.type === 'list') {
      const children = node.children.map((item) => shortenItem(item, maxWords))
      const changed = children.some((item, at) => toString(item) !== toString(node.children[at]!))
      return [{ node: { ...structuredClone(node), children }, notes: changed ? [structuredClone(node)] : [], position }]
    }
    if (node.type === 'blockquote' && words(toString(node)).length > maxWords * longQuote) {
      return [{ node: condenseQuote(node, maxWords), notes: [structuredClone(node)], position }]
    }
    if (node.type === 'heading') return [{ node: structuredClone(node), notes: [], keepWithNext: true, position }]
    return [{ node: structuredClone(node), notes: [], position }]
  })
}

/** Least words in a sentence worth a bullet of its own besides the key sentence. */
const minorSentenceWords = 6

/**
 * The `count` best sentences of a paragraph, in their order: the key
 * sentence ({@link keySentence}) and, when more are asked for, the next
 * best of at least six words that are not questions.
 */
function keySentences(sentences: readonly string[], count: number): string[] {
  const key = keySentence(sentences)
  if (count <= 1 || sentences.length <= 1) return [sentences[key]!]
  const ranked = sentences
    .map((sentence, index) => ({ index, value: score(sentence, index) }))
    .filter(({ index }) => index !== key && words(sentences[index]!).length >= minorSentenceWords && !/\?["'”’)]*$/.test(sentences[index]!))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, count - 1)
    .map(({ index }) => index)
  return [key, ...ranked].sort((a, b) => a - b).map((index) => sentences[index]!)
}

/** A quote reduced to its key sentence, shortened. */
function condenseQuote(node: Blockquote, maxWords: number): Blockquote {
  const all = splitSentences(toString(node))
  const key = shortenSentence(all[keySentence(all)] ?? '', maxWords)
  return { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: key.endsWith('…') ? key : key + '…' }] }] }
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
    } else {
      flush()
      face.push(unit.node)
    }
  }
  flush()
  const sentences = nodes.reduce((sum, node) => sum + (node.type === 'paragraph' && !isImageParagraph(node) ? splitSentences(toString(node)).length : 0), 0)
  return { face, notes, sentences }
}

/** Words in a node's text. */
function wordCount(node: RootContent): number {
  return words(toString(node)).length
}

/** Words in a section above which it cannot be one slide, so Markdown with prose and such sections is an article. */
const articleSectionWords = 150

/**
 * Whether Markdown reads as an article rather than slides, to switch article
 * mode on automatically.
 *
 * Slide-style Markdown (any `---` thematic break, a `<!-- notes -->` comment
 * or a `Note:` paragraph) is never prose. Otherwise it is prose when more
 * than 60% of the words in paragraphs, lists, tables and quotes are in
 * paragraphs of at least two sentences or at least 40 words, or when it has
 * at least two such paragraphs and a section (up to the next `#` or `##`)
 * of more than 150 words, far more than one slide holds.
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
  for (const node of root.children) {
    if (node.type === 'thematicBreak') return false
    if (node.type === 'html' && /^<!--\s*(?:speaker\s*)?notes?\b/i.test(node.value)) return false
    if (node.type === 'heading' && node.depth <= 2) {
      longest = Math.max(longest, section)
      section = 0
    }
    if (node.type === 'paragraph') {
      const text = toString(node)
      if (/^notes?:/i.test(text)) return false
      const count = wordCount(node)
      total += count
      section += count
      if (count >= 40 || splitSentences(text).length >= 2) {
        prose += count
        proseParagraphs++
      }
    } else if (node.type === 'list' || node.type === 'table' || node.type === 'blockquote') {
      total += wordCount(node)
      section += wordCount(node)
    }
  }
  longest = Math.max(longest, section)
  return total > 0 && (prose / total > 0.6 || (proseParagraphs >= 2 && longest > articleSectionWords))
}
