/**
 * Mending the verbs the tagger (`nlp.ts`) misreads: a verb read as a noun or
 * an adjective after its subject, a verb of saying read as a plural noun, a
 * clause's last word read as a plural noun, an irregular past read as a noun;
 * and the other way round, a word after an article and its modifiers read as
 * a verb (`insideNounPhrase`, which the clause tests share). A sentence whose
 * verb is missed is no statement, and never becomes a bullet.
 */
import type { Token } from './token.js'

/**
 * The verbs of a tagged sentence, mended.
 *
 * @param tokens The tagger's tokens.
 * @returns The tokens, with the verbs it missed tagged `VERB`.
 */
export function mendVerbs(tokens: Token[]): Token[] {
  return mendBareInfinitive(mendSinceDate(mendTrailingParticiple(mendFinalVerb(mendReportingVerb(mendMissingVerb(tokens))))))
}

/**
 * A bare infinitive after "let" or "help" and its object, read as the second noun of a compound: "Therefore let no man
 * talk to me of other expedients" ("man talk" had titled two slides), "…help the team work on it".
 */
function mendBareInfinitive(tokens: Token[]): Token[] {
  let mended = tokens
  tokens.forEach((token, at) => {
    const [object, word, next] = [tokens[at + 2], tokens[at + 3], tokens[at + 4]]
    if (!/^(?:let|lets|letting|help|helps|helped|helping)$/.test(token.lower) || !['DET', 'PRON'].includes(tokens[at + 1]?.pos ?? '')) return
    if (object?.pos !== 'NOUN' || word?.pos !== 'NOUN' || word.lower !== word.lemma || !['ADP', 'PART', 'DET', 'PRON'].includes(next?.pos ?? '')) return
    mended = mended.map((other, index) => (index === at + 3 ? { ...other, pos: 'VERB' } : other))
  })
  return mended
}

/**
 * "Since" before a date and no verb, read as a conjunction: "Since the beginning of this year we at Institute IRNAS…
 * have started several exciting collaborations…" is a statement after its time, not a clause waiting for its main one.
 */
function mendSinceDate(tokens: Token[]): Token[] {
  const since = tokens[0]
  const dated = (token: Token | undefined): boolean => token !== undefined && (token.entity === 'DATE' || /^(?:1[89]|20)\d\d$/.test(token.value))
  const start = tokens[1]?.pos === 'DET' ? 2 : 1
  if (since?.lower !== 'since' || since.pos !== 'SCONJ' || !dated(tokens[start])) return tokens
  let end = start
  while (dated(tokens[end]) && tokens[end]!.pos !== 'VERB' && tokens[end]!.pos !== 'AUX') end++
  // (Then a clause of its own: "Since 2019 the team has grown…", not "Since 2019 was a bad year, …".)
  if (!['PRON', 'DET', 'PROPN', 'NOUN', 'PUNCT'].includes(tokens[end]?.pos ?? '')) return tokens
  return tokens.map((token, index) => (index === 0 ? { ...token, pos: 'ADP' } : token))
}

/**
 * A participle after the comma that closes a clause, read as a noun: "…will host a free repair café every Saturday,
 * pairing/NOUN residents who have broken household items with volunteers…" (the trailing clause was no clause, and the
 * sentence no bullet). Only where what follows is one phrase with no list in it (", cooking classes and gardening
 * workshops" is a list's item).
 */
function mendTrailingParticiple(tokens: Token[]): Token[] {
  const at = tokens.findIndex((token, index) => index > 3 && tokens[index - 1]!.value === ',' && token.pos === 'NOUN' && /^[a-z]{3,}ing$/.test(token.value))
  if (at === -1 || !tokens.slice(0, at).some((token) => token.pos === 'AUX' || token.pos === 'VERB')) return tokens
  const rest = tokens.slice(at + 1)
  if (!['DET', 'PRON', 'NOUN', 'PROPN'].includes(rest[0]?.pos ?? '') || rest.length < 4 || rest.some((token) => token.pos === 'CCONJ' || [',', ';', ':'].includes(token.value))) return tokens
  const stem = tokens[at]!.lower.slice(0, -3)
  const lemma = /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem
  return tokens.map((token, index) => (index === at ? { ...token, pos: 'VERB', lemma } : token))
}

