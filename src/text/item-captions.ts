/**
 * The captions a copied page kept under each item of a list whose pictures it lost: "• Option to read an article in
 * different text sizes." / "Change article text size from options menu." / "• Option to use the app in different
 * languages." / "Change app language from settings menu." The items are one list again, and each caption is a note
 * (a blind reader found the captions as bullets, and the five items split over three slides).
 */
import type { List, Paragraph, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { countWords } from './lines.js'

/** Most words of a caption between two items. */
const captionWords = 14

/** Whether a block is a caption between items: one short line, one sentence at most. */
function isItemCaption(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false
  const text = toString(node).trim()
  return countWords(text) <= captionWords && !/[.!?]\s+\S/.test(text) && !/:$/.test(text)
}

/**
 * Join the lists a copied page's item captions split, and mark the captions as notes (`data.footnote`): only where at
 * least two captions alternate with items of lists of the same kind, so a paragraph between two lists stays prose.
 *
 * @param children The blocks of the recognised article; changed in place.
 */
export function joinCaptionedItems(children: RootContent[]): void {
  for (let start = 0; start < children.length; start++) {
    const first = children[start]
    if (first?.type !== 'list') continue
    // The run: list, caption, list, caption, list…
    let end = start
    while (isItemCaption(children[end + 1]) && children[end + 2]?.type === 'list' && (children[end + 2] as List).ordered === first.ordered) end += 2
    // (A caption may close the run too: "Change app language from settings menu." under the last item.)
    const captions = (end - start) / 2 + (isItemCaption(children[end + 1]) && end > start ? 1 : 0)
    if (captions < 2) continue
    const joined: List = { ...first, children: [] }
    const notes: Paragraph[] = []
    for (let at = start; at <= end; at++) {
      const node = children[at]!
      if (node.type === 'list') joined.children.push(...node.children)
      else notes.push({ ...(node as Paragraph), data: { ...(node as Paragraph).data, footnote: true } })
    }
    const closing = end > start && isItemCaption(children[end + 1]) ? [{ ...(children[end + 1] as Paragraph), data: { ...(children[end + 1] as Paragraph).data, footnote: true } }] : []
    children.splice(start, end - start + 1 + closing.length, joined, ...notes, ...closing)
  }
}
