/**
 * Drawing laid-out slides into a PowerPoint file with `pptxgenjs`: text boxes
 * with real paragraphs, bullet levels and runs, tables as tables, pictures as
 * pictures, speaker notes in the notes pane. No disk or network: pictures
 * come in as bytes, the file goes out as bytes. `pptxgenjs` (about 1 MB of
 * JavaScript) is loaded only here, and this module only for `--pptx`.
 */
import type * as PptxModule from 'pptxgenjs'
import { layoutSlide, slideSize, type Draw, type ImageSizes, type ParagraphDraw } from './pptx-layout.js'
import { toHex, type PptxTheme } from './pptx-theme.js'
import type { SlideModel, TextRun } from './slide-model-types.js'
import escapeStringRegexp from 'escape-string-regexp'

/** A picture's bytes, type and size. */
export interface PptxImage {
  /** The file's bytes. */
  data: Uint8Array
  /** Its media type: `image/png`, `image/jpeg`, `image/gif`, `image/svg+xml`, `image/webp`. */
  type: string
  /** Size in pixels, when known. */
  width?: number | undefined
  height?: number | undefined
}

/** Options of {@link pptxDocument}. */
export interface PptxDocumentOptions {
  /** Colours, typefaces and sizes (from `pptxThemeOf`). */
  theme: PptxTheme
  /** The pictures the slides show, by their `src` in the deck; a missing one is drawn as its description. */
  images: ReadonlyMap<string, PptxImage>
  /** Document properties. */
  title?: string | undefined
  author?: string | undefined
  subject?: string | undefined
  /** Show slide numbers (bottom right, as the deck does); default `false`. */
  slideNumbers?: boolean | undefined
}

/** GitHub-like token colours for themes that set none (light, dark). */
const defaultTokens = {
  light: { keyword: 'CF222E', string: '0A3069', comment: '6E7781', number: '0550AE', title: '8250DF', attr: '0550AE', type: '953800', deletion: '82071E' },
  dark: { keyword: 'FF7B72', string: 'A5D6FF', comment: '8B949E', number: '79C0FF', title: 'D2A8FF', attr: '79C0FF', type: 'FFA657', deletion: 'FFDCD7' }
} as const

/** highlight.js token kinds → the colour roles themes set (`--lectern-hl-*`). */
const tokenRoles: Readonly<Record<string, string>> = {
  keyword: 'keyword',
  'selector-tag': 'keyword',
  'template-tag': 'keyword',
  built_in: 'type',
  type: 'type',
  class: 'type',
  literal: 'number',
  number: 'number',
  symbol: 'number',
  bullet: 'number',
  string: 'string',
  regexp: 'string',
  addition: 'string',
  link: 'string',
  comment: 'comment',
  quote: 'comment',
  meta: 'comment',
  doctag: 'comment',
  title: 'title',
  section: 'title',
  name: 'title',
  attr: 'attr',
  attribute: 'attr',
  property: 'attr',
  'selector-attr': 'attr',
  'selector-class': 'attr',
  'selector-id': 'attr',
  variable: 'attr',
  'template-variable': 'attr',
  deletion: 'deletion'
}

/**
 * Write slides as a PowerPoint (`.pptx`) file.
 *
 * @param slides The deck's slides (`slidesOf`).
 * @param options Theme, pictures, document properties, slide numbers (default off).
 * @returns The file's bytes.
 */
export async function pptxDocument(slides: readonly SlideModel[], options: PptxDocumentOptions): Promise<Uint8Array> {
  const { default: PptxGenJS } = (await import('pptxgenjs')) as unknown as { default: typeof PptxModule.default.default }
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = options.title ?? ''
  pptx.author = options.author ?? ''
  pptx.subject = options.subject ?? ''
  pptx.company = ''
  pptx.theme = { headFontFace: options.theme.headingFont, bodyFontFace: options.theme.bodyFont }
  const theme = options.theme
  const palette = { ...(luminance(theme.codeBackground) < 0.4 ? defaultTokens.dark : defaultTokens.light), ...theme.tokens } as Record<string, string>
  const sizes: ImageSizes = new Map([...options.images].flatMap(([src, image]) => (image.width && image.height ? [[src, { width: image.width, height: image.height }] as const] : [])))

  for (const model of slides) {
    const slide = pptx.addSlide()
    const background = model.background?.image ? options.images.get(model.background.image) : undefined
    slide.background = background ? { data: dataUrl(background) } : { color: (model.background?.color && hex(model.background.color)) || theme.background }
    const textColor = model.background?.color && isDark(hex(model.background.color)) !== isDark(theme.background) ? (isDark(hex(model.background.color)) ? 'FFFFFF' : '111111') : undefined
    for (const draw of layoutSlide(model, theme, sizes)) drawOne(slide, draw, { theme, palette, images: options.images, textColor })
    if (options.slideNumbers) slide.slideNumber = { x: slideSize.width - 0.9, y: slideSize.height - 0.45, w: 0.6, h: 0.3, fontSize: 10, color: theme.muted, fontFace: theme.bodyFont, align: 'right' }
    if (model.notes) slide.addNotes(model.notes)
  }
  // `stream` is the call that honours `compression` (`write` stores every part uncompressed).
  const written = (await pptx.stream({ compression: true })) as Uint8Array
  return tidyPackage(written, theme)
}

