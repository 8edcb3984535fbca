/**
 * rehype plugin: the order of a slide's fragments when pauses (`. . .`) made
 * some of them. The blocks after one pause share a step, so on a slide with
 * a pause every fragment gets reveal's `data-fragment-index` in document
 * order, the blocks of one pause the same one.
 */
import type { Element, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'
import { pauseProperty } from '../markdown/remark-fragments.js'

function isFragment(element: Element): boolean {
  const classes = element.properties['className']
  return Array.isArray(classes) && classes.includes('fragment')
}

/** Number the fragments of one slide; returns nothing, changes the slide. */
function orderSlide(section: Element): void {
  const fragments: Element[] = []
  visit(section, 'element', (element: Element) => {
    if (element !== section && element.tagName === 'section') return SKIP
    if (element.tagName === 'aside') return SKIP
    if (isFragment(element) || element.properties[pauseProperty] !== undefined) fragments.push(element)
    return undefined
  })
  if (!fragments.some((element) => element.properties[pauseProperty] !== undefined)) return
  const steps = new Map<string, number>()
  let next = 0
  for (const element of fragments) {
    const pause = element.properties[pauseProperty]
    delete element.properties[pauseProperty]
    if (element.properties['dataFragmentIndex'] !== undefined) continue
    let step: number
    if (pause === undefined) step = next++
    else {
      const key = String(pause)
      step = steps.get(key) ?? next++
      steps.set(key, step)
    }
    element.properties['dataFragmentIndex'] = String(step)
  }
}

/**
 * Give the fragments of every slide that has a pause their step
 * (`data-fragment-index`), so the blocks after one pause show together.
 */
export function rehypeFragmentOrder() {
  return function (tree: Root): void {
    visit(tree, 'element', (element: Element) => {
      if (element.tagName !== 'section') return undefined
      const nested = element.children.some((child) => child.type === 'element' && child.tagName === 'section')
      if (!nested) {
        orderSlide(element)
        return SKIP
      }
      return undefined
    })
  }
}
