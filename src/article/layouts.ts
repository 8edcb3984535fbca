/**
 * Slide layouts chosen by what a slide says: a section divider for a
 * heading alone, a pull quote for a quotation, a big number for a figure,
 * an image beside its bullets, two columns for a comparison, a code
 * listing with its point, one large statement, and plain bullets where
 * nothing else fits. The choice is deterministic (patterns over the
 * slide's face, no model) and measured: a layout that draws text larger
 * or narrower is chosen only when the face still fits the theme's slide.
 */
import type { BlockContent, Blockquote, Heading, List, ListItem, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isStatement } from './clause-grammar.js'
import { isCitation } from '../text/lines.js'
import { tagSentence } from './nlp.js'
import { faceHeight, isImage } from './face-height.js'
import { isLayoutName, layoutNames, type LayoutName } from './layout-names.js'
import type { SlideMetrics } from './slide-metrics.js'

export { isLayoutName, layoutNames, type LayoutName }

/**
 * How much larger than body text each layout draws its main block, as the
 * CSS `zoom` in `lectern.css` does (keep the two in step): the statement,
 * the quote, the key figure of a big number, the title of a closing slide,
 * and the title of a section divider (`##`, or `#` which starts larger).
 */
export const layoutScale = { statement: 1.45, quote: 1.15, figure: 3, title: 1.4, section: 1.9, sectionH1: 1.2 } as const

/** A section divider's part number (`data-part`), in em of body text: its size and the room it takes with its margin (`lectern.css`). */
export const partNumber = { size: 2.4, height: 2.64 } as const

/** Room the statement, big-number and quote layouts leave above their body, as a share of the slide's height (`lectern.css`). */
export const layoutBodyOffset = 0.05

/** Most words on a statement slide. */
const statementWords = 22
/** Most words in a quotation shown as a pull quote. */
const quoteWords = 50
/** Fewest words in a quoted phrase inside a bullet that makes a pull quote. */
const quotedPhraseWords = 6
/** Most words in a quotation from the notes shown as a pull quote. */
const maxPullQuoteWords = 30
/** Most bullets beside an image, or under a big number. */
const besideBullets = 3
/** Text beside an image or in a column is laid out this much narrower than the full width (half, less the gap). */
const columnNarrowing = 2.25
/** Most of the slide's height an image takes, full-bleed and beside bullets (`lectern.css`). */
export const imageHeight = { full: 0.55, beside: 0.5 } as const

