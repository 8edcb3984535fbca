/**
 * The language model behind article mode: part-of-speech tags, lemmas and
 * entities from `wink-nlp` with `wink-eng-lite-web-model` (the model ships in
 * the npm package, so nothing is downloaded). Loaded on first use only, so
 * decks that are not articles never pay for it.
 */
import { createRequire } from 'node:module'
import { readCoreModel, type CoreModel } from './nlp-model.js'
import type { Token } from './token.js'
import { mendVerbs } from './verb-mends.js'

export type { Token } from './token.js'

interface WinkItems {
  out(property?: unknown): unknown[]
  each(callback: (item: WinkItem) => void): void
}
interface WinkItem {
  out(property?: unknown): unknown
  tokens(): WinkItems
}
interface WinkDoc {
  tokens(): WinkItems
  entities(): WinkItems
}
interface Wink {
  readDoc(text: string): WinkDoc
  its: Record<string, unknown>
}

/** The part of the model's lexicon wink-nlp extends with each word it has not seen (`features.lexeme`). */
interface Lexemes {
  hash: Record<string, number>
  list: string[]
}

let loaded: { nlp: Wink; lexemes: Lexemes } | undefined

/** The wink-nlp instance and its lexicon, loaded on first call (about 0.1 s). */
function wink(): { nlp: Wink; lexemes: Lexemes } {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink
    const model = require('wink-eng-lite-web-model') as { core(): CoreModel }
    // The lexicon is in the core the instance unpacks from the model: keep a hand on it.
    let core: CoreModel | undefined
    const nlp = winkNLP({ ...model, core: () => (core = readCoreModel(require, () => model.core())) }, ['sbd', 'negation', 'pos', 'ner'])
    loaded = { nlp, lexemes: core!.features.lexeme }
  }
  return loaded
}

/**
 * Forget the words wink-nlp learnt while reading a sentence. It keeps every
 * unknown word it meets, and a word it knows is no longer split: after
 * "…than Riverside's, and…", "Riverside's trees" became one token less, so a
 * deck depended on what was built before it in the same process. Unlearnt,
 * every sentence is read as by a fresh model (the entries stay in its list,
 * unreachable, a few bytes a word).
 */
function forgetNewWords(lexemes: Lexemes, from: number): void {
  for (let index = from; index < lexemes.list.length; index++) delete lexemes.hash[lexemes.list[index]!]
}

/**
 * Tag one sentence: tokens with part of speech, lemma, the space before
 * them and the entity they belong to.
 *
 * @param text One sentence (plain text).
 * @returns Its tokens, in order; joining `space + value` gives the text back.
 */
export function tagSentence(text: string): Token[] {
  // The same sentence is tagged again by the stages after selection (compression, the closing line, key phrases) and
  // on every rebuild of `serve`: its tokens are kept (never changed by their users; a copy of the list is returned).
  const cached = tagged.get(text)
  if (cached) return [...cached]
  // (Frozen, so that a stage that changed a token would fail at once instead of changing another stage's sentence.)
  const tokens = tagAnew(text).map((token) => Object.freeze(token))
  if (tagged.size >= taggedMost) tagged.clear()
  tagged.set(text, tokens)
  return [...tokens]
}

/** Sentences tagged, by text. */
const tagged = new Map<string, readonly Token[]>()
/**
 * Most sentences kept, then the cache starts again: a folder of articles built in several themes (at 20,000, 84 articles
 * in four themes went round the caches and took about a tenth longer; at 60,000 the process grew by some 20 MB).
 */
const taggedMost = 60_000

/**
 * Whether the language model knows a word (in lower case): "goodbye" is a word, "nornagon" a handle.
 *
 * @param word One word.
 */
export function isKnownWord(word: string): boolean {
  return Object.hasOwn(wink().lexemes.hash, word.toLowerCase())
}

