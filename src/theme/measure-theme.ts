/**
 * Measuring a theme in Chromium: the probe deck (`theme-probe.ts`) is built
 * with the deck's resolved theme (stylesheets, fonts, theme variables) at the
 * deck's size into a temporary folder, opened in reveal's print view, and
 * measured. Import lazily: it drives a browser.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'puppeteer-core'
import { measuredCharset, measurementsVersion, type ThemeMeasurements } from '../article/theme-measurements.js'
import { restrictRequests, withPage } from '../print/browser.js'
import { openPrintView } from '../print/print-view.js'
import { renderDeck, type ResolvedTheme } from '../html/render.js'
import { measureProbeBoxes, measureProbeFonts, probeSource } from './theme-probe.js'
import type { DeckConfig } from '../types.js'
import { AssetWriter } from '../write/write-assets.js'

/** Options of {@link measureTheme}. */
export interface MeasureThemeOptions {
  /** Milliseconds to load and measure the probe; default 30000. */
  timeout?: number | undefined
}

/**
 * Measure a resolved theme at a deck's size in a running browser.
 *
 * @param browser A browser from `launchBrowser`.
 * @param theme The deck's resolved theme (with its theme variables' CSS and files).
 * @param config The deck's `width` and `height`.
 * @param options Timeout (default 30 s).
 * @returns The theme's measurements.
 * @throws {LecternError} `timeout` or `browser` when the probe cannot be laid out.
 */
export async function measureTheme(browser: Browser, theme: ResolvedTheme, config: Pick<DeckConfig, 'width' | 'height'>, options: MeasureThemeOptions = {}): Promise<ThemeMeasurements> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lectern-measure-'))
  try {
    const rendered = await renderDeck(probeSource, {
      path: 'probe.md',
      cwd: dir,
      format: 'markdown',
      safe: false,
      overrides: { condense: false, fit: false, width: config.width, height: config.height, slideLevel: 2 },
      resolveTheme: async () => theme
    })
    await new AssetWriter(dir).write(rendered.assets, rendered.generated)
    const htmlPath = path.join(dir, 'probe.html')
    await writeFile(htmlPath, rendered.html)
    return await withPage(browser, async (page) => {
      await restrictRequests(page, { allowedRoots: [dir] })
      await openPrintView(page, { htmlPath, timeout: options.timeout })
      const { fontStacks, ...boxes } = await page.evaluate(measureProbeBoxes, measurementsVersion)
      const fonts = await page.evaluate(measureProbeFonts, fontStacks, measuredCharset)
      return { ...boxes, fonts }
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
