/**
 * Recognise the front of a plain-text article: captions before the title, the
 * kicker, the title, the standfirst (subtitle), the byline and the date.
 */
import type { DropReason } from './boilerplate-lines.js'
import { countWords, endsSentence, isAllCaps, isAttribution, isCallout, isHeadlineShaped, isTitleCase, startsLowercase, type SourceLine } from './lines.js'
import { isPictureCredit } from './credit-lines.js'
import { chapterLabel, echoesTitle, frontLabels, tidyTitle, isHashtagLine, isAffiliatedName, isMasthead, isHeadlineQuestion, isSeriesLine, isSourceLine, isTagline, isTitleShaped, labelAndTitle, numberedHeading, pictureLine, sectionLabel, sectionLabels } from './front-shapes.js'
import { collective, isBareName, isHandle, isRoleLine, looksLikeName, parseByline, withoutAffiliationMarks } from './byline.js'
import { isKnownWord } from '../article/nlp.js'

/** Metadata found at the front of an article. */
export interface FrontMatter {
  /** The title, or `undefined` when no line looks like one. */
  title?: string | undefined
  /** Line of the title. */
  titleLine?: number | undefined
  /** A short category label before the title (`Urban Living`). */
  kicker?: string | undefined
  /** The standfirst: one sentence under the title that sums up the piece. */
  subtitle?: string | undefined
  /** The author(s), without `By`. */
  byline?: string | undefined
  /** The publication date, as written. */
  date?: string | undefined
}

/** What {@link findFront} returns. */
export interface FrontResult {
  /** The metadata found. */
  front: FrontMatter
  /** Index in `lines` of the first line of the body. */
  bodyStart: number
  /** Lines dropped at the front (captions), index → reason. */
  dropped: Map<number, DropReason>
}

/**
 * Recognise captions, kicker, title, standfirst, byline and date at the start of the document. Rules, in order:
 * 1. caption: up to two lines before the title that read like a sentence (not headline-shaped, at most 45 words)
 *    directly followed by a headline-shaped line;
 * 2. byline / date lines are taken wherever they appear in the front; after the title, a name on its own line followed
 *    by a date line is a byline;
 * 3. kicker: a headline-shaped line of at most 4 words (not a question) followed by a longer title-shaped line of 4
 *    words or more (the headline) and more text, when
 *    a. the headline has 5 words or more in Title Case, or
 *    b. the label is in ALL CAPS or a usual section label (`Opinion`, `Case Study`, `Engineering`, `Focus on …`), or
 *    c. the label is in Title Case and the headline is followed by a standfirst (rule 5), or, under a label of one or
 *       two words, by a byline or date;
 *    d. the label has at most 3 words and the headline is followed by a
 *       standfirst and then a byline or date (a whole front under it);
 * 4. title: the first headline-shaped line;
 * 5. subtitle: the next line when it has 6 to 40 words, is not in Title Case
 *    is not a numbered heading or a question, stands alone (a blank line or a
 *    byline follows, or the text has no blank lines at all), and either has
 *    no closing period or is followed by a byline/date line.
 *
 * @param lines All lines of the document.
 * @param skip Lines already dropped as boilerplate (index → reason).
 */
