/**
 * A code listing too long for a face, excerpted: the lines one block holds, then "…", the whole listing in the notes.
 */
import { isMermaidCode } from '../mermaid/mermaid-blocks.js'
import type { Code } from 'mdast'
import type { FaceUnit } from './condense.js'
import { codeLineCounts, codeLines, maxCodeLines } from './face-height.js'
import type { SlideMetrics } from './slide-metrics.js'

/**
 * A listing over two code blocks long as the face shows it: the lines one block holds, then "…"; the whole
 * listing goes to the notes. Other units as they are.
 */
export function excerptOfLongCode(unit: FaceUnit, metrics: SlideMetrics): FaceUnit {
  const node = unit.node
  const most = maxCodeLines(metrics)
  // A listing inside a list item shares the face with its item: over what is left of it, its first lines.
  if (node.type === 'list') {
    const room = Math.max(3, most - 3)
    let changed = false
    const children = node.children.map((item) => ({
      ...item,
      children: item.children.map((child) => {
        if (child.type !== 'code' || isMermaidCode(child) || codeLines(child, metrics) <= room) return child
        changed = true
        return excerptOf(child, room, metrics)
      })
    }))
    if (!changed) return unit
    // The whole list goes to the notes with its listings, unless it is there already (a shortened list).
    const noted = unit.notes.some((note) => note.type === 'list')
    return { ...unit, node: { ...node, children }, notes: noted ? unit.notes : [...unit.notes, structuredClone(node)] }
  }
  if (node.type !== 'code' || isMermaidCode(node)) return unit
  if (codeLines(node, metrics) <= 2 * most) return unit
  return { ...unit, node: excerptOf(node, most, metrics), notes: [...unit.notes, structuredClone(node)] }
}

/**
 * The first lines of a listing that take up to `most - 1` lines of a face, then a line "…"; past its opening imports
 * when the code after them fills the face (a Go provider's `Evaluate` had stopped at its first `if`, six lines of
 * `import (…)` before it).
 */
function excerptOf(node: Code, most: number, metrics: SlideMetrics): Code {
  const lines = node.value.split('\n')
  const counts = codeLineCounts(node, metrics)
  const start = preambleEnd(lines)
  const from = start >= 2 && counts.slice(start).reduce((sum, count) => sum + count, 0) > most ? start : 0
  let kept = from
  for (let shown = 0; kept < lines.length && shown + counts[kept]! <= most - 1; kept++) shown += counts[kept]!
  return { ...node, value: [...lines.slice(from, Math.max(from + 1, kept)), '…'].join('\n') }
}

/** A line of a listing's preamble: a package, an import (or a line of an import block), an include, a blank line. */
const preambleLine = /^\s*(?:package\s+[\w.]+;?|import\b.*|from\s+\S+\s+import\b.*|use\s+[\w:{}, *]+;|#include\b.*|(?:const|let|var)\s+[\w{}, ]+\s*=\s*require\(.*\);?|(?:\w+\s+)?"[^"]+"|\)|)\s*$/

/** The index of a listing's first line after its opening package and import lines (0 when it opens otherwise). */
function preambleEnd(lines: readonly string[]): number {
  let at = 0
  let opened = false
  while (at < lines.length && preambleLine.test(lines[at]!)) {
    if (/^\s*import\s*\($/.test(lines[at]!)) opened = true
    // (A quoted line or a closing bracket belongs to an import block only.)
    if (!opened && /^\s*(?:(?:\w+\s+)?"[^"]+"|\))\s*$/.test(lines[at]!)) break
    if (/^\s*\)\s*$/.test(lines[at]!)) opened = false
    at++
  }
  // (Only a preamble that is imports: a listing of blank lines, or of strings, is no preamble.)
  return lines.slice(0, at).some((line) => /^\s*(?:package|import|from|use|#include|const|let|var)\b/.test(line)) ? at : 0
}
