/**
 * Reading a built deck's tree as a speaker reads its slides: the slides, a
 * slide's face, the text of its blocks one a line, and text normalised for
 * comparing words (shared by the real-corpus and saved-page tests).
 */
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { splitSentences } from '../../src/article/sentences.js'
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

/**
 * The sentences of a Markdown article's paragraphs, as a reader has them:
 * alt text is not prose (a browser copy has none), inline HTML is markup, and
 * a hard line break ends a line of text.
 */
export function proseSentences(markdown: string): string[] {
  const md = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown)
  return md.children.flatMap((node) => {
    if (node.type !== 'paragraph') return []
    const lines: PhrasingContent[][] = [[]]
    for (const child of node.children) {
      if (child.type === 'break') lines.push([])
      else if (child.type !== 'html') lines[lines.length - 1]!.push(child)
    }
    return lines.flatMap((line) => splitSentences(toString({ type: 'paragraph', children: line }, { includeImageAlt: false })))
  })
}

/** What a built deck's slides show, as text: its HTML without the speaker notes, tags and runs of spaces. */
export function facesOf(html: string): string {
  return html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

/** What a built deck's speaker notes say, as text. */
export function notesOf(html: string): string {
  return [...html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ' ')).join(' ').replace(/\s+/g, ' ')
}

/** A condensed slide as `closingLine` reads it: a heading, one face paragraph and the notes it came from. */
export function notedSlide(heading: string, face: string, notes: string): Slide {
  return {
    type: 'slide',
    children: [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] },
      { type: 'paragraph', children: [{ type: 'text', value: face }] },
      { type: 'notes', children: [{ type: 'paragraph', children: [{ type: 'text', value: notes }] }] }
    ]
  }
}

/**
 * An article rendered in article mode as a held-out reading renders it (`.md` or `.txt` by the name given, in a folder
 * that does not exist, so that no picture is found): its HTML and the text of its faces.
 *
 * @param source The article.
 * @param name The file's name, which says its form.
 */
export async function articleDeck(source: string, name = 'article.txt'): Promise<{ html: string; faces: string }> {
  const { renderDeck } = await import('../../src/index.js')
  const { html } = await renderDeck(source, { path: `/tmp/lectern-no-such-folder/${name}`, overrides: { condense: true } })
  return { html, faces: facesOf(html) }
}
