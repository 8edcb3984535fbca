/**
 * The name a leaning figure's pronoun stands for, from the sentence before.
 */
import { isStatement } from './clause-grammar.js'
import { clauseSubject } from './clause-subject.js'
import { firstFigure } from './key-figures.js'
import { isExpletive } from './leaning.js'
import type { Token } from './nlp.js'
import type { Compressed } from './compress.js'

/** What this step reads of a scored sentence (a `Candidate` of `select.ts`). */
interface Scored {
  paragraph: number
  index: number
  tokens: Token[]
  bullet?: Compressed | undefined
  vague: boolean
}

/**
 * A bullet that opens with "It" for a name or a named thing in the sentence
 * before ("The Scientific Python project is an initiative… It aims to
 * improve communication…" → "The Scientific Python project aims to…"), and a
 * figure whose sentence opens with "They" for a name ("Overall, Discord's communication runs at impressive
 * numbers. They crossed 12 million concurrent users…"): the bullet names it,
 * "Discord crossed 12 million…", where the verb agrees with the name as it
 * did with the pronoun (a past tense, a modal; "It has" with any name); "He" or "She" for a person whose name of two
 * or three words opens the sentence before ("Gerry McGovern, …, calls FAQs… He refers to them as…").
 *
 * @param candidate A scored sentence whose bullet leans on the one before.
 * @param all The section's candidates.
 * @returns The bullet's tokens with the name for the pronoun, or `undefined`.
 */
export function namedSubject(candidate: Scored, all: readonly Scored[]): Token[] | undefined {
  const bullet = candidate.bullet
  const pronoun = bullet?.tokens[0]?.lower
  // (Any bullet for "It" with a named thing before it; "They" only for a figure, whose verb agrees with a name either way.)
  if (!bullet || !candidate.vague || !['it', 'they', 'he', 'she'].includes(pronoun ?? '') || (pronoun === 'they' && firstFigure(bullet.text) === undefined)) return undefined
  // ("It's interesting to see that despite his skills, he is… (touches and passes per 90)", "So it made complete sense to
  // make his fonts…": an empty "it" stands for nothing, figure or none; "Grønbæk's interesting to see…" was nonsense.)
  if (pronoun === 'it' && isExpletive(bullet.tokens)) return undefined
  // ("It is…", "It's…": an empty "it" may point forward, not back.)
  if (pronoun === 'it' && ['is', "'s", '’s', 'was'].includes(bullet.tokens[1]?.lower ?? '') && firstFigure(bullet.text) === undefined) return undefined
  // ("They have crossed…" would read "Discord have crossed": only a verb that agrees with a name either way.)
  if (pronoun === 'they' && ['have', 'are', 'were', 'do', "'re", '’re', "'ve", '’ve'].includes(bullet.tokens[1]?.lower ?? '')) return undefined
  const before = all.find((other) => other.paragraph === candidate.paragraph && other.index === candidate.index - 1)
  const opening = before?.bullet?.tokens ?? before?.tokens ?? []
  // ("Lesson learned: make time…": a label is no subject.)
  if (opening.slice(0, 5).some((token) => token.value === ':')) return undefined
  // "Discord's communication runs…" → "Discord"; else the subject, a name of at most four words.
  const possessor = opening.findIndex((token) => token.value === "'s" || token.value === '’s')
  // ("Gerry McGovern, acclaimed expert in digital customer experience, calls FAQs… He refers to them as…": a person's
  // name opens the sentence before, with or without an aside after it.)
  // ("Fitzgerald's legendary book needs no introduction… It deserves the acclaim it gets": "it" may be the possessed thing
  // as well as its owner; "Fitzgerald deserves…" had named the wrong one.)
  if (pronoun === 'it' && possessor > 0) return undefined
  const person = opening.findIndex((token) => token.pos !== 'PROPN')
  // (Nor one cut at its hyphen: "Dr Hester Lees-Jeffries is a Senior Lecturer… She is the author of…" had read "Dr Hester Lees is the author…".)
  if ((pronoun === 'he' || pronoun === 'she') && (!(person >= 2 && person <= 3) || ['-', '‐'].includes(opening[person]?.value ?? ''))) return undefined
  const subject = pronoun === 'he' || pronoun === 'she' ? opening.slice(0, person) : possessor > 0 && opening.slice(0, possessor).every((token) => token.pos === 'PROPN') ? opening.slice(0, possessor) : clauseSubject(opening)
  if (!subject) return undefined
  const name = subject.filter((token) => token.pos !== 'DET')
  // A name of at most four words; for "It", also a named thing: "The Scientific Python project" (names and one singular
  // noun after them, with its article).
  // (A capitalised word counts as part of the name: "Scientific" of "Scientific Python", which the tagger reads as an adjective.)
  const names = name.filter((token) => token.pos === 'PROPN' || (/^\p{Lu}/u.test(token.value) && token.pos === 'ADJ')).length
  const thing = pronoun === 'it' && names > 0 && names === name.length - 1 && name[name.length - 1]!.pos === 'NOUN' && name[name.length - 1]!.lower === name[name.length - 1]!.lemma
  // (Or, for "It", a thing the sentence before says what it is: "A garden is a small piece of ground and a large piece of
  // civic life. It feeds people, cools streets…" → "A garden feeds people…". Only after "is", where the thing is the
  // topic, and what it is a kind or a quality ("a…", "cheap…"): "The biggest problem is the `sideEffects` flag. It
  // affects…" is the flag; "The team built a tool. It works" may be either.)
  const complement = opening[subject.length + 1]
  const classed = complement !== undefined && (['a', 'an'].includes(complement.lower) || ['ADJ', 'ADV'].includes(complement.pos))
  const defined = pronoun === 'it' && possessor === -1 && classed && copulas.has(opening[subject.length]?.lower ?? '') && opening.slice(0, subject.length).every((token, at) => token === subject[at]) && isCommonThing(name)
  if (name.length === 0 || name.length > 4 || !(names === name.length || thing || defined)) return undefined
  // (Nor a name the bullet says again itself: "It has been completely removed from Linux 4.12" is no "Linux has been
  // removed from Linux 4.12": "it" is what the sentence before was about, not its subject.)
  // (A capitalised word of the name, as the bullet writes it: "It records every prose fiction piece…" keeps "The Playboy Fiction Index".)
  if (bullet.tokens.slice(1).some((token) => /^\p{Lu}/u.test(token.value) && name.some((part) => part.pos === 'PROPN' && part.value === token.value))) return undefined
  // (With its article: "The JIT does not offload…", "This PEP does not seek…".)
  const tokens = [...subject.map((token, at) => ({ ...token, space: at === 0 ? '' : token.space, ...(at === 0 ? { value: token.value.charAt(0).toUpperCase() + token.value.slice(1) } : {}) })), ...bullet.tokens.slice(1)]
  return isStatement(tokens) ? tokens : undefined
}

/** The verbs of saying what a thing is. */
const copulas = new Set(['is', 'was', 'remains', 'becomes', 'became'])

/** Whether words (without their article) name one thing: modifiers and one singular noun, no pronoun ("garden", "small piece of land" is no subject here). */
function isCommonThing(name: readonly Token[]): boolean {
  const last = name.at(-1)
  return last !== undefined && last.pos === 'NOUN' && last.lower === last.lemma && !/s$/.test(last.lower) && name.slice(0, -1).every((token) => ['ADJ', 'NOUN', 'PROPN'].includes(token.pos))
}
