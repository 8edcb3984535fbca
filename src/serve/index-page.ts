/**
 * The dev server's index page: a list of every deck, built as a hast tree
 * (the page around it is `html/html-page.ts`).
 */
import { h } from 'hastscript'
import { htmlPage } from '../html/html-page.js'

/** A deck as the index lists it. */
export interface IndexEntry {
  /** Output name (`talk` for `talk.html`). */
  name: string
  /** Deck title. */
  title: string
  /** Number of slides, when built. */
  slides?: number | undefined
  /** Build error, when the last build failed. */
  error?: string | undefined
}

/**
 * Render the index page.
 *
 * @param entries The decks.
 */
export function indexPage(entries: readonly IndexEntry[]): string {
  return htmlPage({
    title: 'Lectern decks',
    style: 'body{font:18px/1.5 system-ui,sans-serif;max-width:48rem;margin:3rem auto;padding:0 1rem;color:#1b1b1f}a{color:#0b57d0}li{margin:.4rem 0}.meta{color:#555;font-size:.85em}.error{color:#b3261e}',
    body: [
      h('h1', 'Lectern decks'),
      h(
        'ul',
        entries.map((entry) =>
          h('li', [
            h('a', { href: `${encodeURIComponent(entry.name)}.html` }, entry.title || entry.name),
            ' ',
            entry.error ? h('span.error', `(build failed: ${entry.error})`) : h('span.meta', `${entry.name}.html · ${entry.slides ?? 0} slides`)
          ])
        )
      )
    ]
  })
}

/**
 * The page served for a deck that has never built: empty, with the live
 * reload client, which shows the error overlay and reloads on the next good save.
 *
 * @param clientSrc Src of the live-reload script.
 */
export function failedDeckPage(clientSrc: string): string {
  return htmlPage({ title: 'Build failed', body: [h('script', { src: clientSrc })] })
}
