/**
 * A plain-text article's body, line by line: each kept line with its kind
 * (prose, list item, numbered section, code listing) and whether a gap comes
 * before it; attributions under quotations marked as prose.
 */
import { countWords, endsQuotation, endsSentence, isAttribution, isHeadlineShaped, type SourceLine } from './lines.js'
import { listMarker, sectionNumbering, splitLabel, type ListMarker } from './lists.js'

/** A non-blank, kept line of the body with its shape. */
export interface BodyLine {
  source: SourceLine
  /** A blank or dropped line comes before it. */
  gap: boolean
  kind: 'text' | 'item' | 'section' | 'code' | 'table'
  item?: ListMarker | undefined
  /** A code listing (kind `code`): the whole listing, from its first line to {@link BodyLine.last}. */
  code?: string | undefined
  /** The last source line of a code listing or a table. */
  last?: SourceLine | undefined
  /** A table (kind `table`): its cells, row by row, the header first. */
  rows?: string[][] | undefined
  /** Multi-level numbering levels for `section` lines. */
  levels?: number | undefined
  /** An attribution (`— Alan Kay`) under a quotation: it joins the quotation's paragraph. */
  attribution?: boolean | undefined
}

/**
 * The kind of a kept body line: a numbered section heading, a list item, or prose.
 *
 * @param source The line.
 * @param gap Whether a blank or dropped line comes before it.
 */
export function classify(source: SourceLine, gap: boolean): BodyLine {
  const section = sectionNumbering(source.text)
  if (section && isHeadlineShaped(section.content)) return { source, gap, kind: 'section', levels: section.levels }
  const item = listMarker(source.text)
  if (item) return { source, gap, kind: 'item', item }
  return { source, gap, kind: 'text' }
}

/** Most words in a numbered line that heads a section though it is a sentence ("5. Write the best code possible today…"). */
export const maxNumberedHeadingWords = 24

/**
 * Whether a numbered line's text can head a section though it is a sentence: one sentence ("1) Be specific.", "1.1
 * Support staff storytelling."), {@link maxNumberedHeadingWords} words at most, not ending on a comma or a colon.
 *
 * @param content The line's text after its number.
 */
export function isHeadingSentence(content: string): boolean {
  return countWords(content) <= maxNumberedHeadingWords && !/[.!?]\s|[,;:]$/.test(content)
}

/**
 * Mark as sections the lines numbered `1.1`, `1.2`… that each stand apart and
 * say one sentence ("1.1 Support staff storytelling." / (paragraph) / "1.2
 * Define a content strategy for the National Archives."): two or more under
 * the same first number, a report's numbered goals, not prose.
 */
export function markNumberedSentences(body: BodyLine[]): void {
  const found = body.flatMap((line, at) => {
    const section = line.kind === 'text' && line.gap && body[at + 1]?.gap ? sectionNumbering(line.source.text) : undefined
    if (!section || !isHeadingSentence(section.content) || !/^\p{Lu}/u.test(section.content)) return []
    return [{ at, first: line.source.text.split('.')[0]!, levels: section.levels }]
  })
  for (const { at, first, levels } of found) {
    if (found.filter((other) => other.first === first).length >= 2) body[at] = { ...body[at]!, kind: 'section', levels }
  }
}

/**
 * Split a questionnaire's numbered topics from their questions: two or more numbered paragraphs in a row, each a
 * topic and its question ("1. Value of Content: 50 years from now, what kinds of online science content will…?") over
 * the answer in paragraphs of its own, are the topic alone ("1. Value of Content", which then heads its part) over the
 * question as a paragraph (it had shown the questions on one slide and none of the answers).
 */
