/**
 * The parts of a block quote that are not what it quotes: the line under it that says who said it, the same written
 * on its last line, a letter's closing and signature; and its hard line breaks read as the newlines they are.
 */
import type { Blockquote, Paragraph, Root } from 'mdast'
import { countWords } from './clause-grammar.js'
import { toString } from './visible-text.js'

/** The paragraph under a quotation that says who said it ("— Oli Scherer, Rust compiler team member"), if any. */
export function attributionOf(node: Blockquote): Paragraph | undefined {
  const last = node.children[node.children.length - 1]
  return last?.type === 'paragraph' && node.children.length > 1 && /^\s*(?:[—–]|-{1,2})\s*\S/.test(toString(last)) ? last : undefined
}

/**
 * Move a line that says who said a quotation, written as a paragraph of its own under it ("-- A lead Tauri developer"),
 * into the quotation, where {@link attributionOf} finds it: the quotation's slide had shown it without its speaker.
 *
 * @param tree The article (changed in place).
 */
export function attachAttributions(tree: Root): void {
  for (let index = tree.children.length - 2; index >= 0; index--) {
    const [quote, line] = [tree.children[index]!, tree.children[index + 1]!]
    if (quote.type !== 'blockquote' || line.type !== 'paragraph' || attributionOf(quote) !== undefined) continue
    const text = toString(line)
    if (!/^\s*(?:[—–]|-{1,2})\s*\p{Lu}/u.test(text) || countWords(text) > 10 || /[.!?]["'”’)]*\s*$/.test(text.replace(/\b(?:Jr|Sr|Dr|St|Inc|Ltd)\.$/, ''))) continue
    quote.children.push(line)
    tree.children.splice(index + 1, 1)
  }
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

/**
 * A caption inside a quotation: a paragraph set wholly in emphasis under a picture ("_Source: Ember's Yearly
 * Electricity Data… This representation is from https://…_"). It says where the picture comes from, nothing the box
 * says: a grid essay's box had shown its caption's address run into the next sentence.
 *
 * @param children The quotation's blocks.
 * @param at The index of the block to test.
 */
export function isQuotedCaption(children: Blockquote['children'], at: number): boolean {
  const [node, before] = [children[at], children[at - 1]]
  if (node?.type !== 'paragraph' || before?.type !== 'paragraph') return false
  const shown = (paragraph: Paragraph) => paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const picture = shown(before)
  const caption = shown(node)
  return picture.length === 1 && picture[0]!.type === 'image' && caption.length === 1 && caption[0]!.type === 'emphasis'
}

/**
 * The sentence of a box that defines the term its heading names, the box's point: "Curtailment is a reduction in the
 * output of a generator…" under "Quick reference – Curtailment", or a definition without its verb, "The combined
 * sources from which electricity has been produced." under "Quick reference: Fuel-mix", when it opens the box. A
 * sentence about when it happens had been shown in the definition's place.
 *
 * @param heading The box's heading.
 * @param sentences The box's sentences.
 * @param verbless Whether a sentence has no finite verb.
 * @returns The index of the definition, or `-1`.
 */
export function boxDefinition(heading: string, sentences: readonly string[], verbless: (sentence: string) => boolean): number {
  // (The term is what the heading names after its kind of box: "Quick reference: Fuel-mix", "Key term – Curtailment".)
  const term = heading.trim().split(/\s*(?::|\s[–—-])\s+/).pop()!.replace(/[.:]$/, '').trim()
  if (term === '' || term.split(/\s+/).length > 4) return -1
  const said = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+')
  const defines = new RegExp(`^(?:an? |the )?${said}\\s+(?:is|are|means|refers to|describes)\\b`, 'i')
  const at = sentences.findIndex((sentence) => defines.test(sentence.trim()))
  if (at >= 0) return at
  return sentences.length > 0 && /^(?:an?|the)\s/i.test(sentences[0]!.trim()) && verbless(sentences[0]!) ? 0 : -1
}
