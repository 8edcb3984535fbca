/**
 * Results of pure functions kept by key: article mode reads the same sentence in several stages, for every theme a deck
 * is built in and on every rebuild of `serve`.
 */
import type { Token } from './token.js'

/** A cache of one pure function's results (`undefined` too), emptied when it holds `most` entries (then it starts again). */
export class Memo<V> {
  private readonly kept = new Map<string, V>()

  /** @param most Most results kept. */
  constructor(private readonly most: number) {}

  /**
   * The result kept for a key, else the one `make` gives, kept.
   *
   * @param key Everything the result depends on.
   * @param make Makes the result.
   */
  get(key: string, make: () => V): V {
    if (this.kept.has(key)) return this.kept.get(key) as V
    const value = make()
    if (this.kept.size >= this.most) this.kept.clear()
    this.kept.set(key, value)
    return value
  }
}

/** A key for tagged tokens: every field of every token, so that tokens a stage mended make another key. */
export function tokensKey(tokens: readonly Token[]): string {
  let key = ''
  for (const token of tokens) key += `${token.space}\u0001${token.value}\u0001${token.lower}\u0001${token.lemma}\u0001${token.pos}\u0001${token.type}\u0001${token.stop ? 1 : 0}\u0001${token.entity ?? ''}\u0002`
  return key
}
