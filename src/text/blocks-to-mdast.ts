/**
 * Blocks of a plain-text body as mdast nodes, with the positions of their
 * source lines.
 */
import type { Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent } from 'mdast'
import type { Point, Position } from 'unist'
import type { BodyLine } from './body-lines.js'
import type { SourceLine } from './lines.js'
import { splitLabel } from './lists.js'
import { joinLines, type Block } from './text-blocks.js'

function start(line: SourceLine): Point {
  return { line: line.line, column: line.column, offset: line.offset }
}

function end(line: SourceLine): Point {
  return { line: line.line, column: line.endColumn, offset: line.endOffset }
}

/** The position from the start of `first` to the end of `last`. */
export function span(first: SourceLine, last: SourceLine): Position {
  return { start: start(first), end: end(last) }
}

/** A heading of `depth` from its line. */
export function toHeading(line: BodyLine, depth: 2 | 3): Heading {
  const position = span(line.source, line.source)
  // A section label's colon ("All Time Review:") is not part of its title, nor a sentence's full stop ("1) Be specific."),
  // nor the note mark its text points to ("*References" under "…research* that shows…").
  const value = line.source.text.replace(/^\*(?=\p{Lu})/u, '').replace(/(?<=\p{L}):$/u, '').replace(/(?<=\p{Ll})\.$/u, (stop, at: number, text: string) => (/\b(?:etc|al|vs|Inc|Ltd|Co|St)\.$/.test(text) ? stop : ''))
  return { type: 'heading', depth, children: [{ type: 'text', value, position }], position }
}

/** A paragraph from its lines, joined. */
export function toParagraph(lines: readonly BodyLine[]): Paragraph {
  const position = span(lines[0]!.source, lines[lines.length - 1]!.source)
  return { type: 'paragraph', children: [{ type: 'text', value: joinLines(lines), position }], position }
}

/** Item text without its marker, continuation lines joined; `Label: text` gets a strong label. */
function toItem(lines: readonly BodyLine[], labelled: boolean, named = false): ListItem {
  const first = lines[0]!
  const content = first.item ? first.item.content : first.source.text
  // (A name over what it is, "VA claim exam fact sheet" / "A quick guide…", is read as its label: "…fact sheet: A quick guide…".)
  const text = [content, ...lines.slice(1).map((line) => line.source.text)].join(named ? ': ' : ' ')
  const position = span(first.source, lines[lines.length - 1]!.source)
  const label = splitLabel(text)
  const children: PhrasingContent[] = []
  const contentStart = first.source.text.length - content.length
  const at = (offset: number): Point => ({
    line: first.source.line,
    column: first.source.column + contentStart + offset,
    offset: first.source.offset + contentStart + offset
  })
  if (label && (labelled || named || first.item)) {
    const labelEnd = label.label.length
    children.push({
      type: 'strong',
      children: [{ type: 'text', value: label.label, position: { start: at(0), end: at(labelEnd) } }],
      position: { start: at(0), end: at(labelEnd) }
    })
    children.push({ type: 'text', value: text.slice(labelEnd), position: { start: at(labelEnd), end: position.end } })
  } else {
    children.push({ type: 'text', value: text, position: { start: at(0), end: position.end } })
  }
  const paragraph: Paragraph = { type: 'paragraph', children, position: { start: at(0), end: position.end } }
  return { type: 'listItem', spread: false, children: [paragraph], position }
}

/** A list from a list block; `Label: text` items get a strong label. */
export function toList(block: Extract<Block, { type: 'list' }>): List {
  const first = block.items[0]!
  const last = block.items[block.items.length - 1]!
  const list: List = {
    type: 'list',
    ordered: block.ordered,
    spread: false,
    children: block.items.map((item, index) => {
      const listItem = toItem(item, block.labels, block.named === true)
      const nested = block.nested?.get(index)
      if (nested) {
        const sublist = toList(nested)
        listItem.children.push(sublist)
        if (listItem.position && sublist.position) listItem.position.end = sublist.position.end
      }
      return listItem
    }),
    position: span(first[0]!.source, last[last.length - 1]!.source)
  }
  if (block.ordered) list.start = block.start ?? 1
  return list
}

/**
 * A poem or a song as a quotation: a paragraph a stanza, its lines kept apart by line breaks, and who wrote it under
 * them.
 */
export function toVerse(block: Extract<Block, { type: 'verse' }>): Blockquote {
  const stanzas: BodyLine[][] = []
  for (const line of block.lines) {
    if (line.gap || stanzas.length === 0) stanzas.push([line])
    else stanzas[stanzas.length - 1]!.push(line)
  }
  const children: Paragraph[] = stanzas.map((lines) => ({
    type: 'paragraph',
    children: lines.flatMap((line, index): PhrasingContent[] => [...(index > 0 ? [{ type: 'break' as const }] : []), { type: 'text', value: line.source.text.trim(), position: span(line.source, line.source) }]),
    position: span(lines[0]!.source, lines[lines.length - 1]!.source)
  }))
  if (block.by) children.push({ type: 'paragraph', children: [{ type: 'text', value: `— ${block.by.source.text.trim().replace(/^[—–-]\s*/, '')}` }], position: span(block.by.source, block.by.source) })
  const last = block.by ?? block.lines[block.lines.length - 1]!
  return { type: 'blockquote', children, position: span(block.lines[0]!.source, last.source) }
}
