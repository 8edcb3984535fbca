/**
 * Settling the slide box model of one deck: the committed measurements of a
 * shipped theme, the deck's own theme measured in a browser (injected from
 * the edge, e.g. the CLI's cached measurer), or a cautious fallback with a
 * warning on the file. Pure apart from the injected measurer.
 */
import type { VFile } from 'vfile'
import { slideMetrics, type SlideMetrics } from '../article/slide-metrics.js'
import { changesLayout, shippedMeasurements, usesSystemFonts, type ThemeMeasurements } from '../article/theme-measurements.js'
import type { DeckConfig, ResolvedTheme } from '../types.js'

/**
 * Measures a deck's resolved theme (its stylesheets, fonts and theme
 * variables) at the deck's size, in a browser or from a cache.
 */
export type ThemeMeasurer = (theme: ResolvedTheme, config: DeckConfig) => Promise<ThemeMeasurements>

/** Gives the slide box model of the deck in `file`, whose settled configuration is `config`. */
export type MetricsProvider = (config: DeckConfig, file: VFile) => Promise<SlideMetrics>

/** Options of {@link createMetricsProvider}. */
export interface MetricsProviderOptions {
  /** The deck's theme, resolved (called at most once, and only when a theme may need measuring). */
  theme?: ((config: DeckConfig) => Promise<ResolvedTheme>) | undefined
  /** Measures a theme the shipped measurements do not cover; default none (the fallback, with a warning). */
  measure?: ThemeMeasurer | undefined
}

/**
 * A {@link MetricsProvider}: shipped measurements for a shipped theme that
 * no theme variable or extra stylesheet changes (measured again by
 * `measure`, when given, if it sets text in the system's fonts); otherwise
 * the theme measured by `measure`; when there is no measurer or it fails,
 * the fallback of {@link slideMetrics} and a `theme-unmeasured` warning on
 * the file. Each file is settled once.
 *
 * @param options Theme resolution and measurer; default none (shipped data or the fallback).
 */
export function createMetricsProvider(options: MetricsProviderOptions = {}): MetricsProvider {
  const settled = new WeakMap<VFile, Promise<SlideMetrics>>()
  return function (config, file) {
    let metrics = settled.get(file)
    if (!metrics) {
      metrics = settle(config, file, options)
      settled.set(file, metrics)
    }
    return metrics
  }
}

async function settle(config: DeckConfig, file: VFile, options: MetricsProviderOptions): Promise<SlideMetrics> {
  const theme = options.theme ? await options.theme(config) : undefined
  // A project theme may shadow a shipped one of the same name; a theme from a custom resolver is taken at its name.
  const shippedSource = theme?.source === undefined || theme.source === 'lectern' || theme.source === 'reveal'
  const shipped = !changesLayout(config) && shippedSource ? shippedMeasurements(config.theme) : undefined
  // A shipped theme set in the system's fonts is measured again where a browser can, as those fonts vary.
  const measure = options.measure && theme && (!shipped || usesSystemFonts(shipped)) ? options.measure : undefined
  if (shipped && !measure) return slideMetrics(config)
  let reason = 'no browser to measure it in'
  if (measure && theme) {
    try {
      return slideMetrics(config, await measure(theme, config))
    } catch (error) {
      if (shipped) return slideMetrics(config)
      reason = `measuring it failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`
    }
  }
  const metrics = slideMetrics(config)
  warnUnmeasured(file, config, reason)
  return metrics
}

/**
 * Warn that a deck's layout is fitted with the fallback box model.
 *
 * @param file The deck's file.
 * @param config Its configuration.
 * @param reason Why the theme was not measured.
 */
export function warnUnmeasured(file: VFile, config: DeckConfig, reason: string): void {
  const lines = file.data.frontMatterLines ?? {}
  const line = lines['theme'] ?? lines['themeVariables'] ?? lines['css']
  const what = shippedMeasurements(config.theme) ? `Theme \`${config.theme}\` with these theme variables or stylesheets` : `Theme \`${config.theme}\``
  file.message(`${what} is not measured (${reason}): slides are fitted to a cautious estimate, which may split them more than needed; with Chromium installed, \`lectern build\` measures it`, {
    place: line ? { line, column: 1 } : undefined,
    ruleId: 'theme-unmeasured',
    source: 'lectern'
  })
}
