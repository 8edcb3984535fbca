/**
 * A list from the source on one face: its items shortened, harder when the list runs over a face, or shown by their
 * labels alone (the items stay whole in the notes).
 */
import type { ListItem, PhrasingContent } from 'mdast'
import { countWords } from './clause-grammar.js'
import { shortenItem } from './condense-items.js'
import { isCitation } from '../text/lines.js'
import { isPictureSource } from '../text/credit-lines.js'
import { toString } from './visible-text.js'
import { saysTiming, withoutLeadingAnd, withoutSeriesEnds } from './item-endings.js'
import { firstFigure } from './key-figures.js'

/** Words of bullets one face takes beside its heading (as for chosen sentences, `select.ts`). */
const faceListWords = 50

/** Words a face takes, its heading and "(cont.)" with them (`paginate.ts`). */
const faceWords = 60

/**
 * The items of a source list, shortened ({@link shortenItem}) so that the list fits one face where it can: a list of
 * three to six items that each open with a short bold (or italic) label ("**Data masking**. People often ask why…") and
 * that runs over a face's words is shortened harder, each item to its share of the face, and else shows its labels alone
 * (the items stay whole in the notes); one of seven or eight such items shows its labels. A list split over two slides,
 * two items on each, half of each slide empty, read as four loose bullets, not as the writer's four points.
 *
 * @param source The list's items, as said (no empty ones).
 * @param maxWords The word budget of a bullet.
 * @param lang Language of the prose (BCP 47).
 * @param leadIn Words of the sentence that leads into the list on its face, if any.
 * @param headingWords Words of the section's heading, which a continuation page repeats with "(cont.)".
 */
export function fitListItems(source: readonly ListItem[], maxWords: number, lang = 'en', leadIn = 0, headingWords = 5): ListItem[] {
  // (A picture's source line a copied page set under its list, "Source: The Pudding", is no item: it stays in the notes.)
  const listed = source.length > 2 && isPictureSource(toString(source.at(-1)!).trim()) ? source.slice(0, -1) : source
  const items = withoutLeadingAnd(withoutSeriesEnds(listed) ?? listed).map(strongLabel)
  const shortened = items.map((item) => shortenItem(item, maxWords, lang))
  const words = (list: readonly ListItem[]): number => list.reduce((sum, item) => sum + countWords(toString(item.children[0] ?? item)), 0)
  const label = (item: ListItem): string | undefined => {
    const [first] = item.children
    const strong = first?.type === 'paragraph' ? first.children[0] : undefined
    const text = strong?.type === 'strong' ? toString(strong).trim().replace(/[.:]$/, '') : ''
    // (Not one that only counts, "Day 1", "Step 3": seven days of a rescue plan had shown "Day 1" to "Day 7" alone.)
    return text !== '' && countWords(text) <= 5 && !counter.test(text) && item.children.length === 1 ? text : undefined
  }
  // (Beside the sentence that leads into it, a list of three or four takes what the face leaves, its longest items
  // tightened one by one: "Several benefits show up again and again in surveys of garden members:" over four benefits had
  // run over two slides, two on each, by a word or two.)
  const besideLeadIn = faceWords - leadIn - headingWords - 1
  if (leadIn > 0 && leadIn <= 20 && items.length >= 3 && items.length <= 4 && words(shortened) > besideLeadIn && words(shortened) <= faceListWords) {
    const fitted = tightenLongest(shortened, items.map((item) => shortenItem(item, Math.floor(besideLeadIn / items.length) - 1, lang)), besideLeadIn, words)
    return words(fitted) <= besideLeadIn ? fitted : shortened
  }
  if (items.length < 3 || items.length > mostLabels || words(shortened) <= faceListWords) return shortened
  // (Seven or eight labelled items show their labels: "Third party material", "Trade secrets", "Patents"… had run over four
  // slides, two items on each.)
  // (Not items whose figures are their point, half of them at least: "App Updates: Over 7205 app updates were made…" had
  // shown "App Updates", "New Apps Added", "Archived Apps" without a number.)
  const figured = items.filter((item) => /\d/.test(toString(item).slice((label(item) ?? '').length))).length * 2 >= items.length
  if (items.length > 6) return items.every((item) => label(item) !== undefined) && !figured ? items.map((item) => labelItem(label(item)!)) : shortened
  const tighter = items.map((item) => shortenItem(item, Math.floor(faceListWords / items.length) - 1, lang))
  if (words(tighter) <= faceListWords) return tighter
  // (Works cited stay whole.)
  if (items.some((item) => isCitation(toString(item)))) return shortened
  // A list without labels takes the tighter bullets of its longest items, one by one, until it fits one face (SAR's four
  // advantages over optical sensors had run over two slides, two on each); the others stay as they were.
  if (!items.every((item) => label(item) !== undefined) || figured) return tightenLongest(shortened, tighter, faceListWords, words)
  return items.map((item) => labelItem(label(item)!))
}

