/**
 * remark plugin for article mode, second stage (after `remarkSlides`): condense each slide of an article into short
 * bullets with the full prose in the speaker notes, split over "(cont.)" slides where a section holds more than fits.
 */
import type { BlockContent, Heading, Paragraph, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { joinInterruptedLists } from './interrupted-lists.js'
import { setAsideSeriesNavigation } from './series-navigation.js'
import { joinShortAnswers } from './short-answers.js'
import { condenseBlocks } from './condense.js'
import { shownKey } from './shown-bullets.js'
import { isPublicationNote, pointer } from './pointers.js'
import { attributionOf, shortenSentence } from './condense-items.js'
import { continuedHeading } from './long-headings.js'
import { continuation, isOverview, leadInTitle, overviewHeading, timelineTitle } from './topic-titles.js'
import { keyPhrases } from './key-phrases.js'
import { isComment } from './block-kinds.js'
import { splitSentences } from './sentences.js'
import { createFaceMeasure, footnoteDefinitions, type FaceMeasure } from './face-measure.js'
import { assembleFace, paginate } from './paginate.js'
import { blockLines, headedFace, pageProse } from './face-parts.js'
import { titleHeight } from './face-height.js'
import type { SlideMetrics } from './slide-metrics.js'
import { createMetricsProvider, type MetricsProvider } from '../theme/deck-metrics.js'
import { outline } from '../markdown/remark-slides.js'
import { talkShape } from './talk-shape.js'
import { addNotes, addTitledNotes } from './back-matter.js'
import { isTitleSlide } from '../markdown/fit-slide.js'
import type { DeckConfig, Notes, Slide, SlideStack } from '../types.js'
import { withoutContinued } from './continued.js'
import type { FaceUnit } from './condense-types.js'

/** Options of {@link remarkCondense}. */
export interface CondenseOptions {
  /** The deck's slide box model; default: the theme's shipped measurements, or a cautious fallback with a warning. */
  metrics?: MetricsProvider | undefined
}

const defaultMetrics = createMetricsProvider()

/**
 * Condense every slide of an article (after `remarkSlides`): prose becomes
 * bullets, and a slide whose face does not fit the theme's canvas is split
 * into "Heading", "Heading (cont.)"… slides.
 *
 * @param options The slide box model.
 */
export function remarkCondense(options?: CondenseOptions | null) {
  const metricsOf = options?.metrics ?? defaultMetrics
  return async function (tree: Root, file: VFile): Promise<void> {
    const deck = file.data.deck
    if (!deck?.condensed) return
    const metrics = await metricsOf(deck.config, file)
    const context: Context = { config: deck.config, metrics, measure: createFaceMeasure(metrics, footnoteDefinitions(tree as never)), shown: new Set() }
    const children: RootContent[] = []
    let afterTitle = false
    for (const node of tree.children) {
      if (node.type === 'slide') {
        const condensed = condenseSlide(node, { ...context, lede: afterTitle })
        const title = afterTitle ? children[children.length - 1] : undefined
        // (A lede of its own slide, after front matter's title, with no bullet: spoken over the title too.)
        const [only] = condensed
        const previous = children[children.length - 1]
        if (title?.type === 'slide' && isTitleSlide(title) && condensed.length === 1 && isOverview(only!.children.find((child): child is Heading => child.type === 'heading')) && isEmptyFace(only!)) foldIntoTitle(title, only!)
        // (A section whose content all went to the notes — a video and its caption under "Conclusion" — would be an empty
        // divider: its heading and notes go to the slide before. A heading with nothing under it stays a divider.)
        else if (condensed.length === 1 && isEmptyFace(only!) && previous?.type === 'slide' && !isTitleSlide(previous) && onlyMedia(only!)) addTitledNotes(previous, only!, notesOf(only!))
        // (Nor does a recap's heading with nothing under it, a talk's slide of pictures the recap left out: "Slide 5:
        // Presentation overview" goes to the notes of the slide before. An article's "## Part two" stays a divider.)
        else if (condensed.length === 1 && isEmptyFace(only!) && notesOf(only!).length === 0 && previous?.type === 'slide' && !isTitleSlide(previous) && recapHeading(only!)) addTitledNotes(previous, only!, [])
        else children.push(...condensed)
      } else if (node.type === 'slideStack') children.push(condenseStack(node, context))
      else children.push(node)
      afterTitle = node.type === 'slide' && isTitleSlide(node)
    }
    tree.children = talkShape(children, deck.config, context.metrics)
    deck.slideCount = countSlides(tree.children)
    deck.outline = outline(tree.children)
  }
}


interface Context {
  config: DeckConfig
  metrics: SlideMetrics
  /** Height of a face, with the footnotes it cites and raw HTML measured by its text. */
  measure: FaceMeasure
  /** The slide comes right after the title slide (a lede without a heading becomes "Overview"). */
  lede?: boolean | undefined
  /** The bullets on earlier faces, as compared (`shownKey`): a later section never shows one again. */
  shown: Set<string>
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
    // An author's comment before the first paragraph makes no overview slide of its own.
    const comments = body.every(isComment) ? body : []
    const title = fitTitle({ ...slide, children: [...keep, ...notes, ...(comments.length > 0 ? [{ type: 'notes', children: comments } as Notes] : [])] }, context)
    if (body.length === comments.length) return [title]
    const overview = pages({ ...slide, data: {} }, overviewHeading(), body, [], context)
    // A lede none of whose sentences makes a bullet ("Welcome to our series…" and one sentence of thirty words) is no empty "Overview" slide: its prose is what the speaker says over the title.
    if (overview.length === 1 && isEmptyFace(overview[0]!)) {
      foldIntoTitle(title, overview[0]!)
      return [title]
    }
    return [title, ...overview]
  }
  const own = content[0]?.type === 'heading' ? (content[0] as Heading) : undefined
  const body = own ? content.slice(1) : content
  if (body.length === 0) return [slide]
  // Only an author's comment, which no reader saw, before the first heading: no slide.
  if (!own && body.every(isComment) && notes.length === 0) return []
  return pages(slide, own ?? (context.lede ? overviewHeading() : undefined), body, notes, context)
}

