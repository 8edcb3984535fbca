/**
 * The lead-in that announces a sentence's point before a colon ("Here's why:", "The lesson from this point is plain:",
 * "…it boils down to this:"): dropped, or the noun that names the point kept as the claim's label.
 */
import { tokensText, type Token } from './nlp.js'
import { capitalise, countWords, hasFiniteVerb, isStatement, startsClause, startsImperative, subordinatorLength, withoutLeadingSpace, wordsOf } from './clause-grammar.js'
import { insideBrackets, insideCode } from './quotations.js'
import { dropFronted } from './compress-front.js'

/**
 * Lead-ins that only announce what follows their colon: "Here's why:", "Think about it this way:", "It boils down to
 * this:", "That's the point:".
 */
const announcement = /^(?:here(?:['’]s| is| are)|think (?:about|of) it|put (?:simply|another way)|the (?:answer|reason|result|point|problem|solution|lesson|rule) is simple|in (?:short|other words|a nutshell)|the (?:short|long) answer|to put it simply|the bottom line|that is|(?:that|this)(?:['’]s| is) (?:the|my|our) (?:whole |real )?(?:point|idea|key|trick|lesson|secret|goal|catch|thing)|what (?:i|we)(?:['’]m| am| are)? (?:really )?(?:asking|saying|suggesting|proposing|arguing)(?: for)? is)\b/i

/** Lead-ins that end by pointing at their point (not counted by words): "…, but it boils down to this:". */
const pointingLeadIn = /\b(?:(?:boils|boiled|comes|came) down to|is|was) this$|\bone thing (?:is|was|seems|remains) (?:clear|certain|obvious|sure)$/i

/**
 * A noun phrase that names the point its colon gives ("The lesson from this point is plain:", "Our advice to would-be
 * service mesh adopters, though, is simple:", "The idea behind SFCs is simple:", "GitHub's philosophy, both in terms of
 * internal development and…, is simple:"), as [the phrase, what follows its noun]. The nouns are a writer's words for a
 * point.
 */
const pointSubject = /^((?:the|our|my|one|his|her|their|its|a|an|\p{Lu}[\p{L}\p{N}.&-]*['’]s?) (?:[\p{L}-]+ ){0,2}(?:lesson|point|answer|moral|takeaway|conclusion|key|truth|problem|reason|solution|rule|upshot|message|advice|idea|insight|secret|trick|catch|goal|theme|thread|principle|verdict|irony|premise|argument|philosophy|approach|strategy|recipe|formula|motto|mantra))((?:,? (?:both |either )?(?:of|for|from|behind|to|about|in|with|here)\b[^:]{0,80}?)?)(?:,? though,?)? (?:is|was)(?: (?:quite |very |pretty |really |fairly )?(?:simple|plain|clear|this|straightforward|obvious|easy))?$/iu

/**
 * Drop a lead-in that only announces what follows its colon ("Here's why:", "Think about it this way:", "It boils
 * down to this:"), or make the phrase that names the point the label of its claim: "The lesson from this point is
 * plain: communication issues only get solved with more communication" → "The lesson: communication issues only get
 * solved with more communication". The claim after the colon is what the slide shows; the set-up alone is no bullet.
 */
export function dropAnnouncement(tokens: Token[]): Token[] {
  const colon = tokens.findIndex((token, index) => index >= 1 && token.value === ':' && !insideBrackets(tokens.slice(0, index)) && !insideCode(tokens.slice(0, index)))
  if (colon === -1) return tokens
  const head = tokens.slice(0, colon)
  const tail = withoutLeadingSpace(tokens.slice(colon + 1))
  const text = tokensText(head)
  const opens = startsClause(tail) || subordinatorLength(tail) > 0 || startsImperative(tail) || tail[0]?.pos === 'ADP' || dropFronted(tail) !== tail
  // ("I suggested something that openSUSE Asian community suggested to me…: creating a poster which summarize the
  // reasons to become a GSoC mentor": what the verb's vague object stands for is after the colon, and takes its place.)
  // (Not the object of a gerund after a noun's preposition: "There's actually two ways of doing this: using the SQL query,
  // or…" had lost its "this:" and read "two ways of doing using the SQL query".)
  const vague = head.findIndex((token, at) => at >= 2 && ['something', 'this'].includes(token.lower) && head[at - 1]!.pos === 'VERB' && !(/ing$/.test(head[at - 1]!.lower) && head[at - 2]!.pos === 'ADP') && (at === head.length - 1 || ['that', 'which'].includes(head[at + 1]!.lower)))
  if (vague !== -1 && hasFiniteVerb(head.slice(0, vague)) && wordsOf(tail) >= 3 && !startsClause(tail) && (/ing$/i.test(tail[0]?.value ?? '') || ['DET', 'ADJ', 'NOUN'].includes(tail[0]?.pos ?? ''))) return [...head.slice(0, vague), { ...tail[0]!, space: ' ' }, ...tail.slice(1)]
  // ("An interesting fact is that I started working on DNA during my PhD, moved on with RNA…, and… I have been focusing on
  // proteins: my career followed the main path of the central dogma of molecular biology": the fact told, then its point.)
  if (/^(?:an?|the|one) (?:(?:interesting|curious|funny|surprising|striking|notable|fun) )?(?:fact|thing|detail|observation) (?:here |about [^,:]{1,30} )?(?:is|was) that\b/i.test(text) && wordsOf(head) > 12 && startsClause(tail) && isStatement(tail) && wordsOf(tail) <= 20) return capitalise(tail)
  const subject = pointSubject.exec(text)
  // ("…it boils down to this: CSS is unpredictable", "GitHub's philosophy… is simple: optimize for happiness": three
  // words make a claim.)
  if (wordsOf(tail) < (pointingLeadIn.test(text) || subject ? 3 : 4) || !opens) return tokens
  if ((wordsOf(head) <= 6 && announcement.test(text)) || pointingLeadIn.test(text)) return capitalise(tail)
  // (A claim that opens with a fronted phrase loses it later, which a label before it would stop: no label then.)
  if (!subject || !(startsClause(tail) || startsImperative(tail))) return subject ? capitalise(tail) : tokens
  // The phrase with what follows its noun ("The idea behind SFCs") unless that points elsewhere or runs long ("from
  // this point", "for building new languages").
  const [, noun = '', after = ''] = subject
  const label = countWords(noun + after) <= 5 && !/\b(?:this|that|these|those|it|them)\b/i.test(after) ? noun + after : noun
  const labelTokens = head.slice(0, head.findIndex((_, at) => tokensText(head.slice(0, at + 1)).length >= label.length) + 1)
  return [...labelTokens, { ...tokens[colon]! }, ...tokens.slice(colon + 1)]
}

/**
 * Drop a short set-up before a semicolon whose clause after it is the point: "The opposite is true generally; people
 * who want to use a data set properly will…", "The sticks get bigger still; major funding agencies are now
 * requiring…", "For me, no; the benefits of sharing outweigh the negatives many fold". The set-up is at most six
 * words and the point more than twice as long, a statement of its own that leans on nothing before it.
 */
export function dropSetUpClause(tokens: readonly Token[]): readonly Token[] {
  const semicolon = tokens.findIndex((token, index) => index >= 1 && token.value === ';' && !insideBrackets(tokens.slice(0, index)))
  if (semicolon === -1) return tokens
  const head = tokens.slice(0, semicolon)
  const tail = withoutLeadingSpace(tokens.slice(semicolon + 1))
  const words = wordsOf(head)
  const pointsBack = tail.slice(0, 4).some((token) => ['this', 'that', 'these', 'those', 'such'].includes(token.lower))
  if (words > 6 || wordsOf(tail) <= 2 * words || wordsOf(tail) < 6 || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tail[0]?.pos ?? '') || !isStatement(tail) || pointsBack) return tokens
  // (Not a label, "Collaborate; work with colleagues to…" (an item of a list of four), nor a head that names what the
  // point is about: "Rust is fast; its compiler checks every borrow at build time".)
  if ((words < 3 || !hasFiniteVerb(head)) && !/\b(?:yes|no)$/i.test(tokensText(head))) return tokens
  if (head.some((token) => token.pos === 'PROPN' || token.pos === 'NUM')) return tokens
  return capitalise(tail)
}
