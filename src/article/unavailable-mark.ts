/**
 * The mark `remark-unavailable-pictures.ts` sets in an `<img>` tag whose picture a built deck cannot show, and the test
 * every later stage reads it by (what is off the face, what a face measures, which table column is blank).
 */

/** A tag with the mark: `<img src="shell2.jpg">` → `<img data-lectern-unavailable src="shell2.jpg">`. */
export function markUnavailable(tag: string): string {
  return tag.replace(/^<img\b/i, '<img data-lectern-unavailable')
}

/** Whether an `<img>` tag carries the mark. */
export function isMarkedUnavailable(tag: string): boolean {
  return /^<img data-lectern-unavailable\b/i.test(tag)
}
