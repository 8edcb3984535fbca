/**
 * A list written inside a sentence: "Some tools we currently work on include
 * a Hugo web theme for project websites, a self-hosted privacy-friendly web
 * analytics platform, a shared discussion forum, the devpy developer CLI,
 * this blog, and a project development statistics dashboard." A speaker
 * shows it as a list under its lead-in; compressed to one bullet, its items
 * (the section's examples) were the first words cut. Two blind reviews
 * quoted such lists as the example a slide was missing.
 */
import { isComma } from './clause-grammar.js'
import { dropConnective } from './compress-front.js'
import { countingWords } from './compress-words.js'
import { tokensText, type Token } from './nlp.js'

/** A sentence's lead-in and the items of the list it ends with. */
export interface Enumeration {
  /** The words before the items, through the verb that introduces them ("Some tools we currently work on include"). */
  lead: string
  /** The items, as written, without their commas and the final "and". */
  items: string[]
}

/** Verbs that introduce a list at the end of a sentence. */
const introducing = new Set(['include', 'includes', 'included', 'including'])

/** Fewest and most items, and most words an item may have. */
const fewestItems = 3
const mostItems = 10
const itemWords = 12

/**
 * The list a sentence ends with, introduced by "include(s)" or a colon, when it has
 * three to eight items of a noun phrase each (no auxiliary, at most twelve
 * words) and a lead-in that is a clause of its own.
 *
 * @param tokens The sentence's tokens.
 * @param maxWords Most words the lead-in may have.
 * @returns The lead-in and the items, or `undefined`.
 */
