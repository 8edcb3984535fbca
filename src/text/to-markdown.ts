/**
 * Convert a plain-text article to equivalent Markdown with YAML front matter,
 * so a user can fix a wrong guess by hand and build from the Markdown.
 */

import type { Root } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import type { TextOutline } from './outline.js'
import { recogniseText } from './recognise.js'

/**
 * Convert a plain-text article to Markdown (for `lectern convert FILE.txt`).
 *
 * The output starts with YAML front matter (`title`, and `kicker`,
 * `subtitle`, `author`, `date` when found); the title is not repeated as a
 * `#` heading. Dropped lines are not included in the body; they are listed in
 * an HTML comment at the end, with their line numbers and reasons.
 *
 * @param text The plain-text article.
 * @returns Markdown ending with a newline.
 */
export function textToMarkdown(text: string): string {
  const { tree, outline } = recogniseText(text)
  return articleToMarkdown(tree, outline)
}

/**
 * Write a recognised article (a plain-text article's, a web page's) as
 * Markdown: front matter from its outline, the body without the title
 * heading, and the dropped lines in a closing HTML comment.
 *
 * @param tree The article's mdast, starting with its depth-1 title heading.
 * @param outline What the recogniser decided.
 * @returns Markdown ending with a newline.
 */
export function articleToMarkdown(tree: Root, outline: TextOutline): string {
  return frontMatter(outline) + body(tree) + droppedComment(outline)
}

function frontMatter(outline: TextOutline): string {
  const data: Record<string, string> = { title: outline.title }
  if (outline.kicker) data['kicker'] = outline.kicker
  if (outline.subtitle) data['subtitle'] = outline.subtitle
  if (outline.byline) data['author'] = outline.byline
  if (outline.date) data['date'] = outline.date
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n`
}

function body(tree: Root): string {
  const [first, ...rest] = tree.children
  const children = first?.type === 'heading' && first.depth === 1 ? rest : tree.children
  if (children.length === 0) return ''
  return toMarkdown({ type: 'root', children }, { bullet: '-', listItemIndent: 'one', rule: '-', fences: true, emphasis: '_', strong: '*', extensions: [gfmToMarkdown()] })
}

function droppedComment(outline: TextOutline): string {
  if (outline.dropped.length === 0) return ''
  // `--` may not appear inside an HTML comment.
  const lines = outline.dropped.map((line) => `  line ${line.line} (${line.reason}): ${line.text.replace(/--+/g, (dashes) => dashes.split('').join(' '))}`)
  return `\n<!-- lectern: left out of the slides\n${lines.join('\n')}\n-->\n`
}