/**
 * A sentence the tagger left without a finite verb, whose verb it read as a
 * noun after the subject ("Instead, coaches guide others…", "All of us in
 * government work for the people…", "Many people struggle to give…"): the
 * first noun in its base form right after a noun or a pronoun, before what
 * a verb takes (a determiner, a pronoun, a preposition, "to", a plural
 * noun), is the verb.
 */
function mendMissingVerb(tokens: Token[]): Token[] {
  // Each clause of a sentence of coordinated clauses on its own ("…, and some sell out weeks in advance").
  // (And the main clause after a fronted one: "If vaccine coverage falls below 90 percent, measles outbreaks return…".)
  const fronted = /^(?:if|when|whenever|because|although|though|while|once|as|since|unless|after|before)$/.test(tokens[0]?.lower ?? '') ? tokens.findIndex((token) => token.value === ',') : -1
  const joints = tokens.flatMap((token, index) => ((([',', ';'].includes(token.value) && tokens[index + 1]?.pos === 'CCONJ') || index === fronted) && index > 2 ? [index] : []))
  if (joints.length > 0 && tokens.at(-1)?.value !== '?') {
    const starts = joints.map((joint) => (joint === fronted ? joint + 1 : joint + 2))
    starts.unshift(0)
    return starts.flatMap((start, at) => {
      const end = at + 1 < starts.length ? starts[at + 1]! : tokens.length
      return [...mendClauseVerb(tokens.slice(start, joints[at] ?? end)), ...tokens.slice(joints[at] ?? end, end)]
    })
  }
  return mendClauseVerb(tokens)
}

