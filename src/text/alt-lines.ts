/**
 * A picture's alt text that a copy of the page kept on a line of its own,
 * between paragraphs: "Screenshot of a blurred Canada.ca page showing the
 * date modified near the bottom on the left side.", "Internet search results
 * page for "Vaccines while pregnant" showing a Canada.ca result (Vaccinations
 * and pregnancy) with June 30, 2015 highlighted". It says what a picture the
 * deck does not have shows, and goes to the notes, as a caption does (a blind
 * reader of set 134 found the second on a slide as a bullet).
 */
import { tagSentence } from '../article/nlp.js'
import { firstLine, type Block } from './text-blocks.js'
import { countWords } from './lines.js'

/** Most words of such a line. */
const altWords = 40

/** A line that names what it shows: "Screenshot of…", "A photo showing…". */
const namesPicture = /^(?:an? )?(?:screen ?shot|screen ?grab|screen ?capture|photo(?:graph)?|image|picture|illustration|diagram|drawing|rendering|infographic)s? (?:of|showing|depicting|from)\b/i

/**
 * Whether a line is a picture's alt text: it names a picture ("Screenshot of…"), or it describes one with "showing" or
 * "depicting", no verb before it and no full stop at its end.
 *
 * @param text The line.
 */
export function isAltTextLine(text: string): boolean {
  const line = text.trim()
  if (countWords(line) > altWords || /[.!?]\s+\p{Lu}/u.test(line)) return false
  if (namesPicture.test(line)) return true
  const showing = /\s(?:showing|depicting)\s/i.exec(line)
  if (/[.!?:;]$/.test(line) || !showing) return false
  // (What comes before "showing" names the picture, with no verb of its own; what comes after is what it shows.)
  // (Tagged whole: a phrase tagged alone reads its first noun as a verb, "page" of "Internet search results page for…".)
  const tokens = tagSentence(line)
  const at = tokens.findIndex((token) => token.lower === 'showing' || token.lower === 'depicting')
  // (Nor is a "verb" before a noun one: "search" of "Canada.ca search results page" is tagged so. Nor "showing that…": a
  // study's finding, no picture's.)
  const verb = (index: number): boolean => tokens[index]!.pos === 'AUX' || (tokens[index]!.pos === 'VERB' && !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[index + 1]?.pos ?? ''))
  return at > 0 && !/^(?:that|how|why|what|whether)$/.test(tokens[at + 1]?.lower ?? '') && !tokens.slice(0, at).some((_, index) => verb(index))
}

/**
 * The blocks, with each paragraph of one line between blank lines that is a picture's alt text made a caption (for the notes).
 *
 * @param blocks The text's blocks, in order.
 */
export function demoteAltText(blocks: readonly Block[]): Block[] {
  return blocks.map((block, at) => {
    if (block.type !== 'paragraph' || block.caption || block.lines.length !== 1 || !block.lines[0]!.gap) return block
    const next = blocks[at + 1]
    return (next === undefined || firstLine(next).gap) && isAltTextLine(block.lines[0]!.source.text) ? { ...block, caption: true } : block
  })
}
