/**
 * An interview's speakers named by their initials at the start of each turn ("OE: How did the US Elections Atlas come
 * about?" / "DL: The project started as a paper hobby…"): the initials are who speaks, not what is said, and had
 * opened every question's title and every answer's first bullet.
 */
import type { SourceLine } from './lines.js'

/** Initials and a colon opening a line: "OE:", "DL :" (not "Q:" and "A:", which the interview's reading keeps, `body-shape.ts`). */
const initials = /^(\p{Lu}{2,3})\s?:\s+(?=\S)/u

/** Lines that open with each speaker's initials, at least this many in all. */
const leastTurns = 5

/**
 * The lines without their speakers' initials, when two speakers or more open at least two lines each (five in all);
 * the lines as they were otherwise.
 *
 * @param lines The cleaned lines of a text.
 */
export function withoutSpeakerInitials(lines: readonly SourceLine[]): SourceLine[] {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const found = initials.exec(line.text)?.[1]
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1)
  }
  const speakers = [...counts].filter(([, count]) => count >= 2)
  if (speakers.length < 2 || speakers.reduce((sum, [, count]) => sum + count, 0) < leastTurns) return [...lines]
  const names = new Set(speakers.map(([name]) => name))
  return lines.map((line) => {
    const found = initials.exec(line.text)
    if (!found || !names.has(found[1]!)) return line
    const cut = found[0].length
    return { ...line, text: line.text.slice(cut), column: line.column + cut, offset: line.offset + cut }
  })
}
