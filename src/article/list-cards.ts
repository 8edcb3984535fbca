/**
 * Two to four short bullets drawn as cards side by side (four as two rows of two): a slide of two or three bullets
 * set as a list filled the top third of the slide and left the rest empty, slide after slide (blind readers of sets
 * 53–57: "two bullets, mostly empty", "every slide uses the same bullet layout"). The bullets keep their words and
 * their order; `lectern.css` draws each as a card a little larger than body text, the row at least
 * {@link cardGeometry}.minHeight of the slide tall, and the face measure lays each card's text out at its width.
 */
import type { BlockContent, List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isCitation } from '../text/lines.js'
import { hasClass } from './node-classes.js'
import type { SlideMetrics } from './slide-metrics.js'
import { charWidth, lineCount, runsOf, scaledText, widthSafety, type TextStyle } from './text-wrap.js'

/** Class of a list drawn as cards. */
export const cardsClass = 'lectern-cards'

/**
 * The cards' geometry, kept in step with `lectern.css`: the card text's size (em of body text), and in em of the card
 * text its padding and top rule; in em of body text the gap between cards and the room above the row; the row's least
 * height as a share of the slide's height.
 */
export const cardGeometry = { size: 1.15, padX: 0.8, padY: 0.7, rule: 0.2, gap: 0.9, above: 0.9, minHeight: 0.5 } as const

/** Most times the longest card's words may outnumber the shortest's. */
const balance = 2.5

/** Whether an item reads as a work cited: a surname and initials or a first name, and a year, an edition or editors. */
function workCited(text: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+,?\s(?:\p{Lu}[\p{L}]*\.?\s?){1,3}[.,]/u.test(text) && /\b(?:1[5-9]|20)\d{2}\b|\bed(?:ition|itors?|s)?\b|\bpress\b/i.test(text)
}

/** Fewest words a card holds. */
const fewestWords = 4

/** Most characters in a word of a card. */
const longestWord = 18

/** Most words a card holds, by how many cards share the slide (four are two rows of two). */
const cardWords: Readonly<Record<number, number>> = { 2: 26, 3: 16, 4: 12 }

/**
 * Whether a face's body is bullets a slide can show as cards: one unordered, tight list of three or four items of the
 * article's own list, or of two to four labelled items, each one paragraph of {@link fewestWords} to {@link cardWords}
 * words (no nested list, no second paragraph), no word longer than {@link longestWord} characters, and none more than
 * {@link balance} times as long as another.
 *
 * @param body The face without its heading.
 */
export function cardCandidate(body: readonly BlockContent[]): body is [List] {
  const list = body.length === 1 ? body[0] : undefined
  if (list?.type !== 'list' || list.ordered || list.spread === true) return false
  const limit = cardWords[list.children.length]
  if (limit === undefined) return false
  // (Cards side by side read as parallel: items of the article's own list, or labelled items, "**Cost:** …" and
  // "**Speed:** …"; sentences of prose set side by side read as one text split in panels, "a three-line joke split across
  // three panels", blind readers of sets 58 and 59 found. Two cards only when both are labelled.)
  const labelled = list.children.every((item) => item.children[0]?.type === 'paragraph' && item.children[0].children[0]?.type === 'strong')
  const listed = list.children.every((item) => item.data?.condensed === undefined)
  if (!labelled && (!listed || list.children.length === 2)) return false
  const words = list.children.map((item) => toString(item).trim().split(/\s+/))
  const counts = words.map((each) => each.length)
  // (Cards of like length, none a bare label: a paragraph beside one short line left one card half empty, and "Hybrid",
  // "Other OA", "Restricted" in three large boxes looked unfinished.)
  if (Math.max(...counts) > balance * Math.min(...counts) || Math.min(...counts) < fewestWords) return false
  // (Nor a list of works cited, "Defoe, Daniel. A Journal of the Plague Year…": a bibliography in boxes.)
  if (list.children.some((item) => isCitation(toString(item)) || workCited(toString(item)))) return false
  // (A web address or a long name does not break inside a card's narrow line: such a bullet stays a bullet.)
  return list.children.every((item, at) => item.spread !== true && item.children.length === 1 && item.children[0]!.type === 'paragraph' && counts[at]! <= limit && words[at]!.every((word) => word.length <= longestWord))
}

/** Whether a block is a list drawn as cards. */
export function isCardList(node: RootContent): boolean {
  return node.type === 'list' && hasClass(node, cardsClass)
}

/** How many cards stand side by side: four as two rows of two, else all in one row. */
export function cardColumns(count: number): number {
  return count === 4 ? 2 : Math.max(1, count)
}

/**
 * Height, in px, of a list drawn as cards: its rows, each as tall as its tallest card (its text laid out at the card's
 * width, in the card's size, with the padding and rule), with the gaps between them, and never less than the row's
 * least height; the room above it is the list's top margin.
 *
 * @param list A list drawn as cards.
 * @param metrics The slide box model.
 * @param text The style of a bullet's text at body size.
 */
export function cardsHeight(list: List, metrics: SlideMetrics, text: TextStyle): number {
  const { size, padX, padY, rule, gap, minHeight } = cardGeometry
  const em = text.size
  const columns = cardColumns(list.children.length)
  const outer = (metrics.contentWidth - (columns - 1) * gap * em) / columns
  const style = scaledText(text, size)
  const inner = outer - 2 * padX * style.size
  // (A word wider than a card's line would be broken inside it, "Assembly-member": such a list is no row of cards.)
  const widest = Math.max(...list.children.flatMap((item) => toString(item).split(/\s+/).map((word) => lineWidth(word, style))))
  if (widest * widthSafety > inner * 0.97) return Infinity
  const cards = list.children.map((item) => {
    const paragraph = item.children[0]
    // (Without the wrapping model's safety margin: in a column a third as wide it made one line too many in most cards,
    // and the row's least height leaves room to spare.)
    const count = paragraph ? lineCount(runsOf(paragraph, style), (inner * widthSafety) / metrics.widthFactor) : 1
    return count * style.lineHeight + (2 * padY + rule) * style.size
  })
  let rows = 0
  for (let start = 0; start < cards.length; start += columns) rows += Math.max(...cards.slice(start, start + columns))
  const total = rows + (Math.ceil(cards.length / columns) - 1) * gap * em
  return Math.max(total, minHeight * metrics.height)
}

/** Width, in px, of a word set in a style (the wrapping model's advances, without its safety margin). */
function lineWidth(word: string, style: TextStyle): number {
  return [...word].reduce((sum, char) => sum + charWidth(style.font, char) * style.size + style.letterSpacing, 0)
}
