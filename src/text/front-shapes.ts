/**
 * The shapes of the lines at the front of a plain-text article that `front.ts` reads: headlines, labels over their
 * values, kickers, chapter numbers, captions, and the lines under a title that name where it was published.
 */
import { countWords, isHeadlineShaped, maxHeadingWords, startsLikeTitle } from './lines.js'
import { isBareName, looksLikeName } from './byline.js'
import escapeStringRegexp from 'escape-string-regexp'

/** A numbered heading: `1. Introduction`, `2) Method`, `2.1 Scope` (not `9 Ways to…`). */
export const numberedHeading = /^\(?\d+(?:\.\d+)*[.)]\s|^\d+\.\d+(?:\.\d+)*\s/

/**
 * Section and category labels printed above a headline (`Opinion`, `Case
 * Study`, `Engineering`, `Focus on Energy`): such a line is a kicker even
 * when the headline is in sentence case and nothing else marks it.
 */
export const sectionLabel =
  /^(?:opinion|analysis|comment|commentary|editorial|column|letters?|review|reviews|interview|q ?& ?a|profile|feature|features|essay|explainer|guide|how-?to|tutorial|case study|customer story|success story|long read|the long read|investigation|special report|briefing|deep dive|spotlight|in focus|behind the scenes|field notes|insights?|perspectives?|news|company news|announcements?|release notes|product updates?|engineering|design|product|research|open source|security|data|infrastructure|culture|science|technology|tech|business|economy|politics|health|sport|sports|travel|food|environment|climate|education|podcast|safety|history|aviation|space|energy|policy|finance|world|opinions|arts|books|music|film|lifestyle|innovation|(?:focus|spotlight) on \S.*)$/i

/**
 * Which of two lines over a date is the kicker and which the title: a section's label under the title ("Safety" over
 * "16 May 2021") is the kicker; a name of a place or thing in capitals under a label in sentence case ("Foreign travel
 * advice" / "Albania" / "Updated: 14 February 2017", as GOV.UK prints it) is the title, the label its kicker.
 *
 * @param title The line taken for the title.
 * @param under The line under it, over a date.
 * @returns The kicker and the title, or `undefined` when the line under is neither.
 */
export function labelAndTitle(title: string, under: string): { kicker: string; title: string } | undefined {
  if (sectionLabel.test(under)) return { kicker: under, title }
  const subject = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|the|d['’]\p{L}+)){0,3}$/u.test(under) && countWords(under) <= 4 && (countWords(under) === 1 || !looksLikeName(under))
  return subject && /^\p{Lu}\p{Ll}*(?: \p{Ll}+){1,4}$/u.test(title) ? { kicker: title, title: under } : undefined
}

/** Whether a line is a question of at most 30 words, as a headline may ask one ("Which Single Intervention Would Do…?"). */
export function isHeadlineQuestion(line: string): boolean {
  return /\?["'”’]?$/.test(line) && countWords(line) <= 30
}

/** Labels in a row, each a name of at most three capitalised words: "PLoS Medicine, Best Practice", "News, Science". */
export const sectionLabels = /^\p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*){0,2}(?:, \p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*){0,2})+$/u

/**
 * A label alone on its line over the values it labels, as a journal's page prints its front ("Authors" / "Chris
 * Olah" / "Shan Carter", "Affiliations" / "Google Brain", "Published" / "March 22, 2017"): the label's kind.
 */
export const frontLabels: ReadonlyArray<[RegExp, 'authors' | 'affiliations' | 'date' | 'identifier']> = [
  [/^(?:authors?|written by|by|created by|words by|story by|text by|reported by|authored by|words and (?:pictures|photos|graphics) by):?$/i, 'authors'],
  [/^(?:affiliations?)$/i, 'affiliations'],
  [/^(?:published|posted|updated|last updated|date|published on)$/i, 'date'],
  // ("Doi" / "10.59350/h07jp-s9s54" under a Quarto post's title: the page's metadata, which had titled every slide "Doi".)
  [/^(?:doi|isbn|issn)$/i, 'identifier']
]

/** Most words in a title: headlines run longer than section headings. */
export const maxTitleWords = 20

/**
 * A book's chapter or part number before its title: "Chapter 6. ", "Part II: ", "Chapter 1 " as bookdown prints it, or
 * a collection's number for its essay alone, "V. Time-Based Media Waits for No One: …" (which had been dropped as a
 * caption, and the author's name had titled the talk).
 */
export const chapterLabel = /^(?:(?:[Cc]hapter|[Pp]art|[Ll]esson|[Uu]nit|[Mm]odule|CHAPTER|PART|LESSON|UNIT|MODULE)\s+(?:(?:\d{1,3}|[IVXLC]{1,6}|[ivxlc]{1,6})[.:]|\d{1,3})|[IVXLC]{1,6}\.)\s+(?=\p{Lu})/u

