/**
 * The shape of a talk around an article's condensed slides: an agenda of its
 * sections after the title (and the overview), and a closing "Questions?"
 * slide.
 */
import type { BlockContent, Heading, ListItem, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { faceHeight } from './face-height.js'
import type { SlideMetrics } from './slide-metrics.js'
import { isOpeningTitle, isOverview, isOverviewTopic } from './topic-titles.js'
import { closingLine, signOffHeading } from './closing-line.js'
import { compressSentence } from './compress.js'
import { shownKey } from './shown-bullets.js'
import { foldAddressSlides } from './address-slides.js'
import { foldBackMatterFoot } from './back-matter-foot.js'
import { foldBackMatter, isBackMatter, foldEmptyEnd, foldEmptyOpening, foldEmptySections, foldLinkRun } from './back-matter.js'
import { isTitleSlide } from '../markdown/fit-slide.js'
import type { DeckConfig, Slide } from '../types.js'
import { isContinued, withoutContinued } from './continued.js'


/** Sections at least this many make an agenda slide worth having (three in a talk of `longTalk` slides). */
const agendaSections = 4
/** Slides of a talk long enough that three parts want an agenda. */
const longTalk = 20
/** Most entries an agenda has (in two columns when more than the slide's bullets and short). */
const agendaEntries = 7
/** Most entries an agenda of names (a word or two each) has. */
const namedEntries = 10

function slideHeading(node: RootContent, parts = false): string | undefined {
  if (node.type !== 'slide' && node.type !== 'slideStack') return undefined
  const slide = node.type === 'slideStack' ? node.children[0] : node
  const heading = slide?.children.find((child): child is Heading => child.type === 'heading')
  if (parts && heading?.data?.subsection) return undefined
  return heading ? toString(heading) : undefined
}

/** The title of the section a slide belongs to: its heading without "(cont.)". */
function sectionTitle(node: RootContent): string {
  return withoutContinued(slideHeading(node) ?? '')
}

/**
 * Lectern's "Introduction" over an article's lede is its "Overview" when the article's first section is its own
 * "Introduction": two slides of one title in a row (a case study's summary, then its introduction).
 */
function retitleOverview(children: readonly RootContent[]): void {
  const headings = children.map((node) => (node.type === 'slide' ? node.children.find((child): child is Heading => child.type === 'heading') : undefined))
  const at = headings.findIndex((heading) => isOverview(heading) && toString(heading!) === 'Introduction')
  const next = headings.slice(at + 1).find((heading) => heading === undefined || !isOverview(heading))
  if (at !== -1 && next && toString(next) === 'Introduction') headings[at]!.children = [{ type: 'text', value: 'Overview' }]
}

function plainSlide(className: string, heading: string, body: BlockContent[]): Slide {
  return { type: 'slide', data: { attributes: { class: className } }, children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] }, ...body] }
}

/** Sections that open a talk before its agenda (a summary first is a tl;dr; at the end it is the talk's conclusion). */
const openingSection = /^(?:abstract|summary|in summary|tl;? ?dr|overview|introduction|preface|foreword)\s*:?$/i

/** Words in an agenda entry short enough for two columns. */
const shortEntryWords = 6

/**
 * How the agenda lays out `sections`: one slide when they fit `maxBullets`;
 * one slide in two columns for up to seven short entries, or ten names; none for fewer than
 * four sections or more than that (an agenda of fifteen FAQ questions, or of
 * twelve headings with five years among them, helps nobody).
 */
function agendaLayout(sections: readonly string[], maxBullets: number, slides: number): { perSlide: number; columns: boolean } | undefined {
  const count = sections.length
  // (Three parts of a long talk make one too: "1. Core legal framework analysis", "2. …", "3. …" over 45 slides.)
  if (count < (slides >= longTalk ? 3 : agendaSections)) return undefined
  if (count <= maxBullets) return { perSlide: count, columns: false }
  // (Two blind reviews found agendas of nine and twelve entries, years and all, no help: seven at most, in two columns when short.)
  if (count <= agendaEntries && sections.every((heading) => heading.split(/\s+/).length <= shortEntryWords)) return { perSlide: count, columns: true }
  // (Seven of a line each in one column: "Packaged ride from Cat Ba to Hanoi", "Bus ride to Dien Bien Phu"… had had no agenda.)
  if (count <= agendaEntries && sections.every((heading) => heading.split(/\s+/).length <= 8 && heading.length <= 40)) return { perSlide: count, columns: false }
  // (Up to ten names of a word or two, "Katerina", "Dani", … "Jacqueline", are the talk's speakers: one short slide.)
  if (count <= namedEntries && sections.every((heading) => heading.split(/\s+/).length <= 2 && /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?$/u.test(heading))) return { perSlide: count, columns: true }
  return undefined
}

