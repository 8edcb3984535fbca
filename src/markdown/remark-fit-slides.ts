/**
 * remark plugin: make every slide fit its canvas, in any mode. A slide
 * whose face is taller than the theme's box model allows is split at block
 * boundaries (paragraph, list item, table row, code line) into "Heading",
 * "Heading (cont.)"… slides; a block too tall for a slide of its own is
 * shrunk (never below {@link fitFloor}) and, where that is not enough, cut
 * finer (a paragraph between sentences, a quote between paragraphs) and laid
 * out again at full size (`fit-slide.ts`, `fit-pieces.ts`). A title slide is never split: its title shrinks
 * (never below {@link titleFitFloor}). Each split and each shrink is
 * reported with its source line.
 */
import type { Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { createFaceMeasure, footnoteDefinitions } from '../article/face-measure.js'
import { createMetricsProvider, type MetricsProvider } from '../theme/deck-metrics.js'
import { fitSlide, isTitleSlide, slideFloor, type Context, type Fitted } from './fit-slide.js'
import { deckScale, growSlide, sparseScale } from './grow-sparse.js'
import { outline, slideTitle } from './remark-slides.js'
import type { Slide, SlideStack } from '../types.js'

export { fitClasses, fitFloor, titleFitFloor } from './fit-slide.js'

/** Options of {@link remarkFitSlides}. */
export interface FitSlidesOptions {
  /** The deck's slide box model; default: the theme's shipped measurements, or a cautious fallback with a warning. */
  metrics?: MetricsProvider | undefined
}

/** The box model when none is given: the theme's shipped measurements. */
const defaultMetrics = createMetricsProvider()

/**
 * Split or shrink every slide that does not fit (after `remarkSlides` and
 * `remarkCondense`). Updates `file.data.deck` (slide count, outline) and
 * adds a warning for each split (slide-style decks; article mode splits
 * sections by design) and each shrink. Front matter `fit: false` turns it off.
 *
 * @param options The slide box model (give the one `remarkCondense` uses).
 */
export function remarkFitSlides(options?: FitSlidesOptions | null) {
  const metricsOf = options?.metrics ?? defaultMetrics
  return async function (tree: Root, file: VFile): Promise<void> {
    const deck = file.data.deck
    if (!deck || deck.config.fit === false) return
    const metrics = await metricsOf(deck.config, file)
    const context: Context = { measure: createFaceMeasure(metrics, footnoteDefinitions(tree as never)), metrics, height: metrics.contentHeight }
    const results: Array<{ written: Slide; fitted: Fitted }> = []
    // Article mode draws a sparse bullet slide larger, all of them at one size where they can (`grow-sparse.ts`).
    const sparse = new Map<Slide, number>()
    const fit = (slide: Slide): Slide[] => {
      const fitted = fitSlide(slide, context)
      if (fitted.slides.length > 1 || fitted.shrunk.length > 0 || fitted.overflowing.length > 0) results.push({ written: slide, fitted })
      const scale = deck.condensed && fitted.slides.length === 1 && fitted.shrunk.length === 0 ? sparseScale(fitted.slides[0]!, context.measure, context.height) : undefined
      if (scale !== undefined) sparse.set(fitted.slides[0]!, scale)
      return fitted.slides
    }
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type === 'slide') return fit(node)
      if (node.type === 'slideStack') return [{ ...node, children: node.children.flatMap(fit) } satisfies SlideStack]
      return [node]
    })
    const size = deckScale([...sparse.values()])
    const grow = (slide: Slide): Slide => (sparse.has(slide) ? growSlide(slide, Math.min(sparse.get(slide)!, size!)) : slide)
    if (size !== undefined) tree.children = tree.children.map((node) => (node.type === 'slide' ? grow(node) : node.type === 'slideStack' ? { ...node, children: node.children.map(grow) } : node))
    if (results.length === 0) return

    const numbers = new Map<Slide, number>()
    for (const node of tree.children) for (const slide of node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []) numbers.set(slide, numbers.size + 1)
    deck.slideCount = numbers.size
    deck.outline = outline(tree.children)
    const name = (slide: Slide): string => {
      const title = slideTitle(slide)
      return `Slide ${numbers.get(slide)}${title ? ` (“${title}”)` : ''}`
    }
    const place = (line: number | undefined) => (line ? { line, column: 1 } : undefined)
    for (const { written, fitted } of results) {
      const first = fitted.slides[0]!
      if (fitted.slides.length > 1 && !deck.condensed) {
        file.message(`${name(first)} did not fit: split into ${fitted.slides.length} slides`, { place: place(written.position?.start.line), ruleId: 'slide-split', source: 'lectern' })
      }
      for (const { slide, scale, line } of fitted.shrunk) {
        file.message(`${name(slide)} did not fit: ${isTitleSlide(slide) || slide.data?.attributes?.['data-layout'] === 'section' ? 'its title ' : ''}shrunk to ${Math.round(scale * 100)}%`, { place: place(line ?? slide.position?.start.line), ruleId: 'slide-shrunk', source: 'lectern' })
      }
      for (const { slide, line } of fitted.overflowing) {
        file.message(`${name(slide)} is too tall even shrunk to ${Math.round(slideFloor(slide) * 100)}%: a block is taller than the slide, and its end may be cut off (\`lectern check\` shows it)`, {
          place: place(line ?? slide.position?.start.line),
          ruleId: 'slide-overflow',
          source: 'lectern'
        })
      }
    }
  }
}
