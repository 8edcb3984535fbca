/**
 * The foot of a copied page, read after the article's own lines: the site's
 * footer menu, its lines under "Back to top" or over the copyright line, and
 * the links to the posts either side.
 */
import { lineBoilerplate, type DropReason } from './boilerplate-lines.js'
import { countWords, endsSentence, type SourceLine } from './lines.js'
import { parseByline } from './byline.js'

/** Lines of a site's footer menu ("Privacy policy", "FOIA requests", "Contact us | Privacy | Accessibility | USA.gov"). */
const footerEntry =
  /^(?:privacy(?: policy| notice)?|accessibility(?: support| statement)?|contact(?: us)?|terms(?: of (?:use|service))?|terms and conditions|foia(?: requests)?|about(?: us| gsa)?|sitemap|site map|cookies?(?: policy| settings)?|usa\.gov|no fear act(?: data)?|office of the inspector general|performance reports|legal|imprint|impressum|careers|press|code of conduct|licen[cs]es?|terms and policies|all policies|security disclosures?|rss|social|documentation|logo policy(?: and media guide)?)$/i

/**
 * The footer at the end of a copied page: from the end back to the last
 * line of prose, a run of short lines (the site's name, its menu, "Topics"
 * and the topics, "Share this", "Please contact … with questions",
 * "Last updated: …") holding at least two footer menu entries or a menu on
 * one line. The run goes whole.
 */
export function dropFooterMenu(lines: readonly SourceLine[], dropped: Map<number, DropReason>, lang: string): void {
  const run: number[] = []
  let entries = 0
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!
    if (line.blank) continue
    const own = dropped.get(index) ?? lineBoilerplate(line.text, lang)
    const short = countWords(line.text) <= 12 && (!/[.!]$/.test(line.text) || /@|\bcontact\b|\bupdated\b/i.test(line.text) || (countWords(line.text) <= 3 && /!$/.test(line.text)))
    if (!own && !short) break
    run.push(index)
    // (Or the site's own lines at the foot: a share row, "Subscribe to new posts", the copyright.)
    if (footerEntry.test(line.text) || (own === 'navigation' && /[|·•]/.test(line.text)) || own === 'share' || own === 'subscribe' || own === 'copyright') entries++
  }
  if (entries < 2 && !run.some((index) => /[|·•]/.test(lines[index]!.text) && footerEntry.test(lines[index]!.text.split(/\s*[|·•]\s*/)[0]!))) return
  for (const index of run) if (!dropped.has(index)) dropped.set(index, 'footer')
}

/**
 * The site's lines under a "Back to top" link near the end of the page
 * ("Digital.gov is a service of the U.S. General Services Administration"):
 * at most three short lines, then the page ends.
 */
export function dropAfterBackToTop(lines: readonly SourceLine[], dropped: Map<number, DropReason>): void {
  const mark = lines.findLastIndex((line) => /^back to top$/i.test(line.text))
  if (mark === -1) return
  const rest = lines.map((line, index) => ({ line, index })).filter(({ line, index }) => index > mark && !line.blank && !dropped.has(index))
  if (rest.length === 0 || rest.length > 3 || rest.some(({ line }) => countWords(line.text) > 20)) return
  for (const { index } of rest) dropped.set(index, 'footer')
}

/**
 * The site's own lines just before its copyright line, when page furniture
 * (a share block, related links) comes before them: "Linkerd is a graduated
 * project of the Cloud Native Computing Foundation." / "Copyright © 2026…".
 */
export function dropFooterLines(lines: readonly SourceLine[], dropped: Map<number, DropReason>): void {
  const copyright = lines.findIndex((line, index) => dropped.get(index) === 'copyright')
  if (copyright === -1) return
  const block: number[] = []
  let index = copyright - 1
  for (; index >= 0; index--) {
    const line = lines[index]!
    if (line.blank) continue
    if (dropped.has(index)) break
    if (countWords(line.text) > 20 || block.length >= 2) return
    block.push(index)
  }
  if (index < 0 || block.length === 0) return
  for (const at of block) dropped.set(at, 'footer')
}

/**
 * The links to the posts either side at the end of a page, one to a line
 * with their arrows: "« DNS TTLs and web spiders" / "Introducing 2ping »".
 * Among the last five lines with words, a short line that is no sentence,
 * opening on "«", "‹" or "←" or closing on "»", "›" or "→", goes; so do the
 * short lines after it to the end ("Git source • Ryan Finnie"): the site's.
 *
 * @param lines All lines of the document.
 * @param dropped The lines dropped so far; the links are added to it.
 */
