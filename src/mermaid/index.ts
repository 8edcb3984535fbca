/**
 * Mermaid diagrams for decks: drawn to SVG at build time in Chromium (Mermaid
 * 11 from the installed package, never a CDN), cached by content, sanitised,
 * and put inline on the slide. Loaded only for decks with a ```` ```mermaid ```` block.
 */

export { createDiagramRenderer, defaultDiagramCache, diagramKey, type DiagramRendererOptions } from './diagram-renderer.js'
export { drawDiagrams } from './draw-diagrams.js'
export { isMermaidCode, mermaidBlocks, type DiagramRenderer, type DiagramRequest, type DiagramResult, type DiagramTheme } from './mermaid-blocks.js'
export { mermaidBundle, mermaidConfig } from './mermaid-bundle.js'
export { rehypeMermaid, type RehypeMermaidOptions } from './rehype-mermaid.js'
export { sanitizeSvg } from './sanitize-svg.js'
