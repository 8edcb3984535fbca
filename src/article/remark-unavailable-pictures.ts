/**
 * remark plugin, article mode only: mark each local picture that cannot be
 * shown (missing, outside the project, not an image) as `data.unavailable`,
 * so that condensing keeps it in the speaker notes as it keeps a picture on
 * another site (`isUnreachableImage`). The check is injected: the core reads
 * no disk.
 */
import type { Image, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { PictureCheck } from '../read/picture-check.js'
import { isLocalReference, localMediaPath } from '../markdown/remark-media.js'

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
    await Promise.all(
      pictures.map(async (node) => {
        if (!(await check(localMediaPath(node.url, file), file))) node.data = { ...node.data, unavailable: true } as Image['data']
      })
    )
  }
}
