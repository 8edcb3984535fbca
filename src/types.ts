/**
 * Types shared by Lectern's plugins, and the module augmentations that add
 * Lectern's own nodes to mdast and its results to `vfile`.
 */
import type { BlockContent, Data, DefinitionContent, Parent, RootContent } from 'mdast'
import type { Position } from 'unist'
import type { LayoutName } from './article/layout-names.js'
import type { VFile } from 'vfile'
import type { ReadRule } from './read/read-policy.js'
import type { AssetFile, GeneratedAsset } from './html/assets.js'

/** A theme, resolved to files: what a deck links and what the builder copies. */
export interface ResolvedTheme {
  /** Theme name. */
  name: string
  /** Stylesheet hrefs relative to the output folder, in order. */
  stylesheets: string[]
  /** Files to copy into the output folder. */
  files: AssetFile[]
  /** Files to generate in the output folder. */
  generated?: GeneratedAsset[] | undefined
  /** CSS placed inline after the stylesheets (theme variables). */
  inlineCss?: string | undefined
  /** Whether the theme is dark (decides the default code style). */
  dark: boolean
  /** Where the theme comes from: a `file` path, the `project`'s themes, `lectern`'s or `reveal`'s (those have committed measurements). */
  source?: 'file' | 'project' | 'lectern' | 'reveal' | undefined
  /** Stylesheets for a printed handout (a light rendition of a dark theme). */
  handoutStylesheets?: string[] | undefined
  /** Footer text from theme variables. */
  footer?: string | undefined
  /** Logo href from theme variables. */
  logo?: string | undefined
  /** highlight.js style; default `github` or `github-dark`. */
  codeTheme?: string | undefined
  /** The theme's custom properties (`--r-*`, `--lectern-*`), with the deck's `themeVariables` applied over them (for outputs that are not CSS, such as PowerPoint). */
  variables?: Record<string, string> | undefined
}

/** Resolves a deck's theme (name or path, plus `themeVariables`). */
export type ThemeResolver = (config: DeckConfig, file: VFile) => Promise<ResolvedTheme>

/** Deck options settled from front matter and CLI options. */
export interface DeckConfig {
  /** Deck title (front matter, else the first `#` heading, else the file name). */
  title?: string | undefined
  /** Sub-title shown on the title slide. */
  subtitle?: string | undefined
  /** Author shown on the title slide and in PDF metadata. */
  author?: string | undefined
  /** Date shown on the title slide. */
  date?: string | undefined
  /** Short label above the title (a kicker). */
  kicker?: string | undefined
  /** Theme name or path; default `lectern`. */
  theme: string
  /** Reveal transition (`none`, `fade`, `slide`, `convex`, `concave`, `zoom`). */
  transition?: string | undefined
  /** Canvas width in pixels; default 1280. */
  width: number
  /** Canvas height in pixels; default 720. */
  height: number
  /** Document language; default `en`. */
  lang: string
  /** Heading depth that starts a slide; default 2. */
  slideLevel: number
  /** Extra options passed to `Reveal.initialize`. */
  reveal: Record<string, unknown>
  /** Article mode: condense prose into bullets (undefined: decide automatically). */
  condense?: boolean | undefined
  /** Theme variables (`themeVariables:` in front matter). */
  themeVariables: Record<string, unknown>
  /** Extra CSS files, relative to the source file. */
  css: string[]
  /** Article mode: an agenda slide when the talk has 4 or more sections (default: on). */
  agenda?: boolean | undefined
  /** Article mode: a closing "Questions?" slide (default: on). */
  closing?: boolean | undefined
  /** Split and shrink slides that do not fit, at build time and in the browser (default: on; `false` leaves them as written). */
  fit?: boolean | undefined
  /** Most bullets on one slide face in article mode; default 6. */
  maxBullets: number
  /** Most words in one bullet in article mode; default 14. */
  maxWords: number
  /** Layout of every content slide without a `data-layout` of its own: a layout name, or `auto` to choose by content (default: `auto` in article mode, `bullets` otherwise). */
  layout?: LayoutName | 'auto' | undefined
  /** Description / subject for PDF metadata. */
  description?: string | undefined
}

/** One entry of the deck outline: a slide and its title. */
export interface OutlineEntry {
  /** Horizontal index (0-based). */
  h: number
  /** Vertical index (0-based). */
  v: number
  /** The slide's title (first heading), or empty. */
  title: string
  /** 1-based source line where the slide starts, when known. */
  line?: number | undefined
}

/** A local file the deck refers to, copied next to the built deck. */
export interface MediaAsset {
  /** Absolute path of the source file. */
  from: string
  /** Path relative to the output folder (e.g. `assets/media/ab12cd34-photo.jpg`). */
  to: string
  /** Where the reference is, for messages. */
  position?: Position | undefined
  /** The URL as written in the source. */
  url: string
  /** The rule it is read under when copied or served (set by the builder, see `read-policy.ts`). */
  rule?: ReadRule | undefined
}

/** What rendering learned about a deck; stored on `file.data.deck`. */
export interface DeckData {
  /** Settled configuration. */
  config: DeckConfig
  /** Slides in reading order. */
  outline: OutlineEntry[]
  /** Number of slides (horizontal and vertical). */
  slideCount: number
  /** Local media to copy. */
  media: MediaAsset[]
  /** Whether article mode condensed the prose. */
  condensed: boolean
}

/** A slide: becomes a reveal `<section>`. */
export interface Slide extends Parent {
  type: 'slide'
  children: Array<BlockContent | DefinitionContent | Notes>
  data?: SlideData | undefined
}

/** Data of a {@link Slide}. */
export interface SlideData extends Data {
  /** Attributes for the `<section>` (from `<!-- .slide: -->` and Lectern). */
  attributes?: Record<string, string> | undefined
}

/** A vertical stack of slides: a `<section>` holding `<section>`s. */
export interface SlideStack extends Parent {
  type: 'slideStack'
  children: Slide[]
}

/** Speaker notes of a slide: becomes `<aside class="notes">`. */
export interface Notes extends Parent {
  type: 'notes'
  children: Array<BlockContent | DefinitionContent>
}

declare module 'mdast' {
  interface RootContentMap {
    slide: Slide
    slideStack: SlideStack
    notes: Notes
  }
  interface BlockContentMap {
    notes: Notes
  }
}

declare module 'vfile' {
  interface DataMap {
    deck: DeckData
    /** Front matter as parsed, before validation. */
    frontMatter: Record<string, unknown>
    /** Line of each front-matter key (`theme`, `themeVariables.logo`). */
    frontMatterLines: Record<string, number>
  }
}

/** Any node that may sit in the root after slide splitting. */
export type DeckContent = RootContent | Slide | SlideStack
