/**
 * Geometry, CSS and DOM of audience handouts: slides scaled into boxes on
 * A4 or Letter pages, with speaker notes or ruled lines, like an office
 * suite's handout layouts. Pure except {@link buildHandoutDom}, which runs
 * inside the page.
 */

/** Handout layouts: `notes` is one slide per page with its speaker notes below. */
export type HandoutLayout = 'notes' | '2' | '3' | '4' | '6'

/** Paper sizes. */
export type Paper = 'a4' | 'letter'

/** Every {@link HandoutLayout}, for option parsing. */
export const handoutLayouts: readonly HandoutLayout[] = ['notes', '2', '3', '4', '6']

/** Every {@link Paper}, for option parsing. */
export const papers: readonly Paper[] = ['a4', 'letter']

/** Paper sizes in millimetres (portrait). */
const paperSizes: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 }
}

/** Page margins in millimetres; the header and footer sit in the top and bottom margins. */
const margin = { top: 18, right: 15, bottom: 16, left: 15 }

/** Space between ruled lines, in millimetres. */
const lineGap = 8

/** Sizes of one handout layout on one paper, in millimetres. */
export interface HandoutGeometry {
  /** The layout. */
  layout: HandoutLayout
  /** Paper width and height. */
  paper: { width: number; height: number }
  /** Page margins. */
  margin: { top: number; right: number; bottom: number; left: number }
  /** Printable area inside the margins. */
  content: { width: number; height: number }
  /** Slides per page (`notes`: 1, notes may continue on the next page). */
  perPage: number
  /** Slides side by side in a row. */
  columns: number
  /** Size of each slide box. */
  slide: { width: number; height: number }
  /** Ruled lines beside each slide (`3`) or in place of missing notes (`notes`). */
  lines: number
}

/**
 * Sizes of `layout` on `paper` for slides of `aspect` (height / width).
 *
 * @param layout Handout layout.
 * @param paper Paper size.
 * @param aspect Slide height divided by width; default 9/16.
 */
export function handoutGeometry(layout: HandoutLayout, paper: Paper, aspect = 9 / 16): HandoutGeometry {
  const size = paperSizes[paper]
  const content = {
    width: size.width - margin.left - margin.right,
    height: size.height - margin.top - margin.bottom
  }
  const perPage = layout === 'notes' ? 1 : Number(layout)
  const columns = layout === '4' || layout === '6' ? 2 : 1
  const rows = Math.ceil(perPage / columns)
  // Widest slide that fits its column, and leaves room for rows, gaps and (for `notes`) the notes.
  const byWidth = {
    notes: Math.min(content.width, 165),
    '2': content.width * 0.9,
    '3': content.width * 0.5,
    '4': (content.width - 16) / 2,
    '6': (content.width - 16) / 2
  }[layout]
  const byHeight = layout === 'notes' ? (content.height * 0.45) / aspect : (content.height / rows - 10) / aspect
  const width = round(Math.min(byWidth, byHeight))
  const height = round(width * aspect)
  const lines =
    layout === '3'
      ? Math.max(Math.floor(height / lineGap), 3)
      : layout === 'notes'
        ? Math.floor((content.height - height - 12) / lineGap)
        : 0
  return { layout, paper: size, margin, content, perPage, columns, slide: { width, height }, lines }
}

