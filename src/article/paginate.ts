/**
 * Splitting a slide's face over several slides at paragraph, list-item,
 * table-row and code-line boundaries, using the box model of
 * `slide-metrics.ts` to decide what fits. Article mode paginates each
 * condensed section with it; `remark-fit-slides.ts` splits hand-written
 * slides that do not fit with it.
 */
import { isMermaidCode } from '../mermaid/mermaid-blocks.js'
import type { BlockContent, FootnoteDefinition, Heading, List, ListItem, RootContent } from 'mdast'
import { countWords } from './clause-grammar.js'
import { continuedHeading, headingText } from './long-headings.js'
import type { FaceUnit } from './condense.js'
import { codeLines, faceHeight, maxCodeLines } from './face-height.js'
import { slideMetrics, type SlideMetrics } from './slide-metrics.js'
import { isColumnList } from './list-columns.js'
import { firstPart, isSplittable, partCount, sliceFirst, sliceRest, splitToFit } from './face-units.js'
import { isContinued } from './continued.js'
import { excerptOfLongCode } from './code-excerpts.js'

// ── Pagination ───────────────────────────────────────────────────────────────

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** The slide box model; default: the `lectern` theme at 1280×720. */
  metrics?: SlideMetrics | undefined
  /** The section's heading (repeated, with "(cont.)", on every page). */
  heading?: Heading | undefined
  /** Whether the first page continues an earlier slide too (its heading also gets "(cont.)"); default `false`. */
  continued?: boolean | undefined
  /** Most bullets (list items) on one face; default 6 (`Infinity`: no limit). */
  maxBullets?: number | undefined
  /** Most words of text (code and tables aside) on one face; default 60 (`Infinity`: no limit). */
  maxFaceWords?: number | undefined
  /** Height of a face, heading included, in px; default `faceHeight` with `metrics`. */
  measure?: ((face: readonly RootContent[]) => number) | undefined
  /** Height a face may take, in px; default `metrics.contentHeight`. */
  height?: number | undefined
  /** The document's footnote definitions, to measure the footnotes a face cites (default `measure` only); default none (two lines each). */
  footnotes?: readonly FootnoteDefinition[] | undefined
  /**
   * Whether a listing longer than two code blocks shows its first block on the face, ending in a line "…", and
   * the whole listing in the notes (article mode: a talk shows an excerpt of a long output); default `false`.
   */
  excerptLongCode?: boolean | undefined
}

/** {@link PaginateOptions} settled. */
interface Limits {
  metrics: SlideMetrics
  heading: Heading | undefined
  continued: boolean
  maxBullets: number
  maxFaceWords: number
  measure: (face: readonly RootContent[]) => number
  height: number
}

/** Per-page limits of one layout run: bullets and words allowed on page `index`. */
interface PageCaps {
  bullets: (index: number) => number
  words: (index: number) => number
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
 * Split a section's units into pages that each fit one slide face under the
 * section's heading (the first page) or the heading with "(cont.)" (the
 * others). Lists are split between items, tables between rows (the header
 * row repeated), code between lines; a unit marked `keepWithNext` (a
 * sentence ending in ":" before its list, a sub-heading) starts a new page
 * rather than end one, and a lead-in always shares its page with the start
 * of what it introduces. Pages are evened out, and no continuation page is
 * left with a single list item that the page before could take or give one
 * to. Nothing is dropped or reordered.
 *
 * @param units The section's face units, in order.
 * @param options Box model, heading, limits (6 bullets, 60 words) and measure.
 * @returns At least one page.
 */
