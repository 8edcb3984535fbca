/**
 * How many lines a run of text takes in a box of a given width, from the
 * advance of each character in the theme's measured fonts: greedy wrapping at
 * spaces as a browser wraps, `strong` in the bold font, inline code in the
 * code font with its padding.
 */
import type { PhrasingContent, RootContent } from 'mdast'
import { measuredCharset, type FontAdvances } from './theme-measurements.js'
import { isMarkedUnavailable } from './unavailable-mark.js'

/**
 * Text widths are multiplied by this: adding up single characters leaves out
 * kerning and ligatures, which make a line a little narrower, and a browser
 * may break a line a word earlier than the sum says.
 */
export const widthSafety = 1.03

/** Each font's advances by character, built on first use. */
const advanceMaps = new WeakMap<FontAdvances, Map<string, number>>()

/** Advance of `char` in em. */
export function charWidth(font: FontAdvances, char: string): number {
  let map = advanceMaps.get(font)
  if (!map) {
    map = new Map([...measuredCharset].map((known, index): [string, number] => [known, font.advances[index] ?? Number.NaN]).filter(([, advance]) => !Number.isNaN(advance)))
    advanceMaps.set(font, map)
  }
  const known = map.get(char)
  if (known !== undefined) return known
  if (/\p{M}/u.test(char)) return 0
  if (/\p{Lu}/u.test(char)) return font.upper
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char)) return font.wide
  if (/\p{Extended_Pictographic}/u.test(char)) return Math.max(1, font.wide)
  if (/\p{L}/u.test(char)) return font.lower
  if (/\p{N}/u.test(char)) return font.digit
  return font.other
}

/** A run of text in one style: font, size (px), letter spacing (px), case, and padding around it (inline code). */
export interface Run {
  text: string
  font: FontAdvances
  size: number
  letterSpacing: number
  upper?: boolean | undefined
  /** Horizontal padding and borders of the run's box, in px. */
  inset?: number | undefined
  /** Whether every space takes room, as in `white-space: pre-wrap` (else a run of spaces is one). */
  pre?: boolean | undefined
}

/** A text style of the slide, its fonts resolved. */
export interface TextStyle {
  font: FontAdvances
  /** Font of `strong` text. */
  bold: FontAdvances
  /** Font of inline code. */
  code: FontAdvances
  /** Font size in px. */
  size: number
  /** Line height in px. */
  lineHeight: number
  /** Letter spacing in px. */
  letterSpacing: number
  upper: boolean
  /** Font size of inline code in px. */
  codeSize: number
  /** Horizontal padding and borders of inline code in px. */
  codeInset: number
}

/** A text style drawn `factor` times as large: its size, line height, letter spacing and inline code all scaled. */
export function scaledText(text: TextStyle, factor: number): TextStyle {
  return { ...text, size: text.size * factor, lineHeight: text.lineHeight * factor, letterSpacing: text.letterSpacing * factor, codeSize: text.codeSize * factor, codeInset: text.codeInset * factor }
}

/**
 * Number of lines `runs` take in a box `width` px wide: greedy wrapping at
 * spaces, a word wider than the line broken where it must.
 */
export function lineCount(runs: readonly Run[], width: number): number {
  // Pagination and fitting measure the same text in the same box again and again (every part of a face they try).
  const key = `${width}${runs.map(runKey).join('\u0001')}`
  const known = linesSeen.get(key)
  if (known !== undefined) return known
  const lines = countLines(runs, width)
  if (linesSeen.size >= linesSeenMost) linesSeen.clear()
  linesSeen.set(key, lines)
  return lines
}

/** Line counts by box width and runs (see {@link runKey}). */
const linesSeen = new Map<string, number>()
/** Most line counts kept (then the cache starts again). */
const linesSeenMost = 50_000

/** A number for each font object, for keys. */
const fontIds = new WeakMap<FontAdvances, number>()
let fontCount = 0

/** Everything of a run that its width depends on, as a string (the text last, after its length, so that no two lists of runs make one key). */
function runKey(run: Run): string {
  let id = fontIds.get(run.font)
  if (id === undefined) fontIds.set(run.font, (id = ++fontCount))
  return `\u0002${id} ${run.size} ${run.letterSpacing} ${run.upper ? 1 : 0} ${run.inset ?? 0} ${run.pre ? 1 : 0} ${run.text.length}\u0002${run.text}`
}

