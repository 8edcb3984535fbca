/**
 * A chart's notes under a heading of their own in the middle of a section ("### Notes:" over "1. Adoption figures by
 * date of court order are only available from 1998.", the section's prose going on after them): they are the chart's
 * small print, for the speaker notes, and the heading is no section ("Number of adoptions: Notes" had titled a slide).
 */
import type { BlockContent, Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { countWords } from './clause-grammar.js'
import { setAside } from './set-aside.js'

/** A heading that only labels notes or sources ("Notes:", "Source", "Sources and notes"). */
const notesLabel = /^(?:notes?|sources?|sources? and notes?|notes? and sources?)\s*:?$/i

/** Words above which a note is prose rather than a chart's small print. */
const noteWords = 40

/**
 * Fold each chart's notes heading into its section: a heading deeper than the section it sits in, labelling only notes,
 * right over a list (or one short paragraph) of short notes, with the section's prose going on after them. The label goes (a
 * paragraph "Notes:" would open the speaker notes of the slide) and the notes are set aside for them; the prose after them stays in the section. A "Notes" heading that ends
 * the article is its back matter and is left to that step.
 *
 * @param children The article's blocks, in order.
 * @returns The blocks with each such heading folded.
 */
export function foldChartNotes(children: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = []
  let section: Heading | undefined
  for (let at = 0; at < children.length; at++) {
    const node = children[at]!
    const [notes, after] = [children[at + 1], children[at + 2]]
    const chartNote = node.type === 'heading' && section !== undefined && node.depth > section.depth && notesLabel.test(toString(node).trim())
    const small = notes !== undefined && (notes.type === 'list' ? notes.children.every((item) => countWords(toString(item)) <= noteWords) : notes.type === 'paragraph' && countWords(toString(notes)) <= noteWords)
    if (chartNote && small && after !== undefined && after.type !== 'heading') {
      out.push(setAside(notes as BlockContent))
      at++
      continue
    }
    if (node.type === 'heading' && (section === undefined || node.depth <= section.depth || !notesLabel.test(toString(node).trim()))) section = node
    out.push(node)
  }
  return out
}
