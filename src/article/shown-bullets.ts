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
    let missing: string | undefined
    for (const word of words) if (other.has(word)) shared++
    else missing = word
    if (shared === shorter) return true
    // (One word short, that word the initials of words in a row of the other: "The RAC was gifted 564 audio cassettes"
    // after "The Rockefeller Archive Center was gifted 564 audio cassettes", which had been a bullet twice.)
    if (shared === shorter - 1 && words.size <= other.size && missing !== undefined && /^[a-z]{2,6}$/.test(missing) && initialsOf(key).includes(` ${missing}`)) return true
  }
  return false
}

/** The initials of a key's words, each run of them from each word on: " trac…" for "the rockefeller archive center …". */
function initialsOf(key: string): string {
  let initials = initialSets.get(key)
  if (initials === undefined) {
    const letters = key.split(' ').map((word) => word[0] ?? '').join('')
    initials = Array.from(letters, (_, at) => ` ${letters.slice(at, at + 6)}`).join('')
    if (initialSets.size >= wordSetsMost) initialSets.clear()
    initialSets.set(key, initials)
  }
  return initials
}

/** The initials of keys, by key. */
const initialSets = new Map<string, string>()

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
