/**
 * remark plugin: the speaker notes of an article deck load nothing from
 * outside it. Article mode moves to the notes what the slides cannot show —
 * a picture on another site, a social post with its site's script, an
 * embedded player — and a notes view that fetched them would break the
 * promise of an offline deck (and run another site's script in it). In the
 * notes such a picture becomes a link named by its description, a player a
 * link to its page, and a script goes. Runs after `remarkCondense`, on
 * condensed decks only: notes written by hand are left as written.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Image, Link, Root, Text } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** A URL the deck would fetch from outside itself: with a scheme (not `data:`), protocol-relative, or site-absolute. */
function isOutside(url: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:|\/)/i.test(url.trim()) && !/^(?:data|file):/i.test(url.trim())
}

/** A URL a reader can open: http(s), or protocol-relative made https. */
function openable(url: string): string | undefined {
  const trimmed = url.trim()
  if (/^https?:\/\//i.test(trimmed)) return trimmed
  if (trimmed.startsWith('//')) return `https:${trimmed}`
  return undefined
}

/** Raw HTML that may load something: a picture, a player, a frame, a script. */
const loading = /<(?:img|script|iframe|video|audio|embed|object|source|link)\b/i

/**
 * Rewrite the notes of a condensed deck so that they load nothing from
 * outside it.
 */
export function remarkOfflineNotes() {
  return async function (tree: Root, file: VFile): Promise<void> {
    if (!file.data.deck?.condensed) return
    const html: { node: { value: string } }[] = []
    visit(tree, 'notes', (notes) => {
      visit(notes, (node, index, parent) => {
        if (node.type === 'image' && parent && index !== undefined && isOutside(node.url)) {
          parent.children.splice(index, 1, pictureLink(node) as never)
          return [SKIP, index + 1]
        }
        if (node.type === 'html' && loading.test(node.value)) html.push({ node })
        return undefined
      })
      return SKIP
    })
    if (html.length === 0) return
    // (The HTML parser and printer load only for notes that hold raw HTML that loads something.)
    const [{ fromHtml }, { toHtml }] = await Promise.all([import('hast-util-from-html'), import('hast-util-to-html')])
    for (const { node } of html) {
      const fragment = fromHtml(node.value, { fragment: true })
      offline(fragment)
      node.value = toHtml(fragment)
    }
  }
}

/** A picture from outside as a link named by its description (its file name when it has none), or that name alone. */
function pictureLink(image: Image): Link | Text {
  const name = image.alt?.trim() || decodeURIComponent(image.url.split(/[?#]/)[0]!.split('/').pop() ?? '') || image.url
  const href = openable(image.url)
  const text: Text = { type: 'text', value: name }
  return href ? { type: 'link', url: href, children: [text] } : text
}

/** Rewrite a parsed fragment of notes: scripts go, pictures and players from outside become links or their names. */
function offline(tree: HastRoot | Element): void {
  tree.children = tree.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return child.type === 'doctype' ? [] : [child as ElementContent]
    if (child.tagName === 'script' || (child.tagName === 'link' && child.properties.rel !== undefined)) return []
    const source = ['src', 'data', 'href'].map((key) => child.properties[key]).find((value): value is string => typeof value === 'string')
    const embedded = ['img', 'iframe', 'video', 'audio', 'embed', 'object', 'source'].includes(child.tagName)
    if (embedded && (source === undefined ? child.tagName !== 'img' : isOutside(source))) {
      const name = String(child.properties.alt ?? child.properties.title ?? '').trim() || (source ? decodeURIComponent(source.split(/[?#]/)[0]!.split('/').pop() ?? '') : '')
      const href = source ? openable(source) : undefined
      const text: ElementContent = { type: 'text', value: name || child.tagName }
      // (A player's own fallback text and sources go with it.)
      return href ? [{ type: 'element', tagName: 'a', properties: { href }, children: [text] }] : name ? [text] : []
    }
    offline(child)
    return [child]
  })
}
