/**
 * The parts of a face unit that pagination moves between slides: the items
 * of a list, the rows of a table (its header repeated), the lines of a
 * listing; how to cut one to fit, and where a listing is best cut.
 */
import type { List, ListItem, TableCell } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isMermaidCode } from '../mermaid/mermaid-blocks.js'
import type { FaceUnit } from './condense.js'

/** The size of each of the fewest even parts of `count` that hold at most `most` each. */
function evenShare(count: number, most: number): number {
  return Math.ceil(count / Math.ceil(count / Math.max(1, most)))
}

/** Whether a unit can be split into parts: a list, a table or code (not a diagram's source: it is drawn whole). */
export function isSplittable(unit: FaceUnit): boolean {
  return unit.node.type === 'list' || unit.node.type === 'table' || (unit.node.type === 'code' && !isMermaidCode(unit.node))
}

/** The smallest first part of a splittable unit: one item, one row, three lines. */
export function sliceFirst(unit: FaceUnit): FaceUnit {
  const least = unit.node.type === 'code' ? 3 : 1
  return partCount(unit) > least ? sliceUnit(unit, 0, least) : unit
}

/** Parts `from` to the end of a splittable unit. */
export function sliceRest(unit: FaceUnit, from: number): FaceUnit {
  return sliceUnit(unit, from, partCount(unit))
}

/** The first part of a unit that could be split (two list items, a header row and a row, a few code lines). */
export function firstPart(unit: FaceUnit): FaceUnit {
  if (unit.node.type === 'list' && unit.node.children.length > 2) return sliceUnit(unit, 0, 2)
  if (unit.node.type === 'table' && unit.node.children.length > 2) return sliceUnit(unit, 0, 2)
  if (unit.node.type === 'code' && !isMermaidCode(unit.node) && unit.node.value.split('\n').length > 4) return sliceUnit(unit, 0, 4)
  return unit
}

/** How many parts (items, body rows, lines) a splittable unit has. */
export function partCount(unit: FaceUnit): number {
  if (unit.node.type === 'list') return listParts(unit.node).length
  if (unit.node.type === 'table') return unit.node.children.length - 1
  if (unit.node.type === 'code') return unit.node.value.split('\n').length
  return 1
}

/**
 * The parts a list can be split into: its items, and the sub-items of an
 * item that ends with a sub-list of two or more (such an item can run over
 * a whole face: "Rust the technology:" and its questions).
 */
function listParts(list: List): Array<{ item: number; nested?: number }> {
  return list.children.flatMap((item, index) => {
    const last = item.children[item.children.length - 1]
    if (item.children.length < 2 || last?.type !== 'list' || last.children.length < 2) return [{ item: index }]
    return last.children.map((_, nested) => ({ item: index, nested }))
  })
}

/**
 * Parts `start` to `end` of a list (items), table (body rows; the header row
 * is kept) or code block (lines), with the matching part of its notes.
 */
function sliceUnit(unit: FaceUnit, start: number, end: number): FaceUnit {
  const node = unit.node
  if (node.type === 'list') {
    const parts = listParts(node).slice(start, end)
    const children: ListItem[] = []
    for (const [index, { item, nested }] of parts.entries()) {
      if (parts[index - 1]?.item === item) continue
      const whole = node.children[item]!
      if (nested === undefined) {
        children.push(whole)
        continue
      }
      // Part of an item's sub-list: the item's own text, then the sub-items of this part.
      const inner = whole.children[whole.children.length - 1] as List
      const taken = parts.filter((other) => other.item === item).map((other) => other.nested!)
      const sub: List = { ...inner, children: inner.children.slice(taken[0], taken[taken.length - 1]! + 1) }
      if (inner.ordered) sub.start = (inner.start ?? 1) + taken[0]!
      children.push({ ...whole, children: [...whole.children.slice(0, -1), sub] })
    }
    const firstItem = parts[0]?.item ?? 0
    const part: List = { ...node, children }
    if (node.ordered) part.start = (node.start ?? 1) + firstItem
    // Notes that match the list item for item go with the part that starts each item.
    const starts = parts.filter((other) => other.nested === undefined || other.nested === 0).map((other) => other.item)
    const notes = unit.notes.map((note) => {
      if (note.type !== 'list' || note.children.length !== node.children.length) return note
      const notePart: List = { ...note, children: note.children.filter((_, index) => starts.includes(index)) }
      if (note.ordered) notePart.start = (note.start ?? 1) + (starts[0] ?? firstItem)
      return notePart
    })
    // Notes that are not a matching list (prose) go with the first part only.
    return { ...unit, node: part, notes: start === 0 ? notes : notes.filter((note, index) => note !== unit.notes[index]), keepWithNext: false }
  }
  if (node.type === 'table') {
    const [header, ...body] = node.children
    const rows = body.slice(start, end)
    // (A part that opens inside a group, its first cell spanned from a row above, says the group again: "Married filing
    // jointly" over "65 or older (both spouses)", which had opened the next slide with an empty cell.)
    const first = rows[0]
    const group = start > 0 && first && cellEmpty(first.children[0]) ? body.slice(0, start).findLast((row) => !cellEmpty(row.children[0]))?.children[0] : undefined
    if (first && group) rows[0] = { ...first, children: [structuredClone(group), ...first.children.slice(1)] }
    return { ...unit, node: { ...node, children: [header!, ...rows] }, notes: start === 0 ? unit.notes : [], keepWithNext: false }
  }
  if (node.type === 'code') {
    return { ...unit, node: { ...node, value: node.value.split('\n').slice(start, end).join('\n') }, notes: start === 0 ? unit.notes : [], keepWithNext: false }
  }
  return unit
}

