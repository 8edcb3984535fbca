/**
 * The markup of an R Markdown book (bookdown) or a Pandoc report that its pages never show: a part's heading (`#
 * (PART) Evidence Quality {-}`), index entries (`\index{Clem McDonald}`), the fences of a styled box (```` ```{block2,
 * type='rmdsummary'} ````), whose content is Markdown the page shows as such, and raw TeX: emphasis (`\textbf{Time
 * discounting}`) as Markdown's, a line of layout commands (`\clearpage`, `\End{keypoints}`) as nothing but the title of
 * its box's title (a heading), and a table's rows (`Feedback \& goals & Personalized information… \\`) as a list of "label: text" items.
 * Rewritten line for line, so that every line keeps its number.
 */

/** A part's or the appendix's heading: a divider of the book, said again by the chapter's own `#`. */
const partHeading = /^#\s+\((?:PART|APPENDIX)\*?\)(?:\s|$)/

/** The fence that opens a styled box of Markdown: `{block2, type='rmdsummary'}`, `{block, type="rmdnote"}`. */
const boxFence = /^(`{3,})\s*\{block2?\b[^}]*\}\s*$/

/** An index entry, which the printed book's index shows and its page does not. */
const indexEntry = /\\index\{(?:[^{}]|\{[^{}]*\})*\}/g

/** TeX's emphasis, which Markdown writes with its own marks. */
const texEmphasis: ReadonlyArray<[RegExp, string]> = [
  [/\\textbf\{([^{}]*)\}/g, '**$1**'],
  [/\\(?:textit|emph)\{([^{}]*)\}/g, '*$1*'],
  [/\\texttt\{([^{}]*)\}/g, '`$1`']
]

/** A line of TeX commands only: `\clearpage`, `\begin{table}[htbp!]`, `\Begin{keypoints}{Classical explanations…}`. */
const commandLine = /^\s*(?:\\[A-Za-z]+\*?(?:\[[^\]]*\]|\{[^{}]*\})*\s*)+$/

/**
 * A bracket (left as written) or a citation key in running text, its name and year read as Pandoc prints them:
 * "published in @wilkinson2016" → "published in Wilkinson (2016)", "@madigan_2013 showed…" → "Madigan (2013) showed…".
 */
const inTextCitation = /\[[^\]]*\]|(?<![\w@.\/])@([A-Za-z][A-Za-z-]*?)_?((?:1[6-9]|20)\d{2})[A-Za-z0-9_:-]*/g

/** A code fence at the top level (up to three spaces in), whose lines are code and stay as written. */
export const codeFence = /^ {0,3}(`{3,}|~{3,})/

/** A code fence at any indentation, inside lists and quotes too. */
export const anyFence = /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})/

/**
 * One step of a walk over a source's lines that leaves fenced code as written: the fence open after `line`, given the one
 * open before it (`undefined` outside code), and whether the line is code (a fence's own line, or inside one). A fence
 * closes on a line of the same character, at least as long.
 *
 * @param fence The fence open before the line.
 * @param line The line.
 */
export function fenceStep(fence: string | undefined, line: string): { fence: string | undefined; code: boolean } {
  const open = codeFence.exec(line)?.[1]
  if (fence) return { fence: open && open[0] === fence[0] && open.length >= fence.length ? undefined : fence, code: true }
  return { fence: open, code: open !== undefined }
}

/**
 * Rewrite bookdown's markup in `lines` (in place): a part's heading and a box's fences become blank lines, and index
 * entries go; the box's content stays, to be read as Markdown; Pandoc's raw TeX and lettered lists are read as Markdown.
 *
 * @param lines The source's lines.
 */
