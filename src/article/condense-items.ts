/**
 * Bullets on a face: a bullet list item marked with how it was made, a source list item shortened, a lead-in shortened, a long quote reduced to its key sentence.
 */
import type { Blockquote, List, ListItem, Paragraph, PhrasingContent } from 'mdast'
import { countWords, hasFiniteVerb, isStatement, subordinatorLength } from './clause-grammar.js'
import { compressSentence, type Compressed } from './compress.js'
import { balanceQuotes } from './quotations.js'
import { isCitation } from '../text/lines.js'
import { tagSentence, tokensText } from './nlp.js'
import { emphasized } from './block-kinds.js'
import { toString } from './visible-text.js'
import { selectSentences } from './select.js'
import { conditionedStep, instructionFirst, itemFigure, itemSequel, phraseHead, stepTiming, withoutDashComment } from './item-endings.js'
import { firstClause } from './first-clause.js'
import { scoreSentences, statesLesson, turnsRound } from './sentence-score.js'
import { splitSentences } from './sentences.js'
export { columnList } from './list-columns.js'
export { emptyLeadIn, isClickPath } from './list-leads.js'
export { attributionOf, quotedWords } from './quote-parts.js'
import { codeSpansOf, withCodeSpans } from './code-spans.js'
import { attributionOf, boxDefinition, inlineAttribution, isQuotedCaption, letterSigner, lineBreaksAsText } from './quote-parts.js'

export function bullet(children: PhrasingContent[], condensed: NonNullable<ListItem['data']>['condensed']): ListItem {
  return { type: 'listItem', spread: false, data: { condensed }, children: [{ type: 'paragraph', children }] }
}

export function bulletList(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items }
}

/**
 * The phrasing of a bullet: its text, plain. (Bold subjects — "**Helm** is a
 * package manager" — read as stray emphasis in two blind reviews: a bullet
 * stresses nothing the author did not.)
 */
export function bulletPhrasing(compressed: Compressed): PhrasingContent[] {
  return [{ type: 'text', value: compressed.text }]
}

/** A label in plain words before a colon and a capitalised sentence: "Support for the array API standard: This is…". */
const plainLabel = /^([^:.!?]{3,80}):\s+(?=\p{Lu})/u

/**
 * Whether what follows a plain label is a sentence ("Support for the array API: This is the first release…"), not the
 * rest of a title ("Open Source Licensing: Software Freedom and Intellectual Property Law by Lawrence Rosen (2004).").
 */
function labelsSentence(rest: string, lang: string): boolean {
  return hasFiniteVerb(tagSentence(splitSentences(rest, lang)[0] ?? ''))
}

/** Items of an outline three levels deep above which its third level goes to the notes. */
const outlineItems = 10

/**
 * An outline as a speaker shows it: a list three or more levels deep with
 * more than {@link outlineItems} items keeps its first two levels on the face
 * (the phases and their steps); what each step says in detail stays in the
 * notes, where the list goes whole. Shorter or shallower lists are unchanged.
 *
 * @param list A list of the source.
 * @returns The list to show: the same object when nothing is dropped.
 */
export function outlineFace(list: List): List {
  const items = (node: List, depth: number): { count: number; depth: number } =>
    node.children.reduce(
      (sum, item) => {
        const inner = item.children.filter((child): child is List => child.type === 'list').map((child) => items(child, depth + 1))
        return { count: sum.count + 1 + inner.reduce((total, found) => total + found.count, 0), depth: Math.max(sum.depth, depth, ...inner.map((found) => found.depth)) }
      },
      { count: 0, depth }
    )
  const found = items(list, 1)
  // (A sentence set out as a list, "If you're a maintainer…" / "…and you change…" / "…nothing changes for you", ends
  // at its deepest level: it is kept whole.)
  const continues = (node: List): boolean => node.children.some((item) => item.children.some((child) => (child.type === 'list' ? continues(child) : /^\s*(?:\.\.\.|…)\s*\p{L}/u.test(toString(child)))))
  if (found.depth < 3 || found.count <= outlineItems || continues(list)) return list
  const prune = (node: List, depth: number): List => ({
    ...node,
    children: node.children.map((item) => {
      // (A step that introduces its own list, "The following should be considered:", keeps it.)
      const introduces = item.children.some((child) => child.type === 'paragraph' && /:\s*$|\bfollowing\b/i.test(toString(child)))
      return { ...item, children: item.children.flatMap((child): ListItem['children'] => (child.type !== 'list' || introduces ? [child] : depth >= 2 ? [] : [prune(child, depth + 1)])) }
    })
  })
  return prune(list, 1)
}

