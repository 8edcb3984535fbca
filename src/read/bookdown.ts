/**
 * The markup of an R Markdown book (bookdown) that its pages never show: a part's heading (`# (PART) Evidence Quality
 * {-}`), index entries (`\index{Clem McDonald}`) and the fences of a styled box (```` ```{block2, type='rmdsummary'} ````),
 * whose content is Markdown the page shows as such. Rewritten line for line, so that every line keeps its number.
 */

/** A part's or the appendix's heading: a divider of the book, said again by the chapter's own `#`. */
const partHeading = /^#\s+\((?:PART|APPENDIX)\*?\)(?:\s|$)/

/** The fence that opens a styled box of Markdown: `{block2, type='rmdsummary'}`, `{block, type="rmdnote"}`. */
const boxFence = /^(`{3,})\s*\{block2?\b[^}]*\}\s*$/

/** An index entry, which the printed book's index shows and its page does not. */
const indexEntry = /\\index\{(?:[^{}]|\{[^{}]*\})*\}/g

/** Any other fence, whose lines are code and stay as written. */
const codeFence = /^\s{0,3}(`{3,}|~{3,})/

/**
 * Rewrite bookdown's markup in `lines` (in place): a part's heading and a box's fences become blank lines, and index
 * entries go; the box's content stays, to be read as Markdown.
 *
 * @param lines The source's lines.
 */
export function bookdownMarkup(lines: string[]): void {
  let fence: string | undefined
  let box: string | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
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
    if (partHeading.test(line)) lines[index] = ''
    else if (line.includes('\\index{')) lines[index] = line.replace(indexEntry, '').replace(/\s+$/, '')
  }
}