export function dropNeighbourTitles(lines: readonly SourceLine[], dropped: Map<number, DropReason>): void {
  const last = lines.flatMap((line, index) => (line.blank || dropped.has(index) ? [] : [index])).slice(-5)
  const link = (text: string): boolean => countWords(text) <= 14 && (/^[«‹←]\s*\S/.test(text) || /\S\s*[»›→]$/.test(text)) && !endsSentence(text.replace(/\s*[»›→]$/, ''))
  const first = last.findIndex((index) => link(lines[index]!.text.trim()))
  if (first === -1) return
  const rest = last.slice(first)
  if (rest.some((index) => !link(lines[index]!.text.trim()) && (countWords(lines[index]!.text) > 8 || endsSentence(lines[index]!.text)))) return
  for (const index of rest) dropped.set(index, link(lines[index]!.text.trim()) ? 'navigation' : 'footer')
}

/** A documentation site's foot: "Edit this page", "Last updated on May 23, 2025…". */
const docsFootMark = /^(?:edit this page(?: on \w+)?|improve this page)$/i

/**
 * The foot a documentation site puts after its article: from its "Edit this page" or "Last updated on…" line among the
 * page's last twenty-five lines with words, the short lines after it ("On this page" and its headings, "Previous" /
 * "« Debt", a sign-up box: "Start with Checkly for free" / "Monitor your stack…" / "Sign up") go; so do the titles of the
 * pages either side just before it, a block of one or two short lines under the article's last paragraph ("Incident
 * Management Challenges" / "Anatomy of a Status Page"), which had made the talk's last slides.
 *
 * @param lines All lines of the document.
 * @param dropped The lines dropped so far; the foot is added to it.
 */
export function dropDocsFoot(lines: readonly SourceLine[], dropped: Map<number, DropReason>): void {
  const words = lines.flatMap((line, index) => (line.blank ? [] : [index])).slice(-25)
  const mark = words.find((index) => docsFootMark.test(lines[index]!.text.trim()) || dropped.get(index) === 'update note' || lineBoilerplate(lines[index]!.text) === 'update note')
  if (mark === undefined) return
  const after = words.filter((index) => index > mark)
  if (after.some((index) => countWords(lines[index]!.text) > 12)) return
  for (const index of [mark, ...after]) if (!dropped.has(index)) dropped.set(index, 'footer')
  // The neighbours' titles: a block right above the mark's, its lines short and no sentence, under a line of prose.
  let start = mark - 1
  while (start >= 0 && lines[start]!.blank) start--
  const end = start
  while (start > 0 && !lines[start - 1]!.blank) start--
  const block = lines.slice(start, end + 1)
  let above = start - 1
  while (above >= 0 && lines[above]!.blank) above--
  const prose = above >= 0 && endsSentence(lines[above]!.text) && countWords(lines[above]!.text) >= 8
  if (block.length >= 1 && block.length <= 2 && prose && block.every((line) => countWords(line.text) <= 8 && !endsSentence(line.text) && !/[:,;]$/.test(line.text.trim()) && /^\p{Lu}/u.test(line.text.trim()))) {
    for (let index = start; index <= end; index++) if (!dropped.has(index)) dropped.set(index, 'navigation')
  }
}

/**
 * The writer's name and the post's date set under the last paragraph ("Brandon" / "August 22, 2017"), when only the
 * page's furniture follows them: the byline again, which had made a slide of its own before "Questions?".
 *
 * @param lines All lines of the document.
 * @param dropped The lines dropped so far; the two lines are added to it.
 */
export function dropSignature(lines: readonly SourceLine[], dropped: Map<number, DropReason>): void {
  const kept = lines.flatMap((line, index) => (line.blank || dropped.has(index) ? [] : [index]))
  const tail = kept.slice(-3)
  for (const [at, index] of tail.entries()) {
    const next = tail[at + 1]
    if (next === undefined || next !== index + 1) continue
    if (/^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,2}$/u.test(lines[index]!.text.trim()) && parseByline(lines[next]!.text)?.date !== undefined && !parseByline(lines[next]!.text)?.byline && tail.slice(at + 2).every((rest) => countWords(lines[rest]!.text) <= 12)) {
      dropped.set(index, 'footer')
      dropped.set(next, 'footer')
      return
    }
  }
}
