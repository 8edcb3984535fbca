/**
 * A heading copied onto the first line of its section's text ("Jacqueline As a machine learning researcher, …"):
 * in an article whose other headings are single names, a paragraph that opens with a name and then a capitalised
 * sentence opening is that name's section.
 */
import type { SourceLine } from './lines.js'
import type { Block } from './text-blocks.js'

/** Words that open a sentence after a joined heading ("Jacqueline As a…", "Kate The…"). */
const openings = /^(?:As|The|In|When|While|My|Our|This|It|We|At|For|Since|After|Before|Being|Having|Over|Like|With|Working|Growing|Thinking|Reading|Looking|Coming|Last|Every|One|Two|Many|Most|Some|Open)$/

/** Headings that are all one capitalised word (names of people or places) — at least this many. */
const minSiblings = 3

/**
 * Split paragraphs that start with a joined heading into the heading and the paragraph.
 *
 * @param blocks The body's blocks.
 * @returns The blocks, with such paragraphs split.
 */
export function splitJoinedHeadings(blocks: readonly Block[]): Block[] {
  const headings = blocks.filter((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading').map((block) => block.line.source.text)
  if (headings.length < minSiblings || !headings.every((text) => /^\p{Lu}\p{Ll}{2,}$/u.test(text))) return [...blocks]
  const known = new Set(headings)
  return blocks.flatMap((block): Block[] => {
    if (block.type !== 'paragraph') return [block]
    const first = block.lines[0]!
    const match = /^(\p{Lu}\p{Ll}{2,}) (\p{Lu}\p{Ll}*)\b/u.exec(first.source.text)
    if (!match || known.has(match[1]!) || !openings.test(match[2]!)) return [block]
    const name = match[1]!
    const source = first.source
    const heading: SourceLine = { ...source, text: name, endColumn: source.column + name.length, endOffset: source.offset + name.length }
    const rest: SourceLine = { ...source, text: source.text.slice(name.length + 1), column: source.column + name.length + 1, offset: source.offset + name.length + 1 }
    return [
      { type: 'heading', line: { ...first, kind: 'text', source: heading }, numbering: 0 },
      { type: 'paragraph', lines: [{ ...first, source: rest }, ...block.lines.slice(1)] }
    ]
  })
}

/** A numbered label that opens a paragraph: "Suggestion 1:", "Step 2:", "Tip 3 –". */
const numberedLabel = /^((?:Suggestion|Step|Tip|Lesson|Rule|Principle|Recommendation|Option|Strategy|Idea|Question|Reason|Myth|Challenge|Goal|Phase|Stage|Part)\s+(\d{1,2})\s*[:–—-]\s*)(\p{Lu}[^.!?]{2,300}?[.!?])(?:\s+\S[\s\S]*)?$/u

/**
 * Split a run of paragraphs that each open with a numbered label and a short first sentence ("Suggestion 1: Aggressively
 * build middle-income housing. Middle-income households struggle…", then "Suggestion 2: …"), three at least, numbered
 * one after another: each label and its first sentence head the paragraph's section (a think tank's four suggestions had
 * run on under the last heading before them).
 *
 * @param blocks The body's blocks.
 * @returns The blocks, with such paragraphs split into a heading and the rest.
 */
export function splitLabelledRun(blocks: readonly Block[]): Block[] {
  const labelled = blocks.map((block) => (block.type === 'paragraph' && block.lines.length >= 1 ? numberedLabel.exec(block.lines.map((line) => line.source.text).join(' ')) : null))
  const run = new Set<number>()
  for (let at = 0; at < blocks.length; at++) {
    const first = labelled[at]
    if (!first || first[2] !== '1') continue
    const word = first[1]!.split(/\s+/)[0]
    const members = [at]
    for (let next = at + 1, expected = 2; next < blocks.length && next - members.at(-1)! <= 2; next++) {
      const match = labelled[next]
      if (match && match[1]!.split(/\s+/)[0] === word && Number(match[2]) === expected) {
        members.push(next)
        expected++
      }
    }
    if (members.length >= 3) for (const member of members) run.add(member)
  }
  if (run.size === 0) return [...blocks]
  return blocks.flatMap((block, at): Block[] => {
    if (!run.has(at) || block.type !== 'paragraph') return [block]
    const first = block.lines[0]!
    const match = labelled[at]!
    // (A first sentence too long for a title gives its first clause: "Form a neighborhood-based community land trust, or CLT,
    // which…" titles its section "Suggestion 2: Form a neighborhood-based community land trust".)
    const sentence = match[3]!
    const clause = sentence.split(/,\s/)[0]!
    const head = sentence.split(/\s+/).length <= 14 ? sentence : clause.split(/\s+/).length >= 3 && clause.split(/\s+/).length <= 12 ? clause : undefined
    if (!head) return [block]
    const title = `${match[1]!.trim()} ${head.replace(/[.!?]$/, '')}`.replace(/\s*([:–—-])\s+/, '$1 ')
    // (The heading's line stands for the label and its sentence; the rest of the paragraph keeps its own text, the rest of a
    // sentence cut at its comma too.)
    const headingLength = match[1]!.length + (head === sentence ? sentence.length : 0)
    if (headingLength > first.source.text.length) return [block]
    const source = first.source
    const heading: SourceLine = { ...source, text: title, endColumn: source.column + headingLength, endOffset: source.offset + headingLength }
    const restText = source.text.slice(headingLength).trimStart()
    const skipped = source.text.length - restText.length
    const rest: SourceLine = { ...source, text: restText, column: source.column + skipped, offset: source.offset + skipped }
    return [
      { type: 'heading', line: { ...first, kind: 'text', source: heading }, numbering: 0 },
      ...(restText === '' && block.lines.length === 1 ? [] : [{ type: 'paragraph' as const, lines: [{ ...first, source: rest }, ...block.lines.slice(1)] }])
    ]
  })
}
