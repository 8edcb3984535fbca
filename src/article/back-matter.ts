/**
 * The back matter of an article in a talk: what comes after the last
 * section ("Further reading", "Acknowledgments", "Author contributions",
 * "Footnotes"). A blind review found a deck that gave five of its eighteen
 * slides to reading lists and credits. A reading list keeps one slide (its
 * later pages go to that slide's notes); credits, footnotes and notices go to
 * the notes of the last slide before them, where the speaker can say them.
 */
import { countWords } from './clause-grammar.js'
import type { BlockContent, DefinitionContent, Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isCitation } from '../text/lines.js'
import type { Notes, Slide } from '../types.js'
import { attributedQuotation, isQuotation } from './pull-quotes.js'
import { isContinued, withoutContinued } from './continued.js'

/**
 * Headings that are no part of the talk's agenda: a summary before it, and
 * the back matter after it ("tl;dr", "Acknowledgments", "Further reading",
 * "Footnotes", "About the authors", "Notes and references", CarbonPlan's "Documentation", "Note", "Credits" and "Terms", a
 * statistics bulletin's "Background notes and methodology", a press release's "Notes to editors", a report's "Glossary" and
 * "Reviews and Reviewers", a post's "Edit:" over links added later, "Links to other chircollab 2020 projects and posts" (not an "Addendum", which may go on with the story), and the same in Dutch, German, French and Spanish: "Contactinformatie", "Bijlagen"), and the writer's offer
 * of work ("Get help") and an appeal for money ("Donating to Nim", "Support us").
 */
export const backMatter =
  /^(?:(?:next|previous) (?:section|chapter|part|article|post)s?|(?:notes|references|sources|footnotes|endnotes|resources|further reading)(?:(?:,? (?:and|&) |\s*\/\s*)(?:additional |further )?(?:notes|references|sources|footnotes|endnotes|resources|reading|credits|acknowledge?ments))+|tl;? ?dr|translations?|acknowledge?ments?|(?:special |many )?thanks(?: and (?:gratitude|acknowledge?ments))?|thank you|further readings?|(?:(?:additional|more|other|useful|recommended|helpful|external|online|our|tour our|explore our|browse our) )?resources|(?:references(?: cited)?|footnotes|notes?|(?:(?:text|image|photo|picture|figure|cover) )?credits?|bibliography|literature(?: cited)?|works cited|related (?:posts|reading|links|pages|articles|guides)|you (?:may|might) also (?:be interested in|like|enjoy)|read next|what to read next)|terms(?: of (?:use|reuse|service))?|documentation|data(?: sources?| and code| availability)?|code and data|(?:more )?(?:pictures|photos|photographs|images)|(?:photo |image )?gallery|about the authors?|about us|disclaimers?|legal notice|author contributions?|author bios?|authors?|see also|(?:(?:recommended|suggested) )?citations?|updates and corrections|edits?|background notes(?: and methodology)?|notes (?:to|for) editors|editors['’]? notes|technical notes|change ?log|revision history|version history|document history|page history|reuse|licen[cs]e|copyright|(?:learn|find out|read) more(?: about (?:us|me|the authors?|the project|our work))?|more information|further information|(?:useful |external |more )?links|links to (?:other|more|related|further) [^:]{1,60}|contact(?: information| details| us| me)?|get in touch|get help|work with (?:me|us)|hire (?:me|us)|sources|glossary(?: of terms)?|key terms|terminology|(?:reviews and )?reviewers|contributors|advertisements?(?: \([^)]*\))?|(?:donating|donate|donations?)(?: to [^:]{1,40})?|(?:support|sponsor) (?:us|our work|the project|this (?:blog|site|project|work))|become a (?:sponsor|patron|supporter)|connect deeper(?::[^.!?]{0,60})?|next time|coming (?:up )?next(?: time)?|appendix(?: [a-z\d]{1,3})?(?::[^.!?]{0,100})?|cite (?:me|this(?: (?:post|article|page|piece))?)!?|how to cite(?: this)?|(?:let['’]s )?(?:stay (?:connected|in touch)|connect with (?:me|us))|sponsored(?: content| links)?|contactinformatie|contactgegevens|documentatie|bijlagen?|bronnen|literatuur|referenties|dankwoord|kontakt|quellen|literatur|anhang|danksagung|références|remerciements|annexes?|referencias|fuentes|agradecimientos|anexos?)\s*:?$/i

