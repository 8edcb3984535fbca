/**
 * remark plugin: turn a document into slides. Splits by explicit separators
 * or headings, separates speaker notes, applies `.slide:` attributes, adds
 * the title slide, and records the outline on `file.data.deck`.
 */
import type { Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { defaultConfig } from './config.js'
import { limitDepth, maxTreeDepth } from '../read/limit-depth.js'
import { separateNotes } from './slide-notes.js'
import { hasExplicitSeparators, splitByHeadings, splitBySeparators, type SlideGroup } from './split-slides.js'
import { generatedTitleHeading, isSameTitle, plainWords, titleFromPath, titleSlideExtras, titleSlideKicker } from './title-slide.js'
import type { DeckConfig, Notes, OutlineEntry, Slide, SlideStack } from '../types.js'

/** Options of {@link remarkSlides}. */
export interface SlidesOptions {
  /** Parses Markdown inside `<aside class="notes">`; default this processor's parser. */
  parse?: ((markdown: string) => Root) | undefined
}

/**
 * Split the tree into `slide` and `slideStack` nodes.
 *
 * @param options How to parse Markdown inside notes asides.
 */
export function remarkSlides(this: Processor, options?: SlidesOptions | null) {
  const processor = this
  const parse = options?.parse ?? ((markdown: string) => processor.parse(markdown) as Root)

  return function (tree: Root, file: VFile): void {
    const config: DeckConfig = file.data.deck?.config ?? { ...defaultConfig }
    // A slide cannot show 100 levels of nesting; thousands overflow the stack later on.
    const flattened = limitDepth(tree)
    if (flattened) {
      file.message(`Content nested more than ${maxTreeDepth} levels deep is flattened to its text`, {
        place: flattened.position,
        ruleId: 'deep-nesting',
        source: 'lectern'
      })
    }
    const lines = String(file.value).split('\n')
    const explicit = hasExplicitSeparators(tree.children)
    const groups = explicit ? splitBySeparators(tree.children, lines) : splitByHeadings(tree.children, config.slideLevel)

    // (An article that names no title, nor has a `#`, is titled by its file's name: "04-open-science.md", "Open science".)
    if (file.data.deck?.condensed && !config.title && file.path && !groups.some((group) => group.nodes.some((node) => node.type === 'heading' && node.depth === 1))) config.title = titleFromPath(file.path)
    if (!explicit) addTitleSlide(groups, config)

    const slides: Array<{ slide: Slide; vertical: boolean }> = []
    for (const group of groups) {
      const parts = separateNotes(group.nodes, parse)
      if (parts.face.length === 0 && parts.notes.length === 0 && Object.keys(parts.attributes).length === 0) {
        if (explicit) file.message('Empty slide', { place: group.start, ruleId: 'empty-slide', source: 'lectern' })
        continue
      }
      const slide: Slide = {
        type: 'slide',
        children: parts.face as Slide['children'],
        data: { attributes: parts.attributes },
        position: slideStart(group) ? { start: slideStart(group)!, end: slideStart(group)! } : undefined
      }
      if (parts.notes.length > 0) {
        const notes: Notes = { type: 'notes', children: parts.notes as Notes['children'] }
        slide.children.push(notes)
      }
      slides.push({ slide, vertical: group.vertical })
    }

    const first = slides[0]?.slide
    const firstHeading = first?.children[0]
    if (first && !explicit && firstHeading?.type === 'heading' && firstHeading.depth === 1) {
      addClass(first, 'title-slide')
      // (An article's `description:`, a blog's standfirst, is its talk's subtitle when front matter gives none: "In
      // hesitating to use the word 'disability,' people are unwittingly reinforcing the stigma…".)
      // (Not one the article opens with word for word, "It's important to remember that the government is more than its elected
      // officials…", maybe after a picture's caption: the talk's first slide says it; one its conclusion repeats is the thesis a title slide states.)
      // (An HTML paragraph, "<p class="post__excerpt">In the interest of…", goes to the notes: it says nothing on a face.)
      const opening = plainWords(slides.slice(1).map(({ slide }) => toString(slide, { includeHtml: false })).join(' ')).indexOf(plainWords(String(config.description ?? '')))
      // (Nor one it opens with in other words but for a few, "As we step into the first days of 2026, we are taking a moment…" over "As we step into 2026, we are taking a moment…".)
      const said = typeof config.description === 'string' && ((opening !== -1 && opening <= 600) || sameWords(String(config.description), slides.slice(1, 3).map(({ slide }) => toString(slide, { includeHtml: false })).join(' ')))
      // (Nor one that says what the page does, a search engine's summary: "This article explains how to distinguish a population…".)
      const aboutPage = /^(?:this|the) (?:article|post|blog post|tutorial|guide|piece) (?:explains|describes|shows|covers|looks at|discusses|presents|introduces|is about)\b|^in this (?:article|post|tutorial|guide)\b|^(?:read|learn|find out|discover|see) (?:why|how|what|about)\b/i.test(String(config.description ?? '').trim())
      // (A summary of two sentences over 40 words gives its first, when that is short: "The recent CVE-2015-7547 vulnerability in
      // glibc exposed a common antipattern in container management." without "Here's what you can do to avoid it, and…".)
      const summary = typeof config.description === 'string' ? shortStandfirst(config.description, 40, 24) : undefined
      const standfirst = file.data.deck?.condensed && !config.subtitle && summary !== undefined && !said && !aboutPage ? summary : undefined
      // (A standfirst cut from the body's sentence, "we developed a Bayesian approach…", starts with a capital as a subtitle does.)
      const subtitle = standfirst ? standfirst.charAt(0).toUpperCase() + standfirst.slice(1) : typeof config.subtitle === 'string' ? config.subtitle : undefined
      // (A subtitle of more than 35 words shows its first sentences in article mode, the whole in the title slide's notes: "We
      // used to have a language war, then peaceful polyglot co-existence. Now, it’s clear…" had run to four lines.)
      const shown = file.data.deck?.condensed && subtitle !== undefined ? shortStandfirst(subtitle, 35) : subtitle
      first.children.splice(1, 0, ...titleSlideExtras(subtitle === undefined ? config : { ...config, subtitle: shown ?? subtitle }))
      if (shown !== undefined && subtitle !== undefined && shown !== subtitle) first.children.push({ type: 'notes', children: [{ type: 'paragraph', children: [{ type: 'text', value: subtitle }] }] })
      const kicker = titleSlideKicker(config)
      if (kicker) first.children.unshift(kicker)
    }

    tree.children = stack(slides)
    const deck = file.data.deck
    if (deck) {
      deck.slideCount = slides.length
      deck.outline = outline(tree.children)
      deck.config.title ??= findTitle(slides.map((entry) => entry.slide))
    }
  }
}

/** Where a slide starts: its first node (not the separator before it). */
function slideStart(group: SlideGroup): SlideGroup['start'] {
  return group.nodes[0]?.position?.start ?? group.start
}

/** Give a heading-split deck a title slide built from front matter when it has no `#`. */
function addTitleSlide(groups: SlideGroup[], config: DeckConfig): void {
  const firstHeading = groups[0]?.nodes.find((node): node is Heading => node.type === 'heading')
  // Several `#` headings under a front-matter title are the article's sections ("# Background", "# Solutions"), not its title.
  // (An article's one `#` that is not its front matter's title, "# Start to run", is a section already: `remark-article.ts`.)
  const h1s = groups.flatMap((group) => group.nodes).filter((node) => node.type === 'heading' && node.depth === 1).length
  const hasTitle = firstHeading?.depth === 1 && groups[0]!.nodes[0] === firstHeading && (h1s < 2 || isSameTitle(toString(firstHeading), config.title))
  if (hasTitle || !config.title) return
  groups.unshift({ nodes: [generatedTitleHeading(config.title)], vertical: false })
}

function addClass(slide: Slide, className: string): void {
  const attributes = (slide.data ??= {}).attributes ?? {}
  attributes.class = attributes.class ? `${className} ${attributes.class}` : className
  slide.data.attributes = attributes
}

/** Group vertical slides under their horizontal slide. */
function stack(slides: Array<{ slide: Slide; vertical: boolean }>): Array<Slide | SlideStack> {
  const result: Array<Slide | SlideStack> = []
  for (const { slide, vertical } of slides) {
    const previous = result[result.length - 1]
    if (vertical && previous) {
      if (previous.type === 'slideStack') previous.children.push(slide)
      else result[result.length - 1] = { type: 'slideStack', children: [previous, slide] }
    } else {
      result.push(slide)
    }
  }
  return result
}

/**
 * The deck outline: one entry per slide with its indices, title and line.
 *
 * @param nodes The root's children after slide splitting.
 */
export function outline(nodes: ReadonlyArray<RootContent>): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  let h = 0
  for (const node of nodes) {
    const column = node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []
    column.forEach((slide, v) => entries.push({ h, v, title: slideTitle(slide), line: slide.position?.start.line }))
    if (column.length > 0) h++
  }
  return entries
}

