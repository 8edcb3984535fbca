/**
 * Slide layouts chosen by what a slide says: a section divider for a
 * heading alone, a pull quote for a quotation, a big number for a figure,
 * an image beside its bullets, two columns for a comparison, a code
 * listing with its point, one large statement, and plain bullets where
 * nothing else fits. The choice is deterministic (patterns over the
 * slide's face, no model) and measured: a layout that draws text larger
 * or narrower is chosen only when the face still fits the theme's slide.
 */
import type { BlockContent, Blockquote, Heading, ListItem, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { comparison } from './comparisons.js'
import { faceHeight, isImage } from './face-height.js'
import { faceBody, hasNested, listItems, words } from './face-parts.js'
import { keyFigure } from './key-figures.js'
import { cardCandidate } from './list-cards.js'
import { layoutHeight } from './layout-height.js'
import type { LayoutChoice, LayoutName } from './layout-names.js'
import { shapeFace } from './layout-shape.js'
import { shownKey } from './shown-bullets.js'
import { attributedQuotation, isQuotation, quotedPhrase } from './pull-quotes.js'
import type { SlideMetrics } from './slide-metrics.js'
import { isContinued, withoutContinued } from './continued.js'
import { backMatterHeading } from '../text/heading-lines.js'


/** Most words on a statement slide. */
const statementWords = 22
/** Most words in a quotation shown as a pull quote. */
const quoteWords = 50
/** Most words in a quotation from the notes shown as a pull quote. */
const maxPullQuoteWords = 30
/** Most bullets beside an image, or under a big number. */
const besideBullets = 3

/** Whether `text` says the whole number `digits` as a number of its own, not inside another ("20" in "DOAJ at 20", not in "2023"). */
function saysNumber(text: string, digits: string): boolean {
  return new RegExp(`(?<![\\d.,])${digits}(?![\\d.,])`).test(text)
}

/** Whether a figure says what it measures: a unit, a magnitude or a currency ("40%", "3 billion", "$5,000"), not a bare count. */
function hasUnit(figure: string | undefined): boolean {
  return figure !== undefined && !/^[\d,.]+$/.test(figure)
}

/**
 * The later bullet whose figure a big-number slide shows instead of the first bullet's: one whose figure has its unit
 * ("40%", "3 billion") and, when the first bullet names a figure too, that the selection ranked higher (`data.score`);
 * -1 for none.
 */
function strongerFigure(bullets: readonly ListItem[], firstHasFigure: boolean): number {
  const score = (item: ListItem): number => item.data?.score ?? -Infinity
  let best = -1
  // (Never above a bullet that introduces whom it is about: "We awarded Ric a 30% disability rating…" had moved above
  // "Example 2: Ric is a Veteran who…".)
  const introduced = (before: ListItem): string | undefined => /^(?:[^:]{1,24}:\s*)?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:is|was|are|were) (?:a|an|the|one)\b/u.exec(toString(before))?.[1]
  // (Nor the end of a story above its start: "I walked out with all 3 for $9" had moved above "…I found 3 IBM Model M keyboards".)
  const told = (item: ListItem): boolean => /^(?:i|we|they|he|she)\s+(?:\p{Ll}+ed|went|found|bought|took|got|made|came|left|saw|paid|sold|gave|ran|had|was|were|did|spent|won|lost)\b/iu.test(toString(item))
  bullets.forEach((item, index) => {
    if (index === 0 || !hasUnit(keyFigure(item)) || (told(item) && bullets.slice(0, index).some((before) => /\b(?:\p{Ll}+ed|was|were|found|had|went|got)\b/u.test(toString(before)))) || bullets.slice(0, index).some((before) => { const name = introduced(before); return name !== undefined && toString(item).includes(name) })) return
    const rival = best > 0 ? bullets[best]! : firstHasFigure ? bullets[0]! : undefined
    if (!rival || score(item) > score(rival)) best = index
  })
  return best
}

