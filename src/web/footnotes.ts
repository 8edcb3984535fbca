/**
 * A web page's footnotes as Markdown footnotes: a reference (`<sup><a
 * href="#fn-1">1</a></sup>`, GitHub's `data-footnote-ref`) becomes a
 * `footnoteReference`, and the list item it points at a
 * `footnoteDefinition`, so a deck shows the note at the foot of the slide
 * that cites it instead of a stray number in the prose.
 */
import type { Element, ElementContent, Root } from 'hast'
import type { Handle } from 'hast-util-to-mdast'
import { toText } from 'hast-util-to-text'
import type { FootnoteDefinition, FootnoteReference } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'

/** Tag names of the placeholders {@link markFootnotes} leaves for {@link footnoteHandlers}. */
const referenceTag = 'lectern-footnote-reference'
const definitionTag = 'lectern-footnote-definition'

function targetOf(link: Element): string | undefined {
  const href = link.properties['href']
  return typeof href === 'string' && href.startsWith('#') && href.length > 1 ? decodeURIComponent(href.slice(1)) : undefined
}

/** The `<a>` of a footnote reference: a link marked as one, or the only content of a `<sup>` pointing inside the page, with a short label. */
function referenceLink(node: Element): Element | undefined {
  if (node.tagName === 'a' && node.properties['dataFootnoteRef'] !== undefined) return node
  if (node.tagName !== 'sup') return undefined
  const elements = node.children.filter((child): child is Element => child.type === 'element')
  const only = elements.length === 1 ? elements[0] : undefined
  if (only?.tagName !== 'a' || !targetOf(only)) return undefined
  return /^\[?[\w*†‡]{1,4}\]?$/u.test(toText(only).trim()) ? only : undefined
}

/** Elements by id. */
function byId(tree: Root): Map<string, Element> {
  const ids = new Map<string, Element>()
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties['id'] === 'string') ids.set(node.properties['id'], node)
  })
  return ids
}

/**
 * Replace the footnote references of an article with placeholders, take the
 * list items they point at out of it (from the article, else from the whole
 * page, as the extractor may have left the notes out), and append them as
 * placeholders at its end. Emptied lists, and a notes section left with only
 * its heading, go too.
 *
 * @param content The article (changed in place).
 * @param page The whole page, where notes the article lacks are found.
 */
export function markFootnotes(content: Root, page: Root): void {
  const inContent = byId(content)
  const inPage = byId(page)
  const definitions = new Map<string, Element>()
  visit(content, 'element', (node: Element, index, parent) => {
    const link = referenceLink(node)
    const target = link ? targetOf(link) : undefined
    const item = target ? (inContent.get(target) ?? inPage.get(target)) : undefined
    if (!parent || index === undefined || !target || item?.tagName !== 'li') return undefined
    definitions.set(target, item)
    const placeholder: Element = { type: 'element', tagName: referenceTag, properties: { dataIdentifier: target }, children: [], position: node.position }
    parent.children[index] = placeholder
    return SKIP
  })
  if (definitions.size === 0) return
  const taken = new Set(definitions.values())
  visit(content, 'element', (node: Element) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && taken.has(child)))
  })
  // Lists emptied, then a section of notes that now holds only its heading ("Footnotes").
  visit(content, 'element', (node: Element) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul') && child.children.every((item) => item.type === 'text' && item.value.trim() === '')))
  })
  visit(content, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !/footnote/i.test(String(node.properties['className'] ?? '') + String(node.properties['id'] ?? '') + (node.properties['dataFootnotes'] !== undefined ? 'footnote' : ''))) return undefined
    const blocks = node.children.filter((child): child is Element => child.type === 'element')
    if (blocks.every((child) => /^h[1-6]$/.test(child.tagName))) {
      parent.children.splice(index, 1)
      return index
    }
    return undefined
  })
  for (const [target, item] of definitions) {
    content.children.push({ type: 'element', tagName: definitionTag, properties: { dataIdentifier: target }, children: item.children as ElementContent[], position: item.position })
  }
}

/** A note's label from the id it is found by: `user-content-fn-tf`, `fn:2`, `fn-2` → `tf`, `2`. */
function identifierOf(node: Element): string {
  const target = String(node.properties['dataIdentifier'])
  return target.replace(/^(?:user-content-)?fn(?:ote)?[-:_]?/i, '') || target
}

/** hast-util-to-mdast handlers for the placeholders of {@link markFootnotes}. */
export const footnoteHandlers: Record<string, Handle> = {
  [referenceTag](state, node) {
    const identifier = identifierOf(node)
    const reference: FootnoteReference = { type: 'footnoteReference', identifier, label: identifier }
    state.patch(node, reference)
    return reference
  },
  [definitionTag](state, node) {
    const identifier = identifierOf(node)
    const definition: FootnoteDefinition = { type: 'footnoteDefinition', identifier, label: identifier, children: state.toFlow(state.all(node)) as FootnoteDefinition['children'] }
    state.patch(node, definition)
    return definition
  }
}
