/**
 * Recognise the structure of a plain-text article and build an mdast tree.
 *
 * Stages: split and clean lines → drop boilerplate → read the front (caption,
 * kicker, title, standfirst, byline) → drop tables of contents → classify the
 * body lines into headings, paragraphs and lists (callouts, quotations and
 * their attributions are paragraphs; headings that start with a lower-case
 * tool name count when the document has other headings) → infer heading
 * depths → build mdast with positions.
 */

import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { findBoilerplate, type DropReason } from './boilerplate.js'
import { datelineDate, findFront } from './front.js'
import { inferDepths } from './headings.js'
import {
  countWords,
  endsQuotation,
  endsSentence,
  isAttribution,
  isCallout,
  isCitation,
  isCalloutLabel,
  isHeadlineShaped,
  isLowercaseHeadingShaped,
  isQuotation,
  splitLines,
  startsLowercase,
  type SourceLine
} from './lines.js'
import { listMarker, sectionNumbering, splitLabel, type ListMarker } from './lists.js'
import type { TextOutline } from './outline.js'
import { findCode } from './code.js'
import { entryKey, findToc } from './toc.js'

/** Options of {@link recogniseText}. */
export interface RecogniseOptions {
  /** The article's language (BCP 47): German adds German boilerplate rules; default `en`. */
  lang?: string | undefined
}

/** Title-slide metadata of a plain-text article, stored on `tree.data.textMeta`. */
export interface TextMeta {
  /** The title (`Untitled` when none was found). */
  title: string
  /** A short category label above the title. */
  kicker?: string | undefined
  /** The standfirst under the title. */
  subtitle?: string | undefined
  /** The author(s). */
  byline?: string | undefined
  /** The publication date, as written. */
  date?: string | undefined
  /** The article's language (BCP 47), when the source says (a web page's `<html lang>`). */
  lang?: string | undefined
}

declare module 'mdast' {
  interface RootData {
    /** Metadata recognised by {@link recogniseText} in a plain-text article. */
    textMeta?: TextMeta | undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    /** What {@link recogniseText} decided, for `lectern outline` and `--verbose`. */
    textOutline: TextOutline
  }
}

/** What {@link recogniseText} returns. */
export interface RecogniseResult {
  /** mdast: a depth-1 title heading, then sections (depth 2/3), paragraphs and lists, with positions. */
  tree: Root
  /** Title metadata, headings with line numbers, and the dropped lines. */
  outline: TextOutline
}

/** Title used when no line looks like one. */
export const untitled = 'Untitled'

/** A non-blank, kept line of the body with its shape. */
interface BodyLine {
  source: SourceLine
  /** A blank or dropped line comes before it. */
  gap: boolean
  kind: 'text' | 'item' | 'section' | 'code'
  item?: ListMarker | undefined
  /** A code listing (kind `code`): the whole listing, from its first line to {@link BodyLine.last}. */
  code?: string | undefined
  /** The last source line of a code listing. */
  last?: SourceLine | undefined
  /** Multi-level numbering levels for `section` lines. */
  levels?: number | undefined
  /** An attribution (`— Alan Kay`) under a quotation: it joins the quotation's paragraph. */
  attribution?: boolean | undefined
}

/** What is known about the whole body when its lines are grouped into blocks. */
interface BodyShape {
  /** Every line is cut at a fixed width: see {@link isHardWrapped}. */
  wrapped: boolean
  /** The text is an interview: see {@link isInterview}. */
  interview: boolean
  /** Indices in the body of lines that are headings starting with a lower-case word. */
  lowercase: ReadonlySet<number>
  /** Blocks are set apart by blank lines (most prose lines follow one): a heading then stands apart too. */
  spaced: boolean
  /** Indices of long numbered lines that continue a run of numbered headings: see {@link longNumbered}. */
  numbered: ReadonlySet<number>
  /** Indices of lines that repeat an item of a list before them (an outline in the introduction): see {@link listedLines}. */
  listed: ReadonlySet<number>
}

type Block =
  | { type: 'heading'; line: BodyLine; numbering: number }
  | { type: 'paragraph'; lines: BodyLine[] }
  | { type: 'list'; ordered: boolean; start: number | undefined; marker: string; items: BodyLine[][]; labels: boolean }
  | { type: 'code'; line: BodyLine }

