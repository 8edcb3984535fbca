/**
 * A section of bare addresses under a back matter's heading in the middle of an article ("Links" over
 * "https://bruksmuseum.fi/en/home/" and two more): for the notes, where the speaker can point to them.
 */
import type { BlockContent, DefinitionContent, Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { addTitledNotes, isBackMatter } from './back-matter.js'

/** An address alone: "https://www.norpas.fi/en/meista/", "www.example.org". */
const bareAddress = /^(?:https?:\/\/|www\.)\S+$/

/**
 * Fold each slide whose face is a list of bare addresses under a back matter's heading into the notes of the slide before
 * it, under its heading: a blind reader of set 296 found three addresses a slide of their own between a museum's lessons
 * and the resources it needed.
 *
 * @param children The condensed slides, title slide first.
 * @param author The article's author, when known.
 * @returns The slides, address lists folded.
 */
export function foldAddressSlides(children: readonly RootContent[], author?: string): RootContent[] {
  const out: RootContent[] = []
  for (const node of children) {
    const previous = out[out.length - 1]
    const heading = node.type === 'slide' ? node.children.find((child): child is Heading => child.type === 'heading') : undefined
    const face = node.type === 'slide' ? node.children.filter((child) => child.type !== 'heading' && child.type !== 'notes') : []
    const addresses = face.length > 0 && face.every((child) => child.type === 'list' && child.children.every((item) => bareAddress.test(toString(item).trim())))
    if (node.type !== 'slide' || !heading || !addresses || !isBackMatter(toString(heading), author) || previous?.type !== 'slide' || previous.data?.attributes?.class?.includes('title-slide')) {
      out.push(node)
      continue
    }
    const kept = structuredClone(previous)
    addTitledNotes(kept, node, structuredClone(node.children.flatMap((child) => (child.type === 'heading' ? [] : child.type === 'notes' ? child.children : [child as BlockContent | DefinitionContent]))))
    out[out.length - 1] = kept
  }
  return out
}
