/**
 * Finding web-page and press-release boilerplate in plain text.
 *
 * Three kinds of rule:
 * - line rules (`boilerplate-lines.ts`): one line is boilerplate on its own (`Advertisement`,
 *   `Share this:`, a copyright line, a photo credit);
 * - block rules: a marker line takes the lines after it along (`Share this:`
 *   followed by network names, `Related Posts` followed by post titles,
 *   `Media contact` followed by the contact details);
 * - tail rules: a marker ends the article and everything after it is dropped
 *   (`###` or `-30-` press end mark and the footer after it, a comments
 *   section after `Leave a Reply`).
 */

import { commentsTail, lineBoilerplate, menuWord, postNeighbour, postNeighbours, siteWord, type DropReason } from './boilerplate-lines.js'
import { countWords, endsSentence, isHeadlineShaped, maxHeadingWords, type SourceLine } from './lines.js'
import { isBareName, looksLikeName, parseByline } from './byline.js'
import { dropAfterBackToTop, dropDocsFoot, dropFooterLines, dropFooterMenu, dropNeighbourTitles, dropSignature } from './page-foot.js'

/** Social networks and share actions listed under a `Share this:` marker. */
const networkLine =
  /^(?:facebook|twitter|x|x \(twitter\)|linkedin|whatsapp|email|e-mail|mail|print|reddit|pinterest|telegram|mastodon|bluesky|threads|instagram|tumblr|pocket|flipboard|messenger|sms|copy link|youtube|more)$/i

/** Several network names on one line, and nothing else. */
function networkRow(text: string): boolean {
  const names = text.trim().split(/\s*[,|·•]\s*|\s+/)
  return names.length >= 2 && names.every((name) => networkLine.test(name))
}

/** Markers that start a block of links to other pages ("Other GoatCounter posts" over its titles too). */
const relatedMarker =
  /^(?:related(?: (?:posts|articles|stories|reading|content|links))?|see also|more on this (?:topic|story)|you (?:may|might) also like|read next|further reading on this site|popular posts|recent posts|other [\p{L} -]{1,30} posts|(?:more|also) in this series|more (?:interviews|stories|articles|posts|features|reviews|recipes|guides)(?: (?:in|from) (?:this|the) series| like this| on this topic)?)\s*:?$/iu

