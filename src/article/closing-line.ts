/**
 * The article's last word before "Questions?": the closing sentence of its
 * last section, when no face shows it and the article has no conclusion
 * section of its own. Two blind reviews found every deck went from its last
 * body slide straight to "Questions?", the article's conclusion left in the
 * notes ("You can learn to fly the helicopter once you understand all the
 * controls better").
 */
import type { Heading, List, Paragraph, RootContent } from 'mdast'
import { isDateLine } from './block-kinds.js'
import { toString } from './visible-text.js'
import { isOpeningTitle } from './topic-titles.js'
import { countWords, isStatement } from './clause-grammar.js'
import { firstFigure } from './key-figures.js'
import { bullet, bulletList } from './condense-items.js'
import { italicOnly } from './condense.js'
import { editorial, scoreSentences, turnsRound, type Candidate } from './sentence-score.js'
import { splitSentences } from './sentences.js'
import type { Slide } from '../types.js'
import { isTitleSlide } from '../markdown/fit-slide.js'
import { isAuthorBio, isPostBio, isTitledBio } from '../text/credit-lines.js'
import { isJournalFront, sourcesParagraph } from './signposts.js'
import { isPressFurniture } from './pointers.js'
import { tokensText, type Token } from './nlp.js'
import { pastForm } from './token-text.js'
import { withoutContinued } from './continued.js'
import { shownKey } from './shown-bullets.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Headings of a writer's sign-off section, "Afterword", "Outro": no entry of the agenda, and a close by its name. */
export const signOffHeading = /^(?:outro|epilogue|afterword|postscript|the end)\s*:?$/i