function mendClauseVerb(tokens: Token[]): Token[] {
  const isFinite = (token: Token, index: number): boolean => token.pos === 'AUX' || (token.pos === 'VERB' && tokens[index - 1]?.lower !== 'to' && !/ing$/.test(token.lower) && !insideNounPhrase(tokens, index))
  // (Before the first comma when a verb comes only after it, in what trails the clause: "Modern carriages offer private
  // compartments…, a long way from the cramped couchettes many people remember"; not after a fronted phrase.)
  const comma = tokens.findIndex((token) => token.value === ',')
  // (Nor in a clause set off after a comma, "…from your private generation system, whether it is photovoltaic…".)
  const aside = tokens.findIndex((token, index) => index > 3 && tokens[index - 1]!.value === ',' && /^(?:whether|which|who|whom|whose|because|although|though|while|whereas)$/.test(token.lower))
  const head = Math.min(comma > 3 && !['ADP', 'SCONJ', 'ADV'].includes(tokens[0]!.pos) && tokens.some(isFinite) ? comma : tokens.length, aside === -1 ? tokens.length : aside - 1)
  // (A verb in brackets is an aside's: "…verses work in the else condition (we didn't type out all 100 verses)".)
  let depth = 0
  const bracketed = tokens.map((token) => (token.value === '(' ? ++depth : token.value === ')' ? depth-- : depth) > 0)
  if (tokens.slice(0, head).some((token, index) => isFinite(token, index) && !bracketed[index]) || tokens.at(-1)?.value === '?') return tokens
  // (Where the opening noun phrase ends, and its first "and" after a noun: computed once, a long line had taken minutes.)
  const phraseStop = tokens.findIndex((token) => !['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'CCONJ'].includes(token.pos))
  const phraseEnd = phraseStop === -1 ? tokens.length : phraseStop
  const joined = tokens.findIndex((token, index) => index >= 1 && token.lower === 'and' && ['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos))
  const at = tokens.slice(0, head).findIndex((token, index) => {
    const [previous, next] = [tokens[index - 1], tokens[index + 1]]
    // ("New sleeper lines open every season": a verb that is an adjective too, read as one, after its subject.)
    const adjective = token.pos === 'ADJ' && verbAdjectives.has(token.lower)
    // ("The average American drank 342 bottles of water in 2020": an irregular past read as a noun after its subject.)
    if (irregularPast.has(token.lower) && ['NOUN', 'ADJ', 'PROPN'].includes(token.pos) && previous && next && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(previous.pos) && ['DET', 'NUM', 'PRON', 'ADP', 'NOUN', 'ADJ', 'PART'].includes(next.pos)) return true
    if (index === 0 || (token.pos !== 'NOUN' && !adjective) || !/^[a-z]+$/.test(token.value) || !previous || !next) return false
    // ("This change addresses a different environment…": an -s form after a singular noun is its verb.)
    // ("R forces a user to…", "…the daily step count drops down to…": after a name, and before a particle, too.)
    const singular = ['NOUN', 'PROPN'].includes(previous.pos) && previous.lower === previous.lemma && !/s$/.test(previous.lower)
    const quantified = /^(?:all|many|most|some|both|few|several)$/i.test(tokens[0]!.value) && ['NOUN', 'PROPN'].includes(previous.pos)
    // (Or a price after a quantity's noun, as a writer typed it: "Most devices costs between $30-80…".)
    const priced = ['between', 'about', 'around', 'roughly', 'nearly', 'almost', 'under', 'over'].includes(next.lower) || ['NUM', 'SYM'].includes(next.pos)
    // (And a verb of a phrase: "Transportation accounts for the largest share of U.S. greenhouse gas emissions…"; and before
    // an object with its adjective: "…an energy diverter captures excess energy…".)
    if (token.lower !== token.lemma) return (singular || (quantified && priced)) && (token.lower === `${token.lemma}s` || token.lower === `${token.lemma}es`) && (['DET', 'PRON'].includes(next.pos) || (next.pos === 'ADJ' && tokens[index + 2]?.pos === 'NOUN') || ['down', 'up', 'from', 'below', 'above'].includes(next.lower) || priced || phrasalVerbs.has(`${token.lemma} ${next.lower}`)) && token.space === ' '
    // (A plural subject, or a pronoun, or a quantity: a caption's noun phrase, "Current export pipeline homepage on Data
    // Hub", "Alt-text example from…", keeps its nouns.)
    const plural = previous.pos === 'NOUN' && (previous.lower !== previous.lemma || /[^s]s$/.test(previous.lower))
    // (Two names joined by "and" are a plural subject: "ESLint and TypeScript use some of the same forms…".)
    const names = previous.pos === 'PROPN' && tokens[index - 2]?.lower === 'and' && tokens[index - 3]?.pos === 'PROPN'
    // ("…, and some sell out weeks in advance": a quantifier standing for its noun.)
    const standing = index === 1 && /^(?:some|many|most|others|few|several|all|both)$/.test(previous.lower)
    // ("Differential privacy and other forms of noise infusion use math to protect…": a noun phrase with "and" in it is a plural subject too, its verb's object a noun and what follows it.)
    const coordinated = !/s$/.test(token.lower) && index <= phraseEnd && joined !== -1 && joined <= index - 2
    const afterSubject = plural || quantified || names || standing || coordinated || (previous.pos === 'PRON' && ['us', 'we', 'they', 'you', 'i', 'them'].includes(previous.lower))
    // ("Modern carriages offer private compartments…": an adjective before its noun opens the object too.)
    const takes = ['DET', 'PRON', 'ADP', 'PART'].includes(next.pos) || (next.pos === 'NOUN' && /s$/.test(next.lower)) || (next.pos === 'ADJ' && tokens[index + 2]?.pos === 'NOUN') || (coordinated && next.pos === 'NOUN' && ['PART', 'ADP'].includes(tokens[index + 2]?.pos ?? ''))
    return afterSubject && takes && token.space === ' '
  })
  return at === -1 ? tokens : tokens.map((token, index) => (index === at ? { ...token, pos: 'VERB' } : token))
}

/** Irregular past tenses the tagger may read as nouns ("drank", "grew", "rose"). */
const irregularPast = new Set(['drank', 'ate', 'ran', 'began', 'grew', 'fell', 'rose', 'flew', 'drove', 'wrote', 'spoke', 'took', 'gave', 'saw', 'came', 'went', 'became', 'chose', 'froze', 'stole', 'swam', 'sang', 'rang', 'sank', 'shrank', 'struck', 'sought', 'bought', 'brought', 'caught', 'taught', 'thought', 'fought', 'knew', 'threw', 'drew', 'wore', 'tore', 'hid', 'shook', 'forgot', 'understood', 'withdrew', 'overtook', 'undertook', 'arose', 'won', 'sold', 'told', 'paid', 'met', 'fled', 'led', 'made', 'held', 'built', 'sent', 'spent', 'kept', 'lost', 'found', 'felt', 'meant'])
/** Verbs in their base form that are adjectives too, which the tagger reads as adjectives after a noun ("lines open…"). */
const verbAdjectives = new Set(['open', 'close', 'clear', 'free', 'empty', 'dry', 'slow', 'warm', 'cool', 'clean', 'narrow', 'lower', 'secure', 'separate', 'double', 'equal', 'total'])

/**
 * A verb of saying between a name and its "that", read as a plural noun: "Wikipedia reports that Elsevier made a
 * profit of ~$765 million in 2006" (the tagger made it "reports/NOUN that/PRON", and the sentence no statement).
 */
function mendReportingVerb(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const [previous, next] = [tokens[index - 1], tokens[index + 1]]
    // ("Pfeffer et al. (2014) estimate that…": the plural after a citation too.)
    const cited = previous !== undefined && [')', '.'].includes(previous.value) && tokens.slice(Math.max(0, index - 7), index).some((other) => other.lower === 'al' || other.pos === 'PROPN')
    if (token.pos !== 'NOUN' || !(sayingVerbs.has(token.lower) || (cited && sayingVerbs.has(`${token.lower}s`))) || next?.lower !== 'that' || !previous || !(['PROPN', 'NOUN'].includes(previous.pos) || cited)) return token
    // (Not "the annual reports that…", "its reports that…": a determiner's noun is a noun.)
    return ['DET', 'PRON', 'ADJ', 'NUM'].includes(tokens[index - 2]?.pos ?? '') && previous.pos === 'NOUN' ? token : { ...token, pos: 'VERB' }
  })
}

/** Verbs with their particle that the tagger may read as a plural noun and a preposition. */
const phrasalVerbs = new Set(['account for', 'stand for', 'call for', 'allow for', 'depend on', 'rely on', 'focus on', 'build on', 'deal with', 'come with', 'lead to', 'amount to', 'belong to', 'refer to', 'apply to', 'contribute to', 'point to', 'result in', 'consist of'])

/** Verbs of saying in their third person ("reports", "notes"), which the tagger may read as plural nouns. */
const sayingVerbs = new Set(['reports', 'notes', 'states', 'claims', 'estimates', 'argues', 'says', 'writes', 'finds', 'shows', 'suggests', 'explains', 'warns', 'concludes'])

/**
 * The verb that ends a clause after its one-noun subject, read as a plural noun: "…, context matters.", "Size
 * counts." (with a verb elsewhere in the sentence too, which {@link mendMissingVerb} needs none of).
 */
function mendFinalVerb(tokens: Token[]): Token[] {
  const end = tokens.length - 1
  const at = /^[.!]$/.test(tokens[end]?.value ?? '') ? end - 1 : -1
  const [word, subject] = [tokens[at], tokens[at - 1]]
  if (at < 1 || !word || !subject || word.pos !== 'NOUN' || word.lower !== `${word.lemma}s` || word.space !== ' ') return tokens
  const before = tokens[at - 2]
  const opens = before === undefined || [',', ';', ':', '—', '–'].includes(before.value) || (before.pos === 'DET' && (tokens[at - 3] === undefined || tokens[at - 3]!.value === ','))
  if (!['NOUN', 'PROPN'].includes(subject.pos) || /s$/.test(subject.lower) || !opens) return tokens
  return tokens.map((token, index) => (index === at ? { ...token, pos: 'VERB' } : token))
}

/** Whether the word at `index` follows an article and only modifiers after it ("a new extended | set"): a noun phrase's. */
export function insideNounPhrase(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const before = tokens[at]!
    if (['a', 'an', 'the'].includes(before.lower)) return true
    if (!(before.pos === 'ADJ' || before.pos === 'ADV' || (before.pos === 'VERB' && /ed$/.test(before.lower)))) return false
  }
  return false
}
