/**
 * rehype plugin: give the layouts that need more than a class the elements
 * the themes style (see `remark-layouts.ts` for how a slide gets its
 * layout): two columns (`div.layout-columns > div.layout-column`) for the
 * `two-columns` and `image-beside` layouts, a `<figure>` with the picture's
 * description as its caption for `image`, and the attribution of a quote
 * ("— Mike Judge") as a line of its own for `quote` (and for a title that is
 * an attributed quotation, `quote-heading`); a table's column name of one long word (`th.long-name`), which
 * alone may break anywhere; and a heading's spaced dash kept at the end of its line.
 */
import type { Element, ElementContent, Root, Text } from 'hast'
import { visit } from 'unist-util-visit'

/**
 * Shape every laid-out slide's elements for its layout.
 */
export function rehypeLayouts() {
  return function (tree: Root): void {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'th') longName(node)
      if (/^h[1-3]$/.test(node.tagName)) dashKept(node)
      if (node.tagName !== 'section') return
      const names = classList(node)
      if (names.includes('layout-image')) figures(node)
      if (names.includes('layout-two-columns') || names.includes('layout-image-beside')) columns(node)
      // (In any other layout only a dash line that is already a paragraph of its own is marked: no new line is made.)
      attributions(node, names.includes('layout-quote'))
      if (names.includes('layout-quote-heading')) headingAttribution(node)
    })
  }
}

function classList(node: Element): string[] {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? String(value).split(' ') : []
}

function isElement(node: ElementContent | undefined): node is Element {
  return node?.type === 'element'
}

/** Whether an element ends the face: the notes, or the slide's footnotes. */
function isTrailer(node: ElementContent): boolean {
  return isElement(node) && ((node.tagName === 'aside' && classList(node).includes('notes')) || classList(node).includes('footnotes'))
}

/**
 * Put the blocks after the heading in two columns: the second starts at the
 * element with class `column-start`, and the notes stay outside.
 */
function columns(section: Element): void {
  const children = section.children
  const start = children.findIndex((child) => isElement(child) && classList(child).includes('column-start'))
  if (start === -1) return
  const first = children.findIndex((child) => isElement(child))
  const headed = isElement(children[first]) && /^h[1-6]$/.test((children[first] as Element).tagName)
  const from = headed ? first + 1 : first
  let end = children.findIndex((child, index) => index > start && isTrailer(child))
  if (end === -1) end = children.length
  const column = (nodes: ElementContent[]): Element => ({ type: 'element', tagName: 'div', properties: { className: ['layout-column'] }, children: nodes })
  const wrapper: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['layout-columns'] },
    children: [column(children.slice(from, start)), column(children.slice(start, end))]
  }
  section.children = [...children.slice(0, from), wrapper, ...children.slice(end)]
}

/** Turn a paragraph that holds only a picture into a `<figure>`, its description (`alt`) as the caption. */
function figures(section: Element): void {
  section.children = section.children.map((child) => {
    if (!isElement(child) || child.tagName !== 'p') return child
    const content = child.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
    const [only] = content
    if (content.length !== 1 || !isElement(only)) return child
    const image = only.tagName === 'img' ? only : only.tagName === 'a' && only.children.length === 1 && isElement(only.children[0]) && only.children[0].tagName === 'img' ? only.children[0] : undefined
    if (!image) return child
    const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : ''
    const caption: Element[] = alt ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: alt }] }] : []
    const figure: Element = { type: 'element', tagName: 'figure', properties: { className: ['layout-figure', ...classList(child)] }, children: [only, ...caption] }
    return figure
  })
}

/** An attribution at the end of a quote: "— Name", "-- Name" or " - Name". */
const attribution = /\s+(?:[—–]|-{1,2})\s*(\p{Lu}[^—–\n]{1,60})$/u

