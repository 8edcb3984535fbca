/**
 * rehype plugin: put each footnote on the slide that cites it, at the foot
 * of the slide when the face cites it and in the speaker notes when only the
 * notes do. GFM footnotes are collected by `remark-rehype` into one section
 * at the end of the document, which reveal.js would show as an extra slide.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

/**
 * Move footnote definitions onto the slides (faces or notes) that refer to them.
 */
export function rehypeSlideFootnotes() {
  return function (tree: Root): void {
    const index = tree.children.findIndex(
      (node) => node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes !== undefined
    )
    if (index === -1) return
    const section = tree.children[index] as Element
    tree.children.splice(index, 1)

    const items = new Map<string, Footnote>()
    let number = 0
    visit(section, 'element', (node) => {
      if (node.tagName === 'li' && typeof node.properties.id === 'string') {
        items.set(node.properties.id, { item: withoutBackReferences(node), number: ++number })
        return SKIP
      }
      return undefined
    })

    for (const slide of slidesOf(tree)) {
      // A footnote cited on the face is printed at its foot; one cited only in the notes stays in the notes.
      const asides = slide.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'aside')
      const onFace = cited(slide.children.filter((child) => !asides.includes(child as Element)), items)
      if (onFace.length > 0) slide.children.splice(asides.length > 0 ? slide.children.indexOf(asides[0]!) : slide.children.length, 0, footnoteList(onFace))
      for (const aside of asides) {
        const inNotes = cited([aside], items).filter((entry) => !onFace.includes(entry))
        if (inNotes.length > 0) aside.children.push(footnoteList(inNotes))
      }
    }
  }
}

interface Footnote {
  item: Element
  number: number
}

/** The footnotes that `nodes` refer to, in order of first reference. */
function cited(nodes: readonly ElementContent[], items: ReadonlyMap<string, Footnote>): Footnote[] {
  const found: Footnote[] = []
  for (const node of nodes) {
    visit(node, 'element', (element: Element) => {
      if (element.properties.dataFootnoteRef === undefined) return
      const entry = items.get(String(element.properties.href ?? '').replace(/^#/, ''))
      if (entry && !found.includes(entry)) found.push(entry)
    })
  }
  return found
}

function footnoteList(entries: readonly Footnote[]): Element {
  return h('div.footnotes', [h('ol', { start: entries[0]!.number }, entries.map((entry) => structuredClone(entry.item)))])
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