/**
 * Split a list, table or code unit into the largest first part that `fits`
 * (at least `least` parts: by default two items or rows, or three lines)
 * and the rest. Code is cut after a blank line or before an unindented line
 * when one is near.
 */
export function splitToFit(unit: FaceUnit, fits: (part: FaceUnit) => boolean, least = unit.node.type === 'code' ? 3 : 2): [FaceUnit | undefined, FaceUnit | undefined] {
  const count = partCount(unit)
  let best = 0
  for (let size = 1; size < count; size++) {
    if (fits(sliceUnit(unit, 0, size))) best = size
    else break
  }
  if (unit.node.type === 'code' && best > 0) best = codeBreak(unit.node.value.split('\n'), best)
  // A table's rows are shared evenly: 7 rows as 4 and 3, not 6 and a lone row on the next slide; so are a listing's
  // lines when few would be left over (a closing brace alone on the next slide).
  if (unit.node.type === 'table' && best > 0 && best < count && count - best < best / 2) best = evenShare(count, best)
  if (unit.node.type === 'code' && best > 0 && best < count && count - best < Math.min(4, best / 2)) best = codeBreak(unit.node.value.split('\n'), evenShare(count, best))
  // On a fresh page even one part too many is better than the whole: a list of three long items goes one a page.
  if (best === 0 && least === 1 && count > 1) best = 1
  if (best < least || best >= count) return [undefined, unit]
  return [sliceUnit(unit, 0, best), sliceUnit(unit, best, count)]
}

/**
 * A good place to cut `lines` at or before `limit` (and past 60% of it): after a blank line or before a line at the
 * listing's outer level; else after a block's closing line; else before a statement one level in; else at `limit`.
 */
function codeBreak(lines: readonly string[], limit: number): number {
  // The listing's outer level: the least indentation of its lines (a class's members are all indented in a Swift file).
  const indent = (line: string): number => /^\s*/.exec(line)![0].length
  const outer = Math.min(...lines.filter((line) => line.trim() !== '').map(indent))
  // A line that opens a statement at `level` or above, not one that closes a block.
  const opens = (line: string | undefined, level: number): boolean => line !== undefined && line.trim() !== '' && indent(line) <= level && !/^\s*[}\])]/.test(line)
  // After a block closed at the outer level or one in ("}", "});"), never before its closing line.
  const closes = (line: string | undefined): boolean => line !== undefined && /^\s*[}\])]+[;,)]*\s*$/.test(line) && indent(line) <= outer + 4
  const latest = (good: (at: number) => boolean): number | undefined => {
    for (let at = limit; at > Math.max(2, limit * 0.6); at--) if (good(at)) return at
    return undefined
  }
  return (
    latest((at) => lines[at - 1]!.trim() === '' || opens(lines[at], outer)) ??
    latest((at) => closes(lines[at - 1])) ??
    // ("let handler2 = thread::spawn(|| {" after the line before it in `main`: the block stays whole on the next slide.)
    latest((at) => opens(lines[at], outer + 4) && indent(lines[at - 1]!) <= indent(lines[at]!)) ??
    limit
  )
}

/** Whether a table cell holds no text. */
function cellEmpty(cell: TableCell | undefined): boolean {
  return cell !== undefined && toString(cell).trim() === ''
}
