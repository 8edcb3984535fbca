/**
 * Split plain text into normalised lines and describe the shape of each one.
 *
 * Everything downstream of this module works on {@link SourceLine}s: the text
 * is clean (no BOM, tabs, non-breaking or zero-width spaces, no doubled
 * spaces), and each line remembers where it came from (1-based line and
 * column, 0-based offset in the original string) so the mdast tree and the
 * vfile messages point at the source.
 */
import { withoutNoteMarkers } from './note-marks.js'

/** One line of the source, cleaned, with its position. */
export interface SourceLine {
  /** 1-based line number in the source. */
  line: number
  /** 1-based column of the first non-blank character (or 1 for a blank line). */
  column: number
  /** 0-based offset of the first non-blank character in the original string. */
  offset: number
  /** 1-based column just after the last non-blank character. */
  endColumn: number
  /** 0-based offset just after the last non-blank character. */
  endOffset: number
  /** Cleaned text: trimmed, inner whitespace collapsed to single spaces. */
  text: string
  /** Whether the line is empty once cleaned. */
  blank: boolean
  /** Whether the line ended in a footnote's link back to its reference (`↩︎`, removed from `text`). */
  footnote?: boolean | undefined
}

/** Characters treated as spaces: tab, NBSP, narrow NBSP, figure space, ideographic space, en/em spaces… */
const spaceLike = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/**
 * Characters removed outright: zero-width space/joiners, word joiner, soft hyphen, BOM; not a joiner between two
 * emoji, which makes them one ("🕵️‍♂️" had become "🕵️♂️").
 */
const invisible = /[\u200B\u200C\u2060\u00AD\uFEFF]|(?<![\p{Extended_Pictographic}\uFE0F\p{Emoji_Modifier}])\u200D|\u200D(?!\p{Extended_Pictographic})/gu

/**
 * Split `text` into cleaned lines with positions.
 *
 * Handles `\r\n`, `\r` and `\n` line ends, a UTF-8 BOM, tabs, non-breaking and
 * zero-width spaces.
 *
 * @param text The whole document as read from disk or stdin.
 * @returns One entry per source line, blank lines included.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  const re = /\r\n|\r|\n/g
  let start = 0
  let number = 1
  for (;;) {
    const match = re.exec(text)
    const end = match ? match.index : text.length
    lines.push(cleanLine(text.slice(start, end), number, start))
    if (!match) break
    start = match.index + match[0].length
    number++
  }
  return withoutNoteMarkers(lines)
}

function cleanLine(raw: string, line: number, lineOffset: number): SourceLine {
  const spaced = raw.replace(invisible, '').replace(spaceLike, ' ')
  // A footnote's link back to where it is cited ("Currently, it has over 70 members.↩︎") is a link, not text.
  const trimmed = spaced.replace(/ {2,}/g, ' ').trim()
  // (Nor is the dash of a colon written ":-" at the end of a lead-in, "The setup on a client site requires:-": a colon.)
  const text = trimmed.replace(/(?:\s*↩[\uFE0E\uFE0F]?)+$/u, '').replace(/\s*:-$/, ':')
  // Columns and offsets are measured on the raw line, so they match the file.
  let first = 0
  while (first < raw.length && isBlankChar(raw.charAt(first))) first++
  let last = raw.length
  while (last > first && isBlankChar(raw.charAt(last - 1))) last--
  return {
    line,
    column: first + 1,
    offset: lineOffset + first,
    endColumn: last + 1,
    endOffset: lineOffset + last,
    text,
    blank: text === '',
    ...(text !== trimmed && text !== '' ? { footnote: true } : {})
  }
}

function isBlankChar(char: string): boolean {
  return char === ' ' || /[\t\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\u00AD\uFEFF]/.test(char)
}

/** Number of words (runs of non-space characters) in `text`. */
export function countWords(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length
}

