/**
 * Deciding what fits on one slide face in article mode, and splitting a
 * section's content into pages at paragraph and list-item boundaries.
 *
 * The budget is counted in "lines" of a 1280×720 slide at the default theme's
 * body size: a bullet of up to `maxWords` words is one line, longer text wraps,
 * code, tables and images cost what they take on screen. `lectern check`
 * verifies the result in Chromium.
 */
import type { BlockContent, List, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** Most bullets on one face; default 6. */
  maxBullets?: number | undefined
  /** Words in a bullet that fit on one line; default 14. */
  maxWords?: number | undefined
}

/** Lines a slide body holds below its heading (6 bullets, plus room for wrapping). */
const bodyLines = 7.5

/**
 * Lines a block takes on the face after condensing.
 *
 * @param node A block of the section.
 * @param maxWords Words that fit on one line.
 */
export function faceCost(node: RootContent, maxWords = 14): number {
  switch (node.type) {
    case 'paragraph':
      return isImage(node) ? 4 : 1.1
    case 'list':
      return node.children.reduce((sum, item) => sum + Math.min(2, 1 + Math.floor(words(toString(item)) / (maxWords * 1.8))), 0)
    case 'code':
      return 1 + node.value.split('\n').length * 0.55
    case 'table':
      return 1 + node.children.length * 0.9
    case 'blockquote':
      return 1 + words(toString(node)) / 12
    case 'heading':
      return 1.2
    case 'html':
      return node.value.trim().startsWith('<!--') ? 0 : 2
    default:
      return 1
  }
}

/**
 * Split a section's blocks into pages that each fit one slide face. Lists
 * longer than a page are split between items; nothing is dropped or reordered.
 *
 * @param nodes The section's blocks, without its heading.
 * @param options Bullet and word limits.
 * @returns At least one page.
 */
export function paginate(nodes: readonly BlockContent[], options: PaginateOptions = {}): BlockContent[][] {
  const maxBullets = options.maxBullets ?? 6
  const maxWords = options.maxWords ?? 14
  const budget = Math.max(2, Math.min(bodyLines, maxBullets + 1.5))
  const pages: BlockContent[][] = [[]]
  let used = 0
  let bullets = 0

  const place = (node: BlockContent, cost: number, count: number) => {
    const page = pages[pages.length - 1]!
    if (page.length > 0 && (used + cost > budget || bullets + count > maxBullets)) {
      pages.push([])
      used = 0
      bullets = 0
    }
    pages[pages.length - 1]!.push(node)
    used += cost
    bullets += count
  }

  for (const [index, node] of nodes.entries()) {
    const next = nodes[index + 1]
    if (introducesList(node, next) && pages[pages.length - 1]!.length > 0) {
      // Keep "…as follows:" on the page of (the first part of) the list it introduces.
      const first = splitList(next as List, maxBullets)[0]!
      if (used + faceCost(node, maxWords) + faceCost(first, maxWords) > budget || bullets + 1 + first.children.length > maxBullets) {
        pages.push([])
        used = 0
        bullets = 0
      }
    }
    if (node.type === 'list' && node.children.length > 1) {
      for (const part of splitList(node, maxBullets)) place(part, faceCost(part, maxWords), part.children.length)
    } else if (node.type === 'paragraph' && !isImage(node)) {
      place(node, faceCost(node, maxWords), 1)
    } else {
      place(node, faceCost(node, maxWords), 0)
    }
  }
  return pages.filter((page) => page.length > 0).length > 0 ? pages.filter((page) => page.length > 0) : [[]]
}

function introducesList(node: RootContent, next: RootContent | undefined): boolean {
  return node.type === 'paragraph' && next?.type === 'list' && /:\s*$/.test(toString(node))
}

/** Split a list into runs of at most `size` items; ordered lists keep their numbering. */
function splitList(list: List, size: number): List[] {
  if (list.children.length <= size) return [list]
  const parts: List[] = []
  for (let start = 0; start < list.children.length; start += size) {
    const part: List = { ...list, children: list.children.slice(start, start + size) }
    if (list.ordered) part.start = (list.start ?? 1) + start
    parts.push(part)
  }
  return parts
}

function isImage(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.length > 0 && node.children.every((child) => child.type === 'image' || (child.type === 'text' && child.value.trim() === ''))
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}
