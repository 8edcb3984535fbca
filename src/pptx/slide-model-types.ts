/**
 * What a slide is to PowerPoint: plain data read from a rendered deck
 * (`slide-model.ts`) and drawn by `pptx-layout.ts` and `pptx-document.ts`.
 */
import type { LayoutName } from '../article/layout-names.js'

/** A run of text with one style. */
export interface TextRun {
  /** The text; a line break is a run of its own (`break`). */
  text: string
  bold?: boolean | undefined
  italic?: boolean | undefined
  strike?: boolean | undefined
  /** Set in the code font. */
  code?: boolean | undefined
  /** A link target (absolute URLs only; a link inside the deck keeps its text). */
  link?: string | undefined
  /** highlight.js token kind (`keyword`, `string`, `comment`…) in a code listing. */
  token?: string | undefined
  /** Set as a superscript (a footnote reference). */
  superscript?: boolean | undefined
  /** A line break before this run's text. */
  break?: boolean | undefined
}

/** One item of a list, at its nesting level (0 at the top). */
export interface ListItemModel {
  runs: TextRun[]
  level: number
  /** Numbered (an `ol` item) or bulleted. */
  ordered: boolean
}

/** A block of a slide's body. */
export type BlockModel =
  | { kind: 'paragraph'; runs: TextRun[]; role?: 'kicker' | 'subtitle' | 'author' | 'date' | 'figure' | 'caption' | 'footnote' | 'heading' | 'math' | undefined }
  | { kind: 'list'; items: ListItemModel[] }
  | { kind: 'code'; lines: TextRun[][]; language?: string | undefined }
  | { kind: 'table'; rows: TextRun[][][]; header: boolean }
  | { kind: 'image'; src: string; alt: string; caption?: string | undefined }
  | { kind: 'quote'; paragraphs: TextRun[][]; attribution?: string | undefined }
  | { kind: 'columns'; columns: BlockModel[][] }

/** The layout a slide is drawn with: Lectern's layouts, plus `image-beside` (an image next to bullets). */
export type SlideLayout = LayoutName | 'image-beside'

/** One slide. */
export interface SlideModel {
  /** 1-based position in the deck (vertical slides counted in order). */
  index: number
  layout: SlideLayout
  /** The slide's heading, when it has one. */
  title?: TextRun[] | undefined
  /** The heading's level (1 for a deck title). */
  titleLevel?: number | undefined
  /** The body, in order. */
  blocks: BlockModel[]
  /** Speaker notes as plain text (paragraphs separated by blank lines, list items by `- `). */
  notes: string
  /** `data-background-color` / `data-background-image` of the slide. */
  background?: { color?: string | undefined; image?: string | undefined } | undefined
  /** Source line (`data-source-line`), when known. */
  line?: number | undefined
}
