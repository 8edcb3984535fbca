/**
 * Separating a slide's speaker notes and `.slide:` attributes from its face.
 * Notes syntaxes: a paragraph starting `Note:`/`Notes:` (everything after it
 * is notes, as in reveal.js), `<aside class="notes">…</aside>`, and the
 * `::: notes` container (rewritten to markers by `normalizeSource`).
 */
import type { Html, Paragraph, Parent, Root, RootContent } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import { notesCloseMarker, notesOpenMarker } from '../read/normalize-source.js'
import { parseAttributeComment } from './slide-comments.js'

/** A slide's parts. */
export interface SlideParts {
  /** What the audience sees. */
  face: RootContent[]
  /** Speaker notes. */
  notes: RootContent[]
  /** Attributes for the slide's `<section>`. */
  attributes: Record<string, string>
}

const asideOpen = /^\s*<aside\b[^>]*\bclass\s*=\s*["']?[^"'>]*\bnotes\b[^>]*>/i
const asideClose = /<\/aside>\s*$/i
const notePrefix = /^\s*notes?:[ \t]*\n?/i

/**
 * Split a slide's nodes into face, notes and section attributes.
 *
 * @param nodes The slide's top-level nodes.
 * @param parse Parses Markdown written inside an `<aside class="notes">`.
 */
export function separateNotes(nodes: readonly RootContent[], parse: (markdown: string) => Root): SlideParts {
  const parts: SlideParts = { face: [], notes: [], attributes: {} }
  let inFence = false
  let inAside = false
  let rest = false

  for (const node of nodes) {
    if (node.type === 'html') {
      const value = node.value.trim()
      if (value === notesOpenMarker) {
        inFence = true
        continue
      }
      if (value === notesCloseMarker) {
        inFence = false
        continue
      }
      const open = asideOpen.exec(value)
      if (open && !inAside) {
        const inner = value.slice(open[0].length)
        const closed = asideClose.test(inner)
        parts.notes.push(...parseInner(inner.replace(asideClose, ''), parse))
        inAside = !closed
        continue
      }
      if (inAside && asideClose.test(value)) {
        parts.notes.push(...parseInner(value.replace(asideClose, ''), parse))
        inAside = false
        continue
      }
    }
    if (inFence || inAside || rest) {
      parts.notes.push(node)
      continue
    }
    if (node.type === 'paragraph' && startsWithNotePrefix(node)) {
      rest = true
      if (stripNotePrefix(node)) parts.notes.push(node)
      continue
    }
    parts.face.push(node)
  }

  takeSlideAttributes(parts.face, parts.attributes)
  takeSlideAttributes(parts.notes, parts.attributes)
  return parts
}

function parseInner(markdown: string, parse: (markdown: string) => Root): RootContent[] {
  return markdown.trim() ? parse(markdown).children : []
}

function startsWithNotePrefix(node: Paragraph): boolean {
  const first = node.children[0]
  return first?.type === 'text' && notePrefix.test(first.value)
}

/** Remove the `Note:` prefix; returns whether anything is left. */
function stripNotePrefix(node: Paragraph): boolean {
  const first = node.children[0]
  if (first?.type === 'text') {
    first.value = first.value.replace(notePrefix, '')
    if (!first.value) node.children.shift()
  }
  return node.children.length > 0
}

/** Remove `<!-- .slide: -->` comments (at any depth) and collect their attributes. */
function takeSlideAttributes(nodes: RootContent[], attributes: Record<string, string>): void {
  const holder: Parent = { type: 'root', children: nodes } as Root
  visit(holder, 'html', (node: Html, index, parent) => {
    const comment = parseAttributeComment(node.value)
    if (!comment || comment.target !== 'slide' || !parent || index === undefined) return
    for (const [name, value] of Object.entries(comment.attributes)) {
      attributes[name] = name === 'class' && attributes[name] ? `${attributes[name]} ${value}` : value
    }
    parent.children.splice(index, 1)
    trimTextBefore(parent.children as RootContent[], index)
    return [SKIP, index]
  })
}

/** Drop the space left at the end of a text node before a removed comment. */
export function trimTextBefore(siblings: Array<{ type: string; value?: string }>, index: number): void {
  const previous = siblings[index - 1]
  if (previous?.type === 'text' && typeof previous.value === 'string') previous.value = previous.value.trimEnd()
}
