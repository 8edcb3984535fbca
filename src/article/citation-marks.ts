/**
 * Numbered citations written in round brackets through an article's prose ("…over the next ten years (1).",
 * "Foresight (14), a transformer model…", "…using search (16) and the attractiveness…"): marks of its reference list,
 * not its words. Where they count up from one across the article, each becomes a superscript the faces leave out
 * (inline HTML, as `toString` of `block-kinds.ts` reads it) and the notes keep. A blind reader found "(14)" and "(10)"
 * on the slides of a post whose sixteen references closed it.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast'

/** A number in round brackets after a word or a stop, with the space before it (and a stray one before a comma after it). */
const mark = /\s?\((\d{1,3})\)(?:\s(?=[,.;:]))?/g

/** Fewest paragraphs the marks must be spread over: a list numbered inside one sentence, "(1) … (2) … (3)", is no citation. */
const fewestParagraphs = 3

/** The bracketed numbers of a text that stand where a citation does: after a word, a stop or a bracket, never opening it. */
function citedMarks(text: string): RegExpExecArray[] {
  return [...text.matchAll(mark)].filter((match) => /[\p{L}\p{N}.,;:%)"”’]$/u.test(text.slice(0, text.indexOf('(', match.index)).replace(/\s$/, '')))
}

/** The paragraphs and list items' paragraphs of a tree, where prose stands. */
function paragraphs(nodes: readonly RootContent[]): Array<{ children: PhrasingContent[] }> {
  return nodes.flatMap((node) => (node.type === 'paragraph' ? [node] : 'children' in node ? paragraphs(node.children as RootContent[]) : []))
}

/**
 * Turn an article's numbered citations in round brackets into superscripts (in place), when they count up from one
 * over three paragraphs or more: their numbers, in the order they first appear, rise (a number may repeat).
 *
 * @param tree The article's mdast tree.
 */
export function markCitations(tree: Root): void {
  const found = paragraphs(tree.children).map((paragraph) => ({
    paragraph,
    numbers: paragraph.children.flatMap((child) => (child.type === 'text' ? citedMarks(child.value).map((match) => Number(match[1])) : []))
  }))
  const order = [...new Set(found.flatMap((entry) => entry.numbers))]
  const rising = order.length >= 3 && order[0] === 1 && order.every((number, at) => at === 0 || number > order[at - 1]!)
  if (!rising || found.filter((entry) => entry.numbers.length > 0).length < fewestParagraphs) return
  for (const { paragraph } of found) {
    paragraph.children = paragraph.children.flatMap((child): PhrasingContent[] => {
      if (child.type !== 'text') return [child]
      const parts: PhrasingContent[] = []
      let from = 0
      for (const match of citedMarks(child.value)) {
        if (match.index > from) parts.push({ type: 'text', value: child.value.slice(from, match.index) })
        parts.push({ type: 'html', value: `<sup>(${match[1]})</sup>` })
        from = match.index + match[0].length
      }
      if (from === 0) return [child]
      if (from < child.value.length) parts.push({ type: 'text', value: child.value.slice(from) })
      return parts
    })
  }
}
