/**
 * rehype plugin: apply `<!-- .element: class="fragment" -->` comments to the
 * element before them (or, when there is none, to their parent), as the
 * reveal.js Markdown plugin does, and remove the comments.
 */
import type { Element, Root, RootContent } from 'hast'
import { SKIP, visit } from 'unist-util-visit'
import { toProperties } from './handlers/properties.js'
import { parseAttributeComment } from '../markdown/slide-comments.js'
import { trimTextBefore } from '../markdown/slide-notes.js'

/**
 * Apply `.element:` attribute comments.
 */
export function rehypeElementAttributes() {
  return function (tree: Root): void {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'raw' && node.type !== 'comment') return
      if (!parent || index === undefined) return
      const value = node.type === 'raw' ? node.value : `<!--${node.value}-->`
      const comment = parseAttributeComment(value)
      if (!comment || comment.target !== 'element') return
      const target = previousElement(parent.children, index) ?? (parent.type === 'element' ? parent : undefined)
      if (target) applyProperties(target, toProperties(comment.attributes))
      parent.children.splice(index, 1)
      trimTextBefore(parent.children, index)
      return [SKIP, index]
    })
  }
}

function previousElement(siblings: readonly RootContent[], index: number): Element | undefined {
  for (let position = index - 1; position >= 0; position--) {
    const sibling = siblings[position]!
    if (sibling.type === 'element') return sibling
    if (sibling.type === 'text' && sibling.value.trim() === '') continue
    return undefined
  }
  return undefined
}

function applyProperties(element: Element, properties: Element['properties']): void {
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'className' && Array.isArray(value)) {
      const existing = Array.isArray(element.properties.className) ? element.properties.className.map(String) : []
      element.properties.className = [...existing, ...value.map(String)]
    } else {
      element.properties[name] = value
    }
  }
}
