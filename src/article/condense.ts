/**
 * Article mode: condense the prose of a section into short bullets for the face of a slide, and keep the full prose for
 * the speaker notes. Pure and deterministic: sentence boundaries come from `Intl.Segmenter` with fixes for
 * abbreviations; the sentences of a section are chosen by importance (`sentence-score.ts`, `select.ts`) and compressed
 * into complete statements (`compress.ts`), never cut off.
 */
import type { BlockContent, ListItem, Paragraph, PhrasingContent } from 'mdast'
import type { CondenseOptions, CondensedSection, FaceUnit } from './condense-types.js'
import { countWords } from './clause-grammar.js'
import { compressSentence } from './compress.js'
import { asksToCare, isJournalFront, isSignpost, sourcesParagraph } from './signposts.js'
import { isPointer, isPressFurniture, isPublicationNote } from './pointers.js'
import { lineBoilerplate } from '../text/boilerplate-lines.js'
import { withoutStruck } from './struck-text.js'
import { isBlankParagraph, trimmedItem, withoutBlankItems } from './blank-text.js'
import { isCitation } from '../text/lines.js'
import { isPictureSource } from '../text/credit-lines.js'
import { describesPicture, insideQuotation, isAnswerMarker, isBylineLine, isDateLine, isCaption, isChartCaption, isEquation, isExportedFootnote, isPictureLabel, isComment, isDecoration, isImageParagraph, isLeadIn, isOffFace, isPageContents, isProse, isQuestionHeading, isUnreachableImage, leadLabel, opensWithQuestion, proseText } from './block-kinds.js'
import { toString, withoutCitationKeys } from './visible-text.js'
import { quotedBullet } from './quoted-bullets.js'
import { evenEndings } from './item-endings.js'
import { isSetAside } from './set-aside.js'
import { withoutBlankPictureColumns } from './table-columns.js'
import { shortAnswer } from './short-answers.js'
import { htmlText } from './html-blocks.js'
import { bullet, bulletList, columnList, bulletPhrasing, condenseQuote, emptyLeadIn, isClickPath, leadInText, outlineFace, quotedWords, shortenSentence } from './condense-items.js'
import { fitListItems } from './list-fit.js'
import { splitSentences } from './sentences.js'
import { chooseForFace } from './condense-choice.js'
import { glossaryClaim } from './glossary.js'
import { codeSpansOf, dropsCode, withCodeSpans } from './code-spans.js'

export type { CondenseOptions, CondensedSection, FaceUnit } from './condense-types.js'
const emptyOptions: CondenseOptions = {}
/** What a page says around an article, written into it: the notes' (`lineBoilerplate`). */
const pageChrome = new Set(['subscribe', 'share', 'social', 'read more', 'comments', 'series'])

/** A list's lead-in that only points back at the sentence before it ("For example if they:", "This means that they will have both:"). */
const pointsBackLead = /^(?:for (?:example|instance)|e\.g\.|this (?:means|includes|is because)|that means|these (?:are|include)|they (?:might|may|could|would) (?:want|need|do) (?:this|that|it)|(?:we|they) (?:did|do) (?:this|that) because|examples (?:include|are))\b/i

/** A run-in label as its bullet opens with it: with a colon unless it ends in its own punctuation ("**Label:** claim"). */
const withColon = (label: string): string => (/[\p{L}\p{N})\]'’"”]$/u.test(label) ? `${label}:` : label)

/** Quotes longer than this many times `maxWords` are condensed on the face. */
const longQuote = 1.5

/**
 * Condense the blocks of one section into face units, in order:
 *
 * - prose: the section's strongest sentences (by importance, see
 *   `select.ts`; a few per section, about one in three), each compressed
 *   into a complete statement, in source order; every paragraph goes to the
 *   notes verbatim, with the bullet it gave or, when it gave none, with the
 *   bullet before it. Sub-headings start a new selection;
 * - an FAQ entry (a question sub-heading and its answer, or a paragraph that
 *   opens with a short question) becomes one bullet labelled with the
 *   question;
 * - a paragraph ending with `:` right before a list stays, compressed, kept
 *   with the list it introduces;
 * - a list keeps its items; items over `maxWords` are compressed (a strong
 *   `Label` is kept) and the original list goes to the notes;
 * - a long block quote shows its key sentence, compressed, and goes to the
 *   notes whole;
 * - a sub-heading stays, kept with what follows it;
 * - raw HTML holding more than twice `maxWords` words of text goes to the
 *   notes;
 * - code, tables, images, other HTML and anything else stay as they are.
 *
 * @param nodes The children of one section, without its heading.
 * @param options Word and bullet limits, heading and title.
 * @returns The units, in source order.
 */