/** Whether a line can be the title: headline-shaped, but up to {@link maxTitleWords} words and 160 characters. */
export function isTitleShaped(text: string): boolean {
  // ("Chapter 6. Humanizing Augmented Reality with Lumin": the title after its chapter's number.)
  if (chapterLabel.test(text)) return isTitleShaped(text.replace(chapterLabel, ''))
  if (countWords(text) <= maxHeadingWords) return isHeadlineShaped(text)
  if (countWords(text) > maxTitleWords || text.length > 160) return false
  if (!startsLikeTitle(text) || /[.,;:…](["'”’)])*$/.test(text)) return false
  return !/[.!?]\s+\p{Lu}/u.test(text)
}

/** Lines that describe or credit a picture. */
export const pictureLine =
  /^(?:(?:a |an |the )?(?:photo(?:graph)?|image|picture|illustration|figure|fig\.|chart|graph|map|video|screenshot|diagram|drawing|artwork|rendering)s?\b(?:\s+(?:of|by|from|courtesy|credit|shows?|showing)\b|\s*:)|(?:photo|image|illustration)\s+credit\b|credit:)/i


/** Words that name an institution a writer works at. */
const institution = /\b(?:universit(?:y|ies)|college|institute|institution|school|academy|museum|library|laborator(?:y|ies)|centre|center|foundation|society|agency|department|council|hospital|observatory|archives?|gallery|fund)\b/i

/**
 * Whether a line under a title is the author's name and the institution they write from: "Lucas Livingston, Art
 * Institute Chicago" (it had titled every slide of a paper).
 *
 * @param line A line of the front.
 */
export function isAffiliatedName(line: string): boolean {
  // (One of several, its comma before the next: "Hans de Jonge, Dutch Resesarch Council NWO,".)
  const trimmed = line.trim().replace(/,$/, '')
  const parts = /^([^,]{4,40}),\s+([^,]{4,80}(?:,\s+[^,]{2,40})?)$/.exec(trimmed)
  return parts !== null && looksLikeName(parts[1]!) && institution.test(parts[2]!) && !/[.!?:;]$/.test(trimmed) && countWords(line) <= 14
}

/**
 * Whether a line under a title names the series and issue the article was published in, with its year: "ISAW Papers
 * 18.10 (2020)", "Journal of Open Source Education 4(2) (2021)". It is the page's furniture.
 *
 * @param line A line of the front.
 */
export function isSeriesLine(line: string): boolean {
  return /^\p{Lu}[\p{L}&.'’ -]{1,60}\s(?:vol\.\s*)?\d{1,4}(?:[.:]\d{1,4})*(?:\s*\(\d{1,3}\))?\s*\((?:1[6-9]|20)\d{2}\)$/iu.test(line.trim())
}

/**
 * A book's or a report's section number before a heading's words: "21.2 Threats to Biodiversity", "1.3.1 Our Mission",
 * "2.4. Results" — not a figure, "3.5 Million Reasons".
 */
export const sectionNumber = /^\d{1,2}(?:\.\d{1,2})+\.?\s+(?!(?:million|billion|thousand|trillion|percent|per cent|times)\b)(?=\p{Lu})/iu

/**
 * Whether a line under a byline names the work a piece was published in: "From Tremendous Trifles (1909)", "Chapter I of
 * An Introduction to Mathematics (1911)", "Legend Land, Vol. 1 (Great Western Railway, 1922)", "The Girl's Own Paper, Vol.
 * VIII, No. 353, October 2, 1886" — the talk's subtitle, not its first section's heading.
 *
 * @param line A line of the front.
 */
export function isSourceLine(line: string): boolean {
  const text = line.trim()
  if (text.split(/\s+/).length > 16 || /[.!?:]$/.test(text)) return false
  const year = /\b(?:1[5-9]|20)\d{2}\)?$/.test(text)
  return /^(?:from|excerpted from|adapted from|reprinted from|(?:originally |first )?published in|chapter [\divxlc]+ of)\s+\p{Lu}/iu.test(text) || (year && /\b(?:vol\.|volume|no\.|issue)\s*[\divxlc]+\b/i.test(text))
}

/**
 * Whether the first line of a copied page is the site's name over the article's title: named again in the page's
 * copyright line or its citation ("Technomancy" over "…Technomancy is © 2004 – 2020 Phil Hagelberg"), or a person's
 * name and what the site is ("Peter Krautzberger · on the web").
 *
 * @param line The first line.
 * @param foot The page's last lines.
 */
export function isMasthead(line: string, foot: readonly string[]): boolean {
  const text = line.trim()
  if (countWords(text) > 6 || /[.!?:;,]$/.test(text)) return false
  const [name = '', tagline] = text.split(/\s+[·|]\s+/)
  if (tagline !== undefined && isBareName(name) && countWords(tagline) <= 4 && /^(?:\p{Ll}|(?:blog|weblog|home(?:page)?|notes|writing)$)/u.test(tagline)) return true
  const escaped = escapeStringRegexp(name)
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu')
  // (Or in the page's own citation: "Christopher Steven Marcum (March 11, 2026). "AI Robots…" Open Evidence. https://doi.org/…".)
  // (Not the title itself, quoted in the page's citation: 'C Herbert, … (2020) "Carbon offsets burning" CarbonPlan'.)
  const quoted = new RegExp(`["“‘']${escaped}[.,!?]?["”’']`, 'iu')
  return name.length >= 3 && foot.some((each) => /©|\bcopyright\b|https?:\/\/|\(\p{L}* ?\d{0,2},? ?(?:19|20)\d\d\)/iu.test(each) && named.test(each) && !quoted.test(each))
}

/**
 * Whether a line is a site's tagline that opens its page as the title: a question and its short answer ("📵 No bars? No
 * problem."), eight words at most.
 *
 * @param text The page's first line.
 */
export function isTagline(text: string): boolean {
  return countWords(text) <= 8 && startsLikeTitle(text) && /^[^.!?]{2,50}\?\s+[^.!?]{2,40}[.!]$/u.test(text)
}

/**
 * Whether a line is the page's own heading repeating the title in other punctuation, maybe with a word more ("Danish
 * Dynamite - Albert Erlykke Grønbæk").
 *
 * @param line The line, if any.
 * @param title The title found so far.
 */
export function echoesTitle(line: string | undefined, title: string | undefined): boolean {
  const words = (value: string): string[] => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const [titled, own] = [words(title ?? ''), new Set(words(line ?? ''))]
  return titled.length >= 3 && titled.every((word) => own.has(word)) && own.size <= titled.length + 2
}

/**
 * Whether a line holds only the post's hashtags, "#academia" over "Written by Matt Sosna on November 23, 2013": the
 * page's furniture.
 *
 * @param line The line.
 */
export function isHashtagLine(line: string): boolean {
  return /^#[\p{L}\d_-]+(?:[\s,]+#[\p{L}\d_-]+)*$/u.test(line.trim())
}

/**
 * A title without a book's chapter or a textbook's section number, and with its second part, after a bar (or a long
 * title's dash or comma), as the subtitle when there is none.
 *
 * @param title The title as found.
 * @param lines The document's lines (to find a chapter's first section).
 * @param subtitle The subtitle found, if any.
 */
export function tidyTitle(title: string, lines: readonly { text: string }[], subtitle: string | undefined): { title: string; subtitle?: string } {
  // A page's title copied with its second part ("CoCoRaHS - Community Collaborative Rain, Hail and Snow Network | Citizen
  // Scientists Track Precipitation"): the part before the bar is the title, the part after it the subtitle.
  // (So is a long title's second part after a dash: "How We Made The Mechanical MOOC - Freerange Learning With a Mechanical Guide".)
  const dash = /^(\S+(?: \S+)+?) [-–—] (\S+(?: \S+){2,})$/.exec(title)
  // (Or after a comma: "Incorporating Costing Information, An Example from ‘Enhancing the Effect of Cash Buyback…’".)
  const comma = countWords(title) >= 12 ? /^([^,:|]{6,}?), ((?:An?|The|How|Why|What|When|Where|Lessons|Notes|Part|Case|Examples?)\s.{12,})$/.exec(title) : null
  const bar = /^(.{8,}?) \| ([^|]{8,})$/.exec(title) ?? (dash && countWords(title) >= 10 && !/[-–—]/.test(dash[2]!) ? dash : null) ?? comma
  // ("Chapter 6. Humanizing Augmented Reality with Lumin": nor is a book's chapter number.)
  if (title && chapterLabel.test(title)) title = title.replace(chapterLabel, '')
  // ("21.2 Threats to Biodiversity": a textbook's section number is no part of the talk's title; "3.5 Million Reasons" is.)
  // ("7.1. Designing an Open Event", with its stop, stays: a chapter's own numbered title.)
  if (title && sectionNumber.test(title) && !/^[\d.]+\.\s/.test(title)) title = title.replace(sectionNumber, '')
  // ("6 Price of Electricity" over "6.1 General Overview": a chapter's number as Quarto prints it.)
  const chapter = /^(\d{1,3})\.?\s+(?=\p{Lu})/u.exec(title) // (or "1. Uses for the catalogue" over "1.1. A directory…")
  const firstSection = chapter ? new RegExp(`^${chapter[1]}\\.1\\.?\\s+\\p{Lu}`, 'u') : undefined
  if (chapter && lines.some((line) => firstSection!.test(line.text))) title = title.slice(chapter[0].length)
  return bar && !subtitle ? { title: bar[1]!.trim(), subtitle: bar[2]!.trim() } : { title }
}