/**
 * Shorten one list item when it is longer than `maxWords` (plus one): its
 * first sentence compressed, a leading strong label kept; an item that does
 * not compress stays whole (the source's own words, never cut).
 */
export function shortenItem(item: ListItem, maxWords: number, lang = 'en'): ListItem {
  const [written, ...later] = item.children
  // (An item's later paragraphs are the notes', when its first says something: "• Option to read an article in
  // different text sizes." over "Change article text size from options menu.", a picture's caption the copy kept.)
  const nested = written?.type === 'paragraph' && countWords(toString(written)) >= 4 ? later.filter((child) => child.type !== 'paragraph') : later
  // Nested lists are shortened the same way.
  const rest = nested.map((child) => (child.type === 'list' ? { ...structuredClone(child), children: child.children.map((inner) => shortenItem(inner, maxWords, lang)) } : structuredClone(child)))
  if (written?.type !== 'paragraph') return { ...structuredClone(item), children: written ? [structuredClone(written), ...rest] : [] }
  let first = written
  // "they can keep working, and": an item that runs on into the next ends without its conjunction.
  // ("…declarations from professional associations and" over a nested list: without its "and" too.)
  const runOn = nested.length > 0 ? /(?:[,;]\s*(?:and|or)?|\s(?:and|or))\s*$/ : /[,;]\s*(?:and|or)?\s*$/
  if (runOn.test(toString(first)) && first.children[first.children.length - 1]?.type === 'text') {
    const copy = structuredClone(first)
    const last = copy.children[copy.children.length - 1] as { value: string }
    last.value = last.value.replace(runOn, '')
    if (countWords(toString(copy)) <= maxWords + 1) return { ...structuredClone(item), children: [copy, ...rest] }
    first = copy
  }
  const full = toString(first)
  // A citation is one unit: "Michael Mitzenmacher. 2001. The Power of Two Choices…" is not cut after the author.
  if (countWords(full) <= maxWords + 1 || (isCitation(full) && countWords(full) <= maxWords * 2.5)) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
  const [label, ...after] = first.children
  const restText = toString({ type: 'paragraph', children: after })
  const children: PhrasingContent[] = []
  const plain = plainLabel.exec(full)
  const definition = first.children.length === 1 ? /^([^:.!?]{2,40}):\s+(?=\S)/u.exec(full) : null
  // "**Rotate ALL long-lived secrets.** Chances are that…": a bold sentence is the item's point; the rest goes to the notes.
  // ("**First, we have to go broad and deep**. We didn't…": a bold statement whose full stop falls outside the bold too.)
  const boldSentence = label?.type === 'strong' && (/[.!]$/.test(toString(label).trim()) || (/^\s*\./.test(restText) && isStatement(tagSentence(toString(label)))))
  if (label?.type === 'strong' && after.length > 0 && boldSentence && countWords(toString(label)) >= 3 && countWords(toString(label)) <= maxWords + 6) {
    const text = toString(label).trim().replace(/(?<!\.\.)\.$/, '')
    return { ...structuredClone(item), children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: text }] }] }, ...rest] }
  }
  // (A bold word the sentence goes on from, "**JupyterHub** and **BinderHub** would need…", is no run-in label: it had
  // become "**JupyterHub** binderHub would need…".)
  // (Nor the opening words of the item's sentence, "**Committers are motivated** by the notion…", "**Legibility** of code
  // fragments is hard to judge…": a later sentence had been run into them, "Legibility Legible code is more reusable".)
  const goesOn = label?.type === 'strong' && (/^\s+(?:and|or|&)\s/i.test(restText) || (/^\s+\p{Ll}/u.test(restText) && !/[:.!?—–-]\s*$/.test(toString(label))))
  // (A code term and its colon label the item as bold does: "`shared`: people need to join the room…, but will then see…"
  // had become "will then see the history…", the term lost with the first clause.)
  const runIn = label?.type === 'strong' || (label?.type === 'inlineCode' && /^:\s/.test(restText))
  if (runIn && after.length > 0 && !goesOn) {
    // ("**Lack of public data**. There are relatively few…": the label's full stop outside the bold is a separator too.)
    const separator = /^[.:\s—–-]*/.exec(restText)![0]
    const sentences = splitSentences(restText.slice(separator.length), lang)
    let sentence = sentences[0] ?? ''
    const budget = Math.max(4, maxWords + 1 - countWords(toString(label)))
    // (Or, when no cut fits the label's share, the cut the sentence would have alone: "In addition to length, the complexity…"
    // loses its fronted phrase all the same.)
    let compressed = compressSentence(sentence, { maxWords: budget }) ?? headPhrase(sentence, budget) ?? shorterCut(sentence, maxWords)
    // (A first sentence no cut brings within the budget gives way to a later one that stands alone, rather than a bullet
    // of 45 words: "**Loss aversion**. … people fear losses more than they seek equivalent gains".)
    // (The strongest of them, as a paragraph's are ranked: not the first that fits, "You'll come to sympathize with medieval
    // scribes" over how to transcribe.)
    const later = compressed || countWords(sentence) <= maxWords + 6 ? [] : scoreSentences([sentences], { maxWords: budget, lang })
    const alone = later.filter((candidate, at) => at > 0 && candidate.bullet !== undefined && candidate.bullet.words <= maxWords + 6 && !candidate.vague && !candidate.signpost && !/^(?:this|that|these|those|it|they|such|you)\b/i.test(candidate.bullet.text))
    const best = alone.reduce<(typeof alone)[number] | undefined>((top, candidate) => (top === undefined || candidate.score > top.score ? candidate : top), undefined)
    if (best && best.score >= later[0]!.score) [sentence, compressed] = [best.sentence, best.bullet!]
    // An item that does not compress keeps its first sentence whole, or all of it.
    if (!compressed && sentences.length < 2) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
    const short = compressed ?? { text: balanceQuotes(sentence.replace(/(?<!\.\.)\.$/, '')) }
    // After a label the item keeps the case it was written in.
    const body = /^\p{Ll}/u.test(sentence) ? short.text.charAt(0).toLowerCase() + short.text.slice(1) : short.text
    // (A body that opens on its comma once its bracket went, "** (such as SHA256…), especially for…", follows the label close.)
    children.push(structuredClone(label), { type: 'text', value: /^[,;]/.test(body) ? body : separator + body })
  } else if (plain && countWords(plain[1]!) <= 8 && /[.!?]["'”’)]*$/.test(full.trim()) && labelsSentence(full.slice(plain[0].length), lang)) {
    // "Support for the Python array API standard: This is the first release…": the label stays, its sentence is compressed.
    const label = plain[0]
    const sentence = splitSentences(full.slice(label.length), lang)[0] ?? ''
    const compressed = compressSentence(sentence, { maxWords: Math.max(10, maxWords + 1 - countWords(label)) }) ?? firstClause(sentence, maxWords)
    // One that does not compress keeps its first sentence whole (the rest goes to the notes with the list).
    // The label in bold, as the bold labels of other items are.
    children.push({ type: 'strong', children: [{ type: 'text', value: label.trimEnd() }] }, { type: 'text', value: ' ' + (compressed ? compressed.text : sentence.replace(/(?<!\.\.)\.$/, '')) })
  } else if (definition && countWords(definition[1]!) <= 4) {
    // "suspected cases: the total number of people identified…": a term and what it means; the term is the point, never
    // the part a cut drops. Its definition is compressed, or kept whole.
    const meaning = full.slice(definition[0].length)
    const compressed = compressSentence(splitSentences(meaning, lang)[0] ?? '', { maxWords: Math.max(6, maxWords + 1 - countWords(definition[1]!)) })
    if (!compressed) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
    const body = /^\p{Ll}/u.test(meaning) ? compressed.text.charAt(0).toLowerCase() + compressed.text.slice(1) : compressed.text
    children.push({ type: 'text', value: definition[0] + body })
  } else {
    const sentences = instructionFirst(splitSentences(full, lang))
    // ("whether they're allowed to work in Crown Courts – they can do this if…": the dash's comment goes to the notes.)
    const dashed = withoutDashComment(sentences[0] ?? '')
    const short: { text: string } | undefined = (dashed ? { text: dashed } : undefined) ?? compressSentence(sentences[0] ?? '', { maxWords }) ?? firstClause(sentences[0] ?? '', maxWords) ?? withoutAsides(sentences[0] ?? '') ?? phraseHead(sentences[0] ?? '', maxWords)
    // An item that does not compress keeps its first sentence whole, or all of it.
    if (!short && sentences.length < 2) return { ...structuredClone(item), children: [structuredClone(first), ...rest] }
    // (A bracket the first sentence opens and a later one closes is an aside: "…land-use change (this category includes…".)
    const whole = sentences[0]!.replace(/(?<!\.\.)\.$/, '')
    const open = whole.lastIndexOf('(')
    // (A condition written as a sentence of its own goes with the action after it: "When the Sheetpress is at the required temperature. Open…".)
    const conditioned = conditionedStep(sentences, (next) => compressSentence(next, { maxWords })?.text)
    const head = conditioned ?? (short ? short.text : open > 0 && !whole.slice(open).includes(')') && countWords(whole.slice(0, open)) >= 3 ? whole.slice(0, open).trim() : whole)
    // (A step's time goes with it: "…put the lid on. Gently invert four times and leave for 1 min".)
    // (And a long item's figure: "…the Exploration Mission. Ninety-four people from 18 countries in the region participated";
    // a dated step's sequel, "…with approval from the city's traffic engineer. He was denied again".)
    const timed = stepTiming(sentences) ?? itemFigure(sentences, head, maxWords, (sentence) => compressSentence(sentence, { maxWords })?.text) ?? itemSequel(sentences, head, maxWords, (sentence) => compressSentence(sentence, { maxWords: 8 })?.text)
    // (Without the semicolon a cut left it on: "…to receive “take-down” notices;" lost its "i.e., so that…".)
    const text = (timed && countWords(head) + countWords(timed) <= maxWords + 12 ? `${head.replace(/[.!?]$/, '')}. ${timed}` : head).replace(/\s*[;,]$/, '')
    // An item written in lower case keeps it ("your office of technology transfer, if…").
    children.push(...withCodeSpans(/^\p{Ll}/u.test(full) && short ? text.charAt(0).toLowerCase() + text.slice(1) : text, codeSpansOf(first)))
  }
  return { ...structuredClone(item), children: [{ type: 'paragraph', children }, ...rest] }
}

