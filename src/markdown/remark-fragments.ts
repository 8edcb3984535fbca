/**
 * remark plugin: Pandoc's and Quarto's ways of revealing a slide step by step,
 * as reveal.js fragments. A paragraph of just `. . .` is a pause: what follows
 * it on the slide appears at the next step, together. The lists of an
 * `::: incremental` (or `::: {.incremental}`) container show one item per
 * step. Runs on slides (after `remarkSlides`), before fitting.
 */
import type { Data, Html, ListItem, Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import { incrementalCloseMarker, incrementalOpenMarker } from '../read/normalize-source.js'
import type { Slide } from '../types.js'

/**
 * Attribute that ties the blocks after one pause together, so they show at
 * the same step; `rehypeFragmentOrder` turns it into reveal's
 * `data-fragment-index` and removes it.
 */
export const pauseProperty = 'dataLecternPause'

/** Whether a node is a paragraph of nothing but `. . .` (Pandoc's pause). */
export function isPause(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false
  const only = node.children[0]!
  return only.type === 'text' && /^\.[ \t]\.[ \t]\.$/.test(only.value.trim())
}

/** Add a class (and other properties) to the element a node becomes. */
function addProperties(node: { data?: Data | undefined }, className: string, extra: Record<string, string> = {}): void {
  const data = (node.data ??= {}) as Data & { hProperties?: Record<string, unknown> }
  const properties = (data.hProperties ??= {})
  const classes = properties['className']
  const list = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? (classes as string).split(/\s+/) : []
  if (!list.includes(className)) list.push(className)
  properties['className'] = list
  Object.assign(properties, extra)
}

function isMarker(node: RootContent, marker: string): node is Html {
  return node.type === 'html' && node.value.trim() === marker
}

/**
 * Turn pauses and incremental lists on every slide into fragments.
 *
 * @returns Transformer.
 */
export function remarkFragments() {
  return function (tree: Root): void {
    let group = 0
    // A container may open before a slide's heading, so its state carries over from slide to slide.
    let incremental = 0
    visit(tree, 'slide', (slide: Slide) => {
      const kept: Slide['children'] = []
      let pause: string | undefined
      for (const node of slide.children) {
        if (node.type === 'notes') {
          // A marker written among the notes changes nothing there.
          node.children = node.children.filter((child) => !isMarker(child as RootContent, incrementalOpenMarker) && !isMarker(child as RootContent, incrementalCloseMarker))
          kept.push(node)
          continue
        }
        if (isMarker(node, incrementalOpenMarker)) {
          incremental++
          continue
        }
        if (isMarker(node, incrementalCloseMarker)) {
          incremental = Math.max(0, incremental - 1)
          continue
        }
        if (isPause(node)) {
          pause = String(++group)
          continue
        }
        if (pause !== undefined) addProperties(node, 'fragment', { [pauseProperty]: pause })
        if (incremental > 0 && node.type === 'list') for (const item of node.children as ListItem[]) addProperties(item, 'fragment')
        kept.push(node)
      }
      slide.children = kept
    })
  }
}
