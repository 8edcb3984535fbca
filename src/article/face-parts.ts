/**
 * The parts of a slide's face that the layout rules read: its body below
 * the heading, its bullets, its words, the plain text of a bullet; a page's
 * lines and prose, which its title is found in.
 */
import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast'
import type { FaceUnit } from './condense-types.js'
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

/**
 * A page's face without the sub-headings that end it, and its notes with each such heading's words where the heading
 * stood: a sub-heading over nothing on the face ("### Current vision" over a picture the deck cannot show) heads nothing.
 *
 * @param page The page's units, in order.
 * @param face The page's face blocks (`assembleFace`), changed in place.
 * @param titledByLeadIn Whether the page's title was made from the lead-in it opens with (`leadInTitle`): the lead-in
 *   then goes to the notes.
 * @returns The face and the page's notes, in source order.
 */
export function headedFace(page: readonly FaceUnit[], face: BlockContent[], titledByLeadIn = false): { face: BlockContent[]; spoken: BlockContent[] } {
  const dropped = new Set<RootContent>()
  while (face.length > 1 && face[face.length - 1]!.type === 'heading') dropped.add(face.pop()!)
  // (Nor does the face repeat its title in the lead-in it was made from: "Questions that are worth exploring further" over
  // "There are some questions that are worth exploring further:". The speaker says it.)
  const lead = titledByLeadIn && face.length > 1 && face[0]?.type === 'paragraph' ? face.shift() : undefined
  const spoken = page.flatMap((unit) => (dropped.has(unit.node) && unit.node.type === 'heading' ? [{ type: 'paragraph' as const, children: unit.node.children }, ...unit.notes] : unit.notes))
  return { face, spoken: lead ? [structuredClone(lead), ...spoken] : spoken }
}

/** A block's text, a line for each of its paragraphs and items (pictures' descriptions left out). */
export function blockLines(node: RootContent): string {
  if ((node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') && node.children.length > 0) return node.children.map(blockLines).join('\n')
  return toString(node, { includeImageAlt: false, includeHtml: false })
}

/** The prose a page's bullets come from: its notes' paragraphs, else its face. */
export function pageProse(page: readonly FaceUnit[]): string {
  const notes = page.flatMap((unit) => unit.notes).filter((node) => node.type === 'paragraph')
  // (A list's items one a paragraph: "…a Carpentries workshop" and "Attend…" are not one word; a table's cells, run together
  // as "Journal of Applied Ecology1.10", titled a slide "Applied Ecology1": no phrase of a page.)
  const blocks = (notes.length > 0 ? notes : page.map((unit) => unit.node)).flatMap((node) => (node.type === 'list' ? node.children : [node]))
  // (Nor raw HTML's tags: "<div class='row'>" titled a slide "Div class"; nor a quotation's words, someone else's: a song's
  // "Feeling sensations" had titled its slide.)
  // (Nor an item's inline tags: "<span class="lG">ideas</span>" titled a slide "Span class".)
  return blocks.map((node) => (node.type === 'table' || node.type === 'blockquote' ? '' : node.type === 'html' ? node.value : node.type === 'listItem' ? blockLines(node) : toString(node)).replace(/<[^>]*>/g, ' ')).join('\n\n')
}