/** Options of {@link chooseLayout}. */
export interface ChooseOptions {
  /** The slide box model: a layout that would not fit is not chosen. */
  metrics: SlideMetrics
  /** The layout of the content slide before, to avoid two big numbers in a row. */
  previous?: LayoutName | undefined
  /** Whether the content slide before showed its bullets as cards: two in a row would be one look again. */
  previousCards?: boolean | undefined
  /** The slide's speaker notes as text: a quotation there can be the slide's pull quote. */
  notes?: string | undefined
  /** The bullets of the slides before, as compared (`shownKey`): a pull quote never shows one again. */
  seen?: ReadonlySet<string> | undefined
  /** The deck's title: a figure it says ("20 years" in a deck titled "DOAJ at 20") is no slide's big number. */
  title?: string | undefined
}

/**
 * Choose the layout of one content slide of an article from its face
 * (heading first). In order: a heading alone is a `section` divider; a
 * picture with at most three bullets an `image`; one code block with at most
 * two lines of text `code`; a block quote with at most three bullets, a
 * title that is a quotation, or (with at most four bullets) a bullet quoting
 * six words or more or a quotation in the notes, a `quote`; two lead-ins
 * with a list each, or a comparison heading over one list or two,
 * `two-columns`; one to three bullets of which the first names a figure (not a
 * year or a version), or a later one a figure with its unit (that bullet moves
 * first, under it), unless the slide before was one, a `big-number`; a
 * single statement of 22 words or fewer a `statement`; two to four short
 * bullets, unless the slide before showed cards, `bullets` drawn as cards;
 * else `bullets`. A
 * layout that would not fit the slide is passed over.
 *
 * @param face The slide's face: heading, then blocks (no notes).
 * @param options The slide box model, the previous slide's layout, the slide's notes.
 */
