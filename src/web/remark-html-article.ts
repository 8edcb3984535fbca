/**
 * unified parser plugin: read a saved web page (`.html`, `.htm`) into the
 * mdast of its article.
 */
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { untitled } from '../text/recognise.js'
import { extractArticle } from './extract-article.js'

/** Longest text of a dropped element shown in a message. */
const maxShown = 60

/**
 * Parse a saved web page into mdast: use instead of `remark-parse` for HTML
 * input. Only the article survives (see {@link extractArticle}); scripts,
 * event handlers, frames, forms and remote images never reach the tree.
 *
 * The outline is stored on `file.data.textOutline`, the title, author and
 * date on `tree.data.textMeta` (read like a plain-text article's), and what
 * was left out is reported as info messages with its line (`--verbose`).
 */
export const remarkHtmlArticle: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => {
    const { tree, outline } = extractArticle(document)
    file.data.textOutline = outline
    // Like an empty file: a page with no text beyond its title and chrome (a frameset, a page that a script fills) is a mistake, not a deck.
    if (tree.children.length <= 1) {
      const chrome = outline.dropped.length > 0 ? ` (only ${[...new Set(outline.dropped.map((line) => line.reason))].join(', ')})` : ''
      file.fail(`The page holds no article text${chrome}; save the article's own page, or paste its text into a .txt file`, {
        place: { line: 1, column: 1 },
        ruleId: 'html-empty',
        source: 'lectern'
      })
    }
    if (outline.title === untitled && outline.titleLine === undefined) {
      file.message('Expected a title (an `<h1>`, `og:title` or `<title>`), found none', { place: { line: 1, column: 1 }, ruleId: 'html-title', source: 'lectern' })
    }
    for (const line of outline.dropped) {
      file.info(`Dropped ${line.reason}: “${line.text.length > maxShown ? line.text.slice(0, maxShown - 1) + '…' : line.text}”`, {
        place: line.line > 0 ? { line: line.line, column: line.column ?? 1 } : undefined,
        ruleId: 'html-dropped',
        source: 'lectern'
      })
    }
    return tree
  }
}
