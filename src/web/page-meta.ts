/**
 * The title-slide metadata of a saved web page: title, author and date, read
 * from its `<head>` (Open Graph, `author`, `article:published_time`) and from
 * the page itself (`<h1>`, a `rel=author` link, a `<time>` element).
 */
import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visitParents } from 'unist-util-visit-parents'
import { parseByline } from '../text/byline.js'
import { isBylineBox } from './element-class.js'
import escapeStringRegexp from 'escape-string-regexp'

/** What {@link pageMeta} found. */
export interface PageMeta {
  /** The article's title, without a ` | Site name` suffix; undefined when the page has none. */
  title?: string | undefined
  /** The `<h1>` the title came from, if one. */
  titleElement?: Element | undefined
  /** The author(s). */
  byline?: string | undefined
  /** The publication date: a `<time>` element's text as shown, else the day of `article:published_time`. */
  date?: string | undefined
  /** The site's name (`og:site_name`). */
  site?: string | undefined
  /** The page's language: `<html lang>`, else `og:locale` (`de_DE` → `de-DE`). */
  lang?: string | undefined
  /** Where the page was published (`<base href>`, the canonical link, `og:url`, or a browser's `saved from url` comment), to resolve its relative links. */
  url?: string | undefined
}

/** Separators between a title and the site's name in `<title>`. */
const suffixSeparator = /\s+[|–—·•:»]\s+|\s+-\s+/

/** Collapse white space. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Remove a site-name suffix (`Post title | The Go Blog`, `Title – Site`):
 * the site name when it is known, else a last part of at most four words
 * after a separator, as long as at least two words remain.
 *
 * @param title The title as written.
 * @param site The site's name, if known.
 */
export function stripSiteSuffix(title: string, site?: string): string {
  let out = clean(title)
  if (site) {
    const escaped = escapeStringRegexp(site)
    out = out.replace(new RegExp(`(?:${suffixSeparator.source})${escaped}$`, 'i'), '').replace(new RegExp(`^${escaped}\\s*[|–—·•:»-]\\s+`, 'i'), '')
  }
  const parts = out.split(suffixSeparator)
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!
    const rest = out.slice(0, out.length - last.length).replace(new RegExp(`(?:${suffixSeparator.source})$`), '')
    if (last.split(' ').length <= 4 && rest.split(' ').length >= 2) out = rest
  }
  return out
}

function isUrl(text: string): boolean {
  return /^(?:https?:)?\/\//i.test(text)
}

/** `2022-03-31T09:00:00Z` → `2022-03-31`. */
function dayOf(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0]
}

/**
 * Read a page's title, author and date.
 *
 * @param tree The whole page as hast (before chrome is removed).
 */
export function pageMeta(tree: Root): PageMeta {
  const meta = new Map<string, string>()
  let documentTitle: string | undefined
  let lang: string | undefined
  const headings: Array<{ element: Element; inArticle: boolean }> = []
  const authors: string[] = []
  let time: string | undefined
  let bylineBox: ReturnType<typeof parseByline>
  const urls: string[] = []
  visitParents(tree, 'comment', (node) => {
    // Chrome and Firefox mark a saved page: <!-- saved from url=(0042)https://… -->
    const saved = /saved from url=\(\d+\)(\S+)/.exec(node.value)
    if (saved) urls.push(saved[1]!)
  })
  visitParents(tree, 'element', (node, ancestors) => {
    const href = node.properties['href']
    if (typeof href === 'string' && (node.tagName === 'base' || (node.tagName === 'link' && (node.properties['rel'] as string[] | undefined)?.includes('canonical')))) urls.unshift(href)
    const name = node.tagName
    if (name === 'html' && typeof node.properties['lang'] === 'string' && node.properties['lang'].trim()) lang ??= node.properties['lang'].trim()
    if (name === 'meta') {
      const key = String(node.properties['property'] ?? node.properties['name'] ?? node.properties['itemProp'] ?? '').toLowerCase()
      const content = node.properties['content']
      if (key && typeof content === 'string' && content.trim() && !meta.has(key)) meta.set(key, clean(content))
    } else if (name === 'title' && documentTitle === undefined) {
      documentTitle = clean(toString(node))
    } else if (name === 'h1') {
      const inArticle = ancestors.some((parent) => parent.type === 'element' && (parent.tagName === 'article' || parent.tagName === 'main'))
      if (clean(toString(node))) headings.push({ element: node, inArticle })
    } else if (name === 'a' && (node.properties['rel'] as string[] | undefined)?.includes('author')) {
      authors.push(clean(toString(node)))
    } else if (bylineBox === undefined && isBylineBox(node) && clean(toString(node))) {
      // <p class="byline">By Lorrie Cranor · May 17, 2016</p>: read as a byline line of plain text is.
      bylineBox = parseByline(clean(toString(node)))
    } else if (name === 'time' && time === undefined) {
      time = clean(toString(node)) || (typeof node.properties['dateTime'] === 'string' ? dayOf(node.properties['dateTime']) : undefined)
    }
  })
  const site = meta.get('og:site_name')
  const candidates = [meta.get('og:title'), meta.get('twitter:title'), documentTitle].filter((title): title is string => Boolean(title))
  // An <h1> that the head's titles agree with; else the only <h1> of the article; else the head's title without its suffix.
  const agreed = headings.find(({ element }) => candidates.some((title) => clean(title).toLowerCase().startsWith(clean(toString(element)).toLowerCase())))
  const only = headings.filter((heading) => heading.inArticle).length === 1 ? headings.find((heading) => heading.inArticle) : headings.length === 1 ? headings[0] : undefined
  const heading = agreed ?? only
  const title = heading ? clean(toString(heading.element)) : candidates[0] ? stripSiteSuffix(candidates[0], site) : undefined
  const author = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), authors.join(', '), bylineBox?.byline].find((value) => value && !isUrl(value))
  const published = meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('date') ?? meta.get('dc.date')
  const url = [...urls, meta.get('og:url')].find((value) => value && /^https?:\/\//i.test(value))
  return {
    url,
    title: title || undefined,
    titleElement: heading?.element,
    byline: author ? author.replace(/^by\s+/i, '') : undefined,
    date: time ?? (published ? dayOf(published) : undefined) ?? bylineBox?.date,
    site,
    lang: lang ?? meta.get('og:locale')?.replace('_', '-')
  }
}
