/**
 * remark plugin: GitHub Flavored Markdown for one source, with only the
 * syntax extensions whose marks the source has. Each GFM construct needs a
 * character that starts it (a table `|`, strikethrough `~`, a footnote `[^`,
 * a task `[ ]`, an email `@`, a URL `http://`, `https://` or `www.`); one
 * whose mark is nowhere in the source cannot match, so leaving it out gives
 * the same tree faster. The email autolink is the dear one: micromark tries
 * it at every letter and digit of the text. Likewise the autolink literals'
 * tree transform (four walks of the whole tree, one per kind, each testing
 * every text) runs only when some text holds a mark one of them needs: a
 * deck whose only URLs are link targets skips it.
 */
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import type { Root } from 'mdast'
import type { Extension as FromMarkdownExtension, Transform } from 'mdast-util-from-markdown'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Construct, Extension } from 'micromark-util-types'
import type { Processor } from 'unified'

/** Options of {@link remarkGfmAsNeeded}. */
export interface GfmAsNeededOptions {
  /** The whole source to be parsed (its marks decide the extensions). */
  source: string
}

/** Which GFM constructs a source may hold. */
export interface GfmNeeds {
  table: boolean
  strikethrough: boolean
  footnote: boolean
  taskListItem: boolean
  /** Email, `mailto:` and `xmpp:` literals (all need an `@`). */
  email: boolean
  /** `http://`, `https://` and `www.` literals. */
  url: boolean
}

/**
 * The GFM constructs `source` may hold. A character reference (`&#64;`)
 * decodes to a mark after parsing, where autolink literals are still found:
 * a source with `&` keeps both autolink kinds.
 *
 * @param source The Markdown.
 */
export function gfmNeeds(source: string): GfmNeeds {
  const references = source.includes('&')
  return {
    table: source.includes('|'),
    strikethrough: source.includes('~'),
    footnote: source.includes('[^'),
    taskListItem: /\[[ \txX]\]/.test(source),
    email: references || source.includes('@'),
    url: references || /https?:\/\/|www\./i.test(source)
  }
}

/** The autolink-literal syntax with only the kinds asked for (in micromark's order). */
function autolinkLiteral(needs: GfmNeeds): Extension {
  const full = gfmAutolinkLiteral()
  if (needs.email && needs.url) return full
  const keep = (construct: Construct): boolean => (construct.name === 'emailAutolink' ? needs.email : needs.url)
  const text: NonNullable<Extension['text']> = {}
  for (const [code, constructs] of Object.entries(full.text ?? {})) {
    const kept = (Array.isArray(constructs) ? constructs : [constructs]).filter((construct): construct is Construct => construct !== undefined && keep(construct as Construct))
    if (kept.length > 0) text[Number(code)] = kept.length === 1 ? kept[0]! : kept
  }
  return { text }
}

/** What every autolink literal's text holds: `http://`, `https://` or `www.` (a URL), `@` (an email, `mailto:`, `xmpp:`). */
const literalMark = /https?:\/\/|www\.|@/i

/** Whether some text node of `tree` holds a {@link literalMark} (walked without recursion). */
function mayHoldLiteral(tree: Root): boolean {
  const stack: Array<{ type: string; value?: unknown; children?: unknown[] }> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text' && typeof node.value === 'string' && literalMark.test(node.value)) return true
    if (node.children) for (const child of node.children) stack.push(child as (typeof stack)[number])
  }
  return false
}

/**
 * The autolink-literal tree extension, its transform run only on a tree that
 * may hold a literal: without a text with a mark, it finds nothing and
 * changes nothing.
 */
function autolinkLiteralFromMarkdown(): FromMarkdownExtension {
  const extension = gfmAutolinkLiteralFromMarkdown()
  const guard = (transform: Transform): Transform => (tree) => (mayHoldLiteral(tree) ? transform(tree) : undefined)
  return { ...extension, transforms: (extension.transforms ?? []).map(guard) }
}

/**
 * Add the GFM syntax `options.source` needs (in `remark-gfm`'s order) to a
 * parser. Parses exactly as `remark-gfm` with default options does.
 *
 * @param options The source.
 */
export function remarkGfmAsNeeded(this: Processor, options: GfmAsNeededOptions): void {
  const needs = gfmNeeds(options.source)
  const data = this.data()
  const syntax = (data.micromarkExtensions ??= [])
  const trees = (data.fromMarkdownExtensions ??= [])
  const add = (extension: Extension, tree: FromMarkdownExtension): void => {
    syntax.push(extension)
    trees.push(tree)
  }
  if (needs.email || needs.url) add(autolinkLiteral(needs), autolinkLiteralFromMarkdown())
  if (needs.footnote) add(gfmFootnote(), gfmFootnoteFromMarkdown())
  if (needs.strikethrough) add(gfmStrikethrough(), gfmStrikethroughFromMarkdown())
  if (needs.table) add(gfmTable(), gfmTableFromMarkdown())
  if (needs.taskListItem) add(gfmTaskListItem(), gfmTaskListItemFromMarkdown())
}
