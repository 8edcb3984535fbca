/**
 * The run-in heads of a copied list of advice: under a heading that names one ("Key Insights:", "Lessons learned",
 * "Tips"), paragraphs that each open with a short sentence of their own — "Plan for sustainability. As technology and
 * tools evolve by the day, it is important to…" — had that sentence set in bold on the page, which copying lost. The
 * sentence is bold again, so that each paragraph is one labelled bullet (a blind reader found "It is important to
 * evaluate the opportunities…" with its head, "Plan for sustainability", left out).
 */
import type { Paragraph, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { countWords } from './lines.js'

/** A heading over a list of advice. */
const adviceHeading = /\b(?:insights?|lessons?(?: learned| learnt)?|tips|takeaways?|recommendations?|principles|rules|guidelines|best practices|advice|dos and don.ts)\b/i

/** A paragraph's opening sentence and the space after it. */
const opening = /^(\p{Lu}[^.!?]{2,100}?[.!?])\s+(?=\p{Lu})/u

/** Most words of a run-in head. */
const headWords = 12

/** The head of a paragraph that opens with a short sentence and goes on for a sentence or more. */
function headOf(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'paragraph' || node.children[0]?.type !== 'text') return undefined
  const head = opening.exec(node.children[0].value)?.[1]
  if (head === undefined || countWords(head) > headWords) return undefined
  return countWords(toString(node)) - countWords(head) >= 8 ? head : undefined
}

/**
 * Set the run-in heads of a list of advice in bold: three paragraphs or more in a row under a heading that names one.
 *
 * @param children The blocks of the recognised article; changed in place.
 */
export function boldRunInHeads(children: RootContent[]): void {
  for (let at = 0; at < children.length; at++) {
    const heading = children[at]!
    if (heading.type !== 'heading' || !adviceHeading.test(toString(heading))) continue
    let end = at + 1
    while (headOf(children[end]) !== undefined) end++
    if (end - at - 1 < 3) continue
    for (let index = at + 1; index < end; index++) {
      const paragraph = children[index] as Paragraph
      const head = headOf(paragraph)!
      const [first, ...rest] = paragraph.children
      const after = (first as { value: string }).value.slice(head.length).replace(/^\s+/, ' ')
      paragraph.children = [{ type: 'strong', children: [{ type: 'text', value: head }] }, { type: 'text', value: after }, ...rest]
    }
    at = end - 1
  }
}
