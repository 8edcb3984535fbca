/**
 * remark plugin for article mode, first stage: decide whether a document is an article (prose) or slide-style Markdown,
 * and shape an article's tree before it is split into slides (headings, title, parts).
 */
import type { Heading, Root, RootContent } from 'mdast'
import { spelledAuthors } from '../markdown/config.js'
import { toString } from 'mdast-util-to-string'
import { isPostBio } from '../text/credit-lines.js'
import { setAside } from './set-aside.js'
import type { VFile } from 'vfile'
import { countWords } from './clause-grammar.js'
import { isImageParagraph } from './block-kinds.js'
import { answeredHeadings } from './short-answers.js'
import { isMostlyProse } from './prose-share.js'
import { boldParagraphHeadings, questionHeadings, completeLabelHeadings, dropSectionNumbers, dropSlideNumbers, foldEmptyHeadings, joinRunOnHeadings, shortenLongHeadings, isTemplateHeading } from './long-headings.js'
import { markCitations } from './citation-marks.js'
import { directivePicture, figurePicture, htmlProse, htmlHeading, htmlPicture, indentedMarkup, isPageStyle, pictureOverLines, plainHeading, proseAsParagraphs, spaceAfterBreaks, withoutPagePlacing } from './html-blocks.js'
import { authorSignOff, authorUnderTitle, codaAfterRule, italicStandfirst, openingTitle, raiseSections, repeatedTitle } from './section-depths.js'
import { qualifyRepeatedHeadings } from './repeated-headings.js'
import { foldCatalogue } from './catalogue.js'
import { seriesTitle } from './back-matter.js'
import { markEndNotes } from './end-notes.js'
import { foldChartNotes } from './chart-notes.js'
import { splitCollapsedItems } from './collapsed-items.js'
import { fieldLines } from './field-lines.js'
import { openCalloutBoxes } from './callout-boxes.js'
import { markSpeakerLabels } from './speaker-labels.js'
import { attachAttributions } from './quote-parts.js'
import { commaLists } from './comma-lists.js'
import { headlineParts, isSameTitle } from '../markdown/title-slide.js'

/** Options of {@link remarkArticleMode}. */
export interface ArticleModeOptions {
  /** Whether the source is a plain-text article (always article mode unless `condense: false`). */
  text?: boolean | undefined
}

const emptyOptions: ArticleModeOptions = {}

/**
 * Decide article mode before slides are split: front matter `condense` (or
 * `--condense`/`--no-condense`) wins; plain text is an article; Markdown is
 * one when its sections are mostly prose. Stores the decision on
 * `file.data.deck.condensed`. In an article, `---` rules are dropped and
 * sections written as `###` are raised to slides ({@link raiseSections}).
 *
 * @param options Whether the source is plain text.
 */
