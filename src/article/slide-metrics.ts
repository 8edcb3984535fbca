/**
 * The slide box model of article mode: a theme's measurements
 * (`theme-measurements.ts`, taken in Chromium) settled for one deck: fonts
 * resolved, widths fitted to the deck's canvas, and the room content may
 * take. `face-height.ts` lays a face out in it.
 */
import type { DeckConfig } from '../types.js'
import { changesLayout, fallbackMeasurements, shippedMeasurements, themeVariable, usesSystemFonts, type FontAdvances, type MeasuredItems, type MeasuredText, type ThemeMeasurements } from './theme-measurements.js'
import type { TextStyle } from './text-wrap.js'


/** A block of text, its style resolved. */
export interface Block {
  text: TextStyle
  extra: number
  marginTop: number
  marginBottom: number
  width: number
}

/** A block of items, its style resolved. */
export type Items = Omit<MeasuredItems, 'text'> & { text: TextStyle }

/** A theme's measurements with fonts resolved and widths fitted to the deck's canvas. */
export interface SlideModel {
  headings: Record<1 | 2 | 3 | 4, Block>
  paragraph: Block & { superscriptExtra: number }
  list: { tight: Items; loose: Items; nested: Items; looseNested: { last: number; inner: number }; orderedWidth: number }
  code: { text: TextStyle; extra: number; maxHeight: number; marginTop: number; marginBottom: number }
  table: { header: { text: TextStyle; extra: number }; cell: { text: TextStyle; extra: number }; paddingInner: number; paddingLast: number; marginTop: number; marginBottom: number }
  quote: Block & { paragraphGap: number }
  image: ThemeMeasurements['image']
  rule: ThemeMeasurements['rule']
  footnotes: Items
  title: { kicker: Block; h1: Block; subtitle: Block; meta: Block }
}

/** Room left free at the bottom of every slide, in px, for rounding and font hinting. */
const bottomSafety = 12

/** What {@link slideMetrics} returns: a theme's box model settled for one deck. */
export interface SlideMetrics {
  /** Canvas width and height in px. */
  width: number
  height: number
  /** Width of the slide's content box in px. */
  contentWidth: number
  /** Height content may take in px. */
  contentHeight: number
  /** The theme's box model at the deck's size. */
  model: SlideModel
  /** Extra factor on text widths (fonts that were not measured). */
  widthFactor: number
  /** Whether the model was measured from the deck's own theme (not a fallback). */
  measured: boolean
}

/**
 * The slide box model for a deck. Given `measurements` (of the deck's theme,
 * variables and stylesheets, taken in a browser), it is exact; without, a
 * shipped theme with no layout-changing theme variables uses its committed
 * measurements (text taken 4% wider where they are of the system's fonts,
 * which vary by machine), and any other deck a cautious fallback: the
 * nearest shipped theme scaled to `baseFontSize` and up by a safety margin,
 * with text taken 8% wider.
 *
 * @param config The deck configuration (`theme`, `width`, `height`, `themeVariables`, `css`).
 * @param measurements The deck's theme as measured; default: the shipped measurements, or the fallback.
 */
export function slideMetrics(
  config: Pick<DeckConfig, 'theme' | 'width' | 'height' | 'themeVariables'> & { css?: readonly string[] | undefined },
  measurements?: ThemeMeasurements
): SlideMetrics {
  const shipped = measurements ?? (changesLayout(config) ? undefined : shippedMeasurements(config.theme))
  const measured = shipped ?? fallbackMeasurements(config)
  const customFonts = shipped === undefined && (shippedMeasurements(config.theme) === undefined || ['headingFont', 'bodyFont', 'codeFont'].some((key) => themeVariable(config.themeVariables, key) !== undefined))
  // The system's fonts, measured on another machine, may set a little wider here.
  const systemFonts = measurements === undefined && shipped !== undefined && usesSystemFonts(shipped)
  const contentWidth = config.width - measured.insetX
  return {
    width: config.width,
    height: config.height,
    contentWidth,
    contentHeight: config.height - measured.insetY - bottomSafety,
    model: modelOf(measured, contentWidth / (measured.width - measured.insetX), config.height / measured.height),
    widthFactor: customFonts ? 1.08 : systemFonts ? 1.04 : 1,
    measured: shipped !== undefined
  }
}

/** Resolve fonts, and fit widths (`widthScale`) and the image height (`heightScale`) to the deck's canvas. */
function modelOf(measured: ThemeMeasurements, widthScale: number, heightScale: number): SlideModel {
  const font = (key: string): FontAdvances => measured.fonts[key] ?? fallbackFont
  const text = (value: MeasuredText): TextStyle => ({ ...value, font: font(value.font), bold: font(value.bold), code: font(value.code) })
  const block = <T extends { text: MeasuredText; width: number }>(value: T): Omit<T, 'text'> & { text: TextStyle } => ({ ...value, text: text(value.text), width: value.width * widthScale })
  const { headings, paragraph, list, code, table, quote, image, rule, footnotes, title } = measured
  return {
    headings: { 1: block(headings[1]), 2: block(headings[2]), 3: block(headings[3]), 4: block(headings[4]) },
    paragraph: block(paragraph),
    list: { tight: block(list.tight), loose: block(list.loose), nested: block(list.nested), looseNested: list.looseNested, orderedWidth: list.orderedWidth * widthScale },
    code: { ...code, text: text(code.text) },
    table: { ...table, header: { ...table.header, text: text(table.header.text) }, cell: { ...table.cell, text: text(table.cell.text) } },
    quote: block(quote),
    image: { ...image, maxHeight: image.maxHeight * heightScale },
    rule,
    footnotes: block(footnotes),
    title: { kicker: block(title.kicker), h1: block(title.h1), subtitle: block(title.subtitle), meta: block(title.meta) }
  }
}

/** For a font missing from measurements: wide enough for most Latin text. */
const fallbackFont: FontAdvances = { advances: [], upper: 0.7, lower: 0.6, digit: 0.6, other: 0.65, wide: 1, system: true }
