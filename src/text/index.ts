/**
 * Plain-text article recogniser: structure, metadata and boilerplate of text
 * copied from a web page or a word processor.
 */

export { formatOutline, type DroppedLine, type OutlineHeading, type TextOutline } from './outline.js'
export { recogniseText, untitled, type RecogniseResult, type TextMeta } from './recognise.js'
export { remarkPlainText } from './remark-plain-text.js'
export { articleToMarkdown, textToMarkdown } from './to-markdown.js'
