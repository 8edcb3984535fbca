/**
 * "Did you mean …?" for misspelt names: front-matter keys, themes, theme variables.
 */

/**
 * The candidate closest to `input` (case-insensitive edit distance), if it is
 * close enough to be a likely typo: at most a third of the input's length,
 * and at least 1 edit away from nothing.
 *
 * @param input What the user wrote.
 * @param candidates Valid names.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase()
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase()
    const distance = hay.startsWith(needle) || needle.startsWith(hay) ? Math.abs(hay.length - needle.length) * 0.5 : levenshtein(needle, hay)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= Math.max(2, Math.ceil(needle.length / 3)) ? best : undefined
}

/** ` (did you mean \`x\`?)` or the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const hint = closest(input, candidates)
  return hint ? ` (did you mean \`${hint}\`?)` : ''
}

/** Levenshtein edit distance. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