export function remarkArticleMode(options?: ArticleModeOptions | null) {
  const settings = options ?? emptyOptions
  return function (tree: Root, file: VFile): void {
    const deck = file.data.deck
    if (!deck) return
    deck.condensed = deck.config.condense ?? (settings.text === true || isMostlyProse(tree))
    if (!deck.condensed) return
    // In an article, a `---` rule is a break in the prose, not a slide separator: headings split it; a page's layout
    // markup indented inside a `<div>` ("    <p>As people arrive, we gather…</p>") is HTML, not a listing of code; and an HTML heading or picture is a heading or a picture (`html-blocks.ts`).
    tree.children = codaAfterRule(tree.children).filter((node) => node.type !== 'thematicBreak' && !isTemplateHeading(node) && !isPageStyle(node)).flatMap((node) => directivePicture(node) ?? figurePicture(node) ?? [node]).map((node) => (node.type === 'code' && indentedMarkup(node, String(file.value)) ? { type: 'html', value: node.value, position: node.position } : (htmlHeading(node) ?? htmlPicture(node) ?? plainHeading(node)))).map((node) => withoutPagePlacing(node as RootContent))
    proseAsParagraphs(tree, String(file.value))
    htmlProse(tree)
    markCitations(tree)
    spaceAfterBreaks(tree)
    pictureOverLines(tree)
    markEndNotes(tree.children)
    // (Who the writer is, by title and post, among the last blocks: "Dr Hester Lees-Jeffries is a Senior Lecturer…" had
    // been a slide titled "Senior Lecturer"; it is the notes', as an "About the author" section is.)
    tree.children = tree.children.map((node, at) => (at >= tree.children.length - 4 && node.type === 'paragraph' && isPostBio(toString(node)) ? (setAside(node) as typeof node) : node))
    // (Nor a heading nothing follows, a site's line at the foot, "Written by the fine folks behind iFixit and Dozuki": its words
    // go to the notes, no slide of its own.)
    const last = tree.children.at(-1)
    if (last?.type === 'heading' && last.depth > 1 && tree.children.length > 2) tree.children[tree.children.length - 1] = setAside({ type: 'paragraph', children: last.children, position: last.position }) as RootContent
    tableCaptions(tree)
    tree.children = foldChartNotes(tree.children)
    splitCollapsedItems(tree)
    fieldLines(tree)
    tree.children = openCalloutBoxes(tree.children)
    seriesTitle(deck.config)
    if (typeof deck.config.author === 'string') deck.config.author = spelledAuthors(deck.config.author, toString(tree))
    if (!settings.text) boldParagraphHeadings(tree)
    if (typeof deck.config.author === 'string') interviewerLabels(tree, deck.config.author)
    markSpeakerLabels(tree)
    attachAttributions(tree)
    commaLists(tree)
    questionHeadings(tree)
    answeredHeadings(tree)
    shortenLongHeadings(tree)
    completeLabelHeadings(tree)
    joinRunOnHeadings(tree)
    for (const drop of [dropSlideNumbers, dropSectionNumbers]) drop(tree)
    if (settings.text) foldEmptyHeadings(tree)
    qualifyRepeatedHeadings(tree)
    // (The one `#` of an article whose front matter names another title is its first section, as its `##` are.)
    const h1s = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 1)
    const named = file.data.frontMatter?.title
    if (typeof named === 'string' && h1s.length === 1) {
      const h1 = h1s[0]!
      // (Unless the front matter's title names the series the page belongs to, said again in a blurb before the `#`: "Collections as Data Facets document collections as data implementations…" over "# La Gaceta de La Habana".
      // Then the `#` opens the talk, the series its kicker, and the blurb goes on under it, where the page put it.)
      if (tree.children.slice(0, tree.children.indexOf(h1)).some((node) => node.type === 'paragraph' && toString(node).includes(named))) {
        ;[deck.config.kicker, deck.config.title] = [deck.config.kicker ?? named, toString(h1).trim()]
        tree.children = [h1, ...tree.children.filter((node) => node !== h1)]
      } else if ((/^\s*\d+(?:\.\d+)+\.?\s+\S/.test(named) && isSameTitle(toString(h1), named.replace(/^\s*\d+(?:\.\d+)+\.?\s+(?=\S)/, ''))) || siteSection.test(named.trim())) {
        // (A title numbered as a book's section, "03.2.2. Publics & power" over "# Publics & power": the `#`'s words; so for
        // the name of the site's section, "title: Guides" over "# Being a Rails Girls coach".)
        deck.config.title = toString(h1).trim()
      } else if (!isSameTitle(toString(h1), named)) h1.depth = 2
    }
    // (Nor are its `#`s when there are several, none of them the title: each heading one level down, so that "# Population growth" titles its slide as "## …" would, not in the title slide's type.)
    if (typeof named === 'string' && h1s.length >= 2 && !h1s.some((h1) => isSameTitle(toString(h1), named))) for (const node of tree.children) if (node.type === 'heading') node.depth = Math.min(6, node.depth + 1) as Heading['depth']
    // (A picture over the one `#`, a page's hero image, goes under it: the deck had opened on an empty slide and its title
    // had been a section's.)
    const above = h1s.length === 1 && h1s[0]!.depth === 1 ? tree.children.slice(0, tree.children.indexOf(h1s[0]!)) : []
    if (above.length > 0 && above.every((node) => node.type === 'paragraph' && isImageParagraph(node))) tree.children = [h1s[0]!, ...tree.children.filter((node) => node !== h1s[0])]
    // (An italic line right under the `#`, over the first section, is its standfirst too: "*All your basic questions answered
    // in one place*" under "# Being a Rails Girls coach" had been the introduction's one bullet.)
    const titleAt = h1s.length === 1 && h1s[0]!.depth === 1 ? tree.children.indexOf(h1s[0]!) : -1
    // (A chapter's number before the title, "# 2. What software engineers need to know…", a series' part: the talk's title is the words.)
    const titleText = titleAt >= 0 ? h1s[0]!.children[0] : undefined
    if (titleText?.type === 'text' && /^\d{1,2}\.\s+\p{Lu}/u.test(titleText.value)) titleText.value = titleText.value.replace(/^\d{1,2}\.\s+/, '')
    // (Not a byline set in italics: "*Chapter leads: Patrick Ryan & Jon Duke*", "*By …*".)
    const underTitle = titleAt >= 0 ? tree.children[titleAt + 1] : undefined
    if (titleAt >= 0 && !(underTitle && /:|^\W*by\s/i.test(toString(underTitle)))) {
      const after: Root = { type: 'root', children: tree.children.slice(titleAt + 1) }
      if (italicStandfirst(after, deck.config)) tree.children = [...tree.children.slice(0, titleAt + 1), ...after.children]
    }
    if (h1s.length === 0 && !deck.config.title) openingTitle(tree)
    else if (h1s.length === 0 && typeof named === 'string' && !italicStandfirst(tree, deck.config)) repeatedTitle(tree, deck.config)
    const [first] = tree.children
    // (A long headline's part after its dash or colon is the subtitle when the article gives none, or a description too long to stand beside it (30 words); a front matter's title's after its colon.)
    const only = first?.type === 'heading' && first.depth === 1 && first.children.length === 1 ? first.children[0] : undefined
    // (A front matter's after its spaced dash too: "The Refashioners 2017 - Now with a Blake Blazer preview and 100% more zebra" had filled four lines.)
    const text = only?.type === 'text' ? only.value : h1s.length === 0 && typeof deck.config.title === 'string' && /: | [-–—] /.test(deck.config.title) ? deck.config.title : undefined
    const headline = text !== undefined && !deck.config.subtitle && (!deck.config.description || String(deck.config.description).split(/\s+/).length > 24) ? headlineParts(text) : undefined
    if (headline && only?.type === 'text') only.value = headline[0]
    else if (headline) deck.config.title = headline[0]
    if (headline) deck.config.subtitle = headline[1]
    authorUnderTitle(tree, deck.config)
    authorSignOff(tree, deck.config)
    if (deck.config.slideLevel === 2) {
      raiseSections(tree)
      splitParts(tree)
    }
  }
}

