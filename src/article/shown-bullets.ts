/**
 * The bullets a deck has shown so far, so that a later section (a
 * conclusion that restates a claim word for word) shows another of its
 * sentences rather than the same bullet twice.
 */

/**
 * A bullet's text as bullets are compared across a deck: lower case, words only.
 *
 * @param text The bullet's text.
 */
export function shownKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Whether a bullet (or a sentence) says again what a bullet shown before said: every word of the shorter one, six at
 * least, is in the other (not "We added a new field called versionNonce…" after "We added a new field … called
 * isDeleted": a word apart is the news) ("When developing software, your job is to optimize for low-effort, high-impact
 * initiatives…" after "Your job is to optimize for those low-effort, high-impact initiatives…").
 *
 * @param text The bullet, or the sentence when it makes none.
 * @param shown The keys ({@link shownKey}) of the bullets shown so far.
 */
export function shownBefore(text: string, shown: ReadonlySet<string>): boolean {
  const words = new Set(shownKey(text).split(' '))
  for (const key of shown) {
    const other = new Set(key.split(' '))
    const shorter = Math.min(words.size, other.size)
    const shared = [...words].filter((word) => other.has(word)).length
    if (shorter >= 6 && shared === shorter) return true
  }
  return false
}