export function findFront(lines: readonly SourceLine[], skip: ReadonlyMap<number, DropReason>): FrontResult {
  const front: FrontMatter = {}
  const dropped = new Map<number, DropReason>()
  const content: number[] = []
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.blank && !skip.has(index)) content.push(index)
  }
  const text = (position: number): string | undefined => {
    const index = content[position]
    return index === undefined ? undefined : lines[index]!.text
  }
  const noBlankLines = !lines.some((line, at) => line.blank && at > content[0]! && at < content[content.length - 1]!)
  /**
   * Number of lines of the byline at `position`: 1 for a byline or date line,
   * 2 for a name on its own line followed by a date line (`Marta Kowalski` or `Reuters` /
   * `3 March 2026`) when `names` is set, else 0.
   */
  const bylineAt = (position: number, names: boolean): number => {
    const line = text(position)
    // (A label over its value, "Published" / "April 9, 2025", is no name: `labelledAt`.)
    if (line === undefined || frontLabels.some(([pattern]) => pattern.test(line.trim()))) return 0
    if (parseByline(line)) return 1
    // A collective author on its own line under the title ("The Nu Authors"), or a name and an institution ("Lucas
    // Livingston, Art Institute Chicago").
    // (Or three names or more with their affiliations' numbers, "Mark Woodbridge1, Vanessa Sochat3, Jurriaan Spaaks2, …".)
    if (names && (collective.test(line) || isAffiliatedName(line) || (withoutAffiliationMarks(line) !== line && looksLikeName(line)))) return 1
    const next = parseByline(text(position + 1) ?? '')
    // ("Gavin Yamey, on Behalf of the Interviewees" over "Published: October 23, 2007": names for others too.)
    if (names && looksLikeName(line.replace(/,?\s+on behalf of\s+\S.*$/i, '')) && next?.date && !next.byline) return 2
    // The name, the author's role, then the date ("Josh Goldberg ✨" / "Guest Author" / "28 January, 2025 · 10 min read").
    const dated = parseByline(text(position + 2) ?? '')
    if (names && looksLikeName(line) && isRoleLine(text(position + 1) ?? '') && dated?.date && !dated.byline) return 3
    // (Under the date, the name over the author's role: "17 april 2025 · 12 minuten leestijd" / "Tom Ootes" / "Developer
    // Advocate - developer.overheid.nl" had titled the talk's first slide "Tom Ootes".)
    return names && front.date !== undefined && looksLikeName(line) && isRoleLine(text(position + 1) ?? '') && !/[.!?]$/.test(line) ? 1 : 0
  }
  /** The kind and values of a labelled block at `position` (see {@link frontLabels}), and how many lines it spans. */
  const labelledAt = (position: number): { kind: 'authors' | 'affiliations' | 'date' | 'identifier'; values: string[]; span: number } | undefined => {
    const label = text(position)
    const kind = label === undefined ? undefined : frontLabels.find(([pattern]) => pattern.test(label.trim()))?.[1]
    if (kind === undefined) return undefined
    const values: string[] = []
    // Its values run to the next blank line (at most six, each short, none a label of its own).
    while (values.length < 6) {
      const value = text(position + 1 + values.length)
      if (value === undefined || countWords(value) > 10 || frontLabels.some(([pattern]) => pattern.test(value.trim()))) break
      // (The authors end at a date under them: "Created by" / "Megan Vo" / "May 1, 2019".)
      if (kind === 'authors' && values.length > 0 && parseByline(value)?.date && !parseByline(value)?.byline) break
      values.push(value.trim())
      // (Authors a blank line apart, one name each: "Authors" / "Karl Berglund" / "Jesper Gulddal" / "Stewart King".)
      const after = text(position + 1 + values.length) ?? ''
      if (lines[content[position + values.length]! + 1]?.blank !== false && !(kind === 'authors' && countWords(after) <= 4 && looksLikeName(after) && !frontLabels.some(([pattern]) => pattern.test(after.trim())))) break
    }
    if (values.length === 0 || text(position + 1 + values.length) === undefined) return undefined
    if (kind === 'date' && !parseByline(values[0]!)?.date) return undefined
    if (kind === 'identifier' && !/^(?:(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,}\/\S+|[\dX-]{9,17})$/i.test(values[0]!)) return undefined
    if (kind === 'authors' && !values.every((value) => looksLikeName(value) || parseByline(value)?.byline)) return undefined
    return { kind, values, span: 1 + values.length }
  }
  /** Take the labelled blocks at `at`: their authors the byline, their date the date, their affiliations after the names. */
  const takeLabelled = (): void => {
    const affiliations: string[] = []
    for (let block = labelledAt(at); block; block = labelledAt(at)) {
      // (An "Author" label over the names wins over lines taken for names: "AI" / "Governance" / "Policy" were categories.)
      if (block.kind === 'authors' && (!front.byline || guessedNames)) [front.byline, guessedNames] = [block.values.map((value) => parseByline(value)?.byline ?? value).join(', '), false]
      if (block.kind === 'date' && !front.date) front.date = parseByline(block.values[0]!)!.date
      if (block.kind === 'affiliations') for (const value of block.values) if (!affiliations.includes(value)) affiliations.push(value)
      at += block.span
      const dated = block.kind === 'authors' && !front.date ? parseByline(text(at) ?? '') : undefined
      if (dated?.date && !dated.byline) [front.date, at] = [dated.date, at + 1]
    }
    if (affiliations.length > 0 && front.byline) front.byline = `${front.byline} (${affiliations.join(', ')})`
  }
  let at = 0
  let guessedNames = false
  const takeBylines = (names: boolean): void => {
    for (let span = bylineAt(at, names); span > 0; span = bylineAt(at, names)) {
      const parsed = span === 1 ? (parseByline(text(at)!) ?? { byline: text(at) }) : { byline: text(at), date: parseByline(text(at + span - 1)!)!.date }
      if (parsed.byline && !front.byline) front.byline = parsed.byline
      if (parsed.date && !front.date) front.date = parsed.date
      at += span
      // Under a date line, the author's handle alone ("June 30, 2022 · 6 min read" / "nornagon"), or the authors' names
      // ("Sept 10, 2024 · 7 min read" / "Maya Mechenbier, Annie Nguyen, …, Whitney Robinson"), or a name over the rest of its card, dropped.
      const handle = text(at)
      const authors = handle !== undefined && /,|\s(?:and|&)\s/.test(handle) && looksLikeName(handle)
      const carded = handle !== undefined && looksLikeName(handle) && skip.get(content[at]! + 2) === 'social'
      // (Or a name over its team, "Emanuele Stoppa" / "Biome Core Team": both sign the post.)
      const team = handle !== undefined && isBareName(handle) && collective.test(text(at + 1) ?? '') && text(at + 2) !== undefined
      // (Or a bare name over the first paragraph, "July 8, 2020" / "Juanita Gómez Romero" / "This blogpost was…": it had headed every slide.)
      const named = handle !== undefined && isBareName(handle) && countWords(text(at + 1) ?? '') >= 6
      if (names && !front.byline && parsed.date && !parsed.byline && handle !== undefined && (authors || carded || team || named || (isHandle(handle) && !isKnownWord(handle))) && text(at + 1) !== undefined && lines[content[at]! + 1]?.blank) {
        front.byline = team ? `${handle}, ${text(at + 1)}` : handle
        at += team ? 2 : 1
      }
      // Authors one to a line, each with their institution ("Hans de Jonge, Dutch Resesarch Council NWO," / "Katharina Rieck, Austrian Science Fund (FWF)," / …): their names.
      const listed = parsed.byline && isAffiliatedName(parsed.byline) ? [parsed.byline] : []
      while (listed.length > 0 && listed.length < 8 && isAffiliatedName(text(at) ?? '')) listed.push(text(at++)!)
      if (listed.length > 1) front.byline = listed.map((name) => name.split(',')[0]!.trim()).join(', ')
      // Under the author's name, the author's position ("NEON Supervising Scientist, Education & Public Engagement") and handle.
      if (parsed.byline) {
        for (let more = 0; more < 2; more++) {
          const next = text(at)
          const after = text(at + 1)
          if (next === undefined || after === undefined) break
          if (/^@[\w.]{2,30}$/.test(next) && front.byline !== undefined) {
            front.byline = `${front.byline}, ${next}`
            at++
            continue
          }
          if (!isRoleLine(next) || front.byline === undefined || front.byline.includes(next)) break
          front.byline = `${front.byline}, ${next}`
          at++
        }
      }
    }
  }
  /** Whether the line at `position` is a standfirst: see rule 5. */
  const isStandfirst = (position: number): boolean => {
    const candidate = text(position)
    const next = text(position + 1)
    if (candidate === undefined || next === undefined) return false
    const words = countWords(candidate)
    // (Past a picture's credit under it: "Image created by Cam Coulter." / "Posted on: April 26, 2021.")
    const bylineNext = bylineAt(position + 1, true) > 0 || labelledAt(position + 1) !== undefined || (isPictureCredit(next) && bylineAt(position + 2, true) > 0)
    // ("A model of organizational change" over its date: a short subtitle when a byline or a date follows it; so is the kind of post, "Event Report".)
    const shaped =
      (words >= 6 || (bylineNext && (words >= 3 || /^(?:\p{Lu}\p{Ll}+ )?(?:report|recap|review|interview|announcement|tutorial|essay|editorial|commentary|case study)$/iu.test(candidate)))) &&
      words <= (bylineNext ? 50 : 40) &&
      // (Or the work and its publisher in Title Case, parted by a middle dot, over the first paragraph: "National Archives
      // Social Media Strategy FY 2017–2020 · U.S. National Archives and Records Administration".)
      (!isTitleCase(candidate) || bylineNext || (/\S\s[·|]\s\S/.test(candidate) && !/[.!?]$/.test(candidate) && countWords(next) >= 12 && !parseByline(candidate))) &&
      !numberedHeading.test(candidate) &&
      !isPictureCredit(candidate) &&
      !/^[-*•·–—]\s/.test(candidate) && !isAttribution(next) &&
      !isCallout(candidate) &&
      (!/[:?]$/.test(candidate) || (bylineNext && /\?$/.test(candidate)))
    const closed = endsSentence(candidate)
    const index = content[position]!
    // A standfirst stands alone: a blank (or dropped) line or a byline follows,
    // or, in a text without blank lines, a line that is not its continuation.
    const standalone = lines[index + 1] === undefined || lines[index + 1]!.blank || skip.has(index + 1) || bylineNext
    return shaped && (standalone || (noBlankLines && !startsLowercase(next))) && (!closed || bylineNext)
  }
  /** Whether the line at `position` is a title a site sets in lower case, over its standfirst and byline ("obscure formats"). */
  const lowerCaseTitle = (position: number): boolean => countWords(text(position) ?? '') <= 4 && /^\p{Ll}[\p{Ll}\s'’-]*$/u.test(text(position) ?? '') && bylineAt(position + 2, true) > 0
  /** Whether the line at `position` is a kicker above the title: see rule 3. */
  const isKicker = (position: number): boolean => {
    const first = text(position)
    const second = text(position + 1)
    if (first === undefined || second === undefined || text(position + 2) === undefined) return false
    const label = countWords(first)
    const headline = countWords(second)
    // (Nor a chapter's number before its title, as Quarto prints it: "6 Price of Electricity" over its standfirst.)
    if (!isHeadlineShaped(first) || label > 4 || /[?!]$/.test(first) || numberedHeading.test(first) || /^\d{1,3}\s+\p{Lu}/u.test(first)) return false
    // (A periodical's theme of one word over a short title and its byline: "Transformations" / "Weave Derrida's References".)
    if (periodical && label === 1 && headline >= 2 && isTitleShaped(second) && bylineAt(position + 2, true) > 0) return true
    // (Nor over the authors' names, "Carbon offsets burning" / "Claudia Herbert, Jared Stapp, …": the title and its byline.)
    const authors = second.split(/\s*,\s*/)
    if (!isTitleShaped(second) || parseByline(second) || (authors.length >= 3 && authors.every((name) => /^\S+(?: \S+){1,3}$/.test(name)) && looksLikeName(second)) || numberedHeading.test(second) || headline < 4 || headline <= label) return false
    // (A name over what the person does, in sentence case: "Sarah Werner" / "Independent librarian, book historian".)
    if (isBareName(first) && !isTitleCase(second) && !/[.!?]$/.test(second) && bylineAt(position + 2, true) > 0) return false
    if (isAllCaps(first) || sectionLabel.test(first)) return true
    // ("Speed of Code Reviews" / "Why Should Code Reviews Be Fast?" / prose… / "How Fast Should Code Reviews Be?": a question
    // in title case whose like heads later sections is the first section's heading, under the title.)
    const questions = content.slice(position + 2).filter((index) => /\?$/.test(lines[index]!.text) && countWords(lines[index]!.text) <= 10 && isTitleCase(lines[index]!.text)).length
    if (/\?$/.test(second) && questions >= 1) return false
    if (headline >= 5 && isTitleCase(second)) return true
    // ("Vaccination levels" / "Holes in the shield" / its standfirst / "By Eva Belmonte": a whole front under the label.)
    if (label <= 3 && isStandfirst(position + 2) && bylineAt(position + 3, true) > 0) return true
    // ("COVID explained" / "How to answer tough questions and combat misinformation…" / "Updated 06/03/2021": a site's
    // section in sentence case over a long headline without a stop and its date.)
    // (The date may have been set aside as an update note.)
    const dated = lines.slice(content[position + 1]! + 1).find((line) => !line.blank)?.text ?? ''
    if (label <= 2 && headline >= 10 && !/[.!?]$/.test(second) && parseByline(dated)?.date !== undefined && countWords(dated) <= 6) return true
    if (!isTitleCase(first)) return false
    // The headline is followed by the rest of a front: a standfirst, or (under a label of one or two words) a byline.
    return isStandfirst(position + 2) || (label <= 2 && bylineAt(position + 2, true) > 0)
  }

  takeBylines(false)
  // (A periodical's issue over its section, "Issue 5" / "PROCESSES" / the title: the issue is the page's furniture.)
  const periodical = /^(?:issue|volume|vol\.|no\.|number|nr\.|edition|episode)\s+\d{1,4}[a-z]?$/i.test(text(at) ?? '') && text(at + 2) !== undefined
  if (periodical) dropped.set(content[at++]!, 'issue')
  // 1. Captions.
  for (let captions = 0; captions < 2; captions++) {
    const current = text(at)
    const next = text(at + 1)
    if (current === undefined || next === undefined) break
    // A line that names a picture ("Photo of a harbour at dawn", "Illustration by Ana Ruiz") is a caption whatever its shape.
    const namesPicture = pictureLine.test(current)
    if (((isHeadlineShaped(current) || chapterLabel.test(current)) && !namesPicture) || countWords(current) > 45 || parseByline(current)) break
    if (!isHeadlineShaped(next) || parseByline(next) || text(at + 2) === undefined) break
    // (Nor is a headline over the author's name and the date: "Lessons from My (first ever!) Public Speaking Coach." /
    // "Deborah Udoh" / "January 8, 2025".)
    // (Long, in Title Case or not, when it reads as a title: "Small steps towards sustainable and open research - or why you
    // should care about Research Software Engineering" over its three authors and the date had been dropped as a caption.)
    if (bylineAt(at + 1, true) > 1 && (countWords(current) <= 16 || isTitleShaped(current))) break
    // (Nor a question: a caption describes, a headline may ask, "Which Single Intervention Would Do the Most to Improve the
    // Health of Those Living on Less Than $1 Per Day?" over "Gavin Yamey, on Behalf of the Interviewees".)
    if (isHeadlineQuestion(current) && !namesPicture) break
    // (Nor a title a site sets in lower case over its standfirst and byline: "obscure formats" / "What does going to absurd
    // lengths to watch an old DVD teach you?" / "November 24, 2024 · István Urbán".)
    if (!namesPicture && lowerCaseTitle(at)) break
    dropped.set(content[at]!, 'caption')
    at++
  }
  takeBylines(false)
  // A breadcrumb that ends in the title, above the kicker and the title itself: "Who is controlling…?" / "SECURITY" / "Who is controlling…?".
  const current = text(at)
  if (current !== undefined && (text(at + 1) === current || text(at + 2) === current) && text(at + 3) !== undefined) {
    dropped.set(content[at]!, 'navigation')
    at++
    // ("Geodata guiding…" / "19 June 2023" / "Geodata guiding…": the site's title over the date, then the article's.)
    takeBylines(false)
  }

  // (The site's name over the title: `isMasthead`.)
  const foot = lines.slice(-12).map((line) => line.text)
  const masthead = at === 0 && text(2) !== undefined && isMasthead(text(0)!, foot) && countWords(text(1)!) <= 16 && !/[.!]$/.test(text(1)!) && !parseByline(text(1)!) && !looksLikeName(text(1)!) && (bylineAt(2, true) > 0 || countWords(text(2)!) >= 12)
  if (masthead) dropped.set(content[at++]!, 'navigation')
  // 3. Kicker.
  if (isKicker(at)) front.kicker = text(at++)
  // (A category over the date, then the title: "Analysis" / "21/11/2025" / "What Does It Mean to Be “On Track for Paris”?".)
  const categoryDate = !front.kicker && text(at) !== undefined && countWords(text(at)!) <= 2 && /^\p{Lu}/u.test(text(at)!) && !/[.!?:]$/.test(text(at)!) ? parseByline(text(at + 1) ?? '') : undefined
  if (categoryDate?.date && !categoryDate.byline && text(at + 3) !== undefined && isTitleShaped(text(at + 2)!) && !isBareName(text(at + 2)!)) [front.kicker, front.date, at] = [text(at), front.date ?? categoryDate.date, at + 2]

  // 4. Title.
  const title = text(at)
  // "10. Citizen Science" opening a chapter is its title, unless "11. …" follows: then it is the first numbered section.
  // ("7.1. Designing an Open Event" is its title unless "7.2" follows.)
  const number = title === undefined ? undefined : /^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s/.exec(title)?.[1]
  const following = number?.replace(/\d+$/, (last) => String(Number(last) + 1))
  // (A numbered item of a list in the text, "6. Trainees will learn about different business models used by open-access
  // journals, …", is no next section.)
  const numberedTitle = number !== undefined && at === 0 && !content.some((index) => lines[index]!.text.startsWith(following!) && isHeadlineShaped(lines[index]!.text))
  // ("Offset project paperwork should be internally consistent. It's not." over "Grayson Badgley, Freya Chay · April 21,
  // 2026": a headline of two short sentences is the title when a byline follows it at the top of the page.)
  // (Also over a name and a date on lines of their own: "Lessons from My (first ever!) Public Speaking Coach." / "Deborah
  // Udoh" / "January 8, 2025".)
  const sentenceTitle = title !== undefined && at === 0 && (countWords(title) <= 16 || isHeadlineQuestion(title)) && (title.match(/[.!?](?:\s|$)/g) ?? []).length <= 2 && (parseByline(text(at + 1) ?? '') !== undefined || bylineAt(at + 1, true) > 1)
  // ("obscure formats" over its standfirst and byline: a title a site sets in lower case.)
  const lowerTitle = at === 0 && lowerCaseTitle(at)
  const tagline = title !== undefined && at === 0 && isTagline(title)
  if (title !== undefined && (isTitleShaped(title) || sentenceTitle || lowerTitle || masthead || tagline) && (!numberedHeading.test(title) || numberedTitle) && !parseByline(title)) {
    front.title = lowerTitle || masthead ? title.charAt(0).toUpperCase() + title.slice(1) : title
    front.titleLine = lines[content[at]!]!.line
    at++
  } else return { front, bodyStart: content[at] ?? lines.length, dropped }
  // (The series and issue it was published in, "ISAW Papers 18.10 (2020)", is the page's furniture.)
  if (isSeriesLine(text(at) ?? '') && text(at + 1) !== undefined) dropped.set(content[at++]!, 'issue')
  if (isHashtagLine(text(at) ?? '') && text(at + 1) !== undefined) dropped.set(content[at++]!, 'tags')
  // (The post's categories in lower case, one a line, over its labelled authors: "translation" / "genre fiction" / "dataset" / "Authors".)
  const category = (position: number): boolean => /^\p{Ll}[\p{Ll}\d -]{1,30}$/u.test(text(position) ?? '') && countWords(text(position)!) <= 3
  let categories = 0
  while (categories < 6 && category(at + categories)) categories++
  if (categories > 0 && labelledAt(at + categories)?.kind === 'authors') for (; categories > 0; categories--) dropped.set(content[at++]!, 'tags')
  // (A section's label under the title, over the date, "Safety" / "16 May 2021", is its kicker, not its author; a place
  // under a label, "Foreign travel advice" / "Albania", the title; its date may be an update note set aside before.)
  const section = text(at)
  const labelled = !front.kicker && section !== undefined && [text(at + 1), lines[content[at]! + 1]?.text].some((line) => parseByline(line ?? '')?.date) ? labelAndTitle(front.title, section) : undefined
  if (labelled) [front.kicker, front.title, front.titleLine, at] = [labelled.kicker, labelled.title, labelled.title === section ? lines[content[at]!]!.line : front.titleLine, at + 1]
  takeBylines(true)
  takeLabelled()
  // A name alone under the title, the article (or the post's category slug, "motm") right after it ("Gordon Haff"); or
  // the authors' names, one a line ("Megan DiRienzo" / "Andrea Montiel de Shuman" / "Alicia Viera").
  const alone = text(at)
  // (Several names on one line are a byline whatever follows: "Emily Genatowski, James Baille" over the heading "Introduction".)
  const parts = alone?.split(/\s*,\s*|\s+(?:and|&)\s+/) ?? []
  const several = parts.length >= 2 && parts.every(isBareName)
  // (Or a name over the page's own heading that repeats the title: "Henrik Schjøth" / "Danish Dynamite - Albert Erlykke Grønbæk".)
  // (Or a team and where it works, "Editorial Team, Distill", over the article: it had titled the talk's first three slides.)
  const team = parts.length <= 2 && collective.test(parts[0] ?? '') && /^(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?$/u.test(parts[1] ?? '') && countWords(text(at + 1) ?? '') >= 12
  if (!front.byline && alone !== undefined && ((isBareName(alone) && (countWords(text(at + 1) ?? '') >= 12 || echoesTitle(text(at + 1), front.title) || /^\p{Ll}[\p{Ll}\d-]{1,20}$/u.test(text(at + 1) ?? ''))) || several || team)) {
    front.byline = alone
    at++
  }
  let names = 0
  const nameLine = (line: string | undefined): boolean => line !== undefined && countWords(line) <= 4 && looksLikeName(line) && !parseByline(line)
  while (names < 6 && nameLine(text(at + names)) && (names === 0 || lines[content[at + names - 1]! + 1]?.blank === false)) names++
  if (!front.byline && names >= 2 && countWords(text(at + names) ?? '') >= 12) {
    front.byline = Array.from({ length: names }, (_, index) => text(at + index)!.trim()).join(', ')
    guessedNames = true
    at += names
  }

  // (The categories the post is filed under, "Insane Thoughts · Travelogue", "DIY · Featured · Ideas · How-To": furniture.)
  const filed = front.byline || front.date ? text(at) : undefined
  if (filed !== undefined && text(at + 1) !== undefined && /^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}(?:\s+[·•|]\s+\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}){1,6}$/u.test(filed)) dropped.set(content[at++]!, 'tags')
  // (The work the piece was published in, under its byline: "From Tremendous Trifles (1909)", its subtitle.)
  const source = front.byline ? text(at) : undefined
  if (source !== undefined && text(at + 1) !== undefined && lines[content[at]! - 1]?.blank === false && isSourceLine(source)) [front.subtitle, at] = [source, at + 1]
  // 5. Subtitle.
  if (!front.subtitle && isStandfirst(at)) {
    front.subtitle = text(at)
    at++
    // (The post's categories over its labelled date: "D3/OJS" / "Published" / "April 9, 2025".)
    const tags = text(at)
    if (tags !== undefined && countWords(tags) <= 3 && !/[.!?]$/.test(tags) && labelledAt(at + 1) !== undefined && !parseByline(tags)?.byline) {
      dropped.set(content[at]!, 'tags')
      at++
    }
    // (And a picture's credit over the date: "Image created by Cam Coulter." / "Posted on: April 26, 2021.")
    if (isPictureCredit(text(at) ?? '') && bylineAt(at + 1, true) > 0) dropped.set(content[at++]!, 'caption')
    takeBylines(true)
    takeLabelled()
    // (The post's tags under its date, in lower case without a stop: "13 October 2013 | braindump" / "braindump learning baking bread".)
    const under = text(at)
    if (front.date && under !== undefined && text(at + 1) !== undefined && /^\p{Ll}[\p{Ll}\d-]*(?: \p{Ll}[\p{Ll}\d-]*){1,7}$/u.test(under)) {
      dropped.set(content[at]!, 'tags')
      at++
    }
    // (The author's name alone under the date, the card's bio and links gone: "Rachel Andrew" over the first paragraph.)
    if (!front.byline && under !== undefined && isBareName(under) && countWords(text(at + 1) ?? '') >= 12) [front.byline, at] = [under, at + 1]
  }
  if (front.title) Object.assign(front, tidyTitle(front.title, lines, front.subtitle))
  if (front.byline) front.byline = withoutAffiliationMarks(front.byline)
  // A journal's or a blog's section label printed under the byline and date ("PLoS Medicine, Best Practice"), the
  // article right after it: the kicker, not the first section's title (a heading is one phrase, not labels in a row).
  const label = text(at)
  if (!front.kicker && (front.byline || front.date) && label !== undefined && sectionLabels.test(label) && countWords(label) <= 6 && countWords(text(at + 1) ?? '') >= 20) {
    front.kicker = label
    at++
  }
  // (A periodical's DOI, its download links and its tags under the byline: "10.70400/BKUQ2306", "TXT PDF", "HowTo".)
  while (text(at + 1) !== undefined && (/^(?:doi:?\s*|https?:\/\/doi\.org\/)?10\.\d{4,9}\/\S+$/i.test(text(at)!) || /^(?:(?:TXT|PDF|HTML|EPUB|XML)\s*)+$/.test(text(at)!) || (periodical && /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(text(at)!)))) {
    dropped.set(content[at]!, 'tags')
    at++
  }
  // The page's own heading repeating the title under the byline ("Mobile Methods Minimizing Malaria Cases in Eastern
  // Burundi" twice): the title slide already says it.
  if (front.title !== undefined && (text(at)?.trim() === front.title.trim() || echoesTitle(text(at), front.title)) && text(at + 1) !== undefined) {
    dropped.set(content[at]!, 'repeated title')
    at++
  }
  // (A personal site's owner is the author: "Peter Krautzberger · on the web", "… © 2004 – 2020 Phil Hagelberg".)
  const owner = masthead ? [lines[content[0]!]!.text.split(/\s+[·|]\s+/)[0]!, ...foot.map((line) => /©\s?[\d\s–-]{4,13}\s(\S.*)$/.exec(line)?.[1]?.split(/\s+[|·]\s+/)[0] ?? '')].find(isBareName) : undefined
  if (!front.byline && owner) front.byline = owner.trim()
  return { front, bodyStart: content[at] ?? lines.length, dropped }
}
