/**
 * Titles for the continuation slides of an "Overview" (the prose before an
 * article's first heading, or an article with no headings at all): instead
 * of "Overview (cont.)" again and again, the subject of the slide's first
 * bullet ("Geographic information", "Zip code"), as the article words it.
 */
import type { Heading, RootContent } from 'mdast'
import type { FaceUnit } from './condense.js'
import { continuedHeading } from './long-headings.js'
import { capitalise, isPunct } from './clause-grammar.js'
import { clauseSubject } from './clause-subject.js'
import { tagSentence, tokensText } from './nlp.js'
import { toString } from './visible-text.js'

/** Most words in a topic title. */
const topicWords = 5

/** Verbs of a person acting or speaking, whose subject is no topic ("Matt Miller delivered a talk…" had titled two slides "Matt Miller"). */
const personVerbs = new Set(['say', 'respond', 'reply', 'tell', 'ask', 'explain', 'offer', 'share', 'stand', 'write', 'listen', 'note', 'recall', 'argue', 'add', 'announce', 'tweet', 'post', 'remember', 'recount', 'deliver', 'present', 'give', 'speak', 'talk', 'lead', 'host', 'introduce', 'demonstrate', 'show', 'discuss', 'describe', 'focus', 'join', 'welcome', 'thank', 'suggest', 'propose'])

/** Words that point to something named elsewhere: no title. */
const pointing = new Set(['this', 'these', 'that', 'those', 'such', 'it', 'they', 'another', 'other', 'same'])

/**
 * The topic of a page: the subject noun phrase of its first bullet made from
 * the article's prose, without a leading article, when it is one to five
 * words naming a thing; `undefined` otherwise (a pronoun, a long phrase, a
 * page that opens with a list from the source).
 *
 * @param page The units of one slide face.
 */
export function topicTitle(page: readonly FaceUnit[]): string | undefined {
  // Bullets are units of their own (assembled into a list later); a list from the source is one unit.
  const items = page.flatMap((unit) => (unit.node.type === 'listItem' ? [unit.node] : unit.node.type === 'list' ? unit.node.children : []))
  for (const item of items.slice(0, 1)) {
    if (!['sentence', 'whole'].includes(item.data?.condensed ?? '')) return undefined
    const topic = subjectHead(toString(item))
    if (topic) return topic
  }
  return undefined
}

/** The unit a page opens with, past a carried sub-heading and inert HTML. */
function opening(page: readonly FaceUnit[]): FaceUnit | undefined {
  return page.find((unit) => unit.node.type !== 'heading' && unit.node.type !== 'html')
}

/**
 * The file a page's listing names in its first line, when the page opens with it (`// TableViewDataSource.swift`,
 * `# settings.py`): what a speaker titles a slide of code with, in an article without headings.
 *
 * @param page The units of one slide face.
 */