/** Headings of a section that already closes the talk. */
const conclusionHeading = /^(?:\d+[.)]?\s*)?(?:conclusions?|concluding (?:thoughts|remarks)|final (?:thoughts|words|remarks)|closing (?:thoughts|remarks)|in closing|wrapping up|wrap[- ]up|takeaways?|key takeaways|summary|in summary|the bottom line|lessons learned|what['’]s next|next steps|looking ahead|outlook)\b/i

/** A sentence that asks the reader to do something on the page, or says what the post itself was ('This blog has been a first for us…'), not a claim of the talk. */
const callToAction = /^this (?:blog(?: post)?|post|article|piece|series) (?:has|have|was|is)\b|^(?:please |feel free to |come and |come )?(?:contact|join|subscribe|follow|sign up|register|reach out|get in touch|let us know|check out|visit|email|e-mail|share|download|try|read|see|find|learn more|stay tuned|thanks?|thank you|we (?:look forward|can(?:['’]t| not|not) wait|hope to see|encourage|invite|welcome)|you can (?:support|donate|help|contribute|join|sponsor)|(?:interested|curious) readers (?:can|may|should)|to (?:see|view|explore|follow|learn|read|find)\b[^,]{0,80},\s*(?:visit|see|go to|check|head|read|click)\b|(?:more|further) details (?:can be found|are available)|(?:we )?hope (?:to see|you enjoy)|happy \w+ing|enjoy|good luck|see you)\b|\b(?:contact us|reach out to us|let us know|get in touch|stay tuned)\b|^if you have any (?:other |more |further )?(?:questions|comments|feedback)\b|^you can (?:find|read|see|download|get|check(?: out)?) (?:more|the|our|their|it|them|this|all)\b|^you can learn more\b/i

/** A note added after the piece: "Update: …", "Edit (2021): …", "P.S. …". */
const postscript = /^(?:(?:update|edit|addendum|correction|editor['’]s note)\b[^:.]{0,30}:|p\.\s?s\.)/i

/** A design team's "How might we…" statement, the last of a list of them: a question for the team, no close of the talk. */
const howMightWe = /^how might we\b/i

/** What {@link closingLine} needs to know of the deck. */
export interface ClosingOptions {
  /** Headings of sections that are back matter ("Further reading", "Credits"): the closing line is looked for before them. */
  isBackMatter: (heading: string) => boolean
  /** Words a bullet aims at. */
  maxWords: number
  /** Language of the prose. */
  lang: string
  /** The deck's title, for the thesis. */
  title?: string | undefined
  /** The deck's author line: who an author is closes no talk. */
  author?: string | undefined
}

/**
 * A statement slide with the closing sentence of the article's last
 * section, titled "In closing"; `undefined` when the last section is a
 * conclusion already, when its closing sentence is on a face, or when it
 * has none that reads as a claim (a call to action, a question, a sentence
 * that leans on the one before).
 *
 * @param slides The condensed slides, in order (title slide first).
 * @param options Back matter, word budget and language.
 */
export function closingLine(slides: readonly RootContent[], options: ClosingOptions): Slide | undefined {
  const content = slides.filter((node): node is Slide => node.type === 'slide')
  let last = content.length - 1
  while (last >= 0 && options.isBackMatter(headingOf(content[last]!))) last--
  // Not the title slide, and not a talk that ends on its own conclusion.
  if (last <= 0 || conclusionHeading.test(headingOf(content[last]!))) return undefined
  const faces = content.map(faceWords)
  const shown = (text: string, on: readonly string[]): boolean => on.some((face) => face.includes(shownKey(text)))
  // (A closing claim the rest of the talk takes up, two of its terms in a third of the sections before: a last section's
  // detail, "Children from the school next door keep a bed of sunflowers", closes no talk on community gardens.)
  const others = sectionTexts(content.slice(1, last).filter((slide) => headingOf(slide) !== headingOf(content[last]!)), options)
  // (The whole last section: its notes may all be on its first slide, its "(cont.)" slide holding none.)
  let first = last
  while (first > 1 && headingOf(content[first - 1]!) === headingOf(content[last]!)) first--
  const section: Slide = { type: 'slide', children: content.slice(first, last + 1).flatMap((slide) => slide.children) }
  // (Unless the writer named the section a close: "Afterword" over "Maps are a connected topic, stretching into art,
  // mathematics, physics, ecology, and so much more".)
  const closes = signOffHeading.test(headingOf(content[last]!)) || /^parting (?:thoughts|words)\s*:?$/i.test(headingOf(content[last]!))
  const closing = closingClaim(section, options, (candidate) => closes || others.length < 3 || spreadOver(candidate, others, 2) >= 0.3)
  const thesis = thesisClaim(content.slice(0, last), options)
  const lines: string[] = []
  // The thesis when no face shows it (a blind review found a close that repeats the overview's bullet worse than
  // none); the closing claim unless a face shows it.
  if (thesis && !shown(thesis, faces)) lines.push(thesis)
  // (Nor when the last slide shows it only as the last of three bullets or more: "We therefore encourage you to sign the
  // letter to congress…" under "Impact" had taken the place of the talk's close, which a blind reader of set 200 missed;
  // the talk shape takes it off that slide.)
  // (The last list's last item, the talk shape takes off; in plain words: a closing line's formula would show as its source.)
  const lists = content[last]!.children.filter((child): child is List => child.type === 'list')
  const item = lists.at(-1)?.children.at(-1)
  const plain = item !== undefined && lists.at(-1)!.children.length >= 2 && lists.reduce((sum, list) => sum + list.children.length, 0) >= 3 && !/"type":"(?:inlineMath|inlineCode|html)"/.test(JSON.stringify(item))
  const lastItem = plain ? shownKey(toString(item)) : ''
  const endsFace = closing !== undefined && !/[\\$_^`]/.test(closing) && lastItem.length > 20 && shownKey(closing).startsWith(lastItem) && !shown(closing, faces.slice(0, last))
  // (Nor one a bullet already says cut shorter: "The doctor will write up a report…" under "After your exam, the doctor…".)
  const bullets = content.flatMap((slide) => slide.children.filter((child): child is List => child.type === 'list').flatMap((list) => list.children.map((each) => shownKey(toString(each)))))
  const echoed = (text: string): boolean => bullets.some((key) => key.split(' ').length >= 6 && ` ${shownKey(text)} `.includes(` ${key} `))
  if (closing && (!(shown(closing, faces) || echoed(closing)) || endsFace) && !lines.some((line) => shownKey(line) === shownKey(closing))) lines.push(closing)
  if (lines.length === 0) return undefined
  return {
    type: 'slide',
    data: { attributes: { class: 'closing-line' } },
    children: [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: lines.length > 1 ? 'Takeaways' : 'In closing' }] },
      bulletList(lines.map((line) => bullet([{ type: 'text', value: line }], 'sentence')))
    ]
  }
}

/** A slide's heading without its "(cont.)". */
function headingOf(slide: Slide): string {
  const heading = slide.children.find((child): child is Heading => child.type === 'heading')
  return heading ? withoutContinued(toString(heading)) : ''
}

/** The words on a slide's face. */
function faceWords(slide: Slide): string {
  // (Block by block and item by item: a list's items read "…business models business case…", not run together.)
  const text = (node: RootContent): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as RootContent[]).map(text).join(' ') : '')
  return shownKey(slide.children.filter((child) => child.type !== 'notes').map(text).join(' '))
}

/** The prose paragraphs in a slide's notes (no footnote, no date line). */
function noteParagraphs(slide: Slide): Paragraph[] {
  // (Nor a journal's front, "Katherine Cook Received 2018-08-05 Citation: …", which had closed a talk.)
  // (Nor a list of sources written as one paragraph under its label.)
  // (Nor a postscript, "Update: The campaign has included my snowy New Hampshire interaction…", which had closed a talk.)
  return slide.children.flatMap((child) => (child.type === 'notes' ? child.children : [])).filter((node): node is Paragraph => node.type === 'paragraph' && !node.data?.footnote && !node.data?.backMatter && !isDateLine(toString(node).trim()) && !isJournalFront(toString(node).trim()) && !sourcesParagraph.test(toString(node).trim()) && !postscript.test(toString(node).trim()) && !isPressFurniture(toString(node)))
}

/** Whether a candidate reads as a claim of the talk on its own. */
function isClaim(candidate: Candidate, most = 16): boolean {
  // (A lead-in with its list, "…should include: discussions on business models; …", is no closing line.)
  // (A few words over the bullet's budget are fine on a slide of one line: "We can assure the health and sustainability of
  // the scientific research community into the future".)
  // (Nor the lead-in to a quotation: "In a (mostly positive) summary of…, Andrej Karpathy writes:".)
  if (/:["'”’)]*\s*$/.test(candidate.sentence.trim())) return false
  // (Nor a reference with its link: "Wyscout, W. (2024). Smart pass. https://dataglossary.wyscout.com/smart_pass/".)
  // (Nor a chart's caption with its source: "Stormwater Treatment Area operational periods indicate when each facility
  // became operational (Data Source: Chimney 2018)" had closed a talk.)
  // (Nor an editor's words in square brackets, "[Use the FEMA checklist to get started]": no close of the talk.)
  if (howMightWe.test(candidate.sentence.trim()) || /https?:\/\/|\bwww\.|\((?:data )?sources?:/i.test(candidate.sentence) || editorial(candidate.bullet?.text ?? '')) return false
  return candidate.bullet !== undefined && candidate.enumeration === undefined && (candidate.bullet.fits || candidate.bullet.words <= most) && !candidate.signpost && !candidate.vague && isStatement(candidate.bullet.tokens) && !callToAction.test(candidate.bullet.text) && candidate.terms.size >= 3
}

/** The last sentence of the last section's last paragraph that makes a claim on its own. */
function closingClaim(slide: Slide, options: ClosingOptions, takenUp: (candidate: Candidate) => boolean): string | undefined {
  // (A line of a few words, a picture's caption copied as a line of its own, "Spraying equipment is heavy!", closes nothing.)
  const paragraphs = noteParagraphs(slide).filter((each) => toString(each).split(/\s+/).filter(Boolean).length >= 8)
  // (The last paragraph with a claim, of the last two: a paragraph of thanks, "Thanks also to my good friend Will Mari for
  // reading over this post…", closes no argument, and the claim before it is the close.)
  // (A question the article ends on, set alone, is its close: "Great big step towards democracy, or false expectations
  // rooted in a skewed and incorrect social science paradigm?" — not one asked of the reader, "What do you think?".)
  const ending = paragraphs.at(-1) ? splitSentences(toString(paragraphs.at(-1)!).trim(), options.lang) : []
  // (A last paragraph of one sentence is the writer's closing line, said whole up to a slide's worth of words: "We do not
  // own this Earth, we are merely the recipients of a great and generous loan that our descendants will have to pay back
  // if we do not care for it responsibly." had left the talk to end on "Questions?".)
  // (Not a caption set in italics, "_A video of a partially completed reconstructed scene…_", nor one that names its picture.)
  // (Without the hedge and the phrase before it a bullet drops: "Processing all of this, it seems like | making STEM…".)
  const italic = italicOnly(paragraphs.at(-1)?.children ?? [])
  const [alone] = ending.length === 1 && paragraphs.length > 1 && !italic && !/^(?:an? |the )?(?:video|photo|picture|image|map|chart|graph|screenshot|figure|diagram)\b/i.test(ending[0]!) ? scoreSentences([ending], { maxWords: 40, lang: options.lang }) : []
  // (Nor a rule's last case, "If we get a claim more than one year after…, the effective date is…" after two more "If we
  // get a claim…": one more case, no close; "If you find yourself with lots of questions, you're already off to a good start" is one.)
  const opener = /^(?:if|unless|when|whenever|for)\b/i.exec(alone?.sentence ?? '')?.[0].toLowerCase()
  // (Nor the last of a roll of people's deeds, "James Lamb updated the HTTP calls…" after "Anh Tran overhauled…" and
  // "Sydney Purdue added…": one more contribution, no close.)
  const deed = /^\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ \p{Ll}+ed\b/u
  const cases = (opener !== undefined && paragraphs.slice(-3, -1).some((each) => toString(each).trim().toLowerCase().startsWith(`${opener} `))) || (deed.test(alone?.sentence ?? '') && paragraphs.slice(-3, -1).some((each) => deed.test(toString(each).trim())))
  if (alone && countWords(alone.sentence) <= 36 && !/\?["'”’)]*$/.test(alone.sentence) && !cases && isClaim(alone, 40) && !pointsBack(alone.bullet!.tokens) && !['i', 'my'].includes(alone.bullet!.tokens[0]?.lower ?? '')) return alone.bullet!.words < countWords(alone.sentence) - 3 ? alone.bullet!.text : alone.sentence.replace(/(?<!\.\.)\.$/, '')
  // (A short last sentence that says the title is the punchline the piece was named for, whatever it points back at: "It
  // is a piece of chalk." closes "A Piece of Chalk".)
  const last = ending.at(-1)
  if (last && options.title && countWords(last) <= 10 && !/\?["'”’)]*$/.test(last) && shownKey(last).includes(shownKey(options.title.replace(/^(?:a|an|the)\s+/i, ''))) && shownKey(options.title).split(' ').length >= 2) return last.replace(/[.!]+(["'”’)]*)$/, '$1')
  if (ending.length === 1 && /\?["'”’)]*$/.test(ending[0]!) && countWords(ending[0]!) <= 24 && !/\b(?:you|your|yours|thoughts|comments?|let me know)\b/i.test(ending[0]!) && !howMightWe.test(ending[0]!)) return ending[0]!
  for (const paragraph of paragraphs.slice(-2).reverse()) {
    // (Without its inline HTML: "<small>I'm indebted to many colleagues…".)
    const candidates = scoreSentences([splitSentences(toString(paragraph).replace(/<\/?[a-z][^>]*>/gi, ''), options.lang)], { maxWords: options.maxWords, lang: options.lang })
    // (Nor an addition, "We can also provide org integrations for cookie…": a close sums up, it does not add.)
    // (Nor a concession the next sentence turns round: "GDI will be revised…" before "However, GDI indicates…".)
    const conceded = (candidate: Candidate): boolean => turnsRound(candidates[candidates.indexOf(candidate) + 1]?.sentence ?? '')
    // (The article's last claim may run to the hard cap: it is a slide of its own; a thesis picked from the opening stays short.)
    // (Nor who an author is, "Christina Orieschnig is a PhD researcher in hydrology…", nor a credit, "Additional editorial and
    // graphical work done by Florian Kaiselgruber".)
    // (Nor who wrote it, named by title and post: "Dr Hester Lees-Jeffries is a Senior Lecturer in the Faculty of English…".)
    const credit = (candidate: Candidate): boolean => /\b(?:done|edited|written|illustrated|designed|produced|compiled|reviewed|photographed) by \p{Lu}/u.test(candidate.sentence) || isPostBio(candidate.sentence) || isTitledBio(candidate.sentence, options.title ?? '') || (options.author !== undefined && [candidate.sentence, candidate.bullet!.text].some((text) => isAuthorBio(text, options.author!)))
    const claim = [...candidates].reverse().find((candidate) => isClaim(candidate, options.maxWords + 6) && !isNarrative(candidate) && !conceded(candidate) && !credit(candidate) && !/\b(?:also|too|as well)\b/i.test(candidate.sentence) && !['i', 'my'].includes(candidate.bullet!.tokens[0]?.lower ?? '') && !pointsBack(candidate.bullet!.tokens))
    // (A maxim closes whatever it names: "You can never predict the needs of tomorrow".)
    if (claim) return takenUp(claim) || /^you\b|\b(?:never|always)\b/i.test(claim.bullet!.text) ? claim.bullet!.text : undefined
    // (A last paragraph that only asks, "At some point … will start to actually do something about this, right? I mean…",
    // holds no claim to weigh against the one before it.)
    const asksOnly = /\?/.test(toString(paragraph)) && !candidates.some((candidate) => !candidate.signpost && candidate.bullet !== undefined)
    if (!asksOnly && !candidates.every((candidate) => candidate.signpost)) break
  }
  return undefined
}

/** A pronoun with no noun before it in the bullet ("Perhaps more slowly than we'd like, but it is changing"): its referent is elsewhere. */
function pointsBack(tokens: readonly Token[]): boolean {
  // ("Even that isn't strictly necessary, since…": a "that" standing alone before its verb too.)
  const pronoun = tokens.findIndex((token, at) => (token.pos === 'PRON' && ['it', 'they', 'them', 'this', 'these', 'those'].includes(token.lower)) || (token.lower === 'that' && at <= 2 && ['AUX', 'VERB'].includes(tokens[at + 1]?.pos ?? '')))
  // (A person's pronoun wants the person's name before it: "According to family tradition and genealogies, he came to the
  // United States…" closed a talk that had not named him.)
  // (Not a quotation's "she said": "“I love the idea of discovery, and of a bat proving you wrong,” she said".)
  const person = tokens.findIndex((token, at) => ['he', 'she', 'him', 'his', 'her'].includes(token.lower) && !(/^["”’]$/.test(tokens[at - 1]?.value ?? '') && /^(?:said|says|added|explained|noted|told|recalled)$/.test(tokens[at + 1]?.lower ?? '')))
  return (pronoun !== -1 && !tokens.slice(0, pronoun).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) || (person !== -1 && !tokens.slice(0, person).some((token) => token.pos === 'PROPN'))
}

/**
 * The article's thesis: the strongest claim of its opening (the overview
 * before the first section) that the rest of the article takes up — its
 * terms recur in most sections — by centrality and overlap with the title;
 * a story's scene-setting ("Last month, I completed…", "I am sitting here
 * in my hotel room") is no thesis.
 */
function thesisClaim(slides: readonly Slide[], options: ClosingOptions): string | undefined {
  const intro: Slide[] = []
  let at = 0
  for (; at < slides.length; at++) {
    const slide = slides[at]!
    if (isTitleSlide(slide)) continue
    const heading = slide.children.find((child): child is Heading => child.type === 'heading')
    if (!(isOpeningTitle(headingOf(slide)) || heading?.data?.overviewTopic === true) || intro.length === 2) break
    intro.push(slide)
  }
  const paragraphs = intro.flatMap(noteParagraphs).map((paragraph) => splitSentences(toString(paragraph), options.lang))
  if (paragraphs.length === 0) return undefined
  const texts = sectionTexts(slides.slice(at), options)
  const spread = (candidate: Candidate): number => spreadOver(candidate, texts)
  const all = scoreSentences(paragraphs, { title: options.title, maxWords: options.maxWords, lang: options.lang })
  // (A story's opening holds no thesis: "The Turing Award is like the Fields Medal for math" was an aside of a memoir.)
  const told = all.filter((candidate) => candidate.bullet && (isNarrative(candidate) || ['i', 'my', 'me'].includes(candidate.bullet.tokens[0]?.lower ?? '')))
  if (told.length >= 0.6 * all.filter((candidate) => candidate.bullet).length) return undefined
  // (Nor the set-up a "However, …" turns against: "The volumes of eligible participants are relatively small…
  // However, research shows that the admin required… is considerably higher".)
  const turned = (candidate: Candidate): boolean => all.some((other) => other.paragraph === candidate.paragraph && other.index === candidate.index + 1 && turnsRound(other.sentence))
  const scored = all
    // (A figure is a section's example, not the talk's thesis: "The service has over 100 million monthly active users".)
    // (Nor who the author is: "Alyssa Loyless is an MSc student in Archaeological Information Systems…".)
    // (Nor a sum worked out, "Obviously 4/10=.4, which is greater than 300/1000=.3".)
    .filter((candidate) => isClaim(candidate) && isThesis(candidate) && firstFigure(candidate.bullet!.text) === undefined && !/\d\s*=\s*[\d.]/.test(candidate.sentence) && !turned(candidate) && !(options.author !== undefined && isAuthorBio(candidate.sentence, options.author)))
    .map((candidate) => ({ candidate, score: candidate.score - (candidate.concrete ? 1 : 0) + spread(candidate) * 3 }))
  // (One that names what the title names, when one does: "The Cunningtons would lose their only son, Edward" closed a talk
  // on "Citizen Archaeologists: The MicroPasts Project"; a blind reader of set 84 found it off-topic. A catchy title that
  // no claim repeats, "Is your project using “agilefall”?", leaves the choice as it was.)
  const titled = scored.filter(({ candidate }) => [...candidate.terms].some((term) => candidate.anchors?.has(term)))
  return (titled.length > 0 ? titled : scored).sort((a, b) => b.score - a.score)[0]?.candidate.bullet?.text
}

/** The article's sections (back matter aside), each as lower-case text, in order. */
function sectionTexts(slides: readonly Slide[], options: ClosingOptions): string[] {
  const sections = new Map<string, string>()
  for (const slide of slides) {
    const heading = headingOf(slide)
    if (options.isBackMatter(heading)) continue
    sections.set(heading, `${sections.get(heading) ?? ''} ${noteParagraphs(slide).map((paragraph) => toString(paragraph)).join(' ').toLowerCase()}`)
  }
  return [...sections.values()]
}

/** The share of sections that name one of a claim's terms (`least` of them): a talk's point is taken up across it. */
function spreadOver(candidate: Candidate, texts: readonly string[], least = 1): number {
  if (texts.length === 0) return 0
  const terms = [...candidate.terms].filter((term) => !/\d/.test(term))
  const reached = texts.filter((text) => terms.filter((term) => new RegExp(`\\b${escapeStringRegexp(term)}`).test(text)).length >= least).length
  return reached / texts.length
}

/** A sentence that tells what happened (its first verb in the past tense) rather than claims. */
function isNarrative(candidate: Candidate): boolean {
  // (Past a participle after its noun: "Four Navy ships assisted by aircraft are searching" is in the present.)
  const tokens = candidate.bullet?.tokens ?? candidate.tokens
  const verb = tokens.find((token, at) => (token.pos === 'VERB' || token.pos === 'AUX') && !(/ed$/.test(token.lower) && ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '') && tokens[at + 1]?.lower === 'by' && tokens.slice(at + 2).some((other) => other.pos === 'AUX')))
  if (!verb) return true
  if (verb.pos === 'AUX') return ['was', 'were', 'had', 'did'].includes(verb.lower)
  // "returned", "came", "began": a verb not in its base form, nor in "-s" or "-ing".
  return pastForm(verb)
}

/** Words of a sentence about the writing, not its subject ("This post lists…", "Summary of…", "My purpose is…"). */
const aboutTheWriting = /\b(?:post|article|blog|guide|interview|summary|chapter|series|essay|purpose|this piece)\b/i

/**
 * Whether a claim can stand as the talk's thesis: no story ("I returned to
 * my work…", "Three years ago the bus carried…"), no words about the writing,
 * not the author speaking of themself ("I'm James…"), not opening on a
 * preposition without a clause after its comma ("Via the require form") or on "these tools", which point elsewhere.
 */
function isThesis(candidate: Candidate): boolean {
  const tokens = candidate.bullet!.tokens
  const [first, second] = tokens
  // (Nor what the writers picked to write about: "The repository that contains the code… was chosen for review".)
  if (!first || isNarrative(candidate) || aboutTheWriting.test(candidate.bullet!.text) || /\b(?:was|were|has been|have been) (?:chosen|selected|picked) (?:for|as) (?:review|analysis|study|the (?:case study|example))\b/i.test(candidate.bullet!.text)) return false
  // ("We are the co-founders of PostHog": the authors introducing themselves.)
  if (first.lower === 'we' && ['are', '’re', "'re"].includes(second?.lower ?? '') && ['the', 'a', 'an'].includes(tokens[2]?.lower ?? '')) return false
  // ("As a co-author, I stand behind the results…": the author after a fronted phrase too.)
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma > 0 && comma <= 6 && ['i', 'my'].includes(tokens[comma + 1]?.lower ?? '')) return false
  // ("One possible solution is a binding international accord": one item of several, not the talk's point.)
  if (first.lower === 'one' && /^(?:(?:possible|potential|other|more|key|simple|good|common) )?(?:solution|way|option|approach|answer|reason|example|idea|problem|challenge|factor|step|strategy)s?\b/i.test(tokensText(tokens.slice(1, 4)))) return false
  // (Nor one more thing added: "…also…", "You can even get notifications right inside GUI applications", a feature of what
  // the post goes on to do without.)
  if (['i', 'my', 'me', 'another', 'other'].includes(first.lower) || (first.pos === 'ADP' && !tokens.some((token) => token.value === ',')) || /\b(?:also|too|as well|even(?! (?:if|though|when|as|so|then)\b))\b/i.test(candidate.bullet!.text)) return false
  // ("Most of them are coming off a shift": a pronoun before any noun points at the sentence before.)
  if (pointsBack(tokens)) return false
  // ("The rest is grazing land": the rest of what the sentence before named.)
  if (first.lower === 'the' && ['rest', 'remainder', 'others', 'latter', 'former', 'remaining'].includes(second?.lower ?? '')) return false
  return !(['this', 'these', 'those', 'that', 'such'].includes(first.lower) && second?.pos === 'NOUN')
}
