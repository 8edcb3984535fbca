/**
 * Source normalisation before parsing: line ends, byte-order mark, the
 * Pandoc/Quarto `::: notes` and `::: incremental` containers rewritten into comment markers that
 * CommonMark keeps as their own blocks, kramdown's attribute lists (`{: .class}`) dropped, `##Heading` without its space read as a heading, and list items indented absurdly
 * deep pulled back (parsing 1,000 nested lists takes minutes), Nikola's metadata comment read as front
 * matter, bookdown's part headings, index entries and box fences dropped and Pandoc's lettered lists bulleted
 * (`bookdown.ts`), Jekyll's, Hexo's and Zola's template tags read (`liquid-tags.ts`), definition lists as terms in bold (`definition-lists.ts`). Line numbers
 * never change.
 */
import { numberedNotes } from './numbered-notes.js'
import { shallowSublists } from './list-indent.js'
import { anyFence, bookdownMarkup, fenceStep } from './bookdown.js'
import { liquidTags } from './liquid-tags.js'
import { jsonFrontMatter } from './json-front-matter.js'
import { definitionLists } from './definition-lists.js'
import { nextPartLink } from '../text/boilerplate-lines.js'

/** Marker that opens a notes container after {@link normalizeSource}. */
export const notesOpenMarker = '<!-- lectern:notes -->'
/** Marker that closes a notes container after {@link normalizeSource}. */
export const notesCloseMarker = '<!-- /lectern:notes -->'
/** Marker that opens an `::: incremental` container (its lists show item by item) after {@link normalizeSource}. */
export const incrementalOpenMarker = '<!-- lectern:incremental -->'
/** Marker that closes an `::: incremental` container after {@link normalizeSource}. */
export const incrementalCloseMarker = '<!-- /lectern:incremental -->'

/** The containers {@link normalizeSource} rewrites, by name: their opening and closing markers. */
const containerMarkers: Record<string, readonly [string, string]> = {
  notes: [notesOpenMarker, notesCloseMarker],
  incremental: [incrementalOpenMarker, incrementalCloseMarker]
}

/**
 * Deepest indentation, in columns, of a list item: 32 levels of `- ` lists,
 * 16 of lists indented by four. Deeper items are moved to this column, so
 * they become siblings at that depth.
 */
export const maxListIndent = 64

const listItem = /^([ \t]+)(?=(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$))/
/** Class names of a container that holds a page's chrome rather than the article: buttons, further information, sharing, licence. */
const pageChrome = /^(?:[\w-]*-)?(?:btn|button|further-info|share|social|subscribe|newsletter|related|license|licence|citation|cite-as|author-bio|about-author)(?:-[\w-]*)?$/i
const fenceOpen = /^ {0,3}:{3,}\s*(?:\{\s*\.?([\w-]+)[^}]*\}|([\w-]+))?\s*$/
/** A line with Hugo's shortcodes made Markdown: `ref` links to their page, `img`/`figure` to a picture, a lone frame to nothing. */
function hugoShortcodes(line: string): string {
  let out = line.replace(/\(\s*\{\{[<%]\s*(?:rel)?ref\s+"([^"]*)"\s*[>%]\}\}\s*\)/g, '($1)')
  out = out.replace(/\{\{<\s*(?:img|figure)\b([^>]*)>\}\}/g, (whole, attributes: string) => {
    const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1]
    const alt = /\b(?:alt|caption|title)="([^"]*)"/.exec(attributes)?.[1] ?? ''
    // (An address with a space in it, "images/…ENA624_20 cropped.jpg", in angle brackets, as CommonMark takes it.)
    return src ? `![${alt}](${/\s/.test(src) ? `<${src}>` : src})` : whole
  })
  // (A picture around its caption, `{{< image src="…" >}}Winter Fellows with [Hillary Clinton](…) in Derry{{< /image >}}`: the
  // picture, its caption as its alt text; a slide had shown the shortcode whole.)
  out = out.replace(/\{\{<\s*(image|img|figure)\b([^>]*)>\}\}([\s\S]*?)\{\{<\s*\/\s*\1\s*>\}\}/g, (whole, _name: string, attributes: string, caption: string) => {
    const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1]
    const alt = caption.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[[\]]/g, '').trim()
    return src ? `![${alt}](${/\s/.test(src) ? `<${src}>` : src})` : whole
  })
  return /^\s*\{\{[<%]\s*\/?[\w-]+[^}]*[>%]\}\}\s*$/.test(out) ? '' : out
}