/**
 * Give a condensed article the shape of a talk: an agenda of its sections
 * (on as many pages as the slide holds them) after the title (and the
 * overview) when it has four or more (front matter
 * `agenda: false` turns it off), and a closing "Questions?" slide with the
 * title and author when there are sections or three slides at least, after
 * the article's closing sentence when no face shows it (`closing-line.ts`;
 * `closing: false` turns both off); its back matter folded first.
 */
export function talkShape(condensed: RootContent[], config: DeckConfig, metrics: SlideMetrics): RootContent[] {
  const author = typeof config.author === 'string' ? config.author : undefined
  // Reading lists keep one slide; credits and footnotes go to the notes (`back-matter.ts`).
  const children = foldAddressSlides(foldEmptySections(foldEmptyOpening(foldLinkRun(foldEmptyEnd(foldBackMatterFoot(foldBackMatter(condensed, author), author))))), author)
  for (const node of children) if (node.type === 'slide' && !isTitleSlide(node)) withoutClosingColon(node)
  retitleOverview(children)
  const out = [...children]
  const sections = children
    .filter((node) => !(node.type === 'slide' && isTitleSlide(node)))
    .map((node) => slideHeading(node, true))
    .filter((heading): heading is string => heading !== undefined && !isOpeningTitle(heading) && !isContinued(heading) && !isBackMatter(heading, author))
  // (Nor are the sections that open the talk before the agenda: "Abstract:", then "Introduction"; nor a last "Outro", a
  // blog's word for its sign-off.)
  while (sections.length > 0 && openingSection.test(sections[0]!.trim())) sections.shift()
  if (signOffHeading.test(sections.at(-1)?.trim() ?? '')) sections.pop()
  const layout = config.agenda === false ? undefined : agendaLayout(sections, config.maxBullets, children.filter((node) => node.type === 'slide').length)
  if (layout) {
    // Sections that carry their own numbers ("1. Introduction") are not numbered twice.
    // (Numbered 1, 2, 3… in order, "1) They clear the desk…", they are numbered once, by the list: a bullet had stood before each "1)".)
    const counted = sections.every((heading, at) => new RegExp(`^${at + 1}[.)]\\s+\\S`).test(heading))
    const ordered = counted || !sections.some((heading) => /^\d/.test(heading))
    // An entry as its heading writes it: "Why is only CO<sub>2</sub> shown…" with its subscript, not the tags as text.
    const headings = children.flatMap((node) => (node.type === 'slide' ? node.children.filter((child): child is Heading => child.type === 'heading') : []))
    const entryOf = (value: string): PhrasingContent[] => {
      const heading = headings.find((found) => toString(found) === value && found.children.some((child) => child.type === 'html'))
      return heading ? structuredClone(heading.children) : [{ type: 'text', value }]
    }
    const agendaPages = (perSlide: number, columns: boolean): Slide[] => {
      const pages: Slide[] = []
      for (let start = 0; start < sections.length; start += perSlide) {
        const items: ListItem[] = sections.slice(start, start + perSlide).map((value) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: counted ? [{ type: 'text', value: value.replace(/^\d+[.)]\s+/, '') }] : entryOf(value) }] }))
        pages.push(
          plainSlide(columns ? 'agenda two-columns' : 'agenda', start === 0 ? 'Agenda' : 'Agenda (cont.)', [
            // (Marked for the measured fit, which lays its entries out in two columns: `layout-height.ts`.)
            { type: 'list', ordered, ...(ordered ? { start: start + 1 } : {}), spread: false, children: items, ...(columns ? { data: { hProperties: { className: ['agenda-columns'] } } } : {}) }
          ])
        )
      }
      return pages
    }
    // One column: more pages while one is taller than the slide (two columns hold only short entries).
    let perSlide = layout.perSlide
    let agenda = agendaPages(perSlide, layout.columns)
    while (!layout.columns && perSlide > 1 && agenda.some((page) => faceHeight(page.children as RootContent[], metrics) > metrics.contentHeight)) {
      // Fewer entries each turn: one page more may not lower the count (5 sections, 2 a page), and an entry too tall even alone must not loop.
      perSlide = Math.min(perSlide - 1, Math.ceil(sections.length / (Math.ceil(sections.length / perSlide) + 1)))
      agenda = agendaPages(perSlide, false)
    }
    const title = out.findIndex((node) => node.type === 'slide' && isTitleSlide(node))
    // After the sections that open the talk ("Abstract:", "Introduction", Lectern's overview), their "(cont.)" pages too.
    const opens = (node: RootContent): boolean => {
      const heading = sectionTitle(node)
      return openingSection.test(heading) || isOverviewTopic(node)
    }
    let at = title + 1
    while (at < out.length && opens(out[at]!)) at++
    // An agenda of more than one page is no agenda a speaker shows (a blind review: "11 items over two half-empty slides").
    if (agenda.length === 1) out.splice(at, 0, ...agenda)
  }
  // A talk closes with questions: one with sections, or an essay without headings long enough for two slides or five
  // bullets (a legend told in nine bullets on two slides had ended on its last bullet; a history in five bullets on two
  // slides, its reading list in the notes, too).
  const content = children.filter((node): node is Slide => node.type === 'slide' && !isTitleSlide(node))
  const bullets = content.reduce((sum, slide) => sum + slide.children.reduce((count, node) => count + (node.type === 'list' ? node.children.length : 0), 0), 0)
  if (config.closing !== false && (sections.length > 0 || content.length >= 2 || bullets >= 5)) {
    // The article's closing sentence, when no face shows it, is the talk's last word before the questions: read from the
    // slides before the back matter folded into the last section's notes.
    const line = closingLine(condensed, { isBackMatter: (heading) => isBackMatter(heading, author), maxWords: config.maxWords, lang: config.lang, title: typeof config.title === 'string' ? config.title : undefined, author })
    // (Before the back matter a talk ends on, "References": it had closed a talk after its reading list.)
    let end = out.length
    while (end > 0 && isBackMatter(sectionTitle(out[end - 1]!), author)) end--
    if (line) {
      withoutRepeat(out, end, line, config.maxWords)
      out.splice(end, 0, line)
    }
    const credit = [config.title, config.author].filter((value): value is string => typeof value === 'string' && value !== '')
    const body: BlockContent[] = credit.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }))
    // (Not after the article's own questions for its readers, "## Questions", "Discussion questions": a blind reader of set
    // 299 found two slides of questions in a row.)
    const asks = /^(?:(?:discussion|review|study|reflection|open|further) )?questions\s*[?:]?$/i.test(sectionTitle(out[out.length - 1]!))
    if (!asks) out.push(plainSlide('closing', 'Questions?', body))
  }
  return out
}

