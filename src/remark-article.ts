/**
 * remark plugins for article mode: decide whether a document is an article
 * (prose) or slide-style Markdown, and condense each slide of an article into
 * short bullets with the full prose in the speaker notes, split over
 * "(cont.)" slides where a section holds more than fits.
 */
import type { BlockContent, Heading, Paragraph, Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { condenseSection, isMostlyProse } from './condense.js'
import { paginate } from './paginate.js'
import { outline } from './remark-slides.js'
import type { DeckConfig, Notes, Slide, SlideStack } from './types.js'

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
  }
}

/**
 * Condense every slide of an article (after `remarkSlides`).
 */
export function remarkCondense() {
  return function (tree: Root, file: VFile): void {
    const deck = file.data.deck
    if (!deck?.condensed) return
    const config = deck.config
    const children: RootContent[] = []
    for (const node of tree.children) {
      if (node.type === 'slide') children.push(...condenseSlide(node, config))
      else if (node.type === 'slideStack') children.push(condenseStack(node, config))
      else children.push(node)
    }
    tree.children = children
    deck.slideCount = countSlides(tree.children)
    deck.outline = outline(tree.children)
  }
}

function condenseStack(stack: SlideStack, config: DeckConfig): SlideStack {
  return { ...stack, children: stack.children.flatMap((slide) => condenseSlide(slide, config)) }
}

/** Split one slide into its heading, title extras, body and notes, and condense the body. */
function condenseSlide(slide: Slide, config: DeckConfig): Slide[] {
  const isTitle = (slide.data?.attributes?.class ?? '').split(/\s+/).includes('title-slide')
  const notes = slide.children.filter((node): node is Notes => node.type === 'notes')
  const content = slide.children.filter((node) => node.type !== 'notes') as BlockContent[]
  if (isTitle) {
    // The title slide keeps its title and extras; the lede becomes an overview slide.
    const keep = content.filter((node) => node.type === 'heading' || isTitleExtra(node))
    const body = content.filter((node) => !keep.includes(node))
    const title: Slide = { ...slide, children: [...keep, ...notes] }
    if (body.length === 0) return [title]
    const overview: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Overview' }] }
    return [title, ...pages({ ...slide, data: {} }, overview, body, [], config)]
  }
  const heading = content[0]?.type === 'heading' ? (content[0] as Heading) : undefined
  const body = heading ? content.slice(1) : content
  if (body.length === 0) return [slide]
  return pages(slide, heading, body, notes, config)
}

function pages(slide: Slide, heading: Heading | undefined, body: BlockContent[], notes: Notes[], config: DeckConfig): Slide[] {
  const options = { maxBullets: config.maxBullets, maxWords: config.maxWords }
  return paginate(body, options).map((page, index) => {
    const { face, notes: prose } = condenseSection(page, options)
    const faceHeading = heading && index > 0 ? continued(heading) : heading
    const children: Slide['children'] = [...(faceHeading ? [faceHeading] : []), ...face]
    const pageNotes = [...prose, ...(index === 0 ? notes.flatMap((note) => note.children) : [])]
    if (pageNotes.length > 0) children.push({ type: 'notes', children: pageNotes })
    return {
      type: 'slide',
      children,
      data: index === 0 ? slide.data : { attributes: withoutId(slide.data?.attributes) },
      position: slide.position
    } satisfies Slide
  })
}

/** "Heading (cont.)" for the second and later pages of a section. */
function continued(heading: Heading): Heading {
  return {
    ...structuredClone(heading),
    children: [...structuredClone(heading.children), { type: 'text', value: ' ' }, { type: 'emphasis', children: [{ type: 'text', value: '(cont.)' }], data: { hProperties: { className: ['cont'] } } }]
  }
}

function withoutId(attributes: Record<string, string> | undefined): Record<string, string> {
  const { id: _id, ...rest } = attributes ?? {}
  return rest
}

function isTitleExtra(node: RootContent): boolean {
  const className = (node as Paragraph).data?.hProperties?.className
  return node.type === 'paragraph' && Array.isArray(className) && className.some((name) => ['subtitle', 'author', 'date', 'kicker'].includes(String(name)))
}

function countSlides(nodes: readonly RootContent[]): number {
  return nodes.reduce((sum, node) => sum + (node.type === 'slide' ? 1 : node.type === 'slideStack' ? node.children.length : 0), 0)
}