/** A heading that names a comparison: "Pros and cons", "Before and after", "Rust vs. Go", "Myths and facts". */
export const comparisonHeading =
  /\b(?:vs\.?|versus|compared (?:to|with)|comparison|pros and cons|before and after|then and now|old and new|(?:dis)?advantages and (?:dis)?advantages|benefits and (?:drawbacks|costs|risks)|trade-?offs?|myths? (?:and|vs\.?) (?:facts?|reality)|dos and don['’]ts)\b/i
/** A column lead-in or bold label that names one side of a comparison. */
const comparisonSide = /^(?:pros|cons|before|after|then|now|old|new|advantages?|disadvantages?|benefits?|drawbacks?|costs?|risks?|myths?|facts?|reality|do|don['’]t|dos|don['’]ts|with(?:out)?\b.*|instead)\b/i

/** What {@link chooseLayout} decided for one slide. */
export interface LayoutChoice {
  /** The layout. */
  layout: LayoutName
  /** `image`: the picture alone (`full`) or beside two or three bullets (`beside`); `quote`: the slide's title is the quotation (`heading`). */
  variant?: 'full' | 'beside' | 'heading' | undefined
  /** `big-number`: the figure, as written in the article ("4200", "3 billion", "45%"). */
  figure?: string | undefined
  /** `quote`: a quoted phrase of a bullet, shown as the pull quote. */
  pullQuote?: string | undefined
  /** `two-columns`: the index in the body (face without its heading) where the second column starts; a list at that index is split after `splitItems` items. */
  columnStart?: number | undefined
  /** `two-columns` from one list: how many of its items go to the first column. */
  splitItems?: number | undefined
}

/** Options of {@link chooseLayout}. */
export interface ChooseOptions {
  /** The slide box model: a layout that would not fit is not chosen. */
  metrics: SlideMetrics
  /** The layout of the content slide before, to avoid two big numbers in a row. */
  previous?: LayoutName | undefined
  /** The slide's speaker notes as text: a quotation there can be the slide's pull quote. */
  notes?: string | undefined
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
 * year or a version), unless the slide before was one, a `big-number`; a
 * single statement of 22 words or fewer a `statement`; else `bullets`. A
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
  if (quotes.length === 1 && words(quotes[0]!) <= quoteWords && bullets.length <= 3 && body.every((node) => node.type === 'blockquote' || node.type === 'list')) {
    if (fits(heading, body, { layout: 'quote' }, metrics)) return { layout: 'quote' }
  }
  if (quotes.length === 0 && body.every((node) => node.type === 'list') && isQuotation(toString(heading))) return { layout: 'quote', variant: 'heading' }
  // A pull quote over bullets (and at most one lead-in paragraph).
  if (quotes.length === 0 && body.every((node) => node.type === 'list' || node.type === 'paragraph') && body.filter((node) => node.type === 'paragraph').length <= 1 && bullets.length <= 4) {
    const phrase = bullets.map((item) => quotedPhrase(item)).find((found) => found !== undefined) ?? quotedPhrase(options.notes ?? '', maxPullQuoteWords)
    if (phrase && fits(heading, body, { layout: 'quote', pullQuote: phrase }, metrics)) return { layout: 'quote', pullQuote: phrase }
  }

  const columns = comparison(heading, body)
  if (columns && fits(heading, body, { layout: 'two-columns', ...columns }, metrics)) return { layout: 'two-columns', ...columns }

  if (body.every((node) => node.type === 'list') && bullets.length >= 1 && bullets.length <= besideBullets && options.previous !== 'big-number') {
    // Only the first bullet's figure: the bullet right under it is its label ("1000" over a third bullet about nodes
    // read, in two blind reviews, as a number without a meaning).
    const figure = bullets[0] ? keyFigure(bullets[0]) : undefined
    if (figure && fits(heading, body, { layout: 'big-number', figure }, metrics)) return { layout: 'big-number', figure }
  }

  const only = body.length === 1 ? body[0]! : undefined
  const single = only?.type === 'paragraph' || (only?.type === 'list' && only.children.length === 1 && only.children[0]!.children.length === 1)
  if (only && single && words(only) <= statementWords && fits(heading, body, { layout: 'statement' }, metrics)) return { layout: 'statement' }
  return { layout: 'bullets' }
}

/** What a face shows below its heading: no definitions, no HTML comments. */
function faceBody(face: readonly RootContent[]): BlockContent[] {
  const body = face[0]?.type === 'heading' ? face.slice(1) : face
  return body.filter((node) => node.type !== 'definition' && node.type !== 'footnoteDefinition' && !(node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()))) as BlockContent[]
}