export function chooseLayout(face: readonly RootContent[], options: ChooseOptions): LayoutChoice {
  const heading = face[0]?.type === 'heading' ? face[0] : undefined
  const body = faceBody(face)
  const { metrics } = options
  if (!heading) return { layout: 'bullets' }
  // A title that is a quotation with its speaker ("The typos are the pedagogy - Dana Brunson", a pull quote a
  // plain-text article sets on a line of its own) is set as a quote, alone or over a few bullets.
  if (attributedQuotation(toString(heading)) && body.every((node) => node.type === 'list') && listItems(body).length <= 3) {
    if (fits(heading, body, { layout: 'quote', variant: 'heading' }, metrics)) return { layout: 'quote', variant: 'heading' }
  }
  if (body.length === 0) return { layout: 'section' }
  const bullets = listItems(body)
  const texts = body.filter((node) => !isImage(node) && node.type !== 'code')
  const hasOther = body.some((node) => node.type === 'table' || node.type === 'html' || node.type === 'thematicBreak')
  if (hasOther) return { layout: 'bullets' }

  const images = body.filter(isImage)
  if (images.length === 1 && body.every((node) => isImage(node) || node.type === 'list') && bullets.length <= besideBullets && !hasNested(body)) {
    const variant = bullets.length === 0 ? 'full' : 'beside'
    if (fits(heading, body, { layout: 'image', variant }, metrics)) return { layout: 'image', variant }
  }
  const code = body.filter((node) => node.type === 'code')
  if (code.length === 1 && images.length === 0 && texts.length <= 2 && bullets.length <= 2) return { layout: 'code' }
  if (images.length > 0 || code.length > 0 || hasNested(body)) return { layout: 'bullets' }

  const quotes = body.filter((node): node is Blockquote => node.type === 'blockquote')
  // (A lead-in right before the quotation, "…Andrej Karpathy writes:", is said with it.)
  const introduces = (node: BlockContent, at: number): boolean => node.type === 'paragraph' && body[at + 1] === quotes[0] && /:\s*$/.test(toString(node))
  if (quotes.length === 1 && words(quotes[0]!) <= quoteWords && bullets.length <= 3 && body.every((node, at) => node.type === 'blockquote' || node.type === 'list' || introduces(node, at))) {
    if (fits(heading, body, { layout: 'quote' }, metrics)) return { layout: 'quote' }
  }
  if (quotes.length === 0 && body.every((node) => node.type === 'list') && isQuotation(toString(heading))) return { layout: 'quote', variant: 'heading' }
  // A pull quote over bullets (and at most one lead-in paragraph).
  if (quotes.length === 0 && body.every((node) => node.type === 'list' || node.type === 'paragraph') && body.filter((node) => node.type === 'paragraph').length <= 1 && bullets.length <= 4) {
    // (Not a bullet that is the quotation whole: the pull quote would say it twice.)
    // (Nor one a slide before showed as a bullet: "Don't leave anything on the course." twice in a row.)
    const said = bullets.map((item) => shownKey(toString(item)))
    const shown = new Set([...said, ...(options.seen ?? [])])
    // (The notes as a reader reads them: no inline HTML tags, "<em>deaf</em>".)
    const noted = quotedPhrase((options.notes ?? '').replace(/<\/?[a-z][^>]*>/gi, ''), maxPullQuoteWords)
    // (Nor one a bullet says all but a few words of, "From my notes: "Osaka is definitely good for food…"", "As McPhee
    // writes, "a vein of ore…"": the same words twice, large and small.)
    const quoted = (found: string): boolean => {
      const key = shownKey(found)
      return shown.has(key) || said.some((bullet) => ` ${bullet} `.includes(` ${key} `) && bullet.split(' ').length - key.split(' ').length <= 4)
    }
    const phrase = bullets.map((item) => quotedPhrase(item)).find((found) => found !== undefined && !quoted(found)) ?? (noted !== undefined && !quoted(noted) ? noted : undefined)
    if (phrase && fits(heading, body, { layout: 'quote', pullQuote: phrase }, metrics)) return { layout: 'quote', pullQuote: phrase }
  }

  const columns = comparison(heading, body)
  if (columns && fits(heading, body, { layout: 'two-columns', ...columns }, metrics)) return { layout: 'two-columns', ...columns }

  // (Never over back matter: "50 years" of a cited paper's title had headed a References slide.)
  if (body.every((node) => node.type === 'list') && bullets.length >= 1 && bullets.length <= besideBullets && options.previous !== 'big-number' && !backMatterHeading.test(withoutContinued(toString(heading)))) {
    // The bullet right under the figure is its label ("1000" over a third bullet about nodes read, in two blind
    // reviews, as a number without a meaning): the first bullet's figure, or a later bullet's figure with its unit
    // ("40%", "3 billion", "$5,000") when that bullet can move up under it (one list).
    // (And of the bullets with a figure the selection ranked highest, the one shown: "3 hours, 29 minutes and 21 seconds
    // after the start I ran across the finish line", not "At the 30 km mark they slowed down for drinks", read over "30 km".)
    // (Never "100%", which says "wholly", not a quantity: "I got personally involved 100%".)
    // (A bare count shows with what it counts, "100 countries", not "100": blind readers found the number alone meant nothing.)
    const hero = (item: ListItem | undefined): string | undefined => {
      const found = item ? keyFigure(item) : undefined
      // (Nor one of a bullet that points back at what the slide does not show: "This final decision can be delivered verbally,
      // but must be followed by a written notice within 48 hours" drew "48 hours" big where the answer was 4 business days.)
      if (!found || /^100\s?(?:%|percent|per cent)$/i.test(found) || /^(?:this|these|that|those|such)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have)\b/iu.test(toString(item!))) return undefined
      // (Nor an age, "within the 20 to 40 years age group": who took part, not what was found.)
      const age = /\b\d+(?:\s*(?:to|and|-|–)\s*\d+)?\s+years?(?:[- ]old|\s+of\s+age|\s+age\s+group)|\baged?\s+(?:between\s+)?\d+(?:\s*(?:to|and|-|–)\s*\d+)?/i.exec(toString(item!))
      if (age && age[0].includes(/\d+/.exec(found)?.[0] ?? found)) return undefined
      // (Past a participle, "140 maintained schools"; a count in the thousands past two words that qualify it, "1,500 new
      // user accounts", which alone had read "1,500" to a blind reader of set 102.)
      const qualifiers = /\d{4}|\d,\d{3}/.test(found) ? '(?:(?!(?:of|the|and|or|to|in|for|an?|on|at|by|with|from|per|than)\\s)\\p{Ll}+\\s+){0,2}' : '(?:\\p{Ll}+ed\\s+)?'
      // (Never the same digits inside a name, "isOver50 thinks an ageless person is under 50", which had shown "50 thinks".)
      const counts = /^[\d,.]+$/.test(found) ? new RegExp(`(?<![\\p{L}\\d.,])${found.replace(/[.]/g, '\\.')}\\+?\\s+(${qualifiers})(\\p{Ll}{3,}s|\\p{Lu}{2,}s|people|children|men|women)\\b`, 'u').exec(toString(item!)) : null
      // (With the second of two things counted together: "281 colleges and universities", whose caption had opened on "and".)
      const paired = counts ? /^\s+((?:and|or|&)\s+\p{Ll}{3,}s)\b/u.exec(toString(item!).slice(counts.index + counts[0].length))?.[1] : undefined
      if (counts && !/^(?:is|was|has|does|its|this|thus|us|yes|plus|minus|times|years|months|weeks|days|hours|minutes|seconds)$/.test(counts[2]!)) return `${found} ${counts[1]}${counts[2]}${paired ? ` ${paired}` : ''}`
      // (A bare count with nothing it counts beside it is no figure to show: "12" of "a 12 day, 11 night stay" read, to a
      // blind reader of set 84, as "12 what?".)
      // (Nor a measure or a range without its unit, "6.5" of "a 6.5 gallon fermenter", "10–100" of "10 to 100 μL of buffer".)
      return /^\d{1,3}$|^\d+\.\d+$|^\d[\d.,]*\s*[–-]\s*\d[\d.,]*$/.test(found) ? undefined : found
    }
    const first = hero(bullets[0])
    const later = body.length !== 1 ? -1 : strongerFigure(bullets, first !== undefined)
    const figure = later > 0 ? hero(bullets[later]!) : first
    // (Nor one of two spans the slide sets side by side, "30 days" over a bullet's "60 days": which one holds is the point.)
    const span = (found: string | undefined): string | undefined => /^\d[\d.,]*\s*(?:hours?|days?|weeks?|months?|years?)$/i.exec(found ?? '')?.[0].replace(/^[\d.,\s]+/, '').replace(/s$/i, '')
    const rival = span(figure) !== undefined && bullets.some((item) => { const other = keyFigure(item); return other !== figure && span(other) === span(figure) })
    const choice: LayoutChoice = { layout: 'big-number', figure, ...(later > 0 ? { figureItem: later } : {}) }
    // (The figure is said again over its claim: it counts toward the face's 60 words with the heading and the bullets.)
    // (Counted as a reader counts them: "third-party" is two words.)
    const faceWords = [heading, ...body].map((node) => ('children' in node && node.type === 'list' ? node.children.map((item) => toString(item)).join(' ') : toString(node))).concat(figure ?? '').join(' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean).length
    // (Nor the number the title already says: "11" under "Goal 11" showed the heading again.)
    // (Nor one the title says with its unit: "75%" under "South Partition-Yield 75% (SPY75) Scenario".)
    const titled = figure !== undefined && (/^\d+$/.test(figure) ? saysNumber(toString(heading), figure) : toString(heading).toLowerCase().includes(figure.toLowerCase()))
    // (Nor an age the deck's title already says: "20 years" on two slides of a deck titled "DOAJ at 20".)
    const aged = /^(\d{1,3})\s+(?:years?|anniversary|birthday)$/i.exec(figure ?? '')?.[1]
    const titleSays = aged !== undefined && options.title !== undefined && saysNumber(options.title, aged)
    if (figure && !rival && !titled && !titleSays && faceWords <= 60 && fits(heading, body, choice, metrics)) return choice
  }

  const only = body.length === 1 ? body[0]! : undefined
  // (Not one item of a numbered list, which as a statement lost its number: "1. As I mentioned earlier…" over "2.", "3.";
  // nor the last item of a list the slide before began, "Warnings & fact-checking: …" under "… (cont.)".)
  const continued = heading !== undefined && isContinued(toString(heading))
  const single = only?.type === 'paragraph' || (only?.type === 'list' && only.ordered !== true && !continued && only.children.length === 1 && only.children[0]!.children.length === 1)
  if (only && single && words(only) <= statementWords && fits(heading, body, { layout: 'statement' }, metrics)) return { layout: 'statement' }
  // Two to four short bullets as cards side by side, unless the slide before was cards.
  if (cardCandidate(body) && !options.previousCards && fits(heading, body, { layout: 'bullets', variant: 'cards' }, metrics)) return { layout: 'bullets', variant: 'cards' }
  return { layout: 'bullets' }
}

