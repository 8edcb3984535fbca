/**
 * Quotation marks in a bullet: a cut never takes part of a quotation, and an opened quotation is closed.
 */
import { tokensText, type Token } from './nlp.js'
import { countWords } from './clause-grammar.js'

/** Whether the tokens end inside a quotation: an opening mark not closed. */
export function insideQuotation(tokens: readonly Token[]): boolean {
  const curly = tokens.filter((token) => token.value === '“').length - tokens.filter((token) => token.value === '”').length
  const straight = tokens.filter((token) => token.value === '"').length
  return curly > 0 || straight % 2 === 1
}

/** Whether the tokens end inside brackets: "(e.g.: the UK Research Integrity Office, established 2006; …". */
export function insideBrackets(tokens: readonly Token[]): boolean {
  return tokens.filter((token) => token.value === '(').length > tokens.filter((token) => token.value === ')').length
}

/**
 * Whether the colon at `index` is inside a name, glued to what follows it or to another colon ("the GO::DH map"):
 * no lead-in's colon and no place to cut.
 *
 * @param tokens A tagged sentence.
 * @param index The colon's index.
 */
export function colonInName(tokens: readonly Token[], index: number): boolean {
  const [token, next] = [tokens[index], tokens[index + 1]]
  return token?.value === ':' && token.space === '' && (next?.space === '' || next?.value === ':' || tokens[index - 1]?.value === ':')
}

/** Whether the tokens end inside inline code (`` `type: "module"` ``): after an odd number of backticks. */
export function insideCode(tokens: readonly Token[]): boolean {
  return tokens.filter((token) => token.value === '`').length % 2 === 1
}

/** The quotations in tokens ("…", “…”), as text. */
function quotations(tokens: readonly Token[]): string[] {
  if (!tokens.some((token) => token.value === '"' || token.value === '“')) return []
  const found: string[] = []
  let open: number | undefined
  tokens.forEach((token, index) => {
    const straight = token.value === '"'
    if (token.value === '“' || (straight && open === undefined)) open = index
    else if ((token.value === '”' || straight) && open !== undefined) {
      found.push(tokensText(tokens.slice(open + 1, index)).trim())
      open = undefined
    }
  })
  return found.filter((quote) => countWords(quote) >= 2)
}

/**
 * `after` when every quotation of `before` is in it whole or gone from it
 * whole, else `before`: "it involves “maintaining balance, pacing, and
 * efficiency…”" never loses words inside its quotation marks.
 */
export function keepsQuotations(before: Token[], after: Token[]): Token[] {
  if (after === before) return after
  const quotes = quotations(before)
  if (quotes.length === 0) return after
  const text = tokensText(after)
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
  const whole = tokensText(before)
  for (const quote of quotes) {
    if (text.includes(quote)) continue
    // (A quotation the writer set in brackets as an aside goes whole with them: "…leading to larger stockpiles ("If we don't
    // know whether our weapons work, it's probably better to make more & different ones.")".)
    const at = whole.indexOf(quote)
    if (at > 0 && /\(\s*["“]\s*$/.test(whole.slice(0, at)) && /^\s*["”]\s*\)/.test(whole.slice(at + quote.length).replace(/^[.!?]/, '')) && !text.includes(quote.split(/\s+/).slice(0, 3).join(' '))) continue
    const own = quote.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3)
    if (own.some((word) => words.has(word))) return before
  }
  return after
}

/**
 * A text with its inch marks ("a 1/4" drill", "a 12" screen") written as a
 * double prime: a straight double quote right after a digit, before a space,
 * punctuation or the end, when no straight quotation is open ("6to5"" closes
 * its quotation).
 *
 * @param text The text.
 * @returns The text, as long, with `″` for each inch mark.
 */
export function maskInchMarks(text: string): string {
  let open = false
  let out = ''
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!
    if (mark === '"' && !open && /\d/.test(text[at - 1] ?? '') && /^(?:[\s.,;:)!?]|$)/.test(text.slice(at + 1, at + 2))) {
      out += '″'
      continue
    }
    if (mark === '"') open = !open
    out += mark
  }
  return out
}


/**
 * A sentence cut from a quotation keeps its quotation marks balanced
 * (`"I’m conservative and risk-averse` and `Dawn says, “how about LEGO?!` get
 * their closing marks, `Anger leads to hate, and hate leads to suffering.”` its
 * opening one).
 *
 * @param text A bullet.
 * @returns The bullet, with a closing mark when it opens a quotation it does not close.
 */
export function balanceQuotes(text: string): string {
  // Marks as opened and closed in order: a straight mark opens after a space or a bracket, else closes ("…get there."
  // closes a quotation opened with “).
  let depth = 0
  let last = '"'
  // A closing mark before any opening one ends a quotation that began in a sentence before: the bullet opens it.
  // (Not a stray mark later on: 'a “bad” person, ”Doespoorly”' has a typo, not a quotation to open.)
  let unopened: string | undefined
  let opened = false
  // (A straight mark right after a number is an inch mark, no quotation: "a 1/4" drill"; one in code is code,
  // "`<a href="somewhere">label</a>`", and so is one after an equals sign, `<a href="somewhere">`.)
  const masked = maskInchMarks(text).replace(/`[^`]*`|=\s*"[^"\s]*"/g, (code) => code.replace(/["“”‘’„]/g, '\u2033'))
  // (German marks open low and close high, „Wenn wir Städte…“: a quotation cut to its first sentence closes with “.)
  const german = masked.includes('„')
  for (let at = 0; at < masked.length; at++) {
    const mark = masked[at]!
    if (german && mark === '„') {
      depth++
      last = mark
      opened = true
    } else if (german && mark === '“') {
      depth = Math.max(0, depth - 1)
    } else if (mark === '“' || (mark === '"' && (at === 0 || /[\s([{—–-]/.test(text[at - 1]!)))) {
      depth++
      last = mark
      opened = true
    } else if (mark === '”' || mark === '"') {
      if (depth === 0 && !opened) unopened ??= mark
      depth = Math.max(0, depth - 1)
    }
  }
  const start = unopened === undefined ? text : (unopened === '”' ? '“' : '"') + text
  const balanced = depth > 0 ? start + (last === '„' ? '“' : last === '“' ? '”' : '"') : start
  // (A single mark that opens the bullet and never closes, "‘In Niger, when they sign, the line is on a diagonal. This is
  // horizontal": closed at its end; an apostrophe inside a word, "it’s", closes nothing.)
  // (Nor does one a straight mark closes: "‘Archiving' has very specific connotations…".)
  return /^[“"]?‘/.test(balanced) && !/(?<=\p{L})'(?!\p{L})|’(?!\p{L})/u.test(balanced) ? `${balanced}’` : balanced
}

/**
 * Whether a sentence ends a quotation opened in a sentence before it: its balanced form only adds an opening mark
 * ("We constantly had bugs, and … absolutely zero with Elm.”"), so no scrap of it stands alone.
 *
 * @param text A sentence.
 */
export function closesQuotation(text: string): boolean {
  const balanced = balanceQuotes(text)
  return balanced !== text && balanced.endsWith(text)
}
