/**
 * A plain-text body's lines grouped into blocks: headings, paragraphs (an
 * attribution joins its quotation), lists (bulleted, numbered, `Label: text`
 * runs, short lines after a colon, reading lists), verse and code listings.
 */
import { textRun, type BodyLine } from './body-lines.js'
import type { BodyShape } from './body-shape.js'
import { isHeading } from './heading-lines.js'
import { countWords, endsSentence, isCallout, isCalloutLabel, isCitation, isHeadlineShaped, startsLowercase } from './lines.js'
import { splitLabel } from './lists.js'
import { verseAt } from './verse.js'

/** A block of the body, before it becomes mdast. */
export type Block =
  | { type: 'heading'; line: BodyLine; numbering: number }
  | { type: 'paragraph'; lines: BodyLine[]; caption?: boolean }
  | ListBlock
  | { type: 'code'; line: BodyLine }
  | { type: 'table'; line: BodyLine }
  | { type: 'verse'; lines: BodyLine[]; by?: BodyLine | undefined }

/** A list block: its items' lines, and the list nested under an item (indented, with another marker), by item index. */
export interface ListBlock {
  type: 'list'
  ordered: boolean
  start: number | undefined
  marker: string
  items: BodyLine[][]
  labels: boolean
  nested?: Map<number, ListBlock> | undefined
  /** Items of a name on its line and what it is on the next ("VA claim exam fact sheet" / "A quick guide on…"). */
  named?: boolean | undefined
}

/**
 * The pairs from `at` on of a name on a line of its own (eight words at most, no stop) and one line that says what it
 * is, set apart from the next pair: a page's block of related links or downloads ("VA claim exam fact sheet" / "A quick
 * guide on the claim exam process…" / "Mental health exam fact sheet" / …), if three or more (their number of lines).
 */
function namedRun(body: readonly BodyLine[], at: number): number {
  let end = at
  const name = (line: BodyLine | undefined): boolean => line?.kind === 'text' && line.gap && countWords(line.source.text) <= 8 && !/[.!?:;,]$/.test(line.source.text.trim()) && /^\p{Lu}/u.test(line.source.text)
  const says = (line: BodyLine | undefined): boolean => line?.kind === 'text' && !line.gap && countWords(line.source.text) >= 4 && countWords(line.source.text) <= 30 && /^\p{Lu}/u.test(line.source.text)
  while (name(body[end]) && says(body[end + 1]) && (body[end + 2] === undefined || body[end + 2]!.gap)) end += 2
  return end - at >= 6 ? end - at : 0
}

/**
 * The pairs from `at` on of a short label on a line of its own and its value on the next, each pair set apart: a page's
 * fields ("Location" / "Dalsbruk, Finland", "Dates" / "3-6.8.2023"), if two or more (their number of lines).
 */
