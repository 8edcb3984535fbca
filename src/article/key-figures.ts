/**
 * Figures: whether a claim names a quantity ("3 billion", "40%", "$5,000"),
 * which makes a sentence worth choosing and a bullet a big-number slide.
 */
import type { ListItem } from 'mdast'
import { countWords, isCitation } from '../text/lines.js'
import { plainText } from './face-parts.js'
import { monthName } from './grammar-words.js'
import escapeStringRegexp from 'escape-string-regexp'

/**
 * The first figure a text names, as written: a number with a magnitude or
 * unit ("3 billion", "40%", "10x", "$5,000"), a count of two digits or more
 * ("4200", "70"), or a measure with a decimal point ("3.3 GB/sec"). Years
 * (1800–2099 standing alone), versions ("1.2.3", "v2", "0.82", "version
 * 2.1"), numbers that name something ("PEP 11", "Windows 11"), times and
 * dates, ordinals, a citation's volume and pages, and numbers inside words
 * ("Python3") are not figures. The one test of "does this claim name a
 * quantity" for choosing sentences (`select.ts`) and for big-number slides.
 *
 * @param text A sentence or a bullet's text (no inline code).
 * @returns The figure, or `undefined` when the text names none.
 */
export function firstFigure(text: string): string | undefined {
  if (unfigured(text)) return undefined
  for (const figure of figures(text)) return figure
  return spelledFigure(text)
}

/**
 * A multiple written in words, as a comparison gives it ("two to four times higher", "three times as likely",
 * "tenfold"): a finding as much as "40%" is; and a share in words ("Only about half of the mileage… was built", "At
 * least half of the explanation… is genetic").
 */
function spelledFigure(text: string): string | undefined {
  return spelledMultiple.exec(text)?.[1] ?? spelledShare.exec(text)?.[1]?.replace(/^(?:only|just)\s+/i, '')
}

/** A month's name at the end of a text ("on February", "16 Mar."): the day after or before it is a date's. */
const month = new RegExp(`\\b(?:${monthName})\\.?$`, 'i')

/** Whether a text's numbers are a reference's, none of them a claim's figure. */
function unfigured(text: string): boolean {
  // A citation's volume and pages ("Syst. 12, 10 (October 2001), 1094-1104") are no claim.
  // Nor a statute's or a court report's ("17 U.S.C. § 102", "Mazer v. Stein, 347 U.S. 201 (1954) at 217").
  // Nor a book's edition and pages ("…, edited by Ōiwi Parker Jones and Elinor Payne, 12th ed., 145–70").
  return isCitation(text) || /\b\d+\s+(?:\p{Lu}\.){2,}|§\s*\d/u.test(text) || /\bedited by\b|\b\d+(?:st|nd|rd|th) ed\.|\beds?\.,|\bpp\.\s*\d/i.test(text)
}

