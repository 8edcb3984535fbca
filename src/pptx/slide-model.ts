/**
 * A built deck's slides as PowerPoint sees them: for each reveal `<section>`
 * of the rendered document's hast tree, its layout, title, text blocks
 * (paragraphs, lists with their levels, code, tables, pictures, quotes) and
 * speaker notes (`slide-blocks.ts`, `inline-runs.ts`; the data is typed in
 * `slide-model-types.ts`). Pure: a tree in, plain data out; `pptx-document.ts` draws it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { isLayoutName } from '../article/layout-names.js'
import { classes, findElement, headingLevel, stringProperty } from './hast-elements.js'
import { inlineRuns, trimRuns } from './inline-runs.js'
import { blocksOf, notesText } from './slide-blocks.js'
import type { BlockModel, SlideLayout, SlideModel, TextRun } from './slide-model-types.js'

/**
 * Read every slide of a rendered deck.
 *
 * @param tree The document tree of a rendered deck (`RenderedDeck.tree`).
 * @returns The slides in reading order (vertical stacks flattened).
 */
export function slidesOf(tree: Root): SlideModel[] {
  const container = findElement(tree, (element) => element.tagName === 'div' && classes(element).includes('slides'))
  const sections: Element[] = []
  const collect = (nodes: readonly (RootContent | ElementContent)[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element' || node.tagName !== 'section') continue
      // A vertical stack is a section of sections.
      if (node.children.some((child) => child.type === 'element' && child.tagName === 'section')) collect(node.children)
      else sections.push(node)
    }
  }
  collect(container?.children ?? [])
  return sections.map((section, index) => slideOf(section, index + 1))
}

/** One slide from its `<section>`: layout, title, blocks, notes, background, source line. */
function slideOf(section: Element, index: number): SlideModel {
  const names = classes(section)
  const declared = section.properties.dataLayout
  let layout: SlideLayout = isLayoutName(declared) ? declared : names.includes('title-slide') ? 'title' : 'bullets'
  if (layout === 'image' && names.includes('layout-image-beside')) layout = 'image-beside'
  const notes: string[] = []
  const blocks: BlockModel[] = []
  let title: TextRun[] | undefined
  let titleLevel: number | undefined
  for (const child of section.children) {
    if (child.type !== 'element') {
      if (child.type === 'text' && child.value.trim()) blocks.push({ kind: 'paragraph', runs: [{ text: child.value.trim() }] })
      continue
    }
    if (child.tagName === 'aside' && classes(child).includes('notes')) {
      notes.push(notesText(child))
      continue
    }
    const level = headingLevel(child)
    if (level !== undefined && title === undefined) {
      title = trimRuns(inlineRuns(child.children))
      titleLevel = level
      continue
    }
    blocks.push(...blocksOf(child))
  }
  const color = stringProperty(section, 'dataBackgroundColor')
  const image = stringProperty(section, 'dataBackgroundImage')
  const line = Number(section.properties.dataSourceLine)
  return {
    index,
    layout,
    title,
    titleLevel,
    blocks,
    notes: notes.filter(Boolean).join('\n\n'),
    background: color || image ? { color, image } : undefined,
    line: Number.isInteger(line) && line > 0 ? line : undefined
  }
}
