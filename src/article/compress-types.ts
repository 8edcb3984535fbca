/** What compression takes and gives (`compress.ts`). */
import type { Token } from './token.js'

/** Options of {@link compressSentence}. */
export interface CompressOptions {
  /** Words a bullet should have at most (default: `14`). */
  maxWords?: number | undefined
  /** Words a bullet may have when no grammatical compression reaches `maxWords` (default: `maxWords + 6`). */
  hardCap?: number | undefined
}

/** What {@link compressSentence} returns. */
export interface Compressed {
  /** The bullet text, without a final full stop. */
  text: string
  /** Its tokens. */
  tokens: Token[]
  /** Its word count. */
  words: number
  /** Whether it is within `maxWords` (else within the hard cap). */
  fits: boolean
}
