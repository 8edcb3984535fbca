/**
 * The notes at the end of an article, for the speaker: a numbered list of sources whose note marks the copy lost,
 * notes numbered in brackets that the prose cites, a postscript about the post, and a note an asterisk in the prose
 * points to ("…received a “red tile” (as of December 14, 2021)*." / "*According to Privacy Preserving Analytics…",
 * which had been the talk's close).
 */
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** A note numbered in brackets at the end of an article ("[1] Mom was doing that more than thirty years ago."). */
const bracketNote = /^\[(\d{1,3})\]\s+\S/

/** A writer's postscript about the post itself ("**_Postscript_**: I last wrote about mastery grading…", "P.S. …"). */
const postscript = /^(?:postscript|p\.\s?s\.)\s*[:.,-]/i

/**
 * Mark the notes an article ends with as footnotes (they go to the speaker notes): paragraphs numbered in brackets
 * ("[1] Mom was doing that…") whose numbers the prose cites ("…demonstrate their knowledge [1]"), and a postscript just
 * before them or at the end. A blind reader of set 54 found "[1] Mom was doing that…" and "[4] Students seem to read
 * more carefully…" as bullets of the last slide.
 *
 * @param children The article's blocks, in order; marked in place.
 */
export function markEndNotes(children: RootContent[]): void {
  // (A numbered list of sources closing the article, its note marks lost in the copy — "1. Johanna Drucker, “Humanities
  // Approaches…,” … (March 10, 2011), http://…", "3. Boyer, Undying, 55." — is its notes: a slide of them had been titled
  // "New York", after a publisher's city.)
  const last = children.at(-1)
  if (last?.type === 'list' && last.ordered && last.children.length >= 2 && last.children.every((item) => isEndnote(toString(item).trim()))) {
    children.splice(-1, 1, ...last.children.map((item): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: toString(item).trim() }], position: item.position, data: { footnote: true } })))
    return
  }
  // (Their markup aside: `<span id="fn2">[2]&nbsp;<a href="#fn2b"><sup>go back</sup></a></span>`.)
  const text = (node: RootContent): string => toString(node).replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim()
  let start = children.length
  while (start > 0 && children[start - 1]!.type === 'paragraph' && bracketNote.test(text(children[start - 1]!))) start--
  const prose = children.slice(0, start).map((node) => toString(node)).join('\n')
  // (Cited in the prose, or with its link back: "[2] go back Auke unfortunately cites…".)
  const cited = children.slice(start).every((node) => prose.includes(`[${bracketNote.exec(text(node))![1]}]`) || /^\[\d+\]\s*(?:go back|back|return|↩)/i.test(text(node)))
  if (start === children.length || !cited) start = children.length
  const before = children[start - 1]
  if (before?.type === 'paragraph' && postscript.test(text(before))) start--
  // (A note an asterisk marks, last: the prose carries its asterisk after a word or a bracket.)
  const marked = children[start - 1]
  if (start === children.length && marked?.type === 'paragraph' && /^\*(?!\*)\s*\S/.test(text(marked)) && /[\p{L}\p{N})\]]\*(?=[\s.,;:]|$)/u.test(children.slice(0, -1).map((node) => toString(node)).join('\n'))) start--
  for (const node of children.slice(start)) if (node.type === 'paragraph') node.data = { ...node.data, footnote: true }
}

/**
 * Whether a list item is a source cited in a note: a web address, a year in brackets ("(New York: Farrar, Straus and
 * Giroux, 1978), 3."), or a short note to one cited before ("Boyer, Undying, 55.", "Ibid.").
 */
function isEndnote(text: string): boolean {
  return /https?:\/\/|www\./.test(text) || /\([^()]*\b(?:1[5-9]|20)\d\d\)/.test(text) || /^\p{Lu}[\p{L}'’-]+, [^,]{2,80}, \d+(?:[-–]\d+)?\.$/u.test(text) || /^ibid\b/i.test(text)
}