/** Whether `text` ends like a finished sentence: `.`, `!`, `?` or `…`, maybe inside quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(text)
}

/** Whether `text` ends with a character that says "more follows": `:`, `;`, `,`, `-`. */
export function endsOpen(text: string): boolean {
  return /[:;,\-–—]["'”’)]*$/.test(text)
}

/** Whether `text` starts with a lowercase letter (a continuation of the previous line). */
export function startsLowercase(text: string): boolean {
  return /^["'“‘(]?\p{Ll}/u.test(text)
}

/** Maximum words in a line that can be a title or a heading. */
export const maxHeadingWords = 14
/** Maximum characters in a line that can be a title or a heading. */
export const maxHeadingChars = 110

/**
 * Whether `text` starts as a title does: with a capital, a digit or a
 * quote, or with a name written in lower case before a capital
 * ("rOpenSci's Leadership…", "iPhone Sales…", "eBay…").
 *
 * @param text Cleaned line text.
 */
export function startsLikeTitle(text: string): boolean {
  // (After an emoji that marks it: "📌 Finding the Right Pace".)
  // (An emoji of several code points too: "🕵️‍♂️ Is my communication on the network private?".)
  return /^(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}\p{Emoji_Modifier}]*\s+)?["'“‘(¿¡]?(?:#(?=\p{L}))?(?:[\p{Lu}\p{Lt}\p{N}]|\p{Ll}{1,3}\p{Lu}[\p{L}'’]*(?=[\s,:]|$))/u.test(text)
}

/** Words of a person's position or employer ("Scientist", "Professor", "University", "team member"). */
export const roleWords =
  /\b(?:scientist|engineer|professor|lecturer|director|manager|developer|researcher|editor|writer|author|maintainer|mentor|member|lead|head|chair|chairs|co-chair|co-chairs|chairperson|fellow|student|founder|co-founder|ceo|cto|cfo|vp|president|officer|analyst|designer|architect|consultant|librarian|archivist|historian|curator|intern|assistant|specialist|volunteer|coordinator|advocate|evangelist|journalist|correspondent|reporter|university|institute|laboratory|lab|foundation|inc|ltd|gmbh)\b/i

/**
 * Whether most words of four letters or more start with a capital (Title Case): "Yield (Bushels / Acre)", "All Time
 * Review". A text without such words counts, unless `least` asks for that many.
 *
 * @param text Cleaned text.
 * @param least Fewest words of four letters or more the text must have.
 */
export function isTitleCase(text: string, least = 0): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word))
  if (words.length < least) return false
  if (words.length === 0) return true
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.7
}

/**
 * A link's label copied as a line of its own: where the page sends its reader ("See planning considerations in the
 * Backlog stage.", "Find out how…", "Sign in to track your claim", "Find a VA… office near you"). No heading, no bullet.
 */
export const linkLabel = /^(?:see (?:the |all |our )?[\w\s-]{3,60}\b(?:in|on|at|under) the [\w\s/-]{2,40}\b(?:stage|section|page|list|guide|tab|step|phase)\.?$|find out (?:how|more|what|where|why) (?:you|we|to|about)\b[^.!?]{0,60}\.?$|(?:sign|log) (?:in|up|on) (?:to|for) [^.!?]{3,50}$|find (?:a|an|the|your|contact) [^.!?]{3,60}\b(?:near you|your nearest [^.!?]{3,40})$|get (?:instructions|directions|forms?|the forms?) (?:for|to|on) [^.!?]{3,60}$|see (?:our|the) (?:most recent|latest|current|full|complete) [^.!?]{3,70}$|(?:watch|view) (?:our |the |informational |helpful |more )?[^.!?]{0,30}\b(?:videos?|video series|webinars?)$|learn (?:how|what|why|when) (?:we|our)\b[^.!?]{0,80}\.?$)/i

/** The time stamp of an embedded post: a date with a time of day, maybe after "Posted on …," ("March 11, 2011 18:43 JST"). */
export const timeStamp = /^(?:posted (?:on|to|in) [\p{L} ]{1,20},?\s*)?(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4}|\d{4}-\d{2}-\d{2})(?:,|\s+at)?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/iu

/** A web address in a line (`http://…`, `https://…`, `www.…`). */
const webAddress = /\b(?:https?:\/\/|www\.)\S/i

/**
 * Whether a line is shaped like a headline: short, starts with a capital
 * letter, digit or quote, and has no closing punctuation other than `?` or `!`.
 *
 * @param text Cleaned line text.
 */
