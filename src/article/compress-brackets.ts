/**
 * The asides a sentence sets in brackets or dashes, dropped where they are asides and kept where they are its evidence,
 * a qualifier, a condition or part of a word.
 */
import { tokensText, type Token } from './nlp.js'
import { hasFiniteVerb, isDash, isPunct, isVerb, startsClause, wordsOf } from './clause-grammar.js'

/** Drop `(…)`, `[…]` and `— … —` asides. */
export function dropAsides(tokens: Token[]): Token[] {
  const out: Token[] = []
  let depth = 0
  // The space before a dropped bracket goes to the word after it ("text (re)uses" → "text uses").
  let space: string | undefined
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index]!
    if (depth === 0 && space !== undefined) {
      if (token.space === '' && !isPunct(token)) token = { ...token, space }
      space = undefined
    }
    // A call's empty brackets ("process.memoryUsage().heapUsed") are code, not an aside.
    if (token.value === '(' && tokens[index + 1]?.value === ')' && depth === 0) {
      // ("reading Parquet files () quickly": brackets a dropped link left empty, after a space, go.)
      if (token.space !== '') {
        index++
        continue
      }
      out.push(token, tokens[index + 1]!)
      index++
      continue
    }
    // (A bracket quoted as a character, "de ‘[’ en ‘]’ karakters", is a word: no aside opens or closes on it.)
    const quotedMark = /^[‘'"“]$/.test(tokens[index - 1]?.value ?? '') && /^[’'"”]$/.test(tokens[index + 1]?.value ?? '')
    if (quotedMark && /^[()[\]]$/.test(token.value)) {
      out.push(token)
      continue
    }
    if ((token.value === '(' || token.value === '[') && depth === 0) {
      // "(more than 30 percent)", "(3-4 people)" are the evidence: a bracket with a number and a word stays.
      const close = tokens.findIndex((other, at) => at > index && (other.value === ')' || other.value === ']'))
      const inside = close === -1 ? [] : tokens.slice(index + 1, close)
      // "would be (temporarily) disruptive": one adverb in brackets qualifies the claim, and stays too.
      const qualifier = inside.length === 1 && inside[0]!.pos === 'ADV' && /ly$/.test(inside[0]!.lower)
      // "contacted all (~500) contributors": a count alone in brackets is the evidence too (not a year, "(2004)", nor a reference in
      // square brackets, "…dementia risk [7]"); so is a price ("inexpensive ($40)"), and a range ("a LOT (4-5) h").
      const count = token.value === '(' && inside.length > 0 && inside.length <= 3 && inside.every((other) => /^[~≈<>+$€£¥–-]$|^[~≈<>$€£¥]?\d[\d,.]*(?:[-–]\d[\d,.]*)?%?$/.test(other.value)) && inside.some((other) => /\d/.test(other.value) && !/^(?:1[89]|20)\d\d$/.test(other.value))
      // (A long bracket of examples, "(e.g.: the UK Research Integrity Office, established 2006; …)", is an aside all the same; a short condition, "or (if you must) walled gardens", is not (a hedge, "equally (if not more)", is).)
      const measure = inside.some((other) => /%|percent|million|billion|times/i.test(other.value)) || ['except', 'unless', 'not', 'but'].includes(inside[0]?.lower ?? '') || (['if', 'only'].includes(inside[0]?.lower ?? '') && inside[1]?.lower !== 'not' && inside.length <= 4)
      // ("…begins with a single step" (Chinese philosopher Lao Tzu): a quotation's bracket that names its author stays.)
      const author = /^["”’']$/.test(tokens[index - 1]?.value ?? '') && inside.length <= 6 && inside.at(-1)?.pos === 'PROPN' && (close === tokens.length - 1 || isPunct(tokens[close + 1]!))
      // ("(PDF, 28 pages, 893 kb)": a link's file type and size are no evidence; nor a pointer, "(figure 4)", "(see Table 2)".)
      const file = inside.some((other) => /^(?:pdf|docx?|xlsx?|csv|pptx?|odt|[kmg]b|pages?)$/i.test(other.value) || /^\d+(?:\.\d+)?[kmg]b$/i.test(other.value)) || /^(?:see |cf\.? )?(?:fig(?:ure)?s?\.?|tables?|charts?|plates?|eq(?:uation)?s?\.?) \d/i.test(tokensText(inside).trim())
      // ("(4-6) are what the arguments are about": a bracket that opens the sentence is its subject.)
      const subject = index === 0 && close !== -1 && ['AUX', 'VERB'].includes(tokens[close + 1]?.pos ?? '')
      // ("tenant (dis)qualifications": a negating prefix in brackets is part of its word, as "(c)" of "501(c)(3)"; "the current state (and future of) assessment" a phrase whose preposition takes the word after it.)
      const prefix = (inside.length === 1 && /^(?:dis|un|in|im|ir|il|non|mis|de|anti)$/.test(inside[0]!.value) && tokens[close + 1]?.space === '') || (inside.length <= 5 && inside.at(-1)?.pos === 'ADP' && tokens[close + 1] !== undefined && !isPunct(tokens[close + 1]!)) || (close !== -1 && inside.length > 0 && token.space === '' && /[\p{L}\p{N})]$/u.test(tokens[index - 1]?.value ?? '') && inside.length <= 2 && tokensText(inside).trim().length <= 3)
      // ("pronouncing Kyiv as [keev], which is…", "Kyiv for written English and [kee-yev] for spoken": a bracket after a
      // preposition or a conjunction, with no word of the phrase after it, is what they take; without it they take nothing.)
      const after = tokens[close + 1]
      // (Not an aside that adds or says something, "working on (and asking others to help) write…", "such as (click on
      // links for examples) incorporating…", nor a name in square brackets, which loses only its brackets below.)
      const named = token.value === '[' && inside.length > 0 && inside.every((other) => /^\p{Lu}/u.test(other.value) || ['of', 'for', 'and', 'the', '-'].includes(other.value))
      const object = close !== -1 && !named && inside.length <= 4 && !inside.some((other) => ['VERB', 'AUX'].includes(other.pos)) && !['CCONJ', 'SCONJ', 'ADV'].includes(inside[0]?.pos ?? '') && ['ADP', 'CCONJ', 'SCONJ', 'DET'].includes(tokens[index - 1]?.pos ?? '') && (after === undefined || isPunct(after) || ['ADP', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'PRON'].includes(after.pos))
      // ("105 of the 187 countries analysed by the WHO (out of the 196 existing in total)": a total beside the sentence's own figure is an aside; so is a number's bracket beside two figures of the claim, "…45 engagements (of 3 minutes or longer), and… 600 passers-by".)
      // (A figure, not a name with a digit, "(Sentinel-1 except for…)", nor a year, "(thanks for that one, 2020)", is an aside.)
      const total = /^(?:out of|of a total of|from a total of)$/i.test(inside.slice(0, inside[0]?.lower === 'out' ? 2 : 4).map((other) => other.lower).join(' ').replace(/ (?:the|a)$/, '')) && /\d/.test(tokensText(tokens.slice(0, index)))
      // ("(which I consider unlikely10%, given the related intensive monitoring)": the writer's own comment is an aside, its odds too.)
      const comment = ['which', 'who'].includes(inside[0]?.lower ?? '') && ['i', 'we'].includes(inside[1]?.lower ?? '')
      // ('import("./module")', '__webpack_load_chunk__("chunk.js")': a call's arguments, glued to its name, are code.)
      const call = token.value === '(' && token.space === '' && /[\p{L}\p{N}_]$/u.test(tokens[index - 1]?.value ?? '') && /^["'`]/.test(inside[0]?.value ?? '')
      if (!file && !total && !comment && (call || object || subject || prefix || qualifier || count || measure || author || (inside.length <= 8 && inside.some((other) => /^[~≈<>$€£¥]?\d/.test(other.value) && !/^(?:1[5-9]|20)\d\d$/.test(other.value)) && inside.filter((other) => /\p{L}/u.test(other.value)).length >= 1 && [...tokens.slice(0, index), ...tokens.slice(close + 1)].filter((other) => /^\d/.test(other.value)).length < 2))) {
        out.push(...tokens.slice(index, close + 1))
        index = close
        continue
      }
    }
    // "published in the [Federal Register] for public feedback": a name in square brackets (a link whose target was
    // lost) is part of the sentence, without its brackets.
    if (token.value === '[' && depth === 0) {
      const close = tokens.findIndex((other, at) => at > index && other.value === ']')
      const inside = close === -1 ? [] : tokens.slice(index + 1, close)
      if (inside.length > 0 && inside.length <= 6 && inside.every((other) => /^\p{Lu}/u.test(other.value) || ['of', 'for', 'and', 'the', '-'].includes(other.value))) {
        out.push({ ...inside[0]!, space: token.space }, ...inside.slice(1))
        index = close
        continue
      }
    }
    if (token.value === '(' || token.value === '[') {
      if (depth === 0) space = token.space
      depth++
      continue
    }
    if ((token.value === ')' || token.value === ']') && depth > 0) {
      depth--
      // ("Henry Nxumalo, (known as Mr Drum), worked for…": the commas that set the aside off go with it.)
      if (depth === 0 && tokens[index + 1]?.value === ',' && out.at(-1)?.value === ',') {
        out.pop()
        index++
      }
      continue
    }
    if (depth > 0) continue
    if (isDash(token)) {
      // ("…down bag, 15° - 20° (Fahrenheit) rating…", "…in the 10s -- 100s of millions": a dash between two figures is a range, closing no aside; of three dashes
      // a clause between the first two is none, "…cleaned, too - ash and soot contain alkaline compounds - often… - that…".)
      // (Nor a minus between a letter and a number, math written as text: "…trees with N - 1 bifurcating divergences…".)
      // (Nor a dash written against the short ending it marks, "final –αι, –οι", nor a command's flag, "--with-lto": no
      // aside; "–address" closes one.)
      const range = (at: number): boolean => (/\d(?:s|[°%])?$|^[°%]$/.test(tokens[at - 1]?.value ?? '') && /^\d/.test(tokens[at + 1]?.value ?? '')) || (/^\p{L}$/u.test(tokens[at - 1]?.value ?? '') && /^\d+$/.test(tokens[at + 1]?.value ?? '')) || (tokens[at + 1]?.space === '' && tokens[at]!.space !== '' && (/^\p{L}{1,3}$/u.test(tokens[at + 1]?.value ?? '') || (/^-{1,2}$/.test(tokens[at]!.value) && /^\p{Ll}[\p{L}\d-]*$/u.test(tokens[at + 1]?.value ?? ''))))
      const close = tokens.findIndex((other, at) => at > index && isDash(other) && !range(at))
      const dashes = tokens.filter((other, at) => isDash(other) && !range(at)).length
      // (Nor one word between dashes in a row of them, "a I - vi - IV - V progression", nor the other choice the claim covers, "caused—or
      // made worse—by military service", nor dashes of two clauses, "Some are realistic—perhaps…; others are way out there—basically crazy".)
      const sequence = (dashes >= 3 && close === index + 2) || (tokens[index + 1]?.lower === 'or' && close - index <= 4) || tokens.slice(index + 1, close).some((other) => other.value === ';')
      // (Nor the name of a fronted object, its clause after it: "One battle that most scientists are still fighting -- full
      // self-archival rights -- mathematics has long won" had read "…still fighting mathematics has long won".)
      const topic = close !== -1 && isVerb(out.at(-1) ?? token) && out.some((other) => ['that', 'which', 'who'].includes(other.lower)) && startsClause(tokens.slice(close + 1, close + 16)) && hasFiniteVerb(tokens.slice(close + 1, close + 16))
      // (Nor an aside between two nouns: "…the property address - even though there are two other address captures - the
      // seller's address and the buyer's address" read as three addresses entered without it.)
      // (The tagger may read the first noun as a verb after its determiner or noun: "the property/NOUN address/VERB".)
      const nounBefore = ['NOUN', 'PROPN'].includes(out.at(-1)?.pos ?? '') || (out.at(-1)?.pos === 'VERB' && !/(?:ed|ing)$/.test(out.at(-1)!.lower) && ['DET', 'NOUN'].includes(out.at(-2)?.pos ?? '') && out.at(-3)?.pos === 'DET')
      // (Not one that closes a fronted phrase, "As a part of Orion belt… – our Betelgeuse and Bellatrix – this constellation represents…".)
      const juxtaposed = nounBefore && !(['ADP', 'SCONJ'].includes(out[0]?.pos ?? '') && !hasFiniteVerb(out)) && ['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM'].includes(tokens[close + 1]?.pos ?? '')
      // (Nor dashes between two clauses that dropping them would run together: "I'm quite trusting - Python is open source,
      // I'm assuming that if a package is on pypi.org - it must be alright" had become a quotation nobody said.)
      const runOn = close !== -1 && hasFiniteVerb(out) && !['so', 'but', 'yet', 'and', 'or'].includes(tokens[close + 1]?.lower ?? '') && ['PRON', 'PROPN', 'DET', 'NOUN'].includes(tokens[close + 1]?.pos ?? '') && startsClause(tokens.slice(close + 1, close + 16)) && hasFiniteVerb(tokens.slice(close + 1, close + 6))
      if (close !== -1 && close < tokens.length - 1 && !sequence && !topic && !juxtaposed && !runOn && !(dashes % 2 === 1 && hasFiniteVerb(tokens.slice(index + 1, close)))) {
        index = close
        // "the world—such as X—to affect": the word after the aside needs its space back.
        if (tokens[close + 1]!.space === '' && !isPunct(tokens[close + 1]!)) tokens[close + 1] = { ...tokens[close + 1]!, space: ' ' }
        // ("…into the room — because you might be… — so be prepared…", "As a part of Orion belt… – our Betelgeuse and
        // Bellatrix – this constellation represents…": dashes that parted two clauses or closed a fronted phrase leave a comma.)
        const fronted = ['ADP', 'SCONJ'].includes(out[0]?.pos ?? '') && !hasFiniteVerb(out) && startsClause(tokens.slice(close + 1))
        if ((['so', 'but', 'yet'].includes(tokens[close + 1]!.lower) && hasFiniteVerb(out)) || fronted) out.push({ ...token, value: ',', space: '', pos: 'PUNCT', lower: ',', lemma: ',', type: 'punctuation', stop: false })
        continue
      }
    }
    out.push(token)
  }
  return depth === 0 && wordsOf(out) >= 3 ? out : tokens
}
