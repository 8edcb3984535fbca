/**
 * Splitting a section's condensed face over several slides at paragraph,
 * list-item, table-row and code-line boundaries, using the box model of
 * `slide-metrics.ts` to decide what fits.
 */
import type { BlockContent, FootnoteDefinition, Heading, List, ListItem, RootContent } from 'mdast'
import type { FaceUnit } from './condense.js'
import { faceHeight, maxCodeLines, slideMetrics, type SlideMetrics } from './slide-metrics.js'

// ── Pagination ───────────────────────────────────────────────────────────────

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** The slide box model; default: the `lectern` theme at 1280×720. */
  metrics?: SlideMetrics | undefined
  /** The section's heading (repeated, with "(cont.)", on every page). */
  heading?: Heading | undefined
  /** Most bullets (list items) on one face; default 6. */
  maxBullets?: number | undefined
  /** The document's footnote definitions, to measure the footnotes a face cites; default none (two lines each). */
  footnotes?: readonly FootnoteDefinition[] | undefined
}

const defaultMetrics = (): SlideMetrics => slideMetrics({ theme: 'lectern', width: 1280, height: 720, themeVariables: {} })

/**
 * Gather a page's units into the blocks of its face: adjacent bullets become
 * one list.
 *
 * @param units Units of one page, in order.
 * @returns The face blocks.
 */
export function assembleFace(units: readonly FaceUnit[]): BlockContent[] {
  const face: BlockContent[] = []
  let bullets: ListItem[] = []
  const flush = (): void => {
    if (bullets.length > 0) face.push({ type: 'list', ordered: false, spread: false, children: bullets })
    bullets = []
  }
  for (const unit of units) {
    // A unit that only carries notes shows nothing.
    if (unit.node.type === 'paragraph' && unit.node.children.length === 0) continue
    if (unit.node.type === 'listItem') {
      bullets.push(unit.node)
    } else {
      flush()
      face.push(unit.node)
    }
  }
  flush()
  return face
}

/**
 * Split a section's condensed units into pages that each fit one slide face
 * under the section's heading (the first page) or the heading with
 * "(cont.)" (the others). Lists are split between items, tables between rows
 * (the header row repeated), code between lines; a unit marked
 * `keepWithNext` (a sentence ending in ":" before its list, a sub-heading)
 * starts a new page rather than end one. Nothing is dropped or reordered.
 *
 * @param units The section's face units, in order.
 * @param options Box model, heading and bullet limit.
 * @returns At least one page.
 */
export function paginate(units: readonly FaceUnit[], options: PaginateOptions = {}): FaceUnit[][] {
  const metrics = options.metrics ?? defaultMetrics()
  const maxBullets = Math.max(1, options.maxBullets ?? 6)
  const footnotes = options.footnotes ?? []
  const greedy = layout(units, metrics, options.heading, maxBullets, footnotes)
  if (greedy.length < 2) return greedy.length > 0 ? greedy : [[]]
  // Even the pages out: the fewest bullets per page that needs no more pages (15 bullets: 5, 5, 5, not 6, 6, 3).
  const total = bulletCount(units)
  for (let cap = Math.ceil(total / greedy.length); cap < maxBullets; cap++) {
    const even = layout(units, metrics, options.heading, cap, footnotes)
    if (even.length === greedy.length && !hasLonePage(even)) return even
  }
  return greedy
}

/** Whether the last page holds a single bullet or line while the one before it is full. */
function hasLonePage(pages: readonly FaceUnit[][]): boolean {
  return pages.length > 1 && pages[pages.length - 1]!.length === 1 && bulletCount(pages[pages.length - 1]!) <= 1 && pages[pages.length - 2]!.length > 2
}

