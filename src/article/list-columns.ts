/**
 * A list of many short items drawn in two columns: "Blindness", "Low vision", "PTSD"… nine items of a word or two had
 * been split over two slides, the second titled "(cont.)", with most of each slide empty. The list keeps its items and
 * their order; `lectern.css` flows them down the first column and on into the second, and the face measure counts the
 * first column's items at half the width.
 */
import type { List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { hasClass, withClass } from './node-classes.js'

/** Class of a list drawn in two columns. */
export const columnClass = 'lectern-columns'

/** Text beside an image or in a column is laid out this much narrower than the full width (half, less the gap). */
export const columnNarrowing = 2.25

/** Fewest and most items a list in two columns has. */
const columnItems = { fewest: 6, most: 14 } as const

/** Most words and characters an item in a column has: one short line. */
const itemWords = 5
const itemCharacters = 36
/** Most characters of a name in a long roll of them ("@yiannistri, Yiannis Triantafyllopoulos"). */
const nameCharacters = 44

/**
 * The list drawn in two columns when it is long and every item is a short phrase of one line (no nested list, no second
 * paragraph), else the list as it was.
 *
 * @param list A list of the face.
 */
export function columnList(list: List): List {
  const count = list.children.length
  // (A long roll of names, "Marc W. (you rock!)", "Ulrich P.", … forty donors, or "@matheuscscp, Matheus Pimenta" and
  // forty-eight more contributors, runs on in columns over as few slides as it takes.)
  const names = count > columnItems.most && list.children.every((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph' && toString(item).trim().split(/\s+/).length <= itemWords && toString(item).trim().length <= nameCharacters)
  if (names) return withClass(list, columnClass)
  if (count < columnItems.fewest || count > columnItems.most) return list
  const short = list.children.every((item) => {
    const text = toString(item).trim()
    return item.children.length === 1 && item.children[0]!.type === 'paragraph' && text.length <= itemCharacters && text.split(/\s+/).length <= itemWords
  })
  return short ? withClass(list, columnClass) : list
}

/** Whether a block is a list drawn in two columns (by {@link columnList}). */
export function isColumnList(node: RootContent): boolean {
  return node.type === 'list' && hasClass(node, columnClass)
}
