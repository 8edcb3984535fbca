/**
 * The name a leaning figure's pronoun stands for, from the sentence before.
 */
import { isStatement } from './clause-grammar.js'
import { clauseSubject } from './compress-front.js'
import { firstFigure } from './key-figures.js'
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
 * A figure whose sentence opens with "They" or "It" for a name in the
 * sentence before ("Overall, Discord's communication runs at impressive
 * numbers. They crossed 12 million concurrent users…"): the bullet names it,
 * "Discord crossed 12 million…", where the verb agrees with the name as it
 * did with the pronoun (a past tense, a modal; "It has" with any name).
 *
 * @param candidate A scored sentence whose bullet leans on the one before.
 * @param all The section's candidates.
 * @returns The bullet's tokens with the name for the pronoun, or `undefined`.
 */
export function namedSubject(candidate: Scored, all: readonly Scored[]): Token[] | undefined {
  const bullet = candidate.bullet
  const pronoun = bullet?.tokens[0]?.lower
  if (!bullet || !candidate.vague || (pronoun !== 'it' && pronoun !== 'they') || firstFigure(bullet.text) === undefined) return undefined
  // ("They have crossed…" would read "Discord have crossed": only a verb that agrees with a name either way.)
  if (pronoun === 'they' && ['have', 'are', 'were', 'do', "'re", '’re', "'ve", '’ve'].includes(bullet.tokens[1]?.lower ?? '')) return undefined
  const before = all.find((other) => other.paragraph === candidate.paragraph && other.index === candidate.index - 1)
  const opening = before?.bullet?.tokens ?? before?.tokens ?? []
  // "Discord's communication runs…" → "Discord"; else the subject, a name of at most four words.
  const possessor = opening.findIndex((token) => token.value === "'s" || token.value === '’s')
  const subject = possessor > 0 && opening.slice(0, possessor).every((token) => token.pos === 'PROPN') ? opening.slice(0, possessor) : clauseSubject(opening)
  if (!subject) return undefined
  const name = subject.filter((token) => token.pos !== 'DET')
  if (name.length === 0 || name.length > 4 || !name.every((token) => token.pos === 'PROPN')) return undefined
  const tokens = [...name.map((token, at) => ({ ...token, space: at === 0 ? '' : token.space })), ...bullet.tokens.slice(1)]
  return isStatement(tokens) ? tokens : undefined
}
