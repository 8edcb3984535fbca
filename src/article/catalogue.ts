/**
 * A part of an article that is a catalogue: many short sub-sections, each a
 * heading and a few sentences ("Next steps": twenty ideas of one to three
 * sentences each). A blind review found such a part given twenty slides of a
 * sentence each; a speaker shows the list of its headings, a few slides of
 * five, and says the rest. The sub-sections' words go to the speaker notes,
 * each under its heading.
 */
import type { BlockContent, Heading, List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { countWords } from './clause-grammar.js'
import { notesCloseMarker, notesOpenMarker } from '../read/normalize-source.js'

/** Fewest sub-sections that make a catalogue. */
const fewestEntries = 5
/** Most words a catalogue entry's body has; and on average. */
const mostEntryWords = 120
const meanEntryWords = 50
/** Most words in an entry's heading: a heading longer than that is no label. */
const mostLabelWords = 12

/**
 * The body of a part written as a catalogue, as its list of headings with
 * the entries in the notes; `undefined` when the part is no catalogue: fewer
 * than five sub-sections, one of them long, a heading too long for a label,
 * or an entry with anything but prose and lists (a picture, code, a table,
 * a deeper heading) that a slide of its own would show.
 *
 * @param body The part's blocks after its `##` heading, sub-sections at depth 3.
 * @returns The part's introduction, the list of sub-headings, and the notes.
 */
export function foldCatalogue(body: readonly RootContent[]): RootContent[] | undefined {
  const first = body.findIndex((node) => node.type === 'heading')
  if (first === -1) return undefined
  const entries: Array<{ heading: Heading; blocks: RootContent[] }> = []
  for (const node of body.slice(first)) {
    if (node.type === 'heading') {
      if (node.depth !== 3) return undefined
      entries.push({ heading: node, blocks: [] })
    } else entries[entries.length - 1]!.blocks.push(node)
  }
  if (entries.length < fewestEntries) return undefined
  // (Nor a part whose sub-headings are the same few labels again, "Observaties" and "Aanbevelingen" under each finding of a
  // user study: a report's sections, whose findings had become a list of their labels.)
  const labels = entries.map((entry) => toString(entry.heading).replace(/^.*:\s+/, '').trim().toLowerCase())
  if (labels.some((label) => labels.filter((other) => other === label).length >= 3)) return undefined
  const words = entries.map((entry) => entry.blocks.reduce((sum, block) => sum + countWords(toString(block)), 0))
  const prose = (node: RootContent): boolean => node.type === 'paragraph' ? node.children.every((child) => child.type !== 'image' && child.type !== 'imageReference' && child.type !== 'html') : node.type === 'list'
  if (
    Math.max(...words) > mostEntryWords ||
    words.reduce((sum, count) => sum + count, 0) / entries.length > meanEntryWords ||
    entries.some((entry) => countWords(toString(entry.heading)) > mostLabelWords || !entry.blocks.every(prose))
  ) {
    return undefined
  }
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: entries.map((entry) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: withoutFullStop(structuredClone(entry.heading.children)) }] }))
  }
  const notes: RootContent[] = entries.flatMap((entry) => [{ type: 'paragraph', children: structuredClone(entry.heading.children) } as BlockContent, ...entry.blocks])
  return [...body.slice(0, first), list, { type: 'html', value: notesOpenMarker }, ...notes, { type: 'html', value: notesCloseMarker }]
}

/** A label's phrasing without the full stop a heading may end on ("Multiple video panes, to display what is being heard."). */
function withoutFullStop(children: Heading['children']): Heading['children'] {
  const last = children[children.length - 1]
  if (last?.type === 'text' && /[^.]\.$/.test(last.value)) last.value = last.value.slice(0, -1)
  return children
}