/**
 * Recognise a plain-text article.
 *
 * @param text The article, as read (BOM, CRLF/CR line ends, tabs and
 *   non-breaking spaces are handled).
 * @param file Optional vfile: dropped lines are reported on it as info
 *   messages with their positions, a missing title as a warning, and the
 *   outline is stored on `file.data.textOutline`.
 * @param options The article's language.
 * @returns The mdast tree and the outline.
 */
export function recogniseText(text: string, file?: VFile, options: RecogniseOptions = {}): RecogniseResult {
  const lines = splitLines(text)
  const dropped = new Map<number, DropReason>(findBoilerplate(lines, options.lang))
  const { front, bodyStart, dropped: captions } = findFront(lines, dropped)
  for (const [index, reason] of captions) dropped.set(index, reason)
  for (const [index, reason] of findToc(lines, bodyStart, dropped)) dropped.set(index, reason)
  // Lines before the body that were neither metadata nor dropped do not exist: the front consumes them all.

  const body: BodyLine[] = []
  let gap = true
  // Code listings first: their lines are neither prose nor list items, blank lines inside them included.
  const raw = text.split(/\r\n|\r|\n/)
  const listings = new Map(findCode(lines, raw, bodyStart, dropped).map((run) => [run.start, run]))
  for (let index = bodyStart; index < lines.length; index++) {
    const listing = listings.get(index)
    if (listing) {
      body.push({ source: lines[index]!, gap, kind: 'code', code: listing.value, last: lines[listing.end - 1]! })
      index = listing.end - 1
      gap = true
      continue
    }
    const source = lines[index]!
    // A bullet with nothing after it ("•" left by a copied list) separates like a blank line.
    if (source.blank || dropped.has(index) || /^\s*[-*•·▪◦‣●○+]\s*$/.test(source.text)) {
      gap = true
      continue
    }
    body.push(classify(source, gap))
    gap = false
  }
  markAttributions(body)

  const wrapped = isHardWrapped(body)
  const shape: BodyShape = { wrapped, interview: isInterview(body), lowercase: new Set(), spaced: !wrapped && isSpaced(body), numbered: longNumbered(body), listed: listedLines(body) }
  let blocks = toBlocks(body, shape)
  // Headings that start with a lower-case word (`git subtrees`) count only next to other headings.
  const lowercase = lowercaseHeadings(body, shape.wrapped)
  if (lowercase.size > 0 && (lowercase.size >= minLowercaseHeadings || blocks.some((block) => block.type === 'heading'))) {
    blocks = toBlocks(body, { ...shape, lowercase })
  }
  const headings = blocks.filter((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading')
  const depths = inferDepths(
    headings.map((heading) => {
      const own = blocks.slice(blocks.indexOf(heading) + 1)
      const next = own.findIndex((block) => block.type === 'heading')
      const section = next === -1 ? own : own.slice(0, next)
      const words = section.reduce((sum, block) => sum + blockWords(block), 0)
      const last = section[section.length - 1]
      return {
        text: heading.line.source.text,
        numbering: heading.numbering,
        blocks: section.length,
        words,
        endsWithColon: last?.type === 'paragraph' && /:$/.test(last.lines[last.lines.length - 1]!.source.text)
      }
    })
  )

  const title = front.title ?? untitled
  const firstParagraph = blocks.find((block) => block.type === 'paragraph')
  const date = front.date ?? (firstParagraph?.type === 'paragraph' ? datelineDate(joinLines(firstParagraph.lines)) : undefined)
  const meta: TextMeta = { title }
  if (front.kicker) meta.kicker = front.kicker
  if (front.subtitle) meta.subtitle = front.subtitle
  if (front.byline) meta.byline = front.byline
  if (date) meta.date = date

  const titleSource = front.titleLine === undefined ? undefined : lines[front.titleLine - 1]
  const titleHeading: Heading = { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }
  if (titleSource) {
    titleHeading.position = span(titleSource, titleSource)
    titleHeading.children[0]!.position = span(titleSource, titleSource)
  }
  const children: RootContent[] = [titleHeading]
  let headingIndex = 0
  for (const block of blocks) {
    if (block.type === 'heading') children.push(toHeading(block.line, depths[headingIndex++]!))
    else if (block.type === 'paragraph') children.push(toParagraph(block.lines))
    else if (block.type === 'code') children.push({ type: 'code', lang: null, meta: null, value: block.line.code!, position: span(block.line.source, block.line.last!) })
    else children.push(toList(block))
  }

  const tree: Root = { type: 'root', children, data: { textMeta: meta } }
  if (lines.length > 0) {
    const last = lines[lines.length - 1]!
    tree.position = {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: last.line, column: last.endColumn, offset: last.endOffset }
    }
  }

  const outline: TextOutline = {
    ...meta,
    titleLine: front.titleLine,
    headings: headings.map((heading, index) => ({ depth: depths[index]!, text: heading.line.source.text, line: heading.line.source.line })),
    dropped: [...dropped.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, reason]) => ({ line: lines[index]!.line, text: lines[index]!.text, reason }))
  }
  if (outline.titleLine === undefined) delete outline.titleLine

  if (file) {
    file.data.textOutline = outline
    if (!front.title) {
      file.message(`Expected a title (a short first line without final punctuation), found none; using “${untitled}”`, {
        place: { line: 1, column: 1 },
        source: 'lectern',
        ruleId: 'text-title'
      })
    }
    for (const [index, reason] of [...dropped.entries()].sort((a, b) => a[0] - b[0])) {
      const line = lines[index]!
      file.info(`Dropped ${reason} line: “${line.text.length > 60 ? line.text.slice(0, 59) + '…' : line.text}”`, {
        place: span(line, line),
        source: 'lectern',
        ruleId: 'text-dropped'
      })
    }
  }
  return { tree, outline }
}

