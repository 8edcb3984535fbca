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

/** A figure's label on a line of its own, as a copied page prints it over the caption of a picture it lost: "Figure 1", "Fig. 2a". */
const figureLabel = /^(?:figure|fig\.|exhibit|plate|illustration|image|photo)\s+\d{1,3}[a-z]?[.:]?$/i

/**
 * Mark the captions of pictures a copied page lost as notes (`data.footnote`): a figure's label standing alone
 * ("Figure 1", read as a heading) and the caption under it ("Visitors use Lumin–an app on a held hand device–to view
 * digital objects in AR."), which a blind reader found as six slides titled "Figure N" with no figure on them. The
 * label joins its caption, in the notes of the slide before.
 *
 * @param children The blocks of the recognised article; changed in place.
 * @returns The lines of the labels taken out of the headings.
 */
export function noteFigureCaptions(children: RootContent[]): number[] {
  const lines: number[] = []
  for (let at = 0; at < children.length - 1; at++) {
    const label = children[at]!
    const caption = children[at + 1]!
    if (label.type !== 'heading' || !figureLabel.test(toString(label).trim()) || caption.type !== 'paragraph') continue
    const text = `${toString(label).trim().replace(/[.:]$/, '')}. `
    children.splice(at, 2, { ...caption, children: [{ type: 'text', value: text }, ...caption.children], data: { ...caption.data, footnote: true } })
    if (label.position) lines.push(label.position.start.line)
  }
  return lines
}
