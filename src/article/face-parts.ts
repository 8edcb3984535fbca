/**
 * The parts of a slide's face that the layout rules read: its body below
 * the heading, its bullets, its words, the plain text of a bullet.
 */
import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** What a face shows below its heading: no definitions, no HTML comments. */
export function faceBody(face: readonly RootContent[]): BlockContent[] {
  const body = face[0]?.type === 'heading' ? face.slice(1) : face
  return body.filter((node) => node.type !== 'definition' && node.type !== 'footnoteDefinition' && !(node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()))) as BlockContent[]
}

/** Words of a block: tokens with a letter or a digit. */
export function words(node: RootContent): number {
  return toString(node).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/** The bullets of a body: the items of its lists. */
export function listItems(body: readonly BlockContent[]): ListItem[] {
  return body.flatMap((node) => (node.type === 'list' ? node.children : []))
}

/** Whether a bullet of the body holds more than paragraphs (a nested list, code). */
export function hasNested(body: readonly BlockContent[]): boolean {
  return listItems(body).some((item) => item.children.some((child) => child.type !== 'paragraph'))
}

/** Text of phrasing content, without inline code or link targets (a figure in code is not a claim). */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => (node.type === 'inlineCode' ? ' ' : 'children' in node ? plainText(node.children) : 'value' in node ? node.value : '')).join('')
}
