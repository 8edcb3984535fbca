/**
 * Splitting a document's top-level nodes into slide groups: by explicit
 * separators when the document has any, else by headings.
 */
import type { RootContent } from 'mdast'
import type { Point } from 'unist'

/** A run of top-level nodes that makes one slide. */
export interface SlideGroup {
  /** The nodes, separators removed. */
  nodes: RootContent[]
  /** Whether this slide sits below the previous one (a vertical sub-slide). */
  vertical: boolean
  /** Where the slide starts in the source (its separator or first node). */
  start?: Point | undefined
}

/**
 * Whether a document uses explicit separators (a thematic break at the top
 * level). Explicit separators win over headings.
 */
export function hasExplicitSeparators(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => node.type === 'thematicBreak')
}

/**
 * Split by thematic breaks. A break written as exactly `----` starts a
 * vertical sub-slide; any other (`---`, `***`, `___`) a horizontal slide.
 *
 * @param nodes Top-level nodes.
 * @param lines Source lines, to tell `----` from `---`.
 */
export function splitBySeparators(nodes: readonly RootContent[], lines: readonly string[]): SlideGroup[] {
  const groups: SlideGroup[] = [{ nodes: [], vertical: false, start: nodes[0]?.position?.start }]
  for (const node of nodes) {
    if (node.type === 'thematicBreak') {
      const line = node.position ? lines[node.position.start.line - 1] ?? '' : ''
      groups.push({ nodes: [], vertical: line.trim() === '----', start: node.position?.start })
    } else {
      groups[groups.length - 1]!.nodes.push(node)
    }
  }
  // A deck that starts with a separator has no empty first slide.
  if (groups.length > 1 && groups[0]!.nodes.length === 0) {
    groups.shift()
    groups[0]!.vertical = false
  }
  return groups
}

/**
 * Split by headings. Every heading of depth `slideLevel` or less starts a
 * slide; with `slideLevel` 3 or more, headings of depth 3 to `slideLevel`
 * start vertical sub-slides below the slide of their `##`. Deeper headings
 * stay on their slide.
 *
 * @param nodes Top-level nodes.
 * @param slideLevel Deepest heading that starts a slide (default 2).
 */
export function splitByHeadings(nodes: readonly RootContent[], slideLevel = 2): SlideGroup[] {
  const groups: SlideGroup[] = []
  let current: SlideGroup | undefined
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= slideLevel) {
      current = {
        nodes: [node],
        vertical: node.depth >= 3 && groups.length > 0,
        start: node.position?.start
      }
      groups.push(current)
      continue
    }
    if (!current) {
      current = { nodes: [], vertical: false, start: node.position?.start }
      groups.push(current)
    }
    current.nodes.push(node)
  }
  return groups
}