/**
 * Whether a heading names back matter: one of `backMatter`, or the writer's biography ("About me", "About the author",
 * "About Patrick" closing an article by "Patrick Lajeunesse, Digital Transformation Office": a blind reader of set 134
 * found his "20 years" a key figure of the talk), or the writer's name alone over it ("Daniel Armstrong").
 *
 * @param heading The heading's text.
 * @param author The article's author, when known.
 */
export function isBackMatter(heading: string, author?: string): boolean {
  if (backMatter.test(heading.trim())) return true
  // (Or the writer's name alone over the biography: "Daniel Armstrong" closing his article.)
  const about = /^about\s+(.+?)\s*:?$/i.exec(heading.trim())?.[1] ?? (author !== undefined && countWords(heading) >= 2 && author.includes(heading.trim()) ? heading.trim() : undefined)
  if (about === undefined) return false
  if (/^(?:me|the (?:authors?|writers?|speakers?))$/i.test(about)) return true
  const names = new Set((author ?? '').split(/[^\p{L}'’-]+/u).filter((word) => /^\p{Lu}/u.test(word)))
  const words = about.split(/\s+/)
  return words.length <= 3 && words.every((word) => names.has(word))
}

/** Back matter a speaker may show on one slide: where to read on. */
const readingList = /^(?:(?:notes|references|sources|resources|further reading)(?:(?:,? (?:and|&) |\s*\/\s*)(?:additional |further )?(?:notes|references|sources|resources|reading))+|further reading|references|(?:(?:additional|more|other|useful|recommended|helpful|external|online|our|tour our|explore our|browse our) )?resources|bibliography|literature|works cited|related (?:posts|reading|links)|see also|learn more|more information|links to (?:other|more|related|further) [^:]{1,60})\s*:?$/i

/** A glossary at the end: its first page stays, the rest of its terms in that page's notes. */
const glossaryHeading = /^(?:glossary(?: of terms)?|key terms|terminology)\s*:?$/i

/** A slide's heading without its "(cont.)" or a topic after a colon. */
function headingOf(node: RootContent): string | undefined {
  if (node.type !== 'slide') return undefined
  const heading = node.children.find((child): child is Heading => child.type === 'heading')
  // (A later page titled by its own topic, "New York" of a list under "Tour Our Resources:", belongs to the section it continues.)
  return heading ? withoutContinued(heading.data?.continues ?? toString(heading)).replace(/:\s.*$/, '').trim() : undefined
}

/** Whether the faces of a section's slides are mostly works cited: three items or more, four in five of them citations. */
function citesWorks(slides: readonly RootContent[]): boolean {
  const items = slides.flatMap((node) => (node.type === 'slide' ? node.children : [])).flatMap((child) => (child.type === 'list' ? child.children.map((item) => toString(item)) : []))
  return items.length >= 3 && items.filter((item) => isCitation(item)).length * 5 >= items.length * 4
}

/** Words a slide under back matter may hold and still be part of it (a name, an address). */
const shortSlideWords = 25

/** The words a slide shows, its heading and notes left out (none counted for a block that is no slide: `Infinity`). */
function faceWords(node: RootContent): number {
  return node.type === 'slide' ? node.children.filter((child) => child.type !== 'heading' && child.type !== 'notes').reduce((sum, child) => sum + countWords(toString(child)), 0) : Infinity
}

/** Whether a slide holds a few words only, besides its heading. */
function shortSlide(node: RootContent): boolean {
  return node.type === 'slide' && spoken(node).reduce((sum, child) => sum + toString(child).split(/\s+/).filter(Boolean).length, 0) <= shortSlideWords
}

/** Whether a slide shows nothing on its face: its heading only, its words all in its notes. */
function showsNothing(node: RootContent): boolean {
  return node.type === 'slide' && node.children.every((child) => child.type === 'heading' || child.type === 'notes')
}

/** Everything a slide holds but its heading, as notes content: its face, then its notes. */
function spoken(slide: Slide): Array<BlockContent | DefinitionContent> {
  return slide.children.flatMap((child) => (child.type === 'heading' ? [] : child.type === 'notes' ? child.children : [child as BlockContent]))
}

/**
 * Add `content` to the end of a slide's notes, making them when it has none.
 *
 * @param slide The slide (changed in place).
 * @param content What the speaker says, in order.
 */
export function addNotes(slide: Slide, content: Array<BlockContent | DefinitionContent>): void {
  if (content.length === 0) return
  const notes = slide.children.find((child): child is Notes => child.type === 'notes')
  if (notes) notes.children.push(...content)
  else slide.children.push({ type: 'notes', children: content })
}

/**
 * Add a folded slide's words to another slide's notes, under its heading as a paragraph (what the speaker announces).
 *
 * @param slide The slide that takes them (changed in place).
 * @param folded The slide folded away, for its heading.
 * @param content What of it the speaker says.
 */
export function addTitledNotes(slide: Slide, folded: Slide, content: Array<BlockContent | DefinitionContent>): void {
  const title = folded.children.find((child): child is Heading => child.type === 'heading')
  addNotes(slide, [...(title ? [{ type: 'paragraph' as const, children: structuredClone(title.children) }] : []), ...content])
}

/**
 * Fold the trailing back matter of a condensed article: the first page of
 * each reading list stays (its later pages' content goes to its notes);
 * every other back-matter slide goes to the notes of the slide before the
 * back matter. Nothing is lost: every line ends up in some slide's notes.
 *
 * @param children The condensed slides, title slide first.
 * @param author The article's author, when known (for a biography closing it).
 * @returns The slides, back matter folded.
 */
export function foldBackMatter(children: readonly RootContent[], author?: string): RootContent[] {
  let start = children.length
  // (A section of works cited under a heading of its own, "Further Research" over twelve papers, is a reading list too,
  // its pages together: a long citation is a page of its own.)
  const pages = (heading: string | undefined): RootContent[] => (heading === undefined ? [] : children.filter((node) => headingOf(node) === heading))
  // (And a sub-section of back matter, raised to a slide of its own: "On the Horsfields", "General histories of Mandate
  // Palestine…" under "References/Further Reading" had made eleven slides of works cited.)
  const subsection = (node: RootContent | undefined): boolean => node?.type === 'slide' && node.children.some((child) => child.type === 'heading' && child.data?.subsection === true && child.data.continues === undefined && child.data.overviewTopic !== true)
  const continued = (node: RootContent | undefined): boolean => node?.type === 'slide' && node.children.some((child) => child.type === 'heading' && isContinued(toString(child)))
  const partOf = (at: number): number => {
    let part = at
    while (part > 0 && (subsection(children[part]) || continued(children[part]))) part--
    return part
  }
  // (Or a slide of a few words whose sub-headings are back matter: "Latimer Core Guidance Documentation" over "Citation" and
  // a line of where to suggest changes, a page's foot copied after its references.)
  // (Or any slide that opens on such a sub-heading: "Conclusion (cont.)" over "Learn More About Us" and a club's three links.)
  const footed = (node: RootContent | undefined): boolean => node?.type === 'slide' && node.children.some((child, index, all) => index > 0 && child.type === 'heading' && isBackMatter(toString(child), author) && (shortSlide(node) || all.slice(0, index).every((before) => before.type === 'heading')))
  // (Not a summary's: "TL;DR" over the rest of an interview, its headings read a level lower, had folded the whole talk away.)
  // (The writer's name is back matter only as the whole heading: "Greg Bunce: What about imagery?", an interviewer's question,
  // had folded a whole interview into one slide's notes.)
  const named = (at: number): boolean => {
    const heading = headingOf(children[at]!) ?? ''
    const whole = children[at]!.type === 'slide' ? toString((children[at] as Slide).children.find((child) => child.type === 'heading') ?? { type: 'text', value: '' }).trim() : ''
    return isBackMatter(heading, author) && (isBackMatter(heading) || /^about\s/i.test(heading) || !whole.startsWith(`${heading}:`))
  }
  const isBack = (at: number): boolean => at >= 0 && (named(at) || citesWorks(pages(headingOf(children[at]!))) || (subsection(children[at]) && isBackMatter(headingOf(children[partOf(at)]!) ?? '', author) && !/^tl;? ?dr\s*:?$/i.test(headingOf(children[partOf(at)]!) ?? '')) || footed(children[at]))
  // (And a short slide right after back matter: "John McLaughlin" / "Email: …" under "Contact Information".)
  // (Or one that shows nothing, its lines all for the notes: "Seeing Ancient Stars" / "Kepler Manuscript: Library of
  // Congress, Tabvlæ Rudolphinæ, 1627" after "Further Reading and References".)
  // (Or two, "Next: Old Buildings for a New Economy" and an empty "Main" of a site's template after "Additional Resources".)
  const slight = (at: number): boolean => at >= 0 && (shortSlide(children[at]!) || showsNothing(children[at]!))
  while (start > 0 && (isBack(start - 1) || (slight(start - 1) && (isBack(start - 2) || (slight(start - 2) && isBack(start - 3)))))) start--
  // (A closing gallery goes whole: "Pictures" over its captions, each copied as a line of its own and read as a heading.)
  const gallery = children.findLastIndex((node) => /^(?:more )?(?:pictures|photos|photographs|images)$|gallery$/i.test(headingOf(node) ?? ''))
  if (gallery > 0 && gallery < start && children.slice(gallery + 1, start).every((node) => faceWords(node) <= shortSlideWords)) start = gallery
  while (start > 0 && isBack(start - 1)) start--
  // Not an article of back matter only, and nothing to fold without any.
  const anchor = children[start - 1]
  if (start === children.length || !anchor || anchor.type !== 'slide') return [...children]
  const kept: RootContent[] = children.slice(0, start).map((node) => structuredClone(node))
  const before = kept[kept.length - 1] as Slide
  let list: Slide | undefined
  let listHeading: string | undefined
  // (A glossary keeps a slide of its own beside the reading list: "Glossary" had taken "Additional Resources" into its notes.)
  let glossary: Slide | undefined
  // (The entries the reading list's pages show, and how many are works cited.)
  const entries = { all: 0, shown: 0, cited: 0 }
  for (const node of children.slice(start) as Slide[]) {
    const heading = headingOf(node)!
    if (glossaryHeading.test(heading) && spoken(node).length > 0 && !showsNothing(node)) {
      if (glossary) addNotes(glossary, spoken(node))
      else kept.push((glossary = structuredClone(node)))
      continue
    }
    // (An empty reading list, "Learn More" whose links were not copied, is no slide.)
    // (Nor one whose works all went to the notes: a slide of its heading alone.)
    if ((readingList.test(heading) || citesWorks(pages(heading))) && spoken(node).length > 0 && !showsNothing(node)) {
      const items = node.children.flatMap((child) => (child.type === 'list' ? child.children.map((item) => toString(item)) : []))
      entries.all += items.length
      entries.shown += list ? 0 : items.length
      entries.cited += items.filter((item) => isCitation(item)).length
      if (list && listHeading === heading) addNotes(list, spoken(node))
      // (A second reading list, "References" after "Further Reading", goes to the first one's notes: one slide of reading.)
      else if (list) addTitledNotes(list, node, structuredClone(spoken(node)))
      else {
        list = structuredClone(node)
        listHeading = heading
        kept.push(list)
      }
      continue
    }
    addTitledNotes(before, node, structuredClone(spoken(node)).map((each) => (each.type === 'paragraph' ? { ...each, data: { ...each.data, backMatter: true } } : each)))
  }
  // A bibliography the slide shows less than half of ("Bradley & Gordon 1988" and one more, of sixteen) goes to the notes
  // whole: blind readers of sets 84 and 87 found two arbitrary works cited no slide. A list of links to read stays.
  // (So does a list of the works the article cited, under a heading that says so ("Works Cited", "References Cited"): three
  // blind readers of sets 93, 97 and 98 found its addresses and fragments no slide, and a speaker names sources aloud.)
  const worksCited = listHeading !== undefined && /^(?:references cited|works cited|bibliography|literature cited)\s*:?$/i.test(listHeading)
  if (list && ((entries.all >= 6 && entries.shown * 2 < entries.all && entries.cited * 5 >= entries.all * 4) || worksCited)) {
    kept.splice(kept.indexOf(list), 1)
    addTitledNotes(before, list, structuredClone(spoken(list)))
  }
  return kept
}

/**
 * Fold the last section when it shows nothing — a heading whose section went wholly to the notes (an "Epilogue" of
 * pictures the deck cannot show, with their captions, and nothing else) — into the notes of the slide before, under its heading: an
 * empty divider before "Questions?" says nothing to the audience.
 *
 * @param children The condensed slides, title slide first.
 * @returns The slides, an empty last section folded.
 */
export function foldEmptyEnd(children: readonly RootContent[]): RootContent[] {
  const [previous, last] = children.slice(-2)
  if (children.length < 2 || previous?.type !== 'slide' || last?.type !== 'slide' || last.data?.attributes?.class?.includes('title-slide')) return [...children]
  const heading = last.children.find((child): child is Heading => child.type === 'heading')
  const empty = showsNothing(last)
  // (Nor a quotation that is its own slide's title: "Teaching is theater not cinema - Neal Davis".)
  const quotation = heading !== undefined && (attributedQuotation(toString(heading)) !== undefined || isQuotation(toString(heading)))
  if (!empty || quotation || heading?.depth !== 2) return [...children]
  // (Only pictures and their captions: a section of names, "Contributors", or "Appendix B: Acknowledgements" stays.)
  const notes = spoken(last)
  const words = (child: RootContent): number => toString(child, { includeHtml: false }).split(/\s+/).filter(Boolean).length
  const picture = (child: RootContent): boolean => child.type === 'paragraph' && child.children.some((part) => part.type === 'image' || (part.type === 'html' && /<img\b/i.test(part.value))) && words(child) <= 30
  // (A line of a few words beside them, "Put some pictures", says nothing more.)
  // (Or nothing at all, its words a site's template the source lost: "Build photo album" over an album's shortcode.)
  if (notes.length > 0 && (!notes.some(picture) || !notes.every((child) => picture(child) || (child.type === 'paragraph' && words(child) <= 5)))) return [...children]
  addTitledNotes(previous, last, structuredClone(notes))
  return children.slice(0, -1)
}

/**
 * Fold a page's list of links to related stories closing a copied article — two or more titles in a row with nothing
 * under them ("OA-Monitoring 2021", "OA-Monitoring 2020", "OA-Monitoring 2018-2019"), the last perhaps over a line or
 * two ("Data, text and code of this data story are available on Github…") — into the notes of the slide before them,
 * under their titles: blind readers of set 58 found three empty dividers before "Questions?".
 *
 * @param children The condensed slides, title slide first.
 * @returns The slides, a closing run of empty titles folded.
 */
export function foldLinkRun(children: readonly RootContent[]): RootContent[] {
  let start = children.length
  // (The last may hold a line or two.)
  if (start > 0 && faceWords(children[start - 1]!) <= shortSlideWords && !showsNothing(children[start - 1]!)) start--
  while (start > 0 && showsNothing(children[start - 1]!) && countWords(headingOf(children[start - 1]!) ?? '') <= 6) start--
  const run = children.slice(start).filter((node): node is Slide => node.type === 'slide')
  const before = children[start - 1]
  if (run.filter(showsNothing).length < 2 || before?.type !== 'slide' || before.data?.attributes?.class?.includes('title-slide')) return [...children]
  for (const slide of run) addTitledNotes(before, slide, structuredClone(spoken(slide)))
  return children.slice(0, start)
}

/** Whether a block is a picture: an image, alone or with a link, or an `<img>`. */
function isPicture(node: BlockContent | DefinitionContent): boolean {
  if (node.type === 'html') return /<img\b/i.test(node.value)
  return node.type === 'paragraph' && node.children.some((child) => child.type === 'image' || child.type === 'imageReference' || (child.type === 'link' && child.children.some((inner) => inner.type === 'image')))
}

/** Titles that name a kind of text, not a topic or a part: a section of that name with nothing in it is a template's. */
const contentKinds = /^(?:summary|abstract|overview|introduction|extended|details|main|body|content|contents|excerpt|preview|teaser|description|cover|gallery|records)\s*:?$/i

/** Titles that name a picture. */
const pictureNames = /\b(?:screenshots?|photo(?:graph)?s?|images?|pictures?|illustrations?|diagrams?)\s*$/i

/**
 * Fold a section that holds nothing at all, its heading right over another of the same rank, into the notes of the slide
 * after it, when its title promises content it does not have: a kind of text ("## Summary" over "## Extended" in a site's
 * template), a picture ("The Budget Key homepage screenshot", the picture not copied), or the title of the slide before
 * it again ("Screener" twice), or a topic's word or two ("## Publishing" over "## Analysis"). A divider the writer set
 * between parts ("## Part two" over "## The numbers") stays; so does a part's heading over its own sub-sections.
 *
 * @param children The condensed slides, title slide first.
 * @returns The slides, sections without a word folded.
 */
export function foldEmptySections(children: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = []
  let pending: Slide | undefined
  for (const [at, node] of children.entries()) {
    const next = children[at + 1]
    const heading = node.type === 'slide' ? node.children.find((child): child is Heading => child.type === 'heading') : undefined
    const nextHeading = next?.type === 'slide' ? next.children.find((child): child is Heading => child.type === 'heading') : undefined
    const empty = node.type === 'slide' && heading !== undefined && node.children.length === 1 && !node.data?.attributes?.class?.includes('title-slide')
    const title = heading ? toString(heading).trim() : ''
    // (Or a topic's word or two, not a part's: "## Publishing" over "## Analysis", a part the writer never wrote; a
    // divider's longer words, "Belangrijk voor de samenwerking: community-building", or a quotation set as a heading stay.)
    const stub = countWords(title) <= 2 && !/[\d:—–]|\b(?:part|chapter|section|act|book|day|week|appendix|phase|stage|round|module|unit|lesson|one|two|three|four|five)\b/i.test(title)
    const promises = contentKinds.test(title) || pictureNames.test(title) || (at > 0 && headingOf(children[at - 1]!) === title) || stub
    if (empty && promises && nextHeading && (!nextHeading.data?.subsection || heading.data?.subsection) && nextHeading.depth <= heading.depth && !pending) {
      pending = node as Slide
      continue
    }
    // A section that held only a picture the deck cannot show ("### Current vision" over a chart and the link to its PDF)
    // goes to the notes of the slide before it: a title over nothing.
    const deeper = nextHeading !== undefined && heading !== undefined && nextHeading.depth > heading.depth
    const previous = out[out.length - 1]
    if (node.type === 'slide' && heading && showsNothing(node) && !deeper && spoken(node).some(isPicture) && previous?.type === 'slide' && !previous.data?.attributes?.class?.includes('title-slide') && !pending) {
      const kept = structuredClone(previous)
      addTitledNotes(kept, node, structuredClone(spoken(node)))
      out[out.length - 1] = kept
      continue
    }
    if (pending && node.type === 'slide') {
      const kept = structuredClone(node)
      addTitledNotes(kept, pending, [])
      out.push(kept)
      pending = undefined
      continue
    }
    out.push(node)
  }
  return out
}

/**
 * Fold an opening slide that shows nothing — Lectern's "Introduction" over a picture the deck cannot show, its words
 * all in the notes — into the notes of the slide after it: two blind readers of set 52 found an empty "Introduction"
 * before the first section.
 *
 * @param children The condensed slides, title slide first.
 * @returns The slides, an empty opening folded.
 */
export function foldEmptyOpening(children: readonly RootContent[]): RootContent[] {
  const at = children.findIndex((node) => node.type === 'slide' && !node.data?.attributes?.class?.includes('title-slide'))
  const [opening, next] = [children[at], children[at + 1]]
  if (at === -1 || opening?.type !== 'slide' || next?.type !== 'slide' || !/^(?:Introduction|Overview)$/.test(headingOf(opening) ?? '')) return [...children]
  if (!showsNothing(opening)) return [...children]
  const kept = structuredClone(next)
  const notes = spoken(opening)
  if (notes.length > 0) {
    const own = kept.children.find((child): child is Notes => child.type === 'notes')
    if (own) own.children.unshift(...structuredClone(notes))
    else kept.children.push({ type: 'notes', children: structuredClone(notes) })
  }
  return [...children.slice(0, at), kept, ...children.slice(at + 2)]
}

/**
 * A long title that names its series before the post's own ("Publishing, P&T, and Equity, an Open Access Week
 * Miniseries, Part 1: Stop Rewarding Journal “Prestige”", five lines on the title slide): the post's title is the
 * talk's, and the series its kicker, unless front matter gives one.
 *
 * @param config The deck's configuration; changed in place.
 */
export function seriesTitle(config: { title?: string | undefined; kicker?: string | undefined }): void {
  const parts = typeof config.title === 'string' && config.title.split(/\s+/).length >= 12 ? /^(.{8,}?\b(?:[Pp]art|[Ee]pisode|[Cc]hapter|[Vv]ol\.?|[Vv]olume)\s+(?:\d+|[IVX]+|one|two|three|four|five))\s*:\s+(\S.{6,})$/.exec(config.title) : null
  if (!parts || config.kicker !== undefined) return
  config.kicker = parts[1]!.trim()
  config.title = parts[2]!.trim()
}
