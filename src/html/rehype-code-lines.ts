/**
 * rehype plugin: line numbers and highlight steps of code with reveal.js's
 * `data-line-numbers` (from ```` ```js [1|2-3] ````), laid out at build time
 * as reveal.js's highlight plugin lays them out in the browser: a table of
 * numbered lines (`hljs-ln`), the lines of the first step marked
 * `highlight-line`, and one copy of the block per further step as a fragment
 * over it. reveal.js's own stylesheet dims the other lines; no script and no
 * 900 KB plugin are needed, and the print view shows the last step.
 * Runs after syntax highlighting.
 */
import type { Element, ElementContent, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

/** A line or a range of lines of one step. */
interface LineRange {
  start: number
  end: number
}

/**
 * Read reveal.js's steps: `1|2-3,5` is two steps, the second lines 2 to 3 and 5.
 *
 * @param value The `data-line-numbers` value.
 * @returns One list of ranges per step; an empty list highlights nothing.
 */
export function parseSteps(value: string): LineRange[][] {
  return value
    .replace(/\s+/g, '')
    .split('|')
    .map((step) =>
      step
        .split(',')
        .filter((part) => /^\d+(?:-\d+)?$/.test(part))
        .map((part) => {
          const [start, end = start] = part.split('-').map(Number) as [number, number?]
          return { start, end: Math.max(start, end) }
        })
    )
}

function classesOf(element: Element): string[] {
  const value = element.properties['className']
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? (value as string).split(/\s+/) : []
}

/**
 * Split highlighted code into lines: an element that spans a line end (a
 * multi-line comment or string) is cut in two, each part keeping its classes.
 */
export function splitLines(children: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]]
  // Copies, on the current line, of the elements around the text being placed (outermost first).
  let open: Array<{ source: Element; copy: Element }> = []
  const place = (node: ElementContent, chain: readonly Element[]): void => {
    let shared = 0
    while (shared < open.length && shared < chain.length && open[shared]!.source === chain[shared]) shared++
    open = open.slice(0, shared)
    for (const source of chain.slice(shared)) {
      const copy: Element = { type: 'element', tagName: source.tagName, properties: { ...source.properties }, children: [] }
      ;(open.length > 0 ? open[open.length - 1]!.copy.children : lines[lines.length - 1]!).push(copy)
      open.push({ source, copy })
    }
    ;(open.length > 0 ? open[open.length - 1]!.copy.children : lines[lines.length - 1]!).push(node)
  }
  const walk = (nodes: readonly ElementContent[], chain: readonly Element[]): void => {
    for (const node of nodes) {
      if (node.type === 'element' && node.children.length > 0) walk(node.children, [...chain, node])
      else if (node.type === 'text') {
        node.value.split('\n').forEach((part, index) => {
          if (index > 0) {
            lines.push([])
            open = []
          }
          if (part) place({ type: 'text', value: part }, chain)
        })
      } else place(node, chain)
    }
  }
  walk(children, [])
  // A final line end is not a line of its own.
  if (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop()
  return lines
}

function cell(className: string[], line: number, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'td', properties: { className, dataLineNumber: String(line) }, children }
}

/** The table of numbered lines reveal.js's highlight plugin makes (highlightjs-line-numbers' markup). */
function numberedTable(lines: ElementContent[][], startFrom: number): Element {
  const rows: Element[] = lines.map((line, index) => {
    const number = index + startFrom
    const numberCell = cell(['hljs-ln-line', 'hljs-ln-numbers'], number, [
      { type: 'element', tagName: 'div', properties: { className: ['hljs-ln-n'], dataLineNumber: String(number) }, children: [] }
    ])
    const codeCell = cell(['hljs-ln-line', 'hljs-ln-code'], number, line.length > 0 ? line : [{ type: 'text', value: ' ' }])
    return { type: 'element', tagName: 'tr', properties: {}, children: [numberCell, codeCell] }
  })
  return { type: 'element', tagName: 'table', properties: { className: ['hljs-ln'] }, children: [{ type: 'element', tagName: 'tbody', properties: {}, children: rows }] }
}

/** Mark the rows of a step's lines (counted from the block's first line) `highlight-line`. */
function highlight(code: Element, table: Element, step: LineRange[]): void {
  const rows = (table.children[0] as Element).children as Element[]
  let any = false
  rows.forEach((row, index) => {
    const line = index + 1
    if (step.some((range) => line >= range.start && line <= range.end)) {
      row.properties['className'] = ['highlight-line']
      any = true
    }
  })
  if (any) code.properties['className'] = [...classesOf(code), 'has-highlights']
}

function serialise(step: LineRange[]): string {
  return step.map((range) => (range.start === range.end ? String(range.start) : `${range.start}-${range.end}`)).join(',')
}

/** Lay out one `<pre>`'s numbered code; returns the new children of the `<pre>`. */
function layOut(code: Element): Element[] {
  const steps = parseSteps(String(code.properties['dataLineNumbers'] ?? ''))
  const startFrom = Number(code.properties['dataLnStartFrom'] ?? 1) || 1
  const lines = splitLines(code.children)
  const classes = classesOf(code)
  const base: Element = { ...code, properties: { ...code.properties, className: classes.includes('hljs') ? classes : [...classes, 'hljs'] } }
  return steps.map((step, index) => {
    const table = numberedTable(structuredClone(lines), startFrom)
    const copy: Element = { ...base, properties: { ...base.properties, dataLineNumbers: serialise(step) }, children: [table] }
    if (index > 0) copy.properties['className'] = [...classesOf(copy), 'fragment']
    highlight(copy, table, step)
    return copy
  })
}

/**
 * Number the lines of code that carries `data-line-numbers`, and add a
 * fragment per further highlight step.
 */
export function rehypeCodeLines() {
  return function (tree: Root): void {
    visit(tree, 'element', (element: Element) => {
      if (element.tagName !== 'pre') return undefined
      const code = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      if (!code || code.properties['dataLineNumbers'] === undefined) return undefined
      element.properties['className'] = [...classesOf(element), 'code-wrapper']
      element.children = layOut(code)
      return SKIP
    })
  }
}
