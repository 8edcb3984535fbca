/**
 * Drawing a deck's Mermaid diagrams with the renderer the caller gives: every
 * distinct diagram once, in the deck theme's colours. Without a renderer, or
 * when it cannot draw (no browser), the diagrams stay code blocks and one
 * warning says how to get them drawn.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { mermaidBlocks, type DiagramRenderer, type DiagramResult, type DiagramTheme } from './mermaid-blocks.js'

/** How to get diagrams drawn, for the warning when they are not. */
export const diagramHint = 'build where Chromium is installed (or give --browser PATH, or add --install-browser) to draw'

/**
 * Draw the Mermaid diagrams of a slides tree.
 *
 * @param tree The slides tree.
 * @param file Its file, for the warning.
 * @param theme `dark` for a dark slide theme, else `default`.
 * @param render The renderer; undefined keeps every diagram as code.
 * @returns The drawings by source, or an empty map when none could be made.
 */
export async function drawDeckDiagrams(tree: Root, file: VFile, theme: DiagramTheme, render: DiagramRenderer | undefined): Promise<Map<string, DiagramResult>> {
  const blocks = mermaidBlocks(tree)
  const sources = [...new Set(blocks.map((block) => block.value))]
  const drawn = new Map<string, DiagramResult>()
  if (sources.length === 0) return drawn
  let reason = 'no diagram renderer was given'
  if (render) {
    try {
      const results = await render(sources.map((code) => ({ code, theme })))
      sources.forEach((source, index) => drawn.set(source, results[index]!))
      return drawn
    } catch (error) {
      reason = String((error as Error)?.message ?? error).split('\n')[0]!.replace(/\.$/, '')
    }
  }
  const count = blocks.length === 1 ? 'a Mermaid diagram' : `${blocks.length} Mermaid diagrams`
  // Mermaid missing (an optional dependency) says itself how to get it; anything else is about the browser.
  const hint = /^Mermaid is not installed/.test(reason) ? '' : `; ${diagramHint} ${blocks.length === 1 ? 'it' : 'them'}`
  file.message(`Kept ${count} as code: ${reason}${hint}`, { place: blocks[0]!.position, ruleId: 'mermaid-not-drawn', source: 'lectern' })
  return drawn
}