/** Press end marks: `###`, `# # #`, `-30-`, `- ENDS -`, `ENDS`. */
const endMark = /^(?:#\s?#\s?#|-\s?30\s?-|[-–—]*\s*ends\s*[-–—]*|end of (?:press )?release)$/i

/** Contact block markers, whose following lines (up to a blank line) are the contact details. */
const contactMarker = /^(?:media|press) (?:contacts?|enquiries|inquiries)\b|^(?:contact|for more information,? contact)\s*:/i

/** The button of a folded code cell. */
const foldButton = /^(?:[▶▸►]\s*)?(?:code|show code|hide code|show the code)(?:\s*[▶▸►▾▼])?$/i

/**
 * Find every boilerplate line of a document.
 *
 * @param lines All lines of the document, blank ones included.
 * @param lang Language of the article (BCP 47): German adds German rules; default `en`.
 * @returns A map from index in `lines` to the reason the line is dropped.
 */
export function findBoilerplate(lines: readonly SourceLine[], lang = 'en'): Map<number, DropReason> {
  const dropped = new Map<number, DropReason>()
  const content = lines.filter((line) => !line.blank).length
  let seen = 0
  for (const index of findMenu(lines)) dropped.set(index, 'navigation')
  for (const index of authorCard(lines)) dropped.set(index, 'social')
  for (const index of siteHeader(lines)) dropped.set(index, 'navigation')
  // A folded code cell's button, "Code", over each chart of a copied notebook page (Quarto, Jupyter Book): twice or more.
  const folds = lines.flatMap((line, index) => (foldButton.test(line.text.trim()) ? [index] : []))
  if (folds.length >= 2) for (const index of folds) dropped.set(index, 'navigation')

  // (The last line with words before the current one, dropped or not: a tag line or a caption is read under it.)
  let previous: SourceLine | undefined
  // (The site's menu and buttons above the article, which the tags' place under the date does not count.)
  let menuLines = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.blank) continue
    seen++
    // (A button dropped between them, "Table of Content", does not come between a date and the tags under it.)
    const above = previous
    const own = dropped.get(index) ?? lineBoilerplate(line.text, lang)
    const chrome = seen <= 12 && own === 'navigation'
    if (chrome) menuLines++
    else previous = line
    if (dropped.has(index)) continue
    const text = line.text

    // Tail rules: the rest of the document goes.
    if (endMark.test(text)) {
      dropTail(lines, index, 'end mark', 'footer', dropped)
      break
    }
    if (commentsTail.test(text) && seen > content / 2) {
      dropTail(lines, index, 'comments', 'comments', dropped)
      break
    }

    if (postNeighbours.test(text.trim())) {
      dropped.set(index, 'navigation')
      continue
    }
    // (The post’s tags in a row under its date, "Programming software architecture design tools", had headed a section.)
    const dated = seen - menuLines <= 5 && above !== undefined && parseByline(above.text)?.date !== undefined
    if (dated && /^\p{Lu}\p{Ll}+(?: \p{Ll}[\p{Ll}-]*){2,7}$/u.test(text.trim()) && !/\b(?:a|an|the|and|or|of|to|in|on|for|with|is|are|was|we|i|you|it|my|our|your|how|why|what)\b/i.test(text)) {
      dropped.set(index, 'tags')
      continue
    }
    // (Or one to a line, "ESP32" / "ESP-IDF" / "RainMaker", a block of two to eight under the date; one of three or more may
    // read as a name, "Me/Cfs" / "Long Covid" / "Science" / "Norway".)
    let end = index
    while (dated && end < lines.length && !lines[end]!.blank) end++
    const block = lines.slice(index, end)
    if (block.length >= 2 && block.length <= 8 && block.every((other) => countWords(other.text) <= 3 && !/[.,;:!?]$/.test(other.text.trim()) && !parseByline(other.text)) && block.filter((other) => isBareName(other.text.trim())).length <= (block.length >= 3 ? 1 : 0)) {
      for (let at = index; at < end; at++) dropped.set(at, 'tags')
      previous = lines[end - 1]
      index = end - 1
      continue
    }
    // (Or over the byline, a title block's categories in lower case: "research article" / "scicom" / "Author" / "Jewel Johnson".)
    let last = index
    while (!dated && seen <= 12 && last < lines.length && !lines[last]!.blank) last++
    const over = last > index ? lines.findIndex((other, at) => at >= last && !other.blank) : -1
    const signed = over !== -1 && (parseByline(lines[over]!.text)?.byline !== undefined || /^authors?:/i.test(lines[over]!.text))
    if (signed && last - index <= 4 && lines.slice(index, last).every((other) => countWords(other.text) <= 3 && /^\p{Ll}[\p{Ll}\d -]*$/u.test(other.text.trim()))) {
      for (let at = index; at < last; at++) dropped.set(at, 'tags')
      previous = lines[last - 1]
      index = last - 1
      continue
    }
    // (A picture's caption under the paragraph that points at it, "…as shown in the image below." / "A comparison of chaos
    // engineering tools": the picture is gone, its caption heads nothing.)
    if (above && /\b(?:shown|see|as in|illustrated|depicted) (?:in )?the (?:image|diagram|figure|chart|screenshot|picture|graph|illustration)(?: below)?\b/i.test(above.text) && countWords(text) <= 12 && !/[.!?:]$/.test(text.trim()) && lines[index - 1]?.blank && (lines[index + 1]?.blank ?? true)) {
      dropped.set(index, 'caption')
      continue
    }
    // (A sidebar's one link at the top, "Previous post" under the date, goes alone: it had titled every slide; so does one
    // with its arrow and its post's title, "« Previous: RADAR Program Exploration…".)
    if (postNeighbour.test(text.trim()) && ((seen <= 8 && /\b(?:post|article|entry|story)\b/i.test(text)) || /^[«‹←]\s*\p{L}+[^:]*:/u.test(text.trim()))) {
      dropped.set(index, 'navigation')
      continue
    }
    // Block rules.
    // (In the article's second half only, and named as a post's or beside another such label: "Next" alone may head the body.)
    if (postNeighbour.test(text.trim()) && seen > content / 2 && (/\b(?:post|article|entry|story)\b/i.test(text) || lines.slice(index + 1).some((other) => !other.blank && postNeighbour.test(other.text.trim())))) {
      const short = (next: SourceLine): boolean => countWords(next.text) <= 14 && !endsSentence(next.text)
      const last = dropBlock(lines, index, 'navigation', dropped, short)
      // (The post's title may stand after a blank line under its label.)
      const title = last === index ? lines.findIndex((other, at) => at > index && !other.blank) : -1
      const titled = title !== -1 && short(lines[title]!)
      if (titled) dropped.set(title, 'navigation')
      index = titled ? title : last
      continue
    }
    if (contactMarker.test(text) && countWords(text) <= 20) {
      index = dropBlock(lines, index, 'contact', dropped, (next) => countWords(next.text) <= 15)
      continue
    }
    if (own === 'share') {
      // (Their names on one line too: "X Facebook LinkedIn Bluesky".)
      index = dropBlock(lines, index, 'share', dropped, (next) => networkLine.test(next.text) || lineBoilerplate(next.text) === 'share' || networkRow(next.text))
      continue
    }
    if (relatedMarker.test(text)) {
      index = dropRelated(lines, index, dropped)
      continue
    }
    // "Tags:" on its own line, and the tags under it ("Linting", "Type Checking").
    // (Or "Category" / "Food" at a page's foot.)
    if ((own === 'tags' && /:\s*$/.test(text)) || /^tags$/i.test(text) || (/^(?:categor(?:y|ies)|topics)$/i.test(text.trim()) && seen > content / 2)) {
      index = dropBlock(lines, index, 'tags', dropped, (next) => countWords(next.text) <= 4 && !/[.!?]$/.test(next.text))
      continue
    }
    // "Subscribe to our newsletter" / "The latest ESLint news, case studies, tutorials, and resources." / "Subscribe".
    if (own === 'subscribe') {
      index = dropBlock(lines, index, 'subscribe', dropped, (next) => lineBoilerplate(next.text) !== undefined || (countWords(next.text) <= 15 && !isHeadlineShaped(next.text)))
      continue
    }
    if (own) {
      dropped.set(index, own)
      continue
    }
    // Two or more network names in a row are a share block without a marker.
    if (networkLine.test(text) && lines[index + 1] && networkLine.test(lines[index + 1]!.text)) {
      index = dropBlock(lines, index, 'share', dropped, (next) => networkLine.test(next.text))
    }
  }
  dropFooterLines(lines, dropped)
  dropNeighbourTitles(lines, dropped)
  dropDocsFoot(lines, dropped)
  // (A closed box's button, last on the page, "Details": it had headed a slide of the page's notes.)
  // (Before the notes the text's own "^[…]" marks were moved to.)
  const last = lines.findLastIndex((line) => !line.blank && !/^\[(?:\^[\w-]+\]:|\d{1,3}\]\s)/.test(line.text))
  if (last > 0 && /^(?:details|show (?:more|details)|more details|expand)$/i.test(lines[last]!.text.trim())) dropped.set(last, 'navigation')
  dropAfterBackToTop(lines, dropped)
  dropFooterMenu(lines, dropped, lang)
  dropSignature(lines, dropped)
  return dropped
}