/**
 * Blank the lines of a Hugo shortcode that only the site's text or print version shows (`{{< wrap class="txt-only" >}}`
 * … `{{</ wrap >}}`, a figure drawn again in characters: "⩩---⟩", "| FIGURE. A faded ink stamp…"): a slide had shown
 * them as bullets. The lines stay, empty, so that positions do not move.
 */
function hugoTextOnly(lines: string[]): void {
  for (let index = 0; index < lines.length; index++) {
    const open = /^\s*\{\{<\s*([\w-]+)\b[^>]*\bclass="[^"]*\b(?:txt|text|print|pdf)-only\b[^"]*"[^>]*>\}\}\s*$/.exec(lines[index]!)
    if (!open) continue
    const close = lines.findIndex((line, at) => at > index && new RegExp(`^\\s*\\{\\{<\\s*/\\s*${open[1]}\\s*>\\}\\}\\s*$`).test(line))
    if (close === -1) continue
    for (let at = index; at <= close; at++) lines[at] = ''
    index = close
  }
}

/** WordPress's click-to-tweet shortcode around a sentence (the plugin's `[Tweet "…"]`). */
const clickToTweet = /\[tweet\s+"([^"\]]+)"\s*\]/gi

/** A row of a table written with pipes at both ends, and the row under a table's header. */
const pipeRow = /^ {0,3}\|.*\|\s*$/
const delimiterRow = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/
/** A line that is only a kramdown attribute list or extension: `{:refdef}`, `{: .class #id}`, `{::comment}`. */
const kramdownBlock = /^ {0,3}(?:> ?)*\{::?[^{}\n]*\}\s*$/
/** A kramdown attribute list at the end of a line, after what it styles: `![Map](map.png){: .center}`. */
const kramdownSpan = /(?<=\S)\{:\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}]+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}]+)))*\s*\}\s*$/
/**
 * An attribute list right after a link or a picture, anywhere in a line: kramdown's `[link](url){:target="_blank"}`,
 * Pandoc's and markdown-it's `![](kombu.jpg){.image-medium .center alt="A pack of dried kombu"}` (a deck showed them).
 */
const attributesAfterLink = /(?<=[)\]])(?:\{:?\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}]+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}]+)))*\s*\})+/g
/** A line's `**` that opens bold but has a space after it, its closing `**` glued to the last word: the space moved before it. */
function looseBold(line: string): string {
  return line.replace(/(?<=\S)\*\* (?=\S)([^*\n]*?\S)\*\*(?![*\w])/g, (match: string, inner: string, offset: number) => ((line.slice(0, offset).match(/\*\*/g)?.length ?? 0) % 2 === 0 ? ` **${inner}**` : match))
}