/**
 * pptxgenjs writes paragraph properties (`a:pPr`) before every run of a
 * paragraph; the schema allows one, first. PowerPoint may offer to repair
 * such a file, so every part with text keeps only each paragraph's first.
 */
async function tidyPackage(bytes: Uint8Array, theme: PptxTheme): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(bytes)
  for (const name of Object.keys(zip.files)) {
    if (!/^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/.test(name)) continue
    zip.file(name, finishSlideXml(await zip.file(name)!.async('string'), theme))
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' })
}

/**
 * What pptxgenjs cannot say: one `a:pPr` per paragraph, list markers in the
 * accent colour (as the deck draws them), and the code font marked fixed-pitch
 * (`pitchFamily` 49), so a machine without it substitutes a monospace font.
 *
 * @param xml A slide's XML.
 * @param theme The deck's colours and typefaces.
 */
export function finishSlideXml(xml: string, theme: Pick<PptxTheme, 'accent' | 'codeFont'>): string {
  const code = theme.codeFont.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
  return oneParagraphProperties(xml)
    .replace(/<a:buSzPct val="\d+"\/>(?=(?:<a:buFont[^>]*\/>)?<a:bu(?:Char|AutoNum)\b)/g, (size) => `<a:buClr><a:srgbClr val="${theme.accent}"/></a:buClr>${size}`)
    .replaceAll(new RegExp(`(<a:(?:latin|ea|cs) typeface="${escapeStringRegexp(code)}") pitchFamily="\\d+"`, 'g'), '$1 pitchFamily="49"')
}


/**
 * Keep only the first `a:pPr` of each paragraph (`a:p`) of a DrawingML part.
 *
 * @param xml A slide's XML.
 */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph: string, inner: string) => {
    let seen = false
    const kept = inner.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, (properties) => {
      if (seen) return ''
      seen = true
      return properties
    })
    return `<a:p>${kept}</a:p>`
  })
}

interface DrawContext {
  theme: PptxTheme
  palette: Record<string, string>
  images: ReadonlyMap<string, PptxImage>
  /** Text colour on a slide whose own background is dark on a light theme (or light on a dark one). */
  textColor?: string | undefined
}

function drawOne(slide: PptxModule.default.Slide, draw: Draw, context: DrawContext): void {
  switch (draw.kind) {
    case 'text':
      slide.addText(textProps(draw.paragraphs, context), {
        objectName: draw.name,
        x: draw.x,
        y: draw.y,
        w: draw.w,
        h: Math.max(draw.h, 0.3),
        margin: draw.inset !== undefined ? draw.inset * 72 : 0,
        valign: draw.valign ?? 'top',
        fill: draw.fill ? { color: draw.fill } : undefined,
        rectRadius: draw.fill ? 0.08 : undefined,
        shape: draw.fill ? 'roundRect' : undefined,
        fit: 'shrink',
        wrap: true
      })
      return
    case 'line':
      slide.addShape('line', { x: draw.x, y: draw.y, w: draw.w, h: draw.h, line: { color: draw.color, width: draw.weight } })
      return
    case 'image': {
      const image = context.images.get(draw.src)
      if (!image) {
        slide.addText(draw.alt || draw.src, { objectName: draw.name, x: draw.x, y: draw.y, w: draw.w, h: draw.h, align: 'center', valign: 'middle', italic: true, color: context.theme.muted, fontFace: context.theme.bodyFont, fontSize: 14, line: { color: context.theme.border, width: 1, dashType: 'dash' } })
        return
      }
      slide.addImage({ data: dataUrl(image), x: draw.x, y: draw.y, w: draw.w, h: draw.h, altText: draw.alt, objectName: draw.name })
      return
    }
    case 'table': {
      const { theme } = context
      const rows = draw.rows.map((row, rowIndex) =>
        row.map((cell) => {
          const header = draw.header && rowIndex === 0
          return {
            // A header is a small, spaced-out label, as the deck's tables have it.
            text: runProps(cell.length > 0 ? cell : [{ text: '' }], { size: header ? Math.round(draw.size * 1.6) / 2 : draw.size, color: header ? theme.muted : (context.textColor ?? theme.text), font: theme.bodyFont, bold: header, upper: header, charSpacing: header ? 1 : undefined }, context),
            options: {
              bold: header,
              border: [{ type: 'none' }, { type: 'none' }, { type: 'solid', pt: header ? 1.5 : 0.75, color: header ? theme.muted : theme.border }, { type: 'none' }] as [PptxModule.default.BorderProps, PptxModule.default.BorderProps, PptxModule.default.BorderProps, PptxModule.default.BorderProps],
              valign: 'middle' as const
            }
          }
        })
      )
      slide.addTable(rows, { x: draw.x, y: draw.y, w: draw.w, colW: draw.columns, fontFace: theme.bodyFont, fontSize: draw.size, color: theme.text, rowH: draw.rowHeight, margin: [2, 6, 2, 0], autoPage: false })
      return
    }
  }
}