export function splitNumberedLabels(body: BodyLine[]): void {
  const topic = (at: number): { label: string; rest: string } | undefined => {
    const line = body[at]
    if (line?.kind !== 'item' || !line.item!.ordered || !line.gap || body[at + 1]?.kind !== 'text' || !body[at + 1]!.gap || countWords(body[at + 1]!.source.text) < 12) return undefined
    const parts = splitLabel(line.item!.content)
    return parts && countWords(parts.label) >= 2 && isHeadlineShaped(parts.label) && countWords(parts.rest) >= 12 ? parts : undefined
  }
  const found = body.flatMap((_, at) => {
    const parts = topic(at)
    return parts ? [{ at, ...parts }] : []
  })
  const number = (at: number): number => body[at]!.item!.number!
  const counted = found.filter(({ at }, index) => [found[index - 1], found[index + 1]].some((other) => other !== undefined && Math.abs(number(other.at) - number(at)) === 1))
  for (const { at, label, rest } of counted.reverse()) {
    const { source, item } = body[at]!
    const head = `${source.text.slice(0, source.text.length - item!.content.length).trim()} ${label}`
    body.splice(at, 1, classify({ ...source, text: head, endOffset: source.offset + head.length, endColumn: source.column + head.length }, true), { source: { ...source, text: rest }, gap: true, kind: 'text' })
  }
}

/**
 * Mark attribution lines (`— Alan Kay`): a dash and a name right after a
 * quotation, or after any sentence when the dash line is not part of a list.
 * They are prose, not list items.
 */
export function markAttributions(body: BodyLine[]): void {
  for (let at = 1; at < body.length; at++) {
    const line = body[at]!
    const previous = body[at - 1]!
    if (previous.kind === 'item') continue
    const next = body[at + 1]
    const inList = next !== undefined && !next.gap && next.kind === 'item' && next.item!.marker === line.item?.marker
    const quoted = endsQuotation(previous.source.text)
    // (Or after a line of its own, an epigraph without its stop: "Statistics are people with the tears washed off" / "- Paul Brodeur".)
    const epigraph = previous.gap && previous.kind === 'text' && countWords(previous.source.text) >= 4 && countWords(previous.source.text) <= 30 && /^\p{Lu}/u.test(previous.source.text)
    // (Or a name alone under words someone said, over the paragraph that goes on: "How many hours a day I use my phone? How
    // many hours do you use your eyes?" / "Jesse" had made a section of the question and one of the name.)
    const said = previous.source.text
    const speaker = line.kind === 'text' && line.gap && previous.kind === 'text' && previous.gap && /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’.-]*){0,2}$/u.test(line.source.text) && !/^(?:the|a|an|our|my|your|why|how|what|when|where|who|about|more|next|part)\b|(?:s|tion|ment|ness|ing|ity)\b/i.test(line.source.text) && /[?!]["”’]?$/.test(said) && countWords(said) >= 4 && countWords(said) <= 30 && /\b(?:i|i['’]m|my|me|we|you|your)\b/i.test(said) && next?.kind === 'text' && next.gap && countWords(next.source.text) >= 12
    if ((isAttribution(line.source.text, quoted) && (quoted || ((endsSentence(previous.source.text) || epigraph) && !inList))) || speaker) {
      body[at] = { source: line.source, gap: line.gap, kind: 'text', attribution: true }
    }
  }
}

/**
 * The number of text lines from `at` on that each pass `accepts`, with no gap between them (the first may stand apart
 * from what is before it unless `apart` is false), if at least `least` (else 0).
 *
 * @param body The body's lines, classified.
 * @param at Where the run starts.
 * @param accepts Whether a line's text belongs to the run.
 * @param least Fewest lines of a run.
 * @param apart Whether the first line may stand apart from what is before it.
 */
export function textRun(body: readonly BodyLine[], at: number, accepts: (text: string) => boolean, least: number, apart = true): number {
  let run = 0
  while (at + run < body.length && body[at + run]!.kind === 'text' && ((apart && run === 0) || !body[at + run]!.gap) && accepts(body[at + run]!.source.text)) run++
  return run >= least ? run : 0
}