function words(node: RootContent): number {
  return toString(node).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

function listItems(body: readonly BlockContent[]): ListItem[] {
  return body.flatMap((node) => (node.type === 'list' ? node.children : []))
}

function hasNested(body: readonly BlockContent[]): boolean {
  return listItems(body).some((item) => item.children.some((child) => child.type !== 'paragraph'))
}

function fits(heading: Heading, body: readonly BlockContent[], choice: LayoutChoice, metrics: SlideMetrics): boolean {
  return (layoutHeight([heading, ...shapeFace(body, choice)], choice.layout, metrics) ?? Infinity) <= metrics.contentHeight
}

/** Lines a short paragraph (a figure) takes at the figure's size: it wraps past about ten characters a line. */
function lines(node: RootContent): number {
  return Math.ceil(toString(node).length / 10)
}

/** Whether a block carries a class (set by {@link shapeFace}). */
function hasClass(node: RootContent, name: string): boolean {
  const value = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className
  return Array.isArray(value) ? value.includes(name) : value === name
}

/**
 * Height, in px, of a face shaped for a layout that draws it otherwise than
 * plain blocks stacked (see `lectern.css`): a section divider's title much
 * larger, under its part number; a closing slide's title larger; the statement, the quote and a big number's figure larger,
 * below the room the layout leaves under the title; two columns side by side (each as wide as half the slide); a
 * picture at its layout's height with a two-line caption. Other layouts:
 * `undefined` (measure the face as it is).
 *
 * @param face The face, heading first, shaped by {@link shapeFace}.
 * @param layout Its layout.
 * @param metrics The slide box model.
 * @param fit The scale a section divider's title is shrunk to (`lectern-fit-NN`); default 1.
 */
export function layoutHeight(face: readonly RootContent[], layout: LayoutName, metrics: SlideMetrics, fit = 1): number | undefined {
  const heading = face[0]?.type === 'heading' ? [face[0]] : []
  const body = face.slice(heading.length)
  const top = heading.length > 0 ? faceHeight(heading, metrics) : 0
  const scaled = (nodes: readonly RootContent[], scale: number): number => (nodes.length === 0 ? 0 : scale * faceHeight(nodes, { ...metrics, widthFactor: metrics.widthFactor * scale }))
  const plain = (nodes: readonly RootContent[]): number => (nodes.length === 0 ? 0 : faceHeight(nodes, metrics))
  // The statement, big-number and quote layouts set their title's bottom margin to 0.4em, and the offset below it.
  const h2 = metrics.model.headings[2]
  const offset = metrics.height * layoutBodyOffset + Math.max(0, 0.4 * h2.text.size - h2.marginBottom)
  // Two lines of caption at 0.6em, and its margin.
  const caption = metrics.model.paragraph.text.lineHeight * 1.5
  const collapsed = Math.min(metrics.model.paragraph.marginTop, metrics.model.list.tight.marginTop)
  switch (layout) {
    case 'section': {
      // The title drawn much larger over its rule (0.12em and 0.06em of the title's size), without margins of its own,
      // under room for the part number (reserved whether or not the deck numbers its parts).
      const depth = heading[0]?.depth === 1 ? 1 : 2
      const scale = (depth === 1 ? layoutScale.sectionH1 : layoutScale.section) * fit
      const { text, marginTop, marginBottom } = metrics.model.headings[depth]
      const rule = (0.18 * text.size - marginTop - marginBottom) * scale
      const number = partNumber.height * metrics.model.paragraph.text.size
      return number + scaled(heading, scale) + rule + plain(body)
    }
    case 'closing':
      return scaled(heading, layoutScale.title) + plain(body)
    case 'statement':
      // The statement's top margin falls inside the larger one the title keeps below it.
      return top + offset + scaled(body, layoutScale.statement) - layoutScale.statement * collapsed
    case 'big-number': {
      // The figure is one line (line-height 1.1, 0.15em below it, and room for the font's ascent) of body-sized text, drawn 3x.
      const figure = body.filter((node) => hasClass(node, 'key-figure'))
      const drawn = figure.reduce((sum, node) => sum + Math.max(1, lines(node)) * 1.35 * metrics.model.paragraph.text.size * layoutScale.figure, 0)
      const rest = body.filter((node) => !figure.includes(node))
      // The claim's top margin falls inside the figure's.
      return top + offset + drawn + plain(rest) - (rest.length > 0 && drawn > 0 ? collapsed : 0)
    }
    case 'quote': {
      const quotes = body.filter((node): node is Blockquote => node.type === 'blockquote')
      // A title that is an attributed quotation puts the name on a line of its own (0.55em, and 0.3em above it).
      const named = heading[0] && attributedQuotation(toString(heading[0])) ? 0.55 * 1.5 * h2.text.size : 0
      return top + named + offset + quotes.reduce((sum, node) => sum + scaled([node], layoutScale.quote), 0) + plain(body.filter((node) => !quotes.includes(node as Blockquote)))
    }
    case 'image': {
      const start = body.findIndex((node) => hasClass(node, 'column-start'))
      const narrow = { ...metrics, widthFactor: metrics.widthFactor * columnNarrowing }
      const column = (nodes: readonly RootContent[]): number =>
        nodes.reduce((sum, node) => sum + (isImage(node) ? metrics.height * imageHeight.beside + caption : 0), 0) + (nodes.some((node) => !isImage(node)) ? faceHeight(nodes.filter((node) => !isImage(node)), narrow) : 0)
      if (start > 0) return top + Math.max(column(body.slice(0, start)), column(body.slice(start)))
      return top + body.reduce((sum, node) => sum + (isImage(node) ? metrics.height * imageHeight.full + caption : 0), 0) + plain(body.filter((node) => !isImage(node)))
    }
    case 'two-columns': {
      const start = body.findIndex((node) => hasClass(node, 'column-start'))
      if (start <= 0) return undefined
      const narrow = { ...metrics, widthFactor: metrics.widthFactor * columnNarrowing }
      return top + Math.max(faceHeight(body.slice(0, start), narrow), faceHeight(body.slice(start), narrow))
    }
    default:
      return undefined
  }
}

/**
 * Shape a face's body for its layout: a big number's figure above the
 * bullets (class `key-figure`), a pull quote above the bullet it quotes
 * (`pull-quote`), the picture before the bullets beside it, and the start
 * of the second column (`column-start`, which `rehype-layouts` wraps into
 * columns). Nothing is dropped or reworded: a figure or a pull quote
 * repeats the article's words.
 *
 * @param body The face without its heading.
 * @param choice The layout and its details.
 */
export function shapeFace(body: readonly BlockContent[], choice: LayoutChoice): BlockContent[] {
  const { layout } = choice
  if (layout === 'big-number') {
    if (choice.figure) return [classed({ type: 'paragraph', children: [{ type: 'text', value: choice.figure }] }, 'key-figure'), ...body]
    if (body[0]?.type === 'paragraph') return [classed(body[0], 'key-figure'), ...body.slice(1)]
  } else if (layout === 'quote' && choice.pullQuote) {
    return [classed({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: choice.pullQuote }] }] }, 'pull-quote'), ...body]
  } else if (layout === 'image' && choice.variant === 'beside') {
    const text = body.filter((node) => !isImage(node))
    return [...body.filter(isImage), ...text.map((node, index) => (index === 0 ? classed(node, 'column-start') : node))]
  } else if (layout === 'two-columns') {
    const [first, second] = splitColumns(body, choice)
    return [...first, ...second.map((node, index) => (index === 0 ? classed(node, 'column-start') : node))]
  }
  return [...body]
}

