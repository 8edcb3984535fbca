/**
 * A web page's note numbers copied into its text: in brackets ("emergency[1]"), glued after a stop ("…federal land.9
 * Since…"), or glued to the word they marked ("there is a smell of shabakiya1 in the air", "a really heavy
 * sleeper)2.") and counting up from one through the text. They are the page's links, not its words, and leave the
 * lines as they are read (`splitLines`, `lines.ts`); a number out of that order ("CO2", "H2O") stays.
 */

/** What a line needs for its note numbers to be found: its text, and whether it is a note itself. */
interface NoteLine {
  text: string
  footnote?: boolean | undefined
}

/** A note's number in brackets after a word or a stop: "emergency[1]", "1912.[3]", "[citation needed]" is not one. */
const bracketMarker = /(?<=[\p{L}\p{N}.,;:!?)”"’])\[\d{1,3}\]/gu

/** The note a bracketed number refers to, on a line of its own: "[1] An emergency involving a lack of coffee." */
const noteLine = /^\[\d{1,3}\]\s*(?=\S)(?!\[)/

/**
 * A footnote's number copied glued to the end of a sentence or clause: "…on federal land.9 Since…", "…(13,945).13 14 The…",
 * "…is FLOSS.2", "…is called “weft”.3", "…could make 'real' software."1", "Stick Shuttle (at least 1)1", "…dissatisfied with the product? Why?2".
 */
const gluedMarker = /((?:(?<![\p{L}.])\p{Lu}?\p{Ll}{2,}|\p{Ll}{3,}|(?<![\p{L}.])\p{Lu}{3,})(?:[.,;:?!][”"’]|[”"’]?[.,;:?!”"’])|\)[.,;:”"’]?)\d{1,2}(?: \d{1,2}(?= \p{Lu}))?(?=\s|$)/gu

/**
 * A footnote's number glued after a year that ends a sentence, once the text has glued ones ("…and Dallas between 1950
 * and 1968.25", "…the land in 2000.33"): not a decimal, which a sentence does not end on before a capital.
 */
const yearMarker = /(?<![\d.,$€£]|\d[.,])((?:1[5-9]|20)\d\d[.”"’])\d{1,2}(?=\s+[\p{Lu}“"‘]|\s*$)/gu

/**
 * Footnote numbers a copy glues to the text ("…federal land.9 Since…", a chart's title "Oil production in North Slope
 * Borough12"), removed when the text has them in two places at least: they are the page's links, not its words.
 */
function withoutLinkedMarkers<T extends NoteLine>(lines: T[]): T[] {
  // (And "…an emergency[1] , I get…", "…in 1912.[3]": a note's number in brackets, when a line of the text gives the note,
  // "[1] An emergency involving…", or two such numbers are there.)
  const bracketed = lines.reduce((count, line) => count + (line.text.match(bracketMarker)?.length ?? 0), 0)
  const notes = lines.some((line) => noteLine.test(line.text))
  const brackets = bracketed >= 2 || (bracketed === 1 && notes)
  const glued = lines.reduce((count, line) => count + (line.text.match(gluedMarker)?.length ?? 0), 0) >= 2
  if (!brackets && !glued) return lines
  return lines.map((line) => {
    // ("…of the economy.[3]During the 2008 recession": the number had glued the next sentence on; a space parts them again.)
    let text = brackets ? line.text.replace(new RegExp(`${bracketMarker.source}(?=\\p{Lu})`, 'gu'), ' ').replace(bracketMarker, '').replace(/\s+([,.;:])/g, '$1') : line.text
    if (glued) text = text.replace(gluedMarker, '$1').replace(yearMarker, '$1')
    if (text.trim().split(/\s+/).length <= 12 && !/[.!?:]$/.test(text)) text = text.replace(/(\p{Ll}{3,})\d{1,2}$/u, '$1')
    // (The note itself, "[1] An emergency involving a lack of coffee.", is a footnote: for the notes.)
    if (brackets && noteLine.test(text)) return { ...line, text, footnote: true }
    return text === line.text ? line : { ...line, text }
  })
}

/**
 * A number of one or two digits glued after a word of letters with a small letter ("shabakiya1", "BentoML3", "Altruist’s1",
 * a share's "~10%13"), or its
 * closing mark (not a section's "2.1", code's "x.y.0-rc1", nor a form's "STL02"), before a space, a stop or the line's end.
 */
const wordMarker = /(?=[1-9])(?<=(?:(?:^|[\s(“‘"'])\p{L}*(?:['’]\p{L}*)?\p{Ll}\p{Lu}{0,3}|\d%)(?:[).,;:”’"']|[)”’"'][.,;:]|[.,;:][)”’"'])?)([1-9]\d?)(?=[\s.,;:!?)”’"']|$)/gu

/** A number glued after a word in capitals ("RMSE6 which"), before a small letter or a stop (not "HTML5 UP"): a note's, only as the next of a count ({@link withoutCountedMarkers}). */
const capitalsMarker = /(?=[1-9])(?<=(?:^|[\s(“‘"'])\p{Lu}{2,5})([1-9]\d?)(?=[.,;:!?)”’"']|\s+\p{Ll}|$)/gu

/** A note's number glued to a year after a preposition: "founded in 20181" (2018, note 1). */
const gluedToYear = /(?=1[5-9]|20)(?<=\b(?:in|since|of|from|by|until|after|before)\s)((?:1[5-9]|20)\d\d)([1-9]\d?)(?=[\s.,;:!?)”’"']|$)/g

/**
 * The lines without the note numbers glued to their words, when at least two count up from one (one may be missing,
 * set apart from its word: "…zit3, …" then "gendarmes5" with no 4 glued anywhere).
 */
function withoutCountedMarkers<T extends NoteLine>(lines: T[]): T[] {
  const marks = new Map<T, { at: number; length: number }[]>()
  const named = identifiers(lines)
  let [next, count] = [1, 0]
  for (const line of lines) {
    // (And after a word in capitals, "…is simple RMSE6 which…", only as the next of a count already running: "MP3", "H2".)
    const afterCapitals = [...line.text.matchAll(capitalsMarker)]
    const capitals = new Set(afterCapitals.map((match) => match.index))
    const found = [...line.text.matchAll(wordMarker), ...afterCapitals].sort((a, b) => a.index - b.index)
    for (const match of found) {
      const value = Number(match[1])
      if (capitals.has(match.index) && (count < 2 || value !== next)) continue
      if (named.has(`${/\p{L}+$/u.exec(line.text.slice(0, match.index))?.[0]?.toLowerCase() ?? ''}${match[1]}`)) continue
      // (A note cited again later, "Altruist9" then "ratings9" after "accounts10", is a mark all the same.)
      const again = count >= 3 && value < next && value >= next - 4
      if (again) {
        marks.set(line, [...(marks.get(line) ?? []), { at: match.index, length: match[1]!.length }])
        continue
      }
      if (value < next || value > next + (count >= 2 ? 1 : 0)) continue
      marks.set(line, [...(marks.get(line) ?? []), { at: match.index, length: match[1]!.length }])
      ;[next, count] = [value + 1, count + 1]
    }
  }
  if (count < 2) return lines
  // (From the end of each line, so that the positions before stay right.)
  return lines.map((line) => {
    const found = marks.get(line)
    const text = (found ?? []).reduceRight((out, { at, length }) => out.slice(0, at) + out.slice(at + length), line.text)
    // (And a note glued after a year, "founded in 20181", once three count up: no year has five digits.)
    const dated = count >= 3 ? text.replace(gluedToYear, (whole, date: string, mark: string) => (Number(mark) < next ? date : whole)) : text
    return dated === line.text ? line : { ...line, text: dated }
  })
}

/**
 * Names that end on their number, "zig1", "stage2", "zig3": a word written with a number twice or more, or with two
 * numbers or more, is a name of the text (a note's number is glued to its word once). They had lost their numbers, and
 * the steps of a build read "Use zig to build the Zig compiler into zig.c".
 */
function identifiers(lines: readonly NoteLine[]): Set<string> {
  const seen = new Map<string, number>()
  const numbers = new Map<string, Set<string>>()
  for (const line of lines) {
    for (const [, word, number] of line.text.matchAll(/(?<![\p{L}\d])(\p{L}+)(\d{1,2})(?![\p{L}\d])/gu)) {
      const key = `${word!.toLowerCase()}${number}`
      seen.set(key, (seen.get(key) ?? 0) + 1)
      numbers.set(word!.toLowerCase(), (numbers.get(word!.toLowerCase()) ?? new Set()).add(number!))
    }
  }
  return new Set([...seen].filter(([key, times]) => times >= 2 || (numbers.get(key.replace(/\d+$/, ''))?.size ?? 0) >= 2).map(([key]) => key))
}

/**
 * The lines without the page's note numbers: bracketed, glued after a stop, or glued to their words and counting up.
 *
 * @param lines The text's lines, cleaned.
 * @returns The same lines, those that held note numbers replaced by copies without them.
 */
export function withoutNoteMarkers<T extends NoteLine>(lines: T[]): T[] {
  // (Counted first: a note glued after a stop, "…software.\"1", is the first of the count "…Arctic Vault2", "BentoML3" go on.)
  const marked = withoutLinkedMarkers(withoutCountedMarkers(lines))
  return marked === lines ? withSingleNote(lines) : withNotesListed(lines, marked)
}

/**
 * The lines without a page's one note number, glued to a word ("…(project Blauwe Knop1).") when the text ends on that
 * note, numbered 1 and naming the word ("1. De naam van het project Blauwe Knop, …"): the number leaves the word, and the
 * note is a footnote, for the speaker's notes.
 */
function withSingleNote<T extends NoteLine>(lines: T[]): T[] {
  const last = lines.findLastIndex((line) => line.text.trim() !== '')
  const note = last === -1 ? undefined : /^1[.)]?\s+(\S.*)$/.exec(lines[last]!.text)?.[1]
  if (note === undefined || lines.slice(0, last).some((line) => /^\s*2[.)]?\s/.test(line.text) && line.text.trim() !== '')) return lines
  let found: { line: number; at: number; word: string } | undefined
  for (const [index, line] of lines.slice(0, last).entries()) {
    for (const match of line.text.matchAll(wordMarker)) {
      if (match[1] !== '1') continue
      const word = /\p{L}+$/u.exec(line.text.slice(0, match.index).replace(/[).,;:”’"']+$/, ''))?.[0]
      if (found || word === undefined || word.length < 3) return lines
      found = { line: index, at: match.index, word }
    }
  }
  if (!found || !new RegExp(`(?<!\\p{L})${found.word}(?!\\p{L})`, 'u').test(note)) return lines
  const { line, at } = found
  return lines.map((each, index) => (index === line ? { ...each, text: each.text.slice(0, at) + each.text.slice(at + 1) } : index === last ? { ...each, footnote: true } : each))
}

/** A note of a numbered list of notes: "1. http://www.businessinsider.com/…", "2 United Nations Development Program". */
const numberedNote = /^(\d{1,2})[.)]?\s+\S/

/**
 * The notes the numbers refer to, when the page lists them after the last line that had one ("1. http://…", "2. United
 * Nations Development Program" / "http://hdr.undp.org/…", "3. However, when income data…"): footnotes, for the speaker's
 * notes, not a numbered list of points. The list counts up from one, line by line or with a line that carries its note
 * on, and ends at a blank line that the next note does not follow; half the notes, at least, give a link or a year.
 */
function withNotesListed<T extends NoteLine>(lines: T[], marked: T[]): T[] {
  const digits = (text: string): number => text.replace(/\D/g, '').length
  const removed = lines.reduce((sum, line, at) => sum + digits(line.text) - digits(marked[at]!.text), 0)
  if (removed < 2) return marked
  const lastMarked = marked.findLastIndex((line, at) => line.text !== lines[at]!.text)
  for (let start = lastMarked + 1; start < marked.length; start++) {
    if (numberedNote.exec(marked[start]!.text)?.[1] !== '1') continue
    // (A list that a line leads into, "The purpose of this annual exercise is threefold:", is the text's own.)
    const before = marked.findLast((line, at) => at < start && line.text !== '')
    if (before && /:$/.test(before.text)) continue
    let [next, end] = [2, start + 1]
    for (; end < marked.length; end++) {
      // (A blank line ends the notes, unless the next note follows it.)
      if (marked[end]!.text === '') {
        const after = marked.findIndex((line, at) => at > end && line.text !== '')
        if (after === -1 || numberedNote.exec(marked[after]!.text)?.[1] !== String(next)) break
        continue
      }
      if (numberedNote.exec(marked[end]!.text)?.[1] === String(next)) next++
    }
    // (Half of them, at least, point somewhere, as notes do: a link or a year; steps "1. Pull the weft yarn over the first
    // warp yarn," are the text's own.)
    const notes = marked.slice(start, end).filter((line) => numberedNote.test(line.text))
    const cited = notes.filter((line) => /https?:\/\/|\bwww\.|\b(?:1[5-9]|20)\d\d\b/.test(line.text)).length
    // (Or, closing the text, no more than the numbers removed: "1. Working in Public…" / "2. GitHub's Arctic Vault" / "3. BentoML".)
    const closing = marked.slice(end).every((line) => line.text.trim() === '') && notes.length === next - 1 && removed >= notes.length
    // (Or notes whose numbers stand without a stop, as a page's notes are copied: "1 Sassafras root bark (not plain old
    // bark) is illegal…" / "2 What you buy in stores is actually cassia…", after "…root bark1", "…half a stick)2"; a list
    // of the text's own writes "1." or "1)".)
    const bare = notes.every((line) => /^\d{1,2}\s/.test(line.text))
    if (next - 1 < 2 || (cited * 2 < notes.length && !closing && !bare)) return marked
    return marked.map((line, at) => (at >= start && at < end ? { ...line, footnote: true } : line))
  }
  return marked
}
