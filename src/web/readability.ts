/**
 * Mozilla's Readability (the algorithm of Firefox's Reader View) on a
 * linkedom DOM: finds the element that holds a page's article and cleans it.
 * It runs on HTML serialised from hast whose elements carry their source
 * position in a `data-lectern-at` attribute, so the article it returns can be
 * mapped back to lines of the saved page. (This module, with linkedom and
 * Readability, is loaded only when a web page is read.)
 */
import { Readability } from '@mozilla/readability'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { parseHTML } from 'linkedom'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'

/** The attribute that carries an element's source position through Readability. */
const positionAttribute = 'dataLecternAt'

/** Store each element's position in an attribute (in place). */
function markPositions(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    const position = node.position
    if (!position) return
    const { start, end } = position
    node.properties[positionAttribute] = [start.line, start.column, start.offset ?? -1, end.line, end.column, end.offset ?? -1].join(':')
  })
}

/** Move the attribute back into `position` (in place). */
function restorePositions(tree: Root): void {
  visit(tree, (node) => {
    delete node.position
    if (node.type !== 'element') return
    const element = node as Element
    const value = element.properties[positionAttribute]
    delete element.properties[positionAttribute]
    if (typeof value !== 'string') return
    const [startLine, startColumn, startOffset, endLine, endColumn, endOffset] = value.split(':').map(Number) as number[]
    const position: Position = {
      start: { line: startLine!, column: startColumn!, offset: startOffset! < 0 ? undefined : startOffset },
      end: { line: endLine!, column: endColumn!, offset: endOffset! < 0 ? undefined : endOffset }
    }
    element.position = position
  })
}

/**
 * The article of a page, found by Readability.
 *
 * @param page The page as hast, with positions, chrome already removed.
 * @returns The article's content as a hast fragment with the page's positions, or undefined when Readability finds none.
 */
export function readArticle(page: Root): Root | undefined {
  const marked = structuredClone(page)
  markPositions(marked)
  const { document } = parseHTML(toHtml(marked))
  const article = new Readability(document as unknown as Document, { keepClasses: true, charThreshold: 200 }).parse()
  if (!article?.content) return undefined
  const content = fromHtml(article.content, { fragment: true })
  restorePositions(content)
  return content
}
