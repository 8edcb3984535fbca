/**
 * `lectern/browser`: the parts of Lectern that drive Chromium (slide PDFs,
 * handouts, batches, layout checks, the theme gallery). Kept apart from
 * `lectern` because loading puppeteer takes time.
 */
export { findBrowser, describeBrowserSearch, browserInstallHint } from './find-browser.js'
export { launchBrowser, withPage, restrictRequests } from './browser.js'
export type { BrowserSession, LaunchBrowserOptions } from './browser.js'
export { exportSlidesPdf } from './pdf.js'
export type { SlidesPdfOptions, SlidesPdfResult, OverflowingSlide, FittedSlide } from './pdf.js'
export { exportHandoutPdf } from './handout.js'
export type { HandoutPdfOptions, HandoutPdfResult } from './handout.js'
export type { HandoutLayout, Paper } from './handout-layout.js'
export { exportDecks } from './export-batch.js'
export type { ExportJob, ExportOutcome, ExportDecksOptions } from './export-batch.js'
export { checkLayout } from './check.js'
export { measureTheme } from './measure-theme.js'
export { createThemeMeasurer, defaultMeasurementCache } from './theme-measurer.js'
export type { ThemeMeasurerOptions } from './theme-measurer.js'
export type { DeckLayout, CheckOptions } from './check.js'
