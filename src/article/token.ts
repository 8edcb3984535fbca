/**
 * The token of a tagged sentence (`nlp.ts`), apart from the tagger, so that
 * the modules that mend its tags can name it without importing the tagger.
 */

/** One token of a sentence, with what the tagger says about it. */
export interface Token {
  /** The token as written. */
  value: string
  /** Lower case of {@link Token.value}. */
  lower: string
  /** Lemma (base form), lower case. */
  lemma: string
  /** Universal part-of-speech tag (`NOUN`, `VERB`, `AUX`, `ADP`, `PUNCT`…). */
  pos: string
  /** Whitespace written before the token (`''` or `' '`). */
  space: string
  /** Token type: `word`, `number`, `punctuation`, `currency`, `url`, `email`… */
  type: string
  /** Whether the token is a stop word. */
  stop: boolean
  /** The entity type when the token is part of one (`DATE`, `CARDINAL`, `MONEY`, `PERCENT`…). */
  entity?: string | undefined
}
