/**
 * The library core: a source (Markdown or plain text) in, a complete Reveal.js
 * document out. Pure apart from the injected theme resolver.
 */
import type { Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { EXIT, visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { coreAssets, coreScripts, fitScript, coreStylesheets, highlightAsset, lecternStylesheet, type AssetFile, type GeneratedAsset } from './assets.js'
import { createMetricsProvider, type MetricsProvider, type ThemeMeasurer } from '../theme/deck-metrics.js'
import { deckHandlers } from './handlers/index.js'
import { katexAssets, katexStylesheet } from '../math/math-assets.js'
import { normalizeSource } from '../read/normalize-source.js'
import { remarkLinearEditMap } from '../markdown/linear-edit-map.js'
import { version } from '../package-paths.js'
import { rehypeLayouts } from './rehype-layouts.js'
import { rehypeElementAttributes } from './rehype-element-attributes.js'
import { safeSchema } from './sanitize-schema.js'
import { rehypeSlideFootnotes } from './rehype-slide-footnotes.js'
import { rehypeBalanceRaw } from './rehype-balance-raw.js'
import { rehypeRevealDocument } from './rehype-reveal-document.js'
import { remarkDashes } from '../markdown/remark-dashes.js'
import { remarkDeckConfig } from '../markdown/remark-deck-config.js'
import { remarkFitSlides } from '../markdown/remark-fit-slides.js'
import { remarkFragments } from '../markdown/remark-fragments.js'
import { remarkCodeSteps } from '../markdown/remark-code-steps.js'
import { remarkChromeLanguage } from '../article/chrome-labels.js'
import { rehypeFragmentOrder } from './rehype-fragment-order.js'
import { rehypeCodeLines } from './rehype-code-lines.js'
import { remarkGfmAsNeeded } from '../markdown/remark-gfm-as-needed.js'
import { remarkMedia } from '../markdown/remark-media.js'
import { remarkSafeLinks } from '../markdown/remark-safe-links.js'
import { remarkSlides } from '../markdown/remark-slides.js'
import { remarkArticleMode } from '../article/remark-article.js'
import { remarkCondense } from '../article/remark-condense.js'
import { remarkOfflineNotes } from '../article/remark-offline-notes.js'
import { remarkUnavailablePictures } from '../article/remark-unavailable-pictures.js'
import type { PictureCheck } from '../read/picture-check.js'
import { remarkLayouts } from '../article/remark-layouts.js'
import { remarkHeadingIds } from '../markdown/remark-heading-ids.js'
import { remarkHtmlMarkdown } from '../markdown/remark-html-markdown.js'
import type { DeckConfig, DeckData, ResolvedTheme, ThemeResolver } from '../types.js'
import { isMermaidCode, type DiagramRenderer, type DiagramResult } from '../mermaid/mermaid-blocks.js'

export type { ResolvedTheme, ThemeResolver } from '../types.js'

/** Options of {@link renderDeck}. */
export interface RenderOptions {
  /** Path of the source, for messages, the default title and local media. */
  path?: string | undefined
  /** Folder relative paths are resolved from; default `process.cwd()`. */
  cwd?: string | undefined
  /** `markdown`, `text` or `html`; default from the extension (`.txt` is text, `.html` and `.htm` a saved web page). */
  format?: SourceFormat | undefined
  /** Settings that win over front matter. */
  overrides?: Partial<DeckConfig> | undefined
  /** Theme resolver; default (in the library's `renderDeck` and in `buildDeck`): Lectern's, reveal.js's and the project's themes. */
  resolveTheme?: ThemeResolver | undefined
  /** Sanitise raw HTML (no scripts, event handlers or `javascript:` URLs); default: on for text and web pages, off for Markdown. */
  safe?: boolean | undefined
  /** Extra script srcs loaded after reveal.js is initialised (the dev server's live reload). */
  extraScripts?: readonly string[] | undefined
  /**
   * Measures a theme that has no committed measurements (a project theme, a
   * theme path, layout-changing `themeVariables` or `css`) in a browser, for
   * article mode to fit slides exactly; default none: such decks are fitted
   * to a cautious estimate, with a `theme-unmeasured` warning.
   */
  measureTheme?: ThemeMeasurer | undefined
  /** Slide box model of the deck; default: from the theme as above. Given, `measureTheme` is not used. */
  metrics?: MetricsProvider | undefined
  /**
   * Draws Mermaid diagrams (in a browser; `createDiagramRenderer` from
   * `lectern/browser`); default none: ```` ```mermaid ```` blocks stay code,
   * with a warning.
   */
  renderDiagrams?: DiagramRenderer | undefined
  /**
   * Whether a local picture can be shown (article mode puts one that cannot
   * in the speaker notes); default (in the library's `renderDeck` and in
   * `buildDeck`): an image file inside the project, as the builder copies.
   */
  checkPicture?: PictureCheck | undefined
}

/** What {@link renderDeck} returns. */
export interface RenderedDeck {
  /** The complete HTML document. */
  html: string
  /** The document as a hast tree (what `html` is serialised from): slides are the `section`s in `div.slides`. */
  tree: HastRoot
  /** The vfile, with messages and `data.deck`. */
  file: VFile
  /** Deck data: configuration, outline, media. */
  deck: DeckData
  /** Files the deck needs next to it (reveal.js, theme, fonts, code style). */
  assets: AssetFile[]
  /** Files to generate next to it. */
  generated: GeneratedAsset[]
  /** The resolved theme. */
  theme: ResolvedTheme
}

/** A plugin that does nothing, for optional stages. */
function noop(_options?: unknown): void {}

/** What a slides tree holds that a stage of its own is loaded for. */
export interface TreeFeatures {
  /** Code with a language (syntax highlighting). */
  code: boolean
  /** TeX math, `$…$` or `$$…$$` (KaTeX). */
  math: boolean
  /** ```` ```mermaid ```` diagrams. */
  mermaid: boolean
}

/** What `tree` holds, in one walk (which stops once it has found all of it). */
function treeFeatures(tree: Root): TreeFeatures {
  const features: TreeFeatures = { code: false, math: false, mermaid: false }
  visit(tree, (node) => {
    if (node.type === 'code') {
      if (node.lang) features.code = true
      if (isMermaidCode(node)) features.mermaid = true
    } else if (node.type === 'inlineMath' || node.type === 'math') {
      features.math = true
    }
    return features.code && features.math && features.mermaid ? EXIT : undefined
  })
  return features
}

/** Parses Markdown written inside `<aside class="notes">`. */
const markdownParser = unified().use(remarkParse).use(remarkLinearEditMap).use(remarkGfm).freeze()

/**
 * Parse a source into an mdast tree of slides, with `file.data.deck` set.
 * Fatal problems (invalid front matter) throw a `VFileMessage`.
 *
 * @param file The source file (its `value` is the text).
 * @param options Format, overrides and the slide box model (`metrics`; default: shipped measurements or a cautious fallback).
 */
export async function parseDeck(file: VFile, options: RenderOptions = {}): Promise<Root> {
  const format = formatOf(file, options)
  file.value = normalizeSource(String(file.value), format === 'text')
  // A text article and a web page's article are recognised, not written as Markdown: always article mode.
  const text = format !== 'markdown'
  // remark-math (and KaTeX with it) loads only for Markdown that has a `$`.
  const dollars = format === 'markdown' && String(file.value).includes('$') ? await import('../math/remark-dollar-math.js') : undefined
  // A text article's `$…$` is math only when it is clearly TeX (`$E = mc^2$`, `$\frac{1}{2}$`); prices stay text.
  const textMath = format === 'text' && /\$\S[^$\n]*\S?\$/.test(String(file.value)) ? (await import('../math/remark-text-math.js')).remarkTextMath : noop
  // GitHub's emoji names load only for a source with a `:shortcode:`.
  const emoji = format !== 'html' && /:[\w+-]+:/.test(String(file.value)) ? (await import('remark-gemoji')).default : noop
  // The recognisers load only for their input: the text recogniser, or linkedom and Readability for web pages.
  const processor =
    format === 'text'
      ? unified().use((await import('../text/index.js')).remarkPlainText, { lang: options.overrides?.lang })
      : format === 'html'
        ? unified().use((await import('../web/index.js')).remarkHtmlArticle)
        : unified()
            .use(remarkParse)
            // micromark's edit map in time proportional to each edit, while this parser runs (loose lists were quadratic).
            .use(remarkLinearEditMap)
            // Only the GFM syntax whose marks the source has: the same tree, parsed faster.
            .use(remarkGfmAsNeeded, { source: String(file.value) })
            .use(dollars ? dollars.remarkDollarMath : noop)
            .use(remarkFrontmatter, ['yaml', 'toml'])
  const tree = processor.parse(file) as Root
  // Raw HTML tables, block quotes and collapsed blocks become Markdown in an article; the converter loads only when there is one.
  const htmlBlocks = format === 'markdown' && /<(?:table|blockquote|details|section|aside|div)\b|^\s*<(?:p|ul|ol|h[1-6])\b[^>]*>/im.test(String(file.value)) ? await import('../markdown/remark-html-blocks.js') : undefined
  // One box model for condensing and fitting (settled, and warned about, once).
  const metrics = options.metrics ?? createMetricsProvider()
  const transforms = unified()
    .use(text ? noop : remarkHeadingIds)
    .use(text ? noop : remarkHtmlMarkdown, { parse: (markdown: string) => markdownParser.parse(markdown) })
    .use(dollars ? dollars.remarkMoneyNotMath : noop, { parse: (markdown: string) => markdownParser.parse(markdown) })
    .use(textMath)
    .use(emoji)
    .use(remarkDashes)
    .use(text ? noop : remarkCodeSteps)
    .use(remarkDeckConfig, { overrides: options.overrides })
    // Display formulas are fitted by the height KaTeX lays them out at.
    .use(dollars ? (await import('../math/remark-math-height.js')).remarkMathHeight : noop)
    .use(remarkArticleMode, { text })
    .use(remarkUnavailablePictures, { check: options.checkPicture })
    .use(htmlBlocks ? htmlBlocks.remarkHtmlBlocks : noop)
    .use(remarkSlides, { parse: (markdown) => markdownParser.parse(markdown) })
    .use(text ? noop : remarkFragments)
    .use(remarkCondense, { metrics })
    .use(remarkOfflineNotes)
    .use(dollars || textMath !== noop ? (await import('../math/remark-condensed-math.js')).remarkCondensedMath : noop)
    .use(remarkLayouts, { metrics })
    .use(remarkFitSlides, { metrics })
    .use(remarkChromeLanguage)
    .use(remarkMedia)
    .use(remarkSafeLinks)
  return (await transforms.run(tree, file)) as Root
}

/** How a source is read: Markdown, a plain-text article, or a saved web page. */
export type SourceFormat = 'markdown' | 'text' | 'html'

/**
 * The format of a source: the option, else `text` for `.txt` files, `html`
 * for `.html` and `.htm`, and `markdown` for the rest.
 *
 * @param file The source.
 * @param options Render options.
 */
export function formatOf(file: VFile, options: Pick<RenderOptions, 'format'> = {}): SourceFormat {
  const extension = file.extname?.toLowerCase()
  return options.format ?? (extension === '.txt' ? 'text' : extension === '.html' || extension === '.htm' ? 'html' : 'markdown')
}

/**
 * Turn a slides tree into a complete Reveal.js document.
 *
 * @param tree The tree from {@link parseDeck}.
 * @param file Its file.
 * @param theme The resolved theme.
 * @param options Extra scripts; `safe` sanitises raw HTML; `diagrams`, the drawn Mermaid diagrams by source (default none: code blocks).
 */
export async function toDocument(
  tree: Root,
  file: VFile,
  theme: ResolvedTheme,
  options: Pick<RenderOptions, 'extraScripts' | 'safe'> & { diagrams?: ReadonlyMap<string, DiagramResult> | undefined } = {}
): Promise<string> {
  return (await toDocumentTree(tree, file, theme, options)).html
}

/**
 * Turn a slides tree into a complete Reveal.js document, as a hast tree and as HTML.
 *
 * @param tree The tree from {@link parseDeck}.
 * @param file Its file.
 * @param theme The resolved theme.
 * @param options Extra scripts; `safe` sanitises raw HTML; `diagrams`, the drawn Mermaid diagrams by source (default none: code blocks);
 *   `features`, what the tree holds when the caller has looked already (default: looked for here).
 */
export async function toDocumentTree(
  tree: Root,
  file: VFile,
  theme: ResolvedTheme,
  options: Pick<RenderOptions, 'extraScripts' | 'safe'> & { diagrams?: ReadonlyMap<string, DiagramResult> | undefined; features?: TreeFeatures | undefined } = {}
): Promise<{ tree: HastRoot; html: string }> {
  const deck = file.data.deck!
  const code = theme.codeTheme ? [highlightAsset(theme.codeTheme).to] : []
  const safe = options.safe === true
  const features = options.features ?? treeFeatures(tree)
  // Heavy stages load only when a deck needs them: highlight.js (and the grammars its code names) for code, parse5 and the sanitiser for --safe.
  const rehypeHighlight = features.code ? (await import('./highlight-grammars.js')).rehypeHighlightAsNeeded : noop
  const rehypeRaw = safe ? (await import('rehype-raw')).default : noop
  const rehypeSanitize = safe ? (await import('rehype-sanitize')).default : noop
  const math = features.math
  const rehypeMath = math ? (await import('../math/rehype-math.js')).rehypeMath : noop
  const rehypeMermaid = options.diagrams && options.diagrams.size > 0 ? (await import('../mermaid/rehype-mermaid.js')).rehypeMermaid : noop
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true, handlers: deckHandlers as never })
    // No raw tag of the source reaches outside the element it was written in (`rehype-balance-raw.ts`).
    .use(rehypeBalanceRaw)
    // --safe: parse raw HTML into the tree, apply attribute comments, then keep only what the schema allows.
    .use(rehypeRaw)
    .use(rehypeElementAttributes)
    .use(rehypeFragmentOrder)
    .use(rehypeSanitize, safeSchema)
    .use(rehypeLayouts)
    // After the sanitiser: KaTeX's markup (spans with inline styles) is Lectern's own, made from the formula's text.
    .use(rehypeMath)
    // Likewise a drawn diagram: Lectern's own sanitised SVG.
    .use(rehypeMermaid, { diagrams: options.diagrams ?? new Map(), theme: theme.dark ? ('dark' as const) : ('default' as const) })
    .use(rehypeSlideFootnotes)
    .use(rehypeHighlight, { plainText: ['text', 'txt', 'plain', 'plaintext', 'mermaid'] })
    .use(rehypeCodeLines)
    .use(rehypeRevealDocument, {
      config: deck.config,
      title: deck.config.title ?? file.stem ?? 'Slides',
      stylesheets: [...coreStylesheets, ...(math ? [katexStylesheet] : []), lecternStylesheet, ...theme.stylesheets, ...code],
      handoutStylesheets: theme.handoutStylesheets,
      // `fit: false` leaves slides as written, in the browser too.
      scripts: deck.config.fit === false ? coreScripts.filter((src) => src !== fitScript) : coreScripts,
      extraScripts: options.extraScripts,
      inlineCss: theme.inlineCss,
      footer: theme.footer,
      logo: theme.logo,
      generator: `Lectern ${version}`
    })
    .use(rehypeStringify, { allowDangerousHtml: true })
  const hast = (await processor.run(tree, file)) as HastRoot
  return { tree: hast, html: processor.stringify(hast, file) }
}

