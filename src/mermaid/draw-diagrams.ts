/**
 * Drawing Mermaid diagrams to SVG in Chromium: Mermaid 11's browser bundle is
 * read from the installed package and put into a blank page (never loaded
 * from a CDN; the page may load nothing at all), then each diagram is parsed
 * and drawn there. Labels are SVG text, not HTML in `foreignObject`, so a
 * diagram prints as it shows.
 */
import { readFile } from 'node:fs/promises'
import type { Browser } from 'puppeteer-core'
import { restrictRequests, withPage } from '../print/browser.js'
import type { DiagramRequest, DiagramResult } from './mermaid-blocks.js'
import { mermaidBundle, mermaidConfig } from './mermaid-bundle.js'

/** Reads the line a Mermaid parse error is about ("Parse error on line 3:"). */
function errorLine(message: string): number | undefined {
  const match = /on line (\d+)/i.exec(message)
  return match ? Number(match[1]) : undefined
}

/** Mermaid's reason on one line: its last line ("Expecting 'SEMI', got 'NODE_STRING'"), without the source excerpt. */
export function oneLineReason(message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^-*\^$/.test(line))
  const reason = lines.length > 1 && /^parse error on line/i.test(lines[0]!) ? lines[lines.length - 1]! : (lines[0] ?? 'unknown error')
  return reason.length > 160 ? `${reason.slice(0, 159)}…` : reason
}

/**
 * Draw diagrams in a page of `browser`.
 *
 * @param browser A running browser.
 * @param requests The diagrams, with their themes.
 * @param options Milliseconds the page may take (default 30000).
 * @returns One result per request, in order.
 */
export async function drawDiagrams(browser: Browser, requests: readonly DiagramRequest[], options: { timeout?: number | undefined } = {}): Promise<DiagramResult[]> {
  const bundle = await readFile(mermaidBundle().path, 'utf8')
  return withPage(browser, async (page) => {
    page.setDefaultTimeout(options.timeout ?? 30_000)
    await restrictRequests(page, { allowedRoots: [] })
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')
    await page.addScriptTag({ content: bundle })
    const raw = await page.evaluate(
      async (diagrams: Array<{ code: string; theme: string }>, config: Record<string, unknown>) => {
        const mermaid = (globalThis as unknown as { mermaid: { initialize(c: unknown): void; parse(code: string): Promise<unknown>; render(id: string, code: string): Promise<{ svg: string }> } }).mermaid
        const results: Array<{ svg?: string; error?: string }> = []
        for (const [index, diagram] of diagrams.entries()) {
          try {
            mermaid.initialize({ ...config, theme: diagram.theme })
            await mermaid.parse(diagram.code)
            const { svg } = await mermaid.render(`lectern-draw-${index}-id`, diagram.code)
            results.push({ svg })
          } catch (error) {
            results.push({ error: String((error as Error)?.message ?? error) })
          }
          // Mermaid leaves a scratch element per drawing.
          document.querySelectorAll('body > div, body > svg').forEach((element) => element.remove())
        }
        return results
      },
      requests.map((request) => ({ code: request.code, theme: request.theme })),
      mermaidConfig as unknown as Record<string, unknown>
    )
    return raw.map((result): DiagramResult => (result.svg !== undefined ? { svg: result.svg } : { error: oneLineReason(result.error ?? ''), line: errorLine(result.error ?? '') }))
  })
}
