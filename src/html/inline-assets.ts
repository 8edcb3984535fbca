/**
 * One self-contained document: every file a built deck links (reveal.js,
 * the theme's stylesheets and fonts, the code style, KaTeX, pictures) put
 * inside it — stylesheets and scripts as inline elements, fonts and
 * pictures as `data:` URLs — so the HTML opens from any folder with no
 * network and no `assets/` beside it. Pure: a tree and the files' bytes in,
 * a new tree out.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import path from 'node:path'
import { mediaTypeOf } from '../read/media-types.js'

/** A file a deck links, by its path relative to the deck (`assets/fonts/…`). */
export interface InlineFile {
  /** Its bytes. */
  data: Uint8Array
}

/** What {@link inlineAssets} did. */
export interface InlineResult {
  /** The self-contained document. */
  tree: Root
  /** Paths the document (or a stylesheet) links that were not among the files; left as they are. */
  missing: string[]
}

/** Whether a reference is to a file beside the deck (not a URL with a scheme, `//host`, `#fragment` or `/absolute`). */
function isRelative(reference: string): boolean {
  return reference !== '' && !/^(?:[a-z][a-z\d+.-]*:|\/|#)/i.test(reference)
}

/** `reference` resolved against the folder of `from` (both relative to the deck), without query or fragment. */
function resolveFrom(from: string, reference: string): string {
  let decoded = reference.replace(/[?#].*$/, '')
  try {
    decoded = decodeURI(decoded)
  } catch {
    // Keep it as written.
  }
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), decoded))
}

/**
 * Put every file a rendered deck links inside the document.
 *
 * Stylesheets (`<link rel=stylesheet>`) become `<style>` elements with their
 * `url()`s and `@import`s inlined; a handout's alternate stylesheet stays a
 * `<link>` whose `href` is a `data:` URL (printing switches it on as
 * before); scripts become inline scripts; pictures, slide background images
 * and media sources become `data:` URLs. URLs that are not files beside the
 * deck (`https:`, `data:`, `#…`) are left alone.
 *
 * @param tree The rendered document (`RenderedDeck.tree`); not changed.
 * @param files Every file the deck may link, by its path relative to the deck.
 */
export function inlineAssets(tree: Root, files: ReadonlyMap<string, InlineFile>): InlineResult {
  const missing = new Set<string>()
  const read = (file: string): Uint8Array | undefined => {
    const found = files.get(file)
    if (!found) missing.add(file)
    return found?.data
  }
  const dataUrl = (from: string, reference: string): string => {
    if (!isRelative(reference)) return reference
    const file = resolveFrom(from, reference)
    const bytes = read(file)
    return bytes ? `data:${mediaTypeOf(file)};base64,${Buffer.from(bytes).toString('base64')}` : reference
  }
  const css = (from: string, text: string, depth = 0): string =>
    inlineCss(
      text,
      from,
      dataUrl,
      (file) => {
        const bytes = depth < 8 ? read(file) : undefined
        return bytes ? css(file, Buffer.from(bytes).toString('utf8'), depth + 1) : undefined
      },
      (reference) => !isRelative(reference) || files.has(resolveFrom(from, reference))
    )
  const document = 'index.html'

  const transform = (node: Element): Element => {
    const properties = { ...node.properties }
    const children = node.children.map((child): ElementContent => (child.type === 'element' ? transform(child) : child))
    const rel = relList(properties.rel)
    if (node.tagName === 'link' && rel.includes('stylesheet') && typeof properties.href === 'string' && isRelative(properties.href)) {
      const file = resolveFrom(document, properties.href)
      const bytes = read(file)
      if (!bytes) return { ...node, properties, children }
      const text = css(file, Buffer.from(bytes).toString('utf8'))
      if (rel.includes('alternate')) {
        return { ...node, properties: { ...properties, href: `data:text/css;base64,${Buffer.from(text).toString('base64')}` }, children }
      }
      const styleProperties: Element['properties'] = {}
      if (properties.media !== undefined) styleProperties.media = properties.media
      return { type: 'element', tagName: 'style', properties: styleProperties, children: [{ type: 'text', value: text }] }
    }
    if (node.tagName === 'script' && typeof properties.src === 'string' && isRelative(properties.src)) {
      const bytes = read(resolveFrom(document, properties.src))
      if (!bytes) return { ...node, properties, children }
      delete properties.src
      // A script's text ends at the first `</script`; `<\/script` means the same in JavaScript.
      const text = Buffer.from(bytes).toString('utf8').replace(/<\/(script)/gi, '<\\/$1')
      return { ...node, properties, children: [{ type: 'text', value: text }] }
    }
    if (node.tagName === 'style') {
      return { ...node, properties, children: children.map((child) => (child.type === 'text' ? { ...child, value: css(document, child.value) } : child)) }
    }
    for (const name of ['src', 'poster', 'dataBackgroundImage', 'dataBackgroundVideo', 'dataSrc']) {
      const value = properties[name]
      if (typeof value === 'string' && isRelative(value)) properties[name] = dataUrl(document, value)
    }
    if (typeof properties.style === 'string' && properties.style.includes('url(')) properties.style = css(document, properties.style)
    return { ...node, properties, children }
  }

  const children = tree.children.map((child): RootContent => (child.type === 'element' ? transform(child) : child))
  return { tree: { ...tree, children }, missing: [...missing] }
}

/** `rel` as a list of lower-case words. */
function relList(value: unknown): string[] {
  const words = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
  return words.map((word) => word.toLowerCase())
}

/**
 * A stylesheet with its `url()`s made `data:` URLs and its `@import`s of
 * files beside it replaced by their (inlined) text.
 *
 * @param text The stylesheet.
 * @param from Its path relative to the deck.
 * @param dataUrl Turns a reference from a file into a `data:` URL (or leaves it).
 * @param importText The inlined text of an imported stylesheet, by path.
 */
function inlineCss(
  text: string,
  from: string,
  dataUrl: (from: string, reference: string) => string,
  importText: (file: string) => string | undefined,
  available: (reference: string) => boolean
): string {
  const withoutFallbacks = text.replace(/(\bsrc\s*:\s*)([^;}]*)/gi, (declaration: string, start: string, list: string) => {
    // A font's later formats (`.woff`, `.ttf` after `.woff2`) are fallbacks a browser that reads the first never loads; the deck does not ship them.
    const entries = list.split(/,(?![^(]*\))/)
    const kept = entries.filter((entry) => {
      const reference = urlOf(entry)
      return reference === undefined || available(reference)
    })
    return kept.length > 0 && kept.length < entries.length ? `${start}${kept.join(',')}` : declaration
  })
  const imported = withoutFallbacks.replace(/@import\s+(?:url\(\s*)?(["'])([^"']+)\1\s*\)?\s*([^;]*);/gi, (rule: string, _quote: string, reference: string, media: string) => {
    if (!isRelative(reference)) return rule
    const inner = importText(resolveFrom(from, reference))
    if (inner === undefined) return rule
    return media.trim() ? `@media ${media.trim()} {\n${inner}\n}` : inner
  })
  return imported.replace(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*?))\s*\)/gi, (match: string, double?: string, single?: string, bare?: string) => {
    const reference = (double ?? single ?? bare ?? '').trim()
    if (!isRelative(reference)) return match
    const url = dataUrl(from, reference)
    return url === reference ? match : `url("${url}")`
  })
}

/** The reference of the first `url()` in a piece of CSS. */
function urlOf(text: string): string | undefined {
  const match = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*?))\s*\)/i.exec(text)
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() : undefined
}
