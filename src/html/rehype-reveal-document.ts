/**
 * rehype plugin: wrap the slides in a complete, offline Reveal.js document:
 * `<head>` with the stylesheets, `.reveal > .slides`, the scripts, and
 * `Reveal.initialize` with the deck's options.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { DeckConfig } from '../types.js'

/** Options of {@link rehypeRevealDocument}. */
export interface RevealDocumentOptions {
  /** Deck configuration (title, size, transition, `reveal:` options). */
  config: DeckConfig
  /** Document title; default the config's title. */
  title?: string | undefined
  /** Stylesheet hrefs, in order, relative to the deck. */
  stylesheets: readonly string[]
  /** Stylesheets enabled only when printing a handout (alternate stylesheets titled `handout`). */
  handoutStylesheets?: readonly string[] | undefined
  /** Script srcs, in order, relative to the deck (reveal.js first). */
  scripts: readonly string[]
  /** Script srcs loaded after `Reveal.initialize`. */
  extraScripts?: readonly string[] | undefined
  /** CSS placed in a `<style>` after the stylesheets (theme variables). */
  inlineCss?: string | undefined
  /** Text of a footer shown on every slide. */
  footer?: string | undefined
  /** Href of a logo shown on every slide. */
  logo?: string | undefined
  /** Generator name and version for `<meta name="generator">`. */
  generator?: string | undefined
}

/**
 * The options passed to `Reveal.initialize`: Lectern's defaults, the deck's
 * size and transition, then the front matter's `reveal:` mapping.
 *
 * @param config Deck configuration.
 */
export function revealOptions(config: DeckConfig): Record<string, unknown> {
  return {
    hash: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    width: config.width,
    height: config.height,
    margin: 0.04,
    center: true,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    ...(config.transition ? { transition: config.transition } : {}),
    ...config.reveal
  }
}

/**
 * Wrap the tree of slides into a Reveal.js document.
 *
 * @param options Stylesheets, scripts and configuration.
 */
export function rehypeRevealDocument(options: RevealDocumentOptions) {
  return function (tree: Root): Root {
    const { config } = options
    const slides = tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
    const chrome: Element[] = []
    if (options.footer) chrome.push(h('div.lectern-footer', options.footer))
    if (options.logo) chrome.push(h('img.lectern-logo', { src: options.logo, alt: '' }))

    const head = h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      options.generator ? h('meta', { name: 'generator', content: options.generator }) : undefined,
      config.author ? h('meta', { name: 'author', content: String(config.author) }) : undefined,
      config.description ? h('meta', { name: 'description', content: String(config.description) }) : undefined,
      h('title', options.title ?? config.title ?? 'Slides'),
      ...options.stylesheets.map((href) => h('link', { rel: 'stylesheet', href })),
      ...(options.handoutStylesheets ?? []).map((href) => h('link', { rel: 'alternate stylesheet', title: 'handout', href, disabled: true })),
      h('style', `:root { --lectern-slide-width: ${config.width}px; --lectern-slide-height: ${config.height}px; }`),
      // Theme variables may start with an @import, so they get a style element of their own.
      options.inlineCss ? h('style', options.inlineCss) : undefined
    ])

    const init = `Reveal.initialize(Object.assign(${scriptJson(revealOptions(config))}, { plugins: [RevealNotes] }));`
    const body = h('body', [
      h('div.reveal', [h('div.slides', slides), ...chrome]),
      ...options.scripts.map((src) => h('script', { src })),
      h('script', init),
      ...(options.extraScripts ?? []).map((src) => h('script', { src }))
    ])

    return {
      type: 'root',
      children: [{ type: 'doctype' }, h('html', { lang: config.lang }, [head, body])]
    }
  }
}

/** JSON that is safe inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
