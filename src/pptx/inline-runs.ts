/**
 * Inline hast content as styled text runs for PowerPoint: bold, italic,
 * struck, code, links, superscripts and line breaks; neighbouring runs of one
 * style merged.
 */
import type { ElementContent } from 'hast'
import { toString } from 'hast-util-to-string'
import { classes, stringProperty, texOf } from './hast-elements.js'
import type { TextRun } from './slide-model-types.js'

/** Style inherited while reading inline content. */
type Style = Omit<TextRun, 'text' | 'break'>

/**
 * Inline content as styled runs: bold, italic, struck, code, links and line
 * breaks; math as its TeX source; pictures inline as their description.
 *
 * @param nodes Phrasing content.
 */
export function inlineRuns(nodes: readonly ElementContent[], style: Style = {}): TextRun[] {
  const runs: TextRun[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.value.replace(/\s+/g, ' ')
      if (text) runs.push({ ...style, text })
      continue
    }
    if (node.type !== 'element') continue
    const names = classes(node)
    if (names.includes('katex') || names.includes('math-inline') || names.includes('math-error')) {
      runs.push({ ...style, text: texOf(node), code: true })
      continue
    }
    switch (node.tagName) {
      case 'br':
        runs.push({ ...style, text: '', break: true })
        break
      case 'strong':
      case 'b':
        runs.push(...inlineRuns(node.children, { ...style, bold: true }))
        break
      case 'em':
      case 'i':
      case 'cite':
        runs.push(...inlineRuns(node.children, { ...style, italic: true }))
        break
      case 'sup':
        runs.push(...inlineRuns(node.children, { ...style, superscript: true }))
        break
      case 'del':
      case 's':
        runs.push(...inlineRuns(node.children, { ...style, strike: true }))
        break
      case 'code':
      case 'kbd':
      case 'samp':
        runs.push({ ...style, text: toString(node), code: true })
        break
      case 'a': {
        const href = stringProperty(node, 'href')
        runs.push(...inlineRuns(node.children, { ...style, link: href && /^(?:https?|mailto):/i.test(href) ? href : style.link }))
        break
      }
      case 'img': {
        const alt = stringProperty(node, 'alt')
        if (alt) runs.push({ ...style, text: alt, italic: true })
        break
      }
      case 'input':
        runs.push({ ...style, text: node.properties.checked ? '☑ ' : '☐ ' })
        break
      case 'aside':
      case 'script':
      case 'style':
        break
      default:
        runs.push(...inlineRuns(node.children, style))
    }
  }
  return mergeRuns(runs)
}

/** Join neighbouring runs of one style. */
function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (last && !run.break && sameStyle(last, run)) last.text += run.text
    else merged.push({ ...run })
  }
  return merged
}

/** Whether two runs have one style. */
function sameStyle(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.link === b.link && a.token === b.token && a.superscript === b.superscript
}

/** Runs without white space at either end. */
export function trimRuns(runs: TextRun[]): TextRun[] {
  const out = runs.map((run) => ({ ...run }))
  while (out.length > 0 && !out[0]!.break && out[0]!.text.trim() === '') out.shift()
  while (out.length > 0 && !out[out.length - 1]!.break && out[out.length - 1]!.text.trim() === '') out.pop()
  if (out[0]) out[0].text = out[0].text.trimStart()
  if (out.length > 0) out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd()
  return out
}

/**
 * The plain text of runs.
 *
 * @param runs Styled runs.
 */
export function plain(runs: readonly TextRun[]): string {
  return runs.map((run) => (run.break ? `\n${run.text}` : run.text)).join('')
}
