/**
 * A section whose body is one line of things set apart by commas, without a verb ("Tables and chairs, social media
 * account for marketing the event, contacts to local media, 1-2 facilitators, small snacks…" under "Resources needed"):
 * a list, its things one item each.
 */
import type { List, Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { countWords, hasFiniteVerb } from './clause-grammar.js'
import { tagSentence } from './nlp.js'

/** Fewest things a line must name to be read as a list. */
const fewestThings = 5

/** Most words in one of its things. */
const thingWords = 10

/**
 * The things a line names, when it is a list written as a sentence: five at least, each of ten words at most, no clause
 * among them outside their brackets, one sentence at most.
 *
 * @param text The paragraph's text.
 */
export function commaThings(text: string): string[] | undefined {
  const line = text.trim().replace(/\.$/, '')
  if (/[.!?;:]\s/.test(line)) return undefined
  // Commas inside brackets part nothing.
  const things: string[] = []
  let depth = 0
  let start = 0
  for (let at = 0; at < line.length; at++) {
    if (line[at] === '(') depth++
    else if (line[at] === ')') depth = Math.max(0, depth - 1)
    else if (line[at] === ',' && depth === 0) {
      things.push(line.slice(start, at).trim())
      start = at + 1
    }
  }
  things.push(line.slice(start).trim().replace(/^(?:and|or)\s+/i, ''))
  if (things.length < fewestThings || things.some((thing) => thing === '' || countWords(thing) > thingWords)) return undefined
  // (One thing the tagger reads a verb in may be a noun all the same: "social media account for marketing the event"; a
  // clause has an auxiliary or a pronoun for its subject, "we bought tables".)
  const tagged = things.map((thing) => tagSentence(thing.replace(/\s*\([^()]*\)/g, '')))
  if (tagged.filter((tokens) => hasFiniteVerb(tokens)).length > 1 || tagged.some((tokens) => tokens.some((token, at) => token.pos === 'AUX' || (token.pos === 'PRON' && ['VERB', 'AUX'].includes(tokens[at + 1]?.pos ?? ''))))) return undefined
  return things
}

/**
 * Turn each paragraph right under a heading, and alone there, that names five things or more by commas and no verb into
 * a list of them ({@link commaThings}): a blind reader of set 296 found a museum's resources one bullet of 45 words.
 *
 * @param tree The article (changed in place).
 */
export function commaLists(tree: Root): void {
  tree.children = tree.children.map((node, at) => {
    const before = tree.children[at - 1]
    const after = tree.children[at + 1]
    if (node.type !== 'paragraph' || before?.type !== 'heading' || (after !== undefined && after.type !== 'heading') || !node.children.every((child) => child.type === 'text')) return node
    const things = commaThings(toString(node))
    if (!things) return node
    const list: List = { type: 'list', ordered: false, spread: false, children: things.map((thing) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: thing }] } satisfies Paragraph] })), position: node.position }
    return list
  })
}