export function isHeadlineShaped(text: string): boolean {
  // (Nor a number alone, a note's at the foot of the page: "1" / "See "What is a software architecture?"…"; nor a work's
  // key in a bibliography, "AB10", "Cos98(1,2,3)", "OKeeffeCM+21(1,2)", over the work.)
  if (text === '' || text.length > maxHeadingChars || /^\d{1,3}$/.test(text) || /^\p{Lu}[\p{L}]{0,11}\+?\d{2}[a-z]?(?:\(\d+(?:,\d+)*\))?$/u.test(text)) return false
  if (countWords(text) > maxHeadingWords) return false
  if (!startsLikeTitle(text)) return false
  // A short heading may trail off into what follows ("What we learned…", "How we've iterated..."); a longer line that does is a cut-off sentence.
  const trailsOff = /[^\s.,;:…](?:…|\.{3})$/.test(text) && countWords(text) <= 6
  // (A full stop that ends an abbreviation ends no sentence: "Water bottling across the U.S.")
  // (Nor "etc.": "1.5. Increased value for data on specimens, taxonomic publications, etc.")
  const abbreviated = /(?:\b\p{Lu}\.){2,}$|,\s*etc\.$/u.test(text)
  // (A slogan of short sentences in Title Case, "Beyond the Crash – Fixing Is Easy. Preventing Is Political.", is a heading, stops and all.)
  const slogan = countWords(text) >= 3 && countWords(text) <= 12 && text.split(/(?<=[.!?])\s+/).every((part) => countWords(part) <= 8) && text.split(/\s+/).every((word) => /^[\p{Lu}\d–—-]/u.test(word) || /^(?:a|an|the|and|or|of|to|in|on|for|at|by|with)$/.test(word))
  // (Nor a label's cry quoted in brackets: "Scenario B: Uniform p-values ("Awww...")".)
  const cry = /^[^.!?]{3,60}:\s[^.!?]{2,60}\s\(["“][^"”()]{1,30}["”]\)$/u.test(text)
  if (!trailsOff && !abbreviated && !slogan && !cry && /[.,;:…](["'”’)])*$/.test(text)) return false
  // (Nor a long exclamation in sentence case that someone says, "In effect, I’m saying that … means “the program is
  // broken”!", "Often this can be a significant amount of time!": a sentence the writer stresses, not a section's name;
  // a numbered point may still be one, "2. Be aware of your own role in this process!".)
  if (/!["'”’)]*$/.test(text) && countWords(text) >= 8 && !/^\(?\d/.test(text) && /\b(?:i|i['’]m|i['’]ve|we|it|this|that)\s+(?:am|is|are|was|were|can|could|will|would|may|might|must|have|has|had|do|does|did|mean|say|saying|think)\b/i.test(text) && text.split(/\s+/).slice(1).filter((word) => /^\p{Ll}/u.test(word)).length >= 0.6 * (countWords(text) - 1)) return false
  // A reference with its address ("The Tail at Scale. http://cacm.acm.org/…") is no heading; nor an entry of a
  // timeline copied with its bullet after the year ("2010 •Proteorhodopsin phototrophy directly confirmed…").
  if (webAddress.test(text) || /^\d{1,4}\s*[•·▪]\s*\S/u.test(text)) return false
  // A line with two or more sentences is prose, not a heading.
  // (Nor an initialism's stops: "How Wildfires Threaten U.S. Water Supplies".)
  const body = text.replace(/^\(?\d+(?:\.\d+)*[.)]?\s+/, '').replace(/\b(?:Dr|Mr|Mrs|Ms|St|Prof|No|vs)\.\s/g, '').replace(/\b(?:\p{Lu}\.){2,}\s/gu, '')
  if (!slogan && /[.!?]\s+\p{Lu}/u.test(body)) return false
  return true
}

/** Words that start sentences and fragments, never a lower-case heading. */
const functionWord =
  /^(?:a|an|the|and|but|or|nor|so|yet|for|if|then|than|that|this|these|those|which|who|whom|whose|what|when|where|while|because|since|until|as|at|by|in|on|of|to|from|with|without|into|onto|over|under|after|before|it|its|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|we|you|he|she|they|i|me|us|them|our|your|their|his|her|my|not|no|also|just|only|even|still|here|there|now|etc)$/i

/** Most words in a heading that starts with a lower-case word. */
const maxLowercaseHeadingWords = 8

/**
 * Whether a line that starts with a lower-case word has the shape of a
 * heading: the name of a tool or command and a few plain words (`git
 * subtrees`, `npm workspaces`, `kubectl apply and friends`, `iPhone sales`).
 * At most 8 words and 60 characters, no final punctuation but `?`, no
 * options, paths or code (`--force`, `src/`, `a=b`), and not a fragment
 * that starts with a function word (`and then…`, `the rest`).
 *
 * Whether such a line *is* a heading depends on its neighbours and on the
 * other headings of the document; see `recogniseText`.
 *
 * @param text Cleaned line text.
 */
export function isLowercaseHeadingShaped(text: string): boolean {
  // ("a trip down memory lane 💾": a heading a site ends with its emoji, whatever word opens it.)
  const emoji = /\s\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*$/u.exec(text)
  if (emoji) text = text.slice(0, emoji.index)
  if (!/^\p{Ll}/u.test(text) || text.length > 60) return false
  const words = text.replace(/\?$/, '').split(' ')
  if (words.length > maxLowercaseHeadingWords || (functionWord.test(words[0]!) && !emoji)) return false
  return words.every((word) => /^[\p{L}\p{N}](?:[\p{L}\p{N}._'’&+-]*[\p{L}\p{N}+])?$/u.test(word))
}

/** Whether `text` is entirely upper-case letters (ignoring digits and punctuation), with at least 2 letters. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** Labels that open a callout: `Note:`, `Tip:`, `Warning:`, `Important:`, `Editor's note:`… */
const calloutLabel =
  /^(?:\p{Emoji_Presentation}\s*)?(?:notes?|nb|n\.b\.|tip|pro tip|top tip|quick tip|hint|caution|warning|important|heads[- ]up|remember|reminder|fyi|psa|disclaimer|danger|attention|tl;? ?dr|update|correction|editor['’]s note|author['’]s note)\s*:(?:\s+(\S.*))?$/iu

/**
 * Whether `text` is a callout: a label such as `Note:`, `Tip:`, `Caution:`,
 * `Warning:` or `Important:`, alone or followed by its text. A callout is a
 * paragraph, never a heading or a standfirst.
 *
 * @param text Cleaned line text.
 */
export function isCallout(text: string): boolean {
  return calloutLabel.test(text)
}

/** The label of a box as a page shows it, without a colon: `Note`, `Warning`, `Update (2022/11/01)`. */
const boxLabel =
  /^(?:\p{Emoji_Presentation}\s*)?(?:note|tip|hint|caution|warning|important|info|danger|attention|update|updated|correction|editor['’]s note|pitfall|deep dive|heads[- ]up|good to know)(?:\s*\([^()]{1,30}\))?$/iu

/**
 * Whether `text` is the label of a box copied from a page (`Note`, `Update
 * (2022/11/01)`): prose that leads the box's text, never a section heading.
 *
 * @param text Cleaned line text.
 */
export function isBoxLabel(text: string): boolean {
  return boxLabel.test(text)
}

/**
 * Whether `text` is a bare callout label (`Note:`), whose text is on the next line.
 *
 * @param text Cleaned line text.
 */
export function isCalloutLabel(text: string): boolean {
  const match = calloutLabel.exec(text)
  return match !== null && match[1] === undefined
}

/** Opening quote marks and the closing marks that may end what they open. */
const quotePairs: Record<string, string> = { '“': '”', '„': '“”', '‘': '’', '‚': '‘’', '«': '»', '»': '«', '"': '"', "'": "'" }

/**
 * Whether `text` is a quotation as a whole: it opens with a quote mark and
 * its closing mark ends the line (`“Simple things should be simple.”`).
 *
 * @param text Cleaned line text.
 */
export function isQuotation(text: string): boolean {
  const closing = quotePairs[text.charAt(0)]
  if (closing === undefined || text.length < 3) return false
  const inner = text.slice(1).replace(/[.,!?…]+$/, '')
  const last = inner.charAt(inner.length - 1)
  if (!closing.includes(last)) return false
  // The first closing mark is the last character: `“Yes” and “No”` is not one quotation.
  const body = inner.slice(0, -1)
  return ![...closing].some((mark) => (mark === "'" || mark === '’' ? new RegExp(`${mark}(?!\\p{L})`, 'u').test(body) : body.includes(mark)))
}

/** Whether `text` ends with a closing quote mark, maybe followed by punctuation: the end of a quotation. */
export function endsQuotation(text: string): boolean {
  return /[”"’»«“][.,!?…]*$/.test(text)
}

/** A dash line: what an attribution looks like, with the text after the dash. */
const dashLine = /^(?:—|–|―|-{1,2})\s*(\S.*)$/u

/**
 * Whether `text` is an attribution line: a dash and a name of a few words,
 * maybe with roles or a source after commas or semicolons (`— Alan Kay`,
 * `– Grace Hopper, 1987`), at most 16 words. Under a quotation
 * (`afterQuotation`), any dash line of up to 12 words that does not end a
 * sentence is one (`— a hardware shop owner in Sheffield`).
 *
 * @param text Cleaned line text.
 * @param afterQuotation Whether the line before ends a quotation (default: `false`).
 */
export function isAttribution(text: string, afterQuotation = false): boolean {
  const match = dashLine.exec(text)
  if (!match || /[.:;!?]$/.test(text)) return false
  if (afterQuotation) return countWords(match[1]!) <= 12
  // (Roles after a semicolon too, and up to 16 words: "—Nathan Gardels; Editor-in-Chief, Noema Magazine; Co-Founder, Berggruen Institute’s Think Long Committee for California".)
  if (countWords(match[1]!) > 16) return false
  const [name, ...rest] = match[1]!.split(/[,;]\s+/)
  const words = name!.split(' ')
  // (Or someone described by their role, "— VHR Coordinator in a BSO", "— a participant in research".)
  if (words.length <= 8 && rest.length === 0 && roleWords.test(name!) && /^(?:\p{Lu}|an? )/u.test(name!)) return true
  // (A work's title in quotation marks may run longer: "— Jean Inaba, “The clapping question: Should classical audiences
  // applaud between movements?”, 2014".)
  return words.length <= 5 && words.every((word) => /^(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|der|da|la|le|du|di|al|bin|ibn|and|&)$/u.test(word)) && rest.every((part) => countWords(part) <= 8 || (/^["“‘].*["”’]$/.test(part.trim()) && countWords(part) <= 16))
}

/**
 * Whether a line cites a work: it holds a web address or a work's identifier ("doi: 10.3389/…", "PMID: 29356470", "arXiv:2505.22964"),
 * opens with its authors and year ("Michael Mitzenmacher. 2001. The Power of Two Choices…") or with authors as medicine
 * lists them ("Grout R, Gupta R, Bryant R…. Predicting disease onset…", "Snooks H et al. Predictive risk…").
 * @param text A line or a list item.
 */
export function isCitation(text: string): boolean {
  return webAddress.test(text) || /\b(?:doi:\s*10\.\d{4,}\/|pmid:\s*\d{5,}|arxiv:\s*\d{4}\.\d{4,})/i.test(text) || /^\p{Lu}[\p{L}.,'’& -]{2,80}[.,]\s+\(?(?:19|20)\d\d[a-z]?\)?[.,]\s+\S/u.test(text) || /^(?:(?:van|de|von|der|da|di|le|la) )*\p{Lu}[\p{L}'’-]+ \p{Lu}{1,4}(?:, (?:(?:van|de|von|der|da|di|le|la) )*\p{Lu}[\p{L}'’-]+ \p{Lu}{1,4})+\.\s+\p{Lu}|^\p{Lu}[^.!?]{2,60} et al\.?\s+\p{Lu}.{10,}\b(?:(?:19|20)\d\d|[Vv]olume|[Vv]ol\.)/u.test(text)
}

/** A name before a speaker's line, up to its first word: "Greg Bunce: …", "Matt: …" (a conversation's, `body-shape.ts`). */
export const speakerLabel = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}):\s+(?=\S)/u
