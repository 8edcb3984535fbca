/**
 * The key phrase of one page of a long stretch of prose (an essay without
 * headings): the noun phrase its paragraphs name most often and the other
 * pages name least ("runconf15", "Kind people"), as the article writes it.
 * It titles the page where "Overview (cont.)" would say nothing.
 */
import { tagSentence, tokensText, type Token } from './nlp.js'
import { splitSentences } from './sentences.js'
import { modals } from './grammar-words.js'
import { speakerLabel } from '../text/lines.js'
import escapeStringRegexp from 'escape-string-regexp'

/** Most words in a key phrase. */
const phraseWords = 3

/** One noun phrase as found: its key (lemmas) and its words as written. */
interface Phrase {
  key: string
  text: string
  words: number
  name: boolean
  /** Whether it opens with an adjective ("single person", "common needs"). */
  described: boolean
  /** Whether it stands in brackets or inside a quotation of more than three words. */
  enclosed: boolean
}

/** Words that never make a title on their own, however often they come (a month titled a page about March to June). */
const empty = new Set(['thing', 'things', 'way', 'ways', 'lot', 'kind', 'time', 'times', 'part', 'people', 'one', 'something', 'anything', 'everything', 'nothing', 'example', 'case', 'fact', 'point', 'year', 'years', 'day', 'days', 'bit', 'number', 'use', 'end', 'section', 'chapter', 'page', 'figure', 'table', ...'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow'.split(' ')])

/** Adjectives written with a capital (peoples, places' points of the compass), which the tagger reads as names. */
const capitalAdjectives = new Set(['black', 'white', 'brown', 'asian', 'latino', 'latina', 'latinx', 'hispanic', 'native', 'indigenous', 'african', 'american', 'european', 'british', 'english', 'french', 'german', 'spanish', 'chinese', 'japanese', 'indian', 'western', 'eastern', 'northern', 'southern', 'jewish', 'muslim', 'christian', 'catholic', 'protestant', 'arab', 'russian', 'italian', 'dutch', 'canadian', 'australian', 'mexican', 'brazilian', 'korean'])

/** Words the tagger may read as a noun or an adjective that never belong to a title ("examples like…"). */
const notInPhrases = new Set(['like', 'unlike', 'such', 'etc', 'via', 'per', 'both', 'either', 'neither', 'each'])

/** Units of measure that follow a quantity ("1/2 tsp", "4 lb", "3 cups"). */
const measureUnits = new Set(['tsp', 'tbsp', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'cup', 'cups', 'oz', 'ounce', 'ounces', 'lb', 'lbs', 'pound', 'pounds', 'g', 'gram', 'grams', 'kg', 'mg', 'ml', 'l', 'litre', 'litres', 'liter', 'liters', 'quart', 'quarts', 'pint', 'pints', 'gallon', 'gallons', 'pinch', 'stick', 'sticks', 'cm', 'mm', 'km', 'inch', 'inches', 'ft', 'feet', 'mile', 'miles'])

/** Nouns that leave any phrase they end vague ("great way", "good thing"), or a citation's detail ("Second Edition"). */
const vagueHeads = new Set(['thing', 'things', 'way', 'ways', 'lot', 'kind', 'bit', 'something', 'anything', 'everything', 'nothing', 'fact', 'point', 'case', 'use', 'end', 'situation', 'number', 'edition', 'editions', 'volume', 'issue', 'retrieved'])

/** Whether a count stands right before `index`: "two body problems", "20+ year grants" (not a model's number, "RS/6000 unix machines"). */
function counted(tokens: readonly Token[], index: number): boolean {
  const at = ['+', '%'].includes(tokens[index - 1]?.value ?? '') ? index - 2 : index - 1
  const number = tokens[at]
  if (!number) return false
  return /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(number.value) || (/^\d+$/.test(number.value) && (at === 0 || number.space !== ''))
}

