/**
 * Building decks to disk: read each source, render it, check and copy its
 * media and assets, and write `OUT/NAME.html` atomically.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { ThemeMeasurer } from '../theme/deck-metrics.js'
import type { DiagramRenderer } from '../mermaid/mermaid-blocks.js'
import { createThemeResolver } from '../theme/deck-theme.js'
import { LecternError, expectArgument } from '../errors.js'
import type { DeckSource } from '../read/inputs.js'
import { deepListLines, maxListIndent } from '../read/normalize-source.js'
import { checkRead, describeRefusal, isInside, type ReadRule } from '../read/read-policy.js'
import { assertSourceText, readSource } from '../read/read-source.js'
import { mediaRoots, pictureExists } from '../read/picture-check.js'
import { formatOf, renderDeck, type RenderedDeck, type SourceFormat, type ThemeResolver } from '../html/render.js'
import type { DeckConfig, MediaAsset } from '../types.js'
import { AssetWriter } from './write-assets.js'
import { describeWriteError, makeDirectory, writeFileAtomic } from './write-file.js'

/** Options of {@link buildDeck}. */
export interface BuildOptions {
  /** Output folder; default `dist`. */
  outDir?: string | undefined
  /** Project folder: relative paths and allowed media live under it; default `process.cwd()`. */
  cwd?: string | undefined
  /** Settings that win over front matter (e.g. `theme` from `--theme`). */
  overrides?: Partial<DeckConfig> | undefined
  /** Theme resolver; default: Lectern's, reveal.js's and the project's themes. */
  resolveTheme?: ThemeResolver | undefined
  /** Measures a theme without committed measurements, for article mode's fit; default none (a cautious fallback, with a warning). */
  measureTheme?: ThemeMeasurer | undefined
  /** Draws Mermaid diagrams (in a browser); default none: they stay code blocks, with a warning. */
  renderDiagrams?: DiagramRenderer | undefined
  /** Shared asset writer, so a batch copies each asset once. */
  assets?: AssetWriter | undefined
  /** Extra scripts for the deck (the dev server's live reload). */
  extraScripts?: readonly string[] | undefined
  /** Text of a standard-input source (read by the caller). */
  stdinText?: string | undefined
  /** `markdown`, `text` or `html`; default from the extension (standard input: text). */
  format?: SourceFormat | undefined
  /** Sanitise raw HTML; default on for text, web pages and standard input, off for Markdown files. */
  safe?: boolean | undefined
  /** Name of the written HTML file; default `NAME.html`. */
  htmlName?: string | undefined
  /** Write the HTML file; default true (false renders and checks only). */
  writeHtml?: boolean | undefined
  /** Write one self-contained HTML file (assets, fonts and pictures inside it) and no `assets/` folder; default false. */
  singleFile?: boolean | undefined
}

/** The outcome of building one deck. */
export interface BuiltDeck {
  /** The source. */
  source: DeckSource
  /** Path of the written HTML (even when `writeHtml` is false: where it would be). */
  htmlPath: string
  /** The rendered deck (with its vfile and messages). */
  rendered: RenderedDeck
  /** Local media that exist and are copied with the deck. */
  media: MediaAsset[]
  /** Size of the written HTML file in bytes (when it was written). */
  bytes?: number | undefined
}

/**
 * Build one deck.
 *
 * @param source The deck source: `{ path, name }` (see `expandInputs`); the path relative to `options.cwd`.
 * @param options Output folder (default `dist`), working folder (default `process.cwd()`), overrides, theme resolver.
 * @throws LecternError `usage` when an argument is not what it should be; `input`, `theme`, `output` when the source cannot be read, rendered or written.
 */