/**
 * A site menu copied with the article: the first block of the document, of
 * at least three lines of at most three words without final punctuation,
 * one of which is a usual menu entry (`Home`, `About`, `Contact`…); lines that
 * are boilerplate on their own ("Skip to main content") do not count against
 * it. A second short block right after it with a menu entry of its own (a
 * sub-menu: `Blog` / `Adopters`, or the site's section alone: `Blog`) goes too.
 */
function findMenu(lines: readonly SourceLine[]): number[] {
  const found: number[] = []
  let start = 0
  for (let block = 0; block < 2; block++) {
    while (start < lines.length && lines[start]!.blank) start++
    let end = start
    while (end < lines.length && !lines[end]!.blank) end++
    const entries = lines.slice(start, end).filter((line) => !lineBoilerplate(line.text))
    const short = entries.every((line) => countWords(line.text) <= 3 && !/[.,;:!?]$/.test(line.text))
    // The second block may be a single entry: the section of the site ("Blog") under its menu.
    const lone = block === 1 && entries.length === 1 && menuWord.test(entries[0]!.text)
    // A usual entry ("Home", "Blog"), or two of a project site's ("Install", "Learn", "Governance").
    const menu = entries.some((line) => menuWord.test(line.text)) || entries.filter((line) => siteWord.test(line.text)).length >= 2
    if ((entries.length < (block === 0 ? 3 : 2) && !lone) || !short || !menu) {
      // A menu run into the title and the text (a page copied without blank lines): the short lines up to its last entry.
      if (block === 0) return menuRun(lines, start)
      break
    }
    for (let index = start; index < end; index++) found.push(index)
    start = end
  }
  return found
}

