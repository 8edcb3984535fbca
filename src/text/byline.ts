/**
 * Bylines and datelines of a plain-text article: a line that gives the
 * author(s) and the date (`By Ana Ruiz · 3 March 2026 · 7 min read`), a
 * line that is only a name, the author's role under it, and the date of a
 * press release's dateline. `front.ts` finds where they are.
 */
import { countWords, roleWords } from './lines.js'

const month =
  '(?:jan(?:uary)?|feb(?:ruary|urary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const weekday = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?'
const time = '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?'
/** A date as written in bylines: `3 March 2026`, `March 3, 2026`, `2026-03-03`, `2019/12/04`, `03/03/2026`, `07-28-2023`, `30-Dec-2024`. */
const datePattern = new RegExp(
  `${weekday}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${month},?\\s+\\d{4}|\\d{1,2}-${month}-\\d{4}|${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}[-/]\\d{2}[-/]\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}-\\d{1,2}-\\d{4}|${month}\\s+\\d{4})${time}`,
  'i'
)
const dateOnly = new RegExp(`^(?:(?:published|updated|posted|written|(?:page )?last updated|first published|publication date|date published|publish date|date (?:modified|updated|reviewed)|last (?:modified|reviewed)|date|received|accepted|submitted|this (?:post|article|page|story|piece) (?:was|has been) (?:last |first )?(?:updated|published|posted|revised|edited))(?:\\s+(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\\s+ago)?(?:\\s+on)?\\s*:?\\s*)?(${datePattern.source})$`, 'i')
const byPrefix = /^(?:originally )?(?:(?:guest |blog )?(?:post|article|story|essay|piece) )?(?:by|written by|contributed by|words by|story by|text by|reported by|posted by|interview by|prepared by|compiled by|produced by|edited by|author|authors|author\(s\)|owners?|(?:chapter |section |lead )(?:leads?|authors?|editors?))\s*:?\s+(\S.*)$/i
// (And in Dutch, German, French and Spanish: "12 minuten leestijd", "5 Min. Lesezeit", "4 min de lecture", "3 minutos de lectura".)
const readingTime = /^\d+\s*-?\s*(?:min(?:ute)?s?\.?(?:\s+read)?|min(?:uten|\.)?\s+(?:leestijd|lesezeit)|min(?:utes?)?\.?\s+de\s+lecture|min(?:utos?)?\.?\s+de\s+lectura)$/i
/** Where a post is filed, in a byline line: `From 📝 the Blog`, `In Engineering`, `Posted in News`. */
// (And its tags: "Posted 26 August 2024 · Tagged with personal".)
const where = /^(?:from|in|posted in|filed under|tagged(?: with| as)?|tags?:?)\s+\S/i
/** `Posted on 9 March 2026 by Hannah K.` */
const postedBy = new RegExp(`^(?:(?:posted|published|updated|written)(?:\\s+on)?\\s+)?(${datePattern.source})\\s+by\\s+(\\p{Lu}[^·•|]*)$`, 'u' + 'i')
/**
 * `By Hannah K. on 9 March 2026`, `Posted by Hannah K., 9 March 2026`; a weekday before the date and where the post is
 * filed after it are the blog's (`Posted by Pete Johns on Sunday, 1 November 2015 in running`); a dash may stand
 * for the comma (`By Whitley Saumweber and Ty Loft — July 31, 2020`), and so may a slash (`by Evan Czaplicki / 30 June 2015`).
 */
const byOn = new RegExp(`^(?:posted |written )?by\\s+(\\p{Lu}[^·•|]*?)(?:,|\\s+[—–/])?\\s+(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${datePattern.source})(?:\\s+in\\s+[^\\s·•|]+(?:,?\\s+[^\\s·•|]+){0,2})?$`, 'u' + 'i')
/** `Madison: For The Independent Journal, Wednesday, February 6, 1788.` */
const nameRanIn = new RegExp(`^(\\p{Lu}[\\p{L}.'’ -]{1,40}?):\\s+(?:for|in|from)\\s+((?:the\\s+)?\\p{Lu}[^,:]{2,60}),\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\\s*)?(${datePattern.source})\\.?$`, 'iu')
/** A name and the day it was posted on, as a template signs a post: "James Burton on 09 August 2017". */
const nameOn = new RegExp(`^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})\\s+on\\s+(${datePattern.source})$`, 'u' + 'i')
/** `Stephen Bradshaw, 28 June 2017` */
const nameComma = new RegExp(`^(\\p{Lu}[^·•|,]*(?:,\\s*\\p{Lu}[^·•|,]*)*),\\s*(${datePattern.source})$`, 'u' + 'i')