/** Words of a line that is a paragraph of its own in text with a paragraph a line. */
const minParagraphWords = 25

/** Most words in a line that repeats an outline entry and so is a heading. */
const maxListedHeadingWords = 14

/**
 * Lines that repeat, on their own, an item of a list earlier in the text:
 * an introduction that outlines the article ("- Funding: Ways to pay for
 * maintenance time.") and then the same words above each part. Such a line
 * is a heading whatever its shape (a label, a final full stop).
 */
function listedLines(body: readonly BodyLine[]): Set<number> {
  const found = new Set<number>()
  const items = new Set<string>()
  body.forEach((line, index) => {
    if (line.kind === 'item') {
      const key = entryKey(line.item!.content)
      if (key !== '') items.add(key)
      return
    }
    if (line.kind !== 'text' || countWords(line.source.text) > maxListedHeadingWords || !body[index + 1]) return
    if (items.has(entryKey(line.source.text))) found.add(index)
  })
  return found
}

/** Most words in a heading made of questions only. */
const maxQuestionHeadingWords = 24

/** Whether a line holds only questions (an exclamation may open it): "Help! What should I do?". */
function isQuestionLine(text: string): boolean {
  if (countWords(text) > maxQuestionHeadingWords || !/\?["'”’)]*$/.test(text)) return false
  const sentences = text.split(/(?<=[.!?])\s+(?=["'“‘]?\p{Lu})/u)
  return sentences.length > 1 && sentences.slice(1).every((sentence) => /\?["'”’)]*$/.test(sentence)) && /[!?]["'”’)]*$/.test(sentences[0]!)
}

/** Whether most words of four letters or more start with a capital (Title Case), with three such words at least. */
function isTitleCaseText(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word))
  return words.length >= 3 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.7 && !/[.!?]$/.test(text)
}

/** Most words in a numbered heading that continues a run of numbered headings. */
const maxNumberedHeadingWords = 24

/**
 * Numbered lines that stand apart and continue a run of two or more
 * numbered headings may be longer than a heading on its own ("5. Write the
 * best code possible today and be completely unattached to it and willing to
 * delete it tomorrow"): their indices.
 */
function longNumbered(body: readonly BodyLine[]): Set<number> {
  const found = new Set<number>()
  let expected: number | undefined
  let seen = 0
  body.forEach((line, index) => {
    if (line.kind !== 'item' || !line.item?.ordered || !line.gap || (body[index + 1] && !body[index + 1]!.gap)) return
    const number = Number.parseInt(line.source.text.replace(/^\(/, ''), 10)
    const content = line.item.content
    if (isHeadlineShaped(content)) {
      expected = number + 1
      seen++
      return
    }
    if (number !== expected || seen < 2) return
    if (countWords(content) > maxNumberedHeadingWords || /[.,;:]$/.test(content) || /[.!?]\s+\p{Lu}/u.test(content)) return
    found.add(index)
    expected = number + 1
    seen++
  })
  return found
}

function classify(source: SourceLine, gap: boolean): BodyLine {
  const section = sectionNumbering(source.text)
  if (section && isHeadlineShaped(section.content)) return { source, gap, kind: 'section', levels: section.levels }
  const item = listMarker(source.text)
  if (item) return { source, gap, kind: 'item', item }
  return { source, gap, kind: 'text' }
}

/**
 * Mark attribution lines (`— Alan Kay`): a dash and a name right after a
 * quotation, or after any sentence when the dash line is not part of a list.
 * They are prose, not list items.
 */
function markAttributions(body: BodyLine[]): void {
  for (let at = 1; at < body.length; at++) {
    const line = body[at]!
    const previous = body[at - 1]!
    if (previous.kind === 'item') continue
    const next = body[at + 1]
    const inList = next !== undefined && !next.gap && next.kind === 'item' && next.item!.marker === line.item?.marker
    const quoted = endsQuotation(previous.source.text)
    if (isAttribution(line.source.text, quoted) && (quoted || (endsSentence(previous.source.text) && !inList))) {
      body[at] = { source: line.source, gap: line.gap, kind: 'text', attribution: true }
    }
  }
}

/** Whether most prose lines of the body follow a blank line: blocks are set apart. */
function isSpaced(body: readonly BodyLine[]): boolean {
  const prose = body.filter((line, index) => index > 0 && line.kind === 'text' && countWords(line.source.text) >= 12)
  return prose.length >= 4 && prose.filter((line) => line.gap).length >= prose.length * 0.8
}

/**
 * Whether the body is hard-wrapped (every line cut at a fixed width): then
 * consecutive prose lines always join, even after a full stop.
 */
function isHardWrapped(body: readonly BodyLine[]): boolean {
  const text = body.filter((line) => line.kind === 'text')
  if (text.length < 4) return false
  if (Math.max(...text.map((line) => line.source.text.length)) > 100) return false
  let inside = 0
  let open = 0
  for (let index = 0; index + 1 < body.length; index++) {
    const line = body[index]!
    if (line.kind !== 'text' || body[index + 1]!.gap || body[index + 1]!.kind !== 'text') continue
    inside++
    if (!endsSentence(line.source.text) && !line.attribution) open++
  }
  return inside >= 3 && open * 2 >= inside
}

/** Most words in a question that is a heading of an interview. */
const maxQuestionWords = 24

/** A question on a line of its own, between blank lines: in an interview, a heading even when it has two sentences. */
function isStandaloneQuestion(body: readonly BodyLine[], at: number): boolean {
  const line = body[at]!
  const next = body[at + 1]
  return line.kind === 'text' && line.gap && next !== undefined && next.gap && next.kind === 'text' && /\?["'”’)]*$/.test(line.source.text) && countWords(line.source.text) <= maxQuestionWords && /^["'“‘]?\p{Lu}/u.test(line.source.text)
}

/** Whether the text is an interview: at least three questions stand on lines of their own. */
function isInterview(body: readonly BodyLine[]): boolean {
  let questions = 0
  for (let at = 0; at < body.length; at++) if (isStandaloneQuestion(body, at)) questions++
  return questions >= 3
}

/** Fewest lower-case headings that count in a document without other headings. */
const minLowercaseHeadings = 3
/** Fewest words in the paragraph after a lower-case heading. */
const minWordsAfterLowercaseHeading = 12

/**
 * Find the lines that are headings although they start with a lower-case
 * word (`git subtrees`, `npm workspaces`): heading-shaped (see
 * {@link isLowercaseHeadingShaped}), apart from the text before (a blank
 * line, or a finished sentence in a text that is not hard-wrapped; never
 * after a colon), and followed by a paragraph of at least 12 words that
 * starts with a capital.
 *
 * @returns Indices in `body`.
 */
function lowercaseHeadings(body: readonly BodyLine[], wrapped: boolean): Set<number> {
  const found = new Set<number>()
  for (let at = 0; at + 1 < body.length; at++) {
    const line = body[at]!
    const next = body[at + 1]!
    const previous = body[at - 1]
    if (line.kind !== 'text' || line.attribution || !isLowercaseHeadingShaped(line.source.text)) continue
    if (previous) {
      const text = previous.source.text
      if (/:$/.test(text)) continue
      const finished = endsSentence(text) || previous.kind === 'item' || previous.attribution === true
      if (!finished || (!line.gap && wrapped)) continue
    }
    if (next.kind !== 'text' || startsLowercase(next.source.text)) continue
    // The paragraph after it: the next line, and in a hard-wrapped text the lines that continue it.
    const paragraph = [next.source.text]
    for (let more = at + 2; wrapped && more < body.length && !body[more]!.gap && body[more]!.kind === 'text'; more++) {
      paragraph.push(body[more]!.source.text)
    }
    const following = paragraph.join(' ')
    if (!isHeadlineShaped(following) && countWords(following) >= minWordsAfterLowercaseHeading) found.add(at)
  }
  return found
}

/** Whether `line` (a text or numbered line) can be a heading, given its neighbours. */
function isHeading(body: readonly BodyLine[], at: number, shape: BodyShape): boolean {
  const line = body[at]!
  const next = body[at + 1]
  const previous = body[at - 1]
  if (!next) return false
  if (shape.lowercase.has(at) || shape.listed.has(at)) return true
  if (!next.gap && next.kind === 'text' && startsLowercase(next.source.text) && !shape.lowercase.has(at + 1)) return false
  if (line.kind === 'section') return true
  if (shape.interview && isStandaloneQuestion(body, at)) return true
  const content = line.kind === 'item' ? line.item!.content : line.source.text
  // A line of questions only ("Help! What should I do?", "What does this mean for developers? Do we
  // still write Dockerfiles?") that stands apart and leads a paragraph is a heading.
  // (In text with a paragraph a line and no blank lines, the line before must end its sentence instead.)
  const apart = line.gap || (!shape.wrapped && !shape.spaced && previous?.kind === 'text' && endsSentence(previous.source.text))
  const questions = line.kind === 'text' && isQuestionLine(content) && apart && next.kind === 'text' && !isHeadlineShaped(next.source.text)
  if (!isHeadlineShaped(content) && !shape.numbered.has(at) && !questions) return false
  // Callouts (`Note: …`, `Tip: …`) and quotations (`“Simple things should be simple.”`) are prose; a quoted
  // line without sentence punctuation that stands apart and leads a paragraph, with no attribution under
  // it, can be a heading (`“A little copying is better than a little dependency”`). So can a callout label
  // before Title Case words ("Warning: Learning Overload: Code and Data Literacy in One Workshop").
  if (isCallout(content) && !(isTitleCaseText(content.replace(/^[^:]+:\s*/, '')) && !isHeadlineShaped(next.source.text) && next.kind === 'text')) return false
  if (isQuotation(content) && (/[.!?…,;:]\s*\S?$/.test(content.slice(0, -1)) || !line.gap || next.attribution || next.kind !== 'text' || isHeadlineShaped(next.source.text))) {
    return false
  }
  // `Label: text` is prose, unless it is a short line without a full stop that leads a paragraph ("What to expect: as a user").
  if (/^[^:]{1,40}:\s+\p{Ll}/u.test(content) && !(countWords(content) <= 8 && !/[.!?;,]$/.test(content) && next.kind === 'text' && countWords(next.source.text) >= 12 && !isCallout(content))) return false
  // In text whose blocks stand apart, a line right under a paragraph ("Matteo Collina, via social media") is no heading.
  if (shape.spaced && previous && !line.gap && previous.kind === 'text') return false
  if (previous && !line.gap) {
    const text = previous.source.text
    // After a colon comes what it introduces, unless a paragraph ends on "…brings us to the next point:" and
    // a paragraph follows this line too (one paragraph a line, no blank lines).
    const pointsOn = !shape.wrapped && countWords(text) >= minParagraphWords && next.kind === 'text' && countWords(next.source.text) >= minParagraphWords
    if (/:$/.test(text) && !pointsOn) return false
    if (previous.kind === 'text' && !previous.attribution && !endsSentence(text) && !isHeadlineShaped(text) && !(pointsOn && /:$/.test(text))) return false
  }
  if (line.kind === 'item') {
    if (!line.item!.ordered) return false
    if (next.kind === 'item' && next.item!.ordered) return false
    // The next item of a numbered list, not a heading.
    if (previous?.kind === 'item' && previous.item!.ordered) {
      if (!line.gap) return false
      if (previous.item!.marker === line.item!.marker && previous.item!.number! + 1 === line.item!.number) return false
    }
  }
  return true
}

/** Whether the lines from `at` on start an unbulleted list of at least two `Label: text` lines. */
function labelRun(body: readonly BodyLine[], at: number): number {
  let end = at
  while (
    end < body.length &&
    body[end]!.kind === 'text' &&
    (end === at || !body[end]!.gap) &&
    splitLabel(body[end]!.source.text) &&
    !isCallout(body[end]!.source.text)
  ) {
    end++
  }
  return end - at >= 2 ? end - at : 0
}

/** After a line ending with a colon: the number of short lines that follow without a gap (an unbulleted list), if ≥ 2. */
function shortRun(body: readonly BodyLine[], at: number): number {
  let end = at
  while (
    end < body.length &&
    !body[end]!.gap &&
    body[end]!.kind === 'text' &&
    countWords(body[end]!.source.text) <= 15 &&
    !/:$/.test(body[end]!.source.text)
  ) {
    end++
  }
  return end - at >= 2 ? end - at : 0
}

function toBlocks(body: readonly BodyLine[], shape: BodyShape): Block[] {
  const { wrapped, lowercase } = shape
  const blocks: Block[] = []
  let at = 0
  while (at < body.length) {
    const line = body[at]!
    const open = blocks[blocks.length - 1]
    if (line.kind === 'code') {
      blocks.push({ type: 'code', line })
      at++
      continue
    }

    if ((line.kind === 'text' || line.kind === 'section' || line.item?.ordered) && isHeading(body, at, shape)) {
      blocks.push({ type: 'heading', line, numbering: line.kind === 'section' ? line.levels! : line.kind === 'item' ? 1 : 0 })
      at++
      continue
    }

    if (line.kind === 'item') {
      const marker = line.item!
      const list =
        open?.type === 'list' && open.marker === marker.marker && open.ordered === marker.ordered && !open.labels ? open : undefined
      const items = [line]
      at++
      // Continuation lines: indented, starting lowercase, or in a hard-wrapped text after an open line.
      while (at < body.length && !body[at]!.gap && body[at]!.kind === 'text' && !lowercase.has(at)) {
        const next = body[at]!
        const previous = items[items.length - 1]!
        const continues =
          startsLowercase(next.source.text) ||
          next.source.column > line.source.column ||
          (wrapped && !endsSentence(previous.source.text) && !isHeadlineShaped(next.source.text))
        if (!continues) break
        items.push(next)
        at++
      }
      if (list) list.items.push(items)
      else blocks.push({ type: 'list', ordered: marker.ordered, start: marker.number, marker: marker.marker, items: [items], labels: false })
      continue
    }

    // A reading list: lines that each cite a work ("The Tail at Scale. http://…", "Michael Mitzenmacher. 2001. The Power of…").
    const references = referenceRun(body, at)
    if (references > 0) {
      blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items: body.slice(at, at + references).map((l) => [l]), labels: false })
      at += references
      continue
    }

    const labels = labelRun(body, at)
    if (labels > 0 && (line.gap || (open?.type === 'paragraph' && /:$/.test(open.lines[open.lines.length - 1]!.source.text)))) {
      blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items: body.slice(at, at + labels).map((l) => [l]), labels: true })
      at += labels
      continue
    }

    // Prose. An attribution joins its quotation, and a bare `Note:` the line after it.
    const previous = body[at - 1]
    const follows = open?.type === 'paragraph' && previous !== undefined && open.lines[open.lines.length - 1] === previous
    const joins =
      follows &&
      (line.attribution ||
        (!line.gap &&
          (isCalloutLabel(previous.source.text) ||
            (!/:$/.test(previous.source.text) && (wrapped || !endsSentence(previous.source.text) || startsLowercase(line.source.text))))))
    if (joins) open.lines.push(line)
    else blocks.push({ type: 'paragraph', lines: [line] })
    at++

    if (/:$/.test(line.source.text) && !isCalloutLabel(line.source.text)) {
      const run = shortRun(body, at)
      if (run > 0) {
        blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items: body.slice(at, at + run).map((l) => [l]), labels: true })
        at += run
      }
    }
  }
  return blocks
}

/** The number of lines from `at` on, without a gap between them, that each cite a work, if at least two (else 0). */
function referenceRun(body: readonly BodyLine[], at: number): number {
  let run = 0
  while (at + run < body.length && body[at + run]!.kind === 'text' && (run === 0 || !body[at + run]!.gap) && isCitation(body[at + run]!.source.text)) run++
  return run >= 2 ? run : 0
}

function blockWords(block: Block): number {
  if (block.type === 'heading' || block.type === 'code') return 0
  if (block.type === 'paragraph') return countWords(joinLines(block.lines))
  return block.items.reduce((sum, item) => sum + countWords(joinLines(item)), 0)
}

function joinLines(lines: readonly BodyLine[]): string {
  return lines.map((line) => line.source.text).join(' ')
}

function start(line: SourceLine): Point {
  return { line: line.line, column: line.column, offset: line.offset }
}

function end(line: SourceLine): Point {
  return { line: line.line, column: line.endColumn, offset: line.endOffset }
}

function span(first: SourceLine, last: SourceLine): Position {
  return { start: start(first), end: end(last) }
}

function toHeading(line: BodyLine, depth: 2 | 3): Heading {
  const position = span(line.source, line.source)
  return { type: 'heading', depth, children: [{ type: 'text', value: line.source.text, position }], position }
}

function toParagraph(lines: readonly BodyLine[]): Paragraph {
  const position = span(lines[0]!.source, lines[lines.length - 1]!.source)
  return { type: 'paragraph', children: [{ type: 'text', value: joinLines(lines), position }], position }
}

/** Item text without its marker, continuation lines joined; `Label: text` gets a strong label. */
function toItem(lines: readonly BodyLine[], labelled: boolean): ListItem {
  const first = lines[0]!
  const content = first.item ? first.item.content : first.source.text
  const text = [content, ...lines.slice(1).map((line) => line.source.text)].join(' ')
  const position = span(first.source, lines[lines.length - 1]!.source)
  const label = splitLabel(text)
  const children: PhrasingContent[] = []
  const contentStart = first.source.text.length - content.length
  const at = (offset: number): Point => ({
    line: first.source.line,
    column: first.source.column + contentStart + offset,
    offset: first.source.offset + contentStart + offset
  })
  if (label && (labelled || first.item)) {
    const labelEnd = label.label.length
    children.push({
      type: 'strong',
      children: [{ type: 'text', value: label.label, position: { start: at(0), end: at(labelEnd) } }],
      position: { start: at(0), end: at(labelEnd) }
    })
    children.push({ type: 'text', value: text.slice(labelEnd), position: { start: at(labelEnd), end: position.end } })
  } else {
    children.push({ type: 'text', value: text, position: { start: at(0), end: position.end } })
  }
  const paragraph: Paragraph = { type: 'paragraph', children, position: { start: at(0), end: position.end } }
  return { type: 'listItem', spread: false, children: [paragraph], position }
}

function toList(block: Extract<Block, { type: 'list' }>): List {
  const first = block.items[0]!
  const last = block.items[block.items.length - 1]!
  const list: List = {
    type: 'list',
    ordered: block.ordered,
    spread: false,
    children: block.items.map((item) => toItem(item, block.labels)),
    position: span(first[0]!.source, last[last.length - 1]!.source)
  }
  if (block.ordered) list.start = block.start ?? 1
  return list
}
