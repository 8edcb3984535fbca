/**
 * A video's transcript copied with the page: a line that says so
 * ("Transcript: People looking at older content", "Video transcript") and,
 * under it without a blank line, what was said and shown, line by line
 * ("(Participant 1)", "(The picture zooms into filter controls…)", "…maybe
 * from the past year - I'll filter my results…"). A speaker plays the video
 * or tells what happened; the lines go to the notes, as a picture's caption
 * does. A blind reader of set 134 had found them on three slides, two of
 * them titled by a participant's words ("Although that's still pretty
 * current...").
 */
import type { BodyLine } from './body-lines.js'
import type { Block, ListBlock } from './text-blocks.js'

/** The line that opens a transcript: "Transcript", "Video transcript", "Transcript: People looking at older content". */
const opening = /^(?:(?:video|audio|podcast|interview)\s+)?transcript(?:\s*(?::|—|–|-|of\b)\s*[^.!?]{0,80})?$/i

/** Lines a transcript runs under its opening line, at least. */
const leastLines = 2

/** A list's lines in reading order: each item's, then those of the list nested under it. */
function listLines(list: ListBlock): BodyLine[] {
  return list.items.flatMap((item, at) => [...item, ...(list.nested?.get(at) ? listLines(list.nested.get(at)!) : [])])
}

/** A block's lines in reading order (none for a code listing or a table: no transcript runs through them). */
function blockLines(block: Block): BodyLine[] | undefined {
  if (block.type === 'heading') return [block.line]
  if (block.type === 'paragraph' || block.type === 'verse') return [...block.lines, ...(block.type === 'verse' && block.by ? [block.by] : [])]
  if (block.type === 'list') return listLines(block)
  return undefined
}

/**
 * The blocks, with each transcript — its opening line and the lines under it up to the next blank line — made one
 * caption paragraph (for the notes).
 *
 * @param blocks The text's blocks, in order.
 */
export function foldTranscripts(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at]!
    const lines = blockLines(block)
    if (!lines || !lines[0]!.gap || !opening.test(lines[0]!.source.text.trim())) {
      out.push(block)
      continue
    }
    const run = [...lines]
    let end = at
    while (end + 1 < blocks.length) {
      const next = blockLines(blocks[end + 1]!)
      if (!next || next[0]!.gap) break
      run.push(...next)
      end++
    }
    if (run.length - 1 < leastLines) {
      out.push(block)
      continue
    }
    out.push({ type: 'paragraph', lines: run, caption: true })
    at = end
  }
  return out
}