function tagAnew(text: string): Token[] {
  const { nlp, lexemes } = wink()
  const its = nlp.its
  const known = lexemes.list.length
  const doc = nlp.readDoc(text)
  const all = doc.tokens()
  const values = all.out() as string[]
  const lemmas = all.out(its.lemma) as string[]
  const tags = all.out(its.pos) as string[]
  const spaces = all.out(its.precedingSpaces) as string[]
  const types = all.out(its.type) as string[]
  const stops = all.out(its.stopWordFlag) as boolean[]
  const tokens = values.map(
    (value, index): Token => ({
      value,
      lower: value.toLowerCase(),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: tags[index] ?? 'X',
      space: index === 0 ? '' : spaces[index] ?? ' ',
      type: types[index] ?? 'word',
      stop: stops[index] ?? false
    })
  )
  // Mark the tokens of each entity by walking the token values.
  doc.entities().each((entity) => {
    const type = entity.out(its.type) as string
    const words = entity.tokens().out() as string[]
    for (let start = 0; start + words.length <= values.length; start++) {
      if (words.every((word, offset) => values[start + offset] === word) && tokens[start]!.entity === undefined) {
        for (let offset = 0; offset < words.length; offset++) tokens[start + offset]!.entity = type
        break
      }
    }
  })
  forgetNewWords(lexemes, known)
  return mendVerbs(mendHyphenated(mendTitles(mendImperatives(mendNameCompounds(mendNominal(mendCompounds(joinPaths(splitContractions(mendAcronyms(joinLetters(tokens)))))))))))
}

/**
 * A base form between a name after an article and a noun, in a phrase with no other verb, is a noun of the compound:
 * "an Amazon S3 file system implementation" (the last of a list of examples had been read as a clause).
 */
function mendNameCompounds(tokens: Token[]): Token[] {
  const at = tokens.findIndex((token, index) => token.pos === 'VERB' && token.lower === token.lemma && tokens[index - 1]?.pos === 'PROPN' && tokens[index + 1]?.pos === 'NOUN')
  // (Within its part of the sentence, between commas: "Some examples include …, and an Amazon S3 file system implementation".)
  const from = tokens.findLastIndex((token, index) => index < at && /^[,;:]$/.test(token.value)) + 1
  const to = tokens.findIndex((token, index) => index > at && /^[,;:]$/.test(token.value))
  if (at === -1 || tokens.slice(from, to === -1 ? undefined : to).some((token, index) => from + index !== at && (token.pos === 'AUX' || token.pos === 'VERB'))) return tokens
  let start = at - 1
  while (start > 0 && tokens[start - 1]!.pos === 'PROPN') start--
  if (!/^(?:a|an|the)$/i.test(tokens[start - 1]?.value ?? '')) return tokens
  return tokens.map((token, index) => (index === at ? { ...token, pos: 'NOUN' } : token))
}

/**
 * One word the tokenizer parted at a letter outside its alphabet ("Hijr" + "ī", "Ṣ" + "al" + "āḥ"): the pieces, written
 * with no space between them and one of them holding such a letter, joined again (a slide had been titled "Hijr"). Its
 * tag is the first piece's, a name's when it opens with a capital.
 */
function joinLetters(tokens: Token[]): Token[] {
  const word = /^[\p{L}\p{M}]+$/u
  const out: Token[] = []
  for (const token of tokens) {
    const previous = out[out.length - 1]
    if (previous && token.space === '' && word.test(previous.value) && word.test(token.value) && /[^\x00-\x7F]/.test(previous.value + token.value)) {
      const value = previous.value + token.value
      const pos = /^\p{Lu}/u.test(value) ? 'PROPN' : ['X', 'PROPN'].includes(previous.pos) ? (token.pos === 'PROPN' ? 'NOUN' : token.pos) : previous.pos
      out[out.length - 1] = { ...previous, value, lower: value.toLowerCase(), lemma: value.toLowerCase(), pos: pos === 'X' ? 'NOUN' : pos, type: 'word', stop: false }
    } else out.push(token)
  }
  return out
}

/**
 * A capitalised "verb" after a name is part of the name ("the Page Act"), a
 * past "adjective" after a name before its object is the verb ("…of 1882
 * paved the way"), and an "adjective" between a determiner and a
 * preposition or a verb is the noun of its phrase ("an individual from an internal team … contacted the
 * developer", "the elderly in care homes are…"): the clause has a subject.
 */
