/**
 * `lectern/browser`: the parts of Lectern that drive Chromium (slide PDFs,
 * handouts, batches, layout checks, the theme gallery). Kept apart from
 * `lectern` because loading puppeteer takes time.
 */
export { findBrowser, describeBrowserSearch, browserInstallHint } from './print/find-browser.js'
export { launchBrowser, withPage, restrictRequests } from './print/browser.js'
export { offlineArgs, printCsp, isAllowedUrl } from './print/print-guard.js'
export { withBrowserScope } from './print/browser-lifetime.js'
export type { BrowserLauncher, BrowserSession, LaunchBrowserOptions, PrintingBrowser } from './print/browser.js'
export { exportSlidesPdf } from './print/pdf.js'
export type { SlidesPdfOptions, SlidesPdfResult, OverflowingSlide, FittedSlide } from './print/pdf.js'
export { exportSlideImages, slideImagePath } from './print/png.js'
export type { SlideImagesOptions, SlideImagesResult } from './print/png.js'
export { exportHandoutPdf } from './print/handout.js'
export type { HandoutPdfOptions, HandoutPdfResult } from './print/handout.js'
export type { HandoutLayout, Paper } from './print/handout-layout.js'
export { exportDecks } from './print/export-batch.js'
export type { ExportJob, ExportOutcome, ExportDecksOptions } from './print/export-batch.js'
export { checkLayout } from './print/check.js'
export { measureTheme } from './theme/measure-theme.js'
export { createThemeMeasurer, defaultMeasurementCache } from './theme/theme-measurer.js'
export type { ThemeMeasurerOptions } from './theme/theme-measurer.js'
export { createDiagramRenderer, defaultDiagramCache } from './mermaid/diagram-renderer.js'
export type { DiagramRendererOptions } from './mermaid/diagram-renderer.js'
export { drawDiagrams } from './mermaid/draw-diagrams.js'
export type { DeckLayout, CheckOptions } from './print/check.js'
