/**
 * A section heading too long for a slide title ("Question 1: We avoid using
 * automatic translation services, but our translation team is small… What
 * process should we use to translate website content?") keeps its label and
 * its question (or its first sentence) as the title; the sentences it leaves
 * out open the section as prose, so they reach the face or the notes.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { sectionNumber } from '../text/front-shapes.js'
import { speakerLabel } from '../text/lines.js'
import { backMatter } from './back-matter.js'
import { isBylineLine } from './block-kinds.js'
import { countWords } from './clause-grammar.js'
import { shortAnswer, titleWords, withoutAnswer } from './short-answers.js'
import { splitSentences } from './sentences.js'
import { continuedMark, isContinued } from './continued.js'

/** Words above which a heading is a paragraph set as one (when it is a `#` or has more than two sentences). */
const proseWords = 40

/** A heading's run-in label ("Question 1: ", "Q3: ") or number ("5. "), kept with its shortened title. */
export const headingLabel = /^[^:?.!]{1,24}:\s+|^\(?\d+(?:\.\d+)*[.)]\s+/

/**
 * Shorten the section headings of several sentences that are longer than a
 * title should be (see the module comment). Headings of one sentence stay
 * as written.
 *
 * @param tree An article, before slides are split.
 */
export function shortenLongHeadings(tree: Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== 'heading') return [node]
    const text = toString(node).replace(/\s+/g, ' ').trim()
    // A paragraph set as a heading (a Quarto callout's `# …` line of a hundred words, a page's whole lede in an `<h1>`)
    // is prose: no title holds it, and it overflowed the slide it titled.
    const prose = (): RootContent[] => [{ type: 'paragraph', children: node.children, position: node.position }]
    if (countWords(text) > proseWords && (node.depth < 2 || splitSentences(text).length > 2)) return prose()
    if (node.depth < 2 || countWords(text) <= titleWords) return [node]
    // A run-in label ("Question 1:", "Q3:") or a number ("5.") stays with the title.
    const label = headingLabel.exec(text)
    const sentences = splitSentences(label ? text.slice(label[0].length) : text).map((sentence) => sentence.trim())
    if (sentences.length < 2) return [node]
    const kept = sentences.find((sentence) => /\?["'”’)]*$/.test(sentence)) ?? sentences[0]!
    // "…my Community Discussion requirement. How will that be applied?": a question that points back needs what it points to.
    if (kept !== sentences[0] && /\b(?:that|this|these|those|it|they|them|such)\b/i.test(kept)) return [node]
    const title = (label ? label[0] : '') + kept
    if (countWords(title) > titleWords + 4) return [node]
    const heading: Heading = { type: 'heading', depth: node.depth, children: [{ type: 'text', value: title }], position: node.position, data: node.data }
    const context: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: sentences.filter((sentence) => sentence !== kept).join(' ') }], position: node.position }
    return [heading, context]
  })
}

/**
 * Complete a heading that is only a label ("Diagram #5:") from the picture right under it, whose description opens
 * with the label ("Diagram #5: Percentage of French Items per License Type"): eight slides titled "Diagram #N:" told
 * the audience nothing, the more so when the picture itself could not be shown.
 *
 * @param tree An article, before slides are split.
 */
export function completeLabelHeadings(tree: Root): void {
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth < 2) return
    const label = toString(node).trim()
    if (!/^[^:]{1,30}:$/.test(label)) return
    const next = tree.children[index + 1]
    const picture = next?.type === 'paragraph' ? next.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) : []
    const image = picture.length === 1 && picture[0]!.type === 'image' ? picture[0] : undefined
    const alt = image?.alt?.replace(/\s+/g, ' ').trim() ?? ''
    if (!alt.startsWith(label) || countWords(alt) > titleWords || countWords(alt.slice(label.length)) < 2) return
    node.children = [{ type: 'text', value: alt }]
  })
}

/** An ellipsis that opens a heading or ends a paragraph: a sentence the writer runs on from one into the other. */
const openingEllipsis = /^\s*(?:\.\.\.|…)\s*/
const closingEllipsis = /\s*(?:\.\.\.|…)\s*$/

