/**
 * Notes a copied page sets as a number on a line of its own over the note's text ("1" / "See "What is a software
 * architecture?" in Clean Architectures in Python." / "2" / "Design Patterns: …"): read as the plain text's notes,
 * "[1] See …", which the recogniser keeps for the speaker. The numbers had been read as three headings and the notes
 * had closed the talk's conclusion as its bullets.
 */

/**
 * Rewrite, in place, a run of notes numbered from 1 in the second half of a plain text as "[N] text" lines.
 *
 * @param lines The text's lines; changed in place.
 */
export function numberedNotes(lines: string[]): void {
  const nextText = (from: number): number => {
    let at = from
    while (at < lines.length && lines[at]!.trim() === '') at++
    return at < lines.length ? at : -1
  }
  const first = lines.findIndex((line, at) => at > lines.length / 2 && line.trim() === '1' && (lines[at - 1] ?? '').trim() === '')
  if (first === -1) return
  const notes: [number, number][] = []
  for (let at = first, number = 1; at !== -1 && lines[at]!.trim() === String(number); number++) {
    const text = nextText(at + 1)
    if (text === -1 || /^\d{1,3}$/.test(lines[text]!.trim())) break
    notes.push([at, text])
    at = nextText(text + 1)
  }
  if (notes.length < 2) return
  notes.forEach(([number, text], index) => {
    lines[number] = `[${index + 1}] ${lines[text]!.trim()}`
    lines[text] = ''
  })
}
