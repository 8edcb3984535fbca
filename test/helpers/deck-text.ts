/**
 * Reading a built deck's tree as a speaker reads its slides: the slides, a
 * slide's face, the text of its blocks one a line, and text normalised for
 * comparing words (shared by the real-corpus and saved-page tests).
 */
import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Slide } from '../../src/types.js'

/** Lower case, NFKC, every run of non-letters and non-digits one space. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The slides of a deck tree, stacks opened. */
export function slidesOf(tree: Root): Slide[] {
  return tree.children.flatMap((node) => (node.type === 'slideStack' ? node.children : node.type === 'slide' ? [node] : []))
}

/** What a slide shows: everything but its speaker notes. */
export function faceOf(slide: Slide): RootContent[] {
  return slide.children.filter((node) => node.type !== 'notes')
}

/** The text of each paragraph, heading and table cell under `node`, one a line (list items do not run together). */
export function blockText(node: RootContent | Root): string {
  // Inline HTML in a paragraph is markup ("<a href=…>Maintainer Community</a>"); an HTML block is kept as written.
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return toString(node, { includeImageAlt: false, includeHtml: false })
  if (node.type === 'code' || node.type === 'html') return toString(node, { includeImageAlt: false })
  if (node.type === 'break') return '\n'
  return 'children' in node ? (node.children as RootContent[]).map(blockText).join('\n') : toString(node)
}
