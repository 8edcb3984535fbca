/**
 * A list that pull quotes interrupt: a page sets quotations between the items
 * of one list ("**Lean on the community:** …", a maintainer's words in a box,
 * "**Explore funding:** …"), and Markdown ends the list at each box. Read as
 * it is written, every item became a slide of its own with a quotation beside
 * it. The items are one list again, and the quotations follow it in their
 * order: a slide of the points, then the voices — the two shortest on the
 * face, the others in the notes (five quotation slides in a row are no talk).
 */
import type { BlockContent, List, ListItem } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { setAside } from './set-aside.js'

/** Quotations a joined list keeps on the face after it. */
const shownQuotes = 2

/** Whether an item opens with a label in bold: "**Working alone:** Being a maintainer…". */
function labelled(item: ListItem): boolean {
  const first = item.children[0]
  return first?.type === 'paragraph' && first.children[0]?.type === 'strong'
}

/** Whether `next` goes on where `list` ended: numbered on from it, or as labelled as it is, item for item. */
function continues(list: List, next: List): boolean {
  if (Boolean(list.ordered) !== Boolean(next.ordered)) return false
  if (list.ordered) return (next.start ?? 1) === (list.start ?? 1) + list.children.length
  return [...list.children, ...next.children].every(labelled)
}

/**
 * The blocks of a section with each list that block quotes interrupt joined
 * into one list, the quotes after it in their order; anything else as it is.
 * Only a run of the form list, quotes, list (, quotes, list…) is joined, of
 * lists that continue each other (numbered on, or every item labelled) and
 * hold an item or so each (at most one and a half on average).
 * Beyond two quotes, the longer ones are marked for the notes (`set-aside.ts`).
 *
 * @param nodes The blocks of one section.
 * @returns The same blocks, some lists joined and quotes moved after them.
 */
export function joinInterruptedLists(nodes: readonly BlockContent[]): BlockContent[] {
  const out: BlockContent[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type !== 'list') {
      out.push(node)
      continue
    }
    let list: List = node
    const quotes: BlockContent[] = []
    let end = index
    let parts = 1
    for (;;) {
      let at = end + 1
      while (nodes[at]?.type === 'blockquote') at++
      const next = nodes[at]
      if (at === end + 1 || next?.type !== 'list' || !continues(list, next)) break
      quotes.push(...nodes.slice(end + 1, at))
      list = { ...list, spread: Boolean(list.spread) || Boolean(next.spread), children: [...list.children, ...next.children], position: list.position && next.position ? { start: list.position.start, end: next.position.end } : list.position }
      end = at
      parts++
    }
    // (Only lists cut to an item or so between quotes: a legal guide's groups of two, each beside the quotation that backs
    // it, read better as written; a blind reader preferred them.)
    if (parts > 1 && list.children.length > parts * 1.5) {
      out.push(...nodes.slice(index, end + 1))
      index = end
      continue
    }
    // (The shortest say it best on a slide: "We have lots of happy but quiet users".)
    const shown = new Set([...quotes].sort((a, b) => toString(a).length - toString(b).length).slice(0, shownQuotes))
    out.push(list, ...quotes.map((quote) => (shown.has(quote) ? quote : setAside(quote))))
    index = end
  }
  return out
}
