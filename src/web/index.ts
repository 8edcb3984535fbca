/**
 * Saved web pages as articles: the page's chrome removed, the article found
 * by Readability and read into mdast. Loaded only when a web page is read.
 */

export { extractArticle, type HtmlArticle } from './extract-article.js'
export { pageMeta, stripSiteSuffix, type PageMeta } from './page-meta.js'
export { removeChrome } from './page-chrome.js'
export { remarkHtmlArticle } from './remark-html-article.js'