/** Paragraphs as pptxgenjs text runs: the last run of each paragraph breaks the line, paragraph options on every run. */
function textProps(paragraphs: readonly ParagraphDraw[], context: DrawContext): PptxModule.default.TextProps[] {
  const props: PptxModule.default.TextProps[] = []
  paragraphs.forEach((paragraph, index) => {
    const color = context.textColor && paragraph.color === context.theme.text ? context.textColor : paragraph.color
    const runs = runProps(paragraph.runs.length > 0 ? paragraph.runs : [{ text: '' }], { ...paragraph, color }, context)
    const paragraphOptions: PptxModule.default.TextPropsOptions = {
      // The marker's room grows with the type: a number needs more than a dot.
      bullet: paragraph.bullet === 'number' ? { type: 'number', indent: Math.round(paragraph.size * 1.25) } : paragraph.bullet === 'bullet' ? { indent: Math.round(paragraph.size * 0.9) } : false,
      indentLevel: paragraph.level ?? 0,
      align: paragraph.align ?? 'left',
      paraSpaceAfter: paragraph.spaceAfter ?? 0,
      lineSpacingMultiple: 1.05
    }
    runs.forEach((run, runIndex) => {
      run.options = { ...paragraphOptions, ...run.options, breakLine: runIndex === runs.length - 1 && index < paragraphs.length - 1 ? true : run.options?.breakLine }
    })
    props.push(...runs)
  })
  return props
}

/** Styled runs as pptxgenjs runs. */
function runProps(runs: readonly TextRun[], paragraph: Pick<ParagraphDraw, 'size' | 'color' | 'font'> & Partial<ParagraphDraw>, context: DrawContext): PptxModule.default.TextProps[] {
  return runs.map((run) => {
    const tokenColor = run.token ? context.palette[tokenRoles[run.token.split(/\s+/)[0]!] ?? ''] : undefined
    const inlineCode = run.code && !run.token && paragraph.font !== context.theme.codeFont
    const options: PptxModule.default.TextPropsOptions = {
      fontFace: run.code ? context.theme.codeFont : paragraph.font,
      fontSize: inlineCode ? Math.max(Math.round(paragraph.size * 0.85 * 2) / 2, 6) : paragraph.size,
      // Inline code sits on the code background, so it takes the code colour whatever the slide's.
      color: run.link ? context.theme.link : inlineCode ? context.theme.codeText : (tokenColor ?? paragraph.color),
      superscript: run.superscript ? true : undefined,
      bold: run.bold ?? paragraph.bold ?? false,
      italic: run.italic ?? paragraph.italic ?? false,
      strike: run.strike ? 'sngStrike' : undefined,
      charSpacing: paragraph.charSpacing,
      softBreakBefore: run.break ? true : undefined,
      hyperlink: run.link ? { url: run.link } : undefined,
      highlight: inlineCode ? context.theme.codeBackground : undefined
    }
    return { text: paragraph.upper ? run.text.toUpperCase() : run.text, options }
  })
}

function dataUrl(image: PptxImage): string {
  // pptxgenjs takes `type;base64,data` (no `data:` prefix needed, but accepted).
  return `data:${image.type};base64,${Buffer.from(image.data).toString('base64')}`
}

/** `RRGGBB` of a CSS colour; black when it is none. */
function hex(color: string): string {
  return toHex(color) ?? '000000'
}

function luminance(color: string): number {
  if (!/^[0-9a-f]{6}$/i.test(color)) return 1
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(color.slice(at, at + 2), 16) / 255)
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function isDark(color: string): boolean {
  return luminance(color) < 0.4
}