export function paginate(units: readonly FaceUnit[], options: PaginateOptions = {}): FaceUnit[][] {
  const metrics = options.metrics ?? defaultMetrics()
  const limits: Limits = {
    metrics,
    heading: options.heading,
    continued: options.continued === true,
    maxBullets: Math.max(1, options.maxBullets ?? 6),
    maxFaceWords: Math.max(1, options.maxFaceWords ?? maxFaceWords),
    measure: options.measure ?? ((face) => faceHeight([...face, ...(options.footnotes ?? [])], metrics)),
    height: options.height ?? metrics.contentHeight
  }
  if (options.excerptLongCode) units = units.map((unit) => excerptOfLongCode(unit, metrics))
  const uniform = (bullets: number): PageCaps => ({ bullets: () => bullets, words: () => limits.maxFaceWords })
  let caps = uniform(limits.maxBullets)
  let pages = layout(units, limits, caps)
  if (pages.length === 0) return [[]]
  if (pages.length > 1) {
    // Even the pages out: the fewest bullets per page that needs no more pages (15 bullets: 5, 5, 5, not 6, 6, 3).
    const total = bulletCount(units)
    // (Never below a list that a lead-in introduces, when one slide holds the two: evening out must not part them.)
    // (Nor below a short list, which is never split when a page holds it whole.)
    const introduced = units.reduce((most, unit, at) => (isLeadIn(unit) && units[at + 1]?.node.type === 'list' ? Math.max(most, bulletCount([units[at + 1]!])) : unit.node.type === 'list' && isShortList(unit.node) ? Math.max(most, bulletCount([unit])) : most), 0)
    const fewest = Math.max(Math.ceil(total / pages.length), introduced <= limits.maxBullets ? introduced : 0)
    for (let cap = fewest; cap < Math.min(limits.maxBullets, total); cap++) {
      const even = layout(units, limits, uniform(cap))
      if (even.length === pages.length && !hasLonePage(even)) {
        pages = even
        caps = uniform(cap)
        break
      }
    }
  }
  return withoutOrphans(units, pages, limits, caps)
}

/** Whether the last page holds a single bullet or line while the one before it is full. */
function hasLonePage(pages: readonly FaceUnit[][]): boolean {
  return pages.length > 1 && pages[pages.length - 1]!.length === 1 && bulletCount(pages[pages.length - 1]!) <= 1 && pages[pages.length - 2]!.length > 2
}

/**
 * Whether page `index` continues a section with a single list item and
 * nothing else: an orphan.
 */
function isOrphan(pages: readonly FaceUnit[][], index: number): boolean {
  if (index < 1) return false
  const own = pages[index]!.filter((unit) => !isCarried(unit) && !isInert(unit))
  if (own.length !== 1) return false
  const node = own[0]!.node
  const item = node.type === 'listItem' ? node : node.type === 'list' && node.children.length === 1 ? node.children[0]! : undefined
  return item !== undefined && !item.children.some((child) => child.type === 'list')
}

/**
 * Move a continuation page's single list item onto the page before when
 * that page can take it, or give the orphan a companion by ending the page
 * before one bullet earlier, all within the limits (bullets, words, height).
 */
function withoutOrphans(units: readonly FaceUnit[], pages: FaceUnit[][], limits: Limits, caps: PageCaps): FaceUnit[][] {
  for (let index = 1; index < pages.length; index++) {
    if (!isOrphan(pages, index)) continue
    const before = index - 1
    const previous = caps
    const count = bulletCount(pages[before]!.filter((unit) => !isCarried(unit)))
    const take: PageCaps = {
      bullets: (page) => (page === before ? Math.min(limits.maxBullets, count + bulletCount(pages[index]!)) : previous.bullets(page)),
      words: (page) => (page === before ? limits.maxFaceWords : previous.words(page))
    }
    const taken = count < take.bullets(before) ? layout(units, limits, take) : undefined
    if (taken && taken.length === pages.length - 1 && !isOrphan(taken, before)) {
      pages = taken
      caps = take
      // The page after may be an orphan now.
      index--
      continue
    }
    const give: PageCaps = {
      bullets: (page) => (page === before ? count - 1 : page === index ? limits.maxBullets : previous.bullets(page)),
      words: (page) => (page === index ? limits.maxFaceWords : previous.words(page))
    }
    // (Not an item of a whole list that ends the page before, to a bullet of another unit: SAR's three drawbacks lost their
    // third to "You need to be aware…", a slide on from their lead-in. A lone bullet reads as a statement.)
    const whole = pages[before]!.at(-1)?.node.type === 'list' && pages[index]!.find((unit) => !isCarried(unit) && !isInert(unit))?.node.type !== 'list'
    const given = count > 0 && !whole ? layout(units, limits, give) : undefined
    if (given && given.length === pages.length && !isOrphan(given, before) && !isOrphan(given, index)) {
      pages = given
      caps = give
    }
  }
  return pages
}

