/**
 * rehype plugin: keep each element's raw HTML balanced, so that no raw tag
 * of the source reaches outside the element it was written in. A page's
 * layout markup copied into Markdown — `<div class='row'>` opened in one
 * block and `</div>` written three slides later, the lines between read as
 * code because they were indented — had closed the deck's own
 * `<div class="slides">`: every slide after it was drawn on one page, off
 * the edges. Within each element, a closing tag with no opening tag before
 * it goes, and a tag left open is closed at the element's end (before a
 * slide's speaker notes). A `<div>` opened and closed in one slide, around
 * Markdown between them, is kept as written.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'

/** Elements that have no end tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** Elements whose end tag HTML lets a writer leave out: the parser closes them, and a stray one is harmless. */
const optionalEnd = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rt', 'rp', 'html', 'head', 'body'])

/** A tag, a comment, or an element whose content is not markup (`<script>`, `<style>`, `<textarea>`, `<pre>`'s are markup). */
const token = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g

/**
 * Balance one run of raw HTML strings against a stack of tags opened before them in the same element.
 *
 * @param value The raw HTML.
 * @param open The tags open so far (changed in place).
 * @returns The HTML without its stray closing tags.
 */
export function balanceRaw(value: string, open: string[]): string {
  return value.replace(token, (match: string, _content: string | undefined, slash: string | undefined, name: string | undefined, selfClosing: string | undefined) => {
    if (name === undefined) return match
    const tag = name.toLowerCase()
    if (voidElements.has(tag) || optionalEnd.has(tag)) return match
    if (!slash) {
      if (!selfClosing) open.push(tag)
      return match
    }
    const at = open.lastIndexOf(tag)
    if (at === -1) return ''
    // (Tags opened inside it and never closed close with it, as a browser closes them.)
    const inner = open.splice(at)
    return inner
      .slice(1)
      .reverse()
      .map((name) => `</${name}>`)
      .join('') + match
  })
}

/** Balance the raw children of one element (or the root), and then of each element below it. */
function balanceChildren(parent: Root | Element): void {
  const open: string[] = []
  for (const child of parent.children as Array<RootContent | ElementContent>) {
    if (child.type === 'raw') child.value = balanceRaw(child.value, open)
    else if (child.type === 'element') balanceChildren(child)
  }
  if (open.length === 0) return
  const closers = { type: 'raw' as const, value: [...open].reverse().map((name) => `</${name}>`).join('') }
  // (Before a slide's speaker notes: the notes are never inside the writer's markup.)
  const children = parent.children as Array<RootContent | ElementContent>
  const notes = children.findIndex((child) => child.type === 'element' && child.tagName === 'aside' && String(child.properties.className ?? '').includes('notes'))
  children.splice(notes === -1 ? children.length : notes, 0, closers)
}

/** Balance the raw HTML of every element of the tree. */
export function rehypeBalanceRaw() {
  return function (tree: Root): void {
    balanceChildren(tree)
  }
}
