/**
 * Text a page spaces with but a slide shows as nothing or as a gap: a
 * paragraph of non-breaking spaces (`&nbsp;`, as a blog's editor writes an
 * empty line) and the non-breaking space an item opens with ("*  An
 * incentive…" exported with U+00A0).
 */
import type { ListItem, RootContent } from 'mdast'

/**
 * Whether a block is a paragraph of nothing but spaces, breaking or not (`&nbsp;`): it had taken the text column of a
 * picture layout, leaving half a slide empty.
 *
 * @param node A block of the article.
 */
export function isBlankParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length > 0 && node.children.every((child) => (child.type === 'text' && !/\S/.test(child.value)) || child.type === 'break')
}

/**
 * A list item without the spaces its text opens with (JavaScript's `\s` takes U+00A0 too); the item itself when it has
 * none.
 *
 * @param item A list's item.
 */
export function trimmedItem(item: ListItem): ListItem {
  const first = item.children[0]
  const text = first?.type === 'paragraph' ? first.children[0] : undefined
  if (first?.type !== 'paragraph' || text?.type !== 'text' || !/^\s/.test(text.value)) return item
  return { ...item, children: [{ ...first, children: [{ ...text, value: text.value.replace(/^\s+/, '') }, ...first.children.slice(1)] }, ...item.children.slice(1)] }
}
