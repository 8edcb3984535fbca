/**
 * Sub-lists indented less than their parent item's text, as kramdown and Python-Markdown read them: "  2. The
 * ideological commitment…" over "    * Reinforced, perhaps, by…". CommonMark needs a sub-item to start at its parent's
 * text (column 5 there); four spaces make it a lazy line of the parent's paragraph, and its "*" showed on a slide.
 */
import { anyFence } from './bookdown.js'

/** A list item's line: its indentation, its marker and the spaces after it. */
const itemLine = /^( *)([-*+]|\d{1,3}[.)])( +)\S/

/**
 * Move each sub-item indented two spaces or more past its parent's marker, but short of its parent's text, to the
 * parent's text (in place); one space past it is a sibling, as CommonMark reads it.
 *
 * @param lines The source's lines.
 */
export function shallowSublists(lines: string[]): void {
  let parent: { indent: number; content: number } | undefined
  let fenced: string | undefined
  for (const [at, line] of lines.entries()) {
    const fenceMark = anyFence.exec(line)?.[1]
    if (fenced) {
      if (fenceMark && fenceMark[0] === fenced[0] && fenceMark.length >= fenced.length) fenced = undefined
      continue
    }
    if (fenceMark) {
      fenced = fenceMark
      parent = undefined
      continue
    }
    const item = itemLine.exec(line)
    if (item) {
      const indent = item[1]!.length
      if (parent && indent >= parent.indent + 2 && indent < parent.content) {
        lines[at] = ' '.repeat(parent.content) + line.slice(indent)
        parent = { indent: parent.content, content: parent.content + item[2]!.length + item[3]!.length }
      } else parent = { indent, content: indent + item[2]!.length + item[3]!.length }
    } else if (line.trim() !== '' && !/^ /.test(line)) parent = undefined
  }
}
