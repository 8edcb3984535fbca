/**
 * The box half of measuring a theme, run in the page that shows the probe
 * deck (`theme-probe.ts`): how tall one and two lines of each kind of block
 * are, what one more item or paragraph adds, the margins a block has towards
 * its neighbours and the width its text wraps in. `probe-fonts.ts` measures
 * the fonts these styles use.
 */
import type { MeasuredBlock, MeasuredItems, MeasuredText, ThemeMeasurements } from '../article/theme-measurements.js'

/** What {@link measureProbeBoxes} returns: the measurements without advances, and the fonts to measure. */
export type ProbeBoxes = Omit<ThemeMeasurements, 'fonts'> & { fontStacks: Array<[key: string, font: string]> }

/**
 * In the page (the probe deck open in reveal's print view): measure the
 * theme's boxes. Self-contained, as it is serialised into the page.
 *
 * @param version The measurements' format version, returned as is.
 * @returns The measurements but the fonts' advances (a code block that never
 *   scrolls has `maxHeight` `-1`), and the fonts the styles use, as
 *   `[key, CSS font]` pairs for {@link measureProbeFonts}.
 */
export async function measureProbeBoxes(version: number): Promise<ProbeBoxes> {
  const fail = (what: string): never => {
    throw new Error(`The probe deck has no ${what}`)
  }
  const px = (value: string): number => {
    const number = Number.parseFloat(value)
    return Number.isFinite(number) ? number : 0
  }
  const style = (element: Element): CSSStyleDeclaration => getComputedStyle(element)
  const slide = (name: string): HTMLElement => document.querySelector<HTMLElement>(`section[data-probe="${name}"]`) ?? fail(`slide ${name}`)
  const find = <T extends HTMLElement>(root: ParentNode, selector: string): T => root.querySelector<T>(selector) ?? fail(selector)
  const long = Array.from({ length: 300 }, () => 'X').join(' ')

  // ── Fonts ──────────────────────────────────────────────────────────────
  const fonts = new Map<string, string>()
  /** `Inter 400`, `Lato 700 italic`: the first family of the stack, weight and style (the whole stack, should two differ). */
  const fontKey = (computed: CSSStyleDeclaration): string => {
    const family = (computed.fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '')
    const font = `${computed.fontStyle} ${computed.fontWeight} 100px ${computed.fontFamily}`
    let key = `${family} ${computed.fontWeight}${computed.fontStyle === 'normal' ? '' : ` ${computed.fontStyle}`}`
    if (fonts.has(key) && fonts.get(key) !== font) key = `${key} (${computed.fontFamily})`
    fonts.set(key, font)
    return key
  }
  /** The text style of `element`, with the fonts of `<strong>` and `<code>` in it. */
  const text = (element: HTMLElement): MeasuredText => {
    element.innerHTML = 'X<strong>X</strong><code>X</code>'
    const own = style(element)
    const strong = style(find(element, 'strong'))
    const code = style(find(element, 'code'))
    return {
      font: fontKey(own),
      bold: fontKey(strong),
      size: px(own.fontSize),
      lineHeight: 0,
      letterSpacing: own.letterSpacing === 'normal' ? 0 : px(own.letterSpacing),
      upper: own.textTransform === 'uppercase',
      codeSize: px(code.fontSize),
      code: fontKey(code),
      codeInset: px(code.paddingLeft) + px(code.paddingRight) + px(code.borderLeftWidth) + px(code.borderRightWidth)
    }
  }

  // ── Geometry ───────────────────────────────────────────────────────────
  const inFlow = (node: Node): boolean => {
    if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim() !== ''
    if (node.nodeType !== Node.ELEMENT_NODE) return false
    const computed = style(node as Element)
    return computed.display !== 'none' && computed.position !== 'absolute' && computed.position !== 'fixed' && computed.float === 'none'
  }
  const blockLevel = new Set(['block', 'list-item', 'flow-root', 'table', 'flex', 'grid'])
  /** The margin a box has towards its neighbours on one side, collapsed with its first or last child's (CSS 2 §8.3.1). */
  const margin = (element: Element, side: 'Top' | 'Bottom'): number => {
    const computed = style(element)
    // An inline-level box (an inline-block list) sits in a line box: its margins are inside the flow.
    if (!blockLevel.has(computed.display)) return 0
    let value = Math.max(0, px(computed.getPropertyValue(`margin-${side.toLowerCase()}`)))
    const through =
      (computed.display === 'block' || computed.display === 'list-item') &&
      computed.overflow === 'visible' &&
      px(computed.getPropertyValue(`padding-${side.toLowerCase()}`)) === 0 &&
      px(computed.getPropertyValue(`border-${side.toLowerCase()}-width`)) === 0
    if (through) {
      const nodes = Array.from(element.childNodes).filter(inFlow)
      const edge = side === 'Top' ? nodes[0] : nodes[nodes.length - 1]
      if (edge && edge.nodeType === Node.ELEMENT_NODE) value = Math.max(value, margin(edge as Element, side))
    }
    return value
  }
  /** Room `element` takes in the flow, margins included: between 1px blocks put before and after it. */
  const slot = (element: HTMLElement): number => {
    const fence = (): HTMLDivElement => {
      const div = document.createElement('div')
      div.style.cssText = 'display:block;position:static;float:none;height:1px;margin:0;padding:0;border:0'
      return div
    }
    const before = fence()
    const after = fence()
    element.before(before)
    element.after(after)
    const room = after.getBoundingClientRect().top - before.getBoundingClientRect().bottom
    before.remove()
    after.remove()
    return room
  }
  /** Height of `element` without its (collapsed) margins, holding `html`. */
  const height = (element: HTMLElement, html?: string): number => {
    if (html !== undefined) element.innerHTML = html
    return slot(element) - margin(element, 'Top') - margin(element, 'Bottom')
  }
  /** Width of the box text wraps in: the content box of `element` (or of its `target`) holding a long line. */
  const width = (element: HTMLElement, html = long, target?: string): number => {
    element.innerHTML = html
    const box = target === undefined ? element : find(element, target)
    const computed = style(box)
    const outer = box.getBoundingClientRect().width
    return outer - px(computed.paddingLeft) - px(computed.paddingRight) - px(computed.borderLeftWidth) - px(computed.borderRightWidth)
  }
  /** A block of text: line height, extra height, margins, width. */
  const block = (element: HTMLElement, textOf: HTMLElement = element): MeasuredBlock => {
    const measured = text(textOf)
    const one = height(element, 'X')
    const two = height(element, 'X<br>X')
    element.innerHTML = 'X'
    const marginTop = margin(element, 'Top')
    const marginBottom = margin(element, 'Bottom')
    measured.lineHeight = two - one
    return { text: measured, extra: one - measured.lineHeight, marginTop, marginBottom, width: width(element) }
  }

  const reveal = (globalThis as unknown as { Reveal: { getConfig(): { width: number | string; height: number | string } } }).Reveal
  const config = reveal.getConfig()

  // Load every font the probe can use before laying anything out.
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('section[data-probe] *, section.title-slide *'))) {
    if (element.closest('pre, table, ul, ol, blockquote, .footnotes') === null && /^(?:H[1-6]|P)$/.test(element.tagName) && !element.querySelector('img, sup')) text(element)
  }
  await document.fonts.ready

  // ── Slide ──────────────────────────────────────────────────────────────
  const textSlide = slide('text')
  const section = style(textSlide)
  const insetX = px(section.paddingLeft) + px(section.paddingRight)
  const insetY = px(section.paddingTop) + px(section.paddingBottom)
  const bodySize = px(style(find(document, '.reveal')).fontSize)

  // ── Headings, paragraphs, rule, image ──────────────────────────────────
  const h1 = block(find(slide('h1'), 'h1'))
  const h2 = block(find(textSlide, 'h2'))
  const h3 = block(find(textSlide, 'h3'))
  const h4 = block(find(textSlide, 'h4'))
  const paragraphElement = find<HTMLParagraphElement>(textSlide, 'h3 + p')
  const paragraph = block(paragraphElement)
  const hr = find(textSlide, 'hr')
  const rule = { height: slot(hr) - margin(hr, 'Top') - margin(hr, 'Bottom'), marginTop: margin(hr, 'Top'), marginBottom: margin(hr, 'Bottom') }
  const image = find(textSlide, 'img')
  const imageParagraph = image.parentElement ?? fail('image paragraph')
  const imageHeight = image.getBoundingClientRect().height
  const imageBlock = { maxHeight: imageHeight, extra: height(imageParagraph) - imageHeight, marginTop: margin(imageParagraph, 'Top'), marginBottom: margin(imageParagraph, 'Bottom') }

  // ── Lists ──────────────────────────────────────────────────────────────
  const listSlide = slide('list')
  const list = find(listSlide, 'ul')
  const items = (...contents: string[]): string => `\n${contents.map((content) => `<li>${content}</li>`).join('\n')}\n`
  const itemsOf = (element: HTMLElement, html: string, textElement: () => HTMLElement, gapHtml: string): MeasuredItems => {
    element.innerHTML = html
    const measured = text(textElement())
    element.innerHTML = html
    const first = height(element)
    const marginTop = margin(element, 'Top')
    const marginBottom = margin(element, 'Bottom')
    return { text: measured, first, pitch: 0, paragraphGap: gapHtml === '' ? 0 : height(element, gapHtml) - first, marginTop, marginBottom, width: 0 }
  }
  const tight = itemsOf(list, items('X'), () => find(list, 'li'), '')
  tight.pitch = height(list, items('X', 'X')) - tight.first
  tight.text.lineHeight = height(list, items('X<br>X')) - tight.first
  tight.width = width(list, items(long), 'li')

  const loose = itemsOf(list, items('\n<p>X</p>\n'), () => find(list, 'li > p'), items('\n<p>X</p>\n<p>X</p>\n'))
  loose.pitch = height(list, items('\n<p>X</p>\n', '\n<p>X</p>\n')) - loose.first
  loose.text.lineHeight = height(list, items('\n<p>X<br>X</p>\n')) - loose.first
  loose.paragraphGap -= loose.text.lineHeight
  loose.width = width(list, items(`\n<p>${long}</p>\n`), 'li > p')

  const outer = height(list, items('X'))
  const nestedList = (...contents: string[]): string => items(`X\n<ul>${items(...contents)}</ul>\n`)
  list.innerHTML = nestedList('X')
  const nested: MeasuredItems = {
    text: text(find(list, 'li li')),
    first: height(list, nestedList('X')) - outer,
    pitch: 0,
    paragraphGap: 0,
    marginTop: 0,
    marginBottom: 0,
    width: 0
  }
  nested.pitch = height(list, nestedList('X', 'X')) - outer - nested.first
  nested.text.lineHeight = height(list, nestedList('X<br>X')) - outer - nested.first
  nested.width = width(list, nestedList(long), 'li li')
  const looseItem = '\n<p>X</p>\n'
  const looseNestedItem = '\n<p>X</p>\n<ul>\n<li>X</li>\n</ul>\n'
  const looseNested = {
    last: height(list, items(looseNestedItem)) - loose.first,
    inner: height(list, items(looseNestedItem, looseItem)) - loose.first - loose.pitch
  }
  list.innerHTML = items('X')
  const ordered = find(listSlide, 'ol')
  const orderedWidth = width(ordered, items(long), 'li')

  // ── Code ───────────────────────────────────────────────────────────────
  let code: ThemeMeasurements['code'] | undefined
  for (const pre of Array.from(slide('code').querySelectorAll<HTMLElement>('pre'))) {
    const element = find(pre, 'code')
    const measured = text(element)
    const lines = (count: number): number => {
      element.textContent = Array.from({ length: count }, () => 'X').join('\n')
      return height(pre)
    }
    const one = lines(1)
    measured.lineHeight = lines(2) - one
    const extra = one - measured.lineHeight
    const hundred = lines(100)
    const maxHeight = hundred < one + 99 * measured.lineHeight - 1 ? hundred : -1
    element.textContent = 'X'
    const candidate = { text: { ...measured, bold: measured.font }, extra, maxHeight, marginTop: margin(pre, 'Top'), marginBottom: margin(pre, 'Bottom') }
    // Highlighted and plain code may differ (a highlight.js style pads `.hljs`): keep the taller.
    if (!code || candidate.extra > code.extra) code = candidate
  }
  const codeBlock = code ?? fail('code block')

  // ── Tables ─────────────────────────────────────────────────────────────
  const table = find(slide('table'), 'table')
  const headRow = find(table, 'thead tr')
  const body = find(table, 'tbody')
  const row = (cells: string[], tag: 'th' | 'td'): string => `\n${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('\n')}\n`
  const setTable = (header: string[], rows: string[][]): number => {
    headRow.innerHTML = row(header, 'th')
    body.innerHTML = rows.map((cells) => `\n<tr>${row(cells, 'td')}</tr>`).join('') + '\n'
    return height(table)
  }
  setTable(['X', 'X'], [['X', 'X']])
  const headerText = text(find(table, 'th'))
  const cellText = text(find(table, 'td'))
  const base = setTable(['X', 'X'], [['X', 'X']])
  const bodyRow = setTable(['X', 'X'], [['X', 'X'], ['X', 'X']]) - base
  cellText.lineHeight = setTable(['X', 'X'], [['X<br>X', 'X']]) - base
  headerText.lineHeight = setTable(['X<br>X', 'X'], [['X', 'X']]) - base
  setTable(['X', 'X'], [['X', 'X']])
  const cells = Array.from(table.querySelectorAll('td')).map(style)
  const paddingX = (computed: CSSStyleDeclaration): number => px(computed.paddingLeft) + px(computed.paddingRight)

  // ── Quotes ─────────────────────────────────────────────────────────────
  const quoteSlide = slide('quote')
  const quoteElement = find(quoteSlide, 'blockquote')
  quoteElement.innerHTML = '\n<p>X</p>\n'
  const quoteText = text(find(quoteElement, 'p'))
  const quoteOne = height(quoteElement, '\n<p>X</p>\n')
  const quoteMargins = { marginTop: margin(quoteElement, 'Top'), marginBottom: margin(quoteElement, 'Bottom') }
  quoteText.lineHeight = height(quoteElement, '\n<p>X<br>X</p>\n') - quoteOne
  const quoteGap = height(quoteElement, '\n<p>X</p>\n<p>X</p>\n') - quoteOne - quoteText.lineHeight
  const quoteWidth = width(quoteElement, `\n<p>${long}</p>\n`, 'p')
  quoteElement.innerHTML = '\n<p>X</p>\n'

  // ── Footnotes ──────────────────────────────────────────────────────────
  const footnoteSlide = slide('footnotes')
  const footnoteBlock = find(footnoteSlide, '.footnotes')
  const footnoteList = find(footnoteBlock, 'ol')
  const notes = (...contents: string[]): string => items(...contents.map((content) => `\n<p>${content}</p>\n`))
  footnoteList.innerHTML = notes('X')
  const footnotes: MeasuredItems = {
    text: text(find(footnoteList, 'p')),
    first: 0,
    pitch: 0,
    paragraphGap: 0,
    marginTop: 0,
    marginBottom: 0,
    width: 0
  }
  footnoteList.innerHTML = notes('X')
  footnotes.first = height(footnoteBlock)
  footnotes.marginTop = margin(footnoteBlock, 'Top')
  footnotes.marginBottom = margin(footnoteBlock, 'Bottom')
  footnoteList.innerHTML = notes('X', 'X')
  footnotes.pitch = height(footnoteBlock) - footnotes.first
  footnoteList.innerHTML = notes('X<br>X')
  footnotes.text.lineHeight = height(footnoteBlock) - footnotes.first
  footnoteList.innerHTML = items('\n<p>X</p>\n<p>X</p>\n')
  footnotes.paragraphGap = height(footnoteBlock) - footnotes.first - footnotes.text.lineHeight
  footnotes.width = width(footnoteList, notes(long), 'p')
  footnoteList.innerHTML = notes('X')
  const cited = find(footnoteSlide, 'p')
  const mark = find(cited, 'sup').outerHTML
  const superscriptExtra = height(cited, `X${mark}`) - height(cited, 'X')

  // ── Title slide ────────────────────────────────────────────────────────
  const titleSlide = find(document, 'section.title-slide')
  const title = {
    kicker: block(find(titleSlide, '.kicker')),
    h1: block(find(titleSlide, 'h1')),
    subtitle: block(find(titleSlide, '.subtitle')),
    meta: block(find(titleSlide, '.author'))
  }
  const date = block(find(titleSlide, '.date'))
  if (date.text.lineHeight + date.extra > title.meta.text.lineHeight + title.meta.extra) title.meta = date

  return {
    version,
    width: Number(config.width),
    height: Number(config.height),
    bodySize,
    insetX,
    insetY,
    headings: { 1: h1, 2: h2, 3: h3, 4: h4 },
    paragraph: { ...paragraph, superscriptExtra },
    list: { tight, loose, nested, looseNested, orderedWidth },
    code: codeBlock,
    table: {
      header: { text: headerText, extra: base - bodyRow - headerText.lineHeight },
      cell: { text: cellText, extra: bodyRow - cellText.lineHeight },
      paddingInner: paddingX(cells[0]!),
      paddingLast: paddingX(cells[cells.length - 1]!),
      marginTop: margin(table, 'Top'),
      marginBottom: margin(table, 'Bottom')
    },
    quote: { text: quoteText, extra: quoteOne - quoteText.lineHeight, paragraphGap: quoteGap, width: quoteWidth, ...quoteMargins },
    image: imageBlock,
    rule,
    footnotes,
    title,
    fontStacks: [...fonts]
  }
}