/**
 * Render a source into a complete Reveal.js document. The theme resolver is
 * injected (the library's `renderDeck` and `buildDeck` default it to
 * `createThemeResolver()`, which reads the disk), so rendering stays pure.
 *
 * @param source The text (or a `VFile`).
 * @param options Path, format, overrides, theme resolver (required) and theme measurer.
 * @returns The HTML, the file with its messages, the deck data and the assets to copy.
 */
export async function renderDeck(source: string | VFile, options: RenderOptions & { resolveTheme: ThemeResolver }): Promise<RenderedDeck> {
  const file = typeof source === 'string' ? new VFile({ value: source, path: options.path, cwd: options.cwd ?? process.cwd() }) : source
  const resolve = options.resolveTheme
  // The theme is resolved once: when article mode needs its box model, or after parsing.
  let resolving: Promise<ResolvedTheme> | undefined
  const resolveOnce = (config: DeckConfig): Promise<ResolvedTheme> => (resolving ??= resolve(config, file))
  const metrics = options.metrics ?? createMetricsProvider({ theme: resolveOnce, measure: options.measureTheme })
  const tree = await parseDeck(file, { ...options, metrics })
  const deck = file.data.deck!
  const theme = await resolveOnce(deck.config)
  // One walk tells which stages the deck needs (drawing diagrams reads the tree, it does not change it).
  const features = treeFeatures(tree)
  // Mermaid (and the browser that draws it) load only for a deck with a diagram.
  const diagrams = features.mermaid
    ? await (await import('../mermaid/deck-diagrams.js')).drawDeckDiagrams(tree, file, theme.dark ? 'dark' : 'default', options.renderDiagrams)
    : undefined
  const document = await toDocumentTree(tree, file, theme, { extraScripts: options.extraScripts, safe: options.safe ?? formatOf(file, options) !== 'markdown', diagrams, features })
  const code = theme.codeTheme ? [highlightAsset(theme.codeTheme)] : []
  const math = features.math ? katexAssets() : []
  return { html: document.html, tree: document.tree, file, deck, assets: [...coreAssets(), ...math, ...theme.files, ...code], generated: theme.generated ?? [], theme }
}
