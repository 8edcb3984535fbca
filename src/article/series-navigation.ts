/**
 * A post's place in its series, written into the post: "This is a series of
 * blog posts chronicling my Gunma and Nagano travel in 2025:" over the list
 * of its parts. It is the site's navigation, not a claim: both go to the
 * speaker notes (a talk's first slide had listed "Day 1: Haneda Airport,
 * Ueno", "Day 1: Takasaki, Maebashi"…).
 */
import type { BlockContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { setAside } from './set-aside.js'

/** A lead-in that says the post is one of a series. */
const seriesLead = /^(?:this (?:blog )?(?:post|article|piece)?\s*is (?:(?:the )?(?:[\p{L}-]+ )?(?:part|post|article|instalment|installment|entry|episode)(?: \S+)? (?:of|in) |one of )?(?:a|an|my|our|the|this) (?:[\p{L}\d-]+ ){0,4}series\b|this is a series of\b|(?:the )?(?:other |all )?(?:posts|parts|articles|entries|episodes) (?:in|of) (?:this|the|my|our) (?:[\p{L}-]+ ){0,3}series\b)[^.!?]*:\s*$/iu

/** How to read the series' posts: where each starts, which to read first. */
const readingNote = /\b(?:each|every) (?:new )?(?:post|part|entry|instalment|installment) (?:will )?(?:starts?|begins?) (?:from|at|with) the (?:top|beginning)\b|\bscroll down\b[^.!?]{0,40}\b(?:if you(?:['’]ve| have) read|to (?:the|where))\b[^.!?]{0,30}\b(?:previous|last|earlier|first|new) (?:one|post|part|entry|bits?)\b/i

/** Most words of a part's title in the list. */
const titleWords = 12

/**
 * The blocks of a section with a series' lead-in and the list of its parts
 * set aside for the notes; anything else as it is.
 *
 * @param nodes The blocks of one section.
 */
export function setAsideSeriesNavigation(nodes: readonly BlockContent[]): BlockContent[] {
  // (So is a note on how to read the series: "> One more, one more, one more… Each new post will start from the top, so
  // scroll down a little if you've read the previous one -- but also check out the first post for some motivation.")
  const readingOnly = (node: BlockContent): boolean => ['blockquote', 'paragraph'].includes(node.type) && readingNote.test(toString(node)) && toString(node).split(/\s+/).length <= 60
  const out = nodes.map((node) => (readingOnly(node) ? setAside(node) : node))
  for (let index = 0; index + 1 < out.length; index++) {
    const [lead, list] = [out[index]!, out[index + 1]!]
    if (lead.type !== 'paragraph' || list.type !== 'list' || !seriesLead.test(toString(lead).trim())) continue
    if (!list.children.every((item) => toString(item).trim().split(/\s+/).length <= titleWords)) continue
    out[index] = setAside(lead)
    out[index + 1] = setAside(list)
  }
  return out
}