/** Greedy pagination with at most `maxBullets` bullets a page. */
function layout(units: readonly FaceUnit[], metrics: SlideMetrics, heading: Heading | undefined, maxBullets: number, footnotes: readonly FootnoteDefinition[]): FaceUnit[][] {
  const headings = heading ? [[heading], [continuedHeading(heading)]] : [[], []]
  const headingWords = heading ? headingText(heading).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length : 0
  const pages: FaceUnit[][] = [[]]
  const current = (): FaceUnit[] => pages[pages.length - 1]!
  const fits = (page: readonly FaceUnit[]): boolean =>
    bulletCount(page) <= maxBullets &&
    faceWords(page) + headingWords <= maxFaceWords &&
    faceHeight([...headings[pages.length > 1 ? 1 : 0]!, ...assembleFace(page), ...footnotes], metrics) <= metrics.contentHeight
  // The sub-heading the next unit belongs to, repeated with "(cont.)" at the top of a new page.
  let subheading: Heading | undefined
  const newPage = (next: FaceUnit): void => {
    pages.push([])
    if (subheading && next.node.type !== 'heading') current().push({ node: continuedHeading(subheading), notes: [], keepWithNext: true })
  }

  // Code longer than its block shows scrolls, and a PDF cuts it: such code is split even when it fits.
  const tooLong = (unit: FaceUnit): boolean => unit.node.type === 'code' && partCount(unit) > maxCodeLines(metrics)
  const place = (unit: FaceUnit): void => {
    current().push(unit)
    if (unit.node.type === 'heading') subheading = unit.node
  }

  const queue = [...units]
  for (let index = 0; index < queue.length; index++) {
    const unit = queue[index]!
    // Keep an introduction (or a sub-heading) with the start of what follows.
    const group = [unit]
    for (let at = index; queue[at]?.keepWithNext && queue[at + 1]; at++) group.push(firstPart(queue[at + 1]!))
    // A sub-heading takes two of its units along, not one.
    const after = queue[index + group.length]
    if (unit.node.type === 'heading' && group.length === 2 && after && group[1]!.node.type !== 'list' && after.node.type !== 'heading') group.push(firstPart(after))
    const page = current()
    const started = page.some((placed) => !isCarried(placed))
    if (fits([...page, ...group]) && !tooLong(unit)) {
      place(unit)
      continue
    }
    if (group.length === 1 && (unit.node.type === 'list' || unit.node.type === 'table' || unit.node.type === 'code')) {
      // Fill the page with the first items, rows or lines; a fresh page takes what it can, however little.
      const [head, rest] = splitToFit(unit, (part) => fits([...page, part]) && !tooLong(part), started ? undefined : 1)
      if (head && rest) {
        place(head)
        queue.splice(index + 1, 0, rest)
        newPage(rest)
        continue
      }
    }
    if (started) {
      // Try again on a fresh page.
      newPage(unit)
      index--
      continue
    }
    place(unit)
  }
  return pages.filter((page) => page.some((unit) => !isCarried(unit)))
}

/** Most words of text (code and tables aside) on one face: more is read, not heard. */
const maxFaceWords = 60

/** Words of text on a page, code and tables not counted. */
function faceWords(page: readonly FaceUnit[]): number {
  let count = 0
  const walk = (node: RootContent | ListItem): void => {
    if (node.type === 'code' || node.type === 'table') return
    const text = node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : node.type === 'text' || node.type === 'inlineCode' ? node.value : undefined
    if (text !== undefined) count += text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    else if ('children' in node) for (const child of node.children as RootContent[]) walk(child)
  }
  for (const unit of page) if (!isCarried(unit)) walk(unit.node)
  return count
}

/** A sub-heading repeated on a continuation page. */
function isCarried(unit: FaceUnit): boolean {
  return unit.node.type === 'heading' && unit.notes.length === 0 && unit.position === undefined && unit.keepWithNext === true && /\(cont\.\)$/.test(headingText(unit.node))
}

function headingText(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : 'children' in child ? child.children.map((inner) => ('value' in inner ? inner.value : '')).join('') : '')).join('')
}

/** The heading of a continuation page: the heading and a muted "(cont.)". */
export function continuedHeading(heading: Heading): Heading {
  return {
    ...structuredClone(heading),
    children: [...structuredClone(heading.children), { type: 'text', value: ' ' }, { type: 'emphasis', children: [{ type: 'text', value: '(cont.)' }], data: { hProperties: { className: ['cont'] } } }]
  }
}

