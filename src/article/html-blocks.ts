/**
 * Blocks of an article written in HTML that mean what Markdown would have said: a heading (`<h2 id=…>…</h2>`), a
 * picture (`<img src=… alt=…/>`, a JSX one too, or a MyST `{image}` directive), and a page's layout markup indented
 * inside a `<div>`, which Markdown reads as a code listing; also prose indented by mistake, and the empty anchors
 * (`<a id="chapter-1"></a>`) a heading carries for the page's links.
 */
import type { Code, Heading, Html, Image, Paragraph, Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * Whether a code block is indented (not fenced) and holds prose, not code: "\t\tNote: Establishing a data governance
 * committee… is an optional, but highly recommended step…" had been set as a listing in a monospace box.
 *
 * @param node A code block.
 * @param source The document's text.
 */
export function indentedProse(node: Code, source: string): boolean {
  const start = node.position?.start.offset
  const text = node.value.trim()
  if (node.lang || start === undefined || !/^(?: {4}|\t)/.test(source.slice(source.lastIndexOf('\n', start) + 1, start + 4))) return false
  return /^[\p{Lu}"“]/u.test(text) && /[.!?]["”]?$/.test(text) && text.split(/\s+/).length >= 8 && !/[{}<>;=$#\\|`_*]|\w\(|^\s*(?:[-+]|\d+\.)\s|\n\s*\n/m.test(text)
}

/**
 * Make paragraphs of the code blocks that are prose indented by mistake ({@link indentedProse}), at any depth (a note
 * under a list's item).
 *
 * @param tree The article (changed in place).
 * @param source The document's text.
 */
export function proseAsParagraphs(tree: Root, source: string): void {
  visit(tree, 'code', (node, index, parent) => {
    if (!parent || index === undefined || !indentedProse(node, source)) return
    parent.children[index] = { type: 'paragraph', children: [{ type: 'text', value: node.value.trim().replace(/\s*\n\s*/g, ' ') }], position: node.position } as never
  })
}

/**
 * Read the HTML an article writes around its prose as the prose it means: a `<div>` that wraps a paragraph
 * ({@link divParagraphs}) and a quotation's source in `<cite>` ({@link citeAttributions}).
 *
 * @param tree The article (changed in place).
 */
export function htmlProse(tree: Root): void {
  divParagraphs(tree)
  citeAttributions(tree)
  htmlRunInLabels(tree)
}

/**
 * Make a label a paragraph opens with in HTML bold, over a line break ("<b>Grease rails</b><br>" / "Use a wooden
 * spatula…"), the bold label Markdown would write: it had run into its sentence ("Grease rails Use a wooden spatula…").
 *
 * @param tree The article (changed in place).
 */
export function htmlRunInLabels(tree: Root): void {
  visit(tree, 'paragraph', (node) => {
    const [open, label, close, br] = node.children
    if (open?.type !== 'html' || !/^<(b|strong)>$/i.test(open.value.trim()) || label?.type !== 'text' || close?.type !== 'html' || !/^<\/(b|strong)>$/i.test(close.value.trim())) return
    const broken = br?.type === 'html' && /^<br\s*\/?>$/i.test(br.value.trim())
    node.children = [{ type: 'strong', children: [{ ...label }], position: label.position }, ...(broken ? [{ type: 'break' as const, position: br.position }] : []), ...node.children.slice(broken ? 4 : 3)]
  })
}

/**
 * Make the line of a block quote set in `<cite>` its attribution, "— Memorandum Opinion - United States of America vs
 * Google LLC", a paragraph of its own: it had run on after the quotation's last word, in the quotation's type.
 *
 * @param tree The article (changed in place).
 */
export function citeAttributions(tree: Root): void {
  visit(tree, 'blockquote', (node) => {
    // (Its closing tag may stand on a line of its own after it, "</cite>", a block of its own.)
    const closing = node.children.at(-1)?.type === 'html' && /^\s*<\/cite>\s*$/i.test((node.children.at(-1) as Html).value) ? 1 : 0
    const last = node.children.at(-1 - closing)
    if (last?.type !== 'paragraph') return
    const at = last.children.findIndex((child) => child.type === 'html' && /^<cite\b/i.test(child.value))
    if (at <= 0) return
    const said = last.children.slice(0, at).filter((child, index, all) => !(child.type === 'break' && index === all.length - 1))
    const source = last.children.slice(at).filter((child) => child.type !== 'html')
    if (source.length === 0 || said.length === 0) return
    const first = source[0]!
    const cited = first.type === 'text' ? [{ ...first, value: `— ${first.value.trimStart()}` }, ...source.slice(1)] : [{ type: 'text' as const, value: '— ' }, ...source]
    node.children = [...node.children.slice(0, -1 - closing), { ...last, children: said }, { type: 'paragraph', children: cited }]
  })
}

/**
 * Make paragraphs of the `<div>` blocks that hold one paragraph of prose, as a blog's export wraps them ("<div>\n The
 * solution is actually pretty simple. We need to give out 20+ year grants…\n</div>"): Markdown reads such a block as raw
 * HTML, which a face never shows, and a post's proposal had been in the notes only. Only a block whose tags are the
 * `<div>` and inline ones (`<span>`, `<a>`, `<em>`…), whose text is a sentence of eight words or more; the tags go.
 *
 * @param tree The article (changed in place).
 */
export function divParagraphs(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return
    const inner = /^\s*<div\b[^>]*>([\s\S]*?)<\/div>\s*$/i.exec(node.value)?.[1]
    if (inner === undefined || /<(?!\/?(?:span|a|em|strong|b|i|u|br|sup|sub|code|abbr|mark|small)\b)[^>]*>/i.test(inner)) return
    const text = inner.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+([.,;:!?])/g, '$1').replace(/\s+/g, ' ').trim()
    if (text.split(' ').length < 8 || !/[.!?:]["'”’)]?$/.test(text) || !/^[\p{Lu}"“‘(]/u.test(text)) return
    parent.children[index] = { type: 'paragraph', children: [{ type: 'text', value: text }], position: node.position } as never
  })
}

