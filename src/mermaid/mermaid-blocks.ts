/**
 * Mermaid diagrams in a deck: which code blocks are diagrams, and what a
 * drawn diagram is. Pure; the drawing itself happens in a browser
 * (`draw-diagrams.ts`), behind a {@link DiagramRenderer} the caller injects.
 */
import type { Code, Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** The colours a diagram is drawn in: Mermaid's `default` theme, or `dark` on a dark slide theme. */
export type DiagramTheme = 'default' | 'dark'

/** One diagram to draw. */
export interface DiagramRequest {
  /** The Mermaid source, as written in the code block. */
  code: string
  /** Mermaid theme. */
  theme: DiagramTheme
}

/** A drawn diagram (`svg`), or why it could not be drawn (`error`). */
export interface DiagramResult {
  /** The SVG Mermaid drew. */
  svg?: string | undefined
  /** Mermaid's reason, on one line. */
  error?: string | undefined
  /** The line of the diagram's source (1-based) the reason is about, when Mermaid says. */
  line?: number | undefined
}

/**
 * Draws diagrams (in a browser, from a cache): one result per request, in
 * order. Throws when it cannot draw at all (no browser), never for a
 * diagram with a syntax error.
 */
export type DiagramRenderer = (requests: readonly DiagramRequest[]) => Promise<DiagramResult[]>

/** Whether a code block is a Mermaid diagram (```` ```mermaid ````). */
export function isMermaidCode(node: { type: string; lang?: string | null | undefined }): boolean {
  return node.type === 'code' && node.lang?.toLowerCase() === 'mermaid'
}

/**
 * The Mermaid code blocks of a tree, in order.
 *
 * @param tree The slides tree.
 */
export function mermaidBlocks(tree: Root): Code[] {
  const blocks: Code[] = []
  visit(tree, 'code', (node: Code) => {
    if (isMermaidCode(node) && node.value.trim() !== '') blocks.push(node)
  })
  return blocks
}
