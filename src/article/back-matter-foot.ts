/**
 * The foot of a talk's last slide: a sub-heading of back matter under the closing section ("Afterword", then "License"
 * over "Creative Commons Zero"), its lines a page's furniture rather than the close. They leave the face for the notes.
 */
import type { BlockContent, DefinitionContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Slide } from '../types.js'
import { addNotes, isBackMatter } from './back-matter.js'

/**
 * Take a back-matter sub-heading and what follows it off the face of the last slide, when something else is on that
 * face before it; its heading goes to the slide's notes.
 *
 * @param children The condensed slides, back matter folded.
 * @param author The article's author, when known.
 * @returns The slides, the last one's foot in its notes.
 */
export function foldBackMatterFoot(children: readonly RootContent[], author?: string): RootContent[] {
  const last = children.findLastIndex((node) => node.type === 'slide')
  const slide = children[last] as Slide | undefined
  if (!slide) return [...children]
  const face = slide.children.filter((child) => child.type !== 'notes')
  const foot = face.findIndex((child, index) => index > 1 && child.type === 'heading' && isBackMatter(toString(child), author) && face.slice(1, index).some((before) => before.type !== 'heading'))
  if (foot === -1 || face.slice(foot + 1).some((child) => child.type === 'heading')) return [...children]
  const cut = face.slice(foot)
  const kept: Slide = { ...slide, children: slide.children.filter((child) => !(cut as readonly RootContent[]).includes(child)) }
  // (What the notes already say once, a paragraph the face showed, is not said twice; a list the face showed is added.)
  const said = toString({ type: 'root', children: slide.children.filter((child) => child.type === 'notes') } as Root)
  const unsaid = cut.slice(1).filter((child) => !said.includes(toString(child))) as Array<BlockContent | DefinitionContent>
  addNotes(kept, [{ type: 'paragraph', children: [{ type: 'text', value: toString(cut[0]!) }] }, ...structuredClone(unsaid)])
  return children.map((node, index) => (index === last ? kept : node))
}