export function condenseBlocks(nodes: readonly BlockContent[], options?: CondenseOptions | null): FaceUnit[] {
  const settings = options ?? emptyOptions
  const maxWords = Math.max(4, settings.maxWords ?? 14)
  const most = Math.max(1, Math.min(5, settings.maxBullets ?? 6))
  const units: FaceUnit[] = []
  const onlyFootnotes = nodes.length > 0 && nodes.every((node) => (node as { type: string }).type === 'footnoteDefinition' || (node.type === 'paragraph' && node.data?.footnote))
  let carried: BlockContent[] = []
  const push = (unit: FaceUnit): void => {
    units.push({ ...unit, notes: [...carried, ...unit.notes] })
    carried = []
  }
  /** Notes with no face of their own go with the unit before them, or the next one. */
  const keepInNotes = (notes: BlockContent[]): void => {
    const previous = units[units.length - 1]
    if (previous && carried.length === 0) previous.notes.push(...notes)
    else carried.push(...notes)
  }
  /** A footnote goes to the notes; a "Footnotes" section of its own is a reference slide: each note's first sentence, shortened, on the face. */
  const footnote = (node: BlockContent): void => {
    const first = onlyFootnotes ? splitSentences(toString(node), settings.lang)[0] : undefined
    const short = first ? compressSentence(first, { maxWords }) : undefined
    if (short) return push({ node: bullet([{ type: 'text', value: short.text }], 'sentence'), notes: [structuredClone(node)], position: node.position })
    keepInNotes([structuredClone(node)])
  }

  const { chosenBy, answerOf, defined } = chooseForFace(nodes, settings, maxWords, most)

  nodes.forEach((node, index) => {
    const position = node.position
    if (isQuestionHeading(node) && nodes[index + 1] && isProse(nodes[index + 1]!)) return // The question labels its answer.
    // A figure's caption ("**Figure 4**: …"), or italics under a picture, goes to the notes when the picture did; a table's caption over it ("Table 4: …", past a page's empty `<p></p>`) is its lead-in.
    const before = nodes[index - 1]
    const italic = node.type === 'paragraph' && italicOnly(node.children)
    // (Or a paragraph in raw HTML, as a page sets its picture's caption: `<p class="quiet">KORUZA Pro Driver | …</p>`.)
    const htmlCaption = node.type === 'html' && /^<p\b[^>]*>[^<]{1,300}<\/p>$/i.test(node.value.trim()) && countWords(htmlText(node)) <= 30
    if (((isCaption(node) || isPictureLabel(node) || describesPicture(node, before) || italic || htmlCaption) && before && isOffFace(before)) || isChartCaption(node)) return keepInNotes([structuredClone(node)])
    if (isCaption(node) && nodes.slice(index + 1).find((later) => later.type !== 'html' || later.value.replace(/<[^>]*>|&nbsp;/g, '').trim() !== '')?.type === 'table') return push({ node: node.type === 'html' ? { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: htmlText(node) }] }] } : structuredClone(node), notes: [], keepWithNext: true, position })
    // (An `<img …>` written over several lines is a paragraph of inline HTML: the same picture.)
    const inlinePicture = node.type === 'paragraph' && node.children.some((child) => child.type === 'html')
    // (Nor a footnote's mark alone on its line, "[^4]" after a list: a lone "4" on the slide.)
    const loneMark = node.type === 'paragraph' && node.children.length > 0 && node.children.every((child) => child.type === 'footnoteReference' || (child.type === 'text' && child.value.trim() === ''))
    if ((isOffFace(node) && (node.type === 'html' || node.type === 'code' || inlinePicture)) || loneMark || isExportedFootnote(node) || isComment(node) || isSetAside(node) || isBlankParagraph(node) || (node.type === 'html' && isSignpost(htmlText(node).trim()))) return keepInNotes([structuredClone(node)])
    // A page's call to subscribe or share written into the article ("_Enjoyed this? Subscribe to our newsletter…_") is no claim.
    if (node.type === 'paragraph' && pageChrome.has(lineBoilerplate(toString(node), settings.lang) ?? '')) return keepInNotes([structuredClone(node)])
    // (So is a press release's contact line and its paragraph about the organisation.)
    if (node.type === 'paragraph' && isPressFurniture(toString(node))) return keepInNotes([structuredClone(node)])
    // (So is the page's own table of contents, links to its anchors: the agenda does that job.)
    if (isPageContents(node)) return keepInNotes([structuredClone(node)])
    // (So is a template's prompt in italics under its heading, "*an accessible narrative description that describes why…*".)
    if (index === 0 && italic && /^\s*\p{Ll}/u.test(toString(node))) return keepInNotes([structuredClone(node)])
    // (So is where the page's picture came from, "This graphic was found posted in the Cloudy Nights forum by BYoesle.")
    if (node.type === 'paragraph' && isPictureSource(toString(node).trim())) return keepInNotes([structuredClone(node)])
    // (And a list under the label "Photo credits:", "Thinking: Basic College English blog", and the label itself.)
    const credits = (at: number): boolean => nodes[at]?.type === 'paragraph' && /^(?:(?:photo|image|picture|illustration)s? )?credits?\s*:?$|^(?:photo|image|picture|illustration)s? sources?\s*:?$/i.test(toString(nodes[at]!).trim())
    if ((credits(index) && nodes[index + 1]?.type === 'list') || (node.type === 'list' && credits(index - 1))) return keepInNotes([structuredClone(node)])
    // (And a diagram's caption copied without it: "Diagram: de vijf-lagen architectuur van Common Ground".)
    if (node.type === 'paragraph' && /^(?:diagram|schema|schematic|figuur|afbeelding|abbildung|grafiek|illustration|infographic)\s*:\s*\S/i.test(toString(node).trim()) && countWords(toString(node)) <= 15 && !/[.!?]\s+\S/.test(toString(node).trim())) return keepInNotes([structuredClone(node)])
    // (So is an author's note to themselves, "TODO: Add quote from Elizabeth", and a list of sources under its label, "Sources" / "Maric, R. (2014)…".)
    if (node.type === 'paragraph' && (/^(?:TODO|FIXME|TBD|XXX)\b\s*[:!-]/.test(toString(node).trim()) || sourcesParagraph.test(toString(node).trim()))) return keepInNotes([structuredClone(node)])
    // So is a page's date line in the body ("Updated: August 2025"), or its byline ("By Denice Adkins").
    if (node.type === 'paragraph' && (isDateLine(toString(node).trim()) || isBylineLine(toString(node).trim()) || isJournalFront(toString(node).trim()))) return keepInNotes([structuredClone(node)])
    // A footnote of a text article is a footnote like Markdown's.
    if (node.type === 'paragraph' && node.data?.footnote) return footnote(node)
    // A picture the deck cannot carry (on another site, or at a path of the site it came from) stays in the notes.
    // (With its caption in italics on the next line of the same paragraph: "![…](…)\n_The same spot viewed from…_".)
    const [picture, ...caption] = node.type === 'paragraph' ? node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break') : []
    if (picture && caption.length > 0 && isUnreachableImage(picture) && italicOnly(caption)) return keepInNotes([structuredClone(node)])
    if (node.type === 'paragraph' && isImageParagraph(node) && node.children.some(isUnreachableImage)) {
      const kept = node.children.filter((child) => !isUnreachableImage(child))
      if (kept.every((child) => child.type === 'text')) return keepInNotes([structuredClone(node)])
      return push({ node: { ...structuredClone(node), children: kept }, notes: [structuredClone(node)], position })
    }
    // A reference list's entry ("Labov, William, … 1972. A Quantitative Study…") is one unit: shown whole when short enough.
    if (node.type === 'paragraph' && referenceList.test(settings.heading ?? '') && isCitation(toString(node))) {
      const entry = toString(node).replace(/\s+/g, ' ').trim()
      if (countWords(entry) > maxWords * 2.5) return keepInNotes([structuredClone(node)])
      return push({ node: bullet([{ type: 'text', value: entry.replace(/(?<!\.\.)\.$/, '') }], 'whole'), notes: [structuredClone(node)], position })
    }
    const definition = defined.get(index)
    if (definition) return push({ node: bullet([{ type: 'strong', children: [{ type: 'text', value: `${definition.label}:` }] }, { type: 'text', value: ` ${definition.text}` }], 'answer'), notes: [structuredClone(node)], position })
    if (isProse(node)) {
      const all = splitSentences(proseText(node), settings.lang)
      const notes: BlockContent[] = [structuredClone(node)]
      if (all.length === 0) return push({ node: structuredClone(node), notes: [], position })
      if (isLeadIn(nodes, index)) {
        // The prose before the lead-in sentence gives its bullets first, with the paragraph in their notes.
        const before = chosenBy.get(index) ?? []
        const last = all[all.length - 1]!.replace(/:\s*$/, '')
        // A lead-in that is only a pronoun and its verb ("They are:", "These include:") hands its colon to the sentence before
        // it when that one is shown: "The Civil Service has made several commitments in response to the findings of the
        // survey:" over the quotation, not that claim alone on a slide and "They are:" on the next.
        const led = /^(?:they|these|those|here they) (?:are|were|include|included)$/i.test(last.trim()) ? before.at(-1) : undefined
        const handed = led !== undefined && led.index === all.length - 2
        before.slice(0, handed ? -1 : undefined).forEach((candidate, at) => push({ node: bullet(bulletPhrasing(candidate.bullet!), 'sentence'), notes: at === 0 ? notes : [], position }))
        if (handed) return push({ node: { type: 'paragraph', children: [...bulletPhrasing(led.bullet!), { type: 'text', value: ':' }] }, notes: before.length === 1 ? notes : [], keepWithNext: true, position })
        const introNotes = before.length > 0 ? [] : notes
        // (A lead-in that only points back, "For example if they:", "They might want this because:", shows the claim it
        // points at before it when no bullet does: a blind reader of set 85 found examples of nothing.)
        // (Past a sentence that only points elsewhere: "As exciting…, the results are also shocking. You'll likely have seen some of
        // the headline findings in the press. These include:" shows "The results are also shocking".)
        const pointed = all.slice(0, -1).findLastIndex((sentence, at) => at >= all.length - 3 && !isSignpost(sentence))
        const claim = before.length === 0 && pointed !== -1 && pointsBackLead.test(last) ? shortenSentence(all[pointed]!, maxWords) : undefined
        const short = (claim && countWords(claim) <= maxWords + 6 ? `${claim}. ` : '') + leadInText(last, maxWords)
        // A lead-in too long for the face stays in the notes; the list speaks for itself.
        // (Nor one that only announces the quotation under it: "I just want to include this 🌶 spicy 🌶 paragraph of his:".)
        if (countWords(short) > maxWords * 2 + 6 || (countWords(short) > maxWords + 6 && !claim) || emptyLeadIn(short, settings.heading) || (nodes[index + 1]?.type === 'blockquote' && !claim && isSignpost(last))) return introNotes.length > 0 ? keepInNotes(introNotes) : undefined
        // The colon stays where the author wrote one; a sentence the list finishes ends as written.
        const colon = /:\s*$/.test(all[all.length - 1]!)
        const intro: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: short + (colon ? ':' : '') }] }
        return push({ node: intro, notes: introNotes, keepWithNext: true, position })
      }
      const chosen = chosenBy.get(index) ?? []
      const question = answerOf.get(index)
      const ownLabel = leadLabel(node)
      const label = question ? toString(question) : ((ownLabel !== undefined && !isAnswerMarker(ownLabel) ? ownLabel : undefined) ?? (opensWithQuestion(all) && !asksToCare(all[0]!) ? all[0]! : undefined))
      if (question) notes.unshift({ type: 'paragraph', children: [{ type: 'text', value: toString(question) }] })
      // A glossary's term in bold over what it is ("**Backdoor**" and "A method of bypassing normal authentication…") shows
      // that, not a later sentence: "Backdoor: Backdoors can be installed by attackers…" had defined nothing.
      const meaning = ownLabel !== undefined && !question && node.children[0]?.type === 'strong' ? glossaryClaim(all, maxWords) : undefined
      if (meaning) return push({ node: bullet([{ type: 'strong', children: [{ type: 'text', value: withColon(ownLabel!) }] }, { type: 'text', value: ` ${meaning}` }], 'answer'), notes, position })
      if (chosen.length === 0) {
        if (label) {
          // A short answer that is no sentence ("So which should you use? Both agent and gateway.", "How many men for one woman in this sample? 1.73") follows its question as written.
          const answer = all.find((sentence) => sentence !== label && !/\?["'”’)]*$/.test(sentence))
          const pointsOn = (text: string): boolean => /^\(|^(?:check out|see|read|visit|learn more|find out|head over|click|subscribe|sign up|follow us|join (?:us|our))\b/i.test(text)
          // ("**Note:** For documentation on developing modules, see …": a label over a pointer says nothing on the face.)
          // (Nor over a signpost: "What is, then, a game engine? Let's try to agree on a common point of view.")
          if (!question && answer && (isPointer(answer) || isSignpost(answer))) return keepInNotes(notes)
          if (answer && (countWords(answer) >= 2 || /\d/.test(answer) || shortAnswer.test(answer)) && countWords(answer) <= maxWords && all.indexOf(answer) <= 1 && !pointsOn(answer)) {
            const shown = answer.replace(/(?<!\.\.)\.$/, '')
            return push({ node: bullet([{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: ' ' + shown }], 'answer'), notes, position })
          }
          // A question the paragraph opens with and never answers on the face ("What might this look like in the
          // classroom? Here's an example…") asks the audience nothing, nor does a label alone ("Nov 21 –"): to the notes.
          if (!question && (label !== ownLabel || !/\?["'”’)]*$/.test(label))) return keepInNotes(notes)
          // An answer too long to compress: the question alone, the answer in the notes.
          return push({ node: bullet([{ type: 'strong', children: [{ type: 'text', value: label }] }], 'question'), notes, position })
        }
        return keepInNotes(notes)
      }
      chosen.forEach((candidate, at) => {
        // A list written inside the sentence: its lead-in, then its items as a list (`enumerations.ts`).
        if (candidate.enumeration) {
          const { lead, items } = candidate.enumeration
          push({ node: { type: 'paragraph', children: [{ type: 'text', value: `${lead}:` }] }, notes: at === 0 ? notes : [], keepWithNext: true, position })
          // (Nine short ones in two columns: "variables", "lists", "dictionaries"… had run over two slides.)
          return void push({ node: columnList({ type: 'list', ordered: false, spread: false, children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] })) }), notes: [], position })
        }
        // (A cut that dropped a code span from inside what it kept shows the sentence whole: `code-spans.ts`.)
        const spans = node.type === 'paragraph' ? codeSpansOf(node) : []
        const text = dropsCode(candidate.bullet!.text, spans) && countWords(candidate.sentence) <= maxWords + 12 ? candidate.sentence.trim().replace(/(?<!\.\.)\.$/, '') : candidate.bullet!.text
        let children = withCodeSpans(text, spans)
        // A sentence from inside a quotation ("…personally: "What we do… Learning Elixir fundamentally changed the way I think…"")
        // is the speaker's quotation on the slide too, not the author's claim.
        const quoted = insideQuotation(all, candidate.index) || /^[“"]/.test(candidate.sentence.trim())
        if (quoted) {
          const said = quotedBullet(candidate, children, maxWords)
          if (!said) return
          children = said
        }
        // (A label that ends without its stop, "**Sending Signals Rubric**. This rubric…", takes a colon: "Rubric This rubric".)
        // (Not over a long answer shown whole: "But have we priced these risks correctly?" and thirty words made one bullet of a slide.)
        if (label && at === 0 && countWords(label) + candidate.bullet!.words <= (maxWords + 6) * 1.5) children = [{ type: 'strong', children: [{ type: 'text', value: withColon(label) }] }, { type: 'text', value: ' ' + candidate.bullet!.text }]
        const whole = candidate.bullet!.tokens === candidate.tokens
        const item = bullet(children, whole ? 'whole' : 'sentence')
        item.data = { ...item.data, score: candidate.score }
        push({ node: item, notes: at === 0 ? notes : [], position })
      })
      return
    }
    if (node.type === 'list') {
      // (Nor an item of a picture alone at any depth, which shows as an empty "–": `withoutBlankItems`.)
      // (Nor one that only speaks to the reader: "You've read all the way to the end? You're amazing! <3".)
      // (A numbered step is one whatever its words: "1. Look at what programs… I have installed" had gone, "Step 4" stayed.)
      const shown = withoutBlankItems(node, toString, (text) => (countWords(text) <= 10 && isPointer(text)) || (!node.ordered && countWords(text) <= 14 && isSignpost(splitSentences(text.replace(/\s*\([^()]*\)/g, ''), settings.lang)[0] ?? '')))
      // (An item that is only an ellipsis, "• ...", the writer's "and so on", or a click path, "Homepage -> Consumer Price
      // Index -> …", says nothing on a slide; nor does a reading list a pointer introduces: "For more detail on the leasing process…, see:" over four statutes.)
      const said = shown.children.filter((item) => (/[\p{L}\p{N}]/u.test(toString(item)) && !isClickPath(toString(item))) || item.children.some((child) => child.type !== 'paragraph'))
      if (said.length === 0 || (index > 0 && isLeadIn(nodes, index - 1) && isPointer(toString(nodes[index - 1]!).replace(/:\s*$/, '.')))) return keepInNotes([structuredClone(node)])
      // (A long outline three levels deep shows its first two: seven slides of Julia's release steps were one list.)
      // (Without Pandoc citation keys: "…network assessment" [@vierø2024]"; nor what the author struck out, nor a leading space.)
      const keyless = said.map((item) => trimmedItem(withoutStruck(withoutCitationKeys(item) ?? item)))
      const leadIn = index > 0 && isLeadIn(nodes, index - 1) ? countWords(toString(nodes[index - 1]!)) : 0
      const children = fitListItems(outlineFace({ ...node, children: keyless }).children, maxWords, settings.lang, leadIn, countWords(settings.heading ?? '') || 5)
      const changed = shown !== node || said.length < node.children.length || keyless.some((item, at) => item !== said[at]) || said.some((item, at) => toString(item) !== toString(children[at]!))
      if (changed) evenEndings(children)
      // (A step of one item over its listing, "2) Add an encoding property to the 'geoshape' mark…" over its JSON, starts the
      // listing's slide: a blind reader of set 304 found steps at the foot of one slide, their code on the next.)
      const step = children.length === 1 && nodes[index + 1]?.type === 'code'
      return push({ node: columnList({ ...structuredClone(node), children }), notes: changed ? [structuredClone(node)] : [], position, ...(step ? { keepWithNext: true } : {}) })
    }
    // A callout that only points to other reading ("💡 See … for more areas of code checking") is for the notes.
    // (So does an editor's note in a quote that opens by saying where else the post ran: "This article was also published on LinkedIn… These conversations have been edited for print.")
    const quoted = node.type === 'blockquote' ? splitSentences(toString(node)) : []
    // (So does a note on a side matter set as a quotation, "> Note on suppliers: We used Arcade World UK… Since the original build, we've been using Arcade Express…": a side remark, no one's words.)
    if (node.type === 'blockquote' && ((quoted.length === 1 && isPointer(quoted[0]!)) || isPublicationNote(toString(node.children[0]!)) || /^note on [^:.]{1,40}:|^status:\s*\S[^.]{0,60}\|\s*(?:github )?issues?\b/i.test(toString(node).trim()))) return keepInNotes([structuredClone(node)])
    if (node.type === 'blockquote' && quotedWords(node) > maxWords * longQuote) {
      return push({ node: condenseQuote(node, maxWords, settings.lang), notes: [structuredClone(node)], position })
    }
    // A pull quote's avatar or a badge is decoration (and a remote picture an offline deck cannot show).
    if (node.type === 'blockquote' && node.children.some(isDecoration)) {
      return push({ node: { ...structuredClone(node), children: node.children.filter((child) => !isDecoration(child)) }, notes: [], position })
    }
    if (isDecoration(node)) return keepInNotes([structuredClone(node)])
    if (node.type === 'heading') return push({ node: structuredClone(node), notes: [], keepWithNext: true, position })
    // Footnotes: the bullets that cite them are the article's sentences shortened, so the notes hold them.
    // A link reference definition shows nothing; it resolves links wherever it is in the tree.
    if ((node as { type: string }).type === 'definition') return keepInNotes([structuredClone(node)])
    if ((node as { type: string }).type === 'footnoteDefinition') return footnote(node)
    // Lone opening or closing tags (`<Intro>`, `</DeepDive>`, `<div class="note">`, `<center><br>`) show nothing: they wrap.
    // (Nor does a page's spacer between blocks, `<br>`: on a slide it only takes room.)
    if (node.type === 'html' && /^\s*(?:<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?\/?>\s*|&nbsp;\s*)+$/.test(node.value) && !/<\/?(?:img|video|audio|iframe|svg|picture|object|embed|hr|source|track|canvas|math|input|button|select|textarea)\b/i.test(node.value)) {
      return keepInNotes([structuredClone(node)])
    }
    // Raw HTML that holds a paragraph's worth of text (a site's pull quote, a callout box) is read, not shown; so is a table of more than 16 rows (a paper's 56 strains had filled nine slides).
    if ((node.type === 'html' && countWords(node.value.replace(/<[^>]*>/g, ' ')) > maxWords * 2) || (node.type === 'table' && node.children.length > 16)) return keepInNotes([structuredClone(node)])
    // A table, a listing or an HTML figure stays on one slide with its caption ("Table 1 TPC-H data set sizes…"), an equation with the "where" that lists its terms
    // ("$$y = mxq^k\epsilon$$ where - `y` is…"), a line of HTML in bold with what it labels ("<p><strong>6:45pm – Presentation with Q&A</strong></p>").
    const next = nodes[index + 1]
    const captioned = next !== undefined && ((isCaption(next) && (node.type === 'table' || node.type === 'code' || node.type === 'html')) || (isEquation(node) && next.type === 'paragraph' && /^(?:where|with)\b[^.]{0,80}:?$/i.test(toString(next).trim())) || (node.type === 'html' && /^<p>\s*<(strong|b)>[^<]{1,120}<\/\1>\s*<\/p>$/i.test(node.value.trim())))
    // (A table's column of pictures the deck cannot show goes from the face; the table as written is the notes'.)
    const copy = structuredClone(node)
    const shown = copy.type === 'table' ? withoutBlankPictureColumns(copy) : copy
    return push({ node: shown, notes: shown === copy ? [] : [structuredClone(node)], position, ...(captioned ? { keepWithNext: true } : {}) })
  })
  // A section whose prose only asks ("What is the context of your design? What kind of activity does your service
  // promote?…") asks the audience: its questions are the face, rather than an empty slide.
  if (units.every((unit) => unit.node.type === 'paragraph' && unit.node.children.length === 0)) {
    const asked = nodes.filter(isProse).map((node) => splitSentences(proseText(node), settings.lang))
    const questions = asked.length === 1 ? asked[0]! : []
    if (questions.length >= 2 && questions.length <= most && questions.every((question) => /\?["'”’)]*$/.test(question) && countWords(question) <= maxWords + 6)) {
      for (const question of questions) push({ node: bullet([{ type: 'text', value: question }], 'whole'), notes: [] })
    }
  }
  if (carried.length > 0) {
    const last = units[units.length - 1]
    if (last) last.notes.push(...carried)
    else units.push({ node: { type: 'paragraph', children: [] }, notes: carried })
  }
  return units
}

/**
 * Condense the body of one section for article mode, as one face: the units
 * of {@link condenseBlocks}, runs of bullets gathered into lists of at most
 * `maxBullets`, and every unit's notes in order.
 *
 * @param nodes The children of one section, without its heading.
 * @param options Bullet and word limits.
 * @returns Face, notes, and the number of prose sentences.
 */
export function condenseSection(nodes: readonly BlockContent[], options?: CondenseOptions | null): CondensedSection {
  const settings = options ?? emptyOptions
  const maxBullets = Math.max(1, settings.maxBullets ?? 6)
  const face: BlockContent[] = []
  const notes: BlockContent[] = []
  let pending: ListItem[] = []
  const flush = (): void => {
    if (pending.length > 0) face.push(bulletList(pending))
    pending = []
  }
  for (const unit of condenseBlocks(nodes, settings)) {
    notes.push(...unit.notes)
    if (unit.node.type === 'listItem') {
      pending.push(unit.node)
      if (pending.length >= maxBullets) flush()
    } else if (!(unit.node.type === 'paragraph' && unit.node.children.length === 0)) {
      flush()
      face.push(unit.node)
    }
  }
  flush()
  const sentences = nodes.reduce((sum, node) => sum + (isProse(node) ? splitSentences(toString(node), settings.lang).length : 0), 0)
  return { face, notes, sentences }
}

/** Whether inline content is set wholly in italics, spaces aside (a caption: "_The same spot viewed from the sidewalk…_"). */
export function italicOnly(children: readonly PhrasingContent[]): boolean {
  return children.every((child) => child.type === 'emphasis' || (child.type === 'text' && child.value.trim() === ''))
}

/** Headings of a list of works cited. */
const referenceList = /^(?:references|bibliography|works cited|sources|literature|further reading)\s*:?$/i