/** A date and a name side by side, no separator between them: "15 March 2016 Waldo Jaquith" (the name checked apart). */
const dateBesideName = new RegExp(`^(${datePattern.source})\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})$`, 'iu')

/** A name and a date side by side: "Waldo Jaquith March 15, 2016". */
const nameBesideDate = new RegExp(`^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})\\s+(${datePattern.source})$`, 'iu')
/** Separators between the parts of a byline line: `·`, `•`, `|`, ` — `, ` - `, ` // ` ("Dylan Baker // January 2022"). */
// (And a stop or a semicolon before the date's word: "By Rohan Kumar (Seirdy). Published 2021-01-27; last updated 2021-12-13.")
// (A colon spaced on both sides parts the name from the role: "By Lucy Blackwell : Senior Design Manager".)
const bylineSeparator = /\s*[·•|]\s*|\s+(?:[—–:-]|\/\/)\s+|[.;]\s+(?=(?:first |last )?(?:published|updated|posted|revised|modified)(?: on)?:?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i
/** A press-release dateline at the start of the first paragraph: `RIVERSIDE, 12 October 2026 — `. */
const dateline = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{M} .'’-]+(?:,\\s*[\\p{L} .]+)?,\\s*(${datePattern.source})\\s*(?:[—–-]|--)`, 'u' + 'i')

/** Byline or date found on one line. */
export interface Byline {
  byline?: string | undefined
  date?: string | undefined
}

/**
 * Read a byline/date line (`By Ana Ruiz · 3 March 2026 · 7 min read`, `Published 3 March 2026`).
 *
 * @param text Cleaned line text.
 * @returns The parts found, or `undefined` when the line is not a byline or date.
 */
export function parseByline(text: string): Byline | undefined {
  // ("Posted on: April 26, 2021.": the stop after the year ends the line, no part of the date.)
  // ("By Leonardo Giordani - 25/05/2021 Updated on Aug 22, 2021": the update after the date is a part of its own.)
  const found = readByline(text.replace(/(?<=\b(?:1[5-9]|20)\d\d)\.$/, '').replace(/(?<=\d)\s+(?=(?:last )?updated(?: on)?:?\s+\S)/i, ' · '))
  // ("Mar 2, 2026 at 20:45 UTC": the day is the talk's date; the hour and minute a page stamped it with are not.)
  if (found?.date) found.date = found.date.replace(clockTime, '')
  // ("By the Hon. Victoria Grosvenor": the name with its title, without the article.)
  if (found?.byline) found.byline = found.byline.replace(/^the\s+(?=(?:Hon|Rev|Revd|Rt|Right|Reverend|Very|late)\b)/, '')
  return found
}

/** The time of day after a date: `, 9:12 am`, ` at 20:45 UTC`. */
const clockTime = /(?:,\s*|\s+)(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$/i

function readByline(text: string): Byline | undefined {
  // ("author: niplav, created: 2024-01-30, modified: 2024-10-30, language: english, status: maintenance": a page's fields
  // on one line, who wrote it and when it was first written among them.)
  const fields = fieldPairs(text)
  if (fields) return fields
  // ("Hosts · Greg Bunce, Matt Peters", "Recorded on · March 19, 2021": a podcast's page names its hosts and its day so.)
  const hosts = /^(?:hosts?|hosted by|presenters?|presented by|speakers?|panell?ists?|guests?|interviewers?|moderators?)\s*[·:|–—]\s*(\S.*)$/i.exec(text.trim())
  if (hosts && looksLikeName(hosts[1]!.trim())) return { byline: hosts[1]!.trim() }
  // ("Published in #books in Jan 2026", "Posted in Books on Jan 5, 2026": the post's category, then its day.)
  const inCategory = /^(?:published|posted|filed)\s+in\s+#?[\p{L}\d-]+(?:,\s*#?[\p{L}\d-]+){0,4}\s+(?:in|on)\s+(\S.*)$/iu.exec(text.trim())
  if (inCategory && dateOnly.test(inCategory[1]!)) return { date: dateOnly.exec(inCategory[1]!)![1]!.trim() }
  const recorded = /^(?:recorded|aired|broadcast|released)(?: on)?\s*[·:|–—]?\s*(\S.*)$/i.exec(text.trim())
  if (recorded && dateOnly.test(recorded[1]!)) return { date: dateOnly.exec(recorded[1]!)![1]!.trim() }
  // ("Year: 1729", a plain-text edition's front: a year alone is a date only under its label.)
  const year = /^(?:year|date|published)\s*:\s*(\d{3,4})$/i.exec(text.trim())
  if (year) return { date: year[1]! }
  // "Rob Dodson · August 1, 2017 (updated September 20, 2018)": the date of an update in brackets goes with the date.
  const updated = /^(.*\S)\s*\((?:last )?(?:updated|revised|edited|modified)(?: on)?\s+([^()]{4,30})\)$/i.exec(text)
  if (updated && dateOnly.test(updated[2]!)) {
    const parsed = readByline(updated[1]!)
    return parsed?.date ? parsed : undefined
  }
  // ("30-Dec-2024, 18 minute read": the reading time after a comma is a part of its own; "July 18, 2017 5 minute read" after a space.)
  const timed = /^(.*[^\s·•|,])(?:,\s*|\s+)(\d+\s*-?\s*min(?:ute)?s?\.?\s+read)$/i.exec(text)
  if (timed) return readByline(`${timed[1]!} · ${timed[2]!}`)
  // ("February 06, 2018 in librarian, researcher, windows": the date and the tags the post is filed under.)
  // ("posted on 2015-05-12 with tags programming": the same, its tags named.)
  const filed = new RegExp(`^(?:(?:posted|published|written) on\\s+)?(${datePattern.source})\\s+(?:in|with tags?|tagged(?: with)?)\\s+[\\p{L}\\d-]+(?:,\\s*[\\p{L}\\d-]+){0,6}$`, 'iu').exec(text)
  if (filed) return { date: filed[1]!.trim() }
  // ("June 1, 2018 on Drew DeVault's blog": the date and whose blog it ran on, which had headed the whole essay.)
  const onBlog = new RegExp(`^(${datePattern.source})\\s+on\\s+(?:the\\s+)?(.{2,50}?)(?:['’]s)?\\s+(?:blog|website|site|weblog|newsletter)$`, 'iu').exec(text.trim())
  if (onBlog) return looksLikeName(onBlog[2]!.trim()) ? { date: onBlog[1]!.trim(), byline: onBlog[2]!.trim() } : { date: onBlog[1]!.trim() }
  // ("Creative Commons Aotearoa New Zealand 2013-10-22 00:37 Source": a Nikola page's account, its stamp and the link to its
  // source file; the account a person’s name only when it looks like one, no organisation’s five words.)
  const stamped = new RegExp(`^(?:(.{2,60}?)\\s+)?(${datePattern.source})\\s+Source$`, 'u').exec(text.trim())
  if (stamped) return stamped[1] && countWords(stamped[1]) <= 3 && looksLikeName(stamped[1].trim()) ? { byline: stamped[1].trim(), date: stamped[2]!.trim() } : { date: stamped[2]!.trim() }
  const only = dateOnly.exec(text)
  if (only) return { date: only[1]!.trim() }
  const dateThenName = postedBy.exec(text)
  if (dateThenName && countWords(dateThenName[2]!) <= 8) return { date: dateThenName[1]!.trim(), byline: dateThenName[2]!.trim() }
  const nameThenDate = byOn.exec(text)
  if (nameThenDate && countWords(nameThenDate[1]!) <= 8) return { byline: nameThenDate[1]!.trim(), date: nameThenDate[2]!.trim() }
  // ("Madison: For The Independent Journal, Wednesday, February 6, 1788.": who wrote it, where it ran, and when.)
  const ranIn = nameRanIn.exec(text)
  if (ranIn && looksLikeName(ranIn[1]!.trim()) && /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|and|&|\p{Lu}[\p{L}.'’-]*))*$/u.test(ranIn[2]!.trim())) return { byline: ranIn[1]!.trim(), date: ranIn[3]!.trim() }
  // "Stephen Bradshaw, 28 June 2017".
  const nameCommaDate = nameComma.exec(text)
  if (nameCommaDate && countWords(nameCommaDate[1]!) <= 8 && looksLikeName(nameCommaDate[1]!.trim())) return { byline: nameCommaDate[1]!.trim(), date: nameCommaDate[2]!.trim() }
  const signed = nameOn.exec(text)
  if (signed && looksLikeName(signed[1]!)) return { byline: signed[1]!, date: signed[2]!.trim() }
  // ("15 March 2016 Waldo Jaquith", "Waldo Jaquith March 15, 2016": a date and a name side by side, as a page sets them.)
  const dateName = dateBesideName.exec(text.trim())
  if (dateName && /^\p{Lu}/u.test(dateName[2]!) && looksLikeName(dateName[2]!)) return { date: dateName[1]!.trim(), byline: dateName[2]! }
  const nameDate = nameBesideDate.exec(text.trim())
  if (nameDate && /^\p{Lu}/u.test(nameDate[1]!) && looksLikeName(nameDate[1]!)) return { byline: nameDate[1]!, date: nameDate[2]!.trim() }
  if (countWords(text) > 20 && !text.split(bylineSeparator).some(namesList)) return undefined
  // ("By the end of this section, you will be able to:": a clause that opens with "by", no byline.)
  // (But "By the Hon. Victoria Grosvenor", "By the Rev. …": a title before the name.)
  if (/^[Bb]y\s+(?:the(?!\s+(?:Hon|Rev|Revd|Rt\.? Hon|Right Hon(?:ou?rable)?|Honou?rable|Reverend|Very Rev|late)\.?\s+\p{Lu})|this|that|then|now|contrast|comparison|definition|design|default|far|all means|way of|doing|using)\b/u.test(text.trim()) || /:\s*$/.test(text.trim())) return undefined
  const parts = text.split(bylineSeparator).filter((part) => part !== '').map((part, at, all) => (at === all.length - 1 && at > 0 ? part.replace(/(?<=\d)\.$/, '') : part))
  const result: Byline = {}
  let by = false
  const rest: string[] = []
  for (const part of parts) {
    const prefixed = byPrefix.exec(part)
    const partDate = dateOnly.exec(part)
    if (prefixed && !result.byline) {
      // ("Originally written by Lisa Wald for “The Green Frog News”": the writer, without where it ran.)
      // (Only a publication in quotation marks: "Louise Vaughn, User Support for the Southeast… Blueprints" keeps its role.)
      // ("By David Berry in opinions": the section the post is filed in, in lower case, is the site's.)
      result.byline = prefixed[1]!.trim().replace(/\s+for\s+(?:the\s+)?["“‘]\p{Lu}.*$/u, '').replace(/(?<=\p{Lu}[\p{L}.'’-]*)\s+in\s+\p{Ll}[\p{Ll}-]*(?:,\s*\p{Ll}[\p{Ll}-]*){0,3}$/u, '')
      by = true
    } else if (partDate && !result.date) {
      result.date = partDate[1]!.trim()
    } else if (partDate && /^(?:last )?(?:updated|revised|modified)\b/i.test(part)) {
      // (The date of a later update, after the date it ran, is the page's.)
    } else if (readingTime.test(part) || (where.test(part) && countWords(part) <= 5) || /^\p{Ll}[\p{Ll}\d-]{1,30}$/u.test(part.trim()) || (countWords(part) <= 3 && part.trim().split(/\s+/).some((word) => categoryWord.test(word)))) {
      // Reading time and where the post is filed ("From 📝 the Blog", a category in lower case, "13 October 2013 |
      // braindump", or in capitals, "Personal Life") are page furniture: recognised, not kept.
    } else {
      rest.push(part)
    }
  }
  // Without `By`, a line is a byline only when the rest is a name next to a date, or nothing (`March 12, 2026 · 11 min read`).
  if (!by) {
    if (result.date && rest.length === 0) return result
    // ("U.S. Department of Veterans Affairs · Disability benefits · Page last updated June 4, 2019": the publisher, its section, the date.)
    if (result.date && rest.length <= 2 && publisher.test(rest[0]!.trim()) && (rest.length === 1 || countWords(rest[1]!) <= 3)) return { ...result, byline: rest[0]!.trim() }
    // "Jakub Beránek, Lori Lorusso on behalf of the Content team": the names carry the line.
    // ("Marie-Sophie Bézert, editor, CDS — March 20, 2023": the name first, then the author's role and employer.)
    // ("Leonardo Uieda – Department of Earth, Ocean and Ecological Sciences, University of Liverpool, UK": a name and where
    // the author works, no date.)
    if (!result.date && parts.length === 2 && looksLikeName(parts[0]!.trim()) && /\b(?:University|Department|Institute|College|School|Laborator(?:y|ies)|Centre|Center|Faculty)\b/.test(parts[1]!)) return { byline: text.trim() }
    if (!result.date || rest.length !== 1 || !(namesList(rest[0]!) || looksLikeName(rest[0]!.replace(/\s+on behalf of\s+\S.*$/i, '')) || (looksLikeName(rest[0]!.split(',')[0]!.trim()) && rest[0]!.split(',').length <= 3 && rest[0]!.split(',').every((part) => countWords(part) <= 5)))) return undefined
    result.byline = rest[0]
    return result
  }
  if (rest.length > 0) result.byline = [result.byline, ...rest].join(', ')
  return result
}

/**
 * A list of authors, each a name or a handle: "Irene Vazano, Jesica Formoso, Julián Buede, …, rominapendino, Sabrina
 * López, Verónica Xhardez" (nine authors beside a date had been no byline, and the subtitle).
 */
function namesList(part: string): boolean {
  const names = part.trim().split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)
  return names.length >= 4 && names.length <= 16 && looksLikeName(names[0]!) && names.every((name) => countWords(name) <= 4 && (looksLikeName(name) || isHandle(name)))
}

/** A word of a blog's category ("Personal Life", "Travel Notes"): no part of anyone's name. */
const categoryWord = /^(?:life|personal|news|blog|updates|general|misc|thoughts|notes|projects|essays|stories|tutorials|events|culture|opinion|reviews|travel|food|technology|programming|photography|research)$/i

/**
 * Whether a line under a date is an author's handle ("nornagon"), not the slug of the category the post is filed
 * under ("book-reviews", which had signed a book review).
 *
 * @param line The line.
 */
export function isHandle(line: string): boolean {
  return /^@?\p{Ll}[\p{Ll}\d_.-]{2,29}$/u.test(line) && !line.split(/[-_.]/).some((part) => categoryWord.test(part))
}

/** A public body or an institution that publishes a page: "U.S. Department of Veterans Affairs", "National Park Service". */
const publisher = /^(?:(?:the|U\.S\.|US|UK)\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+)*(?:Department|Agency|Administration|Office|Institute|University|Foundation|Council|Ministry|Service|Bureau|Commission|Centers?|Centres?|Association|Society|Museum|Library|Archives)(?:\s+(?:of|for|and|&|the|\p{Lu}[\p{L}.&'’-]*))*$/u

/** Whether a word can be part of a list of names: capitalised, a joining word ("and", "&") or a surname's particle ("de", "van"). */
export function isNameWord(word: string): boolean {
  // (An ʻokina written as a quotation mark too: "Ka‘ai".)
  return /^(?:\p{Lu}[\p{L}.'’‘-]*|and|&|de|van|von|der|da|di|le|la)$/u.test(word)
}

/** Words of headings that a name of two or three capitalised words never holds ("Open Source", "Key Findings"). */
const headingWords = /^(?:open|source|key|new|our|your|the|a|an|why|how|what|about|overview|introduction|background|summary|conclusions?|results?|methods?|next|steps?|getting|started|final|thoughts|further|reading|more|part|chapter|section|notes?|faq|update|news|today|data|design|research|community|project|team)$/i

/**
 * Whether a line is a person's name and nothing else: two or three
 * capitalised words, none of them a heading's word or an -ing, -ed or plural form.
 */
export function isBareName(text: string): boolean {
  const words = text.split(' ')
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) && !headingWords.test(word) && !/(?:ing|ed|tion|ment|ness|ies)$/.test(word))
}

/** A collective author: "The Nu Authors", "The Rust Release Team", "Kubernetes Maintainers". */
export const collective = /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:[Aa]uthors|[Tt]eam|[Ee]ditors|[Cc]ontributors|[Mm]aintainers|[Dd]evelopers|[Ww]orking [Gg]roup)$/u

export function looksLikeName(text: string): boolean {
  // (Affiliations' numbers after the names are no part of them: "Mark Woodbridge, Vanessa Sochat3, Jurriaan Spaaks".)
  const bare = text.includes(',') ? withoutAffiliationMarks(text) : text
  if (bare !== text) return looksLikeName(bare)
  // A flourish after the name ("Josh Goldberg ✨").
  const plain = text.replace(/[\s\p{Extended_Pictographic}\p{So}\u200d\ufe0f]+$/u, '')
  if (plain !== text) return plain !== '' && looksLikeName(plain)
  if (collective.test(text)) return true
  // (No name opens with an article, but for a title of rank: "The Cuban Missile Crisis, October 1962" is a headline and its date.)
  if (/^(?:the|an?)\s+(?!(?:Hon|Rev|Revd|Rt|Right|Reverend|Very|late)\b)/i.test(text)) return false
  // An affiliation after the name: "Stefan Karpinski (JuliaHub)"; a handle in square brackets, "Ahmet Altay [@iridium77]".
  const affiliated = /^(.+?)\s+(?:\([^()]{1,40}\)|\[@[\w.-]{2,30}\])$/.exec(text)
  if (affiliated) return looksLikeName(affiliated[1]!)
  // Several authors, up to twelve: "Lorenzo Lewis, Amr Bashir", "Ann Lee and Bo Chen", CarbonPlan's seven.
  const names = text.split(/\s*,\s*|\s+(?:and|&)\s+/)
  if (names.length > 1) return names.length <= 12 && names.every((name) => name !== '' && looksLikeName(name))
  const words = text.split(' ')
  // (Not a press release's "Contact Information" over its contact details, which had titled the talk's author; nor a
  // blog's category beside the date, "January 17, 2025 · Personal Life", which had signed a talk; nor the kind of post
  // over its date, "Event Report".)
  // (A nickname in quotation marks among the names: "Christopher J. 'CJ' Wright"; in double ones in lower case too, 'Brian "bex" Exelbierd'.)
  return words.length <= 6 && words.every((word, at) => /^(?:[\p{Lu}][\p{L}'’.-]*|and|&|de|van|von|der|da|la|le)$/u.test(word) || (at > 0 && at < words.length - 1 && /^(?:'\p{Lu}[\p{L}.-]*'|"\p{L}[\p{L}.-]*"|‘\p{Lu}[\p{L}.-]*’|“\p{L}[\p{L}.-]*”)$/u.test(word))) && !words.some((word) => /^(?:contact|contacts|information|details|inquiries|enquiries|report|recap|announcement|interview|editorial|commentary|roundup|digest|newsletter|event)$/i.test(word) || categoryWord.test(word))
}

/**
 * Find a date in a press-release dateline (`RIVERSIDE, 12 October 2026 — …`).
 *
 * @param text The first paragraph's text.
 * @returns The date as written, or `undefined`.
 */
export function datelineDate(text: string): string | undefined {
  return dateline.exec(text)?.[1]?.trim()
}

/**
 * Whether a line under a byline gives the author's position or employer:
 * short, no sentence punctuation, with a word like "Scientist",
 * "Professor", "University".
 */
export function isRoleLine(text: string): boolean {
  return countWords(text) <= 10 && !/[.!?:]$/.test(text) && roleWords.test(text) && !parseByline(text)
}

/** The lead of a sentence that names the writers of a post: "This is a guest post by", "Post written by". */
const writtenByLead = /^(?:this (?:is a )?(?:guest )?(?:post|article|piece|essay|story) (?:was |is )?(?:written )?by|(?:a )?guest post by|(?:this )?(?:post|article|piece|essay|story) (?:was )?written by|written by)\s+/i

/** Whether a part of a byline is a person's name: two to five words, each capitalised but for a particle ("de", "van"). */
const personName = (text: string): boolean => /^\p{Lu}/u.test(text) && text.split(/\s+/).length >= 2 && text.split(/\s+/).length <= 5 && text.split(/\s+/).every((word) => /^(?:\p{Lu}[\p{L}'’‘-]*\.?|de|van|von|da|del|der|la|le|di|du)$/u.test(word))

/**
 * The writers a post names in a sentence opening its body ("This is a guest post by Aviv Sharon and Adam Kariv from
 * The Public Knowledge Workshop…", "Post written by Kacie Kay, Special Collections Intern"): their names, with their
 * role when the sentence ends with it, and whether the sentence says nothing else; `undefined` for any other sentence.
 *
 * @param sentence The body's first sentence.
 */
export function writtenBy(sentence: string): { names: string; role?: string | undefined; whole: boolean } | undefined {
  const lead = writtenByLead.exec(sentence.trim())
  if (!lead) return undefined
  const rest = sentence.trim().slice(lead[0].length).replace(/\.$/, '')
  const at = rest.search(/\s+(?:from|of|at|with|for|based|who|in)\s/)
  const parts = (at === -1 ? rest : rest.slice(0, at)).split(/,\s+(?:and\s+)?|\s+(?:and|&)\s+/)
  let names = parts.filter((part, index) => personName(part) && !isRoleLine(part) && parts.slice(0, index).every(personName))
  // ("Post Written By Undergraduate Writing Contest Runner-Up Olivia Shiffman": a title in capitals before the name, its
  // last two or three words.)
  let title = ''
  const words = parts.length === 1 ? parts[0]!.split(/\s+/) : []
  // (Three words with a middle initial, "Ada B. Lovelace"; and no title ending on a small word, "…Board Of The Times".)
  const size = words.length >= 4 && /^\p{Lu}\.?$/u.test(words.at(-2)!) ? 3 : 2
  if (names.length === 0 && words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word)) && !/^(?:The|Of|For|At|And)$/.test(words.at(-size - 1)!) && words.at(-2) !== 'The') {
    ;[title, names] = [words.slice(0, -size).join(' '), [words.slice(-size).join(' ')]]
  }
  if (names.length === 0 || !personName(names[0]!)) return undefined
  const role = title || parts.slice(names.length).join(', ')
  const whole = at === -1 && (role === '' || title !== '' || isRoleLine(role))
  return { names: names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!, role: whole && role !== '' ? role : undefined, whole }
}

/** A line of three fields or more, "key: value" set apart by commas, one naming the author: its author and first date. */
function fieldPairs(text: string): Byline | undefined {
  const pairs = text.trim().split(/,\s+(?=[\p{L}][\p{L} -]{1,20}:\s)/u).map((part) => /^([\p{L}][\p{L} -]{1,20}):\s+([^:]{1,60})$/u.exec(part))
  if (pairs.length < 3 || pairs.some((pair) => pair === null)) return undefined
  const value = (keys: RegExp): string | undefined => pairs.find((pair) => keys.test(pair![1]!.trim()))?.[2]!.trim()
  const byline = value(/^(?:author|authors|by|written by)$/i)
  const date = value(/^(?:created|published|date|posted|written)$/i)
  if (byline === undefined || (date !== undefined && !dateOnly.test(date))) return undefined
  return date === undefined ? { byline } : { byline, date }
}

/**
 * A byline without its authors' affiliation numbers ("Mark Woodbridge1, Vanessa Sochat3, Jurriaan Spaaks2"), in any
 * order: two numbers glued to names or more, or one left in a list of three names or more once the others were read as
 * a page's notes ("Vanessa Sochat3").
 *
 * @param byline A byline.
 */
export function withoutAffiliationMarks(byline: string): string {
  return (byline.match(/\p{L}\d{1,2}(?=,|\s|$)/gu) ?? []).length >= 2 || byline.split(',').length >= 3 ? byline.replace(/(?<=\p{L})\d{1,2}(?=,|\s|$)/gu, '') : byline
}