/**
 * A heading that goes on with the sentence before it ("…I like it when papers..." over "... tell a story") is titled
 * by its own words ("Tell a story"), and the sentence it finishes is read whole ("…I like it when papers tell a
 * story."): cut off, it was a bullet that stopped at "papers", and the titles began with dots.
 *
 * @param tree An article, before slides are split.
 */
export function joinRunOnHeadings(tree: Root): void {
  tree.children.forEach((node, index) => {
    const first = node.type === 'heading' ? node.children[0] : undefined
    if (first?.type !== 'text' || !openingEllipsis.test(first.value)) return
    const words = toString(node).replace(openingEllipsis, '').trim()
    first.value = first.value.replace(openingEllipsis, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
    const before = tree.children[index - 1]
    const last = before?.type === 'paragraph' ? before.children.at(-1) : undefined
    if (last?.type === 'text' && closingEllipsis.test(last.value) && words) last.value = `${last.value.replace(closingEllipsis, '')} ${words}.`
  })
}

/** The number of the talk's slide that a heading of a slide-by-slide recap opens with ("Slide 4: ", "Slides 18-22: "). */
const slideNumber = /^slides? \d+(?:\s*[-–]\s*\d+)?:\s+/i

/**
 * Drop the numbers of another talk's slides from the headings of a
 * slide-by-slide recap ("Slide 4: Statement of purpose and background"):
 * they number a different deck, and the title is what follows them. Only
 * when two headings or more are numbered so.
 *
 * @param tree An article, before slides are split.
 */
export function dropSlideNumbers(tree: Root): void {
  const numbered = tree.children.filter((node): node is Heading => node.type === 'heading' && node.children[0]?.type === 'text' && slideNumber.test(node.children[0].value))
  if (numbered.length < 2) return
  for (const heading of numbered) {
    const first = heading.children[0] as { value: string }
    first.value = first.value.replace(slideNumber, '')
    if (first.value.length > 0) first.value = first.value.charAt(0).toUpperCase() + first.value.slice(1)
    heading.data = { ...heading.data, recap: true }
  }
}

/**
 * Drop a book's section numbers from the headings of a chapter that numbers its sections so ("1.1 The Journey from
 * Data to Evidence", "1.3.1 Our Mission"): the book's apparatus, which a talk's titles do without. Only when two
 * headings or more are numbered so, and none is numbered at the top level ("1. Introduction").
 *
 * @param tree An article, before slides are split.
 */
export function dropSectionNumbers(tree: Root): void {
  const numbered = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth > 1 && node.children[0]?.type === 'text' && sectionNumber.test(node.children[0].value))
  // (A report that numbers its sections "1. Introduction" over "1.1 Purpose of This Report" keeps its numbering whole.)
  const topLevel = tree.children.some((node) => node.type === 'heading' && /^\d{1,2}[.)]\s/.test(toString(node)))
  if (numbered.length < 2 || topLevel) return
  for (const heading of numbered) {
    const first = heading.children[0] as { value: string }
    first.value = first.value.replace(sectionNumber, '')
  }
}

/**
 * A heading with nothing under it before the next heading of its level: a
 * label over the next one ("Too general" over "Helpful Headings", an
 * example's caption copied as a line) joins it as one title ("Too general:
 * Helpful Headings"), and a question ("Can you feel the difference in the
 * tone?") closes the section before it as its last paragraph. Either had
 * been a divider slide of its own, numbered in the agenda. Only in a
 * plain-text article, whose heading levels are read from the text: in
 * Markdown an empty `##` is the writer's divider.
 *
 * @param tree An article, before slides are split.
 */
