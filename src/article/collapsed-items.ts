/**
 * List items a converter ran together: "Michael McNamara, CEO, Flextronics*   The Honorable Thomas Nides, Vice Chairman,
 * Morgan Stanley" lost the line break before its second marker, so one bullet named two people (a blind reader took
 * McNamara for Morgan Stanley's vice chairman). Each is an item of its own again.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** A list marker left inside an item's text: an asterisk, two spaces or more, then a capital. */
const marker = /\s*\*\s{2,}(?=\p{Lu})/u

/**
 * Split every item of a bullet list whose text holds another item's marker, at each marker.
 *
 * @param tree The article; changed in place.
 */
export function splitCollapsedItems(tree: Root): void {
  visit(tree, 'list', (list: List) => {
    if (list.ordered) return
    list.children = list.children.flatMap(splitItem)
  })
}

function splitItem(item: ListItem): ListItem[] {
  const [paragraph, ...rest] = item.children
  if (paragraph?.type !== 'paragraph' || rest.length > 0 || !paragraph.children.every((child) => child.type === 'text' || child.type === 'break')) return [item]
  const items: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type !== 'text' || !marker.test(child.value)) {
      items.at(-1)!.push(child)
      continue
    }
    const [first, ...others] = child.value.split(marker)
    items.at(-1)!.push({ ...child, value: first! })
    for (const other of others) items.push([{ ...child, value: other }])
  }
  if (items.length === 1) return [item]
  return items.map((children): ListItem => ({ ...item, children: [{ ...paragraph, children } satisfies Paragraph] }))
}