/** The noun phrases of a sentence: runs of adjectives and nouns ending in a noun, or runs of names. */
function phrasesOf(tokens: readonly Token[]): Phrase[] {
  const phrases: Phrase[] = []
  let run: Token[] = []
  let broken = false
  // (A phrase in brackets or inside a quotation of more than three words is marked: it titles a page only when the page
  // also names it outside them. "(…the lead author's affiliation; NCEAS)", "shufflel'd off this mortall coile" had
  // titled pages "Lead author" and "Mortall coile"; a founder's quoted one-liner, "a sales 1:1 tool that uses
  // predictive analytics…", names the topic the page goes on to name.)
  let quoted = false
  let bracketed = 0
  const flush = (): void => {
    if (broken) run = []
    broken = false
    // A phrase ends in a noun or a name; leading adjectives stay ("kind people"), trailing ones go.
    while (run.length > 0 && !['NOUN', 'PROPN'].includes(run[run.length - 1]!.pos)) run.pop()
    // (A phrase too long is left whole or not at all: cut at its start, "Open source program offices" read "Source program offices".)
    if (run.length > phraseWords + 1 + (run.some((token) => ['for', 'of'].includes(token.value)) ? 1 : 0)) run = []
    // ("…the information pay attention only to…": a verb's idiom the tagger read as nouns is no phrase.)
    if (/\b(?:pays?|paid|takes?|took|makes?|made) (?:attention|place|sense|care|use|part|note)\b/i.test(tokensText(run))) run = []
    // ("great way", "good thing": a phrase whose noun says nothing says nothing either.)
    // ("use people's time": the verb "use", read as a noun, opens no name.)
    if (run[0]?.lower === 'use') run.shift()
    // ("Perry's friend James Lawrence": a common noun before a name is no part of it.)
    const name = run.findIndex((token) => token.pos === 'PROPN' && /^\p{Lu}/u.test(token.value))
    if (name > 0 && run.slice(0, name).every((token) => /^\p{Ll}/u.test(token.value)) && run.slice(name).every((token) => /^\p{Lu}/u.test(token.value))) run = run.slice(name)
    // ("Last month DORA…": a time before a name is no part of it.)
    if (run.length > 2 && /^(?:last|next|this|every|each)$/i.test(run[0]!.value) && /^(?:week|month|year|day|spring|summer|autumn|fall|winter|decade|century)s?$/i.test(run[1]!.value)) run = run.slice(2)
    // ("data point", "use case": a vague head after a noun names a thing; "data point number [one]" is a data point.)
    if (run.length >= 2 && run[run.length - 1]!.lower === 'number') run.pop()
    const head = run[run.length - 1]
    const compound = run.length >= 2 && run[run.length - 2]!.pos === 'NOUN'
    // ("ThE EcOnOmY": a writer's mocking case is no title.)
    const mocking = run.filter((token) => token.value.length >= 3 && [...token.value].filter((char, at, all) => at > 0 && /\p{Lu}/u.test(char) !== /\p{Lu}/u.test(all[at - 1]!)).length >= 0.65 * (token.value.length - 1)).length >= 2
    if (head && !mocking && !(run.length === 1 && empty.has(head.lower)) && (!vagueHeads.has(head.lower) || compound)) {
      phrases.push({ key: run.map((token) => token.lemma).join(' '), text: tokensText(run), words: run.length, name: run.some((token) => token.pos === 'PROPN'), described: run[0]!.pos === 'ADJ', enclosed: quoted || bracketed > 0 })
    }
    run = []
  }
  let possessed = false
  for (const [index, original] of tokens.entries()) {
    const mark = original.value
    // (The tokenizer may glue a bracket to the mark after it: "(currently `release-1.3`):" closes on "):".)
    if (/^[()]+\p{P}*$/u.test(mark)) {
      flush()
      bracketed = Math.max(0, bracketed + (mark.match(/\(/g)?.length ?? 0) - (mark.match(/\)/g)?.length ?? 0))
      continue
    }
    if (/^[“”"]$/.test(mark)) {
      flush()
      const close: number = mark === '”' || (mark === '"' && quoted) ? -1 : tokens.findIndex((other, at) => at > index && /^[”"]$/.test(other.value))
      quoted = close !== -1 && tokens.slice(index + 1, close).filter((other) => other.type === 'word').length > phraseWords
      continue
    }
    // A capital at the start of a sentence says nothing about a name ("Slide from the presentation…", "Kind people…").
    // (Nor does one after a label's colon: "Tier 3 Solution: Component-level policy…".)
    const opening = index === 0 || tokens[index - 1]!.value === ':'
    // ("Now Tauri is the framework…": an adverb opening the sentence, however the tagger reads it, starts no phrase.)
    if (opening && /^(?:now|today|then|still|also|so|yet|again|here|there|finally|meanwhile|however|thus|hence|instead|later|soon)$/i.test(original.value)) {
      flush()
      continue
    }
    // ("Zero Copy Streaming": a number's word before a name is its first word; "Copy Streaming" had titled a page.)
    const numberedName = original.pos === 'NUM' && /^\p{Lu}\p{Ll}+$/u.test(original.value) && /^\p{Lu}/u.test(tokens[index + 1]?.value ?? '') && ['PROPN', 'NOUN'].includes(tokens[index + 1]!.pos)
    const token = numberedName ? { ...original, pos: 'PROPN' } : opening && original.pos === 'PROPN' && !/\p{Lu}|\d/u.test(original.value.slice(1)) ? { ...original, pos: 'NOUN' } : original
    // (".NET": a word glued to the stop before it is part of a name the tokenizer broke.)
    // (And "$AUTHOR", "$MAJOR": a placeholder, no name.)
    // (Nor is "hour" of "24-hour day" a word of its own.)
    // (Nor "head" of "head-on": a word glued to a hyphen after it is half of a compound.)
    // (Nor "System" of "System/360": a word glued to a slash after it is half of a name.)
    const glued = (index > 0 && original.space === '' && ['.', '$', '-', '/'].includes(tokens[index - 1]!.value)) || (['-', '/'].includes(tokens[index + 1]?.value ?? '') && tokens[index + 1]!.space === '')
    // (Nor a unit after its quantity: "1/2 tsp salt", "1/2 cup molasses" had titled two slides "Tsp salt" and "Cup molasses".)
    const measure = measureUnits.has(token.lower) && /\d/.test(tokens[index - 1]?.value ?? '')
    const word = token.type === 'word' && /^[\p{L}][\p{L}\p{N}'’#+.-]*$/u.test(token.value) && !token.stop && !glued && !notInPhrases.has(token.lower) && !measure
    // "Code for America", "Bank of England": a name joined by a small word between two capitals is one name.
    // ("Meeting of the Minds conference": a capitalised word the tagger read as a verb opens such a name, and "the" may follow its small word.)
    const capital = (at: number): boolean => /^\p{Lu}/u.test(tokens[at]?.value ?? '') && ['PROPN', 'NOUN'].includes(tokens[at]!.pos)
    const joins = (['for', 'of'].includes(token.value) && run.length > 0 && /^\p{Lu}/u.test(run[run.length - 1]!.value) && (capital(index + 1) || (tokens[index + 1]?.value === 'the' && capital(index + 2)))) || (token.value === 'the' && ['of', 'for'].includes(run[run.length - 1]?.value ?? '') && capital(index + 1))
    const namesOpening = original.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(original.value) && ['of', 'for'].includes(tokens[index + 1]?.value ?? '') && (capital(index + 2) || (tokens[index + 2]?.value === 'the' && capital(index + 3)))
    // ("National Woman's Party": a name's possessive inside it leaves no phrase of either half, "National Woman", "Party".)
    // (Not a person's, "John McPhee's Annals", whose name is a phrase of its own.)
    if (/^['’]s$/.test(token.value) && /^\p{Lu}/u.test(tokens[index + 1]?.value ?? '') && /^\p{Lu}/u.test(run[run.length - 1]?.value ?? '') && run[run.length - 1]!.pos === 'NOUN') {
      run = []
      possessed = true
      continue
    }
    if (possessed && /^\p{Lu}/u.test(token.value)) continue
    possessed = false
    // (Nor is "Century Townball" of "Twenty-First Century Townball" a name: a capitalised word glued to a hyphen before it
    // starts the name, and what follows it is no phrase of its own.)
    if (glued && index > 0 && /^\p{Lu}/u.test(original.value) && tokens[index - 1]!.value === '-' && original.space === '') {
      flush()
      broken = true
      continue
    }
    if (namesOpening) {
      flush()
      run.push({ ...original, pos: 'PROPN' })
      continue
    }
    if (joins || (word && ['NOUN', 'PROPN', 'ADJ'].includes(token.pos) && token.value.length >= 3)) {
      if (broken && run.length === 0 && !/^\p{Lu}/u.test(token.value)) broken = false
      // ("…will ban property everywhere": after a modal the tagger's noun is a verb; "two body problems": a count's words
      // make no name, "Body problems".)
      if (run.length === 0 && index > 0 && !/^\p{Lu}/u.test(token.value) && (modals.has(tokens[index - 1]!.lower) || counted(tokens, index))) broken = true
      run.push(token)
    } else {
      flush()
      // (Nor is "Matters staff" of "Place Matters staff" a phrase: a capitalised word read as a verb, right before a name,
      // is the name's first word.)
      broken = token.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(token.value) && /^\p{Lu}/u.test(tokens[index + 1]?.value ?? '') && tokens[index + 1]!.space !== ''
    }
  }
  flush()
  return phrases
}

/**
 * The noun phrases of each text, tagged once.
 *
 * @param texts The prose of each page.
 * @returns For each page, its phrases in order.
 */
function pagePhrases(texts: readonly string[], lang: string): Phrase[][] {
  // (Without who speaks before a line of a conversation: "Greg Bunce: …", said on every page, had titled thirteen.)
  return texts.map((text) => splitSentences(text, lang).flatMap((sentence) => phrasesOf(tagSentence(sentence.replace(speakerLabel, '')))))
}

/**
 * The key phrase of each page: a name or a phrase of two or three words
 * named at least twice on it, most often relative to the other pages (a
 * TF-IDF), longer phrases and names first among equals; never a phrase of
 * the deck title (every page is about that).
 *
 * @param texts The prose of each page (the paragraphs its bullets come from).
 * @param title The deck title.
 * @param lang Language of the prose (BCP 47).
 * @param faces The text on each page's face, for the pages of an overview (which have no heading of their own to fall
 *   back on): a page that names no phrase twice takes the first phrase of two or three words on its face that no other
 *   page names.
 * @param shown The text on each page's face, when the phrase must be on it (a title the slide bears out).
 * @returns One phrase or `undefined` per page, as the article writes it.
 */
export function keyPhrases(texts: readonly string[], title = '', lang = 'en', faces?: readonly string[], shown?: readonly string[]): (string | undefined)[] {
  const all = pagePhrases(texts, lang)
  // (A place the title names by its people's word titles no page either: "Cuba" under "The Cuban Missile Crisis".)
  const titleWords = phrasesOf(tagSentence(title)).flatMap((phrase) => phrase.key.split(' '))
  const inTitle = new Set([...titleWords, ...titleWords.flatMap((word) => (/^\p{L}{3,}(?:an|ian|ese)$/u.test(word) ? [word.replace(/(?:i?an|ese)$/, ''), word.replace(/(?:i?an|ese)$/, 'a')] : []))])
  // (A first name of someone the article names in full, "Victoria" of "Victoria Leachman", titles no slide.)
  const fullNames = texts.join('\n')
  const firstName = (phrase: Phrase): boolean => phrase.words === 1 && phrase.name && new RegExp(`(?<![\\p{L}])${escapeStringRegexp(phrase.text)} \\p{Lu}\\p{Ll}+`, 'u').test(fullNames)
  const pagesWith = new Map<string, number>()
  for (const phrases of all) for (const key of new Set(phrases.map((phrase) => phrase.key))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1)
  // (The pages each phrase titled: a topic titles two runs of pages at most, not "Hajar" three times across an essay; a
  // second run keeps its title, "Fashioning Circuits" again, rather than a phrase of one bullet.)
  const titled = new Map<string, number[]>()
  return all.map((phrases, page) => {
    const face = faces?.[page]?.toLowerCase()
    // (A title the slide bears out: the phrase is on its face, not only in its notes — "Export steps" titled a slide whose
    // bullets said nothing of export steps.)
    const onFace = shown?.[page]?.toLowerCase()
    const counts = new Map<string, { phrase: Phrase; count: number; open: number }>()
    for (const phrase of phrases) {
      const seen = counts.get(phrase.key)
      // A name is a name wherever it is written as one ("Karthik is…" at the start of a sentence, "I met Karthik").
      if (seen) {
        seen.count++
        if (!phrase.enclosed) seen.open++
        if (phrase.name && !seen.phrase.name) seen.phrase = phrase
      } else counts.set(phrase.key, { phrase, count: 1, open: phrase.enclosed ? 0 : 1 })
    }
    let best: { phrase: Phrase; score: number } | undefined
    let single: Phrase | undefined
    for (const { phrase, count, open } of counts.values()) {
      if (open === 0) continue
      // (Nor a person the page tells of, "Matt Miller delivered a talk…", "a syllabus by Hal Daumé": who spoke titles no
      // slide of what was said, and went on as "Matt Miller (cont.)" over three other talks.)
      if (phrase.name && phrase.words >= 2 && actsAsPerson(phrase.text, texts[page]!)) continue
      // (Given the faces, the first phrase of two or three words on the page's face that no other page names, when none is named twice.)
      // (A compound or a name, "Mom Test", "FANG company"; not "single person", "extra user".)
      if (face && !single && phrase.words > 1 && !phrase.described && pagesWith.get(phrase.key) === 1 && face.includes(phrase.text.toLowerCase()) && !phrase.key.split(' ').some((lemma) => inTitle.has(lemma))) single = phrase
      // One common word ("Data", "Posts") names too little to title a slide; a name or a phrase does.
      // (A capitalised adjective, "Black" of "Black, Latino, or poorer residents", is no name.)
      const named = phrase.words > 1 || (phrase.name && !capitalAdjectives.has(phrase.key)) || /\p{Lu}|\d/u.test(phrase.text.slice(1))
      // (Initials, "H.F" of a narrator called "H.F.", title nothing.)
      if (/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(phrase.text)) continue
      if (count < 2 || !named || firstName(phrase) || phrase.key.split(' ').every((lemma) => inTitle.has(lemma))) continue
      // (One word named in quotation marks is a term the page mentions, "Exemplary", "Satisfactory" of a grading scale;
      // one name said twice in passing, "Amr" of "Amr and Marwa", no more a topic: a blind reader of set 54 asked what they were.)
      if (phrase.words === 1 && (quoted(phrase.text, texts[page]!) || (phrase.name && count < 3 && paired(phrase.text, texts[page]!)))) continue
      // (Nor a city of publication, "New York: Farrar, Straus and Giroux", "New York: Routledge".)
      if (phrase.name && new RegExp(`(?<![\\p{L}])${escapeStringRegexp(phrase.text)}\\s*:\\s*\\p{Lu}`, 'u').test(texts[page]!)) continue
      if (onFace !== undefined && !onFace.includes(phrase.text.toLowerCase())) continue
      const runs = (titled.get(phrase.key) ?? []).filter((at, index, all) => all[index - 1] !== at - 1).length
      if (runs >= 2 && !titled.get(phrase.key)!.includes(page - 1)) continue
      const score = count * Math.log(1 + all.length / pagesWith.get(phrase.key)!) * (1 + 0.5 * (phrase.words - 1)) * (phrase.name ? 1.2 : 1)
      if (!best || score > best.score) best = { phrase, score }
    }
    // (Else, on an overview's page, the first compound its face says and no other face does: "x86 assembly", rather
    // than a fifth "Some mentors (cont.)" over a page about teaching him assembly.)
    const chosen = best?.phrase ?? single ?? (face ? ownPhrase(page, faces!, inTitle, lang) : undefined)
    if (!chosen) return undefined
    titled.set(chosen.key, [...(titled.get(chosen.key) ?? []), page])
    // (An acronym the article spells out titles the slide spelled out: "Antimicrobial Resistance (AMR)", not "AMR".)
    // (And a surname the article gives in full titles the slide in full: "Tristan Smith", not "Smith".)
    const given = chosen.words === 1 && chosen.name ? [...fullNames.matchAll(new RegExp(`(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+) ${escapeStringRegexp(chosen.text)}(?![\\p{L}])`, 'gu'))].map((match) => match[1]!).find((first) => !/^(?:The|A|An|In|On|At|For|By|With|From|And|But|Or|Of|To|As|If|When|While|Mr|Mrs|Ms|Dr|Prof|Sir|Lady|Lord|Saint|St|Dear|Said|Says|Told|Asked|Miss|Mister|Doctor|Professor|President|Senator|Judge|General|Captain|Now|Today|Then|So|Yet|Still|Also|Here|There|Finally|However|Meanwhile|Later|Soon|Again|Thus|Hence|Instead|Why|How|What|Where|Who|Because|Since|Although|Though|Unlike|Like|Whereas|Once|Until|After|Before|Only|Even|Just)$/.test(first)) : undefined
    const text = spelledOut(chosen.text, fullNames) ?? (given ? `${given} ${chosen.text}` : chosen.text)
    // A name keeps its case ("runconf15", "rOpenSci"); a common phrase starts with a capital as a title does.
    // ("boilerplate RPC code": a phrase whose first word is a plain lower-case word starts with a capital all the same.)
    const plainStart = /^\p{Ll}+\s/u.test(text)
    const keepCase = !plainStart && (chosen.name || /\p{Lu}/u.test(text.slice(1)) || /\d/.test(text))
    return keepCase ? text : text.charAt(0).toUpperCase() + text.slice(1)
  })
}

/** Whether a word is written in quotation marks on a page, alone or in a short phrase ("earn a grade of “Satisfactory”", "“Meets Expectations”"). */
function quoted(word: string, text: string): boolean {
  return new RegExp(`["“'‘](?:[\\p{L}-]+ ){0,2}${escapeStringRegexp(word)}(?: [\\p{L}-]+){0,2}[.,!?]?["”'’]`, 'u').test(text)
}

/** Whether a name is written paired with another ("Amr and Marwa", "Sara and Amr"): people named in passing. */
function paired(name: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeStringRegexp(name)},? (?:and|&) \\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+,? (?:and|&) ${escapeStringRegexp(name)}(?![\\p{L}])`, 'u').test(text)
}

/** The first compound ("x86 assembly", "Rustup components") on a face that no other face names, and not of the title. */
function ownPhrase(page: number, faces: readonly string[], inTitle: ReadonlySet<string>, lang: string): Phrase | undefined {
  const others = faces.filter((_, at) => at !== page).join('\n').toLowerCase()
  // (A face's lines each on their own: "…a long debate in the West" over "Public grazing law…" made "West Public grazing law".)
  for (const phrase of pagePhrases(faces[page]!.split('\n'), lang).flat()) {
    // (Not a name said in passing: "Just like Facebook in the early days" titled a page about booking sales meetings.)
    if (phrase.words < 2 || phrase.described || phrase.enclosed || (phrase.name && actsAsPerson(phrase.text, faces[page]!))) continue
    if (phrase.key.split(' ').some((lemma) => inTitle.has(lemma))) continue
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(phrase.text.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(others)) continue
    return phrase
  }
  return undefined
}

/**
 * An acronym with the words the article spells it out in before it in brackets ("defined daily doses (DDD)" for
 * "DDD"), as the article writes them; `undefined` when it spells it nowhere.
 */
export function spelledOut(acronym: string, text: string): string | undefined {
  if (!/^\p{Lu}{2,6}s?$/u.test(acronym)) return undefined
  const letters = acronym.replace(/s$/, '').toLowerCase()
  for (const match of text.matchAll(new RegExp(`((?:[\\p{L}-]+ ){${letters.length},${letters.length + 1}})\\(${escapeStringRegexp(acronym)}\\)`, 'gu'))) {
    const words = match[1]!.trim().split(' ')
    // The words whose initials spell it, with one small word among them at most ("Bureau of Labor Statistics").
    for (const count of [letters.length, letters.length + 1]) {
      const own = words.slice(-count)
      const initials = own.filter((word, at) => !(count > letters.length && at > 0 && /^(?:of|and|for|the|on|in)$/.test(word))).map((word) => word[0]!.toLowerCase()).join('')
      if (own.length === count && initials === letters) return `${own.join(' ').replace(/^\p{Ll}/u, (first) => first.toUpperCase())} (${acronym})`
    }
  }
  return undefined
}

/**
 * Whether a name is a person's on a page who gave a talk or made something the page tells of: "Matt Miller delivered…",
 * "a syllabus by Hal Daumé" (not one who said or wrote what the page is about, "John McPhee wrote it…", a topic).
 */
function actsAsPerson(name: string, text: string): boolean {
  // (Its words may break across lines, and who the person is may stand between name and verb: "Matt Miller, the Fedora Project Lead, delivered…".)
  const at = escapeStringRegexp(name).replace(/ /g, '\\s+')
  return new RegExp(`(?<![\\p{L}])${at}(?:,[^,.]{1,60},)?\\s+(?:delivered|presented|gave|spoke|talked|led|showed|introduced|announced|demoed|demonstrated|hosted|moderated|opened|closed|kicked)\\b|\\bby ${at}(?![\\p{L}])`, 'u').test(text)
}