/** Round to a hundredth of a millimetre. */
function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** `value` as a CSS string literal. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`
}

/**
 * CSS `content` for a page label such as `Page {page} of {pages}`.
 *
 * @param label Text with `{page}` and `{pages}` placeholders.
 */
export function pageLabelContent(label: string): string {
  return label
    .split(/(\{pages?\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ')
}

/** Fonts for notes, header and footer: Latin, Greek and Cyrillic first, then CJK, then the system's. */
export const handoutFontStack =
  "'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, 'Noto Sans CJK SC', 'Noto Sans CJK JP', " +
  "'Noto Sans CJK KR', 'Hiragino Sans', 'Microsoft YaHei', system-ui, sans-serif"

/**
 * The handout's style sheet: page size and margins, title header and page
 * number footer (CSS page-margin boxes), slide boxes, notes and lines.
 *
 * @param geometry From {@link handoutGeometry}.
 * @param title Deck title for the header.
 * @param pageLabel Footer text; default `Page {page} of {pages}`.
 */
export function handoutCss(geometry: HandoutGeometry, title: string, pageLabel = 'Page {page} of {pages}'): string {
  const { paper, content, slide } = geometry
  const m = geometry.margin
  const mm = (value: number): string => `${round(value)}mm`
  const marginBox = `font-family: ${handoutFontStack}; font-size: 9pt; color: #555;`
  return `
@page {
  size: ${mm(paper.width)} ${mm(paper.height)};
  margin: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)};
  @top-left { content: ${cssString(title)}; ${marginBox} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: ${pageLabelContent(pageLabel)}; ${marginBox} vertical-align: top; padding-top: 4mm; }
}
html, body {
  width: auto !important; height: auto !important; margin: 0 !important; padding: 0 !important;
  background: #fff !important; overflow: visible !important;
}
body > *:not(#lectern-handout) { display: none !important; }
#lectern-handout { font-family: ${handoutFontStack}; color: #111; font-size: 11pt; line-height: 1.45; }
#lectern-handout .lh-sheet { box-sizing: border-box; width: ${mm(content.width)}; }
#lectern-handout .lh-sheet:not(:last-child) { break-after: page; }
#lectern-handout .lh-grid {
  height: ${mm(content.height - 1)}; overflow: hidden;
  display: flex; flex-direction: column; justify-content: space-evenly;
}
#lectern-handout .lh-row { display: flex; justify-content: space-evenly; align-items: center; }
#lectern-handout .lh-row-lines { justify-content: space-between; gap: 8mm; }
#lectern-handout .lh-slide {
  position: relative; overflow: hidden; flex: none; break-inside: avoid; contain: strict;
  box-sizing: border-box; width: ${mm(slide.width)}; height: ${mm(slide.height)};
  border: 0.35mm solid #999;
}
#lectern-handout .lh-empty { visibility: hidden; }
#lectern-handout .lh-stage { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
#lectern-handout .lh-lines {
  flex: 1; height: ${mm(slide.height)};
  display: flex; flex-direction: column; justify-content: space-evenly;
}
#lectern-handout .lh-line { border-bottom: 0.25mm solid #b8b8b8; height: 0; }
#lectern-handout .lh-notes-sheet > * { width: ${mm(slide.width)}; margin: 0 auto; }
#lectern-handout .lh-notes-sheet > .lh-slide { margin-bottom: 8mm; }
#lectern-handout .lh-notes-sheet .lh-lines { height: ${mm(geometry.lines * lineGap)}; }
#lectern-handout .lh-notes { overflow-wrap: anywhere; }
#lectern-handout .lh-notes p { margin: 0 0 0.6em; }
#lectern-handout .lh-notes ul, #lectern-handout .lh-notes ol { margin: 0 0 0.6em; padding-left: 1.4em; }
#lectern-handout .lh-notes pre, #lectern-handout .lh-notes code { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', monospace; font-size: 0.9em; }
#lectern-handout .lh-notes pre { white-space: pre-wrap; }
#lectern-handout .lh-notes img { max-width: 100%; }
#lectern-handout .lh-cont-label { margin: 0 0 4mm; font-size: 9pt; font-weight: 600; color: #555; }
#lectern-handout .lh-cont-label span { font-weight: 400; }
`
}

/** What {@link buildHandoutDom} needs, all serialisable. */
export interface HandoutDomSpec {
  /** From {@link handoutCss}. */
  css: string
  /** From {@link handoutGeometry}. */
  geometry: HandoutGeometry
  /** Size of reveal's `.pdf-page` in CSS pixels. */
  page: { width: number; height: number }
}