export function foldEmptyHeadings(tree: Root): void {
  const nodes = tree.children
  for (let index = nodes.length - 2; index >= 0; index--) {
    const node = nodes[index]!
    const next = nodes[index + 1]!
    if (node.type !== 'heading' || node.depth < 2 || next.type !== 'heading' || next.depth !== node.depth) continue
    // (Nor a recap's slide without notes, "Slide 5: Presentation overview": `dropSlideNumbers` folds those.)
    if (node.data?.recap || next.data?.recap) continue
    // (Only where the next heading has a body of its own: two labels in a row are an outline, left as written.)
    if (nodes[index + 2] === undefined || nodes[index + 2]!.type === 'heading') continue
    const text = toString(node).trim()
    if (/\?\s*$/.test(text)) {
      const before = nodes[index - 1]
      if (!before || before.type === 'heading' || before.type === 'yaml' || countWords(text) > titleWords) continue
      nodes[index] = { type: 'paragraph', children: node.children, position: node.position } as Paragraph
      continue
    }
    // (Nor the page's back matter, "Contact Information" over a name: it goes to the notes as it is.)
    if (countWords(text) > 4 || /[:.;,]$/.test(text) || backMatter.test(text) || backMatter.test(toString(next))) continue
    // (Nor a part over a numbered series, "10 ideas for everyone" over "1. Create a tradition of…": a divider the
    // agenda counts. A blind review preferred it to "10 ideas for everyone: 1. Create…", three lines of title.)
    if (/\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b/i.test(text) || /^(?:\d+[.):]|(?:step|part|chapter|tip|idea|lesson|rule|phase|stage)\s+\d)/i.test(toString(next).trim())) continue
    next.children = [...node.children, { type: 'text', value: ': ' }, ...next.children]
    nodes.splice(index, 1)
  }
}

/** Words above which a continuation page's title is the heading's part before its colon. */
const continuedWords = 10

/** A heading's text, its inline markup's text included. */
export function headingText(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : 'children' in child ? child.children.map((inner) => ('value' in inner ? inner.value : '')).join('') : '')).join('')
}

/**
 * The heading of a continuation page: the heading and a muted "(cont.)". A long heading goes on by its part before its
 * colon: "4. The best case scenario for crypto-assets (cont.)", not five lines of "…: (1) ponzi, (2) acceptance, (3)
 * diversification, (4) permanence (cont.)" over a bullet shrunk to fit under them (a blind reader of set 39).
 *
 * @param heading The section's heading.
 */
export function continuedHeading(heading: Heading): Heading {
  const text = headingText(heading)
  // A heading that already continues another keeps its one "(cont.)".
  if (isContinued(text)) return withoutOverview(structuredClone(heading))
  const colon = text.indexOf(': ')
  const head = colon > 0 ? text.slice(0, colon).trim() : ''
  const short = countWords(text) > continuedWords && countWords(head) >= 2 && countWords(head) <= continuedWords - 2 && !/[?]$/.test(head)
  // (A question's answer, "Does my project need an additional contributor agreement? Probably not.", is said on its first page only.)
  const asked = withoutAnswer(text)
  const children: Heading['children'] = short ? [{ type: 'text', value: head }] : asked !== text ? [{ type: 'text', value: asked }] : structuredClone(heading.children)
  return withoutOverview({ ...structuredClone(heading), children: [...children, { type: 'text', value: ' ' }, { type: 'emphasis', children: [{ type: 'text', value: continuedMark }], data: { hProperties: { className: ['cont'] } } }] })
}

/** A copy of a heading is no overview of Lectern's: it continues one. */
function withoutOverview(heading: Heading): Heading {
  if (heading.data?.overview) delete heading.data.overview
  return heading
}

/** Most words in a bold-only paragraph that is read as a heading. */
const boldHeadingWords = 12

/**
 * Turn the bold-only paragraphs that writers use as headings
 * (`**Third, declare the license**` on a line of its own, before prose)
 * into headings: depth 2 in an article without headings, else one level
 * below its shallowest section heading. A bold line with a link anywhere in it, a byline's label, a final full stop,
 * or more than twelve words stays a paragraph.
 *
 * @param tree A Markdown article, before slides are split.
 */