export async function buildDeck(source: DeckSource, options: BuildOptions = {}): Promise<BuiltDeck> {
  expectArgument(
    typeof source === 'object' && source !== null && typeof source.path === 'string' && typeof source.name === 'string' && source.name !== '',
    'buildDeck(source)',
    'a deck source { path, name } such as expandInputs returns (to render text, use renderDeck)',
    source
  )
  expectArgument(typeof options === 'object' && options !== null && !Array.isArray(options), 'buildDeck(source, options)', 'an options object { outDir, cwd, overrides… }', options)
  for (const key of ['outDir', 'cwd', 'htmlName'] as const) {
    expectArgument(options[key] === undefined || typeof options[key] === 'string', `buildDeck options.${key}`, 'a path string', options[key])
  }
  const cwd = options.cwd ?? process.cwd()
  const outDir = path.resolve(cwd, options.outDir ?? 'dist')
  // A web page is read in the encoding it declares (`<meta charset="windows-1252">`).
  const html = !source.stdin && (options.format ?? formatOf(new VFile({ path: source.path }))) === 'html'
  const text = source.stdin ? (options.stdinText ?? '') : await readSource(path.resolve(cwd, source.path), source.path, { html })
  assertSourceText(text, source.path, source.stdin ? 'Standard input' : 'The file')
  const file = new VFile({ value: text, path: source.stdin ? undefined : source.path, cwd })
  if (source.stdin) file.stem = 'stdin'
  const deepLines = deepListLines(text)
  if (deepLines.length > 0) {
    file.message(`List items indented more than ${maxListIndent} columns are moved back to column ${maxListIndent} (${deepLines.length} lines)`, {
      place: { line: deepLines[0]!, column: 1 },
      ruleId: 'deep-nesting',
      source: 'lectern'
    })
  }
  const format = options.format ?? (source.stdin ? 'text' : undefined)
  const safe = options.safe ?? (source.stdin || (format ?? formatOf(file)) !== 'markdown')

  let rendered: RenderedDeck
  try {
    rendered = await renderDeck(file, {
      overrides: options.overrides,
      resolveTheme: options.resolveTheme ?? createThemeResolver(),
      measureTheme: options.measureTheme,
      renderDiagrams: options.renderDiagrams,
      checkPicture: pictureExists,
      extraScripts: options.extraScripts,
      format,
      safe
    })
  } catch (error) {
    throw toLecternError(error, source.path)
  }

  const media = await checkMedia(rendered.deck.media, file, mediaRoots(file))
  const htmlPath = path.join(outDir, options.htmlName ?? `${source.name}.html`)
  let bytes: number | undefined
  if (options.writeHtml !== false) {
    try {
      await makeDirectory(outDir)
      if (options.singleFile) {
        // Everything inside the page: no assets/ folder beside it.
        const { singleFileHtml } = await import('./single-file.js')
        const single = await singleFileHtml(rendered, media)
        for (const missing of single.missing) {
          file.message(`Could not put \`${missing}\` inside the single file; it stays a link`, { ruleId: 'single-file', source: 'lectern' })
        }
        await writeFileAtomic(htmlPath, single.html)
        bytes = Buffer.byteLength(single.html)
      } else {
        const writer = options.assets ?? new AssetWriter(outDir)
        await writer.write([...rendered.assets, ...media], rendered.generated)
        await writeFileAtomic(htmlPath, rendered.html)
        bytes = Buffer.byteLength(rendered.html)
      }
    } catch (error) {
      if (error instanceof LecternError) throw error
      const shown = isInside(outDir, cwd) ? path.relative(cwd, outDir) || '.' : outDir
      // The message names the folder; the source is not at fault.
      throw new LecternError(`Cannot write to ${shown}: ${describeWriteError(error)}`, { code: 'output', cause: error })
    }
  }
  return { source, htmlPath, rendered, media, bytes }
}

/** Keep the media the read policy allows (inside the project, real files of a media type); warn about the rest. */
async function checkMedia(media: readonly MediaAsset[], file: VFile, roots: readonly string[]): Promise<MediaAsset[]> {
  const found: MediaAsset[] = []
  const rule: ReadRule = { kind: 'media', roots }
  for (const asset of media) {
    const decision = await checkRead(asset.from, rule)
    if (!decision.refused) {
      found.push({ ...asset, rule })
      continue
    }
    if (decision.refused === 'missing') {
      file.message(`Cannot find image \`${asset.url}\``, { place: asset.position, ruleId: 'missing-media', source: 'lectern' })
      continue
    }
    // A pipe or device never finishes copying (nor loading in the browser).
    const folder = decision.refused === 'not-file' && (await stat(asset.from).catch(() => undefined))?.isDirectory()
    file.message(`Not copying \`${asset.url}\`: ${folder ? 'it is a folder' : describeRefusal(decision.refused, rule.kind)}`, {
      place: asset.position,
      ruleId: decision.refused === 'outside' ? 'media-outside' : decision.refused === 'type' ? 'media-type' : 'media-not-file',
      source: 'lectern'
    })
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
  const reason =
    error instanceof RangeError
      ? 'it is nested too deeply or too large to render (simplify deeply nested lists, quotes or HTML)'
      : String((error as Error)?.message ?? error).split('\n')[0]
  return new LecternError(`Cannot render the document: ${reason}`, { code: 'input', file, cause: error })
}