/** A link of an author's card: "LinkedIn", "GitHub", "Email", "Website". */
const cardLink = /^(?:linkedin|github|gitlab|codeberg|sourcehut|e-?mail|twitter|x|mastodon|bluesky|threads|signal|telegram|matrix|discord|website|homepage|rss|rss feed|feed|instagram|youtube|stack overflow|orcid|google scholar|keybase)$/i

/**
 * The author's card a blog's sidebar puts before the article ("Ahmad Shabibul Hossain" / "Converting ☕️ into code since
 * 2007 👨‍💻" / "Toronto, Canada" / "LinkedIn" / "GitHub" / "Email"): a block of short lines in the page's first thirty, a
 * name over lines two of which at least are its links (or a row of them, "Website Twitter GitHub Mastodon"). First on the
 * page it goes whole (it had titled the talk with the author's name); under the title its name stays, the byline.
 */
function authorCard(lines: readonly SourceLine[]): number[] {
  const found: number[] = []
  for (let start = 0; start < Math.min(lines.length, 30); start++) {
    if (lines[start]!.blank || (start > 0 && !lines[start - 1]!.blank)) continue
    // (A link of its own counts one; a row of them, "Website Twitter GitHub Mastodon", two.)
    const linksIn = (text: string): number => (cardLink.test(text) ? 1 : text.split(/\s+/).length >= 2 && text.split(/\s+/).every((word) => cardLink.test(word)) ? 2 : 0)
    // (Its lines may stand a blank line apart, "Brian "bex" Exelbierd" / "Upstream Linux. Open source politics…" / "Brno,
    // Czech Republic" / "Mastodon" / "Signal" / "GitHub": up to three short blocks before its links.)
    // (Only under a name of two words or more: "Gardens" / "Gardens are good…" / "Share this:" / … is a post and its share block.)
    let end = start
    for (let blocks = lines[start]!.text.trim().split(/\s+/).length >= 2 ? 0 : 3; ; blocks++) {
      while (end < lines.length && !lines[end]!.blank) end++
      let next = end
      while (next < lines.length && lines[next]!.blank) next++
      if (lines.slice(start, end).reduce((count, line) => count + linksIn(line.text.trim()), 0) >= 2 || blocks >= 3 || next - end > 1 || next >= lines.length) break
      end = next
    }
    const card = lines.slice(start, end).filter((line) => !line.blank)
    const links = card.reduce((count, line) => count + linksIn(line.text.trim()), 0)
    if (card.length < 2 || card.length > 12 || !looksLikeName(card[0]!.text.trim()) || card.some((line) => countWords(line.text) > 16) || links < 2) continue
    const first = !lines.slice(0, start).some((line) => !line.blank)
    for (let at = first ? start : start + 1; at < end; at++) if (!lines[at]!.blank) found.push(at)
  }
  return found
}

/**
 * The menu at the top of a page copied without blank lines: of the first
 * dozen lines, those up to the last usual menu entry (`Menu`, `Search`,
 * `Home`, `News`…) when at least two are there and every line up to it is
 * short (the site's name and tagline, menu entries), else none.
 */
function menuRun(lines: readonly SourceLine[], start: number): number[] {
  let last = -1
  let entries = 0
  for (let index = start; index < Math.min(lines.length, start + 12); index++) {
    const text = lines[index]!.text
    // (After a menu word, a personal site's entries too: "About" / "Blog" / "Talks" / "Projects".)
    const navigation = menuWord.test(text) || lineBoilerplate(text) === 'navigation' || (entries > 0 && siteWord.test(text) && !lines[index - 1]!.blank)
    if (!navigation && (countWords(text) > 6 || /[.,;:!]$/.test(text))) break
    if (navigation) {
      entries++
      last = index
    }
  }
  if (entries < 2) return []
  return Array.from({ length: last - start + 1 }, (_, offset) => start + offset)
}

