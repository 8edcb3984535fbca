/**
 * A question and its short answer, each a paragraph of its own: "Will we have safer roads in Kerala with the new AI
 * traffic cameras?" / "Maybe." / "But is this the best way to allocate resources to ensure safer roads?" / "Not really."
 * The answer alone is no sentence and the question alone asks the audience nothing: the two had gone to the notes, the
 * second question taken for a section's heading. Joined, they are one paragraph that a question opens, which condensing
 * shows as the question with its answer.
 */
import type { BlockContent, Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** Most words in a slide title: `long-headings.ts` shortens a longer heading, and a question's answer stays off one it would make longer. */
export const titleWords = 14

/** An answer of a word or a few: "No.", "Not really.", "You bet.", "Maybe.", "Yes, absolutely.", "Almost none." */
export const shortAnswer = /^(?:yes|no|nope|yep|yeah|maybe|perhaps|probably(?: not)?|possibly|(?:very |most )?(?:un)?likely|not really|not quite|not yet|not at all|not exactly|absolutely(?: not)?|definitely(?: not)?|of course(?: not)?|certainly(?: not)?|indeed|sure|you bet|never|always|sometimes|rarely|exactly|correct|sort of|kind of|it depends|hardly|not necessarily|(?:almost |nearly |virtually |next to )?(?:none|nothing)|(?:very |quite |too )?(?:little|few)|not (?:much|many)|(?:quite )?a lot|plenty|lots)\b[^.!?]{0,20}[.!]*$/i

/** A label that says an answer is short: "In short:", "Short answer:", "TL;DR:". */
const shortLabel = /^(?:in short|in a word|(?:the )?short answer(?: is)?|tl;?dr)[:,]?\s+/i

/** Whether a paragraph is one question of its own (not the end of a longer paragraph). */
function isLoneQuestion(node: BlockContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false
  const text = toString(node).trim()
  return /\?["'”’)]*$/.test(text) && !/[.!?]["'”’)]*\s/.test(text.slice(0, -1))
}

/**
 * The blocks of a section with each lone question joined to the short answer in the paragraph after it.
 *
 * @param nodes The blocks of one section.
 */
export function joinShortAnswers(nodes: readonly BlockContent[]): BlockContent[] {
  const out: BlockContent[] = []
  for (let index = 0; index < nodes.length; index++) {
    const [node, next] = [nodes[index], nodes[index + 1]]
    const answer = next?.type === 'paragraph' ? toString(next).trim() : ''
    if (isLoneQuestion(node) && next?.type === 'paragraph' && shortAnswer.test(answer)) {
      // ("But is this the best way…?": the question without the conjunction that tied it to the one before.)
      const [head, ...rest] = node.children
      const question = head?.type === 'text' ? [{ ...head, value: head.value.replace(/^(?:but|and|so)\s+(\p{Ll})/iu, (_all, letter: string) => letter.toUpperCase()) }, ...rest] : node.children
      out.push({ ...node, children: [...question, { type: 'text', value: ' ' }, ...next.children], position: node.position && next.position ? { start: node.position.start, end: next.position.end } : node.position })
      index++
      continue
    }
    out.push(node!)
  }
  return out
}

/**
 * Give each question heading the short answer its section opens with ("Could Schwab and Fidelity buy Altruist?" over
 * "Unlikely. Jason Wenk stated…"): the answer, a word or two, is what the audience wants from the slide, and alone it is
 * no bullet (four answers of a piece had been left to the notes). It moves from the paragraph to the title.
 *
 * @param tree The article.
 */
export function answeredHeadings(tree: Root): void {
  tree.children.forEach((node, index) => {
    const next = tree.children[index + 1]
    if (node.type !== 'heading' || node.depth < 2 || next?.type !== 'paragraph' || !/\?["”’]?$/.test(toString(node).trim())) return
    // (After a label that says it is short: "**In short: no**. By “physical limit” I mean…" under "Is this a physical MySQL Limit?".)
    const said = toString(next).trim()
    const label = shortLabel.exec(said)?.[0] ?? ''
    const answer = /^[^.!?]{1,30}[.!]+(?=\s|$)/.exec(said.slice(label.length))?.[0]
    // (Inside the heading's bold, "### **Does this apply to my plan?**", where its last words are.)
    let last = node.children.at(-1)
    while (last !== undefined && (last.type === 'strong' || last.type === 'emphasis')) last = last.children.at(-1)
    if (answer === undefined || !shortAnswer.test(answer) || answer.split(/\s+/).length > 3 || last?.type !== 'text') return
    // (Not onto a question too long for a title with its answer: the title's shortening would drop it, "…on job finding?
    // Almost none." had lost its answer from slide and paragraph alike.)
    if (toString(node).trim().split(/\s+/).length + answer.split(/\s+/).length > titleWords) return
    last.value = `${last.value.trimEnd()} ${answer.charAt(0).toUpperCase()}${answer.slice(1)}`
    // (Said once, on the title: "No. A standard is something…" had opened the bullet under "…a standard? No." too.)
    const lead = next.children[0]
    if (lead?.type === 'text' && lead.value.trimStart().startsWith(label + answer)) lead.value = lead.value.trimStart().slice(label.length + answer.length).trimStart()
    // (A bold label and answer, its stop after the bold.)
    else if (lead?.type === 'strong' && `${toString(lead).trim()}.` === `${label}${answer}`.replace(/[.!]+$/, '.') && next.children[1]?.type === 'text') {
      next.children.splice(0, 1)
      const after = next.children[0] as { value: string }
      after.value = after.value.replace(/^[.!]+\s*/, '')
    }
  })
}

/**
 * A heading without the short answer {@link answeredHeadings} gave it ("Does my project need an additional contributor
 * agreement? Probably not." → "…agreement?"), as its later pages say it; other headings as they are.
 *
 * @param text A heading's text.
 */
export function withoutAnswer(text: string): string {
  const asked = /^(.*\?)\s+([^?]{1,30}[.!])$/s.exec(text)
  return asked && shortAnswer.test(asked[2]!) ? asked[1]! : text
}
