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

import { withAuthorLabels, withFieldPairs, withoutFrontLabels, withUpdateLabels } from './labelled-front.js'
import { withoutSpeakerInitials } from './speaker-initials.js'
import { joinCaptionedItems, noteFigureCaptions } from './item-captions.js'
import { boldRunInHeads } from './run-in-heads.js'
import type { Heading, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { span, toHeading, toList, toParagraph, toVerse } from './blocks-to-mdast.js'
import { classify, markAttributions, markNumberedSentences, splitNumberedLabels, type BodyLine } from './body-lines.js'
import { figurePairLines, joinFigurePairs } from './figure-pairs.js'
import { colonLabels, dialogueLines, statementHeadings, isHardWrapped, isInterview, isSpaced, listedLines, longNumbered, lowercaseHeadings, minLowercaseHeadings, speakersLead, speakerWords, stepFields, stepRun, type BodyShape } from './body-shape.js'
import type { DropReason } from './boilerplate-lines.js'
import { findBoilerplate } from './boilerplate.js'
import { findFront } from './front.js'
import { datelineDate, looksLikeName, parseByline } from './byline.js'
import { inferDepths } from './headings.js'
import { isAttributionLine } from './boilerplate-lines.js'
import { countWords, endsQuotation, endsSentence, isTitleCase, splitLines } from './lines.js'
import { isAuthorBio, isPersonWithRole, isPictureCredit } from './credit-lines.js'
import type { TextOutline } from './outline.js'
import { findCode, sessionLines } from './code.js'
import { findTables, isTableRow } from './tables.js'
import { blockWords, joinLines, toBlocks, type Block } from './text-blocks.js'
import { entryKey, findToc } from './toc.js'
import { splitJoinedHeadings, splitLabelledRun } from './joined-headings.js'
import { noteContactBlocks } from './contact-blocks.js'
import { demoteCaptionHeadings, demoteEmptyCaptions, demoteInterviewCaptions, demoteLoneHeading, demoteRepeatedBadges, listHeadingRuns, listResourceRuns } from './lone-heading.js'
import { foldTranscripts } from './transcripts.js'
import { demoteAltText } from './alt-lines.js'


/** The end of a paragraph that introduces a quotation: "…the G&M article claims:", "As she wrote:", "…in later passages:". */
const introducesQuotation = /\b(?:claims?|claimed|writes?|wrote|says?|said|argues?|argued|states?|stated|reads?|explains?|explained|notes?|noted|continues?|continued|puts it|put it|adds?|added|concludes?|concluded|tweeted|posted|passages?|as follows)\s*:$/i

/** Options of {@link recogniseText}. */
export interface RecogniseOptions {
  /** The article's language (BCP 47): German adds German boilerplate rules; default `en`. */
  lang?: string | undefined
  /** The title when no line looks like one (the file's name, `titleFromPath`); default `Untitled`. */
  fallbackTitle?: string | undefined
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
  const lines = withFieldPairs(withUpdateLabels(withAuthorLabels(withoutFrontLabels(withoutSpeakerInitials(splitLines(text))))))
  const dropped = new Map<number, DropReason>(findBoilerplate(lines, options.lang))
  const { front, bodyStart, dropped: captions } = findFront(lines, dropped)
  for (const [index, reason] of captions) dropped.set(index, reason)
  const raw = text.split(/\r\n|\r|\n/)
  // (A table's rows are never entries of a table of contents, nor what its entries repeat: "Yes⇥Yes⇥551" under one
  // table and "Yes⇥Yes⇥222" under the next had made the first table's rows a contents list and dropped them.)
  // (Nor are the labels of cards of figures, "Dark mode" / "38%", which a second card names again.)
  // (Nor what a shell session prints, "696 10.24.2.30 10.33.1.64".)
  const figures = figurePairLines(lines)
  const sessions = sessionLines(raw)
  const tableRows = new Map<number, DropReason>(raw.flatMap((line, index) => (isTableRow(line) || figures.has(index) || sessions.has(index) ? [[index, 'table of contents'] as const] : [])))
  for (const [index, reason] of findToc(lines, bodyStart, new Map([...dropped, ...tableRows]))) dropped.set(index, reason)
  // Lines before the body that were neither metadata nor dropped do not exist: the front consumes them all.

  const body: BodyLine[] = []
  let gap = true
  // Code listings first: their lines are neither prose nor list items, blank lines inside them included.
  const codeRuns = findCode(lines, raw, bodyStart, dropped)
  // Then tables, copied as rows of tab-separated cells, outside the listings.
  const inListing = new Set(codeRuns.flatMap((run) => Array.from({ length: run.end - run.start }, (_, at) => run.start + at)))
  const tableRuns = findTables(lines, raw, bodyStart, (index) => dropped.has(index) || inListing.has(index))
  // Each a block of its own from its first line to its last.
  const runs = new Map<number, { end: number; line: Pick<BodyLine, 'kind' | 'code' | 'rows'> }>([
    ...codeRuns.map((run) => [run.start, { end: run.end, line: { kind: 'code', code: run.value } }] as const),
    ...tableRuns.map((run) => [run.start, { end: run.end, line: { kind: 'table', rows: run.rows } }] as const)
  ])
  for (let index = bodyStart; index < lines.length; index++) {
    const run = runs.get(index)
    if (run) {
      body.push({ source: lines[index]!, gap, ...run.line, last: lines[run.end - 1]! })
      index = run.end - 1
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
  markNumberedSentences(body)
  splitNumberedLabels(body)
  joinFigurePairs(body)

  const wrapped = isHardWrapped(body)
  // (The lines a table of contents named are headings, as those an outline in the introduction names are.)
  const contents = new Set([...dropped].filter(([index, reason]) => reason === 'table of contents' && !tableRows.has(index)).map(([index]) => entryKey(lines[index]!.text)))
  const listed = listedLines(body)
  body.forEach((line, at) => line.kind === 'text' && contents.has(entryKey(line.source.text)) && listed.add(at))
  const numbered = new Set([...longNumbered(body), ...stepRun(body)])
  const interview = isInterview(body)
  const shape: BodyShape = { wrapped, interview, speakers: speakersLead(body), dialogue: dialogueLines(body, interview), lowercase: new Set(), spaced: !wrapped && isSpaced(body), numbered, listed, fields: stepFields(body, numbered), colonLabels: colonLabels(body), statements: statementHeadings(body) }
  let blocks = toBlocks(body, shape)
  // Headings that start with a lower-case word (`git subtrees`) count only next to other headings.
  const lowercase = lowercaseHeadings(body, shape.wrapped)
  if (lowercase.size > 0 && (lowercase.size >= minLowercaseHeadings || blocks.some((block) => block.type === 'heading'))) {
    blocks = toBlocks(body, { ...shape, lowercase })
  }
  // (In a text whose headings a site sets in lower case, "a trip down memory lane 💾", a line in capitals between paragraphs
  // is a picture's caption, "My Tristan Perich collection laid on some vinyl records", no heading; not a heading in Title
  // Case, "Copying Files by Hand", beside "git subtrees".)
  if (lowercase.size >= minLowercaseHeadings) blocks = blocks.map((block) => (block.type === 'heading' && block.numbering === 0 && !lowercase.has(body.indexOf(block.line)) && /^\p{Lu}/u.test(block.line.source.text) && countWords(block.line.source.text) >= 5 && !isTitleCase(block.line.source.text) ? { type: 'paragraph', lines: [block.line], caption: true } : block))
  blocks = listResourceRuns(listHeadingRuns(demoteEmptyCaptions(demoteInterviewCaptions(demoteCaptionHeadings(demoteRepeatedBadges(demoteLoneHeading(splitLabelledRun(splitJoinedHeadings(withoutPullQuotes(demoteAltText(noteContactBlocks(foldTranscripts(blocks)))))))))))))
  // (The title again over the body, "Teaching students to talk about data science" under the post's note, is the page's
  // and on the title slide: no section, whose slides it had titled four times.)
  const sameAsTitle = (block: Block): boolean => block.type === 'heading' && front.title !== undefined && block.line.source.text.trim().toLowerCase() === front.title.trim().toLowerCase()
  blocks = blocks.filter((block) => !sameAsTitle(block))
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

  // (A page's table of contents names its sections: a heading it does not list, after one it does, is a sub-section or a
  // picture's caption — "Cumulative savings per year assuming stable energy prices" had been a section of its own.)
  const listedHeading = (heading: (typeof headings)[number]): boolean => contents.has(entryKey(heading.line.source.text))
  if (contents.size >= 3) headings.forEach((heading, at) => (depths[at] = listedHeading(heading) || !headings.slice(0, at).some(listedHeading) ? 2 : 3))

  const title = front.title ?? options.fallbackTitle ?? untitled
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
    if (block.type === 'heading') {
      const heading = toHeading(block.line, depths[headingIndex++]!)
      children.push(heading)
      // ("Position Source: Fotmob": a chart's credit copied onto the heading over it is for the notes.)
      const credited = /^(\S.{0,40}?)\s+((?:image |photo |data )?(?:source|credit)s?:\s*\S.*)$/i.exec(block.line.source.text)
      if (credited && countWords(credited[1]!) <= 5 && isPictureCredit(credited[2]!)) {
        heading.children = [{ type: 'text', value: credited[1]!, position: heading.position }]
        children.push({ type: 'paragraph', children: [{ type: 'text', value: credited[2]!, position: heading.position }], position: heading.position, data: { footnote: true } })
      }
      // (In a debate the speaker's name titles their answer, their roles said under it: "Jeffrey Sachs" over "Director of
      // the United Nations Millennium Project and Special Advisor…", not a title of six lines.)
      // (Also a speaker described by age and place: "Severino Rojas Poma, 42 Years Old, Buena Vista Community, Ayacucho, Peru".)
      const described = (text: string): boolean => isPersonWithRole(text, speakerWords) || /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, [^,]+, [^,]+,/u.test(text)
      const role = shape.speakers && described(block.line.source.text) ? /^([^,]+), (.+)$/.exec(block.line.source.text) : null
      if (role) {
        heading.children = [{ type: 'text', value: role[1]!, position: heading.position }]
        children.push({ type: 'paragraph', children: [{ type: 'text', value: role[2]!, position: heading.position }], position: heading.position })
      }
    }
    else if (block.type === 'paragraph') {
      const paragraph = toParagraph(block.lines)
      // A footnote copied with its link back ("Currently, it has over 70 members.↩︎") is for the notes.
      // (So is a picture's caption with its credit, "Holla Bend National Wildlife Refuge, Arkansas. (Photos: Tim Carr and USFWS)".)
      // (So is a picture's alt text a copy kept on a line of its own, `demoteCaptionHeadings`.)
      // (And a numbered figure's caption of a sentence or more: "Figure 2. An elderly man teaching female students… The
      // illustration is inserted (probably at a later date) into…", "Figure 3: Places where … are marked with red pins.", "Figure 1.2: Map of…")
      const figure = /^(?:figure|fig\.|image|photo|map|chart|plate|illustration)\s+\d{1,3}(?:\.\d{1,3})*[a-z]?\s*[.:—–-]\s+\S/i.test(block.lines[0]!.source.text) && countWords(joinLines(block.lines)) <= 90
      if (block.lines[block.lines.length - 1]!.source.footnote || block.caption || figure || (block.lines.length === 1 && (isPictureCredit(block.lines[0]!.source.text) || isAttributionLine(block.lines[0]!.source.text)))) paragraph.data = { ...paragraph.data, footnote: true }
      const previous = children[children.length - 1]
      // (An embedded post's text over its credit, "I have some very exciting news! I am joining the data team at
      // @StackOverflow." / "— Julia Silge (@juliasilge) December 13, 2016": the post the page showed, for the notes too; the
      // credit may read as a list's item, below.)
      if (block.lines.length === 1 && /\(@[\w.-]+\)/.test(block.lines[0]!.source.text) && isAttributionLine(block.lines[0]!.source.text) && previous?.type === 'paragraph' && countWords(toString(previous)) <= 60) previous.data = { ...previous.data, footnote: true }
      // A paragraph and, on a line of its own under it, who said it ("Oli Scherer, Rust compiler team member and
      // Tiffany's GSoC mentor"): a quotation with its attribution, not the author's own words.
      // (Not in a debate, where who speaks stands over what they said: `speakersLead`.)
      const said = block.lines.length === 1 && isPersonWithRole(block.lines[0]!.source.text) && !shape.speakers
      const last = block.lines[block.lines.length - 1]!
      if (said && previous?.type === 'paragraph' && endsSentence(toString(previous).trim())) {
        const attribution: Paragraph = { ...paragraph, children: [{ type: 'text', value: `— ${toString(paragraph)}` }] }
        children[children.length - 1] = { type: 'blockquote', children: [previous, attribution], position: { start: previous.position!.start, end: paragraph.position!.end } }
      } else if (last.attribution && block.lines.length >= 2 && !paragraph.data?.footnote && !endsQuotation(block.lines[block.lines.length - 2]!.source.text) && block !== blocks[blocks.length - 1]) {
        // A paragraph over its dash line ("…rebuild Los Angeles." / "—Governor Gavin Newsom"): a pull quote without its
        // quotation marks, with who said it. (A quotation in marks stays a paragraph with its attribution; the last
        // paragraph over a name, "—Carl Lerche", is the author signing off.)
        const words = toParagraph(block.lines.slice(0, -1))
        // (A name alone under the words, "Jesse", is set as the dash lines are: "— Jesse".)
        const said = toParagraph([last])
        const first = said.children[0]
        if (first?.type === 'text' && !/^[-–—]/.test(first.value)) first.value = `— ${first.value}`
        children.push({ type: 'blockquote', children: [words, said], position: paragraph.position })
      } else if (previous?.type === 'paragraph' && introducesQuotation.test(toString(previous).trim()) && !/:$/.test(toString(paragraph).trim()) && !paragraph.data?.footnote) {
        // The paragraph after "…the G&M article claims:" is what it claims, not the author's own words: a quotation
        // whose marks were lost when the page was copied.
        children.push({ type: 'blockquote', children: [paragraph], position: paragraph.position })
      } else children.push(paragraph)
    }
    else if (block.type === 'code') children.push({ type: 'code', lang: null, meta: null, value: block.line.code!, position: span(block.line.source, block.line.last!) })
    else if (block.type === 'table') children.push(toTable(block.line.rows!, span(block.line.source, block.line.last!)))
    else if (block.type === 'verse') children.push(toVerse(block))
    else {
      // The lines after "…an X post that said:" and a "-Kevin A. Bryan on X" under them: a quotation copied line by line,
      // with who said it, not a list of the author's points.
      const previous = children[children.length - 1]
      const lines = block.items.map((item) => item[0]!)
      const by = /^[-–—]{1,2}\s*(\p{Lu}.{1,60})$/u.exec(lines[lines.length - 1]!.source.text.trim())
      if (previous?.type === 'paragraph' && introducesQuotation.test(toString(previous).trim()) && by && lines.length >= 2 && block.items.every((item) => item.length === 1) && !block.nested) {
        const words = toParagraph(lines.slice(0, -1))
        const attribution: Paragraph = { ...toParagraph(lines.slice(-1)), children: [{ type: 'text', value: `— ${by[1]!.trim()}` }] }
        children.push({ type: 'blockquote', children: [words, attribution], position: span(lines[0]!.source, lines[lines.length - 1]!.source) })
      } else if (block.items.every((item) => item[item.length - 1]!.source.footnote || (item.length === 1 && isAttributionLine(item[0]!.source.text)))) {
        // ("1. For instance, in 2016 candidate preference was… ↩" / "2. At least, easiest in my opinion. ↩": notes copied
        // with their links back are footnotes, for the notes, not a list of points.)
        const credited = children[children.length - 1]
        if (block.items.length === 1 && /\(@[\w.-]+\)/.test(lines[0]!.source.text) && credited?.type === 'paragraph' && countWords(toString(credited)) <= 60) credited.data = { ...credited.data, footnote: true }
        for (const item of block.items) children.push({ ...toParagraph(item), data: { footnote: true } })
      } else children.push(toList(block))
    }
  }

  // (A byline a template signs the post with at its foot, "James Burton on 09 August 2017", names the speaker and the day
  // when the top of the page does not; it had been on no slide at all.)
  const foot = children.at(-1)
  const signed = foot?.type === 'paragraph' && !meta.byline ? parseByline(toString(foot).trim()) : undefined
  if (signed?.byline && looksLikeName(signed.byline)) {
    meta.byline = signed.byline
    meta.date ??= signed.date
    foot!.data = { ...foot!.data, footnote: true }
  }
  // The author's bio closing the page ("Jo Hill is a Service Designer and User Researcher at the DTA.") is for the notes.
  // (So is the credit under it, "Edited by Matthew Conlen and Victoria Uren.", which had left the bio the talk's closing line;
  // and a translator's, "Translated from Dutch by Claire Muyllaert and Pierre Parmentier with the help of https://www.DeepL.com/Translator.")
  let end = children.length - 1
  const credit = children[end]
  if (credit?.type === 'paragraph' && /^(?:edited|illustrated|designed|reviewed|produced|translated|copy-?edited|fact-?checked)(?: and \w+)?(?: from \p{Lu}\p{Ll}+)? by\s+\p{Lu}(?:[^.!?]|\.(?=\w)){0,120}\.?$/u.test(toString(credit).trim().replace(/^\p{Lu}/u, (first) => first.toLowerCase()))) {
    credit.data = { ...credit.data, footnote: true }
    end--
  }
  const bio = children[end]
  if (bio?.type === 'paragraph' && meta.byline && isAuthorBio(toString(bio), meta.byline)) bio.data = { ...bio.data, footnote: true }
  joinCaptionedItems(children)
  const captioned = new Set(noteFigureCaptions(children))
  boldRunInHeads(children)
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
    // (Less the labels of lost figures, which went to the notes with their captions.)
    headings: headings.map((heading, index) => ({ depth: depths[index]!, text: heading.line.source.text, line: heading.line.source.line })).filter((heading) => !captioned.has(heading.line)),
    dropped: [...dropped.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, reason]) => ({ line: lines[index]!.line, text: lines[index]!.text, reason }))
  }
  if (outline.titleLine === undefined) delete outline.titleLine

  if (file) {
    file.data.textOutline = outline
    if (!front.title) {
      file.message(`Expected a title (a short first line without final punctuation), found none; using “${title}”`, {
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

/** A table of text cells, the first row its header. */
function toTable(rows: readonly string[][], position: Table['position']): Table {
  return {
    type: 'table',
    align: rows[0]!.map(() => null),
    children: rows.map((row): TableRow => ({ type: 'tableRow', children: row.map((cell): TableCell => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })) })),
    position
  }
}

/**
 * A page's pull quote, copied on a line of its own: words the article says again in one of its paragraphs ("What
 * gender and sexual norms were everyday Indians being socialized in? How did they conceive of…" over eleven slides as
 * their title). It goes to the notes with the captions.
 */
function withoutPullQuotes(blocks: Block[]): Block[] {
  const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const paragraphs = blocks.filter((block): block is Extract<Block, { type: 'paragraph' }> => block.type === 'paragraph' && block.lines.length > 0).map((block) => key(joinLines(block.lines)))
  return blocks.map((block) => {
    // (A heading-shaped line of a sentence or two: a heading that names a phrase of the text, "Indian Mineral Leasing Act
    // of 1938", is the section's.)
    const line = block.type === 'heading' ? block.line : undefined
    if (!line || countWords(line.source.text) < 8 || !/[.?!]["'”’]?$/.test(line.source.text.trim())) return block
    const own = key(line.source.text)
    return paragraphs.some((text) => text !== own && text.length > own.length && text.includes(own)) ? { type: 'paragraph', lines: [line], caption: true } : block
  })
}
