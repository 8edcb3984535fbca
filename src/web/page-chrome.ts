/**
 * The chrome of a saved web page, removed before the article is extracted:
 * scripts, styles, embedded frames and forms (never part of a deck), and the
 * site's menus, cookie banners, share lines, newsletter boxes, related links,
 * bylines and footers (each listed with its line, for `--verbose`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'
import type { DroppedLine } from '../text/outline.js'
import { bylineClass, classAndId } from './element-class.js'
import { clean } from './page-meta.js'

/** Elements that are never content: removed without a word. */
const neverContent = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas',
  'link', 'meta', 'base', 'input', 'select', 'textarea', 'option', 'button', 'dialog', 'portal', 'audio', 'video', 'source', 'track'
])

/** What a class, id or ARIA role says an element is, in the order tried. */
const chromePatterns: ReadonlyArray<[reason: string, pattern: RegExp]> = [
  ['cookie notice', /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp)(?:$|[\s_-])/],
  ['newsletter', /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|mailing-list|mailchimp)/],
  ['share', /(?:^|[\s_-])(?:share|sharing|sharedaddy|social)(?:$|[\s_-]|buttons|bar|links)/],
  ['related links', /(?:^|[\s_-])(?:related|read-next|more-stories|recommended|further-reading-widget|you-may-also)/],
  ['comments', /(?:^|[\s_-])(?:comments?|disqus|respond)(?:$|[\s_-])/],
  ['advertisement', /(?:^|[\s_-])(?:advert|advertisement|ad-slot|ad-container|sponsor|promo)(?:$|[\s_-])/],
  ['menu', /(?:^|[\s_-])(?:breadcrumbs?|skip-link|site-nav|navbar|menu|toc-widget)(?:$|[\s_-])/],
  ['byline', bylineClass],
  ['popup', /(?:^|[\s_-])(?:popup|modal|overlay|banner-ad)(?:$|[\s_-])/]
]

/** ARIA landmark roles of page chrome. */
const chromeRoles: Record<string, string> = {
  navigation: 'menu',
  banner: 'site header',
  contentinfo: 'footer',
  dialog: 'popup',
  alertdialog: 'popup',
  search: 'menu'
}

/** Elements that always hold the article rather than chrome, whatever their class. */
const containers = new Set(['html', 'body', 'main', 'article'])

/** Blocks whose class, id or role can mark chrome; inline elements (a highlighter's `<span class="hljs-comment">`) never do. */
const judged = new Set(['div', 'section', 'aside', 'nav', 'header', 'footer', 'form', 'ul', 'ol', 'p', 'dialog', 'details', 'dl', 'figure', 'center'])

/** Elements whose content is the article's as written: nothing inside them is judged. */
const verbatim = new Set(['pre', 'code', 'table', 'math', 'svg', 'blockquote'])

/** Options of {@link removeChrome}. */
export interface ChromeOptions {
  /** The element that holds the title; never removed, nor anything around it. */
  keep?: Element | undefined
}

function contains(element: Element, target: Element | undefined): boolean {
  if (!target) return false
  if (element === target) return true
  return element.children.some((child) => child.type === 'element' && contains(child, target))
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * Why an element is chrome, or undefined when it may be content.
 *
 * @param element The element.
 * @param inArticle Whether it sits inside an `<article>` or `<main>`.
 * @param pageWords Words of the whole page, so a wrapper of most of it is never chrome.
 */
function chromeReason(element: Element, inArticle: boolean, pageWords: number): string | undefined {
  const name = element.tagName
  if (containers.has(name) || !judged.has(name)) return undefined
  const text = clean(toText(element))
  // A wrapper holding half the page is a layout box, whatever its class says.
  if (words(text) > Math.max(150, pageWords / 2)) return undefined
  if (name === 'form') return 'form'
  if (name === 'nav') return 'menu'
  if (name === 'header' && !inArticle) return 'site header'
  if (name === 'footer' && !inArticle) return 'footer'
  const names = classAndId(element)
  for (const [reason, pattern] of chromePatterns) {
    if (pattern.test(names)) return reason === 'byline' && words(text) > 40 ? undefined : reason
  }
  return typeof element.properties['role'] === 'string' ? chromeRoles[element.properties['role']] : undefined
}

/**
 * Remove the chrome of a page in place, and say what was removed.
 *
 * @param tree The page as hast, with positions.
 * @param options The title's element, kept whatever surrounds it.
 * @returns The removed elements with text, as dropped lines (line, text, reason), in page order.
 */
export function removeChrome(tree: Root, options: ChromeOptions = {}): DroppedLine[] {
  const dropped: DroppedLine[] = []
  const pageWords = words(toText(tree))
  const walk = (parent: Root | Element, inArticle: boolean, judge: boolean): void => {
    const kept: Array<RootContent | ElementContent> = []
    for (const child of parent.children) {
      if (child.type === 'comment' || (child.type === 'element' && neverContent.has(child.tagName))) continue
      if (child.type !== 'element') {
        kept.push(child)
        continue
      }
      const reason = !judge || contains(child, options.keep) ? undefined : chromeReason(child, inArticle, pageWords)
      if (reason) {
        const text = clean(toText(child))
        if (text) dropped.push({ line: child.position?.start.line ?? 0, column: child.position?.start.column, text, reason })
        continue
      }
      walk(child, inArticle || child.tagName === 'article' || child.tagName === 'main', judge && !verbatim.has(child.tagName))
      kept.push(child)
    }
    parent.children = kept as never
  }
  walk(tree, false, true)
  return dropped
}
