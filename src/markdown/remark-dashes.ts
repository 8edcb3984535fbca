/**
 * Three hyphens in running text are an em dash, as Pandoc's and Hugo's
 * typographers read them ("learn anything in my class---not just R---I
 * needed to pivot"): the slide shows "—", not "---". Two hyphens stay as
 * written (`--pdf` in prose is a flag), and code is never touched.
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** "---" between words or spaces, not part of a longer run of hyphens. */
const threeHyphens = /(?<!-)---(?!-)/g

/**
 * Turn "---" in text into "—".
 *
 * @returns The transformer.
 */
export function remarkDashes() {
  return (tree: Root): void => {
    visit(tree, 'text', (node) => {
      if (node.value.includes('---')) node.value = node.value.replace(threeHyphens, '—')
    })
  }
}