/** A copy of `node` with one more class on its element. */
function classed<T extends BlockContent>(node: T, name: string): T {
  const properties = { ...node.data?.hProperties }
  const existing = properties.className
  const list = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? String(existing).split(' ') : []
  return { ...node, data: { ...node.data, hProperties: { ...properties, className: [...list, name] } } }
}

/**
 * The two columns of a body: blocks before and from `columnStart`; a list
 * at `columnStart` with `splitItems` set is cut into two lists there.
 *
 * @param body The face without its heading.
 * @param columns Where the second column starts.
 */
export function splitColumns(body: readonly BlockContent[], columns: Pick<LayoutChoice, 'columnStart' | 'splitItems'>): [BlockContent[], BlockContent[]] {
  const at = columns.columnStart ?? Math.ceil(body.length / 2)
  const node = body[at]
  if (columns.splitItems !== undefined && node?.type === 'list') {
    const head: List = { ...node, children: node.children.slice(0, columns.splitItems) }
    const tail: List = { ...node, children: node.children.slice(columns.splitItems), ...(node.ordered ? { start: (node.start ?? 1) + columns.splitItems } : {}) }
    return [[...body.slice(0, at), head], [tail, ...body.slice(at + 1)]]
  }
  return [body.slice(0, at), body.slice(at)]
}