/**
 * A lead-in sentence for the face: shortened as a statement, else its last
 * clause ("While this list is geared toward larger universities, …, you can
 * look for" → "You can look for"), which only has to introduce the list.
 */
export function leadInText(sentence: string, maxWords: number): string {
  const short = shortenSentence(sentence, maxWords)
  if (countWords(short) <= maxWords) return short
  // A clause that can introduce the list alone: a few words up to the budget, with a verb, opening on its subject.
  const introduces = (text: string, fewest: number, subjects: readonly string[]): boolean => {
    const tokens = tagSentence(text)
    // (A verb of its own, not an infinitive: "…, Meta's Llama 2 13B and 70B and Google's Palm2 to process the following prompt:" is the end of a list.)
    const verb = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX')
    return countWords(text) >= fewest && countWords(text) <= maxWords && verb !== -1 && tokens[verb - 1]?.lower !== 'to' && subjects.includes(tokens[0]?.pos ?? '')
  }
  // (Not the second half of a turn after a dash, "Here are a few things that are on the Racket CS roadmap—but,
  // increasingly, we’ll just call it the Racket roadmap:": the half before it names the list.)
  const turn = /\s*[—–]\s*but\b/.exec(sentence)
  const before = turn ? sentence.slice(0, turn.index).trim() : ''
  if (turn && countWords(before) >= 4 && countWords(before) <= maxWords + 2) return before
  const tail = sentence.slice(sentence.lastIndexOf(',') + 1).trim()
  const clause = introduces(tail, 3, ['PRON', 'NOUN', 'PROPN', 'DET'])
  // Over the budget, the last clause introduces the list as well ("In Rethinking Best Practices, a seminal 2013 talk
  // by former React core team member Pete Hunt, we learned the following" → "We learned the following"); not when the
  // sentence fits and what the clause would drop is a condition or a time limit ("If the applicant is not an
  // individual, …", "Now through 14 November, 2023, …").
  const condition = /^(?:\(\w{1,3}\)\s*)?(?:if|unless|now(?! that)|until|through|only|when)\b/i.test(sentence)
  if (clause && !(condition && countWords(short) <= maxWords + 6)) return tail.charAt(0).toUpperCase() + tail.slice(1)
  // ("Now that the Minimum Loveable Product has been out for a bit, several fixes and updates have been identified,
  // including": the main clause after the fronted one, when the last comma leaves too little.)
  const main = sentence.slice(sentence.indexOf(',') + 1).trim()
  if (/^(?:now that|once|after|since|as|because|while|although|though|by|with)\b/i.test(sentence) && introduces(main, 4, ['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ'])) {
    return main.charAt(0).toUpperCase() + main.slice(1)
  }
  // ("…and an assessment of the degree to which the following criteria were met:": the words that name what the list is.)
  const following = /\b(the following (?:[\p{L}-]+ ){1,3}?(?:were|are|was|is|apply|applied)(?: met| used| considered)?)\s*:?\s*$/iu.exec(sentence)?.[1]
  if (following) return following.charAt(0).toUpperCase() + following.slice(1)
  return short
}

