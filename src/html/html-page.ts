/**
 * A page of Lectern's own that is not a deck (the dev server's index, the
 * theme gallery): the doctype, `<html lang="en">`, a head with its charset,
 * title and style, and a body, built as a hast tree and serialised.
 */
import type { ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'

/** Options of {@link htmlPage}. */
export interface HtmlPageOptions {
  /** The page's `<title>`. */
  title: string
  /** The page's stylesheet, inline; default: none. */
  style?: string | undefined
  /** Add `<meta name="viewport" content="width=device-width, initial-scale=1">`; default `false`. */
  viewport?: boolean | undefined
  /** The body's content. */
  body: ElementContent[]
}

/**
 * Serialise a page of Lectern's own.
 *
 * @param options Title, style (default none), viewport meta (default off) and body.
 * @returns The HTML document, without a final newline.
 */
export function htmlPage(options: HtmlPageOptions): string {
  const head = [
    h('meta', { charSet: 'utf-8' }),
    options.viewport ? h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }) : undefined,
    h('title', options.title),
    options.style === undefined ? undefined : h('style', options.style)
  ]
  return toHtml({ type: 'root', children: [{ type: 'doctype' }, h('html', { lang: 'en' }, [h('head', head), h('body', options.body)])] })
}
