/**
 * A drawn diagram's SVG made safe and fit for a slide: parsed into a hast
 * tree, with no script, no event handler, no link or reference outside the
 * drawing, no animation that could set one, and no remote style; its ids
 * made unique to its content, and its size left to the slide's stylesheet.
 */
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { SKIP, visit } from 'unist-util-visit'

/** How much larger than Mermaid draws it a diagram may show. */
export const drawnScale = 1.5

/** Elements dropped with their content. */
const dropped = new Set(['script', 'iframe', 'object', 'embed', 'animate', 'animatemotion', 'animatetransform', 'set', 'handler', 'listener', 'image', 'img', 'picture', 'source', 'audio', 'video', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea'])

/** Whether an attribute value points outside the drawing (anything but `#id`). */
function isOutside(value: unknown): boolean {
  return !String(value).trim().startsWith('#')
}

/** Clean CSS: no `@import`, no `url()` but a reference within the drawing, no `javascript:` or old IE `expression()`. */
export function cleanCss(css: string): string {
  return css
    .replace(/@import\b[^;]*;?/gi, '')
    .replace(/url\(\s*(?!['"]?#)(?:"[^"]*"|'[^']*'|[^)]*)\s*\)/gi, 'none')
    .replace(/javascript:|expression\s*\(|behavior\s*:/gi, '')
}

/**
 * Parse and clean a Mermaid SVG.
 *
 * @param svg The SVG text Mermaid returned.
 * @param id The id to give the drawing (its old id is replaced everywhere in it, styles included).
 * @returns The `<svg>` element, or undefined when the text holds none.
 */
export function sanitizeSvg(svg: string, id: string): Element | undefined {
  const tree: Root = fromHtml(svg, { fragment: true })
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg')
  if (!root) return undefined
  const oldId = typeof root.properties['id'] === 'string' ? root.properties['id'] : undefined
  const renameId = (value: string): string => (oldId ? value.split(oldId).join(id) : value)
  visit(root, (node, index, parent) => {
    if (node.type === 'comment' && parent && index !== undefined) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    if (node.type === 'text' && parent?.type === 'element' && parent.tagName === 'style') {
      node.value = cleanCss(renameId(node.value))
      return undefined
    }
    if (node.type !== 'element') return undefined
    if (dropped.has(node.tagName.toLowerCase()) && parent && index !== undefined) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    for (const [name, value] of Object.entries(node.properties)) {
      const lower = name.toLowerCase()
      if (lower.startsWith('on')) delete node.properties[name]
      else if ((lower === 'href' || lower === 'xlinkhref' || lower === 'src' || lower === 'action' || lower === 'formaction') && isOutside(value)) delete node.properties[name]
      else if (lower === 'style' && typeof value === 'string') node.properties[name] = cleanCss(value)
      else if (typeof value === 'string' && oldId && value.includes(oldId)) node.properties[name] = renameId(value)
    }
    return undefined
  })
  root.properties['id'] = id
  // Mermaid draws 16px text, small on a 1280×720 slide: half as large again is its largest size; the slide's stylesheet shrinks it to fit. Mermaid's width="100%" and inline max-width go.
  delete root.properties['style']
  const box = String(root.properties['viewBox'] ?? '').trim().split(/[\s,]+/).map(Number)
  if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
    root.properties['width'] = String(Math.ceil(box[2]! * drawnScale))
    root.properties['height'] = String(Math.ceil(box[3]! * drawnScale))
  } else {
    delete root.properties['width']
    delete root.properties['height']
  }
  root.properties['role'] = 'img'
  return root
}
