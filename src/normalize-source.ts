/**
 * Source normalisation before parsing: line ends, byte-order mark, and the
 * Pandoc/Quarto `::: notes` container rewritten into comment markers that
 * CommonMark keeps as their own blocks. Line numbers never change.
 */

/** Marker that opens a notes container after {@link normalizeSource}. */
export const notesOpenMarker = '<!-- lectern:notes -->'
/** Marker that closes a notes container after {@link normalizeSource}. */
export const notesCloseMarker = '<!-- /lectern:notes -->'

const fenceOpen = /^ {0,3}:{3,}\s*(?:\{\s*\.?([\w-]+)[^}]*\}|([\w-]+))?\s*$/
const codeFence = /^ {0,3}(`{3,}|~{3,})/

/**
 * Normalise a Markdown source: drop a UTF-8 byte-order mark, turn CRLF and
 * lone CR into LF, and rewrite `::: notes` … `:::` fences into
 * {@link notesOpenMarker} / {@link notesCloseMarker} lines.
 *
 * @param text The source as read.
 * @returns The normalised source, with the same number of lines.
 */
export function normalizeSource(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  const stack: boolean[] = []
  let inCode: string | undefined

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const code = codeFence.exec(line)
    if (inCode) {
      if (code && code[1]![0] === inCode[0] && code[1]!.length >= inCode.length) inCode = undefined
      continue
    }
    if (code) {
      inCode = code[1]
      continue
    }
    const fence = fenceOpen.exec(line)
    if (!fence) continue
    const name = fence[1] ?? fence[2]
    if (name) {
      const isNotes = name === 'notes'
      stack.push(isNotes)
      if (isNotes) lines[index] = notesOpenMarker
    } else if (stack.length > 0) {
      if (stack.pop()) lines[index] = notesCloseMarker
    }
  }
  return lines.join('\n')
}