/** The text of a slide's first heading, or empty. */
export function slideTitle(slide: Slide): string {
  const heading = slide.children.find((node): node is Heading => node.type === 'heading')
  return heading ? toString(heading).trim() : ''
}

function findTitle(slides: Slide[]): string | undefined {
  for (const slide of slides) {
    const heading = slide.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1)
    if (heading) return toString(heading).trim()
  }
  return undefined
}

/** Whether nine in ten of a summary's words (of eight or more) are among the first 120 words of `text`. */
function sameWords(summary: string, text: string): boolean {
  const words = plainWords(summary).split(' ')
  const opening = new Set(plainWords(text).split(' ').slice(0, 120))
  return words.length >= 8 && words.filter((word) => opening.has(word)).length >= words.length * 0.9
}

/**
 * A description short enough for a subtitle: the whole up to `most` words, else its first sentences up to `shortened`
 * words (`undefined` when even the first is longer).
 */
function shortStandfirst(description: string, most: number, shortened = most): string | undefined {
  const words = (text: string): number => text.split(/\s+/).length
  if (words(description) <= most) return description
  // (Sentences parted at a stop before a capital, not after an abbreviation.)
  const sentences = description.trim().split(/(?<=(?<!\b(?:e\.g|i\.e|etc|vs|al|Dr|Mr|Ms|Mrs|No))[.!?])\s+(?=\p{Lu})/u)
  let shown = ''
  for (const sentence of sentences.slice(0, -1)) {
    const next = shown === '' ? sentence : `${shown} ${sentence}`
    if (words(next) > shortened) break
    shown = next
  }
  return shown === '' ? undefined : shown
}