export function boldParagraphHeadings(tree: Root): void {
  const sections = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth > 1)
  const depth = (sections.length === 0 ? 2 : Math.min(6, Math.min(...sections.map((heading) => heading.depth)) + 1)) as Heading['depth']
  const flat = tree.children.flatMap((node) => boldItemSections(node, depth) ?? [node])
  // ("* TLS 1.3 (RFC 8446)", "* ECH / eSNI (draft)", "* Privacy Pass": bullets of one short item, each over its
  // paragraphs, three or more of them, are the sub-headings of a survey written as a list.)
  const lone = (at: number): PhrasingContent[] | undefined => {
    const node = flat[at]
    const [item] = node?.type === 'list' && !node.ordered && node.children.length === 1 ? node.children : []
    const [paragraph] = item?.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children : []
    const text = paragraph ? toString(paragraph).trim() : ''
    return paragraph?.type === 'paragraph' && text !== '' && countWords(text) <= 10 && !/[.:;,!?]$/.test(text) && flat[at + 1]?.type === 'paragraph' ? paragraph.children : undefined
  }
  const lones = flat.filter((_, at) => lone(at) !== undefined).length
  const numbered = numberedRun(flat)
  // (An interview's bold questions, three or more, head their answers however long they are: "**→ What makes PhD graduates
  // and Postdocs well-equipped for careers beyond Academia?**" had run on under the question before.)
  const asked = flat.filter((node) => /\?\)?$/.test(boldOnly(node) ?? '')).length >= 3
  tree.children = flat.map((node, index) => {
    // ("1. **Plan Ahead**", a numbered list of that one item, before the bullets of its step: the steps of a guide.)
    const step = numberedStep(node)
    if (step && ['list', 'paragraph'].includes(flat[index + 1]?.type ?? '')) return { type: 'heading', depth, children: [{ type: 'text', value: step }], position: node.position } satisfies Heading
    const heading = lones >= 3 ? lone(index) : undefined
    // (Its links' words only: a title is no link.)
    if (heading) return { type: 'heading', depth, children: heading.flatMap((child) => (child.type === 'link' ? child.children : [child])), position: node.position } satisfies Heading
    if (node.type !== 'paragraph') return node
    // (With its question mark or colon written after the bold: "**And what about CC students**?".)
    // (And its number before it and a note's number after it: "1.**Myth: All radioactive foods will kill you.**", "3.**Truth:
    // Radiation is in the sun, soil, and air we breathe.** [12]" head the myths an article takes in turn.)
    const first = node.children[0]
    const number = first?.type === 'text' && /^\s*\d{1,2}[.)]\s*$/.test(first.value) ? first.value.trim() : ''
    const children = node.children.filter((child, at) => !(child.type === 'text' && (/^\s*[?:]?\s*$/.test(child.value) || (at === 0 && number !== '') || (number !== '' && at === node.children.length - 1 && /^\s*\[\d{1,3}\]\s*$/.test(child.value)))))
    const [only] = children
    if (children.length !== 1 || only?.type !== 'strong') return node
    const mark = node.children.at(-1)?.type === 'text' ? (node.children.at(-1) as { value: string }).value.trim() : ''
    const bold = toString(only).trim()
    const text = number ? bold.replace(/\.$/, '') : bold
    const next = flat[index + 1]
    // (A bold question of a numbered run, "**3. Tell us about a challenge the Board faced during your tenure.**", heads its
    // answers however long it is and with its full stop, as its shorter neighbours do.)
    const inRun = numbered.has(index)
    const isHeading =
      text !== '' &&
      text.split(/\s+/).length <= (inRun || (asked && /\?\)?$/.test(text)) ? boldPointWords : boldHeadingWords) &&
      !(inRun ? /[;,]$/ : /[.;,]$/).test(text) &&
      // (Nor a remark wholly in brackets, "(💥💥💥 THIS IS THE SUMMARY SECTION 💥💥💥)", nor an exclamation of six words or more, "So last month, I found 4 helpful papers about emotion in learning!".)
      !/^\(.*\)$/.test(text) && !(/!$/.test(text) && text.split(/\s+/).length >= 6) &&
      !JSON.stringify(only.children).includes('"type":"link"') && !/^(?:authors?|by|written by)\s*:/i.test(text) && !isBylineLine(text) &&
      (next?.type === 'paragraph' || next?.type === 'list' || next?.type === 'code' || next?.type === 'blockquote')
    if (!isHeading) return node
    if (number) return { type: 'heading', depth, children: [{ type: 'text', value: `${number} ${text}` }], position: node.position } satisfies Heading
    if (inRun && /\.$/.test(text)) return { type: 'heading', depth, children: [{ type: 'text', value: text.replace(/\.$/, '') }], position: node.position } satisfies Heading
    // (Without the arrow a site sets before each, "→ What is your current job about?".)
    const own = structuredClone(only.children)
    if (own[0]?.type === 'text') own[0] = { ...own[0], value: own[0].value.replace(/^\s*[→➜➔▶►]\s*/u, '') }
    return { type: 'heading', depth, children: mark === '?' ? [...own, { type: 'text', value: '?' }] : own, position: node.position } satisfies Heading
  })
}

