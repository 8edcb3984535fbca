/**
 * Lectern's library API. The CLI uses exactly these modules.
 *
 * The browser-backed parts (PDF export, layout checks) load puppeteer, so
 * they live in `lectern/browser` and importing `lectern` stays fast.
 */
export { renderDeck, parseDeck, toDocument, formatOf } from './render.js'
export type { RenderOptions, RenderedDeck, ResolvedTheme, ThemeResolver } from './render.js'
export { buildDeck } from './build.js'
export type { BuildOptions, BuiltDeck } from './build.js'
export { expandInputs } from './inputs.js'
export type { DeckSource } from './inputs.js'
export { LecternError, exitCodes, isLecternError } from './errors.js'
export type { ErrorCode } from './errors.js'
export { defaultConfig, settleConfig, frontMatterKeys } from './config.js'
export { readSource, decodeSource } from './read-source.js'

// unified plugins and the stages they use
export { remarkDeckConfig } from './remark-deck-config.js'
export { remarkSlides, outline } from './remark-slides.js'
export { remarkArticleMode, remarkCondense } from './article/remark-article.js'
export { remarkFitSlides, fitFloor, titleFitFloor } from './remark-fit-slides.js'
export { remarkMedia } from './remark-media.js'
export { rehypeElementAttributes } from './rehype-element-attributes.js'
export { rehypeSlideFootnotes } from './rehype-slide-footnotes.js'
export { rehypeRevealDocument, revealOptions } from './rehype-reveal-document.js'
export { normalizeSource } from './normalize-source.js'
export { splitByHeadings, splitBySeparators } from './split-slides.js'
export { separateNotes } from './slide-notes.js'
export { paginate } from './article/paginate.js'
export { createFaceMeasure } from './article/face-measure.js'
export { slideMetrics, faceHeight, titleHeight, maxCodeLines } from './article/slide-metrics.js'
export type { SlideMetrics, TitleFace } from './article/slide-metrics.js'
export { shippedMeasurements, fallbackMeasurements } from './article/theme-measurements.js'
export type { ThemeMeasurements } from './article/theme-measurements.js'
export { createMetricsProvider } from './deck-metrics.js'
export type { MetricsProvider, ThemeMeasurer } from './deck-metrics.js'
export { cssLengthToPx } from './css-length.js'
export { condenseSection, isMostlyProse, splitSentences, shortenSentence } from './article/condense.js'
export { compressSentence, isStatement, type CompressOptions, type Compressed } from './article/compress.js'
export { tagSentence, type Token } from './article/nlp.js'
export { safeSchema } from './sanitize-schema.js'

// plain-text articles
export { recogniseText, formatOutline, textToMarkdown, remarkPlainText } from './text/index.js'
export type { TextOutline, TextMeta } from './text/index.js'

// themes
export { createThemeResolver } from './deck-theme.js'
export { listThemes, resolveTheme, themeVariablesToCss, scaffoldTheme, contrastRatio } from './themes.js'
export type { ThemeInfo } from './themes.js'

// The dev server (no browser)
export { serve } from './serve.js'
export type { DevServer, ServeOptions } from './serve.js'

export type { DeckConfig, DeckData, OutlineEntry, MediaAsset, Slide, SlideStack, Notes } from './types.js'