/** Each run style's advance by character (px, safety included): the same sum as `charWidth` each time, made once. */
const styleAdvances = new WeakMap<FontAdvances, Map<string, Map<string, number>>>()

function advancesOf(run: Run): Map<string, number> {
  let bySize = styleAdvances.get(run.font)
  if (!bySize) styleAdvances.set(run.font, (bySize = new Map()))
  const style = `${run.size} ${run.letterSpacing}`
  let advances = bySize.get(style)
  if (!advances) bySize.set(style, (advances = new Map()))
  return advances
}

/** {@link lineCount} without the cache. */
function countLines(runs: readonly Run[], width: number): number {
  let lines = 1
  let used = 0
  let word = 0
  let pendingSpace = 0
  const flushWord = (): void => {
    if (word === 0) return
    if (used > 0 && used + pendingSpace + word > width) {
      lines++
      used = 0
    } else if (used > 0) {
      used += pendingSpace
    }
    while (word > width) {
      // A word longer than the line is broken (`overflow-wrap: break-word`).
      word -= width
      lines++
    }
    used += word
    word = 0
    pendingSpace = 0
  }
  for (const run of runs) {
    const text = run.upper ? run.text.toUpperCase() : run.text
    const advances = advancesOf(run)
    // The box of an inline code span is wider than its text.
    word += (run.inset ?? 0) * widthSafety
    for (const char of text) {
      if (char === '\n') {
        // A hard line break.
        flushWord()
        lines++
        used = 0
        pendingSpace = 0
        continue
      }
      let advance = advances.get(char)
      if (advance === undefined) advances.set(char, (advance = (charWidth(run.font, char) * run.size + run.letterSpacing) * widthSafety))
      if (isSpace(char)) {
        flushWord()
        if (used > 0) pendingSpace = run.pre ? pendingSpace + advance : advance
      } else {
        word += advance
      }
    }
  }
  flushWord()
  return lines
}

/** Whether `char` is white space as `/\s/` says, the common letters answered without the expression. */
function isSpace(char: string): boolean {
  if (char === ' ') return true
  const code = char.charCodeAt(0)
  if (code > 0x20 && code < 0x7f) return false
  return /\s/.test(char)
}

/** The runs of a node's text: `strong` in the bold font, inline code in the code font. */
export function runsOf(node: RootContent | PhrasingContent, style: TextStyle): Run[] {
  const runs: Run[] = []
  const plain = (text: string, bold: boolean): Run => ({ text, font: bold ? style.bold : style.font, size: style.size, letterSpacing: style.letterSpacing, upper: style.upper })
  const visit = (current: RootContent | PhrasingContent, bold: boolean): void => {
    if (current.type === 'text') runs.push(plain(current.value, bold))
    else if (current.type === 'inlineCode') runs.push({ text: current.value, font: style.code, size: style.codeSize, letterSpacing: 0, inset: style.codeInset })
    else if (current.type === 'break') runs.push(plain('\n', bold))
    else if (current.type === 'image' || current.type === 'imageReference') runs.push(plain('xxxxxxxx', bold))
    // A footnote mark: a superscript number.
    else if (current.type === 'footnoteReference') runs.push({ text: '00', font: style.font, size: style.size * 0.75, letterSpacing: 0 })
    // Inline HTML is markup, not words: a `<br>` breaks the line, a picture takes a picture's room (none when it cannot be
    // shown), and any other tag only its text ("<img src="/assets/move/van-panel.jpg" width="200" />" had been measured as
    // one long word, and a table of four rows went over four slides).
    else if (current.type === 'html') {
      const text = current.value.replace(/<br\s*\/?>/gi, '\n').replace(/<img\b[^>]*>/gi, (tag) => (isMarkedUnavailable(tag) ? '' : ' xxxxxxxx ')).replace(/<[^>]*>/g, '')
      if (text.trim() !== '' || text.includes('\n')) runs.push(plain(text, bold))
    }
    else if ('children' in current) for (const child of current.children as PhrasingContent[]) visit(child, bold || current.type === 'strong')
    else if ('value' in current && typeof current.value === 'string') runs.push(plain(current.value, bold))
  }
  visit(node, false)
  return runs
}
