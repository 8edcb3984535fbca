/**
 * remark plugin: find local media (images, slide background images) and
 * point them at their copy under `assets/media/`, so a built deck still works
 * when its folder is moved. Records each file on `file.data.deck.media`; the
 * builder copies them and reports missing ones.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { MediaAsset, Slide } from '../types.js'

const external = /^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i

/**
 * Whether `url` names a local file (not a URL with a scheme, not a fragment).
 *
 * @param url A URL or path as written in the source.
 */
export function isLocalReference(url: string): boolean {
  return url.trim() !== '' && !external.test(url.trim())
}

/**
 * The file a local media reference names: the URL decoded (kept as written
 * when it is no valid URI; the builder reports it missing), without its query
 * or fragment, resolved against the source's folder.
 *
 * @param url A local reference as written in the source.
 * @param file The source.
 */
export function localMediaPath(url: string, file: VFile): string {
  const base = file.dirname ? path.resolve(file.cwd, file.dirname) : file.cwd
  let decoded = url
  try {
    decoded = decodeURI(url)
  } catch {
    // As written.
  }
  return path.resolve(base, decoded.replace(/[?#].*$/, ''))
}

/**
 * The path, relative to the output folder, where a local file is copied:
 * `assets/media/<hash of its path in the project>-<its name>`, stable across
 * checkouts and distinct for two files of the same name.
 *
 * @param absolute Absolute path of the source file.
 * @param projectDir The project folder; default `process.cwd()`.
 */
export function mediaTarget(absolute: string, projectDir = process.cwd()): string {
  const key = path.relative(projectDir, absolute).split(path.sep).join('/')
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8)
  const name = path.basename(absolute).replace(/[^\w.-]+/g, '-')
  return `assets/media/${hash}-${name}`
}

/**
 * Rewrite local image URLs and record the files to copy.
 */
export function remarkMedia() {
  return function (tree: Root, file: VFile): void {
    const media = file.data.deck?.media
    const seen = new Map<string, MediaAsset>()

    const rewrite = (url: string, position: Position | undefined): string => {
      if (!isLocalReference(url)) return url
      const from = localMediaPath(url, file)
      let asset = seen.get(from)
      if (!asset) {
        asset = { from, to: mediaTarget(from, file.cwd), url, position }
        seen.set(from, asset)
        media?.push(asset)
      }
      return asset.to + url.slice(url.replace(/[?#].*$/, '').length)
    }

    visit(tree, (node) => {
      if (node.type === 'image') {
        node.url = rewrite(node.url, node.position)
      } else if (node.type === 'slide') {
        const attributes = (node as Slide).data?.attributes
        for (const name of ['data-background-image', 'data-background-video', 'data-background-iframe']) {
          if (name !== 'data-background-iframe' && attributes?.[name]) {
            attributes[name] = rewrite(attributes[name], node.position)
          }
        }
      }
    })
  }
}
