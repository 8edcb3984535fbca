/**
 * remark plugins for article mode: decide whether a document is an article
 * (prose) or slide-style Markdown, and condense each slide of an article into
 * short bullets with the full prose in the speaker notes, split over
 * "(cont.)" slides where a section holds more than fits.
 */
import type { BlockContent, Heading, ListItem, Paragraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { condenseBlocks, isMostlyProse, shortenSentence, splitSentences } from './condense.js'
import { createFaceMeasure, footnoteDefinitions, type FaceMeasure } from './face-measure.js'
import { assembleFace, continuedHeading, paginate } from './paginate.js'
import { slideMetrics, titleHeight, type SlideMetrics } from './slide-metrics.js'
import { outline } from '../remark-slides.js'
import type { DeckConfig, Notes, Slide, SlideStack } from '../types.js'

/** Options of {@link remarkArticleMode}. */
export interface ArticleModeOptions {
  /** Whether the source is a plain-text article (always article mode unless `condense: false`). */
  text?: boolean | undefined
}

const emptyOptions: ArticleModeOptions = {}

/**
 * Decide article mode before slides are split: front matter `condense` (or
 * `--condense`/`--no-condense`) wins; plain text is an article; Markdown is
 * one when its sections are mostly prose. Stores the decision on
 * `file.data.deck.condensed`.
 *
 * @param options Whether the source is plain text.
 */
export function remarkArticleMode(options?: ArticleModeOptions | null) {
  const settings = options ?? emptyOptions
  return function (tree: Root, file: VFile): void {
    const deck = file.data.deck
    if (!deck) return
    deck.condensed = deck.config.condense ?? (settings.text === true || isMostlyProse(tree))
    // In an article, a `---` rule is a break in the prose, not a slide separator: headings split it.
    if (deck.condensed) tree.children = tree.children.filter((node) => node.type !== 'thematicBreak')
  }
}

/**
 * Condense every slide of an article (after `remarkSlides`): prose becomes
 * bullets, and a slide whose face does not fit the theme's canvas is split
 * into "Heading", "Heading (cont.)"… slides.
 */
export function remarkCondense() {
  return function (tree: Root, file: VFile): void {
    const deck = file.data.deck
    if (!deck?.condensed) return
    const metrics = slideMetrics(deck.config)
    const context: Context = { config: deck.config, metrics, measure: createFaceMeasure(metrics, footnoteDefinitions(tree as never)) }
    const children: RootContent[] = []
    let afterTitle = false
    for (const node of tree.children) {
      if (node.type === 'slide') children.push(...condenseSlide(node, { ...context, lede: afterTitle }))
      else if (node.type === 'slideStack') children.push(condenseStack(node, context))
      else children.push(node)
      afterTitle = node.type === 'slide' && isTitleSlide(node)
    }
    tree.children = talkShape(children, deck.config)
    deck.slideCount = countSlides(tree.children)
    deck.outline = outline(tree.children)
  }
}

/** Sections at least this many make an agenda slide worth having. */
const agendaSections = 4
/** Most entries on one agenda slide. */
const agendaEntries = 7

function slideHeading(node: RootContent): string | undefined {
  if (node.type !== 'slide' && node.type !== 'slideStack') return undefined
  const slide = node.type === 'slideStack' ? node.children[0] : node
  const heading = slide?.children.find((child): child is Heading => child.type === 'heading')
  return heading ? toString(heading) : undefined
}

function plainSlide(className: string, heading: string, body: BlockContent[]): Slide {
  return { type: 'slide', data: { attributes: { class: className } }, children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] }, ...body] }
}

/**
 * Give a condensed article the shape of a talk: an agenda of its sections
 * after the title (and the overview) when it has four or more (front matter
 * `agenda: false` turns it off), and a closing "Questions?" slide with the
 * title and author (`closing: false` turns it off).
 */
function talkShape(children: RootContent[], config: DeckConfig): RootContent[] {
  const out = [...children]
  const sections = children
    .filter((node) => !(node.type === 'slide' && isTitleSlide(node)))
    .map(slideHeading)
    .filter((heading): heading is string => heading !== undefined && heading !== 'Overview' && !/\(cont\.\)$/.test(heading))
  if (config.agenda !== false && sections.length >= agendaSections) {
    const pagesNeeded = Math.ceil(sections.length / Math.min(agendaEntries, config.maxBullets))
    const perPage = Math.ceil(sections.length / pagesNeeded)
    const agenda: Slide[] = []
    for (let start = 0; start < sections.length; start += perPage) {
      const items: ListItem[] = sections.slice(start, start + perPage).map((value) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }))
      agenda.push(plainSlide('agenda', start === 0 ? 'Agenda' : 'Agenda (cont.)', [{ type: 'list', ordered: true, start: start + 1, spread: false, children: items }]))
    }
    const title = out.findIndex((node) => node.type === 'slide' && isTitleSlide(node))
    const overview = out.findIndex((node) => slideHeading(node) === 'Overview')
    let at = Math.max(title, overview) + 1
    // After the last "Overview (cont.)" too.
    while (at < out.length && slideHeading(out[at]!) === 'Overview (cont.)') at++
    out.splice(at, 0, ...agenda)
  }
  if (config.closing !== false && sections.length > 0) {
    const credit = [config.title, config.author].filter((value): value is string => typeof value === 'string' && value !== '')
    const body: BlockContent[] = credit.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }))
    out.push(plainSlide('closing', 'Questions?', body))
  }
  return out
}

