/**
 * Building decks to disk: read each source, render it, check and copy its
 * media and assets, and write `OUT/NAME.html` atomically.
 */
import { access, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { LecternError } from './errors.js'
import type { DeckSource } from './inputs.js'
import { readSource } from './read-source.js'
import { renderDeck, type RenderedDeck, type ThemeResolver } from './render.js'
import type { DeckConfig, MediaAsset } from './types.js'
import { AssetWriter } from './write-assets.js'
import { writeFileAtomic } from './write-file.js'

/** Options of {@link buildDeck}. */
export interface BuildOptions {
  /** Output folder; default `dist`. */
  outDir?: string | undefined
  /** Project folder: relative paths and allowed media live under it; default `process.cwd()`. */
  cwd?: string | undefined
  /** Settings that win over front matter (e.g. `theme` from `--theme`). */
  overrides?: Partial<DeckConfig> | undefined
  /** Theme resolver. */
  resolveTheme?: ThemeResolver | undefined
  /** Shared asset writer, so a batch copies each asset once. */
  assets?: AssetWriter | undefined
  /** Write the HTML file; default true (false renders and checks only). */
  writeHtml?: boolean | undefined
}

/** The outcome of building one deck. */
export interface BuiltDeck {
  /** The source. */
  source: DeckSource
  /** Path of the written HTML (even when `writeHtml` is false: where it would be). */
  htmlPath: string
  /** The rendered deck (with its vfile and messages). */
  rendered: RenderedDeck
}

/**
 * Build one deck.
 *
 * @param source The deck source.
 * @param options Output folder, overrides, theme resolver.
 * @throws LecternError when the source cannot be read or rendered.
 */
export async function buildDeck(source: DeckSource, options: BuildOptions = {}): Promise<BuiltDeck> {
  const cwd = options.cwd ?? process.cwd()
  const outDir = path.resolve(cwd, options.outDir ?? 'dist')
  const text = await readSource(path.resolve(cwd, source.path))
  const file = new VFile({ value: text, path: source.path, cwd })

  let rendered: RenderedDeck
  try {
    rendered = await renderDeck(file, { overrides: options.overrides, resolveTheme: options.resolveTheme })
  } catch (error) {
    throw toLecternError(error, source.path)
  }

  const media = await checkMedia(rendered.deck.media, file, [cwd, path.resolve(cwd, path.dirname(source.path))])
  const htmlPath = path.join(outDir, `${source.name}.html`)
  if (options.writeHtml !== false) {
    try {
      await mkdir(outDir, { recursive: true })
      const writer = options.assets ?? new AssetWriter(outDir)
      await writer.write([...rendered.assets, ...media], rendered.generated)
      await writeFileAtomic(htmlPath, rendered.html)
    } catch (error) {
      if (error instanceof LecternError) throw error
      throw new LecternError(`Cannot write to ${outDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
        code: 'output',
        file: outDir,
        cause: error
      })
    }
  }
  return { source, htmlPath, rendered }
}

/** Keep the media that exist inside the allowed folders; warn about the rest. */
async function checkMedia(media: readonly MediaAsset[], file: VFile, roots: readonly string[]): Promise<MediaAsset[]> {
  const found: MediaAsset[] = []
  for (const asset of media) {
    const inside = roots.some((root) => !path.relative(root, asset.from).startsWith('..') && !path.isAbsolute(path.relative(root, asset.from)))
    if (!inside) {
      file.message(`Not copying \`${asset.url}\`: it is outside the project folder`, {
        place: asset.position,
        ruleId: 'media-outside',
        source: 'lectern'
      })
      continue
    }
    try {
      await access(asset.from)
      found.push(asset)
    } catch {
      file.message(`Cannot find image \`${asset.url}\``, { place: asset.position, ruleId: 'missing-media', source: 'lectern' })
    }
  }
  return found
}

/**
 * Turn a thrown value from rendering into a {@link LecternError} that names
 * the file and line.
 *
 * @param error What was thrown.
 * @param file The source path.
 */
export function toLecternError(error: unknown, file: string): LecternError {
  if (error instanceof LecternError) return error.file ? error : new LecternError(error.message, { code: error.code, file, cause: error })
  if (error instanceof VFileMessage) {
    return new LecternError(error.reason, {
      code: 'input',
      file,
      line: error.line ?? undefined,
      column: error.column ?? undefined,
      cause: error
    })
  }
  const reason = error instanceof RangeError ? 'the document is too deeply nested or too large to render' : String((error as Error)?.message ?? error)
  return new LecternError(`Cannot render ${file}: ${reason}`, { code: 'input', file, cause: error })
}
