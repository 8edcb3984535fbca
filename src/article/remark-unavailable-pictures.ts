/**
 * remark plugin, article mode only: mark each local picture that cannot be
 * shown (missing, outside the project, not an image) as `data.unavailable`,
 * so that condensing keeps it in the speaker notes as it keeps a picture on
 * another site (`isUnreachableImage`). A local `<img>` in raw HTML that
 * cannot be shown (`<a href="…"><img src="shell2.jpg"></a>`, a conference
 * report's photos left behind) is marked in its tag, `data-lectern-unavailable`,
 * for `isOffFace`: a slide of nothing but such pictures had printed blank.
 * The check is injected: the core reads no disk.
 */
import type { Html, Image, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { PictureCheck } from '../read/picture-check.js'
import { isLocalReference, localMediaPath } from '../markdown/remark-media.js'
import { markUnavailable } from './unavailable-mark.js'

/** Options of {@link remarkUnavailablePictures}. */
export interface UnavailablePicturesOptions {
  /** Whether a picture can be shown; none: every picture is taken as available. */
  check?: PictureCheck | undefined
}

/**
 * Mark the pictures of an article that a built deck could not show.
 *
 * @param options The check.
 */
export function remarkUnavailablePictures(options?: UnavailablePicturesOptions | null) {
  const check = options?.check
  return async function (tree: Root, file: VFile): Promise<void> {
    if (!check || !file.data.deck?.condensed || !file.path) return
    const pictures: Image[] = []
    visit(tree, 'image', (node) => {
      if (isLocalReference(node.url)) pictures.push(node)
    })
    const raw: Html[] = []
    visit(tree, 'html', (node) => {
      if (/<img\b/i.test(node.value)) raw.push(node)
    })
    const shown = async (url: string): Promise<boolean> => !isLocalReference(url) || (await check(localMediaPath(url, file), file))
    await Promise.all([
      ...pictures.map(async (node) => {
        if (!(await shown(node.url))) node.data = { ...node.data, unavailable: true } as Image['data']
      }),
      ...raw.map(async (node) => {
        const tags = [...node.value.matchAll(/<img\b[^>]*>/gi)].map((match) => match[0])
        const missing = await Promise.all(tags.map(async (tag) => {
          const url = srcOf(tag)
          return url !== undefined && !/^data:/i.test(url) && !(await shown(url))
        }))
        tags.forEach((tag, at) => {
          if (missing[at]) node.value = node.value.replace(tag, markUnavailable(tag))
        })
      })
    ])
  }
}

/** The `src` of an `<img>` tag, quoted or not. */
function srcOf(tag: string): string | undefined {
  const match = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}