/** Bullets on a page: list items, nested ones included. */
function bulletCount(page: readonly FaceUnit[]): number {
  let count = 0
  const items = (node: FaceUnit['node'] | RootContent): number =>
    node.type === 'listItem' ? 1 + node.children.reduce((sum, child) => sum + items(child), 0) : node.type === 'list' ? node.children.reduce((sum, item) => sum + items(item), 0) : 0
  for (const unit of page) count += items(unit.node)
  return count
}

/** The first part of a unit that could be split (two list items, a header row and a row, a few code lines). */
function firstPart(unit: FaceUnit): FaceUnit {
  if (unit.node.type === 'list' && unit.node.children.length > 2) return sliceUnit(unit, 0, 2)
  if (unit.node.type === 'table' && unit.node.children.length > 2) return sliceUnit(unit, 0, 2)
  if (unit.node.type === 'code' && unit.node.value.split('\n').length > 4) return sliceUnit(unit, 0, 4)
  return unit
}

/** How many parts (items, body rows, lines) a splittable unit has. */
function partCount(unit: FaceUnit): number {
  if (unit.node.type === 'list') return unit.node.children.length
  if (unit.node.type === 'table') return unit.node.children.length - 1
  if (unit.node.type === 'code') return unit.node.value.split('\n').length
  return 1
}

/**
 * Parts `start` to `end` of a list (items), table (body rows; the header row
 * is kept) or code block (lines), with the matching part of its notes.
 */
function sliceUnit(unit: FaceUnit, start: number, end: number): FaceUnit {
  const node = unit.node
  if (node.type === 'list') {
    const part: List = { ...node, children: node.children.slice(start, end) }
    if (node.ordered) part.start = (node.start ?? 1) + start
    const notes = unit.notes.map((note) => {
      if (note.type !== 'list' || note.children.length !== node.children.length) return note
      const notePart: List = { ...note, children: note.children.slice(start, end) }
      if (note.ordered) notePart.start = (note.start ?? 1) + start
      return notePart
    })
    // Notes that are not a matching list (prose) go with the first part only.
    return { ...unit, node: part, notes: start === 0 ? notes : notes.filter((note, index) => note !== unit.notes[index]), keepWithNext: false }
  }
  if (node.type === 'table') {
    const [header, ...body] = node.children
    return { ...unit, node: { ...node, children: [header!, ...body.slice(start, end)] }, notes: start === 0 ? unit.notes : [], keepWithNext: false }
  }
  if (node.type === 'code') {
    return { ...unit, node: { ...node, value: node.value.split('\n').slice(start, end).join('\n') }, notes: start === 0 ? unit.notes : [], keepWithNext: false }
  }
  return unit
}

/**
 * Split a list, table or code unit into the largest first part that `fits`
 * (at least `least` parts: by default two items or rows, or three lines)
 * and the rest. Code is cut after a blank line or before an unindented line
 * when one is near.
 */
function splitToFit(unit: FaceUnit, fits: (part: FaceUnit) => boolean, least = unit.node.type === 'code' ? 3 : 2): [FaceUnit | undefined, FaceUnit | undefined] {
  const count = partCount(unit)
  let best = 0
  for (let size = 1; size < count; size++) {
    if (fits(sliceUnit(unit, 0, size))) best = size
    else break
  }
  if (unit.node.type === 'code' && best > 0) best = codeBreak(unit.node.value.split('\n'), best)
  // On a fresh page even one part too many is better than the whole: a list of three long items goes one a page.
  if (best === 0 && least === 1 && count > 1) best = 1
  if (best < least || best >= count) return [undefined, unit]
  return [sliceUnit(unit, 0, best), sliceUnit(unit, best, count)]
}

/** A good place to cut `lines` at or before `limit`: after a blank line, or before an unindented line. */
function codeBreak(lines: readonly string[], limit: number): number {
  for (let at = limit; at > Math.max(2, limit * 0.6); at--) {
    if (lines[at - 1]!.trim() === '' || (/^\S/.test(lines[at] ?? '') && !/^[}\])]/.test(lines[at] ?? ''))) return at
  }
  return limit
}