/**
 * A heading without its empty anchors, `### The Fight Against Racism <a id="chapter-1"></a>` (they show nothing on the
 * page and had shown as text in the titles made from it), and with its links unwrapped.
 *
 * @param node A block of the article.
 */
export function plainHeading(node: RootContent): RootContent {
  if (node.type !== 'heading' || !node.children.some((child) => child.type === 'html' || child.type === 'link')) return node
  // (And its links unwrapped, "# [La Gaceta de La Habana](https://github.com/…)": a title is no link on a slide.)
  const children = node.children.flatMap((child) => (child.type === 'link' ? child.children : [child])).filter((child, at, all) => {
    if (child.type !== 'html') return true
    const anchor = (value: string | undefined): boolean => /^<a\s+(?:id|name)\s*=\s*["'][^"']*["']\s*\/?>(?:\s*<\/a>)?$/i.test(value ?? '')
    const previous = all[at - 1]
    return !(anchor(child.value) || (/^<\/a>$/i.test(child.value) && previous?.type === 'html' && anchor(previous.value)))
  })
  const last = children[children.length - 1]
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.trimEnd() }
  return { ...node, children }
}

/**
 * Whether a code block is indented (not fenced) and holds HTML markup: a page's layout markup indented inside a
 * `<div>` ("    <p>As people arrive, we gather…</p>"), which is HTML, not a listing of code.
 *
 * @param node A code block.
 * @param source The document's text.
 */
export function indentedMarkup(node: Code, source: string): boolean {
  const start = node.position?.start.offset
  return !node.lang && start !== undefined && /^(?: {4}|\t)/.test(source.slice(source.lastIndexOf('\n', start) + 1, start + 4)) && /^<\/?[a-zA-Z][\w-]*[\s>/]/.test(node.value.trim())
}

/**
 * A heading written in HTML on a line of its own (`<h2 id='what-happens'>What happens at Chi Hack Night?</h2>`), as
 * the Markdown heading it is: it had been shown as a line under "Introduction (cont.)", and its section had no slide.
 *
 * @param node A block of the article.
 * @returns The heading, or `undefined` for any other block.
 */
export function htmlHeading(node: RootContent): Heading | undefined {
  const match = node.type === 'html' ? /^<h([1-6])\b[^>]*>((?:(?!<\/?h[1-6]\b)[\s\S]){1,200})<\/h\1>$/i.exec(node.value.trim()) : null
  if (!match) return undefined
  const text = match[2]!.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim()
  return text === '' ? undefined : { type: 'heading', depth: Number(match[1]) as Heading['depth'], children: [{ type: 'text', value: text }], position: node.position }
}

