/**
 * unified parser plugin: read a plain-text article into mdast.
 */
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { recogniseText, type RecogniseOptions } from './recognise.js'
import { titleFromPath } from '../markdown/title-slide.js'

/**
 * Parse plain text (not Markdown) into mdast by recognising the article's
 * structure: use instead of `remark-parse` for `.txt` input.
 *
 * Options: `lang`, the article's language (German adds German boilerplate
 * rules). The outline is stored on `file.data.textOutline`, the title metadata on
 * `tree.data.textMeta`, and dropped lines are reported as info messages.
 *
 * @example
 * ```ts
 * const file = await unified().use(remarkPlainText).use(remarkRehype).use(rehypeStringify).process(text)
 * ```
 */
export const remarkPlainText: Plugin<[RecogniseOptions?], string, Root> = function (options) {
  // (A text without a title line is titled by its file's name.)
  this.parser = (document, file) => recogniseText(document, file, { ...options, fallbackTitle: options?.fallbackTitle ?? (file.path ? titleFromPath(file.path) : undefined) }).tree
}