/**
 * The indexes of the bold-only paragraphs that open on their numbers in turn ("**1. What does the Board do?**",
 * "**2. …**", "**3. …**"), three or more counting up from 1 or 2: an interview's questions or an essay's points.
 *
 * @param nodes The article's blocks.
 */
function numberedRun(nodes: RootContent[]): Set<number> {
  const run = new Set<number>()
  let expected = 0
  for (const [index, node] of nodes.entries()) {
    const number = /^(\d{1,2})[.)]\s+\S/.exec(boldOnly(node) ?? '')?.[1]
    if (number === undefined) continue
    if (Number(number) !== expected + 1 && !(expected === 0 && number === '2')) return run.size >= 3 ? run : new Set()
    expected = Number(number)
    run.add(index)
  }
  return run.size >= 3 ? run : new Set()
}

/** Most words in the bold point of a list item that heads a section of its own. */
const boldPointWords = 24

/**
 * A list whose every item opens on a point in bold and goes on to argue it (an evaluation's "1. **The paper does not
 * address a puzzle; why do…?**" over three numbered paragraphs): its items are sections, the point each one's heading
 * (numbered as the list numbers it) and the rest its content. Each point had been repeated over the pages of its
 * paragraphs, one sub-item a slide. `undefined` for any other node.
 */
function boldItemSections(node: RootContent, depth: Heading['depth']): RootContent[] | undefined {
  if (node.type !== 'list' || node.children.length < 2) return undefined
  const points = node.children.map((item) => {
    const [paragraph, ...rest] = item.children
    const text = boldOnly(paragraph)?.replace(/\s+/g, ' ')
    const argued = rest.reduce((sum, child) => sum + countWords(toString(child)), 0) >= 25
    return text !== undefined && countWords(text) <= boldPointWords && argued ? { text: text.replace(/[.:]$/, ''), rest } : undefined
  })
  if (points.some((point) => point === undefined)) return undefined
  // (A list under a point whose items are paragraphs of argument, "1. 75% of study-enrolled farmers have tried…", is the
  // section's prose: its sentences are weighed as any paragraph's, not shown an item a slide.)
  const prose = (child: RootContent): RootContent[] =>
    child.type === 'list' && child.children.every((item) => item.children[0]?.type === 'paragraph' && countWords(toString(item.children[0])) >= 20) ? child.children.flatMap((item) => item.children as RootContent[]) : [child]
  return points.flatMap((point, at) => [
    { type: 'heading', depth, children: [{ type: 'text', value: node.ordered ? `${(node.start ?? 1) + at}. ${point!.text}` : point!.text }], position: node.children[at]!.position } satisfies Heading,
    ...(point!.rest as RootContent[]).flatMap(prose)
  ])
}

/**
 * The heading a numbered list of one item in bold stands for ("1. **Plan Ahead**" → "1. Plan Ahead"), or `undefined`:
 * a guide's steps written as such lists, each before its own bullets, had been items at the foot of the slide before.
 */
