/**
 * The depths of an article's section headings, settled before its slides are split: sections written as `###` with no
 * `##` are raised, a `###` before the `##` sections is one of them, and a level skipped closes up.
 */
import type { Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { looksLikeName, parseByline } from '../text/byline.js'
import { isBylineLine } from './block-kinds.js'
import { countWords } from './clause-grammar.js'
import { isSameTitle } from '../markdown/title-slide.js'
import type { DeckConfig } from '../types.js'

/**
 * Raise the headings of an article whose sections are `###` (or deeper) with
 * no `##`, as many blogs write them, so that its sections become slides: the
 * shallowest heading depth below the title becomes depth 2, and deeper ones
 * move up with it; a level skipped below a heading closes up. The `#` title stays.
 *
 * @param tree The article, before slides are split.
 */
export function raiseSections(tree: Root): void {
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
  const sections = headings.filter((heading) => heading.depth > 1)
  if (sections.length === 0) return
  const shallowest = Math.min(...sections.map((heading) => heading.depth))
  // ("### Optimizing volunteerism" over the story before six "##" sections: a section of its own, not a part of the
  // opening, which had put it before the agenda.)
  const lead = sections.findIndex((heading) => heading.depth === 2)
  if (shallowest === 2 && lead > 0 && sections.length - lead >= 2) for (const heading of sections.slice(0, lead)) heading.depth = 2
  const shift = Math.max(0, shallowest - 2)
  for (const heading of sections) heading.depth = Math.max(2, heading.depth - shift) as Heading['depth']
  // A level skipped ("## Recap" over "#### Orhan Eroglu (CISL):") is no level: each group's recap is a sub-section of
  // its own, with its slide, rather than a line inside five slides all titled "Recap".
  const open: Array<{ was: number; now: number }> = []
  for (const heading of sections) {
    while (open.length > 0 && open[open.length - 1]!.was >= heading.depth) open.pop()
    const now = Math.min(heading.depth, (open[open.length - 1]?.now ?? 1) + 1)
    open.push({ was: heading.depth, now })
    heading.depth = now as Heading['depth']
  }
}

/**
 * Make the heading an untitled article opens with its title (depth 1) when it stands over the others: over deeper
 * ones only ("## What I learned about working openly…" over its "###" sections), or unnumbered over numbered ones of
 * its depth ("## Ethics and legality of…" over "## 1. Core legal framework analysis", "## 2. …").
 *
 * @param tree The article, before slides are split; its front matter names no title and it has no `#`.
 */
export function openingTitle(tree: Root): void {
  const [first] = tree.children
  if (first?.type !== 'heading') return
  const peers = tree.children.filter((node): node is Heading => node !== first && node.type === 'heading' && node.depth === first.depth)
  const numbered = peers.length >= 2 && !/^\d/.test(toString(first).trim()) && peers.every((node) => /^\d{1,2}\.?\s/.test(toString(node).trim()))
  const over = tree.children.some((node) => node.type === 'heading' && node.depth > first.depth) && tree.children.every((node) => node === first || node.type !== 'heading' || node.depth > first.depth)
  if (numbered || over) first.depth = 1
}

/**
 * Take a line in italics that opens the page under its front matter's title, before its first heading, for the talk's
 * subtitle: its standfirst ("_A personal transition from academic life to something more free, more real._" had been the
 * only bullet of an "Introduction"), unless the front matter gives one.
 *
 * @param tree The article, before slides are split.
 * @param config The deck's settings.
 * @returns Whether it took one.
 */
export function italicStandfirst(tree: Root, config: DeckConfig): boolean {
  const at = tree.children.findIndex((node) => !['yaml', 'toml'].includes(node.type))
  const [first, next] = tree.children.slice(at)
  const italic = first?.type === 'paragraph' && first.children.length === 1 && first.children[0]!.type === 'emphasis' ? toString(first).trim() : ''
  if (config.subtitle !== undefined || countWords(italic) < 4 || countWords(italic) > 30 || next?.type !== 'heading') return false
  config.subtitle = italic.replace(/(?<!\.\.)\.$/, '')
  tree.children.splice(at, 1)
  return true
}

/**
 * Read the headings a page opens with when its front matter names the title and it says the title again: a heading
 * of any depth that repeats the title before anything else is the title (depth 1, no slide of its own), and a heading
 * right under it that only signs and dates the article ("#### Jean Lee Cole, March 7, 2019") gives the deck its author
 * and date where the front matter names neither, and goes.
 *
 * @param tree The article, before slides are split; it has no `#`.
 * @param config The deck's settings, its `title` from the front matter.
 */
export function repeatedTitle(tree: Root, config: DeckConfig): void {
  const at = tree.children.findIndex((node) => !['yaml', 'toml'].includes(node.type))
  const [first, next] = tree.children.slice(at)
  if (first?.type !== 'heading' || !isSameTitle(toString(first), config.title)) return
  first.depth = 1
  if (next?.type !== 'heading') return
  const signed = parseByline(toString(next).trim())
  if (signed === undefined || (signed.byline !== undefined && !looksLikeName(signed.byline))) return
  if (signed.byline === undefined && signed.date === undefined) return
  config.author ??= signed.byline
  config.date ??= signed.date
  tree.children.splice(at + 1, 1)
}

/**
 * The author an article names under its title when the front matter names none: a name alone ("Anupama Jha") or a
 * byline ("By Ana Ruiz", a book's "*Chapter leads: Patrick Ryan & Jon Duke*", which had been on no slide at all). The
 * paragraph goes; the title slide says it.
 *
 * @param tree The article, its `#` first.
 * @param config The deck's settings (its `author` set here).
 */
export function authorUnderTitle(tree: Root, config: DeckConfig): void {
  const [first, line] = tree.children
  if (first?.type !== 'heading' || first.depth !== 1 || line?.type !== 'paragraph') return
  // ("October 24, 2017 Chris Dias, [@chrisdias](…)" under the title when the front matter names Chris Dias: the date, the
  // name and a handle say what the title slide says.)
  if (typeof config.author === 'string') {
    const rest = toString(line).replace(config.author, ' ').replace(/@[\w.-]+/g, ' ').replace(/[,·|—–]/g, ' ').replace(/\s+/g, ' ').trim()
    const dated = rest !== toString(line).trim() && countWords(rest) <= 6 ? parseByline(rest) : undefined
    if (dated?.date !== undefined && dated.byline === undefined) {
      config.date ??= dated.date
      tree.children.splice(1, 1)
    }
    return
  }
  if (config.author) return
  // ("__Tobias Augspurger__ · January 29, 2022", a page's byline in bold over its date: the author and the date.)
  const whole = toString(line).trim()
  const dated = line.children.length > 1 && countWords(whole) <= 12 ? parseByline(whole) : undefined
  if (dated?.byline && dated.date && looksLikeName(dated.byline)) {
    config.author = dated.byline
    config.date ??= dated.date
    tree.children.splice(1, 1)
    return
  }
  if (line.children.length !== 1) return
  const only = line.children[0]!
  const text = (only.type === 'text' || only.type === 'emphasis' || only.type === 'strong' ? toString(only) : '').trim()
  const name = only.type === 'text' && looksLikeName(text) && countWords(text) <= 4 ? text : isBylineLine(text) ? parseByline(text)?.byline : undefined
  if (name === undefined) return
  config.author = name
  tree.children.splice(1, 1)
}

/**
 * The author an article signs at its end when the front matter and the title name none: a last paragraph of a dash and
 * a name, with the author's post after a comma ("**\\-- Christopher Whitaker, DDS Digital Service Expert**"), or the
 * name a bio under "About the author" opens with. The paragraph stays in the notes; the title slide says who speaks.
 *
 * @param tree The article.
 * @param config The deck's settings (its `author` set here).
 */
export function authorSignOff(tree: Root, config: DeckConfig): void {
  if (config.author) return
  const last = tree.children.filter((node) => node.type !== 'html' && node.type !== 'footnoteDefinition' && node.type !== 'definition').at(-1)
  // (Or the writer "About the author" names at the page's foot, "About the author : Will Browne is co-founder of…".)
  const about = /\b[Aa]bout the author\s*:?\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}) (?:is|was|works|leads|writes|heads|runs|has been)\b/u.exec(tree.children.filter((node) => node.type !== 'code').map((node) => toString(node)).join('\n'))
  if (about && looksLikeName(about[1]!)) return void (config.author = about[1]!)
  if (last?.type !== 'paragraph') return
  const signed = /^(?:-{1,2}|[–—])\s*(\p{Lu}[^,]{2,40})(?:,\s*([^.!?]{3,60}))?$/u.exec(toString(last).trim())
  if (!signed || !looksLikeName(signed[1]!.trim()) || countWords(signed[1]!) > 4 || (signed[2] !== undefined && countWords(signed[2]) > 6)) return
  config.author = signed[2] ? `${signed[1]!.trim()}, ${signed[2].trim()}` : signed[1]!.trim()
}

