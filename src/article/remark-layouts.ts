/**
 * remark plugin: give every slide a layout (`layout-NAME` class and
 * `data-layout` on its `<section>`). A slide's own
 * `<!-- .slide: data-layout="quote" -->` wins; then the structure article
 * mode made (title, agenda, closing); then front matter `layout` (a layout
 * name for every content slide, or `auto`); then, in article mode (and with
 * `layout: auto` anywhere), the layout {@link chooseLayout} picks from what
 * the slide says (a quotation in the notes of a slide too full to show it
 * may be the pull quote of the section's next slide). Runs after article
 * mode and before the fit stage.
 */
import type { BlockContent, Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { createMetricsProvider, type MetricsProvider } from '../theme/deck-metrics.js'
import type { Slide } from '../types.js'
import { isLayoutName, layoutNames, type LayoutChoice, type LayoutName } from './layout-names.js'
import { shapeFace } from './layout-shape.js'
import { shownKey } from './shown-bullets.js'
import { chooseLayout, forcedLayout } from './layouts.js'
import type { SlideMetrics } from './slide-metrics.js'

/** Options of {@link remarkLayouts}. */
export interface LayoutsOptions {
  /** The deck's slide box model (a layout that would not fit is not chosen); default: the theme's shipped measurements. */
  metrics?: MetricsProvider | undefined
}

/** Layouts reveal centres vertically (slides without a content title): the others keep their title at the top. */
const centred: ReadonlySet<LayoutName> = new Set(['title', 'section', 'closing'])

/**
 * Give every slide its layout.
 *
 * @param options The slide box model.
 */
export function remarkLayouts(options?: LayoutsOptions | null) {
  const metricsOf = options?.metrics ?? createMetricsProvider()
  return async function (tree: Root, file: VFile): Promise<void> {
    const deck = file.data.deck
    if (!deck) return
    const setting = deck.config.layout
    const automatic = setting === 'auto' || (setting === undefined && deck.condensed)
    let metrics: SlideMetrics | undefined
    let previous: LayoutName | undefined
    let previousCards = false
    // The notes of the slide before when they hold a quotation it had no room to show: the section's next slide may show it.
    let unplaced: { section: string; notes: string } | undefined
    const slides = slidesOf(tree)
    const seen = new Set<string>()
    for (const [at, slide] of slides.entries()) {
      const attributes = slide.data?.attributes ?? {}
      const asked = attributes['data-layout']
      if (asked !== undefined && !isLayoutName(asked)) {
        file.message(`Unknown layout \`${asked}\`; expected one of ${layoutNames.join(', ')}`, { place: slide.position, ruleId: 'unknown-layout', source: 'lectern' })
      }
      const face = slide.children.filter((node) => node.type !== 'notes') as RootContent[]
      let choice: LayoutChoice
      if (isLayoutName(asked)) choice = forcedLayout(face, asked)
      else if (structural(slide)) choice = { layout: structural(slide)! }
      else if (setting !== undefined && setting !== 'auto') choice = forcedLayout(face, setting)
      else if (automatic) {
        const section = sectionOf(face)
        const carried = unplaced && section !== undefined && section.title === unplaced.section && section.continued ? unplaced.notes : ''
        const notes = [notesText(slide), carried].filter(Boolean).join(' ')
        metrics ??= await metricsOf(deck.config, file)
        choice = chooseLayout(face, { metrics, previous, previousCards, notes, seen, title: typeof deck.config.title === 'string' ? deck.config.title : undefined })
        // Two big numbers never follow each other: of a section's two slides, the one whose figure the selection ranked
        // higher shows it ("3:29:21" for the finishing time on "Second half of the race (cont.)", not "30 km" before it).
        const next = slides[at + 1]
        const nextSection = next && !structural(next) && next.data?.attributes?.['data-layout'] === undefined ? sectionOf(next.children as RootContent[]) : undefined
        if (choice.layout === 'big-number' && section && nextSection?.continued && nextSection.title === section.title) {
          const nextFace = next!.children.filter((node) => node.type !== 'notes') as RootContent[]
          const rival = chooseLayout(nextFace, { metrics, notes: notesText(next!) })
          if (rival.layout === 'big-number' && figureScore(nextFace, rival) > figureScore(face, choice)) choice = chooseLayout(face, { metrics, previous: 'big-number', notes })
        }
        unplaced = section && choice.layout !== 'quote' ? { section: section.title, notes } : undefined
      } else choice = { layout: 'bullets' }
      applyLayout(slide, choice)
      for (const node of face) if (node.type === 'list') for (const item of node.children) seen.add(shownKey(toString(item)))
      if (!structural(slide)) {
        previous = choice.layout
        previousCards = choice.variant === 'cards'
      }
    }
    numberParts(slidesOf(tree))
  }
}

/** A heading or agenda entry as compared: lower case, spaces collapsed, no closing punctuation. */
function entryKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.:;!?]+$/, '').trim()
}

