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
