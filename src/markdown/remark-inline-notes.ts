/**
 * remark plugin: Pandoc's inline notes, `…as follows.^[Huge thank you to
 * Martin for noticing the mistake.]`, as footnotes. Quarto, R Markdown and
 * Pandoc articles write their notes in the sentence they annotate; CommonMark
 * reads them as text, so the note's sentences were taken for the paragraph's
 * own ("Be honest.]" on a slide). Each becomes a `footnoteReference` where it
 * stands and a `footnoteDefinition` at the end of the document, which the
 * deck then treats as any GFM footnote (at the foot of the slide that cites
 * it; in article mode, in the speaker notes).
 */
import type { FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root, Text } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'

/** Where a note opens in a text: `^[`. */
const opening = /\^\[/

/**
 * Plugin: every inline note of the tree becomes a footnote reference and
 * definition (identifiers `inline-note-1`, `inline-note-2`… not used by the
 * document's own footnotes).
 */
export function remarkInlineNotes() {
  return function (tree: Root): void {
    const taken = new Set<string>()
    visit(tree, (node) => {
      if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference') taken.add(node.identifier)
    })
    const definitions: FootnoteDefinition[] = []
    const nextIdentifier = (): string => {
      let number = definitions.length + 1
      while (taken.has(`inline-note-${number}`)) number++
      const identifier = `inline-note-${number}`
      taken.add(identifier)
      return identifier
    }
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'footnoteDefinition') return undefined
      const parent = node as Parent
      if (!parent.children.some((child) => child.type === 'text' && opening.test(child.value))) return undefined
      parent.children = notesIn(parent.children as PhrasingContent[], (children) => {
        const identifier = nextIdentifier()
        definitions.push({ type: 'footnoteDefinition', identifier, label: identifier, children: [{ type: 'paragraph', children }] })
        return { type: 'footnoteReference', identifier, label: identifier }
      })
      return SKIP
    })
    tree.children.push(...definitions)
  }
}

/**
 * The phrasing content with each inline note replaced by what `note` makes of
 * its content. A note runs from `^[` to the bracket that closes it (brackets
 * in its text nested); one that never closes stays as written.
 *
 * @param children A parent's phrasing content.
 * @param note Makes the reference for a note's content.
 */
export function notesIn(children: readonly PhrasingContent[], note: (content: PhrasingContent[]) => FootnoteReference): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const queue = [...children]
  while (queue.length > 0) {
    const child = queue.shift()!
    const start = child.type === 'text' ? opening.exec(child.value) : null
    if (child.type !== 'text' || !start) {
      out.push(child)
      continue
    }
    const close = closing(child.value, start.index + 2, queue)
    if (!close) {
      out.push(child)
      continue
    }
    if (start.index > 0) out.push(text(child.value.slice(0, start.index)))
    const content: PhrasingContent[] = []
    if (close.node === -1) {
      content.push(text(child.value.slice(start.index + 2, close.offset)))
      queue.unshift(text(child.value.slice(close.offset + 1)))
    } else {
      content.push(text(child.value.slice(start.index + 2)), ...queue.slice(0, close.node))
      const last = queue[close.node] as Text
      content.push(text(last.value.slice(0, close.offset)))
      queue.splice(0, close.node + 1, text(last.value.slice(close.offset + 1)))
    }
    const trimmed = content.filter((node) => node.type !== 'text' || node.value !== '')
    if (trimmed[0]?.type === 'text') trimmed[0] = text(trimmed[0].value.replace(/^\s+/, ''))
    out.push(note(trimmed))
  }
  return out.filter((node) => node.type !== 'text' || node.value !== '')
}

/**
 * Where the bracket that closes a note is: in the opening text (`node` -1) or
 * in a later text sibling (its index in `rest`), counting the brackets of the
 * texts between (other inline nodes, emphasis or code, are passed over whole).
 */
function closing(value: string, from: number, rest: readonly PhrasingContent[]): { node: number; offset: number } | undefined {
  let depth = 1
  const scan = (text: string, start: number): number => {
    for (let at = start; at < text.length; at++) {
      const char = text[at]
      if (char === '[') depth++
      else if (char === ']' && --depth === 0) return at
    }
    return -1
  }
  const own = scan(value, from)
  if (own !== -1) return { node: -1, offset: own }
  for (let index = 0; index < rest.length; index++) {
    const node = rest[index]!
    if (node.type !== 'text') continue
    const offset = scan(node.value, 0)
    if (offset !== -1) return { node: index, offset }
  }
  return undefined
}

function text(value: string): Text {
  return { type: 'text', value }
}
