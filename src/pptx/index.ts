/**
 * `lectern/pptx`: a built deck as an editable PowerPoint file. An entry
 * point of its own, so importing `lectern` loads neither `pptxgenjs` nor
 * `image-size`.
 */
export { exportPptx } from './export-pptx.js'
export type { PptxExportOptions, PptxResult } from './export-pptx.js'
export { pptxDocument, oneParagraphProperties } from './pptx-document.js'
export type { PptxDocumentOptions, PptxImage } from './pptx-document.js'
export { layoutSlide, paragraphHeight, slideSize } from './pptx-layout.js'
export type { Draw, ImageSizes, ParagraphDraw } from './pptx-layout.js'
export { pptxThemeOf, toHex } from './pptx-theme.js'
export type { PptxTheme } from './pptx-theme.js'
export { slidesOf } from './slide-model.js'
export { inlineRuns, plain } from './inline-runs.js'
export type { BlockModel, ListItemModel, SlideLayout, SlideModel, TextRun } from './slide-model-types.js'
