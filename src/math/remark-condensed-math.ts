/**
 * remark plugin: formulas back into the bullets article mode wrote. Bullets
 * are condensed from a sentence's text, where `$E = mc^2$` is only `E = mc^2`;
 * the speaker notes keep the sentence with its math. Each formula of a
 * slide's notes is found again in the text of the slide's face and becomes
 * math there too.
 */
import type { PhrasingContent, Root, Text } from 'mdast'
import type { InlineMath } from 'mdast-util-math'
import { SKIP, visit } from 'unist-util-visit'
import { inlineMath } from './inline-math.js'
import type { Slide } from '../types.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Split a text node at every formula in `formulas` (whole words only, longest first). */
function splitText(node: Text, pattern: RegExp): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(pattern)) {
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) })
    out.push(inlineMath(match[0]))
    last = match.index + match[0].length
  }
  if (out.length === 0) return [node]
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) })
  return out
}

function restore(slide: Slide): void {
  const formulas = new Set<string>()
  for (const child of slide.children) {
    if (child.type !== 'notes') continue
    visit(child, 'inlineMath', (node: InlineMath) => {
      if (node.value.trim()) formulas.add(node.value)
    })
  }
  if (formulas.size === 0) return
  const sorted = [...formulas].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\\\])(?:${sorted.map((each) => escapeStringRegexp(each)).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  for (const child of slide.children) {
    if (child.type === 'notes') continue
    visit(child, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return undefined
      const parts = splitText(node, pattern)
      if (parts.length === 1) return undefined
      parent.children.splice(index, 1, ...(parts as never[]))
      return [SKIP, index + parts.length]
    })
  }
}

/**
 * Turn formulas of each slide's notes found in the text of its face back into
 * inline math (after article mode condensed the prose).
 */
export function remarkCondensedMath() {
  return function (tree: Root): void {
    for (const node of tree.children) {
      if (node.type === 'slide') restore(node)
      else if (node.type === 'slideStack') node.children.forEach(restore)
    }
  }
}
