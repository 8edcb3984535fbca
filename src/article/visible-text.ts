/** The text of a block as a reader sees it: no inline HTML, no image alt text, no citations, note marks or file notes. */
import { toString as mdastToString } from 'mdast-util-to-string'
import { withoutStruck } from './struck-text.js'

/**
 * The text a reader sees: inline HTML tags and image alt text are not prose ("As <a href=…>described</a>…"), nor are
 * Pandoc's citations, which a Quarto or R Markdown page shows as a numbered reference ("about 7.8 days
 * [@ward2022transmission]", "[@charniga2024best;@park2024estimating]", "[see @doe99, p. 33]"), nor a link's file
 * type and size ("(PDF, 28 pages, 893 kb)").
 */
export function toString(node: Parameters<typeof mdastToString>[0]): string {
  const text = mdastToString(withoutStruck(withoutNoteMarks(node)), { includeHtml: false, includeImageAlt: false })
  const seen = strip(strip(strip(strip(strip(strip(text, '@', citations), '(', fileNotes), '[', numberedCitations), '(', bracketedCitations), ':cite', roleCitations), 'ref:', roleReferences)
  // (A reference link whose definition Markdown did not read, "There are also [modifier characters][fitz] that let you…":
  // its words, which a cut of brackets had dropped, leaving "There are that let you…".)
  return seen.includes('][') ? seen.replace(unresolvedReferences, '$1') : seen
}

/** A reference link left as written: "[modifier characters][fitz]", "[two regional indicator characters][ri-view]". */
const unresolvedReferences = /\[([^[\]]{1,120})\]\[[\w .:-]{0,40}\](?!\()/g

/** A text without what `pattern` matches, tried only where `mark` is: the patterns look behind at every position, and most text has none. */
function strip(text: string, mark: string, pattern: RegExp): string {
  return text.includes(mark) ? text.replace(pattern, '') : text
}

/**
 * A copy of a node without Pandoc citation keys in its text ("Paper 2: "BikeDNA…" [@vierø2024]"): a list from the source
 * keeps its phrasing on the face, where a key says nothing. `undefined` when it has none.
 */
export function withoutCitationKeys<T extends object>(node: T): T | undefined {
  let found = false
  const copy = structuredClone(node)
  const walk = (each: { type?: string; value?: string; children?: unknown[] }): void => {
    const keyless = each.type === 'text' && typeof each.value === 'string' ? each.value.replace(citations, '') : undefined
    if (keyless !== undefined && keyless !== each.value) {
      each.value = keyless
      found = true
    }
    for (const child of (each.children ?? []) as Array<typeof each>) walk(child)
  }
  walk(copy as { children?: unknown[] })
  return found ? copy : undefined
}

/** A numbered citation a copied page keeps after a word: "…by Douglas Engelbart [9] and Alan Kay [10]", "[1, 4]", "[3–5]"; or a citation key, "…Los Alamos National Laboratory [Wilson2016]". */
const numberedCitations = /(?<=[\p{L}\p{N}.,;:!?)"”’])\s?\[(?:\d{1,3}(?:\s?[,–-]\s?\d{1,3})*|\p{Lu}[\p{L}-]+(?:EtAl)?(?:19|20)\d\d[a-z]?(?:[,;]\s?\p{Lu}[\p{L}-]+(?:19|20)\d\d[a-z]?)*)\](?![(:[])/gu
/**
 * A numbered citation in round brackets before the sentence's stop: "…using a similar grid size (15).", or right after a
 * bracket of the sentence's own: "…agriculture or grazing (~34%) (17), covering…", "…covered by ice (10%) (46) gives…".
 * Not a numbered thing named before it ("equation (1)", "step (2)"), nor a value before a comma ("…the routine
 * screening age (50), they will be invited…").
 */
const bracketedCitations = /\s(?=\(\d)(?:(?<=[\p{L}\p{N}%)"”’]\s)(?<!\b(?:equation|eq\.|eqn\.?|step|item|figure|fig\.|table|line|rule|section|chapter|page|model|option|case|number|no\.|point|part|stage|phase|level|question|criterion|condition)\s?\s)\(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\)(?=[.;:](?:\s|$))|(?<=\)\s)\(\d{1,3}\)(?=[\s.,;:]))/giu

/** What a link's file is, in brackets after it: "(PDF, 28 pages, 893 kb)", "(DOCX)", "(1.2 MB)". */
const fileNotes = /\s?\((?:(?:PDF|DOCX?|XLSX?|CSV|PPTX?|ODT|ZIP|EPUB)\b[^()]{0,40}|\s*\d+(?:\.\d+)?\s?[KMG]B\s*)\)/gi

/** A Pandoc citation: keys after `@` in brackets, separated by semicolons, or in a row without them ("…savings @craig1978; @ruokamo2022."). */
const citations = /\s?\[(?:[^[\]@;]*(?<![\p{L}\p{N}_.])-?@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[^[\]@;]*;?\s*)+\](?!\()|(?<=[\p{L}\p{N}])(?:\s@[\p{L}_][\p{L}\p{N}_:-]*\d{4}[\p{L}\p{N}_:-]*;){1,}\s@[\p{L}_][\p{L}\p{N}_:-]*\d{4}[\p{L}\p{N}_:-]*(?=[.,;:)]|\s|$)/gu

/** A Sphinx role's citation, as d2l.ai's book writes them: "…BERT :cite:`Devlin.Chang.Lee.ea.2018`", ":citet:`…`" (the key, once its code's backticks are read). */
const roleCitations = /\s?:cite[tp]?:`?[\p{L}\p{N}_.,:-]*[\p{L}\p{N}_]`?/gu

/** A Sphinx role's reference in brackets, "(:numref:`sec_language-model`)": a pointer to a part of the book, no prose. */
const roleReferences = /\s?\(:(?:num|eq)?ref:`?[\p{L}\p{N}_.:-]*[\p{L}\p{N}_]`?\)/gu

/** A node without the footnote marks written in HTML ("Neuropixels<sup>2</sup>"): their digits are no part of the word. */
function withoutNoteMarks<T>(node: T): T {
  const children = (node as { children?: Array<{ type?: string; value?: string }> }).children
  if (!Array.isArray(children)) return node
  // The opening tag, one to three digits and the closing tag, as three siblings.
  const tag = (at: number, pattern: RegExp): boolean => children[at]?.type === 'html' && pattern.test(children[at]!.value ?? '')
  const marks = new Set<number>()
  children.forEach((child, at) => {
    if (tag(at, /^<sup>$/i) && children[at + 1]?.type === 'text' && /^\s*\d{1,3}\s*$/.test(children[at + 1]!.value ?? '') && tag(at + 2, /^<\/sup>$/i)) for (const mark of [at, at + 1, at + 2]) marks.add(mark)
    // (Also a link to the note that is its mark and nothing else: "…in New York City.[<sup>18</sup>](/exhibits/…/notes#18)".)
    if (child.type === 'link' && withoutNoteMarks(child) !== child && (withoutNoteMarks(child) as { children: unknown[] }).children.length === 0) marks.add(at)
  })
  return marks.size === 0 ? node : ({ ...node, children: children.filter((_, at) => !marks.has(at)) } as T)
}
