/**
 * A stand-in for `lectern build DECK --pdf` while the CLI lacks PDF flags:
 * one process that builds one deck, launches a browser, prints the slides PDF
 * and/or the handout, and closes the browser. The bench runs it as a child
 * process to time a cold, single-deck export the way a user would run it.
 *
 * Usage: `node build/test/bench/export-deck.js DECK OUT_DIR [--slides] [--handout]`
 *
 * Does nothing without arguments (the test runner runs every file under
 * `build/test`).
 */
import path from 'node:path'
import { buildDeck } from '../../src/write/build.js'

/**
 * Build `deck` into `outDir` and print the outputs asked for with a browser
 * of its own.
 *
 * @param deck Path of the deck source.
 * @param outDir Output folder.
 * @param outputs Which PDFs to print.
 */
export async function exportDeck(deck: string, outDir: string, outputs: { slides: boolean; handout: boolean }): Promise<void> {
  const source = { path: path.resolve(deck), name: path.basename(deck, path.extname(deck)) }
  const built = await buildDeck(source, { outDir, cwd: path.dirname(source.path) })
  const { launchBrowser } = await import('../../src/print/browser.js')
  const session = await launchBrowser()
  try {
    if (outputs.slides) {
      const { exportSlidesPdf } = await import('../../src/print/pdf.js')
      await exportSlidesPdf(session.browser, { htmlPath: built.htmlPath, pdfPath: path.join(outDir, `${source.name}.pdf`) })
    }
    if (outputs.handout) {
      const { exportHandoutPdf } = await import('../../src/print/handout.js')
      await exportHandoutPdf(session.browser, { htmlPath: built.htmlPath, pdfPath: path.join(outDir, `${source.name}-handout.pdf`) })
    }
  } finally {
    await session.close()
  }
}

const [deck, outDir, ...flags] = process.argv.slice(2)
if (deck && outDir && !process.env.NODE_TEST_CONTEXT) {
  await exportDeck(deck, outDir, { slides: flags.includes('--slides'), handout: flags.includes('--handout') })
}
