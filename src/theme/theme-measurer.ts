/**
 * The theme measurer the CLI gives the renderer: a theme is measured in
 * Chromium once, then read from a cache keyed by the hash of everything that
 * shapes its layout (stylesheets, fonts, theme variables, the deck's size,
 * Lectern's own CSS and probe). The cache lives under the OS temporary folder
 * (or `LECTERN_CACHE_DIR`), never in the project or the output.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { cacheRoot } from '../package-paths.js'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { coreAssets, highlightAsset, lecternStylesheet } from '../html/assets.js'
import { measurementsVersion, type ThemeMeasurements } from '../article/theme-measurements.js'
import type { ThemeMeasurer } from './deck-metrics.js'
import type { ResolvedTheme } from '../html/render.js'
import { probeScripts, probeSource } from './theme-probe.js'
import type { DeckConfig } from '../types.js'
import { readCacheFile, writeCacheFile } from '../write/cache-file.js'

/** Options of {@link createThemeMeasurer}. */
export interface ThemeMeasurerOptions {
  /** The browser to measure in, asked for on the first theme that is not cached; it may throw (no browser found). */
  browser: () => Promise<Browser>
  /** Cache folder; default `$LECTERN_CACHE_DIR/theme-measurements`, else `<OS temp>/lectern-cache/theme-measurements`. */
  cacheDir?: string | undefined
  /** Milliseconds to measure one theme; default 30000. */
  timeout?: number | undefined
}

/**
 * The default cache folder of theme measurements.
 *
 * @param env Environment; default `process.env`.
 */
export function defaultMeasurementCache(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheRoot(env), 'theme-measurements')
}

/**
 * A {@link ThemeMeasurer} that reads the cache first and measures (in the
 * browser `options.browser` gives) only what it has not seen; one theme is
 * measured once even when several decks ask at the same time.
 *
 * @param options Browser, cache folder (default {@link defaultMeasurementCache}) and timeout.
 */
export function createThemeMeasurer(options: ThemeMeasurerOptions): ThemeMeasurer {
  const cacheDir = options.cacheDir ?? defaultMeasurementCache()
  const pending = new Map<string, Promise<ThemeMeasurements>>()
  return async function (theme: ResolvedTheme, config: DeckConfig): Promise<ThemeMeasurements> {
    const key = await measurementKey(theme, config)
    let measuring = pending.get(key)
    if (!measuring) {
      measuring = (async () => {
        const file = path.join(cacheDir, `${key}.json`)
        const cached = await readCached(file)
        if (cached) return cached
        const { measureTheme } = await import('./measure-theme.js')
        const measured = await measureTheme(await options.browser(), theme, config, { timeout: options.timeout })
        await writeCacheFile(file, measured)
        return measured
      })()
      pending.set(key, measuring)
      measuring.catch(() => pending.delete(key))
    }
    return measuring
  }
}

/** Cached measurements of this version of the measurements. */
const readCached = (file: string): Promise<ThemeMeasurements | undefined> =>
  readCacheFile<ThemeMeasurements>(file, (value) => value.version === measurementsVersion && typeof value.fonts === 'object')

/**
 * The cache key of a theme at a deck's size: a hash of the measurements'
 * version, the probe, the deck's width and height, and the content of every
 * stylesheet and font the deck loads (Lectern's and reveal.js's CSS, the
 * theme's files, generated files and inline theme variables).
 *
 * @param theme The resolved theme.
 * @param config The deck's `width` and `height`.
 */
export async function measurementKey(theme: ResolvedTheme, config: Pick<DeckConfig, 'width' | 'height'>): Promise<string> {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ version: measurementsVersion, probe: probeSource, page: probeScripts, width: config.width, height: config.height }))
  hash.update(JSON.stringify({ stylesheets: theme.stylesheets, inlineCss: theme.inlineCss ?? '', codeTheme: theme.codeTheme ?? '', lectern: lecternStylesheet }))
  const code = theme.codeTheme ? [highlightAsset(theme.codeTheme)] : []
  const files = [...coreAssets().filter((file) => file.to.endsWith('.css')), ...theme.files, ...code].sort((a, b) => a.to.localeCompare(b.to))
  for (const file of files) {
    hash.update(`\0${file.to}\0`)
    hash.update(await readFile(file.from).catch(() => Buffer.from('missing')))
  }
  for (const file of [...(theme.generated ?? [])].sort((a, b) => a.to.localeCompare(b.to))) hash.update(`\0${file.to}\0${file.content}`)
  return hash.digest('hex').slice(0, 32)
}