declare module 'mdast' {
  interface HeadingData {
    /** A sub-section raised to a slide of its own by {@link splitParts}: it is not listed in the agenda. */
    subsection?: boolean | undefined
    /** Lectern's "Introduction" over an article's lede (`overviewHeading`). */
    overview?: boolean | undefined
    /** The title of an overview's continuation slide, its topic (`topic-titles.ts`). */
    overviewTopic?: boolean | undefined
    /** The heading of the section a later page, titled by its own topic, continues (`topic-titles.ts`). */
    continues?: string | undefined
    /** A heading of a slide-by-slide recap of another talk, its slide number dropped (`long-headings.ts`). */
    recap?: boolean | undefined
  }
}

/** Words in a `##` part above which its `###` sub-sections become slides of their own. */
const partWords = 150

/**
 * Give the sub-sections of a long part slides of their own: a `##` section
 * that holds two or more `###` sections and more than a slide's worth of
 * words (150) keeps its introduction on its own slide, and each `###`
 * becomes a slide titled with its own heading (marked
 * `data.subsection`, so the agenda lists only the parts). Short parts keep
 * their sub-headings on one slide.
 *
 * @param tree An article, after {@link raiseSections}.
 */
export function splitParts(tree: Root): void {
  const nodes = tree.children
  for (let start = 0; start < nodes.length; start++) {
    const part = nodes[start]!
    if (part.type !== 'heading' || part.depth !== 2) continue
    let end = start + 1
    while (end < nodes.length && !(nodes[end]!.type === 'heading' && (nodes[end] as Heading).depth <= 2)) end++
    const body = nodes.slice(start + 1, end)
    const subsections = body.filter((node): node is Heading => node.type === 'heading' && node.depth === 3)
    const words = body.reduce((sum, node) => sum + countWords(toString(node)), 0)
    // (One long `###` under a part is a slide of its own too: "Holiday highlights" ran on under "Open science teamwork and shared systems (cont.)" for five slides.)
    const lone = subsections.length === 1 ? body.slice(body.indexOf(subsections[0]!) + 1).reduce((sum, node) => sum + countWords(toString(node)), 0) : 0
    if ((subsections.length < 2 && lone <= partWords) || words <= partWords) continue
    // A catalogue (twenty short ideas under "Next steps") is the list of its headings, not twenty slides.
    const catalogue = foldCatalogue(body)
    if (catalogue) {
      nodes.splice(start + 1, end - start - 1, ...catalogue)
      continue
    }
    for (const heading of body) {
      if (heading.type !== 'heading' || heading.depth < 3) continue
      heading.depth = (heading.depth - 1) as Heading['depth']
      if (heading.depth === 2) heading.data = { ...heading.data, subsection: true }
    }
  }
}