/** Drop the marker at `from` (for `markReason`) and every non-blank line after it (for `restReason`). */
function dropTail(
  lines: readonly SourceLine[],
  from: number,
  markReason: DropReason,
  restReason: DropReason,
  dropped: Map<number, DropReason>
): void {
  dropped.set(from, markReason)
  for (let index = from + 1; index < lines.length; index++) {
    if (!lines[index]!.blank) dropped.set(index, restReason)
  }
}

/** Drop the marker at `from` and the following non-blank lines that pass `keep`; returns the last index handled. */
function dropBlock(
  lines: readonly SourceLine[],
  from: number,
  reason: DropReason,
  dropped: Map<number, DropReason>,
  belongs: (line: SourceLine) => boolean
): number {
  dropped.set(from, reason)
  let index = from + 1
  while (index < lines.length && !lines[index]!.blank && belongs(lines[index]!)) {
    dropped.set(index, reason)
    index++
  }
  return index - 1
}

/**
 * Drop a `Related Posts` marker and the post titles after it: consecutive
 * headline-shaped lines, unless the last one is followed by prose (then it is
 * a real heading and stays).
 */
function dropRelated(lines: readonly SourceLine[], from: number, dropped: Map<number, DropReason>): number {
  dropped.set(from, 'related links')
  let index = from + 1
  if (lines[index]?.blank) index++
  const titles: number[] = []
  // A title may open with a name in lower case ("rstudio::conf(2020) - Sharing, Caring and Learning").
  const isTitle = (text: string): boolean => isHeadlineShaped(text) || (countWords(text) <= maxHeadingWords && !endsSentence(text) && !/[,;:]$/.test(text))
  while (index < lines.length && !lines[index]!.blank && isTitle(lines[index]!.text) && !lineBoilerplate(lines[index]!.text)) {
    titles.push(index)
    index++
  }
  let next = index
  while (next < lines.length && lines[next]!.blank) next++
  // Prose after the titles makes the last one a heading, unless it is the site's footer: a short line with only
  // boilerplate after it ("Linkerd is a graduated project of the CNCF." / "Copyright © 2026…").
  const footer = next < lines.length && countWords(lines[next]!.text) <= 20 && lines.slice(next + 1).every((line) => line.blank || lineBoilerplate(line.text) !== undefined)
  const followedByProse = next < lines.length && !isHeadlineShaped(lines[next]!.text) && !lineBoilerplate(lines[next]!.text) && !footer
  if (followedByProse && titles.length > 0) titles.pop()
  for (const title of titles) dropped.set(title, 'related links')
  return titles.length > 0 ? titles[titles.length - 1]! : from
}

/**
 * A site's header above the post's title ("← Home" / "Personal website of Martin Tournoij…" / "Contact at …" / "Why
 * GoatCounter ignores Do Not Track" / "Written on 4 Jan 2020"): when a headline-shaped line among the first eight stands
 * over its date line, the lines above it that are no headline (links, a sentence about the site) are the page's, not the
 * article's. The talk had been "Untitled".
 *
 * @param lines All lines of the document.
 */
function siteHeader(lines: readonly SourceLine[]): number[] {
  const content = lines.flatMap((line, index) => (line.blank ? [] : [index])).slice(0, 10)
  // (A site's name over the word "blog" is its header: "Racket" / "blog" had titled the talk "Racket".)
  if (content.length >= 4 && /^(?:the )?(?:blog|weblog|news|journal)$/i.test(lines[content[1]!]!.text.trim()) && countWords(lines[content[0]!]!.text) <= 3) return content.slice(0, 2)
  const at = content.findIndex((index, position) => position >= 2 && position <= 8 && isHeadlineShaped(lines[index]!.text) && parseByline(lines[content[position + 1] ?? -1]?.text ?? '')?.date !== undefined && !parseByline(lines[index]!.text))
  if (at === -1) return []
  const above = content.slice(0, at)
  // (A site's name over its menu is the header's too: "The Candid Startup" / "Posts Topics Projects About Contact".)
  const menu = (index: number): boolean => lines[index] !== undefined && !lines[index]!.blank && lineBoilerplate(lines[index]!.text) === 'navigation'
  return above.some((index) => isHeadlineShaped(lines[index]!.text) && !menu(index) && !menu(index + 1)) ? [] : above
}

