/**
 * rehype plugin: put each footnote on the slide that cites it. GFM footnotes
 * are collected by `remark-rehype` into one section at the end of the
 * document, which reveal.js would show as an extra slide. A footnote cited
 * only in a slide's speaker notes goes at the end of the notes.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

/**
 * Move footnote definitions onto the slides that refer to them (into the
 * speaker notes when only the notes refer to them).
 */
export function rehypeSlideFootnotes() {
  return function (tree: Root): void {
    const index = tree.children.findIndex(
      (node) => node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes !== undefined
    )
    if (index === -1) return
    const section = tree.children[index] as Element
    tree.children.splice(index, 1)

    const items = new Map<string, { item: Element; number: number }>()
    let number = 0
    visit(section, 'element', (node) => {
      if (node.tagName === 'li' && typeof node.properties.id === 'string') {
        items.set(node.properties.id, { item: withoutBackReferences(node), number: ++number })
        return SKIP
      }
      return undefined
    })

    for (const slide of slidesOf(tree)) {
      const notes = slide.children.find((child): child is Element => child.type === 'element' && child.tagName === 'aside' && classList(child).includes('notes'))
      const onFace = cited(slide, items, notes)
      // Footnotes cited only in the speaker notes go with the notes, not on the face.
      const inNotes = notes ? cited(notes, items).filter((entry) => !onFace.includes(entry)) : []
      if (onFace.length > 0) {
        const notesIndex = slide.children.findIndex((child) => child.type === 'element' && child.tagName === 'aside')
        slide.children.splice(notesIndex === -1 ? slide.children.length : notesIndex, 0, footnoteBlock(onFace))
      }
      if (notes && inNotes.length > 0) notes.children.push(footnoteBlock(inNotes))
    }
  }
}

/** Footnotes cited under `root` (leaving out `skip`), in the order of their first citation. */
function cited(root: Element, items: Map<string, { item: Element; number: number }>, skip?: Element): Array<{ item: Element; number: number }> {
  const found: Array<{ item: Element; number: number }> = []
  visit(root, 'element', (node) => {
    if (node === skip) return SKIP
    if (node.properties.dataFootnoteRef === undefined) return undefined
    const entry = items.get(String(node.properties.href ?? '').replace(/^#/, ''))
    if (entry && !found.includes(entry)) found.push(entry)
    return undefined
  })
  return found
}

function footnoteBlock(entries: ReadonlyArray<{ item: Element; number: number }>): Element {
  return h('div.footnotes', [h('ol', { start: entries[0]!.number }, entries.map((entry) => structuredClone(entry.item)))])
}

function classList(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/)
}

/** The innermost `<section>`s: the slides themselves. */
function slidesOf(tree: Root): Element[] {
  const slides: Element[] = []
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'section') return
    if (node.children.some((child) => child.type === 'element' && child.tagName === 'section')) return
    slides.push(node)
    return SKIP
  })
  return slides
}

function withoutBackReferences(item: Element): Element {
  const copy = structuredClone(item)
  visit(copy, 'element', (node, position, parent) => {
    if (node.properties.dataFootnoteBackref !== undefined && parent && position !== undefined) {
      parent.children.splice(position, 1)
      const previous = parent.children[position - 1] as ElementContent | undefined
      if (previous?.type === 'text') previous.value = previous.value.trimEnd()
      return [SKIP, position]
    }
    return undefined
  })
  return copy
}