/**
 * A comparison the slide's body lays out in two columns: two lead-ins
 * (short paragraphs, one ending in ":" or naming a comparison) each with
 * its list; two lists under a comparison heading; or, under a heading that
 * names a comparison ("Pros and cons", "Before and after", "A vs B"), one
 * list of two to six bullets, cut in half (at a bold label that starts the
 * second half, when there is one).
 */
function comparison(heading: Heading, body: readonly BlockContent[]): Pick<LayoutChoice, 'columnStart' | 'splitItems'> | undefined {
  const compares = comparisonHeading.test(toString(heading))
  const shape = body.map((node) => node.type).join(' ')
  if (shape === 'paragraph list paragraph list') {
    const leads = [body[0]!, body[2]!].map((node) => toString(node).trim())
    const short = leads.every((lead) => lead.split(/\s+/).length <= 14)
    if (short && (compares || leads.every((lead) => lead.endsWith(':') || comparisonSide.test(lead)))) return { columnStart: 2 }
  }
  if (!compares) return undefined
  if (shape === 'list list') return { columnStart: 1 }
  if (shape === 'list') {
    const items = (body[0] as List).children
    if (items.length < 2 || items.length > 6) return undefined
    const labelled = items.findIndex((item, index) => index > 0 && comparisonSide.test(boldLabel(item)))
    return { columnStart: 0, splitItems: labelled > 0 ? labelled : Math.ceil(items.length / 2) }
  }
  return undefined
}

function boldLabel(item: ListItem): string {
  const first = item.children[0]
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined
  return lead?.type === 'strong' ? toString(lead) : ''
}

/** Opening and closing quotation marks. */
const quotePairs: ReadonlyArray<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»']
]

/**
 * A quoted phrase of six words or more (“…” or "…") in a bullet or a text,
 * as written; a quoted title or a scare-quoted word is too short to count.
 *
 * @param source A bullet, or text (the notes).
 * @param most Most words the phrase may have; default no limit.
 */
export function quotedPhrase(source: ListItem | string, most = Infinity): string | undefined {
  const text = typeof source === 'string' ? source : source.children[0]?.type === 'paragraph' ? plainText(source.children[0].children) : ''
  for (const [open, close] of quotePairs) {
    const pattern = new RegExp(`${escape(open)}([^${escape(open)}${escape(close)}]+)${escape(close)}`, 'gu')
    for (const match of text.matchAll(pattern)) {
      const phrase = match[1]!.trim().replace(/[,;:]$/, '')
      const count = phrase.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
      // A pull quote is a quoted sentence ("Just rename the method"), never a fragment in scare quotes.
      // (A lower-case quotation is one when a verb of saying introduces it: 'The guide says “write re-usable functions…”'.)
      const said = /\b(?:says?|said|writes?|wrote|notes?|noted|argues?|argued|asks?|asked|told|tells|puts? it|calls? it|recommends?|advises?|warns?)\s*[:,]?\s*$/i.test(text.slice(0, match.index))
      if (count >= quotedPhraseWords && count <= most && (/^\p{Lu}/u.test(phrase) || said) && isStatement(tagSentence(phrase))) return phrase
    }
  }
  return undefined
}

/** A quotation and, after a dash, the one to four capitalised words of its speaker's name. */
const attributed = /^(.+?)\s+(?:[—–]|-{1,2})\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u

/**
 * A heading that is a quotation followed by its speaker's name after a dash
 * ("Teaching is theater not cinema - Neal Davis"): the quotation, a statement
 * of four words or more, and the name, every word of it a proper noun (so
 * "Complex concepts become familiar - Not Scary" is no quotation).
 *
 * @param text The heading's text.
 * @returns The quotation and the name, or `undefined`.
 */
