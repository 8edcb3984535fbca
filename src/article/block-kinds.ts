/** What kind of block a section holds, as article mode reads it: prose, a caption, a picture an offline deck cannot show, a decoration, a lead-in, an FAQ question, a run-in label, a quotation across sentences. */
import type { BlockContent, Heading, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from './visible-text.js'
import { countWords } from './clause-grammar.js'
import { isNameWord, parseByline } from '../text/byline.js'
import { htmlText } from './html-blocks.js'
import { shortAnswer } from './short-answers.js'
import { isMarkedUnavailable } from './unavailable-mark.js'
import { withoutSpeaker } from './speaker-labels.js'

/** Whether an `<img>` tag's picture is on another site, at a path of the site it came from (not a `data:` URL), or local and missing (`remark-unavailable-pictures.ts`). */
function remoteImage(tag: string): boolean {
  return (/\bsrc\s*=\s*["']?(?:[a-z][a-z\d+.-]*:|\/)/i.test(tag) && !/\bsrc\s*=\s*["']?data:/i.test(tag)) || isMarkedUnavailable(tag)
}

/** Whether a block is only pictures that an offline deck cannot show (Markdown images or an HTML `<img>`), or a page embedded from another site (`<iframe>`). */
export function isOffFace(node: BlockContent): boolean {
  // A Quarto or R Markdown chunk that shows only its output (```{r, echo = FALSE}```, `#| echo: false`): the deck cannot run
  // it; nor one the page does not show at all (`#| include: false`, a post's setup) or folds away (`#| code-fold: true`).
  if (node.type === 'code' && /^\{[\w-]+/.test(node.lang ?? '') && /\b(?:echo|include)\s*=\s*(?:FALSE|F)\b|(?:^|\s)#\|\s*(?:echo|include):\s*false\b|(?:^|\s)#\|\s*code-fold:\s*true\b/m.test(`${node.lang ?? ''} ${node.meta ?? ''}\n${node.value}`)) return true
  // An embedded page or player from another site (`<iframe src="https://…">`) shows as an empty frame offline and in print.
  // (A `<details>` box opens only on a page, and the reader chose to open it: its content is for the notes.)
  if (node.type === 'html' && /^\s*<details\b/i.test(node.value)) return true
  if (node.type === 'html' && /^\s*<hr\b[^>]*>\s*$/i.test(node.value)) return true // (a page's rule, `<hr>`, across a slide)
  // (A box the page floats beside the article, `<div name="sidebarright" style="float:right; …">` with the author's
  // links, a map and extracts from Wikipedia: its lines had opened the talk and closed it.)
  if (node.type === 'html' && /^\s*<(?:div|aside|section)\b[^>]*(?:\b(?:name|class|id)\s*=\s*["'][^"']*\b(?:sidebar|side-bar|sidebox|infobox)|\bstyle\s*=\s*["'][^"']*\bfloat\s*:\s*(?:right|left))/i.test(node.value)) return true
  // (Nor does a social post embedded by its site's script, `<blockquote class="instagram-media">`, `twitter-tweet`,
  // `tiktok-embed`: an empty box that ran off the slide; its words, if any, are for the notes.)
  if (node.type === 'html' && /^\s*<blockquote\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:instagram-media|twitter-tweet|tiktok-embed|bluesky-embed|mastodon-embed|fb-xfbml-parse-ignore|imgur-embed-pub|reddit-embed-bq)\b/i.test(node.value)) return true
  if (node.type === 'html' && /^\s*<script\b[^>]*\bsrc\s*=[^>]*><\/script>\s*$/i.test(node.value)) return true
  // (Nor does a player's script written into the page, `<script>kWidget.embed({…})</script>`, nor the empty box it fills,
  // `<div id="kaltura_player_…" class="kaltura"></div>`: a blank slide, and a page's script run in the deck.)
  if (node.type === 'html' && (/^\s*(?:<div\b[^>]*>\s*<\/div>\s*)*<script\b[^>]*>[\s\S]*<\/script>\s*$/i.test(node.value) || /^\s*(?:<(div|span|p)\b[^>]*>\s*<\/\1>\s*)+$/i.test(node.value))) return true
  // (Nor a page's script-driven widget, `<canvas id="self-draw" width=500 height=500>`, `<button>Play Wave</button>`, a
  // slider: blank boxes or dead controls in the deck, which had pushed an explainer's twelve slides over their bottoms.)
  if (node.type === 'html' && /^\s*(?:<(?:div|p|span)\b[^>]*>\s*)*<(?:canvas|button|input|select|textarea)\b/i.test(node.value)) return true
  // (Also a player in a box, `<div class="youtube-video-container"><iframe …>`, and a page's `<audio>`/`<video>`.)
  if (node.type === 'html' && /^\s*(?:<(?:div|figure|p)\b[^>]*>\s*)*<(?:iframe|embed|object|audio|video)\b/i.test(node.value)) return /\b(?:src|data)\s*=\s*["']?(?:[a-z][a-z\d+.-]*:|\/\/|\/)/i.test(node.value) && !/\b(?:src|data)\s*=\s*["']?(?:data|file):/i.test(node.value)
  // (A picture in a box with its caption, `<div><img src="https://…"><p class="image-caption">Photo Credit: …</p></div>`,
  // goes whole: the caption names a picture the deck cannot show.)
  const boxed = /^\s*<(div|figure)\b[^>]*>\s*(<img\b[^>]*>)\s*(?:<(p|figcaption|span)\b[^>]*>[\s\S]*?<\/\3>\s*)?<\/\1>\s*$/i.exec(node.type === 'html' ? node.value : '')
  if (boxed) return remoteImage(boxed[2]!)
  // (Also in a `<center>` and a link, with a caption: `<center><a><img src="/img/…"></a><figcaption>My slide…</figcaption></center>`.)
  // (Also with a `<caption>` where `<figcaption>` belongs, as some posts write it.)
  // (And with the embed's script after it: Flickr's `<a data-flickr-embed…><img…></a><script async src="//embedr.flickr.com/…">`.)
  const framed = node.type === 'html' ? node.value.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<(figcaption|caption|p|span)\b[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<\/?(?:center|div|figure|a|br)\b[^>]*>/gi, '').trim() : ''
  const pictures = framed.match(/<img\b[^>]*>/gi) ?? []
  if (pictures.length > 0 && framed.replace(/<img\b[^>]*>/gi, '').trim() === '') return pictures.every(remoteImage)
  // (An `<img …>` written over several lines inside a paragraph is parsed as inline HTML: the same picture.)
  if (node.type === 'paragraph' && node.children.length > 0 && node.children.some((child) => child.type === 'html') && node.children.every((child) => child.type === 'html' || (child.type === 'text' && child.value.trim() === ''))) {
    return isOffFace({ type: 'html', value: node.children.map((child) => ('value' in child ? child.value : '')).join('') })
  }
  // (And one with its caption in a `<p>` on the same line, `<img src="https://…" /><p style="…italic…"> Santa Monica Beach
  // </p>`, which Markdown reads as a paragraph: the caption names a picture the deck cannot show.)
  const [opening, wrapper] = node.type === 'paragraph' ? node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) : []
  if (opening?.type === 'html' && /^\s*<img\b[^>]*>\s*$/i.test(opening.value) && wrapper?.type === 'html' && /^\s*<(?:p|span|figcaption|em|i)\b/i.test(wrapper.value) && countWords(toString(node)) <= 20) return remoteImage(opening.value)
  if (node.type === 'html') return /^\s*(?:<img\b[^>]*>\s*)+$/i.test(node.value) && [...node.value.matchAll(/<img\b[^>]*>/gi)].every((tag) => remoteImage(tag[0]))
  return node.type === 'paragraph' && isImageParagraph(node) && node.children.every((child) => (child.type !== 'image' && !isLinkedPicture(child)) || isUnreachableImage(child))
}

/**
 * Whether a block is the page's table of contents: two links or more, all to anchors on the page (`[Why we did this
 * work](#why-we-did-this-work)`), and little else ("Contents", the dashes between them). The agenda does its job.
 *
 * @param node A block of the article.
 */
export function isPageContents(node: BlockContent): boolean {
  // (Or a table of them, the page's "| Table of Contents |" over a link to each section.)
  if (node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table') return false
  const links: string[] = []
  const walk = (child: { type: string; url?: string; children?: unknown[] }): void => {
    if (child.type === 'link') links.push(child.url ?? '')
    else for (const inner of (child.children ?? []) as (typeof child)[]) walk(inner)
  }
  walk(node as never)
  if (links.length < 2 || !links.every((url) => url.startsWith('#'))) return false
  return /^(?:(?:table of )?contents|on this page|in this (?:post|article))?\s*:?\s*$/i.test(plainOutsideLinks(node).trim())
}

/** A block's text outside its links and with its dashes and bullets gone. */
function plainOutsideLinks(node: BlockContent): string {
  const strip = (child: { type: string; value?: string; children?: unknown[] }): string => (child.type === 'link' ? ' ' : child.type === 'text' ? child.value ?? '' : ((child.children ?? []) as (typeof child)[]).map(strip).join(' '))
  return strip(node as never).replace(/[-–—•|·]+/g, ' ').replace(/\s+/g, ' ')
}

/** Whether a paragraph, or a block of HTML, is a figure or table caption: "Figure 4:", "**Table 2** …", "<b>Table 2: …</b>". */
export function isCaption(node: BlockContent): boolean {
  const text = node.type === 'html' ? htmlText(node) : node.type === 'paragraph' ? toString(node).trim() : ''
  return /^(?:figure|fig\.?|table|chart|image|photo|illustration)\s*\d+\b/i.test(text) && countWords(text) <= 60
}

/** How a chart draws its data, as its caption says: "black line", "red dots", "shaded areas", "dashed lines". */
const encodings = /\b(?:black|red|blue|green|grey|gray|orange|purple|yellow|pink|brown|light|dark|dashed|dotted|solid|shaded|vertical|horizontal)\s+(?:lines?|dots?|bars?|areas?|points?|circles?|crosses|ribbons?|bands?|regions?|curves?|triangles?|squares?)\b/gi

/**
 * Whether a paragraph is a chart's caption whose chart the text lost: it names two ways the chart draws its data or
 * more ("Outbreak analysis timeline with respect to the epidemic curve (black line). Green lines show the timing of
 * events…", "…Black lines show data as reported…, red dots the adjusted incidence and blue lines and shaded areas…").
 * A slide without the chart shows none of it.
 */
export function isChartCaption(node: BlockContent): boolean {
  return node.type === 'paragraph' && (toString(node).match(encodings) ?? []).length >= 2
}

/**
 * Whether a paragraph labels the picture above it: "**Title:** The Exploration Word Map (from Pre-Discovery to
 * Exploration)", "Source: …", "Credit: …" (it goes where its picture goes).
 */
export function isPictureLabel(node: BlockContent): boolean {
  // (Also a picture's credit, "Photo by … on Unsplash", "Image by PhotoMIX-Company via Pixabay", in raw HTML as pages set it.)
  const text = node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : node.type === 'paragraph' ? toString(node) : ''
  const line = text.replace(/\s+/g, ' ').trim()
  // ("<p class='caption'>A yellow … vehicle drives down the guideway…. Photo by Jen & Elwood.</p>": a caption the page marks
  // as one, or that ends with its photographer.)
  if (node.type === 'html' && /^<(?:p|div|span|small)\b[^>]*\bclass=["']?[^"'>]*\b(?:caption|credit|wp-caption-text|image-caption)\b/i.test(node.value.trim())) return true
  if (countWords(line) <= 45 && /(?:^|[.!?]\s+)(?:photos?|images?|illustrations?)\s+(?:by|courtesy of)\s+\S(?:\p{Lu}\.\s|[^.!?]){0,60}\.?$/iu.test(line)) return true
  return /^(?:title|caption|source|credit|credits|image|photo|illustration|alt text)\s*:/i.test(line) || (countWords(line) <= 16 && /^(?:(?:header |cover |featured )?(?:image|photo|photograph|picture|illustration|artwork)s?(?: credit)? (?:by|courtesy of|from)|credit:?)\s/i.test(line))
}

/** Whether a picture is one an offline deck cannot show: remote (`https://…`) or site-absolute (`/static/…`). */
export function isUnreachableImage(node: PhrasingContent): boolean {
  // A linked picture (`[![benchmark](https://…)](https://…)`) is its picture.
  if (node.type === 'link' && isLinkedPicture(node)) return node.children.every(isUnreachableImage)
  if (node.type !== 'image') return false
  // A local picture the build cannot show (missing, outside the project): marked by `remark-unavailable-pictures.ts`.
  if ((node.data as { unavailable?: boolean } | undefined)?.unavailable === true) return true
  // (Nor one without an address, a site generator's variable stripped from it: `![…]({{ hero }})`.)
  return node.url.trim() === '' || (/^(?:[a-z][a-z\d+.-]*:|\/\/|\/)/i.test(node.url) && !/^(?:data:|file:)/i.test(node.url))
}

/** Whether a link holds nothing but pictures. */
function isLinkedPicture(node: PhrasingContent): boolean {
  return node.type === 'link' && node.children.length > 0 && node.children.every((child) => child.type === 'image' || child.type === 'imageReference')
}

export function isImageParagraph(node: Paragraph): boolean {
  return node.children.every((child) => child.type === 'image' || child.type === 'imageReference' || isLinkedPicture(child) || (child.type === 'text' && child.value.trim() === ''))
}

export function isProse(node: BlockContent): node is Paragraph {
  return node.type === 'paragraph' && !isImageParagraph(node) && !isEquation(node) && node.data?.footnote !== true
}

/** An HTML comment (`<!-- see for blogpost … -->`): the author's note to themselves, never on a face. */
export function isComment(node: BlockContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value) && !/^\s*<!--\s*\.(?:slide|element)\b/.test(node.value)
}

/**
 * Whether a paragraph is a footnote a word processor exported: it opens on a link of its number back to where it is
 * cited ("[2]" to `…#_ftnref1`, Word's), then its text ("See reports from the Joint Committee on Human Rights: http://…").
 */
export function isExportedFootnote(node: BlockContent): boolean {
  const [first] = node.type === 'paragraph' ? node.children : []
  return first?.type === 'link' && /^\[?\d{1,3}\]?$/.test(toString(first).trim()) && /#_?(?:ftn|edn|fn)/i.test(first.url)
}

/** Display math, or a paragraph that holds only math (`$$f(x) = …$$` written inline): an equation, shown as it is. */
export function isEquation(node: RootContent): boolean {
  if (node.type === 'math') return true
  return node.type === 'paragraph' && node.children.some((child) => (child as { type: string }).type === 'inlineMath') && node.children.every((child) => (child as { type: string }).type === 'inlineMath' || (child.type === 'text' && /^[\s.,;:]*$/.test(child.value)))
}

declare module 'mdast' {
  interface ParagraphData {
    /** A footnote of a plain-text article (it ended in a link back, `↩︎`): it goes to the speaker notes. */
    footnote?: boolean | undefined
    /** Back matter folded into the notes ("Thanks and gratitude"): said aloud, never the talk's closing line. */
    backMatter?: boolean | undefined
    /** The first name that labels an interview's answer ("Timen: …", `speaker-labels.ts`): the notes', not the face's. */
    speaker?: string | undefined
  }
  interface ListItemData {
    /**
     * How article mode made this bullet from prose: `sentence` (a sentence,
     * compressed), `whole` (a sentence too long to compress, kept whole),
     * `question` (an FAQ question whose answer stays in the notes), `answer`
     * (a question and its short answer as written, which may be no sentence:
     * "So which should you use? Both agent and gateway").
     */
    condensed?: 'sentence' | 'whole' | 'question' | 'answer' | undefined
    /** How strongly the selection ranked the sentence this bullet shows (`select.ts`): which figure a big-number slide shows, which bullet a crowded face gives up first. */
    score?: number | undefined
  }
}

/** Whether a block is only a decorative picture: an avatar, icon, logo or badge in raw HTML. */
export function isDecoration(node: BlockContent | RootContent): boolean {
  return node.type === 'html' && /^\s*<img\b[^>]*>\s*$/i.test(node.value) && /\b(?:avatar|icon|logo|badge|emoji|gravatar)\b/i.test(node.value)
}

/** Whether a heading asks a question (an FAQ entry). */
export function isQuestionHeading(node: BlockContent): node is Heading {
  return node.type === 'heading' && /\?\s*$/.test(toString(node))
}

/** Whether a paragraph is a lead-in to the list after it ("Three things matter:"), or ends with a colon before a quotation. */
export function isLeadIn(nodes: readonly BlockContent[], index: number): boolean {
  const node = nodes[index]!
  const next = nodes[index + 1]?.type
  if (node.type !== 'paragraph') return false
  const text = toString(node).trim()
  // "…Andrej Karpathy writes:" before a quotation is said with it. (Not before a listing: a listing a fresh slide holds
  // whole starts one, and a lead-in would split it.)
  if (next === 'blockquote') return /:$/.test(text)
  if (next !== 'list') return false
  // "…the following:", or a sentence the list finishes ("Nine NYC graduate students who" / "- don't own a car").
  // (Or a last sentence that counts what the list names: "There are a few points that need some serious consideration
  // before we can have any real sharing of health data…" over four labelled points.)
  const last = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? ''
  return /:$/.test(text) || (/[\p{L}\p{N}]$/u.test(text) && !/[.!?]\s/.test(text) && countWords(text) <= 20) || countingLeadIn.test(last)
}

/** A sentence that counts the things a list after it names ("There are a few points…", "Here are three lessons…"). */
const countingLeadIn = /^(?:there (?:are|were)|here are|we (?:see|found|have|identified)|i (?:see|have)) (?:a few|several|some|two|three|four|five|six|seven) (?:[\p{L}-]+ ){0,2}(?:points|things|issues|questions|reasons|problems|concerns|ways|lessons|steps|challenges|factors|areas|risks|principles|options)\b/iu

/** Whether sentence `index` of a paragraph stands inside a quotation opened in a sentence before it and not yet closed. */
export function insideQuotation(sentences: readonly string[], index: number): boolean {
  let open = false
  for (const sentence of sentences.slice(0, index)) {
    for (const char of sentence) {
      if (char === '“') open = true
      else if (char === '”') open = false
      else if (char === '"') open = !open
    }
  }
  return open
}

/** Most words in a bold run-in label (`**It's complicated.** Determining…`). */
const leadLabelWords = 8

/**
 * The run-in label that opens a paragraph, bold (`**It's complicated.**
 * Determining license compatibility…`) or a few words and a dash
 * (`Staffing — We started out…`): it labels the paragraph's bullet.
 */
export function leadLabel(node: Paragraph): string | undefined {
  // (Not who speaks in a transcript, "**Jerod Santo:**": the notes keep it, the face shows the claim.)
  return node.data?.speaker !== undefined ? undefined : leadParts(node)?.label
}

/** A run-in label in plain words and a dash: "Staffing — We started out with…" (up to four words, the claim capitalised; a hyphen after a number: "Oct 31 - Caroline starts…"). */
const dashLabel = /^(\p{Lu}[\p{L}\p{N}'’&/-]*(?: [\p{L}\p{N}'’&/-]+){0,3}) ([—–]|-(?<=\d -)) (?=["“‘(]?\p{Lu})/u

/** A year (or a span of years) and a colon that open a timeline's entry: "1910: …", "1914–15: …". */
const yearLabel = /^((?:1[5-9]|20)\d{2}(?:\s?[–-]\s?(?:\d{2}|(?:1[5-9]|20)\d{2}))?):\s+(?=["“]?\p{Lu})/u

/**
 * A paragraph that opens by naming a member of a counted series in a short sentence, "The first reason is time. A
 * train that leaves at nine…": what the sentence names is the paragraph's label ("Time"), its claim what follows.
 */
const seriesLabel = /^(?:the (?:first|second|third|fourth|fifth|sixth|final|last|main|biggest|other)|another|one) (?:reason|factor|step|lesson|problem|challenge|benefit|advantage|change|rule|principle|cause|driver|obstacle|barrier|risk|goal|trend|theme|concern|priority|difference|shift|pillar|ingredient) (?:is|was) (?:the |a |an )?((?!(?:that|to|how|why|what|because|not|simply|just|about|in|on)\b)\p{L}[\p{L}-]*(?: (?!(?:is|are|was|were|that|which|who)\b)[\p{L}-]+){0,2})\.\s+(?=["“]?\p{Lu})/iu

/**
 * Whether a paragraph opens by naming a member of a counted series ("The second reason is comfort. Modern carriages
 * offer…"): its label is that member, and its next sentence the claim.
 *
 * @param node A paragraph.
 */
export function opensSeries(node: Paragraph): boolean {
  const [first] = node.children
  return first?.type === 'text' && seriesLabel.test(first.value)
}

/** The run-in label of a paragraph and the prose after it. */
function leadParts(node: Paragraph): { label: string; prose: string } | undefined {
  const [first, ...rest] = node.children
  const series = first?.type === 'text' ? seriesLabel.exec(first.value) : null
  if (series) return { label: series[1]!.charAt(0).toUpperCase() + series[1]!.slice(1), prose: toString(node).slice(series[0].length) }
  // ("1910: In a speech at Howard University, Mary Church Terrell…": a timeline's year before its entry.)
  const year = first?.type === 'text' ? yearLabel.exec(first.value) : null
  if (year) return { label: year[1]!, prose: toString(node).slice(year[0].length) }
  if (first?.type === 'text') {
    const match = dashLabel.exec(first.value)
    // (Not a span of dates, "January 2009 - Present", a résumé entry's: its start date had been taken for a label and dropped.)
    if (!match || /^(?:present|now|today|current|ongoing)\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b/i.test(first.value.slice(match[0].length))) return undefined
    const prose = toString(node).slice(match[0].length)
    return prose.trim() === '' ? undefined : { label: `${match[1]!} ${match[2]!}`, prose }
  }
  if (first?.type !== 'strong' || rest.length === 0) return undefined
  // ("**Step 5:** **Interview with the Senior Director of Strategy and Design**<br>Discuss…": a number's label and the
  // step's name, both bold, over its line break are one label.)
  const named = /:$/.test(toString(first).trim()) && rest[0]?.type === 'text' && rest[0].value.trim() === '' && rest[1]?.type === 'strong' && (rest[2]?.type === 'break' || (rest[2]?.type === 'html' && /^<br\s*\/?>$/i.test(rest[2].value)))
  const label = named ? `${toString(first).trim()} ${toString(rest[1]!).trim()}` : toString(first).trim()
  const after = toString({ type: 'paragraph', children: named ? rest.slice(2) : rest })
  if (label === '' || countWords(label) > leadLabelWords + (named ? 4 : 0) || after.trim() === '') return undefined
  // A run-in label ends with its punctuation ("**Reviewing.** …", "**Tip:** …"); "**Production software review** occurs…" is a bold subject.
  // (So is a bold term on a line of its own over what it means: a glossary's "**Backdoor**" and "A method of bypassing…".)
  if (!/[.:?!—–-]$/.test(label) && !/^\s*[.:?!—–-]/.test(after) && !/^[ \t]*\n/.test(after)) return undefined
  // "**Update**: as of June 1…": a colon written after the bold stays with the label.
  return { label: /^\s*:/.test(after) && !/[.:?!]$/.test(label) ? `${label}:` : label, prose: after.replace(/^[\s:.—–-]+/, '') }
}

/**
 * Whether a run-in label only marks an answer (`**Answer**:`, `**A:**`): it
 * says nothing a slide needs, so the bullet is the answer's own claim.
 *
 * @param label A label from {@link leadLabel}.
 */
export function isAnswerMarker(label: string): boolean {
  return /^(?:answer|a|short answer|the short answer|response|reply)\s*[.:—–-]?$/i.test(label.trim())
}

/** The prose of a paragraph, without its run-in label. */
export function proseText(node: Paragraph): string {
  const text = withoutSpeaker(node, leadParts(node)?.prose ?? toString(node))
  // A paragraph written wholly in parentheses, an aside of several sentences ("(I picked up the term … in February
  // 2013.)"), is read without them: its last sentence would end in ".)".
  const inner = /^\s*\(([\s\S]*[.!?…]["'”’]?)\)\s*$/.exec(text)?.[1]
  return inner !== undefined && !/[()]/.test(inner.replace(/\([^()]*\)/g, '')) ? inner : text
}

/**
 * What a paragraph sets in bold within its prose, four words or more (not a
 * run-in label): the claim its author marked ("…boils down to this: **the
 * skills required to be a successful scientific researcher are…**").
 */
export function emphasized(node: Paragraph): string[] {
  const label = leadParts(node) ? node.children[0] : undefined
  return node.children.filter((child) => child.type === 'strong' && child !== label).map((child) => toString(child).replace(/\s+/g, ' ').trim()).filter((text) => countWords(text) >= 4)
}

/** Whether a paragraph opens with a short question followed by its answer (a longer one answered in a word or two too). */
export function opensWithQuestion(sentences: readonly string[]): boolean {
  return sentences.length >= 2 && /\?["'”’)]*$/.test(sentences[0]!) && (countWords(sentences[0]!) <= 10 || (sentences.length === 2 && shortAnswer.test(sentences[1]!))) && !/\?["'”’)]*$/.test(sentences[1]!)
}

/** Whether a line only dates the page ("Updated: August 2025", "Last updated 3 March 2026", "Date modified: 2021-03-01"). */
export function isDateLine(text: string): boolean {
  const parsed = text.length <= 60 ? parseByline(text.replace(/(\d)\.$/, '$1')) : undefined // (and "…April 15, 2018.")
  return parsed?.date !== undefined && parsed.byline === undefined && /^(?:page |this (?:post|article|page|story|piece) (?:was|has been) |date )?(?:last |first )?(?:updated|reviewed|modified|published|posted)\b/i.test(text)
}

/** Whether a paragraph is only the article's byline under its title ("By Denice Adkins", "Chapter leads: Patrick Ryan"). */
export function isBylineLine(text: string): boolean {
  const byline = text.length <= 80 && /^(?:by\s|(?:chapter|section|lead) (?:leads?|authors?|editors?):)/i.test(text) ? parseByline(text)?.byline : undefined
  // (Names, each word capitalised: "By 2030 emissions fall" is a claim; an affiliation's "of", "University of Cape Town", is one of them.)
  const words = byline?.split(/[\s,]+/).filter(Boolean) ?? []
  return words.length > 0 && isNameWord(words[0]!) && words.every((word) => isNameWord(word) || /^(?:of|the|and|for|de|van|von|der|du|la|le|da|di|&)$/.test(word))
}

/** Words of a picture's description that count as shared with a caption: four letters or more. */
const describing = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])

/**
 * Whether a short paragraph under a picture describes it ("USGS employee, Russ Buesing uses a cable car to access a
 * gage…" under a picture whose description is "A man hangs from a cable car suspended over a river…"): it shares two
 * words or more with the picture's description, and is a sentence or two of at most forty words.
 *
 * @param node A block.
 * @param before The block before it.
 */
export function describesPicture(node: BlockContent, before: BlockContent | undefined): boolean {
  if (node.type !== 'paragraph' || before?.type !== 'paragraph' || !isImageParagraph(before)) return false
  const text = toString(node)
  if (countWords(text) > 40 || (text.match(/[.!?](?:\s|$)/g) ?? []).length > 2) return false
  // (A paragraph that discusses the picture by its label is prose: "Diagram #5 shows that for the items in French…".)
  // (Nor one that tells what the writers did: "We decided to see the license distribution for items that are in English.")
  if (/^(?:we|i)\s+(?!can see|see)\p{Ll}+/iu.test(text.trim()) && countWords(text) >= 10) return false
  if (/\b(?:diagram|figure|fig\.|chart|graph|table|map|plot|image|photo)\s*#?\d+\s+(?:shows?|showed|illustrates?|depicts?|presents?|displays?|compares?|gives?|summari[sz]es?)\b/i.test(text)) return false
  const alt = describing(before.children.map((child) => ('alt' in child && typeof child.alt === 'string' ? child.alt : '')).join(' '))
  let shared = 0
  for (const word of describing(text)) if (alt.has(word)) shared++
  return shared >= 2
}
