/**
 * Source normalisation: a definition list as PHP Markdown Extra, Pandoc, kramdown and Hugo write it — a term on its own
 * line, then its definition on a line that opens with ": " (a blank line between them or not) — which CommonMark reads
 * as a line of text and a paragraph opening with a colon. Each definition becomes a paragraph led by its term in bold
 * ("**Make a Plan:** …"), as a run-in label reads on a slide and in article mode labels its bullet. Line numbers never
 * change; fenced code is left as it is.
 */
import { fenceStep } from './bookdown.js'

/** A definition's line: a colon and a space (or a tab) at the margin, or indented up to three spaces. */
const definition = /^ {0,3}:[ \t]+(\S.*)$/
/** Most words of a term. */
const termWords = 12

/**
 * Rewrite the definition lists of `lines` in place.
 *
 * @param lines The source's lines.
 */
export function definitionLists(lines: string[]): void {
  let fence: string | undefined
  // The lines made definitions.
  const defined = new Set<number>()
  for (let index = 0; index < lines.length; index++) {
    const step = fenceStep(fence, lines[index]!)
    fence = step.fence
    if (step.code) continue
    const found = definition.exec(lines[index]!)
    if (!found) continue
    // The term: the line right above, or above the one blank line between.
    const at = lines[index - 1]?.trim() === '' ? index - 2 : index - 1
    // (A term's second definition, "Security" / ": Security is…" / ": Certificates prove…", is a paragraph of its own.)
    if (defined.has(at)) {
      lines[index] = found[1]!
      defined.add(index)
      continue
    }
    const term = lines[at]?.trim() ?? ''
    // (Apart from the text above it, or under a comment of its own: MkDocs pages mark each term "<!-- markdownlint-disable-next-line -->".)
    const apart = at === 0 || lines[at - 1]?.trim() === '' || /^\s*<!--.*-->\s*$/.test(lines[at - 1] ?? '')
    if (at < 0 || term === '' || !apart || /^(?:[#>|]|[*+-](?!\*\S)|\d{1,9}[.)]\s|<|:|`|~|\[\^?[^\]]*\]:)/.test(term) || term.split(/\s+/).length > termWords || /[.!?,;]$/.test(term)) continue
    lines[at] = ''
    lines[index] = `**${term.replace(/[*_]{2}/g, '')}:** ${found[1]!}`
    defined.add(index)
  }
}