/**
 * The closing line's bullet taken off the last slide before it, where the article's last paragraph had given it as the
 * last of two bullets or more, whole or cut short: "The night train will not replace the aeroplane, but it will win back
 * the journeys it was always best at" ended "What Comes Next" and then, whole, closed the talk. The notes keep its sentence.
 *
 * @param slides The talk's slides (the one before `end` changed in place).
 * @param end Where the closing line goes.
 * @param line The closing line's slide.
 * @param maxWords The deck's bullet budget.
 */
function withoutRepeat(slides: RootContent[], end: number, line: Slide, maxWords: number | undefined): void {
  const before = slides[end - 1]
  // (Its last bullet: a "Takeaways" slide gives the thesis first.)
  const lines = line.children.find((child) => child.type === 'list')
  const closing = toString(lines?.type === 'list' ? (lines.children.at(-1) ?? lines) : { type: 'text', value: '' })
  const short = compressSentence(closing, { maxWords: maxWords ?? 14 })?.text
  if (before?.type !== 'slide') return
  const list = before.children.filter((child) => child.type === 'list').at(-1)
  const last = list?.type === 'list' ? list.children.at(-1) : undefined
  // (Nor the closing line cut, "…I hope that people will start focusing on how to change the incentives", the line whole after it.)
  if (list?.type !== 'list' || list.children.length < 2 || !last || (toString(last).trim() !== short?.trim() && !(shownKey(toString(last)).length > 20 && shownKey(closing).startsWith(shownKey(toString(last)))))) return
  list.children = list.children.slice(0, -1)
}

/**
 * A slide's title without the colon a page's heading ends on ("Tutorial Aims:", "Tour Our Resources:", "References:"):
 * on the page it leads into what follows; on a slide it is a stray mark (blind readers of sets 81 and 82).
 *
 * @param slide A slide (changed in place).
 */
function withoutClosingColon(slide: Slide): void {
  const heading = slide.children.find((child): child is Heading => child.type === 'heading')
  if (!heading) return
  // (Before a "(cont.)" too: "Tour Our Resources: (cont.)".)
  const texts = heading.children.filter((child, at, all) => child.type === 'text' && all.slice(at + 1).every((after) => after.type === 'emphasis' || (after.type === 'text' && after.value.trim() === '')))
  const last = texts.find((child) => child.type === 'text' && child.value.trim() !== '')
  if (last?.type === 'text' && /[^:\s]\s*:\s*$/.test(last.value)) last.value = last.value.replace(/\s*:(\s*)$/, '$1')
}
