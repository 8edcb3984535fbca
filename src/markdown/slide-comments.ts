/**
 * The reveal.js Markdown convention of attribute comments:
 * `<!-- .slide: data-background-color="#123" -->` and
 * `<!-- .element: class="fragment" -->`.
 */

const commentPattern = /^\s*<!--\s*\.(slide|element):\s*([\s\S]*?)\s*-->\s*$/
const attributePattern = /([^\s"'=<>`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** A parsed attribute comment. */
export interface AttributeComment {
  /** `slide` for the enclosing section, `element` for the preceding element. */
  target: 'slide' | 'element'
  /** Attributes in source order. */
  attributes: Record<string, string>
}

/**
 * Parse an HTML comment in the reveal.js attribute convention.
 *
 * @param html The raw HTML of a comment node.
 * @returns The target and attributes, or `undefined` when it is not one.
 */
export function parseAttributeComment(html: string): AttributeComment | undefined {
  const match = commentPattern.exec(html)
  if (!match) return undefined
  return { target: match[1] as 'slide' | 'element', attributes: parseAttributes(match[2]!) }
}

/**
 * Parse an attribute list such as `class="fragment" data-x='1' hidden`.
 *
 * @param text Attributes as written inside a tag.
 */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(attributePattern)) {
    const name = match[1]!.toLowerCase()
    const value = match[2] ?? match[3] ?? match[4] ?? ''
    attributes[name] =
      name === 'class' && attributes[name] ? `${attributes[name]} ${value}` : value
  }
  return attributes
}
