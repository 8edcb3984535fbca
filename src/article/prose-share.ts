/**
 * Whether a Markdown document is an article: mostly prose, with sections too long for one slide.
 */
import type { Root, RootContent } from 'mdast'
import { countWords } from './clause-grammar.js'
import { toString } from './visible-text.js'
import { splitSentences } from './sentences.js'
import { isHtmlBody } from './html-blocks.js'

/** Words in a node's text. */
function wordCount(node: RootContent): number {
  return countWords(toString(node))
}

/** Words in a section above which it cannot be one slide, so Markdown with prose and such sections is an article. */
const articleSectionWords = 150

/** Words of prose above which a stretch between `---` separators or headings overflows one slide face. */
const faceWords = 80

/**
 * Whether Markdown reads as an article rather than slides, to switch article
 * mode on automatically. Decided by content, not by one marker:
 *
 * - prose is more than 60% of the words in paragraphs, lists, tables and
 *   quotes (paragraphs of at least two sentences or 40 words, and list items
 *   of two sentences or more), or there are two such paragraphs and a
 *   section (up to the next `#` or `##`) of more than 150 words, far more
 *   than one slide holds, or — with no slide marker at all — more than half
 *   is prose and there is such a section;
 * - when the document also has slide markers (`---` separators, `Note:`
 *   paragraphs, `<!-- notes -->` comments), it is an article only if, on
 *   top of that, at least half of its stretches (between separators and
 *   headings) hold more than a face's worth (80 words) — a hand-made deck
 *   with long speaker notes stays a deck, an article with an end-of-post
 *   rule or a stray `Note:` stays an article. Speaker notes are not counted.
 *
 * @param root An mdast tree (front matter, headings, code and HTML are not counted).
 * @returns `true` for an article.
 */
export function isMostlyProse(root: Root): boolean {
  let prose = 0
  let proseParagraphs = 0
  let total = 0
  let section = 0
  let longest = 0
  let markers = 0
  let inNotes = false
  const stretches: number[] = [0]
  /** Count words of the article, its section and its stretch between rules. */
  const add = (count: number): void => {
    total += count
    section += count
    stretches[stretches.length - 1]! += count
  }
  /** Count a paragraph's words, as prose when it runs to 40 words or two sentences. */
  const addParagraph = (text: string): void => {
    const count = countWords(text)
    add(count)
    if (count >= 40 || splitSentences(text).length >= 2) {
      prose += count
      proseParagraphs++
    }
  }
  for (const node of root.children) {
    if (node.type === 'thematicBreak' || (node.type === 'heading' && node.depth <= 2)) {
      inNotes = false
      stretches.push(0)
      if (node.type === 'thematicBreak') markers++
    }
    if (node.type === 'html' && /^<!--\s*(?:speaker\s*)?notes?\b/i.test(node.value)) markers++
    if (node.type === 'heading' && node.depth <= 2) {
      longest = Math.max(longest, section)
      section = 0
    }
    if (inNotes) continue
    // (A body of paragraphs written in HTML, "<p>This statement from…</p><ul>…", is prose as Markdown's is: its paragraphs' words.)
    if (isHtmlBody(node)) {
      for (const paragraph of node.value.match(/<p\b[^>]*>[\s\S]*?<\/p>/gi) ?? []) addParagraph(paragraph.replace(/<[^>]*>/g, ' '))
      continue
    }
    if (node.type === 'paragraph') {
      const text = toString(node)
      // (A reader's note in italics, "_Note: This originally appeared as a guest post on Technical.ly_", is the article's,
      // not reveal.js's speaker-notes marker, which is plain text: it had made a whole post read as slides.)
      if (/^notes?:/i.test(text) && node.children[0]?.type === 'text') {
        markers++
        inNotes = true
        continue
      }
      addParagraph(text)
    } else if (node.type === 'list' || node.type === 'table' || node.type === 'blockquote') {
      // A list whose items are paragraphs of advice ("Use a strong color contrast and avoid pattern backgrounds. When
      // possible, …") is prose set as a list: its items of two sentences or more count as prose.
      if (node.type === 'list') for (const item of node.children) if (splitSentences(toString(item)).length >= 2) prose += wordCount(item)
      add(wordCount(node))
    }
  }
  longest = Math.max(longest, section)
  // (Without any slide marker, half prose and a section far over a slide is enough: a guide of tips set as lists.)
  const proseLike = total > 0 && (prose / total > 0.6 || (proseParagraphs >= 2 && longest > articleSectionWords) || (markers === 0 && prose / total > 0.5 && longest > articleSectionWords))
  // One rule in an article of sections ("---" before its closing credits) is a break in the prose, not a slide marker.
  const sections = root.children.filter((node) => node.type === 'heading' && node.depth <= 2).length
  if (!proseLike || markers === 0 || (markers === 1 && sections >= 3)) return proseLike
  const filled = stretches.filter((words) => words > 0)
  // (An article of eight hundred words with two rules before a short sign-off — "We highly value your feedback…",
  // "Happy building to you all!" — is an article: one stretch holds nearly all its words.)
  if (Math.max(...filled) >= total * 0.8 && Math.max(...filled) > faceWords * 3) return true
  return filled.filter((words) => words > faceWords).length * 2 >= filled.length
}
