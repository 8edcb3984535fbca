/**
 * Where Mermaid's browser bundle is and which Mermaid draws, without loading
 * Mermaid or the browser: what the diagram cache is keyed by.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** Where Mermaid's browser bundle is, and its version (part of the cache key); throws when Mermaid is not installed. */
export function mermaidBundle(): { path: string; version: string } {
  let manifest: string
  try {
    manifest = require.resolve('mermaid/package.json')
  } catch (error) {
    // An optional dependency: `npm install --omit=optional` leaves it out (it is most of Lectern's install size).
    throw new Error('Mermaid is not installed (npm install mermaid@11)', { cause: error })
  }
  const { version } = require(manifest) as { version: string }
  return { path: path.join(path.dirname(manifest), 'dist', 'mermaid.min.js'), version }
}

/** The Mermaid configuration Lectern draws with (part of the cache key). */
export const mermaidConfig = {
  startOnLoad: false,
  // Mermaid's own strict mode: no click handlers, no HTML in labels, links sanitised.
  securityLevel: 'strict',
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true }
} as const
