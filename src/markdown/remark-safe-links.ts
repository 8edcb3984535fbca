/**
 * remark plugin: a Markdown link or image may not run code. Raw HTML in a
 * `.md` file is trusted (it is the author's own markup), but a link is not
 * raw HTML: `[x](javascript:…)` looks like a link and runs a script when
 * clicked. Links, images and link definitions whose URL is `javascript:`,
 * `vbscript:` or a `data:` URL (other than an image for an image) lose the URL
 * and keep their text, with a warning, in every deck, `--safe` or not.
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** Schemes a Markdown link may not use. */
const scriptSchemes = /^(?:javascript|vbscript|data|livescript|mocha):/i

/** An image may show a `data:` image. */
const dataImage = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i

/**
 * Whether `url` runs code (or loads a document) when followed, as a browser
 * reads it: control characters and whitespace are ignored by the URL parser
 * (`java\tscript:` is `javascript:`).
 *
 * @param url A URL as written.
 * @param image Whether it is an image's source (a `data:` image is allowed); default `false`.
 */
export function isScriptUrl(url: string, image = false): boolean {
  const seen = url.replace(/[\u0000-\u0020\u007f]/g, '')
  if (image && dataImage.test(seen)) return false
  return scriptSchemes.test(seen)
}

/**
 * Drop script URLs from links, images and definitions, with a warning.
 */
export function remarkSafeLinks() {
  return function (tree: Root, file: VFile): void {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
      if (!isScriptUrl(node.url, node.type === 'image')) return
      const scheme = node.url.replace(/[\u0000-\u0020\u007f]/g, '').split(':')[0]!.toLowerCase()
      file.message(`Dropped the \`${scheme}:\` URL of a ${node.type === 'image' ? 'picture' : 'link'}: a link in Markdown may not run code (write raw HTML to do that on purpose)`, {
        place: node.position,
        ruleId: 'script-link',
        source: 'lectern'
      })
      node.url = ''
    })
  }
}
