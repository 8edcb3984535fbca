/**
 * Markdown inside HTML blocks marked `markdown="1"`, as kramdown (Jekyll,
 * GitHub Pages) reads it: `<aside markdown="1" class="pquote">…</aside>`
 * holds Markdown that CommonMark would leave as raw text ("Use
 * [Copilot](https://…) for the boring stuff" shown with its brackets). The
 * block is parsed again as Markdown; a wrapper whose class names a quote
 * becomes a block quote, any other wrapper is dropped and its content kept.
 * MDX components (`<Summary>…</Summary>`) hold Markdown too, and are read alike.
 * So are two more things kramdown reads otherwise: lines of `<br>` that open
 * a block of Markdown, and a table's footer line (`|====|`).
 */
import type { Blockquote, Html, Root, RootContent, TableCell } from 'mdast'
import type { Point, Position } from 'unist'

/** Options of {@link remarkHtmlMarkdown}. */
export interface HtmlMarkdownOptions {
  /** Parses Markdown into a tree (the deck's own parser, so GFM works inside). */
  parse: (markdown: string) => Root
}

/** The opening tag of a block marked as Markdown, its name, and the rest. */
// (Or the bare attribute of Python-Markdown's md_in_html, MkDocs Material's `<figure markdown>`.)
const marked = /^<([A-Za-z][\w-]*)\b([^>]*\bmarkdown(?:\s*=\s*["']?(?:1|block|span)["']?)?(?=[\s>/])[^>]*)>/

/**
 * The opening tag of an MDX component (`<Summary>`, `<Callout type="tip">`): a capitalised name with a lower-case
 * letter after it, whose content MDX reads as Markdown. (`<DIV>` is HTML's.)
 */
const component = /^<([A-Z][a-z][\w.]*)\b([^>]*[^/>])?>/

/** The opening tag of a block whose content is Markdown, its name and its attributes. */
function openingTag(value: string): RegExpExecArray | null {
  const open = marked.exec(value) ?? component.exec(value)
  if (open) open[2] ??= ''
  return open
}

/** Most nesting handled (a pull quote's credit paragraph inside its aside). */
const maxDepth = 4

/**
 * Parse the content of `markdown="1"` HTML blocks as Markdown.
 *
 * @param options The parser to use.
 */
export function remarkHtmlMarkdown(options: HtmlMarkdownOptions) {
  return (tree: Root): void => {
    tree.children = expand(tree.children, options.parse, 0)
  }
}

function expand(nodes: RootContent[], parse: (markdown: string) => Root, depth: number): RootContent[] {
  const joined = joinSplitBlocks(nodes, parse, depth)
  return joined.flatMap((node) => {
    if (node.type === 'html' && depth < maxDepth) {
      const replaced = fromBlock(node, parse, depth)
      if (replaced) return replaced
    }
    // A kramdown table's footer line ("|====|====|") separates its sum row; to CommonMark it was a row of "=" signs.
    if (node.type === 'table') {
      node.children = node.children.filter((row, at) => at === 0 || !row.children.some((cell) => /^=+$/.test(cellText(cell))) || !row.children.every((cell) => /^=*$/.test(cellText(cell))))
      return [node]
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      const parent = node as { children: RootContent[] }
      parent.children = expand(parent.children, parse, depth)
    }
    return [node]
  })
}

/** The Markdown content of one marked block, or `undefined` when the block is not one. */
function fromBlock(node: Html, parse: (markdown: string) => Root, depth: number): RootContent[] | undefined {
  const value = node.value.trim()
  const open = openingTag(value)
  if (!open) return afterBreaks(node, parse, depth)
  const [tag, name, attributes] = open as unknown as [string, string, string]
  const close = new RegExp(`</${name}\\s*>$`, 'i')
  if (!close.test(value)) return undefined
  const inner = value.slice(tag.length).replace(close, '')
  const tree = parse(separateTags(dedent(inner)))
  const startLine = node.position?.start.line ?? 1
  // The inner text starts on the line of the opening tag.
  shiftPositions(tree, startLine - 1)
  const children = expand(tree.children, parse, depth + 1)
  const className = /\bclass\s*=\s*["']([^"']*)["']/i.exec(attributes)?.[1] ?? ''
  // `<aside class="pquote">` is a pull quote; `<p class="pquote-credit">` inside it is its credit line, not another quote.
  const quoteClass = className.split(/\s+/).some((token) => /^(?:p|pull-?)?quote$|^blockquote$|^epigraph$/i.test(token))
  if (/^blockquote$/i.test(name) || (quoteClass && !/^(?:p|span)$/i.test(name))) {
    const quote: Blockquote = { type: 'blockquote', children: children as Blockquote['children'] }
    if (node.position) quote.position = node.position
    return [quote]
  }
  return children
}

/**
 * A marked block that a blank line split in several (kramdown reads up to the closing tag; CommonMark ends an HTML
 * block at a blank line): its opening tag, the Markdown between, and the HTML block that closes it, as one — a pull
 * quote whose text stood apart from its credit showed the credit alone, with its link's brackets.
 */
function joinSplitBlocks(nodes: RootContent[], parse: (markdown: string) => Root, depth: number): RootContent[] {
  const out: RootContent[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const open = node.type === 'html' ? openingTag(node.value.trim()) : null
    const close = open ? new RegExp(`</${open[1]}\\s*>$`, 'i') : undefined
    const end = close && !close.test((node as Html).value.trim()) ? nodes.findIndex((other, at) => at > index && other.type === 'html' && close.test(other.value.trim())) : -1
    if (!open || end === -1 || depth >= maxDepth) {
      out.push(node)
      continue
    }
    const opening = (node as Html).value.trim().slice(open[0].length)
    const closing = (nodes[end] as Html).value.trim().replace(close!, '')
    // A list whose first item stands on the opening tag's line goes on below the blank line: one list, not two.
    const inside = joinedAtSeams([
      opening.trim() ? expand(parsedAt(opening, node, parse), parse, depth + 1) : [],
      expand(nodes.slice(index + 1, end), parse, depth + 1),
      closing.trim() ? expand(parsedAt(closing, nodes[end]!, parse), parse, depth + 1) : []
    ])
    const className = /\bclass\s*=\s*["']([^"']*)["']/i.exec(open[2]!)?.[1] ?? ''
    const quote = /^blockquote$/i.test(open[1]!) || (className.split(/\s+/).some((token) => /^(?:p|pull-?)?quote$|^epigraph$/i.test(token)) && !/^(?:p|span)$/i.test(open[1]!))
    const start = node.position?.start
    const stop = nodes[end]!.position?.end
    if (quote) out.push({ type: 'blockquote', children: inside as Blockquote['children'], ...(start && stop ? { position: { start, end: stop } } : {}) })
    else out.push(...inside)
    index = end
  }
  return out
}

/** Markdown that starts on the first line of `node`, parsed, at the lines it has in the source. */
function parsedAt(markdown: string, node: RootContent, parse: (markdown: string) => Root): RootContent[] {
  const tree = parse(separateTags(dedent(markdown)))
  // `dedent` drops the blank lines it starts with.
  shiftPositions(tree, (node.position?.start.line ?? 1) - 1 + /^\n*/.exec(markdown)![0].length)
  return tree.children
}

/**
 * Pieces of one block's content parsed apart, in order, as one: a list that ends a piece and a list of the same kind
 * that opens the next are one list (loose: a blank line parted them). kramdown read "* **data production** …" on the
 * line after `<div markdown="1">` and the five items below the blank line as one list of six.
 */
function joinedAtSeams(pieces: readonly RootContent[][]): RootContent[] {
  const out: RootContent[] = []
  for (const piece of pieces) {
    const last = out[out.length - 1]
    const first = piece[0]
    if (last?.type === 'list' && first?.type === 'list' && Boolean(last.ordered) === Boolean(first.ordered)) {
      last.children.push(...first.children)
      last.spread = true
      for (const item of last.children) item.spread = true
      if (last.position && first.position) last.position = { start: last.position.start, end: first.position.end }
      out.push(...piece.slice(1))
    } else out.push(...piece)
  }
  return out
}

/** Lines of line breaks alone at the start of an HTML block, and what follows them. */
const leadingBreaks = /^(?:[ \t]*<br\s*\/?>[ \t]*\n)+(?=[ \t]*[^<\s])/i

/**
 * The Markdown after lines of `<br>` that open an HTML block: CommonMark runs such a block on into the text below it
 * ("<br>" "<br>" "**NEXT SECTION [Identify](/identify.html)**" showed its asterisks and brackets), where kramdown and a
 * browser read spacing, then Markdown. The breaks are spacing a slide does without.
 */
function afterBreaks(node: Html, parse: (markdown: string) => Root, depth: number): RootContent[] | undefined {
  const breaks = leadingBreaks.exec(node.value)
  if (!breaks) return undefined
  const tree = parse(node.value.slice(breaks[0].length))
  shiftPositions(tree, (node.position?.start.line ?? 1) - 1 + breaks[0].split('\n').length - 1)
  return expand(tree.children, parse, depth + 1)
}

/** The plain text of a table cell. */
function cellText(cell: TableCell): string {
  return cell.children.map((child) => ('value' in child ? child.value : '')).join('').trim()
}

/** Remove the indentation all non-blank lines share, so indented content is not read as code. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+/, '').split('\n')
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n')
}

/**
 * Put a blank line around a line that is only an empty element (`<img …>`,
 * `<br>`): kramdown ends such a block at the line, where CommonMark would
 * run it on into the text below.
 */
function separateTags(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => (/^\s*<(?:img|br|hr|input|source|wbr)\b[^>]*>\s*$/i.test(line) ? ['', line, ''] : [line]))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
}

function shiftPositions(tree: Root, lines: number): void {
  const shift = (point: Point): Point => ({ line: point.line + lines, column: point.column })
  const visit = (node: { position?: Position | undefined; children?: unknown[] }): void => {
    if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) }
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
  }
  visit(tree)
}
