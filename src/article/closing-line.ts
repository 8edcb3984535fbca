/**
 * The article's last word before "Questions?": the closing sentence of its
 * last section, when no face shows it and the article has no conclusion
 * section of its own. Two blind reviews found every deck went from its last
 * body slide straight to "Questions?", the article's conclusion left in the
 * notes ("You can learn to fly the helicopter once you understand all the
 * controls better").
 */
import type { Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { isDateLine } from './block-kinds.js'
import { isStatement } from './clause-grammar.js'
import { bullet, bulletList } from './condense-items.js'
import { scoreSentences } from './select.js'
import { splitSentences } from './sentences.js'
import type { Slide } from '../types.js'

/** Headings of a section that already closes the talk. */
const conclusionHeading = /^(?:\d+[.)]?\s*)?(?:conclusions?|concluding (?:thoughts|remarks)|final (?:thoughts|words|remarks)|closing (?:thoughts|remarks)|in closing|wrapping up|wrap[- ]up|takeaways?|key takeaways|summary|in summary|the bottom line|lessons learned|what['’]s next|next steps|looking ahead|outlook)\b/i

/** A sentence that asks the reader to do something on the page, not a claim of the talk. */
const callToAction = /^(?:please |feel free to )?(?:contact|join|subscribe|follow|sign up|register|reach out|get in touch|let us know|check out|visit|email|e-mail|share|download|try|read|see|find|learn more|stay tuned|thanks?|thank you)\b|\b(?:contact us|reach out to us|let us know|get in touch)\b/i

/** What {@link closingLine} needs to know of the deck. */
export interface ClosingOptions {
  /** Headings of sections that are back matter ("Further reading", "Credits"): the closing line is looked for before them. */
  isBackMatter: (heading: string) => boolean
  /** Words a bullet aims at. */
  maxWords: number
  /** Language of the prose. */
  lang: string
}

/**
 * A statement slide with the closing sentence of the article's last
 * section, titled "In closing"; `undefined` when the last section is a
 * conclusion already, when its closing sentence is on a face, or when it
 * has none that reads as a claim (a call to action, a question, a sentence
 * that leans on the one before).
 *
 * @param slides The condensed slides, in order (title slide first).
 * @param options Back matter, word budget and language.
 */
export function closingLine(slides: readonly RootContent[], options: ClosingOptions): Slide | undefined {
  const content = slides.filter((node): node is Slide => node.type === 'slide')
  const headingOf = (slide: Slide): string => {
    const heading = slide.children.find((child): child is Heading => child.type === 'heading')
    return heading ? toString(heading).replace(/\s*\(cont\.\)$/, '').trim() : ''
  }
  let last = content.length - 1
  while (last >= 0 && options.isBackMatter(headingOf(content[last]!))) last--
  // Not the title slide, and not a talk that ends on its own conclusion.
  if (last <= 0 || conclusionHeading.test(headingOf(content[last]!))) return undefined
  const notes = content[last]!.children.flatMap((child) => (child.type === 'notes' ? child.children : []))
  // (A footnote of a text article is no closing line.)
  const paragraph = [...notes].reverse().find((node) => node.type === 'paragraph' && !node.data?.footnote && !isDateLine(toString(node).trim()))
  if (!paragraph) return undefined
  const sentences = splitSentences(toString(paragraph), options.lang)
  const candidates = scoreSentences([sentences], { maxWords: options.maxWords })
  // The last sentence of the last paragraph that makes a claim on its own.
  const closing = [...candidates].reverse().find((candidate) => candidate.bullet && candidate.bullet.fits && !candidate.signpost && !candidate.vague && isStatement(candidate.bullet.tokens) && !callToAction.test(candidate.bullet.text))
  if (!closing) return undefined
  // Shown already: the talk ends on it anyway.
  const faces = content.map((slide) => slide.children.filter((child) => child.type !== 'notes').map((child) => toString(child)).join(' ')).join(' ')
  const words = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  if (words(faces).includes(words(closing.bullet!.text))) return undefined
  return {
    type: 'slide',
    data: { attributes: { class: 'closing-line' } },
    children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'In closing' }] }, bulletList([bullet([{ type: 'text', value: closing.bullet!.text }], 'sentence')])]
  }
}