/**
 * In the page, after reveal's print view is ready: move every `.pdf-page`
 * into a scaled slide box (still inside a `.reveal .slides` wrapper, so the
 * theme applies and the slide stays vector), add notes or lines, and lay the
 * boxes out on handout pages. Must not use anything from outside its body.
 *
 * @param spec CSS, geometry and reveal's page size.
 * @returns The number of slides laid out.
 */
export function buildHandoutDom(spec: HandoutDomSpec): number {
  const { geometry } = spec
  const reveal = document.querySelector<HTMLElement>('.reveal')
  const pdfPages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page'))
  if (!reveal) return 0
  const revealClass = reveal.className
  const scale = (geometry.slide.width * 96) / 25.4 / spec.page.width

  const element = (tag: string, className: string): HTMLElement => {
    const node = document.createElement(tag)
    node.className = className
    return node
  }
  const slideBox = (pdfPage: HTMLElement | undefined): HTMLElement => {
    const box = element('div', 'lh-slide')
    if (!pdfPage) {
      box.classList.add('lh-empty')
      return box
    }
    const stage = element('div', 'lh-stage')
    stage.style.width = `${spec.page.width}px`
    stage.style.height = `${spec.page.height}px`
    stage.style.transform = `scale(${scale})`
    const wrapper = element('div', revealClass)
    const slides = element('div', 'slides')
    slides.append(pdfPage)
    wrapper.append(slides)
    stage.append(wrapper)
    box.append(stage)
    return box
  }
  const lines = (count: number): HTMLElement => {
    const block = element('div', 'lh-lines')
    for (let index = 0; index < count; index++) block.append(element('div', 'lh-line'))
    return block
  }
  const notesOf = (pdfPage: HTMLElement): HTMLElement | undefined => {
    const section = pdfPage.querySelector(':scope > section')
    const notes = element('div', 'lh-notes')
    if (section?.hasAttribute('data-notes')) {
      notes.textContent = section.getAttribute('data-notes')
    } else if (section) {
      for (const aside of Array.from(section.querySelectorAll('aside.notes'))) {
        for (const child of Array.from(aside.childNodes)) notes.append(child.cloneNode(true))
      }
    }
    return notes.textContent?.trim() ? notes : undefined
  }

  const handout = element('div', '')
  handout.id = 'lectern-handout'
  // Notes sheets whose notes run past the page, with their slide's number and title.
  const longNotes: Array<{ sheet: HTMLElement; notes: HTMLElement; number: number; title: string }> = []
  if (geometry.layout === 'notes') {
    pdfPages.forEach((pdfPage, index) => {
      const sheet = element('section', 'lh-sheet lh-notes-sheet')
      const notes = notesOf(pdfPage)
      const title = (pdfPage.querySelector('h1, h2, h3, h4, h5, h6')?.textContent ?? '').replace(/\s+/g, ' ').trim()
      sheet.append(slideBox(pdfPage), notes ?? lines(geometry.lines))
      handout.append(sheet)
      if (notes) longNotes.push({ sheet, notes, number: index + 1, title })
    })
  } else {
    for (let first = 0; first < pdfPages.length; first += geometry.perPage) {
      const sheet = element('section', 'lh-sheet lh-grid')
      for (let row = 0; row < geometry.perPage / geometry.columns; row++) {
        const line = element('div', geometry.layout === '3' ? 'lh-row lh-row-lines' : 'lh-row')
        for (let column = 0; column < geometry.columns; column++) {
          const pdfPage = pdfPages[first + row * geometry.columns + column]
          line.append(slideBox(pdfPage))
          if (geometry.layout === '3') line.append(pdfPage ? lines(geometry.lines) : element('div', 'lh-lines'))
        }
        sheet.append(line)
      }
      handout.append(sheet)
    }
  }

  const style = document.createElement('style')
  style.textContent = spec.css
  document.head.append(style)
  document.body.classList.remove('reveal-viewport')
  document.body.style.width = ''
  document.body.style.height = ''
  document.body.append(handout)

  /** Take out of `notes` everything from the first line whose bottom is below `limit` (a page offset). */
  const cutNotes = (notes: HTMLElement, limit: number): DocumentFragment | undefined => {
    // Only what is in the viewport can be hit: bring the limit into view.
    scrollTo(0, Math.max(0, limit - innerHeight / 2))
    const left = notes.getBoundingClientRect().left + 1
    // The caret nearest the notes' left edge just above the limit: the start of the line that crosses it.
    const range = document.caretRangeFromPoint(left, limit - scrollY - 1)
    const cut = document.createRange()
    if (range && notes.contains(range.startContainer) && !(range.startContainer === notes && range.startOffset === 0)) {
      cut.setStart(range.startContainer, range.startOffset)
    } else {
      // No line there (a picture, a gap): cut before the first block that crosses the limit.
      const block = Array.from(notes.children).find((child, index) => index > 0 && child.getBoundingClientRect().bottom + scrollY > limit)
      if (!block) return undefined
      cut.setStartBefore(block)
    }
    cut.setEnd(notes, notes.childNodes.length)
    const rest = cut.extractContents()
    // Each element around the cut is now in two parts, one on each side. From the innermost out: a
    // part left empty is removed (the element moved whole); otherwise the second part continues the
    // first, so a list item's second part gets no bullet of its own.
    const empty = (node: Element): boolean => !node.textContent?.trim() && !node.querySelector('img')
    const before: Element[] = []
    for (let node = notes.lastElementChild; node; node = node.lastElementChild) before.push(node)
    const after: Element[] = []
    for (let node = rest.firstElementChild; node; node = node.firstElementChild) after.push(node)
    for (let depth = Math.min(before.length, after.length) - 1; depth >= 0; depth--) {
      const [first, second] = [before[depth]!, after[depth]!]
      if (empty(second)) second.remove()
      else if (empty(first)) first.remove()
      else if (second instanceof HTMLLIElement) second.style.listStyleType = 'none'
      else if (second instanceof HTMLOListElement && first instanceof HTMLOListElement) {
        // Numbering goes on: a cut item's second part takes its number, unseen.
        const continued = after[depth + 1] instanceof HTMLLIElement && (after[depth + 1] as HTMLLIElement).style.listStyleType === 'none'
        second.start = first.start + first.querySelectorAll(':scope > li').length - (continued ? 1 : 0)
      }
    }
    return rest.textContent?.trim() || rest.querySelector('img') ? rest : undefined
  }

  // Notes longer than their page go on to sheets of their own, each headed "Slide N (cont.)" and
  // cut between lines: the line that would cross the foot of the page starts the next sheet.
  const pageHeight = ((geometry.content.height - 2) * 96) / 25.4
  for (const { sheet: first, notes: firstNotes, number, title } of longNotes) {
    let sheet = first
    let notes = firstNotes
    for (let guard = 0; guard < 100; guard++) {
      const top = sheet.getBoundingClientRect().top + scrollY
      if (notes.getBoundingClientRect().bottom + scrollY - top <= pageHeight) break
      const rest = cutNotes(notes, top + pageHeight)
      if (!rest) break
      const next = element('section', 'lh-sheet lh-notes-sheet lh-cont')
      const label = element('p', 'lh-cont-label')
      label.textContent = `Slide ${number} (cont.)`
      if (title) {
        const name = document.createElement('span')
        name.textContent = ` · ${title}`
        label.append(name)
      }
      const more = element('div', 'lh-notes')
      more.append(rest)
      next.append(label, more)
      sheet.after(next)
      sheet = next
      notes = more
    }
  }
  scrollTo(0, 0)
  return pdfPages.length
}