function pages(slide: Slide, heading: Heading | undefined, body: BlockContent[], notes: Notes[], context: Context): Slide[] {
  const { config, metrics, measure } = context
  const units = condenseBlocks(joinShortAnswers(setAsideSeriesNavigation(joinInterruptedLists(body))), { maxWords: config.maxWords, maxBullets: config.maxBullets, heading: heading ? toString(heading) : undefined, title: config.title, author: typeof config.author === 'string' ? config.author : undefined, lang: config.lang, shown: context.shown, lede: isOverview(heading) })
  // (A conclusion that restates a claim word for word, "your job is to optimize for those low-effort, high-impact initiatives…", shows another of its sentences: the audience saw that one.)
  for (const unit of units) if (unit.node.type === 'listItem') context.shown.add(shownKey(toString(unit.node)))
  const all = paginate(units, { metrics, heading, maxBullets: config.maxBullets, measure: (face) => measure(face), excerptLongCode: true })
  // A section's later pages are titled by the phrase that names each (`topic-titles.ts`); a list's items a line each ("CPU stateExtract").
  // (A list inside an item a line each too: "…to promote learning." over "Use pre-questions…" had titled a slide "learningUse pre-questions".)
  // (Of a quotation, who said it: its words are someone else's, and a song's "Feeling sensations" had titled its slide.)
  // (Only on a page of quotations: beside a bullet of the writer's own, "Immo Landwerth" of a quotation had titled it.)
  const faces = all.map((page) => {
    const shownUnits = page.filter((unit) => !['code', 'html', 'table'].includes(unit.node.type))
    const quotes = shownUnits.every((unit) => ['blockquote', 'heading'].includes(unit.node.type))
    return shownUnits.map((unit) => (unit.node.type === 'blockquote' ? (quotes ? toString(attributionOf(unit.node) ?? { type: 'paragraph', children: [] }) : '') : blockLines(unit.node))).join('\n')
  })
  // (A page's title names what it opens with: "Usability Testing" over a page that opens on journey mapping misled.)
  const openings = all.map((page) => (page[0] ? toString(page[0].node) : ''))
  // (An overview's later page, which has no heading of its own to continue, may take a phrase from anywhere on its face.)
  const overview = isOverview(heading)
  // (Phrases are found by the English grammar: a Dutch page's were "Dan moet".)
  const phrases = all.length > 1 && /^en\b/i.test(config.lang) ? keyPhrases(all.map(pageProse), config.title, config.lang, overview ? faces : undefined, overview ? faces : openings) : []
  let previous: Heading | undefined
  return all.map((page, index) => {
    // (A timeline's first page is titled by its years too, not "Introduction": "1910 – 1912".)
    // (So is each page of a diary of dated entries without headings: "January 13 – February 4", not "Deportation plans".)
    const dated = overview ? timelineTitle(page) : undefined
    const datedHeading = dated ? { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: dated }], data: { ...structuredClone(heading!.data), overview: undefined, overviewTopic: true } } : undefined
    let faceHeading = datedHeading ?? (heading && index > 0 ? continuation(heading, page, phrases[index], all.length) : heading)
    // Two pages in a row about the same topic: the second continues the first ("Topic modeling (cont.)"); so does a topic named in the same words, singular or plural ("Owners Associations", then "Owners Association").
    // (A page that goes on with the list the page before ended with goes on under its title: a press release's 21 executives
    // had been titled "Robert Engel", "CEO" and "United States" by phrases of their items.)
    if (faceHeading && previous && continuesList(all[index - 1]!, page)) faceHeading = continuedHeading(previous)
    else if (faceHeading && previous && (toString(faceHeading) === withoutContinued(toString(previous)) || (faceHeading.data?.overviewTopic && sameTopic(toString(faceHeading), toString(previous))))) faceHeading = continuedHeading(previous)
    // An overview's page without a topic of its own (code, a picture) goes on with the page before it: "Chinese approaches (cont.)", not "Overview (cont.)" in the middle of the talk.
    else if (faceHeading && previous?.data?.overviewTopic && overview && !faceHeading.data?.overviewTopic) faceHeading = continuedHeading(previous)
    previous = faceHeading
    const { face, spoken } = headedFace(page, assembleFace(page), faceHeading?.data?.overviewTopic === true && toString(faceHeading) === leadInTitle(page))
    const children: Slide['children'] = [...(faceHeading ? [faceHeading] : []), ...face]
    const pageNotes = [...spoken, ...(index === 0 ? notes.flatMap((note) => note.children) : [])]
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
 * Whether two topics are the same words, plural or singular ("Owners Associations", "Owners Association (cont.)").
 *
 * @param one A topic title.
 * @param other Another.
 */
export function sameTopic(one: string, other: string): boolean {
  const words = (text: string): string => withoutContinued(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => word.replace(/s$/, '')).join(' ')
  return words(one) === words(other)
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
  const metaLines = slide.children.filter((node) => node.type === 'paragraph' && (classNames(node).includes('author') || classNames(node).includes('date'))).map((node) => toString(node))
  const face = { kicker: find('kicker') ? toString(find('kicker')!) : undefined, title: toString(h1), meta: metaLines.length, metaLines }
  const full = toString(subtitle)
  // (A note on where the piece first ran, "This post originally appeared on the Data Carpentry website", is no standfirst: it goes to the notes.)
  const note = isPublicationNote(full)
  if (!note && titleHeight({ ...face, subtitle: full }, metrics) <= metrics.contentHeight) return slide
  const [first = full] = splitSentences(full, config.lang)
  const short = shortenSentence(first, config.maxWords * 2)
  const keepShort = !note && titleHeight({ ...face, subtitle: short }, metrics) <= metrics.contentHeight
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

/**
 * Whether a slide's notes hold only what a page shows and a talk cannot: players, pictures, their captions in italics,
 * and lines that point at them ("Watch an animation on how SMAP gathers data").
 */
function onlyMedia(slide: Slide): boolean {
  const notes = notesOf(slide)
  const caption = (node: RootContent): boolean => node.type === 'paragraph' && (node.children.every((child) => child.type === 'emphasis' || child.type === 'image' || child.type === 'html' || child.type === 'break' || (child.type === 'text' && child.value.trim() === '')) || pointer.test(toString(node).trim()))
  return notes.length > 0 && notes.every((node) => node.type === 'html' || node.type === 'definition' || caption(node))
}

/**
 * Whether a page opens with the rest of a roster the page before ends with: a list of short entries (twelve words at
 * most, six or more over the two pages), its parts keeping the list's position ("Robert Engel, CEO, CoBank"…).
 */
function continuesList(before: readonly FaceUnit[], page: readonly FaceUnit[]): boolean {
  const [last, first] = [before.at(-1)?.node, page[0]?.node]
  if (last?.type !== 'list' || first?.type !== 'list' || last.position === undefined || last.position.start.offset !== first.position?.start.offset) return false
  const items = [...last.children, ...first.children]
  return items.length >= 6 && items.every((item) => toString(item).split(/\s+/).length <= 12)
}

/** Whether a slide's heading is a recap's (`dropSlideNumbers`). */
function recapHeading(slide: Slide): boolean {
  return slide.children.some((child) => child.type === 'heading' && child.data?.recap === true)
}

/** Whether a slide shows nothing but its heading (its prose all in the notes). */
function isEmptyFace(slide: Slide): boolean {
  return slide.children.every((node) => node.type === 'heading' || node.type === 'notes' || (node.type === 'paragraph' && node.children.length === 0))
}

/** Give an empty overview's notes to the title slide: what the speaker says over the title. */
function foldIntoTitle(title: Slide, overview: Slide): void {
  addNotes(title, notesOf(overview))
}

/** What a slide's notes hold. */
function notesOf(slide: Slide): Notes['children'] {
  return slide.children.flatMap((node) => (node.type === 'notes' ? node.children : []))
}