/** The figures a text names in digits, in order, as {@link firstFigure} reads them (the text not {@link unfigured}). */
function* figures(text: string): Generator<string> {
  const pattern = /(?=[$€£\d])(?<![\p{L}\p{N}.,:/#-])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|×(?!\s*\d)|x\b(?!\s*\d)|(?:thousand|million|billion|trillion|percent|per\s+cent|times(?=\s+(?:higher|lower|more|less|fewer|greater|larger|smaller|faster|slower|bigger|as|the|that|than|over)\b))\b))?((?:\s?\/\s?|\s+(?:a|per)\s+)(?:month|year|week|day|hour|minute|second|mo|yr|hr|min|sec|s)\b)?(?![\p{L}\p{N}]|[.:/-][\p{L}\p{N}]|,\d)/gu
  for (const match of text.matchAll(pattern)) {
    const [, currency = '', number = '', magnitude = '', rate = ''] = match
    // "$12,000/month": a rate shows with its period.
    const unit = magnitude + rate
    const value = Number(number.replace(/,/g, ''))
    const before = text.slice(0, match.index)
    const after = text.slice(match.index + match[0].length)
    // An ordinal ("1st"), a version's "v", a date's month or an "a.m." time are not figures.
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /v$/i.test(before)) continue
    // A reference number in square brackets ("…other retroviruses [25]", "CFS/ME–[14]") and the spread of a figure in
    // brackets ("a median of 4.0 y (range 1–28 y)", "(IQR 3–9)") are no finding.
    if (/\[\s*$/.test(before) || /\(\s*(?:range|iqr|sd|s\.d\.|95\s*%\s*ci|ci)\b[\s:=,]*(?:[\d.,]+\s*(?:–|-|to)\s*)?$/i.test(before)) continue
    // ("…instead of just aimlessly working more than 12 or 14 every day": the alternative the claim turns down.)
    if (/\b(?:instead of|rather than)\b[^.;:]{0,60}$/i.test(before)) continue
    // ("(Importance >= 50)": a filter's threshold, no finding.)
    if (/(?:[<>≥≤]=?|=)\s*$/.test(before)) continue
    // ("(cat. 8, 9–19)", "(nos. 4–7)": a catalogue's numbers name its entries.)
    if (/\((?:cat|cats|nos?|inv|figs?|pls?)\.\s[^)]*$/i.test(before)) continue
    // "…is not 100% finalized": a quantity denied is no figure to show big.
    // ("We can't conclude that the true figure is definitely 18%": nor one a negation earlier in the clause denies.)
    // ("I don't unconditionally defend every single chapter in her public record over the past 30 years": nor one in what a
    // "don't" denies.)
    if (/\b(?:not|never|hardly|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:yet\s+|quite\s+)?$/i.test(before) || /\b(?:don['’]t|doesn['’]t|didn['’]t|do not|does not|did not)\b[^.;,:]{0,80}$/i.test(before) || /\b(?:not|never|can['’]t|cannot|couldn['’]t)\b[^.;,]{0,60}\b(?:is|are|was|were|be)\s+(?:definitely|necessarily|exactly|really|actually|truly)\s+$/i.test(before)) continue
    // Nor a value given as an example ("set the polling interval to a higher value like 15 seconds").
    // ("…driving like 80% of your traffic" is an approximation, and stays a figure.)
    if (/\b(?:(?:value|values|setting|number|limit|threshold|interval|size|timeout|something) like|such as|e\.g\.,?|for example,?)\s+(?:about |around |maybe )?$/i.test(before)) continue
    // Nor one the sentence says is missing ("DataFusion ran out of single 2x performance improvements", "without 3x…").
    if (/\b(?:no|without|(?:ran|run|runs|running) out of|lack of|lacks?|lacked)\s+(?:\p{L}+\s+)?$/iu.test(before)) continue
    if (/^\s*(?:a\.?m\.?|p\.?m\.?)\b/i.test(after)) continue
    // A day of a date ("on February 16", "16 March") is no figure.
    if (month.test(before.trimEnd()) || month.test((/^\s*([A-Za-z]+\.?)/.exec(after)?.[1] ?? '').trim())) continue
    const bare = !currency && !unit
    // A time told in parts shows whole: "2 hours and 15 minutes" (its "2" alone counted nothing, and "15 minutes" was no
    // finishing time); hours, minutes and seconds as a clock shows them, "3:29:21", one line drawn large (the claim
    // beneath says it in words).
    const parts = bare ? compoundDuration.exec(after) : null
    if (parts) {
      const clock = /^\s*hours?\D+(\d+)\s+minutes?\D+(\d+)\s+seconds?$/.exec(parts[0])
      yield clock ? `${number}:${clock[1]!.padStart(2, '0')}:${clock[2]!.padStart(2, '0')}` : `${number}${parts[0]}`
      continue
    }
    // A range shows whole, with its unit ("between 3 and 60 seconds" is 3–60 seconds); a change shows where it ends
    // ("from 15 to 30 per cent" is 30 per cent, not 15).
    const range = bare ? /^\s*(?:to|and|-|–)\s*(?=[$€£]?\d)/.exec(after) : null
    if (range) {
      // (Not after "ranging from": "estimates ranging from 15 to 40 percent" is a range, and "40 percent" alone misstated it.)
      if (/\bfrom(?:\s+(?:about|around|roughly|nearly|approximately|some|over|under|just|almost))?\s*$/i.test(before) && !/\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|estimates? of)\s+(?:\w+\s+)?from(?:\s+\w+)?\s*$/i.test(before)) continue
      const rest = after.slice(range[0].length)
      const end = firstFigure(rest)
      // ("145–70": pages written short, the second smaller than the first, are no quantity.)
      if (end && /^\d+$/.test(end) && Number(end) < value) continue
      if (end && rest.startsWith(end.split(' ')[0]!)) yield `${number}–${end}`
      continue
    }
    // A number in brackets is a reference or an aside ("the routine screening age (50)"); a time ago says when, no finding
    // ("Nearly 25 years ago, Sherry Turkle and Seymour Papert offered…" had shown "25 years" big). (Nor a rough price in
    // brackets after a thing's name, "Logitech MX Ergo Plus trackball (~$100): …", which had shown "$100" big.)
    if ((bare && /\(\s*$/.test(before) && /^\s*\)/.test(after)) || (/\(\s*(?:~|≈|about |around |approx\.? |ca\. )\s*$/i.test(before) && /^\s*\)/.test(after)) || /^\s(?:years|months|weeks|days|decades|centuries) ago\b/.test(after)) continue
    if (bare && /^\d{4}$/.test(number) && value >= 1500 && value <= 2099) continue
    // A small whole number counts nothing on its own ("3 reasons"); a decimal is a measure ("3.3 GB/sec"), unless it
    // reads as a release ("0.82", "1.0").
    // (Nor "working on 2.0": a whole number written with ".0" and no unit is a release.)
    if (bare && value < 10 && (!number.includes('.') || /^[01]\./.test(number) || /^\d+\.0$/.test(number))) continue
    // A number that names something ("PEP 11", "Table 2", "Python 3", "version 2.1", "Item 20") is an identifier, not a figure.
    if (/(?:\b[A-Z]{2,}|\b(?:Figure|Fig\.|Table|Section|Chapter|Step|Part|Issue|[Vv]ersion|[Rr]elease|Python|Node|Go|Java|Rust|Ruby|PHP|[Ii]tem|[Nn]o\.|[Rr]oute|[Rr]oom)|#)\s*$/.test(before)) continue
    // ("An animation is worth 1000 words": a saying, no count.)
    if (bare && /\bworth\s+$/.test(before) && /^\s+words\b/.test(after)) continue
    // ("the 70792, 70723, and 70052 zip codes": a postal code is an address.)
    if (bare && (/^(?:,?\s*(?:and\s+|or\s+)?\d+)*\s*(?:zip|postal|post|area)\s?codes?\b/i.test(after) || /\b(?:zip|postal|post|area)\s?codes?\s*(?:of\s+)?$/i.test(before))) continue
    // "95.421 Who may sign applications": a section's number before its title.
    if (bare && before.trim() === '' && number.includes('.') && /^\s+\p{Lu}\p{Ll}/u.test(after)) continue
    // "1.4 or 1.8—or maybe it won't happen until 2.0": decimals that come in numbers are releases.
    if (bare && number.includes('.') && (text.match(/(?<![\d.])\d+\.\d+(?![\d.])/g) ?? []).length >= 2 && !/[%×]|\b(?:percent|times)\b/.test(text)) continue
    // "an actual 2.0 release", "the 1.25 beta": a version before the word that says so.
    if (bare && number.includes('.') && /^\s*(?:release|version|beta|alpha|series|branch|update|upgrade|launch|milestone|api)s?\b/i.test(after)) continue
    // A bare number after a name is a version or a model ("in Electron 20+", "Windows 11"), not a figure.
    if (bare && /(?<=\S\s+)\p{Lu}[\p{L}.]*\s+$/u.test(before)) continue
    // So is one that opens a name ("the Anopheles gambiae 1000 Genomes Project" had shown "1000" big over the introduction).
    if (bare && /^\s(?:\p{Lu}\p{Ll}+\s){1,3}(?:Project|Programme|Program|Initiative|Challenge|Index|Study|Survey|Act|Fund|Prize|Award|Club|Consortium)\b/u.test(after)) continue
    // So is one after a name that opens the sentence ("Electron 21 and later…"), not after a word that counts ("Over 70…").
    const opener = /^\s*(\p{Lu}[\p{L}.]*)\s+$/u.exec(before)?.[1]
    if (bare && opener && !countingOpeners.has(opener.toLowerCase())) continue
    // "30 KLOC", "14 MB", "15ms": a measure shows with its unit.
    // (And "96 tonnes", "10 years": a quantity of a unit of measure or of time shows with it; "1000 €" with its currency.)
    const measure = unit ? '' : (/^\s?(?:K?LOC|[KMGTP]i?B|[mµn]s|sec|px|fps|rps|RPS|[KMG]bps|[KMG]Hz|[kMG]W|km|kg|[mµ]?g|m[lL]|°[CF])(?:\/[\p{L}]+)?(?![\p{L}\p{N}])/u.exec(after)?.[0] ?? (/^\s(?:tonnes|tons|kilo(?:gram|metre|meter)s|(?:centi|milli)?(?:metre|meter|gram|litre|liter)s|miles|hectares|acres|litres|liters|gallons|feet|years|months|weeks|days|hours|minutes|seconds|euros|dollars|pounds|yen|yuan|rupees|pesos|francs|sq\.? ?ft\.?|square[- ](?:feet|foot|metres?|meters?|miles?|kilometres?))(?![\p{L}])/u.exec(after)?.[0] ?? (currency ? '' : /^\s?[€£¥]/.exec(after)?.[0]) ?? ''))
    yield `${currency}${number}${unit}${measure}`.trim()
  }
}

/**
 * A share in words that opens its clause, before what it divides: "About half of the mileage…", "…, at least half of the
 * explanation…" (not "capex is at best half of the story", "raise half of that", "the first half of").
 */
const spelledShare = /(?:^|[,;:]\s+|\bthat\s+)((?:(?:about|nearly|almost|roughly|only|at least|more than|less than|over|under|just|some)\s+)*(?:half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters))\s+of\b/i

/**
 * A multiple in words before what it compares: "two to four times higher", "three times as many", "a fivefold rise"
 * (not "The argument is twofold: …", which counts parts).
 */
const spelledMultiple = /\b((?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred)(?:\s+(?:to|or)\s+(?:three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred))?\s+times)(?=\s+(?:higher|lower|more|less|fewer|greater|larger|smaller|faster|slower|bigger|likelier|as\b))|(?<!\b(?:is|are|was|were|be)\s+)(?:two|three|four|five|six|ten|hundred)fold(?!\s*:))\b/i

/** Units of a short span of time ("15 mins", "30 minutes", "2 hours"). */
const timeUnits = '(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)'

/** The rest of a time told in parts, after its first number: " hours, 29 minutes and 21 seconds", " years and 6 months". */
const compoundDuration = /^\s(?:hours?\s*,?\s*(?:and\s+)?\d+\s+minutes?(?:\s*,?\s*(?:and\s+)?\d+\s+seconds?)?|minutes?\s*,?\s*(?:and\s+)?\d+\s+seconds?|years?\s*,?\s*(?:and\s+)?\d+\s+months?)(?![\p{L}\p{N}])/u

/** Words that open a sentence before a count ("Over 70 people…", "Nearly 400…"). */
const countingOpeners = new Set(['over', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'exactly', 'only', 'just', 'some', 'more', 'fewer', 'less', 'under', 'above', 'below', 'within', 'after', 'before', 'in', 'at', 'by', 'for', 'with', 'since', 'the', 'all', 'another', 'our', 'we', 'they', 'these', 'those', 'every', 'each', 'up', 'than'])

/**
 * The figure a bullet's claim shows big, as written: of the figures
 * {@link firstFigure} reads in its first paragraph (without inline code),
 * money, then a magnitude or a share, before a count, else the first; none
 * when the bullet supposes ("If…", "Unless…").
 *
 * @param item A bullet.
 */
export function keyFigure(item: ListItem): string | undefined {
  const first = item.children[0]
  if (first?.type !== 'paragraph') return undefined
  // (A short quotation names a thing, "the ‘south partition-yield 75% scenario’": its figure is the name's.)
  const text = plainText(first.children).replace(/[‘“"][^‘’“”"]{1,60}[’”"]/g, (quoted) => (countWords(quoted) <= 6 ? '…' : quoted))
  // "If we see this pattern over the last 100 years, we'll be…": a figure in a supposition is no fact to show big.
  if (/^\W*(?:if|unless|whether|suppose|imagine)\b/i.test(text)) return undefined
  // (Nor a setting of the method or a chart's key, "There is a threshold for players with at least 300 minutes", "For
  // reference, in 2019 the average net salary…", "The colors show the percentage of state residents…": three blind
  // readers of sets 142–146 found the figure shown big was not the finding.)
  if (/\b(?:thresholds?|cut-?offs?)\b|^\W*for (?:reference|comparison|context)\b|^\W*the colou?rs? (?:show|represent|indicate|mark)\b/i.test(text)) return undefined
  // ("I count 6 … Bronze Medals, 4 … Gold Medals, 8 … and 13 Olympic Silver medals": a list of figures has no one figure
  // to show big; "13" alone meant nothing.)
  const numbers = (text.match(/(?<![\p{L}\p{N}.])\d[\d,.]*/gu) ?? []).length
  if (numbers >= 4 || unfigured(text)) return undefined
  // ("Gunma and Nagano had international tourist visit rate of 0.5% and 3.0% in 2024": two shares of two things named
  // together; "0.5%" alone misstated it. So do two shares set side by side each with its own words, "70% of respondents
  // with a minority sexual orientation and 67% of those who identified as trans said…", "30% were not open with senior
  // colleagues and 57% were not open with their clients": the big "70%" left "of respondents… and 67%…" under it. Not a
  // share and its baseline: "A massive 24.2% of households in Kerala own a car compared to 7.5% nationally".)
  if (/\d\s*(?:%|percent|per cent)[^.;]{0,100}?(?:,\s*|\s)(?:and|or|but)\s+(?:a further |another |an additional |only |just |about |around |nearly |almost |some )?[$€£]?\d[\d.,]*\s*(?:%|percent|per cent)/i.test(text)) return undefined
  // ("more than 7 in 10 people said…": a share told as a ratio is one figure, "7 in 10", not "10 people".)
  const ratio = /(?<![\p{L}\p{N}.,])(\d{1,3} (?:in|out of) \d{1,4})(?![\p{N}.,]\d)/u.exec(text)?.[1]
  if (ratio && numbers === 2) return ratio
  // Of its figures the strongest, money or a magnitude or a share before a bare count ("…services to 1,000+ federal
  // government business lines, collecting 160 million transactions for $160 billion annually" shows "$160 billion", not
  // "1,000", a number a blind reader found meant nothing alone); of equals, the first.
  const found = [...figures(text)].filter((each) => !/\d\s*(?:[KMGT]i?B|kB|bytes?)$/.test(each) && !new RegExp(`${escapeStringRegexp(each)}\\s*(?:[KMGT]i?B|kB)\\b`).test(text))
  // (A bare "half" is no figure to show big: a blind reader of set 316 found it said nothing; "Less than half" is.)
  const spelled = spelledFigure(text)
  const figure = found.length > 0 ? found.reduce((best, each) => (strength(each) > strength(best) ? each : best)) : spelled && !/^half$/i.test(spelled) ? spelled : undefined
  // ("It took about 15 mins to get in", "We arrived at least 30 minutes at the station": a wait told in passing is no finding;
  // a time compared or measured, "cut the build from 40 to 12 minutes", "responds within 200 ms", is.)
  const number = figure === undefined ? undefined : escapeStringRegexp(figure.replace(new RegExp(`\\s*${timeUnits}$`, 'i'), ''))
  const timed = number !== undefined && new RegExp(`${number}\\s*${timeUnits}\\b`, 'i').test(text)
  if (timed && !/\b(?:faster|slower|less|more|fewer|than|from|cut|reduc\w*|sav\w*|average|median|per|each|every|within|under|record|only)\b/i.test(text)) return undefined
  // ("The task force report is about 30 pages": how long a document is, no finding to show big; nor "During my 25 years at
  // Trinity…", how long the writer has been somewhere.)
  const escaped = figure === undefined ? undefined : escapeStringRegexp(figure)
  // (Nor a window a sentence looks back over: "…had no sighting of the ship within the last 59 days" is no finding either.)
  const window = figure !== undefined && new RegExp(`\\b(?:the )?(?:last|past|previous|next|coming) ${escapeStringRegexp(figure.replace(/\s*(?:days?|weeks?|months?|years?)$/i, ''))}\\s*(?:days?|weeks?|months?|years?)\\b`, 'i').test(text)
  if (window) return undefined
  const span = figure === undefined ? undefined : escapeStringRegexp(figure.replace(/\s*(?:years?|decades?|months?)$/i, ''))
  return figure !== undefined && (new RegExp(`${escaped}[\\s-]*pages?\\b`, 'i').test(text) || new RegExp(`\\b(?:my|our|his|her|their) (?:nearly |almost |over |more than |some )?${span}\\s+(?:years?|decades?|months?)\\b`, 'i').test(text)) ? undefined : figure
}

/**
 * How much a figure says alone: money 2, a magnitude or a share 1, any other 0 (a count or a measure: "over 70
 * interviews, each one about 45 minutes" shows its count).
 */
function strength(figure: string): number {
  if (/^[$€£]|[€£¥]$/.test(figure)) return 2
  return /\b(?:thousand|million|billion|trillion)\b|%|×|\bx$|\b(?:percent|per cent|times)$/i.test(figure) ? 1 : 0
}