export function listingTitle(page: readonly FaceUnit[]): string | undefined {
  const first = opening(page)
  if (first?.node.type !== 'code') return undefined
  return /^\s*(?:\/\/|#|--|;+|\/\*)\s*([\w.-]+\.[A-Za-z]{1,6})\s*(?:\*\/)?\s*$/.exec(first.node.value.split('\n')[0] ?? '')?.[1]
}

/** Most words in a title made from a lead-in. */
const leadInWords = 7

/**
 * The title a page takes from the lead-in it opens with, in an article
 * without headings: "There are some disadvantages:" over its list titles the
 * page "Disadvantages", "Some possible issues that may come up:" "Possible
 * issues that may come up" (the article's words, without "there are", "here
 * are", "some" and the colon). `undefined` when the page opens otherwise, or
 * the lead-in is a sentence of its own ("We used three tools:"), long, or
 * names nothing.
 *
 * @param page The units of one slide face.
 */
export function leadInTitle(page: readonly FaceUnit[]): string | undefined {
  const first = opening(page)
  if (!first?.keepWithNext || first.node.type !== 'paragraph') return undefined
  const text = toString(first.node).trim()
  if (!/:$/.test(text)) return undefined
  const phrase = text
    .replace(/:$/, '')
    .replace(/^(?:there|here)\s+(?:are|is|were|was)\s+/i, '')
    .replace(/^(?:some|a few|several)\s+/i, '')
    // ("Other executives confirmed for the Summit include:": what the list is, without its verb.)
    .replace(/\s+(?:include|includes|included|are|were)$/i, '')
    .trim()
  const tokens = tagSentence(phrase)
  const words = tokens.filter((token) => !isPunct(token))
  if (words.length === 0 || words.length > leadInWords) return undefined
  // A noun phrase, not a clause: its first word a noun, an adjective or a determiner, with a noun after it.
  if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(words[0]!.pos) || !words.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return undefined
  // (A clause inside it, "…reasons we chose it", is no title.)
  if (words.some((token, index) => ['i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'these', 'those', 'such', 'same'].includes(token.lower) || (index === 0 && token.lower === 'that'))) return undefined
  // (Nor is a clause: "Participants highlighted the value of…", "Next steps are to"; a verb only after "that", "which" or
  // "who" belongs to the phrase: "Possible issues that may come up".)
  const relative = words.findIndex((token) => ['that', 'which', 'who'].includes(token.lower))
  // (A participle after its noun belongs to the phrase too: "executives confirmed for the Summit".)
  // (Not a verb with its object, "Participants highlighted the value of…": a participle's phrase goes on with a preposition.)
  const participle = (index: number): boolean => /ed$/.test(words[index]!.lower) && ['NOUN', 'PROPN'].includes(words[index - 1]?.pos ?? '') && words[index + 1]?.pos === 'ADP'
  if (words.some((token, index) => (token.pos === 'VERB' || token.pos === 'AUX') && (relative === -1 || index < relative) && !participle(index))) return undefined
  const title = phrase.replace(/^(?:the|a|an)\s+/i, '')
  return title.charAt(0).toUpperCase() + title.slice(1)
}

/** A label that dates a timeline's entry: "Nov 21", "Dec 08", "3 May 2021", "2021-05-03", "14:32 UTC", "1998". */
const dateLabel = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?:\s?[ap]m)?(?:\s+[A-Z]{2,4})?|(?:1[5-9]|20)\d{2})$/i

/**
 * The title of a page of a timeline: the span of the dates its bullets are labelled with, as written ("Nov 27 –
 * Dec 05"), when at least a third of its bullets (and more than a lone one) are dated; a page of "Dec", "PRIS" or
 * "Overview (cont.)" told a speaker nothing of where in the story it is.
 *
 * @param page The units of one slide face.
 */
export function timelineTitle(page: readonly FaceUnit[]): string | undefined {
  const bullets = page.filter((unit) => unit.node.type === 'listItem')
  const dates = bullets.flatMap((unit) => {
    const [paragraph] = (unit.node as { children: RootContent[] }).children
    const label = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    const text = label?.type === 'strong' ? toString(label).replace(/\s*[-–—:]\s*$/, '').trim() : ''
    if (dateLabel.test(text)) return [text]
    // (Or the paragraph it was condensed from opens on one, a diary's entry: "January 14. 80 percent of all travel decisions…".)
    const source = unit.notes[0]?.type === 'paragraph' ? toString(unit.notes[0]).trim() : ''
    const opening = /^([^.:]{3,20})[.:]\s/.exec(source)?.[1]?.trim() ?? ''
    return label?.type !== 'strong' && dateLabel.test(opening) && !/^\d{4}$|^\d{1,2}:\d{2}/.test(opening) ? [opening] : []
  })
  if (dates.length === 0 || dates.length * 3 < bullets.length || (dates.length === 1 && bullets.length === 1)) return undefined
  // (A range's start opens the span: "Oct 3 - 23" … "Oct 23" is "Oct 3 – Oct 23".)
  const [first, last] = [dates[0]!.replace(/\s*[-–]\s*\d{1,2}$/, ''), dates[dates.length - 1]!]
  return first === last ? first : `${first} – ${last}`
}

/** The head of a sentence's subject: its noun phrase up to a preposition or a relative clause, without a leading article. */
function subjectHead(sentence: string): string | undefined {
  const tokens = tagSentence(sentence)
  const subject = clauseSubject(tokens)
  // A name the tagger broke ("The Electron Upgrades | Working Group believes…") is no topic.
  if (!subject || /^\p{Lu}/u.test(tokens[subject.length]?.value ?? '')) return undefined
  // (Nor one it broke before the subject: "Place | Matters staff conducted…" had titled a slide "Matters staff".)
  const from = tokens.indexOf(subject[0]!)
  // (Nor one it broke after a name's small words: "Attending Meeting of the | Minds conference…" had titled one "Minds conference".)
  const small = (at: number): boolean => ['of', 'the', 'for', 'and', 'de', 'on'].includes(tokens[at]?.lower ?? '')
  const broken = small(from - 1) && (/^\p{Lu}/u.test(tokens[from - 2]?.value ?? '') || (small(from - 2) && /^\p{Lu}/u.test(tokens[from - 3]?.value ?? '')))
  if (from > 0 && (/^\p{Lu}/u.test(tokens[from - 1]!.value) || broken) && /^\p{Lu}/u.test(subject[0]!.value)) return undefined
  // (A person doing or saying something is the slide's actor, not its topic: "Laura Baile responded…", "Woods listened…".)
  const verb = tokens[from + subject.length]
  if (subject.every((token) => token.pos === 'PROPN') && subject.length <= 3 && verb && personVerbs.has(verb.lemma)) return undefined
  let words = subject.filter((token) => !isPunct(token))
  // ("Now Tauri is the framework…": an adverb before the subject is no part of it.)
  if (/^(?:now|today|then|still|also|so|yet|again|here|there|finally|eventually|meanwhile)$/.test(words[0]?.lower ?? '') && words.length > 1) words = words.slice(1)
  if (['the', 'a', 'an'].includes(words[0]?.lower ?? '')) words = words.slice(1)
  // ("Last month DORA published…": the time before the subject is no part of it.)
  if (/^(?:last|next|this|every|each)$/.test(words[0]?.lower ?? '') && /^(?:week|month|year|day|spring|summer|autumn|fall|winter|decade)s?$/.test(words[1]?.lower ?? '')) words = words.slice(2)
  // "zip code of a college town" → "zip code"; "data that may be…" → "data".
  // (A capitalised word belongs to a name: "Electron Upgrades Working Group".)
  const end = words.findIndex((token, index) => index > 0 && ['ADP', 'PRON', 'VERB', 'SCONJ', 'AUX'].includes(token.pos) && !/^\p{Lu}/u.test(token.value))
  if (end !== -1) words = words.slice(0, end)
  if (words.length === 0 || words.length > topicWords) return undefined
  // One common word ("Information", or "Zip" cut from "zip code" by the tagger) names too little.
  // (A capital that only starts the sentence makes no name: "Instructors might…", "Topic modeling may…".)
  const name = words[0]!.pos === 'PROPN' && (words[0] !== tokens[0] || /\p{Lu}|\d/u.test(words[0]!.value.slice(1)))
  if (words.length === 1 && !name) return undefined
  // (Nor "Some clever engineer today": a quantity of someone, at some time, is no topic.)
  if (words.some((token) => token.pos === 'PRON' || pointing.has(token.lower) || token.pos === 'NUM') || /^(?:some|any|every|each|many|most|several|few|all|no)$/.test(words[0]?.lower ?? '') || /^(?:today|now|yesterday|tomorrow|nowadays)$/.test(words.at(-1)?.lower ?? '')) return undefined
  // ("The entire situation escalated…": a noun that names nothing of its own titles nothing.)
  if (['situation', 'thing', 'things', 'way', 'ways', 'lot', 'fact', 'point', 'case', 'part', 'one'].includes(words[words.length - 1]!.lower)) return undefined
  if (!words.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return undefined
  return tokensText(capitalise(words.map((token, index) => (index === 0 ? { ...token, space: '' } : token)))).trim()
}

/**
 * An "Introduction" heading for the prose before an article's first section (it was "Overview", which two blind
 * reviewers of every deck of set 35 found gave no overview: the slide holds the article's opening claims).
 */
export function overviewHeading(): Heading {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Introduction' }], data: { overview: true } }
}

/** Whether a title is that of the slide that opens a talk: Lectern's "Introduction", or an article's own "Overview". */
export function isOpeningTitle(text: string): boolean {
  return /^(?:Overview|Introduction)$/.test(text)
}

/** Whether a slide continues the overview under its topic's title. */
export function isOverviewTopic(node: RootContent): boolean {
  return node.type === 'slide' && node.children.some((child) => child.type === 'heading' && child.data?.overviewTopic === true)
}

/**
 * Whether a heading is an "Overview" Lectern made (marked in its data, which a copy of the slide keeps: back matter's
 * fold copies the slides before it). Its continuation slides are titled by their topic.
 */
export function isOverview(heading: Heading | undefined): boolean {
  return heading?.data?.overview === true
}

/**
 * A continuation slide's heading: "Heading (cont.)", or for an overview the
 * topic of its first bullet, else the page's key phrase (kept out of the
 * agenda).
 *
 * @param heading The heading of the section the page continues.
 * @param page The page's units.
 * @param keyPhrase The page's key phrase (`key-phrases.ts`), for an overview.
 * @param pages How many pages the section has.
 */
export function continuation(heading: Heading, page: readonly FaceUnit[], keyPhrase?: string, pages = 2): Heading {
  // (A page that opens on a lead-in to a list takes no phrase from the list's items: "Equality monitoring questions", one of
  // six the form asks, titled a slide of all six.)
  const first = opening(page)
  const listed = first?.keepWithNext === true && page[page.indexOf(first) + 1]?.node.type === 'list'
  // (One the lead-in itself names still titles it: "This is what the Cavalier poet Robert Herrick evokes…:" over his poem.)
  const named = listed && keyPhrase !== undefined && toString(first!.node).toLowerCase().includes(keyPhrase.toLowerCase())
  const topic = isOverview(heading) ? (timelineTitle(page) ?? leadInTitle(page) ?? listingTitle(page) ?? topicTitle(page) ?? (listed && !named ? undefined : keyPhrase)) : undefined
  if (topic) return { type: 'heading', depth: 2, children: [{ type: 'text', value: topic }], data: { subsection: true, overviewTopic: true, continues: toString(heading).trim() } }
  if (listed && isOverview(heading)) return continuedHeading(heading)
  // A section's later page about something of its own, named in a phrase of two or three words ("Adding to a function:
  // Config struct", "Long term support: Release branch"), else "(cont.)"; never after a question ("…?: Docker").
  // (Not after a long heading, nor a phrase that repeats one of its words: "Long term support: Term support branches".)
  const own = toString(heading).trim()
  const ownWords = new Set(own.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2))
  // (Only a short heading that asks nothing and has no colon of its own takes a phrase after a colon.)
  const takesPhrase = ownWords.size <= 6 && !/[?!:.]$/.test(own) && !own.includes(':')
  // (Without an aside the heading ends on: "Foreman and Memcache (The fun stuff): Load balancer" ran over two lines.)
  const base = structuredClone(heading.children).map((child, at, all) => (at === all.length - 1 && child.type === 'text' ? { ...child, value: child.value.replace(/\s*\([^()]*\)\s*$/, '') } : child))
  const withPhrase = (phrase: string): Heading => ({ ...structuredClone(heading), children: [...base, { type: 'text', value: `: ${phrase}` }], data: { ...structuredClone(heading.data), subsection: true } })
  // (A page that opens on a label over its list, "Dissemination" over "Web servers", "Service subscriptions"…, is titled by it.)
  const label = listLabel(page) ?? quotedSpeaker(page)
  if (label && takesPhrase && !ownWords.has(label.toLowerCase())) return withPhrase(label)
  const phraseWords = keyPhrase?.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0) ?? []
  // (A phrase of two words at least that repeats none of the heading's.)
  const fresh = phraseWords.length >= 2 && !phraseWords.some((word) => ownWords.has(word) || ownWords.has(word.replace(/s$/, '')))
  if (!keyPhrase || !fresh) return continuedHeading(heading)
  // "new LTS branch" starts with a capital as a title does; "doNotCompare field" and "macOS release" are names as written.
  const phrase = /^\p{Ll}+\s/u.test(keyPhrase) ? keyPhrase.charAt(0).toUpperCase() + keyPhrase.slice(1) : keyPhrase
  if (takesPhrase) return withPhrase(phrase)
  // A question or a title with a colon takes no phrase after it; in a section of three pages or more its later pages are
  // titled by their phrase alone ("Possible worlds", not a sixth "Explain it like I'm 5: What is modal logic? (cont.)").
  // (So does a long heading: five pages of "Experimental transit from the 1970s is still running (cont.)" told a blind reader
  // of set 48 nothing of what each was about.)
  // (So does one that trails off, "Keeping in mind the big picture...", five pages of which had said "(cont.)".)
  // (A short question over three pages keeps it: "Insurance company" over the rest of "What papers do I need?" was made up.)
  if (pages >= 3 && ((/[?:]$/.test(own) || own.includes(':')) && (ownWords.size > 4 || pages >= 4) || /(?:\.\.\.|…)$/.test(own) || ownWords.size > 6)) {
    return { type: 'heading', depth: heading.depth, children: [{ type: 'text', value: phrase }], data: { ...structuredClone(heading.data), subsection: true, continues: own } }
  }
  return continuedHeading(heading)
}

/**
 * Who a page quotes, when it opens on the lead-in to a quotation that names them ("Tyler Cowen writes:", "Lisa Herzog:")
 * with the quotation after it: eleven pages of "Claims that effective altruism is new (cont.)" told apart by whose claim.
 */
function quotedSpeaker(page: readonly FaceUnit[]): string | undefined {
  const first = opening(page)
  if (first?.node.type !== 'paragraph' || page[page.indexOf(first) + 1]?.node.type !== 'blockquote') return undefined
  // (Not "And concludes:", whose capital opens the sentence, no name.)
  const name = /^(?:[Aa]nd )?(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3})(?: (?:writes|wrote|says|said|notes|argues|explains|adds|concludes))?:$/u.exec(toString(first.node).trim())?.[1]
  return name && !/^(?:and|but|so|then|he|she|they|it|we|i|this|later|also|finally)$/i.test(name) ? name : undefined
}

/**
 * The label a page opens on when a list follows it: a paragraph of one to five words in no sentence of its own
 * ("Dissemination", "Digitization and PostProduction"), as a page writes a sub-heading without its mark.
 */
function listLabel(page: readonly FaceUnit[]): string | undefined {
  const first = opening(page)
  if (first?.node.type !== 'paragraph' || page[page.indexOf(first) + 1]?.node.type !== 'list') return undefined
  const text = toString(first.node).trim()
  const words = text.split(/\s+/)
  if (words.length > 5 || /[.!?,;:]$/.test(text) || !/^\p{Lu}/u.test(text)) return undefined
  return tagSentence(text).some((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PRON') ? undefined : text
}
