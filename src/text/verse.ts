/**
 * A poem or a song quoted in copied text: stanzas of short lines, one under another. Copied from a page, "Free as the
 * air, invisibly, she strays" / "About these thornless wilds; her pleasant days" / … had become a bullet a line over
 * three slides, and a song's "Feeling sensations that you thought was dead" a slide's title. The lines are verse when
 * they run on from one to the next (a line ending on a comma or a word that waits, the next opening in lower case), or
 * when stanzas of short lines end in who wrote them (`— Gorillaz, "Clint Eastwood"`).
 */
import { textRun, type BodyLine } from './body-lines.js'
import { countWords, endsSentence, startsLowercase } from './lines.js'

/** Most words in a line of verse. */
const lineWords = 12

/** A line that waits for the next one: a comma, a semicolon, a colon or a dash at its end, or a word that needs more. */
const runsOn = /(?:[,;:—–-]|\b(?:the|a|an|of|in|to|and|or|but|her|his|their|my|your|its|with|from|by|for|on|at|that|which|who|whose|where|when|than|as|is|are|was|were|be|it)|\p{Ll}-)\s*$/iu

/** A line that goes on from the one before: "About these thornless wilds…", "To keep it unaffronted…". */
const goesOn = /^(?:and|or|but|nor|to|of|by|from|in|on|at|with|about|her|his|their|its|my|your|that|which|who|whose|as|than)\s/i

/** Who wrote it, on a line of its own after the verse: "— Gorillaz, "Clint Eastwood"", "– Keats". */
// (Or a hyphen and a space, as a copy types the dash: "- C. P. Cavafy, "Ithaka"".)
const byLine = /^(?:[—–]|-\s)\s*\p{Lu}/u

/** The short lines of one stanza from `at` (the first may stand apart), or 0 when a line is long or not text. */
function stanza(body: readonly BodyLine[], at: number): number {
  return textRun(body, at, (text) => countWords(text) <= lineWords && !byLine.test(text.trim()), 0)
}

/**
 * The verse that starts at `at`: where its lines end and the line that names who wrote it, if any; `undefined` when
 * the lines there are no verse.
 *
 * @param body The body's lines, classified.
 * @param at A text line set apart from what is before it.
 */
export function verseAt(body: readonly BodyLine[], at: number): { end: number; by: number | undefined } | undefined {
  const stanzas: number[] = []
  let end = at
  for (;;) {
    const size = stanza(body, end)
    if (size < 2) break
    stanzas.push(size)
    end += size
    if (!body[end]?.gap || body[end]?.kind !== 'text' || byLine.test(body[end]!.source.text.trim())) break
  }
  if (stanzas.length === 0) return undefined
  const lines = body.slice(at, end)
  const texts = lines.map((line) => line.source.text.trim())
  const by = byLine.test(body[end]?.source.text.trim() ?? '') && countWords(body[end]!.source.text) <= 12 ? end : undefined
  const average = texts.reduce((sum, text) => sum + countWords(text), 0) / texts.length
  const stopped = texts.filter((text) => endsSentence(text)).length
  // Lines that run on into the next, within a stanza.
  const runOn = texts.filter((text, index) => index < texts.length - 1 && (runsOn.test(text) || startsLowercase(texts[index + 1]!) || goesOn.test(texts[index + 1]!))).length
  // (Two lines at least that wait on their punctuation: a list of lower-case items, "focus on marketing towards our users." /
  // "develop new and uncertain capabilities." / "sell the company", runs on into nothing.)
  const punctuated = texts.filter((text, index) => index < texts.length - 1 && /[,;:—–-]$/.test(text)).length
  const enjambed = lines.length >= 4 && punctuated >= 2 && runOn >= Math.max(2, Math.ceil((lines.length - 1) * 0.4)) && stopped * 2 <= lines.length
  // (Or a song's stanzas without a stop, signed: "I got sunshine in a bag" / … / "— Gorillaz, "Clint Eastwood"".)
  const signed = by !== undefined && lines.length >= 3 && stopped * 3 <= lines.length
  // (Lines of a word or two are a list's items written a line each, "Production or import," / "Distribution," /
  // "Retailer, and" / "Final consumer.", however they end.)
  // (Nor items after a lead-in, each but the last ending on a comma and the last joined by "and": "…teaches students how
  // to:" / "describe a problem," / … / "and then evaluate this process." had been set as a poem and cut off.)
  const listed = /:$/.test(body[at - 1]?.source.text.trim() ?? '') && texts.slice(0, -1).every((text) => /[,;]$/.test(text)) && /^(?:and|or)\s/i.test(texts[texts.length - 1]!)
  return average >= 4 && average <= 9 && (enjambed || signed) && !listed ? { end, by } : undefined
}
