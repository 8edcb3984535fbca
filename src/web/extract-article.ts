/**
 * A saved web page into the mdast of its article: the page's chrome removed
 * (see `page-chrome.ts`), the article found by Readability, its HTML turned
 * into Markdown's tree, with the title, author and date for the title slide
 * and the same shape as a recognised plain-text article.
 */
import type { Element, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast } from 'hast-util-to-mdast'
import { toText } from 'hast-util-to-text'
import type { Heading, Parent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { DroppedLine, TextOutline } from '../text/outline.js'
import { untitled } from '../text/recognise.js'
import { footnoteHandlers, markFootnotes } from './footnotes.js'
import { removeChrome } from './page-chrome.js'
import { clean, pageMeta } from './page-meta.js'
import { readArticle } from './readability.js'

/** What {@link extractArticle} returns. */
export interface HtmlArticle {
  /** mdast: a depth-1 title heading, then the article's blocks; `data.textMeta` holds title, author and date. */
  tree: Root
  /** Title, author, date, headings with their lines, and what was left out (chrome, remote images, text outside the article). */
  outline: TextOutline
}

/** Blocks of a page whose text is compared with the article's, to list what Readability left out. */
const textBlocks = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'dt', 'dd', 'pre'])

/** A link that only points back or at itself: a footnote's `↩`, a heading's `#` or `¶`. */
const markerLink = /^[\s↩↑⤴︎#¶§🔗]*$/u

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Whether a URL leaves the saved page's folder: remote, protocol-relative, or data. */
function isRemote(url: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url.trim())
}

/**
 * Resolve the article's relative links (`/ref/mod`, `../guide`) against where
 * the page was published, so they still lead somewhere from the deck. Links
 * within the page (`#section`) stay; images stay as they are (a saved page's
 * images sit beside it).
 */
function resolveLinks(content: HastRoot, base: string | undefined): void {
  if (!base) return
  visit(content, 'element', (node: Element) => {
    const href = node.properties['href']
    if (node.tagName !== 'a' || typeof href !== 'string' || href.startsWith('#') || isRemote(href)) return
    try {
      node.properties['href'] = new URL(href, base).href
    } catch {
      // An unparsable link stays as written.
    }
  })
}

/** The page's `<body>` (or the whole page), for pages Readability finds no article in. */
function bodyOf(page: HastRoot): HastRoot {
  let body: Element | undefined
  visit(page, 'element', (node: Element) => {
    if (node.tagName !== 'body') return undefined
    body = node
    return SKIP
  })
  return body ? { type: 'root', children: body.children } : page
}

/** Text blocks of the page (after chrome removal) that the article does not hold; one that names the author is its byline. */
function leftOut(page: HastRoot, article: string, known: ReadonlySet<string>, byline: string | undefined): DroppedLine[] {
  const out: DroppedLine[] = []
  visit(page, 'element', (node: Element) => {
    if (!textBlocks.has(node.tagName)) return undefined
    const text = clean(toText(node))
    const key = normalise(text)
    if (key.split(' ').length < 2 || known.has(key) || article.includes(key)) return SKIP
    const reason = byline && key.includes(byline) ? 'byline' : 'not in the article'
    out.push({ line: node.position?.start.line ?? 0, column: node.position?.start.column, text, reason })
    return SKIP
  })
  return out
}

/**
 * Tidy the converted article in place: drop its title heading, remote and
 * data images (listed), back-reference and anchor links; turn `<h1>`
 * sections into `##`.
 */
function tidy(tree: Root, title: string | undefined, dropped: DroppedLine[]): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined
    if (node.type === 'image' && (isRemote(node.url) || node.url.trim() === '')) {
      // An image inlined as data is named by its type, not its bytes.
      const data = node.url.startsWith('data:')
      const cut = node.url.search(/[;,]/)
      const url = data ? `${node.url.slice(0, cut > 0 ? cut : 20)}…` : node.url
      dropped.push({ line: node.position?.start.line ?? 0, column: node.position?.start.column, text: node.alt ? `${node.alt} (${url})` : url, reason: data ? 'embedded image' : 'remote image' })
      parent.children.splice(index, 1)
      return index
    }
    if (node.type === 'link' && markerLink.test(toString(node)) && !node.children.some((child) => child.type === 'image')) {
      parent.children.splice(index, 1)
      return index
    }
    return undefined
  })
  // Links and paragraphs left empty; white space left at the ends of a paragraph.
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined
    if (node.type === 'paragraph') {
      const first = node.children[0]
      const last = node.children[node.children.length - 1]
      if (first?.type === 'text') first.value = first.value.trimStart()
      if (last?.type === 'text') last.value = last.value.trimEnd()
      node.children = node.children.filter((child) => !(child.type === 'text' && child.value === ''))
    }
    if ((node.type === 'link' || node.type === 'paragraph') && (node as Parent).children.length === 0) {
      parent.children.splice(index, 1)
      return index
    }
    return undefined
  })
  // A heading repeated right under itself (a site's own "Footnotes" over the renderer's) once.
  tree.children = tree.children.filter((node, index) => {
    const previous = tree.children[index - 1]
    return !(node.type === 'heading' && previous?.type === 'heading' && previous.depth === node.depth && normalise(toString(previous)) === normalise(toString(node)))
  })
  const first = tree.children.findIndex((node) => node.type === 'heading')
  if (first !== -1 && title && normalise(toString(tree.children[first]!)) === normalise(title)) tree.children.splice(first, 1)
  if (tree.children.some((node) => node.type === 'heading' && node.depth === 1)) {
    visit(tree, 'heading', (heading: Heading) => {
      heading.depth = Math.min(6, heading.depth + 1) as Heading['depth']
    })
  }
}

/**
 * Extract the article of a saved web page.
 *
 * @param html The page's HTML.
 * @returns The article as mdast (with `data.textMeta`) and its outline.
 */
export function extractArticle(html: string): HtmlArticle {
  const page = fromHtml(html)
  const meta = pageMeta(page)
  const dropped = removeChrome(page, { keep: meta.titleElement })
  const content = readArticle(page) ?? bodyOf(page)
  resolveLinks(content, meta.url)
  markFootnotes(content, page)
  const tree = toMdast(content, { handlers: footnoteHandlers }) as Root
  tidy(tree, meta.title, dropped)
  const articleText = normalise(toString(tree))
  const known = new Set([meta.title, meta.byline, meta.date].filter((value): value is string => Boolean(value)).map(normalise))
  for (const line of dropped) known.add(normalise(line.text))
  dropped.push(...leftOut(page, articleText, known, meta.byline ? normalise(meta.byline) : undefined))
  dropped.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))

  const title = meta.title ?? untitled
  const titleLine = meta.titleElement?.position?.start.line
  const heading: Heading = { type: 'heading', depth: 1, children: [{ type: 'text', value: title }], position: meta.titleElement?.position }
  const textMeta = { title, byline: meta.byline, date: meta.date, lang: meta.lang }
  const root: Root = { type: 'root', children: [heading, ...(tree.children as RootContent[])], data: { textMeta } }
  const headings = root.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth > 1)
    .map((node) => ({ depth: node.depth, text: clean(toString(node)), line: node.position?.start.line ?? 0 }))
  return {
    tree: root,
    outline: { title, titleLine: meta.title ? titleLine : undefined, byline: meta.byline, date: meta.date, headings, dropped }
  }
}