function mendNominal(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const [previous, next] = [tokens[index - 1], tokens[index + 1]]
    // "The Page Act of 1875", "the Chinese Exclusion Act": a capitalised word inside a name is part of the name.
    if (token.pos === 'VERB' && index > 1 && previous?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(token.value) && /^\p{Lu}/u.test(previous.value)) return { ...token, pos: 'PROPN', stop: false }
    // "…of 1882 paved the way": a past form after a name or a number, before its object, is the verb.
    if (token.pos === 'ADJ' && /ed$/.test(token.lower) && next?.pos === 'DET' && ['NOUN', 'PROPN', 'NUM'].includes(previous?.pos ?? '')) return { ...token, pos: 'VERB' }
    // "the central role of optimized, specialized software": past forms in a row of modifiers before a noun, after a
    // preposition or a determiner, are adjectives (read as verbs, the second one was cut as a trailing clause).
    if (token.pos === 'VERB' && /ed$/.test(token.lower) && modifies(tokens, index)) return { ...token, pos: 'ADJ' }
    // "a continued modern debate", "the updated backend": a past form between a determiner and its noun is an adjective.
    // (Inside a sentence: one that opens on "A convicted sex offender, whose release … led to…" keeps the reading its
    // compression was tested with.)
    if (token.pos === 'VERB' && index >= 2 && /ed$/.test(token.lower) && /^(?:a|an|the)$/i.test(previous?.value ?? '') && ['ADJ', 'NOUN'].includes(next?.pos ?? '')) return { ...token, pos: 'ADJ' }
    // ("After some further tries they implemented…": a plural after a determiner that counts, past its modifiers, is a noun.)
    const counted = tokens.slice(Math.max(0, index - 3), index).findLastIndex((other) => !['ADJ', 'ADV'].includes(other.pos))
    if (token.pos === 'VERB' && /[^s]s$/.test(token.lower) && /^(?:some|many|few|several|these|those|such|all|both|various|numerous|multiple|more|most|further)$/.test(tokens[Math.max(0, index - 3) + counted]?.lower ?? '') && tokens[Math.max(0, index - 3) + counted]?.pos === 'DET') return { ...token, pos: 'NOUN' }
    // ("…your resume for…": a base form after a possessive is its noun; "…, review your resume": a bare noun before one, after a comma, its verb.)
    if (token.pos === 'VERB' && /^(?:my|your|our|their|his|its)$/.test(previous?.lower ?? '') && previous?.pos === 'PRON' && token.lower === token.lemma) return { ...token, pos: 'NOUN' }
    if (token.pos === 'NOUN' && token.lower === token.lemma && !/ing$/.test(token.lower) && /^(?:my|your|our|their|his|its)$/.test(next?.lower ?? '') && (index === 0 || [',', ';', 'to'].includes(previous?.lower ?? ''))) return { ...token, pos: 'VERB' }
    if (token.pos !== 'ADJ' || previous?.pos !== 'DET' || !next || !/^(?:an?|the|this|that|each|every|any)$/.test(previous.lower)) return token
    return ['ADP', 'AUX', 'VERB'].includes(next.pos) && !['than', 'as', 'to', 'enough'].includes(next.lower) ? { ...token, pos: 'NOUN' } : token
  })
}

/**
 * Whether the word at `index` is one of a row of modifiers set off by commas before their noun ("optimized, specialized
 * software", "sufficient, experienced staff"), after a preposition or determiner, or beside an adjective.
 */
function modifies(tokens: readonly Token[], index: number): boolean {
  // (With their adverbs and a last "and": "methodologically robust, well evaluated, and production ready tools".)
  const modifier = (token: Token | undefined): boolean => token !== undefined && (token.value === ',' || ['ADJ', 'ADV', 'CCONJ'].includes(token.pos) || (token.pos === 'VERB' && /ed$/.test(token.lower)))
  let start = index
  while (start > 0 && modifier(tokens[start - 1])) start--
  let end = index
  while (end < tokens.length - 1 && modifier(tokens[end + 1])) end++
  const row = tokens.slice(start, end + 1)
  if (!row.some((token) => token.value === ',') || tokens[end + 1]?.pos !== 'NOUN' || row[0]!.value === ',' || row[row.length - 1]!.value === ',') return false
  return ['ADP', 'DET'].includes(tokens[start - 1]?.pos ?? '') || row.some((token) => token.pos === 'ADJ')
}

/** What a contraction's ending stands for. */
const contracted: Record<string, string> = { m: 'be', re: 'be', s: 'be', ve: 'have', ll: 'will', d: 'would' }

/**
 * "I'm", "I’m" as one token (the tagger reads it as a name) split into the
 * pronoun and its auxiliary, as the tagger splits "it's": "and I'm in a lot"
 * keeps its verb.
 */
