/**
 * Many built decks laid out in one page load: decks of one folder whose
 * documents differ only in their slides (same stylesheets, same Reveal
 * configuration, same chrome) are joined into one document, each slide
 * marked with its deck, opened once in Reveal's print view, and the
 * measurements split back per deck, numbered as each deck numbers them.
 *
 * Loading a deck costs Chromium about 0.1 s of CPU whatever its length (a
 * slide adds a few ms), so a suite that lays out hundreds of small decks
 * spends most of its browser time loading pages; this spends it on slides.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'puppeteer-core'
import { measureSlides, type SlideLayout } from '../../src/print/pdf.js'
import { openPrintView } from '../../src/print/print-view.js'

/** The attribute that marks each slide of a joined document with its deck's place in the batch. */
const mark = 'data-test-deck'

/** The parts of a deck's document: what lays its slides out (everything but the slides and the title) and the slides. */
function partsOf(html: string, htmlPath: string): { frame: string; slides: string } {
  const open = '<div class="slides">'
  const start = html.indexOf(open)
  const end = html.lastIndexOf('</div></div>')
  if (start < 0 || end < start) throw new Error(`${htmlPath}: no <div class="slides"> in the deck`)
  const slides = html.slice(start + open.length, end)
  const frame = (html.slice(0, start + open.length) + '\u0000' + html.slice(end)).replace(/<title>[^<]*<\/title>/, '').replace(/<meta name="(?:description|author|keywords)"[^>]*>/g, '')
  return { frame, slides }
}

/**
 * Lay out every deck in Reveal's print view, joining those that can share
 * a page load, and measure each deck's slides as `measureSlides` does.
 *
 * @param page The page to open the joined documents in (one after another).
 * @param htmlPaths The built decks; those joined must be in one folder (their assets' paths are relative).
 * @param options Milliseconds for each load (default 60000); `evaluate`, a function run in the page after each load, whose per-slide array is split per deck too.
 * @returns Per deck, in order: its layout, and what `evaluate` returned for its slides.
 */
export async function layOutDecks<T = never>(
  page: Page,
  htmlPaths: readonly string[],
  options: { timeout?: number; perSlide?: () => T[] } = {}
): Promise<Array<{ layout: SlideLayout; perSlide: T[] }>> {
  const decks = await Promise.all(htmlPaths.map(async (htmlPath) => ({ htmlPath, ...partsOf(await readFile(htmlPath, 'utf8'), htmlPath) })))
  const groups = new Map<string, number[]>()
  decks.forEach((deck, index) => {
    const key = `${path.dirname(deck.htmlPath)}\u0000${deck.frame}`
    groups.set(key, [...(groups.get(key) ?? []), index])
  })
  const results: Array<{ layout: SlideLayout; perSlide: T[] }> = new Array(decks.length)
  let batch = 0
  for (const members of groups.values()) {
    const first = decks[members[0]!]!
    const joined = path.join(path.dirname(first.htmlPath), `.test-batch-${process.pid}-${batch++}.html`)
    const slides = members.map((index) => decks[index]!.slides.replace(/<section(?=[\s>])/g, `<section ${mark}="${index}"`)).join('')
    await writeFile(joined, first.frame.replace('\u0000', slides))
    try {
      await openPrintView(page, { htmlPath: joined, timeout: options.timeout ?? 60_000 })
      const layout = await page.evaluate(measureSlides)
      const extra = options.perSlide ? await page.evaluate(options.perSlide) : []
      const owners = await page.evaluate(
        (attribute: string) =>
          Array.from(document.querySelectorAll('.reveal .slides .pdf-page'))
            .filter((pdfPage) => !pdfPage.querySelector('.fragment.current-fragment'))
            .map((pdfPage) => Number(pdfPage.querySelector(':scope > section')?.getAttribute(attribute) ?? -1)),
        mark
      )
      for (const index of members) {
        // Slides of this deck: their numbers in the joined document (1-based), and their own.
        const numbers = owners.flatMap((owner, at) => (owner === index ? [at + 1] : []))
        const local = (at: number): number => numbers.indexOf(at) + 1
        results[index] = {
          layout: {
            slides: numbers.length,
            overflowing: layout.overflowing.filter((slide) => numbers.includes(slide.index)).map((slide) => ({ ...slide, index: local(slide.index), page: local(slide.index) })),
            fitted: layout.fitted.filter((slide) => numbers.includes(slide.index)).map((slide) => ({ ...slide, index: local(slide.index) }))
          },
          perSlide: numbers.map((at) => extra[at - 1]!)
        }
      }
    } finally {
      await rm(joined, { force: true })
    }
  }
  return results
}
