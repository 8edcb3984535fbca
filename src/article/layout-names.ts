/**
 * The names of slide layouts, apart from the code that chooses them
 * (`layouts.ts`), so the shared types can name them without importing it.
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