function splitContractions(tokens: Token[]): Token[] {
  return tokens.flatMap((token): Token[] => {
    const match = /^(i|you|we|they|he|she)(['’])(m|re|s|ve|ll|d)$/i.exec(token.value)
    if (!match) return [token]
    const [, pronoun = '', apostrophe = '', ending = ''] = match
    const pronounToken: Token = { ...token, value: pronoun, lower: pronoun.toLowerCase(), lemma: pronoun.toLowerCase(), pos: 'PRON', type: 'word', stop: true }
    const rest = `${apostrophe}${ending}`
    return [pronounToken, { value: rest, lower: rest.toLowerCase(), lemma: contracted[ending.toLowerCase()] ?? ending.toLowerCase(), pos: 'AUX', space: '', type: 'word', stop: true, entity: undefined }]
  })
}

/** An acronym the tagger read as a contraction's first part, "CA" of "ca n't": a name ("CA servers" had been a clause). */
function mendAcronyms(tokens: Token[]): Token[] {
  return tokens.map((token, index) => (token.pos === 'AUX' && /^(?:CA|WO|SHA)$/.test(token.value) && !/^n['’]t$/i.test(tokens[index + 1]?.value ?? '') ? { ...token, pos: 'PROPN', lemma: token.lower } : token))
}

/**
 * A base-form "verb" between two nouns after a determiner is a noun of a
 * compound ("a service mesh sidecar": the tagger read "mesh" as a verb, and a
 * singular noun could not be its subject without an -s).
 */
function mendCompounds(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const [before, previous, next] = [tokens[index - 2], tokens[index - 1], tokens[index + 1]]
    if (token.pos !== 'VERB' || token.lower !== token.lemma || !previous || !next || !before) return token
    const singular = previous.pos === 'NOUN' && previous.lower === previous.lemma && !/s$/.test(previous.lower)
    // (So is one that ends a preposition's phrase, no object after it: "…the use of OSS in our technology stack;".)
    const ended = next.type === 'punctuation' && /^[;,.:)]$/.test(next.value) && /^(?:the|a|an|our|their|your|my|his|her|its|this|that)$/.test(before.lower) && tokens[index - 3]?.pos === 'ADP'
    return singular && ((next.pos === 'NOUN' && ['DET', 'ADJ', 'NOUN'].includes(before.pos) && token.space === ' ' && next.space === ' ') || ended) ? { ...token, pos: 'NOUN' } : token
  })
}

/** Verbs a guide opens its instructions with; the tagger reads some of them as a name or a noun there ("Use lists…"). */
const instructions = new Set(['use', 'make', 'keep', 'avoid', 'add', 'write', 'include', 'describe', 'check', 'give', 'put', 'ask', 'tell', 'try', 'start', 'stop', 'remember', 'choose', 'test', 'build', 'run', 'set', 'show', 'explain', 'provide', 'follow', 'limit', 'group', 'place', 'remove', 'define', 'ensure', 'share', 'review', 'plan', 'focus', 'treat', 'take', 'find', 'get', 'create', 'offer', 'allow', 'replace', 'split', 'label', 'name', 'state', 'list', 'store', 'document', 'record', 'measure', 'print', 'change', 'update',
])

/**
 * A build guide's and a recipe's instructions, verbs when an article, a number or a pronoun follows ("Solder the 4 jack
 * connectors and the USB socket", "Insert the two integrated circuits"; not "Open source program offices").
 */
const craftInstructions = new Set(['solder', 'glue', 'sand', 'drill', 'insert', 'cut', 'screw', 'attach', 'connect', 'mount', 'fold', 'sew', 'stitch', 'paint', 'wire', 'clamp', 'tighten', 'loosen', 'align', 'trim', 'press', 'pour', 'mix', 'heat', 'stir', 'bake', 'plug', 'unplug', 'install', 'download', 'open', 'close', 'turn', 'flip', 'bend', 'pull', 'push', 'clean', 'wash', 'rinse', 'apply', 'fill', 'wrap', 'tie', 'hang', 'lift', 'twist', 'thread', 'pin', 'iron', 'mark', 'peel', 'tape', 'bolt', 'nail', 'weld', 'calibrate', 'configure', 'enable', 'disable', 'select', 'click', 'enter', 'copy', 'paste', 'save', 'upload', 'repeat', 'wait'])

/**
 * An instruction's verb at the start of a sentence, or after a fronted
 * phrase and its comma ("Use this guidance as an adjunct…", "In main
 * content, use…"), is a verb, not the name or noun the tagger took it for;
 * not when a noun and a verb follow it ("Test results show…": a subject).
 */
function mendImperatives(tokens: Token[]): Token[] {
  // "Have people on the team write testimonials…": an opening "Have" that asks nothing is an instruction, and what
  // follows it is whom it is given to (the tagger read an auxiliary and a verb).
  if (tokens[0]?.lower === 'have' && tokens[0].pos === 'AUX' && tokens.at(-1)?.value !== '?' && tokens[1]?.pos === 'VERB' && !/(?:ed|en|ing)$/.test(tokens[1].lower)) {
    tokens = [{ ...tokens[0], pos: 'VERB' }, { ...tokens[1], pos: 'NOUN', lemma: tokens[1].lower }, ...tokens.slice(2)]
  }
  const comma = tokens.findIndex((token) => token.value === ',')
  const starts = [0, ...(comma > 1 && comma < 7 && tokens[0]!.pos === 'ADP' ? [comma + 1] : [])]
  return tokens.map((token, index) => {
    // (An opening quotation mark is passed over: 'use "brown and black skin"'.)
    const skip = /^["“‘']$/.test(tokens[index + 1]?.value ?? '') ? 1 : 0
    const [next, after] = [tokens[index + 1 + skip], tokens[index + 2 + skip]]
    const craft = craftInstructions.has(token.lower) && /^(?:the|a|an|your|all|both|each|it|them|this|these|\d+)$/i.test(next?.value ?? '')
    if (!starts.includes(index) || !['PROPN', 'NOUN'].includes(token.pos) || !(instructions.has(token.lower) || craft) || !next) return token
    if (['VERB', 'AUX', 'PUNCT', 'ADP', 'PART'].includes(next.pos) || next.type === 'punctuation') return token
    if (['NOUN', 'PROPN'].includes(next.pos) && ['VERB', 'AUX'].includes(after?.pos ?? '')) return token
    return { ...token, pos: 'VERB', lemma: token.lower }
  })
}

/**
 * The words of a hyphenated compound ("built-in architecture", "well-known
 * tools") are one modifier: a verb among them is no verb of the clause.
 */
function mendHyphenated(tokens: Token[]): Token[] {
  const joined = (at: number): boolean => tokens[at]?.value === '-' && tokens[at]!.space === '' && tokens[at + 1] !== undefined && tokens[at + 1]!.space === '' && tokens[at - 1] !== undefined
  return tokens.map((token, index) => ((token.pos === 'VERB' || token.pos === 'AUX') && (joined(index + 1) || joined(index - 1)) ? { ...token, pos: 'ADJ' } : token))
}

/**
 * A title in Title Case after a preposition ("in All We Can Save, editors…")
 * is one name: the tagger read its words as a pronoun, an auxiliary and a
 * verb, and a clause was found inside the book's title.
 */
function mendTitles(tokens: Token[]): Token[] {
  const out = [...tokens]
  for (let index = 1; index < out.length; index++) {
    // ("the Ford Foundation": a capitalised word read as a verb between a determiner and a name is part of the name.)
    const [word, name] = [out[index]!, out[index + 1]]
    if (out[index - 1]!.pos === 'DET' && word.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(word.value) && name?.type === 'word' && /^\p{Lu}/u.test(name.value) && name.pos !== 'VERB') out[index] = { ...word, pos: 'PROPN', stop: false }
    if (out[index - 1]!.pos !== 'ADP') continue
    let end = index
    while (end < out.length && out[end]!.type === 'word' && /^\p{Lu}/u.test(out[end]!.value) && out[end]!.value !== 'I') end++
    const run = out.slice(index, end)
    if (run.length < 2 || !run.some((token) => ['AUX', 'VERB', 'PRON', 'DET'].includes(token.pos))) continue
    for (let at = index; at < end; at++) out[at] = { ...out[at]!, pos: 'PROPN', stop: false }
    index = end
  }
  return out
}

/** Top-level domains that end a site's name written in prose. */
const domains = new Set(['gov', 'com', 'org', 'net', 'io', 'edu', 'dev', 'ai', 'app', 'uk', 'fr', 'de', 'eu', 'ca', 'au', 'nz', 'us', 'nl', 'se', 'no', 'fi', 'dk', 'ch', 'at', 'es', 'it', 'jp', 'in', 'info', 'mil', 'int', 'co', 'me', 'ly', 'sh', 'rs', 'js', 'page', 'site', 'tech', 'cloud'])

/**
 * A name written with `::` ("rstudio::conf", "std::vec::Vec") is one token:
 * the tagger splits it at the colons, and a clause boundary would be found
 * there; so are "C++", "C#" and "F#" (the tagger keeps the letter and drops
 * the rest as punctuation), and a name in snake case.
 */
function joinPaths(tokens: Token[]): Token[] {
  const asName = (token: Token, value: string): Token => ({ ...token, value, lower: value.toLowerCase(), lemma: value.toLowerCase(), pos: 'PROPN', type: 'word', stop: false })
  const joined: Token[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = joined[joined.length - 1]
    const [colon, name] = [tokens[index + 1], tokens[index + 2]]
    if (previous && token.value === ':' && token.space === '' && colon?.value === ':' && colon.space === '' && name && name.space === '' && /[\p{L}\p{N}_]$/u.test(previous.value) && /^[\p{L}_]/u.test(name.value)) {
      joined[joined.length - 1] = asName(previous, `${previous.value}::${name.value}`)
      index += 2
      continue
    }
    // ("include:mailbox.org", "doi:10.1000", "git:main": one colon glued to the words on both sides joins them.)
    if (previous && token.value === ':' && token.space === '' && colon && colon.space === '' && /\p{L}$/u.test(previous.value) && /^\p{L}/u.test(colon.value) && previous.type === 'word') {
      joined[joined.length - 1] = asName(previous, `${previous.value}:${colon.value}`)
      index += 1
      continue
    }
    // "Pay.gov", "hackmd.io", "beta.gouv.fr": a site's name, not a verb, a stop and a noun.
    if (previous && token.value === '.' && token.space === '' && /^[\p{L}\p{N}-]+$/u.test(previous.value)) {
      let end = index
      while (tokens[end]?.value === '.' && tokens[end]!.space === '' && tokens[end + 1] && tokens[end + 1]!.space === '' && /^[\p{L}\p{N}-]+$/u.test(tokens[end + 1]!.value)) end += 2
      if (end > index && domains.has(tokens[end - 1]!.lower)) {
        joined[joined.length - 1] = asName(previous, previous.value + tokens.slice(index, end).map((part) => part.value).join(''))
        index = end - 1
        continue
      }
    }
    // ("firebase_analytics", "google_sign_in": a name in snake case is one word, not "google", "_", "sign", "_", "in".)
    if (previous && token.value === '_' && token.space === '' && colon && colon.space === '' && /[\p{L}\p{N}]$/u.test(previous.value) && /^[\p{L}\p{N}]/u.test(colon.value)) {
      joined[joined.length - 1] = asName(previous, `${previous.value}_${colon.value}`)
      index += 1
      continue
    }
    // ("encoder--decoder": two words joined by LaTeX's en dash are one compound, not a dash that cuts after "encoder".)
    if (previous && token.value === '--' && token.space === '' && colon && colon.space === '' && !colon.stop && /^\p{Ll}{3,}$/u.test(previous.value) && /^\p{Ll}{3,}$/u.test(colon.value)) {
      joined[joined.length - 1] = { ...previous, value: `${previous.value}--${colon.value}`, lower: `${previous.lower}--${colon.lower}`, lemma: `${previous.lower}--${colon.lemma}`, pos: 'NOUN' }
      index += 1
      continue
    }
    // "C++", "C#", "F#": the language's name, not a letter and punctuation.
    if (previous && /^[A-Z]$/.test(previous.value) && token.space === '' && (token.value === '#' || (token.value === '+' && tokens[index + 1]?.value === '+' && tokens[index + 1]!.space === ''))) {
      joined[joined.length - 1] = asName(previous, previous.value + (token.value === '#' ? '#' : '++'))
      if (token.value === '+') index++
      continue
    }
    joined.push(token)
  }
  return joined
}

/**
 * Text of a run of tokens, with the spacing they were written with.
 *
 * @param tokens Tokens, usually a slice of one sentence.
 * @returns The text, without leading whitespace.
 */
export function tokensText(tokens: readonly Token[]): string {
  return tokens
    .map((token, index) => (index === 0 ? '' : token.space) + token.value)
    .join('')
    .trim()
}
