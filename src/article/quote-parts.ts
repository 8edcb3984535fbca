/**
 * The parts of a block quote that are not what it quotes: the line under it that says who said it, the same written
 * on its last line, a letter's closing and signature; and its hard line breaks read as the newlines they are.
 */
import type { Blockquote, Paragraph } from 'mdast'
import { countWords } from './clause-grammar.js'
import { toString } from './visible-text.js'

/** The paragraph under a quotation that says who said it ("— Oli Scherer, Rust compiler team member"), if any. */
export function attributionOf(node: Blockquote): Paragraph | undefined {
  const last = node.children[node.children.length - 1]
  return last?.type === 'paragraph' && node.children.length > 1 && /^\s*(?:[—–]|-{1,2})\s*\S/.test(toString(last)) ? last : undefined
}

/**
 * Words of a quotation, without the line that says who said it: "– C.S., a pregnant mother of two" does not make
 * a quotation of two short sentences long enough to cut.
 *
 * @param node A block quote.
 */
export function quotedWords(node: Blockquote): number {
  const attribution = attributionOf(node)
  const text = node.children.filter((child) => child !== attribution).map((child) => toString(child)).join('\n')
  // (Nor when it is written on the quotation's last line: "…I'd type a little faster.” / — Isaac Asimov".)
  return countWords(attribution ? text : text.replace(inlineAttribution, ''))
}

/** Who said it, written on the quotation's last line ("…what they want to hear]._ — Andrej Karpathy"). */
export const inlineAttribution = /(?<=[.!?…"”’)\]*_])\s*((?:[—–]|--)\s*[^.!?—–\n]{2,80})$/u

/** A block whose paragraphs' hard line breaks are newlines, which `toString` would drop. */
export function lineBreaksAsText<T extends Blockquote['children'][number]>(node: T): T {
  if (node.type !== 'paragraph' || !node.children.some((child) => child.type === 'break')) return node
  return { ...node, children: node.children.map((child) => (child.type === 'break' ? { type: 'text', value: '\n' } : child)) }
}

/** A letter's closing on a line of its own: "Thanks again,", "Best regards,", "Sincerely,". */
const closing = /^(?:thanks(?: again| so much| very much)?|thank you(?: again)?|many thanks|best(?: wishes| regards)?|kind regards|warm(?: est)? regards|regards|sincerely|yours(?: sincerely| truly| faithfully)?|cheers|all the best|warmly)[,!.]?$/i

/**
 * Who signed a letter quoted whole: the name on the line after its closing ("Thanks again," / "Sam Easterson"), and
 * where the closing starts, so that neither counts among what it says. A museum's e-mail had been shown as the
 * author's own words.
 *
 * @param children The quotation's blocks, its attribution line left out.
 * @returns The signer and the index of the closing, or `undefined`.
 */
export function letterSigner(children: Blockquote['children']): { name: string; from: number } | undefined {
  for (let at = Math.max(1, children.length - 4); at < children.length - 1; at++) {
    const here = children[at]!
    const next = children[at + 1]!
    if (here.type !== 'paragraph' || next.type !== 'paragraph' || !closing.test(toString(here).trim())) continue
    const name = toString(lineBreaksAsText(next)).trim().split('\n')[0]!.trim()
    if (/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name)) return { name, from: at }
  }
  return undefined
}
