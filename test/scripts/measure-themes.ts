/**
 * `npm run measure-themes`: measure every theme Lectern ships (its own and
 * reveal.js's) in Chromium and write `src/article/measured-themes.json`, the
 * committed box model article mode fits slides with when no browser is at
 * hand. `test/theme/theme-measurements.test.ts` measures again and fails when the
 * committed data no longer matches (a theme's CSS, a font or reveal.js
 * changed): run this script then, and review the diff.
 *
 * Usage: node build/test/scripts/measure-themes.js [--browser PATH]
 */
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'puppeteer-core'
import { VFile } from 'vfile'
import { measurementsVersion, textsOf, type FontAdvances, type MeasuredThemes } from '../../src/article/theme-measurements.js'
import { launchBrowser } from '../../src/print/browser.js'
import { defaultConfig } from '../../src/markdown/config.js'
import { createThemeResolver } from '../../src/theme/deck-theme.js'
import { measureTheme } from '../../src/theme/measure-theme.js'
import { packageRoot } from '../../src/package-paths.js'
import { listThemes } from '../../src/theme/theme-resolve.js'

const require = createRequire(import.meta.url)

/** Where the committed measurements live. */
export const measuredThemesPath = path.join(packageRoot, 'src', 'article', 'measured-themes.json')

/**
 * Measure every shipped theme at 1280×720.
 *
 * @param browser A running browser.
 * @returns The measurements, fonts shared between themes, numbers rounded.
 */
export async function measureShippedThemes(browser: Browser): Promise<MeasuredThemes> {
  // An empty project folder: no project theme may shadow a shipped one.
  const projectDir = await mkdtemp(path.join(tmpdir(), 'lectern-measure-themes-'))
  try {
    const resolve = createThemeResolver({ projectDir })
    const names = (await listThemes({ projectDir })).filter((theme) => theme.source !== 'project').map((theme) => theme.name)
    const fonts: Record<string, FontAdvances> = {}
    const themes: MeasuredThemes['themes'] = {}
    for (const name of names) {
      const config = { ...defaultConfig, theme: name, themeVariables: {}, css: [], reveal: {} }
      const resolved = await resolve(config, new VFile({ path: path.join(projectDir, 'probe.md'), cwd: projectDir }))
      const { fonts: own, ...theme } = round(await measureTheme(browser, resolved, config))
      // A font key two themes use for different fonts (a family that is missing, falling back differently) gets the theme's name.
      const renamed = new Map<string, string>()
      for (const [key, advances] of Object.entries(own)) {
        const shared = fonts[key] === undefined || JSON.stringify(fonts[key]) === JSON.stringify(advances)
        const unique = shared ? key : `${key} [${name}]`
        fonts[unique] = advances
        if (unique !== key) renamed.set(key, unique)
      }
      for (const text of textsOf(theme)) for (const field of ['font', 'bold', 'code'] as const) text[field] = renamed.get(text[field]) ?? text[field]
      themes[name] = theme
    }
    const sortedFonts = Object.fromEntries(Object.keys(fonts).sort().map((key) => [key, fonts[key]!]))
    const reveal = (JSON.parse(await readFile(path.join(path.dirname(require.resolve('reveal.js/reveal.css')), '..', 'package.json'), 'utf8')) as { version: string }).version
    return { version: measurementsVersion, reveal, fonts: sortedFonts, themes }
  } finally {
    await rm(projectDir, { recursive: true, force: true })
  }
}

/** Numbers rounded to 1/1000 (layout works in 1/64 px; advances are kept to 1/10000 em). */
function round<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? value : Math.round(value * 1000) / 1000) as T
  if (Array.isArray(value)) return value.map(round) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'advances' ? inner : round(inner)])) as T
  return value
}

/**
 * The JSON file that holds `data`: one value a line where it is an object of
 * objects, a text style or a font's advances on one line, so a diff shows
 * which theme and which number changed.
 *
 * @param data Measurements of the shipped themes.
 * @param chromium The browser's version (`Chrome/156.0.8078.114`), kept in the file.
 */
export function measuredThemesJson(data: MeasuredThemes, chromium: string): string {
  const { version, reveal, fonts, themes } = data
  return `${format({ version, reveal, chromium, canvas: '1280x720', fonts, themes }, '')}\n`
}

/** JSON with arrays and objects of plain values (a text style, a font's advances) on one line. */
function format(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((item) => format(item, indent)).join(', ')}]`
  const entries = Object.entries(value)
  const flat = entries.every(([, inner]) => inner === null || typeof inner !== 'object')
  if (flat) return `{ ${entries.map(([key, inner]) => `${JSON.stringify(key)}: ${JSON.stringify(inner)}`).join(', ')} }`
  const inner = `${indent}  `
  return `{\n${entries.map(([key, child]) => `${inner}${JSON.stringify(key)}: ${format(child, inner)}`).join(',\n')}\n${indent}}`
}

/** A difference between committed and fresh measurements. */
export interface MeasurementDifference {
  /** Where, e.g. `themes.lectern.paragraph.text.lineHeight`. */
  path: string
  committed: unknown
  measured: unknown
}

/**
 * Where two sets of measurements differ by more than rounding: lengths by
 * more than 0.5px and 0.5%, advances by more than 0.002em; any key, font or
 * string that differs.
 *
 * @param committed The committed data.
 * @param measured A fresh measurement.
 */
export function compareMeasurements(committed: MeasuredThemes, measured: MeasuredThemes): MeasurementDifference[] {
  const differences: MeasurementDifference[] = []
  const walk = (a: unknown, b: unknown, where: string, advance: boolean): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      const tolerance = advance ? 0.002 : Math.max(0.5, Math.abs(a) * 0.005)
      if (Math.abs(a - b) > tolerance) differences.push({ path: where, committed: a, measured: b })
      return
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${where}.${key}`, advance || where === 'fonts')
      }
      return
    }
    if (a !== b) differences.push({ path: where, committed: a, measured: b })
  }
  const { fonts: committedFonts, themes: committedThemes } = committed
  walk({ version: committed.version, fonts: committedFonts, themes: committedThemes }, { version: measured.version, fonts: measured.fonts, themes: measured.themes }, 'measurements', false)
  return differences.map((difference) => ({ ...difference, path: difference.path.replace(/^measurements\./, '') }))
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--browser')
  const session = await launchBrowser({ executablePath: at > 0 ? process.argv[at + 1] : undefined })
  try {
    const data = await measureShippedThemes(session.browser)
    await writeFile(`${measuredThemesPath}.tmp`, measuredThemesJson(data, await session.browser.version()))
    await rename(`${measuredThemesPath}.tmp`, measuredThemesPath)
    process.stderr.write(`measured ${Object.keys(data.themes).length} themes (${Object.keys(data.fonts).length} fonts) into ${path.relative(process.cwd(), measuredThemesPath)}\n`)
  } finally {
    await session.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  })
}