/** A sentence's own cut at the bullet's budget, a little over its hard cap, when it drops three words or more (a label's item whose share no cut fits). */
function shorterCut(sentence: string, maxWords: number): Compressed | undefined {
  const cut = compressSentence(sentence, { maxWords, hardCap: maxWords + 8 })
  return cut && cut.words <= countWords(sentence) - 3 ? cut : undefined
}

/**
 * What a label's phrase says before its first comma, when the phrase is no statement ("**Distance:** between 600 and
 * 1,500 kilometres, long enough to fill a night…" → "between 600 and 1,500 kilometres"): the head of the phrase, its
 * elaboration left to the notes. Nothing when the head is a word or over the budget, or waits for what the comma cut.
 */
function headPhrase(sentence: string, maxWords: number): Compressed | undefined {
  const comma = sentence.indexOf(', ')
  if (comma === -1) return undefined
  const tokens = tagSentence(sentence.slice(0, comma))
  const words = countWords(tokensText(tokens))
  // (Not inside a list of examples: "such as code linters, test suites, and…" is no phrase and its elaboration.)
  // (Nor a clause: "**Finally**: if you prefer to have that metadata in a structured format, you can request it…" is no
  // phrase, and its "if" half alone a fragment.)
  if (words < 2 || words > maxWords || hasFiniteVerb(tokens) || tokens[0]?.pos === 'SCONJ' || subordinatorLength(tokens) > 0 || /\b(?:such as|like|including|e\.g\.|from)\s/i.test(tokensText(tokens)) || isStatement(tagSentence(sentence)) || /[([{“"]/.test(tokensText(tokens).replace(/\([^()]*\)/g, '')) || ['ADP', 'CCONJ', 'DET', 'SCONJ', 'PART'].includes(tokens.at(-1)?.pos ?? '')) return undefined
  return { text: tokensText(tokens), tokens, words, fits: true }
}

/**
 * An item that is no statement ("Free and informed consent, the possibility of its withdrawal … (see also What
 * information …)") without its brackets that point to other reading and a pointer at its end: the rest is the
 * author's phrase whole.
 */
function withoutAsides(sentence: string): Compressed | undefined {
  // ("The maintainer (often a "non-designer", to put it delicately), is the decision-maker": the aside's comma goes with it.)
  // (Only brackets that point elsewhere, "(see also …)"; one that holds a fact or an example, "(due to IRMER
  // requirements)", "(such as a card or letter)", stays: a blind review missed the facts more than the words.)
  const pointing = sentence.replace(/\s*\((?:see|cf\.?|for more)\b[^()]*\)/gi, '')
  // (A pointer's "see" follows a stop or says "also": "…to see sumo in Ryogoku" is the item's own verb.)
  if (pointing === sentence && !/(?:[-–—:,;]\s*(?:also )?|\balso )see\b/i.test(sentence)) return undefined
  const tokens = tagSentence(pointing.replace(/\)\s*,(?=\s+(?:is|are|was|were|has|have|can|will|should|must|may)\b)/g, ')'))
  // ("…documentation for check authors at (used to help…)": a preposition left without its object is a cut.)
  if (tokens.length > 0 && ['ADP', 'CCONJ', 'DET'].includes([...tokens].reverse().find((token) => !/^[.!?]$/.test(token.value))!.pos)) return undefined
  const text = tokensText(tokens).replace(/\s*(?:[-–—:,;]\s*(?:also )?|\balso )see (?:also )?(?:e\.g\.,? )?[^.;]*$/i, '').replace(/(?<!\.\.)\.$/, '').trim()
  if (countWords(text) < 3 || countWords(text) >= countWords(sentence)) return undefined
  return { text, tokens, words: countWords(text), fits: false }
}

/** Lines of a poem or a song a slide shows. */
const verseLines = 4

/** A quote reduced to its key sentence, compressed (the whole quote goes to the notes); verse to its opening lines. */
export function condenseQuote(node: Blockquote, maxWords: number, lang = 'en'): Blockquote {
  // Who said it ("— Oli Scherer, Rust compiler team member") stays under the quote, whole.
  const attribution = attributionOf(node)
  const blocks = attribution ? node.children.slice(0, -1) : node.children
  // (A letter's closing and signature are who wrote it, no part of what it says.)
  const signer = attribution ? undefined : letterSigner(blocks)
  const quoted = signer ? blocks.slice(0, signer.from) : blocks
  // Verse shows its opening lines as written, then "…" (a poem's lines are no sentences to compress).
  const stanzas = quoted.filter((child): child is Paragraph => child.type === 'paragraph')
  const verseLinesOf = stanzas.flatMap((stanza) => stanza.children.filter((child) => child.type !== 'break' && toString(child).trim() !== ''))
  // (Not prose whose sentences the writer broke apart by hand, lines of twenty words and more: Silvia's "College textbooks
  // are an intriguing example. …" / "[...]" / "If interest comes from…" had run over three slides as verse; nor a letter
  // whose signature alone has hard breaks, a museum's e-mail of five wrapped paragraphs had run over four slides.)
  const written = stanzas.flatMap((stanza) => toString(lineBreaksAsText(stanza)).split('\n')).filter((line) => line.trim() !== '')
  const verse = verseLinesOf.length >= 3 && written.filter((line) => countWords(line) > 20).length * 3 < written.length
  if (stanzas.length === quoted.length && stanzas.filter((stanza) => stanza.children.some((child) => child.type === 'break')).length * 2 >= stanzas.length && verse) {
    const lines = verseLinesOf.slice(0, verseLines)
    const more = verseLinesOf.length > verseLines
    const shown = [...lines, ...(more ? [{ type: 'text' as const, value: '…' }] : [])].flatMap((child, index): PhrasingContent[] => [...(index > 0 ? [{ type: 'break' as const }] : []), structuredClone(child)])
    return { type: 'blockquote', children: [{ type: 'paragraph', children: shown }, ...(attribution ? [structuredClone(attribution)] : [])] }
  }
  // Paragraphs apart ("…users." and "— @gabek" are two lines, not "users.— @gabek").
  // (Lines broken by hand are lines: "github.com/bagder" over "maintaine.rs/bagder" is not one word.)
  // (A box's own heading is no part of what it quotes: "Personas and Scenarios the GROW Observatory The GROW Observatory developed…"; a list's items are lines.)
  let text = quoted.filter((child, at) => child.type !== 'heading' && !isQuotedCaption(quoted, at)).map((child) => (child.type === 'list' ? child.children.map((item) => toString(item)).join('\n') : toString(lineBreaksAsText(child)))).join('\n')
  // Who said it written on the quotation's last line ("…what they want to hear]._ — Andrej Karpathy") is no part of any
  // sentence of it: its name would make the last sentence look the most concrete.
  // (Or on the paragraph's last line, "– George Horsfield to Agnes Conway, c. November 1931", its full stops no ends.)
  const inline = attribution ? undefined : (/\n\s*((?:[—–]|--)\s*\p{Lu}[^\n]{1,100})$/u.exec(text) ?? inlineAttribution.exec(text))
  if (inline) text = text.slice(0, inline.index)
  // (Or its speaker's label before it, "**Palm2:** [...] The American Library Association…": under the quotation, as who said it.)
  // (A name in capitals, not a box's label: "Hot tip: Work on a template…", "Here's an important part: time spent…".)
  const label = /^(?:\p{L}+ )?(?:tips?|notes?|warning|important|update|caution|remember|example|summary|answer|question|edit|hint|aside|disclaimer|reminder|bonus|ps)\s*:/iu.test(text)
  const speaker = attribution || inline || label ? undefined : /^(\p{Lu}[\p{L}\p{N}.'’-]*(?: \p{Lu}[\p{L}\p{N}.'’-]*){0,3}):\s+(?:\[(?:\.\.\.|…)\]\s*)?/u.exec(text)
  if (speaker) text = text.slice(speaker[0].length)
  // (A GitHub alert's marker, "[!WARNING]", is no word of what it says.)
  text = text.replace(/^\s*\[!(?:note|tip|important|warning|caution)\]\s*/i, '')
  const all = splitSentences(text, lang)
  // A sentence shown as said, when the quotation has one short enough, rather than one compressed.
  // (Not a remark of a few words after the point: "…you've led a virtual meeting. People can be pretty passive".)
  // (Or the one its writer set in bold, however long: "…**they may not be repackaged, resold, or redistributed…**".)
  // (A run of a clause's length, not a name or an address set in bold: "**Judi Brown Clarke, Ph.D.**".)
  // (Or of four words in lower case, no name: "…should try to **enhance both complexity and comprehension**".)
  const runs = quoted.flatMap((child) => (child.type === 'paragraph' ? emphasized(child) : [])).filter((run) => (countWords(run) >= 6 || /(?:^|\s)\p{Ll}\p{L}*\s+\p{Ll}/u.test(run)) && countWords(run) <= maxWords * 1.5)
  const marked = all.filter((sentence) => runs.some((run) => sentence.includes(run.split(' ').slice(0, 4).join(' '))))
  const whole = all.filter((sentence) => (countWords(sentence) >= 6 && countWords(sentence) <= maxWords + 6) || marked.includes(sentence))
  // (A case study's own lesson is its point: "The key lesson learned was to match the motivation… with the right stakeholders".)
  const lesson = whole.filter((sentence) => statesLesson.test(sentence.trim()))
  const pool = marked.length > 0 ? marked : lesson.length > 0 ? lesson : whole.length > 0 ? whole : all
  // (So is one of two short sentences, its punchline with it: "…until i got into working on (instead of "with") a gui
  // framework. Now I cry myself to sleep every night 🤷".)
  // (A quotation of one sentence a slide holds is shown as said, "…the paper demonstrates the limitations of using
  // traditional period divisions and highlights…"; a longer one up to the writer's own "…", "…dear Comrade …".)
  const elided = all.length === 1 ? /^(.{20,}?\s(?:…|\.\.\.))\s/.exec(all[0]!.trim())?.[1] : undefined
  // (Too long to show whole, its bold run is shown as quoted, elided: "…they may not be repackaged, resold, or
  // redistributed in any form without the express written consent…".)
  const run = marked.length > 0 && countWords(marked[0]!) > maxWords * 2.5 ? runs.find((each) => marked[0]!.includes(each.split(' ').slice(0, 4).join(' '))) : undefined
  // (A box's heading names the term its definition explains: the definition is its point, shown whole.)
  const box = quoted.find((child) => child.type === 'heading')
  const defined = box && !attribution && !signer ? boxDefinition(toString(box), all, (sentence) => !hasFiniteVerb(tagSentence(sentence))) : -1
  const key = defined >= 0 && countWords(all[defined]!) <= maxWords * 2 ? shortenSentence(all[defined]!, maxWords) : run ? `…${run.trim()}…` : all.length === 1 && countWords(all[0]!) <= maxWords * 2.5 ? all[0]!.trim() : all.length === 2 && !marked.length && countWords(all.join(' ')) <= maxWords * 2 ? all.map((sentence) => sentence.trim()).join(' ') : elided && countWords(elided) <= maxWords * 1.5 ? elided : withTurn(all, pool[keySentence(pool, runs)] ?? '', maxWords)
  // (A box's own heading names what it holds, over it as its label: "Lessons learned from the Landsense project"; under
  // it, where who said a quotation goes, "Quick reference – Curtailment" had read as a speaker's name.)
  const by: Paragraph | undefined = attribution ? structuredClone(attribution) : signer ? { type: 'paragraph', children: [{ type: 'text', value: `— ${signer.name}` }] } : inline ? { type: 'paragraph', children: [{ type: 'text', value: inline[1]!.trim() }] } : speaker ? { type: 'paragraph', children: [{ type: 'text', value: `— ${speaker[1]}` }] } : undefined
  const boxLabel: Paragraph[] = box && !by ? [{ type: 'paragraph', data: { hProperties: { className: ['box-label'] } }, children: [{ type: 'text', value: toString(box).trim() }] }] : []
  return { type: 'blockquote', children: [...boxLabel, { type: 'paragraph', children: [{ type: 'text', value: key }] }, ...(by ? [by] : [])] }
}

/** A quotation's key sentence and the one that turns it round, as said, when both are short: the turn is the punchline. */
function withTurn(all: readonly string[], key: string, maxWords: number): string {
  const at = all.indexOf(key)
  const [before, after] = turnsRound(key) ? [all[at - 1], key] : [key, all[at + 1]]
  if (at >= 0 && before !== undefined && after !== undefined && turnsRound(after) && countWords(before) + countWords(after) <= maxWords * 2) return `${before.trim()} ${after.trim()}`.replace(/["”]$/, (mark, at, text: string) => ((text.match(/["“”]/g) ?? []).length % 2 === 1 ? '' : mark)).replace(/(?<!\.\.)\.$/, '')
  // (Said as said: a cut inside someone's words misquotes them, "We can rid our community of drug-infested buildings and
  // prostitution that could possibly be…" had lost "every illegal activity"; only a sentence too long for a slide is cut.)
  // (Its quotation marks balanced, a stop doubled by the copy, "…rags for padding. .", said once.)
  return countWords(key) <= maxWords * 2.5 ? balanceQuotes(key.replace(/\s+/g, ' ').trim().replace(/(?<=[.!?])\s+\.$/, '').replace(/(?<!\.\.)\.$/, '')) : shortenSentence(key, maxWords)
}

