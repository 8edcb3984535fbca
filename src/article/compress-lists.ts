/**
 * The lists inside a sentence cut to their first two items ("A, B, and C"
 * to "A and B"), one stage of compressing a sentence (`compress.ts`).
 */
import type { Token } from './nlp.js'
import { wholeNouns } from './compress-words.js'
import { isComma, isPunct, isStatement, isVerb, nominal, wordsOf } from './clause-grammar.js'

/** Cut a list of three or more ("A, B, and C") to its first two ("A and B"). */
export function shortenLists(tokens: Token[]): Token[] {
  for (let index = 0; index < tokens.length; index++) {
    const conj = tokens[index]!
    if (conj.pos !== 'CCONJ' || !['and', 'or'].includes(conj.lower)) continue
    // Walk back over comma-separated items of at most four words without a verb.
    const items: Array<[number, number]> = []
    let end = isComma(tokens[index - 1]) ? index - 1 : index
    let start = end
    for (;;) {
      while (start > 0 && nominal.has(tokens[start - 1]!.pos) && end - start < 5) start--
      if (start === end || end - start > 4) break
      items.unshift([start, end])
      if (!isComma(tokens[start - 1]) || tokens[start - 1]!.value !== ',') break
      end = start - 1
      start = end
    }
    if (items.length < 2) continue
    // "my editor, Ronny Hernandez Mora, and reviewers": a role and the name after it are one person, not two items.
    const isName = (start: number, end: number): boolean => tokens.slice(start, end).every((token) => token.pos === 'PROPN' || isPunct(token))
    if (items.some(([start, end], at) => at > 0 && isName(start, end) && tokens[items[at - 1]![1] - 1]?.pos === 'NOUN')) continue
    // The last item after the conjunction.
    let last = index + 1
    // (Through a possessive: "…the Queen and the bride’s family" is one item, not "the bride" and a stray "’s family".)
    while (last < tokens.length && (nominal.has(tokens[last]!.pos) || (/^['’]s?$/.test(tokens[last]!.value) && tokens[last]!.space === '')) && last - index <= 5) last++
    // ("…study guides and self-assessment quizzes": a hyphen joins the last word to the next, so it is no item's end.)
    if (last === index + 1 || (tokens[last]?.value === '-' && tokens[last]!.space === '')) continue
    // Only lists after the verb (a subject list is where the tagger takes verbs for nouns), each item naming something.
    if (!tokens.slice(0, items[0]![0]).some(isVerb)) continue
    // (Nor the parts of a whole: "…a combination of the system, the situation…, and the rolls that we made".)
    const opens = items[0]![0]
    if ((wholeNouns.test(tokens[opens - 2]?.lower ?? '') && tokens[opens - 1]?.lower === 'of') || wholeNouns.test(tokens[opens - 3]?.lower ?? '')) continue
    const named = (from: number, to: number): boolean => tokens.slice(from, to).some((token) => ['NOUN', 'PROPN', 'NUM'].includes(token.pos))
    if (!items.every(([from, to]) => named(from, to)) || !named(index + 1, last)) continue
    // "…, crews work unsociable hours, and every border brings its own rules": the last "item" is a clause's subject.
    // (A list of names before a verb is a subject's examples and may be cut: "like Hugging Face, EleutherAI, or Meta AI enable".)
    if (last < tokens.length && isVerb(tokens[last]!) && !tokens.slice(index + 1, last).every((token) => token.pos === 'PROPN' || /^\p{Lu}/u.test(token.value))) continue
    // (Nor a phrase's object then a clause's subject: "…, in January 2009, the US and Libya exchanged ambassadors".)
    if (last < tokens.length && isVerb(tokens[last]!) && tokens[items[0]![0] - 1]?.pos === 'ADP') continue
    if (last < tokens.length && !isPunct(tokens[last]!) && !isVerb(tokens[last]!) && !['ADP', 'PART', 'CCONJ', 'SCONJ', 'PRON', 'ADV'].includes(tokens[last]!.pos)) continue
    // ("…Puerto Rico, the U.S. Virgin Islands and most provinces in Canada": a phrase after the last item may be its own;
    // kept after the first two it would say "Washington and D.C. in Canada".)
    if (tokens[last]?.pos === 'ADP' && !isPunct(tokens[last - 1]!)) continue
    // (Nor one whose last item opens a list of its own: "…exhibitions, interpretation, and the wider museum, gallery, or
    // heritage site environment" had become "…exhibitions and interpretation, gallery, or heritage site environment".)
    if (isComma(tokens[last]) && tokens.slice(last + 1, last + 8).some((token, at, all) => ['or', 'and'].includes(token.lower) && isComma(all[at - 1]))) continue
    // ("Washington, D.C.": an abbreviation after a name is part of it, no item.)
    if (items.some(([from, to]) => to - from === 1 && /^(?:\p{Lu}\.){2,}$/u.test(tokens[from]!.value))) continue
    // (Nor a short list of single words, "…a balance between size, coverage, depth, quality and frequency"; nor one the sentence counts, "the three largest … were A, B, and C".)
    // (Nor the counted noun before its items, "…divided into two sections, the input and the control logic…, and the power switch…".)
    if ((items.every(([from, to]) => to - from === 1) && last - index === 2 && items.length <= 4) || tokens.slice(0, items[0]![0] + 1).some((token) => /^(?:two|three|four|five|six|seven|both)$/.test(token.lower))) continue
    const [first, second] = items.slice(-2).length === 2 && items.length >= 2 ? [items[0]!, items[1]!] : [items[0]!, items[0]!]
    const kept = [...tokens.slice(0, first[1]), { ...conj, space: ' ' }, ...tokens.slice(second[0], second[1]).map((token, at) => (at === 0 ? { ...token, space: ' ' } : token))]
    const next = [...kept, ...tokens.slice(last)]
    if (next.length < tokens.length) return next
  }
  return tokens
}

/**
 * Drop the items a counted noun names after a comma or a colon ("The energy diverter can be divided into two sections | , the input
 * and the control logic…, and the power switch…"): a cut inside them had left one section as if it were two.
 */
export function dropCountedItems(tokens: Token[]): Token[] {
  // (Or a colon: "…unless you live in one of these 9 states: Alaska, Florida, …" had kept "Alaska and Florida (mostly)".)
  // (After a comma, a count of a few only: "…over 70 interviews, each one about 45 minutes" names no items.)
  const counts = (token: Token | undefined, colon: boolean): boolean => /^(?:two|three|four|five|six|seven|eight|nine|ten|\d)$/.test(token?.lower ?? '') || (colon && /^(?:eleven|twelve|\d{2})$/.test(token?.lower ?? ''))
  const at = tokens.findIndex((token, index) => [',', ':'].includes(token.value) && tokens[index - 1]?.pos === 'NOUN' && counts(tokens[index - 2], token.value === ':') && ['DET', 'NOUN', 'ADJ', 'PROPN'].includes(tokens[index + 1]?.pos ?? ''))
  if (at === -1) return tokens
  // (Its items, two or more: an "and" or a comma after it.)
  if (!tokens.slice(at + 1).some((token) => token.lower === 'and' || isComma(token))) return tokens
  const head = tokens.slice(0, at)
  return wordsOf(head) >= 5 && isStatement(head) ? head : tokens
}