/**
 * An essay (without headings, or after its last heading) whose last rule sets off a short coda ("* * *" / "Today, celebrations of the peaceful
 * revolution of 1989 may be in focus. But on November 9 we always remember more. 1918, 1923, 1938, 1989; I can't
 * remember one without the other."): the rule becomes the heading of the talk's close, which the coda is, rather than
 * being dropped and the coda's first sentence shown on the slide before it.
 *
 * @param nodes The article's blocks.
 * @returns The blocks, the rule replaced by an "In closing" heading when it sets off such a coda.
 */
export function codaAfterRule(nodes: RootContent[]): RootContent[] {
  let at = nodes.findLastIndex((node) => node.type === 'thematicBreak')
  // (In an article with sections, only a rule after the last heading: "---" / "So I ask again: … what happens when the
  // bedrock of every industry is open source?…" closed the essay's last section, "Fashion", on its third bullet.)
  const lastHeading = nodes.findLastIndex((node) => node.type === 'heading' && node.depth >= 2)
  if (at < 0 || lastHeading > at) return nodes
  // (Its notes' definitions and comments after it are no part of it.)
  const part = (from: number, to: number): RootContent[] => nodes.slice(from + 1, to).filter((node) => node.type !== 'footnoteDefinition' && node.type !== 'definition' && !(node.type === 'html' && /^<!--/.test(node.value)))
  // (Not a note on where the essay ran, set in italics or brackets, "_(this essay was originally posted on my Patreon…)_",
  // nor its notes, "[1] Mom was doing that…", nor a postscript, nor thanks.)
  const aside = (node: RootContent): boolean => node.type === 'paragraph' && ((node.children.length === 1 && node.children[0]!.type === 'emphasis') || /^\(.*\)[.!]?$|^\[?\d{1,3}[\].)]\s|^(?:p\.\s?s\.|postscript|update|edit|note|addendum|(?:many |special )?thanks\b|thank you\b)/is.test(toString(node).trim()))
  let end = nodes.length
  // (A last rule over a note alone, "_This is an essay form of a talk I gave…_": the coda is what the rule before it sets off.)
  const last = part(at, end)
  if (last.length > 0 && last.every(aside)) {
    end = at
    at = nodes.findLastIndex((node, index) => index < end && node.type === 'thematicBreak')
    if (at < 0 || lastHeading > at) return nodes
  }
  const coda = part(at, end)
  const before = nodes.slice(0, at).filter((node) => node.type === 'paragraph')
  const text = coda.map((node) => toString(node)).join(' ')
  if (coda.length === 0 || coda.length > 2 || !coda.every((node) => node.type === 'paragraph' && !aside(node)) || countWords(text) > 90 || before.length < 3) return nodes
  // (After sections, a coda of claims, two sentences at least: not the page's credits, "Image credits: Mug photo by…", where
  // it first ran, "…was originally published in CivicActions on Medium…", or a call to give, "You can support rOpenSci by…".)
  if (lastHeading >= 0 && ((text.match(/[.!?](?:\s|$)/g) ?? []).length < 2 || /\bcredits?\b|originally (?:published|posted|appeared)|\bwas (?:first )?published\b|\byou can support\b|\bdonat(?:e|ion)|\bsubscribe\b|\bsign up\b/i.test(text))) return nodes
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: 'In closing' }], position: nodes[at]!.position }
  return nodes.map((node, index) => (index === at ? heading : node))
}
