/**
 * Whether a sentence leans on the one before it, so that it makes no sense
 * alone on a slide: a bare pronoun for its subject, a demonstrative, a
 * reference back ("the above", "do so").
 */
import { isVerb } from './clause-grammar.js'
import type { Token } from './nlp.js'

/**
 * Whether a sentence leans on the one before it: its subject is a bare
 * pronoun or "this"/"that" ("This is why…", "It can be a meaningful risk
 * mitigation", "That's what the go.sum file is for"), or it points back
 * ("this same flexibility", "the above").
 *
 * @param tokens The sentence's (or its bullet's) tokens.
 * @param sentence Its text.
 */
export function isVague(tokens: readonly Token[], sentence: string): boolean {
  const [first, second] = tokens
  if (!first) return false
  // "Currently, it has over 70 members": the pronoun after a lone adverb is the subject all the same.
  if (first.pos === 'ADV' && second?.value === ',' && tokens.length > 3 && isVague(tokens.slice(2), sentence.slice(sentence.indexOf(',') + 1).trim())) return true
  // ("In the long run, it's going to make things easier": after a fronted phrase too.)
  const phraseEnd = first.pos === 'ADP' ? tokens.findIndex((token, at) => at > 1 && at <= 6 && token.value === ',') : -1
  if (phraseEnd !== -1 && !tokens.slice(0, phraseEnd).some((token) => ['VERB', 'AUX'].includes(token.pos)) && ['it', 'this', 'that', 'these', 'they'].includes(tokens[phraseEnd + 1]?.lower ?? '') && isVague(tokens.slice(phraseEnd + 1), sentence.slice(sentence.indexOf(',') + 1).trim())) return true
  // ("Maybe that's exactly WeChat's strategy", "Perhaps they…": without a comma too.)
  if (['maybe', 'perhaps', 'probably', 'so', 'then', 'still', 'also'].includes(first.lower) && tokens.length > 3 && isVague(tokens.slice(1), sentence.slice(first.value.length).trim())) return true
  // ("There is an example of that in the __str__ method": an example of what the sentence before said.)
  if (/^there(?:['’]s| is| are) (?:an? |another |one )?examples? of (?:that|this|these|those|it|them)\b/i.test(sentence)) return true
  // "Another girl owns two WeChat accounts": one of a series begun in another sentence; "On one hand…" waits for the other.
  // (Not "Another difference between ESLint and TypeScript is…", which names its series.)
  if (/^(?:another (?:girl|boy|man|woman|person|friend|one|example|case|story)\b|on (?:the )?one hand\b)/i.test(sentence)) return true
  // ("A third measure, gross domestic output, is…", "The second organisation was…": the first ones were named before;
  // "One reason why is that…": why what? "Such timers are precise enough…": such as the ones before.)
  // (Not "The second issue followed: …" beside the first: "The second X is/was…" is `ordinal` below.)
  if (/^an? (?:second|third|fourth|fifth) (?:[\w-]+ )?(?:measure|reason|way|step|option|approach|factor|problem|point|thing|example|issue|type|kind|group|category|method|organi[sz]ation|company|person|question|lesson|area|part)s?\b|^(?:one|another|the (?:main|other|first|second|real)) reason why (?:is|was)\b/i.test(sentence)) return true
  // ("Two of the four yielded plenty of DNA", "Both of the two failed": a share of things counted before, named there.)
  if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|both|all|none|most|half|some|each|\d+) of the (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.test(sentence) && ['AUX', 'VERB'].includes(tokens[4]?.pos ?? '')) return true
  // ("Pour the same soapy water into the brew pot": the same as one the sentence before used; not "at the same time", nor
  // "the same… as…", which says what it matches.)
  if (/^(?:[\w'’-]+ ){0,3}the same (?!(?:time|way|day|year|week|month|period|thing|goes|applies|is true|holds)\b)[\w-]+/i.test(sentence) && !/\bthe same\b[^.!?]{0,50}\b(?:as|that)\b/i.test(sentence)) return true
  // ("Their probe turned out to be in only somewhat better condition than mine": whose is in the sentence before.)
  // ("But its more complex role system with 12 options… can make scaling more difficult": whose, after a turn, is the
  // sentence before's subject; on a slide it read as the other system's.)
  if (/^(?:their|its) [\w-]+ (?:[\w-]+ )?(?:is|was|are|were|turned|has|had|have|did|does|seemed|looked|proved)\b|^(?:but|yet|however,?|and) (?:their|its) /i.test(sentence)) return true
  // ("Such a system isn't just for…": after its article too.)
  if (first.lower === 'such' && tokens.slice(1).find((token) => token.pos !== 'ADJ' && !(token.pos === 'DET' && /^an?$/i.test(token.value)))?.pos === 'NOUN') return true
  // ("A similar growth pattern has taken place in…": similar to the one the sentence before told.)
  if (/^(?:a|the) similar (?:[\w-]+ )?(?:pattern|trend|story|picture|thing|effect|result|finding|situation|approach|change|growth|rise|decline|increase|drop|fall|shift)\b/i.test(sentence)) return true
  // ("Our goal with that post was to provide context…": the writer's earlier post, named in the sentence before.)
  if (/\bthat (?:earlier |previous |first |original |last )?(?:post|article|piece|blog post|essay|write-?up)\b/i.test(sentence)) return true
  // ("Which I remember with the acronym HERO:", "...where the year-month elements captures…": a relative clause, or the
  // rest of a sentence begun before, is no statement of its own.)
  // ("Let alone by anyone with the expertise to understand…": the rest of the sentence before, whose claim it raises.)
  if (/^which\b(?![^.!]*\?$)|^(?:\.{2,}|…)\s*\p{Ll}|^(?:let alone|much less|not to mention)\b/iu.test(sentence.trim())) return true
  // ("The first is the durability of modes of speaking…", "The latter was…": an ordinal with no noun stands for one of
  // a series the sentence before named.)
  // (So does "ones" with no clause saying which: "The new ones haven't landed yet".)
  if (/^the (?:first|second|third|fourth|last|latter|former|other) (?:is|was|are|were|one is|one was)\b|^the (?:[\w-]+ ){0,2}ones\b(?! (?:who|that|which|where|with|in|on|of|from)\b)/i.test(sentence)) return true
  // ("One that should immediately raise eye-brows": one of what the sentence before named; "We don't know that is the case":
  // which case is in the sentence before.)
  if (/^one (?:that|which|who)\b/i.test(sentence.trim()) || /\bthat(?:['’]s| is| was) (?:not |really |actually |even )?the case[.!]?$/i.test(sentence.trim())) return true
  // ("1) I'm not sure if that would be legal from my part": one of the reasons the sentence before counted.)
  if (/^\(?[1-9][).]\s+\p{L}/u.test(sentence.trim()) && !/^\d\.\s+\p{Lu}\p{Ll}+ \p{Ll}/u.test(sentence.trim())) return true
  // "No problem – you can create your own…", "Similar to above, …": an answer to a question, or a pointer back up the page.
  // "While this static screenshot is not clickable, …", "The mock interface above is numbered…": a picture the slide does not show.
  // ("The table on this slide displays…", "In the second slide…", "On the y-axis are the provinces…": a talk's slides and
  // plots described by the recap of it; "For example, here we show the viral "family tree"…", a figure the deck has not.)
  if (/\b(?:num|eq)ref:|\b(?:this|that|the following) (?:[\w-]+ )?(?:screenshot|image|picture|photo|figure|chart|map|diagram|graph|plot|video|illustration|slide|panel|frame|embed|player)\b|\bthe (?:[\w-]+ ){0,2}above(?=\s+(?:is|are|was|were|shows?)\b)|\bthe (?:screenshot|image|picture|photo|figure|chart|map|diagram|graph|plot|video|illustration|frame|embed|player|demo|table) (?:immediately |directly |just )?below\b|\b(?:in|on) the (?:first|second|third|fourth|next|last|previous|left|right|top|bottom) (?:slide|panel|plot|graph|figure)\b|\b(?:on|along) the [xy]-axis\b|^the (?:first|second|third|next|last) (?:slide|panel|plot|graph|figure) (?:shows|displays|presents)\b|^(?:for (?:example|instance),? )?here,? (?:we|i) (?:show|plot|display|present|visuali[sz]e|map)\b|\byou can see\b[^.]{0,80}\bon the (?:chart|map|figure|graph|plot|image|picture|screenshot)\b|\b(?:is|are|was|were) (?:shown|depicted|illustrated|plotted|listed|summari[sz]ed|presented) in (?:fig(?:ure)?s?\.?|tables?|panels?) ?[\dA-Z]/i.test(sentence)) return true
  // "But then I wouldn't be intimidated into paying an intermediary…": what would follow if the sentence before were so.
  if (/^but then,? \p{L}+ (?:would|wouldn['’]t|could|couldn['’]t|might)\b/iu.test(sentence)) return true
  // "There, stories are distributed along an interactive timeline": a place named in the sentence before.
  if (/^there,\s/i.test(sentence)) return true
  // "Once that's done, plop a few prawns into the tank": the step it follows is in the sentence before.
  if (/^(?:once|after|when|now that) (?:that|this|it|these|those)(?:['’]s| is| are| has been| have been) (?:all )?(?:done|finished|complete|completed|set up|ready|in place|sorted)\b/i.test(sentence)) return true
  // "My rationale is that they have a top end grinder": who "they" are is in the sentence before.
  // (Not an empty "it": "The first problem is that it is hard to define progress".)
  if (/^(?:my|our|the|his|her|their) (?:\w+ ){1,2}(?:is|was) that (?:they|he|she|this|it(?! (?:is|was|['’]s) (?:\w+ )?\w+ (?:to|that)\b))\b/i.test(sentence)) return true
  if (/^(?:no problem|not to worry|don['’]t worry|no worries|similar to (?:the )?above|as (?:mentioned|noted|stated) (?:above|earlier|before))\b/i.test(sentence)) return true
  // ("The difference is crucial", "The answer is simple": a verdict on something the sentence before said, and nothing else.)
  if (/^(?:the|this|that) (?:difference|distinction|answer|reason|point|problem|issue|result|effect|implication|contrast|gap|lesson) (?:matters|(?:is|was|seems|looks) (?:(?:very|really|so|quite|rather|absolutely|pretty) )?(?:crucial|important|key|simple|clear|subtle|significant|huge|big|obvious|stark|striking|critical|vital|real|telling|essential|fundamental))[.!]?$/i.test(sentence.trim())) return true
  // "This year he announced…": a person's pronoun after a fronted phrase of time or place.
  const pronounAt = tokens.findIndex((token, index) => index > 0 && index <= 4 && ['he', 'she', 'they'].includes(token.lower))
  // (A phrase with a noun, "This year", "In 2019": not "Once they have completed the risk assessment, …".)
  const fronted = tokens.slice(0, pronounAt)
  if (pronounAt > 0 && fronted.some((token) => ['NOUN', 'PROPN', 'NUM'].includes(token.pos)) && !fronted.some((token) => isVerb(token) || token.pos === 'PUNCT' || token.pos === 'SCONJ' || ['that', 'who', 'which', 'when', 'if', 'once'].includes(token.lower))) return true
  // ("Trained as a shoemaker, he started a shoe manufacturing business": a person's pronoun opening the clause after a
  // fronted phrase that names no one.)
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma > 0 && comma <= 12 && ['he', 'she'].includes(tokens[comma + 1]?.lower ?? '') && !tokens.slice(0, comma).some((token) => token.pos === 'PROPN')) return true
  // An empty "it" points forward ("It is a design goal of the Go toolchain that…"), not back.
  const pronoun = ['it', 'this', 'that', 'these', 'those', 'they', 'such', 'he', 'she'].includes(first.lower) && (first.pos === 'PRON' || (second !== undefined && ['AUX', 'VERB'].includes(second.pos))) && !isExpletive(tokens)
  // "Travellers increasingly ask about that": the object is in the sentence before.
  const lastWord = [...tokens].reverse().find((token) => token.pos !== 'PUNCT' && token.type !== 'punctuation')
  // ("Say out loud what you are doing while you do it" has its referent: only a short sentence ending on "it" leans back.)
  const words = tokens.filter((token) => token.pos !== 'PUNCT' && token.type !== 'punctuation').length
  // ("Joining a new team should be the same": the same as something said before; "I ask this because…": this question.)
  // ("Norwegian survey data tells the same story", "Survivorship bias is the most obvious one", "Our own research… is
  // analogous", "Museum experience designer Jim Fishwick says yes": the same as, one of, analogous to, yes to what the
  // sentence before said.)
  const same = /\bthe same(?: way| thing)?[.!]?$|\b(?:tells?|told|shows?|showed|paints?|painted) (?:a|the) (?:same|similar) (?:story|picture|pattern|trend)[.!]?$|\b(?:is|are|was|were) (?:(?:very|quite|strikingly|remarkably) )?(?:analogous|similar|comparable|alike|equivalent)[.!]?$|\bsays? (?:yes|no)[.!]?$/i.test(sentence.trim()) || (/^(?:(?!\bthan\b).)*\b(?:is|was|are|were) (?:the|a|an) (?:[\w-]+ ){0,2}ones?[.!]?$/i.test(sentence.trim()) && tokens.length <= 12)
  // ("We found that the tool works": a "that" opening a clause is no object.)
  const objectThis = tokens.slice(1, 4).some((token, index) => {
    const after = tokens[index + 2]
    if (!['PRON', 'DET'].includes(token.pos) || !isVerb(tokens[index]!) || ['is', 'was'].includes(tokens[index]!.lower)) return false
    if (token.lower === 'this') return !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(after?.pos ?? '')
    return token.lower === 'that' && (after === undefined || after.pos === 'PUNCT' || ['because', 'since', 'when', 'if'].includes(after.lower))
  })
  // ("Most open source licenses do.": a bare auxiliary at the end stands for a verb phrase said before.)
  // (Not "be" closing a question or comparison inside the sentence: "…if they want to know how current the information is".)
  // (A noun before it: "…how non-obvious it is" still leans on what "it" is.)
  const embedded = /^(?:is|are|was|were|am)$/.test(lastWord?.lower ?? '') && ['NOUN', 'PROPN'].includes(tokens.filter((token) => token.pos !== 'PUNCT' && token.type !== 'punctuation').at(-2)?.pos ?? '') && tokens.slice(-8).some((token) => ['how', 'what', 'where', 'who', 'which', 'whatever', 'wherever', 'as', 'than'].includes(token.lower))
  const elliptical = lastWord !== undefined && lastWord.pos === 'AUX' && !['be', 'been', 'being'].includes(lastWord.lower) && !embedded
  // ("HOT's COVID-19 response started there": a place named in another sentence.)
  const there = lastWord?.lower === 'there' && words <= 10 && !/^there\b/i.test(sentence)
  // ("For my broader measure, I have added both together": "both" alone stands for two things named before.)
  const both = tokens.some((token, at) => standaloneBoth(tokens, at))
  // ("…but I have no idea what": a question word at the end stands for a question said before.)
  const bareQuestion = ['what', 'why', 'how', 'which', 'where', 'who', 'when'].includes(lastWord?.lower ?? '') && words <= 10
  // ("I have the sense that he's too drunk with retributive power to see them": a "them" with no plural before it.)
  const plurals = tokens.some((token) => ['NOUN', 'PROPN'].includes(token.pos) && /s$/.test(token.lower) && token.lower !== token.lemma)
  const pointsBack = same || objectThis || elliptical || there || both || bareQuestion || (lastWord !== undefined && (['this', 'that', 'these', 'those'].includes(lastWord.lower) || (['it', 'them'].includes(lastWord.lower) && words <= 8) || (lastWord.lower === 'them' && !plurals)))
  // "most of this abuse", "in this space", "…, meaning this was happening": a thing named in another sentence.
  const demonstrative = tokens.some((token, index) => {
    if (index === 0 || !['this', 'these', 'those', 'that', 'such'].includes(token.lower)) return false
    // ("…found themselves faced with such pleasant circumstances recently": the circumstances of the sentence before.)
    const after = token.lower === 'such' ? tokens.slice(index + 1).find((other) => other.pos !== 'ADJ' && other.pos !== 'ADV') : undefined
    if (token.lower === 'such' && tokens[index + 1]?.pos === 'ADJ' && after?.pos === 'NOUN') return !tokens.slice(0, index).some((before) => before.lemma === after.lemma)
    const next = tokens[index + 1]
    // ("Chief among these are…": "these" before its verb stands for things named before.)
    if (['these', 'those'].includes(token.lower) && ['AUX', 'VERB'].includes(next?.pos ?? '') && tokens[index - 1]!.pos === 'ADP' && index <= 3) return true
    // ("…evidence showing that women are at a disadvantage", "It is crucially important that editorial boards represent…":
    // a "that" whose noun is the subject of a verb after it opens a clause.)
    // ("…gadgets that use many cache lines": after a noun, "that" opens its relative clause, however the tagger reads "use".)
    if (token.lower === 'that' && ['NOUN', 'PROPN'].includes(tokens[index - 1]!.pos) && /s$/.test(tokens[index - 1]!.lower)) return false
    // (Nor one the tagger reads as opening a clause: "Virchow concluded that poverty and living conditions… were…".)
    if (token.lower === 'that' && token.pos === 'SCONJ' && isVerb(tokens[index - 1]!) && tokens.slice(index + 2).some(isVerb)) return false
    // (Nor after an indefinite pronoun: "…is something that data journalism could certainly learn from".)
    if (token.lower === 'that' && index > 0 && (['VERB', 'ADJ', 'NOUN', 'ADV'].includes(tokens[index - 1]!.pos) || /^(?:some|any|every|no)(?:thing|one|body)$/.test(tokens[index - 1]!.lower)) && ['AUX', 'VERB'].includes(tokens.slice(index + 1).find((other) => !['NOUN', 'ADJ', 'DET', 'PROPN', 'NUM', 'ADV'].includes(other.pos))?.pos ?? '')) return false
    // ("The largest challenge to this point…": "to this point" is the writer's now.)
    const now = token.lower === 'this' && next?.lower === 'point' && tokens[index - 1]!.lower === 'to'
    if (token.pos === 'DET' || (next && ['NOUN', 'ADJ'].includes(next.pos))) return next !== undefined && next.pos === 'NOUN' && !ownTimes.has(next.lower) && !now && !tokens.slice(0, index).some((before) => before.lemma === next.lemma)
    // ("Chief among these are GitHub Issues…", "Of these, …": after a preposition at the start too.)
    return token.pos === 'PRON' && token.lower !== 'that' && ([',', 'meaning', 'and', 'but', 'so'].includes(tokens[index - 1]!.lower) || (tokens[index - 1]!.pos === 'ADP' && index <= 3))
  })
  // ("These sorts of communication breakdowns are excruciating…": the breakdowns were in the sentences before.)
  // "The second issue is just any access to GitHub": one of a count begun elsewhere; "…is difficult too": added to
  // something said before; "…updating his book": a person named elsewhere.
  // (Not "The other approach is…", the second of two ways a sentence before counted.)
  const ordinal = /^the (?:second|third|fourth|fifth|final) [\p{L}-]+ (?:is|was|are|were)\b/iu.test(sentence)
  // ("Thankfully Claire has supplied us with more than enough!": enough of something named before.)
  const additive = /\b(?:too|as well|either|(?:more than|just) enough)[.!]?$/i.test(sentence.trim())
  // (Not one the sentence names after it: "In his 1848 medical report…, Virchow concluded…".)
  const namedAfter = (index: number): boolean => tokens.some((after, at) => at > index && after.pos === 'PROPN' && tokens[at + 1] !== undefined && isVerb(tokens[at + 1]!))
  const person = tokens.some((token, index) => ['his', 'her'].includes(token.lower) && token.pos !== 'PROPN' && !tokens.slice(0, index).some((before) => before.pos === 'PROPN' || before.pos === 'NOUN') && !namedAfter(index))
  // ("I.e. you've got a 90 degree play…", "In other words, …": a sentence that restates the one before it.)
  return pronoun || pointsBack || demonstrative || ordinal || additive || person || /^(?:i\.e|e\.g)\.?,?\s|^in other words\b/i.test(sentence) || /^(?:that['’]s|this is|here['’]s|(?:these|those) (?:sorts|kinds|types) of|that (?:means|meant|is why|was why)|in (?:a|the) similar (?:way|vein|fashion)|in the same (?:way|vein)|similarly|likewise)\b/i.test(sentence) || (/^it['’]s\b/i.test(sentence) && !isExpletive(tokens)) || /\b(?:this same|these same|this last|these last|the above|as mentioned|mentioned (?:above|earlier|before)|the (?:latter|former)|this latter|(?:do|does|did|done|doing) so)\b/i.test(sentence) || ordinalSubject(tokens, sentence) || /^(?:in (?:that|this|either|both|such) cases?|if (?:so|not)\b|otherwise(?=,)|if (?:that|this)(?: i|['’])s the case|in that event|in such an? \w+|that way|this way|because of (?:this|that)|for (?:this|that|these) reasons?|as a result of (?:this|that)|even so|(?:like|unlike) (?:this|that)|(?:by |in )?doing (?:so|that|this)|to do so|as such|in that case|nor|neither do|and so|so too|(?:but |and )?so (?:is|are|was|were|do|does|did|has|have|can|will|would|should|must)|(?:of|in|for|with|by|from|among|through) (?:which|whom)|(?:as it turns out,? )?the answer is (?:yes|no)|the question answers itself)\b/i.test(sentence) || leansInFrontedClause.test(sentence) || (deniesFirst.test(sentence) && !/\b(?:but|rather|instead)\b|[;:—–]\s*(?:it|this|that)['’]?s?(?:\s+[\p{L}'’-]+){2}/iu.test(sentence))
}

/**
 * Whether a sentence's subject is an ordinal standing for something counted before it: "The first relates to…", "The
 * first one was the International Council for Science".
 */
function ordinalSubject(tokens: readonly Token[], sentence: string): boolean {
  // ("The same is true in the commercial world": the same as what the sentence before said.)
  if (/^the same (?:is|was|holds|goes|applies)\b/i.test(sentence)) return true
  // ("The first point is important", "The third principle, however, constitutes…": an item of a list before it, by its place.)
  // (Not one that says what the item is: "The first problem is that it is hard to define 'progress'", "The last point is
  // perhaps the most philosophical: security".)
  if (/^the (?:first|second|third|fourth|fifth|last|final)(?: two| three)? (?:points?|principles?|rules?|reasons?|items?|lessons?|ideas?|pillars?)\b(?! of\b)/i.test(sentence) && sentence.split(/\s+/).length <= 9 && !/[:;]|\bthat\b|\bto \w+/i.test(sentence.replace(/\bclosely related to\b/i, ''))) return true
  return /^the (?:first|second|third|fourth|last|other|rest|former|latter)\b/i.test(sentence) && (tokens[2]?.pos === 'VERB' || /^ones?$/i.test(tokens[2]?.value ?? ''))
}

/** A fronted clause whose subject is a pronoun: "If they did, you can use…", "Once this is done, …" (not "When it comes to…"). */
/**
 * The half of a contrast that says what the point is not, its claim in the sentence after: "The point is not that
 * 'definitions matter'", "The design flaw wasn't that a spam flag existed", "The real question for readers is not
 * whether Mozilla is perfect", "This incident isn't about data loss", "I don't mean 'hard' as in…", "…the interesting thing about Collatz is not the conjecture itself" (a blind reader of
 * set 149 found four of them on one deck's faces, their claims in the notes). Not a contrast whole in one sentence,
 * "The race is not about winning but about finishing", "…isn't about speed; it's about trust" (a comment of a word
 * after the dash, "— that's trivial", is no second half).
 */
const deniesFirst = /^(?:(?:but|and|so|for me),? )?(?:the|this|my|our|that|what) (?:[\p{L}'’-]+ ){0,6}?(?:is|was)(?:n['’]t| not) (?:(?:just |simply |really |only )?(?:that|about|whether)\b|the [\p{L}-]+ itself\b)|^(?:(?:but|and|now),? )?(?:i|we) (?:don['’]t|do not|didn['’]t|did not) mean\b/iu

const leansInFrontedClause = /^(?:(?:but|and|so),? )?(?:if|when|once|unless|because|since|after|before|while|although) (?:they|it|this|that|these|those|he|she)(?:\s|['’]\p{L}+\s)(?!comes? to\b)[^,]{0,30},/iu

/** Nouns after "this" that point at the writing or the present, not at another sentence ("this year", "this post"). */
const ownTimes = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'times', 'morning', 'summer', 'winter', 'spring', 'autumn', 'fall', 'post', 'article', 'guide', 'page', 'blog', 'talk', 'release', 'version', 'project', 'book', 'paper', 'document', 'series', 'site', 'chapter', 'section', 'decade', 'century'])

/**
 * Whether a clause opens with an empty "it" that points forward, not back:
 * "it's convenient to…", "it is likely that…", "it turns out…", "it takes
 * time to…".
 *
 * @param tokens A clause starting with "it".
 */
export function isExpletive(tokens: readonly Token[]): boolean {
  if (tokens[0]?.lower !== 'it') return false
  const rest = tokens.slice(1, 14)
  const verb = rest[0]
  if (!verb) return false
  if (['seems', 'seemed', 'appears', 'appeared', 'turns', 'turned', 'takes', 'took', 'pays', 'helps', 'matters', 'follows'].includes(verb.lower)) return true
  // ("It became clear early on in our offensive research that timer mitigations alone would not be sufficient.")
  if (['became', 'becomes', 'become'].includes(verb.lower) && ['clear', 'obvious', 'apparent', 'evident'].includes(rest[1]?.lower ?? '')) return true
  // ("So it made complete sense to make his fonts resemble the calligraphy…", "It makes sense that…".)
  if (['makes', 'made', 'make'].includes(verb.lower) && rest.slice(1, 4).some((token) => token.lower === 'sense') && rest.slice(2, 6).some((token) => ['to', 'that', 'for'].includes(token.lower))) return true
  // ("It doesn't matter who initiates the connection.")
  if (['does', 'did', 'doesn’t', "doesn't", 'didn’t', "didn't"].includes(verb.lower) && rest.slice(1, 3).some((token) => token.lower === 'matter')) return true
  // "it is estimated that…", "it was reported that…"; "it has been nearly 2 months since…".
  // (And "It has been argued that aspects of software are inventions…": "Patents has been argued…" had named the heading.)
  const perfect = ['has', 'had', "'s", '’s'].includes(verb.lower) && rest[1]?.lower === 'been'
  if ((['is', 'was', "'s", '’s'].includes(verb.lower) || perfect) && /^(?:estimated|expected|believed|thought|said|reported|known|hoped|feared|agreed|argued|claimed|assumed|understood|recommended|suggested|noted|predicted|projected|considered|accepted|acknowledged|recogni[sz]ed)$/.test(rest[perfect ? 2 : 1]?.lower ?? '') && rest[perfect ? 3 : 2]?.lower === 'that') return true
  if (['has', "'s", '’s', 'had'].includes(verb.lower) && rest[1]?.lower === 'been' && rest.slice(2).some((token) => token.lower === 'since')) return true
  if (!['is', "'s", '’s', 'was', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'].includes(verb.lower)) return false
  // ("When a replica fails, it will likely take 10-12 hours to restore a new replica": a time it takes to do something.)
  const take = rest.findIndex((token, at) => at >= 1 && at <= 3 && ['take', 'cost'].includes(token.lower))
  if (take !== -1 && rest.slice(1, take).every((token) => token.pos === 'ADV' || /ly$/.test(token.lower)) && rest.slice(take + 1, take + 8).some((token) => token.lower === 'to')) return true
  // A cleft puts its point between "it is" and "that": "It is the “vital few,” misidentified as the “difficult 20%” that
  // are our best guides", "It was in 2019 that…".
  if (['is', 'was'].includes(verb.lower) && ['DET', 'PROPN', 'NUM', 'ADP'].includes(rest[1]?.pos ?? '') && tokens.slice(4, 26).some((token) => token.lower === 'that' || token.lower === 'who')) return true
  // "it is (not) (always) easy to…", "it would be wise to…", "it is a good idea to…", "it is likely that…".
  const to = rest.findIndex((token, at) => at > 0 && (token.lower === 'to' || token.lower === 'that') && ['ADJ', 'NOUN', 'ADV'].includes(rest[at - 1]!.pos))
  // ("It is unlikely to spur faster walking": a "likely", "certain", "able" before "to" says what "it", named before, will
  // do; "It is unlikely that…" has no such "it".)
  if (to > 0 && rest[to]!.lower === 'to' && /^(?:likely|unlikely|certain|sure|bound|set|about|able|unable|designed|meant|supposed|due)$/.test(rest[to - 1]!.lower)) return false
  return to > 0 && rest.slice(1, to).every((token) => ['ADJ', 'ADV', 'AUX', 'PART', 'DET', 'NOUN', 'PROPN', 'ADP'].includes(token.pos) || ['your', 'our', 'their', 'my', 'his', 'her'].includes(token.lower))
}

/** Whether the "both" at `at` stands alone for two things named elsewhere ("added both together"), not "both X and Y" nor "we both". */
export function standaloneBoth(tokens: readonly Token[], at: number): boolean {
  const [previous, next] = [tokens[at - 1], tokens[at + 1]]
  if (tokens[at]?.lower !== 'both' || ['we', 'they', 'you', 'us', 'them'].includes(previous?.lower ?? '')) return false
  // ("…both for grants and promotions", "Los Angeles and Las Vegas are both…": its two things are in the sentence.)
  if (tokens.slice(Math.max(0, at - 6), at + 9).some((token) => ['and', '&'].includes(token.lower))) return false
  if (next === undefined) return true
  if (next.lower === 'of') return ['them', 'these', 'those'].includes(tokens[at + 2]?.lower ?? '')
  return !['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON', 'VERB'].includes(next.pos)
}
