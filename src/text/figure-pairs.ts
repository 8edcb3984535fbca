/**
 * Cards of figures copied from a page: a label and its figure on lines of their own, pair after pair ("Dark mode" / "38%"
 * / "Adjust text size" / "38%" / …). Read line by line they had made a slide of "38%" over "Shake to undo off" and a
 * section called "Dark mode"; they are one list, "Dark mode: 38%".
 */
import { classify, type BodyLine } from './body-lines.js'
import { countWords, endsSentence, type SourceLine } from './lines.js'

/** A figure alone on its line: "38%", "7.5%", "$1,200", "12k", "3 million". */
const lone = /^[$€£]?\d[\d.,]*\s*(?:%|[kKmMbB]|bn|million|billion|thousand|percent)?$/

/** Fewest pairs that make a run. */
const leastPairs = 3

/**
 * Join each run of three pairs or more (a label of five words at most, no sentence, then its figure) into list items,
 * in place.
 *
 * @param body The body's lines, classified.
 */
export function joinFigurePairs(body: BodyLine[]): void {
  const label = (line: BodyLine | undefined): boolean => line?.kind === 'text' && isLabel(line.source.text)
  const figure = (line: BodyLine | undefined): boolean => line?.kind === 'text' && lone.test(line.source.text)
  for (let at = 0; at < body.length; at++) {
    let end = at
    while (label(body[end]) && figure(body[end + 1])) end += 2
    if ((end - at) / 2 < leastPairs) continue
    const items: BodyLine[] = []
    for (let pair = at; pair < end; pair += 2) {
      const [name, value] = [body[pair]!, body[pair + 1]!]
      const text = `• ${name.source.text}: ${value.source.text}`
      items.push(classify({ ...name.source, text, endOffset: value.source.endOffset, endColumn: value.source.endColumn, line: name.source.line }, pair === at ? name.gap : false))
    }
    body.splice(at, end - at, ...items)
    at += items.length - 1
  }
}

/** Whether a line can label a figure: five words at most, no sentence, no figure itself. */
function isLabel(text: string): boolean {
  return countWords(text) <= 5 && !endsSentence(text) && !/[:;,]$/.test(text) && !lone.test(text)
}

/**
 * The source lines of such runs (blank lines between their lines allowed), which are no table of contents though their
 * labels come again in a second card ("Dark mode" / "38%" for iOS, "Dark mode" / "37%" for Android).
 *
 * @param lines All lines of the document.
 * @returns The indexes of the runs' lines.
 */
export function figurePairLines(lines: readonly SourceLine[]): Set<number> {
  const words = lines.flatMap((line, index) => (line.blank ? [] : [index]))
  const found = new Set<number>()
  for (let at = 0; at < words.length; at++) {
    let end = at
    while (end + 1 < words.length && isLabel(lines[words[end]!]!.text) && lone.test(lines[words[end + 1]!]!.text)) end += 2
    if ((end - at) / 2 < leastPairs) continue
    for (let pair = at; pair < end; pair++) found.add(words[pair]!)
    at = end - 1
  }
  return found
}