export function bookdownMarkup(lines: string[]): void {
  // (Citation keys in running text only where the document cites in Pandoc's brackets too: "@jack2010" may be a handle.)
  const cites = lines.some((line) => /\[(?:see |e\.g\.,? )?-?@[\w:-]+/.test(line))
  let fence: string | undefined
  let box: string | undefined
  let tabular = false
  let math = false
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!
    if (fence !== undefined) {
      if (line.trim() === fence) fence = undefined
      continue
    }
    const opens = boxFence.exec(line)
    if (opens) {
      box = opens[1]
      lines[index] = ''
      continue
    }
    if (box !== undefined && line.trim() === box) {
      box = undefined
      lines[index] = ''
      continue
    }
    const code = codeFence.exec(line)
    if (code) {
      fence = code[1]
      continue
    }
    line = letteredRun(lines, index)
    // (TeX inside math, `$$ \begin{array}… \mbox{Beta}… $$`, is the formula's: KaTeX reads it.)
    const dollars = line.split('$$').length - 1
    if (math || dollars % 2 === 1) {
      if (dollars % 2 === 1) math = !math
      continue
    }
    if (cites && line.includes('@')) lines[index] = line.replace(inTextCitation, (match, name: string | undefined, year: string | undefined) => (name ? `${name.charAt(0).toUpperCase()}${name.slice(1)} (${year})` : match))
    if (partHeading.test(line)) lines[index] = ''
    else if ((tabular || line.includes('\\')) && !line.includes('$')) lines[index] = rawTex(lines[index]!, tabular)
    if (/^\s*\\begin\{tabular/.test(line)) tabular = true
    else if (/^\s*\\end\{tabular/.test(line)) tabular = false
  }
}

/** A line with TeX in it as Markdown: see the module's comment; `tabular` when it is inside a table. */
function rawTex(line: string, tabular: boolean): string {
  let text = line.replace(indexEntry, '').replace(/\s+$/, '')
  for (const [pattern, markdown] of texEmphasis) text = text.replace(pattern, markdown)
  if (commandLine.test(text)) {
    // (A box's own title, "\Begin{keypoints}{Classical explanations for the Energy Paradox}", stays: the box's heading.)
    const title = /\{([^{}]*\s[^{}]*)\}\s*$/.exec(text)?.[1]
    return title && /^\s*\\begin\{/i.test(text) && !/[\\$]/.test(title) ? `### ${title.trim()}` : ''
  }
  if (!tabular) return text
  // A table's row, "Information nudges & Energy-saving tips… \\": its first cell labels the others. A header row of cells
  // in bold is the table's, not a row; a row that goes on to the next line ("One-stop shops &") ends there.
  if (/^(?:\*\*[^*]+\*\*\s*&?\s*)+\\\\\s*$/.test(text.trim())) return ''
  const row = /^(.*?[^\\])\s+&\s*(.*?)\s*(?:\\\\)?\s*$/.exec(text)
  if (row) return `- ${row[1]!.trim()}: ${row[2]!.replace(/(?<!\\)\s&\s/g, '; ').trim()}`.trimEnd()
  return text.replace(/\s*\\\\\s*$/, '')
}

/** A lettered list's item: " a. Your agency's existing policies…". */
const letteredItem = /^(\s{0,3})([a-z])[.)]\s+(?=\S)/

/**
 * Pandoc's lettered lists (its `fancy_lists`), which CommonMark reads as prose: " a. Your agency's existing policies…"
 * / " b. The benefits, exceptions and principles…" had run into one paragraph, "…set out in NZGOAL-SE. c. Any insights…".
 * A run of two lines or more lettered a., b., c. in order, starting at `at`, becomes a bulleted list, line for line.
 *
 * @param lines The source's lines (changed in place).
 * @param at A line outside code.
 * @returns The line at `at`, as it now is.
 */
function letteredRun(lines: string[], at: number): string {
  if (letteredItem.exec(lines[at]!)?.[2] !== 'a') return lines[at]!
  let end = at + 1
  while (end < lines.length && letteredItem.exec(lines[end]!)?.[2] === String.fromCharCode(97 + end - at)) end++
  if (end - at >= 2) for (let line = at; line < end; line++) lines[line] = lines[line]!.replace(letteredItem, '$1- ')
  return lines[at]!
}