export function enumeration(tokens: readonly Token[], maxWords: number): Enumeration | undefined {
  const end = tokens.length - (/^[.!]$/.test(tokens[tokens.length - 1]?.value ?? '') ? 1 : 0)
  const counted = numbered(tokens.slice(0, end), maxWords)
  if (counted) return counted
  // "…include(s) A, B and C", or a colon: "…lacks many things that are easy to take for granted: a career path, places
  // to learn, examples and role models".
  const colon = tokens.findIndex((token, index) => token.value === ':' && index >= 4 && index < end - 4)
  const verb = colon !== -1 ? colon : tokens.findIndex((token, index) => introducing.has(token.lower) && index >= 2 && index < end - 4)
  if (verb === -1) return undefined
  // (A verb inside brackets or a quotation introduces nothing at the sentence's level.)
  const lead = tokens.slice(0, colon !== -1 ? colon : verb + 1)
  if (lead.some((token) => /^[(["“]$/.test(token.value)) || wordsIn(lead) > maxWords) return undefined
  const rest = tokens.slice(verb + 1, end)
  // Items at the top level: split at commas outside brackets, the last at its "and" or "or".
  // (At semicolons after a colon when it has them: "…has for scope the following elements: Open Standards; OSS Use;
  // OSS Contribution (which includes publishing OSS); …; and some common Legal Considerations.")
  const semicolons = colon !== -1 && rest.some((token) => token.value === ';')
  const parts: Token[][] = [[]]
  let depth = 0
  for (const token of rest) {
    if (/^[([{]$/.test(token.value)) depth++
    if (/^[)\]}]$/.test(token.value)) depth = Math.max(0, depth - 1)
    if (depth === 0 && (semicolons ? token.value === ';' : isComma(token) && token.value === ',')) parts.push([])
    else parts[parts.length - 1]!.push(token)
  }
  const last = parts[parts.length - 1]!
  const joint = last.findIndex((token) => ['and', 'or'].includes(token.lower))
  if (joint === 0 && parts.length > 1) last.shift()
  else if (joint > 0) parts.splice(parts.length - 1, 1, last.slice(0, joint), last.slice(joint + 1))
  else return undefined
  const items = parts.map((part) => part.filter((token, index) => !(index === 0 && ['and', 'or'].includes(token.lower))))
  if (items.length < fewestItems || items.length > mostItems) return undefined
  // Each a phrase: words, no clause of its own, not too long, not a bare number ("a 20, 40, 60, 80 and 90 shade"),
  // not a turn ("…and libraries, but also archives").
  // (A quoted item is a name, whatever its words: “won’t make it”.)
  const quoted = (item: readonly Token[]): boolean => /^[“"‘']$/.test(item[0]?.value ?? '') && /^[”"’']$/.test(item[item.length - 1]?.value ?? '')
  // (What an item says of itself in brackets is its own: "OSS Contribution (which includes publishing OSS)".)
  const bare = (item: readonly Token[]): Token[] => {
    let depth = 0
    return item.filter((token) => {
      if (token.value === '(') depth++
      else if (token.value === ')') depth = Math.max(0, depth - 1)
      else return depth === 0
      return false
    })
  }
  if (items.some((item) => wordsIn(item) === 0 || wordsIn(item) > itemWords || (!quoted(item) && bare(item).some((token) => token.pos === 'AUX' || (token.pos === 'PRON' && token.lower !== 'this'))))) return undefined
  if (items.some((item) => /^(?:(?:a|an|the) )?[\d.,%]+$/.test(tokensText(item)) || ['but', 'yet', 'so'].includes(item[0]!.lower))) return undefined
  // (Parallel items: none opens with a preposition or a conjunction — "planting around 1,200 street trees a year, with
  // the existing aftercare budget and no new protection…" describes one thing.)
  if (items.some((item) => ['ADP', 'SCONJ', 'CCONJ'].includes(item[0]!.pos))) return undefined
  // ("…this exact micro-op translation, optimization, and execution machinery": words that share the last item's noun.)
  const final = items[items.length - 1]!
  if (items.slice(1, -1).every((item) => wordsIn(item) === 1 && item[0]!.pos !== 'PROPN') && wordsIn(final) > 1 && final[final.length - 1]!.pos === 'NOUN') return undefined
  // (Without the connective it opens on: "Lastly, data download formats include:" over its items.)
  return { lead: tokensText(dropConnective(lead)), items: items.map((item) => tokensText(item)) }
}

/**
 * A list whose items are numbered in the sentence: "…we need student grading
 * and college transcript systems that: 1) focus on their use-value beyond
 * schools; 2) are overwritable to show progress; 3) emphasize performance…".
 * Its items may be predicates that share the lead-in's subject; the lead-in
 * may run six words over the budget.
 */
function numbered(tokens: readonly Token[], maxWords: number): Enumeration | undefined {
  // Where "1)", "2)", … (or "(1)", "(2)", …) stand, in order.
  const marks: number[] = []
  for (let index = 0; index < tokens.length - 1; index++) {
    const token = tokens[index]!
    if (token.value !== String(marks.length + 1) || tokens[index + 1]!.value !== ')') continue
    marks.push(tokens[index - 1]?.value === '(' ? index - 1 : index)
  }
  if (marks.length < fewestItems || marks.length > mostItems) return undefined
  const lead = tokens.slice(0, marks[0]!).filter((token, index, all) => !(index === all.length - 1 && token.value === ':'))
  if (wordsIn(lead) < 3 || wordsIn(lead) > maxWords + 6 || lead.some((token) => /^[(["“]$/.test(token.value))) return undefined
  const items = marks.map((at, index) => {
    const from = tokens[at]!.value === '(' ? at + 3 : at + 2
    const item = tokens.slice(from, marks[index + 1] ?? tokens.length)
    // Without the separator before the next number: "; 2)", ", and 3)".
    while (item.length > 0 && (/^[;,]$/.test(item[item.length - 1]!.value) || ['and', 'or'].includes(item[item.length - 1]!.lower))) item.pop()
    return item
  })
  if (items.some((item) => wordsIn(item) === 0 || wordsIn(item) > itemWords + 4)) return undefined
  return { lead: tokensText(lead), items: items.map((item) => tokensText(item).trim()) }
}

/** Words in a run of tokens. */
function wordsIn(tokens: readonly Token[]): number {
  return tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.value)).length
}

/**
 * Whether the colon at `index` introduces what its head only counts or names in general, so that a cut there keeps
 * the empty frame: after a count, "…used in three classes of problem: optimization, integration…"; after a bare
 * plural, "In discussion, students pointed out patterns: pseudoarchaeological claims clustering at iconic sites, or…"
 * ("Students pointed out patterns" says nothing the colon does not); and a word or two it leads up to, "…the most important
 * element of habit formation: friction".
 *
 * @param tokens The sentence's tokens.
 * @param index The colon's index.
 */
export function colonGivesItems(tokens: readonly Token[], index: number): boolean {
  // (A word or two the head leads up to, ending the sentence: "…the most important element of habit formation: friction."
  // had lost its answer.)
  const tail = tokens.slice(index + 1).filter((token) => /[\p{L}\p{N}]/u.test(token.value))
  if (tail.length > 0 && tail.length <= 3 && tokens[index - 1]?.pos === 'NOUN' && tail.every((token) => ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(token.pos)) && tokens.slice(index + 1).every((token) => /[\p{L}\p{N}]/u.test(token.value) || /^[.!]$/.test(token.value))) return true
  if (tokens.slice(Math.max(0, index - 6), index).some((other) => other.pos === 'NUM' || countingWords.has(other.lower))) return true
  const noun = tokens[index - 1]
  const before = tokens[index - 2]
  // (What follows is a noun phrase of words: not a link, "…on selecting licenses: http://www.dcc.ac.uk/… you can look to".)
  const next = tokens[index + 1]
  return noun !== undefined && noun.pos === 'NOUN' && /[^s]s$/.test(noun.lower) && before !== undefined && ['VERB', 'ADP'].includes(before.pos) && next !== undefined && ['ADJ', 'NOUN', 'DET'].includes(next.pos) && /^\p{Ll}+$/u.test(next.value) && !/^\s*(?:https?:|www\.)/.test(tokensText(tokens.slice(index + 1, index + 4)))
}
