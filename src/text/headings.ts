/**
 * Decide the depth of recognised headings: section (2) or sub-section (3).
 */

import { isAllCaps } from './lines.js'

/** A recognised heading and the shape of the body it owns (up to the next heading). */
export interface SectionShape {
  /** Heading text. */
  text: string
  /** Levels of explicit numbering: 1 for `1. Introduction`, 2 for `2.1 Method`, 0 when unnumbered. */
  numbering: number
  /** Number of blocks (paragraphs and lists) in the body. */
  blocks: number
  /** Number of words in the body. */
  words: number
  /** Whether the body ends with a colon (an introduction to what follows). */
  endsWithColon: boolean
}

/** Headings that close an article and are never nested: `Conclusion`, `Summary`, `References`… */
const closing =
  /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:conclusions?|summary|in summary|in conclusion|final thoughts|wrapping up|the bottom line|next steps|what(?:'|’)s next|references|further reading|resources|acknowledge?ments|about the authors?|faqs?|frequently asked questions|notes|sources|bibliography|appendix\b.*)\??$/i

/** A section whose body is one block of at most 80 words: the shape of a sub-section. */
function isShort(section: SectionShape): boolean {
  return section.blocks === 1 && section.words <= 80
}

/**
 * An empty body, or a short one that ends with a colon: the heading
 * introduces what follows. (Two paragraphs that end "This brings us to the
 * next point:" are a section of their own.)
 */
function isIntroduction(section: SectionShape): boolean {
  return section.blocks === 0 || (section.endsWithColon && section.words <= maxIntroductionWords)
}

/** Most words of a section that introduces sub-sections with a colon. */
const maxIntroductionWords = 80

/**
 * Infer heading depths (2 for sections, 3 for sub-sections).
 *
 * Rules, first match wins:
 * 1. Numbered headings: when at least two headings carry numbers, or one a
 *    multi-level number, `1.` is depth 2, `2.1` (or deeper) depth 3, and
 *    unnumbered headings depth 2 (3 right under an empty numbered one).
 * 2. Capitals: when some headings are ALL CAPS and others are not, the
 *    capitals are depth 2 and the others, after a capital heading, depth 3.
 * 3. Groups: a heading opens a group of at least two followers when either
 *    a. its own body is empty or short (≤ 80 words) and ends with a colon — the group then runs
 *       until the next heading of that kind, a closing heading
 *       (`Conclusion`, `Summary`, `References`…) or the end; or
 *    b. its own body is one paragraph of ≤ 60 words, shorter than each of
 *       the first two followers, the followers are "short" sections (body of
 *       one block, ≤ 80 words), and that run ends at a longer section (a run
 *       that reaches the end or a closing heading means the article simply
 *       has short sections, so nothing is nested).
 *    The followers in the group are depth 3.
 * 4. Everything else is depth 2.
 *
 * @param sections Every recognised heading with the shape of its body, in order.
 * @returns One depth per section.
 */
export function inferDepths(sections: readonly SectionShape[]): Array<2 | 3> {
  const depths: Array<2 | 3> = sections.map(() => 2)
  const numbered = sections.filter((section) => section.numbering > 0)
  if (numbered.length >= 2 || numbered.some((section) => section.numbering > 1)) {
    // (An unnumbered heading right under a numbered one with nothing between is its sub-heading: "1. Who is your reader?…" /
    // "Example: e-mail".)
    return sections.map((section, index) => (section.numbering > 1 || (section.numbering === 0 && index > 0 && sections[index - 1]!.numbering > 0 && sections[index - 1]!.blocks === 0) ? 3 : 2))
  }

  // (Not a shorthand in capitals, "1 TL;DR", "FAQ": the numbered sections after it had been its sub-sections.)
  const caps = sections.map((section) => isAllCaps(section.text) && !/^(?:\d{1,2}\.?\s+)?(?:TL;?DR|FAQS?|Q&A|README|AMA|TOC)$/.test(section.text.trim()))
  if (caps.some(Boolean) && !caps.every(Boolean)) {
    let underCaps = false
    return sections.map((_, index) => {
      if (caps[index]) {
        underCaps = true
        return 2
      }
      return underCaps ? 3 : 2
    })
  }

  for (let index = 0; index < sections.length; index++) {
    const parent = sections[index]!
    // (An empty "Frequently Asked Questions" over its questions heads them: "Frequently Asked Questions: 📡 What
    // equipment do I need…?" had titled the first question's slide.)
    if (/^(?:faqs?|frequently asked questions)$/i.test(parent.text.trim()) && parent.blocks === 0) {
      let last = index + 1
      while (last < sections.length && /\?/.test(sections[last]!.text)) last++
      if (last - index - 1 >= 2) {
        for (let child = index + 1; child < last; child++) depths[child] = 3
        index = last - 1
        continue
      }
    }
    if (closing.test(parent.text)) continue
    let end = index + 1
    if (isIntroduction(parent)) {
      while (end < sections.length && !isIntroduction(sections[end]!) && !closing.test(sections[end]!.text)) end++
      const followers = sections.slice(index + 1, end)
      if (followers.length >= 2) {
        for (let child = index + 1; child < end; child++) depths[child] = 3
        index = end - 1
      }
      continue
    }
    if (parent.blocks !== 1 || parent.words > 60) continue
    while (end < sections.length && isShort(sections[end]!) && !closing.test(sections[end]!.text)) end++
    const count = end - index - 1
    const endsAtLonger = end < sections.length && !closing.test(sections[end]!.text)
    const shorter = count >= 2 && parent.words < sections[index + 1]!.words && parent.words < sections[index + 2]!.words
    if (count >= 2 && endsAtLonger && shorter) {
      for (let child = index + 1; child < end; child++) depths[child] = 3
      index = end - 1
    }
  }
  return depths
}
