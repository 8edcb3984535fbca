/**
 * Text a page spaces with but a slide shows as nothing or as a gap: a
 * paragraph of non-breaking spaces (`&nbsp;`, as a blog's editor writes an
 * empty line) and the non-breaking space an item opens with ("*  An
 * incentive…" exported with U+00A0).
 */
import type { List, ListItem, RootContent } from 'mdast'

/**
 * Whether a block is a paragraph of nothing but spaces, breaking or not (`&nbsp;`): it had taken the text column of a
 * picture layout, leaving half a slide empty.
 *
 * @param node A block of the article.
 */
export function isBlankParagraph(node: RootContent): boolean {
  // (Also a page's spacer written in HTML line breaks, "<br/><br/><br/>…", which had pushed a slide of nothing.)
  return node.type === 'paragraph' && node.children.length > 0 && node.children.every((child) => (child.type === 'text' && !/\S/.test(child.value)) || child.type === 'break' || (child.type === 'html' && /^(?:\s*<br\s*\/?>\s*)+$/i.test(child.value)))
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

/**
 * A list without the items, at any depth, that show nothing on a slide: an item of a picture alone (a link round an
 * image the page had, `<a …><img …></a>`), of raw HTML without words, or that `furniture` says is the page's (a link
 * to an archived copy); the list itself when it has none. An outline of a timeline had shown four empty "–" under its
 * dates, each over "See the website's archived version".
 *
 * @param list A list of the article.
 * @param visible The words a reader sees of a node (HTML and pictures' alt text left out).
 * @param furniture Whether an item's words are the page's, not the article's.
 */
export function withoutBlankItems(list: List, visible: (node: RootContent) => string, furniture: (text: string) => boolean = () => false): List {
  let changed = false
  const children = list.children.flatMap((item): ListItem[] => {
    const blocks = item.children.flatMap((child): Array<ListItem['children'][number]> => {
      if (child.type !== 'list') return [child]
      const inner = withoutBlankItems(child, visible, furniture)
      if (inner !== child) changed = true
      return inner.children.length > 0 ? [inner] : []
    })
    const text = visible(item)
    const flat = blocks.every((block) => block.type === 'paragraph' || block.type === 'html') && item.children.some((block) => block.type === 'paragraph' || block.type === 'html')
    if (flat && (!/[\p{L}\p{N}]/u.test(text) || furniture(text))) {
      changed = true
      return []
    }
    return blocks.length === item.children.length && blocks.every((block, at) => block === item.children[at]) ? [item] : [{ ...item, children: blocks }]
  })
  return changed ? { ...list, children } : list
}
