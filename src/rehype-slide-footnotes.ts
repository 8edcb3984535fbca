/**
 * rehype plugin: put each footnote on the slide that cites it. GFM footnotes
 * are collected by `remark-rehype` into one section at the end of the
 * document, which reveal.js would show as an extra slide.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

/**
 * Move footnote definitions onto the slides that refer to them.
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
      const cited: Array<{ item: Element; number: number }> = []
      visit(slide, 'element', (node) => {
        if (node.properties.dataFootnoteRef === undefined) return
        const target = String(node.properties.href ?? '').replace(/^#/, '')
        const entry = items.get(target)
        if (entry && !cited.includes(entry)) cited.push(entry)
      })
      if (cited.length === 0) continue
      const list = h('ol', { start: cited[0]!.number }, cited.map((entry) => entry.item))
      const footnotes = h('div.footnotes', [list])
      const notesIndex = slide.children.findIndex((child) => child.type === 'element' && child.tagName === 'aside')
      slide.children.splice(notesIndex === -1 ? slide.children.length : notesIndex, 0, footnotes)
    }
  }
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