/** Give a quote's closing attribution a line of its own (`p.attribution`); `split`: also one at the end of its last sentence. */
function attributions(section: Element, split: boolean): void {
  visit(section, 'element', (node) => {
    if (node.tagName !== 'blockquote') return
    const paragraphs = node.children.filter(isElement).filter((child) => child.tagName === 'p')
    const last = paragraphs[paragraphs.length - 1]
    const tail = last?.children[last.children.length - 1]
    if (!last || tail?.type !== 'text') return
    // A paragraph of its own that is a dash and a name with roles ("—Nathan Gardels; Editor-in-Chief, Noema Magazine")
    // is the attribution already on its own line.
    if (paragraphs.length > 1 && last.children.length === 1 && /^\s*(?:[—–]|-{1,2})\s*\p{Lu}[^—–\n]{1,160}$/u.test(tail.value) && tail.value.trim().split(/\s+/).length <= 17 && !/[.!?]$/.test(tail.value.trim())) {
      last.properties = { ...last.properties, className: ['attribution'] }
      return
    }
    if (!split) return
    const match = attribution.exec(tail.value)
    // A name is short: a dash inside a sentence ("– they are not…") is not an attribution.
    if (!match || match[1]!.split(/\s+/).length > 6 || /[.!?,;:]$/.test(match[1]!.trim())) return
    const before = tail.value.slice(0, match.index)
    if (before.trim() === '' && last.children.length === 1) return
    const text: Text = { type: 'text', value: `— ${match[1]!.trim()}` }
    tail.value = before
    node.children.push({ type: 'element', tagName: 'p', properties: { className: ['attribution'] }, children: [text] })
  })
}

/** Give the speaker of a title that is an attributed quotation ("… - Dana Brunson") a line of its own (`span.attribution`). */
function headingAttribution(section: Element): void {
  const heading = section.children.find(isElement)
  if (!heading || !/^h[1-6]$/.test(heading.tagName)) return
  const tail = heading.children[heading.children.length - 1]
  if (tail?.type !== 'text') return
  const match = attribution.exec(tail.value)
  if (!match || match[1]!.split(/\s+/).length > 4 || /[.!?,;:]$/.test(match[1]!.trim())) return
  const before = tail.value.slice(0, match.index)
  if (before.trim() === '' && heading.children.length === 1) return
  tail.value = before
  heading.children.push({ type: 'text', value: ' ' }, { type: 'element', tagName: 'span', properties: { className: ['attribution'] }, children: [{ type: 'text', value: `— ${match[1]!.trim()}` }] })
}

/** Characters of a word in a column's name past which it may break anywhere: "OAL_SOURCE_REF_SUM". */
const longWord = 14

/**
 * Mark a column name that holds a word too long for a column (`th.long-name`): it breaks anywhere, where a name of
 * words breaks between them ("IS IT CORE?" had broken as "COR" / "E?", which the height model does not expect).
 */
function longName(cell: Element): void {
  const text = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '')
  // (Or a name in code, of eleven characters or more: "primary_topic", "s2SourceRef".)
  if (!cell.children.map(text).join('').split(/\s+/).some((word) => word.length > longWord || (word.length > 10 && /[_\d]|\p{Ll}\p{Lu}/u.test(word)))) return
  cell.properties = { ...cell.properties, className: [...classList(cell), 'long-name'] }
}

/**
 * Keep a heading's spaced dash with the word before it ("PS4 Controller Hack -" / "Adding Auto-Run"): a line of a title
 * never opens on a dash. The space before the dash becomes a no-break space; a word with a hyphen before digits
 * ("Latin-1") is set whole (`span.nowrap`).
 */
function dashKept(heading: Element): void {
  visit(heading, 'text', (node: Text) => {
    node.value = node.value.replace(/(\S) ([-–—])(?= )/g, '$1\u00a0$2')
  })
  // (Nor a line open on a name's digits after its hyphen: "Breaking our Latin-" / "1 assumptions": the word is set in a
  // `span.nowrap`, so that a copy of the title keeps its characters.)
  visit(heading, 'text', (node: Text, index, parent) => {
    const parts = node.value.split(/(\S*\p{L}-\d{1,4}(?!\d)\S*)/u)
    if (parts.length === 1 || !parent || index === undefined) return
    const pieces: ElementContent[] = parts.flatMap((part, at): ElementContent[] => (part === '' ? [] : at % 2 === 1 ? [{ type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: part }] }] : [{ type: 'text', value: part }]))
    parent.children.splice(index, 1, ...pieces)
    return index + pieces.length
  })
}