/** Greedy pagination within `caps`. */
function layout(units: readonly FaceUnit[], limits: Limits, caps: PageCaps): FaceUnit[][] {
  const { heading, metrics } = limits
  const first = heading && limits.continued ? continuedHeading(heading) : heading
  const headings = heading ? [[first!], [continuedHeading(heading)]] : [[], []]
  const pages: FaceUnit[][] = [[]]
  const current = (): FaceUnit[] => pages[pages.length - 1]!
  const fitsHeight = (page: readonly FaceUnit[]): boolean =>
    limits.measure([...headings[pages.length > 1 ? 1 : 0]!, ...assembleFace(page)]) <= limits.height
  const headingWords = heading ? countWords(headingText(heading)) : 0
  // A continuation page's heading also says "(cont.)".
  const fits = (page: readonly FaceUnit[]): boolean =>
    bulletCount(page) <= caps.bullets(pages.length - 1) &&
    faceWords(page) + headingWords + (pages.length > 1 || limits.continued ? 1 : 0) <= caps.words(pages.length - 1) &&
    fitsHeight(page)
  // The sub-heading the next unit belongs to, repeated with "(cont.)" at the top of a new page.
  let subheading: Heading | undefined
  const newPage = (next: FaceUnit): void => {
    pages.push([])
    if (subheading && next.node.type !== 'heading') current().push({ node: continuedHeading(subheading), notes: [], keepWithNext: true })
  }

  // Code longer than its block shows scrolls, and a PDF cuts it: such code is split even when it fits.
  // (Lines as shown: a long line wraps.)
  const tooLong = (unit: FaceUnit): boolean => unit.node.type === 'code' && !isMermaidCode(unit.node) && codeLines(unit.node, metrics) > maxCodeLines(metrics)
  // Such code is cut into even parts: 30 lines as 10, 10 and 10, not 14, 14 and 2.
  const fitsPart = (whole: FaceUnit, part: FaceUnit): boolean => {
    if (whole.node.type !== 'code' || part.node.type !== 'code') return true
    const parts = Math.ceil(codeLines(whole.node, metrics) / maxCodeLines(metrics))
    return codeLines(part.node, metrics) <= maxCodeLines(metrics) && partCount(part) <= Math.ceil(partCount(whole) / Math.max(1, parts))
  }
  const fitsFresh = (group: readonly FaceUnit[]): boolean => {
    pages.push([])
    // With a little room to spare: a slide of one listing may take another layout, a few pixels taller than the model's.
    const whole = fits(group) && !tooLong(group[0]!) && limits.measure([...headings[1]!, ...assembleFace(group)]) <= limits.height * 0.96
    pages.pop()
    return whole
  }
  const place = (unit: FaceUnit): void => {
    current().push(unit)
    if (unit.node.type === 'heading') subheading = unit.node
  }

  const queue = [...units]
  for (let index = 0; index < queue.length; index++) {
    const unit = queue[index]!
    const page = current()
    const started = page.some((placed) => !isCarried(placed))
    // What a lead-in introduces starts on the lead-in's page: all of it that fits, at least its first item, row or lines.
    if (isLeadIn(page[page.length - 1])) {
      if (!isSplittable(unit) || (fits([...page, unit]) && !tooLong(unit))) {
        place(unit)
        continue
      }
      const [head, rest] = splitToFit(unit, (part) => fits([...page, part]) && fitsPart(unit, part), 1)
      const start = head ?? sliceFirst(unit)
      const leadIn = page[page.length - 1]!
      place(start)
      const remainder = head ? rest : start === unit ? undefined : sliceRest(unit, partCount(start))
      if (remainder) {
        // (A list's lead-in is said again over the rest of it: "…were defined by users as packages that:" had left five
        // items on the next slide with no subject.)
        // (Over three items at least, two read on from the page before; and only where the next page holds it with the rest,
        // not a third page for it.)
        const copy: FaceUnit = { ...leadIn, node: structuredClone(leadIn.node), notes: [], position: undefined }
        const again = unit.node.type === 'list' && partCount(remainder) >= 3 && faceWords([leadIn]) <= 20 && fitsFresh([copy, remainder]) ? [copy] : []
        queue.splice(index + 1, 0, ...again, remainder)
        newPage(again[0] ?? remainder)
      }
      continue
    }
    // Keep an introduction (or a sub-heading) with the start of what follows.
    const group = [unit]
    for (let at = index; queue[at]?.keepWithNext && queue[at + 1]; at++) group.push(firstPart(queue[at + 1]!))
    // A sub-heading takes two of its units along, not one.
    const after = queue[index + group.length]
    if (unit.node.type === 'heading' && group.length === 2 && after && group[1]!.node.type !== 'list' && after.node.type !== 'heading') group.push(firstPart(after))
    // A lead-in whose list would be split here, and which a fresh page holds whole with its list, starts that page:
    // the review of set 8 found list items at the top of a "(cont.)" slide, cut off from what they complete.
    const introduced = queue[index + 1]
    if (started && isLeadIn(unit) && introduced && isSplittable(introduced) && !fits([...page, unit, introduced]) && fits([...page, ...group]) && fitsFresh([unit, introduced])) {
      newPage(unit)
      index--
      continue
    }
    if (fits([...page, ...group]) && !tooLong(unit)) {
      place(unit)
      continue
    }
    // A table or a listing that a fresh page holds whole starts one rather than being split to fill this page.
    // (So does a short list: two items here and one on the next page read as two lists.)
    if (started && (unit.node.type === 'table' || (unit.node.type === 'code' && !isMermaidCode(unit.node)) || (unit.node.type === 'list' && (isShortList(unit.node) || isColumnList(unit.node)))) && fitsFresh(group)) {
      newPage(unit)
      index--
      continue
    }
    if ((group.length === 1 || !started) && isSplittable(unit)) {
      // Fill the page with the first items, rows or lines; a fresh page takes what it can, however little.
      const [head, rest] = splitToFit(unit, (part) => fits([...page, part]) && fitsPart(unit, part), started ? undefined : 1)
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
    // A lead-in that not even a fresh page holds with the quotation it introduces ("…the context in which Hutton was
    // publishing his work:" over 43 words) would stand alone on a slide: it goes to that unit's notes instead.
    const introducing = queue[index + 1]
    if (isLeadIn(unit) && introducing && !isSplittable(introducing) && !fits([...page, ...group])) {
      queue[index + 1] = { ...introducing, notes: [...unit.notes, ...introducing.notes] }
      continue
    }
    place(unit)
  }
  return pages.filter((page) => page.some((unit) => !isCarried(unit)))
}

/** Whether a unit introduces the next one: a sentence ending in ":" marked `keepWithNext`. */
function isLeadIn(unit: FaceUnit | undefined): boolean {
  return unit !== undefined && unit.keepWithNext === true && unit.node.type === 'paragraph'
}

/** Whether a unit takes no room and carries no text: an HTML comment (an `.element:` comment stays after its block). */
function isInert(unit: FaceUnit): boolean {
  return unit.node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(unit.node.value)
}

/** A list never split across two pages when one page holds it whole: four items, six short lines ("Organise social events…" had gone alone), or up to eight labels alone ("Patents"). */
const isShortList = (list: List): boolean => list.children.length <= 4 || (list.children.length <= 8 && faceWords([{ node: list, notes: [] }]) <= (list.children.length <= 6 ? 8 : 5) * list.children.length)

/** Most words of text (code and tables aside) on one face: more is read, not heard. */
const maxFaceWords = 60

/** Words of text on a page, code and tables not counted. */
function faceWords(page: readonly FaceUnit[]): number {
  let count = 0
  const walk = (node: RootContent | ListItem): void => {
    if (node.type === 'code' || node.type === 'table') return
    const text = node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : node.type === 'text' || node.type === 'inlineCode' ? node.value : undefined
    if (text !== undefined) count += countWords(text)
    else if ('children' in node) for (const child of node.children as RootContent[]) walk(child)
  }
  for (const unit of page) if (!isCarried(unit)) walk(unit.node)
  return count
}

/** A sub-heading repeated on a continuation page. */
function isCarried(unit: FaceUnit): boolean {
  return unit.node.type === 'heading' && unit.notes.length === 0 && unit.position === undefined && unit.keepWithNext === true && isContinued(headingText(unit.node))
}

/** Bullets on a page: list items, nested ones included. */
function bulletCount(page: readonly FaceUnit[]): number {
  let count = 0
  const items = (node: FaceUnit['node'] | RootContent): number => {
    if (node.type === 'listItem') return 1 + node.children.reduce((sum, child) => sum + items(child), 0)
    if (node.type !== 'list') return 0
    // (A list in two columns counts its rows: `list-columns.ts`.)
    // (And a short list of seven or eight things as six: one list a face holds, not four bullets and three cards.)
    if (isColumnList(node)) return Math.ceil(node.children.length / 2)
    const all = node.children.reduce((sum, item) => sum + items(item), 0)
    // (Its own short items too: "High availability at all tiers" over six parts had left "Database" alone on a page.)
    return all > 6 && all <= 8 && faceWords([{ node, notes: [] }]) <= 6 * all ? 6 : all
  }
  for (const unit of page) count += items(unit.node)
  return count
}
