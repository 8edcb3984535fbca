/**
 * Writing a built deck as an editable PowerPoint file: its slides read from
 * the rendered document's tree, its pictures read from the project under the
 * read policy (never fetched), the file written atomically. The edge of the
 * `pptx/` stage; import it lazily (it loads `pptxgenjs`).
 */
import { imageSize } from 'image-size'
import { LecternError } from '../errors.js'
import type { RenderedDeck } from '../html/render.js'
import { openToRead } from '../read/read-policy.js'
import type { MediaAsset } from '../types.js'
import { describeWriteError, writeFileAtomic } from '../write/write-file.js'
import { pptxDocument, type PptxImage } from './pptx-document.js'
import { pptxThemeOf } from './pptx-theme.js'
import { slidesOf } from './slide-model.js'
import type { SlideModel } from './slide-model-types.js'

/** Options of {@link exportPptx}. */
export interface PptxExportOptions {
  /** Where to write the `.pptx` file (atomically). */
  pptxPath: string
}

/** What {@link exportPptx} wrote. */
export interface PptxResult {
  /** Where the file was written. */
  pptxPath: string
  /** Number of slides. */
  slides: number
  /** Size in bytes. */
  bytes: number
  /** Pictures that could not be put in (remote, missing, or of a type PowerPoint does not show), by `src`; drawn as their description. */
  missingImages: string[]
}

const imageTypes: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp'
}

/**
 * Write a built deck as an editable PowerPoint file.
 *
 * @param deck The built deck: its rendered document and the media copied with it.
 * @param options Where to write.
 * @throws {LecternError} `output` when the file cannot be written.
 */
export async function exportPptx(deck: { rendered: RenderedDeck; media: readonly MediaAsset[] }, options: PptxExportOptions): Promise<PptxResult> {
  const { rendered } = deck
  const slides = slidesOf(rendered.tree)
  const config = rendered.deck.config
  const theme = pptxThemeOf(rendered.theme.variables ?? {}, config.width)
  const { images, missing } = await loadImages(slides, deck.media)
  const bytes = await pptxDocument(slides, {
    theme,
    images,
    title: config.title,
    author: config.author,
    subject: config.description ?? config.subtitle,
    // The deck numbers its slides unless told not to (`reveal: { slideNumber: false }`, `slideNumbers: false`).
    slideNumbers: config.reveal.slideNumber !== false
  })
  try {
    await writeFileAtomic(options.pptxPath, bytes)
  } catch (error) {
    throw new LecternError(`Could not write the PowerPoint file: ${describeWriteError(error)}`, { code: 'output', file: options.pptxPath, cause: error })
  }
  return { pptxPath: options.pptxPath, slides: slides.length, bytes: bytes.byteLength, missingImages: missing }
}

/** The pictures of every slide: local media by their copy's path, `data:` URLs decoded; nothing from the network. */
async function loadImages(slides: readonly SlideModel[], media: readonly MediaAsset[]): Promise<{ images: Map<string, PptxImage>; missing: string[] }> {
  const sources = new Set<string>()
  const visit = (blocks: SlideModel['blocks']): void => {
    for (const block of blocks) {
      if (block.kind === 'image') sources.add(block.src)
      if (block.kind === 'columns') block.columns.forEach(visit)
    }
  }
  for (const slide of slides) {
    visit(slide.blocks)
    if (slide.background?.image) sources.add(slide.background.image)
  }
  const byTarget = new Map(media.map((asset) => [asset.to, asset]))
  const images = new Map<string, PptxImage>()
  const missing: string[] = []
  for (const src of sources) {
    const image = await loadImage(src, byTarget).catch(() => undefined)
    if (image) images.set(src, image)
    else missing.push(src)
  }
  return { images, missing }
}

async function loadImage(src: string, media: ReadonlyMap<string, MediaAsset>): Promise<PptxImage | undefined> {
  let data: Uint8Array
  const inline = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(src)
  if (inline) {
    data = inline[2] ? Buffer.from(inline[3]!, 'base64') : Buffer.from(decodeURIComponent(inline[3]!))
  } else {
    const asset = media.get(src)
    if (!asset?.rule) return undefined
    // Read again under the rule it was copied under (read-policy.ts): inside the project, a real file of a media type.
    const handle = await openToRead(asset.from, asset.rule)
    try {
      data = await handle.readFile()
    } finally {
      await handle.close()
    }
  }
  const size = imageSize(data)
  const type = size.type ? imageTypes[size.type] : undefined
  if (!type || !size.width || !size.height) return undefined
  return { data, type, width: size.width, height: size.height }
}
