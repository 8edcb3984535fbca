/**
 * The names of slide layouts and the shape of a layout choice, apart from
 * the code that chooses them (`layouts.ts`), so the shared types and the
 * modules that measure and shape a face can name them without importing it.
 */

/** Every layout a slide can have, in the order the themes and the gallery show them. */
export const layoutNames = ['title', 'section', 'agenda', 'bullets', 'statement', 'big-number', 'quote', 'image', 'two-columns', 'code', 'closing'] as const

/** A slide layout: the slide's `<section>` gets the class `layout-NAME` and `data-layout="NAME"`. */
export type LayoutName = (typeof layoutNames)[number]

/**
 * Whether `value` names a layout.
 *
 * @param value Anything (a front-matter value, an attribute).
 */
export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (layoutNames as readonly string[]).includes(value)
}

/** What `chooseLayout` (`layouts.ts`) decided for one slide. */
export interface LayoutChoice {
  /** The layout. */
  layout: LayoutName
  /**
   * `image`: the picture alone (`full`) or beside two or three bullets (`beside`); `quote`: the slide's title is the
   * quotation (`heading`); `bullets`: two to four short bullets drawn as cards side by side (`cards`, `list-cards.ts`).
   */
  variant?: 'full' | 'beside' | 'heading' | 'cards' | undefined
  /** `big-number`: the figure, as written in the article ("4200", "3 billion", "45%"). */
  figure?: string | undefined
  /** `big-number`: the bullet (index in the slide's one list) that names the figure, moved first so it labels the figure; default the first. */
  figureItem?: number | undefined
  /** `quote`: a quoted phrase of a bullet, shown as the pull quote. */
  pullQuote?: string | undefined
  /** `two-columns`: the index in the body (face without its heading) where the second column starts; a list at that index is split after `splitItems` items. */
  columnStart?: number | undefined
  /** `two-columns` from one list: how many of its items go to the first column. */
  splitItems?: number | undefined
}
