/**
 * Small readers of hast elements for the PowerPoint model: classes, string
 * properties, heading levels, the first element that passes a test, the TeX
 * source of rendered math.
 */
import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'

/** The TeX source of rendered math (Lectern puts it in the formula's `aria-label`; KaTeX's MathML in an annotation), else its text. */
export function texOf(element: Element): string {
  const labelled = typeof element.properties.ariaLabel === 'string' ? element : findElement(element, (node) => typeof node.properties.ariaLabel === 'string')
  if (labelled) return String(labelled.properties.ariaLabel).trim()
  const annotation = findElement(element, (node) => node.tagName === 'annotation')
  return (annotation ? toString(annotation) : toString(element)).trim()
}

/** The level of a heading element (`h1`…`h6`), else `undefined`. */
export function headingLevel(element: Element): number | undefined {
  const match = /^h([1-6])$/.exec(element.tagName)
  return match ? Number(match[1]) : undefined
}

/** The class names of an element. */
export function classes(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? String(value).split(/\s+/) : []
}

/** A property of an element when it is a non-empty string. */
export function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** The first element under `node`, depth first, that passes `test`. */
export function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (test(child)) return child
    const found = findElement(child, test)
    if (found) return found
  }
  return undefined
}