/**
 * A picture written in HTML on its own (`<img src="./timeline.png" … alt="Timeline of GCN history" />`, alone in its
 * block or its paragraph), as the Markdown picture it is: a picture the deck cannot show is then known as one (an
 * "Introduction" of nothing but a missing picture had been an empty slide).
 *
 * @param node A block of the article.
 * @returns A paragraph holding the picture, or `undefined` for any other block.
 */
export function htmlPicture(node: RootContent): Paragraph | undefined {
  const value = node.type === 'html' ? node.value : node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'html' ? node.children[0]!.value : undefined
  const tag = value === undefined ? null : /^<img\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>$/i.exec(value.trim())
  if (!tag) return undefined
  const attribute = (name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag[1]!)?.slice(1).find((found) => found !== undefined)
  const url = attribute('src')
  if (!url) return undefined
  const image: Image = { type: 'image', url, alt: attribute('alt') ?? '', title: null, position: node.position }
  return { type: 'paragraph', children: [image], position: node.position }
}

/**
 * A picture in an HTML `<figure>` whose `<figcaption>` is prose, not a label: "<figure><img src=…/><figcaption><div
 * class="figure-title">Table A Insert Performance Over 1 Hour</div> In one hour, I was able to insert 113 million
 * rows…</figcaption></figure>". The picture as Markdown's, then the caption as a paragraph (its title, if it has one,
 * the paragraph's bold label; else each part a paragraph of its own), so that a benchmark's results are read as the
 * article's text: the whole figure had gone to the notes, its picture unavailable.
 *
 * @param node A block of the article.
 * @returns The picture's paragraph and its caption's, or `undefined` for any other block or a short caption.
 */
