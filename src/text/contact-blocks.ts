/**
 * A press release's contact details copied from its page: a "Contact
 * Information" heading over the office's name and an e-mail address, or
 * "…please contact:" over a name, a role, a telephone number and an address.
 * They are for whoever reads the release, not the talk: they go to the notes,
 * as a picture's caption does, rather than titling the release's first slide
 * ("Contact Information" over its opening paragraph, set 147) or making a list.
 */
import { countWords, endsSentence } from './lines.js'
import type { BodyLine } from './body-lines.js'
import type { Block } from './text-blocks.js'

/** A heading that only announces contact details. */
const contactHeading = /^(?:(?:media|press|news) )?contacts?(?: (?:information|info|details|us))?:?$/i

/** A line that leads into contact details: "For more information, media inquiries, or to schedule an interview, please contact:". */
const contactLeadIn = /\b(?:please )?(?:contact|reach out to|get in touch with|write to|call)\s*:$/i

/** A line of contact details: an e-mail address or a telephone number somewhere in it. */
const detail = /[\w.+-]+@[\w-]+\.\w|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d[\d\s().-]{7,}\d/

/** Most words of one line of a contact block ("Director of External Affairs & Tribal Relations"). */
const lineWords = 12

/** The lines of a block, if it is a paragraph or a list. */
function linesOf(block: Block | undefined): BodyLine[] | undefined {
  if (block?.type === 'paragraph') return block.lines
  if (block?.type === 'list' && !block.nested) return block.items.flat()
  return undefined
}

/** Whether a block is contact details: short lines that are no sentences, at least one an address or a number. */
function isContactBlock(block: Block | undefined): boolean {
  const lines = linesOf(block)
  if (!lines || lines.length > 6) return false
  const texts = lines.map((line) => line.source.text.trim())
  return texts.every((text) => countWords(text) <= lineWords && !(endsSentence(text) && countWords(text) > 4 && !detail.test(text))) && texts.some((text) => detail.test(text))
}

/**
 * The blocks, with a press release's contact details made captions (for the notes): a contact heading and the block
 * under it, or a lead-in ending "…please contact:" and the block under it, when that block is contact details.
 *
 * @param blocks The text's blocks, in order.
 */
export function noteContactBlocks(blocks: readonly Block[]): Block[] {
  const noted = new Set<number>()
  blocks.forEach((block, at) => {
    const lead = block.type === 'heading' ? contactHeading.test(block.line.source.text.trim()) : block.type === 'paragraph' && block.lines.length <= 2 && contactLeadIn.test(block.lines[block.lines.length - 1]!.source.text.trim())
    if (!lead || !isContactBlock(blocks[at + 1])) return
    noted.add(at).add(at + 1)
  })
  return blocks.map((block, at) => {
    if (!noted.has(at)) return block
    const lines = block.type === 'heading' ? [block.line] : linesOf(block)!
    return { type: 'paragraph', lines, caption: true }
  })
}