/**
 * Give each section divider whose title is an entry of a numbered agenda
 * that entry's number (`data-part="2"`), which the themes show above the
 * title; a divider the agenda does not list, or a deck with no numbered
 * agenda, shows none.
 *
 * @param slides The deck's slides, laid out.
 */
export function numberParts(slides: readonly Slide[]): void {
  const numbers = new Map<string, number>()
  for (const slide of slides) {
    if (slide.data?.attributes?.['data-layout'] !== 'agenda') continue
    for (const node of slide.children) {
      if (node.type !== 'list' || !node.ordered) continue
      node.children.forEach((item, index) => {
        const key = entryKey(toString(item))
        if (key && !numbers.has(key)) numbers.set(key, (node.start ?? 1) + index)
      })
    }
  }
  if (numbers.size === 0) return
  for (const slide of slides) {
    if (slide.data?.attributes?.['data-layout'] !== 'section') continue
    const heading = slide.children.find((node): node is Heading => node.type === 'heading')
    const number = heading ? numbers.get(entryKey(toString(heading))) : undefined
    if (number !== undefined) slide.data = { ...slide.data, attributes: { ...slide.data?.attributes, 'data-part': String(number) } }
  }
}

/** The section a face belongs to: its title without "(cont.)", and whether the face continues it. */
function sectionOf(face: readonly RootContent[]): { title: string; continued: boolean } | undefined {
  const heading = face[0]?.type === 'heading' ? face[0] : undefined
  if (!heading) return undefined
  const last = heading.children.at(-1)
  const className = (last?.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className
  const continued = last?.type === 'emphasis' && Array.isArray(className) && className.includes('cont')
  return { title: toString({ ...heading, children: continued ? heading.children.slice(0, -1) : heading.children }).trim(), continued }
}

/** How strongly the selection ranked the bullet a big-number face shows its figure over (`data.score`). */
function figureScore(face: readonly RootContent[], choice: LayoutChoice): number {
  const list = face.find((node) => node.type === 'list')
  return (list?.type === 'list' ? list.children[choice.figureItem ?? 0]?.data?.score : undefined) ?? -Infinity
}

function notesText(slide: Slide): string {
  return slide.children
    .filter((node) => node.type === 'notes')
    .map((node) => toString(node))
    .join(' ')
}

function slidesOf(tree: Root): Slide[] {
  return tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []))
}

function classes(slide: Slide): string[] {
  return (slide.data?.attributes?.class ?? '').split(/\s+/).filter(Boolean)
}

/** The layout article mode's talk shape gave a slide (title, agenda, closing), if any. */
function structural(slide: Slide): LayoutName | undefined {
  const names = classes(slide)
  if (names.includes('title-slide')) return 'title'
  if (names.includes('agenda')) return 'agenda'
  if (names.includes('closing')) return 'closing'
  // The talk's last word is said, not shown as a figure or a quotation.
  if (names.includes('closing-line')) return slide.children.some((child) => child.type === 'list' && child.children.length > 1) ? 'bullets' : 'statement'
  return undefined
}

/**
 * Mark a slide with its layout (class and `data-layout`) and shape its face
 * for it ({@link shapeFace}).
 *
 * @param slide The slide (changed in place).
 * @param choice Its layout.
 */
export function applyLayout(slide: Slide, choice: LayoutChoice): void {
  const { layout } = choice
  const attributes = { ...slide.data?.attributes }
  const names = classes(slide).filter((name) => !name.startsWith('layout-'))
  names.push(`layout-${layout}`)
  if (choice.variant) names.push(`layout-${layout}-${choice.variant}`)
  const heading = slide.children[0]?.type === 'heading' ? (slide.children[0] as Heading) : undefined
  const rest = slide.children.slice(heading ? 1 : 0)
  const body = rest.filter((node): node is BlockContent => node.type !== 'notes' && node.type !== 'definition' && node.type !== 'footnoteDefinition')
  // A quotation standing alone as the slide's title is centred, as a divider is.
  const alone = layout === 'quote' && choice.variant === 'heading' && body.length === 0
  // (So is the talk's closing line, "In closing" over one statement: set at the top of an empty slide it read, to a
  // blind reader of set 49, as a slide left unfinished.)
  const closingLine = layout === 'statement' && names.includes('closing-line')
  if ((centred.has(layout) || alone || closingLine) && !names.includes('center')) names.push('center')
  attributes.class = names.join(' ')
  attributes['data-layout'] = layout
  slide.data = { ...slide.data, attributes }

  const after = rest.filter((node) => !body.includes(node as BlockContent))
  const shaped = shapeFace(body, choice)
  slide.children = [...(heading ? [heading] : []), ...shaped, ...after] as Slide['children']
}