function fieldRun(body: readonly BodyLine[], at: number): number {
  let end = at
  const label = (line: BodyLine | undefined): boolean => line?.kind === 'text' && line.gap && countWords(line.source.text) <= 6 && !/[.!?:;,]$/.test(line.source.text.trim()) && /^\p{Lu}/u.test(line.source.text) && !/\d/.test(line.source.text)
  const value = (line: BodyLine | undefined): boolean => line?.kind === 'text' && !line.gap && countWords(line.source.text) <= 10 && !/[.!?:;]["'”’)]?$/.test(line.source.text.trim())
  while (label(body[end]) && value(body[end + 1]) && (body[end + 2] === undefined || body[end + 2]!.gap)) end += 2
  return end - at >= 4 ? end - at : 0
}

/** The line a block opens on (a list's first item's). */
export function firstLine(block: Block): BodyLine {
  return block.type === 'heading' || block.type === 'code' || block.type === 'table' ? block.line : block.type === 'list' ? block.items[0]![0]! : block.lines[0]!
}

/** Whether the lines from `at` on start an unbulleted list of at least two `Label: text` lines. */
function labelRun(body: readonly BodyLine[], at: number): number {
  return textRun(body, at, (text) => splitLabel(text) !== undefined && !isCallout(text), 2)
}

/** After a line ending with a colon: the number of short lines that follow without a gap (an unbulleted list), if ≥ 2. */
function shortRun(body: readonly BodyLine[], at: number): number {
  // (The first line may stand apart from the colon that introduces the run.)
  // (An item's remark in brackets is no stop of its own: "searched for the information on Google (I'm excited to see the
  // growth in DuckDuckGo!)".)
  const short = textRun(body, at, (text) => (countWords(text) <= 15 || (countWords(text) <= 30 && !endsSentence(text.replace(/(?<=\S)\s+\([^()]*\)$/, '')))) && !/:$/.test(text), 2)
  // (An item of two sentences among short ones is an item all the same: "Review your claim file with you" / "Ask you
  // questions based on the medical records in your claim file. These may include…" / "Perform a basic physical exam".)
  let long = textRun(body, at, (text) => countWords(text) <= 45 && !/:$/.test(text), 3)
  // (Its last line short: a paragraph after the list, a line of its own in a text without blank lines, is no item.)
  while (long > 0 && countWords(body[at + long - 1]!.source.text) > 12) long--
  const lines = body.slice(at, at + long).map((line) => countWords(line.source.text))
  return long > short && lines.filter((words) => words <= 12).length >= Math.max(2, Math.ceil(lines.length / 2)) && lines.filter((words) => words > 30).length <= 1 ? long : short
}

/**
 * Group the body's lines into blocks.
 *
 * @param body The body's lines, classified.
 * @param shape What is known about the whole body.
 */
export function toBlocks(body: readonly BodyLine[], shape: BodyShape): Block[] {
  const { wrapped, lowercase } = shape
  const blocks: Block[] = []
  let at = 0
  while (at < body.length) {
    const line = body[at]!
    const open = blocks[blocks.length - 1]
    if (line.kind === 'code' || line.kind === 'table') {
      blocks.push({ type: line.kind, line })
      at++
      continue
    }

    // A poem or a song's lines, stanza by stanza (`verse.ts`): one quotation, not a heading and bullets a line each.
    const verse = wrapped || line.kind !== 'text' || !line.gap ? undefined : verseAt(body, at)
    if (verse) {
      blocks.push({ type: 'verse', lines: body.slice(at, verse.end), by: verse.by === undefined ? undefined : body[verse.by] })
      at = verse.by === undefined ? verse.end : verse.by + 1
      continue
    }

    const named = line.gap ? namedRun(body, at) : 0
    if (named > 0) {
      const items = Array.from({ length: named / 2 }, (_, pair) => body.slice(at + pair * 2, at + pair * 2 + 2))
      blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items, labels: false, named: true })
      at += named
      continue
    }

    // ("Location" / "Dalsbruk, Finland", "Dates" / "3-6.8.2023": fields, "Label: value" items; a reader had found "Location"
    // and "Dates" bullets under the first field's label as a heading.)
    const fields = line.gap ? fieldRun(body, at) : 0
    if (fields > 0) {
      const items = Array.from({ length: fields / 2 }, (_, pair) => [{ ...body[at + pair * 2]!, source: { ...body[at + pair * 2]!.source, text: `${body[at + pair * 2]!.source.text.trim()}: ${body[at + pair * 2 + 1]!.source.text.trim()}` } }])
      blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items, labels: true })
      at += fields
      continue
    }

    // "Gage Height is Also Called..." / "Stage" / "River Height" / "River Level"…: short lines one under another after a
    // heading that trails off or ends in a colon are its list, not a heading ("Stage") over a paragraph of the rest.
    const listRun = open?.type === 'heading' && /(?:\.\.\.|…|:)\s*$/.test(open.line.source.text) ? wordRun(body, at) : 0
    if (listRun > 0) {
      blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items: body.slice(at, at + listRun).map((l) => [l]), labels: false })
      at += listRun
      continue
    }

    // A line that opens a block of four lines or more without a stop, the block set apart, introduces an unbulleted list
    // ("From the other things we saw (and recommend) in Tokyo" / "Meiji shrine" / "Hachiko in Shibuya…"): its lines had
    // been headings, one slide each.
    // (Not a sentence that runs on into the lines, "…For instance, if you" / "want to…", nor a run of labels, which is
    // `labelRun`'s.)
    const runsOn = /\b(?:if|you|we|i|they|to|the|an?|of|and|or|but|for|in|on|at|with|that|which|who|is|are|was|were|be|by|from|as|can|will|would|should)$/i.test(line.source.text.trim())
    const unstopped = line.kind === 'text' && line.gap && countWords(line.source.text) >= 4 && !endsSentence(line.source.text) && !/:$/.test(line.source.text) && !runsOn && labelRun(body, at + 1) === 0 ? unstoppedRun(body, at + 1) : 0
    if (unstopped >= 4 && (body[at + 1 + unstopped]?.gap ?? true)) {
      blocks.push({ type: 'paragraph', lines: [line] }, { type: 'list', ordered: false, start: undefined, marker: '', items: body.slice(at + 1, at + 1 + unstopped).map((l) => [l]), labels: false })
      at += 1 + unstopped
      continue
    }

    // Four short lines or more one under another, set apart and after prose, none a sentence ("Miami Beach, Florida" /
    // "Hoboken, New Jersey" / …, under "…here are some U.S. cities that might be underwater…"): an unbulleted list (a blind
    // reader of set 139 found eight city names eight section dividers).
    // (Not a chart's legend copied without its chart, "Change in max" / "rooms allowable" / "-4 (10 → 6)": names start in
    // capitals and hold no figures.)
    const names = line.kind === 'text' && line.gap && !wrapped && open?.type === 'paragraph' ? textRun(body, at, (text) => countWords(text) <= 6 && /^\p{Lu}/u.test(text.trim()) && !/[\d→←]/.test(text) && !/[.!?:;]["'”’)]?$/.test(text.trim()), 4) : 0
    if (names > 0 && (body[at + names]?.gap ?? true)) {
      blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items: body.slice(at, at + names).map((l) => [l]), labels: false })
      at += names
      continue
    }

    // A figure over its label, as a page's fact card prints them ("45" / "New Flow Gages"), over its paragraph: one heading,
    // "45 New Flow Gages" (a slide titled "45" told nothing of what it counted).
    const label = body[at + 1]
    if (line.kind === 'text' && /^[<>~≈]?\d[\d,.]*\s*(?:%|\+|[kKmMbB])?$/.test(line.source.text.trim()) && label?.kind === 'text' && !label.gap && countWords(label.source.text) <= 5 && isHeadlineShaped(label.source.text) && body[at + 2]?.gap !== false) {
      blocks.push({ type: 'heading', line: { ...line, source: { ...line.source, text: `${line.source.text.trim()} ${label.source.text.trim()}` } }, numbering: 0 })
      at += 2
      continue
    }
    if ((line.kind === 'text' || line.kind === 'section' || line.item?.ordered) && isHeading(body, at, shape)) {
      blocks.push({ type: 'heading', line, numbering: line.kind === 'section' ? line.levels! : line.kind === 'item' ? 1 : 0 })
      at++
      continue
    }

    if (line.kind === 'item') {
      const marker = line.item!
      // "1. Tier 1 Solution: …" then "  - Funding Goal: …": an item indented under another, with another marker, is nested.
      // (So is a lettered item right under a numbered one, "5. Use quizzing…" / "a. Use pre-questions…", indented or not.)
      // (So are bullets right under a numbered item, unindented, when the numbering goes on after them: "3. We create two
      // pathways from 2025:" / "• Carbon Law Pathway → …" / "• Trendline Pathway → …" / "4. We compare the totals…".)
      const bulletsOf = !marker.ordered && open?.type === 'list' && open.ordered && !line.gap && numberedAfter(body, at, marker.marker, (open.start ?? 1) + open.items.length)
      const nestsUnder = (/a/.test(marker.marker) && open?.type === 'list' && open.ordered && !/a/.test(open.marker) && !line.gap) || bulletsOf
      const parent = open?.type === 'list' && !open.labels && open.items.length > 0 && open.marker !== marker.marker && (line.source.column > open.items[0]![0]!.source.column || nestsUnder) ? open : undefined
      const under = parent ? parent.items.length - 1 : -1
      const sub = parent?.nested?.get(under)
      // (A numbered item "1." after a numbered list starts a list of its own: "1. What things are we doing already?" … then
      // "1. Space learning over time. No. …".)
      const takes = (block: Block | undefined): block is ListBlock => block?.type === 'list' && block.marker === marker.marker && block.ordered === marker.ordered && !block.labels && !(marker.ordered && marker.number === 1 && block.items.length > 0)
      const list = takes(sub) ? sub : takes(open) ? open : undefined
      // (Items of one marker indented level by level, "2. Whether someone…" / "\t2. If ICBM:" / "\t\t1. Launch datetime…", are
      // lists nested under the item above them: a treaty's terms had run on as three flat lists.)
      const chain: ListBlock[] = []
      for (let each = open?.type === 'list' && !open.labels ? open : undefined; each; each = each.nested?.get(each.items.length - 1)) chain.push(each)
      const indent = (each: ListBlock): number => each.items[0]![0]!.source.column
      const stepped = chain.length > 0 && line.source.column > indent(chain[0]!) && chain.every((each) => each.marker === marker.marker && each.ordered === marker.ordered) ? chain.findLast((each) => indent(each) <= line.source.column) : undefined
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
      const fresh: ListBlock = { type: 'list', ordered: marker.ordered, start: marker.number, marker: marker.marker, items: [items], labels: false }
      if (stepped && indent(stepped) === line.source.column) stepped.items.push(items)
      else if (stepped) (stepped.nested ??= new Map()).set(stepped.items.length - 1, fresh)
      else if (list) list.items.push(items)
      else if (parent) (parent.nested ??= new Map()).set(under, fresh)
      else blocks.push(fresh)
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

    // (Not the lines of a poem after its "Attend:", which the loop reads next as verse.)
    if (/:$/.test(line.source.text) && !isCalloutLabel(line.source.text) && !(!wrapped && body[at]?.kind === 'text' && body[at]!.gap && verseAt(body, at))) {
      // (Set apart from the prose around them, longer lines one under another, each one sentence, are its list too:
      // "Key achievements outlined in the report include:" / "The restoration of critical habitats…" / "The successful
      // implementation of over 180 restoration projects…", items a press release's page kept tight.)
      const tight = !wrapped && line.gap && body[at]?.gap ? sentenceRun(body, at) : 0
      const run = shortRun(body, at) || (tight > 0 && (body[at + tight]?.gap ?? true) ? tight : 0)
      if (run > 0) {
        blocks.push({ type: 'list', ordered: false, start: undefined, marker: '', items: body.slice(at, at + run).map((l) => [l]), labels: true })
        at += run
      }
    }
  }
  return blocks
}