export function figurePicture(node: RootContent): Paragraph[] | undefined {
  if (node.type !== 'html') return undefined
  const figure = /^\s*<figure\b[^>]*>\s*(<img\b(?:[^>"']|"[^"]*"|'[^']*')*\/?>)\s*<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>\s*<\/figure>\s*$/i.exec(node.value)
  const picture = figure ? htmlPicture({ type: 'html', value: figure[1]!, position: node.position }) : undefined
  if (!figure || !picture) return undefined
  const parts = figure[2]!.split(/<\/?(?:div|p|br)\b[^>]*>/i).map((part) => part.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()).filter((part) => part !== '')
  // (A caption of a few words is the picture's label, as it was.)
  if (parts.join(' ').split(' ').length < 15 || !parts.some((part) => /[.!?]["'”’)]*$/.test(part) && /\s/.test(part))) return undefined
  // (A title over the caption's text labels it, as a bold run-in label does: "Table A Insert Performance Over 1 Hour" had
  // gone to the notes, and its result stood under the next heading, "Table B".)
  const [title, ...rest] = parts
  if (rest.length > 0 && !/[.!?:]["'”’)]*$/.test(title!) && title!.split(' ').length <= 10) {
    return [picture, { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${title!}:` }] }, { type: 'text', value: ` ${rest.join(' ')}` }], position: node.position }]
  }
  return [picture, ...parts.map((part): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: part }], position: node.position }))]
}

/**
 * A picture written as a MyST directive (Jupyter Book, MyST Markdown): "```{image} ../images/session.jpg" with its
 * `:alt:` option, or a `{figure}` with its caption under the options, as the Markdown picture (and caption) it is —
 * the options had been shown as a listing.
 *
 * @param node A block of the article.
 * @returns The picture's paragraph and its caption's, or `undefined` for any other block.
 */
export function directivePicture(node: RootContent): Paragraph[] | undefined {
  if (node.type !== 'code' || !/^\{(?:image|figure)\}$/.test(node.lang ?? '') || !node.meta?.trim()) return undefined
  const lines = node.value.split('\n')
  const alt = lines.find((line) => /^:alt:/.test(line.trim()))?.trim().replace(/^:alt:\s*/, '') ?? ''
  const caption = lines.filter((line) => !/^:[\w-]+:/.test(line.trim())).join(' ').trim()
  const image: Image = { type: 'image', url: node.meta.trim(), alt, title: null, position: node.position }
  const picture: Paragraph = { type: 'paragraph', children: [image], position: node.position }
  return caption === '' ? [picture] : [picture, { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: caption }] }], position: node.position }]
}

/**
 * A line break is a space between the words it parts, in the text the article's stages read: "PHASE 1: INITIAL
 * OUTREACH" and "Timeline:" on the next line had read "OUTREACHTimeline" (the break itself stays, for the face).
 *
 * @param tree The article.
 */
export function spaceAfterBreaks(tree: Root): void {
  // (A bold label over its text, "**Example 1**<br>Shaun is a Veteran…", labels it: "Example 1: Shaun…", not "Example 1 Shaun…".)
  visit(tree, 'paragraph', (paragraph) => {
    const [label, between, after] = paragraph.children
    const broken = between?.type === 'break' || (between?.type === 'html' && /^<br\s*\/?>$/i.test(between.value.trim()))
    const words = label?.type === 'strong' ? label.children.map((child) => ('value' in child ? child.value : '')).join('').trim() : ''
    if (label?.type === 'strong' && broken && words !== '' && words.split(/\s+/).length <= 6 && !/[.:!?]$/.test(words) && after?.type === 'text') label.children.push({ type: 'text', value: ':' })
  })
  visit(tree, 'break', (_, index, parent) => {
    const next = index === undefined ? undefined : parent?.children[index + 1]
    if (parent && index !== undefined && !(next?.type === 'text' && /^\s/.test(next.value))) parent.children.splice(index + 1, 0, { type: 'text', value: '\n' })
  })
}

/**
 * Whether a block is a page's own style sheet or script (`<style>#maincontent{…}</style>`): it dressed the page the
 * article was published on, and says nothing a talk would (it had opened an empty "Introduction").
 *
 * @param node A block of the article.
 */
export function isPageStyle(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<(style|script)\b[^>]*>[\s\S]*<\/\1>\s*$/i.test(node.value)
}

/**
 * A block of HTML without the page's placing in its inline styles (`style="position: relative; top:40pt;"`, a negative
 * margin, a stacking order): set for the page it ran on, they laid a figure's heading over its caption on a slide.
 * Colours, alignment and sizes stay.
 *
 * @param node A block of the article.
 */
export function withoutPagePlacing<T extends RootContent>(node: T): T {
  if (node.type !== 'html' || !/\bstyle\s*=/i.test(node.value)) return node
  const placing = /^\s*(?:position|top|left|right|bottom|z-index|margin(?:-top|-bottom|-left|-right)?|float|transform)\s*:/i
  const value = node.value.replace(/(\sstyle\s*=\s*)(["'])(.*?)\2/gis, (_, attribute: string, quote: string, style: string) => {
    const kept = style.split(';').filter((rule) => rule.trim() !== '' && !placing.test(rule)).join(';').trim()
    return kept === '' ? '' : `${attribute}${quote}${kept}${quote}`
  })
  return { ...node, value }
}

/** The words of a block of HTML without its tags, spaced as read: "<b>Table 2: The 10 most…</b>" → "Table 2: The 10 most…". */
export function htmlText(node: Html): string {
  return node.value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * Whether a block of HTML is a body of prose: two or more paragraphs, lists or headings, the block's first opening it
 * (`<p>This statement from the Local Public Data Panel…</p>\n<ul><li>…`), as a page's text exported from an older
 * site is. The one test for both reading it as Markdown (`remark-html-blocks.ts`) and counting its words as prose
 * (`prose-share.ts`).
 */
export function isHtmlBody(node: RootContent): node is Html {
  return node.type === 'html' && /^\s*<(?:p|ul|ol|h[1-6])\b[^>]*>[\s\S]*<\/(?:p|ul|ol|h[1-6])>\s*<(?:p|ul|ol|h[1-6])\b/i.test(node.value)
}

/**
 * A picture and the lines under it written as one paragraph ("![…](…)" / "Credit: The Conversation/Reuters" / "An
 * example of photojournalists…"): the picture, then its caption as a paragraph of its own, which goes where captions
 * go (a blind reader of set 299 found "Credit: The Conversation/Reuters An example of…" a bullet).
 *
 * @param tree The article (changed in place).
 */
export function pictureOverLines(tree: Root): void {
  tree.children = tree.children.flatMap((node) => {
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'image') return [node]
    const [picture, next, ...rest] = node.children
    if (next?.type !== 'text' || !/^\s*\n\s*\S/.test(next.value) || rest.some((child) => child.type === 'image')) return [node]
    const caption: Paragraph = { type: 'paragraph', children: [{ ...next, value: next.value.replace(/^\s+/, '') }, ...rest] }
    return [{ ...node, children: [picture!] }, caption]
  })
}
