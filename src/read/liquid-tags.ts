/**
 * Source normalisation: the template tags of static site generators in a post's Markdown, line for line (line numbers
 * never change) — Jekyll's Liquid (`{% highlight %}` blocks, includes, `capture`), Hexo's `post_link`, a theme's figure
 * include and Zola's figure shortcode — as the code, picture or words they stand for, or as nothing; a widget marker
 * before a heading's words (`## [accordion] …`), a line of tag markers, and a site's own footnote marks.
 */
import { fenceStep } from './bookdown.js'

/** Jekyll's code block tags: `{% highlight ruby linenos %}` … `{% endhighlight %}`. */
const highlightOpen = /^\s*\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}\s*$/
const highlightClose = /^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/
/** A line of Liquid tags only (`{% include youtubePlayer.html id=page.youtubeId %}`, `{% raw %}`): the site's template. */
const liquidLine = /^\s*(?:\{%-?[^%]*-?%\}\s*)+(?:\{:[^{}]*\}\s*)?$/
/** A theme's figure include, `{% include figure image_path="images/t.png" caption="Table 8.1 helps…" %}`, maybe with kramdown's attributes after it. */
const figureInclude = /^\s*\{%-?\s*include\s+[\w./-]*(?:figure|image|img|picture|photo)[\w./-]*\s+([^%]*?)\s*-?%\}\s*(?:\{:[^{}]*\}\s*)?$/
/** Zola's figure shortcode, `{{ figure(src="socks_even.svg", caption="Even piles of socks.") }}` (or a site's own, `{{ figureplop(url=…, caption=…) }}`): its arguments. */
const zolaFigure = /^\s*\{\{\s*\w*(?:figure|image|img|picture|photo|fig)\w*\s*\(([^)]*(?:\([^)]*\)[^)]*)*)\)\s*\}\}\s*$/
/** Another Zola shortcode on a line of its own, a player or an album (`{{ youtube(id="suCVWmYdvhI") }}`, `{{ plopalbum(path="album.pa.json") }}`): the site's template. */
const zolaShortcode = /^\s*\{\{\s*[a-z_]\w*\s*\([^{}]*\)\s*\}\}\s*$/
/** Hexo's link to another post, `{% post_link japan-travel-2025-p2 'Day 1: Takasaki, Maebashi' %}`: its title (or name). */
const postLink = /\{%-?\s*post_link\s+(\S+)(?:\s+(?:'([^']*)'|"([^"]*)"))?[^%]*-?%\}/g
/** A content system's widget marker opening a heading: `## [accordion] Background notes`, `### [tab] Details`. */
const widgetHeading = /^(\s{0,3}#{1,6}\s+)\[(?:accordion|collapse|collapsible|toggle|tabs?|details|expand|expandable|spoiler|panel)\]\s+(?=\S)/i
/** A Liquid or Jinja include anywhere in a line. */
const includeTag = /\{%-?\s*include\s[^%]*-?%\}/g
/** Liquid's `capture` tags, which set a variable and show nothing. */
const captureOpen = /\{%-?\s*capture\b[^%]*%\}/
const captureClose = /\{%-?\s*endcapture\s*-?%\}/
const captureSpan = /\{%-?\s*capture\b[^%]*%\}[\s\S]*?\{%-?\s*endcapture\s*-?%\}/g
/** A line of a site's tag markers only (`[tag:life] [tag:introspection]`), over a post's title. */
const tagLine = /^\s*(?:\[(?:tags?|categor(?:y|ies)|topics?):[^\]\s]+\]\s*)+$/i
/** A site's own footnote marks: `[footnote_link]` where a note is cited, `[footnote_text]` opening the note, in order. */
const footnoteLink = /\s?\[footnote_link\]/g
const footnoteText = /^\[footnote_text\]\s*/

/**
 * Jekyll's Liquid, line for line: a `{% highlight lang %}` block as the fenced code it is, and a line of other tags
 * (an include of a player or a frame, `{% raw %}`) as nothing — a deck showed "{% include iframe.html src=page.vongDemo %}".
 *
 * @param lines The source's lines, rewritten in place.
 */
export function liquidTags(lines: string[]): void {
  let fence: string | undefined
  let highlight = false
  let capturing = false
  // (The n-th mark cites the n-th note when there are as many of each; a GFM footnote then.)
  const cited = lines.reduce((sum, line) => sum + (line.match(footnoteLink)?.length ?? 0), 0)
  const paired = cited > 0 && cited === lines.filter((line) => footnoteText.test(line)).length
  let [links, texts] = [0, 0]
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (highlight) {
      if (highlightClose.test(line)) [lines[index], highlight] = ['~~~~', false]
      continue
    }
    const step = fenceStep(fence, line)
    fence = step.fence
    if (step.code) continue
    if (highlightOpen.test(line)) [lines[index], highlight] = [`~~~~${highlightOpen.exec(line)![1]}`, true]
    else if (figureInclude.test(line) || zolaFigure.test(line)) lines[index] = figurePicture((figureInclude.exec(line) ?? zolaFigure.exec(line))![1]!)
    else if (capturing) [lines[index], capturing] = ['', !captureClose.test(line)]
    else if (liquidLine.test(line) || tagLine.test(line) || zolaShortcode.test(line)) lines[index] = ''
    // (voussoir.net's "…cheap [footnote_link], and tasty [footnote_link]." and "[footnote_text] Meal prepping…": a note's
    // number, and its text for the speaker notes; "[footnote_text]" had opened three bullets.)
    else if (footnoteLink.test(line) || footnoteText.test(line)) lines[index] = line.replace(footnoteLink, () => (paired ? `[^lectern-${++links}]` : '')).replace(footnoteText, () => (paired ? `[^lectern-${++texts}]: ` : ''))
    // (A site's widget marker before a heading's words, "## [accordion] Background notes and methodology": the heading alone.)
    else if (widgetHeading.test(line)) lines[index] = line.replace(widgetHeading, '$1')
    // (An include inside a line, "- {% include "includes/svg/at-20/theme_open.svg" %}", a template's picture in a list: nothing, its item too.)
    else if (/\{%-?\s*include\s/.test(line)) lines[index] = line.replace(includeTag, '').replace(/^\s*(?:[-*+]|\d{1,9}[.)])?\s*$/, '')
    else if (/\{%-?\s*post_link\s/.test(line)) lines[index] = line.replace(postLink, (_tag, slug: string, single?: string, double?: string) => single ?? double ?? slug)
    else if (captureOpen.test(line)) {
      // A `{% capture link %}…{% endcapture %}` sets a variable and shows nothing (`{{ site.baseurl }}/assets/img/…png` had been a bullet); one that runs over lines, to its end.
      const rest = line.replace(captureSpan, '')
      capturing = captureOpen.test(rest)
      lines[index] = capturing || liquidLine.test(rest) || rest.trim() === '' ? '' : rest
    }
  }
}

/**
 * A theme's figure include as the picture it shows, `![caption](path)`: its caption reaches the notes with the other
 * pictures' (a deck showed "{% include figure image_path=… caption=… %}" on two slides); no path, no picture.
 *
 * @param attributes The include's attributes (`image_path="…" caption="…"`).
 */
function figurePicture(attributes: string): string {
  const values = new Map([...attributes.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)].map((match) => [match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']))
  const path = ['image_path', 'src', 'url', 'image', 'file', 'path', 'img'].map((key) => values.get(key)).find((value) => value)
  // (Its credit too, the link's words only: "Yes, there is a game about sorting socks. It's called Sort the Socks…".)
  const credit = (values.get('credits') ?? values.get('credit') ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  const caption = [['caption', 'alt', 'title'].map((key) => values.get(key)).find((value) => value) ?? '', credit].filter(Boolean).join(' ')
  return path && !/[\s()<>]/.test(path) ? `![${caption.replace(/[[\]\\]/g, '\\$&')}](${path})` : ''
}
