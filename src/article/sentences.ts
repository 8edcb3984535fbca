/**
 * Sentences of a paragraph: `Intl.Segmenter` for the locale, with the abbreviations and ordinals of its language (English, German) that do not end a sentence, and stops inside words ("the .NET thread pool").
 */
import { countWords } from './token-text.js'


const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale)
  if (!found) {
    try {
      found = new Intl.Segmenter(locale, { granularity: 'sentence' })
    } catch {
      // Not a BCP 47 tag (`en_US`, `English`): the default rules.
      found = new Intl.Segmenter('en', { granularity: 'sentence' })
    }
    segmenters.set(locale, found)
  }
  return found
}

/** How a language's abbreviations and ordinals meet sentence ends. */
interface SentenceRules {
  /** Abbreviations always followed by more of the same sentence (a name, a number, an example). */
  alwaysJoin: RegExp
  /** Abbreviations that may also end a sentence (`in the U.S.`, `etc.`, `10 a.m.`). */
  mayJoin: RegExp
  /** Words that usually start a new sentence, so an abbreviation before them ends one. */
  sentenceStarters: ReadonlySet<string>
  /** A number with a full stop is an ordinal that the next word continues (`am 3. Mai`), unless that word starts a sentence. */
  ordinals: boolean
}

const english: SentenceRules = {
  // (After an ellipsis too, "I looked up and you better believe it...Mr. Adair was staring at me" had been cut at "Mr.";
  // and after a dash, "—W. J. Hennigan, …" had lost its "W."; nor "(Ca.) T. magnifica", a short word and its stop in brackets.)
  alwaysJoin:
    /(?:^|[\s("“‘'—–]|\.\.\.|…)(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Ave|Blvd|Rd|Hwy|Sr|Jr|Fig|Figs|No|Nos|no|nos|inv|cat|cats|pl|Pl|Vol|vs?|cf|approx|ca|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Gov|Sen|Rep|pp?|e\.g|i\.e|[A-Z])\.["'”’)]*$|\(\p{L}{1,4}\.\)$/u,
  mayJoin: /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:etc|al|Inc|Ltd|Co|Corp|Bros|Fed|Reg|Dept|Univ|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/u,
  sentenceStarters: new Set(
    'the a an it its this that these those they them we he she i you our their his her but and so then in on at for if when while after before there as some most many all no yes what why how who where one two three'.split(
      ' '
    )
  ),
  ordinals: false
}

/**
 * German: the English rules plus German abbreviations, written with a space
 * (`z. B.`, `d. h.`, `u. a.`) or without (`z.B.`), and ordinals (`am 3. Mai`).
 */
const german: SentenceRules = {
  alwaysJoin: new RegExp(
    String.raw`(?:^|[\s(])(?:` +
      [
        // One lower-case letter: the first half of `z. B.`, `d. h.`, `u. a.`, `o. ä.`, `s. o.`, `v. a.`, `z. T.`, `i. d. R.`
        String.raw`[a-zäöü]`,
        String.raw`(?:z|d|u|o|s|v|i)\.\s?(?:B|h|a|ä|o|u|U|T|d|R|W)`,
        'bzw|vgl|Nr|Dr|Prof|Hr|Hrn|Fr|St|ca|evtl|ggf|inkl|exkl|bspw|sog|Abb|Bd|Bde|Jh|Jhd|Kap|Abs|Art|Tel|Str|Mio|Mrd|Std|Min|Sek|geb|gest|verh|Dipl|Ing|Mag|[A-ZÄÖÜ]',
        'e\.g|i\.e|vs|cf'
      ].join('|') +
      String.raw`)\.["'”’»«)]*$`,
    'u'
  ),
  mayJoin: /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:usw|etc|al|usf|GmbH|Co|Jan|Feb|Mrz|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.)$/u,
  sentenceStarters: new Set(
    'der die das ein eine einer es er sie wir ich du ihr man dies diese dieser dieses aber und doch dann so auch in im am an auf für wenn als nach vor da denn wie was warum wer wo nur noch mit bei heute damit deshalb trotzdem'.split(' ')
  ),
  ordinals: true
}

const sentenceRules: Record<string, SentenceRules> = { en: english, de: german }

/** The rules of a locale's language (`de-AT` → German); English for a language without rules of its own. */
function rulesOf(locale: string): SentenceRules {
  return sentenceRules[locale.toLowerCase().split(/[-_]/)[0]!] ?? english
}

/**
 * Split text into sentences.
 *
 * Uses `Intl.Segmenter`, then joins pieces it split after an abbreviation
 * (`Dr.`, `e.g.`, `U.S.`, an initial; in German also `z. B.`, `d. h.`,
 * `usw.` and ordinals such as `3. Mai`); decimals and ellipses stay whole.
 * Whitespace runs (line breaks included) become single spaces.
 *
 * @param text Prose.
 * @param locale BCP 47 locale for the segmenter (default: `'en'`).
 * @returns Trimmed, non-empty sentences, in order.
 */
export function splitSentences(text: string, locale = 'en'): string[] {
  // Article mode splits the same paragraphs again at every stage, and a deck is built in every theme: the split is made once.
  const key = `${locale}\u0000${text}`
  let sentences = splitSeen.get(key)
  if (!sentences) {
    sentences = splitAnew(text, locale)
    if (splitSeen.size >= splitSeenMost) splitSeen.clear()
    splitSeen.set(key, sentences)
  }
  return [...sentences]
}

/** Sentences by locale and text (a caller gets a copy it may change). */
const splitSeen = new Map<string, readonly string[]>()
/** Most splits kept (then the cache starts again), as for the sentence analyses. */
const splitSeenMost = 60_000

function splitAnew(text: string, locale: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean === '') return []
  // A paragraph that is one speaker's short line of a few sentences in quotation marks is one: 'Me: "What? I put a lot of
  // time and hard work into this. I like this book."' (a bullet had shown 'Me: "What? I put a lot of time and hard work
  // into this', its quotation open).
  if (speakerLine.test(clean) && /["”][.!?]?$/.test(clean) && !openQuote(clean) && countWords(clean) <= 30) return [clean]
  const sentences: string[] = []
  const rules = rulesOf(locale)
  let contiguous = false
  for (const { segment } of segmenter(locale).segment(clean)) {
    // ("…is called a seismogram. (figure 4) The seismograph has…": a bracket between two sentences is a piece of its own.)
    // (Nor does a smiley end a sentence less than a stop does: "…bad for tourist attractions :D We went to Inari…".)
    // (Nor does an address in lower case opening the next: "Another ideological battleground. https://choosealicense.com/ is a good source…".)
    const pieces = splitBeforeFigures(segment.trim()).flatMap((piece) => piece.split(/(?<=[.!?]["'”’]*)\s+(?=\([^()]{1,40}\)(?:\s+\p{Lu}|$))|(?<=[.!?]["'”’]*\s\([^()]{1,40}\))\s+(?=\p{Lu})|(?<=\s[:;]-?[)D(P])\s+(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}[.!?])\s+(?=https?:\/\/\S+\s+\p{Ll})/u))
    pieces.forEach((piece, at) => {
      if (piece === '') return
      // ("…only two-thirds of the rail rate.” (325) Note that the rate…": a page cited after a sentence is a piece of its
      // own, as a bracket between two sentences is.)
      // (A page is a number: "(A) Transfer and mixing…", a figure's panel, opens its sentence.)
      const cited = at === 0 && sentences.length > 0 ? leadingCitation.exec(piece) : null
      if (cited) {
        sentences.push(cited[1]!)
        piece = piece.slice(cited[0].length)
      }
      const previous = sentences[sentences.length - 1]
      // A break with no space after the stop is inside a word: "the .NET thread pool", "Node.js".
      if (at === 0 && previous !== undefined && contiguous) sentences[sentences.length - 1] = previous + piece
      // (A bracket or a quotation mark closed after a space, "…341 southern stars. )", ends the sentence before it.)
      else if (at === 0 && previous !== undefined && /^[)\]"'”’]+[.!?]?$/u.test(piece)) sentences[sentences.length - 1] = previous + piece
      else if (at === 0 && previous !== undefined && joinsNext(previous, piece, rules)) sentences[sentences.length - 1] = previous + ' ' + piece
      // (A short quotation of two sentences is one with the sentence that says it: 'saying, “You’re not crazy. This is hard.”'
      // had been cut after "crazy.", and its bullet read "…“You’re not crazy” — this is hard.”".)
      else if (at === 0 && previous !== undefined && openQuote(previous) && /[.!?]?[”"][.!?]?$/.test(piece) && countWords(piece) <= 8) sentences[sentences.length - 1] = previous + ' ' + piece
      else sentences.push(piece)
    })
    contiguous = !/\s$/.test(segment)
  }
  // ("…observational healthcare data. (Stang et al. 2010) OMOP established…": a citation the segmenter cut at "et al." and
  // the join made whole again opens the next sentence; it is a piece of its own, as above.)
  return sentences.flatMap((sentence, at) => {
    const cited = at > 0 ? leadingCitation.exec(sentence) : null
    return cited ? [cited[1]!, sentence.slice(cited[0].length)] : [sentence]
  })
}

/** A bracket with a number in it that opens a sentence, a citation or a page cited after the one before: "(Stang et al. 2010) OMOP…", "(325) Note that…". */
const leadingCitation = /^(\((?=[^()]*\d)[^()]{1,40}\))\s+(?=\p{Lu})/u

/** Abbreviations in lower case that a number follows ("approx. 5", "incl. 20%"): no sentence ends there. */
const beforeNumber = new Set(['fig', 'vol', 'sec', 'ref', 'art', 'approx', 'appr', 'incl', 'excl', 'resp', 'vers', 'chap', 'sect', 'vols', 'nos', 'figs', 'refs', 'eqs', 'para', 'ibid', 'cca', 'circa', 'cat', 'cats', 'inv', 'pl', 'pls', 'cf']) 

/**
 * A sentence that starts with a figure or a name in lower case after a full
 * stop ("…per month. 18% of submissions are valid", "…(as of 2020).
 * rOpenSci has…") is one the segmenter leaves joined to the one before;
 * split it there, unless the word before the stop is an abbreviation.
 */
function splitBeforeFigures(piece: string): string[] {
  const parts: string[] = []
  let start = 0
  // After a word or a closing bracket and a stop: a figure ("18% of…"), or a name written in lower case ("rOpenSci has…").
  for (const match of piece.matchAll(/(?<=(?:^|\s)(\p{Ll}{3,}|[^\s]*\))[.!?]["'”’]*) (?=[$€£]?\d|\p{Ll}{1,3}\p{Lu}[\p{L}'’]*\s)/gu)) {
    if (beforeNumber.has(match[1]!)) continue
    parts.push(piece.slice(start, match.index).trim())
    start = match.index + 1
  }
  parts.push(piece.slice(start).trim())
  return parts
}

/** A line that a speaker's name labels, opening a quotation: 'Mr. Adair: "…', 'Me, feigning ignorance: "…'. */
const speakerLine = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?:, [^:"“]{1,40})?: ["“]/u

/** Whether a piece leaves a quotation open: an odd number of straight double quotes, or a “ after its last ”. */
function openQuote(piece: string): boolean {
  return (piece.match(/"/g)?.length ?? 0) % 2 === 1 || piece.lastIndexOf('“') > piece.lastIndexOf('”')
}

function joinsNext(previous: string, next: string, rules: SentenceRules): boolean {
  if (rules.alwaysJoin.test(previous)) return true
  // A name that ends in "!" or "?", as Rust's macros do ("injected with the mark! macro, which…"), ends no sentence
  // when a word in lower case follows it.
  if (/[\p{L}\p{N}_][!?]$/u.test(previous) && /^\p{Ll}/u.test(next)) return true
  // Nor does one in brackets: "Most (all?) looped pieces…".
  if (/[!?]["'”’]*\)$/u.test(previous) && /^\p{Ll}/u.test(next)) return true
  // Nor one in quotation marks: "…echo Richard Reed's "data processing for what?" question of over a decade earlier".
  if (/[!?]["”’']$/u.test(previous) && /^\p{Ll}/u.test(next)) return true
  // Nor a question inside a quotation the next piece closes: saying "Laos? Laos?" until we found the right bus.
  if (/[!?]$/.test(previous) && openQuote(previous) && /^[^"“”]{1,60}["”](?:\s+\p{Ll}|$)/u.test(next)) return true
  // Nor a mark set apart by spaces, "…to what **?** signifies as there are…".
  if (/\s[!?]$/.test(previous) && /^\p{Ll}/u.test(next)) return true
  // Nor a section's number a pointer names: "…see 4. Case Study 1 in the Digital Security… book".
  if (/\b(?:see|in|chapter|section|part|step|appendix)\s+\d{1,2}(?:\.\d{1,2})*\.$/i.test(previous) && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)*\s+\d/u.test(next)) return true
  // Nor an abbreviation a number follows: "…mainly governed by art. 89.", "…as in fig. 3".
  if (/^\d/.test(next) && beforeNumber.has(/(?:^|[\s(])(\p{Ll}+)\.$/u.exec(previous)?.[1] ?? '')) return true
  const ordinal = rules.ordinals && /(?:^|[\s(])\d{1,2}\.$/.test(previous)
  if (!ordinal && !rules.mayJoin.test(previous)) return false
  const firstWord = /^[^\s]+/.exec(next)?.[0] ?? ''
  if (!/^\p{Lu}/u.test(firstWord)) return true
  return !rules.sentenceStarters.has(firstWord.toLowerCase().replace(/[^\p{L}]/gu, ''))
}
