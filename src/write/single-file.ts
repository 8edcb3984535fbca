/**
 * Reading what a rendered deck links (its assets, generated files and local
 * media, each under the read policy it is copied under) and putting it all
 * inside the document: `--single-file`. The inlining itself is pure
 * (`html/inline-assets.ts`); this module is its edge.
 */
import { readFile } from 'node:fs/promises'
import { toHtml } from 'hast-util-to-html'
import type { AssetFile } from '../html/assets.js'
import { inlineAssets, type InlineFile } from '../html/inline-assets.js'
import type { RenderedDeck } from '../html/render.js'
import { openToRead } from '../read/read-policy.js'
import type { MediaAsset } from '../types.js'

/** What {@link singleFileHtml} made. */
export interface SingleFileHtml {
  /** The self-contained document. */
  html: string
  /** Files the document links that could not be put inside it (left as links). */
  missing: string[]
}

/**
 * A rendered deck as one self-contained HTML document.
 *
 * @param rendered The rendered deck (its tree, assets and generated files).
 * @param media Local media that exist and may be read (`BuiltDeck.media`).
 */
export async function singleFileHtml(rendered: Pick<RenderedDeck, 'tree' | 'assets' | 'generated'>, media: readonly MediaAsset[]): Promise<SingleFileHtml> {
  const files = new Map<string, InlineFile>()
  const sources: Array<AssetFile | MediaAsset> = [...rendered.assets, ...media]
  await Promise.all(
    sources.map(async (file) => {
      const data = await readAsset(file).catch(() => undefined)
      if (data) files.set(file.to, { data })
    })
  )
  for (const file of rendered.generated) files.set(file.to, { data: Buffer.from(file.content) })
  const { tree, missing } = inlineAssets(rendered.tree, files)
  return { html: toHtml(tree, { allowDangerousHtml: true }), missing }
}

/** A file's bytes; a file the document named is read under its rule (see `read-policy.ts`). */
async function readAsset(file: AssetFile | MediaAsset): Promise<Uint8Array> {
  if (!file.rule) return readFile(file.from)
  const handle = await openToRead(file.from, file.rule)
  try {
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
