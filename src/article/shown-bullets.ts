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
  const words = wordsOf(shownKey(text))
  for (const key of shown) {
    const other = wordsOf(key)
    const shorter = Math.min(words.size, other.size)
    if (shorter < 6) continue
    let shared = 0
    for (const word of words) if (other.has(word) || initialsIn(word, key)) shared++
    if (shared === shorter) return true
  }
  return false
}

/**
 * Whether a word is the initials of words in a row of another key: "rac" of "the rockefeller archive center was gifted
 * 564 audio cassettes", said again as "The RAC was gifted 564 audio cassettes" (it had been a bullet twice).
 */
function initialsIn(word: string, key: string): boolean {
  if (word.length < 2 || word.length > 6 || /\d/.test(word)) return false
  const words = key.split(' ')
  return words.some((_, at) => at + word.length <= words.length && words.slice(at, at + word.length).map((each) => each[0]).join('') === word)
}

/** The words of a key, as a set: every later section compares its sentences with every bullet shown, so each key is split once. */
function wordsOf(key: string): ReadonlySet<string> {
  let words = wordSets.get(key)
  if (!words) {
    words = new Set(key.split(' '))
    if (wordSets.size >= wordSetsMost) wordSets.clear()
    wordSets.set(key, words)
  }
  return words
}

/** The word sets of keys, by key. */
const wordSets = new Map<string, ReadonlySet<string>>()
/** Most word sets kept (then the cache starts again). */
const wordSetsMost = 20_000