interface Context {
  config: DeckConfig
  metrics: SlideMetrics
  /** Height of a face, with the footnotes it cites and raw HTML measured by its text. */
  measure: FaceMeasure
  /** The slide comes right after the title slide (a lede without a heading becomes "Overview"). */
  lede?: boolean | undefined
}

function isTitleSlide(slide: Slide): boolean {
  return (slide.data?.attributes?.class ?? '').split(/\s+/).includes('title-slide')
}

function overviewHeading(): Heading {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Overview' }] }
}

function condenseStack(stack: SlideStack, context: Context): SlideStack {
  return { ...stack, children: stack.children.flatMap((slide) => condenseSlide(slide, context)) }
}

/** Split one slide into its heading, title extras, body and notes, and condense the body. */
function condenseSlide(slide: Slide, context: Context): Slide[] {
  const isTitle = isTitleSlide(slide)
  const notes = slide.children.filter((node): node is Notes => node.type === 'notes')
  const content = slide.children.filter((node) => node.type !== 'notes') as BlockContent[]
  if (isTitle) {
    // The title slide keeps its title and extras; the lede becomes an overview slide.
    const keep = content.filter((node) => node.type === 'heading' || isTitleExtra(node))
    const body = content.filter((node) => !keep.includes(node))
    const title = fitTitle({ ...slide, children: [...keep, ...notes] }, context)
    if (body.length === 0) return [title]
    return [title, ...pages({ ...slide, data: {} }, overviewHeading(), body, [], context)]
  }
  const own = content[0]?.type === 'heading' ? (content[0] as Heading) : undefined
  const body = own ? content.slice(1) : content
  if (body.length === 0) return [slide]
  return pages(slide, own ?? (context.lede ? overviewHeading() : undefined), body, notes, context)
}

function pages(slide: Slide, heading: Heading | undefined, body: BlockContent[], notes: Notes[], context: Context): Slide[] {
  const { config, metrics, measure } = context
  const units = condenseBlocks(body, { maxWords: config.maxWords, maxBullets: config.maxBullets, heading: heading ? toString(heading) : undefined, title: config.title })
  return paginate(units, { metrics, heading, maxBullets: config.maxBullets, measure: (face) => measure(face) }).map((page, index) => {
    const faceHeading = heading && index > 0 ? continuedHeading(heading) : heading
    const children: Slide['children'] = [...(faceHeading ? [faceHeading] : []), ...assembleFace(page)]
    const pageNotes = [...page.flatMap((unit) => unit.notes), ...(index === 0 ? notes.flatMap((note) => note.children) : [])]
    if (pageNotes.length > 0) children.push({ type: 'notes', children: pageNotes })
    // A continued slide points at its own first block, so `lectern check` names the right line.
    const start = page.find((unit) => unit.position)?.position?.start
    return {
      type: 'slide',
      children,
      data: index === 0 ? slide.data : { attributes: withoutId(slide.data?.attributes) },
      position: index === 0 || !start ? slide.position : { start, end: start }
    } satisfies Slide
  })
}

/**
 * Make the title slide fit: a standfirst too long for it is cut to its first
 * sentence, shortened, or else left to the notes, where it is kept whole.
 */
function fitTitle(slide: Slide, context: Context): Slide {
  const { metrics, config } = context
  const find = (name: string): Paragraph | undefined =>
    slide.children.find((node): node is Paragraph => node.type === 'paragraph' && classNames(node).includes(name))
  const h1 = slide.children.find((node): node is Heading => node.type === 'heading')
  const subtitle = find('subtitle')
  if (!h1 || !subtitle) return slide
  const meta = slide.children.filter((node) => node.type === 'paragraph' && (classNames(node).includes('author') || classNames(node).includes('date'))).length
  const face = { kicker: find('kicker') ? toString(find('kicker')!) : undefined, title: toString(h1), meta }
  const full = toString(subtitle)
  if (titleHeight({ ...face, subtitle: full }, metrics) <= metrics.contentHeight) return slide
  const [first = full] = splitSentences(full)
  const short = shortenSentence(first, config.maxWords * 2)
  const keepShort = titleHeight({ ...face, subtitle: short }, metrics) <= metrics.contentHeight
  const notes: Notes = { type: 'notes', children: [structuredClone({ ...subtitle, data: {} })] }
  const children = slide.children.flatMap((node): Slide['children'] => {
    if (node !== subtitle) return [node]
    return keepShort ? [{ ...subtitle, children: [{ type: 'text', value: short }] }] : []
  })
  const existing = children.find((node): node is Notes => node.type === 'notes')
  if (existing) existing.children.unshift(...notes.children)
  else children.push(notes)
  return { ...slide, children }
}

function classNames(node: Paragraph): string[] {
  const className = node.data?.hProperties?.className
  return Array.isArray(className) ? className.map(String) : []
}

function withoutId(attributes: Record<string, string> | undefined): Record<string, string> {
  const { id: _id, ...rest } = attributes ?? {}
  return rest
}

function isTitleExtra(node: RootContent): boolean {
  return node.type === 'paragraph' && classNames(node).some((name) => ['subtitle', 'author', 'date', 'kicker'].includes(name))
}

function countSlides(nodes: readonly RootContent[]): number {
  return nodes.reduce((sum, node) => sum + (node.type === 'slide' ? 1 : node.type === 'slideStack' ? node.children.length : 0), 0)
}
