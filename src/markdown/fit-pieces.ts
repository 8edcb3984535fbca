/**
 * Blocks cut finer for a slide that does not fit even shrunk to the floor —
 * a paragraph between sentences, a quote between its paragraphs, a list item
 * between the items of its nested list — and the pieces that land on one
 * slide joined again.
 */
import type { Blockquote, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast'
import type { FaceUnit } from '../article/condense.js'

/** The block each piece of a cut block comes from: consecutive pieces on one slide are joined again. */
const pieceOf = new WeakMap<RootContent, RootContent>()

/**
 * Cut the blocks of a page that does not fit even shrunk to the floor into
 * pieces (joined again where they land on one slide): a paragraph between sentences, a quote between its paragraphs
 * (and a paragraph in it between sentences), a list item between the items
 * of its nested list (the item's own text repeated above each part).
 */
export function refine(units: readonly FaceUnit[]): FaceUnit[] {
  return units.flatMap((unit): FaceUnit[] => {
    const node = unit.node
    if (node.type === 'paragraph') return sentencesOf(node).map((part) => ({ ...unit, node: part, keepWithNext: false }))
    if (node.type === 'list') return nestedPieces(node).map((part) => ({ ...unit, node: part, keepWithNext: false }))
    if (node.type !== 'blockquote' || node.children.length === 0) return [unit]
    return node.children.flatMap((child): FaceUnit[] => {
      const quote = (children: Blockquote['children']): FaceUnit => {
        const piece: Blockquote = { ...node, children }
        pieceOf.set(piece, node)
        return { ...unit, node: piece, keepWithNext: false }
      }
      return child.type === 'paragraph' ? sentencesOf(child).map((part) => quote([part])) : [quote([child])]
    })
  })
}

/**
 * A list as one list per item, and an item with a nested list as one item
 * per nested item (its own text repeated in each), each marked as a piece.
 */
function nestedPieces(list: List): List[] {
  const start = list.start ?? 1
  const piece = (items: ListItem[], index: number): List => {
    const part: List = { ...list, children: items, ...(list.ordered ? { start: start + index } : {}) }
    pieceOf.set(part, list)
    return part
  }
  return list.children.flatMap((item, index) => {
    const at = item.children.findIndex((child) => child.type === 'list')
    const nested = item.children[at] as List | undefined
    if (!nested || nested.children.length < 2) return [piece([item], index)]
    return nested.children.map((inner, position) => {
      const part: ListItem = {
        ...item,
        children: [
          ...item.children.slice(0, at),
          { ...nested, children: [inner], ...(nested.ordered ? { start: (nested.start ?? 1) + position } : {}) },
          ...(position === nested.children.length - 1 ? item.children.slice(at + 1) : [])
        ]
      }
      pieceOf.set(part, item)
      return piece([part], index)
    })
  })
}

/** Two pieces of one list item joined: its text once, their nested items in one list, what follows it. */
function joinItems(first: ListItem, second: ListItem): ListItem {
  const at = first.children.findIndex((child) => child.type === 'list')
  const next = second.children.findIndex((child) => child.type === 'list')
  const nested = first.children[at] as List
  const more = second.children[next] as List
  return { ...first, children: [...first.children.slice(0, at), { ...nested, children: [...nested.children, ...more.children] }, ...second.children.slice(next + 1)] }
}

/** A paragraph as one paragraph per sentence (inline markup kept whole), each marked as a piece of it. */
function sentencesOf(paragraph: Paragraph): Paragraph[] {
  const parts: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      parts[parts.length - 1]!.push(child)
      continue
    }
    // (Not after a title or an initial: "…the property of Mr. Samuel Fraunces" had been cut across two slides; a sentence
    // of over 40 words, an advertisement quoted whole, also at its semicolons.)
    child.value.split(/(?<=[.!?]["'”’)\]]*)(?<!(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Sr|Jr|Gen|Col|Capt|Lt|Rev|Hon|Gov|Sen|Rep|No|Nos|Vol|Fig|Figs|vs?|cf|ca|approx|pp?|e\.g|i\.e|\p{Lu})\.)\s+(?=["“‘([]?[\p{Lu}\p{N}])/u).flatMap((sentence) => (sentence.split(/\s+/).length > 40 ? sentence.split(/(?<=;)\s+/) : [sentence])).forEach((piece, index) => {
      if (index > 0) parts.push([])
      parts[parts.length - 1]!.push({ ...child, value: piece })
    })
  }
  return parts
    .filter((children) => children.length > 0)
    .map((children) => {
      const piece: Paragraph = { ...paragraph, children }
      pieceOf.set(piece, paragraph)
      return piece
    })
}

/** Consecutive pieces of one cut block joined again. */
export function joinNodes<T extends RootContent>(nodes: readonly T[]): T[] {
  const out: T[] = []
  for (const node of nodes) {
    const previous = out[out.length - 1]
    const origin = pieceOf.get(node)
    if (!previous || !origin || pieceOf.get(previous) !== origin || previous.type !== node.type) {
      out.push(node)
      continue
    }
    let joined: RootContent
    if (node.type === 'paragraph' && previous.type === 'paragraph') joined = { ...previous, children: [...previous.children, { type: 'text', value: ' ' }, ...node.children] }
    else if (node.type === 'blockquote' && previous.type === 'blockquote') joined = { ...previous, children: joinNodes([...previous.children, ...node.children]) }
    else if (node.type === 'list' && previous.type === 'list') {
      const items = [...previous.children]
      for (const item of node.children) {
        const last = items[items.length - 1]
        const origin = pieceOf.get(item)
        if (last && origin && pieceOf.get(last) === origin) {
          const merged = joinItems(last, item)
          pieceOf.set(merged, origin)
          items[items.length - 1] = merged
        } else items.push(item)
      }
      joined = { ...previous, children: items }
    } else {
      out.push(node)
      continue
    }
    pieceOf.set(joined, origin)
    out[out.length - 1] = joined as T
  }
  return out
}

/** A page's units with consecutive pieces of one cut block joined again. */
export function joinPieces(units: readonly FaceUnit[]): FaceUnit[] {
  const out: FaceUnit[] = []
  for (const unit of units) {
    const previous = out[out.length - 1]
    const joined = previous ? joinNodes([previous.node as RootContent, unit.node as RootContent]) : []
    if (previous && joined.length === 1) out[out.length - 1] = { ...previous, node: joined[0] as FaceUnit['node'] }
    else out.push(unit)
  }
  return out
}
