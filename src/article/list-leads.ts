/**
 * What of a list a face leaves to the notes: a lead-in that says nothing the list and the heading do not, an item that
 * is a click path through a website.
 */
import { isPointer } from './pointers.js'

/**
 * Whether a list's lead-in says nothing the list and the slide's heading do not: a word or two ("Some examples:",
 * "Or:") or the heading again ("The theory of change summary:" under "Theory of change summary"). It goes to the notes
 * and the list stands alone.
 *
 * @param text The lead-in, shortened, without its colon.
 * @param heading The section's heading.
 */
export function emptyLeadIn(text: string, heading?: string): boolean {
  const words = (value: string): string[] => value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && !['the', 'a', 'an', 'some', 'our', 'my'].includes(word))
  const own = words(text)
  // (Nor a pointer to other reading, "For more detail on the leasing process for tribes, see:", whose list goes too.)
  if (isPointer(`${text.trim().replace(/:$/, '')}.`)) return true
  // ("Operators look for a few things before they commit…:": a lead-in that only counts what the list names; "There are a
  // few points that need some serious consideration before…" says what they are for.)
  // (Not one that says who does them, "During your exam, the doctor may do any or all of these things:", over items that
  // open on its verb, "Review your claim file with you": without it they read as orders to the audience.)
  if (own.length <= 16 && /\b(?:a few|several|some|a number of|the following|these|three|four|five) (?:key |main |important )?things\b/i.test(text) && !/\b(?:may|might|can|could|will|would|should|must) (?:\w+ )?do\b/i.test(text)) return true
  if (own.length <= 2 && /^(?:(?:some |a few |more |other )?(?:examples?|instances|cases|ideas|options|highlights|details|results|notes|steps)|note|nb|n\.b\.|or|and|but|also|so|then|for example|for instance|e\.g\.|like|such as|including|namely|specifically)\s*:?\s*$/i.test(text.trim().replace(/:$/, ''))) return true
  if (heading === undefined) return false
  const titled = new Set(words(heading))
  return own.length > 0 && own.length <= titled.size + 1 && own.every((word) => titled.has(word) || titled.has(word.replace(/s$/, '')))
}

/**
 * Whether a list item is a click path through a website ("Homepage -> Consumer Price Index -> Consumer Price Index
 * Monthly Series -> CPM01 - Consumer Price Index"): three steps or more between arrows, which a speaker leaves to the
 * notes (a blind reader of set 54: "a click path the audience can't use").
 *
 * @param text The item's text.
 */
export function isClickPath(text: string): boolean {
  return (text.match(/\s(?:->|→|=>|»|›|>)\s/g) ?? []).length >= 2
}