/**
 * A Pandoc or Quarto table's caption, the paragraph under it that opens on a colon, without its colon and its
 * attributes: ": An overview of tools used in my workflow, in rough order of appearance. {#tbl-letters .bordered}" had
 * been a bullet, markup and all.
 *
 * @param tree The article.
 */
function tableCaptions(tree: Root): void {
  tree.children.forEach((node, at) => {
    const [first] = node.type === 'paragraph' ? node.children : []
    const last = node.type === 'paragraph' ? node.children.at(-1) : undefined
    if (tree.children[at - 1]?.type !== 'table' || first?.type !== 'text' || !/^:\s+\S/.test(first.value) || last?.type !== 'text') return
    first.value = first.value.replace(/^:\s+/, '')
    last.value = last.value.replace(/\s*\{[#.][^{}]*\}\s*$/, '')
  })
}

/**
 * Headings that open on the interviewer's first name, the deck's author ("Tom: Kunnen jullie uitleggen waar het project…
 * over gaat?" under "Tom Ootes"), without it: who asks is the talk's speaker, and the question is the section's title.
 *
 * @param tree The article (changed in place).
 * @param author The deck's author.
 */
function interviewerLabels(tree: Root, author: string): void {
  const first = /^\p{Lu}[\p{L}'’-]+/u.exec(author.trim())?.[0]
  if (!first) return
  for (const node of tree.children) {
    const text = node.type === 'heading' ? node.children[0] : undefined
    if (text?.type === 'text' && text.value.startsWith(`${first}: `) && /\?\s*$/.test(toString(node))) text.value = text.value.slice(first.length + 2)
  }
}

/** A front matter's title that names a site's section, not the page: "Guides", "Blog", "Docs". */
const siteSection = /^(?:guides?|blog|posts?|news|docs|documentation|articles?|pages?|home|resources|tutorials?|notes|updates|stories|events?)$/i
