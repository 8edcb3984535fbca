/**
 * Lectern's library API. The CLI uses exactly these modules.
 *
 * The browser-backed parts (PDF export, layout checks) load puppeteer, so
 * they live in `lectern/browser` and importing `lectern` stays fast.
 */
import type { VFile } from 'vfile'
import { renderDeck as renderWithResolver, type RenderOptions, type RenderedDeck } from './html/render.js'
import { pictureExists } from './read/picture-check.js'
import { createThemeResolver } from './theme/deck-theme.js'
import { expectArgument } from './errors.js'

export { parseDeck, toDocument, toDocumentTree, formatOf } from './html/render.js'
export type { RenderOptions, RenderedDeck, ResolvedTheme, SourceFormat, ThemeResolver, TreeFeatures } from './html/render.js'
export type { DiagramRenderer, DiagramRequest, DiagramResult, DiagramTheme } from './mermaid/mermaid-blocks.js'
export { buildDeck } from './write/build.js'
export type { BuildOptions, BuiltDeck } from './write/build.js'
export { expandInputs } from './read/inputs.js'
export type { DeckSource } from './read/inputs.js'
export { LecternError, exitCodes, isLecternError, expectArgument } from './errors.js'
export type { ErrorCode } from './errors.js'
export { defaultConfig, settleConfig, frontMatterKeys } from './markdown/config.js'
export { readSource, decodeSource } from './read/read-source.js'

// unified plugins and the stages they use
export { remarkDeckConfig } from './markdown/remark-deck-config.js'
export { remarkSlides, outline } from './markdown/remark-slides.js'
export { remarkArticleMode } from './article/remark-article.js'
export { remarkCondense } from './article/remark-condense.js'
export { applyLayout, remarkLayouts, type LayoutsOptions } from './article/remark-layouts.js'
export { chooseLayout, forcedLayout, type ChooseOptions } from './article/layouts.js'
export { layoutHeight } from './article/layout-height.js'
export { isLayoutName, layoutNames, type LayoutChoice, type LayoutName } from './article/layout-names.js'
export { shapeFace } from './article/layout-shape.js'
export { remarkFitSlides, fitFloor, titleFitFloor } from './markdown/remark-fit-slides.js'
export { remarkMedia } from './markdown/remark-media.js'
export { rehypeElementAttributes } from './html/rehype-element-attributes.js'
export { rehypeSlideFootnotes } from './html/rehype-slide-footnotes.js'
export { rehypeLayouts } from './html/rehype-layouts.js'
export { rehypeRevealDocument, revealOptions } from './html/rehype-reveal-document.js'
export { normalizeSource } from './read/normalize-source.js'
export { splitByHeadings, splitBySeparators } from './markdown/split-slides.js'
export { separateNotes } from './markdown/slide-notes.js'
export { paginate } from './article/paginate.js'
export { createFaceMeasure } from './article/face-measure.js'
export { slideMetrics } from './article/slide-metrics.js'
export { faceHeight, titleHeight, maxCodeLines } from './article/face-height.js'
export type { SlideMetrics } from './article/slide-metrics.js'
export type { TitleFace } from './article/face-height.js'
export { shippedMeasurements, fallbackMeasurements } from './article/theme-measurements.js'
export type { ThemeMeasurements } from './article/theme-measurements.js'
export { createMetricsProvider } from './theme/deck-metrics.js'
export type { MetricsProvider, ThemeMeasurer } from './theme/deck-metrics.js'
export { cssLengthToPx } from './theme/css-length.js'
export { condenseSection } from './article/condense.js'
export { isMostlyProse } from './article/prose-share.js'
export { splitSentences } from './article/sentences.js'
export { shortenSentence } from './article/condense-items.js'
export { compressSentence, type CompressOptions, type Compressed } from './article/compress.js'
export { isStatement } from './article/clause-grammar.js'
export { tagSentence, type Token } from './article/nlp.js'
export { safeSchema } from './html/sanitize-schema.js'

// plain-text articles
export { recogniseText, formatOutline, textToMarkdown, remarkPlainText } from './text/index.js'
export type { TextOutline, TextMeta } from './text/index.js'

// themes
export { createThemeResolver } from './theme/deck-theme.js'
export { listThemes, resolveTheme, themeVariablesToCss, scaffoldTheme, contrastRatio } from './theme/themes.js'
export type { ThemeInfo } from './theme/themes.js'

// What a document may read, and what a build writes
export { checkRead, openToRead, readKinds, isInside } from './read/read-policy.js'
export type { ReadRule, ReadKind, ReadDecision, ReadRefusal } from './read/read-policy.js'
export { planOutputs } from './write/output-plan.js'
export { inlineAssets } from './html/inline-assets.js'
export { mediaTypeOf } from './read/media-types.js'
export type { InlineFile, InlineResult } from './html/inline-assets.js'
export { singleFileHtml } from './write/single-file.js'
export type { SingleFileHtml } from './write/single-file.js'
export type { DeckOutputs, OutputKinds } from './write/output-plan.js'

// The dev server (no browser)
export { serve } from './serve/serve.js'
export type { DevServer, ServeOptions } from './serve/serve.js'

export type { DeckConfig, DeckData, OutlineEntry, MediaAsset, Slide, SlideStack, Notes } from './types.js'

/**
 * Render a source into a complete Reveal.js document.
 *
 * @param source The text (or a `VFile`).
 * @param options Path, format, overrides, theme resolver (default: Lectern's, reveal.js's and the project's themes) and theme measurer.
 * @returns The HTML, the file with its messages, the deck data and the assets to copy.
 */
export async function renderDeck(source: string | VFile, options: RenderOptions = {}): Promise<RenderedDeck> {
  expectArgument(typeof source === 'string' || (typeof source === 'object' && source !== null && 'messages' in source && 'value' in source), 'renderDeck(source)', 'the text of a deck (a string) or a VFile', source)
  expectArgument(typeof options === 'object' && options !== null && !Array.isArray(options), 'renderDeck(source, options)', 'an options object { path, format, overrides… }', options)
  return renderWithResolver(source, { ...options, resolveTheme: options.resolveTheme ?? createThemeResolver(), checkPicture: options.checkPicture ?? pictureExists })
}
