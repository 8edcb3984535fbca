/**
 * Sub-headings an article repeats under each of its sections ("Coverage",
 * "Documentation" under each board) say which one they belong to on a
 * slide, where the section heading above them is not in view:
 * "LoRaWAN® (MKR WAN 1300/1310): Coverage".
 */
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { countWords } from './clause-grammar.js'

/** Most words of a parent heading put before a repeated one. */
const parentWords = 8

/**
 * Put the parent section's heading before each heading that occurs more
 * than once in the article at the same depth, when it has one (a heading
 * of a smaller depth, below the title) and the parents differ.
 *
 * @param tree An article, before slides are split.
 */
export function qualifyRepeatedHeadings(tree: Root): void {
  const key = (heading: Heading): string => `${heading.depth}:${toString(heading).trim().toLowerCase()}`
  const counts = new Map<string, number>()
  for (const heading of tree.children.filter((node): node is Heading => node.type === 'heading')) counts.set(key(heading), (counts.get(key(heading)) ?? 0) + 1)
  // A label of a few words ending in a colon that heads a part of each section ("To be tested:" under each of six questions)
  // is the label of what follows it in that section, in bold, not a slide of its own: ten "To be tested" slides had been
  // orphans, each apart from the question it tested.
  // (So is one without a colon that follows each of its siblings and has no parent above them all: "What happens" after
  // each of eight stages, "1. Backlog", "2. Screen"…, each stage a sentence on a slide and its steps on the next.)
  const parented = (at: number, depth: number): boolean => tree.children.slice(0, at).some((other) => other.type === 'heading' && other.depth > 1 && other.depth < depth)
  tree.children = tree.children.map((node, at) => {
    if (node.type !== 'heading' || (counts.get(key(node)) ?? 0) < 3 || countWords(toString(node)) > 4) return node
    const previous = tree.children.slice(0, at).findLast((other) => other.type === 'heading')
    if (!/^[^:]{2,30}:$/.test(toString(node).trim()) && (previous?.depth !== node.depth || parented(at, node.depth))) return node
    if (!previous || previous.depth > node.depth || key(previous) === key(node)) return node
    return { type: 'paragraph', children: [{ type: 'strong', children: structuredClone(node.children) }], position: node.position }
  })
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const open: (Heading | undefined)[] = []
  const parents = new Map<Heading, Heading>()
  for (const [at, heading] of headings.entries()) {
    open.length = heading.depth
    open[heading.depth] = heading
    // (A heading repeated three times or more with no parent takes the heading it follows at its own rank: "What happens"
    // after each of eight stages, "1. Backlog", "2. Screen"…, had titled eight slides alike.)
    const sibling = (counts.get(key(heading)) ?? 0) >= 3 ? headings.slice(0, at).findLast((other) => other.depth === heading.depth && key(other) !== key(heading)) : undefined
    const parent = open.slice(2, heading.depth).reverse().find((candidate) => candidate !== undefined) ?? (sibling && headings[at - 1] === sibling ? sibling : undefined)
    if (parent && (counts.get(key(heading)) ?? 0) > 1) parents.set(heading, parent)
  }
  // Qualify only when the repeats have different parents to tell apart.
  const byKey = new Map<string, Set<string>>()
  for (const [heading, parent] of parents) byKey.set(key(heading), (byKey.get(key(heading)) ?? new Set()).add(toString(parent)))
  for (const [heading, parent] of parents) {
    const title = toString(parent).trim()
    if ((byKey.get(key(heading))?.size ?? 0) < 2 || countWords(title) > parentWords) continue
    // ("Which aspects of RDM might raise ethical issues? Considerations": no colon after a question.)
    heading.children = [{ type: 'text', value: `${title.replace(/[.:]$/, '')}${/[?!]$/.test(title) ? ' ' : ': '}${toString(heading).trim().replace(/:$/, '')}` }]
  }
}