/**
 * Pick the key sentence of a paragraph by importance (see `select.ts`):
 * centrality, concrete content, and never a signpost or a question when a
 * statement is there.
 *
 * @param sentences The paragraph's sentences.
 * @param emphasis Runs its writer set in bold (`marked`).
 * @returns The index of the key sentence (`-1` when there are none).
 */
export function keySentence(sentences: readonly string[], emphasis: readonly string[] = []): number {
  if (sentences.length === 0) return -1
  const candidates = scoreSentences([sentences], { emphasis })
  const [best] = selectSentences(candidates, 1)
  if (best) return best.index
  return candidates.reduce((top, candidate) => (candidate.score > candidates[top]!.score ? candidate.index : top), 0)
}

/**
 * Shorten a sentence for the face of a slide without cutting it off: the
 * compression of {@link compressSentence} when the sentence is a statement
 * that compresses within `maxWords + 6` words, else the whole sentence. The
 * final full stop is dropped; nothing ends in "…".
 *
 * @param sentence One sentence.
 * @param maxWords Words the bullet should have (default: `14`).
 * @returns The shortened sentence.
 */
export function shortenSentence(sentence: string, maxWords = 14): string {
  const compressed = compressSentence(sentence, { maxWords })
  if (compressed) return compressed.text
  return sentence.replace(/\s+/g, ' ').trim().replace(/(?<!\.\.)\.$/, '')
}
