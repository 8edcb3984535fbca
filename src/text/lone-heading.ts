/**
 * A text whose only heading-shaped line comes deep into it — after most of
 * its words — has no headings: that line is a proverb, a pull quote or a
 * caption set on a line of its own ("Zakat ma-kat-nqs mn f rzqk walu" over
 * its translation, two thirds into an essay), not the title of everything
 * after it. It stays a paragraph, and the essay's stretches get titles of
 * their own as any text without headings does.
 */
import { blockWords, type Block } from './text-blocks.js'
import { backMatterHeading } from './heading-lines.js'

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
