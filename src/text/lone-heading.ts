/**
 * A text whose only heading-shaped line comes deep into it — after most of
 * its words — has no headings: that line is a proverb, a pull quote or a
 * caption set on a line of its own ("Zakat ma-kat-nqs mn f rzqk walu" over
 * its translation, two thirds into an essay), not the title of everything
 * after it. It stays a paragraph, and the essay's stretches get titles of
 * their own as any text without headings does.
 */
import { blockWords, type Block, type ListBlock } from './text-blocks.js'
import { backMatterHeading } from './heading-lines.js'
import { countWords, isTitleCase } from './lines.js'
import type { BodyLine } from './body-lines.js'
import { isKnownWord, tagSentence } from '../article/nlp.js'

/** Words a text runs before its lone heading-shaped line, at least, for the line to be no heading. */
const headlessWords = 400

/**
 * The blocks, with a lone heading that comes after most of the text's words made a paragraph.
 *
 * @param blocks The text's blocks, in order.
 */
export function demoteLoneHeading(blocks: readonly Block[]): Block[] {
  const headings = blocks.filter((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading')
  if (headings.length !== 1) return [...blocks]
  const heading = headings[0]!
  const at = blocks.indexOf(heading)
  const before = blocks.slice(0, at).reduce((sum, block) => sum + blockWords(block), 0)
  const total = blocks.reduce((sum, block) => sum + blockWords(block), 0)
  // (Back matter's heading, "References", stays one wherever it stands; so does a quotation in marks with its speaker's
  // name, "“Luck is the residue of design.” -Branch Rickey", which the article's layouts show as a quotation.)
  const quoted = /^[“"].{8,}[”"]\s*[-–—]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(heading.line.source.text)
  if (before < headlessWords || before < total / 2 || backMatterHeading.test(heading.line.source.text) || quoted) return [...blocks]
  return blocks.map((block) => (block === heading ? { type: 'paragraph', lines: [heading.line] } : block))
}

/** Short words a title leaves in lower case: "Assignments that Bind". */
const smallWords = /\b(?:that|with|from|into|than|over|upon|onto|about|after|before|under|when|what|your|this|their)\b/g

/** A heading that names a part of the text by its kind ("A brief conda-forge primer", "A quick recap"), not a picture. */
const partOfText = /\b(?:primer|overview|introduction|background|recap|refresher|explainer|digression|aside|tl;?dr|caveats?|disclaimer|takeaways?)$/i

/** Fewest headings in Title Case, and their least share, for a line in sentence case among them to be no heading. */
const titleCaseHeadings = { least: 4, share: 0.75 }

/**
 * The blocks, with heading-shaped lines in sentence case made captions when the text's headings are in Title Case:
 * "Rolls of film", "Original film container", "nitrate film reel in good condition" among "The Collection", "Color
 * Reversal", "Plasticizer Exudation" are the pictures' alt texts a copy from the page kept, each on a line of its own.
 * They go to the notes, as a picture's caption does.
 *
 * @param blocks The text's blocks, in order.
 */
export function demoteCaptionHeadings(blocks: readonly Block[]): Block[] {
  const headings = blocks.filter((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading')
  const titled = headings.filter((heading) => isTitleCase(heading.line.source.text, 1))
  if (titled.length < titleCaseHeadings.least || titled.length < titleCaseHeadings.share * headings.length) return [...blocks]
  const caption = (heading: Extract<Block, { type: 'heading' }>): boolean => {
    const text = heading.line.source.text.trim()
    // (A phrase that names a thing, no verb: "Be prepared to fail … and fail again!" and "There's rarely just one right
    // answer" are headings in sentence case all the same.)
    // (Its remark in brackets aside: "Self-Publication Seems Like the Future (in most cases)" is in Title Case.)
    // (Nor one that names a part of the text by its kind: "A brief conda-forge primer" heads the post's background.)
    // (Nor the title of a work in another language, "Una trilogia palestinese", "Il caos": words English does not know.)
    const words = text.split(/\s+/)
    // (Nor a work's title and its subtitle after a colon, "Imperialism: the highest stage of capitalism".)
    if (words.filter((word) => !isKnownWord(word.toLowerCase())).length * 2 > words.length || /^\p{Lu}[^:]{1,40}: \S/u.test(text)) return false
    return heading.numbering === 0 && words.length >= 2 && !partOfText.test(text) && !isTitleCase((text.replace(/\s*\([^()]*\)$/, '').split(/\s+/).length >= 3 ? text.replace(/\s*\([^()]*\)$/, '') : text).replace(smallWords, ''), 1) && !/[?:!]$/.test(text) && !backMatterHeading.test(text) && !tagSentence(text).some((token) => (token.pos === 'VERB' && !/ing$/.test(token.lower)) || token.pos === 'AUX')
  }
  // (Not a heading over a list or over a section of three blocks or more: "Key points" over the review's points, "Models
  // of peer observation" over its models, are a Jupyter Book's sections in sentence case.)
  const heads = (at: number): boolean => {
    const next = blocks.findIndex((block, index) => index > at && block.type === 'heading')
    const section = blocks.slice(at + 1, next === -1 ? blocks.length : next)
    return section[0]?.type === 'list' || section.length >= 3
  }
  return blocks.map((block, at) => (block.type === 'heading' && caption(block) && !heads(at) ? { type: 'paragraph', lines: [block.line], caption: true } : block))
}

/**
 * The blocks, with a heading-shaped line between a paragraph and the next heading made a caption when it names a thing
 * and says what it shows after a comma ("CrashMap, which uses government data to map road accidents in the UK",
 * "Intersection wait times in Vienna, as calculated by Bike Citizens"): a picture's caption at a section's end, which
 * had been a section with nothing in it and an item of the agenda.
 *
 * @param blocks The text's blocks, in order.
 */
export function demoteEmptyCaptions(blocks: readonly Block[]): Block[] {
  return blocks.map((block, at) => {
    if (block.type !== 'heading' || block.numbering !== 0 || blocks[at - 1]?.type !== 'paragraph' || blocks[at + 1]?.type !== 'heading') return block
    const text = block.line.source.text.trim()
    const comma = text.indexOf(', ')
    if (comma <= 0 || text.split(/\s+/).length < 6 || /[?:!.]$/.test(text) || isTitleCase(text, 1)) return block
    const tokens = tagSentence(text)
    const head = tokens.slice(0, tokens.findIndex((token) => token.value === ','))
    const describes = /^(?:which|that|as|showing|shown|taken|seen|made|created|calculated|built|drawn|mapped|photographed|courtesy)\b/i.test(text.slice(comma + 2))
    // (A noun phrase before the comma, not a clause: "wait" of "Intersection wait times" is a noun the tagger reads as a verb.)
    const clause = head.some((token) => token.pos === 'AUX' || token.pos === 'PRON' || (token.pos === 'VERB' && /(?:ed|s)$/.test(token.lower)))
    return describes && !clause ? { type: 'paragraph', lines: [block.line], caption: true } : block
  })
}

/**
 * The blocks, with a run of four heading-shaped lines or more and nothing between them made the first one's list but
 * for the last: "Videos" over "Why do we use async?" / "How we work async" / "Tips for working async", the titles of a
 * page's players, then "Why async?" over its text (a blind reader of set 153 found three empty section dividers and an
 * agenda of video titles). A heading has its text under it.
 *
 * @param blocks The text's blocks, in order.
 */
export function listHeadingRuns(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  for (let at = 0; at < blocks.length; ) {
    let end = at
    while (blocks[end]?.type === 'heading' && (blocks[end] as Extract<Block, { type: 'heading' }>).numbering === 0) end++
    if (end - at >= 4 && end < blocks.length) {
      const run = blocks.slice(at, end) as Extract<Block, { type: 'heading' }>[]
      // (The last of them has the text under it: "Why async?" is the next section's title.)
      out.push(run[0]!, { type: 'list', ordered: false, start: undefined, marker: '', items: run.slice(1, -1).map((heading) => [heading.line]), labels: false }, run.at(-1)!)
      at = end
      continue
    }
    out.push(blocks[at]!)
    at++
  }
  return out
}

/** A label over a page's list of links: "Resources:", "Further reading:". */
const resourceLabel = /^(?:resources|further reading|related (?:reading|links|resources)|useful links|links|learn more|read more|see also|tools)\s*:$/i

/**
 * The blocks, with the titles of a page's links under its "Resources:" label made a list: "Developing an Open Data
 * Policy Framework in Context" / "Common Municipal Governance Structures", short lines without a stop, each set apart
 * (a blind reader of set 157 found nine of them section dividers). The list ends at a line with a stop, a long line,
 * a numbered heading, or a heading with its text under it.
 *
 * @param blocks The text's blocks, in order.
 */
export function listResourceRuns(blocks: readonly Block[]): Block[] {
  const lineOf = (block: Block | undefined): BodyLine | undefined => (block?.type === 'heading' && block.numbering === 0 ? block.line : block?.type === 'paragraph' && block.lines.length === 1 ? block.lines[0] : undefined)
  const title = (line: BodyLine | undefined): boolean => line !== undefined && countWords(line.source.text) <= 14 && !/[.!?:]$/.test(line.source.text.trim())
  const out: Block[] = []
  for (let at = 0; at < blocks.length; at++) {
    const label = lineOf(blocks[at])
    if (!label || !resourceLabel.test(label.source.text.trim())) {
      out.push(blocks[at]!)
      continue
    }
    // (Some of the titles a list already, "Case study: How to invite feedback…" among them: the rest join it.)
    const listed = blocks[at + 1]?.type === 'list' && !(blocks[at + 1] as ListBlock).nested ? (blocks[at + 1] as ListBlock) : undefined
    let next = listed ? at + 2 : at + 1
    // (A heading with its own text under it, not another title, opens the next section.)
    while (title(lineOf(blocks[next])) && !(blocks[next]!.type === 'heading' && blocks[next + 1]?.type === 'paragraph' && !title(lineOf(blocks[next + 1])))) next++
    const items = [...(listed?.items ?? []), ...blocks.slice(listed ? at + 2 : at + 1, next).map((block) => [lineOf(block)!])]
    if (items.length === 0) {
      out.push(blocks[at]!)
      continue
    }
    out.push({ type: 'paragraph', lines: [label] }, { type: 'list', ordered: false, start: undefined, marker: '', items, labels: listed?.labels ?? false })
    at = next - 1
  }
  return out
}

/** An interviewer's question on a line of its own: "Q: How did you get started…?". */
const questionLine = /^Q\s?[:.–-]\s/

/**
 * The blocks, with a heading-shaped line inside an interview's answers made a caption: once the questions ("Q: …")
 * have begun, a short line that names a thing, no verb, which the answer goes on after ("Top of the phono stage board",
 * "Preamp internals", "Håvard's A/V setup") is a picture's caption a copy kept, not a section (a blind reader of set
 * 245 found nine such slides and an agenda of captions).
 *
 * @param blocks The text's blocks, in order.
 */
export function demoteInterviewCaptions(blocks: readonly Block[]): Block[] {
  const texts = blocks.map((block) => (block.type === 'heading' ? block.line.source.text.trim() : block.type === 'paragraph' ? block.lines[0]!.source.text.trim() : ''))
  const asks = texts.map((line) => questionLine.test(line))
  const first = asks.indexOf(true)
  if (asks.filter(Boolean).length < 3) return [...blocks]
  return blocks.map((block, at) => {
    const line = texts[at]!
    if (at < first || block.type !== 'heading' || block.numbering !== 0 || asks[at] || /[?:]$/.test(line) || countWords(line) > 12) return block
    const next = blocks[at + 1]
    // (Before the next question too, when an answer's paragraph comes before it and it names a thing in a few words: "Preamp internals".)
    const closesAnswer = asks[at + 1] === true && blocks[at - 1]?.type === 'paragraph' && !asks[at - 1] && countWords(line) <= 6
    if (next === undefined || (asks[at + 1] && !closesAnswer) || (next.type === 'heading' && !asks[at + 1] && !/^(?:A\s?[:.]|\p{Ll})/u.test(texts[at + 1]!) && next.numbering !== 0)) return block
    return tagSentence(line).some((token) => token.pos === 'AUX' || (token.pos === 'VERB' && !/(?:ing|ed)$/.test(token.lower))) ? block : { type: 'paragraph', lines: [block.line], caption: true }
  })
}

/**
 * The blocks, with a short line said again and again on lines of their own made a caption: a badge a list's entries
 * carry, "Top book" under three of a year's books (one "Top Book"), is no section; as a heading it had titled a slide
 * and made the books after it its sub-sections.
 *
 * @param blocks The text's blocks, in order.
 */
export function demoteRepeatedBadges(blocks: readonly Block[]): Block[] {
  const lone = (block: Block): string | undefined => ((block.type === 'heading' || block.type === 'paragraph') && (block.type === 'heading' || block.lines.length === 1) ? (block.type === 'heading' ? block.line : block.lines[0]!).source.text.trim().toLowerCase() : undefined)
  const counts = new Map<string, number>()
  for (const block of blocks) {
    const text = lone(block)
    if (text !== undefined && countWords(text) <= 3 && !/[.!?:]$/.test(text)) counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  return blocks.map((block) => (block.type === 'heading' && block.numbering === 0 && (counts.get(lone(block)!) ?? 0) >= 3 && !backMatterHeading.test(block.line.source.text) ? { type: 'paragraph', lines: [block.line], caption: true } : block))
}
