/**
 * A paragraph of fields a page sets one per line with `<br>`: "Description: Many users reported…<br> Component:
 * plugins<br> Date: 2019-12-11<br> Duration: 19 hours<br> User impact: …" (a postmortem's summary box). Read as one
 * paragraph, the fields had run on into one bullet of sixty words; each is an item of a list now, "Component: plugins".
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

/** A field's label at the start of a line: a capital, four words at most, a colon and a space. */
const label = /^\s*\p{Lu}[\p{L}/'’-]*(?: [\p{L}/'’-]+){0,3}:\s+\S/u

/** Whether a node breaks a line: a Markdown hard break or an inline `<br>`. */
const breaks = (node: PhrasingContent): boolean => node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim()))

/**
 * Turn every top-level paragraph whose lines are two fields or more, each opening with its label, into a list of the
 * fields.
 *
 * @param tree The article; changed in place.
 */
export function fieldLines(tree: Root): void {
  tree.children = tree.children.map((node): RootContent => (node.type === 'paragraph' ? (asFields(node) ?? node) : node))
}

function asFields(paragraph: Paragraph): List | undefined {
  const lines: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (breaks(child)) lines.push([])
    else lines.at(-1)!.push(child)
  }
  const kept = lines.filter((line) => toString({ type: 'paragraph', children: line }).trim() !== '')
  if (kept.length < 2 || !kept.every((line) => label.test(toString({ type: 'paragraph', children: line })))) return undefined
  const items = kept.map((line): ListItem => {
    // (The space a line began with after its break, " Component: plugins", is no part of the field.)
    const [first, ...rest] = line
    const children = first?.type === 'text' ? [{ ...first, value: first.value.replace(/^\s+/, '') }, ...rest] : [...line]
    const last = children.at(-1)
    if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') }
    const position = { start: line[0]!.position?.start ?? paragraph.position!.start, end: line.at(-1)!.position?.end ?? paragraph.position!.end }
    return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children, position }], position }
  })
  return { type: 'list', ordered: false, spread: false, children: items, position: paragraph.position }
}