/** Marked text: `==…==` around words, not an operator (`a == b`) nor a line of equals signs. */
const highlight = /(?<![=\w`])==(?=[^\s=])([^=\n`]+?)(?<=[^\s=])==(?![=\w`])/g
/** A template's function called with a page's path in quotes, in the prose: `{{ macros.page_link("manual/coc", page, site) }}`. */
const pageCall = /(?<![("'=/])\{\{-?\s*[\w.]+\(\s*["']([\w./-]+)["'][^{}]*\)\s*-?\}\}/g
/** A site generator's variable in a link's or a picture's address: `![…]({{ site.images_path }}/pudding.jpg)`. */
const liquidInAddress = /(?<=\]\()\s*\{\{[^{}]*\}\}\/?/g
/** The path a site generator's filter is given in quotes: `{{ '/img/hero/tolstoy.png' | url }}` is `/img/hero/tolstoy.png`. */
const quotedPath = /^\s*\{\{\s*['"]([^'"{}\s]+)['"]\s*\|/
/** The same in raw HTML, `<img src="{{ site.baseurl }}/assets/img/…png">`: a path of the site (`/assets/img/…png`). */
const liquidInAttribute = /(?<=\b(?:src|href)=["'])\s*\{\{[^{}]*\}\}\/?/g
/** Words of a line. */
function countWordsIn(line: string): number {
  return line.trim().split(/\s+/).filter(Boolean).length
}

/** Front matter between lines of four dashes or more (Hakyll's and others' `----`). */
const longDashes = /^-{4,}\s*$/

/** `##Title`: two to six hashes and a capital, no space between (one hash and a capital is a hashtag: `#TBT`). */
const closedHeading = /^#{2,6}\p{Lu}/u

/** A Pandoc inline note, `^[…]` (brackets inside it in pairs). */
const inlineNote = /\^\[((?:[^[\]]|\[[^[\]]*\])+)\]/g

/**
 * Normalise a Markdown source: drop a UTF-8 byte-order mark, turn CRLF and
 * lone CR into LF, and rewrite `::: notes` … `:::` fences into
 * {@link notesOpenMarker} / {@link notesCloseMarker} lines and `:::
 * incremental` (or `::: {.incremental}`) fences into
 * {@link incrementalOpenMarker} / {@link incrementalCloseMarker} lines.
 * The fences of any other named container become blank lines (its content
 * reads as if unfenced); a `:::` that closes nothing is left as written.
 * Pandoc's inline notes (`^[…]`) become footnotes defined after the last line.
 *
 * In plain text (`plainText`), an inline note is a number in brackets, "[1]", and its line "[1] …" after the last, as a
 * copied page has its notes: a Markdown footnote's definition had been a bullet, ": I later found out…".
 *
 * @param text The source as read.
 * @param plainText Whether the source is a plain-text article.
 * @returns The normalised source: its lines keep their numbers.
 */
export function normalizeSource(text: string, plainText = false): string {
  return normalize(text, plainText).text
}

/**
 * The 1-based lines whose list items {@link normalizeSource} moves back to
 * {@link maxListIndent}, for a warning.
 *
 * @param text The source as read.
 */
export function deepListLines(text: string): number[] {
  return normalize(text).clamped
}

function normalize(text: string, plainText = false): { text: string; clamped: number[] } {
  // (A byte-order mark inside a word, "T\uFEFFo find out more", had shown as "T o".)
  const lines = text.replace(/\uFEFF/g, '').replace(/\r\n?/g, '\n').split('\n')
  // The closing marker of each open `:::` container (blank for a container Lectern does not know).
  const stack: string[] = []
  const clamped: number[] = []
  const notes: string[] = []
  let inCode: string | undefined
  // Fences at any indentation (inside lists and quotes too): their lines are code, never clamped.
  let inAnyCode: string | undefined
  nikolaMetadata(lines)
  if (plainText) numberedNotes(lines)
  jsonFrontMatter(lines)
  liaScript(lines)
  bookdownMarkup(lines)
  liquidTags(lines)
  definitionLists(lines)
  hugoTextOnly(lines)
  pictureBeforeText(lines)
  wrappedLines(lines)
  shallowSublists(lines)
  displayMath(lines)
  // ("----" / "title: …" / "----": front matter all the same.)
  const close = longDashes.test(lines[0] ?? '') ? lines.findIndex((line, at) => at > 1 && at < 80 && /^-{3,}\s*$/.test(line)) : -1
  if (close > 0 && /^[\w-]+:/.test(lines[1] ?? '')) [lines[0], lines[close]] = ['---', '---']

  // R Markdown's setup chunk that hides every chunk's code (`knitr::opts_chunk$set(echo = FALSE)`): each chunk that does not
  // ask for its code shows only its output, as if it said `echo=FALSE` (a report's plotting code had filled eight slides).
  // (So does Quarto's front matter, `execute:` / `  echo: false`, for every chunk: a course report's hidden plotting code had
  // been its first slide.)
  const frontEnd = lines[0] === '---' ? lines.findIndex((line, at) => at > 0 && /^(?:---|\.\.\.)\s*$/.test(line)) : -1
  const quartoHides = frontEnd > 0 && lines.slice(1, frontEnd).some((line, at, front) => /^\s+echo:\s*false\b/.test(line) && front.slice(0, at).findLast((above) => /^\S/.test(above))?.startsWith('execute:') === true)
  if (quartoHides || lines.some((line) => /opts_chunk\$set\([^)]*\becho\s*=\s*(?:FALSE|F)\b/.test(line))) {
    for (const [at, line] of lines.entries()) if (/^\s*(?:`{3,}|~{3,})\s*\{(?:r|python|julia|ojs)\b[^}]*\}/.test(line) && !/\becho\s*=/.test(line)) lines[at] = line.replace(/\}/, ', echo=FALSE}')
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const any = anyFence.exec(line)
    if (inAnyCode) {
      if (any && any[1]![0] === inAnyCode[0] && any[1]!.length >= inAnyCode.length) inAnyCode = undefined
    } else if (any) {
      inAnyCode = any[1]
    } else {
      // Hugo's shortcodes: a link's `({{< ref "page/" >}})` is the page's address, a picture's `{{< img src=… alt=… >}}`
      // is a picture, and any other shortcode alone on its line (`{{< note … >}}`, `{{< /note >}}`) frames its content.
      if (line.includes('{{')) lines[index] = hugoShortcodes(line)
      // WordPress's click-to-tweet shortcode, `[Tweet "Thinking about what I would say… helped me decide"]`: its sentence.
      if (/\[tweet\s/i.test(lines[index]!)) lines[index] = lines[index]!.replace(clickToTweet, '$1')
      // Kramdown's attribute lists ("{:refdef style=…}", "{: .center}", "{::options …/}") style the page; they are no text.
      // ("3. Public consensus:** Public Relations and Marketing design**": bold opened before its space, which CommonMark shows as
      // asterisks; the space goes before it.)
      if (lines[index]!.includes('** ')) lines[index] = looseBold(lines[index]!)
      // A highlight of Python-Markdown's and Pandoc's, `==Your privacy is up for grabs==`, is the writer's marked claim: bold.
      if (lines[index]!.includes('==')) lines[index] = lines[index]!.replace(highlight, '**$1**')
      // (So is the list item a `{:toc}` turns into the page's contents, "- TOC", "* Table of Contents".)
      if (/^\s*\{:\s*toc\s*\}\s*$/i.test(lines[index]!) && index > 0 && /^\s*(?:[-*+]|1[.)])\s+\S/.test(lines[index - 1]!)) lines[index - 1] = ''
      if (kramdownBlock.test(lines[index]!)) lines[index] = ''
      else if (kramdownSpan.test(lines[index]!)) lines[index] = lines[index]!.replace(kramdownSpan, '')
      // (A link whose words are a site variable, `[{{ site.content_updates_inbox }}](mailto:{{ … }})`, names nothing the deck can know.)
      // (So does a site variable in the prose, "{{site.data.about.primary}} We think we have…".)
      // (A template's call that links a page by its path, `{{ macros.page_link("manual/coc", page, site) }}`, names the page by that path's last part.)
      if (lines[index]!.includes('{')) lines[index] = lines[index]!.replace(pageCall, (_, page: string) => page.replace(/\/+$/, '').split('/').pop()!.replace(/\.\w+$/, '')).replace(/\[\s*\{\{[^{}]*\}\}\s*\]\([^)]*\)/g, '').replace(/(?<![("'=/])\{\{\s*(?:site|page|layout)\.[\w.]+\s*\}\}\s?/g, '').replace(attributesAfterLink, '').replace(liquidInAddress, (expression) => quotedPath.exec(expression)?.[1] ?? '').replace(liquidInAttribute, '/')
      // ("-According to the UNICEF report 2019, …" between "- Pneumonia is…" and "-Most deaths…": an item whose space after its dash was lost, among items that have one.)
      if (/^-\p{Lu}/u.test(lines[index]!) && [lines[index - 2], lines[index - 1], lines[index + 1], lines[index + 2]].some((other) => /^- \S/.test(other ?? ''))) lines[index] = `- ${lines[index]!.slice(1)}`
      // ("NORMALISING THE DATA\" over its paragraph: a heading in capitals set on its line with a hard break.)
      if (/^\p{Lu}[\p{Lu}\p{N} ,&'’-]{2,60}(?:\\| {2,})$/u.test(lines[index]!) && countWordsIn(lines[index]!) <= 6 && /^\p{L}/u.test(lines[index + 1] ?? '') && (lines[index - 1] ?? '').trim() === '') lines[index] = `### ${lines[index]!.replace(/(?:\\| {2,})$/, '').toLowerCase().replace(/^\p{Ll}/u, (first) => first.toUpperCase())}\n`
      // (A lone `<hr>` over a line of Markdown opens an HTML block that swallows the line, "### Go to the next section:
      // [Procurement](…)" shown raw: a blank line parts them. A heading that only sends the reader on is a line of text.)
      // (Not one inside an HTML block already open, a page's sidebar `<div>` with rules between its parts: its lines had been parted into paragraphs.)
      if (/^\s*<(?:hr|br)\s*\/?>\s*$/i.test(lines[index]!) && (lines[index + 1] ?? '').trim() !== '' && (index === 0 || (lines[index - 1] ?? '').trim() === '' || /^#{1,6}\s/.test(lines[index - 1]!))) lines[index] = `${lines[index]!}\n`
      if (/^#{1,6}\s/.test(lines[index]!) && nextPartLink.test(lines[index]!.replace(/^#{1,6}\s+/, ''))) lines[index] = lines[index]!.replace(/^#{1,6}\s+/, '')
      // (A page's buttons, "<button id="download-raw-playboy"><i class="fas fa-download"></i> Download Full Data</button>", are its controls, no words of the article.)
      if (/<button\b/i.test(lines[index]!)) lines[index] = lines[index]!.replace(/<button\b[^>]*>[\s\S]*?<\/button>/gi, '')
      // MkDocs Material's icons (`:octicons-calendar-24:`, `[:fontawesome-brands-twitter:](…)`) are the page's pictures, no words.
      if (/:(?:fontawesome|octicons|material|simple)-/.test(lines[index]!)) lines[index] = lines[index]!.replace(/\[\s*:(?:fontawesome|octicons|material|simple)-[\w-]+:\s*\]\([^)]*\)|:(?:fontawesome|octicons|material|simple)-[\w-]+:/g, '').replace(/ {2,}/g, ' ')
      // Pandoc's inline notes ("…local variation^[For example in this simple report: <https://…>], to…") become
      // footnotes, their text a definition after the document's last line.
      if (lines[index]!.includes('^[')) lines[index] = lines[index]!.replace(inlineNote, (_, text: string) => (plainText ? `[${notes.push(text.trim())}]` : `[^lectern-note-${notes.push(text.trim())}]`))
      // ("**Open data.&nbsp;**Public Works…": a closing `**` after a non-breaking space closes nothing in CommonMark, and the
      // asterisks showed on the slide; the space goes after it.)
      if (lines[index]!.includes('&nbsp;**')) lines[index] = lines[index]!.replace(/(\*\*)([^*\n]+?)&nbsp;\*\*(?=\S)/g, '$1$2**&nbsp;')
      // ("Second**,** graduate faculty…": a mark of punctuation set in bold right after a word is no emphasis in CommonMark,
      // and its asterisks showed; Pandoc's bold comma is a comma.)
      if (lines[index]!.includes('**')) lines[index] = lines[index]!.replace(/(?<=\p{L})\*\*([,.;:!?])\*\*(?=\s|$)/gu, '$1')
      // kramdown's table without a delimiter row ("| | **Chandrayaan-1** | …" / "| **Mission Type** | Lunar Orbiter | …"),
      // which CommonMark reads as a paragraph of pipes: its first row is its header. (The row under it shares its line, so the lines after keep their numbers but for one.)
      if (pipeRow.test(line) && !pipeRow.test((lines[index - 1] ?? '').split('\n').pop()!) && pipeRow.test(lines[index + 1] ?? '') && !delimiterRow.test(lines[index + 1]!)) {
        const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length
        lines[index] = `${line}\n|${' --- |'.repeat(cells)}`
      }
      // "##Responsibilities and liabilities": a heading written without the space (as kramdown and old Jekyll sites read it).
      if (closedHeading.test(line) && (index === 0 || lines[index - 1]!.trim() === '')) lines[index] = line.replace(/^(#{2,6})/, '$1 ')
      const indent = listItem.exec(line)?.[1]
      if (indent && columns(indent) > maxListIndent) {
        lines[index] = ' '.repeat(maxListIndent) + line.slice(indent.length)
        clamped.push(index + 1)
      }
    }
    const step = fenceStep(inCode, line)
    inCode = step.fence
    if (step.code) continue
    const fence = fenceOpen.exec(line)
    if (!fence) continue
    const name = fence[1] ?? fence[2]
    if (name) {
      // Any other container (Quarto's `::: {.callout-note}`, Pandoc's `::: {.columns}`, Docusaurus's `:::tip`) shows its
      // content as if unfenced: its fence lines become blank rather than text on a slide.
      // (A page's chrome in a container of its own, Quarto's `::: article-btn` round "Explore more data science ideas" or
      // `::: {.further-info}` round the author's bio, licence and citation, is the speaker's to read: the notes.)
      const markers = Object.hasOwn(containerMarkers, name) ? containerMarkers[name]! : pageChrome.test(name) ? containerMarkers.notes! : (['', ''] as const)
      stack.push(markers[1])
      lines[index] = markers[0]
    } else if (stack.length > 0) {
      lines[index] = stack.pop()!
    }
  }
  // (After the last line: the lines before keep their numbers.)
  if (notes.length > 0) lines.push('', ...notes.map((note, at) => (plainText ? `[${at + 1}] ${note}` : `[^lectern-note-${at + 1}]: ${note}`)))
  return { text: lines.join('\n'), clamped }
}

/** Width of leading whitespace, with tabs to the next multiple of four. */
function columns(whitespace: string): number {
  let width = 0
  for (const character of whitespace) width = character === '\t' ? width + 4 - (width % 4) : width + 1
  return width
}

/**
 * Nikola's metadata, a comment opening the post (`<!--`, `.. title: Coffee at home`, `.. date: 2015/07/12`, `-->`), as
 * the YAML front matter it stands for, line for line: its title and date are the deck's, not an author's comment.
 */
function nikolaMetadata(lines: string[]): void {
  // (A comment opened as `<--`, the "!" left out, is the same block with the same fields.)
  if (!/^<!?--$/.test(lines[0]?.trim() ?? '')) return
  const close = lines.findIndex((line, at) => at > 0 && line.trim() === '-->')
  const fields = lines.slice(1, close)
  if (close < 2 || !fields.every((line) => line.trim() === '' || /^\.\. [\w-]+:/.test(line)) || !fields.some((line) => /^\.\. title:/.test(line))) return
  lines[0] = '---'
  lines[close] = '---'
  for (let at = 1; at < close; at++) {
    const field = /^\.\. ([\w-]+):\s*(.*)$/.exec(lines[at]!)
    lines[at] = field ? `${field[1]}: ${JSON.stringify(field[2]!.trim())}` : ''
  }
}

/**
 * A LiaScript course module (its metadata in a comment that opens the file: `title:`, `author:`, `comment:`, `@overview`
 * macros), line for line: the comment's title, author, description (`comment:`) and language as front matter; in the body,
 * a line that is only a macro (`@overview`, `@feedback`) as nothing, a quiz's options (`[[X]] data coding`, `[( )] FALSE`)
 * as a list of them, and the `***` around a quiz's answer as nothing — its rules had made the module a deck of slides.
 */
function liaScript(lines: string[]): void {
  // (A comment opened as `<--`, the "!" left out, is the same block with the same fields.)
  if (!/^<!?--$/.test(lines[0]?.trim() ?? '')) return
  const close = lines.findIndex((line, at) => at > 0 && line.trim() === '-->')
  const fields = lines.slice(1, close)
  if (close < 3 || !fields.some((line) => /^title:\s*\S/.test(line)) || !fields.some((line) => /^@[\w-]+\s*$/.test(line.trim()) || /^(?:narrator|mode|module_id|version):/.test(line))) return
  const keys: Record<string, string> = { title: 'title', author: 'author', comment: 'subtitle', language: 'lang' }
  lines[0] = '---'
  lines[close] = '---'
  for (let at = 1; at < close; at++) {
    const field = /^([\w-]+):\s*(\S.*)$/.exec(lines[at]!)
    const key = field ? keys[field[1]!] : undefined
    lines[at] = key ? `${key}: ${JSON.stringify(field![2]!.trim())}` : ''
  }
  for (let at = close + 1; at < lines.length; at++) {
    const line = lines[at]!
    if (/^\s*@[\w-]+\s*$/.test(line) || /^\s*\*{3,}\s*$/.test(line)) lines[at] = ''
    else if (/^\s*\[[[(][ xX]?[\])]\]\s+\S/.test(line)) lines[at] = line.replace(/^(\s*)\[[[(][ xX]?[\])]\]\s+/, '$1- ')
    else if (/^\s*\[\[[^\]]+\]\]\s*$/.test(line)) lines[at] = line.replace(/^(\s*)\[\[([^\]]+)\]\]\s*$/, '$1$2')
  }
}

/**
 * A picture's `<img …>` on a line of its own with prose right under it (a Jekyll post floats it beside its paragraph):
 * CommonMark reads the tag and the paragraph as one raw HTML block, which a slide had shown as raw Markdown ("(maybe
 * _the_ earliest) … [L'Anse aux Meadows](https://…)"). The tag opens the paragraph's first line instead, as inline
 * HTML; its own line is left blank, so positions do not move. Only after a blank line (or a heading), outside code.
 */
function pictureBeforeText(lines: string[]): void {
  let fence: string | undefined
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!
    const step = fenceStep(fence, line)
    fence = step.fence
    if (step.code) continue
    const [before, next] = [lines[index - 1], lines[index + 1]!]
    const apart = before === undefined || before.trim() === '' || /^#{1,6}\s/.test(before)
    if (apart && /^ {0,3}(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?\s*$/i.test(line) && /^ {0,3}[\p{L}\p{N}"“'‘(*_]/u.test(next) && !/^ {0,3}(?:[-*+]\s|\d+[.)]\s)/.test(next)) {
      lines[index + 1] = `${line.trim()} ${next.trimStart()}`
      lines[index] = ''
    }
  }
}

/** A picture's or link's web address cut at the end of a line (`](https://cdn-`), and the rest of it on the next (`images-1.medium.com/…png)`). */
const cutAddress = /\]\((https?:\/\/[^\s()<>]*)$/
const addressRest = /^([^\s()<>]+\))/

/**
 * Lines a converter wrapped, joined again line for line (the line count stays, so a message's line number still points
 * at the source; fenced code is left as it is):
 * - a web address (Medium's export: `![…](https://cdn-` / `images-1.medium.com/max/…png) _Figure 3: …_`): CommonMark ends
 *   a link at the line break, and the picture's alt text had been shown as prose on two slides;
 * - a compound hyphenated at the line's end ("for each phase of the check-" / "in process"): the line break had shown as
 *   a space, "check- in". Not "pre-" before "and post-", nor in a table's row.
 */
function wrappedLines(lines: string[]): void {
  let fence: string | undefined
  for (let index = 0; index + 1 < lines.length; index++) {
    const step = fenceStep(fence, lines[index]!)
    fence = step.fence
    if (step.code) continue
    const [line, next] = [lines[index]!, lines[index + 1]!]
    const rest = cutAddress.test(line) ? addressRest.exec(next)?.[1] : undefined
    const word = !rest && /\p{Ll}{2}-$/u.test(line) && !/^\s*\|/.test(line) ? /^(\p{Ll}+)(?=[\s.,;:!?)]|$)/u.exec(next)?.[1] : undefined
    const joined = rest ?? (word && !/^(?:and|or|nor|but|to|vs)$/.test(word) ? word : undefined)
    if (joined) [lines[index], lines[index + 1]] = [line + joined, next.slice(joined.length).replace(word ? /^\s+/ : /^/, '')]
  }
}

/**
 * A display formula whose `$$` opens and closes on the lines of its TeX (`$$\log_2(\frac{…}` / `  {…})$$`), as Kramdown and
 * MathJax take it, written on one line: remark-math reads an opening `$$` with text after it as a fence whose closing
 * `$$` never comes, and the formula had swallowed the rest of an article.
 */
function displayMath(lines: string[]): void {
  let fence: string | undefined
  for (let at = 0; at < lines.length; at++) {
    const code = /^\s*(`{3,}|~{3,})/.exec(lines[at]!)?.[1]
    if (code && (!fence || code[0] === fence[0])) fence = fence ? undefined : code
    if (fence || code) continue
    const open = /^(\s*)\$\$(?!\s*$)(?!.*\$\$\s*$)(.*)$/.exec(lines[at]!)
    if (!open) continue
    const close = lines.findIndex((line, index) => index > at && index <= at + 12 && /\$\$\s*$/.test(line) && !/^\s*\$\$\s*$/.test(line))
    if (close === -1 || lines.slice(at + 1, close).some((line) => line.trim() === '' || line.includes('$$'))) continue
    // (On one line, the lines it took left blank: a line's number stays the source's.)
    lines[at] = `${open[1]}$$${[open[2]!, ...lines.slice(at + 1, close + 1).map((line) => line.trim())].join(' ').replace(/\s*\$\$\s*$/, '')}$$`
    for (let line = at + 1; line <= close; line++) lines[line] = ''
    at = close
  }
}