function numberedStep(node: RootContent): string | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined
  const [paragraph, ...rest] = node.children[0]!.children
  const text = rest.length === 0 ? boldOnly(paragraph) : undefined
  if (text === undefined || text.split(/\s+/).length > boldHeadingWords || /[.;,]$/.test(text)) return undefined
  return `${node.start ?? 1}. ${text}`
}

/** The text of a paragraph that is one bold phrase and nothing else, with no link in it; `undefined` for any other node. */
function boldOnly(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'paragraph') return undefined
  // (A line break after it, "**Propulsion Module:** <br>", is no part of it.)
  const parts = node.children.filter((child) => !(child.type === 'text' && /^\s*$/.test(child.value)) && child.type !== 'break' && !(child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())))
  if (parts.length !== 1 || parts[0]!.type !== 'strong' || JSON.stringify(parts[0]).includes('"type":"link"')) return undefined
  const text = toString(parts[0]).trim()
  return text === '' ? undefined : text
}

/** Most words in a question that heads the part of an essay after it. */
const questionWords = 12

/**
 * Turn the questions an essay without headings asks on their own, between its parts ("Alright, so assuming we now
 * agree on the problem, how can we work towards fixing it?", "So what does the next year hold in store for us?"),
 * into headings of the parts they open: "How can we work towards fixing it?". Such essays had been an "Introduction"
 * and four "Introduction (cont.)" slides. Only before an article's first section heading, in six paragraphs or more, for a
 * paragraph of one question of three to twelve words (without its "So", "Alright," or fronted "assuming…,") with prose
 * before it and two paragraphs after it.
 *
 * @param tree A Markdown article, before slides are split.
 */
export function questionHeadings(tree: Root): void {
  const children = tree.children
  // (In the prose before the first section heading: an essay without headings, or one whose headings come late.)
  const first = children.findIndex((node) => node.type === 'heading' && node.depth > 1)
  const opening = first === -1 ? children : children.slice(0, first)
  if (opening.filter((node) => node.type === 'paragraph').length < 6) return
  tree.children = children.map((node, index) => {
    if (node.type !== 'paragraph' || index < 2 || index + 2 >= opening.length || children[index - 1]?.type !== 'paragraph') return node
    if (!['paragraph', 'list'].includes(children[index + 1]?.type ?? '') || !['paragraph', 'list'].includes(children[index + 2]?.type ?? '')) return node
    const text = toString(node).replace(/\s+/g, ' ').trim()
    // (Nor one answered in a word or two, "But is this the best way…?" / "Not really.": an exchange, `short-answers.ts`.)
    // (Nor a speaker's question in a conversation, "Greg Bunce: What year was this?": a line of it, no part.)
    if (!/\?["”’]?$/.test(text) || splitSentences(text).length !== 1 || shortAnswer.test(toString(children[index + 1]!).trim()) || speakerLabel.test(text)) return node
    const question = text
      .replace(/^(?:(?:alright|all right|okay|ok|well|so|now|but|and|then)\b,?\s*)+/i, '')
      .replace(/^(?:assuming|given|having|now that|with)\b[^,?]{0,80},\s*/i, '')
      .replace(/,?\s+then\?$/i, '?')
    const words = countWords(question)
    if (words < 3 || words > questionWords || !/^\p{L}/u.test(question)) return node
    return { type: 'heading', depth: 2, children: [{ type: 'text', value: question.charAt(0).toUpperCase() + question.slice(1) }], position: node.position } satisfies Heading
  })
}

/**
 * Whether a heading only names a part of the site's template ("Main Text", "Main Content", "Article Body"): no section
 * of the talk (a slide had been titled "Main Text"); the prose under it belongs to the section before it, or opens the
 * talk.
 *
 * @param node A block of the article.
 */
export function isTemplateHeading(node: RootContent): boolean {
  // (Not a bare "Content" or "Body": a design article's section may be called so.)
  // (Nor one left empty by the template variable it held, "# {{ page.title }}": the page's title, which the front matter names.)
  return node.type === 'heading' && /^(?:main (?:text|content|body)|article (?:text|body|content)|body text|post (?:body|content)|)$/i.test(toString(node).trim())
}
