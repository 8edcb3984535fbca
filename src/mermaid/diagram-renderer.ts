/**
 * The diagram renderer the CLI gives the renderer: a diagram is drawn in
 * Chromium once, then read from a cache keyed by the hash of its source, its
 * theme, Mermaid's version and Lectern's Mermaid settings, so a rebuild
 * starts no browser. The cache lives beside the theme measurements (under
 * `LECTERN_CACHE_DIR`, else the OS temporary folder), never in the project.
 */
import { createHash } from 'node:crypto'
import { cacheRoot } from '../package-paths.js'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { readCacheFile, writeCacheFile } from '../write/cache-file.js'
import type { DiagramRenderer, DiagramRequest, DiagramResult } from './mermaid-blocks.js'
import { mermaidBundle, mermaidConfig } from './mermaid-bundle.js'

/** Options of {@link createDiagramRenderer}. */
export interface DiagramRendererOptions {
  /** The browser to draw in, asked for on the first diagram not cached; it may throw (no browser found). */
  browser: () => Promise<Browser>
  /** Cache folder; default {@link defaultDiagramCache}. */
  cacheDir?: string | undefined
  /** Milliseconds to draw one deck's diagrams; default 30000. */
  timeout?: number | undefined
}

/**
 * The default cache folder of drawn diagrams.
 *
 * @param env Environment; default `process.env`.
 */
export function defaultDiagramCache(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheRoot(env), 'mermaid')
}

/**
 * The cache key of a diagram: a hash of its source, theme, Mermaid's version and Lectern's settings.
 *
 * @param request The diagram.
 * @param version Mermaid's version.
 * @param config Lectern's Mermaid configuration.
 */
export function diagramKey(request: DiagramRequest, version: string, config: unknown): string {
  return createHash('sha256').update(JSON.stringify({ code: request.code, theme: request.theme, version, config })).digest('hex').slice(0, 32)
}

/** A cached drawing: an SVG or the error Mermaid gave. */
const readCached = (file: string): Promise<DiagramResult | undefined> =>
  readCacheFile<DiagramResult>(file, (value) => typeof value.svg === 'string' || typeof value.error === 'string')

/**
 * A {@link DiagramRenderer} that reads the cache first and draws only what it
 * has not seen, all of a deck's new diagrams in one page. Mermaid and the
 * browser load only then.
 *
 * @param options Browser, cache folder and timeout.
 */
export function createDiagramRenderer(options: DiagramRendererOptions): DiagramRenderer {
  const cacheDir = options.cacheDir ?? defaultDiagramCache()
  return async function (requests) {
    const { version } = mermaidBundle()
    const files = requests.map((request) => path.join(cacheDir, `${diagramKey(request, version, mermaidConfig)}.json`))
    const results = await Promise.all(files.map(readCached))
    const missing = results.flatMap((result, index) => (result ? [] : [index]))
    if (missing.length > 0) {
      const { drawDiagrams } = await import('./draw-diagrams.js')
      const drawn = await drawDiagrams(await options.browser(), missing.map((index) => requests[index]!), { timeout: options.timeout })
      for (const [at, index] of missing.entries()) {
        results[index] = drawn[at]!
        await writeCacheFile(files[index]!, drawn[at])
      }
    }
    return results as DiagramResult[]
  }
}
