/**
 * What an element's class and id say it is, for finding page chrome
 * (`page-chrome.ts`) and the byline of a saved page (`page-meta.ts`).
 */
import type { Element } from 'hast'

/**
 * An element's classes and id, lower case, space-separated.
 *
 * @param element The element.
 */
export function classAndId(element: Element): string {
  const className = element.properties['className']
  const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
  return `${classes} ${typeof element.properties['id'] === 'string' ? element.properties['id'] : ''}`.toLowerCase()
}

/** The class or id of a byline box (`<p class="byline">`, `.post-meta`). */
export const bylineClass = /(?:^|[\s_-])(?:byline|dateline|post-meta|entry-meta|article-meta|author-info)(?:$|[\s_-])/

/**
 * Whether an element is a byline box by its class or id (`<p class="byline">By … · May 17, 2016</p>`).
 *
 * @param element The element.
 */
export function isBylineBox(element: Element): boolean {
  return bylineClass.test(classAndId(element))
}
