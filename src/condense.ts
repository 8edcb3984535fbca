/**
 * Article mode: condense the prose of a section into short bullets for the
 * face of a slide, and keep the full prose for the speaker notes.
 *
 * Pure and deterministic: sentence boundaries come from `Intl.Segmenter` with
 * fixes for abbreviations; the key sentence of a paragraph is picked by a
 * simple score; shortening removes asides and connectives and cuts at clause
 * boundaries, never inside a word.
 */

import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** Options of {@link condenseSection}. */
export interface CondenseOptions {
  /** Most bullets in one list on the face; longer runs of prose give several lists (default: `6`). */
  maxBullets?: number | undefined
  /** Most words in one bullet before it is cut (default: `14`). */
  maxWords?: number | undefined
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
 * connective (`However,`, `In fact,`, `But`), and the final full stop. Then, when the
 * sentence still has more than `maxWords` words: cut at the last clause
 * boundary (`,` `;` `:` ` — `) that leaves at most `maxWords` words and at
 * least 4, or else after `maxWords` whole words (not ending on `the`, `and`…),
 * and end with `…`. A sentence without a clause boundary that is at most
 * three words over the limit is kept whole rather than losing its last words.
 *
 * @param sentence One sentence.
 * @param maxWords Most words kept (default: `14`).
 * @returns The shortened sentence.
 */
export function shortenSentence(sentence: string, maxWords = 14): string {
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
  if (words(text).length <= maxWords) return text

  // Cut at a clause boundary.
  const boundary = /[,;:](?=\s)|\s[—–](?=\s)/g
  let cut = -1
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const count = words(text.slice(0, match.index)).length
    if (count > maxWords) break
    if (count >= 4) cut = match.index
  }
  if (cut !== -1) return text.slice(0, cut).trimEnd() + '…'

  // Cut after whole words, unless that would only save a word or three.
  if (words(text).length <= maxWords + 3) return text
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

/** Shorten one list item when it is longer than `maxWords`; a leading strong label is kept. */
function shortenItem(item: ListItem, maxWords: number): ListItem {
  const [first, ...rest] = item.children
  if (first?.type !== 'paragraph') return structuredClone(item)
  const full = toString(first)
  if (words(full).length <= maxWords) return structuredClone(item)
  const [label, ...after] = first.children
  const children: PhrasingContent[] = []
  if (label?.type === 'strong' && after.length > 0) {
    const restText = toString({ type: 'paragraph', children: after })
    const separator = /^[:\s—–-]*/.exec(restText)![0]
    const [sentence = ''] = splitSentences(restText.slice(separator.length))
    children.push(structuredClone(label), { type: 'text', value: separator + shortenSentence(sentence, maxWords) })
  } else {
    const [sentence = ''] = splitSentences(full)
    children.push({ type: 'text', value: shortenSentence(sentence, maxWords) })
  }
  return { ...structuredClone(item), children: [{ type: 'paragraph', children }, ...structuredClone(rest)] }
}

/**
 * Condense the body of one section for article mode.
 *
 * - Each prose paragraph becomes one bullet: its key sentence
 *   ({@link keySentence}), shortened ({@link shortenSentence}); runs of
 *   bullets are split into lists of at most `maxBullets`, so the deck can
 *   continue them on another slide. A paragraph ending with `:` right before
 *   a list stays a (shortened) paragraph introducing it.
 * - Lists keep their items; items over `maxWords` are shortened (a strong
 *   `Label` is kept) and the original list goes to the notes.
 * - Code, tables, images, block quotes, HTML and anything else stay on the
 *   face as they are.
 * - Every paragraph goes to the notes verbatim, in order.
 *
 * @param nodes The children of one section, without its heading.
 * @param options Bullet and word limits.
 * @returns Face, notes, and the number of prose sentences.
 */
export function condenseSection(nodes: readonly BlockContent[], options?: CondenseOptions | null): CondensedSection {
  const settings = options ?? emptyOptions
  const maxBullets = Math.max(1, settings.maxBullets ?? 6)
  const maxWords = Math.max(4, settings.maxWords ?? 14)
  const face: BlockContent[] = []
  const notes: BlockContent[] = []
  let sentences = 0
  let pending: ListItem[] = []
  const flush = (): void => {
    if (pending.length > 0) face.push(bulletList(pending))
    pending = []
  }

  nodes.forEach((node, index) => {
    if (node.type === 'paragraph' && !isImageParagraph(node)) {
      const all = splitSentences(toString(node))
      sentences += all.length
      notes.push(structuredClone(node))
      if (all.length === 0) return
      const introducesList = nodes[index + 1]?.type === 'list' && /:\s*$/.test(toString(node))
      if (introducesList) {
        flush()
        const last = all[all.length - 1]!
        face.push({ type: 'paragraph', children: [{ type: 'text', value: shortenSentence(last.replace(/:\s*$/, ''), maxWords) + ':' }] })
        return
      }
      pending.push(bullet(shortenSentence(all[keySentence(all)]!, maxWords)))
      if (pending.length >= maxBullets) flush()
      return
    }
    flush()
    if (node.type === 'list') {
      const children = node.children.map((item) => shortenItem(item, maxWords))
      const changed = children.some((item, at) => toString(item) !== toString(node.children[at]!))
      face.push({ ...structuredClone(node), children })
      if (changed) notes.push(structuredClone(node))
      return
    }
    face.push(structuredClone(node))
  })
  flush()
  return { face, notes, sentences }
}

/** Words in a node's text. */
function wordCount(node: RootContent): number {
  return words(toString(node)).length
}

/**
 * Whether Markdown reads as an article rather than slides, to switch article
 * mode on automatically.
 *
 * Slide-style Markdown (any `---` thematic break, a `<!-- notes -->` comment
 * or a `Note:` paragraph) is never prose. Otherwise it is prose when more
 * than 60% of the words in paragraphs, lists, tables and quotes are in
 * paragraphs of at least two sentences or at least 40 words.
 *
 * @param root An mdast tree (front matter, headings, code and HTML are not counted).
 * @returns `true` for an article.
 */
export function isMostlyProse(root: Root): boolean {
  let prose = 0
  let total = 0
  for (const node of root.children) {
    if (node.type === 'thematicBreak') return false
    if (node.type === 'html' && /^<!--\s*(?:speaker\s*)?notes?\b/i.test(node.value)) return false
    if (node.type === 'paragraph') {
      const text = toString(node)
      if (/^notes?:/i.test(text)) return false
      const count = wordCount(node)
      total += count
      if (count >= 40 || splitSentences(text).length >= 2) prose += count
    } else if (node.type === 'list' || node.type === 'table' || node.type === 'blockquote') {
      total += wordCount(node)
    }
  }
  return total > 0 && prose / total > 0.6
}
