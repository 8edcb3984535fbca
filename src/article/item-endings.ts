/**
 * How the items of a list end on a face: alike (no full stop on one item when the others lost theirs), and without
 * the commas and "and"s of a sentence written as a list.
 */
import type { ListItem, Paragraph, PhrasingContent, Text } from 'mdast'
import { toString } from './block-kinds.js'
import { splitSentences } from './sentences.js'

/**
 * Items of one list end alike: once some were shortened (a bullet has no
 * full stop), an item of one sentence loses its full stop too ("Avoid
 * creating elements with scripting." next to "Use native HTML and proper
 * tagging…"). Changes the items in place.
 *
 * @param items The list's items after {@link shortenItem}.
 */
export function evenEndings(items: readonly ListItem[]): void {
  for (const item of items) {
    const first = item.children[0]
    const last = first?.type === 'paragraph' ? first.children[first.children.length - 1] : undefined
    if (last?.type !== 'text' || !/[^.]\.$/.test(last.value) || /\b(?:etc|Inc|Ltd|Co|[A-Z])\.$/.test(last.value)) continue
    if (splitSentences(toString(first!)).length !== 1) continue
    last.value = last.value.slice(0, -1)
  }
}

/** How an item of a sentence written as a list ends: ",", ";", ", and", "; or". */
const seriesEnd = /\s*[,;](?:\s+(?:and|or))?\s*$/

/**
 * The items of a sentence written as a list ("…will allow users to:" / "unify related budgetary items," / "analyze them
 * together," / … / "publicly annotate budgetary items."), without the commas, "and"s and the full stop that join them
 * into the sentence: a bullet does not end in ", and". `undefined` when fewer than half the items end so.
 *
 * @param items The list's items.
 */
export function withoutSeriesEnds(items: readonly ListItem[]): ListItem[] | undefined {
  // (Past a line break the page put after each item: "unify related budgetary items,<br>".)
  const trailing = (node: PhrasingContent): boolean => node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim()))
  const words = (item: ListItem): PhrasingContent[] => {
    const first = item.children[0]
    const children = first?.type === 'paragraph' && item.children.length === 1 ? [...first.children] : []
    while (children.length > 0 && trailing(children[children.length - 1]!)) children.pop()
    return children
  }
  const lastText = (item: ListItem): string | undefined => {
    const last = words(item).at(-1)
    return last?.type === 'text' ? last.value : undefined
  }
  const ends = items.filter((item) => seriesEnd.test(lastText(item) ?? ''))
  if (items.length < 3 || ends.length * 2 < items.length) return undefined
  return items.map((item, at) => {
    const text = lastText(item)
    const end = at === items.length - 1 ? /[^.]\.$/.test(text ?? '') || seriesEnd.test(text ?? '') : seriesEnd.test(text ?? '')
    if (text === undefined || !end) return item
    const copy = structuredClone(item)
    const paragraph = copy.children[0] as Paragraph
    paragraph.children = words(copy)
    const last = paragraph.children[paragraph.children.length - 1] as Text
    last.value = at === items.length - 1 && !seriesEnd.test(text) ? text.slice(0, -1) : text.replace(seriesEnd, '')
    return copy
  })
}