/** The number of lines from `at` on, without a gap between them, each one sentence of at most forty words, if at least two, or three lines of at most sixty (else 0). */
function sentenceRun(body: readonly BodyLine[], at: number): number {
  // (Or three lines or more of any shape, labels and names among them: "Donut: the tool we use to schedule 1:1s…" /
  // "Onboarding buddy program" / "Meet & Greet: for new teammates…" / "Monthly team bonding activities".)
  // (Half of them short at least: four labelled paragraphs of two sentences each, "Language – Many areas of history have
  // source material… For indexing…", are paragraphs, each its bullet.)
  const run = textRun(body, at, (text) => countWords(text) <= 60 && !/:$/.test(text.trim()), 3)
  if (run > 0 && body.slice(at, at + run).filter((line) => countWords(line.source.text) <= 12).length * 2 >= run) return run
  return textRun(body, at, (text) => countWords(text) <= 40 && endsSentence(text) && !/[.!?]["'”’)]?\s+["“‘(]?\p{Lu}/u.test(text.trim()) && !/:$/.test(text.trim()), 2)
}

/** The number of lines from `at` on, without a gap between them, of at most four words and no sentence's stop, if at least three (else 0). */
function wordRun(body: readonly BodyLine[], at: number): number {
  return textRun(body, at, (text) => countWords(text) <= 4 && !/[.!?:;]$/.test(text.trim()), 3)
}

/** The number of text lines from `at` on, without a gap before any of them, none ending in a sentence's stop. */
function unstoppedRun(body: readonly BodyLine[], at: number): number {
  return textRun(body, at, (text) => !/[.!?]["'”’]?$/.test(text.trim()), 0, false)
}

/** The number of lines from `at` on, without a gap between them, that each cite a work, if at least two (else 0). */
function referenceRun(body: readonly BodyLine[], at: number): number {
  return textRun(body, at, isCitation, 2)
}

/** The words of a block's prose (0 for a heading or a code listing). */
export function blockWords(block: Block): number {
  if (block.type === 'heading' || block.type === 'code') return 0
  if (block.type === 'table') return block.line.rows!.flat().join(' ').split(/\s+/).length
  if (block.type === 'paragraph' || block.type === 'verse') return countWords(joinLines(block.lines))
  return block.items.reduce((sum, item) => sum + countWords(joinLines(item)), 0)
}

/** The text of lines joined by spaces. */
export function joinLines(lines: readonly BodyLine[]): string {
  return lines.map((line) => line.source.text).join(' ')
}

/** Whether the run of items with this bullet from `at` is followed, with no gap, by the numbered item `number`. */
function numberedAfter(body: readonly BodyLine[], at: number, bullet: string, number: number): boolean {
  let next = at
  while (body[next]?.kind === 'item' && body[next]!.item!.marker === bullet && (next === at || !body[next]!.gap)) next++
  const after = body[next]
  return after?.kind === 'item' && after.item!.ordered && after.item!.number === number && !after.gap
}