export function attributedQuotation(text: string): { quotation: string; name: string } | undefined {
  const match = attributed.exec(text.trim())
  if (!match) return undefined
  const [, quotation = '', name = ''] = match
  if (quotation.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 4 || /^\d/.test(quotation)) return undefined
  const tokens = tagSentence(name).filter((token) => token.pos !== 'PUNCT')
  if (tokens.length === 0 || tokens.some((token) => token.pos !== 'PROPN')) return undefined
  return isStatement(tagSentence(quotation)) ? { quotation, name } : undefined
}

/**
 * Whether a heading is a quotation of five words or more, quotation marks
 * and all (“A little copying is better than a little dependency”).
 *
 * @param text The heading's text.
 */
export function isQuotation(text: string): boolean {
  const trimmed = text.trim()
  return quotePairs.some(([open, close]) => trimmed.startsWith(open) && trimmed.endsWith(close) && !trimmed.slice(1, -1).includes(close)) && trimmed.split(/\s+/).length >= 5
}

function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')
}

/** Text of phrasing content, without inline code or link targets (a figure in code is not a claim). */
function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => (node.type === 'inlineCode' ? ' ' : 'children' in node ? plainText(node.children) : 'value' in node ? node.value : '')).join('')
}

/**
 * The figure a bullet's claim leads with, as written: a number with a
 * magnitude or unit ("3 billion", "40%", "10x", "$5,000"), or a count of
 * two digits or more ("4200", "70"). Years (1800–2099 standing alone),
 * versions ("1.2.3", "v2"), times and dates, ordinals, and numbers inside
 * code or words ("Python3") are not figures.
 *
 * @param item A bullet.
 */
export function keyFigure(item: ListItem): string | undefined {
  const first = item.children[0]
  if (first?.type !== 'paragraph') return undefined
  const text = plainText(first.children)
  // A citation's volume and pages ("Syst. 12, 10 (October 2001), 1094-1104") are no claim.
  if (isCitation(text)) return undefined
  const pattern = /(?<![\p{L}\p{N}.,:/#-])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|×|x\b|(?:thousand|million|billion|trillion|percent|per\s+cent|times)\b))?(?![\p{L}\p{N}]|[.:/-][\p{L}\p{N}])/gu
  for (const match of text.matchAll(pattern)) {
    const [, currency = '', number, unit = ''] = match
    const value = Number(number!.replace(/,/g, ''))
    const after = text.slice(match.index + match[0].length)
    // An ordinal ("1st"), a version's "v", a date's month or an "a.m." time are not figures.
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /v$/i.test(text.slice(0, match.index))) continue
    if (/^\s*(?:a\.?m\.?|p\.?m\.?)\b/i.test(after)) continue
    // A day of a date ("on February 16", "16 March") is no figure.
    const month = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i
    if (month.test(text.slice(0, match.index).trimEnd()) || month.test((/^\s*([A-Za-z]+\.?)/.exec(after)?.[1] ?? '').trim())) continue
    const year = !currency && !unit && /^\d{4}$/.test(number!) && value >= 1800 && value <= 2099
    if (year) continue
    if (!currency && !unit && value < 10) continue
    // The figure with what it counts: "25,000 stars", "17 minutes", "71 GB" (a lone "17" says nothing).
    // A number that names something ("PEP 11", "Table 2", "Python 3") is an identifier, not a figure.
    if (/(?:\b[A-Z]{2,}|\b(?:Figure|Fig\.|Table|Section|Chapter|Step|Part|Issue|Version|Python|Node|Go|Java|Rust|Ruby|PHP)|#)\s*$/.test(text.slice(0, match.index))) continue
    // A bare number after a name is a version or a model ("in Electron 20+", "Windows 11"), not a figure.
    if (!currency && !unit && /(?<=\S\s+)\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(0, match.index))) continue
    return `${currency}${number}${unit}`.trim()
  }
  return undefined
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