/** Whether an item ends on a word that points at what it leaves unsaid: "…and prefix it". */
const endsOnPointer = (item: ListItem): boolean => /\b(?:it|them|this|that|these|those)$/i.test(toString(item).trim())

/**
 * The items with their tighter bullets taken, longest first, one by one, until the list is within `most` words; only a
 * tighter bullet that still opens as the item did, keeps its step's time, and does not end on a pronoun ("We develop an
 * initial version and prefix it" had lost what it is prefixed with).
 */
function tightenLongest(shortened: readonly ListItem[], tighter: readonly ListItem[], most: number, words: (list: readonly ListItem[]) => number): ListItem[] {
  const fitted = [...shortened]
  const longest = fitted.map((item, at) => at).sort((a, b) => countWords(toString(fitted[b]!)) - countWords(toString(fitted[a]!)))
  // (Only a bullet that still opens as it did: one that lost its opening clause, "Your project is under a copyleft
  // license, but…", or its verb, "Data governance committees [can publish…, or] remain unpublished", says another thing.)
  const opening = (item: ListItem): string => toString(item).split(/\s+/).slice(0, 4).join(' ').toLowerCase()
  for (const at of longest) {
    if (words(fitted) <= most) break
    // (Nor one that lost its step's time: "…put the lid on. Gently invert four times and leave for 1 min".)
    // (Nor its figure: "…the Exploration Mission. Ninety-four people from 18 countries in the region participated".)
    const losesTime = (saysTiming(toString(fitted[at]!)) && !saysTiming(toString(tighter[at]!))) || (firstFigure(toString(fitted[at]!)) !== undefined && firstFigure(toString(tighter[at]!)) === undefined)
    const endsOnPronoun = endsOnPointer(tighter[at]!) && !endsOnPointer(fitted[at]!)
    if (countWords(toString(tighter[at]!)) < countWords(toString(fitted[at]!)) && opening(tighter[at]!) === opening(fitted[at]!) && !losesTime && !endsOnPronoun) fitted[at] = tighter[at]!
  }
  return fitted
}

/** A label that only numbers its item: "Day 1", "Step 3", "Phase II", "#4", "First". */
const counter = /^(?:(?:day|week|month|year|step|phase|part|stage|level|round|chapter|section|option|tip|rule|lesson|item|point|no\.?|number|#)\s*(?:\d+[a-z]?|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten)|\d+[a-z]?|first|second|third|fourth|fifth|sixth|seventh|eighth|finally|lastly)$/i

/** Most items of a list that {@link fitListItems} shows by their labels alone. */
const mostLabels = 8

/** A list item of a label alone. */
function labelItem(label: string): ListItem {
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] }] }
}

/**
 * An item whose label is set in italics before its colon ("*Figure out what you need to see*: If digitized images…")
 * with the label in bold, as its neighbours written "**Label:**" are: a slide had set some labels bold and some italic.
 */
function strongLabel(item: ListItem): ListItem {
  const [first, ...later] = item.children
  if (first?.type !== 'paragraph') return item
  const [label, after, ...rest] = first.children
  if (label?.type !== 'emphasis' || after?.type !== 'text' || !/^:\s/.test(after.value) || countWords(toString(label)) > 8) return item
  // (A label that asks, "*Who's gonna pay for that?*:", keeps its question mark alone.)
  const strong: PhrasingContent = { type: 'strong', children: [...label.children, ...(/[?!.]$/.test(toString(label).trim()) ? [] : [{ type: 'text' as const, value: ':' }])] }
  return { ...item, children: [{ ...first, children: [strong, { ...after, value: after.value.slice(1) }, ...rest] }, ...later] }
}