function fits(heading: Heading, body: readonly BlockContent[], choice: LayoutChoice, metrics: SlideMetrics): boolean {
  const face = [heading, ...shapeFace(body, choice)]
  // (Bullets as cards are blocks stacked, the cards measured as the list's height.)
  return (layoutHeight(face, choice.layout, metrics) ?? (choice.variant === 'cards' ? faceHeight(face, metrics) : Infinity)) <= metrics.contentHeight
}

/**
 * The details of a layout set by hand (`data-layout`, front matter
 * `layout`) for a face: where its columns split, which figure or quoted
 * phrase it shows large, whether its picture stands alone. Nothing is
 * measured: what the writer asks for is what they get (the fit stage
 * still splits or shrinks a slide that does not fit).
 *
 * @param face The slide's face: heading, then blocks (no notes).
 * @param layout The layout asked for.
 */
export function forcedLayout(face: readonly RootContent[], layout: LayoutName): LayoutChoice {
  const heading = face[0]?.type === 'heading' ? face[0] : undefined
  const body = faceBody(face)
  const bullets = listItems(body)
  if (layout === 'image') return { layout, variant: body.every(isImage) ? 'full' : 'beside' }
  if (layout === 'big-number') {
    // A short first paragraph ("**3 billion**") is the figure itself; else the first figure a bullet names is shown above it.
    if (body[0]?.type === 'paragraph' && words(body[0]) <= 4) return { layout }
    return { layout, figure: bullets.map(keyFigure).find((found) => found !== undefined) }
  }
  if (layout === 'quote' && !body.some((node) => node.type === 'blockquote')) {
    const pullQuote = bullets.map((item) => quotedPhrase(item)).find((found) => found !== undefined)
    const title = heading ? toString(heading) : ''
    if (!pullQuote && (isQuotation(title) || attributedQuotation(title))) return { layout, variant: 'heading' }
    return { layout, pullQuote }
  }
  if (layout === 'two-columns') {
    const found = heading ? comparison({ ...heading, children: [{ type: 'text', value: 'vs' }] }, body) : undefined
    if (found) return { layout, ...found }
    if (body.length === 1 && body[0]!.type === 'list') return { layout, columnStart: 0, splitItems: Math.ceil(body[0].children.length / 2) }
    return { layout, columnStart: Math.ceil(body.length / 2) }
  }
  return { layout }
}
